"""Benchmark: load the four boundary levels and build the belt with split and gaps.

Target: loading levels 0-3 (cold, nothing cached) plus building the 20 km corridor belt,
split by governorate, plus its coverage gaps takes <= 1 s together. A naive baseline is
measured in the same run: read the four files with ``geopandas.read_file`` on every call
(no cache, no validation), then clip and split the belt with an unprepared per-governorate
loop, and find gaps by sampling the centreline every 100 m against every site.

Waypoints are geocoded once before timing (the gazetteer has its own benchmark); the gap
sites are every third waypoint, a stand-in for coordination centres.

It also times the default ``"vacuum"`` belt and prints the credibility of each method on
the real boundaries: medial/centre length against the officials' 560-650 km, towns of
10,000+ people (GeoNames) inside the belt, and named hotspots that touch it.

Run: ``python benchmarks/bench_belt.py [--boundaries DIR] [--repeat N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from geo_disputed import settings  # noqa: E402

DEFAULT_BOUNDARIES = PROJECT.parent / "shared" / "data" / "boundaries"
TARGET_S = 1.0
WIDTH_KM = 20.0
RADIUS_KM = 20.0


def timed(func: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall time (s) over ``repeat`` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def naive_load(directory: Path):
    import geopandas as gpd

    files = sorted(directory.glob("irq_admbnda_adm*"))
    chosen = {}
    for path in files:  # one file per level, as a script would pick them by hand
        if path.suffix in {".shp", ".geojson"}:
            level = int(path.name[len("irq_admbnda_adm")])
            chosen.setdefault(level, path)
    return [gpd.read_file(chosen[n]) for n in sorted(chosen)]


def naive_belt(line, layers, width_km: float):
    """Clip and split with a per-polygon loop, reprojecting each governorate on its own."""
    import geopandas as gpd

    country = gpd.GeoSeries(layers[0].geometry, crs=layers[0].crs).to_crs(32638).iloc[0]
    belt = line.buffer(width_km * 500, cap_style="flat").intersection(country)
    rows = []
    for _, gov in layers[1].iterrows():
        shape = gpd.GeoSeries([gov.geometry], crs=layers[1].crs).to_crs(32638).iloc[0]
        piece = belt.intersection(shape)
        if not piece.is_empty:
            rows.append((gov["ADM1_EN"], piece.area / 1e6, line.intersection(shape).length / 1e3))
    return rows


def naive_gaps(line, sites_xy: Sequence[tuple[float, float]], radius_km: float):
    """Sample the line every 100 m and test each sample against every site."""
    import math

    step, radius = 100.0, radius_km * 1000
    gaps, start = [], None
    n = int(line.length // step) + 1
    for i in range(n + 1):
        d = min(i * step, line.length)
        p = line.interpolate(d)
        uncovered = all(math.hypot(p.x - x, p.y - y) > radius for x, y in sites_xy)
        if uncovered and start is None:
            start = d
        elif not uncovered and start is not None:
            gaps.append((start, d))
            start = None
    if start is not None:
        gaps.append((start, line.length))
    return gaps


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print figures and ratios; return 0 if the target is met."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", type=Path, default=DEFAULT_BOUNDARIES)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if not args.boundaries.is_dir():
        print(f"boundaries not found at {args.boundaries}; pass --boundaries DIR")
        return 2

    import geopandas as gpd  # imported before timing: import cost is not the subject

    from geo_disputed.geo.belt import (
        centreline,
        coverage_gaps,
        held_towns,
        load_waypoints,
        security_vacuum_belt,
    )
    from geo_disputed.geo.boundaries import clear_cache, load_boundaries
    from geo_disputed.geo.sites import hotspot_areas, hotspot_belt_distances, load_hotspots
    from geo_disputed.text.gazetteer import load_gazetteer

    settings.log_level = 40
    settings.configure_logging()
    gazetteer = load_gazetteer(load_boundaries(args.boundaries))
    waypoints = load_waypoints(gazetteer=gazetteer)
    sites = waypoints.iloc[::3]
    metric_sites = sites.to_crs(32638).geometry
    sites_xy = list(zip(metric_sites.x, metric_sites.y, strict=True))

    def cold_load():
        clear_cache()
        return load_boundaries(args.boundaries)

    def build(frame):
        belt = security_vacuum_belt(
            frame, width_km=WIDTH_KM, waypoints=waypoints, method="corridor"
        )
        return belt, coverage_gaps(belt.centreline, sites, radius_km=RADIUS_KM)

    t_cold, frame = timed(cold_load, args.repeat)
    t_warm, frame = timed(lambda: load_boundaries(args.boundaries), args.repeat)
    t_build, (belt, gaps) = timed(lambda: build(frame), args.repeat)
    line = centreline(waypoints, boundaries=frame)

    t_vacuum, vacuum = timed(lambda: security_vacuum_belt(frame, gazetteer=gazetteer), args.repeat)

    t_naive_load, layers = timed(lambda: naive_load(args.boundaries), args.repeat)
    t_naive_belt, rows = timed(lambda: naive_belt(line, layers, WIDTH_KM), args.repeat)
    t_naive_gaps, naive = timed(lambda: naive_gaps(line, sites_xy, RADIUS_KM), args.repeat)

    ours_cold, ours_warm = t_cold + t_build, t_warm + t_build
    baseline = t_naive_load + t_naive_belt + t_naive_gaps
    print(f"geo_disputed belt benchmark (median of {args.repeat}; geopandas {gpd.__version__})")
    print(f"  boundaries: {args.boundaries} ({len(frame)} units, levels 0-3)")
    print(f"  belt: {len(belt.pieces)} governorates, {belt.area_km2:,.0f} km², centreline "
          f"{line.length / 1000:,.1f} km; gaps > {RADIUS_KM:g} km from {len(sites)} sites: "
          f"{len(gaps)} ({gaps['length_km'].sum():,.1f} km; naive {len(naive)}, "
          f"{sum(b - a for a, b in naive) / 1000:,.1f} km)")  # fmt: skip
    print(f"  naive split: {len(rows)} governorates, {sum(r[1] for r in rows):,.0f} km²")
    print(f"  load levels 0-3, cold         {t_cold * 1000:8.1f} ms")
    print(f"  load levels 0-3, cached       {t_warm * 1000:8.1f} ms")
    print(f"  belt + split + gaps           {t_build * 1000:8.1f} ms")
    print(
        f"  total, cold load              {ours_cold * 1000:8.1f} ms   (target <= {TARGET_S:g} s)"
    )
    print(f"  total, cached load            {ours_warm * 1000:8.1f} ms")
    print(f"  baseline: read_file x4        {t_naive_load * 1000:8.1f} ms")
    print(f"  baseline: per-polygon split   {t_naive_belt * 1000:8.1f} ms")
    print(f"  baseline: 100 m sampled gaps  {t_naive_gaps * 1000:8.1f} ms")
    print(f"  baseline total                {baseline * 1000:8.1f} ms")
    print(f"  ratio baseline / ours: cold {baseline / ours_cold:.1f}x, "
          f"cached {baseline / ours_warm:.1f}x")  # fmt: skip
    print(f"  vacuum belt (default model)   {t_vacuum * 1000:8.1f} ms   "
          f"({len(vacuum.pieces)} pieces, {vacuum.area_km2:,.0f} km²)")  # fmt: skip
    towns = held_towns(gazetteer)
    big = towns[towns["population"].fillna(0) >= 10_000]
    spots = load_hotspots()
    areas = hotspot_areas(spots, frame)
    print("  credibility (officials: 560-650 km; no town of 10,000+ inside; hotspots inside)")
    for model in (vacuum, belt):
        area = model.pieces.geometry.union_all()
        towns_in = int(big.intersects(area).sum())
        near = hotspot_belt_distances(spots, model.pieces, areas=areas)
        touching = int((near["distance_km"] < 0.01).sum())
        print(f"    {model.method:<9} {model.length_km:6.1f} km  towns 10k+ inside {towns_in:>3} "
              f"of {len(big)}  hotspots inside {touching}/{len(near)}")  # fmt: skip
    met = ours_cold <= TARGET_S
    print(f"  target {'met' if met else 'MISSED'}: {ours_cold:.3f} s <= {TARGET_S:g} s")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
