"""Static maps for reports and slides (PNG, SVG, PDF), drawn with matplotlib in UTM zone 38N.

:func:`static_map` draws whichever layers it is given: the security-vacuum belt by governorate,
the disputed territories, the Kurdistan Region, governorate outlines and labels, incidents
(sized by fatalities, coloured by type) and coordination centres, with a legend, a scale bar,
a north arrow, an inset locator map, a title, a subtitle and a source note.
:func:`save_static_map` writes it atomically and byte-for-byte reproducibly, with a title,
subject and sources in the file's metadata.

Labels are placed one at a time (centres, incident counts, governorates, neighbours, then
towns on zoomed views) where they overlap no label, marker, scale bar or north arrow already
drawn and stay inside the map; stacked incidents get one count per group of touching
markers. Text stays text in SVG and PDF (halos are drawn as a path under it); on matplotlib
>= 3.11 Arabic is given to the renderer in logical order (it shapes it with libraqm), so the
files hold the real letters.

Everything is drawn in WGS 84 / UTM zone 38N (EPSG:32638), so the scale bar is true in that
CRS; the note printed on the map states the CRS and how far ground scale departs from it.
"""

from __future__ import annotations

import functools
import math
import os
import re
import textwrap
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from geo_disputed import settings
from geo_disputed.crs import METRIC
from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import atomic_path
from geo_disputed.render.arabic import (
    PDI,
    RLI,
    display_text,
    find_arabic_font,
    isolate_rtl,
    renderer_applies_bidi,
)
from geo_disputed.render.layers import Layers
from geo_disputed.render.style import (
    BELT_METHODS,
    BELT_SUPPORT,
    BELT_SUPPORT_STYLE,
    COLORS,
    EVENT_TYPES,
    FILLS,
    INK,
    LABELS,
    LAYER_NAMES,
    MUTED,
    belt_piece_colors,
    event_colors,
)
from geo_disputed.render.style import title as style_title

if TYPE_CHECKING:
    import geopandas as gpd
    import numpy as np
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.typing import LineStyleType, RcKeyType

    from geo_disputed.geo.belt import Belt
    from geo_disputed.text.gazetteer import Gazetteer

__all__ = [
    "FORMATS",
    "METRIC",
    "PAGE_SIZES",
    "belt_methods_figure",
    "parse_bbox",
    "parse_size",
    "save_belt_methods_figure",
    "save_static_map",
    "static_map",
]

FORMATS = ("png", "svg", "pdf")
#: The layers the static map draws (the article's places and the gaps are web-map layers).
STATIC_LAYERS = ("boundaries", "countries", "belt", "disputed", "incidents", "news", "centres")
LANGS = ("en", "ar", "both")
#: Towns are labelled on views narrower than this (metres); at most MAX_TOWNS, largest first.
ZOOM_TOWNS_M = 350_000
MAX_TOWNS = 40
#: Named page sizes in inches (width, height), landscape.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (297 / 25.4, 210 / 25.4),
    "A3": (420 / 25.4, 297 / 25.4),
    "16:9": (13.333, 7.5),
    "4:3": (10.0, 7.5),
}
_UNITS = {"in": 1.0, "cm": 1 / 2.54, "mm": 1 / 25.4}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(in|cm|mm|px)?\s*$", re.I)

# Fixed settings for every figure: text stays text in SVG (editable, searchable), TrueType
# fonts embedded in PDF, and a fixed SVG id salt so output does not change between runs.
# ``text.parse_math`` and ``text.usetex`` off (whatever a matplotlibrc says): every Text
# drawn (titles, labels, legend entries and headings, notes) is plain text, so a ``$``,
# ``\``, ``_`` or ``^`` in a title, event type or place name is printed as is, never read
# as mathtext or LaTeX (where ``$x_$`` or an unbalanced ``$\frac`` would stop the drawing).
_RC: dict[RcKeyType, Any] = {
    "text.parse_math": False,
    "text.usetex": False,
    "svg.fonttype": "none",
    "svg.hashsalt": "geo_disputed",
    "pdf.fonttype": 42,
    "hatch.linewidth": 0.6,
}
_METADATA = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}
#: What save_static_map writes into a file's metadata, by figure (title, subject, sources).
_DESCRIPTIONS: weakref.WeakKeyDictionary[Any, dict[str, str]] = weakref.WeakKeyDictionary()

# The map's words: the layer names and labels of the style, the same in every output.
_TEXT = {**LAYER_NAMES, **LABELS}


# --- parsing (shared with the CLI) -----------------------------------------------------------


def parse_size(text: str | tuple[float, float], dpi: float = 300) -> tuple[float, float]:
    """Return a figure size in inches from ``"A4"``, ``"16:9"`` or ``"WxH[in|cm|mm|px]"``.

    Named sizes are landscape (:data:`PAGE_SIZES`); ``WxH`` without a unit is in inches, and
    ``px`` divides by ``dpi``.
    """
    if not isinstance(text, str):
        width, height = (float(v) for v in text)
    elif text.strip().upper() in {k.upper() for k in PAGE_SIZES}:
        width, height = next(v for k, v in PAGE_SIZES.items() if k.upper() == text.strip().upper())
    else:
        match = _SIZE.match(text)
        if not match:
            raise GeoDisputedError(
                f"--size: expected {', '.join(PAGE_SIZES)} or WxH[in|cm|mm|px], got {text!r}"
            )
        unit = (match.group(3) or "in").lower()
        scale = 1 / dpi if unit == "px" else _UNITS[unit]
        width, height = float(match.group(1)) * scale, float(match.group(2)) * scale
    if not (1 <= width <= 100 and 1 <= height <= 100):
        raise GeoDisputedError(f"--size: {width:.2f}x{height:.2f} in is outside 1-100 inches")
    return width, height


def parse_bbox(text: str | Sequence[float]) -> tuple[float, float, float, float]:
    """Return ``(minx, miny, maxx, maxy)`` in degrees (EPSG:4326) from ``"minx,miny,maxx,maxy"``."""
    try:
        parts = text.split(",") if isinstance(text, str) else list(text)
        values = tuple(float(v) for v in parts)
    except ValueError:
        values = ()
    if len(values) != 4 or not all(math.isfinite(v) for v in values):
        raise GeoDisputedError(
            f"--bbox: expected four numbers minx,miny,maxx,maxy in degrees, got {text!r}"
        )
    minx, miny, maxx, maxy = values
    if not (-180 <= minx < maxx <= 180 and -90 <= miny < maxy <= 90):
        raise GeoDisputedError(
            f"--bbox: need -180 <= minx < maxx <= 180 and -90 <= miny < maxy <= 90 (longitude, "
            f"latitude), got {text!r}"
        )
    return minx, miny, maxx, maxy


# --- data ------------------------------------------------------------------------------------


def _metric(frame: Any, name: str) -> gpd.GeoDataFrame | None:
    """Return ``frame`` as a GeoDataFrame in :data:`METRIC`, or None if empty/absent."""
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

    if frame is None:
        return None
    if isinstance(frame, BaseGeometry):
        frame = gpd.GeoDataFrame(geometry=[frame], crs=METRIC)
    elif isinstance(frame, gpd.GeoSeries):
        frame = gpd.GeoDataFrame(geometry=frame)
    if frame.crs is None:
        raise GeoDisputedError(f"layer {name!r} has no CRS; set one (e.g. EPSG:4326)")
    frame = frame[~(frame.geometry.isna() | frame.geometry.is_empty)]
    if frame.empty:
        return None
    return frame.to_crs(METRIC)


# --- drawing helpers -------------------------------------------------------------------------


def _paths(geoms: np.ndarray) -> list:
    """Build one matplotlib Path per (multi)polygon; other geometry types are skipped."""
    import numpy as np
    import shapely
    from matplotlib.path import Path as MplPath

    paths = []
    for geom in geoms:
        verts, codes = [], []
        for poly in shapely.get_parts(shapely.get_parts(geom)):
            if poly.geom_type != "Polygon" or poly.is_empty:
                continue
            for ring in (poly.exterior, *poly.interiors):
                xy = shapely.get_coordinates(ring)
                code = np.full(len(xy), MplPath.LINETO, dtype=MplPath.code_type)
                code[0], code[-1] = MplPath.MOVETO, MplPath.CLOSEPOLY
                verts.append(xy)
                codes.append(code)
        if verts:
            paths.append(MplPath(np.concatenate(verts), np.concatenate(codes)))
    return paths


def _prepare(frame: gpd.GeoDataFrame, view: tuple[float, ...], tol: float) -> np.ndarray:
    """Clip geometries to the (padded) view and simplify them to ``tol`` metres."""
    import shapely

    pad = 0.05 * max(view[2] - view[0], view[3] - view[1])
    geoms = shapely.clip_by_rect(
        frame.geometry.values, view[0] - pad, view[1] - pad, view[2] + pad, view[3] + pad
    )
    if tol > 0:
        geoms = shapely.simplify(geoms, tol, preserve_topology=True)
    return geoms


def _polygons(ax: Axes, geoms: np.ndarray, zorder: float, **style: Any) -> None:
    """Add polygons to ``ax`` as one PathCollection."""
    from matplotlib.collections import PathCollection

    paths = _paths(geoms)
    if paths:
        ax.add_collection(PathCollection(paths, zorder=zorder, **style), autolim=False)


def _lines(ax: Axes, geoms: np.ndarray, zorder: float, **style: Any) -> None:
    """Add the linework of ``geoms`` (lines or polygon rings) to ``ax`` as a LineCollection."""
    import shapely
    from matplotlib.collections import LineCollection

    parts = shapely.get_parts(shapely.get_parts(geoms))
    rings = [shapely.boundary(p) if p.geom_type == "Polygon" else p for p in parts]
    lines = [shapely.get_coordinates(g) for g in shapely.get_parts(shapely.get_parts(rings))]
    lines = [xy for xy in lines if len(xy) > 1]
    if lines:
        ax.add_collection(LineCollection(lines, zorder=zorder, **style), autolim=False)


def _nice_length(target_m: float) -> float:
    """Largest 1, 2 or 5 x 10^n kilometres not above ``target_m`` (in metres)."""
    exp = math.floor(math.log10(target_m / 1000))
    best = 10.0**exp
    for step in (1, 2, 5, 10):
        if step * 10.0**exp <= target_m / 1000:
            best = step * 10.0**exp
    return best * 1000


def _fit_view(view: Sequence[float], aspect: float) -> tuple[float, float, float, float]:
    """Grow ``view`` around its centre to width/height ``aspect`` so it fills the axes."""
    minx, miny, maxx, maxy = view
    cx, cy, w, h = (minx + maxx) / 2, (miny + maxy) / 2, maxx - minx, maxy - miny
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


# --- the map ---------------------------------------------------------------------------------


class _Labels:
    """The map's text in one language (``en``, ``ar`` or ``both``), ready for matplotlib."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, sep: str = " / ") -> str:
        return self.pick(*_TEXT[key], sep=sep)

    def pick(self, en: str, ar: Any, sep: str = " / ") -> str:
        """Choose English, Arabic (:func:`display_text`), or both joined by ``sep`` (missing
        Arabic: English)."""
        ar = display_text(ar) if isinstance(ar, str) and ar.strip() else ""
        if self.lang == "ar":
            return ar or en
        if self.lang == "both" and ar and en:
            return f"{en}{sep}{ar}"
        return en or ar


def static_map(
    layers: Layers,
    *,
    lang: str = "en",
    size: str | tuple[float, float] = "A4",
    dpi: float = 300,
    bbox: str | Sequence[float] | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    sources: Mapping[str, str] | None = None,
    basemap: bool = False,
    simplify: bool = True,
    towns: Gazetteer | Iterable[Any] | None = None,
) -> Figure:
    """Draw the static map of the belt, disputed territories, incidents and centres.

    Every layer of ``layers`` is optional; the map shows what it is given and says in its
    note what is missing. Layers may be in any CRS; they are drawn in UTM zone 38N
    (EPSG:32638). Drawn: level 0 (country, else the dissolved level 1) and level 1
    (governorates, outlined and labelled) of the boundaries; the neighbours (shaded and
    named; without boundaries Iraq's outline and the inset come from them); the Kurdistan
    Region and the disputed territories; the belt, one colour per governorate with its
    length and area in the legend, and its centreline; incidents coloured by
    ``event_type`` and sized by ``fatalities`` (the interactive map's colours); the
    coordination centres, labelled.

    Parameters
    ----------
    layers
        What to draw (:func:`geo_disputed.layers.load_layers`, or a
        :class:`~geo_disputed.render.layers.Layers` of your own frames).
    lang
        ``"en"``, ``"ar"`` or ``"both"`` for title, legend and place labels. Arabic is shaped
        (arabic-reshaper, python-bidi) and set in a font with Arabic glyphs; when no such font
        is installed, English is used, a warning is logged and the note says so.
    size, dpi
        Figure size (``"A4"``, ``"16:9"``, ``"WxH[in|cm|mm|px]"`` or inches) and resolution.
    bbox
        Map extent ``(minx, miny, maxx, maxy)`` in degrees; default: the belt, disputed
        territories and Kurdistan Region with a margin (else everything given).
    title, subtitle
        Replace the default title or the subtitle computed from the layers. Like every
        text on the map (names, event types, legend), they are drawn literally: ``$x^2$``
        stays ``$x^2$``, it is not matplotlib mathtext.
    sources
        Replace the source cited for a drawn layer (keys of :meth:`Layers.sources`); an empty
        string drops it.
    basemap
        Draw contextily tiles under the layers (needs contextily and a network; off by
        default; on failure the map is drawn without them and a warning is logged).
    simplify
        Clip geometries to the view and simplify them to half an output pixel.
    towns
        Where town labels come from on views narrower than 350 km: a
        :class:`~geo_disputed.text.gazetteer.Gazetteer` (its cities, towns and villages,
        largest population first) or places with ``name_en``, ``name_ar``, ``kind``, ``lat``,
        ``lon``. Default: the article's places and the curated towns of ``data/places.csv``.
        Every label is placed where it overlaps no other text, marker or scale bar; labels
        that find no room are left out (towns, counts) or named in the note.

    Returns
    -------
    matplotlib.figure.Figure
        Not attached to pyplot; write it with :func:`save_static_map`.
    """
    import matplotlib

    if lang not in LANGS:
        raise GeoDisputedError(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
    rc = dict(_RC)
    notes: list[str] = []
    if lang != "en":
        family = find_arabic_font()
        if family is None:
            notes.append("Arabic labels left out: no installed font has Arabic glyphs.")
            lang = "en"
        else:
            rc["font.family"] = [family, "DejaVu Sans"]
            if not renderer_applies_bidi():
                notes.append(
                    "Arabic is stored as presentation forms (matplotlib < 3.11 cannot shape "
                    "it): it reads correctly but cannot be searched or copied in SVG or PDF."
                )
    belt = layers.belt
    frames = {
        "boundaries": layers.boundaries,
        "disputed": layers.disputed,
        "kurdistan": layers.kurdistan,
        "belt": belt.pieces if belt is not None else None,
        "centreline": belt.centreline_frame() if belt is not None else None,
        "incidents": layers.incidents,
        "news": layers.news,
        "centres": layers.centres,
        "countries": layers.countries,
    }
    # only the layers drawn are cited (this map draws no places or gaps)
    cited = {k: v for k, v in layers.sources().items() if k in STATIC_LAYERS}
    cited.update({k: v for k, v in (sources or {}).items() if k in cited})
    with matplotlib.rc_context(rc):
        drawer = _MapDrawer(
            {k: _metric(v, k) for k, v in frames.items()},
            _Labels(lang),
            parse_size(size, dpi),
            dpi,
            notes,
            functools.partial(_town_frame, layers, towns),
        )
        figure = drawer.draw(
            bbox=None if bbox is None else parse_bbox(bbox),
            title=title,
            subtitle=subtitle,
            sources=cited,
            basemap=basemap,
            simplify=simplify,
        )
        _plain_text(figure)
        _DESCRIPTIONS[figure] = _describe(drawer)
        return figure


def _town_frame(layers: Layers, towns: Gazetteer | Iterable[Any] | None) -> gpd.GeoDataFrame:
    """Cities, towns and villages to label, largest first (population, then kind), in METRIC."""
    import geopandas as gpd

    from geo_disputed.text.gazetteer import KIND_PRIORITY, Gazetteer, curated_places

    if towns is None:
        places: list[Any] = [p.candidate for p in layers.places] + curated_places()
    else:
        places = list(towns.places if isinstance(towns, Gazetteer) else towns)
    rows: dict[str, Any] = {}
    for place in sorted(
        (p for p in places if p.kind in _TOWN_KINDS),
        key=lambda p: (-getattr(p, "population", 0), KIND_PRIORITY.get(p.kind, 99), p.name_en),
    ):
        rows.setdefault(place.name_en, place)  # the largest of a name
    frame = gpd.GeoDataFrame(
        {
            "name_en": [p.name_en for p in rows.values()],
            "name_ar": [p.name_ar or None for p in rows.values()],
        },
        geometry=gpd.points_from_xy([p.lon for p in rows.values()], [p.lat for p in rows.values()]),
        crs="EPSG:4326",
    )
    return frame.to_crs(METRIC)


_TOWN_KINDS = ("city", "town", "village")
_TOWN_SOURCE = "Towns: geo_disputed gazetteer (GeoNames and curated places; source per place)"


def _describe(drawer: _MapDrawer) -> dict[str, str]:
    """The metadata of a drawn map: title, subject (figures, CRS, notes) and sources."""
    subject = " ".join(
        part
        for part in (
            drawer.subtitle + "." if drawer.subtitle else "",
            "Drawn in WGS 84 / UTM zone 38N (EPSG:32638).",
            " ".join(drawer.notes),
        )
        if part
    )
    return {"title": drawer.title, "subject": subject, "sources": drawer.cited,
            "lang": drawer.text.lang}  # fmt: skip


def _metadata(figure: Figure, fmt: str) -> dict[str, Any]:
    """The metadata written with ``figure`` in ``fmt``: fixed, so the bytes stay the same."""
    meta: dict[str, Any] = dict(_METADATA[fmt])
    info = _DESCRIPTIONS.get(figure)
    if info is None:  # a figure not drawn by static_map
        return meta
    creator = "geo_disputed (matplotlib)"
    if fmt == "pdf":
        meta.update(Title=info["title"], Subject=info["subject"], Creator=creator,
                    Keywords=info["sources"])  # fmt: skip
    elif fmt == "svg":
        language = {"en": "en", "ar": "ar", "both": "en, ar"}[info["lang"]]
        meta.update(Title=info["title"], Description=info["subject"], Creator=creator,
                    Source=info["sources"], Language=language)  # fmt: skip
    else:
        meta.update(Title=info["title"], Description=info["subject"], Source=info["sources"])
    return meta


def _plain_text(figure: Figure) -> None:
    """Make every Text of ``figure`` plain (no mathtext, no LaTeX), the ones matplotlib makes
    lazily (tick labels) included: ``$``, ``\\``, ``_`` and ``^`` are drawn as written."""
    from matplotlib.text import Text

    for text in figure.findobj(Text):
        text.set_parse_math(False)
        text.set_usetex(False)


@dataclass
class _Label:
    """A label to place on the map.

    ``box`` (data coordinates, padded by ``pad_pt`` points) is what a point label is placed
    beside (a marker, a group of markers); ``spots`` are where an area label may be centred,
    best first. ``required`` labels that find no room are named in the note; the others
    (towns, counts) are left out quietly, as a map does when it runs out of room.
    """

    text: str
    style: dict[str, Any]
    required: bool
    priority: int
    box: tuple[float, float, float, float] | None = None
    pad_pt: float = 0.0
    spots: list[tuple[float, float]] = field(default_factory=list)
    dot: dict[str, Any] | None = None  # a marker drawn at the box only if the label is placed


@functools.cache
def _halo_text() -> type:
    """A Text with a white halo that stays text in SVG and PDF.

    A ``withStroke`` path effect would draw the letters as outlines there (not searchable);
    this draws the halo as a path first, then the text itself as text.
    """
    import matplotlib.patheffects as pe
    from matplotlib.text import Text

    class _WhiteStroke(pe.AbstractPathEffect):
        def __init__(self, width: float) -> None:
            super().__init__()
            self.width = width

        def draw_path(self, renderer: Any, gc: Any, tpath: Any, affine: Any, rgbFace: Any = None):
            gc0 = renderer.new_gc()
            gc0.copy_properties(gc)
            gc0.set_linewidth(self.width)
            gc0.set_foreground("white")
            gc0.set_joinstyle("round")
            renderer.draw_path(gc0, tpath, affine, (1.0, 1.0, 1.0, 1.0))
            gc0.restore()

    class HaloText(Text):
        def __init__(self, *args: Any, halo: float = 0.0, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.halo = halo

        def draw(self, renderer: Any) -> None:
            if self.halo and self.get_visible() and self.get_text():
                self.set_path_effects([_WhiteStroke(self.halo)])
                super().draw(renderer)
                self.set_path_effects([])
            super().draw(renderer)

    return HaloText


def _boxes_free(boxes: np.ndarray, box: Sequence[float]) -> bool:
    """True if ``box`` (x0, y0, x1, y1) overlaps none of the rows of ``boxes``."""
    if not len(boxes):
        return True
    x0, y0, x1, y1 = box
    hit = (x0 < boxes[:, 2]) & (x1 > boxes[:, 0]) & (y0 < boxes[:, 3]) & (y1 > boxes[:, 1])
    return not bool(hit.any())


def _incident_groups(xy: np.ndarray, radius: np.ndarray) -> list[np.ndarray]:
    """Indices of incidents whose markers overlap on the page (display pixels), by group.

    Two markers are in one group when their circles touch; groups are connected sets, so a
    cluster of stacked points gets one count however its points are spread.
    """
    import numpy as np
    import shapely

    if len(xy) == 0:
        return []
    points = shapely.points(xy)
    blobs = shapely.get_parts(shapely.union_all(shapely.buffer(points, radius, quad_segs=4)))
    point, blob = shapely.STRtree(blobs).query(points, predicate="intersects")
    group = np.empty(len(xy), dtype=int)
    group[point] = blob  # every point lies in the blob its own circle is part of
    return [np.flatnonzero(group == g) for g in np.unique(group)]


def _spots(geom: Any, n: int = 15) -> list[tuple[float, float]]:
    """Where an area's label may be centred: its representative point, then the points of an
    ``n`` x ``n`` grid inside it, nearest first."""
    import numpy as np
    import shapely

    first = geom.representative_point()
    minx, miny, maxx, maxy = geom.bounds
    gx, gy = np.meshgrid(np.linspace(minx, maxx, n + 2)[1:-1], np.linspace(miny, maxy, n + 2)[1:-1])
    grid = np.asarray(shapely.points(gx.ravel(), gy.ravel()))
    grid = grid[shapely.contains(geom, grid)]
    order = np.argsort(shapely.distance(grid, first), kind="stable")
    return [(first.x, first.y)] + [(p.x, p.y) for p in grid[order]]


# Where a point label goes around its anchor box, best first: (x side, y side, ha, va) with
# sides -1 (left/below), 0 (centre), 1 (right/above); then farther out, with a leader line.
_AROUND = (
    (1, 0, "left", "center"), (-1, 0, "right", "center"), (1, 1, "left", "bottom"),
    (-1, 1, "right", "bottom"), (1, -1, "left", "top"), (-1, -1, "right", "top"),
    (0, 1, "center", "bottom"), (0, -1, "center", "top"),
)  # fmt: skip
_RINGS = (1.0, 3.0, 6.0, 10.0)


class _MapDrawer:
    """Lays out one figure: header, map, legend panel with inset, note."""

    def __init__(
        self,
        data: dict[str, gpd.GeoDataFrame | None],
        text: _Labels,
        figsize: tuple[float, float],
        dpi: float,
        notes: list[str],
        towns: Callable[[], gpd.GeoDataFrame] | None = None,
    ) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.text, self.notes, self.dpi, self.towns = text, notes, dpi, towns
        self.labels: list[_Label] = []
        # markers labels keep off: (x, y) in metres, radius in points
        self.obstacles: list[tuple[float, float, float]] = []
        self._metres_per_point = 1.0
        self.towns_drawn = 0
        self.title = self.subtitle = self.cited = ""  # for the file's metadata
        self.bounds = data.pop("boundaries")
        self.countries = data.pop("countries")
        self.data = data
        self.country = self.governorates = None
        if self.bounds is None and self.countries is not None:
            iraq = self.countries[self.countries["name_en"] == "Iraq"]
            self.country = iraq if len(iraq) else None
            notes.append(
                "No boundary files: Iraq's outline is Natural Earth's; governorates omitted."
            )
        elif self.bounds is not None:
            levels = self.bounds.get("level")
            gov = self.bounds if levels is None else self.bounds[levels == 1]
            country = self.bounds[levels == 0] if levels is not None else gov.iloc[:0]
            self.governorates = gov if not gov.empty else None
            if country.empty and not gov.empty:
                country = gov.dissolve()
            self.country = country if not country.empty else None
            if self.governorates is None:
                notes.append("The boundaries have no governorates: none drawn.")
        else:
            settings.logger.warning(
                "static map without boundaries: no governorates, disputed territories, Kurdistan "
                "Region, country outline or inset (pass --boundaries DIR or run "
                "`geo-disputed data fetch`)",
                extra=settings.notice("boundaries"),
            )
            notes.append(
                "Boundaries not available: governorates, country outline and inset omitted."
            )
        self.width, self.height = figsize
        self.scale = max(0.6, min(1.6, min(figsize) / 8.27))
        self.fig = Figure(figsize=figsize, dpi=dpi, facecolor="white")
        FigureCanvasAgg(self.fig)  # a renderer to measure legends with
        self.header = (1.55 if text.lang == "both" else 0.95) * self.scale
        self.footer = (0.62 if text.lang == "en" else 0.85) * self.scale
        self.margin = 0.25 * self.scale
        self.panel = 0.27 * self.width
        self.lw = 0.6 * self.scale

    def axes(self, left: float, bottom: float, width: float, height: float) -> Axes:
        """Add axes placed in inches from the figure's lower-left corner."""
        w, h = self.width, self.height
        return self.fig.add_axes((left / w, bottom / h, width / w, height / h))

    def draw(
        self,
        *,
        bbox: tuple[float, float, float, float] | None,
        title: str | None,
        subtitle: str | None,
        sources: dict[str, str],
        basemap: bool,
        simplify: bool,
    ) -> Figure:
        box = (
            self.margin,
            self.footer,
            self.width - self.panel - 2 * self.margin,
            self.height - self.header - self.footer,
        )
        ax = self.axes(*box)
        view = _fit_view(self._view(bbox), box[2] / box[3])
        tol = 0.5 * (view[2] - view[0]) / (box[2] * self.dpi) if simplify else 0.0
        ax.set_xlim(view[0], view[2])
        ax.set_ylim(view[1], view[3])
        ax.set_aspect("equal", adjustable="box")
        self._metres_per_point = (view[2] - view[0]) / (box[2] * 72)
        ax.set_facecolor(FILLS["outside"])
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set(color=INK, linewidth=0.8)

        def prep(frame: gpd.GeoDataFrame) -> np.ndarray:
            return _prepare(frame, view, tol) if simplify else frame.geometry.values

        layers, belt = self._layers(ax, view, prep)
        types, sizes, shown = self._incidents(ax, view)
        news = self.data["news"]
        if news is not None and len(news):
            layers.append((self._news(ax, news), self.text("news", "\n")))
        centres = self.data["centres"]
        if centres is not None:
            layers.append((self._centres(ax, view, centres), self.text("centres", "\n")))
        if basemap:
            _add_basemap(ax, self.notes)
        self._scale_bar(ax, view)
        self._north_arrow(ax, view)
        self._towns(view)
        self._place_labels(ax, [*ax.texts, *ax.patches])
        legend_bottom = self.footer + (0.42 * self.panel if self.country is not None else 0)
        self._legend(
            legend_bottom,
            [
                (self.text("legend", "\n"), layers),
                (self.text("belt", "\n"), belt),
                (self.text("incidents_by_type", "\n"), types),
                (self.text("fatalities"), sizes),
            ],
        )
        if self.country is not None:
            self._inset(view, self.country)
        self._header(title, subtitle, shown)
        if self.towns_drawn:
            sources = {**sources, "towns": _TOWN_SOURCE}
        self._note(view, sources)
        return self.fig

    def _view(self, bbox: tuple[float, float, float, float] | None) -> tuple[float, ...]:
        """Return the map extent in metres: ``bbox``, else the focus layers with a margin."""
        from pyproj import Transformer

        if bbox is not None:
            tr = Transformer.from_crs("EPSG:4326", METRIC, always_xy=True)
            return tr.transform_bounds(*bbox, densify_pts=21)
        data = self.data
        for keys in (("belt", "disputed", "kurdistan", "centreline"), ("incidents", "centres")):
            frames = [f for f in (data[k] for k in keys) if f is not None]
            if frames:
                break
        else:
            frames = [f for f in (self.governorates, self.country) if f is not None]
        if not frames:
            raise GeoDisputedError(
                "nothing to draw: no boundaries, belt, disputed territories, incidents or centres"
            )
        b = [f.total_bounds for f in frames]
        minx, miny = min(v[0] for v in b), min(v[1] for v in b)
        maxx, maxy = max(v[2] for v in b), max(v[3] for v in b)
        pad = max(0.06 * max(maxx - minx, maxy - miny), 20_000)
        return minx - pad, miny - pad, maxx + pad, maxy + pad

    def _layers(self, ax: Axes, view: tuple[float, ...], prep: Any):
        """Draw the area layers; return legend items for layers and belt."""
        data, text, lw = self.data, self.text, self.lw
        items: list[tuple[Any, str]] = []
        if self.countries is not None:
            self._neighbours(ax, view, prep, self.countries)
        if self.country is not None:
            country = prep(self.country)
            _polygons(ax, country, 1, facecolor=FILLS["land"], edgecolor="none")
            _lines(ax, country, 3.5, colors=INK, linewidths=1.4 * lw)
        if data["kurdistan"] is not None:
            kri = prep(data["kurdistan"])
            _polygons(ax, kri, 2, facecolor=FILLS["kurdistan"], edgecolor="none")
            _lines(ax, kri, 4, colors=COLORS["kurdistan"], linewidths=1.6 * lw)
        if self.governorates is not None:
            gov = COLORS["governorates"]
            _lines(ax, prep(self.governorates), 3, colors=gov, linewidths=0.8 * lw)
            items.append((_line_handle(gov, 0.8 * lw), text("governorates", "\n")))
            self._label_governorates(ax, view, self.governorates)
        if data["kurdistan"] is not None:
            kri_handle = _patch_handle(FILLS["kurdistan"], COLORS["kurdistan"])
            items.append((kri_handle, text("kurdistan", "\n")))
        if data["disputed"] is not None:
            disputed = prep(data["disputed"])
            color = COLORS["disputed"]
            _polygons(ax, disputed, 5, facecolor="none", edgecolor=color, hatch="////", linewidth=0)
            _lines(ax, disputed, 5.1, colors=color, linewidths=lw, linestyles=(0, (4, 2)))
            items.append((_patch_handle("none", color, hatch="////"), text("disputed", "\n")))
        belt_items = self._belt(ax, prep)
        if data["centreline"] is not None:
            color = COLORS["centreline"]
            _lines(ax, prep(data["centreline"]), 7, colors=color, linewidths=lw, linestyles="--")
            belt_items.append((_line_handle(color, lw, "--"), text("centreline", "\n")))
        return items, belt_items

    def _belt(self, ax: Axes, prep: Any) -> list[tuple[Any, str]]:
        """Draw the belt, one colour per governorate from west to east (its length and area
        summed over the governorate's pieces), and hatch the parts whose support
        (``support``) has a hatch in :data:`~geo_disputed.render.style.BELT_SUPPORT_STYLE`,
        with a legend entry for each support drawn."""
        belt = self.data["belt"]
        if belt is None:
            return []
        belt = belt.assign(admin1=belt.get("admin1", "")).fillna({"admin1": ""})
        belt["admin1"] = belt["admin1"].astype(str)
        colors = belt_piece_colors(list(belt["admin1"]), list(belt.geometry.bounds["minx"]))
        arabic = {}
        if self.governorates is not None and "name_ar" in self.governorates:
            arabic = dict(
                zip(self.governorates["name_en"], self.governorates["name_ar"], strict=True)
            )
        items = []
        for admin1, color in colors.items():
            part = belt[belt["admin1"] == admin1]
            _polygons(
                ax, prep(part), 6, facecolor=color, edgecolor=color, alpha=0.55, linewidth=self.lw
            )
            en, ar = (admin1, arabic.get(admin1)) if admin1 else _TEXT["whole_belt"]
            area = part["area_km2"].sum() if "area_km2" in part else part.area.sum() / 1e6
            length = part["length_km"].sum() if "length_km" in part else None
            items.append(
                (_patch_handle(color, color, alpha=0.55), self._measured(en, ar, length, area))
            )
        return items + _support_hatches(ax, belt, prep, self.text)

    def _measured(self, en: str, ar: Any, length: float | None, area: float) -> str:
        """``"Kirkuk: 102 km, 1,983 km²"`` in the map's language (Arabic on a second line)."""
        if self.text.lang == "ar" and isinstance(ar, str) and ar:
            figures = f"{length:,.0f} كم، " if length is not None else ""
            return display_text(f"{ar}: {figures}{area:,.0f} كم²")
        figures = f"{length:,.0f} km, " if length is not None else ""
        return self.text.pick(f"{en}: {figures}{area:,.0f} km²", ar, sep="\n")

    def _neighbours(
        self, ax: Axes, view: tuple[float, ...], prep: Any, countries: gpd.GeoDataFrame
    ) -> None:
        """Shade and name the countries around Iraq (Natural Earth) inside the view."""
        import shapely

        others = countries[countries["name_en"] != "Iraq"]
        _polygons(ax, prep(others), 0.5, facecolor=FILLS["neighbours"], edgecolor="none")
        _lines(ax, prep(others), 0.6, colors=COLORS["countries"], linewidths=0.8 * self.lw)
        inner = shapely.clip_by_rect(others.geometry.values, *view)
        min_area = 2e-3 * (view[2] - view[0]) * (view[3] - view[1])
        for geom, en, ar in zip(inner, others["name_en"], others["name_ar"], strict=True):
            if geom.is_empty or geom.area < min_area:
                continue
            label = self.text.pick(str(en), ar, sep="\n")
            self.labels.append(
                _Label(
                    label.upper() if self.text.lang == "en" else label,
                    dict(fontsize=8 * self.scale, color=COLORS["countries"], zorder=0.7),
                    required=False,
                    priority=3,
                    spots=_spots(geom),
                )
            )

    def _label_governorates(self, ax: Axes, view: tuple[float, ...], gov: gpd.GeoDataFrame) -> None:
        """Label each governorate at a representative point of its part inside the view."""
        import shapely

        inner = shapely.clip_by_rect(gov.geometry.values, *view)
        min_area = 2e-3 * (view[2] - view[0]) * (view[3] - view[1])
        for geom, en, ar in zip(
            inner,
            gov.get("name_en", gov.get("pcode")),
            gov.get("name_ar", [None] * len(gov)),
            strict=True,
        ):
            if geom.is_empty or geom.area < min_area:
                continue
            self.labels.append(
                _Label(
                    self.text.pick(str(en), ar, sep="\n"),
                    dict(fontsize=7 * self.scale, color=MUTED, zorder=9, halo=2.2 * self.scale),
                    required=True,
                    priority=2,
                    spots=_spots(geom),
                )
            )

    def _incidents(self, ax: Axes, view: tuple[float, ...]):
        """Scatter incidents (area grows with fatalities, colour by event type)."""
        import numpy as np
        import pandas as pd
        from matplotlib.lines import Line2D

        incidents = self.data["incidents"]
        if incidents is None:
            return [], [], 0
        points = incidents[incidents.geometry.geom_type == "Point"]
        x, y = points.geometry.x.to_numpy(), points.geometry.y.to_numpy()
        inside = (x >= view[0]) & (x <= view[2]) & (y >= view[1]) & (y <= view[3])
        kinds = points["event_type"] if "event_type" in points else pd.Series("", points.index)
        kinds = kinds.fillna("").astype(str).to_numpy()  # "" is a type of its own, as on the web
        deaths = pd.to_numeric(points.get("fatalities"), errors="coerce")
        deaths = np.zeros(len(points)) if deaths is None else deaths.fillna(0).to_numpy(float)
        area = _marker_area(deaths, self.scale)
        order = np.argsort(-area, kind="stable")  # big markers first, small ones on top
        every_type = sorted(set(kinds))  # the interactive map colours the same set of types
        colors = dict(zip(every_type, event_colors(every_type), strict=True))
        type_items = []
        for kind in sorted(set(kinds[inside])):
            color = colors[kind]
            pick = order[(kinds[order] == kind) & inside[order]]
            ax.scatter(
                x[pick],
                y[pick],
                s=area[pick],
                c=color,
                edgecolors="white",
                linewidths=0.4 * self.scale,
                alpha=0.9,
                zorder=10,
            )
            handle = Line2D(
                [],
                [],
                marker="o",
                linestyle="",
                markersize=6 * self.scale,
                markerfacecolor=color,
                markeredgecolor="white",
            )
            ar = EVENT_TYPES.get(kind, ("", None))[1]
            name = self.text.pick(
                f"{kind or 'unknown type'} ({len(pick)})", ar and f"{ar} ({len(pick)})", sep="\n"
            )
            type_items.append((handle, name))
        self._count_groups(x[inside], y[inside], area[inside])
        size_items = []
        shown = deaths[inside]
        values = {float(shown.max()), _nice_count(shown.max() / 3)} if inside.any() else set()
        values |= {0.0} if (shown == 0).any() else set()
        for value in sorted(values):
            size = math.sqrt(_marker_area(np.array([value]), self.scale)[0])
            handle = Line2D([], [], marker="o", linestyle="", color=MUTED, markersize=size)
            size_items.append((handle, f"{value:g}"))
        return type_items, size_items, int(inside.sum())

    def _count_groups(self, x: np.ndarray, y: np.ndarray, area: np.ndarray) -> None:
        """One count label (``×13``) per group of incident markers that overlap on the page.

        Markers are grouped where their circles touch at the figure's scale, so stacks a few
        hundred metres apart get one count, not two printed over each other; the label is
        placed beside the group, off every marker.
        """
        import numpy as np

        radius_pt = np.sqrt(area) / 2
        self.obstacles.extend(zip(x.tolist(), y.tolist(), radius_pt.tolist(), strict=True))
        per_pt = self._metres_per_point
        xy = np.column_stack([x, y]) / per_pt  # in points on the page
        for members in _incident_groups(xy, radius_pt):
            if len(members) < 2:
                continue
            r = float(radius_pt[members].max()) * per_pt
            box = (
                float(x[members].min()) - r, float(y[members].min()) - r,
                float(x[members].max()) + r, float(y[members].max()) + r,
            )  # fmt: skip
            self.labels.append(
                _Label(
                    f"×{len(members)}",
                    dict(fontsize=6 * self.scale, color=INK, zorder=12, halo=2.0 * self.scale),
                    required=False,
                    priority=1,
                    box=box,
                    pad_pt=1.5 * self.scale,
                )
            )

    def _news(self, ax: Axes, news: gpd.GeoDataFrame) -> Any:
        """Draw the incidents reported in the news as rings over the incident dots; return the
        legend handle."""
        from matplotlib.lines import Line2D

        s = self.scale
        style: dict[str, Any] = dict(
            marker="o",
            markersize=7 * s,
            markerfacecolor="none",
            markeredgecolor=COLORS["news"],
            markeredgewidth=1.6 * s,
            linestyle="",
        )
        points = news[news.geometry.geom_type == "Point"]
        ax.plot(points.geometry.x, points.geometry.y, zorder=10.5, **style)
        return Line2D([], [], **style)

    def _centres(self, ax: Axes, view: tuple[float, ...], centres: gpd.GeoDataFrame) -> Any:
        """Draw coordination centres as squares with name labels; return the legend handle."""
        from matplotlib.lines import Line2D

        s = self.scale
        style: dict[str, Any] = dict(
            marker="s",
            markersize=6 * s,
            markerfacecolor="white",
            markeredgecolor=INK,
            markeredgewidth=1.4 * s,
            linestyle="",
        )
        points = centres[centres.geometry.geom_type == "Point"]
        ax.plot(points.geometry.x, points.geometry.y, zorder=11, **style)
        half = 0.5 * 6 * s * self._metres_per_point + 0.7 * s * self._metres_per_point
        name_col = next((c for c in ("name_en", "name", "site") if c in points), None)
        for _, row in points.iterrows():
            x, y = row.geometry.x, row.geometry.y
            if not (view[0] <= x <= view[2] and view[1] <= y <= view[3]):
                continue
            en, ar = row[name_col] if name_col else "", row.get("name_ar")
            en = _CENTRE_PREFIX[0].sub("", en) if isinstance(en, str) else ""
            ar = _CENTRE_PREFIX[1].sub("", ar) if isinstance(ar, str) else None
            self.obstacles.append((x, y, 3.7 * s))
            label = self.text.pick(en, ar, "\n")
            if label:
                self.labels.append(
                    _Label(
                        label,
                        dict(fontsize=6.5 * s, color=INK, zorder=12, halo=2.2 * s),
                        required=True,
                        priority=0,
                        box=(x - half, y - half, x + half, y + half),
                        pad_pt=2 * s,
                    )
                )
        return Line2D([], [], **style)

    def _towns(self, view: tuple[float, ...]) -> None:
        """Ask for town labels, largest first, on views narrower than :data:`ZOOM_TOWNS_M`."""
        if self.towns is None or view[2] - view[0] > ZOOM_TOWNS_M:
            return
        s, per_pt = self.scale, self._metres_per_point
        inside = self.towns().cx[view[0] : view[2], view[1] : view[3]]
        centres = self.data["centres"]
        for row in inside.head(MAX_TOWNS).itertuples():
            x, y = row.geometry.x, row.geometry.y
            if centres is not None and centres.distance(row.geometry).min() < 12 * s * per_pt:
                continue  # the centre's label names the town already
            r = 1.6 * s * per_pt
            self.labels.append(
                _Label(
                    self.text.pick(str(row.name_en), row.name_ar, sep="\n"),
                    dict(fontsize=6 * s, color=INK, zorder=9.5, halo=2.0 * s),
                    required=False,
                    priority=4,
                    box=(x - r, y - r, x + r, y + r),
                    pad_pt=0.8 * s,
                    dot=dict(marker="o", markersize=3.2 * s, markerfacecolor=MUTED,
                             markeredgecolor="white", markeredgewidth=0.5 * s, linestyle="",
                             zorder=9.4),
                )
            )  # fmt: skip

    def _place_labels(self, ax: Axes, fixed: list[Any]) -> None:
        """Place every requested label inside the axes where it overlaps no other label,
        marker, scale bar or north arrow: point labels around their marker (farther out with
        a leader line), area labels at the first free spot inside the area. Required labels
        that find no room are named in the note."""
        import numpy as np

        renderer = cast("FigureCanvasAgg", self.fig.canvas).get_renderer()
        ax.apply_aspect()
        to_px, from_px = ax.transData.transform, ax.transData.inverted().transform
        px_pt = self.fig.dpi / 72
        frame = ax.get_window_extent(renderer)
        limits = (frame.x0 + 2, frame.y0 + 2, frame.x1 - 2, frame.y1 - 2)
        taken = []
        for x, y, r in self.obstacles:
            cx, cy = to_px((x, y))
            taken.append((cx - r * px_pt, cy - r * px_pt, cx + r * px_pt, cy + r * px_pt))
        for artist in fixed:
            b = artist.get_window_extent(renderer)
            taken.append((b.x0, b.y0, b.x1, b.y1))
        boxes = np.array(taken, dtype=float).reshape(-1, 4)
        gap = 1.2 * px_pt  # room kept around every label
        halo_text = _halo_text()
        left_out = []
        for label in sorted(self.labels, key=lambda lab: lab.priority):
            style = dict(label.style)
            text = halo_text(0, 0, label.text, halo=style.pop("halo", 0.0), **style)
            text.set_figure(self.fig)
            text.set_transform(ax.transData)
            anchor = None
            if label.box is not None:
                (x0, y0), (x1, y1) = to_px([label.box[:2], label.box[2:]])
                pad = label.pad_pt * px_pt
                anchor = (x0 - pad, y0 - pad, x1 + pad, y1 + pad)
                if label.dot is not None and not _boxes_free(boxes, anchor):
                    continue  # a town whose dot would sit on something already drawn
            placed = None
            for ring, ha, va, px, py in self._candidates(label, anchor, to_px, px_pt):
                text.set_position(tuple(from_px((px, py))))
                text.set_horizontalalignment(ha)
                text.set_verticalalignment(va)
                b = text.get_window_extent(renderer)
                inside = (limits[0] <= b.x0 and b.x1 <= limits[2] and limits[1] <= b.y0
                          and b.y1 <= limits[3])  # fmt: skip
                if inside and _boxes_free(boxes, (b.x0 - gap, b.y0 - gap, b.x1 + gap, b.y1 + gap)):
                    placed = (ring, b)
                    break
            if placed is None:
                if label.required:
                    left_out.append(label.text.replace("\n", " / "))
                continue
            ring, b = placed
            ax.add_artist(text)
            self.towns_drawn += label.dot is not None
            boxes = np.vstack([boxes, (b.x0, b.y0, b.x1, b.y1)])
            if anchor is not None and label.box is not None and label.dot is not None:
                boxes = np.vstack([boxes, anchor])
                cx, cy = (label.box[0] + label.box[2]) / 2, (label.box[1] + label.box[3]) / 2
                ax.plot([cx], [cy], **label.dot)
            if anchor is not None and ring > 0:  # a leader line from the marker to its label
                ax_ = (anchor[0] + anchor[2]) / 2, (anchor[1] + anchor[3]) / 2
                end = (min(max(ax_[0], b.x0), b.x1), min(max(ax_[1], b.y0), b.y1))
                (lx0, ly0), (lx1, ly1) = from_px([ax_, end])
                ax.plot([lx0, lx1], [ly0, ly1], color=MUTED, linewidth=0.5 * self.scale,
                        zorder=label.style.get("zorder", 9) - 0.05)  # fmt: skip
        if left_out:
            self.notes.append(f"Labels left out for lack of room: {'; '.join(left_out)}.")

    @staticmethod
    def _candidates(label: _Label, anchor: Any, to_px: Any, px_pt: float):
        """Positions to try for ``label``: ``(ring, ha, va, x, y)`` in display pixels."""
        if anchor is None:
            for x, y in to_px(label.spots) if label.spots else []:
                yield 0, "center", "center", x, y
            return
        x0, y0, x1, y1 = anchor
        for ring, step in enumerate(_RINGS):
            g = step * 1.5 * px_pt
            for sx, sy, ha, va in _AROUND:
                d = 0.7 * g if sx and sy else g
                x = x1 + d if sx > 0 else x0 - d if sx < 0 else (x0 + x1) / 2
                y = y1 + d if sy > 0 else y0 - d if sy < 0 else (y0 + y1) / 2
                yield ring, ha, va, x, y

    def _legend(self, bottom: float, blocks: list[tuple[str, list[tuple[Any, str]]]]) -> None:
        """Stack one titled legend per block in the right-hand panel, shrinking text to fit."""
        from matplotlib.legend import Legend

        top = self.height - self.header
        ax = self.axes(self.width - self.panel, bottom, self.panel - self.margin, top - bottom)
        ax.set_axis_off()
        renderer = cast("FigureCanvasAgg", self.fig.canvas).get_renderer()  # set in __init__
        blocks = [(heading, items) for heading, items in blocks if items]
        rtl = self.text.lang == "ar"
        for shrink in (1.0, 0.9, 0.8, 0.7, 0.6):
            legends, y, wide = [], 1.0, False
            size = 7 * self.scale * shrink
            # labels wrapped to the panel's width, less the marker and its gap (~3.5 em)
            chars = max(12, int(ax.bbox.width / self.fig.dpi * 72 / (0.55 * size) - 6))
            for heading, items in blocks:
                handles, labels = zip(*items, strict=True)
                labels = tuple(_wrap_lines(label, chars) for label in labels)
                leg = Legend(
                    ax,
                    handles,
                    labels,
                    title=heading,
                    loc="upper right" if rtl else "upper left",
                    bbox_to_anchor=(1 if rtl else 0, y),
                    frameon=False,
                    fontsize=size,
                    title_fontsize=8 * self.scale * shrink,
                    alignment="right" if rtl else "left",
                    markerfirst=not rtl,  # Arabic reads right to left: marker on the right
                    ncol=len(items) if heading == self.text("fatalities") else 1,
                    handlelength=1.6,
                    borderaxespad=0,
                    labelspacing=0.45,
                )
                leg.get_title().set_fontweight("bold")
                ax.add_artist(leg)
                legends.append(leg)
                box = leg.get_window_extent(renderer)
                y -= box.height / ax.bbox.height + 0.03 * shrink
                wide |= box.width > ax.bbox.width + 1
            if y >= 0 and not wide:
                return
            for leg in legends:
                leg.remove()
        settings.logger.warning(
            "legend larger than its panel even with small text; entries overlap"
        )
        for leg in legends:
            ax.add_artist(leg)

    def _inset(self, view: tuple[float, ...], country: gpd.GeoDataFrame) -> None:
        """Draw the locator map of Iraq with the main view outlined."""
        import shapely
        from matplotlib.patches import Rectangle

        size = 0.4 * self.panel
        ax = self.axes(self.width - self.panel, self.footer, 1.6 * size, size)
        outline = shapely.simplify(country.geometry.values, 2_000)
        minx, miny, maxx, maxy = shapely.total_bounds(outline)
        pad = 0.05 * (maxx - minx)
        bounds = _fit_view((minx - pad, miny - pad, maxx + pad, maxy + pad), 1.6)
        ax.set_xlim(bounds[0], bounds[2])
        ax.set_ylim(bounds[1], bounds[3])
        ax.set_aspect("equal", adjustable="box")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_facecolor(FILLS["outside"])
        land = FILLS["land"]
        _polygons(ax, outline, 1, facecolor=land, edgecolor=INK, linewidth=0.5 * self.scale)
        if self.data["kurdistan"] is not None:
            kri = shapely.simplify(self.data["kurdistan"].geometry.values, 2_000)
            _polygons(
                ax, kri, 2, facecolor=FILLS["kurdistan"], edgecolor=COLORS["kurdistan"],
                linewidth=0.4 * self.scale,
            )  # fmt: skip
        ax.add_patch(
            Rectangle(
                (view[0], view[1]),
                view[2] - view[0],
                view[3] - view[1],
                fill=False,
                edgecolor="#c00000",
                linewidth=1.1 * self.scale,
                zorder=5,
            )
        )
        ax.text(
            0.03,
            0.05,
            self.text("iraq"),
            transform=ax.transAxes,
            fontsize=7 * self.scale,
            color=INK,
        )

    def _scale_bar(self, ax: Axes, view: tuple[float, ...]) -> None:
        """Alternating scale bar in metres of EPSG:32638, the axes' own units."""
        from matplotlib.patches import Rectangle

        width, height = view[2] - view[0], view[3] - view[1]
        length = _nice_length(0.22 * width)
        x0, y0, bar_h = view[0] + 0.03 * width, view[1] + 0.035 * height, 0.009 * height
        for i in range(4):
            ax.add_patch(
                Rectangle(
                    (x0 + i * length / 4, y0),
                    length / 4,
                    bar_h,
                    zorder=20,
                    facecolor=INK if i % 2 == 0 else "white",
                    edgecolor=INK,
                    linewidth=0.6 * self.scale,
                )
            )
        marks = []
        for frac in (0, 0.5, 1):
            value = f"{length * frac / 1000:g}"
            marks.append(ax.text(
                x0 + frac * length,
                y0 + 1.8 * bar_h,
                f"{value} {'كم' if self.text.lang == 'ar' else 'km'}" if frac == 1 else value,
                ha="center",
                va="bottom",
                fontsize=6.5 * self.scale,
                color=INK,
                zorder=20,
            ))  # fmt: skip
        renderer = cast("FigureCanvasAgg", self.fig.canvas).get_renderer()
        ax.apply_aspect()
        first, middle, last = (m.get_window_extent(renderer) for m in marks)
        if middle.x0 < first.x1 + 2 or last.x0 < middle.x1 + 2:  # a short bar: ends only
            marks[1].remove()

    def _north_arrow(self, ax: Axes, view: tuple[float, ...]) -> None:
        """Arrow to true north at the map centre (UTM grid north differs away from 45°E)."""
        from pyproj import Transformer

        cx, cy = (view[0] + view[2]) / 2, (view[1] + view[3]) / 2
        lon, lat = Transformer.from_crs(METRIC, "EPSG:4326", always_xy=True).transform(cx, cy)
        nx, ny = Transformer.from_crs("EPSG:4326", METRIC, always_xy=True).transform(lon, lat + 0.1)
        angle = math.atan2(nx - cx, ny - cy)  # clockwise from grid north
        aspect = (view[3] - view[1]) / (view[2] - view[0])
        base = (0.95, 0.86)
        tip = (base[0] + 0.07 * math.sin(angle) * aspect, base[1] + 0.07 * math.cos(angle))
        ax.annotate(
            "",
            xy=tip,
            xytext=base,
            xycoords="axes fraction",
            zorder=20,
            arrowprops=dict(
                arrowstyle="-|>,head_width=0.35,head_length=0.7",
                color=INK,
                linewidth=1.6 * self.scale,
            ),
        )
        ax.text(
            tip[0],
            tip[1] + 0.012,
            self.text("north"),
            transform=ax.transAxes,
            ha="center",
            va="bottom",
            fontsize=9 * self.scale,
            fontweight="bold",
            color=INK,
            zorder=20,
        )

    def _fit_width(self, text: Any) -> None:
        """Shrink a header line until it fits between the page margins (to half its size)."""
        renderer = cast("FigureCanvasAgg", self.fig.canvas).get_renderer()
        width = (self.width - 2 * self.margin) * self.fig.dpi
        size = start = text.get_fontsize()
        while text.get_window_extent(renderer).width > width and size > start / 2:
            size *= 0.93
            text.set_fontsize(size)

    def _header(self, title: str | None, subtitle: str | None, shown: int) -> None:
        """Title (two lines for ``both``) and subtitle computed from the layers unless given."""
        s, lang = self.scale, self.text.lang
        left, right = self.margin / self.width, 1 - self.margin / self.width
        y = 1 - 0.2 * s / self.height
        style: dict[str, Any] = dict(fontsize=15 * s, fontweight="bold", va="top", color=INK)
        en, ar = style_title(self.data["disputed"] is not None)  # what is drawn
        if title is not None:
            lines = [(display_text(title), "right" if lang == "ar" else "left")]
        elif lang == "both":
            lines = [(en, "left"), (display_text(ar), "right")]
        else:
            lines = [(self.text.pick(en, ar), "right" if lang == "ar" else "left")]
        self.title = " / ".join(line for line, _ in lines)
        for line, ha in lines:
            self._fit_width(self.fig.text(left if ha == "left" else right, y, line, ha=ha, **style))
            y -= 0.36 * s / self.height
        if subtitle is None:
            rows = [(_subtitle(self.data, shown, "en"), "left")] if lang != "ar" else []
            if lang != "en":
                rows.append((_subtitle(self.data, shown, "ar"), "right"))
        else:
            rows = [(display_text(subtitle), "right" if lang == "ar" else "left")]
        y -= 0.06 * s / self.height
        self.subtitle = " / ".join(line for line, _ in rows if line)
        for line, ha in rows:
            if line:
                self._fit_width(self.fig.text(
                    left if ha == "left" else right, y, line, ha=ha, fontsize=9 * s, va="top",
                    color=MUTED,
                ))  # fmt: skip
                y -= 0.2 * s / self.height

    def _note(self, view: tuple[float, ...], sources: dict[str, str]) -> None:
        """Source, licence and CRS note at the bottom of the figure."""
        from pyproj import Proj, Transformer

        to_geo = Transformer.from_crs(METRIC, "EPSG:4326", always_xy=True)
        xs = (view[0], view[2], view[0], view[2], (view[0] + view[2]) / 2)
        ys = (view[1], view[1], view[3], view[3], (view[1] + view[3]) / 2)
        lons, lats = to_geo.transform(xs, ys)
        # an array for arrays of points (pyproj annotates the one-point case)
        factors = cast("np.ndarray", Proj(METRIC).get_factors(lons, lats).meridional_scale)
        departs = max(abs(f - 1) for f in factors) * 100
        spread = _percent(departs)
        lang = self.text.lang
        cited = "Sources: " + "; ".join(v for v in sources.values() if v) + ". "
        self.cited = cited.strip()
        text = (
            "Projection WGS 84 / UTM zone 38N (EPSG:32638): the scale bar is true in this CRS; "
            f"ground scale departs from it by at most {spread} across this map. "
            "North arrow: true north at the map centre. "
            if lang != "ar"
            else ""
        ) + (cited + " ".join(self.notes) + " Made with geo_disputed.")
        paragraphs = [(text, "left")]
        if lang != "en":
            at_most = _percent(departs, arabic=True)
            paragraphs.insert(0, (
                "الإسقاط: WGS 84 / UTM المنطقة 38 شمالاً (EPSG:32638)؛ مقياس الرسم صحيح في هذا "
                f"النظام، ويختلف عنه مقياس الأرض بما لا يزيد على {at_most} في هذه الخريطة. "
                "سهم الشمال: الشمال الحقيقي في وسط الخريطة. المصادر (بالإنجليزية) أدناه.",
                "right",
            ))  # fmt: skip
        renderer = cast("FigureCanvasAgg", self.fig.canvas).get_renderer()
        px = self.fig.dpi
        width = (self.width - 2 * self.margin) * px
        room = (self.footer - 0.2 * self.scale) * px  # below the map, above the page edge
        artists = [
            self.fig.text(1 - self.margin / self.width if ha == "right" else self.margin /
                          self.width, 0, "", color=MUTED, va="bottom", ha=ha)
            for _, ha in paragraphs
        ]  # fmt: skip
        for size in (6, 5.5, 5, 4.5, 4, 3.5):  # the largest text that fits the footer
            heights = [
                _wrap_to_width(artist, words, size * self.scale, width, renderer)
                for artist, (words, _) in zip(artists, paragraphs, strict=True)
            ]
            if sum(heights) + 0.04 * self.scale * px * (len(heights) - 1) <= room:
                break
        y = 0.12 * self.scale * px
        for artist, height in zip(artists[::-1], heights[::-1], strict=True):  # bottom up
            artist.set_y(y / px / self.height)
            y += height + 0.04 * self.scale * px


# Centre names repeat what the legend says; labels keep the place: "Kirkuk (K-1)".
_CENTRE_PREFIX = (
    re.compile(r"^Joint (Security )?Coordination Cent(re|er),?\s+", re.I),
    re.compile(r"^مركز التنسيق (الأمني )?المشترك (في )?"),
)


def _support_hatches(
    ax: Axes, belt: gpd.GeoDataFrame, prep: Any, text: _Labels
) -> list[tuple[Any, str]]:
    """Hatch the belt's pieces by support (:data:`~geo_disputed.render.style.BELT_SUPPORT_STYLE`)
    and return a legend entry per support hatched (``"Supported by …"``); a support without a
    hatch, or a belt without ``support``, adds nothing."""
    if "support" not in belt:
        return []
    items = []
    for support, look in BELT_SUPPORT_STYLE.items():
        part = belt[belt["support"] == support]
        if look.hatch is None or part.empty:
            continue
        _polygons(ax, prep(part), 6.5, facecolor="none", edgecolor=INK, hatch=look.hatch,
                  linewidth=0, alpha=0.6)  # fmt: skip
        head, words = LABELS["belt_support"], BELT_SUPPORT[support]
        label = text.pick(f"{head[0]} {words[0]}", f"{head[1]} {words[1]}", sep="\n")
        items.append((_patch_handle("none", INK, hatch=look.hatch, alpha=0.6), label))
    return items


def _patch_handle(face: str, edge: str, hatch: str | None = None, alpha: float = 1.0) -> Any:
    from matplotlib.patches import Patch

    return Patch(facecolor=face, edgecolor=edge, hatch=hatch, alpha=alpha, linewidth=0.8)


def _line_handle(color: str, lw: float, style: LineStyleType = "-") -> Any:
    from matplotlib.lines import Line2D

    return Line2D([], [], color=color, linewidth=lw, linestyle=style)


def _marker_area(deaths: np.ndarray, scale: float) -> np.ndarray:
    """Marker area in points² grows linearly with fatalities (0 gets the smallest marker)."""
    import numpy as np

    return (22 + 10 * np.clip(deaths, 0, None)) * scale**2


def _nice_count(value: float) -> float:
    """Round a count to 1, 2 or 5 x 10^n for the size legend (0 below 1)."""
    if value < 1:
        return 0
    exp = 10 ** math.floor(math.log10(value))
    return min((1, 2, 5, 10), key=lambda m: abs(m * exp - value)) * exp


def _wrap_to_width(artist: Any, words: str, size: float, width: float, renderer: Any) -> float:
    """Set ``artist`` to ``words`` in ``size`` points, wrapped to ``width`` pixels (measured,
    not estimated); return its height in pixels."""
    artist.set_fontsize(size)
    chars = max(20, int(width / (size * artist.figure.dpi / 72 * 0.5)))
    while True:
        artist.set_text("\n".join(display_text(line) for line in textwrap.wrap(words, chars)))
        box = artist.get_window_extent(renderer)
        if box.width <= width or chars <= 20:
            return float(box.height)
        chars = max(20, int(chars * min(0.97, width / box.width)))


def _wrap_lines(text: str, chars: int) -> str:
    """Wrap each line of ``text`` to ``chars`` characters (lines that fit stay as they are);
    a right-to-left line keeps its isolate on every line it becomes."""
    lines = []
    for line in text.split("\n"):
        parts = textwrap.wrap(line.strip(RLI + PDI), chars) if len(line) > chars else [line]
        lines += [isolate_rtl(part) if line.startswith(RLI) else part for part in parts]
    return "\n".join(lines)


def _percent(value: float, arabic: bool = False) -> str:
    """A percentage with enough digits to be informative: ``0.04%``, ``less than 0.01%``."""
    if value < 0.005:
        return "أقل من 0.01%" if arabic else "less than 0.01%"
    return f"{value:.2f}%"


def _subtitle(data: dict[str, Any], shown: int, lang: str) -> str:
    """One line of figures from the layers: belt size, incidents shown, centres."""
    import pandas as pd

    ar = lang == "ar"
    parts = []
    belt = data["belt"]
    if belt is not None:
        area = belt["area_km2"].sum() if "area_km2" in belt else belt.area.sum() / 1e6
        length = f"{belt['length_km'].sum():,.0f}" if "length_km" in belt else None
        govs = belt["admin1"].nunique() if "admin1" in belt else None
        if ar:
            text = "الحزام: " + (f"الطول {length} كم، " if length else "")
            text += f"المساحة {area:,.0f} كم²" + (f"، عدد المحافظات {govs}" if govs else "")
        else:
            text = "Belt: " + (f"{length} km long, " if length else "")
            text += f"{area:,.0f} km²" + (f" in {govs} governorates" if govs else "")
        parts.append(text)
    incidents = data["incidents"]
    if incidents is not None:
        text = f"عدد الحوادث المعروضة {shown}" if ar else f"{shown} incidents shown"
        dates = pd.to_datetime(incidents.get("date"), errors="coerce")
        if dates is not None:
            dates = dates.dropna()
            if len(dates):
                text += f" ({dates.min():%Y-%m-%d} – {dates.max():%Y-%m-%d})"
        parts.append(text)
    if data["centres"] is not None:
        count = len(data["centres"])
        parts.append(
            f"مراكز التنسيق المشتركة: {count}" if ar else f"{count} joint coordination centres"
        )
    return display_text(" · ".join(parts))


def _add_basemap(ax: Axes, notes: list[str]) -> None:
    """Add contextily tiles under the layers, or log why not."""
    try:
        import contextily
    except ImportError:
        settings.logger.warning("basemap requested but contextily is not installed; drawn without")
        notes.append("Basemap omitted: contextily not installed.")
        return
    provider = contextily.providers.CartoDB.Positron
    try:
        contextily.add_basemap(
            ax, crs=METRIC, source=provider, zorder=0.5, alpha=0.6, attribution=False
        )
    except Exception as exc:  # network, tile server or cache errors: draw without tiles
        settings.logger.warning("basemap tiles unavailable (%s); drawn without", exc)
        notes.append("Basemap omitted: tiles unavailable.")
        return
    notes.append(f"Basemap: {provider.get('attribution', 'CARTO, OpenStreetMap contributors')}.")


# --- the belt's construction methods side by side ---------------------------------------------

#: Towns of at least this many people are dotted on :func:`belt_methods_figure`.
FIGURE_TOWN_MIN = 10_000
#: The default size of :func:`belt_methods_figure`, inches, and its resolution: 1600 px wide.
METHODS_FIGSIZE = (16.0, 7.4)
METHODS_DPI = 100.0


def belt_methods_figure(
    boundaries: gpd.GeoDataFrame,
    belts: Sequence[Belt],
    *,
    lang: str = "en",
    hotspots: gpd.GeoDataFrame | None = None,
    towns: gpd.GeoDataFrame | None = None,
    size: tuple[float, float] = METHODS_FIGSIZE,
    dpi: float = METHODS_DPI,
) -> Figure:
    """Draw the belts of several construction methods side by side, one panel each.

    Every panel has the same extent (all belts with a margin) and shows Iraq, its
    governorates, the Kurdistan Region and the disputed territories (outlined), the belt
    shaded and hatched by support
    (:data:`~geo_disputed.render.style.BELT_SUPPORT_STYLE`), its medial line or centreline,
    the units (outlined) and points of the named hotspots, and the towns of
    :data:`FIGURE_TOWN_MIN` people or more as dots. Each panel's title names the method and
    the belt's line length, area and depth or width, from the :class:`Belt` itself. One
    legend below names only what is drawn.

    Parameters
    ----------
    boundaries
        Frame from :func:`~geo_disputed.geo.boundaries.load_boundaries` (with governorates;
        districts give the disputed territories).
    belts
        The belts, one panel each, left to right (e.g. one per
        :data:`geo_disputed.geo.belt.METHODS`).
    lang
        ``"en"``, ``"ar"`` or ``"both"`` (Arabic needs a font with Arabic glyphs).
    hotspots
        Frame from :func:`~geo_disputed.geo.sites.load_hotspots` (default
        ``data/vacuum_hotspots.csv``).
    towns
        Frame with ``population`` and point geometry in any CRS, e.g.
        :func:`~geo_disputed.geo.belt.held_towns` (default: the towns of the boundaries'
        gazetteer); an unknown population is not dotted.
    size, dpi
        Figure size in inches and resolution (the default is 1600 px wide).

    Returns
    -------
    matplotlib.figure.Figure
        Not attached to pyplot; write it with :func:`save_belt_methods_figure`.

    Raises
    ------
    GeoDisputedError
        For no belt, an unknown ``lang``, ``"ar"`` without an Arabic font, or boundaries
        without governorates.
    """
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from geo_disputed.geo.belt import held_towns
    from geo_disputed.geo.boundaries import boundaries_source
    from geo_disputed.geo.disputed import disputed_layer, kurdistan_region
    from geo_disputed.geo.sites import hotspot_areas, load_hotspots
    from geo_disputed.text.gazetteer import load_gazetteer

    if not belts:
        raise GeoDisputedError("no belt to draw: give at least one")
    if lang not in LANGS:
        raise GeoDisputedError(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
    rc = dict(_RC)
    if lang != "en":
        family = find_arabic_font()
        if family is None:
            raise GeoDisputedError(
                f"--lang {lang}: no installed font has Arabic glyphs; install one, e.g. "
                "`apt-get install fonts-noto-core`"
            )
        rc["font.family"] = [family, "DejaVu Sans"]
    if not (boundaries["level"] == 1).any():
        raise GeoDisputedError("the boundaries have no governorates: nothing to compare on")
    spots = hotspots if hotspots is not None else load_hotspots()
    if towns is None:
        towns = held_towns(load_gazetteer(boundaries))
    people = towns["population"].astype("Float64")
    big = towns[(people >= FIGURE_TOWN_MIN).fillna(False).to_numpy()]
    disputed, _why = disputed_layer(boundaries)
    frames = {
        "country": _metric(boundaries[boundaries["level"] == 0], "boundaries"),
        "governorates": _metric(boundaries[boundaries["level"] == 1], "boundaries"),
        "kurdistan": _metric(kurdistan_region(boundaries), "kurdistan"),
        "disputed": _metric(disputed, "disputed"),
        "units": _metric(hotspot_areas(spots, boundaries), "hotspots"),
        "points": _metric(spots[spots.geometry.notna()], "hotspots"),
        "towns": _metric(big, "towns"),
    }
    if frames["country"] is None and frames["governorates"] is not None:
        frames["country"] = frames["governorates"].dissolve()
    text = _Labels(lang)
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=size, dpi=dpi, facecolor="white")
        FigureCanvasAgg(fig)
        drawn = _draw_methods(fig, frames, list(belts), text)
        fig.suptitle(text("methods_title"), fontsize=15, fontweight="bold", color=INK, y=0.985)
        note = (
            "All geometry, lengths and areas in WGS 84 / UTM zone 38N (EPSG:32638). "
            f"{boundaries_source(boundaries)}. Belts: geo_disputed models (data/belt_depths.csv, "
            "data/vacuum_hotspots.csv, data/belt_waypoints.csv); towns: GeoNames."
        )
        fig.text(0.01, 0.008, note, fontsize=7.5, color=MUTED, ha="left", va="bottom")
        _plain_text(fig)
    _DESCRIPTIONS[fig] = {"title": text("methods_title"), "subject": note,
                          "sources": boundaries_source(boundaries), "lang": lang}  # fmt: skip
    settings.logger.info("belt methods figure: %s", ", ".join(drawn))
    return fig


def save_belt_methods_figure(
    boundaries: gpd.GeoDataFrame,
    belts: Sequence[Belt],
    path: str | os.PathLike[str],
    **options: Any,
) -> Path:
    """Draw :func:`belt_methods_figure` (``options`` as for it) and write it to ``path``
    (``.png``, ``.svg`` or ``.pdf``) atomically; return the path."""
    path = Path(path)
    if path.suffix.lower().lstrip(".") not in FORMATS:
        raise GeoDisputedError(
            f"{path}: unknown image format {path.suffix or '(none)'!r}; use .png, .svg or .pdf"
        )
    figure = belt_methods_figure(boundaries, belts, **options)
    return save_static_map(figure, path, dpi=options.get("dpi", METHODS_DPI))


def _method_title(belt: Belt, text: _Labels) -> str:
    """``vacuum: …``, ``medial line 576 km · 21,903 km²`` and ``depth 30 km (…)`` on three
    lines in ``text``'s language (``both``: English, then Arabic), every figure from
    ``belt``."""
    en_line, ar_line = LABELS["medial_line" if belt.method == "vacuum" else "centre_line"]
    length, area = belt.length_km, belt.area_km2
    if belt.hotspot_depth_km is None:
        ar_size = f"{LABELS['width'][1]} {belt.width_km:g} كم"
    else:
        ar_size = (f"{LABELS['depth'][1]} {belt.width_km:g} كم ({belt.hotspot_depth_km:g} كم "
                   f"{LABELS['at_hotspots'][1]})")  # fmt: skip
    en = f"{en_line} {length:,.0f} km · {area:,.0f} km²\n{belt.size_text}"
    ar = f"{ar_line} {length:,.0f} كم · {area:,.0f} كم²\n{ar_size}"
    name = text.pick(
        *BELT_METHODS.get(belt.requested_method, (belt.requested_method, "")), sep="\n"
    )
    if belt.method != belt.requested_method:
        en_b, ar_b = LABELS["built_as"]
        name += " (" + text.pick(en_b.format(method=belt.method),
                                 ar_b.format(method=belt.method), sep=") (") + ")"  # fmt: skip
    return f"{name}\n{text.pick(en, ar, sep=chr(10))}"


def _draw_methods(
    fig: Figure, frames: dict[str, gpd.GeoDataFrame | None], belts: list[Belt], text: _Labels
) -> list[str]:
    """One panel per belt on ``fig`` (same extent), and the legend below; returns what was
    drawn, for the log."""
    import geopandas as gpd

    pieces = [b.pieces.to_crs(METRIC) for b in belts]
    extent = [p.total_bounds for p in pieces]
    minx, miny = min(e[0] for e in extent), min(e[1] for e in extent)
    maxx, maxy = max(e[2] for e in extent), max(e[3] for e in extent)
    pad = 0.05 * max(maxx - minx, maxy - miny)
    n = len(belts)
    both = text.lang == "both"
    top = 0.68 if both else 0.81
    width, gap, left, bottom = (0.98 - 0.02 * (n - 1)) / n, 0.02, 0.01, 0.22 if both else 0.14
    aspect = (width * fig.get_figwidth()) / ((top - bottom) * fig.get_figheight())
    view = _fit_view((minx - pad, miny - pad, maxx + pad, maxy + pad), aspect)
    lw, drawn = 0.7, set()
    handles: dict[str, Any] = {}

    def once(key: str, handle: Any) -> None:
        handles.setdefault(key, handle)

    for i, (belt, part) in enumerate(zip(belts, pieces, strict=True)):
        ax = fig.add_axes((left + i * (width + gap), bottom, width, top - bottom))
        ax.set_xlim(view[0], view[2])
        ax.set_ylim(view[1], view[3])
        ax.set_aspect("equal", adjustable="box")
        ax.set_facecolor(FILLS["outside"])
        ax.set_xticks([])
        ax.set_yticks([])

        def prep(frame: gpd.GeoDataFrame) -> np.ndarray:
            return _prepare(frame, view, 0.5 * (view[2] - view[0]) / 500)

        if frames["country"] is not None:
            country = prep(frames["country"])
            _polygons(ax, country, 1, facecolor=FILLS["land"], edgecolor="none")
            _lines(ax, country, 3.5, colors=INK, linewidths=1.2 * lw)
        if frames["governorates"] is not None:
            gov = COLORS["governorates"]
            _lines(ax, prep(frames["governorates"]), 3, colors=gov, linewidths=0.5 * lw)
            once("governorates", (_line_handle(gov, 0.5 * lw), text("governorates", "\n")))
        if frames["kurdistan"] is not None:
            kri = prep(frames["kurdistan"])
            _polygons(ax, kri, 2, facecolor=FILLS["kurdistan"], edgecolor="none")
            _lines(ax, kri, 4, colors=COLORS["kurdistan"], linewidths=1.6 * lw)
            once("kurdistan", (_patch_handle(FILLS["kurdistan"], COLORS["kurdistan"]),
                               text("kurdistan", "\n")))  # fmt: skip
        if frames["disputed"] is not None:
            color = COLORS["disputed"]
            _lines(ax, prep(frames["disputed"]), 5, colors=color, linewidths=1.1 * lw,
                   linestyles=(0, (4, 2)))  # fmt: skip
            once("disputed", (_line_handle(color, 1.1 * lw, "--"), text("disputed", "\n")))
        for support, look in BELT_SUPPORT_STYLE.items():
            sub = part[part["support"] == support] if "support" in part else part.iloc[:0]
            if sub.empty:
                continue
            geoms = prep(sub)
            _polygons(ax, geoms, 6, facecolor=COLORS["belt"], edgecolor="none",
                      alpha=look.opacity + 0.15)  # fmt: skip
            if look.hatch:
                _polygons(ax, geoms, 6.2, facecolor="none", edgecolor=INK, hatch=look.hatch,
                          linewidth=0, alpha=0.55)  # fmt: skip
            _lines(ax, geoms, 6.4, colors=COLORS["belt"], linewidths=0.6 * lw)
            head, words = LABELS["belt_support"], BELT_SUPPORT[support]
            label = text.pick(f"{head[0]} {words[0]}", f"{head[1]} {words[1]}", sep="\n")
            handle = _support_handle(look.opacity + 0.15, look.hatch)
            once(f"support:{support}", (handle, label))
            drawn.add(support)
        line = gpd.GeoDataFrame(geometry=[belt.centreline], crs=belt.crs).to_crs(METRIC)
        _lines(ax, prep(line), 7, colors=COLORS["centreline"], linewidths=1.4 * lw,
               linestyles="--")  # fmt: skip
        once("line", (_line_handle(COLORS["centreline"], 1.4 * lw, "--"), text("centreline", "\n")))
        if frames["units"] is not None:
            _lines(ax, prep(frames["units"]), 8, colors=COLORS["hotspots"], linewidths=1.5 * lw,
                   linestyles=(0, (1.5, 1.5)))  # fmt: skip
            once(
                "units",
                (_line_handle(COLORS["hotspots"], 1.5 * lw, ":"), text("hotspot_units", "\n")),
            )
        if frames["points"] is not None:
            xy = frames["points"].geometry
            ax.scatter(xy.x, xy.y, s=46, marker="*", color=COLORS["hotspots"], edgecolor="white",
                       linewidth=0.5, zorder=9, gid="hotspot-points")  # fmt: skip
            once(
                "points", (_marker_handle("*", COLORS["hotspots"], 9), text("hotspot_points", "\n"))
            )
        if frames["towns"] is not None:
            xy = frames["towns"].geometry
            ax.scatter(xy.x, xy.y, s=7, color=MUTED, edgecolor="none", zorder=8.5, gid="towns")
            en, ar = LABELS["big_towns"]
            label = text.pick(en.format(n=FIGURE_TOWN_MIN), ar.format(n=FIGURE_TOWN_MIN), sep="\n")
            once("towns", (_marker_handle("o", MUTED, 3.5), label))
        ax.set_title(_method_title(belt, text), fontsize=10.5, color=INK, loc="center", pad=5)
        for spine in ax.spines.values():
            spine.set(color=INK, linewidth=0.8)
    order = [
        "governorates",
        "kurdistan",
        "disputed",
        *(f"support:{s}" for s in BELT_SUPPORT_STYLE),
        "line",
        "units",
        "points",
        "towns",
    ]
    items = [handles[k] for k in order if k in handles]  # fmt: skip
    fig.legend(
        [h for h, _ in items], [label for _, label in items], loc="lower center",
        bbox_to_anchor=(0.5, 0.03), ncol=5 if text.lang == "en" else 4, frameon=False,
        fontsize=8.5, handlelength=2.2, columnspacing=1.4,
    )  # fmt: skip
    return [b.method for b in belts] + sorted(drawn)


def _support_handle(alpha: float, hatch: str | None) -> Any:
    """A legend patch for one support: the belt's colour at ``alpha``, with ``hatch``."""
    from matplotlib.colors import to_rgba
    from matplotlib.patches import Patch

    return Patch(facecolor=to_rgba(COLORS["belt"], alpha), edgecolor=INK, hatch=hatch,
                 linewidth=0.4)  # fmt: skip


def _marker_handle(marker: str, color: str, size: float) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([], [], marker=marker, color=color, linestyle="none", markersize=size)


# --- writing ---------------------------------------------------------------------------------


def save_static_map(figure: Figure, path: str | os.PathLike[str], *, dpi: float = 300) -> Path:
    """Write a static map to ``path`` (``.png``, ``.svg`` or ``.pdf``) atomically.

    Output is reproducible: the same inputs give byte-identical files (no timestamps or
    software versions in the metadata, fixed SVG ids).

    Parameters
    ----------
    figure
        A figure from :func:`static_map`.
    path
        Output file; the format comes from the extension.
    dpi
        Resolution for PNG (and rasterised parts of PDF/SVG).

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    import matplotlib

    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise GeoDisputedError(
            f"{path}: unknown image format {path.suffix or '(none)'!r}; use .png, .svg or .pdf"
        )
    rc = dict(_RC)
    if not renderer_applies_bidi():  # SVG viewers reorder text themselves: keep glyphs as paths
        rc["svg.fonttype"] = "path"
    with matplotlib.rc_context(rc), atomic_path(path) as tmp:
        extra: dict[str, Any] = (
            {"pil_kwargs": {"compress_level": 3}} if fmt == "png" else {}
        )  # 6 is ~1.5x slower
        figure.savefig(tmp, format=fmt, dpi=dpi, metadata=_metadata(figure, fmt), **extra)
    settings.logger.info("wrote %s (%s, %g dpi, CRS %s)", path, fmt, dpi, METRIC)
    return path
