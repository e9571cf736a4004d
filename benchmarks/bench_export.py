"""Benchmark: the default static map as PNG, A4 at 300 dpi (target <= 3 s).

Baseline, measured in the same run: the same layers drawn the naive way, with
``GeoDataFrame.plot`` defaults on unclipped, unsimplified geometries through pyplot (every
boundary level as loaded) and a default ``savefig``.

Run: ``python benchmarks/bench_export.py [--boundaries DIR] [--repeat 3]``. Without boundaries
(none configured and no ``../shared/data/boundaries``) it times the map drawn without them.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from timing import best_of

if TYPE_CHECKING:
    from geo_disputed.render.layers import Layers

ROOT = Path(__file__).resolve().parents[1]
SHARED_BOUNDARIES = ROOT.parent / "shared" / "data" / "boundaries"
TARGET_S = 3.0


def naive_png(layers: Layers, path: Path) -> None:
    """The same map the way a first script would draw it: GeoDataFrame.plot defaults."""
    import geopandas as gpd
    import matplotlib.pyplot as plt

    crs = "EPSG:32638"
    fig, ax = plt.subplots(figsize=(297 / 25.4, 210 / 25.4), dpi=300)
    if layers.boundaries is not None:
        layers.boundaries.to_crs(crs).plot(ax=ax, facecolor="none", edgecolor="grey")
        gov = layers.boundaries[layers.boundaries["level"] == 1].to_crs(crs)
        for name, point in zip(gov["name_en"], gov.representative_point(), strict=True):
            ax.annotate(name, (point.x, point.y), ha="center", fontsize=7)
    belt = layers.belt.pieces if layers.belt is not None else None
    for frame, style in (
        (layers.kurdistan, {"color": "#fbe7b0"}),
        (layers.disputed, {"facecolor": "none", "edgecolor": "#b2412d", "hatch": "////"}),
        (belt, {"column": "admin1", "alpha": 0.55}),
    ):
        if frame is not None:
            frame.to_crs(crs).plot(ax=ax, **style)
    if layers.belt is not None:
        gpd.GeoSeries([layers.belt.centreline], crs=crs).plot(ax=ax, color="k", linestyle="--")
    incidents = layers.incidents.to_crs(crs)
    incidents.plot(ax=ax, column="event_type", markersize=20 + 10 * incidents["fatalities"],
                   legend=True)  # fmt: skip
    layers.centres.to_crs(crs).plot(ax=ax, marker="s", color="k")
    ax.set_title("Iraq: the security-vacuum belt and the disputed territories")
    fig.savefig(path)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    """Time the export and the naive baseline; print figures and ratios."""
    import matplotlib

    matplotlib.use("Agg")
    sys.path.insert(0, str(ROOT))
    from geo_disputed.layers import load_layers
    from geo_disputed.render import static as export

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", help="boundaries directory (default: ../shared/...)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    boundaries = args.boundaries or (SHARED_BOUNDARIES if SHARED_BOUNDARIES.is_dir() else None)

    start = time.perf_counter()
    layers = load_layers(boundaries)
    load_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        ours, naive = Path(tmp) / "ours.png", Path(tmp) / "naive.png"

        def export_png() -> None:
            export.save_static_map(export.static_map(layers, dpi=300, size="A4"), ours, dpi=300)

        export_png()  # warm-up: font cache, lazy imports
        naive_png(layers, naive)
        ours_s = best_of(export_png, args.repeat)
        naive_s = best_of(lambda: naive_png(layers, naive), args.repeat)
        ours_mb, naive_mb = ours.stat().st_size / 1e6, naive.stat().st_size / 1e6

    counts = {k: len(v) for k, v in layers.frames().items()}
    print(f"layers: {counts}; boundaries: {boundaries or 'none'}")
    print(f"load layers (boundaries, belt, incidents, centres): {load_s:.2f} s")
    print(f"export PNG A4 @ 300 dpi (draw + save), best of {args.repeat}: {ours_s:.2f} s, "
          f"{ours_mb:.1f} MB")  # fmt: skip
    print(f"baseline GeoDataFrame.plot defaults, same layers:  {naive_s:.2f} s, {naive_mb:.1f} MB")
    print(f"ratio baseline / export: {naive_s / ours_s:.2f}x")
    verdict = "OK" if ours_s <= TARGET_S else "OVER TARGET"
    print(f"target <= {TARGET_S:.0f} s: {verdict} ({ours_s / TARGET_S:.0%} of budget)")
    return 0 if ours_s <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
