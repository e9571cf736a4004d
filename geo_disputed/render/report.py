"""A briefing for report authors: the static map, a monthly incident chart, the coverage gaps
and the incidents nearest each gap, with every source and every figure's CRS.

:func:`briefing` composes it from a :class:`~geo_disputed.render.layers.Layers` (in English
or Arabic); :func:`write_briefing_pdf` writes it as a PDF (page 1 the static map of
:func:`geo_disputed.render.static.static_map`, then the chart, the gaps drawn, the tables,
the sources) and :func:`write_briefing_html` as one self-contained HTML file (figures as
embedded PNG, tables as HTML, every string from the data escaped). Both are written
atomically and byte-for-byte reproducibly.

Distances: the nearest point is found in WGS 84 / UTM zone 38N (EPSG:32638), and the
distance to it is measured on the WGS 84 ellipsoid (:func:`geo_disputed.crs.geodesic_km`).
"""

from __future__ import annotations

import base64
import html
import io
import math
import os
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo_disputed import settings
from geo_disputed.crs import GEOGRAPHIC, METRIC, geodesic_km
from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import atomic_path, write_text_atomic
from geo_disputed.render.arabic import find_arabic_font, shape_arabic
from geo_disputed.render.layers import Layers
from geo_disputed.render.static import static_map
from geo_disputed.render.style import COLORS, GEO_PRECISION, INK, LAYER_NAMES, MUTED, PALETTE
from geo_disputed.render.style import title as style_title

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

__all__ = [
    "LANGS",
    "Briefing",
    "Section",
    "Table",
    "briefing",
    "write_briefing_html",
    "write_briefing_pdf",
]

LANGS = ("en", "ar")
#: Incidents listed per gap in the nearest-incidents table.
NEAREST_PER_GAP = 3
#: Governorates drawn separately in the chart; the others are summed as "other".
CHART_GOVERNORATES = 7
#: Page size of the PDF (A4 landscape, inches), and the resolution of the HTML's images.
PAGE = (297 / 25.4, 210 / 25.4)
HTML_DPI = 150

# Every figure is plain text (a "$" in an event type is printed, not read as mathtext),
# embeds TrueType fonts, and carries no timestamp.
_RC: dict[RcKeyType, Any] = {
    "text.parse_math": False,
    "text.usetex": False,
    "pdf.fonttype": 42,
    "svg.hashsalt": "geo_disputed",
}
_PDF_METADATA = {"CreationDate": None, "ModDate": None, "Creator": "geo_disputed"}

#: The briefing's words, ``(english, arabic)``.
WORDS: dict[str, tuple[str, str]] = {
    "briefing": ("Briefing", "إحاطة"),
    "period": ("Incidents from {start} to {end}", "الحوادث من {start} إلى {end}"),
    "no_period": ("No incidents in the inputs", "لا توجد حوادث في المدخلات"),
    "map": ("Map", "الخريطة"),
    "map_note": (
        "The static map: belt by governorate, disputed territories, incidents and joint "
        "coordination centres.",
        "الخريطة الثابتة: الحزام حسب المحافظة والمناطق المتنازع عليها والحوادث ومراكز "
        "التنسيق المشتركة.",
    ),
    "chart": ("Incidents per month", "الحوادث شهرياً"),
    "chart_belt": (
        "Incidents per month, inside and outside the belt",
        "الحوادث شهرياً داخل الحزام وخارجه",
    ),
    "chart_gov": ("Incidents per month, by governorate", "الحوادث شهرياً حسب المحافظة"),
    "in_belt": ("in the belt", "داخل الحزام"),
    "outside": ("outside the belt", "خارج الحزام"),
    "belt_unknown": ("in or outside the belt: unknown", "داخل الحزام أو خارجه: غير معروف"),
    "no_belt": ("belt not known", "الحزام غير معروف"),
    "other_gov": ("other governorates", "محافظات أخرى"),
    "count": ("incidents", "عدد الحوادث"),
    "month": ("month", "الشهر"),
    "undated": (
        "{n} incidents without a date are not counted.",
        "لا تُحتسب {n} حوادث بلا تاريخ.",
    ),
    "no_incidents_chart": (
        "No incidents: there is nothing to chart.",
        "لا توجد حوادث: لا يوجد ما يُرسم.",
    ),
    "gaps": LAYER_NAMES["gaps"],
    "gaps_note": (
        "Stretches of the belt's centreline farther than {radius:g} km from every joint "
        "coordination centre; km along the centreline from its western (Syrian) end.",
        "أجزاء خط وسط الحزام الأبعد من {radius:g} كم عن كل مراكز التنسيق المشتركة؛ "
        "المسافة بالكيلومتر على خط الوسط من طرفه الغربي (السوري).",
    ),
    "no_gaps": ("No coverage gap: every stretch is covered.", "لا توجد فجوات تغطية."),
    "no_gaps_layer": (
        "Coverage gaps not computed (no belt or no coordination centres).",
        "لم تُحسب فجوات التغطية (لا يوجد حزام أو مراكز تنسيق).",
    ),
    "gap": ("Gap", "الفجوة"),
    "gaps_figure": (
        "Coverage gaps along the belt's centreline (numbered as in the table)",
        "فجوات التغطية على خط وسط الحزام (مرقمة كما في الجدول)",
    ),
    "centreline": LAYER_NAMES["centreline"],  # one wording in every output
    "centres": LAYER_NAMES["centres"],
    "coverage": ("Centre coverage ({radius:g} km)", "تغطية المركز ({radius:g} كم)"),
    "easting": ("Easting, km (EPSG:32638)", "الإحداثي الشرقي، كم (EPSG:32638)"),
    "northing": ("Northing, km (EPSG:32638)", "الإحداثي الشمالي، كم (EPSG:32638)"),
    "governorate": ("Governorate", "المحافظة"),
    "from_km": ("From km", "من كم"),
    "to_km": ("To km", "إلى كم"),
    "length_km": ("Length km", "الطول كم"),
    "nearest_centre": ("Nearest centre", "أقرب مركز"),
    "centre_km": ("Centre km", "بُعد المركز كم"),
    "unknown": ("unknown", "غير معروف"),
    "nearest": ("Incidents nearest each gap", "الحوادث الأقرب إلى كل فجوة"),
    "nearest_note": (
        "The {k} incidents nearest each gap; distance from the incident to the nearest point "
        "of the gap.",
        "أقرب {k} حوادث إلى كل فجوة؛ المسافة من الحادثة إلى أقرب نقطة من الفجوة.",
    ),
    "coarse": (
        "{n} incidents located only to the country are not ranked.",
        "لم تُرتّب {n} حوادث موقعها معروف على مستوى البلد فقط.",
    ),
    "no_incidents_nearest": (
        "No incidents: there are none to list near the gaps.",
        "لا توجد حوادث لإدراجها قرب الفجوات.",
    ),
    "no_gaps_nearest": (
        "No coverage gap, so no incidents near one.",
        "لا توجد فجوات تغطية، ولا حوادث قربها.",
    ),
    "event": ("Event", "الحادثة"),
    "date": ("Date", "التاريخ"),
    "type": ("Type", "النوع"),
    "location": ("Location", "الموقع"),
    "fatalities": ("Fatalities", "القتلى"),
    "distance_km": ("Distance km", "المسافة كم"),
    "precision": ("Precision", "الدقة"),
    "sources": ("Sources", "المصادر"),
    "centre_sources": ("Coordination centres, per site", "مراكز التنسيق، لكل موقع"),
    "disputed_sources": ("Disputed territories, per unit", "المناطق المتنازع عليها، لكل وحدة"),
    "incident_file": ("Incidents file", "ملف الحوادث"),
    "incident_sources": ("Incidents listed above", "الحوادث المدرجة أعلاه"),
    "missing": ("Left out", "ما تُرك"),
    "crs": ("Coordinate reference systems", "أنظمة الإحداثيات"),
    "crs_map": (
        "Map: drawn in WGS 84 / UTM zone 38N (EPSG:32638); the scale bar is true in that CRS.",
        "الخريطة: مرسومة بنظام WGS 84 / UTM zone 38N (EPSG:32638)؛ مقياس الرسم صحيح فيه.",
    ),
    "crs_gaps": (
        "Coverage gaps: computed and drawn in EPSG:32638 (km along the centreline, grid length).",
        "فجوات التغطية: محسوبة ومرسومة بنظام EPSG:32638 (كم على خط الوسط، طول الشبكة).",
    ),
    "crs_distances": (
        "Distances (nearest centre, nearest incidents): nearest point found in EPSG:32638, "
        "distance measured on the WGS 84 ellipsoid.",
        "المسافات (أقرب مركز، أقرب الحوادث): أقرب نقطة في EPSG:32638، والمسافة على مجسم WGS 84.",
    ),
    "crs_inputs": (
        "Inputs: stored in WGS 84 longitude/latitude (EPSG:4326).",
        "المدخلات: مخزنة بإحداثيات WGS 84 (EPSG:4326).",
    ),
    "crs_chart": ("Chart: counts, no CRS.", "الرسم البياني: أعداد، بلا نظام إحداثيات."),
    "made_with": ("Made with geo_disputed.", "أُعدّ باستخدام geo_disputed."),
}


def _word(key: str, lang: str, **values: Any) -> str:
    en, ar = WORDS[key]
    return (ar if lang == "ar" else en).format(**values)


# --- what a briefing holds ---------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A table of text cells: column headings, rows, and which columns are numbers."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[bool, ...]


@dataclass
class Section:
    """One part of the briefing: a heading, then a figure, a table and notes (any of them)."""

    key: str
    heading: str
    figure: Figure | None = None
    table: Table | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Briefing:
    """What :func:`briefing` composed, for :func:`write_briefing_pdf` and
    :func:`write_briefing_html`. Text is stored unshaped (the PDF writer shapes Arabic for
    matplotlib; browsers shape it themselves).

    Attributes
    ----------
    lang : str
        ``"en"`` or ``"ar"``.
    title, period : str
        The title and the incidents' date range.
    sections : list of Section
        ``map``, ``chart``, ``gaps``, ``nearest``, ``sources``, ``crs``, in that order.
    font : str or None
        The font family with Arabic glyphs used for ``"ar"``.
    """

    lang: str
    title: str
    period: str
    sections: list[Section]
    font: str | None = None

    def section(self, key: str) -> Section:
        """The section named ``key`` (``KeyError`` naming the sections if there is none)."""
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(f"no section {key!r}; the sections are {[s.key for s in self.sections]}")


# --- composing -----------------------------------------------------------------------------


def briefing(layers: Layers, *, lang: str = "en", dpi: float = 200) -> Briefing:
    """Compose the briefing of ``layers``.

    Parameters
    ----------
    layers
        What to brief on (:func:`geo_disputed.layers.load_layers`); every layer is optional
        and a missing one is said, not drawn empty.
    lang
        ``"en"`` or ``"ar"`` (Arabic labels, shaped for matplotlib; the HTML is
        right-to-left).
    dpi
        Resolution the map is simplified for (:func:`~geo_disputed.render.static.static_map`).

    Returns
    -------
    Briefing
        Sections ``map``, ``chart``, ``gaps``, ``nearest``, ``sources``, ``crs``.

    Raises
    ------
    GeoDisputedError
        For an unknown ``lang``, or ``"ar"`` when no installed font has Arabic glyphs.
    """
    import matplotlib

    if lang not in LANGS:
        raise GeoDisputedError(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
    font = None
    rc = dict(_RC)
    if lang == "ar":
        font = find_arabic_font()
        if font is None:
            raise GeoDisputedError(
                "--lang ar: no installed font has Arabic glyphs; install one, e.g. "
                "`apt-get install fonts-noto-core`"
            )
        rc["font.family"] = [font, "DejaVu Sans"]
    incidents = _incidents(layers)
    en, ar = style_title(layers.disputed is not None and len(layers.disputed) > 0)
    title = f"{_word('briefing', lang)}: {ar if lang == 'ar' else en}"
    gaps, gap_rows = _gap_table(layers, lang)
    with matplotlib.rc_context(rc):
        if gap_rows:
            gaps.figure = _gap_figure(layers, gap_rows, lang)
        sections = [
            Section(
                "map",
                _word("map", lang),
                figure=static_map(layers, lang=lang, size=PAGE, dpi=dpi),
                notes=[_word("map_note", lang), _word("crs_map", lang)],
            ),
            _chart_section(incidents, layers, lang),
            gaps,
            _nearest_section(incidents, layers, gap_rows, lang),
        ]
    sections.append(_sources_section(layers, sections[3], incidents, lang))
    sections.append(
        Section(
            "crs",
            _word("crs", lang),
            notes=[
                _word(k, lang)
                for k in ("crs_map", "crs_chart", "crs_gaps", "crs_distances", "crs_inputs")
            ],
        )
    )
    return Briefing(lang, title, _period(incidents, lang), sections, font)


def _incidents(layers: Layers) -> gpd.GeoDataFrame | None:
    """The incidents with a point, with ``in_belt`` (computed here when the layers were not
    enriched and a belt is known), or None when there are none."""
    import pandas as pd

    frame = layers.incidents
    if frame is None or not len(frame):
        return None
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    if not len(frame):
        return None
    if "in_belt" not in frame and layers.belt is not None:
        from geo_disputed.incidents.query import in_belt

        frame = in_belt(frame, layers.belt)
        flag = frame["in_belt"].astype("boolean")
        if "admin_precision" in frame:  # located only to the country: unknown, as enrich says
            flag = flag.mask(pd.to_numeric(frame["admin_precision"]).eq(0).fillna(False))
        frame = frame.assign(in_belt=flag)
    return frame


def _dates(frame: gpd.GeoDataFrame) -> pd.Series:
    """The incidents' dates as naive datetimes (UTC for zoned ones); NaT when unknown."""
    import pandas as pd

    if "date" not in frame:
        return pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    dates = pd.to_datetime(frame["date"], errors="coerce")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_convert("UTC").dt.tz_localize(None)
    return dates


def _period(incidents: gpd.GeoDataFrame | None, lang: str) -> str:
    if incidents is None:
        return _word("no_period", lang)
    dates = _dates(incidents).dropna()
    if not len(dates):
        return _word("no_period", lang)
    return _word("period", lang, start=f"{dates.min():%Y-%m-%d}", end=f"{dates.max():%Y-%m-%d}")


def _names(layers: Layers, lang: str) -> dict[str, str]:
    """English governorate name -> its name in ``lang`` (from the boundaries)."""
    units = layers.boundaries
    if lang != "ar" or units is None or "name_ar" not in units:
        return {}
    gov = units[units["level"] == 1]
    return {
        str(en): str(ar)
        for en, ar in zip(gov["name_en"], gov["name_ar"], strict=True)
        if isinstance(ar, str) and ar.strip()
    }


def _text(value: Any, unknown: str) -> str:
    """A cell: the value as text, or ``unknown`` for a missing one (never 0 or "nan")."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return unknown
    text = str(value).strip()
    return text or unknown


def _number(value: Any) -> float | None:
    """A finite float, or None for a missing or non-finite value."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _km(value: float) -> str:
    return f"{value:,.1f}"


def _chart_section(incidents: gpd.GeoDataFrame | None, layers: Layers, lang: str) -> Section:
    """Incidents per month inside/outside the belt and by governorate (stacked bars)."""
    section = Section("chart", _word("chart", lang))
    if incidents is None:
        section.notes.append(_word("no_incidents_chart", lang))
        return section
    dates = _dates(incidents)
    undated = int(dates.isna().sum())
    if undated:
        section.notes.append(_word("undated", lang, n=undated))
    dated = incidents[dates.notna()]
    if not len(dated):
        section.notes.insert(0, _word("no_incidents_chart", lang))
        return section
    section.figure = _chart(dated, dates[dates.notna()], layers, lang)
    return section


def _chart(incidents: gpd.GeoDataFrame, dates: pd.Series, layers: Layers, lang: str) -> Figure:
    import numpy as np
    import pandas as pd
    from matplotlib.figure import Figure

    def say(text: str) -> str:
        return shape_arabic(text)

    months = dates.dt.to_period("M")
    span = pd.period_range(months.min(), months.max(), freq="M")
    unknown = _word("unknown", lang)
    if "in_belt" in incidents:
        flag = incidents["in_belt"].astype("boolean")
        status = pd.Series(
            np.where(flag.isna(), "unknown", np.where(flag.fillna(False), "in", "out")),
            index=incidents.index,
            dtype=object,
        )
        belt_keys = [
            ("in", "in_belt", COLORS["belt"]),
            ("out", "outside", "#9e9e9e"),
            ("unknown", "belt_unknown", "#dddddd"),
        ]
    else:
        status = pd.Series(["none"] * len(incidents), index=incidents.index, dtype=object)
        belt_keys = [("none", "no_belt", "#9e9e9e")]
    names = _names(layers, lang)
    gov = (
        incidents["admin1"].astype(object).map(lambda v: _text(v, ""))
        if "admin1" in incidents
        else pd.Series("", index=incidents.index)
    )
    counts = gov[gov != ""].value_counts()
    top = sorted(counts.index, key=lambda g: (-counts[g], g))[:CHART_GOVERNORATES]
    other = _word("other_gov", lang)
    gov = gov.map(lambda g: g if g in top else (other if g else unknown))
    gov_keys = [
        *top,
        *([other] if (gov == other).any() else []),
        *([unknown] if (gov == unknown).any() else []),
    ]

    figure = Figure(figsize=PAGE)
    axes = figure.subplots(2, 1, sharex=True)
    x = np.arange(len(span))
    ticks = x[:: max(1, math.ceil(len(span) / 12))]
    for ax, series, keys, heading in (
        (axes[0], status, [(k, _word(w, lang), c) for k, w, c in belt_keys], "chart_belt"),
        (
            axes[1],
            gov,
            [
                (
                    g,
                    names.get(g, g),
                    PALETTE[i % len(PALETTE)]
                    if g not in (other, unknown)
                    else ("#9e9e9e" if g == other else "#dddddd"),
                )
                for i, g in enumerate(gov_keys)
            ],
            "chart_gov",
        ),
    ):
        table = pd.crosstab(months, series).reindex(index=span, fill_value=0)
        bottom = np.zeros(len(span))
        for key, label, colour in keys:
            values = table[key].to_numpy(dtype=float) if key in table else np.zeros(len(span))
            if not values.any():
                continue
            ax.bar(
                x,
                values,
                bottom=bottom,
                color=colour,
                edgecolor="white",
                linewidth=0.3,
                label=say(f"{label} ({int(values.sum())})"),
                width=0.85,
            )
            bottom += values
        ax.set_title(
            say(_word(heading, lang)),
            loc="right" if lang == "ar" else "left",
            fontsize=11,
            color=INK,
        )
        ax.set_ylabel(say(_word("count", lang)), color=MUTED)
        ax.legend(loc="upper left", fontsize=7, frameon=False, ncols=2)
        ax.spines[["top", "right"]].set_visible(False)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(0, max(1.0, float(bottom.max())) * 1.25)
    axes[1].set_xticks(ticks, [str(span[i]) for i in ticks], rotation=45, ha="right", fontsize=7)
    axes[1].set_xlabel(say(_word("month", lang)), color=MUTED)
    figure.suptitle(say(_word("chart", lang)), fontsize=14, fontweight="bold", color=INK)
    figure.subplots_adjust(left=0.07, right=0.97, top=0.9, bottom=0.14, hspace=0.3)
    return figure


@dataclass(frozen=True)
class _Gap:
    number: int
    geometry: Any  # shapely line, EPSG:32638


def _gap_table(layers: Layers, lang: str) -> tuple[Section, list[_Gap]]:
    """The coverage-gap section and the gaps it lists, numbered along the centreline."""
    section = Section("gaps", _word("gaps", lang))
    gaps = layers.gaps
    if gaps is None:
        section.notes.append(_word("no_gaps_layer", lang))
        return section, []
    section.notes.append(_word("gaps_note", lang, radius=layers.radius_km))
    gaps = gaps.to_crs(METRIC)
    gaps = gaps[gaps.geometry.notna() & ~gaps.geometry.is_empty]
    if "start_km" in gaps:
        gaps = gaps.sort_values("start_km", kind="stable")
    if not len(gaps):
        section.notes.append(_word("no_gaps", lang))
        return section, []
    unknown = _word("unknown", lang)
    governorates = _governorates(layers, lang)
    centres = _centres(layers, lang)
    rows, listed = [], []
    for number, (_, gap) in enumerate(gaps.iterrows(), start=1):
        line = gap.geometry
        start, end = _number(gap.get("start_km")), _number(gap.get("end_km"))
        length = _number(gap.get("length_km"))
        if length is None:
            length = line.length / 1000
        name, km = _nearest_centre(line, centres)
        rows.append(
            (
                str(number),
                _crossed(line, governorates) or unknown,
                _km(start) if start is not None else unknown,
                _km(end) if end is not None else unknown,
                _km(length),
                name or unknown,
                _km(km) if km is not None else unknown,
            )
        )
        listed.append(_Gap(number, line))
    keys = ("gap", "governorate", "from_km", "to_km", "length_km", "nearest_centre", "centre_km")
    section.table = Table(
        tuple(_word(k, lang) for k in keys),
        tuple(rows),
        (True, False, True, True, True, False, True),
    )
    return section, listed


def _gap_figure(layers: Layers, gaps: list[_Gap], lang: str) -> Figure:
    """The numbered gaps on the belt's centreline, with the centres and their coverage
    circles and the governorate outlines, drawn in EPSG:32638 (the static map has no gaps)."""
    import shapely
    from matplotlib.figure import Figure

    figure = Figure(figsize=PAGE)
    ax = figure.add_axes((0.06, 0.1, 0.9, 0.78))
    lines = shapely.union_all([g.geometry for g in gaps])
    belt = layers.belt
    if belt is not None:
        lines = shapely.union_all([lines, belt.centreline])
    minx, miny, maxx, maxy = lines.bounds
    pad = 0.08 * max(maxx - minx, maxy - miny, 1000.0)
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half_w, half_h = (maxx - minx) / 2 + pad, (maxy - miny) / 2 + pad
    aspect = (0.9 * PAGE[0]) / (0.78 * PAGE[1])  # of the axes: grow the view to fill them
    half_w, half_h = max(half_w, half_h * aspect), max(half_h, half_w / aspect)
    view = (cx - half_w, cy - half_h, cx + half_w, cy + half_h)
    governorates = _governorates(layers, lang)
    if governorates is not None:
        for geom in shapely.clip_by_rect(governorates.geometry.values, *view):
            for ring in shapely.get_parts(shapely.boundary(geom)):
                xy = shapely.get_coordinates(ring)
                if len(xy) > 1:
                    ax.plot(xy[:, 0], xy[:, 1], color="#bbbbbb", linewidth=0.6, zorder=1)
    if belt is not None:
        for part in shapely.get_parts(belt.centreline):
            xy = shapely.get_coordinates(part)
            ax.plot(
                xy[:, 0],
                xy[:, 1],
                color=COLORS["centreline"],
                linewidth=1.0,
                zorder=2,
                label=shape_arabic(_word("centreline", lang)),
            )
    label = shape_arabic(_word("gaps", lang))
    for gap in gaps:
        for part in shapely.get_parts(gap.geometry):
            xy = shapely.get_coordinates(part)
            ax.plot(
                xy[:, 0],
                xy[:, 1],
                color=COLORS["gaps"],
                linewidth=4,
                zorder=3,
                solid_capstyle="butt",
                label=label,
            )
            label = "_"  # one legend entry
        mid = gap.geometry.interpolate(0.5, normalized=True)
        ax.annotate(
            str(gap.number),
            (mid.x, mid.y),
            xytext=(0, 9),
            textcoords="offset points",
            ha="center",
            fontsize=11,
            fontweight="bold",
            color=COLORS["gaps"],
            zorder=5,
        )
    centres = _centres(layers, lang)
    if centres is not None:
        radius = layers.radius_km * 1000
        for i, (name, point) in enumerate(zip(centres["label"], centres.geometry, strict=True)):
            circle = shapely.get_coordinates(point.buffer(radius, quad_segs=32).exterior)
            ax.plot(
                circle[:, 0],
                circle[:, 1],
                color=COLORS["centres"],
                linewidth=0.6,
                linestyle="--",
                zorder=2,
                label=shape_arabic(_word("coverage", lang, radius=layers.radius_km))
                if i == 0
                else "_",
            )
            ax.plot(
                [point.x],
                [point.y],
                "o",
                color=COLORS["centres"],
                markersize=4,
                zorder=4,
                label=shape_arabic(_word("centres", lang)) if i == 0 else "_",
            )
            if view[0] <= point.x <= view[2] and view[1] <= point.y <= view[3]:
                ax.annotate(
                    shape_arabic(name),
                    (point.x, point.y),
                    xytext=(4, -10),
                    textcoords="offset points",
                    fontsize=6.5,
                    color=COLORS["centres"],
                    zorder=5,
                )
    ax.set_xlim(view[0], view[2])
    ax.set_ylim(view[1], view[3])
    ax.set_aspect("equal", adjustable="box")
    ax.xaxis.set_major_formatter(lambda v, _: f"{v / 1000:,.0f}")
    ax.yaxis.set_major_formatter(lambda v, _: f"{v / 1000:,.0f}")
    ax.tick_params(labelsize=7, colors=MUTED)
    ax.set_xlabel(shape_arabic(_word("easting", lang)), color=MUTED, fontsize=8)
    ax.set_ylabel(shape_arabic(_word("northing", lang)), color=MUTED, fontsize=8)
    ax.legend(loc="upper right", fontsize=7, frameon=False)
    figure.suptitle(
        shape_arabic(_word("gaps_figure", lang)), fontsize=14, fontweight="bold", color=INK
    )
    return figure


def _governorates(layers: Layers, lang: str) -> gpd.GeoDataFrame | None:
    """Governorate polygons in EPSG:32638 with a ``label`` column in ``lang``: the
    boundaries' level 1, else the belt's pieces when they are split by governorate (one
    polygon per governorate: its pieces of every support merged)."""
    names = _names(layers, lang)
    units = layers.boundaries
    if units is not None and (units["level"] == 1).any():
        gov = units[units["level"] == 1].to_crs(METRIC)
        return gov.assign(label=[names.get(str(n), str(n)) for n in gov["name_en"]])
    belt = layers.belt
    if belt is not None and "admin1" in belt.pieces:
        pieces = belt.pieces[belt.pieces["admin1"].map(lambda v: bool(_text(v, "")))]
        if len(pieces):
            pieces = pieces[["admin1", "geometry"]].to_crs(METRIC)
            pieces = pieces.dissolve("admin1", sort=False).reset_index()
            return pieces.assign(label=[names.get(str(n), str(n)) for n in pieces["admin1"]])
    return None


def _crossed(line: Any, governorates: gpd.GeoDataFrame | None) -> str:
    """The governorates a gap crosses, in order along it (``" / "``-joined), or ``""``."""
    if governorates is None:
        return ""
    found: list[tuple[float, str]] = []
    for label, geom in zip(governorates["label"], governorates.geometry, strict=True):
        part = line.intersection(geom)
        if part.length > 1.0:  # metres: a touch at a boundary is not a crossing
            found.append((line.project(part.representative_point()), label))
    return " / ".join(label for _, label in sorted(found))


def _centres(layers: Layers, lang: str) -> gpd.GeoDataFrame | None:
    centres = layers.centres
    if centres is None or not len(centres):
        return None
    centres = centres[centres.geometry.notna() & ~centres.geometry.is_empty].to_crs(METRIC)
    en = centres["name_en"] if "name_en" in centres else centres.index.astype(str)
    labels = [str(e) for e in en]
    if lang == "ar" and "name_ar" in centres:
        labels = [_text(a, e) for a, e in zip(centres["name_ar"], labels, strict=True)]
    return centres.assign(label=labels)


def _ground_km(a: Any, b: Any) -> float:
    """The distance on the WGS 84 ellipsoid between the nearest points of ``a`` and ``b``
    (EPSG:32638 geometries), in km."""
    import numpy as np
    import shapely
    from pyproj import Transformer

    ends = shapely.get_coordinates(shapely.shortest_line(a, b))
    lon, lat = Transformer.from_crs(METRIC, GEOGRAPHIC, always_xy=True).transform(
        ends[:, 0], ends[:, 1]
    )
    return float(np.asarray(geodesic_km(lon[0], lat[0], lon[1], lat[1], exact=True)))


def _nearest_centre(line: Any, centres: gpd.GeoDataFrame | None) -> tuple[str, float | None]:
    if centres is None or not len(centres):
        return "", None
    grid = centres.geometry.distance(line).to_numpy()
    best = int(grid.argmin())
    return str(centres["label"].iloc[best]), _ground_km(line, centres.geometry.iloc[best])


def _nearest_section(
    incidents: gpd.GeoDataFrame | None, layers: Layers, gaps: list[_Gap], lang: str
) -> Section:
    """The :data:`NEAREST_PER_GAP` incidents nearest each gap."""
    import pandas as pd

    section = Section("nearest", _word("nearest", lang))
    if incidents is None:
        section.notes.append(_word("no_incidents_nearest", lang))
        return section
    if not gaps:
        section.notes.append(_word("no_gaps_nearest", lang))
        return section
    section.notes.append(_word("nearest_note", lang, k=NEAREST_PER_GAP))
    if "admin_precision" in incidents:
        coarse = pd.to_numeric(incidents["admin_precision"]).eq(0).fillna(False).to_numpy()
        if coarse.any():
            section.notes.append(_word("coarse", lang, n=int(coarse.sum())))
            incidents = incidents[~coarse]
    if not len(incidents):
        return section
    points = incidents.to_crs(METRIC)
    ids = (
        points["event_id"].astype(str).to_numpy()
        if "event_id" in points
        else points.index.astype(str).to_numpy()
    )
    dates = _dates(points)
    unknown = _word("unknown", lang)
    precision = {k: v[1] if lang == "ar" else v[0] for k, v in GEO_PRECISION.items()}
    rows = []
    for gap in gaps:
        grid = points.geometry.distance(gap.geometry).to_numpy()
        order = sorted(range(len(grid)), key=lambda i: (grid[i], ids[i]))[:NEAREST_PER_GAP]
        for i in order:
            row = points.iloc[i]
            fatalities = row.get("fatalities")
            level = row.get("geo_precision")
            rows.append(
                (
                    str(gap.number),
                    ids[i],
                    f"{dates.iloc[i]:%Y-%m-%d}" if pd.notna(dates.iloc[i]) else unknown,
                    _event_type(row.get("event_type"), lang, unknown),
                    _text(row.get("location"), unknown),
                    unknown
                    if fatalities is None or pd.isna(fatalities)
                    else f"{int(fatalities):,}",
                    _km(_ground_km(row.geometry, gap.geometry)),
                    precision.get(int(level), str(level))
                    if level is not None and pd.notna(level)
                    else unknown,
                )
            )
    keys = ("gap", "event", "date", "type", "location", "fatalities", "distance_km", "precision")
    section.table = Table(
        tuple(_word(k, lang) for k in keys),
        tuple(rows),
        (True, False, False, False, False, True, True, False),
    )
    return section


def _event_type(value: Any, lang: str, unknown: str) -> str:
    from geo_disputed.render.style import EVENT_TYPES

    text = _text(value, unknown)
    if lang == "ar" and text in EVENT_TYPES:
        return EVENT_TYPES[text][1]
    return text


def _split(sources: Any) -> list[str]:
    """The `` ; ``-separated citations of a ``source`` cell."""
    return [s.strip() for s in str(sources).split(" ; ") if s.strip()]


def _sources_section(
    layers: Layers, nearest: Section, incidents: gpd.GeoDataFrame | None, lang: str
) -> Section:
    """Every layer's citation, the sources of each centre and disputed unit, the incidents
    file and the sources of the incidents listed."""
    section = Section("sources", _word("sources", lang))
    notes = section.notes
    notes.extend(layers.sources().values())
    if "boundaries" not in layers.sources():
        notes.insert(0, layers.boundaries_source)
    centres = layers.centres
    if centres is not None and len(centres) and "source" in centres:
        labels = _centres(layers, lang)
        names = labels["label"] if labels is not None else centres.index.astype(str)
        for name, source in zip(names, centres["source"], strict=False):
            cited = "; ".join(_split(source)) or _word("unknown", lang)
            notes.append(f"{_word('centre_sources', lang)}: {name}: {cited}")
    disputed = layers.disputed
    if disputed is not None and len(disputed) and "source" in disputed:
        units = sorted({s for cell in disputed["source"].dropna() for s in _split(cell)})
        notes.append(f"{_word('disputed_sources', lang)} ({len(disputed)}): {'; '.join(units)}")
    read = layers.incidents_read
    if read is not None:
        notes.append(f"{_word('incident_file', lang)}: {Path(read.path).name} ({read.summary()})")
    if nearest.table is not None and incidents is not None and "event_id" in incidents:
        listed = sorted({row[1] for row in nearest.table.rows})
        frame = incidents.assign(_id=incidents["event_id"].astype(str))
        frame = frame[frame["_id"].isin(listed)].sort_values("_id", kind="stable")
        for _, row in frame.iterrows():
            parts = [
                _text(row.get("source"), ""),
                *(_split(row.get("source_url")) if _text(row.get("source_url"), "") else []),
            ]
            cited = "; ".join(p for p in parts if p) or _word("unknown", lang)
            notes.append(f"{_word('incident_sources', lang)}: {row['_id']}: {cited}")
    for missing in layers.missing:
        notes.append(f"{_word('missing', lang)}: {missing}")
    notes.append(_word("made_with", lang))
    return section


# --- the PDF -------------------------------------------------------------------------------


def write_briefing_pdf(brief: Briefing, path: str | os.PathLike[str]) -> int:
    """Write the briefing as a PDF, atomically and reproducibly (no timestamps).

    Page 1 is the static map, then the chart (when there are incidents dated), the gaps
    drawn on the centreline (when there are gaps), then the text pages: the gap table, the
    nearest incidents, the sources and the CRS of every figure.

    Returns
    -------
    int
        The number of pages written.
    """
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages

    path = Path(path)
    rc = dict(_RC)
    if brief.font is not None:
        rc["font.family"] = [brief.font, "DejaVu Sans"]
    pages = 0
    with (
        matplotlib.rc_context(rc),
        atomic_path(path) as tmp,
        PdfPages(tmp, metadata=_PDF_METADATA) as pdf,
    ):
        for figure in _pdf_figures(brief):
            pdf.savefig(figure)
            pages += 1
    settings.logger.info("wrote %s (%d pages, map in %s)", path, pages, METRIC)
    return pages


def _pdf_figures(brief: Briefing) -> Iterator[Figure]:
    for section in brief.sections:
        if section.figure is not None:
            yield section.figure
    yield from _TextPages(brief).pages()


class _TextPages:
    """The briefing's headings, tables and notes laid out on A4 landscape pages."""

    SIZE = 8.0  # points
    LINE = 1.45  # line height, in font sizes
    MARGIN = 0.55  # inches

    def __init__(self, brief: Briefing) -> None:
        self.brief = brief
        self.rtl = brief.lang == "ar"
        self.done: list[Figure] = []
        self.figure: Figure | None = None
        self.y = 0.0
        self.usable = PAGE[0] - 2 * self.MARGIN
        self.chars = int(self.usable * 72 / (self.SIZE * 0.55))
        from matplotlib.backends.backend_agg import RendererAgg
        from matplotlib.font_manager import FontProperties

        self.renderer = RendererAgg(10, 10, 72)
        self.fonts = {w: FontProperties(size=self.SIZE, weight=w) for w in ("normal", "bold")}

    def measure(self, text: str, weight: str = "normal") -> float:
        """The width of ``text`` in the body font, in inches."""
        width = self.renderer.get_text_width_height_descent(
            shape_arabic(text), self.fonts[weight], ismath=False
        )[0]
        return float(width) / 72

    def wrap(self, text: str, chars: int, width: float) -> list[str]:
        """``text`` wrapped to ``chars`` characters, and any line wider than ``width`` inches
        (long URLs, wide letters) wrapped again to fit."""
        lines = []
        for line in textwrap.wrap(text, max(4, chars)) or [""]:
            measured = self.measure(line)
            if measured > width:
                lines.extend(self.wrap(line, int(len(line) * width / measured) - 1, width))
            else:
                lines.append(line)
        return lines

    def pages(self) -> list[Figure]:
        for section in self.brief.sections:
            if section.key == "map" or (section.key == "chart" and section.figure is not None):
                continue
            self.heading(section.heading)
            if section.table is not None:
                self.table(section.table)
            for note in section.notes:
                self.paragraph(note)
            self.y -= self.SIZE * self.LINE / 72
        return self.done

    def new_page(self) -> None:
        from matplotlib.figure import Figure

        figure = Figure(figsize=PAGE)
        self.done.append(figure)
        self.figure = figure
        self.y = PAGE[1] - self.MARGIN
        self.text(self.MARGIN, f"{self.brief.title} · {self.brief.period}", size=7, color=MUTED)
        self.y -= 2 * 7 * self.LINE / 72

    def room(self, inches: float) -> None:
        if self.figure is None or self.y - inches < self.MARGIN:
            self.new_page()

    def text(
        self, x: float, line: str, *, size: float | None = None, right: bool = False, **style: Any
    ) -> None:
        """Draw ``line`` at ``x`` inches from the reading-start edge (mirrored for RTL)."""
        assert self.figure is not None
        size = size or self.SIZE
        edge = (PAGE[0] - x) if self.rtl else x
        ha = "right" if self.rtl != right else "left"
        self.figure.text(
            edge / PAGE[0],
            self.y / PAGE[1],
            shape_arabic(line),
            ha=ha,
            va="top",
            fontsize=size,
            color=style.pop("color", INK),
            **style,
        )

    def heading(self, heading: str) -> None:
        self.room(6 * self.SIZE * self.LINE / 72)
        self.text(self.MARGIN, heading, size=12, fontweight="bold")
        self.y -= 12 * self.LINE / 72

    def paragraph(self, text: str) -> None:
        for line in self.wrap(text, self.chars, self.usable):
            self.room(self.SIZE * self.LINE / 72)
            self.text(self.MARGIN, line, color=MUTED)
            self.y -= self.SIZE * self.LINE / 72

    def table(self, table: Table) -> None:
        """Draw ``table``: columns as wide as their widest cell (measured in the font),
        the widest narrowed and its cells wrapped when the table is wider than the page."""
        measure = self.measure
        gap = 0.15  # inches between columns
        columns = list(zip(table.columns, *table.rows, strict=True))
        natural = [
            max(measure(column[0], "bold"), *(measure(c) for c in column[1:])) for column in columns
        ]
        chars = [max(len(c) for c in column) for column in columns]
        widths = list(natural)
        usable = PAGE[0] - 2 * self.MARGIN - gap * (len(widths) - 1)
        while sum(widths) > usable:  # narrow the widest column until the table fits
            widest = max(range(len(widths)), key=lambda i: widths[i])
            widths[widest] *= 0.95
        wrap = [
            max(4, int(n * w / max(nat, 1e-9)))
            for n, w, nat in zip(chars, widths, natural, strict=True)
        ]
        starts = [self.MARGIN + sum(widths[:i]) + gap * i for i in range(len(widths))]
        line = self.SIZE * self.LINE / 72

        def draw(cells: Sequence[str], weight: str = "normal") -> None:
            wrapped = [
                self.wrap(c, n, w) if measure(c, weight) > w else [c]
                for c, n, w in zip(cells, wrap, widths, strict=True)
            ]
            height = max(len(w) for w in wrapped) * line
            self.room(height)
            top = self.y
            for start, width, lines, numeric in zip(
                starts, widths, wrapped, table.numeric, strict=True
            ):
                self.y = top
                for text in lines:
                    x = start + width if numeric else start
                    self.text(x, text, right=numeric, fontweight=weight)
                    self.y -= line
            self.y = top - height

        draw(table.columns, "bold")
        for row in table.rows:
            draw(row)
        self.y -= line / 2


# --- the HTML ------------------------------------------------------------------------------

_CSS = """
body { font-family: "Noto Naskh Arabic", "Noto Sans", "DejaVu Sans", sans-serif;
       color: #222; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
.period { color: #555; margin-top: 0; }
img { max-width: 100%; height: auto; border: 1px solid #ddd; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25rem 0.6rem; text-align: start;
         vertical-align: top; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
.note { color: #555; font-size: 0.9rem; }
ul.sources { font-size: 0.85rem; color: #444; overflow-wrap: anywhere; }
""".strip()


def write_briefing_html(brief: Briefing, path: str | os.PathLike[str]) -> Path:
    """Write the briefing as one self-contained HTML file, atomically and reproducibly.

    Figures are embedded as PNG (``data:`` URIs, :data:`HTML_DPI` dpi), tables are HTML
    tables, and every string, from the data or not, is escaped with :func:`html.escape`;
    there is no script. Arabic briefings are ``lang="ar" dir="rtl"``.
    """
    return write_text_atomic(path, briefing_html(brief))


def briefing_html(brief: Briefing) -> str:
    """The HTML text :func:`write_briefing_html` writes."""
    esc = html.escape
    lang = brief.lang
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src data:; style-src 'unsafe-inline'\">",
        f"<title>{esc(brief.title)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        f"<h1>{esc(brief.title)}</h1>",
        f'<p class="period">{esc(brief.period)}</p>',
    ]
    for section in brief.sections:
        out.append(f'<section id="{esc(section.key)}">')
        out.append(f"<h2>{esc(section.heading)}</h2>")
        if section.figure is not None:
            data = base64.b64encode(_png(section.figure, brief)).decode("ascii")
            out.append(f'<img alt="{esc(section.heading)}" src="data:image/png;base64,{data}">')
        if section.table is not None:
            out.append(_html_table(section.table))
        if section.key == "sources":
            out.append('<ul class="sources">')
            out.extend(f"<li>{esc(note)}</li>" for note in section.notes)
            out.append("</ul>")
        else:
            out.extend(f'<p class="note">{esc(note)}</p>' for note in section.notes)
        out.append("</section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def _html_table(table: Table) -> str:
    esc = html.escape

    def cells(tag: str, values: Sequence[str]) -> str:
        return "".join(
            f'<{tag} class="num">{esc(v)}</{tag}>' if numeric else f"<{tag}>{esc(v)}</{tag}>"
            for v, numeric in zip(values, table.numeric, strict=True)
        )

    body = "\n".join(f"<tr>{cells('td', row)}</tr>" for row in table.rows)
    return (
        f"<table>\n<thead><tr>{cells('th', table.columns)}</tr></thead>\n"
        f"<tbody>\n{body}\n</tbody>\n</table>"
    )


def _png(figure: Figure, brief: Briefing) -> bytes:
    """The figure as PNG bytes, without a software or time stamp."""
    import matplotlib

    rc = dict(_RC)
    if brief.font is not None:
        rc["font.family"] = [brief.font, "DejaVu Sans"]
    buffer = io.BytesIO()
    with matplotlib.rc_context(rc):
        figure.savefig(buffer, format="png", dpi=HTML_DPI, metadata={"Software": None})
    return buffer.getvalue()
