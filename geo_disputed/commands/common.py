"""Arguments and steps the map-making sub-commands (``build``, ``map``, ``export``) share."""

from __future__ import annotations

import argparse
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from geo_disputed import settings
from geo_disputed.errors import GeoDisputedError
from geo_disputed.geo.belt import METHODS
from geo_disputed.layers import Layers, load_layers


def add_boundary_arguments(p: argparse.ArgumentParser) -> None:
    """``--boundaries DIR`` and ``--offline``."""
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.add_argument(
        "--offline",
        action="store_true",
        help="never download: without configured boundaries, draw Iraq's outline only "
        "(by default the pinned geoBoundaries files are fetched into the user cache once)",
    )


def add_belt_arguments(p: argparse.ArgumentParser) -> None:
    """``--method`` and ``--width-km`` of :func:`geo_disputed.geo.belt.security_vacuum_belt`."""
    p.add_argument(
        "--method",
        choices=METHODS,
        default="vacuum",
        help="vacuum (default): the federal side of the Kurdistan Region's edge, to the sourced "
        "depth, towns cut out; corridor: a buffer of the waypoint centreline; frontier: a buffer "
        "of the Kurdistan Region's edge against the disputed territories",
    )
    p.add_argument(
        "--width-km",
        type=float,
        default=None,
        metavar="KM",
        help="vacuum: depth on the federal side (default 30, data/belt_depths.csv); corridor "
        "and frontier: total width (default 20)",
    )


def add_layer_arguments(p: argparse.ArgumentParser) -> None:
    """The options of :func:`geo_disputed.layers.load_layers` every map command takes."""
    add_boundary_arguments(p)
    p.add_argument(
        "--incidents",
        metavar="FILE",
        help="incidents (ACLED, UCDP, CSV, GeoJSON ...; default data/incidents.csv)",
    )
    p.add_argument(
        "--article",
        metavar="FILE",
        help="UTF-8 article whose places are geoparsed (default: the seed article's places, "
        "data/article_places.csv)",
    )
    p.add_argument(
        "--news",
        metavar="DIR",
        help="folder (or file) of news articles: text, HTML, RSS/Atom, JSONL; the events they "
        "report are coded, merged across reports and drawn as the 'reported in the news' "
        "layer, enriched like the incidents (see `geo-disputed events`)",
    )
    p.add_argument("--news-km", type=float, default=10.0, metavar="KM",
                   help="news reports of one type within KM km ... (10)")  # fmt: skip
    p.add_argument("--news-days", type=int, default=1, metavar="N",
                   help="... and N days apart are one event (1)")  # fmt: skip
    add_belt_arguments(p)
    p.add_argument("--radius-km", type=float, default=20.0, metavar="KM",
                   help="coverage radius of the coordination centres and gaps (20)")  # fmt: skip


def print_notes(layers: Layers) -> None:
    """Print what the layers leave out (:attr:`Layers.missing`), each note once."""
    for note in dict.fromkeys(layers.missing):
        print(f"note: {note}")


def map_layers(args: argparse.Namespace, *, source: bool = True, **kwargs: Any) -> Layers:
    """:func:`geo_disputed.layers.load_layers` from the arguments of
    :func:`add_layer_arguments`: boundaries fetched on first use unless ``--offline``; print
    what is left out (each note once), which boundaries were used (unless ``source`` is
    false: the caller prints them later, as ``build`` does in its summary) and how the
    incidents were read."""
    for name in ("incidents", "article"):
        value = getattr(args, name)
        if value is not None and not Path(value).is_file():
            raise GeoDisputedError(f"--{name} {value}: no such file")
    news = getattr(args, "news", None)
    if news is not None and not Path(news).exists():
        raise GeoDisputedError(f"--news {news}: no such file or folder")
    if args.offline:
        settings.offline = True
    layers = load_layers(
        args.boundaries,
        incidents=args.incidents,
        article=args.article,
        width_km=args.width_km,
        method=args.method,
        radius_km=args.radius_km,
        fetch=True,
        news=news,
        news_km=getattr(args, "news_km", 10.0),
        news_days=getattr(args, "news_days", 1),
        **kwargs,
    )
    print_notes(layers)
    if source:
        print(layers.boundaries_source)
    read = layers.incidents_read
    if read is not None:
        print(f"{read.path}: {read.summary()}")
        if len(read.rejected):
            print("  rejected rows are not drawn; list them with `geo-disputed incidents "
                  "enrich --rejects FILE`")  # fmt: skip
    if layers.news_read is not None:
        print(f"{layers.news_read.path}: {layers.news_read.summary()}")
        for problem in layers.news_read.problems:
            print(f"  skipped {problem}")
    return layers


class Steps:
    """Numbered progress lines with the time each step took: ``with steps("label"):``."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0

    @contextmanager
    def __call__(self, label: str) -> Iterator[None]:
        """Print the step's label, run the block, print how long it took."""
        self.done += 1
        print(f"[{self.done}/{self.total}] {label} ...", flush=True)
        start = time.perf_counter()
        yield
        print(f"      done in {time.perf_counter() - start:.1f} s", flush=True)
