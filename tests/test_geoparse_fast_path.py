"""The geoparser's fast path (issue 16) finds exactly what reading every word finds.

The parser skips the words that cannot start a name or follow a settlement kind word, builds
a token only when it is looked at, and extends a name word by word while it is the start of
some name. The reference here is the parser as it was: a token object for every word, every
word tried, and each name tried from the longest a first word allows down to one word. The
mentions (span, text, chosen place, score, alternatives) must be the same, on the real IDRISI
tweets and the seed article (read from ``../shared`` at run time) and on drawn text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest
from conftest import REAL, SEED_ARTICLE, need_shared
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geo_disputed import geoparse
from geo_disputed.geo.boundaries import gazetteer_for
from geo_disputed.text import geoparser
from geo_disputed.text.gazetteer import Gazetteer, load_gazetteer
from geo_disputed.text.normalize import name_key

IDRISI = REAL / "idrisi"


class _AllTokens(list[geoparser._Token]):
    """Every token built up front, from ``TOKEN.finditer``, as the parser did before."""

    def __init__(self, text: str) -> None:
        matches = list(geoparser.TOKEN.finditer(text))
        for m in matches:
            arabic, key, variants = geoparser._token_variants(m.group())
            self.append(geoparser._Token(m.start(), m.end(), key, arabic, variants))
        self.words = [m.group() for m in matches]


def _first_words(keys: frozenset[str] | dict[str, list[int]]) -> dict[str, int]:
    first: dict[str, int] = {}
    for key in keys:
        words = key.split(" ")
        first[words[0]] = max(first.get(words[0], 0), len(words))
    return first


#: By the id of a set of keys: the keys (so a reused id is not mistaken) and their first words.
_FIRST: dict[int, tuple[object, dict[str, int]]] = {}


def _reference_longest(
    text: str,
    tokens: Sequence[geoparser._Token],
    i: int,
    keys: frozenset[str] | dict[str, list[int]],
    prefixes: frozenset[str],
) -> tuple[int, int, str] | None:
    """The longest name at token i, tried from the most words its first word allows down."""
    del prefixes
    held = _FIRST.get(id(keys))
    if held is None or held[0] is not keys:
        held = _FIRST[id(keys)] = (keys, _first_words(keys))
    first = held[1]
    best = None
    for cut, key in tokens[i].variants:
        max_words = first.get(key.split(" ", 1)[0])
        if not max_words:
            continue
        for n in range(min(max_words, len(tokens) - i), 0, -1):
            if best is not None and n <= best[0]:
                break
            phrase = " ".join([key, *(t.key for t in tokens[i + 1 : i + n])])
            if phrase in keys and geoparser._joined(text, tokens, i, n):
                best = (n, cut, phrase)
                break
    return best


def _reading_every_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(geoparser, "_Tokens", _AllTokens)
    monkeypatch.setattr(geoparser, "_active_tokens", lambda code: list(range(len(code))))
    monkeypatch.setattr(geoparser, "_longest", _reference_longest)


def _found(docs: Sequence[str], lang: str, gaz: Gazetteer) -> list[str]:
    return [f"{k} {m!r}" for k, doc in enumerate(docs) for m in geoparse(doc, lang, gazetteer=gaz)]


def _idrisi(every: int) -> dict[str, list[str]]:
    """Every ``every``-th distinct IDRISI tweet by language (the corpus of bench_gazetteer)."""
    docs: dict[str, dict[str, str]] = {"ar": {}, "en": {}}
    for path in sorted(need_shared(IDRISI).glob("*/data/*/**/*.jsonl")):
        lang = "ar" if "AR" in path.relative_to(IDRISI).parts else "en"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                docs[lang].setdefault(record["tweet_id"], record["text"])
    return {lang: list(texts.values())[::every] for lang, texts in docs.items()}


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[str]]:
    docs = _idrisi(every=3)
    docs["ar"].append(need_shared(SEED_ARTICLE).read_text(encoding="utf-8"))
    return docs


@pytest.mark.slow
@pytest.mark.parametrize("boundaries", [False, True], ids=["gazetteer", "OCHA"])
def test_real_text_gives_the_mentions_of_reading_every_word(
    corpus: dict[str, list[str]],
    boundaries: bool,
    shared_boundaries,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gaz = gazetteer_for(shared_boundaries) if boundaries else load_gazetteer()
    modes = () if boundaries else ("auto",)  # "auto" differs in lower-case English only
    runs = [(lang, mode) for lang in corpus for mode in (lang, *modes)]
    fast = {run: _found(corpus[run[0]], run[1], gaz) for run in runs}
    assert len(fast["ar", "ar"]) > 300  # the corpus names places
    with monkeypatch.context() as m:
        _reading_every_word(m)
        gaz.memo.clear()
        for run in runs:
            assert _found(corpus[run[0]], run[1], gaz) == fast[run], run


#: Pieces drawn text is made of: names, kind words, proclitics, non-place terms, joiners.
_PIECES = (
    "كركوك", "بغداد", "صلاح", "الدين", "محافظة", "قرية", "قضاء", "ناحية", "في", "و", "ب", "لل",
    "ال", "حدود", "إيران", "السورية", "داعش", "بن", "الشيخ", "Kirkuk", "Salah", "al-Din", "Khor",
    "Mor", "gas", "field", "village", "of", "the", "town", "Province", "provinces", "near",
    "Jordan", "Minnesota", "Mr", "Iran", "border", "with", "and", "a", "you", "K-1", "Tuz",
    "Khurmatu", "Sinjar", "Mosul", "Dam", "Islamic", "State", "'s", " ", " ", " ", ", ", "، ",
    "-", ". ", "\n", "\u064e",
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=40),
    lang=st.sampled_from(["ar", "en", "auto"]),
)
@example(pieces=["قرية", " ", "كبيرة", " ", "في", " ", "قضاء", " ", "خانقين"], lang="ar")
@example(pieces=["the", " ", "village", " ", "of", " ", "Zaytun", " ", "near", " ", "Kirkuk"],
         lang="en")  # fmt: skip
def test_drawn_text_gives_the_mentions_of_reading_every_word(pieces: list[str], lang: str) -> None:
    text = "".join(pieces)
    gaz = load_gazetteer()
    fast = _found([text], lang, gaz)
    with pytest.MonkeyPatch.context() as m:
        _reading_every_word(m)
        assert _found([text], lang, gaz) == fast


@given(st.text(alphabet=st.sampled_from("ab كر-'’_ \u064e\u0651\n,١"), max_size=60))
def test_tokens_built_on_demand_are_the_regex_tokens(text: str) -> None:
    tokens = geoparser._Tokens(text)
    expected = _AllTokens(text)
    assert len(tokens) == len(expected) and tokens.words == expected.words
    assert list(reversed(tokens)) == expected[::-1]  # built out of order, negative indexes
    assert tokens[1:-1] == expected[1:-1]
    with pytest.raises(IndexError):
        tokens[len(expected)]


def test_a_term_whose_first_word_starts_no_place_is_still_read_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A non-place term is skipped whole even when its first word starts no place name: the
    place inside it (Kirkuk in a made-up outlet "Zaqzuq Kirkuk") is not a mention."""
    keys, _, definite = geoparser._non_places()
    extra = keys | {name_key("Zaqzuq Kirkuk"), name_key("زقزوق كركوك")}
    monkeypatch.setattr(
        geoparser, "_non_places", lambda: (extra, geoparser._prefixes(extra), definite)
    )
    gaz = load_gazetteer()
    gaz.memo.clear()  # the words' codes are kept per gazetteer
    try:
        for text, name in [
            ("Zaqzuq Kirkuk said shelling hit Kirkuk", "Kirkuk"),
            ("زقزوق كركوك: قصف في كركوك", "كركوك"),
        ]:
            found = [(m.text, m.start) for m in geoparse(text, gazetteer=gaz)]
            assert found == [(name, text.rindex(name))]
    finally:
        gaz.memo.clear()
