"""Run every benchmark in this directory, one after another: ``python benchmarks/run_all.py``.

Each benchmark prints its own figures, baselines measured in the same run, ratios and targets.
The machine it ran on is printed first.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: (module, arguments of its ``main``): each benchmark at its defaults, and the map once more
#: at a million incidents (issue 16's size, build and load+draw targets; no explore(), which
#: cannot draw a million points).
BENCHMARKS: tuple[tuple[str, list[str]], ...] = (
    ("bench_gazetteer", []),
    ("bench_geoparse_quality", []),
    ("bench_events", []),
    ("bench_belt", []),
    ("bench_incidents", ["--repeat", "3"]),
    ("bench_dask", []),
    ("bench_real_inputs", []),
    ("bench_maps", []),
    ("bench_maps", ["--n", "1000000", "--no-explore"]),
    ("bench_export", []),
    ("bench_build", []),
)


def machine() -> str:
    """One line: CPU model, cores, RAM, Python, OS and load average (Linux files, else '?')."""
    cpu, ram_gb = "?", "?"
    try:
        info = Path("/proc/cpuinfo").read_text().splitlines()
        cpu = next((ln.split(":", 1)[1].strip() for ln in info if ln.startswith("model name")), cpu)
        mem = Path("/proc/meminfo").read_text().split()
        ram_gb = f"{int(mem[mem.index('MemTotal:') + 1]) / 1024**2:.1f}"
    except (OSError, ValueError):
        pass
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return (
        f"machine: {cpu}; {os.cpu_count()} cores; {ram_gb} GB RAM; "
        f"Python {platform.python_version()}; {platform.platform()}; load average {load}"
    )


def main() -> int:
    """Run each benchmark's ``main(argv)``; return non-zero if any failed."""
    print(machine(), flush=True)
    failed = []
    for name, argv in BENCHMARKS:
        if not (HERE / f"{name}.py").exists():
            continue
        print(f"\n=== {' '.join([name, *argv])} ===", flush=True)
        start = time.perf_counter()
        try:
            code = importlib.import_module(name).main(list(argv))
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
