"""Find and resolve place names in Arabic or English text, offline.

The parser walks the text's word tokens and, at each token, looks for the longest run of up
to N words whose normalised form is a gazetteer name (a prefix index keeps this to one
dictionary probe for most tokens). Arabic tokens are also tried without their proclitics
(و ف ب ل ك, combined, and لل for ل + ال), so ``وبغداد`` finds Baghdad and ``لصلاح الدين``
finds Salah al-Din. A preceding or following kind word (محافظة/province, قضاء/district,
ناحية/sub-district, حقل/field, جبل/mountain, حدود/border) steers which candidate wins.
Terms listed in ``data/non_places.csv`` (outlets, organisations, armed groups, people) are
skipped, as is a place name glued to a number (``Kurdistan24``, ``كوردستان 24``).

Examples
--------
>>> from geo_disputed import geoparse
>>> [m.name_en for m in geoparse("Rockets hit the Khor Mor gas field near Chamchamal.")]
... # doctest: +SKIP
['Khor Mor gas field', 'Chamchamal']
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from geo_disputed.curated import data_path, read_rows
from geo_disputed.errors import GeoDisputedError
from geo_disputed.gazetteer import Gazetteer, Place, load_gazetteer
from geo_disputed.geocoder import MEMO_SIZE, Candidate, rank
from geo_disputed.normalize import is_arabic, name_key

TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
JOINER = re.compile(r"[\s\-–]*")  # what may stand between the words of one name
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
MIN_STEM = 3  # letters a token must keep after its proclitic is removed
MAX_TEXT_BYTES = 20_000_000
# A one-word Arabic match this short is only a place when the entry is curated or a city:
# GeoNames carries villages whose names are also common words (حول "about", عين "eye").
SHORT_ARABIC_KEY = 3
CONJUNCTIONS = frozenset({"و", "ثم", "او", "and", "or", "then"})

# Kind words, by normalised key: the kinds they steer a neighbouring name towards.
CONTEXT_KINDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("محافظه", "محافظات", "province", "provinces", "governorate", "governorates"),
        frozenset({"governorate"}),
    ),
    **dict.fromkeys(("قضاء", "قضا", "اقضيه", "district", "districts"), frozenset({"district"})),
    **dict.fromkeys(("ناحيه", "subdistrict", "sub-district", "nahiya"), frozenset({"subdistrict"})),
    **dict.fromkeys(("حقل", "field"), frozenset({"facility"})),
    **dict.fromkeys(("جبل", "جبال", "mount", "mountain", "mountains"), frozenset({"mountain"})),
    **dict.fromkeys(("حدود", "border", "borders"), frozenset({"border", "country"})),
    **dict.fromkeys(("مدينه", "city", "town", "بلده"), frozenset({"city", "town"})),
}
# Latin place names are only taken when capitalised; these capitalised words never start one.
LATIN_STOPWORDS = frozenset({"the", "a", "an", "in", "on", "of", "and", "to", "at", "by"})


@dataclass(frozen=True)
class Mention:
    """A place named in a text.

    Attributes
    ----------
    text : str
        The surface form, ``original[start:end]`` (proclitics such as و or ب excluded).
    start, end : int
        Character offsets into the original text.
    candidate : Candidate
        The resolved place (EPSG:4326 point).
    score : float
        Confidence in [0, 1]: the match score, lowered for ambiguous names.
    alternatives : tuple of Candidate
        Other candidates for the same words, best first.
    """

    text: str
    start: int
    end: int
    candidate: Candidate
    score: float
    alternatives: tuple[Candidate, ...] = ()

    def to_dict(self) -> dict[str, object]:
        """Return the mention in the CLI's JSON shape."""
        c = self.candidate
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name_en": c.name_en,
            "name_ar": c.name_ar,
            "kind": c.kind,
            "lat": c.lat,
            "lon": c.lon,
            "admin1": c.admin1,
            "score": self.score,
        }


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    key: str
    arabic: bool
    variants: tuple[tuple[int, str], ...]  # (chars stripped from the front, key)


@lru_cache(maxsize=100_000)
def _token_variants(word: str) -> tuple[bool, str, tuple[tuple[int, str], ...]]:
    arabic = is_arabic(word)
    key = name_key(word)
    variants: list[tuple[int, str]] = [(0, key)] if key else []
    if arabic:
        for prefix in PROCLITICS:
            stem = word[len(prefix) :]
            if word.startswith(prefix) and len(stem) >= MIN_STEM:
                variants.append((len(prefix), name_key(stem)))
        if word.startswith("لل") and len(word) > MIN_STEM + 1:
            variants.append((1, name_key("ال" + word[2:])))
    else:
        for suffix in ("'s", "’s"):
            if word.endswith(suffix):
                variants.append((0, name_key(word[: -len(suffix)])))
    seen: dict[str, int] = {}
    for cut, k in variants:
        if k and k not in seen:
            seen[k] = cut
    return arabic, key, tuple((cut, k) for k, cut in seen.items())


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for m in TOKEN.finditer(text):
        arabic, key, variants = _token_variants(m.group())
        tokens.append(_Token(m.start(), m.end(), key, arabic, variants))
    return tokens


@lru_cache(maxsize=1)
def _non_places() -> tuple[frozenset[str], dict[str, int]]:
    rows = read_rows(data_path("non_places.csv"), ["term", "lang", "category"])
    keys = frozenset(name_key(r["term"]) for r in rows if name_key(r["term"]))
    first: dict[str, int] = {}
    for key in keys:
        words = key.split(" ")
        first[words[0]] = max(first.get(words[0], 0), len(words))
    return keys, first


def _joined(text: str, tokens: list[_Token], i: int, n: int) -> bool:
    """True if tokens i..i+n-1 are separated only by spaces or hyphens."""
    return all(
        JOINER.fullmatch(text, tokens[j].end, tokens[j + 1].start) is not None
        for j in range(i, i + n - 1)
    )


def _longest(
    text: str,
    tokens: list[_Token],
    i: int,
    keys: frozenset[str] | dict[str, list[int]],
    first: dict[str, int],
) -> tuple[int, int, str] | None:
    """Longest name in ``keys`` starting at token i: (words, chars stripped, key)."""
    best = None
    for cut, key in tokens[i].variants:
        max_words = first.get(key.split(" ", 1)[0])  # a token may hold words: K-1 = "k 1"
        if not max_words:
            continue
        for n in range(min(max_words, len(tokens) - i), 0, -1):
            if best is not None and n <= best[0]:
                break
            phrase = " ".join([key, *(t.key for t in tokens[i + 1 : i + n])])
            if phrase in keys and _joined(text, tokens, i, n):
                best = (n, cut, phrase)
                break
    return best


def _context_kinds(tokens: list[_Token], i: int, n: int) -> frozenset[str] | None:
    """Kinds steered by the kind word before the name (Arabic/English) or after it (English)."""
    if i > 0:
        for _, key in tokens[i - 1].variants:
            if key in CONTEXT_KINDS:
                return CONTEXT_KINDS[key]
    if i + n < len(tokens) and not tokens[i + n].arabic:
        return CONTEXT_KINDS.get(tokens[i + n].key)
    return None


def _glued_to_number(text: str, tokens: list[_Token], i: int, n: int, kind: str) -> bool:
    """A region or country name followed by a number names an outlet (``Kurdistan 24``).

    Towns keep their reading: a dateline such as ``أربيل 12 آذار`` names Erbil.
    """
    nxt = i + n
    return (
        kind in {"region", "country"}
        and nxt < len(tokens)
        and tokens[nxt].key.isdigit()
        and JOINER.fullmatch(text, tokens[nxt - 1].end, tokens[nxt].start) is not None
    )


def geoparse(
    text: str,
    lang: str = "auto",
    *,
    gazetteer: Gazetteer | None = None,
    boundaries: str | os.PathLike[str] | None = None,
) -> list[Mention]:
    """Find the places named in ``text`` and resolve each to a gazetteer candidate.

    Parameters
    ----------
    text
        Arabic or English (or mixed) text.
    lang
        ``"ar"``, ``"en"`` or ``"auto"``. Both scripts are always scanned; ``lang`` only
        decides whether Latin names must be capitalised (yes unless ``lang == "en"`` and the
        text is all lower case).
    gazetteer, boundaries
        As for :func:`geo_disputed.geocode`.

    Returns
    -------
    list of Mention
        In text order, non-overlapping, except that a border phrase naming a country
        (``حدود إيران``) yields the country as well.

    Raises
    ------
    GeoDisputedError
        If ``lang`` is unknown or the text is larger than 20 MB.
    """
    if lang not in {"auto", "ar", "en"}:
        raise GeoDisputedError(f"unknown language {lang!r}; use ar, en or auto")
    if len(text) > MAX_TEXT_BYTES:
        raise GeoDisputedError(f"text of {len(text):,} characters is over the 20 MB limit")
    gaz = gazetteer if gazetteer is not None else load_gazetteer(boundaries)
    non_place_keys, non_place_first = _non_places()
    lowercase_ok = lang == "en" and text == text.lower()
    tokens = _tokens(text)
    mentions: list[Mention] = []
    previous: tuple[int, frozenset[str] | None] = (-1, None)  # (token after, kinds) of last
    i = 0
    while i < len(tokens):
        skip = _longest(text, tokens, i, non_place_keys, non_place_first)
        if skip is not None:
            i += skip[0]
            continue
        found = _longest(text, tokens, i, gaz.exact, gaz.first_words)
        if found is None:
            i += 1
            continue
        n, cut, phrase = found
        tok = tokens[i]
        start, end = tok.start + cut, tokens[i + n - 1].end
        prefer = _context_kinds(tokens, i, n)
        listed = _continues_list(text, tokens, previous, i, cut)
        kinds = prefer if prefer is not None or not listed else previous[1]
        ranked = ()
        if tok.arabic or lowercase_ok or _capitalised(text[start:end]):
            ranked = _resolve(gaz, phrase, n, _form(text, tok, cut), kinds)
        if not ranked or _glued_to_number(text, tokens, i, n, ranked[0].kind):
            i += 1  # not a place here; a name may still start at the next word
            continue
        if prefer is not None and listed and previous[1] is None and mentions:
            # "Kirkuk and Diyala provinces": the trailing kind word covers the list
            mentions[-1] = _reranked(gaz, mentions[-1], prefer)
        previous = (i + n, kinds)
        if not tok.arabic and text.endswith(("'s", "’s"), start, end) and not phrase.endswith("s"):
            end -= 2
        best = ranked[0]
        score = round(best.score * (0.8 if best.ambiguous else 1.0), 3)
        mentions.append(Mention(text[start:end], start, end, best, score, tuple(ranked[1:])))
        if best.kind == "border":
            mentions.extend(_countries_in(text, tokens, i + 1, i + n, gaz))
        i += n
    return mentions


def _resolve(
    gaz: Gazetteer, phrase: str, words: int, form: str, prefer: frozenset[str] | None
) -> tuple[Candidate, ...]:
    """Ranked candidates for a matched phrase (memoised on the gazetteer).

    ``form`` is ``"latin"``, ``"arabic"`` or ``"definite"`` (Arabic written with the article
    ال, or لل for ل + ال).
    """
    key = ("geoparse", phrase, words, form, prefer)
    ranked = gaz.memo.get(key)
    if ranked is None:
        scores = {
            k: 1.0 for k in gaz.exact[phrase] if _plausible(gaz.places[k], phrase, words, form)
        }
        ranked = tuple(rank(gaz, scores, prefer=prefer, limit=5)) if scores else ()
        if len(gaz.memo) >= MEMO_SIZE:
            gaz.memo.clear()
        gaz.memo[key] = ranked
    return ranked


def _form(text: str, tok: _Token, cut: int) -> str:
    """``latin``, ``arabic`` or ``definite`` (Arabic with ال, or لل = ل + ال)."""
    if not tok.arabic:
        return "latin"
    word = text[tok.start : tok.end]
    definite = word[cut:].startswith("ال") or (cut == 1 and word.startswith("لل"))
    return "definite" if definite else "arabic"


def _plausible(place: Place, phrase: str, words: int, form: str) -> bool:
    """Whether a one-word match can name ``place``; longer phrases always can.

    Rejected: kind words (مدينة, field); short Arabic words (حول "about") for uncurated
    places below city size; and an Arabic word written with the article (الشباب "the
    youth") for a GeoNames place whose Arabic names never carry it, since common nouns take
    the article and most place names do not (الموصل, which does, is stored with it).
    """
    if words > 1:
        return True
    if phrase in CONTEXT_KINDS:
        return False
    if form == "latin" or not place.id.startswith("geonames:"):
        return True
    if len(phrase) <= SHORT_ARABIC_KEY and place.kind != "city":
        return False
    return form != "definite" or _written_definite(place, phrase)


def _written_definite(place: Place, phrase: str) -> bool:
    """True if one of the place's Arabic names for ``phrase`` carries the article ال."""
    return any(
        is_arabic(name) and name.lstrip().startswith(("ال", "أل")) and name_key(name) == phrase
        for name in place.names
    )


def _continues_list(
    text: str, tokens: list[_Token], previous: tuple[int, frozenset[str] | None], i: int, cut: int
) -> bool:
    """True if token i continues a list of names begun by the previous mention.

    ``محافظة صلاح الدين ثم كركوك``, ``Nineveh, Kirkuk and Diyala provinces``: the kind
    word of the first name carries over when only a conjunction or comma stands between.
    """
    after, _ = previous
    if after < 0 or i - after > 1:
        return False
    between = text[tokens[after - 1].end : tokens[i].start + cut]
    if any(ch in between for ch in ".!?؟:;\n"):
        return False
    if i == after:
        return cut > 0 or "," in between or "،" in between
    return tokens[after].key in CONJUNCTIONS


def _reranked(gaz: Gazetteer, mention: Mention, prefer: frozenset[str]) -> Mention:
    """Re-rank a mention's candidates under a kind word found after it."""
    ids = {c.id for c in (mention.candidate, *mention.alternatives)}
    scores = {i: 1.0 for i, p in enumerate(gaz.places) if p.id in ids}
    ranked = rank(gaz, scores, prefer=prefer, limit=5)
    score = round(ranked[0].score * (0.8 if ranked[0].ambiguous else 1.0), 3)
    return Mention(mention.text, mention.start, mention.end, ranked[0], score, tuple(ranked[1:]))


def _countries_in(
    text: str, tokens: list[_Token], lo: int, hi: int, gaz: Gazetteer
) -> list[Mention]:
    """Countries named inside a border phrase (tokens lo..hi-1): Iran in حدود إيران and
    الحدود مع إيران, but not Syria in الحدود السورية, where السورية is an adjective (written
    with the article, which the country's name does not take)."""
    for j in range(lo, hi):
        phrase = " ".join(t.key for t in tokens[j:hi])
        form = _form(text, tokens[j], 0)
        scores = {
            k: 1.0
            for k in gaz.exact.get(phrase, ())
            if gaz.places[k].kind == "country"
            and (form != "definite" or _written_definite(gaz.places[k], phrase))
        }
        if scores:
            best = rank(gaz, scores, limit=1)[0]
            start, end = tokens[j].start, tokens[hi - 1].end
            return [Mention(text[start:end], start, end, best, best.score)]
    return []


@lru_cache(maxsize=10_000)
def _capitalised(surface: str) -> bool:
    """A Latin name must be capitalised: its first word, or for a phrase that starts with a
    common noun ("border with Iran"), a later word."""
    words = [w for w in re.split(r"[\s\-]+", surface) if w]
    if not words or words[0].lower() in LATIN_STOPWORDS:
        return False
    return any(ch.isupper() for ch in words[0]) or (
        len(words) > 1 and any(w[0].isupper() for w in words[1:])
    )
