"""``geo-disputed geocode``: resolve place names offline."""

from __future__ import annotations

import argparse
import json
import sys

from geo_disputed.geo.boundaries import gazetteer_for
from geo_disputed.text.geocoder import geocode_many

JSON_FIELDS = (
    "name_en",
    "name_ar",
    "kind",
    "lat",
    "lon",
    "admin1",
    "admin2",
    "precision",
    "score",
    "match",
    "source",
)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``geocode`` sub-command."""
    p = sub.add_parser(
        "geocode",
        help="geocode place names (Arabic, Kurdish or English)",
        description="Geocode place names offline. Exit 1 when some query has no candidate.",
    )
    p.add_argument("queries", nargs="+", metavar="QUERY")
    p.add_argument("--admin1", metavar="GOV", help="restrict to a governorate (any spelling)")
    p.add_argument("--kind", help="restrict to a kind (governorate, district, town, border ...)")
    p.add_argument("--limit", type=_positive, default=5, metavar="N", help="candidates per query")
    p.add_argument("--json", action="store_true", help="print a JSON array, one object per query")
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.set_defaults(func=run)


def _positive(text: str) -> int:
    """argparse type: an integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is less than 1")
    return value


def run(args: argparse.Namespace) -> int:
    """Geocode every query and print the results; return 1 if any query found nothing."""
    gaz = gazetteer_for(args.boundaries)
    results = geocode_many(
        args.queries,
        admin1=args.admin1,
        kind=args.kind,
        limit=args.limit,
        gazetteer=gaz,
        progress=False,
    )
    if args.json:
        payload = [
            {"query": q, "candidates": [c.to_dict(JSON_FIELDS) for c in cands]}
            for q, cands in zip(args.queries, results, strict=True)
        ]
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for query, cands in zip(args.queries, results, strict=True):
            print(f"{query}:")
            if not cands:
                print("  (no match)")
            for c in cands:
                flag = "  ambiguous" if c.ambiguous else ""
                print(
                    f"  {c.score:.2f}  {c.name_en} / {c.name_ar}  [{c.kind}]  "
                    f"{c.lat:.5f}, {c.lon:.5f}  {c.admin1 or '-'} / {c.admin2 or '-'}  "
                    f"precision={c.precision}{flag}"
                )
    return 1 if any(not cands for cands in results) else 0
