"""QGIS styles for the GeoPackage :func:`geo_disputed.render.layers.write_layers` writes.

QGIS keeps a layer's default style in a GeoPackage table ``layer_styles`` (one row per
style: the table it styles, the style as QML, whether it is the default). :func:`add_styles`
writes that table the way QGIS itself does (through GDAL: registered in ``gpkg_contents`` as
an attributes table), one default style per layer, so the file opens styled in QGIS. Every
colour comes from :mod:`geo_disputed.render.style` (:data:`~geo_disputed.render.style.COLORS`,
:data:`~geo_disputed.render.style.FILLS`, :func:`~geo_disputed.render.style.event_colors`),
the palette of the interactive and static maps; incidents are categorised by
``event_type``. The table holds no wall-clock time (``update_time`` is
:data:`UPDATE_TIME`), so the same layers give the same styles.
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from geo_disputed.errors import DataError
from geo_disputed.render.style import COLORS, FILLS, LAYER_NAMES, MUTED, event_colors

#: The ``layer_styles`` table as QGIS creates it in a GeoPackage (through GDAL).
LAYER_STYLES_DDL = """CREATE TABLE "layer_styles" (
  "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  "f_table_catalog" TEXT(256),
  "f_table_schema" TEXT(256),
  "f_table_name" TEXT(256),
  "f_geometry_column" TEXT(256),
  "styleName" TEXT(30),
  "styleQML" TEXT,
  "styleSLD" TEXT,
  "useAsDefault" BOOLEAN,
  "description" TEXT,
  "owner" TEXT(30),
  "ui" TEXT(30),
  "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)"""
#: The fixed ``update_time`` of every style (and of the table's ``gpkg_contents`` row).
UPDATE_TIME = "1970-01-01T00:00:00.000Z"
#: The QGIS version the QML declares (QGIS 3 reads the ``<Option>`` form it writes).
QGIS_VERSION = "3.34.0-Prizren"
#: QGIS's geometry type codes (``layerGeometryType``).
GEOMETRY_CODES = {"point": "0", "line": "1", "polygon": "2"}
#: The style name of every layer's default style.
STYLE_NAME = "geo_disputed"
#: Width (mm) of outlines drawn thinner than any line layer.
HAIRLINE_MM = 0.26


@dataclass(frozen=True)
class Paint:
    """How one GeoPackage layer is drawn: the ``COLORS`` key of its line or marker colour,
    an optional fill (a ``FILLS`` key, or ``COLORS`` key with an opacity) and line width."""

    color: str
    fill: str | None = None
    fill_opacity: float = 1.0
    width_mm: float = HAIRLINE_MM
    dash: bool = False
    label: str = ""


#: Paint of each layer of :meth:`geo_disputed.render.layers.Layers.frames`, as the maps draw
#: them (the interactive map's opacities; the static map's fills).
PAINT: dict[str, Paint] = {
    "belt": Paint("belt", fill="belt", fill_opacity=0.35, label="belt"),
    "centreline": Paint("centreline", width_mm=0.66, dash=True, label="centreline"),
    "gaps": Paint("gaps", width_mm=1.6, label="gaps"),
    "governorates": Paint("governorates", width_mm=0.5, label="governorates"),
    "districts": Paint("districts", label="districts"),
    "subdistricts": Paint("districts", width_mm=0.15, label="districts"),
    "disputed_territories": Paint(
        "disputed", fill="disputed", fill_opacity=0.15, width_mm=0.4, label="disputed"
    ),
    "kurdistan_region": Paint("kurdistan", fill="fills:kurdistan", width_mm=0.8,
                              label="kurdistan"),
    "countries": Paint("countries", fill="fills:neighbours", label="countries"),
    "coordination_centres": Paint("centres", label="centres"),
    "incidents": Paint("incidents", label="incidents"),
    "news_incidents": Paint("news", label="news"),
    "article_places": Paint("places", label="places"),
}  # fmt: skip


@dataclass(frozen=True)
class LayerInfo:
    """What a style needs to know of a written layer."""

    name: str
    geometry_column: str
    geometry_type: str  # "point", "line" or "polygon"
    event_types: tuple[str, ...] = ()


def rgba(color: str, opacity: float = 1.0) -> str:
    """``#rrggbb`` as QGIS's ``r,g,b,a`` (0-255 each).

    >>> rgba("#e6550d", 0.35)
    '230,85,13,89'
    """
    text = color.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    r, g, b = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return f"{r},{g},{b},{round(opacity * 255)}"


def _colour(key: str) -> str:
    """A ``COLORS`` key, or ``fills:KEY`` for a ``FILLS`` one, as ``#rrggbb``."""
    if key.startswith("fills:"):
        return FILLS[key.removeprefix("fills:")]
    return COLORS.get(key, MUTED)


def _options(parent: ET.Element, values: Mapping[str, str]) -> None:
    """Symbol-layer properties in the ``<Option type="Map">`` form of QGIS 3."""
    box = ET.SubElement(parent, "Option", type="Map")
    for key, value in values.items():
        ET.SubElement(box, "Option", type="QString", name=key, value=value)


def _symbol(parent: ET.Element, name: str, kind: str, paint: Paint, colour: str) -> None:
    """One ``<symbol>`` of one simple symbol layer: fill, line or marker."""
    symbol = ET.SubElement(parent, "symbol", type={"polygon": "fill", "line": "line",
                           "point": "marker"}[kind], name=name, alpha="1",
                           clip_to_extent="1", force_rhr="0")  # fmt: skip
    if kind == "polygon":
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleFill"}, enabled="1",
                              pass_="0", locked="0")  # fmt: skip
        fill = _colour(paint.fill) if paint.fill else colour
        _options(layer, {
            "color": rgba(fill, paint.fill_opacity) if paint.fill else rgba(fill, 0.0),
            "style": "solid" if paint.fill else "no",
            "outline_color": rgba(colour),
            "outline_style": "dash" if paint.dash else "solid",
            "outline_width": f"{paint.width_mm:g}",
            "outline_width_unit": "MM",
            "joinstyle": "round",
        })  # fmt: skip
    elif kind == "line":
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleLine"}, enabled="1",
                              pass_="0", locked="0")  # fmt: skip
        _options(layer, {
            "line_color": rgba(colour),
            "line_style": "dash" if paint.dash else "solid",
            "line_width": f"{paint.width_mm:g}",
            "line_width_unit": "MM",
            "capstyle": "round",
            "joinstyle": "round",
        })  # fmt: skip
    else:
        layer = ET.SubElement(symbol, "layer", {"class": "SimpleMarker"}, enabled="1",
                              pass_="0", locked="0")  # fmt: skip
        _options(layer, {
            "name": "circle",
            "color": rgba(colour),
            "outline_color": rgba("#ffffff"),
            "outline_style": "solid",
            "outline_width": "0.2",
            "outline_width_unit": "MM",
            "size": "2.4",
            "size_unit": "MM",
        })  # fmt: skip


def qml(info: LayerInfo) -> str:
    """The QGIS style (QML) of one layer: a single symbol, or for the incidents one category
    per event type, coloured as on the maps (:func:`~geo_disputed.render.style.event_colors`).
    """
    paint = PAINT.get(info.name, Paint("countries", label=""))
    root = ET.Element("qgis", version=QGIS_VERSION, styleCategories="Symbology")
    if info.name == "incidents" and info.event_types:
        renderer = ET.SubElement(root, "renderer-v2", type="categorizedSymbol",
                                 attr="event_type", symbollevels="0", enableorderby="0",
                                 forceraster="0")  # fmt: skip
        categories = ET.SubElement(renderer, "categories")
        symbols = ET.SubElement(renderer, "symbols")
        types = list(info.event_types)
        for i, (value, colour) in enumerate(zip(types, event_colors(types), strict=True)):
            ET.SubElement(categories, "category", render="true", symbol=str(i),
                          value=value, label=value, type="string")  # fmt: skip
            _symbol(symbols, str(i), info.geometry_type, paint, colour)
        other = str(len(types))  # QGIS's "all other values": an empty value
        ET.SubElement(categories, "category", render="true", symbol=other, value="",
                      label="other", type="string")  # fmt: skip
        _symbol(symbols, other, info.geometry_type, paint, MUTED)
        source = ET.SubElement(renderer, "source-symbol")
        _symbol(source, "0", info.geometry_type, paint, MUTED)
    else:
        renderer = ET.SubElement(root, "renderer-v2", type="singleSymbol", symbollevels="0",
                                 enableorderby="0", forceraster="0")  # fmt: skip
        symbols = ET.SubElement(renderer, "symbols")
        _symbol(symbols, "0", info.geometry_type, paint, _colour(paint.color))
    ET.SubElement(root, "layerGeometryType").text = GEOMETRY_CODES[info.geometry_type]
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode").replace(' pass_="', ' pass="')
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body + "\n"


def _description(name: str) -> str:
    """The layer's English name on the maps, for the style's description."""
    label = PAINT[name].label if name in PAINT else ""
    return LAYER_NAMES[label][0] if label in LAYER_NAMES else name


def add_styles(path: str | Path, event_types: Sequence[str] = ()) -> list[str]:
    """Add the ``layer_styles`` table, one default style per layer, to a GeoPackage.

    Parameters
    ----------
    path
        A GeoPackage just written (by GDAL) that has no ``layer_styles`` table yet; every
        feature table in its ``gpkg_geometry_columns`` is styled.
    event_types
        The event types of the ``incidents`` layer, one category each.

    Returns
    -------
    list of str
        The layers styled, in the order written.

    Raises
    ------
    DataError
        If the file cannot be updated (it is not a GeoPackage, or already has styles).
    """
    try:
        with sqlite3.connect(path) as db:
            found = db.execute(
                "SELECT c.table_name, g.column_name, g.geometry_type_name FROM gpkg_contents c "
                "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                "WHERE c.data_type = 'features' ORDER BY c.rowid"
            ).fetchall()
            infos = [
                LayerInfo(name, column, _kind(kind), tuple(event_types) if name == "incidents"
                          else ())
                for name, column, kind in found
            ]  # fmt: skip
            db.execute(LAYER_STYLES_DDL)
            db.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                "last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', '', ?)",
                (UPDATE_TIME,),
            )
            db.executemany(
                "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, "
                "owner, ui, update_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [("", "", i.name, i.geometry_column, STYLE_NAME, qml(i), "", True,
                  _description(i.name), "", None, UPDATE_TIME) for i in infos],
            )  # fmt: skip
        db.close()
    except sqlite3.Error as exc:
        raise DataError(path, f"cannot add the QGIS styles ({exc})") from None
    return [i.name for i in infos]


def _kind(geometry_type: str) -> str:
    """``point``, ``line`` or ``polygon`` for a GeoPackage geometry type name."""
    name = geometry_type.upper()
    if "POLYGON" in name:
        return "polygon"
    if "LINE" in name:
        return "line"
    return "point"  # POINT, MULTIPOINT; GEOMETRY (mixed) is drawn with markers
