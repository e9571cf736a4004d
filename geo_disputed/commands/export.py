"""``geo-disputed export``: the static map as PNG, SVG or PDF (or a screenshot of an HTML map)."""

from __future__ import annotations

import argparse
from pathlib import Path

from geo_disputed.commands.common import add_layer_arguments, map_layers
from geo_disputed.errors import GeoDisputedError
from geo_disputed.render import static as export
from geo_disputed.render.browser import screenshot_html


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``export`` sub-command."""
    p = sub.add_parser(
        "export",
        help="write the static map (PNG, SVG, PDF) for reports and slides",
        description="Draw the belt by governorate, the disputed territories, the Kurdistan "
        "Region, governorates, incidents and coordination centres, with legend, scale bar, "
        "north arrow and inset, in UTM zone 38N (EPSG:32638). The same inputs give the same "
        "file, byte for byte.",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="output .png, .svg or .pdf")
    p.add_argument("--lang", choices=("en", "ar", "both"), default="en", help="labels (en)")
    p.add_argument("--dpi", type=float, default=300, help="resolution (300)")
    p.add_argument("--size", default="A4", help="A4, A3, 16:9, 4:3 or WxH[in|cm|mm|px] (A4)")
    p.add_argument("--bbox", metavar="MINX,MINY,MAXX,MAXY", help="extent in degrees (lon/lat)")
    add_layer_arguments(p)
    p.add_argument("--title", help="replace the title")
    p.add_argument(
        "--basemap", action="store_true", help="add web tiles (needs contextily and a network)"
    )
    p.add_argument(
        "--from-html",
        metavar="MAP.html",
        help="instead, screenshot this interactive map with headless Chromium (PNG only)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check the arguments, draw the map and write it atomically."""
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in export.FORMATS:
        raise GeoDisputedError(
            f"--out {out}: unknown image format {out.suffix or '(none)'!r}; use .png, .svg or .pdf"
        )
    if not 10 <= args.dpi <= 1200:
        raise GeoDisputedError(f"--dpi {args.dpi:g}: use a value from 10 to 1200")
    width, height = export.parse_size(args.size, args.dpi)
    if args.from_html:
        screenshot_html(args.from_html, out, size=(width, height), dpi=args.dpi)
        print(f"wrote {out}: screenshot of {args.from_html}, {_pixels(out, args.dpi)}, "
              "shown in Web Mercator (EPSG:3857)")  # fmt: skip
        return 0
    bbox = export.parse_bbox(args.bbox) if args.bbox else None
    layers = map_layers(args)
    figure = export.static_map(
        layers,
        dpi=args.dpi,
        size=(width, height),
        lang=args.lang,
        bbox=bbox,
        title=args.title,
        basemap=args.basemap,
    )
    export.save_static_map(figure, out, dpi=args.dpi)
    size = _pixels(out, args.dpi) if fmt == "png" else f"{width:.2f}x{height:.2f} in"
    print(f"wrote {out}: {size}, drawn in EPSG:32638 (WGS 84 / UTM zone 38N)")
    return 0


def _pixels(png: Path, dpi: float) -> str:
    """The size of the PNG as written (read from its header), not as estimated."""
    from PIL import Image

    with Image.open(png) as image:
        width, height = image.size
    return f"{width}x{height} px at {dpi:g} dpi"
