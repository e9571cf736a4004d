"""Offline geocoding of place names in Arabic, Kurdish or English.

Matching runs in tiers, and every candidate says which one found it (``match``):

``exact`` (score 1.0)
    The normalised name (:func:`~geo_disputed.text.normalize.name_key`) equals a name or alias.
``skeleton`` (0.80 to 0.89)
    The name differs, but its consonants (:func:`~geo_disputed.text.normalize.consonant_key`) or
    its transliteration-neutral form (:func:`~geo_disputed.text.normalize.phonetic_key`: q = k,
    sh = ş, j = c ...) equal those of a name. The score grows with how well the vowels agree
    (rapidfuzz ratio of the phonetic keys), so ``Daquq`` for ``Dakuk`` (same phonetic key)
    scores 0.89 and ``Taza Khurmatu`` for ``Tuz Khurmatu`` about 0.87.
``fuzzy`` (below 0.85)
    Only when no name matches exactly: rapidfuzz over the phonetic keys of the same script
    and a similar length, the similarity being the mean of the ratio with vowels and the
    ratio of the consonants alone, so a changed consonant costs more than a changed vowel;
    score 0.85 x similarity.

A score below 0.9 therefore always means that the name differs from every name of the place.

Examples
--------
>>> from geo_disputed import geocode
>>> best = geocode("Tooz Khormato")[0]
>>> best.name_en, best.admin1, best.match
('Tooz Khurmato', 'Salah Al-Din', 'exact')
>>> best = geocode("Dakuk")[0]
>>> best.name_en, best.score, best.match
('Dāqūq', 0.89, 'skeleton')
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from geo_disputed.crs import geodesic_km
from geo_disputed.errors import GeoDisputedError
from geo_disputed.text.gazetteer import (
    ADMIN_LEVEL_KIND,
    KIND_PRIORITY,
    WORLD_CITY_POPULATION,
    Gazetteer,
    Place,
    load_gazetteer,
)
from geo_disputed.text.normalize import (
    consonant_key,
    is_arabic,
    name_key,
    phonetic_key,
    split_admin_kind,
    strip_vowels,
)

if TYPE_CHECKING:
    pass

EXACT_SCORE = 1.0
#: The lowest score of a ``skeleton`` match (consonants agree, vowels do not at all) ...
SKELETON_SCORE = 0.80
#: ... and the highest (the transliteration-neutral keys are equal: ``Dakuk`` / ``Daquq``).
SKELETON_TOP = 0.89
#: Vowel agreement (rapidfuzz ratio of the phonetic keys) at and below which a skeleton match
#: scores SKELETON_SCORE.
SKELETON_RATIO_FLOOR = 50.0
FUZZY_WEIGHT = 0.85
FUZZY_CUTOFF = 80.0  # on the mean of the full and the consonant ratio
FUZZY_PREFILTER = 60.0  # on the full ratio, to pick the keys worth scoring
FUZZY_LIMIT = 50
NEAR_EQUAL = 0.02
AMBIGUOUS_KM = 50.0
#: Two entries of the same kind (city, town and village count as one) that share a name and
#: lie this close are one place listed twice (a curated row copying a GeoNames town).
SAME_PLACE_KM = 5.0
MATCHES = ("exact", "skeleton", "fuzzy")
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
SETTLEMENT_KINDS = frozenset({"city", "town", "village"})


class Score(float):
    """A match score that remembers how the name matched (``exact``, ``skeleton``, ``fuzzy``).

    It is a float, so a plain ``{index: score}`` mapping (the geoparser passes 1.0 for its
    exact matches) is read the same way: a plain 1.0 is ``exact``, anything lower ``fuzzy``.
    """

    match: str

    def __new__(cls, value: float, match: str) -> Score:
        score = super().__new__(cls, round(value, 4))
        score.match = match
        return score

    def __reduce__(self):  # keep the tier through pickling and copying
        return (Score, (float(self), self.match))


def match_of(score: float) -> str:
    """How a score from :func:`_matches` (or a plain float) was obtained."""
    match = getattr(score, "match", None)
    if match is not None:
        return match
    return "exact" if score >= EXACT_SCORE else "fuzzy"


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
        Match quality in [0, 1]: 1 for an exact name or alias; below 0.9 the name differs
        (0.80-0.89 for a ``skeleton`` match, graded by how well the vowels agree; below 0.85
        for a ``fuzzy`` one).
    source : str
        Citation of the place's coordinates.
    ambiguous : bool
        True when another candidate of near-equal score lies more than 50 km away.
    pcode : str
        OCHA p-code for administrative units, else "".
    id : str
        Gazetteer identifier.
    match : str
        How the query matched the place: ``exact`` (a name or alias, after normalisation),
        ``skeleton`` (same consonants or same transliteration-neutral key, other vowels) or
        ``fuzzy`` (a similar name).
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
    match: str = "exact"

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


def _matches(gaz: Gazetteer, query: str, fuzzy: bool) -> dict[int, Score]:
    """Return place index -> best match score (a :class:`Score`) for ``query``."""
    scores: dict[int, Score] = {}
    key = name_key(query)
    if not key:
        return scores
    for i in gaz.exact.get(key, ()):
        scores[i] = Score(EXACT_SCORE, "exact")
    phon, skel = phonetic_key(query), consonant_key(query)
    similar = set(gaz.phonetic.get(phon, ())) if len(phon) >= 3 else set()
    if len(skel) >= 3:
        similar.update(gaz.skeleton.get(skel, ()))
    for i in similar - scores.keys():
        scores[i] = Score(_skeleton_score(phon, gaz.places[i]), "skeleton")
    if EXACT_SCORE in scores.values() or not fuzzy or len(phon) < 4:
        return scores
    for other, similarity in _fuzzy_keys(gaz, phon):
        score = FUZZY_WEIGHT * similarity / 100.0
        for i in gaz.phonetic[other]:
            if score > scores.get(i, 0.0):
                scores[i] = Score(score, "fuzzy")
    return scores


def _skeleton_score(phon: str, place: Place) -> float:
    """Score a consonant or phonetic key match by how well the vowels agree: the best
    rapidfuzz ratio of ``phon`` and a phonetic key of the place's names in the same script."""
    arabic = is_arabic(phon)
    keys = [k for k in (phonetic_key(n) for n in place.names) if k and is_arabic(k) == arabic]
    best = process.extractOne(phon, keys, scorer=fuzz.ratio) if keys else None
    ratio = best[1] if best else 0.0
    agreement = max(0.0, (ratio - SKELETON_RATIO_FLOOR) / (100.0 - SKELETON_RATIO_FLOOR))
    return SKELETON_SCORE + (SKELETON_TOP - SKELETON_SCORE) * agreement


def _fuzzy_keys(gaz: Gazetteer, phon: str) -> list[tuple[str, float]]:
    """Phonetic keys of the same script and a similar length as ``phon``, with their
    similarity: the mean of the rapidfuzz ratio with and without vowels, so that a changed
    consonant costs twice what a changed vowel does (``Dakuk`` is not ``Duhok``)."""
    block = gaz.blocks.get("arabic" if is_arabic(phon) else "latin", [])
    slack = max(2, len(phon) // 4)
    # the block is sorted by length: slice out the band [len - slack, len + slack]
    start = bisect_left(block, len(phon) - slack, key=len)
    end = bisect_right(block, len(phon) + slack, key=len)
    consonants = strip_vowels(phon)
    hits = []
    for other, full, _ in process.extract(
        phon, block[start:end], scorer=fuzz.ratio, score_cutoff=FUZZY_PREFILTER, limit=FUZZY_LIMIT
    ):
        similarity = (full + fuzz.ratio(consonants, strip_vowels(other))) / 2.0
        if similarity >= FUZZY_CUTOFF:
            hits.append((other, similarity))
    return hits


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


def _geodesic_km(a: Place, b: Place) -> float:
    return float(geodesic_km(a.lon, a.lat, b.lon, b.lat, exact=True))


def rank(
    gaz: Gazetteer,
    scores: Mapping[int, float],
    *,
    kinds: frozenset[str] | None = None,
    admin1: str | None = None,
    prefer: frozenset[str] | None = None,
    limit: int = 5,
) -> list[Candidate]:
    """Turn match scores into ranked candidates, best first.

    Ranking: score, then the ``prefer``-red kinds, then places in Iraq (and the curated
    countries, borders and regions) before namesakes across the border, then broader kinds
    (country before city before governorate before town ...), then population.

    One place listed twice (a curated row that copies a GeoNames town to add its other
    names: same kind, a shared name, within ``SAME_PLACE_KM``) gives one candidate, the
    curated entry, at the better of the two scores. The candidates are ``ambiguous`` when
    another place scoring within ``NEAR_EQUAL`` of the best lies more than ``AMBIGUOUS_KM``
    from it, unless one of the two is an area of the same governorate as the other (the
    Kirkuk governorate and the city of Kirkuk) or a kind word already rules it out
    (``prefer``).
    """
    items = []
    for i, score in scores.items():
        place = gaz.places[i]
        if kinds is not None and place.kind not in kinds:
            continue
        if admin1 is not None and place.admin1 != admin1:
            continue
        preferred = 0 if prefer and place.kind in prefer else 1
        abroad = 1 if place.id.startswith("geonames:") and place.country != "IQ" else 0
        if place.population >= WORLD_CITY_POPULATION:
            abroad = 0  # Riyadh, not the village of Ar Riyāḑ, is what a bare name means
        items.append(
            (-float(score), preferred, abroad, KIND_PRIORITY[place.kind], -place.population, i)
        )
    items.sort()
    distinct = _distinct_places(gaz, [(-item[0], item[-1]) for item in items], scores)
    if not distinct:
        return []
    best_score, best_i, _ = distinct[0]
    best = gaz.places[best_i]
    ambiguous = False
    settled = prefer is not None and best.kind in prefer
    for score, i, _ in distinct[1:]:
        if best_score - score > NEAR_EQUAL:
            break
        other = gaz.places[i]
        if settled and prefer is not None and other.kind not in prefer:
            continue  # the context word already rules this reading out
        if not _same_area(best, other) and _geodesic_km(best, other) > AMBIGUOUS_KM:
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
            score=round(score, 4),
            source=p.source,
            ambiguous=ambiguous,
            pcode=p.pcode,
            id=p.id,
            match=match,
        )
        for score, i, match in distinct[:limit]
        for p in (gaz.places[i],)
    ]


def _distinct_places(
    gaz: Gazetteer, ranked: list[tuple[float, int]], scores: Mapping[int, float]
) -> list[tuple[float, int, str]]:
    """(score, index, match) best first, with a place listed twice kept once: at the
    position and score of its better entry, as the curated entry if it has one."""
    kept: list[list] = []
    for score, i in ranked:
        place = gaz.places[i]
        twin = next((k for k in kept if _same_place(gaz.places[k[1]], place)), None)
        if twin is None:
            kept.append([score, i, match_of(scores[i])])
        elif gaz.places[twin[1]].id.startswith("geonames:") and not place.id.startswith(
            "geonames:"
        ):
            twin[1] = i  # the curated row is the deliberate entry: show its names
    return [(score, i, match) for score, i, match in kept]


def _same_area(a: Place, b: Place) -> bool:
    """One of the two is an area that holds the other: a unit or region and a place of the
    same governorate (the Kirkuk governorate, the city of Kirkuk), or a country and a place
    in it (Kuwait, Kuwait City)."""
    if a.admin1 and a.admin1 == b.admin1 and (a.kind in AREA_KINDS or b.kind in AREA_KINDS):
        return True
    return any(
        x.kind == "country" and x.country and y.country == x.country for x, y in ((a, b), (b, a))
    )


def _same_place(a: Place, b: Place) -> bool:
    """Two entries for one place: same kind (city/town/village alike), a name in common and
    less than ``SAME_PLACE_KM`` apart."""
    if a.kind != b.kind and not {a.kind, b.kind} <= SETTLEMENT_KINDS:
        return False
    if abs(a.lat - b.lat) > 0.1 or abs(a.lon - b.lon) > 0.1:  # 0.1 deg > 5 km here
        return False
    if _geodesic_km(a, b) > SAME_PLACE_KM:
        return False
    return not _name_keys(a).isdisjoint(_name_keys(b))


@lru_cache(maxsize=50_000)
def _name_keys(place: Place) -> frozenset[str]:
    return frozenset(name_key(n) for n in place.names)


def geocode(
    query: str,
    *,
    admin1: str | None = None,
    kind: str | None = None,
    limit: int = 5,
    fuzzy: bool = True,
    gazetteer: Gazetteer | None = None,
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
        The gazetteer to search (default: :func:`~geo_disputed.text.gazetteer.load_gazetteer`,
        the curated tables and GeoNames; one built with boundary units adds their names and
        the OCHA sub-districts).

    Returns
    -------
    list of Candidate
        Best first; empty when nothing matches.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
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
) -> list[list[Candidate]]:
    """Geocode many names, showing a progress bar on a terminal.

    Returns one candidate list per name, in input order (see :func:`geocode`).
    """
    from tqdm.auto import tqdm

    names = list(names)
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    bar = tqdm(
        names, desc="geocoding", unit="name", disable=None if progress is None else not progress
    )
    return [geocode(name, admin1=admin1, kind=kind, limit=limit, gazetteer=gaz) for name in bar]
