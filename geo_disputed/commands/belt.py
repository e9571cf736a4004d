"""``geo-disputed belt``: build the security-vacuum belt and write it as GIS layers."""

from __future__ import annotations

import argparse
from pathlib import Path

from geo_disputed.commands.common import print_notes
from geo_disputed.errors import GeoDisputedError
from geo_disputed.layers import load_layers
from geo_disputed.render.layers import write_layers

#: The layers written to a GeoPackage (GeoJSON and GeoParquet hold the belt alone).
GPKG_LAYERS = ("belt", "centreline", "disputed_territories", "kurdistan_region")
FORMATS = {
    ".gpkg": f"GeoPackage, layers {', '.join(GPKG_LAYERS)}; all EPSG:32638",
    ".geojson": "GeoJSON of the belt, EPSG:4326 (RFC 7946 allows no other CRS)",
    ".parquet": "GeoParquet of the belt, EPSG:32638",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``belt`` sub-command."""
    p = sub.add_parser(
        "belt",
        help="build the security-vacuum belt as polygons split by governorate",
        description="Build the Peshmerga/federal security-vacuum belt and write it to FILE: "
        + "; ".join(f"{ext}: {text}" for ext, text in FORMATS.items())
        + ". Areas and lengths are computed in UTM 38N (EPSG:32638).",
    )
    p.add_argument("--width-km", type=float, default=20.0, metavar="KM", help="belt width (20)")
    p.add_argument(
        "--method",
        choices=("corridor", "frontier"),
        default="corridor",
        help="corridor: buffer of the waypoint centreline (default); frontier: buffer of the "
        "Kurdistan Region's edge against the disputed territories",
    )
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.add_argument("--waypoints", metavar="CSV", help="waypoints table (data/belt_waypoints.csv)")
    p.add_argument("--out", required=True, metavar="FILE", help="output .gpkg, .geojson, .parquet")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the belt, print the per-governorate table and write the output atomically."""
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise GeoDisputedError(f"--out {out}: use a .gpkg, .geojson or .parquet file name")
    layers = load_layers(
        args.boundaries, width_km=args.width_km, method=args.method, waypoints=args.waypoints
    )
    print(layers.boundaries_source)
    print_notes(layers)
    if layers.belt is not None:
        print(layers.belt.table())
    present = layers.frames()
    names = [n for n in GPKG_LAYERS if n in present] if suffix == ".gpkg" else ["belt"]
    written = write_layers(layers, out, names=names)
    print(f"wrote {out}: {FORMATS[suffix]}")
    for name, (count, crs) in written.items():
        print(f"  {name}: {count} feature(s), {crs}")
    return 0
