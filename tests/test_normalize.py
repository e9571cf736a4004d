"""Name normalisation: the spelling variants the issue lists must share keys."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from linear_time import assert_scales_linearly

from geo_disputed.text.normalize import (
    ARTICLE_AR,
    TASHKEEL_MARKS,
    _strip_articles,
    consonant_key,
    fold_arabic,
    is_arabic,
    name_key,
    nfkd,
    phonetic_key,
    skeleton_key,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Khanaqin", "Khanaqeen"),
        ("Al-Hawiga", "Hawiga"),
        ("al-Sadiyah", "Sadiyah"),
        ("Makhmur", "Makhmūr"),
        ("Erbil", "ERBIL"),
        ("Ta'mim", "Tamim"),
        ("Ta`mim", "Taʿmim"),
        ("Salah al-Din", "Salah Al Din"),
        ("Tel-Kaif", "Tel Kaif"),
        ("مخمور", "مەخموور"),
        ("هەولێر", "هولير"),
        ("أربيل", "اربيل"),
        ("إربيل", "اربيل"),
        ("نينوى", "نينوي"),
        ("السعدية", "سعديه"),
        ("شنكال", "شنگال"),
        ("كركوك", "کەرکووک"),
        ("صَلاح الدّين", "صلاح الدين"),
        ("بغـــداد", "بغداد"),
    ],
)
def test_variants_share_exact_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tuz Khurmatu", "Tooz Khormato"),
        ("Makhmur", "Mexmur"),
        ("Salahuddin", "Salah al-Din"),
        ("Sulaymaniyah", "Slemani"),
        ("Erbil", "Irbil"),
        ("Tal Afar", "Telafar"),
        ("Qara Tapa", "Qara Tabe"),
    ],
)
def test_transliterations_share_skeleton(a: str, b: str) -> None:
    assert skeleton_key(a) == skeleton_key(b)


@pytest.mark.parametrize(
    ("a", "b"), [("Kirkuk", "Karbala"), ("Erbil", "Basra"), ("Sinjar", "Shingal")]
)
def test_different_names_differ(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)
    assert skeleton_key(a) != skeleton_key(b)


def test_arabic_folding_details() -> None:
    assert fold_arabic("مدينة") == "مدينه"  # ta marbuta
    assert fold_arabic("ديالى") == "ديالي"  # alef maqsura
    assert fold_arabic("مُؤْتَمَر") == "موتمر"  # tashkeel and hamza on waw
    assert fold_arabic("١٢٣") == "123"
    assert is_arabic("كركوك") and not is_arabic("Kirkuk")


def test_skeleton_is_empty_for_arabic_script() -> None:
    assert skeleton_key("كركوك") == ""


@given(st.text(max_size=40))
def test_name_key_is_idempotent(text: str) -> None:
    key = name_key(text)
    assert name_key(key) == key


@given(st.text(max_size=40))
def test_name_key_has_no_leading_or_double_spaces(text: str) -> None:
    key = name_key(text)
    assert key == key.strip()
    assert "  " not in key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dakuk", "Daquq"),
        ("Şingal", "Shingal"),
        ("Hewîce", "Hewije"),  # Kurdish Latin c = j
        ("Chamchamal", "Jamjamal"),
        ("Penjwen", "Benjwen"),
        ("ئامرلی", "آمرلي"),  # Sorani initial vowel seat / Arabic alef
        ("بەرتەڵە", "برطلة"),  # Kurdish ت for Arabic ط
    ],
)
def test_transliterations_share_phonetic_key(a: str, b: str) -> None:
    assert phonetic_key(a) == phonetic_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dakuk", "Duhok"),
        ("Tuz Khurmatu", "Taza Khurmatu"),
        ("Kirkuk", "Kerkuk"),
        ("Celewla", "Jalawla"),
    ],
)
def test_phonetic_key_keeps_vowels_consonant_key_drops_them(a: str, b: str) -> None:
    assert phonetic_key(a) != phonetic_key(b)
    if a != "Dakuk":
        assert consonant_key(a) == consonant_key(b)


# --- linear time on any text ---------------------------------------------------------------

# Marks and letters that NFKD reorders or decomposes: tashkeel, hamza above (composes with
# alef), Latin accents, the Greek ypogegrammeni (casefolds to a letter), Tibetan vowels that
# decompose to marks only, and letters that decompose (أ, ۀ, the lam-alef ligature, ᾳ).
_MARKS = "\u064e\u064b\u0650\u0651\u0652\u0670\u0654\u0610\u06ed\u0301\u0316\u0345\u0f73\u0f75"
_BASES = "aKكاأۀﻻᾳ ـ\u06dd-"


@settings(max_examples=300)
@given(
    st.lists(st.tuples(st.sampled_from(_BASES), st.text(alphabet=_MARKS, max_size=120)), max_size=6)
)
@example([("ك", "\u0652\u064e" * 40)])
@example([("a", "\u0301\u0316" * 40), ("أ", "\u0f73" * 40)])
def test_nfkd_is_unicodedata_nfkd(pieces: list[tuple[str, str]]) -> None:
    text = "".join(base + marks for base, marks in pieces)
    assert nfkd(text) == unicodedata.normalize("NFKD", text)
    assert nfkd(text.casefold()) == unicodedata.normalize("NFKD", text.casefold())


def test_tashkeel_removed_before_nfkd_are_marks_nfkd_keeps() -> None:
    """fold_arabic drops these before NFKD too; exact only for combining marks that decompose
    to themselves (a class-0 sign removed early could let marks around it be reordered)."""
    marks = [chr(c) for c in range(0x0600, 0x0700) if TASHKEEL_MARKS.match(chr(c))]
    assert len(marks) > 40
    for mark in marks:
        assert unicodedata.combining(mark) and unicodedata.normalize("NFKD", mark) == mark


def _strip_one_at_a_time(word: str) -> str:
    """The article rule as a loop: drop a leading ال while more than three letters remain."""
    while word.startswith(ARTICLE_AR) and len(word) > 3:
        word = word[2:]
    return word


@given(st.integers(0, 8), st.text(alphabet="البغدو", max_size=6))
def test_leading_articles_strip_as_one_at_a_time(articles: int, rest: str) -> None:
    word = ARTICLE_AR * articles + rest
    assert _strip_articles(word) == _strip_one_at_a_time(word)


def test_repeated_articles() -> None:
    assert name_key(ARTICLE_AR * 5 + "بغداد") == name_key("بغداد") == "بغداد"
    assert name_key("الال") == "ال"
    assert name_key("الالب") == "الب"
    assert name_key("الاللبغداد") == "بغداد"  # doubled ل folded first: الالبغداد
    assert name_key(ARTICLE_AR * 4_000) == "ال"


# One unit each of the shapes that were super-linear or could be: the article repeated (a
# copy per ال), stacked marks (NFKD sorts them by insertion), Latin accents, a letter that
# decomposes to marks only, and units that make many words or long words.
LONG_UNITS = {
    "article": ARTICLE_AR,
    "proclitics": "وفبلك",
    "tashkeel": "\u064e\u064b\u0650\u0651\u0652\u0670",
    "tatweel": "بـ",
    "accents": "\u0301\u0316",
    "decomposes to marks": "\u0f73",
    "hyphens": "al-",
    "apostrophes": "a'e",
    "sorani": "ەێڵ",
    "mixed": "وال\u064e\u0651ـkh'-ەee",
}


@pytest.mark.parametrize("unit", LONG_UNITS.values(), ids=LONG_UNITS.keys())
def test_name_key_time_is_linear(unit: str) -> None:
    small, big = ((unit * (n // len(unit) + 1))[:n] for n in (8_000, 128_000))
    assert_scales_linearly(name_key.__wrapped__, small, big, max_ratio=48)
