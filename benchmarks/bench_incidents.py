"""Benchmark: 1,000,000 SYNTHETIC incidents through load -> validate -> assign_admin (districts)
-> in_belt -> nearest_centre.

Targets: the three query steps together <= 3 s, >= 10x faster than a naive per-row loop
measured in the same run (on a sample, extrapolated), and peak memory (max RSS of the whole
process, generator included) <= 1.5 GB. The naive loop tests every district and belt piece
with an unprepared ``covers`` per point (projecting each point to UTM 38N for the belt) and
measures every centre with ``pyproj.Geod.inv`` per point; its answers on the sample are
compared with the vectorised ones.

The incidents come from ``benchmarks/synthetic.py`` (random points over Iraq, labelled
synthetic, 0.5% deliberately broken rows); boundaries are the OCHA files in
``../shared/data/boundaries`` (or ``--boundaries DIR``); centres are
``data/coordination_centres.csv``.

Run: ``python benchmarks/bench_incidents.py [--n 1000000] [--sample 2000]``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "benchmarks"))

import numpy as np  # noqa: E402

from geo_disputed.incidents import query  # noqa: E402

DEFAULT_BOUNDARIES = PROJECT.parent / "shared" / "data" / "boundaries"
TARGET_QUERY_S = 3.0
TARGET_SPEEDUP = 10.0
TARGET_PEAK_GB = 1.5


def peak_rss_gb() -> float:
    """Peak resident memory of this process so far, in GB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e9


def naive(sample, districts, belt, centres) -> tuple[list, list, list, list]:
    """Per-row loop: the baseline the vectorised queries are compared with."""
    from pyproj import Geod, Transformer

    geod = Geod(ellps="WGS84")
    to_utm = Transformer.from_crs(4326, 32638, always_xy=True)
    from shapely.geometry import Point

    names, flags, nearest, km = [], [], [], []
    centre_xy = [(p.x, p.y) for p in centres.geometry]
    for point in sample.geometry:
        names.append(
            next((r.name_en for r in districts.itertuples() if r.geometry.covers(point)), None)
        )
        utm = Point(*to_utm.transform(point.x, point.y))
        flags.append(any(piece.covers(utm) for piece in belt.geometry))
        dists = [geod.inv(point.x, point.y, x, y)[2] / 1000 for x, y in centre_xy]
        best = int(np.argmin(dists))
        nearest.append(centres["name_en"].iloc[best])
        km.append(dists[best])
    return names, flags, nearest, km


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its figures; return 0."""
    from synthetic import write_synthetic_csv

    from geo_disputed.geo.belt import security_vacuum_belt
    from geo_disputed.geo.boundaries import country_outline, load_boundaries
    from geo_disputed.geo.sites import load_centres
    from geo_disputed.incidents import load_incidents

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic incidents")
    parser.add_argument("--sample", type=int, default=2000, help="rows for the naive loop")
    parser.add_argument("--boundaries", default=str(DEFAULT_BOUNDARIES), metavar="DIR")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    boundaries = load_boundaries(args.boundaries)
    districts = boundaries[boundaries["level"] == 2].reset_index(drop=True)
    belt = security_vacuum_belt(boundaries)
    centres = load_centres()

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        path = write_synthetic_csv(
            Path(tmp) / "synthetic.csv", args.n, seed=args.seed, outline=country_outline(boundaries)
        )
        t_generate = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6
        t0 = time.perf_counter()
        result = load_incidents(path, progress=False)
        t_load = time.perf_counter() - t0
    events = result.accepted

    steps = {}
    t0 = time.perf_counter()
    events = query.assign_admin(events, boundaries, levels=(2,))
    steps["assign_admin (districts)"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    events = query.in_belt(events, belt)
    steps["in_belt"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    events = query.nearest_site(events, centres, prefix="nearest_centre")
    steps["nearest_centre"] = time.perf_counter() - t0
    t_query = sum(steps.values())

    rng = np.random.default_rng(args.seed)
    rows = np.sort(rng.choice(len(events), size=min(args.sample, len(events)), replace=False))
    sample = events.iloc[rows]
    t0 = time.perf_counter()
    names, flags, nearest, km = naive(sample, districts, belt.pieces, centres)
    t_naive_sample = time.perf_counter() - t0
    t_naive = t_naive_sample / len(sample) * len(events)
    # as assign_admin does, no district for an event located only to its governorate
    finest = sample["admin_precision"].fillna(3).to_numpy()
    names = [name if level >= 2 else None for name, level in zip(names, finest, strict=True)]
    agree = {
        "admin2": np.mean(
            [
                a == (b if b == b else None)
                for a, b in zip(names, sample["admin2"].astype(object), strict=True)
            ]
        ),
        "in_belt": np.mean(np.array(flags) == sample["in_belt"].to_numpy()),
        "nearest_centre": np.mean(
            np.array(nearest, dtype=object) == sample["nearest_centre"].astype(object).to_numpy()
        ),
    }
    km_err = np.max(np.abs(np.array(km) - sample["nearest_centre_km"].to_numpy()) / np.array(km))
    peak = peak_rss_gb()
    speedup = t_naive / t_query

    print(
        f"SYNTHETIC incidents: {args.n:,} rows, CSV {size_mb:,.0f} MB "
        f"(generated in {t_generate:.1f} s, not timed below)"
    )
    print(f"load + validate      {t_load:8.2f} s   {result.summary()}")
    for name, seconds in steps.items():
        print(f"{name:<24} {seconds:8.2f} s")
    print(
        f"{'query steps total':<24} {t_query:8.2f} s   target <= {TARGET_QUERY_S:g} s: "
        f"{'met' if t_query <= TARGET_QUERY_S else 'MISSED'}"
    )
    print(
        f"naive per-row loop       {t_naive:8.1f} s   (extrapolated from {len(sample):,} rows "
        f"in {t_naive_sample:.2f} s)"
    )
    print(
        f"speed-up vs naive        {speedup:8.1f} x   target >= {TARGET_SPEEDUP:g}x: "
        f"{'met' if speedup >= TARGET_SPEEDUP else 'MISSED'}"
    )
    print(
        f"peak memory (max RSS)    {peak:8.2f} GB  target <= {TARGET_PEAK_GB:g} GB: "
        f"{'met' if peak <= TARGET_PEAK_GB else 'MISSED'}"
    )
    print(
        "agreement with the naive loop on the sample: "
        + ", ".join(f"{k} {v:.2%}" for k, v in agree.items())
        + f"; nearest_centre_km max relative difference {km_err:.1e}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
