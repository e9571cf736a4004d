"""``geo-disputed incidents``: enrich incident files and summarise them."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geo_disputed.commands.common import add_belt_arguments
from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import csv_text, formula_cells
from geo_disputed.geo.boundaries import require_boundaries_dir
from geo_disputed.incidents import FORMATS, LoadResult, check_file, load_incidents, query
from geo_disputed.incidents.load import OUTPUT_FORMATS, write_incidents, write_rejects
from geo_disputed.incidents.query import SUMMARY_KEYS
from geo_disputed.layers import Layers, load_layers

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
    _raw_csv_argument(enrich)
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
    _raw_csv_argument(summary)
    summary.set_defaults(func=run_summary)


def _raw_csv_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--raw-csv",
        action="store_true",
        help="write CSV text cells as they are; by default a text cell starting with = + - @, "
        "tab or carriage return (a text '-3' too, not the number) gets a leading ' so that "
        "spreadsheets show it as text instead of running it as a formula",
    )


def _formula_note(count: int, what: str) -> None:
    """Say on stderr how many cells of a CSV written got a leading ``'``."""
    if count:
        print(
            f"note: {what}: {count} text cell(s) begin with = + - @, tab or CR, written with a "
            "leading ' so spreadsheets show them as text (--raw-csv writes them as they are)",
            file=sys.stderr,
        )


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
    add_belt_arguments(p)


def _load(args: argparse.Namespace) -> LoadResult:
    """Load INPUT and print how it was read (stderr)."""
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


def _layers(args: argparse.Namespace, result: LoadResult, centres: str | None = None) -> Layers:
    """The enriched layers of the incidents read (boundaries required), the boundaries
    named and the events outside Iraq reported (stderr)."""
    require_boundaries_dir(args.boundaries)
    layers = load_layers(
        args.boundaries, incidents=result, centres=centres, width_km=args.width_km,
        method=args.method,
    )  # fmt: skip
    print(layers.boundaries_source, file=sys.stderr)
    events = layers.incidents
    assert events is not None, "load_layers keeps the incidents it is given"
    outside = int((~events["in_iraq"].astype(bool)).sum())
    if args.clip == "iraq":
        print(f"--clip iraq: dropped {outside} event(s) outside Iraq", file=sys.stderr)
        layers.incidents = query.clip_to_iraq(events)
    elif outside:
        print(
            f"outside Iraq: {outside} of {len(events)} accepted event(s), kept and flagged "
            "in_iraq=False (--clip iraq drops them)",
            file=sys.stderr,
        )
    report = query.agreement_report(layers.incidents, layers.boundaries)
    if report:
        print(report, file=sys.stderr)
    return layers


def run_enrich(args: argparse.Namespace) -> int:
    """Load, enrich and write INPUT; print the read/accepted/rejected counts."""
    out = Path(args.out)
    if out.suffix.lower() not in OUTPUT_FORMATS:
        raise GeoDisputedError(f"--out {out}: use a .csv, .geojson, .gpkg or .parquet file name")
    check_file(args.input)
    result = _load(args)
    print(result.summary())
    if args.rejects:
        write_rejects(result, args.rejects, raw=args.raw_csv)
        if not args.raw_csv:
            _formula_note(formula_cells(result.rejected), args.rejects)
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
    enriched = _layers(args, result, args.centres).incidents
    assert enriched is not None, "_layers returns the incidents read"
    write_incidents(enriched, out, raw=args.raw_csv)
    if out.suffix.lower() == ".csv" and not args.raw_csv:
        _formula_note(formula_cells(enriched), str(out))
    print(f"wrote {out}: {len(enriched)} incident(s), {OUTPUT_FORMATS[out.suffix.lower()]}")
    return 0


def run_summary(args: argparse.Namespace) -> int:
    """Print a summary table of INPUT (table, CSV or JSON on stdout)."""
    result = _load(args)
    print(result.summary(), file=sys.stderr)
    result.require_accepted()
    events = result.accepted
    if args.in_belt or args.clip or any(k.startswith("admin") for k in args.by):
        events = _layers(args, result).incidents
    table = query.summarize(events, by=args.by, in_belt=args.in_belt)
    if args.format == "csv":
        sys.stdout.write(csv_text(table, raw=args.raw_csv))
        if not args.raw_csv:
            _formula_note(formula_cells(table), "summary")
    elif args.format == "json":
        print(json.dumps(table.to_dict(orient="records"), ensure_ascii=False, indent=1))
    else:
        print(query.format_summary(table))
    return 0
