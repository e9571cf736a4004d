"""``geo-disputed events``: code the events reported in news articles into an incident file."""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path

from geo_disputed.errors import GeoDisputedError
from geo_disputed.geo.boundaries import gazetteer_for
from geo_disputed.incidents.load import OUTPUT_FORMATS
from geo_disputed.incidents.news import merge_reports, news_events, write_news_events


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``events`` sub-command."""
    p = sub.add_parser(
        "events",
        help="code the attacks, clashes, strikes and arrests reported in news articles",
        description="Read text files, HTML pages, RSS/Atom feeds, JSONL (text, date, url, "
        "title, outlet) or folders of them; code each reported event (ACLED types, place, "
        "date, fatalities, actors, the sentence as evidence); merge reports of one event; "
        "write the incidents (loadable by `geo-disputed incidents`). Output format from the "
        "extension: " + "; ".join(f"{ext}: {text}" for ext, text in OUTPUT_FORMATS.items()),
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="article files or folders")
    p.add_argument("--out", required=True, metavar="OUTPUT", help=".csv, .geojson, .gpkg, .parquet")
    p.add_argument(
        "--unplaced",
        metavar="CSV",
        help="write the events that cannot be incidents (no place resolved, no date known) "
        "here, each with its reason",
    )
    p.add_argument("--km", type=float, default=10.0, metavar="KM",
                   help="reports of one type within KM km ... (10)")  # fmt: skip
    p.add_argument("--days", type=int, default=1, metavar="N",
                   help="... and N days apart are one event (1)")  # fmt: skip
    p.add_argument("--no-merge", action="store_true", help="one row per report")
    p.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="publication date of articles whose source gives none (text files)",
    )
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--raw-csv", action="store_true",
                   help="write CSV text cells as they are (by default a cell starting with "
                   "= + - @ gets a leading ')")  # fmt: skip
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read, code, merge and write; print the counts."""
    if Path(args.out).suffix.lower() not in OUTPUT_FORMATS:
        raise GeoDisputedError(f"--out {args.out}: use a .csv, .geojson, .gpkg or .parquet name")
    for given in args.inputs:
        if not Path(given).exists():
            raise GeoDisputedError(f"{given}: no such file or folder")
    stats: Counter[str] = Counter()
    events, problems = news_events(
        args.inputs,
        gazetteer=gazetteer_for(args.boundaries),
        progress=not args.no_progress,
        published=args.date,
        stats=stats,
    )
    print(f"articles read: {stats['articles']}")
    print(f"skipped: {len(problems)}")
    for problem in problems:
        print(f"  {problem}")
    print(f"events extracted: {stats['extracted']}")
    merged = events if args.no_merge else merge_reports(events, km=args.km, days=args.days)
    print(f"after merging reports of one event: {len(merged)}")
    written, held = write_news_events(merged, args.out, unplaced=args.unplaced, raw=args.raw_csv)
    print(f"written to {args.out}: {written}")
    if held:
        reasons = Counter(merged.loc[merged["reason"].ne(""), "reason"].str.split(":").str[0])
        where = f" (in {args.unplaced})" if args.unplaced else " (--unplaced FILE lists them)"
        print(f"not written, no place or no date{where}: {held}")
        for reason, count in reasons.most_common():
            print(f"  {count}: {reason}")
    return 0
