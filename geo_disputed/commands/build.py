"""``geo-disputed build``: the main job, on the bundled data, in one command.

It loads every layer (:func:`geo_disputed.layers.load_layers`: the article's places, the
disputed territories and the belt, with boundaries when available and without them
otherwise, saying so, and the enriched incidents), and writes into ``maps/``:

* ``security_vacuum.html``: the interactive map (assets from CDNs);
* ``security_vacuum_offline.html``: the same, self-contained (no network needed);
* ``security_vacuum.png`` and ``security_vacuum.pdf``: the static map (EPSG:32638);
* ``security_vacuum.gpkg``: every layer, EPSG:32638;
* ``security_vacuum.manifest.json``: the inputs (sha256), options, version and boundaries
  of the run, and each output's sha256 (:mod:`geo_disputed.manifest`).

Every file is written atomically; a failure leaves earlier outputs complete and no partial
file behind. The manifest is written first with ``"complete": false`` and last with
``"complete": true``, so a set of outputs of an interrupted build is told apart (the next
build and ``build --check`` report it). The offline copy is the one output that may be left
out (its assets can be had neither from their CDN nor from npm): the build goes on, says
"not written: ..." and removes an earlier build's copy, so that no stale one is left.
"""

from __future__ import annotations

import argparse
import importlib.metadata
from pathlib import Path

from geo_disputed import settings
from geo_disputed.assets import AssetsUnavailable
from geo_disputed.commands.common import Steps, add_layer_arguments, map_layers
from geo_disputed.curated import data_path
from geo_disputed.errors import GeoDisputedError
from geo_disputed.layers import Layers
from geo_disputed.manifest import Manifest, check_outputs
from geo_disputed.render.interactive import write_map
from geo_disputed.render.layers import write_layers
from geo_disputed.render.static import save_static_map, static_map

STEM = "security_vacuum"
#: Names of the boundary files the loader reads (and their sidecars), for the manifest.
_BOUNDARY_PREFIXES = ("irq_admbnda_", "geoboundaries-irq-")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``build`` sub-command."""
    p = sub.add_parser(
        "build",
        help="run the main job: every map and layer of the bundled data into maps/",
        description="Geoparse the article's places, build the disputed territories and the "
        "security-vacuum belt, enrich the bundled incidents, and write the interactive map "
        "(plus a self-contained copy), the static PNG and PDF, a GeoPackage of every layer, "
        "and a manifest of the run (inputs, options and each output's sha256).",
    )
    p.add_argument("--out-dir", default="maps", metavar="DIR", help="output directory (maps)")
    p.add_argument(
        "--check",
        action="store_true",
        help="build nothing: check that the outputs in --out-dir are one complete build, "
        "unchanged since (exit 1 when not)",
    )
    add_layer_arguments(p)
    p.set_defaults(func=run)


def outputs(out: Path) -> dict[str, Path]:
    """The outputs of ``build`` in ``out``, by kind."""
    return {
        "html": out / f"{STEM}.html",
        "offline": out / f"{STEM}_offline.html",
        "png": out / f"{STEM}.png",
        "pdf": out / f"{STEM}.pdf",
        "gpkg": out / f"{STEM}.gpkg",
    }


def manifest_path(out: Path) -> Path:
    """Where ``build`` writes its manifest in ``out``."""
    return out / f"{STEM}.manifest.json"


def run(args: argparse.Namespace) -> int:
    """Load the layers, write every output, print the summary and the files written."""
    out = Path(args.out_dir)
    files = outputs(out)
    if args.check:
        return _check(out)
    existing = next((d for d in (out, *out.parents) if d.exists()), None)
    if existing is not None and not existing.is_dir():
        raise GeoDisputedError(f"--out-dir {out}: {existing} exists and is not a directory")
    previous = check_outputs(manifest_path(out), outputs=list(files.values()))
    step = Steps(6)
    with step("loading boundaries, places, disputed territories, belt, gaps and incidents"):
        layers = map_layers(args, source=False)  # the summary names the boundaries
    if not previous.ok:
        print(f"note: {previous.summary()}; every output is replaced now")
    record = Manifest.start(
        manifest_path(out),
        outputs=list(files.values()),
        inputs=_inputs(args, layers),
        options=_options(args),
        version=_version(),
        boundaries_source=layers.boundaries_source,
    )
    with step("writing the interactive map"):
        write_map(layers, files["html"])
        record.wrote(files["html"])
    with step("writing the self-contained copy"):
        try:
            write_map(layers, files["offline"], self_contained=True)
            record.wrote(files["offline"])
            not_offline = ""
        except AssetsUnavailable as exc:
            not_offline = str(exc)
            if files["offline"].exists():  # an earlier build's: not left beside this one's
                files["offline"].unlink()
                not_offline += "; the copy of an earlier build was removed"
            record.not_written(files["offline"], not_offline)
    with step("drawing the static map"):
        figure = static_map(layers)
    with step("writing PNG and PDF"):
        for kind in ("png", "pdf"):
            save_static_map(figure, files[kind])
            record.wrote(files[kind])
    with step("writing the GeoPackage"):
        write_layers(layers, files["gpkg"])
        record.wrote(files["gpkg"])
    record.finish()
    print()
    print(layers.summary())
    print()
    for path in files.values():
        if path.exists():
            print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    if not_offline:
        print(f"not written: {files['offline']} ({not_offline})")
    print(f"wrote {record.path} (inputs, options and the sha256 of each output)")
    print(
        "CRS: interactive maps in EPSG:4326 shown in Web Mercator (OpenStreetMap tiles; the "
        "offline copy on a plain background); static map and GeoPackage in EPSG:32638"
    )
    return 0


def _check(out: Path) -> int:
    """``build --check``: print what the outputs in ``out`` are; 0 when one complete build."""
    found = check_outputs(manifest_path(out), outputs=list(outputs(out).values()))
    print(found.summary())
    for line in found.lines:
        print(f"  {line}")
    return 0 if found.state == "complete" else 1


def _inputs(args: argparse.Namespace, layers: Layers) -> dict[str, list[Path]]:
    """The files the build read, by role: incidents, article, boundaries, curated data,
    news articles."""
    read = layers.incidents_read
    incidents = [Path(read.path)] if read is not None and Path(read.path).is_file() else []
    article = Path(args.article) if args.article else data_path("article_places.csv")
    boundaries: list[Path] = []
    if layers.boundaries_dir is not None and Path(layers.boundaries_dir).is_dir():
        boundaries = sorted(
            p
            for p in Path(layers.boundaries_dir).iterdir()
            if p.is_file() and p.name.lower().startswith(_BOUNDARY_PREFIXES)
        )
    data = sorted(p for p in Path(settings.data_dir).glob("*.csv") if p.is_file())
    news: list[Path] = []
    if args.news is not None:  # the articles --news named, hidden files left out as read
        root = Path(args.news)
        found = sorted(root.rglob("*")) if root.is_dir() else [root]
        hidden = [any(part.startswith(".") for part in p.relative_to(root).parts) for p in found]
        news = [p for p, skip in zip(found, hidden, strict=True) if p.is_file() and not skip]
    return {"incidents": incidents, "article": [article], "boundaries": boundaries, "data": data,
            "news": news}  # fmt: skip


def _options(args: argparse.Namespace) -> dict[str, object]:
    names = ("boundaries", "incidents", "article", "news", "news_km", "news_days", "method",
             "width_km", "radius_km", "offline")  # fmt: skip
    return {name: getattr(args, name) for name in names}


def _version() -> str:
    try:
        return importlib.metadata.version("geo-disputed")
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed)"
