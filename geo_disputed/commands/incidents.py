"""``geo-disputed incidents``: enrich incident files and summarise them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import atomic_path
from geo_disputed.incidents import FORMATS
from geo_disputed.incidents.query import SUMMARY_KEYS

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from geo_disputed.incidents import LoadResult

OUTPUT_FORMATS = {
    ".csv": "CSV (latitude/longitude in EPSG:4326, no geometry column)",
    ".geojson": "GeoJSON, EPSG:4326",
    ".gpkg": "GeoPackage, layer incidents, EPSG:4326",
    ".parquet": "GeoParquet, EPSG:4326",
}
ENRICH_COLUMNS = ("admin1", "admin2", "admin3", "in_iraq", "in_belt", "in_disputed",
                  "nearest_centre", "nearest_centre_km")  # fmt: skip


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``incidents`` sub-command with ``enrich`` and ``summary``."""
    p = sub.add_parser(
        "incidents",
        help="load, validate, enrich and summarise incident files (ACLED, UCDP GED, ...)",
        description="Read ACLED exports, UCDP GED CSV (with or without header), GeoJSON, "
        "GeoPackage, GeoParquet or CSV with latitude/longitude; every row is accepted or "
        "rejected with a reason.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    enrich = actions.add_parser(
        "enrich",
        help="add admin units, belt/disputed flags and the nearest coordination centre",
        description="Write every accepted incident with the columns "
        + ", ".join(ENRICH_COLUMNS)
        + ". Output format from the extension: "
        + "; ".join(f"{ext}: {text}" for ext, text in OUTPUT_FORMATS.items())
        + ". Distances are geodesic km; the belt is built in UTM 38N (EPSG:32638).",
    )
    _input_arguments(enrich)
    enrich.add_argument(
        "--out", required=True, metavar="OUTPUT", help="output .csv, .geojson, .gpkg or .parquet"
    )
    enrich.add_argument("--rejects", metavar="FILE", help="write rejected rows to this CSV")
    enrich.add_argument(
        "--centres",
        metavar="CSV",
        help="coordination centres (default data/coordination_centres.csv)",
    )
    enrich.set_defaults(func=run_enrich)

    summary = actions.add_parser(
        "summary",
        help="count events and fatalities by governorate, district or month",
        description="Count events and fatalities (the sum of the known counts, and how many "
        "are unknown). admin1/admin2/admin3 are assigned from the boundaries by location, "
        "never finer than an event's precision, not taken from the file; day/week/month/"
        "quarter/year come from the event date.",
    )
    _input_arguments(summary)
    summary.add_argument(
        "--by",
        nargs="+",
        default=["admin1"],
        choices=SUMMARY_KEYS,
        metavar="KEY",
        help=f"one or more of {', '.join(SUMMARY_KEYS)} (default admin1)",
    )
    summary.add_argument(
        "--in-belt", action="store_true", help="count only events inside the security-vacuum belt"
    )
    summary.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="stdout format (table)"
    )
    summary.set_defaults(func=run_summary)


def _input_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("input", metavar="INPUT", help="incident file")
    p.add_argument(
        "--input-format",
        default="auto",
        choices=FORMATS,
        help="input format (auto: container from the extension, ACLED/UCDP from the columns)",
    )
    p.add_argument("--lat-col", metavar="NAME", help="latitude column of a plain CSV")
    p.add_argument("--lon-col", metavar="NAME", help="longitude column of a plain CSV")
    p.add_argument(
        "--layer", metavar="NAME", help="layer of a GeoPackage, or sheet of an Excel file"
    )
    p.add_argument(
        "--clip",
        choices=("iraq",),
        help="drop the events outside Iraq (by default they are kept and flagged in_iraq)",
    )
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.add_argument(
        "--width-km", type=float, default=20.0, metavar="KM", help="belt width in km (20)"
    )


def _load(args: argparse.Namespace) -> LoadResult:
    """Load INPUT, print how it was read (stderr), and refuse a file with no valid row."""
    from geo_disputed.incidents import load_incidents

    result = load_incidents(
        args.input,
        args.input_format,
        lat_col=args.lat_col,
        lon_col=args.lon_col,
        layer=args.layer,
    )
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    return result


def _belt(args: argparse.Namespace, boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    from geo_disputed.geo.belt import security_vacuum_belt

    if not args.width_km > 0:
        raise GeoDisputedError(f"--width-km must be > 0, not {args.width_km}")
    return security_vacuum_belt(args.width_km, boundaries=boundaries)


def _clip(events: gpd.GeoDataFrame, clip: str | None) -> gpd.GeoDataFrame:
    """Report the events outside Iraq; drop them with ``--clip iraq``."""
    outside = ~events["in_iraq"].astype(bool)
    count = int(outside.sum())
    if clip == "iraq":
        print(f"--clip iraq: dropped {count} event(s) outside Iraq", file=sys.stderr)
        return events[~outside.to_numpy()]
    if count:
        print(
            f"outside Iraq: {count} of {len(events)} accepted event(s), kept and flagged "
            "in_iraq=False (--clip iraq drops them)",
            file=sys.stderr,
        )
    return events


def _agreement(events: gpd.GeoDataFrame, boundaries: gpd.GeoDataFrame) -> None:
    """Print how often the source's own governorate agrees with the one assigned."""
    from geo_disputed.incidents import query

    if "admin1_reported" not in events or not events["admin1_reported"].astype(str).ne("").any():
        return
    found = query.admin_agreement(events, boundaries, level=1)
    if not found["compared"]:
        return
    line = (
        f"admin1 agreement: {found['share']:.1%} of {found['compared']} events whose reported "
        f"governorate resolves agree with the one assigned from their coordinates"
    )
    if len(found["disagreements"]):
        top = found["disagreements"].head(3)
        line += "; most common disagreements: " + ", ".join(
            f"{r.reported} -> {r.assigned} ({r.events})" for r in top.itertuples()
        )
    if found["unresolved"]:
        names = list(found["unresolved"])[:5]
        line += f"; {len(found['unresolved'])} reported name(s) match no unit: {', '.join(names)}"
    print(line, file=sys.stderr)


def run_enrich(args: argparse.Namespace) -> int:
    """Load, enrich and write INPUT; print the read/accepted/rejected counts."""
    from geo_disputed.geo.boundaries import load_boundaries
    from geo_disputed.geo.sites import load_centres
    from geo_disputed.incidents import check_file, query, write_rejects

    out = Path(args.out)
    if out.suffix.lower() not in OUTPUT_FORMATS:
        raise GeoDisputedError(f"--out {out}: use a .csv, .geojson, .gpkg or .parquet file name")
    check_file(args.input)  # before the slow boundaries and belt
    boundaries = load_boundaries(args.boundaries)
    print(boundaries.attrs.get("source", "Boundaries: unnamed"), file=sys.stderr)
    centres = load_centres(args.centres)
    belt = _belt(args, boundaries)
    result = _load(args)
    print(result.summary())
    if args.rejects:
        write_rejects(result, args.rejects)
        print(
            f"wrote {args.rejects}: {len(result.rejected)} rejected row(s) with row, field, "
            "reason and raw values"
        )
    elif len(result.rejected):
        print(
            f"{len(result.rejected)} row(s) rejected; pass --rejects FILE to list them",
            file=sys.stderr,
        )
    result.require_accepted()
    enriched = _clip(query.enrich(result.accepted, boundaries, belt, centres), args.clip)
    _agreement(enriched, boundaries)
    write_incidents(enriched, out)
    print(f"wrote {out}: {len(enriched)} incident(s), {OUTPUT_FORMATS[out.suffix.lower()]}")
    return 0


def write_incidents(gdf: gpd.GeoDataFrame, out: str | Path) -> Path:
    """Write incidents atomically; the format follows the extension (see OUTPUT_FORMATS)."""
    out = Path(out)
    suffix = out.suffix.lower()
    frame = gdf.to_crs(4326)
    with atomic_path(out) as tmp:
        if suffix == ".csv":
            table = frame.drop(columns=frame.geometry.name)
            table["date"] = table["date"].dt.strftime("%Y-%m-%d")
            table.to_csv(tmp, index=False, encoding="utf-8")
        elif suffix == ".geojson":
            frame.to_file(tmp, driver="GeoJSON", layer_options={"RFC7946": "YES"})
        elif suffix == ".gpkg":
            frame.to_file(tmp, driver="GPKG", layer="incidents")
        else:
            frame.to_parquet(tmp)
    return out


def run_summary(args: argparse.Namespace) -> int:
    """Print a summary table of INPUT (table, CSV or JSON on stdout)."""
    from geo_disputed.incidents import query

    result = _load(args)
    print(result.summary(), file=sys.stderr)
    result.require_accepted()
    events = result.accepted
    levels = sorted({int(k[-1]) for k in args.by if k.startswith("admin")})
    if levels or args.in_belt or args.clip:
        from geo_disputed.geo.boundaries import load_boundaries

        boundaries = load_boundaries(args.boundaries)
        print(boundaries.attrs.get("source", "Boundaries: unnamed"), file=sys.stderr)
        wanted = set(levels) | ({1} & set(query.admin_levels(boundaries)))
        events = query.assign_admin(events, boundaries, levels=sorted(wanted))
        events = _clip(query.in_iraq(events, boundaries), args.clip)
        _agreement(events, boundaries)
        if args.in_belt:
            events = query.in_belt(events, _belt(args, boundaries))
    table = query.summarize(events, by=args.by, in_belt=args.in_belt)
    if args.format == "csv":
        table.to_csv(sys.stdout, index=False)
    elif args.format == "json":
        print(json.dumps(table.to_dict(orient="records"), ensure_ascii=False, indent=1))
    else:
        print(format_table(table))
    return 0


def format_table(table: pd.DataFrame) -> str:
    """Render a summary as aligned text with a total row."""
    counts = ["events", "fatalities", "fatalities_unknown"]
    keys = [c for c in table.columns if c not in counts]
    rows = [[str(v) for v in row] for row in table.itertuples(index=False)]
    total = ["total", *[""] * (len(keys) - 1), *(str(int(table[c].sum())) for c in counts)]
    header = [*keys, *counts]
    widths = [max(len(r[i]) for r in [header, total, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        left = [c.ljust(w) for c, w in zip(cells[: len(keys)], widths, strict=False)]
        right = [c.rjust(w) for c, w in zip(cells[len(keys) :], widths[len(keys) :], strict=True)]
        return "  ".join(left + right)

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows), rule, line(total)])
