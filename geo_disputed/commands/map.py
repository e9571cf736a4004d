"""``geo-disputed map``: write the interactive HTML map."""

from __future__ import annotations

import argparse
from pathlib import Path

from geo_disputed.commands.common import add_boundary_arguments
from geo_disputed.errors import GeoDisputedError


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``map`` sub-command."""
    p = sub.add_parser(
        "map",
        help="write an interactive HTML map of the belt, disputed territories and incidents",
        description="Write an interactive Leaflet map (HTML, EPSG:4326 on a Web Mercator "
        "basemap) with the security-vacuum belt, disputed territories, the Kurdistan Region, "
        "governorates and districts, coordination centres, incidents (default: the bundled "
        "data/incidents.csv), and optionally the "
        "places named in an article.",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="output .html file")
    p.add_argument(
        "--incidents",
        metavar="FILE",
        help="incidents (ACLED, UCDP, CSV, GeoJSON ...; default data/incidents.csv)",
    )
    p.add_argument("--article", metavar="FILE", help="UTF-8 text whose places are geoparsed")
    add_boundary_arguments(p)
    p.add_argument("--width-km", type=float, default=20.0, metavar="KM", help="belt width (20)")
    p.add_argument("--radius-km", type=float, default=20.0, metavar="KM",
                   help="coverage radius of the coordination centres and gaps (20)")  # fmt: skip
    p.add_argument("--lang", choices=("en", "ar"), default="en", help="language of the labels")
    p.add_argument("--basemap", choices=("osm", "plain"), default="osm",
                   help="OpenStreetMap tiles (needs network) or a plain background")  # fmt: skip
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
    from geo_disputed.commands.common import map_layers
    from geo_disputed.render import assets as map_assets
    from geo_disputed.render.interactive import build_map, save_map

    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise GeoDisputedError(f"--out {out}: use an .html file name")
    if args.assets_from_npm:
        map_assets.populate_cache_from_npm()
    elif args.self_contained:
        map_assets.ensure_cached()  # from the CDN, else from npm: one line when neither
    layers = map_layers(
        args, incidents=args.incidents, width_km=args.width_km, radius_km=args.radius_km
    )
    result = layers.incidents
    print(f"{result.path}: {result.summary()}")
    if len(result.rejected):
        print("  rejected rows are not drawn; list them with `geo-disputed incidents enrich "
              "--rejects FILE`")  # fmt: skip
    incidents = result.accepted
    if args.incidents:
        incidents.attrs["source"] = Path(args.incidents).name
    places = None
    if args.article:
        from geo_disputed.commands.geoparse import read_text
        from geo_disputed.text.geoparser import geoparse

        places = geoparse(read_text(args.article), boundaries=args.boundaries)
    belt = layers.belt
    subtitle = f"Belt width {args.width_km:g} km · centre radius {args.radius_km:g} km"
    if len(incidents):
        dates = incidents["date"].dropna()
        span = f", {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else ""
        subtitle += f" · {len(incidents):,} incidents{span}"
    m = build_map(
        layers.boundaries, belt=belt, gaps=layers.gaps,
        disputed=layers.disputed, kurdistan=layers.kurdistan,
        incidents=incidents, centres=layers.centres, places=places,
        countries=layers.countries, lang=args.lang,
        basemap=args.basemap, self_contained=args.self_contained, subtitle=subtitle,
        centre_radius_km=args.radius_km,
    )  # fmt: skip
    save_map(m, out)
    print(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB"
          + (", self-contained" if args.self_contained else "")
          + "): data in EPSG:4326, shown in Web Mercator (EPSG:3857)")  # fmt: skip
    return 0
