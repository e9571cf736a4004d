"""Benchmark: gazetteer warm start, exact and fuzzy geocoding, geoparse throughput.

Targets (issue 2): warm gazetteer load <= 0.3 s; exact lookups >= 200,000/s; fuzzy lookups
>= 5,000/s; geoparse >= 200 KB of text per second. Each is measured against a naive baseline
in the same run:

* warm load vs a cold build (parsing the 80 MB GeoNames JSON);
* geocoding vs rapidfuzz ``process.extractOne`` over every name for every query (run on a
  sample and extrapolated);
* geoparsing vs scanning the text for every gazetteer name with ``str.find`` (on a sample).

Hostile text (1 MB each of a repeated article, stacked proclitics, a run of tashkeel, a
word with no space) is geoparsed against the news text's throughput: linear time shows as a
ratio near 1, not falling with the size.

Exact lookups are measured twice: each distinct name once (first sight, nothing memoised)
and a stream of 200,000 names drawn with repetition from them, as in a real incident table's
location column (results are memoised per gazetteer).

Run: ``python benchmarks/bench_gazetteer.py``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from rapidfuzz import fuzz, process  # noqa: E402
from timing import best_of  # noqa: E402

from geo_disputed import geocode, geoparse, settings  # noqa: E402
from geo_disputed.text import gazetteer as gazetteer_mod  # noqa: E402

SEED_ARTICLE = PROJECT.parent / "shared" / "seed" / "article_ar.txt"
TARGETS = {"warm load s": 0.3, "exact /s": 200_000, "fuzzy /s": 5_000, "geoparse KB/s": 200}


def typo(name: str, rng: random.Random) -> str:
    """Delete one inner letter (a typical transliteration slip)."""
    if len(name) < 6:
        return name + name[-1]
    i = rng.randrange(1, len(name) - 1)
    return name[:i] + name[i + 1 :]


def sample_text() -> str:
    """About 1 MB of news text: the seed article repeated, or English sentences if absent."""
    if SEED_ARTICLE.exists():
        base = SEED_ARTICLE.read_text(encoding="utf-8")
    else:
        base = (
            "Rockets hit the Khor Mor gas field near Chamchamal in Sulaimani province. "
            "Joint brigades deployed between Kirkuk and Diyala provinces, from Tuz Khurmatu "
            "to Khanaqin, while officials in Erbil and Baghdad discussed the security vacuum. "
        ) * 12
    return (base + "\n") * max(1, 1_000_000 // len(base.encode()))


def report(label: str, ours: float, baseline: float, unit: str, target: float | None) -> None:
    """Print one figure with its ratio to the baseline and the target."""
    faster = ours / baseline if unit.endswith("/s") else baseline / ours
    line = f"  {label:<34} {ours:>13,.3f} {unit:<5} baseline {baseline:>12,.3f}  x{faster:,.1f}"
    if target is not None:
        rate = unit.endswith("/s")
        met = ours >= target if rate else ours <= target
        line += f"  target {'>=' if rate else '<='} {target:,} {'met' if met else 'MISSED'}"
    print(line)


#: One unit of each text shape that was super-linear before (issue 12), repeated to 1 MB.
HOSTILE_UNITS = {
    "repeated article": "ال",
    "stacked proclitics": "وفبلك",
    "tashkeel run": "\u064e\u064b\u0650\u0651\u0652\u0670",
    "no spaces": "كركوكبغدادالموصل",
}


def hostile_text(gaz: gazetteer_mod.Gazetteer, news_kb_s: float) -> None:
    """Geoparse 1 MB of each hostile shape; the baseline is the news text's throughput."""
    for shape, unit in HOSTILE_UNITS.items():
        text = "قصف في بغداد " + (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        kb = len(text.encode()) / 1000
        gaz.memo.clear()
        seconds = best_of(lambda text=text: geoparse(text, gazetteer=gaz), 1)
        report(f"geoparse, 1 MB of {shape}", kb / seconds, news_kb_s, "KB/s", None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print figures; return 0."""
    del argv
    rng = random.Random(20240427)
    with tempfile.TemporaryDirectory() as cache:
        settings.cache_dir = Path(cache)
        gazetteer_mod.clear_memory_cache()
        start = time.perf_counter()
        gaz = gazetteer_mod.load_gazetteer(use_cache=True)  # cold: builds and writes the JSON cache
        cold = time.perf_counter() - start

        def warm_load() -> None:
            gazetteer_mod.clear_memory_cache()
            gazetteer_mod.load_gazetteer()

        warm = best_of(warm_load)
        gaz = gazetteer_mod.load_gazetteer()
        print(f"geo_disputed gazetteer benchmark: {len(gaz):,} places")
        report("warm gazetteer load", warm, cold, "s", TARGETS["warm load s"])

        names = sorted({p.names[0] for p in gaz.places})
        all_names = sorted({n for p in gaz.places for n in p.names})
        sample = rng.sample(names, 300)

        def naive(queries: Sequence[str]) -> None:
            for q in queries:
                process.extractOne(q, all_names, scorer=fuzz.WRatio)

        naive_rate = len(sample) / best_of(lambda: naive(sample), 1)

        gaz.memo.clear()
        first = len(names) / best_of(lambda: [geocode(n, gazetteer=gaz) for n in names], 1)
        stream = [rng.choice(names) for _ in range(200_000)]
        gaz.memo.clear()
        exact = len(stream) / best_of(lambda: [geocode(n, gazetteer=gaz) for n in stream], 1)
        report("exact, each name first time", first, naive_rate, "/s", None)
        report("exact, 200k-name stream", exact, naive_rate, "/s", TARGETS["exact /s"])

        typos = [typo(n, rng) for n in names]
        gaz.memo.clear()
        fuzzy = len(typos) / best_of(lambda: [geocode(t, gazetteer=gaz) for t in typos], 1)
        report("fuzzy (one-letter typos)", fuzzy, naive_rate, "/s", TARGETS["fuzzy /s"])

        text = sample_text()
        kb = len(text.encode()) / 1000
        gaz.memo.clear()
        parse_s = best_of(lambda: geoparse(text, gazetteer=gaz), 3)
        piece = text[:20_000]
        keys = [n for n in all_names if len(n) > 2]
        naive_s = best_of(lambda: [piece.find(k) for k in keys], 1) * len(text) / len(piece)
        mentions = len(geoparse(text, gazetteer=gaz))
        report(f"geoparse ({kb:,.0f} KB, {mentions:,} mentions)", kb / parse_s, kb / naive_s,
               "KB/s", TARGETS["geoparse KB/s"])  # fmt: skip
        hostile_text(gaz, kb / parse_s)
        print(f"  cold build {cold:.2f} s; times are the best of repeated runs")
    gazetteer_mod.clear_memory_cache()
    return 0


if __name__ == "__main__":
    sys.exit(main())
