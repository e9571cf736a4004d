"""How the maps look and what they say: every colour, bilingual label, title and attribution.

The interactive map (:mod:`geo_disputed.render.interactive`) and the static map
(:mod:`geo_disputed.render.static`) both read this module, so a layer has one colour and one
name in both, and a dataset is cited the same way everywhere. Labels are ``(english,
arabic)`` pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

#: The colour of each layer on both maps (lines and, lighter, fills).
COLORS = {
    "belt": "#e6550d",
    "centreline": "#a50f15",
    "gaps": "#d6006f",
    "disputed": "#6a51a3",
    "kurdistan": "#238b45",
    "countries": "#6b6b6b",
    "governorates": "#4d4d4d",
    "districts": "#8c8c8c",
    "centres": "#08519c",
    "places": "#b8860b",
    "hotspots": "#00798c",
    "news": "#b2182b",  # rings, so that coded news reads apart from the incident dots
}
#: Fills of the static map: the Kurdistan Region, Iraq's land, what lies outside, neighbours.
FILLS = {
    "kurdistan": "#d9f0d3",
    "land": "#fbfbf7",
    "outside": "#e4e7ea",
    "neighbours": "#f1f1ec",
}
#: Text and outline ink, and the lighter greys of secondary text.
INK = "#222222"
MUTED = "#555555"
#: The static map colours the belt by governorate, west to east, starting with the belt's.
BELT_PIECES = (COLORS["belt"], "#b2182b", "#f4a582", "#8c510a", "#d6604d", "#fdb863", "#67001f")


def belt_piece_colors(admin1: Sequence[str], west: Sequence[float]) -> dict[str, str]:
    """The colour of each belt governorate in every output: :data:`BELT_PIECES` in order
    from west to east (``west``: each piece's western edge, any CRS whose x grows east)."""
    edge: dict[str, float] = {}
    for name, x in zip(admin1, west, strict=True):
        edge[name] = min(x, edge.get(name, x))
    order = sorted(edge, key=lambda name: (edge[name], name))
    return {name: BELT_PIECES[i % len(BELT_PIECES)] for i, name in enumerate(order)}


#: ACLED's event types with fixed colours and Arabic names; other types get PALETTE colours.
EVENT_TYPES = {
    "Battles": ("#c0392b", "معارك"),
    "Explosions/Remote violence": ("#e67e22", "انفجارات/عنف عن بعد"),
    "Violence against civilians": ("#8e44ad", "عنف ضد المدنيين"),
    "Protests": ("#2980b9", "احتجاجات"),
    "Riots": ("#16a085", "أعمال شغب"),
    "Strategic developments": ("#7f8c8d", "تطورات استراتيجية"),
}
PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d")


def event_colors(types: Sequence[str]) -> list[str]:
    """The colour of each event type, in the order given: ACLED's types have fixed colours,
    the others take :data:`PALETTE` colours in the alphabetical order of their names, so
    the same set of types gets the same colours whatever order it comes in.

    >>> event_colors(["Shelling", "Battles", "Airstrike"])
    ['#d95f02', '#c0392b', '#1b9e77']
    """
    others = sorted({str(t) for t in types if t not in EVENT_TYPES})
    rank = {t: i for i, t in enumerate(others)}
    return [
        EVENT_TYPES[t][0] if t in EVENT_TYPES else PALETTE[rank[str(t)] % len(PALETTE)]
        for t in types
    ]


#: Layer names, in the order of the interactive map's layer control.
LAYER_NAMES: dict[str, tuple[str, str]] = {
    "belt": ("Security-vacuum belt (by governorate)", "حزام الفراغ الأمني (حسب المحافظة)"),
    "centreline": ("Belt centreline (where its length is measured)", "خط وسط الحزام (لقياس طوله)"),
    "gaps": ("Coverage gaps", "فجوات التغطية"),
    "disputed": (
        "Disputed territories (Article 140, UNAMI 2009)",
        "المناطق المتنازع عليها (المادة 140، يونامي 2009)",
    ),
    "kurdistan": ("Kurdistan Region", "إقليم كردستان"),
    "countries": ("Iraq and neighbouring countries", "العراق والدول المجاورة"),
    "governorates": ("Governorates", "المحافظات"),
    "districts": ("Districts", "الأقضية"),
    "incidents": ("Incidents", "الحوادث"),
    "heat": ("Incident density (heat map)", "كثافة الحوادث"),
    "news": ("Events reported in the news", "أحداث وردت في الأخبار"),
    "centres": ("Joint coordination centres", "مراكز التنسيق الأمني المشتركة"),
    "places": ("Places named in the article", "أماكن مذكورة في المقال"),
}  # fmt: skip
#: Other words the maps print.
LABELS: dict[str, tuple[str, str]] = {
    "incidents_by_type": ("Incidents by type", "الحوادث حسب النوع"),
    "fatalities": ("Fatalities", "عدد القتلى"),
    "legend": ("Legend", "مفتاح الخريطة"),
    "km": ("km", "كم"),
    "whole_belt": ("whole belt (not split by governorate)", "الحزام كاملاً (غير مقسّم حسب المحافظة)"),
    "north": ("N", "ش"),
    "iraq": ("Iraq", "العراق"),
    "belt_support": ("Supported by", "يستند إلى"),
    "belt_hotspots": ("Named hotspots", "البؤر المسمّاة"),
    "medial_line": ("medial line", "الخط الأوسط"),
    "centre_line": ("centreline", "خط الوسط"),
    "depth": ("depth", "العمق"),
    "width": ("width", "العرض"),
    "at_hotspots": ("at named hotspots", "عند البؤر المسمّاة"),
    "hotspot_units": ("Units of named hotspots", "وحدات البؤر المسمّاة"),
    "hotspot_points": ("Named hotspots with a location", "بؤر مسمّاة محددة الموقع"),
    "big_towns": ("GeoNames towns of {n:,}+ people", "بلدات GeoNames التي يسكنها {n:,} فأكثر"),
    "methods_title": (
        "The security-vacuum belt by construction method",
        "حزام الفراغ الأمني حسب طريقة البناء",
    ),
    "built_as": ("built as {method}: no governorates", "بُني بطريقة {method}: لا محافظات"),
}  # fmt: skip
#: The belt's construction methods (geo_disputed.geo.belt.METHODS), as figures title them.
BELT_METHODS: dict[str, tuple[str, str]] = {
    "vacuum": (
        "vacuum: the federal side of the Kurdistan Region's edge",
        "الفراغ: الجانب الاتحادي من حافة إقليم كردستان",
    ),
    "corridor": (
        "corridor: along sourced contact-line places",
        "الممر: على امتداد أماكن خط التماس الواردة في المصادر",
    ),
    "frontier": (
        "frontier: both sides of the Kurdistan Region's edge",
        "الحافة: جانبا حافة إقليم كردستان",
    ),
}
#: What supports each part of the belt (geo_disputed.geo.belt.SUPPORTS), in every output.
BELT_SUPPORT: dict[str, tuple[str, str]] = {
    "hotspot": ("a named security-vacuum hotspot", "بؤرة فراغ أمني مسمّاة"),
    "frontier": (
        "the Kurdistan Region's edge, to the sourced depth",
        "حافة إقليم كردستان بالعمق الوارد في المصادر",
    ),
    "interpolation": (
        "interpolation between sourced places", "الاستيفاء بين أماكن واردة في المصادر"
    ),
}  # fmt: skip


class SupportStyle(NamedTuple):
    """How one support of the belt is drawn over its governorate's colour."""

    opacity: float  #: the interactive map's fill opacity (static maps fill every part alike)
    dash: str  #: the interactive map's outline dashes ("" solid)
    hatch: str | None  #: the static maps' hatch (None: none)


#: How each support is drawn on every map (geo_disputed.geo.belt.SUPPORTS).
BELT_SUPPORT_STYLE: dict[str, SupportStyle] = {
    "hotspot": SupportStyle(0.6, "", "xxxx"),
    "frontier": SupportStyle(0.35, "", None),
    "interpolation": SupportStyle(0.15, "5 4", "...."),
}

#: The title, and the title when the disputed territories are not drawn (no districts).
TITLE = (
    "Iraq: the security-vacuum belt and the disputed territories",
    "العراق: حزام الفراغ الأمني والمناطق المتنازع عليها",
)
TITLE_BELT = ("Iraq: the security-vacuum belt", "العراق: حزام الفراغ الأمني")


def title(disputed_drawn: bool) -> tuple[str, str]:
    """The title of a map: it names the disputed territories only when they are drawn."""
    return TITLE if disputed_drawn else TITLE_BELT


#: ACLED ``geo_precision`` codes.
GEO_PRECISION = {
    1: ("exact location", "موقع دقيق"),
    2: ("near the location / part of a region", "قرب الموقع"),
    3: ("provincial capital / larger region", "منطقة أوسع"),
}

#: How each layer's data is cited where no dataset-specific citation is known.
SOURCES = {
    "disputed": "Disputed territories: units of UNAMI's Disputed Internal Boundaries reports "
    "(2009)",
    "incidents": "Incidents: sources per incident",
    "news": "Reported in the news: events coded by geo_disputed from the articles read "
    "(sources and evidence sentence per event)",
    "centres": "Coordination centres: geo_disputed curated data (sources per site)",
    "places": "Places: geo_disputed gazetteer (source per place)",
}
#: How the belt is cited, by construction method (geo_disputed.geo.belt.METHODS).
BELT_SOURCES = {
    "vacuum": "Belt: geo_disputed model, the federal side of the Kurdistan Region's edge to "
    "the officials' depth (data/belt_depths.csv), shaped by sourced hotspots "
    "(data/vacuum_hotspots.csv), towns cut out (approximate; EPSG:32638)",
    "corridor": "Belt: geo_disputed model, a corridor along sourced contact-line places "
    "(approximate; EPSG:32638)",
    "frontier": "Belt: geo_disputed model, a buffer of the Kurdistan Region's edge against the "
    "disputed territories (approximate; EPSG:32638)",
}
OSM_ATTRIBUTION = "© OpenStreetMap contributors (ODbL)"
