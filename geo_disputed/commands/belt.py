"""``geo-disputed belt``: build the security-vacuum belt and write it as GIS layers."""

from __future__ import annotations

import argparse
from pathlib import Path

from geo_disputed.commands.common import add_belt_arguments, print_notes
from geo_disputed.errors import GeoDisputedError
from geo_disputed.geo.belt import METHODS, load_waypoints, security_vacuum_belt
from geo_disputed.layers import load_layers
from geo_disputed.render import static
from geo_disputed.render.layers import write_layers
from geo_disputed.text.gazetteer import load_gazetteer

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
        help="build the security-vacuum belt as polygons split by governorate and support",
        description="Build the Peshmerga/federal security-vacuum belt and write it to FILE: "
        + "; ".join(f"{ext}: {text}" for ext, text in FORMATS.items())
        + ". Areas and lengths are computed in UTM 38N (EPSG:32638).",
    )
    add_belt_arguments(p)
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.add_argument("--waypoints", metavar="CSV", help="waypoints table (data/belt_waypoints.csv)")
    p.add_argument(
        "--out",
        metavar="FILE",
        help="output .gpkg, .geojson, .parquet (needed unless --compare is given)",
    )
    p.add_argument(
        "--compare",
        metavar="FILE",
        help="draw the vacuum, corridor and frontier belts of these boundaries side "
        "by side (.png, .svg or .pdf; needs --boundaries with governorates)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the belt, print the per-governorate table and write the outputs atomically."""
    if args.out is None and args.compare is None:
        raise GeoDisputedError("give --out FILE (GIS layers), --compare FILE (figure), or both")
    out = Path(args.out) if args.out is not None else None
    suffix = out.suffix.lower() if out is not None else ""
    if out is not None and suffix not in FORMATS:
        raise GeoDisputedError(f"--out {out}: use a .gpkg, .geojson or .parquet file name")
    compare = Path(args.compare) if args.compare is not None else None
    if compare is not None and compare.suffix.lower().lstrip(".") not in static.FORMATS:
        raise GeoDisputedError(f"--compare {compare}: use a .png, .svg or .pdf file name")
    layers = load_layers(
        args.boundaries, width_km=args.width_km, method=args.method, waypoints=args.waypoints
    )
    print(layers.boundaries_source)
    print_notes(layers)
    if layers.belt is not None:
        print(layers.belt.table())
        for line in layers.belt.hotspot_support():
            print(f"  hotspots: {line}")
    if out is not None:
        present = layers.frames()
        names = [n for n in GPKG_LAYERS if n in present] if suffix == ".gpkg" else ["belt"]
        written = write_layers(layers, out, names=names)
        print(f"wrote {out}: {FORMATS[suffix]}")
        for name, (count, crs) in written.items():
            print(f"  {name}: {count} feature(s), {crs}")
    if compare is not None:
        units = layers.boundaries
        if units is None or not (units["level"] == 1).any():
            raise GeoDisputedError(
                f"--compare {compare}: the vacuum and frontier belts need boundaries with "
                "governorates; pass --boundaries DIR"
            )
        gazetteer = load_gazetteer(units)
        waypoints = load_waypoints(args.waypoints, gazetteer=gazetteer) if args.waypoints else None
        belts = [
            layers.belt
            if layers.belt is not None and layers.belt.requested_method == method
            else security_vacuum_belt(
                units,
                width_km=args.width_km,
                waypoints=waypoints,
                method=method,
                gazetteer=gazetteer,
            )
            for method in METHODS
        ]
        static.save_belt_methods_figure(units, belts, compare)
        print(f"wrote {compare}: the {', '.join(METHODS)} belts side by side, drawn and "
              f"measured in {belts[0].crs}")  # fmt: skip
        for belt in belts:
            print(f"  {belt.method}: {belt.size_text}, line {belt.length_km:,.1f} km, "
                  f"{belt.area_km2:,.1f} km²")  # fmt: skip
    return 0
