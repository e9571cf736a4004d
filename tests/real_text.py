"""Real published text for the event coder's tests and benchmark, read at run time.

The IDRISI location-mention datasets (``../shared/data/real/idrisi``, CC BY 4.0, Suwaileh
et al.) are tweets about disasters, in Arabic and English. Those about natural hazards and
an epidemic report many deaths, floods that "raid" villages, drones filming damage and the
"spread" of a virus, and almost no political violence: every event coded from them is a
false alarm or one of the few asides on real violence. Nothing here is copied into the
project.
"""

from __future__ import annotations

import json
from pathlib import Path

IDRISI = Path(__file__).resolve().parents[2] / "shared" / "data" / "real" / "idrisi"
#: Words in IDRISI's event folder names that mark a natural hazard or an epidemic.
HAZARD_EVENTS = ("flood", "earthquake", "hurricane", "wildfire", "cyclone", "storm", "covid")


def hazard_tweets(root: Path = IDRISI, every: int = 1) -> dict[str, list[str]]:
    """The text of each distinct IDRISI tweet about a natural hazard, by language.

    Parameters
    ----------
    root
        The ``idrisi`` folder.
    every
        Keep every n-th tweet of each language (1 keeps all).

    Returns
    -------
    dict
        ``{"en": [...], "ar": [...]}`` in file order, each tweet once (by its id, else text).
    """
    out: dict[str, list[str]] = {"en": [], "ar": []}
    seen: set[str] = set()
    for path in sorted(root.glob("LMR/data/*/gold-random-json/*/*.jsonl")):
        event = path.parent.name
        if not any(word in event for word in HAZARD_EVENTS):
            continue
        lang = "ar" if path.parts[-4] == "AR" else "en"
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            tweet = json.loads(line)
            text = tweet.get("text") or ""
            key = f"{lang}:{tweet.get('tweet_id') or tweet.get('id') or text}"
            if text and key not in seen:
                seen.add(key)
                out[lang].append(text)
    return {lang: texts[::every] for lang, texts in out.items()}
