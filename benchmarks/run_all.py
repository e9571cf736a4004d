"""Run every benchmark in this directory, one after another: ``python benchmarks/run_all.py``.

Each benchmark prints its own figures, baselines measured in the same run, ratios and targets.
"""

from __future__ import annotations

import importlib
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

BENCHMARKS = (
    "bench_gazetteer",
    "bench_geoparse_quality",
    "bench_events",
    "bench_belt",
    "bench_incidents",
    "bench_real_inputs",
    "bench_maps",
    "bench_export",
    "bench_build",
)


def main() -> int:
    """Run each benchmark's ``main([])``; return non-zero if any failed."""
    failed = []
    for name in BENCHMARKS:
        if not (HERE / f"{name}.py").exists():
            continue
        print(f"\n=== {name} ===", flush=True)
        start = time.perf_counter()
        try:
            code = importlib.import_module(name).main([])
        except Exception as exc:  # report and go on with the other benchmarks
            print(f"{name} failed: {exc!r}")
            code = 1
        print(f"({name}: {time.perf_counter() - start:.1f} s)", flush=True)
        if code:
            failed.append(name)
    if failed:
        print("\nfailed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
