"""``geo-disputed build``: the main job, on the bundled data, in one command.

It loads every layer (:func:`geo_disputed.layers.load_layers`: the article's places, the
disputed territories and the belt, with boundaries when available and without them
otherwise, saying so, and the enriched incidents), and writes into ``maps/``:

* ``security_vacuum.html``: the interactive map (assets from CDNs);
* ``security_vacuum_offline.html``: the same, self-contained (no network needed);
* ``security_vacuum.png`` and ``security_vacuum.pdf``: the static map (EPSG:32638);
* ``security_vacuum.gpkg``: every layer, EPSG:32638.

Every file is written atomically; a failure leaves earlier outputs complete and no partial
file behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from geo_disputed.assets import AssetsUnavailable
from geo_disputed.commands.common import Steps, add_layer_arguments, map_layers
from geo_disputed.errors import GeoDisputedError
from geo_disputed.render.interactive import write_map
from geo_disputed.render.layers import write_layers
from geo_disputed.render.static import save_static_map, static_map

STEM = "security_vacuum"


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``build`` sub-command."""
    p = sub.add_parser(
        "build",
        help="run the main job: every map and layer of the bundled data into maps/",
        description="Geoparse the article's places, build the disputed territories and the "
        "security-vacuum belt, enrich the bundled incidents, and write the interactive map "
        "(plus a self-contained copy), the static PNG and PDF, and a GeoPackage of every layer.",
    )
    p.add_argument("--out-dir", default="maps", metavar="DIR", help="output directory (maps)")
    add_layer_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Load the layers, write every output, print the summary and the files written."""
    out = Path(args.out_dir)
    existing = next((d for d in (out, *out.parents) if d.exists()), None)
    if existing is not None and not existing.is_dir():
        raise GeoDisputedError(f"--out-dir {out}: {existing} exists and is not a directory")
    html, offline = out / f"{STEM}.html", out / f"{STEM}_offline.html"
    png, pdf, gpkg = (out / f"{STEM}.{ext}" for ext in ("png", "pdf", "gpkg"))
    step = Steps(6)
    with step("loading boundaries, places, disputed territories, belt, gaps and incidents"):
        layers = map_layers(args)
    with step("writing the interactive map"):
        write_map(layers, html)
    with step("writing the self-contained copy"):
        try:
            write_map(layers, offline, self_contained=True)
            not_offline = ""
        except AssetsUnavailable as exc:
            not_offline = str(exc)
    with step("drawing the static map"):
        figure = static_map(layers)
    with step("writing PNG and PDF"):
        save_static_map(figure, png)
        save_static_map(figure, pdf)
    with step("writing the GeoPackage"):
        write_layers(layers, gpkg)
    print()
    print(layers.summary())
    print()
    for path in (html, offline, png, pdf, gpkg):
        if path.exists():
            print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    if not_offline:
        print(f"not written: {offline} ({not_offline})")
    print("CRS: maps in EPSG:4326 on a web basemap; static map and GeoPackage in EPSG:32638")
    return 0
