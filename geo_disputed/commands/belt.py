"""``geo-disputed belt``: build the security-vacuum belt and write it as GIS layers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from geo_disputed import settings
from geo_disputed.errors import BoundariesNotFound, GeoDisputedError
from geo_disputed.files import atomic_path

if TYPE_CHECKING:
    import geopandas as gpd

FORMATS = {
    ".gpkg": "GeoPackage, layers belt, centreline, disputed_territories, kurdistan_region; "
    "all EPSG:32638",
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
    from geo_disputed.geo.belt import (
        belt_table,
        centreline,
        centreline_frame,
        load_waypoints,
        security_vacuum_belt,
    )
    from geo_disputed.geo.boundaries import load_boundaries

    out = Path(args.out)
    if out.suffix.lower() not in FORMATS:
        raise GeoDisputedError(f"--out {out}: use a .gpkg, .geojson or .parquet file name")
    try:
        boundaries = load_boundaries(args.boundaries)
        boundaries_dir = settings.resolve_boundaries_dir(args.boundaries)
    except BoundariesNotFound:
        if args.boundaries is not None:
            raise
        boundaries = boundaries_dir = None
    line = None
    if args.method == "corridor":
        waypoints = load_waypoints(args.waypoints, boundaries=boundaries_dir)
        line = centreline(waypoints, boundaries)
    belt = security_vacuum_belt(args.width_km, line, boundaries, method=args.method)
    print(boundaries.attrs.get("source", "Boundaries: unnamed") if boundaries is not None
          else "Boundaries: none (the belt is not clipped or split)")  # fmt: skip
    print(belt_table(belt))
    layers = {"belt": belt, "centreline": centreline_frame(belt)}
    if boundaries is not None:
        from geo_disputed.geo.disputed import disputed_layer, kurdistan_region

        disputed, why = disputed_layer(boundaries)
        if disputed is not None:
            layers["disputed_territories"] = disputed
        else:
            print(f"note: {why}")
        layers["kurdistan_region"] = kurdistan_region(boundaries)
    _write(out, layers)
    print(f"wrote {out}: {FORMATS[out.suffix.lower()]}")
    return 0


def _write(out: Path, layers: dict[str, gpd.GeoDataFrame]) -> None:
    from geo_disputed.geo.boundaries import GEOGRAPHIC_CRS, METRIC_CRS
    from geo_disputed.layers import plain_frame, write_geopackage

    suffix = out.suffix.lower()
    if suffix == ".gpkg":
        write_geopackage(out, layers)
    else:
        belt = plain_frame(layers["belt"])
        with atomic_path(out) as tmp:
            if suffix == ".geojson":
                belt.to_crs(GEOGRAPHIC_CRS).to_file(
                    tmp, driver="GeoJSON", layer_options={"RFC7946": "YES"}
                )
            else:
                try:
                    belt.to_parquet(tmp)
                except ImportError as exc:
                    raise GeoDisputedError(
                        f"GeoParquet needs pyarrow ({exc}); pip install pyarrow"
                    ) from None
    for name, frame in layers.items():
        if suffix == ".gpkg" or name == "belt":
            crs = GEOGRAPHIC_CRS if suffix == ".geojson" else METRIC_CRS
            print(f"  {name}: {len(frame)} feature(s), {crs}")
