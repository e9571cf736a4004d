"""Interactive Folium maps of the disputed territories, the belt, incidents and places.

:func:`build_map` returns a :class:`folium.Map` (so it renders in Jupyter) whose layers are
named, toggleable groups in a fixed order (:data:`LAYERS`). Data never reaches the page as
HTML or JavaScript source: each layer's attributes travel as one JSON document (with ``<``,
``>`` and ``&`` escaped) inside a ``<script type="application/json">`` element, and a small
client script (:mod:`geo_disputed.render.page`) builds tooltips, popups, labels and the
legend with DOM text nodes when they are needed. Incidents travel as binary columns beside
the JSON (:func:`_incidents_payload`): coordinates as int32 of 1e-5 degree, days as int32,
strings dictionary-encoded as 1-4 byte codes into tables, all little-endian byte planes in
base64 (deflated when compressed), which the browser turns into typed arrays without parsing
a value per row; notes and ids are a block of their own (:func:`_text_field`: notes as word
codes of one to three bytes into a table of words, ids as a prefix code and a number), decoded
only when a popup first needs one, so the map draws before any text is decoded (a million
incidents: see the README's Benchmarks). Popups are made on click.

Coordinates on the page are EPSG:4326 rounded to 1e-5 degree (about 1 m); polygons are
simplified in UTM 38N (EPSG:32638) by ``simplify_m`` metres for display only. Coverage
circles are geodesic (pyproj ``Geod``).
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from geo_disputed import assets as map_assets
from geo_disputed import crs, settings
from geo_disputed.crs import GEOGRAPHIC, METRIC
from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import write_text_atomic
from geo_disputed.render.layers import Layers
from geo_disputed.render.page import ClientAssets, MapData
from geo_disputed.render.style import (
    BELT_SUPPORT,
    BELT_SUPPORT_STYLE,
    COLORS,
    EVENT_TYPES,
    GEO_PRECISION,
    LABELS,
    LAYER_NAMES,
    OSM_ATTRIBUTION,
    belt_piece_colors,
    event_colors,
)
from geo_disputed.render.style import title as style_title
from geo_disputed.text.normalize import fold_tables

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

    from geo_disputed.text.gazetteer import Gazetteer


@dataclass(frozen=True)
class LayerSpec:
    """One overlay of the map: its key (its names are :data:`~geo_disputed.render.style.LAYER_NAMES`
    of it) and whether it is shown on opening."""

    key: str
    show: bool = True

    @property
    def names(self) -> tuple[str, str]:
        """English and Arabic names."""
        return LAYER_NAMES[self.key]


#: The overlays, in the order of the layer control.
LAYERS: tuple[LayerSpec, ...] = tuple(
    LayerSpec(key, show=key not in ("districts", "heat")) for key in LAYER_NAMES
)
LAYER_KEYS = tuple(spec.key for spec in LAYERS)

BASEMAPS = {
    "osm": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", OSM_ATTRIBUTION),
    "plain": (None, ""),
}

#: Data larger than this (characters of JSON) is stored compressed unless told otherwise.
COMPRESS_ABOVE = 256_000

_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\x00-\x1f]+$", re.IGNORECASE)
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}  # fmt: skip


def build_map(
    layers: Layers,
    *,
    lang: str = "en",
    basemap: str | None = None,
    self_contained: bool = False,
    title: tuple[str, str] | None = None,
    subtitle: str | None = None,
    note_chars: int = 200,
    simplify_m: float = 100.0,
    sources: Mapping[str, str] | None = None,
    compress: bool | None = None,
    hotspots: gpd.GeoDataFrame | None = None,
) -> folium.Map:
    """Build the interactive map of ``layers``.

    A layer appears in the layer control only when ``layers`` holds it: governorates and
    districts (levels 1 and 2 of ``layers.boundaries``, labelled; level 0 feeds the
    minimap), the belt by governorate and its centreline, the coverage gaps, the disputed
    territories, the Kurdistan Region, Iraq and its neighbours, the incidents (and their
    heat map), the coordination centres with coverage circles of ``layers.radius_km``
    (geodesic), and the places named in the article (each distinct place drawn once, with
    the surface forms found in the text).

    Parameters
    ----------
    layers
        What to draw (:func:`geo_disputed.layers.load_layers`, or a
        :class:`~geo_disputed.render.layers.Layers` of your own frames; any CRS).
    lang : {"en", "ar"}
        Language of the layer names, labels and popups; the legend and title are always
        bilingual.
    basemap : {"osm", "plain"}, optional
        OpenStreetMap tiles, or a plain background that needs no network (the default of a
        ``self_contained`` map; ``"osm"`` otherwise). On the plain background the map draws
        its own reference: Iraq and its neighbours labelled, and the gazetteer's towns of
        :data:`TOWN_MIN_POPULATION` or more (bigger towns from lower zooms, :data:`TOWN_ZOOMS`); the
        minimap is vector outlines. No tile is requested unless tiles are asked for.
    self_contained
        Inline every script, stylesheet and image so the file works offline: the pinned
        assets of :mod:`geo_disputed.assets`, fetched into the cache first when missing (from
        their CDN, else the npm registry; an error says so when neither can be reached).
    title, subtitle
        Title panel text: ``(english, arabic)`` (default
        :func:`geo_disputed.render.style.title` of what is drawn) and the line below it
        (default :meth:`Layers.subtitle`).
    note_chars
        Incident notes longer than this are cut (with "…") in popups; 0 leaves notes out.
    simplify_m
        Display simplification of polygons and lines, in metres (UTM 38N); 0 disables it.
    sources
        Attribution text per layer, overriding :meth:`Layers.sources` (keys ``boundaries``,
        ``countries``, ``belt``, ``disputed``, ``incidents``, ``centres``, ``places``).
    compress
        Store the data (the JSON and the incidents' binary blocks) deflated and
        base64-encoded (decoded by the browser's ``DecompressionStream``: Chrome 80,
        Firefox 113, Safari 16.4 or later); uncompressed, the blocks are plain base64.
        ``None`` compresses data larger than :data:`COMPRESS_ABOVE` characters (or bytes).
    hotspots
        Where the belt tooltip's hotspot names come from, by ``id``
        (:func:`geo_disputed.geo.sites.load_hotspots`; read from ``data/vacuum_hotspots.csv``
        when the belt names hotspots and none is given). An id not in it is shown as is.

    Returns
    -------
    folium.Map
        Save it with :func:`save_map` (atomic) or ``m.save()``.
    """
    import folium
    import geopandas as gpd

    if lang not in ("en", "ar"):
        raise GeoDisputedError(f"lang must be 'en' or 'ar', not {lang!r}")
    if basemap is None:
        basemap = "plain" if self_contained else "osm"
    if basemap not in BASEMAPS:
        raise GeoDisputedError(f"basemap must be one of {sorted(BASEMAPS)}, not {basemap!r}")
    if self_contained:
        map_assets.ensure_cached()

    boundaries, belt, incidents = layers.boundaries, layers.belt, layers.incidents
    disputed, countries = layers.disputed, layers.countries
    cited = layers.sources()  # only the layers drawn are cited
    cited.update({k: v for k, v in (sources or {}).items() if k in cited})
    data: dict[str, Any] = {}
    blocks: dict[str, bytes] = {}  # binary columns, stored beside the JSON (MapData)
    if boundaries is not None:
        for level, key in ((1, "governorates"), (2, "districts")):
            part = boundaries[boundaries["level"] == level]
            if len(part):
                data[key] = _admin_payload(part, simplify_m)
    if countries is not None and len(countries):
        data["countries"] = _admin_payload(countries, simplify_m)
    if belt is not None and len(belt.pieces):
        data["belt"] = _belt_payload(belt.pieces, simplify_m, hotspots)
        line = gpd.GeoSeries([belt.centreline], crs=belt.crs)
        data["centreline"] = _lines_payload(line, simplify_m, [belt.length_km])
    if layers.gaps is not None and len(layers.gaps):
        data["gaps"] = _lines_payload(layers.gaps, simplify_m, layers.gaps["length_km"])
    if disputed is not None and len(disputed):
        data["disputed"] = _disputed_payload(disputed, boundaries, simplify_m)
    if layers.kurdistan is not None and len(layers.kurdistan):
        data["kurdistan"] = {"g": _geometries(layers.kurdistan.boundary, simplify_m)}
    if incidents is not None and len(incidents):
        data["incidents"], incident_blocks = _incidents_payload(incidents, note_chars)
        blocks.update(incident_blocks)
        data["heat"] = True
    if layers.news is not None and len(layers.news):
        data["news"] = _news_payload(layers.news, note_chars)
    if layers.centres is not None and len(layers.centres):
        data["centres"] = _centres_payload(layers.centres, layers.radius_km)
    if layers.places:
        data["places"] = _places_payload(layers.places)
    attribution = [text for text in cited.values() if text]

    tiles, tiles_attribution = BASEMAPS[basemap]
    if tiles_attribution:
        attribution.append(tiles_attribution)
    m = folium.Map(location=[34.5, 44.0], zoom_start=6, tiles=None, control_scale=True)
    m.options.update(maxZoom=18, minZoom=4)
    m.default_js, m.default_css = [], []
    if tiles:
        folium.TileLayer(tiles, attr=tiles_attribution, name="OpenStreetMap", control=False,
                         max_zoom=18).add_to(m)  # fmt: skip
    groups: dict[str, Any] = {}
    for spec in LAYERS:
        if spec.key in data:
            en, ar = spec.names
            name = en if lang == "en" else f'<span dir="rtl" lang="ar">{html.escape(ar)}</span>'
            groups[spec.key] = folium.FeatureGroup(name=name, show=spec.show).add_to(m)
    folium.LayerControl(collapsed=False, position="topright").add_to(m)
    bounds = _bounds(belt.pieces if belt is not None else None, disputed, boundaries, incidents)
    gazetteer, extent = _map_gazetteer(boundaries), _extent(bounds)
    towns = None if tiles else _towns_payload(gazetteer, extent)

    payload = {
        "lang": lang,
        "layers": data,
        "names": {s.key: list(s.names) for s in LAYERS if s.key in data},
        "colors": COLORS,
        "title": list(title or style_title("disputed" in data)),
        "subtitle": layers.subtitle() if subtitle is None else subtitle,
        "attribution": attribution,
        "tiles": tiles,
        "minimap": _minimap_payload(boundaries, countries),
        "search": _search_records(data, lang, gazetteer, extent),
        "fold": fold_tables(),  # the browser folds what is typed as name_key folds names
        "towns": towns,
        "precision": {str(k): list(v) for k, v in GEO_PRECISION.items()},
        "view": bounds,  # fitted at once by the client: an animated fit would end after "ready"
    }
    # the document's <title>: the map title, its language first (branca does not escape it)
    heading = payload["title"] if lang == "en" else payload["title"][::-1]
    cast("Any", m.get_root()).title = html.escape(" · ".join(t for t in heading if t))
    ClientAssets(self_contained=self_contained).add_to(m)
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if compress is None:
        compress = len(text) + sum(len(b) for b in blocks.values()) > COMPRESS_ABOVE
    if not compress:
        text = script_safe(text)
    MapData(text, {k: g.get_name() for k, g in groups.items()}, compress, blocks).add_to(m)
    return m


def script_safe(text: str) -> str:
    """JSON ``text`` made safe inside a ``<script>`` element (``<>&``, U+2028/9 escaped)."""
    for char, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escaped)
    return text


def map_html(m: folium.Map) -> str:
    """Render the map to a complete HTML document."""
    return m.get_root().render()


def save_map(m: folium.Map, path: str | os.PathLike[str]) -> Path:
    """Write the map's HTML (UTF-8) to ``path`` atomically and return the path."""
    return write_text_atomic(path, map_html(m))


def write_map(layers: Layers, path: str | os.PathLike[str], **options: Any) -> Path:
    """Build the map of ``layers`` (``options`` as for :func:`build_map`) and save it
    atomically; return the path."""
    return save_map(build_map(layers, **options), path)


# --------------------------------------------------------------------------- payloads


def _to_wgs84(frame: Any) -> Any:
    if frame.crs is None:
        raise GeoDisputedError("a map layer has no CRS; set one (e.g. EPSG:4326) first")
    return frame.to_crs(GEOGRAPHIC)


def _geometries(geoms: Any, simplify_m: float) -> list[Any]:
    """GeoJSON geometry dicts, simplified in UTM 38N and rounded to 1e-5 degree."""
    import numpy as np
    import shapely

    if geoms.crs is None:
        raise GeoDisputedError("a map layer has no CRS; set one (e.g. EPSG:4326) first")
    arr = geoms.to_crs(METRIC).values if simplify_m else geoms.to_crs(GEOGRAPHIC).values
    arr = np.asarray(arr, dtype=object)
    if simplify_m:
        polygonal = all(g is not None and g.geom_type in ("Polygon", "MultiPolygon") for g in arr)
        try:
            arr = shapely.coverage_simplify(arr, simplify_m) if polygonal else None
        except shapely.errors.GEOSException:
            arr = None
        if arr is None:
            arr = shapely.simplify(geoms.to_crs(METRIC).values, simplify_m,
                                   preserve_topology=True)  # fmt: skip
        import geopandas as gpd

        arr = gpd.GeoSeries(arr, crs=METRIC).to_crs(GEOGRAPHIC).values
    arr = shapely.transform(np.asarray(arr, dtype=object), lambda c: np.round(c, 5))
    return [json.loads(s) if s is not None else None for s in shapely.to_geojson(arr)]


def _text(values: Any) -> list[str]:
    """Column as a list of strings ('' for missing; dates as YYYY-MM-DD)."""
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(values):
        return [("" if pd.isna(v) else v.strftime("%Y-%m-%d")) for v in values]
    return [("" if pd.isna(v) else str(v)) for v in values]


def _column(frame: Any, *names: str) -> list[str]:
    for name in names:
        if name in frame.columns:
            return _text(frame[name])
    return [""] * len(frame)


def _numbers(values: Any, digits: int = 1) -> list[float | None]:
    import pandas as pd

    return [None if pd.isna(v) else round(float(v), digits) for v in values]


def _safe_urls(text: str) -> tuple[str, int]:
    """Keep the plain http(s) URLs of ``"url ; url"`` (drops ``javascript:`` and the like).

    Returns the kept URLs joined by ``" ; "`` and the number of parts dropped.
    """
    parts = [p.strip() for p in text.split(";") if p.strip()]
    kept = [p for p in parts if _SAFE_URL.match(p)]
    return " ; ".join(kept), len(parts) - len(kept)


def _label_points(frame: Any) -> list[list[float]]:
    import shapely

    pts = shapely.point_on_surface(_to_wgs84(frame).geometry.values)
    return [[round(p.y, 5), round(p.x, 5)] for p in pts]


def _admin_payload(part: Any, simplify_m: float) -> dict[str, Any]:
    return {
        "g": _geometries(part.geometry, simplify_m),
        "name_en": _column(part, "name_en"),
        "name_ar": _column(part, "name_ar"),
        "admin1": _column(part, "admin1"),
        "pcode": _column(part, "pcode"),
        "pt": _label_points(part),
    }


def _belt_payload(belt: Any, simplify_m: float, hotspots: Any = None) -> dict[str, Any]:
    """The belt's pieces: geometry, governorate and its colour, support and the hotspots
    there (ids per piece; names, styles and words once, in ``spots``/``styles``/``words``)."""
    from geo_disputed.curated import split_names

    admin1 = _column(belt, "admin1", "name_en")
    colors = belt_piece_colors(admin1, list(belt.geometry.bounds["minx"]))
    support = _column(belt, "support")
    ids = [split_names(cell) for cell in _column(belt, "hotspots")]
    named = sorted({i for row in ids for i in row})
    spots: dict[str, list[str]] = {}
    if named:
        if hotspots is None:
            from geo_disputed.geo.sites import load_hotspots

            hotspots = load_hotspots()
        names = {
            str(i): [en, ar]
            for i, en, ar in zip(
                hotspots["id"], _column(hotspots, "name_en"), _column(hotspots, "name_ar"),
                strict=True,
            )
        }  # fmt: skip
        spots = {i: names.get(i, [i, ""]) for i in named}  # an unknown id shows as itself
    used = [s for s in BELT_SUPPORT if s in support]
    return {
        "g": _geometries(belt.geometry, simplify_m),
        "admin1": admin1,
        "color": [colors[name] for name in admin1],  # as on the static map
        "area": _numbers(belt.get("area_km2", [None] * len(belt))),
        "length": _numbers(belt.get("length_km", [None] * len(belt))),
        "support": support,
        "hot": ids,
        "spots": spots,
        "styles": {s: [BELT_SUPPORT_STYLE[s].opacity, BELT_SUPPORT_STYLE[s].dash] for s in used},
        "words": {
            **{s: list(BELT_SUPPORT[s]) for s in used},
            "support": list(LABELS["belt_support"]),
            "hotspots": list(LABELS["belt_hotspots"]),
        },
    }


def _lines_payload(lines: Any, simplify_m: float, lengths: Any) -> dict[str, Any]:
    geoms = lines.geometry if hasattr(lines, "geometry") else lines
    return {"g": _geometries(geoms, simplify_m), "length": _numbers(lengths)}


def _disputed_payload(disputed: Any, boundaries: Any, simplify_m: float) -> dict[str, Any]:
    names_ar = _column(disputed, "name_ar")
    if boundaries is not None and not any(names_ar) and "boundary_pcode" in disputed:
        lookup = dict(zip(boundaries["pcode"], _text(boundaries["name_ar"]), strict=True))
        names_ar = [lookup.get(p, "") for p in disputed["boundary_pcode"]]
    return {
        "g": _geometries(disputed.geometry, simplify_m),
        "name_en": _column(disputed, "unit_name", "name_en", "boundary_name"),
        "name_ar": names_ar,
        "admin1": _column(disputed, "admin1", "governorate"),
        "level": _column(disputed, "level"),
        "listed_by": _column(disputed, "listed_by"),
        "source": _column(disputed, "source"),
        "note": _column(disputed, "note", "notes"),
        "area": _numbers(disputed.get("area_km2", [None] * len(disputed))),
    }


def _codes(values: Any) -> tuple[Any, list[str]]:
    """Dictionary-encode a column: integer codes (numpy) and the table of distinct strings
    (missing values are ``""``), in order of first appearance."""
    import pandas as pd

    series = pd.Series(values)
    if series.isna().any():
        series = series.astype(object).where(series.notna(), "")
    codes, uniques = pd.factorize(series, sort=False)
    return codes, [str(u) for u in uniques]


#: Incident columns of per-row text (rarely repeated, shown only in popups): they travel in a
#: block of their own that the browser decodes when a popup first needs one.
INCIDENT_TEXT = (("notes", "notes"), ("id", "event_id"))
#: Dictionary-encoded incident columns: payload key and frame column.
INCIDENT_CODES = (
    ("type", "event_type"), ("sub", "sub_event_type"), ("loc", "location"),
    ("admin1", "admin1"), ("actor1", "actor1"), ("actor2", "actor2"),
    ("fat", "fatalities"), ("prec", "geo_precision"), ("src", "source"),
)  # fmt: skip
#: The day stored for an incident without a date (int32's minimum).
NO_DAY = -(2**31)


def _code_kind(size: int) -> str:
    """The smallest unsigned kind (``u1``, ``u2``, ``u4``) holding ``0 .. size - 1``."""
    return "u1" if size <= 1 << 8 else "u2" if size <= 1 << 16 else "u4"


def _planes(values: Any, kind: str) -> bytes:
    """``values`` as little-endian ``kind`` (``i4``, ``u1``, ``u2``, ``u4``), stored as byte
    planes (every value's first byte, then every second byte, ...): the high bytes, nearly
    constant, then deflate to almost nothing."""
    import numpy as np

    arr = np.asarray(values).astype(np.dtype(kind).newbyteorder("<"), copy=False)
    if arr.itemsize == 1:
        return arr.tobytes()
    unsigned = arr.view(f"<u{arr.itemsize}")
    return b"".join((unsigned >> (8 * b)).astype(np.uint8).tobytes() for b in range(arr.itemsize))


def _text_array(values: Any) -> Any:
    """A column as a pyarrow ``large_string`` array, ``""`` for missing values (numbers and
    other values as ``str()`` writes them)."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    series = pd.Series(values)
    if pd.api.types.is_string_dtype(series.dtype) and not pd.api.types.is_object_dtype(series):
        arr = pa.array(series, type=pa.large_string(), from_pandas=True)
    else:  # objects, numbers, dates...: as the string tables show them
        filled = series.astype(object).where(series.notna(), "")
        arr = pa.array([str(v) for v in filled], type=pa.large_string())
    return pc.fill_null(arr, "") if arr.null_count else arr


def _cut(arr: Any, chars: int) -> Any:
    """Strings longer than ``chars`` characters cut to ``chars`` with "…" as the last."""
    import pyarrow as pa
    import pyarrow.compute as pc

    long = pc.greater(pc.utf8_length(arr), chars)
    if not pc.any(long).as_py():
        return arr
    text = pa.large_string()
    cut = pc.binary_join_element_wise(pc.utf8_slice_codeunits(arr, 0, chars - 1),
                                      pa.scalar("…", text), pa.scalar("", text))  # fmt: skip
    return pc.if_else(long, cut, arr)


def _utf8(arr: Any) -> tuple[Any, Any]:
    """A ``large_string`` array's UTF-8 byte lengths (numpy int64) and bytes, concatenated
    (a zero-copy ``pyarrow.Buffer``)."""
    import numpy as np
    import pyarrow as pa

    offsets = np.frombuffer(arr.buffers()[1], dtype=np.int64, count=len(arr) + 1,
                            offset=arr.offset * 8)  # fmt: skip
    data = arr.buffers()[2]
    start, end = int(offsets[0]), int(offsets[-1])
    raw = data.slice(start, end - start) if data is not None else pa.py_buffer(b"")
    return np.diff(offsets), raw


#: Most word codes the tiered bytes of :func:`_tiers` hold: all 256 lead bytes three-byte.
TIERED_MAX = 256 << 16
#: The pattern that splits a per-row value into a prefix and at most 9 trailing ASCII digits
#: (so the number fits int32); RE2 (pyarrow.compute), ``$`` only at the very end.
NUMBERED_RE = r"(?s)^(?P<prefix>.*?)(?P<digits>[0-9]{0,9})$"


def _tiers(size: int) -> tuple[int, int] | None:
    """The lead bytes of the word codes' tiers for a table of ``size`` words: ``(a1, a2)``,
    with ``a3 = 256 - a1 - a2`` (see :func:`_tiered`), or None beyond :data:`TIERED_MAX`.

    The fewest three-byte lead bytes that hold the table, then the most one-byte ones.
    """
    if size > TIERED_MAX:
        return None
    a3 = max(0, -(-(size - (1 << 16)) // ((1 << 16) - (1 << 8))))  # ceil: what 2 bytes miss
    top = (256 - a3) * 256 + a3 * 65536  # held with no one-byte code (a1 = 0)
    a1 = min(256 - a3, (top - size) // 255)  # each one-byte lead byte holds 255 fewer
    return a1, 256 - a3 - a1


def _tiered(rank: Any, index: Any, a1: int, a2: int) -> Any:
    """The codes ``rank[index]`` as one byte stream (a ``pyarrow.Buffer``): code ``< a1`` one
    byte; ``a1 <= code < a1 + a2 * 256`` two, ``(a1 + (c >> 8), c & 255)`` with ``c = code -
    a1``; above, three, ``(a1 + a2 + (c >> 16), (c >> 8) & 255, c & 255)`` with ``c = code -
    a1 - a2 * 256``. Made by taking every token's bytes from the table's (one gather in C++).
    """
    import numpy as np
    import pyarrow as pa

    code = np.asarray(rank, dtype=np.int64)
    two, three = code >= a1, code >= a1 + a2 * 256
    size = 1 + two.astype(np.int64) + three
    low, high = code - a1, code - a1 - a2 * 256
    lead = np.where(three, a1 + a2 + (high >> 16), np.where(two, a1 + (low >> 8), code))
    parts = np.stack([lead, np.where(three, high >> 8, low), high], axis=1) & 255
    letters = parts.astype(np.uint8)[np.arange(3) < size[:, None]]
    offsets = np.zeros(len(code) + 1, dtype=np.int64)
    np.cumsum(size, out=offsets[1:])
    table = pa.LargeBinaryArray.from_buffers(pa.large_binary(), len(code),
                                             [None, pa.py_buffer(offsets),
                                              pa.py_buffer(letters)])  # fmt: skip
    taken = table.take(pa.array(index))
    ends = np.frombuffer(taken.buffers()[1], dtype=np.int64, count=len(taken) + 1,
                         offset=taken.offset * 8)  # fmt: skip
    data = taken.buffers()[2]
    start, end = int(ends[0]), int(ends[-1])
    return data.slice(start, end - start) if data is not None else pa.py_buffer(b"")


def _numbered(key: str, arr: Any) -> tuple[list[Any], bytes] | None:
    """``[key, "numbered", code kind, length kind, prefixes]`` when the distinct prefixes are
    at most a quarter of the rows, else None: every row split into a prefix and its trailing
    ASCII digits (at most 9, :data:`NUMBERED_RE`); the prefix codes (first appearance order),
    the table of prefixes as a ``utf8`` column, every row's digit count (``u1``, 0 when none)
    and its number as int32 deltas from the previous row's (the first's from 0). A row is
    ``prefix + (width ? String(number).padStart(width, "0") : "")``, exactly; sequential ids
    cost almost nothing.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(arr)
    if n == 0:
        return None
    split = pc.extract_regex(arr, NUMBERED_RE)  # matches every string
    prefix = split.field("prefix").cast(pa.large_string())
    encoded = pc.dictionary_encode(prefix)
    if 4 * len(encoded.dictionary) > n:
        return None
    digits = split.field("digits")
    width = pc.utf8_length(digits)
    number = pc.cast(pc.if_else(pc.equal(width, 0), "0", digits), pa.int32()).to_numpy()
    delta = np.diff(number.astype(np.int64), prepend=0)  # |delta| < 10**9: an int32
    table = encoded.dictionary.cast(pa.large_string())
    length, letters = _utf8(table)
    kinds = (_code_kind(len(table)), _code_kind(int(length.max()) + 1))
    block = b"".join((_planes(encoded.indices.to_numpy(), kinds[0]), _planes(length, kinds[1]),
                      letters, _planes(width.to_numpy(), "u1"), _planes(delta, "i4")))  # fmt: skip
    return [key, "numbered", *kinds, len(table)], block


def _text_field(key: str, arr: Any, words: bool) -> tuple[list[Any], bytes]:
    """One text column of the incidents' text block: its field description and bytes.

    ``[key, "utf8", length kind]``: every row's UTF-8 byte length, then the bytes. Without
    ``words``, ``[key, "numbered", ...]`` first when it holds (:func:`_numbered`). With
    ``words`` (prose), ``[key, "words", count kind, code kind, length kind, tokens, words,
    a1, a2]``: the rows cut after every space into words (each keeps its space, so a row is
    its words joined with nothing, exactly), each row's number of words, each word's code
    into the table of distinct words (most frequent first) as tiered bytes (:func:`_tiered`:
    frequent words one byte, the rest two or three), then that table as a ``utf8`` column.
    Repeated words cost a code, not their letters again; a table beyond :data:`TIERED_MAX`
    words is stored ``utf8``.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    n = len(arr)
    numbered = None if words else _numbered(key, arr)
    if numbered is not None:
        return numbered
    size, raw = _utf8(arr)
    utf8_field = [key, "utf8", _code_kind(int(size.max()) + 1 if n else 1)]
    if not words:
        return utf8_field, b"".join((_planes(size, utf8_field[2]), raw))
    ends = np.cumsum(size)
    data = np.frombuffer(raw, dtype=np.uint8)
    first = np.zeros(len(data) + 1, dtype=bool)  # where a word starts: after a space, a row
    first[np.flatnonzero(data == 0x20) + 1] = True  # (UTF-8: 0x20 is only ever a space)
    first[ends - size] = True
    first[-1] = True  # and the end: the offsets of the words
    offsets = np.flatnonzero(first).astype(np.int64, copy=False)
    counts = np.diff(np.searchsorted(offsets[:-1], np.append(0, ends)))  # rows are contiguous
    tokens = pa.LargeStringArray.from_buffers(len(offsets) - 1, pa.py_buffer(offsets),
                                              raw)  # fmt: skip
    encoded = pc.dictionary_encode(tokens)
    tiers = _tiers(len(encoded.dictionary))
    if tiers is None:
        return utf8_field, b"".join((_planes(size, utf8_field[2]), raw))
    index = encoded.indices.to_numpy()
    order = np.argsort(-np.bincount(index, minlength=len(encoded.dictionary)), kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    table = encoded.dictionary.take(pa.array(order)).cast(pa.large_string())
    length, letters = _utf8(table)
    kinds = (_code_kind(int(counts.max()) + 1 if n else 1), _code_kind(len(table)),
             _code_kind(int(length.max()) + 1 if len(length) else 1))  # fmt: skip
    block = b"".join((_planes(counts, kinds[0]), _tiered(rank, index, *tiers),
                      _planes(length, kinds[2]), letters))  # fmt: skip
    return [key, "words", *kinds, len(index), len(table), *tiers], block


def _incidents_payload(incidents: Any, note_chars: int) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Column-wise incident data and its binary blocks (:func:`build_map` stores them).

    ``cols`` names the columns of block ``incidents-cols``, in order: ``lat``/``lon``
    (int32, 1e-5 degree), ``day`` (int32 days since 1970-01-01, :data:`NO_DAY` when
    undated) and the codes into each string table of :data:`INCIDENT_CODES` and ``url``
    (``[codes, table]`` in the payload; the codes are in the block). ``text`` names the
    per-row text columns of block ``incidents-text`` (:data:`INCIDENT_TEXT`; notes cut at
    ``note_chars``, left out when 0), one after another as :func:`_text_field` describes
    them (notes ``words``, ids ``numbered`` or ``utf8``). Every column of numbers is
    little-endian ``[name, kind]`` byte planes (:func:`_planes`).
    """
    import numpy as np
    import pandas as pd

    frame = _to_wgs84(incidents)
    n = len(frame)
    lat, lon = frame.geometry.y.to_numpy(), frame.geometry.x.to_numpy()
    missing = ~(np.isfinite(lat) & np.isfinite(lon))
    if missing.any():
        raise GeoDisputedError(
            f"{int(missing.sum())} incident(s) have no point to draw (first: row "
            f"{int(np.flatnonzero(missing)[0])}); drop them or give them coordinates"
        )
    columns: list[tuple[str, str, Any]] = [
        ("lat", "i4", np.round(lat * 1e5)),
        ("lon", "i4", np.round(lon * 1e5)),
    ]
    dates = (
        pd.to_datetime(frame["date"], errors="coerce")
        if "date" in frame
        else pd.Series(pd.NaT, index=frame.index)
    )
    day_dates = dates.to_numpy(dtype="datetime64[D]")
    valid = ~np.isnat(day_dates)
    days = np.where(valid, day_dates.astype(np.int64), NO_DAY)
    columns.append(("day", "i4", days))
    out: dict[str, Any] = {"n": n}
    if valid.any():
        out["range"] = [int(days[valid].min()), int(days[valid].max())]
    for key, col in INCIDENT_CODES:
        values = frame[col] if col in frame else pd.Series([""] * n, index=frame.index)
        codes, table = _codes(values)
        out[key] = [None, table]
        columns.append((key, _code_kind(len(table)), codes))
    urls = frame["source_url"] if "source_url" in frame else pd.Series([""] * n)
    codes, table = _codes(urls)
    checked = [_safe_urls(u) for u in table]
    dropped = sum(n for _, n in checked)
    if dropped:
        settings.logger.warning("%d distinct source URLs are not http(s) and are not linked",
                                dropped)  # fmt: skip
    out["url"] = [None, [u for u, _ in checked]]
    columns.append(("url", _code_kind(len(table)), codes))
    out["cols"] = [[key, kind] for key, kind, _ in columns]
    blocks = {"incidents-cols": b"".join(_planes(v, kind) for _, kind, v in columns)}

    fields, parts = [], []
    for key, col in INCIDENT_TEXT:
        if col not in frame or (key == "notes" and note_chars <= 0):
            continue
        arr = _text_array(frame[col])
        if key == "notes":
            arr = _cut(arr, note_chars)
        field, data = _text_field(key, arr, words=key == "notes")
        fields.append(field)
        parts.append(data)
    if fields:
        out["text"] = fields
        blocks["incidents-text"] = b"".join(parts)
    out["colors"] = event_colors(out["type"][1])
    out["types_ar"] = [EVENT_TYPES.get(name, ("", ""))[1] for name in out["type"][1]]
    return out, blocks


def _news_payload(news: Any, note_chars: int) -> dict[str, Any]:
    """Per event of the news layer, the popup's rows as text (the browser sets them as text,
    never as HTML): type, date, place, counts (``2`` or ``2-3``), actors, the evidence
    sentence (cut at ``note_chars``, 0: whole), reports, outlets, http(s) links, confidence,
    belt and nearest centre when enriched."""
    import pandas as pd

    frame = _to_wgs84(news)

    def text(name: str) -> list[str]:
        if name not in frame:
            return [""] * len(frame)
        values = frame[name].astype(object)
        return [str(v) if not pd.isna(v) else "" for v in values]

    def count(low: str, high: str) -> list[str]:
        out = []
        for a, b in zip(text(low), text(high), strict=True):
            out.append(f"{a}-{b}" if a and b and a != b else a)
        return out

    sentences = text("sentence")
    if note_chars > 0:
        sentences = [t if len(t) <= note_chars else t[: note_chars - 1] + "…" for t in sentences]
    urls = [_safe_urls(u) for u in text("source_url")]
    dropped = sum(n for _, n in urls)
    if dropped:
        settings.logger.warning("%d news source URLs are not http(s) and are not linked", dropped)
    dates = pd.to_datetime(frame["date"], errors="coerce")
    places = zip(text("location"), text("admin2"), text("admin1"), strict=True)
    where = [", ".join(dict.fromkeys(x for x in names if x)) for names in places]  # no repeats
    belt = ["yes" if v == "True" else "no" if v == "False" else "" for v in text("in_belt")]
    km = [f"{float(v):.1f} km" if v else "" for v in text("nearest_centre_km")]
    centre = [f"{c} ({k})" if c and k else c for c, k in zip(text("nearest_centre"), km,
                                                             strict=True)]  # fmt: skip
    return {
        "pt": [[round(p.y, 5), round(p.x, 5)] for p in frame.geometry],
        "type": text("event_type"),
        "sub": text("sub_event_type"),
        "date": ["" if pd.isna(d) else f"{d:%Y-%m-%d}" for d in dates],
        "loc": where,
        "fat": count("fatalities", "fatalities_high"),
        "wounded": count("wounded", "wounded_high"),
        "actors": [
            " / ".join(x for x in pair if x)
            for pair in zip(text("actor1"), text("actor2"), strict=True)
        ],
        "sentence": sentences,
        "trigger": text("trigger"),
        "reports": text("reports"),
        "outlets": [t.replace(";", " · ") for t in text("outlet")],
        "urls": [u for u, _ in urls],
        "confidence": text("confidence"),
        "belt": belt,
        "centre": centre,
    }


def _centres_payload(centres: Any, radius_km: float) -> dict[str, Any]:
    frame = _to_wgs84(centres)
    geod = crs.geod()
    circles = []
    for point in frame.geometry:
        lons, lats, _ = geod.fwd(
            [point.x] * 73, [point.y] * 73, [i * 5.0 for i in range(73)], [radius_km * 1000] * 73
        )
        circles.append([[round(y, 5), round(x, 5)] for x, y in zip(lons, lats, strict=True)])
    return {
        "pt": [[round(p.y, 5), round(p.x, 5)] for p in frame.geometry],
        "name_en": _column(frame, "name_en", "name"),
        "name_ar": _column(frame, "name_ar"),
        "opened": _column(frame, "opened_date", "opened", "date"),
        "agreed": _column(frame, "agreed_date"),
        "site": _column(frame, "site_as_reported", "site", "location"),
        "precision": _column(frame, "precision"),
        "position": _column(frame, "position_source"),
        "confidence": _column(frame, "confidence"),
        "note": _column(frame, "note", "notes"),
        "source": _column(frame, "source", "source_url"),
        "circle": circles,
        "radius_km": radius_km,
    }


def _places_payload(mentions: Sequence[Any]) -> dict[str, Any]:
    places: dict[tuple[str, float, float], dict[str, Any]] = {}
    for mention in mentions:
        c = mention.candidate
        if not (math.isfinite(c.lat) and math.isfinite(c.lon)):
            continue  # a place known only from its kind word: nowhere to draw it
        key = (c.name_en, round(c.lat, 5), round(c.lon, 5))
        place = places.setdefault(key, {
            "name_en": c.name_en, "name_ar": c.name_ar, "kind": c.kind,
            "admin1": getattr(c, "admin1", ""), "precision": getattr(c, "precision", ""),
            "source": getattr(c, "source", ""), "score": 0.0, "forms": [], "count": 0,
            "pt": [round(c.lat, 5), round(c.lon, 5)],
        })  # fmt: skip
        place["count"] += 1
        place["score"] = max(place["score"], round(float(mention.score), 2))
        if mention.text not in place["forms"]:
            place["forms"].append(mention.text)
    rows = list(places.values())
    return {key: [row[key] for row in rows] for key in rows[0]} if rows else {}


def _minimap_payload(boundaries: Any, countries: Any) -> Any:
    """Outlines for the minimap: the governorates, else Iraq and its neighbours."""
    part = boundaries[boundaries["level"] == 1] if boundaries is not None else None
    if part is None or part.empty:
        part = countries
    if part is None or part.empty:
        return None
    return _geometries(part.geometry, 2000.0)


#: Search: the zoom a pick flies to, and the bilingual word for each kind of entry.
SEARCH_KINDS: dict[str, tuple[str, str, int]] = {
    "country": ("country", "دولة", 6), "governorate": ("governorate", "محافظة", 8),
    "district": ("district", "قضاء", 10), "subdistrict": ("sub-district", "ناحية", 11),
    "region": ("region", "منطقة", 9), "city": ("city", "مدينة", 11),
    "town": ("town", "بلدة", 12), "village": ("village", "قرية", 13),
    "facility": ("facility", "منشأة", 13), "camp": ("camp", "مخيم", 13),
    "mountain": ("mountain", "جبل", 10), "border": ("border", "حدود", 8),
    "river": ("river", "نهر", 10), "valley": ("valley", "وادٍ", 11),
    "centre": ("centre", "مركز", 12), "place": ("place", "مكان", 12),
}  # fmt: skip
#: Gazetteer towns, cities and villages (GeoNames) this large or larger, or of unknown size,
#: inside the map's extent are searchable; curated places are, whatever their size.
SEARCH_MIN_POPULATION = 2_000
#: Gazetteer towns this large or larger (or GeoNames towns of unknown size, from the last
#: zoom of :data:`TOWN_ZOOMS`) inside the map's extent are drawn on maps without tiles, each
#: from the zoom of its size.
TOWN_MIN_POPULATION = 5_000
#: (population, first zoom it is drawn at), largest first: bigger towns at lower zoom.
TOWN_ZOOMS = ((500_000, 5), (100_000, 7), (20_000, 8), (0, 9))
#: Degrees added around the map's bounds for the towns and the search index.
EXTENT_MARGIN_DEG = 0.5


def _map_gazetteer(boundaries: Any) -> Gazetteer:
    """The gazetteer of the map's units, as :func:`geo_disputed.layers.load_layers` builds
    it (the bundled one when there are no units below the country)."""
    from geo_disputed.text.gazetteer import load_gazetteer

    units = boundaries is not None and bool((boundaries["level"] > 0).any())
    return load_gazetteer(boundaries if units else None)


def _extent(bounds: list[list[float]] | None) -> tuple[float, float, float, float]:
    """(min lon, min lat, max lon, max lat) of the map, widened by EXTENT_MARGIN_DEG."""
    if bounds is None:
        return crs.IRAQ_BBOX
    (s, w), (n, e) = bounds
    pad = EXTENT_MARGIN_DEG
    return w - pad, s - pad, e + pad, n + pad


def _inside(place: Any, extent: tuple[float, float, float, float]) -> bool:
    w, s, e, n = extent
    return math.isfinite(place.lat) and w <= place.lon <= e and s <= place.lat <= n


def _towns_payload(gazetteer: Gazetteer, extent: tuple[float, float, float, float]) -> Any:
    """The offline reference towns: gazetteer cities and towns of :data:`TOWN_MIN_POPULATION`
    or more inside ``extent``, largest first, with the zoom each is drawn from."""
    towns = sorted(
        (p for p in gazetteer.places
         if p.kind in ("city", "town") and _inside(p, extent)
         and (p.population >= TOWN_MIN_POPULATION
              or (p.population == 0 and p.id.startswith("geonames:")))),
        key=lambda p: -p.population,
    )  # fmt: skip
    if not towns:
        return None
    return {
        "pt": [[round(p.lat, 5), round(p.lon, 5)] for p in towns],
        "name_en": [p.name_en for p in towns],
        "name_ar": [p.name_ar for p in towns],
        "z": [next(z for size, z in TOWN_ZOOMS if p.population >= size) for p in towns],
    }


def _search_records(
    layers: Mapping[str, Any],
    lang: str,
    gazetteer: Gazetteer,
    extent: tuple[float, float, float, float],
) -> list[dict[str, Any]]:
    """The search index: every unit, country, centre and article place drawn, and the
    gazetteer's curated places and towns (:data:`SEARCH_MIN_POPULATION`) inside ``extent``.

    Each record has ``title`` (its name in the map's language and its kind; unique),
    ``loc`` ([lat, lon]), ``z`` (the zoom a pick flies to), ``a`` (every other spelling the
    gazetteer knows: Arabic, Sorani, transliterations) and ``k`` (the
    :func:`~geo_disputed.text.normalize.name_key` of the title's name, then of each alias),
    so that the browser only folds what is typed.
    """
    from geo_disputed.text.normalize import name_key

    by_id = {p.id: p for p in gazetteer.places}
    countries = {name_key(p.name_en): p for p in gazetteer.places if p.kind == "country"}
    records: dict[str, dict[str, Any]] = {}

    def add(kind: str, en: str, ar: str, pt: Any, names: Sequence[str], where: str = "") -> None:
        shown = (ar or en) if lang == "ar" else (en or ar)
        if not shown or pt is None:
            return
        word_en, word_ar, zoom = SEARCH_KINDS[kind]
        title = f"{shown} ({word_ar if lang == 'ar' else word_en})"
        if title in records and records[title]["loc"] != pt and where:
            title = f"{title[:-1]}, {where})"
        keys: dict[str, str] = {}
        for name in (shown, en, ar, *names):
            key = name_key(name) if name else ""
            if key and key not in keys:
                keys[key] = name
        record = records.setdefault(title, {"title": title, "loc": pt, "z": zoom, "a": [], "k": []})
        for key, name in keys.items():
            if key not in record["k"]:
                record["k"].append(key)
                record["a"].append(name)

    for key, kind in (("governorates", "governorate"), ("districts", "district")):
        unit = layers.get(key)
        for en, ar, pcode, pt in zip(*(unit[c] for c in ("name_en", "name_ar", "pcode", "pt")),
                                     strict=True) if unit else ():  # fmt: skip
            found = by_id.get(f"admin:{pcode}")
            add(kind, en, ar, pt, found.names if found else ())
    if countries_data := layers.get("countries"):
        for en, ar, pt in zip(countries_data["name_en"], countries_data["name_ar"],
                              countries_data["pt"], strict=True):  # fmt: skip
            found = countries.get(name_key(en))
            add("country", en, ar, pt, found.names if found else ())
    if centres := layers.get("centres"):
        for en, ar, site, pt in zip(centres["name_en"], centres["name_ar"], centres["site"],
                                    centres["pt"], strict=True):  # fmt: skip
            add("centre", en, ar, pt, [site])
    if places := layers.get("places"):
        for en, ar, forms, pt in zip(places["name_en"], places["name_ar"], places["forms"],
                                     places["pt"], strict=True):  # fmt: skip
            add("place", en, ar, pt, forms)
    settled = ("city", "town", "village")  # first, largest first: they win ties in the browser
    ordered = sorted(gazetteer.places, key=lambda p: (p.kind not in settled, -p.population))
    for p in ordered:
        if p.kind in ("country", "governorate", "district", "subdistrict"):
            continue  # the units drawn are in already; those not drawn are not searched
        geonames_town = p.kind in ("city", "town", "village") and p.id.startswith("geonames:")
        if geonames_town and 0 < p.population < SEARCH_MIN_POPULATION:  # 0: unknown, kept
            continue
        if not _inside(p, extent):
            continue
        add(p.kind, p.name_en, p.name_ar, [round(p.lat, 5), round(p.lon, 5)], p.names, p.admin1)
    for record in records.values():  # the title's own name is k[0]; a holds the others
        record["a"] = record["a"][1:]
    return list(records.values())


def _bounds(*frames: Any) -> list[list[float]] | None:
    for frame in frames:
        if frame is not None and len(frame) and frame.crs is not None:
            minx, miny, maxx, maxy = frame.to_crs(GEOGRAPHIC).total_bounds
            return [[float(miny), float(minx)], [float(maxy), float(maxx)]]
    return None
