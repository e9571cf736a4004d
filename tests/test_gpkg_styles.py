"""The GeoPackage of ``write_layers``: QGIS default styles in the maps' colours, and an
incident schema that does not depend on the boundaries."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pyogrio
import pytest
from map_samples import all_layers

from geo_disputed import settings
from geo_disputed.incidents import load_incidents
from geo_disputed.layers import load_layers
from geo_disputed.render.layers import Layers, write_layers
from geo_disputed.render.style import COLORS, EVENT_TYPES, FILLS, PALETTE, event_colors

#: The columns of the ``layer_styles`` table QGIS writes into a GeoPackage, in its order.
QGIS_COLUMNS = ["id", "f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column",
                "styleName", "styleQML", "styleSLD", "useAsDefault", "description", "owner",
                "ui", "update_time"]  # fmt: skip
#: Each layer's colour on the maps (stroke, fill) as style.py defines it; None: not filled.
MAP_COLOURS = {
    "belt": (COLORS["belt"], COLORS["belt"]),
    "centreline": (COLORS["centreline"], None),
    "gaps": (COLORS["gaps"], None),
    "governorates": (COLORS["governorates"], None),
    "districts": (COLORS["districts"], None),
    "disputed_territories": (COLORS["disputed"], COLORS["disputed"]),
    "kurdistan_region": (COLORS["kurdistan"], FILLS["kurdistan"]),
    "countries": (COLORS["countries"], FILLS["neighbours"]),
    "coordination_centres": (COLORS["centres"], COLORS["centres"]),
    "article_places": (COLORS["places"], COLORS["places"]),
    "news_incidents": (COLORS["news"], COLORS["news"]),
}


def _hex(rgba: str) -> str:
    """QGIS's ``r,g,b,a`` as ``#rrggbb``."""
    r, g, b, _ = (int(v) for v in rgba.split(","))
    return f"#{r:02x}{g:02x}{b:02x}"


def _props(symbol: ET.Element) -> dict[str, str]:
    """The properties of a symbol's (one) symbol layer."""
    layers = symbol.findall("layer")
    assert len(layers) == 1
    return {
        o.get("name", ""): o.get("value", "") for o in layers[0].iter("Option") if o.get("name")
    }


def _stroke_fill(symbol: ET.Element) -> tuple[str, str | None]:
    """The stroke and fill colours of a fill, line or marker symbol (fill None: not filled)."""
    props, kind = _props(symbol), symbol.get("type")
    if kind == "line":
        return _hex(props["line_color"]), None
    if kind == "fill":
        filled = props["style"] != "no" and int(props["color"].split(",")[3]) > 0
        return _hex(props["outline_color"]), _hex(props["color"]) if filled else None
    assert kind == "marker"
    return _hex(props["color"]), _hex(props["color"])


def _styles(path: Path) -> dict[str, tuple]:
    with sqlite3.connect(path) as db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(layer_styles)")]
        assert columns == QGIS_COLUMNS
        kind = db.execute(
            "SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'"
        ).fetchone()
        assert kind == ("attributes",)  # as GDAL registers the table QGIS creates
        rows = db.execute(
            "SELECT f_table_name, f_geometry_column, styleName, styleQML, useAsDefault, "
            "update_time FROM layer_styles"
        ).fetchall()
    db.close()
    assert len({r[0] for r in rows}) == len(rows)  # one style per layer
    return {r[0]: r[1:] for r in rows}


def test_every_layer_has_a_default_qgis_style_in_the_maps_colours(tmp_path: Path) -> None:
    path = tmp_path / "all.gpkg"
    layers = all_layers(n_incidents=40)
    write_layers(layers, path)
    spatial = {name: kind for name, kind in pyogrio.list_layers(path) if kind is not None}
    styles = _styles(path)
    assert set(styles) == set(spatial) == set(layers.frames())
    for name, (geometry, style_name, qml, default, updated) in styles.items():
        assert geometry == pyogrio.read_info(path, layer=name)["geometry_name"]
        assert default == 1 and style_name and updated == "1970-01-01T00:00:00.000Z"
        root = ET.fromstring(qml.split("\n", 1)[1])  # after the DOCTYPE line
        assert root.tag == "qgis"
        renderer = root.find("renderer-v2")
        assert renderer is not None
        if name == "incidents":
            continue
        assert renderer.get("type") == "singleSymbol", name
        symbols = renderer.findall("symbols/symbol")
        assert len(symbols) == 1
        assert _stroke_fill(symbols[0]) == MAP_COLOURS[name], name
        expected_type = {"Polygon": "fill", "MultiPolygon": "fill", "LineString": "line",
                         "MultiLineString": "line", "Point": "marker"}[spatial[name]]  # fmt: skip
        assert symbols[0].get("type") == expected_type, name


def test_incidents_are_categorised_by_event_type_in_the_maps_colours(tmp_path: Path) -> None:
    path = tmp_path / "incidents.gpkg"
    layers = all_layers(n_incidents=40)
    write_layers(layers, path, names=["incidents"])
    qml = _styles(path)["incidents"][2]
    renderer = ET.fromstring(qml.split("\n", 1)[1]).find("renderer-v2")
    assert renderer is not None
    assert renderer.get("type") == "categorizedSymbol" and renderer.get("attr") == "event_type"
    symbols = {s.get("name"): s for s in renderer.findall("symbols/symbol")}
    colour = {
        c.get("value"): _stroke_fill(symbols[c.get("symbol")])[0]
        for c in renderer.findall("categories/category")
    }
    types = sorted(set(layers.incidents["event_type"]))  # type: ignore[index]
    assert set(colour) == {*types, ""}  # "": QGIS's "all other values"
    assert [colour[t] for t in types] == event_colors(types)
    assert colour["Battles"] == EVENT_TYPES["Battles"][0]
    assert colour["Made-up type"] == PALETTE[0]


def test_styles_are_the_same_on_every_write(tmp_path: Path) -> None:
    layers = all_layers(n_incidents=20)
    first, second = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    write_layers(layers, first)
    write_layers(layers, second)
    assert _styles(first) == _styles(second)


def _incident_fields(path: Path) -> list[tuple[str, str]]:
    info = pyogrio.read_info(path, layer="incidents")
    return list(zip(info["fields"], info["dtypes"], strict=True))


def test_incident_columns_do_not_depend_on_the_boundaries(
    tmp_path: Path, shared_boundaries: Path, monkeypatch
) -> None:
    monkeypatch.setattr(settings, "offline", True)
    bounded = load_layers(shared_boundaries)
    bare = Layers(incidents=load_incidents(bounded.incidents_read.path).accepted)  # type: ignore[union-attr]
    assert "admin1_reported" not in bare.incidents  # type: ignore[operator]
    write_layers(bounded, tmp_path / "with.gpkg", names=["incidents"])
    write_layers(bare, tmp_path / "without.gpkg", names=["incidents"])
    fields = _incident_fields(tmp_path / "with.gpkg")
    assert fields == _incident_fields(tmp_path / "without.gpkg")
    names = [f for f, _ in fields]
    for n in (1, 2, 3):
        assert {f"admin{n}", f"admin{n}_reported", f"admin{n}_pcode"} <= set(names)
    with_b = pyogrio.read_dataframe(tmp_path / "with.gpkg", layer="incidents")
    without = pyogrio.read_dataframe(tmp_path / "without.gpkg", layer="incidents")
    source = bare.incidents["admin1"].tolist()  # type: ignore[index]
    assert with_b["admin1_reported"].tolist() == without["admin1_reported"].tolist() == source
    assert without["admin1"].isna().all() and without["in_belt"].isna().all()
    assert with_b["admin1"].notna().all()  # assigned from the boundaries


@pytest.mark.parametrize("suffix", [".geojson", ".parquet"])
def test_single_layer_files_have_the_same_incident_columns(tmp_path: Path, suffix: str) -> None:
    import geopandas as gpd

    layers = all_layers(n_incidents=10)
    write_layers(layers, tmp_path / f"i{suffix}", names=["incidents"])
    read = gpd.read_parquet if suffix == ".parquet" else gpd.read_file
    columns = set(read(tmp_path / f"i{suffix}").columns)
    assert {"admin1", "admin1_reported", "admin3_reported", "in_belt"} <= columns
