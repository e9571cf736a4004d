"""Name normalisation for Arabic, Kurdish (Sorani) and Latin transliterations.

Two keys are derived from every name:

``name_key``
    An exact-match key: case, diacritics, Arabic hamza/ta marbuta/alef maqsura, tashkeel,
    tatweel, Sorani letters, apostrophes and ayn marks, hyphens, articles (al-/el-/ad-/ال)
    and doubled letters are folded away. ``Khanaqeen`` and ``Khanaqin``, ``مەخموور`` and
    ``مخمور``, ``Al-Hawiga`` and ``Hawiga`` share a key.
``skeleton_key``
    A looser Latin key of consonants only (``Tooz Khormato`` and ``Tuz Khurmatu`` both give
    ``tz khrmt``), used as an alias tier below the exact key and for fuzzy blocking.

Examples
--------
>>> name_key("Al-Hawiga") == name_key("hawiga")
True
>>> name_key("مەخموور") == name_key("مخمور")
True
>>> skeleton_key("Tooz Khormato") == skeleton_key("Tuz Khurmatu")
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

# --- Arabic script -------------------------------------------------------------------------

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_ARABIC_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ٲ": "ا",
        "ؤ": "و",
        "ئ": "ي",
        "ء": "",
        "ة": "ه",
        "ى": "ي",
        # Persian / Sorani Kurdish letters onto their Arabic counterparts
        "ک": "ك",
        "ی": "ي",
        "ێ": "ي",
        "ۆ": "و",
        "ۊ": "و",
        "ڕ": "ر",
        "ڵ": "ل",
        "گ": "ك",
        "چ": "ج",
        "پ": "ب",
        "ڤ": "ف",
        "ژ": "ز",
        "ھ": "ه",
        "ہ": "ه",
        "ۀ": "ه",
        "\u200c": " ",  # zero-width non-joiner separates Kurdish word parts
        "\u200d": "",
        "\u200f": "",
        "\u200e": "",
    }
)
_SORANI_E = "ە"  # Sorani vowel letter; Arabic spelling drops it inside words
_SORANI_E_INSIDE = re.compile(_SORANI_E + "(?=[\u0600-\u06ff])")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# --- linear-time NFKD ------------------------------------------------------------------------
# CPython puts combining marks in canonical order by insertion sort, so NFKD of a run of n
# marks (tashkeel stacked on one letter, Latin accents, or letters that decompose to marks
# only, like U+0F73) costs n * n: 20,000 marks take half a second, a megabyte 20 minutes.


def _char_class(codes: list[int]) -> str:
    """A regex character class body (ranges, escaped) for the sorted code points ``codes``."""
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


# Characters that NFKD leaves alone and that no mark is reordered across (combining class 0,
# decomposing to themselves), in the alphabetic scripts up to Thaana and the punctuation
# block. NFKD of a text is the NFKD of the pieces between them, so a run of other characters
# can be normalised alone.
_NFKD_STABLE = _char_class(
    [
        code
        for block in (range(0x0000, 0x0800), range(0x2000, 0x2070))
        for code in block
        if not unicodedata.combining(chr(code))
        and unicodedata.normalize("NFKD", chr(code)) == chr(code)
    ]
)
_NFKD_RUN_LIMIT = 32  # longer runs of other characters are normalised in O(n log n)
_LONG_UNSTABLE_RUN = re.compile(f"(?<![^{_NFKD_STABLE}])[^{_NFKD_STABLE}]{{{_NFKD_RUN_LIMIT},}}")
#: The marks written inside Arabic words (tashkeel, shadda, tatweel), as a character-class
#: body: tokenisers keep them in the word (قُتل, بَغْدَاد is one word, not three).
WORD_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
#: The tashkeel that are combining marks (not the five Quranic signs of class 0, which are
#: letters to NFKD): fold_arabic removes them before NFKD as well as after, so a run of them
#: is never sorted.
TASHKEEL_MARKS = re.compile(
    "["
    + _char_class(
        [
            c
            for c in range(0x0610, 0x06EE)
            if _TASHKEEL.match(chr(c)) and unicodedata.combining(chr(c))
        ]
    )
    + "]"
)


# str.translate looks every character up in a dict (about 0.1 s a megabyte); a regex scan
# for the characters a table changes is much faster, so a text without them is not copied.
_ARABIC_FOLDED = re.compile(f"[{_char_class(sorted(_ARABIC_FOLD))}]")
_ARABIC_DIGIT = re.compile(f"[{_char_class(sorted(_ARABIC_INDIC_DIGITS))}]")
_MAYBE_COMBINING = re.compile(
    "[^"
    + _char_class(
        [
            code
            for block in (range(0x0000, 0x0800), range(0x2000, 0x2070))
            for code in block
            if not unicodedata.combining(chr(code))
        ]
    )
    + "]"
)


def _translate(text: str, table: Mapping[int, str | int | None], chars: re.Pattern[str]) -> str:
    """``text.translate(table)``, skipped when no character ``chars`` matches occurs."""
    return text if chars.search(text) is None else text.translate(table)


def _nfkd_run(run: str) -> str:
    """NFKD of ``run`` in O(n log n): each character decomposed alone, then every run of
    combining marks stably sorted by combining class (the canonical ordering)."""
    out: list[str] = []
    marks: list[str] = []
    for ch in run:
        for part in unicodedata.normalize("NFKD", ch):
            if unicodedata.combining(part):
                marks.append(part)
                continue
            if marks:
                out.extend(sorted(marks, key=unicodedata.combining))
                marks.clear()
            out.append(part)
    out.extend(sorted(marks, key=unicodedata.combining))
    return "".join(out)


def nfkd(text: str) -> str:
    """``unicodedata.normalize("NFKD", text)``, the same string, in O(n log n) on any text.

    Runs of more than a few characters that combining marks may be reordered across are
    normalised by :func:`_nfkd_run`, the rest by :mod:`unicodedata`.

    Examples
    --------
    >>> run = "ك" + "\u0652\u064e" * 50_000  # sukun and fatha, 100,000 marks on one letter
    >>> nfkd(run) == "ك" + "\u064e" * 50_000 + "\u0652" * 50_000
    True
    """
    if unicodedata.is_normalized("NFKD", text):
        return text
    if _LONG_UNSTABLE_RUN.search(text) is None:
        return unicodedata.normalize("NFKD", text)
    parts, pos = [], 0
    for m in _LONG_UNSTABLE_RUN.finditer(text):
        parts += [unicodedata.normalize("NFKD", text[pos : m.start()]), _nfkd_run(m.group())]
        pos = m.end()
    parts.append(unicodedata.normalize("NFKD", text[pos:]))
    return "".join(parts)


# --- Latin ---------------------------------------------------------------------------------

_APOSTROPHES = re.compile("[\u02bb\u02bc\u02bd\u02be\u02bf\u2018\u2019\u201b\u0060\u00b4'\u2032]")
LATIN_ARTICLES = frozenset(
    {"al", "el", "ad", "ed", "as", "es", "ash", "esh", "at", "et", "an", "en", "ar", "er"}
    | {"az", "ez", "adh", "ath"}
)
_LATIN_FOLD = (
    ("ee", "i"),
    ("ii", "i"),
    ("oo", "u"),
    ("ou", "u"),
    ("uu", "u"),
    ("aa", "a"),
    ("x", "kh"),  # Kurmanji/Latin Kurdish x = kh (Mexmur = Makhmur)
)


class _DropCombining(dict[int, str | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        value = None if unicodedata.combining(ch) else ch
        self[code] = value
        return value


_DROP_COMBINING = _DropCombining()
_NON_WORD = re.compile(r"[\W_]+")
# A letter followed by the same letter: removing every such letter keeps one of each run
# (aaa -> a). A literal replacement, not r"\1", which Python 3.11 expands per match in
# Python code (a second per million doubled letters).
_DOUBLED = re.compile(r"(\w)(?=\1)")
_VOWELS = re.compile("[aeiouy]")
_FINAL_H = re.compile(r"(?<=[aeiouy])h$")
_SKELETON_FOLD = str.maketrans({"q": "k", "c": "k", "v": "w", "p": "b"})

ARTICLE_AR = "ال"

#: Words that name the kind of an administrative unit, as :func:`name_key` folds them, and
#: the level each implies (1 governorate, 2 district, 3 sub-district). Sources write them
#: before or after the name: ``Nīnawá province``, ``Qaḑā’ al Mawşil``, ``محافظة كركوك``,
#: ``قضاء سنجار``, ``Nahiyat Zummar``, Sorani ``پارێزگای هەولێر``.
ADMIN_KIND_WORDS: dict[str, int] = {
    **dict.fromkeys(
        ("province", "governorate", "gouvernorat", "muhafazat", "muhafaza", "muhafazah",
         "mohafaza", "mohafazat", "parezga", "parezgay", "parezgeha", "محافظه", "باريزكا",
         "باريزكاي"),
        1,
    ),
    **dict.fromkeys(
        ("district", "qada", "qadaa", "qadha", "qadhaa", "kaza", "qaza", "qeza", "qezay",
         "قضا", "قزا", "قزاي"),
        2,
    ),
    **dict.fromkeys(
        ("subdistrict", "nahiya", "nahiyah", "nahiyat", "nahia", "nahiye", "nahiyeh", "ناحيه",
         "ناحي"),
        3,
    ),
}  # fmt: skip
_SUB_PREFIX = "sub"  # "sub district" / "sub-district" fold to two words


def is_arabic(text: str) -> bool:
    """Return True if ``text`` contains any Arabic-script letter."""
    return _ARABIC_LETTER.search(text) is not None


def fold_arabic(text: str) -> str:
    """Fold Arabic and Sorani spelling variants; keep word boundaries.

    Removes tashkeel and tatweel, unifies hamza carriers and alef forms, maps ta marbuta to
    ha and alef maqsura to ya, maps Sorani/Persian letters (ک ی ێ ۆ ڕ ڵ گ چ پ ڤ) to their
    Arabic counterparts and drops the Sorani vowel ``ە`` inside words (word-final ``ە`` is
    read as ``ه``, as Arabic writes it).
    """
    text = nfkd(TASHKEEL_MARKS.sub("", text))
    text = _TASHKEEL.sub("", text).replace(_TATWEEL, "")
    text = _SORANI_E_INSIDE.sub("", text)
    text = _translate(text.replace(_SORANI_E, "ه"), _ARABIC_FOLD, _ARABIC_FOLDED)
    return _translate(text, _ARABIC_INDIC_DIGITS, _ARABIC_DIGIT)


def fold_latin(text: str) -> str:
    """Fold a Latin transliteration: case, diacritics, apostrophes, hyphens, long vowels."""
    text = _translate(nfkd(text.casefold()), _DROP_COMBINING, _MAYBE_COMBINING)
    text = text.replace("ı", "i").replace("ə", "e").replace("ß", "ss")
    text = _APOSTROPHES.sub("", text)
    return text


@lru_cache(maxsize=200_000)
def name_key(name: str) -> str:
    """Return the exact-match key of a place name (any script).

    Parameters
    ----------
    name
        A place name in Arabic, Kurdish or Latin script.

    Returns
    -------
    str
        Space-separated folded words; empty if the name has no letters.
    """
    text = " ".join(w for w in _NON_WORD.split(fold_latin(fold_arabic(name))) if w)
    if not text:
        return ""
    # Each fold acts inside a word (no pattern holds a space), so it runs once on the text.
    for old, new in _LATIN_FOLD:
        text = text.replace(old, new)
    words = _DOUBLED.sub("", text).split(" ")
    if ARTICLE_AR in text:
        words = [_strip_articles(w) for w in words]
    return " ".join(w for w in words if w not in LATIN_ARTICLES)


_LEADING_ARTICLES = re.compile(f"(?:{ARTICLE_AR})+")


def _strip_articles(word: str) -> str:
    """Strip leading ال from a word (doubled letters folded) while more than three letters
    remain: الالبغداد -> بغداد, الال -> ال. Counted in one match, not one copy per ال."""
    found = _LEADING_ARTICLES.match(word)
    if found is None:
        return word
    strips = min(len(found.group()) // 2, max(0, (len(word) - 2) // 2))
    return word[2 * strips :]


@lru_cache(maxsize=50_000)
def split_admin_kind(name: str) -> tuple[str, int | None]:
    """Remove administrative kind words from a name; return (name key, level they imply).

    The kind word may stand anywhere (``Sinjār district``, ``Qaḑā’ Kirkūk``, ``ناحية زمار``).
    When the name is nothing but kind words, or has none, the key is :func:`name_key` of the
    whole name and the level ``None``. Two kind words of different levels imply none.

    Examples
    --------
    >>> split_admin_kind("Qaḑā’ al Mawşil")
    ('mawsil', 2)
    >>> split_admin_kind("Nīnawá province")
    ('ninawa', 1)
    """
    words = name_key(name).split(" ")
    kept: list[str] = []
    levels: set[int] = set()
    for i, word in enumerate(words):
        after_sub = i > 0 and words[i - 1] == _SUB_PREFIX and word == "district"
        if word in ADMIN_KIND_WORDS:
            levels.add(3 if after_sub else ADMIN_KIND_WORDS[word])
            if after_sub:
                kept.pop()
        else:
            kept.append(word)
    if not kept or not levels:
        return " ".join(words), None
    return " ".join(kept), levels.pop() if len(levels) == 1 else None


@lru_cache(maxsize=200_000)
def skeleton_key(name: str) -> str:
    """Return the consonant skeleton of a Latin name (empty for Arabic script).

    Words are joined, a final ``h`` after a vowel is dropped, every vowel is dropped
    and q/c/v/p fold onto k/k/w/b, so transliterations that differ only in vowels and
    spacing share a key (``Sulaymaniyah``/``Slemani``, ``Akre``/``Aqra``,
    ``Salahuddin``/``Salah al-Din``). Too loose to be trusted alone: the gazetteer ranks
    skeleton matches below exact ones and ignores skeletons shorter than three letters.
    """
    key = name_key(name)
    if not key or is_arabic(key):
        return ""
    joined = _FINAL_H.sub("", key.replace(" ", ""))
    joined = _VOWELS.sub("", joined.translate(_SKELETON_FOLD))
    return _DOUBLED.sub("", joined)


# --- phonetic keys (for graded transliteration and fuzzy matching) -------------------------

# Latin digraphs and letters that transliterate one Arabic or Kurdish sound, folded onto one
# letter, longest first: kh/x = خ, sh/ş = ش, ch/ç/j/c = چ/ج (Kurdish Latin c is j), gh = غ,
# dh = ذ/ض, th = ث, q/k, v/w, p/b (Penjwen = Baynjiwayn), y/i, and o/u (Arabic has no o).
_PHONETIC_LATIN = (
    ("kh", "x"),
    ("sh", "s"),
    ("ch", "c"),
    ("gh", "g"),
    ("dh", "d"),
    ("th", "t"),
    ("zh", "z"),
    ("ph", "f"),
    ("j", "c"),
    ("q", "k"),
    ("v", "w"),
    ("p", "b"),
    ("y", "i"),
    ("o", "u"),
)
_PHONETIC_VOWELS = re.compile("[aeiou]")
# Arabic letters Kurdish (and Persian) spelling writes with their plain counterpart.
_PHONETIC_ARABIC = str.maketrans({"ط": "ت", "ص": "س", "ث": "س", "ذ": "ز", "ظ": "ز", "ض": "ز"})
_ARABIC_VOWEL_LETTERS = re.compile("[اوي]")
# Sorani writes a word-initial vowel on a hamza seat (ئامرلی, ئاکرێ); fold_arabic turns the
# seat into ي, Arabic writes the same word with a bare alef (آمرلي).
_KURDISH_ONSET = re.compile(r"(?:^|(?<= ))يا")


@lru_cache(maxsize=200_000)
def phonetic_key(name: str) -> str:
    """Return a transliteration-neutral key of a name, vowels kept, words joined.

    Built on :func:`name_key`. Latin: ``kh``/``x``, ``sh``/``ş``, ``ch``/``ç``/``j``/``c``,
    ``gh``, ``dh``, ``th``, ``q``/``k``, ``v``/``w``, ``p``/``b``, ``y``/``i`` and ``o``/``u``
    fold onto one letter each and a final ``h`` after a vowel is dropped, so ``Dakuk`` and
    ``Daquq``, ``Şingal`` and ``Shingal``, ``Celewla`` and ``Jalawla`` share a key while the
    vowels that remain still tell ``Dakuk`` from ``Duhok``. Arabic script: the emphatic
    letters fold onto their plain counterparts (ط ت, ص س, ض ظ ذ ز, ث س), as Kurdish writes
    them, and a Sorani word-initial ئا becomes ا.

    Examples
    --------
    >>> phonetic_key("Dakuk") == phonetic_key("Daquq")
    True
    >>> phonetic_key("Dakuk") == phonetic_key("Duhok")
    False
    """
    key = name_key(name)
    if not key:
        return ""
    if is_arabic(key):
        key = _KURDISH_ONSET.sub("ا", key).translate(_PHONETIC_ARABIC)
        return _DOUBLED.sub("", key.replace(" ", ""))
    words = []
    for word in key.split(" "):
        for old, new in _PHONETIC_LATIN:
            word = word.replace(old, new)
        words.append(_FINAL_H.sub("", word))
    return _DOUBLED.sub("", "".join(words))


def strip_vowels(key: str) -> str:
    """Drop the vowels of a :func:`phonetic_key` (Latin a e i o u; Arabic ا و ي)."""
    pattern = _ARABIC_VOWEL_LETTERS if is_arabic(key) else _PHONETIC_VOWELS
    return _DOUBLED.sub("", pattern.sub("", key))


@lru_cache(maxsize=200_000)
def consonant_key(name: str) -> str:
    """Return the consonants of :func:`phonetic_key` (Latin or Arabic script).

    Names that differ only in vowels share it (``Tuz Khurmatu`` / ``Taza Khurmatu``,
    ``Kerkuk`` / ``Kirkuk``, Kurdish ``دیبس`` / Arabic ``دبس``): far too loose to identify
    a place, so the geocoder grades such matches by how well the vowels agree.
    """
    return strip_vowels(phonetic_key(name))


def fold_tables() -> dict[str, object]:
    """The tables :func:`name_key` folds with, for a browser to fold the same way.

    Returns
    -------
    dict
        ``arabic`` (character -> replacement: hamza and alef forms, ta marbuta, alef maqsura,
        Sorani/Persian letters, Arabic-Indic digits), ``latin`` ([old, new] replacements in
        order, after case and diacritics), ``articles`` (Latin article words dropped) and
        ``article_ar`` (``ال``, stripped from the front of longer words).
    """
    arabic = {chr(k): v for k, v in _ARABIC_FOLD.items() if isinstance(v, str)}
    arabic.update({chr(k): chr(v) if isinstance(v, int) else v
                   for k, v in _ARABIC_INDIC_DIGITS.items()})  # fmt: skip
    return {
        "arabic": arabic,
        "latin": [list(pair) for pair in _LATIN_FOLD],
        "articles": sorted(LATIN_ARTICLES),
        "article_ar": ARTICLE_AR,
    }
