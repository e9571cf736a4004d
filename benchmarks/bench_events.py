"""Benchmark: the news event coder (issue 15) on the hand-written gold reports.

Prints, per language, event precision and recall and, of the matched events, how often the
place, the date and the fatalities are right; events coded per 1,000 real IDRISI tweets on
natural hazards and covid (``tests/real_text.py``; nearly all are false alarms); then
throughput in articles per second with a warm gazetteer. The baseline, measured in the same
run, is "every trigger x the first place in its sentence" (each sentence with a trigger word
is an event at the first place the geoparser finds in it, dated by the report, with no
count).

Targets (issue 15): precision and recall >= 0.85 per language; location, date and
fatalities >= 0.90; >= 100 articles/s on one core.

Run: ``python benchmarks/bench_events.py``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "tests"))

from news_gold import (  # noqa: E402
    ALL,
    BATCHES,
    Article,
    Predicted,
    Scores,
    gold_names,
    predicted,
    score,
)
from real_text import IDRISI, hazard_tweets  # noqa: E402

from geo_disputed import geoparse  # noqa: E402
from geo_disputed.text import events as events_mod  # noqa: E402
from geo_disputed.text.events import extract_events  # noqa: E402
from geo_disputed.text.gazetteer import Gazetteer, load_gazetteer  # noqa: E402


def coder(article: Article, gaz: Gazetteer) -> list[Predicted]:
    found = extract_events(article.text, published=article.published, gazetteer=gaz)
    return [predicted(e.event_type, e.candidate, e.date, e.fatalities) for e in found]


def baseline(article: Article, gaz: Gazetteer) -> list[Predicted]:
    """Every sentence with a trigger word: an event at its first place, on the report date."""
    text = article.text
    mentions = geoparse(text, gazetteer=gaz)
    out = []
    for a, b in events_mod._sentences(text):
        hits = events_mod._find_triggers(events_mod._tokens(text, a, b))
        if not hits:
            continue
        trig = max(hits, key=lambda h: h.trigger.strength).trigger
        first = next((m for m in mentions if a <= m.start < b), None)
        candidate = first.candidate if first else None
        out.append(predicted(trig.event_type, candidate, article.published, None))
    return out


def line(name: str, s: Scores) -> str:
    return (
        f"  {name:<9} P {s.precision:.2f}  R {s.recall:.2f}  ({s.matched}/{s.predicted} predicted,"
        f" {s.matched}/{s.gold} gold)  location {s.accuracy(s.location_right):.2f}"
        f"  date {s.accuracy(s.date_right):.2f}  fatalities {s.accuracy(s.fatalities_right):.2f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print every figure; ``argv`` is accepted for ``run_all.py`` (no options)."""
    gaz = load_gazetteer()
    units = gold_names(ALL, gaz)
    ok = True
    for label, batch in BATCHES.items():
        for lang in ("en", "ar"):
            arts = tuple(a for a in batch if a.lang == lang)
            mine = score(arts, [coder(a, gaz) for a in arts], units)
            base = score(arts, [baseline(a, gaz) for a in arts], units)
            print(f"{label} {lang}: {len(arts)} articles, {mine.gold} gold events")
            print(line("coder", mine))
            print(line("baseline", base))
            ok &= min(mine.precision, mine.recall) >= 0.85
            ok &= min(mine.accuracy(x) for x in mine[3:]) >= 0.90
    if IDRISI.is_dir():  # real text: every event coded from it is a false alarm or an aside
        for lang, tweets in hazard_tweets().items():
            mine_n = sum(len(extract_events(t, gazetteer=gaz)) for t in tweets)
            base_n = sum(len(baseline(Article(lang, t, None, ()), gaz)) for t in tweets)
            print(
                f"real {lang}: {len(tweets):,} IDRISI tweets on natural hazards and covid,"
                f" events per 1,000 tweets: coder {1000 * mine_n / len(tweets):.1f},"
                f" baseline {1000 * base_n / len(tweets):.1f}"
            )
    seed = PROJECT.parent / "shared" / "seed" / "article_ar.txt"
    texts = list(ALL)
    if seed.exists():
        seed_text = seed.read_text(encoding="utf-8")
        got = extract_events(seed_text, gazetteer=gaz)
        described = [
            f"{e.sub_event_type} at {e.candidate.name_en if e.candidate else None}"
            f" ({e.candidate.admin1 if e.candidate else ''}), date {e.date}"
            for e in got
        ]
        print(f"seed article: {len(got)} event(s): " + "; ".join(described))
        texts.append(Article("ar", seed_text, None, ()))
    for a in texts:  # warm every cache (gazetteer, folds, dateparser)
        extract_events(a.text, published=a.published, gazetteer=gaz)
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for a in texts:
            extract_events(a.text, published=a.published, gazetteer=gaz)
    mine_rate = rounds * len(texts) / (time.perf_counter() - start)
    start = time.perf_counter()
    for _ in range(rounds):
        for a in texts:
            baseline(a, gaz)
    base_rate = rounds * len(texts) / (time.perf_counter() - start)
    mean = sum(len(a.text) for a in texts) / len(texts)
    print(
        f"throughput: {mine_rate:,.0f} articles/s (baseline {base_rate:,.0f}/s; target >= 100);"
        f" mean article {mean:,.0f} characters"
    )
    ok &= mine_rate >= 100
    if seed.exists():  # a full-length article (5 KB), as real reports are
        rounds = 50
        start = time.perf_counter()
        for _ in range(rounds):
            extract_events(seed_text, gazetteer=gaz)
        seed_rate = rounds / (time.perf_counter() - start)
        print(f"throughput on the {len(seed_text):,}-character seed article: {seed_rate:,.0f}/s")
        ok &= seed_rate >= 100
    print("targets met" if ok else "targets NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
