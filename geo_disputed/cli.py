"""The ``geo-disputed`` command line. Each sub-command lives in ``geo_disputed.commands``."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from geo_disputed import settings
from geo_disputed.errors import GeoDisputedError

# Sub-command modules, in the order `--help` lists them. Each has `register(subparsers)`,
# which adds a parser whose defaults set `func(args) -> int`.
COMMANDS = ("build", "geocode", "geoparse", "belt", "data", "incidents", "map", "export")


def make_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every registered sub-command."""
    parser = argparse.ArgumentParser(
        prog="geo-disputed",
        description="Map Iraq's disputed territories and the security-vacuum belt.",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"geo_disputed.commands.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the process exit code (2 on bad input, never a traceback)."""
    parser = make_parser()
    args = parser.parse_args(argv)
    level = {0: logging.WARNING, 1: logging.INFO}.get(args.verbose, logging.DEBUG)
    settings.configure_logging(level=level, console=True)
    try:
        return int(args.func(args) or 0)
    except GeoDisputedError as exc:
        print(f"geo-disputed {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("geo-disputed: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
