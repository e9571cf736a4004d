"""Arabic text for matplotlib: shaping, bidi ordering and discovery of a font with Arabic glyphs.

matplotlib draws one glyph per character, so Arabic must be *shaped* first: each letter is
replaced by its contextual presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF) with
``arabic_reshaper``. Older matplotlib (< 3.11) also lays text out left to right, so the shaped
string is put into visual order with ``python-bidi``. matplotlib >= 3.11 lays text out with
libraqm, which applies the bidi algorithm itself; reordering there would reverse it twice, so
:func:`shape_arabic` only reorders when the renderer does not.

libraqm also *shapes* (HarfBuzz), so on matplotlib >= 3.11 :func:`display_text` leaves Arabic
as written, in logical order: the figure shows joined letters and an SVG or PDF keeps the
real letters, searchable and copyable. Only older matplotlib gets presentation forms.
"""

from __future__ import annotations

import functools
import re

from geo_disputed.settings import logger

__all__ = [
    "ARABIC_FONT_PREFERENCE",
    "display_text",
    "find_arabic_font",
    "has_arabic",
    "isolate_rtl",
    "renderer_applies_bidi",
    "shape_arabic",
]

# Families tried first, best Arabic typography first; any other installed font whose character
# map covers the text is used after these. DejaVu Sans ships with matplotlib itself.
ARABIC_FONT_PREFERENCE = (
    "Noto Naskh Arabic",
    "Noto Sans Arabic",
    "Amiri",
    "Scheherazade New",
    "DejaVu Sans",
)
# Shaped forms the font must have: the letters of governorate names that this package labels.
_FONT_SAMPLE = "نينوى صلاح الدين كركوك ديالى أربيل دهوك السليمانية إقليم كردستان المتنازع عليها"
_REGULAR = ("400", "normal", "regular", "book")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic(text: str) -> bool:
    """Return True if ``text`` contains any Arabic letter or presentation form."""
    return bool(_ARABIC.search(text))


@functools.cache
def renderer_applies_bidi() -> bool:
    """Return True if matplotlib's text layout applies the bidi algorithm (libraqm, >= 3.11)."""
    from matplotlib import ft2font

    return bool(getattr(ft2font, "__libraqm_version__", ""))


def shape_arabic(text: str, *, visual_order: bool | None = None) -> str:
    """Shape the Arabic in ``text`` into presentation forms for drawing with matplotlib.

    Parameters
    ----------
    text : str
        Any text; strings without Arabic are returned unchanged.
    visual_order : bool, optional
        Also reorder into visual (left-to-right display) order with python-bidi. Default: only
        when matplotlib's renderer does not apply bidi itself (matplotlib < 3.11).

    Returns
    -------
    str
        The shaped text, e.g. ``shape_arabic("كركوك")`` gives ``"ﻛﺮﻛﻮﻙ"``.
    """
    if not has_arabic(text):
        return text
    import arabic_reshaper

    shaped = arabic_reshaper.reshape(text)
    if visual_order is None:
        visual_order = not renderer_applies_bidi()
    if visual_order:
        from bidi.algorithm import get_display

        shaped = get_display(shaped)
    return shaped


def display_text(text: str) -> str:
    """Return ``text`` as matplotlib should be given it to draw correct Arabic.

    With libraqm (matplotlib >= 3.11) the renderer shapes and orders Arabic itself, so the
    text keeps its letters in logical order (an SVG or PDF then holds the real letters), each
    line that starts in Arabic isolated as right-to-left (:func:`isolate_rtl`); otherwise it
    is shaped into presentation forms in visual order (:func:`shape_arabic`).

    >>> display_text("Kirkuk")
    'Kirkuk'
    """
    if not has_arabic(text):
        return text
    if renderer_applies_bidi():
        return "\n".join(isolate_rtl(line) for line in text.split("\n"))
    return shape_arabic(text, visual_order=True)


RLI, PDI = "\u2067", "\u2069"
_STRONG = re.compile("[A-Za-z\u00c0-\u024f\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


def isolate_rtl(line: str) -> str:
    """Wrap a line whose first letter is Arabic in a right-to-left isolate (U+2067 ... U+2069).

    matplotlib's renderer takes a line's direction from its first letter, but an SVG viewer
    lays ``<text>`` out left to right unless told otherwise, which moved the Latin words,
    numbers and end punctuation of an Arabic sentence. The isolate makes both agree; the two
    marks are invisible and take no room.

    >>> isolate_rtl("كركوك 140.") == RLI + "كركوك 140." + PDI
    True
    >>> isolate_rtl("Kirkuk / كركوك")
    'Kirkuk / كركوك'
    """
    first = _STRONG.search(line)
    if first is None or not has_arabic(first.group()) or line.startswith(RLI):
        return line
    return f"{RLI}{line}{PDI}"


@functools.cache
def find_arabic_font(sample: str = _FONT_SAMPLE) -> str | None:
    """Find an installed font family whose glyphs cover ``sample`` once shaped.

    Tries :data:`ARABIC_FONT_PREFERENCE` first, then every font matplotlib knows, and logs a
    warning naming the problem when none covers the text.

    Returns
    -------
    str or None
        The family name (use it first in a ``fontfamily`` list so Latin text falls back to
        another family), or None if no installed font has the glyphs.
    """
    import arabic_reshaper
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    needed = {ord(c) for c in arabic_reshaper.reshape(sample) if not c.isspace()}
    entries = [e for e in font_manager.fontManager.ttflist if e.style == "normal"]
    rank = {name: i for i, name in enumerate(ARABIC_FONT_PREFERENCE)}
    # Regular weight before bold, preferred families first, then by name for a stable order.
    entries.sort(
        key=lambda e: (rank.get(e.name, len(rank)), str(e.weight) not in _REGULAR, e.name, e.fname)
    )
    for entry in entries:
        try:
            charmap = FT2Font(entry.fname).get_charmap()
        except (OSError, RuntimeError):
            continue
        if needed <= charmap.keys():
            logger.debug("Arabic font: %s (%s)", entry.name, entry.fname)
            return entry.name
    logger.warning(
        "no installed font has the Arabic glyphs needed (checked %d fonts known to matplotlib); "
        "Arabic labels are left out. Install one, e.g. `apt-get install fonts-noto-core`.",
        len(entries),
    )
    return None
