"""Arguments and steps the map-making sub-commands (``build``, ``map``, ``export``) share."""

from __future__ import annotations

import argparse
from typing import Any

from geo_disputed import settings


def add_boundary_arguments(p: argparse.ArgumentParser) -> None:
    """``--boundaries DIR`` and ``--offline``."""
    p.add_argument("--boundaries", metavar="DIR", help="administrative boundaries directory")
    p.add_argument(
        "--offline",
        action="store_true",
        help="never download: without configured boundaries, draw Iraq's outline only "
        "(by default the pinned geoBoundaries files are fetched into the user cache once)",
    )


def map_layers(args: argparse.Namespace, **kwargs: Any) -> Any:
    """:func:`geo_disputed.layers.load_layers` for a map: boundaries fetched on first use
    unless ``--offline``; print what is left out and which boundaries were used."""
    from geo_disputed.layers import load_layers

    if args.offline:
        settings.offline = True
    layers = load_layers(args.boundaries, fetch=True, **kwargs)
    for note in layers.missing:
        print(f"note: {note}")
    print(layers.boundaries_source)
    return layers
