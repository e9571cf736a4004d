"""The shape of the hand-written news reports' gold (issue 15): one module both the report
batches and the scoring import."""

from __future__ import annotations

from typing import NamedTuple


class Gold(NamedTuple):
    event_type: str
    place: str | None  # English gazetteer name of the place, or None
    date: str | None
    fatalities: int | None


class Article(NamedTuple):
    lang: str
    text: str
    published: str | None
    events: tuple[Gold, ...]


B, E, V, S = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)
