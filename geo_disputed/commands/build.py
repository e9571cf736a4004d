"""``geo-disputed build``: the main job, on the bundled data, in one command.

It geoparses the article's places, builds the disputed territories and the belt (with
boundaries when available, without them otherwise, saying so), enriches the bundled
incidents, and writes into ``maps/``:

* ``security_vacuum.html``: the interactive map (assets from CDNs);
* ``security_vacuum_offline.html``: the same, self-contained (no network needed);
* ``security_vacuum.png`` and ``security_vacuum.pdf``: the static map (EPSG:32638);
* ``security_vacuum.gpkg``: every layer, EPSG:32638.

Every file is written atomically; a failure leaves earlier outputs complete and no partial
file behind.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from geo_disputed.commands.common import add_boundary_arguments
from geo_disputed.errors import GeoDisputedError

STEM = "security_vacuum"
T = TypeVar("T")


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
    add_boundary_arguments(p)
    p.add_argument(
        "--article",
        metavar="FILE",
        help="UTF-8 article to geoparse (default: the seed article's places, "
        "data/article_places.csv)",
    )
    p.add_argument("--incidents", metavar="FILE", help="incidents (default data/incidents.csv)")
    p.add_argument("--width-km", type=float, default=20.0, metavar="KM", help="belt width (20)")
    p.add_argument(
        "--radius-km", type=float, default=20.0, metavar="KM", help="centre coverage radius (20)"
    )
    p.set_defaults(func=run)


class _Steps:
    """Numbered progress lines with the time each step took."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0

    def __call__(self, label: str, func: Callable[[], T]) -> T:
        self.done += 1
        print(f"[{self.done}/{self.total}] {label} ...", flush=True)
        start = time.perf_counter()
        result = func()
        print(f"      done in {time.perf_counter() - start:.1f} s", flush=True)
        return result


def run(args: argparse.Namespace) -> int:
    """Run every step, print the summary and the files written."""
    out_dir = Path(args.out_dir)
    existing = next((d for d in (out_dir, *out_dir.parents) if d.exists()), None)
    if existing is not None and not existing.is_dir():
        raise GeoDisputedError(f"--out-dir {out_dir}: {existing} exists and is not a directory")
    for name in ("article", "incidents"):
        value = getattr(args, name)
        if value is not None and not Path(value).is_file():
            raise GeoDisputedError(f"--{name} {value}: no such file")
    step = _Steps(7)
    places = step("geoparsing the article's places", lambda: _places(args))
    layers = step(
        "building boundaries, disputed territories, belt, gaps and incidents",
        lambda: _layers(args),
    )
    paths = [out_dir / f"{STEM}.{ext}" for ext in ("html", "png", "pdf", "gpkg")]
    offline = out_dir / f"{STEM}_offline.html"
    step("writing the interactive map", lambda: _write_map(layers, places, paths[0], False))
    offline_note = step(
        "writing the self-contained copy", lambda: _offline(layers, places, offline)
    )
    figure = step("drawing the static map", lambda: _figure(layers))
    step("writing PNG and PDF", lambda: _save_static(figure, paths[1], paths[2]))
    step("writing the GeoPackage", lambda: _geopackage(layers, places, paths[3]))
    print()
    print(_summary(layers, places))
    print()
    written = [p for p in (paths[0], offline, *paths[1:]) if p.exists()]
    for path in written:
        print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    if offline_note:
        print(f"not written: {offline} ({offline_note})")
    print("CRS: maps in EPSG:4326 on a web basemap; static map and GeoPackage in EPSG:32638")
    return 0


def _places(args: argparse.Namespace) -> list[Any]:
    if args.article:
        from geo_disputed.commands.geoparse import read_text
        from geo_disputed.text.geoparser import geoparse

        return geoparse(read_text(args.article), boundaries=args.boundaries)
    from geo_disputed.text.article_places import load_article_places
    from geo_disputed.text.gazetteer import load_gazetteer

    return load_article_places(gazetteer=load_gazetteer(args.boundaries))


def _layers(args: argparse.Namespace) -> Any:
    from geo_disputed.commands.common import map_layers

    return map_layers(
        args, incidents=args.incidents, width_km=args.width_km, radius_km=args.radius_km
    )


def _write_map(layers: Any, places: list[Any], path: Path, self_contained: bool) -> None:
    from geo_disputed.render.interactive import build_map, save_map

    accepted = layers.incidents.accepted
    m = build_map(
        layers.boundaries,
        belt=layers.belt,
        gaps=layers.gaps,
        disputed=layers.disputed,
        kurdistan=layers.kurdistan,
        incidents=accepted,
        centres=layers.centres,
        places=places,
        countries=layers.countries,
        self_contained=self_contained,
        subtitle=f"Belt width {layers.belt.attrs['width_km']:g} km · {len(accepted)} incidents",
    )
    save_map(m, path)


def _offline(layers: Any, places: list[Any], path: Path) -> str:
    """Write the self-contained map; return why not when its assets cannot be had."""
    from geo_disputed.render import assets as map_assets

    try:
        map_assets.ensure_cached()
    except GeoDisputedError as exc:
        return str(exc)
    _write_map(layers, places, path, True)
    return ""


def _figure(layers: Any) -> Any:
    from geo_disputed.render.static import static_map

    return static_map(**layers.static_kwargs())


def _save_static(figure: Any, png: Path, pdf: Path) -> None:
    from geo_disputed.render.static import save_static_map

    save_static_map(png, figure)
    save_static_map(pdf, figure)


def _geopackage(layers: Any, places: list[Any], path: Path) -> None:
    import math

    import geopandas as gpd
    from shapely.geometry import Point

    from geo_disputed.geo.belt import centreline_frame
    from geo_disputed.layers import write_geopackage

    frames = {"belt": layers.belt, "centreline": centreline_frame(layers.belt), "gaps": layers.gaps}
    if layers.boundaries is not None:
        for level, name in ((1, "governorates"), (2, "districts"), (3, "subdistricts")):
            part = layers.boundaries[layers.boundaries["level"] == level]
            if len(part):
                frames[name] = part
        for name, frame in (
            ("disputed_territories", layers.disputed),
            ("kurdistan_region", layers.kurdistan),
        ):
            if frame is not None:
                frames[name] = frame
    if layers.countries is not None:
        frames["countries"] = layers.countries
    frames["coordination_centres"] = layers.centres
    frames["incidents"] = layers.incidents.accepted
    frames["article_places"] = gpd.GeoDataFrame(
        {
            "text": [p.text for p in places],
            "name_en": [p.candidate.name_en for p in places],
            "name_ar": [p.candidate.name_ar for p in places],
            "kind": [p.candidate.kind for p in places],
            "precision": [p.candidate.precision for p in places],
            "source": [p.candidate.source for p in places],
        },
        geometry=[
            Point(p.candidate.lon, p.candidate.lat)
            if math.isfinite(p.candidate.lat) and math.isfinite(p.candidate.lon)
            else None  # known only from its kind word (قرية X): no point
            for p in places
        ],
        crs="EPSG:4326",
    )
    write_geopackage(path, frames)


def _summary(layers: Any, places: list[Any]) -> str:
    from geo_disputed.geo.belt import belt_table

    lines = [layers.boundaries_source, belt_table(layers.belt)]
    accepted = layers.incidents.accepted
    lines.append(f"incidents: {layers.incidents.summary()}")
    if "in_belt" in accepted:
        unknown = int(accepted["in_belt"].isna().sum())
        lines.append(
            f"incidents inside the belt: {int(accepted['in_belt'].sum())}"
            + (f" ({unknown} located too coarsely to tell)" if unknown else "")
        )
    else:
        lines.append("incidents inside the belt: not computed (no boundaries)")
    gaps = layers.gaps.sort_values("length_km", ascending=False)
    radius = f"{len(layers.centres)} coordination centres"
    lines.append(f"coverage gaps (centreline farther than the radius from all {radius}):")
    for row in gaps.head(3).itertuples():
        lines.append(
            f"  {row.length_km:6.1f} km  (km {row.start_km:,.0f} to {row.end_km:,.0f} "
            "from the Syrian end)"
        )
    names = sorted({p.candidate.name_en for p in places})
    lines.append(f"places named in the article: {len(names)} ({', '.join(names)})")
    return "\n".join(lines)
