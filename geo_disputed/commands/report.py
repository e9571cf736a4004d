"""``geo-disputed report``: a briefing for report authors, as PDF and/or self-contained HTML."""

from __future__ import annotations

import argparse
from pathlib import Path

from geo_disputed.commands.common import Steps, add_layer_arguments, map_layers
from geo_disputed.errors import GeoDisputedError
from geo_disputed.render import report

#: What ``--out`` may name.
SUFFIXES = (".pdf", ".html")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``report`` sub-command."""
    p = sub.add_parser(
        "report",
        help="write a briefing (map, monthly chart, coverage gaps, nearest incidents, sources)",
        description="Write a briefing for report authors: the static map, incidents per month "
        "(inside and outside the belt, by governorate), the coverage-gap table, the incidents "
        "nearest each gap, every source and the CRS of every figure. --out FILE.pdf writes "
        "the PDF (with --html also FILE.html beside it); --out FILE.html writes only the "
        "self-contained HTML. The same inputs give the same files, byte for byte.",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="output .pdf or .html")
    p.add_argument(
        "--html",
        action="store_true",
        help="with a .pdf --out, also write the HTML briefing beside it (same name, .html)",
    )
    p.add_argument("--lang", choices=report.LANGS, default="en", help="language (en)")
    add_layer_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Check ``--out``, load the layers, compose the briefing and write it."""
    out = Path(args.out)
    if out.suffix.lower() not in SUFFIXES:
        raise GeoDisputedError(
            f"--out {out}: unknown briefing format {out.suffix or '(none)'!r}; use .pdf or .html"
        )
    pdf = out if out.suffix.lower() == ".pdf" else None
    page = out.with_suffix(".html") if pdf is None or args.html else None
    steps = Steps(2 + (pdf is not None) + (page is not None))
    with steps("loading the layers"):
        layers = map_layers(args)
    with steps("composing the briefing"):
        brief = report.briefing(layers, lang=args.lang)
    if pdf is not None:
        with steps(f"writing {pdf}"):
            pages = report.write_briefing_pdf(brief, pdf)
        print(f"wrote {pdf}: {pages} pages, map drawn in EPSG:32638 (WGS 84 / UTM zone 38N)")
    if page is not None:
        with steps(f"writing {page}"):
            report.write_briefing_html(brief, page)
        print(f"wrote {page}: self-contained HTML ({args.lang}), map drawn in EPSG:32638")
    return 0
