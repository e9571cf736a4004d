"""Static maps for reports and slides (PNG, SVG, PDF), drawn with matplotlib in UTM zone 38N.

:func:`static_map` draws whichever layers it is given: the security-vacuum belt by governorate,
the disputed territories, the Kurdistan Region, governorate outlines and labels, incidents
(sized by fatalities, coloured by type) and coordination centres, with a legend, a scale bar,
a north arrow, an inset locator map, a title, a subtitle and a source note.
:func:`save_static_map` writes it atomically and byte-for-byte reproducibly.

Everything is drawn in WGS 84 / UTM zone 38N (EPSG:32638), so the scale bar is true in that
CRS; the note printed on the map states the CRS and how far ground scale departs from it.
"""

from __future__ import annotations

import math
import os
import re
import textwrap
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from geo_disputed import settings
from geo_disputed.crs import METRIC
from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import atomic_path
from geo_disputed.render.arabic import find_arabic_font, renderer_applies_bidi, shape_arabic
from geo_disputed.render.layers import Layers
from geo_disputed.render.style import (
    BELT_PIECES,
    COLORS,
    FILLS,
    INK,
    LABELS,
    LAYER_NAMES,
    MUTED,
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

__all__ = [
    "FORMATS",
    "METRIC",
    "PAGE_SIZES",
    "parse_bbox",
    "parse_size",
    "save_static_map",
    "static_map",
]

FORMATS = ("png", "svg", "pdf")
#: The layers the static map draws (the article's places and the gaps are web-map layers).
STATIC_LAYERS = ("boundaries", "countries", "belt", "disputed", "incidents", "centres")
LANGS = ("en", "ar", "both")
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

# The map's words: the layer names and labels of the style, and a few of its own.
_TEXT = {
    **LAYER_NAMES,
    **LABELS,
    "belt": ("Security-vacuum belt, by governorate", "حزام الفراغ الأمني حسب المحافظة"),
    "governorates": ("Governorate boundary", "حدود المحافظات"),
    "centres": ("Joint coordination centre", "مركز تنسيق أمني مشترك"),
}


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
    """The map's text in one language (``en``, ``ar`` or ``both``), shaped for matplotlib."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, key: str, sep: str = " / ") -> str:
        return self.pick(*_TEXT[key], sep=sep)

    def pick(self, en: str, ar: Any, sep: str = " / ") -> str:
        """Choose English, shaped Arabic, or both joined by ``sep`` (missing Arabic: English)."""
        ar = shape_arabic(ar) if isinstance(ar, str) and ar.strip() else ""
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
    belt = layers.belt
    frames = {
        "boundaries": layers.boundaries,
        "disputed": layers.disputed,
        "kurdistan": layers.kurdistan,
        "belt": belt.pieces if belt is not None else None,
        "centreline": belt.centreline_frame() if belt is not None else None,
        "incidents": layers.incidents,
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
        return figure


def _plain_text(figure: Figure) -> None:
    """Make every Text of ``figure`` plain (no mathtext, no LaTeX), the ones matplotlib makes
    lazily (tick labels) included: ``$``, ``\\``, ``_`` and ``^`` are drawn as written."""
    from matplotlib.text import Text

    for text in figure.findobj(Text):
        text.set_parse_math(False)
        text.set_usetex(False)


class _MapDrawer:
    """Lays out one figure: header, map, legend panel with inset, note."""

    def __init__(
        self,
        data: dict[str, gpd.GeoDataFrame | None],
        text: _Labels,
        figsize: tuple[float, float],
        dpi: float,
        notes: list[str],
    ) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        self.text, self.notes, self.dpi = text, notes, dpi
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
                "`geo-disputed data fetch`)"
            )
            notes.append(
                "Boundaries not available: governorates, country outline and inset omitted."
            )
        self.width, self.height = figsize
        self.scale = max(0.6, min(1.6, min(figsize) / 8.27))
        self.fig = Figure(figsize=figsize, dpi=dpi, facecolor="white")
        FigureCanvasAgg(self.fig)  # a renderer to measure legends with
        self.header = (1.3 if text.lang == "both" else 0.95) * self.scale
        self.footer = 0.62 * self.scale
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
        ax.set_facecolor(FILLS["outside"])
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set(color=INK, linewidth=0.8)

        def prep(frame: gpd.GeoDataFrame) -> np.ndarray:
            return _prepare(frame, view, tol) if simplify else frame.geometry.values

        layers, belt = self._layers(ax, view, prep)
        types, sizes, shown = self._incidents(ax, view)
        centres = self.data["centres"]
        if centres is not None:
            layers.append((self._centres(ax, view, centres), self.text("centres", "\n")))
        if basemap:
            _add_basemap(ax, self.notes)
        self._scale_bar(ax, view)
        self._north_arrow(ax, view)
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
        """Draw the belt, one colour per governorate from west to east."""
        belt = self.data["belt"]
        if belt is None:
            return []
        belt = belt.assign(admin1=belt.get("admin1", "")).fillna({"admin1": ""})
        belt["admin1"] = belt["admin1"].astype(str)
        west = belt.geometry.bounds["minx"].groupby(belt["admin1"]).min()
        arabic = {}
        if self.governorates is not None and "name_ar" in self.governorates:
            arabic = dict(
                zip(self.governorates["name_en"], self.governorates["name_ar"], strict=True)
            )
        items = []
        for i, admin1 in enumerate(sorted(west.index, key=lambda a: (west[a], a))):
            color = BELT_PIECES[i % len(BELT_PIECES)]
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
        return items

    def _measured(self, en: str, ar: Any, length: float | None, area: float) -> str:
        """``"Kirkuk: 102 km, 1,983 km²"`` in the map's language (Arabic on a second line)."""
        if self.text.lang == "ar" and isinstance(ar, str) and ar:
            figures = f"{length:,.0f} كم، " if length is not None else ""
            return shape_arabic(f"{ar}: {figures}{area:,.0f} كم²")
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
        min_area = 1e-2 * (view[2] - view[0]) * (view[3] - view[1])
        for geom, en, ar in zip(inner, others["name_en"], others["name_ar"], strict=True):
            if geom.is_empty or geom.area < min_area:
                continue
            point = geom.representative_point()
            label = self.text.pick(str(en), ar, sep="\n")
            ax.text(
                point.x,
                point.y,
                label.upper() if self.text.lang == "en" else label,
                ha="center",
                va="center",
                fontsize=8 * self.scale,
                color=COLORS["countries"],
                zorder=0.7,
                clip_on=True,
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
            point = geom.representative_point()
            ax.text(
                point.x,
                point.y,
                self.text.pick(str(en), ar, sep="\n"),
                ha="center",
                va="center",
                fontsize=7 * self.scale,
                color=MUTED,
                zorder=9,
                path_effects=self._halo(),
                clip_on=True,
            )

    def _halo(self) -> list:
        import matplotlib.patheffects as pe

        return [pe.withStroke(linewidth=2.2 * self.scale, foreground="white")]

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
            type_items.append((handle, f"{kind or 'unknown type'} ({len(pick)})"))
        self._stack_counts(ax, x[inside], y[inside])
        size_items = []
        shown = deaths[inside]
        values = {float(shown.max()), _nice_count(shown.max() / 3)} if inside.any() else set()
        values |= {0.0} if (shown == 0).any() else set()
        for value in sorted(values):
            size = math.sqrt(_marker_area(np.array([value]), self.scale)[0])
            handle = Line2D([], [], marker="o", linestyle="", color=MUTED, markersize=size)
            size_items.append((handle, f"{value:g}"))
        return type_items, size_items, int(inside.sum())

    def _stack_counts(self, ax: Axes, x: np.ndarray, y: np.ndarray) -> None:
        """Write the number of incidents beside markers that share one point."""
        import pandas as pd

        counts = pd.DataFrame({"x": x.round(), "y": y.round()}).value_counts(sort=False)
        for point, n in counts[counts > 1].sort_index().items():
            px, py = cast("tuple[float, float]", point)  # an (x, y) entry of the MultiIndex
            ax.annotate(
                f"×{n}",
                (px, py),
                xytext=(4 * self.scale, -7 * self.scale),
                textcoords="offset points",
                fontsize=6 * self.scale,
                color=INK,
                zorder=12,
                path_effects=self._halo(),
                annotation_clip=True,
            )

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
        name_col = next((c for c in ("name_en", "name", "site") if c in points), None)
        for _, row in points.iterrows():
            x, y = row.geometry.x, row.geometry.y
            if not (view[0] <= x <= view[2] and view[1] <= y <= view[3]):
                continue
            en, ar = row[name_col] if name_col else "", row.get("name_ar")
            en = _CENTRE_PREFIX[0].sub("", en) if isinstance(en, str) else ""
            ar = _CENTRE_PREFIX[1].sub("", ar) if isinstance(ar, str) else None
            label = self.text.pick(en, ar, "\n")
            if label:
                ax.annotate(
                    label,
                    (x, y),
                    xytext=(5 * s, 3 * s),
                    textcoords="offset points",
                    fontsize=6.5 * s,
                    color=INK,
                    zorder=12,
                    path_effects=self._halo(),
                    annotation_clip=True,
                )
        return Line2D([], [], **style)

    def _legend(self, bottom: float, blocks: list[tuple[str, list[tuple[Any, str]]]]) -> None:
        """Stack one titled legend per block in the right-hand panel, shrinking text to fit."""
        from matplotlib.legend import Legend

        top = self.height - self.header
        ax = self.axes(self.width - self.panel, bottom, self.panel - self.margin, top - bottom)
        ax.set_axis_off()
        renderer = cast("FigureCanvasAgg", self.fig.canvas).get_renderer()  # set in __init__
        blocks = [(heading, items) for heading, items in blocks if items]
        for shrink in (1.0, 0.9, 0.8, 0.7, 0.6):
            legends, y = [], 1.0
            for heading, items in blocks:
                handles, labels = zip(*items, strict=True)
                leg = Legend(
                    ax,
                    handles,
                    labels,
                    title=heading,
                    loc="upper left",
                    bbox_to_anchor=(0, y),
                    frameon=False,
                    fontsize=7 * self.scale * shrink,
                    title_fontsize=8 * self.scale * shrink,
                    alignment="left",
                    ncol=len(items) if heading == self.text("fatalities") else 1,
                    handlelength=1.6,
                    borderaxespad=0,
                    labelspacing=0.45,
                )
                leg.get_title().set_fontweight("bold")
                ax.add_artist(leg)
                legends.append(leg)
                y -= leg.get_window_extent(renderer).height / ax.bbox.height + 0.03 * shrink
            if y >= 0:
                return
            for leg in legends:
                leg.remove()
        settings.logger.warning(
            "legend taller than its panel even with small text; entries overlap"
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
        for frac in (0, 0.5, 1):
            value = f"{length * frac / 1000:g}"
            ax.text(
                x0 + frac * length,
                y0 + 1.8 * bar_h,
                f"{value} {'كم' if self.text.lang == 'ar' else 'km'}" if frac == 1 else value,
                ha="center",
                va="bottom",
                fontsize=6.5 * self.scale,
                color=INK,
                zorder=20,
            )

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

    def _header(self, title: str | None, subtitle: str | None, shown: int) -> None:
        """Title (two lines for ``both``) and subtitle computed from the layers unless given."""
        s, lang = self.scale, self.text.lang
        left, right = self.margin / self.width, 1 - self.margin / self.width
        y = 1 - 0.2 * s / self.height
        style: dict[str, Any] = dict(fontsize=15 * s, fontweight="bold", va="top", color=INK)
        en, ar = style_title(self.data["disputed"] is not None)  # what is drawn
        if title is not None:
            lines = [(shape_arabic(title), "right" if lang == "ar" else "left")]
        elif lang == "both":
            lines = [(en, "left"), (shape_arabic(ar), "right")]
        else:
            lines = [(self.text.pick(en, ar), "right" if lang == "ar" else "left")]
        for line, ha in lines:
            self.fig.text(left if ha == "left" else right, y, line, ha=ha, **style)
            y -= 0.36 * s / self.height
        if subtitle is None:
            subtitle = _subtitle(self.data, shown, "ar" if lang == "ar" else "en")
        else:
            subtitle = shape_arabic(subtitle)
        if subtitle:
            self.fig.text(
                right if lang == "ar" else left,
                y - 0.06 * s / self.height,
                subtitle,
                ha="right" if lang == "ar" else "left",
                fontsize=9 * s,
                va="top",
                color=MUTED,
            )

    def _note(self, view: tuple[float, ...], sources: dict[str, str]) -> None:
        """Source, licence and CRS note at the bottom of the figure."""
        from pyproj import Proj, Transformer

        to_geo = Transformer.from_crs(METRIC, "EPSG:4326", always_xy=True)
        xs = (view[0], view[2], view[0], view[2], (view[0] + view[2]) / 2)
        ys = (view[1], view[1], view[3], view[3], (view[1] + view[3]) / 2)
        lons, lats = to_geo.transform(xs, ys)
        # an array for arrays of points (pyproj annotates the one-point case)
        factors = cast("np.ndarray", Proj(METRIC).get_factors(lons, lats).meridional_scale)
        spread = max(abs(f - 1) for f in factors) * 100
        text = (
            "Projection WGS 84 / UTM zone 38N (EPSG:32638): the scale bar is true in this CRS; "
            f"ground scale departs from it by at most {spread:.1f}% across this map. "
            "North arrow: true north at the map centre. Sources: "
            + "; ".join(v for v in sources.values() if v)
            + ". "
            + " ".join(self.notes)
            + " Made with geo_disputed."
        )
        chars = int(self.width * 72 / (6 * self.scale * 0.55))
        self.fig.text(
            self.margin / self.width,
            0.12 * self.scale / self.height,
            "\n".join(textwrap.wrap(text, chars)),
            fontsize=6 * self.scale,
            color=MUTED,
            va="bottom",
            ha="left",
        )


# Centre names repeat what the legend says; labels keep the place: "Kirkuk (K-1)".
_CENTRE_PREFIX = (
    re.compile(r"^Joint (Security )?Coordination Cent(re|er),?\s+", re.I),
    re.compile(r"^مركز التنسيق (الأمني )?المشترك (في )?"),
)


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
    return shape_arabic(" · ".join(parts))


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
        figure.savefig(tmp, format=fmt, dpi=dpi, metadata=_METADATA[fmt], **extra)
    settings.logger.info("wrote %s (%s, %g dpi, CRS %s)", path, fmt, dpi, METRIC)
    return path
