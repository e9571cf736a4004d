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

Loading is also set beside the plain readers, each run in its own subprocess on the same
file (best of ``--repeat`` runs): ``load_incidents`` on the CSV against pyarrow
``read_csv`` + ``geopandas.points_from_xy`` (target <= 2.5x), and on the same accepted rows
written as GeoParquet by ``write_incidents`` against ``geopandas.read_parquet`` (target <=
2x); peak memory is the subprocess's max RSS above what it held after its imports (target
<= 1.5x the plain reader's).

Run: ``python benchmarks/bench_incidents.py [--n 1000000] [--sample 2000] [--repeat 1]``;
``--loaders-only`` skips the query steps (no boundaries needed).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
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
TARGET_CSV_RATIO = 2.5
TARGET_PARQUET_RATIO = 2.0
TARGET_MEMORY_RATIO = 1.5
#: What ``--measure`` runs: our loader and the plain reader, on a CSV and a GeoParquet file.
READERS = ("load_csv", "arrow_csv", "load_parquet", "read_parquet")


def peak_rss_gb() -> float:
    """Peak resident memory of this process so far, in GB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e9


def measure(reader: str, path: str) -> dict[str, float]:
    """Run one reader on ``path`` in this process: seconds, and its peak RSS above what the
    process held after its imports (Linux)."""
    import geopandas as gpd
    import pandas as pd
    import pyarrow.csv  # noqa: F401  (imported before the baseline, as pandas' engine needs)

    from geo_disputed.incidents import load_incidents

    base = _resident("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # peak RSS (VmHWM) := RSS now (Linux)
    t0 = time.perf_counter()
    if reader in ("load_csv", "load_parquet"):
        rows = len(load_incidents(path, progress=False).accepted)
    elif reader == "arrow_csv":
        frame = pd.read_csv(path, engine="pyarrow")
        rows = len(gpd.points_from_xy(frame["longitude"], frame["latitude"]))
    else:
        rows = len(gpd.read_parquet(path))
    seconds = time.perf_counter() - t0
    peak = _resident("VmHWM") - base
    return {"seconds": seconds, "peak_bytes": peak, "rows": rows}


def _resident(key: str) -> int:
    """``VmRSS`` (resident now) or ``VmHWM`` (peak) of this process from /proc, in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {key} in /proc/self/status")


def compare_readers(csv_path: Path, parquet_path: Path, repeat: int) -> list[str]:
    """Time and measure each of :data:`READERS` in fresh subprocesses; lines to print."""
    got: dict[str, dict[str, float]] = {}
    for reader in READERS:
        path = csv_path if reader.endswith("csv") else parquet_path
        runs = [
            json.loads(
                subprocess.run(
                    [sys.executable, __file__, "--measure", reader, str(path)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
            )
            for _ in range(max(1, repeat))
        ]
        got[reader] = {
            "seconds": min(r["seconds"] for r in runs),
            "peak_bytes": min(r["peak_bytes"] for r in runs),
        }
    lines = []
    for ours, plain, label, target in (
        ("load_csv", "arrow_csv", "pyarrow read_csv + points_from_xy", TARGET_CSV_RATIO),
        ("load_parquet", "read_parquet", "geopandas.read_parquet", TARGET_PARQUET_RATIO),
    ):
        a, b = got[ours], got[plain]
        ratio = a["seconds"] / b["seconds"]
        mem = a["peak_bytes"] / max(b["peak_bytes"], 1)
        lines.append(
            f"{ours:<12} {a['seconds']:7.2f} s vs {label} {b['seconds']:.2f} s: {ratio:.1f}x  "
            f"target <= {target:g}x: {'met' if ratio <= target else 'MISSED'}"
        )
        lines.append(
            f"{'':<12} peak memory {a['peak_bytes'] / 1e9:.2f} GB vs "
            f"{b['peak_bytes'] / 1e9:.2f} GB: {mem:.1f}x  target <= {TARGET_MEMORY_RATIO:g}x: "
            f"{'met' if mem <= TARGET_MEMORY_RATIO else 'MISSED'}"
        )
    return lines


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
    from geo_disputed.incidents.load import write_incidents

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic incidents")
    parser.add_argument("--sample", type=int, default=2000, help="rows for the naive loop")
    parser.add_argument("--boundaries", default=str(DEFAULT_BOUNDARIES), metavar="DIR")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each reader (best kept)")
    parser.add_argument("--loaders-only", action="store_true", help="skip the query steps")
    parser.add_argument("--measure", nargs=2, metavar=("READER", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:  # a subprocess of compare_readers
        print(json.dumps(measure(*args.measure)))
        return 0
    if args.loaders_only:
        with tempfile.TemporaryDirectory() as tmp:
            csv_path = write_synthetic_csv(Path(tmp) / "synthetic.csv", args.n, seed=args.seed)
            parquet_path = write_incidents(
                load_incidents(csv_path, progress=False).accepted, Path(tmp) / "synthetic.parquet"
            )
            print(f"SYNTHETIC incidents: {args.n:,} rows; loaders beside the plain readers")
            print("\n".join(compare_readers(csv_path, parquet_path, args.repeat)))
        return 0

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
        parquet_path = write_incidents(result.accepted, Path(tmp) / "synthetic.parquet")
        reader_lines = compare_readers(path, parquet_path, args.repeat)
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
    print("\n".join(reader_lines))
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
