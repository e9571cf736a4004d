"""``geo-disputed geoparse``: find the places named in a text file (or stdin)."""

from __future__ import annotations

import argparse
import sys

from geo_disputed.files import read_text, write_text_atomic
from geo_disputed.geo.boundaries import gazetteer_for
from geo_disputed.text.geoparser import format_mentions, geoparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``geoparse`` sub-command."""
    p = sub.add_parser(
        "geoparse",
        help="find and geocode the places named in an Arabic or English text",
        description="Geoparse a UTF-8 text file ('-' reads stdin).",
    )
    p.add_argument("file", metavar="FILE|-")
    p.add_argument("--lang", choices=("ar", "en", "auto"), default="auto")
    p.add_argument("--format", choices=("json", "geojson", "csv"), default="json")
    p.add_argument(
        "--raw-csv",
        action="store_true",
        help="with --format csv, write text cells as they are; by default a text cell "
        "starting with = + - @, tab or carriage return gets a leading ' so that spreadsheets "
        "show it as text instead of running it as a formula",
    )
    p.add_argument("--out", metavar="PATH", help="write here (atomically) instead of stdout")
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Geoparse the input and write the mentions."""
    text = read_text(args.file)
    mentions = geoparse(text, args.lang, gazetteer=gazetteer_for(args.boundaries))
    output = format_mentions(mentions, args.format, raw=args.raw_csv)
    if args.out:
        write_text_atomic(args.out, output)
    else:
        sys.stdout.write(output)
    return 0
