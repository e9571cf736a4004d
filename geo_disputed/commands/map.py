"""``geo-disputed map``: write the interactive HTML map."""

from __future__ import annotations

import argparse
from pathlib import Path

from geo_disputed import assets as map_assets
from geo_disputed.commands.common import add_layer_arguments, map_layers
from geo_disputed.errors import GeoDisputedError
from geo_disputed.render.interactive import write_map


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``map`` sub-command."""
    p = sub.add_parser(
        "map",
        help="write an interactive HTML map of the belt, disputed territories and incidents",
        description="Write an interactive Leaflet map (HTML, EPSG:4326 on a Web Mercator "
        "basemap) with the security-vacuum belt, disputed territories, the Kurdistan Region, "
        "governorates and districts, coordination centres, incidents (default: the bundled "
        "data/incidents.csv) and the places named in the article. With the same options it "
        "is the map `build` writes.",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="output .html file")
    add_layer_arguments(p)
    p.add_argument("--lang", choices=("en", "ar"), default="en", help="language of the labels")
    p.add_argument("--basemap", choices=("osm", "plain"), default=None,
                   help="OpenStreetMap tiles (needs network) or a plain background with "
                   "offline towns (default: osm, plain with --self-contained)")  # fmt: skip
    p.add_argument(
        "--self-contained",
        action="store_true",
        help="inline every script, stylesheet and icon so the file works offline",
    )
    p.add_argument(
        "--assets-from-npm",
        action="store_true",
        help="fill the offline asset cache from the npm registry first (needs npm)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the layers, build the map and write it atomically."""
    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise GeoDisputedError(f"--out {out}: use an .html file name")
    if args.assets_from_npm:
        map_assets.populate_cache_from_npm()
    layers = map_layers(args)
    write_map(layers, out, lang=args.lang, basemap=args.basemap, self_contained=args.self_contained)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB"
          + (", self-contained" if args.self_contained else "")
          + "): data in EPSG:4326, shown in Web Mercator (EPSG:3857)")  # fmt: skip
    return 0
