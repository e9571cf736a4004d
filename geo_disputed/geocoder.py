"""Offline geocoding of place names in Arabic, Kurdish or English.

Matching runs in tiers: exact normalised names and aliases first (score 1.0), then the
consonant skeleton of Latin names (0.92), then fuzzy matching with rapidfuzz inside blocks
of names that share the first letter and have a similar length (score 0.9 x similarity).

Examples
--------
>>> from geo_disputed import geocode
>>> best = geocode("Tooz Khormato")[0]          # doctest: +SKIP
>>> best.name_en, best.admin1                    # doctest: +SKIP
('Tuz Khurmatu', 'Salah Al-Din')
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from geo_disputed.errors import GeoDisputedError
from geo_disputed.gazetteer import (
    ADMIN_LEVEL_KIND,
    KIND_PRIORITY,
    Gazetteer,
    Place,
    load_gazetteer,
)
from geo_disputed.normalize import name_key, skeleton_key, split_admin_kind

if TYPE_CHECKING:
    from pyproj import Geod

EXACT_SCORE = 1.0
SKELETON_SCORE = 0.92
FUZZY_WEIGHT = 0.9
FUZZY_CUTOFF = 82.0
NEAR_EQUAL = 0.02
AMBIGUOUS_KM = 50.0
MEMO_SIZE = 100_000

# Broad kind words a user may pass as ``kind=``; each maps to the gazetteer kinds it covers.
KIND_GROUPS: dict[str, frozenset[str]] = {
    "place": frozenset({"city", "town", "village"}),
    "settlement": frozenset({"city", "town", "village"}),
    "town": frozenset({"city", "town", "village"}),
    "city": frozenset({"city", "town"}),
    "province": frozenset({"governorate"}),
    "sub-district": frozenset({"subdistrict"}),
    "nahiya": frozenset({"subdistrict"}),
    "qada": frozenset({"district"}),
    "field": frozenset({"facility"}),
    "mountains": frozenset({"mountain"}),
    "admin": frozenset({"governorate", "district", "subdistrict"}),
}
AREA_KINDS = frozenset({"country", "region", "governorate", "district", "subdistrict"})


@dataclass(frozen=True)
class Candidate:
    """A geocoding result, in EPSG:4326.

    Attributes
    ----------
    name_en, name_ar : str
        Names of the matched place.
    kind : str
        Gazetteer kind (``city``, ``town``, ``governorate``, ``district``, ``border`` ...).
    lat, lon : float
        WGS84 point; ``precision`` says what it stands for.
    admin1, admin2 : str
        Governorate and district (OCHA English names), "" when unknown.
    precision : str
        ``point``, ``town``, ``arc-minute``, ``subdistrict``, ``district``, ``governorate``...
    score : float
        Match quality in [0, 1]: 1 exact or alias, 0.92 transliteration skeleton, below
        that fuzzy.
    source : str
        Citation of the place's coordinates.
    ambiguous : bool
        True when another candidate of near-equal score lies more than 50 km away.
    pcode : str
        OCHA p-code for administrative units, else "".
    id : str
        Gazetteer identifier.
    """

    name_en: str
    name_ar: str
    kind: str
    lat: float
    lon: float
    admin1: str
    admin2: str
    precision: str
    score: float
    source: str
    ambiguous: bool = False
    pcode: str = ""
    id: str = ""

    def to_dict(self, fields: Sequence[str] | None = None) -> dict[str, object]:
        """Return the candidate as a plain dict (all fields, or only ``fields``)."""
        data = asdict(self)
        return data if fields is None else {k: data[k] for k in fields}


def kinds_for(kind: str | None) -> frozenset[str] | None:
    """Return the gazetteer kinds a ``kind=`` argument stands for (``None``: any kind).

    Raises
    ------
    GeoDisputedError
        If ``kind`` is neither a gazetteer kind nor a known group.
    """
    if kind is None:
        return None
    kind = kind.strip().lower()
    if kind in KIND_GROUPS:
        return KIND_GROUPS[kind]
    if kind in KIND_PRIORITY:
        return frozenset({kind})
    known = sorted(set(KIND_PRIORITY) | set(KIND_GROUPS))
    raise GeoDisputedError(f"unknown kind {kind!r}; use one of {', '.join(known)}")


def _matches(gaz: Gazetteer, query: str, fuzzy: bool) -> dict[int, float]:
    """Return place index -> best match score for ``query``."""
    scores: dict[int, float] = {}
    key = name_key(query)
    if not key:
        return scores
    for i in gaz.exact.get(key, ()):
        scores[i] = EXACT_SCORE
    skel = skeleton_key(query)
    if len(skel) >= 3:
        for i in gaz.skeleton.get(skel, ()):
            scores.setdefault(i, SKELETON_SCORE)
    if scores or not fuzzy or len(key) < 4:
        return scores
    for other, similarity, _ in _fuzzy_keys(gaz, key):
        for i in gaz.exact[other]:
            score = round(FUZZY_WEIGHT * similarity / 100.0, 4)
            if score > scores.get(i, 0.0):
                scores[i] = score
    return scores


def _fuzzy_keys(gaz: Gazetteer, key: str) -> list[tuple[str, float, int]]:
    """Fuzzy-match ``key`` against keys with the same first letter and a similar length."""
    block = gaz.blocks.get(key[0], [])
    slack = max(2, len(key) // 4)
    lo, hi = len(key) - slack, len(key) + slack
    # the block is sorted by length: slice out the band [lo, hi]
    start = _bisect_len(block, lo)
    end = _bisect_len(block, hi + 1)
    return process.extract(
        key, block[start:end], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=10
    )


def _bisect_len(keys: list[str], length: int) -> int:
    lo, hi = 0, len(keys)
    while lo < hi:
        mid = (lo + hi) // 2
        if len(keys[mid]) < length:
            lo = mid + 1
        else:
            hi = mid
    return lo


def resolve_admin1(gaz: Gazetteer, admin1: str) -> str:
    """Return the OCHA English name of a governorate given in any spelling or as p-code.

    Raises
    ------
    GeoDisputedError
        If no governorate has that name or p-code.
    """
    for i in gaz.exact.get(name_key(admin1), ()):
        if gaz.places[i].kind == "governorate":
            return gaz.places[i].admin1
    governorates = [p for p in gaz.places if p.kind == "governorate"]
    for place in governorates:
        if place.pcode == admin1.strip().upper():
            return place.admin1
    names = ", ".join(sorted(p.admin1 for p in governorates))
    raise GeoDisputedError(f"unknown governorate {admin1!r}; known: {names}")


@lru_cache(maxsize=1)
def _geod() -> Geod:
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _geodesic_km(a: Place, b: Place) -> float:
    _, _, metres = _geod().inv(a.lon, a.lat, b.lon, b.lat)
    return metres / 1000.0


def rank(
    gaz: Gazetteer,
    scores: dict[int, float],
    *,
    kinds: frozenset[str] | None = None,
    admin1: str | None = None,
    prefer: frozenset[str] | None = None,
    limit: int = 5,
) -> list[Candidate]:
    """Turn match scores into ranked candidates, best first.

    Ranking: score, then the ``prefer``-red kinds, then broader kinds (country before city
    before governorate before town ...), then population.
    """
    items = []
    for i, score in scores.items():
        place = gaz.places[i]
        if kinds is not None and place.kind not in kinds:
            continue
        if admin1 is not None and place.admin1 != admin1:
            continue
        preferred = 0 if prefer and place.kind in prefer else 1
        items.append((-score, preferred, KIND_PRIORITY[place.kind], -place.population, i))
    items.sort()
    top = items[:limit]
    if not top:
        return []
    best_score = -top[0][0]
    best = gaz.places[top[0][4]]
    ambiguous = False
    settled = prefer is not None and best.kind in prefer
    for neg_score, *_, i in items[1:]:
        if best_score - (-neg_score) > NEAR_EQUAL:
            break
        other = gaz.places[i]
        if settled and other.kind not in prefer:
            continue  # the context word already rules this reading out
        same_area = (
            other.admin1 == best.admin1
            and bool(best.admin1)
            and (other.kind in AREA_KINDS or best.kind in AREA_KINDS)
        )
        if not same_area and _geodesic_km(best, other) > AMBIGUOUS_KM:
            ambiguous = True
            break
    return [
        Candidate(
            name_en=p.name_en,
            name_ar=p.name_ar,
            kind=p.kind,
            lat=p.lat,
            lon=p.lon,
            admin1=p.admin1,
            admin2=p.admin2,
            precision=p.precision,
            score=round(-neg, 4),
            source=p.source,
            ambiguous=ambiguous,
            pcode=p.pcode,
            id=p.id,
        )
        for neg, *_, i in top
        for p in (gaz.places[i],)
    ]


def geocode(
    query: str,
    *,
    admin1: str | None = None,
    kind: str | None = None,
    limit: int = 5,
    fuzzy: bool = True,
    gazetteer: Gazetteer | None = None,
    boundaries: str | os.PathLike[str] | None = None,
) -> list[Candidate]:
    """Geocode one place name, offline.

    Parameters
    ----------
    query
        A place name in Arabic, Kurdish or Latin script, any common spelling. An
        administrative kind word (``Sinjār district``, ``Kirkūk province``, ``قضاء سنجار``,
        ``ناحية زمار``) is dropped when the whole name does not match, and units of that
        kind rank first.
    admin1
        Restrict to one governorate (any spelling, or its OCHA p-code).
    kind
        Restrict to a kind (``governorate``, ``district``, ``town``, ``border``...).
    limit
        Maximum number of candidates.
    fuzzy
        Allow fuzzy matches when no exact or skeleton match exists.
    gazetteer
        Use this gazetteer instead of the default one.
    boundaries
        Boundaries directory for the default gazetteer (see ``settings``).

    Returns
    -------
    list of Candidate
        Best first; empty when nothing matches.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer(boundaries)
    memo_key = (query, admin1, kind, limit, fuzzy)
    cached = gaz.memo.get(memo_key)
    if cached is None:
        kinds = kinds_for(kind)
        gov = resolve_admin1(gaz, admin1) if admin1 else None
        scores, prefer = _matches(gaz, query, fuzzy=False), None
        base, level = split_admin_kind(query)
        if EXACT_SCORE not in scores.values() and level is not None:
            # "Sinjār district", "محافظة كركوك": the name without its kind word, that kind first
            scores, prefer = _matches(gaz, base, fuzzy), frozenset({ADMIN_LEVEL_KIND[level]})
        elif not scores:
            scores = _matches(gaz, query, fuzzy)
        cached = tuple(rank(gaz, scores, kinds=kinds, admin1=gov, prefer=prefer, limit=limit))
        if len(gaz.memo) >= MEMO_SIZE:
            gaz.memo.clear()
        gaz.memo[memo_key] = cached
    return list(cached)


def geocode_many(
    names: Iterable[str],
    *,
    admin1: str | None = None,
    kind: str | None = None,
    limit: int = 5,
    progress: bool | None = None,
    gazetteer: Gazetteer | None = None,
    boundaries: str | os.PathLike[str] | None = None,
) -> list[list[Candidate]]:
    """Geocode many names, showing a progress bar on a terminal.

    Returns one candidate list per name, in input order (see :func:`geocode`).
    """
    from tqdm.auto import tqdm

    names = list(names)
    gaz = gazetteer if gazetteer is not None else load_gazetteer(boundaries)
    bar = tqdm(
        names, desc="geocoding", unit="name", disable=None if progress is None else not progress
    )
    return [geocode(name, admin1=admin1, kind=kind, limit=limit, gazetteer=gaz) for name in bar]
