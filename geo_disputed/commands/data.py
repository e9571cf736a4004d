"""``geo-disputed data``: download pinned boundary files and show what is cached where."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from geo_disputed import settings
from geo_disputed.download import (
    BOUNDARY_LEVELS,
    REGISTRY,
    DownloadError,
    cache_path,
    fetch_boundaries,
    verify_cached,
)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``data`` sub-command with ``fetch`` and ``info``."""
    p = sub.add_parser(
        "data",
        help="download boundaries into the user cache; show what is cached",
        description="Manage downloaded data in the user cache.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    fetch = actions.add_parser(
        "fetch",
        help="download geoBoundaries gbOpen Iraq ADM1/ADM2 (pinned URL and sha256)",
        description="Download geoBoundaries gbOpen Iraq boundaries (CC BY 4.0) into "
        "the user cache, checking each file's pinned sha256.",
    )
    fetch.add_argument(
        "--level",
        type=int,
        nargs="+",
        choices=sorted(BOUNDARY_LEVELS),
        default=sorted(BOUNDARY_LEVELS),
        help="levels to download (default: 1 2)",
    )
    fetch.add_argument("--quiet", action="store_true", help="no progress bar")
    fetch.set_defaults(func=run_fetch)
    info = actions.add_parser("info", help="show the cache and which boundaries would be used")
    info.add_argument("--boundaries", metavar="DIR", help="boundaries directory to check")
    info.set_defaults(func=run_info)


def run_fetch(args: argparse.Namespace) -> int:
    """Download the requested levels and print where they went."""
    for path in fetch_boundaries(tuple(dict.fromkeys(args.level)), progress=not args.quiet):
        print(f"{path}  ({path.stat().st_size:,} bytes, sha256 verified)")
    return 0


def run_info(args: argparse.Namespace) -> int:
    """Print the cache directory, the cached downloads and the boundaries in use."""
    print(f"cache directory:      {settings.cache_dir}")
    print(f"data directory:       {settings.data_dir}")
    print("registered downloads:")
    for name in sorted(REGISTRY):
        path = cache_path(name)
        state = "not downloaded"
        if path.is_file():
            try:
                verify_cached(path)
                state = f"cached, {path.stat().st_size:,} bytes, sha256 as pinned"
            except DownloadError:
                state = "CHANGED since downloaded (sha256 differs): run `geo-disputed data fetch`"
        print(f"  {name}: {state}")
    try:
        chosen = settings.resolve_boundaries_dir(args.boundaries)
    except FileNotFoundError as exc:
        print(f"boundaries directory: error: {exc}")
        return 1
    if chosen is None:
        print("boundaries directory: none (run `geo-disputed data fetch`, pass --boundaries DIR,")
        print(f"                      or set {settings.BOUNDARIES_ENV})")
        return 0
    print(f"boundaries directory: {chosen}  (from {_origin(args.boundaries)})")
    for path in sorted(Path(chosen).iterdir()):
        if path.is_file():
            print(f"  {path.name}  ({path.stat().st_size:,} bytes)")
    return 0


def _origin(override: str | None) -> str:
    if override is not None:
        return "--boundaries"
    if settings.boundaries_dir is not None:
        return "settings.boundaries_dir"
    if os.environ.get(settings.BOUNDARIES_ENV):
        return settings.BOUNDARIES_ENV
    return "the user cache"
