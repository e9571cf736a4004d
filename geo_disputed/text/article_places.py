"""The places a source article names, kept in ``data/article_places.csv`` as a small table.

The table stores, for each place, the English query the geocoder resolves and the Arabic
surface form as the article wrote it, never the article's text.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from geo_disputed.curated import data_path, read_rows
from geo_disputed.errors import DataError
from geo_disputed.text.gazetteer import Gazetteer, load_gazetteer
from geo_disputed.text.geocoder import Candidate, geocode


@dataclass(frozen=True)
class ArticlePlace:
    """A place named in the article, with its resolved candidate (EPSG:4326)."""

    query: str
    surface_ar: str
    candidate: Candidate
    source: str
    confidence: str

    @property
    def text(self) -> str:
        """The Arabic surface form, as :attr:`geo_disputed.text.geoparser.Mention.text`."""
        return self.surface_ar

    @property
    def score(self) -> float:
        """The geocoding score, as :attr:`geo_disputed.text.geoparser.Mention.score`."""
        return self.candidate.score


def load_article_places(
    path: str | os.PathLike[str] | None = None,
    *,
    gazetteer: Gazetteer | None = None,
) -> list[ArticlePlace]:
    """Geocode every row of the article-places table.

    Parameters
    ----------
    path
        CSV with ``query, surface_ar, kind, source, confidence``; default
        ``data/article_places.csv``.
    gazetteer
        Gazetteer to use (default: :func:`~geo_disputed.text.gazetteer.load_gazetteer`).

    Raises
    ------
    DataError
        Naming file, row and field when a query does not geocode.
    """
    path = path or data_path("article_places.csv")
    rows = read_rows(
        path, ["query", "surface_ar", "kind"], nonempty=("query", "source", "confidence")
    )
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    places = []
    for lineno, row in enumerate(rows, start=2):
        kind = row["kind"] or None
        cands = geocode(row["query"], kind=kind, limit=1, gazetteer=gaz, fuzzy=False)
        if not cands:
            raise DataError(
                path,
                f"{row['query']!r} is not in the gazetteer" + (f" as a {kind}" if kind else ""),
                row=lineno,
                field="query",
            )
        places.append(
            ArticlePlace(
                row["query"], row["surface_ar"], cands[0], row["source"], row["confidence"]
            )
        )
    return places
