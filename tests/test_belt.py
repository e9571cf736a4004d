"""The security-vacuum belt: real OCHA data, synthetic property tests, gaps and the CLI."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Geod
from shapely.geometry import LineString, Point, box

from geo_disputed import cli
from geo_disputed.crs import METRIC
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.geo.belt import (
    Belt,
    centreline,
    coverage_gaps,
    frontier_line,
    load_waypoints,
    security_vacuum_belt,
)
from geo_disputed.geo.boundaries import country_outline, load_boundaries
from geo_disputed.geo.disputed import disputed_territories, kurdistan_region
from geo_disputed.text.gazetteer import load_gazetteer

GEOD = Geod(ellps="WGS84")
WAYPOINT_HEADER = "seq,name_en,name_ar,kind_hint,admin1_hint,source,confidence,note\n"
# Stretches of the OCHA ADM0 boundary: the Syrian border is the part west of the
# Iraq-Syria-Turkey tripoint (lon 42.36) and north of the Iraq-Syria-Jordan tripoint
# (lat 33.37); the Iranian border is the part east of the Iraq-Turkey-Iran tripoint
# (lon 44.79, so east of 45 is Iran only) and north of the Kuwait border (lat 30.5).
SYRIA_BOX = box(38.0, 33.4, 42.35, 37.5)
IRAN_BOX = box(45.0, 30.5, 49.0, 37.5)


# --- real data ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ocha(shared_boundaries: Path) -> gpd.GeoDataFrame:
    return load_boundaries(shared_boundaries)


@pytest.fixture(scope="module")
def waypoints(ocha) -> gpd.GeoDataFrame:
    # geocoded with the gazetteer of these boundaries (it knows OCHA sub-districts)
    return load_waypoints(gazetteer=load_gazetteer(ocha))


@pytest.fixture(scope="module")
def belt(ocha, waypoints) -> Belt:
    return security_vacuum_belt(ocha, width_km=20, waypoints=waypoints, method="corridor")


def _border_stretch(ocha, window) -> shapely.Geometry:
    border = gpd.GeoSeries([country_outline(ocha).boundary], crs=ocha.crs)
    return border.intersection(window).to_crs(METRIC).iloc[0]


def test_ends_reach_syrian_and_iranian_borders(ocha, belt) -> None:
    line = belt.centreline
    west, east = Point(line.coords[0]), Point(line.coords[-1])
    syria, iran = _border_stretch(ocha, SYRIA_BOX), _border_stretch(ocha, IRAN_BOX)
    print(f"west end {west.distance(syria):.0f} m from Syria, east end {east.distance(iran):.0f} m")
    assert west.distance(syria) < 10_000
    assert east.distance(iran) < 10_000
    # and not merely near a border: the first waypoint (Rabia) is that close to Syria
    assert belt.pieces.geometry.union_all().distance(syria) < 1.0


def test_crosses_the_four_governorates(belt) -> None:
    pieces = belt.pieces
    lengths = pieces.set_index("admin1")["length_km"]
    for governorate in ("Ninewa", "Salah Al-Din", "Kirkuk", "Diyala"):
        assert lengths[governorate] > 10, governorate
    assert pieces.crs == METRIC and belt.crs == METRIC
    assert list(pieces.columns) == [
        "admin1", "pcode", "support", "hotspots", "area_km2", "length_km", "geometry"
    ]  # fmt: skip
    assert set(pieces["support"]) == {"interpolation"} and (pieces["hotspots"] == "").all()
    assert pieces["pcode"].is_unique
    assert belt.method == belt.requested_method == "corridor"
    assert belt.width_km == 20.0


def test_centreline_length_of_the_order_reported(belt) -> None:
    km = belt.centreline.length / 1000
    print(f"centreline {km:.1f} km (officials: roughly 560-650 km)")
    assert 450 < km < 800
    assert belt.length_km == pytest.approx(km, rel=1e-12)
    assert belt.pieces["length_km"].sum() == pytest.approx(km, rel=1e-6)


def test_belt_summaries_and_centreline_frame(belt) -> None:
    pieces = belt.pieces
    assert belt.area_km2 == pytest.approx(pieces["area_km2"].sum(), rel=1e-12)
    assert belt.area_km2 == pytest.approx(pieces.geometry.area.sum() / 1e6, rel=1e-9)
    line = belt.centreline_frame()
    assert line.crs == METRIC and len(line) == 1
    assert list(line.columns) == ["method", "width_km", "length_km", "geometry"]
    assert line["method"].iloc[0] == "corridor" and line["width_km"].iloc[0] == 20.0
    assert line["length_km"].iloc[0] == pytest.approx(belt.length_km)
    assert line.geometry.iloc[0].equals(belt.centreline)
    table = belt.table()
    assert "method corridor, width 20 km" in table and "EPSG:32638" in table
    for governorate in pieces["admin1"]:
        assert governorate in table
    assert table.splitlines()[-1].split()[:2] == ["total", f"{belt.area_km2:,.1f}"]
    assert "needs boundaries" not in table
    with pytest.raises(AttributeError):  # frozen
        belt.width_km = 40  # type: ignore[misc]


def test_pieces_sum_to_the_clipped_whole(ocha, belt) -> None:
    line = belt.centreline
    outline = gpd.GeoSeries([country_outline(ocha)], crs=ocha.crs).to_crs(METRIC).iloc[0]
    whole = line.buffer(10_000, cap_style="flat").intersection(outline)
    assert belt.pieces["area_km2"].sum() == pytest.approx(whole.area / 1e6, rel=1e-4)
    assert whole.buffer(1).contains(belt.pieces.geometry.union_all())


def test_metric_values_agree_with_geodesic(belt) -> None:
    dense = belt.pieces.geometry.segmentize(1000).to_crs("EPSG:4326")
    for row, shape in zip(belt.pieces.itertuples(), dense, strict=True):
        area = abs(GEOD.geometry_area_perimeter(shape)[0]) / 1e6
        assert row.area_km2 == pytest.approx(area, rel=0.005), row.admin1
    line = gpd.GeoSeries([belt.centreline], crs=METRIC).segmentize(1000)
    geodesic_km = GEOD.geometry_length(line.to_crs("EPSG:4326").iloc[0]) / 1000
    utm_km = belt.centreline.length / 1000
    print(f"centreline UTM {utm_km:.2f} km, geodesic {geodesic_km:.2f} km")
    assert utm_km == pytest.approx(geodesic_km, rel=0.005)


def test_waypoints_are_geocoded_in_order(waypoints) -> None:
    assert list(waypoints["seq"]) == sorted(waypoints["seq"])
    assert waypoints.crs == "EPSG:4326"
    assert {"precision", "score", "geocoded_as", "source", "confidence"} <= set(waypoints.columns)
    assert waypoints["lon"].iloc[0] < waypoints["lon"].iloc[-1]  # Syria (west) to Iran (east)


def test_explicit_coordinates_and_names(ocha) -> None:
    coords = [(42.0833, 36.8), (43.5797, 35.7756), (45.3919, 34.3475)]
    by_coords = centreline(coords, boundaries=ocha)
    by_names = centreline(["Rabia", "Makhmour", "Khanaqin"], boundaries=ocha)
    assert by_coords.length == pytest.approx(by_names.length, rel=0.02)
    assert len(by_coords.coords) == 5  # two border ends added


def test_frontier_method(ocha) -> None:
    frontier = security_vacuum_belt(ocha, width_km=20, method="frontier")
    disputed = disputed_territories(ocha).union_all()
    kri = kurdistan_region(ocha).geometry.iloc[0]
    allowed = gpd.GeoSeries([disputed.union(kri)], crs=ocha.crs).to_crs(METRIC).iloc[0]
    assert allowed.buffer(1).contains(frontier.pieces.geometry.union_all())
    edge = frontier_line(ocha)
    assert frontier.pieces["length_km"].sum() == pytest.approx(edge.length / 1000, rel=1e-3)
    assert frontier.centreline.equals(edge)
    lengths = frontier.pieces.set_index("admin1")["length_km"]
    assert lengths["Kirkuk"] > 50 and lengths["Ninewa"] > 50
    assert lengths["Duhok"] == 0  # KRI-side pieces hold area but no edge
    assert frontier.method == frontier.requested_method == "frontier"


def test_frontier_without_boundaries_falls_back_to_the_corridor(caplog) -> None:
    line = LineString([(300_000, 4_000_000), (500_000, 3_900_000)])
    with caplog.at_level(logging.WARNING, logger="geo_disputed"):
        belt = security_vacuum_belt(width_km=20, waypoints=line, method="frontier")
    assert belt.method == "corridor" and belt.requested_method == "frontier"
    assert belt.centreline.equals(line)
    assert len(belt.pieces) == 1 and belt.pieces["admin1"].isna().all()
    assert belt.pieces["area_km2"].iloc[0] == pytest.approx(line.length * 20_000 / 1e6, rel=1e-9)
    assert "building the 'corridor' belt instead" in caplog.text
    assert "(frontier needs boundaries: built the corridor)" in belt.table()


def test_bad_arguments() -> None:
    line = LineString([(0, 0), (10_000, 0)])
    with pytest.raises(GeoDisputedError, match="width_km"):
        security_vacuum_belt(width_km=-5, waypoints=line, method="corridor")
    with pytest.raises(GeoDisputedError, match="unknown belt method"):
        security_vacuum_belt(width_km=20, waypoints=line, method="ring")
    with pytest.raises(TypeError):  # everything but the boundaries is keyword-only
        security_vacuum_belt(None, 20)  # type: ignore[misc]
    with pytest.raises(GeoDisputedError, match="at least 2"):
        centreline([(44.0, 35.0)])
    with pytest.raises(GeoDisputedError, match="no CRS"):
        centreline(gpd.GeoSeries([Point(44, 35), Point(45, 35)]))


def test_a_boundaries_path_is_refused(shared_boundaries: Path) -> None:
    line = LineString([(300_000, 4_000_000), (500_000, 3_900_000)])
    for value in (shared_boundaries, str(shared_boundaries)):
        with pytest.raises(GeoDisputedError, match=r"load_boundaries\(path\)"):
            security_vacuum_belt(value, waypoints=line, method="corridor")
        with pytest.raises(GeoDisputedError, match="GeoDataFrame from load_boundaries"):
            centreline([(42.0833, 36.8), (45.3919, 34.3475)], boundaries=value)
        with pytest.raises(GeoDisputedError, match="GeoDataFrame from load_boundaries"):
            frontier_line(value)


def test_waypoint_that_does_not_geocode_names_row_and_field(tmp_path: Path) -> None:
    path = tmp_path / "wp.csv"
    path.write_text(
        WAYPOINT_HEADER
        + "1,Khanaqin,,town,Diyala,test,high,\n"
        + "2,Qxzvvwq Plmkjh,,town,Diyala,test,high,\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"wp\.csv, row 3, field 'name_en': none of"):
        load_waypoints(path)


def test_waypoint_seq_must_be_unique(tmp_path: Path) -> None:
    path = tmp_path / "wp.csv"
    path.write_text(
        WAYPOINT_HEADER + "1,Khanaqin,,town,,test,high,\n1,Kifri,,town,,test,high,\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"row 3, field 'seq': seq 1 repeats row 2"):
        load_waypoints(path)


# --- synthetic boundaries -------------------------------------------------------------------

X0, Y0, WIDE, TALL = 300_000.0, 3_800_000.0, 150_000.0, 200_000.0


def synthetic() -> gpd.GeoDataFrame:
    """Three 150 x 200 km governorates side by side (drawn in UTM 38N, stored in EPSG:4326)."""
    rects = [box(X0 + i * WIDE, Y0, X0 + (i + 1) * WIDE, Y0 + TALL) for i in range(3)]
    names = ["A", "B", "C"]
    govs = gpd.GeoDataFrame(
        {"level": 1, "pcode": [f"G{n}" for n in names], "name_en": names, "name_ar": None,
         "parent_pcode": "X", "admin1": names, "admin2": None},
        geometry=rects,
        crs=METRIC,
    )  # fmt: skip
    country = gpd.GeoDataFrame(
        {"level": [0], "pcode": ["X"], "name_en": ["X"], "name_ar": [None],
         "parent_pcode": [None], "admin1": [None], "admin2": [None]},
        geometry=[govs.union_all()],
        crs=METRIC,
    )  # fmt: skip
    frame = gpd.GeoDataFrame(pd.concat([country, govs], ignore_index=True), crs=METRIC)
    return frame.to_crs("EPSG:4326")


SYNTHETIC = synthetic()
INNER = st.tuples(
    st.floats(X0 + 5_000, X0 + 3 * WIDE - 5_000), st.floats(Y0 + 5_000, Y0 + TALL - 5_000)
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(points=st.lists(INNER, min_size=2, max_size=5), width=st.floats(1, 80))
def test_split_pieces_sum_to_the_whole(points, width) -> None:
    coords = [
        p for i, p in enumerate(points) if i == 0 or Point(p).distance(Point(points[i - 1])) > 1000
    ]
    if len(coords) < 2:
        return
    waypoints = gpd.GeoSeries([Point(p) for p in coords], crs=METRIC)
    result = security_vacuum_belt(SYNTHETIC, width_km=width, waypoints=waypoints, method="corridor")
    line = result.centreline
    outline = box(X0, Y0, X0 + 3 * WIDE, Y0 + TALL)
    whole = line.buffer(width * 500, cap_style="flat").intersection(outline)
    assert result.pieces["area_km2"].sum() == pytest.approx(whole.area / 1e6, rel=1e-6)
    assert result.pieces["length_km"].sum() == pytest.approx(line.length / 1000, rel=1e-6)
    assert set(result.pieces["pcode"]) <= {"GA", "GB", "GC"}


@settings(max_examples=30, deadline=None)
@given(width=st.floats(1, 100), factor=st.floats(1.1, 3))
def test_width_scales_area_for_a_straight_line(width, factor) -> None:
    y = Y0 + TALL / 2
    waypoints = gpd.GeoSeries([Point(X0 + 50_000, y), Point(X0 + 400_000, y)], crs=METRIC)
    narrow = security_vacuum_belt(SYNTHETIC, width_km=width, waypoints=waypoints, method="corridor")
    wide = security_vacuum_belt(
        SYNTHETIC, width_km=min(width * factor, 199), waypoints=waypoints, method="corridor"
    )
    assert narrow.area_km2 == pytest.approx(450 * width, rel=1e-6)  # extended 450 km
    ratio = wide.area_km2 / narrow.area_km2
    assert ratio == pytest.approx(min(width * factor, 199) / width, rel=1e-6)
    assert list(narrow.pieces["length_km"]) == pytest.approx([150, 150, 150])
    assert narrow.length_km == pytest.approx(450)


def test_without_boundaries_one_row_and_warning(caplog) -> None:
    waypoints = gpd.GeoSeries([Point(X0, Y0), Point(X0 + 100_000, Y0)], crs=METRIC)
    with caplog.at_level(logging.WARNING, logger="geo_disputed"):
        result = security_vacuum_belt(width_km=30, waypoints=waypoints, method="corridor")
    assert "no boundaries" in caplog.text
    assert len(result.pieces) == 1 and result.pieces["admin1"].iloc[0] is None
    assert result.pieces["area_km2"].iloc[0] == pytest.approx(100 * 30)  # flat caps: no extension
    assert result.length_km == pytest.approx(100)


def test_end_along_the_border_snaps_to_nearest_point() -> None:
    # The last segment runs parallel to the northern edge, 2 km inside it: the ray would hit
    # the eastern edge far away, so the end goes to the nearest border point instead.
    north = Y0 + TALL - 2_000
    coords = [(X0 + 200_000, Y0 + 100_000), (X0 + 200_000, north), (X0 + 230_000, north)]
    line = centreline(gpd.GeoSeries([Point(c) for c in coords], crs=METRIC), boundaries=SYNTHETIC)
    assert line.coords[-1] == pytest.approx((X0 + 230_000, Y0 + TALL), abs=1e-3)
    assert line.coords[0] == pytest.approx((X0 + 200_000, Y0), abs=1e-3)


# --- coverage gaps --------------------------------------------------------------------------


def test_coverage_gaps_exact_on_a_straight_line() -> None:
    line = LineString([(X0, Y0), (X0 + 100_000, Y0)])
    sites = gpd.GeoSeries([Point(X0 + 10_000, Y0), Point(X0 + 60_000, Y0 + 5_000)], crs=METRIC)
    gaps = coverage_gaps(line, sites.to_crs("EPSG:4326"), radius_km=20)
    # site 2 covers x in 60 +- sqrt(20² - 5²) = 60 +- 19.365 km
    assert gaps.crs == METRIC
    assert list(gaps["start_km"]) == pytest.approx([30, 60 + 19.3649], abs=0.02)
    assert list(gaps["end_km"]) == pytest.approx([60 - 19.3649, 100], abs=0.02)
    assert list(gaps["length_km"]) == pytest.approx([10.635, 20.635], abs=0.02)


def test_coverage_gaps_no_sites_and_bad_input() -> None:
    line = LineString([(X0, Y0), (X0 + 50_000, Y0)])
    empty = gpd.GeoSeries([], crs="EPSG:4326")
    gaps = coverage_gaps(line, empty)
    assert list(gaps["length_km"]) == pytest.approx([50])
    with pytest.raises(GeoDisputedError, match="no CRS"):
        coverage_gaps(line, gpd.GeoSeries([Point(0, 0)]))


def test_coverage_gaps_on_the_real_belt(belt, waypoints) -> None:
    sites = waypoints.iloc[::4]  # every fourth waypoint as a stand-in site
    gaps = coverage_gaps(belt.centreline, sites, radius_km=20)
    total = belt.centreline.length / 1000
    assert 0 < gaps["length_km"].sum() < total
    assert (gaps["end_km"] - gaps["start_km"]).to_numpy() == pytest.approx(
        gaps["length_km"].to_numpy(), abs=0.01
    )
    assert gaps["start_km"].is_monotonic_increasing


# --- CLI ------------------------------------------------------------------------------------


@pytest.fixture
def run_cli(monkeypatch):
    monkeypatch.setattr(cli, "COMMANDS", ("belt", "data"))
    return cli.main


def test_cli_gpkg_layers_and_table(
    run_cli, shared_boundaries: Path, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "belt.gpkg"
    assert run_cli(["belt", "--boundaries", str(shared_boundaries), "--out", str(out)]) == 0
    layers = {name for name, kind in pyogrio.list_layers(out) if kind is not None}
    assert layers == {"belt", "centreline", "disputed_territories", "kurdistan_region"}
    assert {name for name, kind in pyogrio.list_layers(out) if kind is None} == {"layer_styles"}
    for layer in layers:
        assert pyogrio.read_info(out, layer=layer)["crs"] == "EPSG:32638"
    text = capsys.readouterr().out
    assert "Kirkuk" in text and "total" in text and "EPSG:32638" in text
    assert not list(tmp_path.glob(".belt*"))  # no temporary file left behind


def test_cli_geojson_is_rfc7946(run_cli, shared_boundaries: Path, tmp_path: Path) -> None:
    out = tmp_path / "belt.geojson"
    assert run_cli(["belt", "--boundaries", str(shared_boundaries), "--out", str(out)]) == 0
    doc = json.loads(out.read_text())
    assert "crs" not in doc
    lon, lat = doc["features"][0]["geometry"]["coordinates"][0][0]
    assert 40 < lon < 47 and 33 < lat < 38


def test_cli_parquet(run_cli, shared_boundaries: Path, tmp_path: Path) -> None:
    out = tmp_path / "belt.parquet"
    assert run_cli(["belt", "--boundaries", str(shared_boundaries), "--out", str(out)]) == 0
    back = gpd.read_parquet(out)
    assert back.crs == METRIC and {"admin1", "area_km2", "length_km"} <= set(back.columns)


def test_cli_errors_are_one_line(run_cli, tmp_path: Path, capsys) -> None:
    assert run_cli(["belt", "--out", str(tmp_path / "belt.shp")]) == 2
    assert "use a .gpkg, .geojson or .parquet" in capsys.readouterr().err
    assert run_cli(["belt", "--width-km", "-3", "--out", str(tmp_path / "f.gpkg")]) == 2
    err = capsys.readouterr().err
    assert "width_km must be a positive number" in err and err.count("\n") == 1


def test_width_wider_than_iraq_is_refused() -> None:
    line = LineString([(0, 0), (10_000, 0)])
    with pytest.raises(GeoDisputedError, match="wider than Iraq"):
        security_vacuum_belt(width_km=1e6, waypoints=line, method="corridor")
