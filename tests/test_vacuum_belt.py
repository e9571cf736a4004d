"""The default ``"vacuum"`` belt: between the lines, around the named hotspots, not through
the towns. The credibility tests run with the real OCHA boundaries and the real geoBoundaries
ADM1 file (and geoBoundaries-shaped ADM1 + ADM2 files written from OCHA)."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from pyproj import Geod

from geo_disputed.crs import GEOGRAPHIC, METRIC
from geo_disputed.curated import data_path
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.geo.admin_units import district_cells
from geo_disputed.geo.belt import (
    SUPPORTS,
    Belt,
    _chain,
    held_towns,
    load_depths,
    security_vacuum_belt,
    town_radius_km,
)
from geo_disputed.geo.boundaries import country_outline, load_boundaries
from geo_disputed.geo.sites import (
    hotspot_areas,
    hotspot_belt_distances,
    load_hotspots,
    unlocated_hotspots,
)
from geo_disputed.text.gazetteer import load_gazetteer

#: What officials give for the belt's length (facts.md 6.29-6.31), km.
OFFICIAL_LENGTH_KM = (560.0, 650.0)
GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture(scope="module")
def towns(gazetteer) -> gpd.GeoDataFrame:
    return held_towns(gazetteer)


@pytest.fixture(scope="module")
def hotspots() -> gpd.GeoDataFrame:
    return load_hotspots()


@pytest.fixture(scope="module")
def ocha(shared_boundaries: Path) -> gpd.GeoDataFrame:
    return load_boundaries(shared_boundaries)


@pytest.fixture(scope="module")
def geoboundaries(real_geoboundaries: Path) -> gpd.GeoDataFrame:
    return load_boundaries(real_geoboundaries)


@pytest.fixture(scope="module", params=["ocha", "geoboundaries"])
def case(request, ocha, geoboundaries, gazetteer) -> tuple[gpd.GeoDataFrame, Belt]:
    frame = ocha if request.param == "ocha" else geoboundaries
    return frame, security_vacuum_belt(frame, gazetteer=gazetteer)


# --- credibility -----------------------------------------------------------------------------


def test_no_town_of_10000_people_lies_in_the_belt(case, towns) -> None:
    _, belt = case
    big = towns[towns["population"].fillna(0) >= 10_000]
    assert len(big) > 50  # GeoNames knows about a hundred such towns in Iraq
    inside = big[big.intersects(belt.pieces.geometry.union_all())]
    assert inside["name_en"].tolist() == []
    # and each keeps the ground of its disc: Kirkuk (a million people) is 10 km clear
    kirkuk = big.loc[big["population"].idxmax()]
    assert kirkuk.geometry.distance(belt.pieces.geometry.union_all()) >= 10_000 * 0.99


def test_located_hotspots_lie_in_the_belt(case, hotspots) -> None:
    frame, belt = case
    areas = hotspot_areas(hotspots, frame)
    distances = hotspot_belt_distances(hotspots, belt.pieces, areas=areas)
    located = len(distances)
    assert located + len(unlocated_hotspots(hotspots, areas)) == len(hotspots)
    assert located >= 6
    inside = int((distances["distance_km"] < 0.01).sum())
    assert inside / located >= 0.9, distances.to_string()
    # the one hotspot with its own coordinate (Zummar) lies in the belt itself
    points = distances[distances["measured_from"] == "point"]
    assert len(points) >= 1 and (points["distance_km"] < 0.01).all()


def test_both_ends_reach_the_national_border(case) -> None:
    frame, belt = case
    outline = gpd.GeoSeries([country_outline(frame)], crs=frame.crs).to_crs(METRIC).iloc[0]
    line = belt.centreline
    west, east = shapely.Point(line.coords[0]), shapely.Point(line.coords[-1])
    for end in (west, east):
        assert outline.boundary.distance(end) <= 10_000
    ends = gpd.GeoSeries([west, east], crs=METRIC).to_crs(GEOGRAPHIC)
    assert ends.iloc[0].x < 42.6 and ends.iloc[0].y > 36.5  # the Syrian border, Nineveh
    assert ends.iloc[1].x > 45.3 and ends.iloc[1].y < 35.2  # the Iranian border, Diyala
    # and the belt itself touches the border at both ends
    belt_area = belt.pieces.geometry.union_all()
    assert belt_area.distance(west) < 1_000 and belt_area.distance(east) < 1_000


def test_medial_length_is_the_officials(case) -> None:
    _, belt = case
    low, high = OFFICIAL_LENGTH_KM
    assert low <= belt.length_km <= high
    assert belt.pieces["length_km"].sum() == pytest.approx(belt.length_km, rel=1e-9)


def test_areas_and_lengths_agree_with_geodesic(case) -> None:
    _, belt = case
    line = gpd.GeoSeries([belt.centreline], crs=METRIC).to_crs(GEOGRAPHIC).iloc[0]
    assert GEOD.geometry_length(line) / 1000 == pytest.approx(belt.length_km, rel=0.005)
    for row in belt.pieces.to_crs(GEOGRAPHIC).itertuples():
        area = abs(GEOD.geometry_area_perimeter(row.geometry)[0]) / 1e6
        assert area == pytest.approx(row.area_km2, rel=0.005), row.admin1


def test_the_belt_sits_on_the_federal_side(case) -> None:
    from geo_disputed.geo.belt import _frontier

    frame, belt = case
    core = _frontier(frame).core
    area = belt.pieces.geometry.union_all()
    assert area.intersection(core).area / area.area < 0.001
    assert belt.pieces.crs == METRIC and belt.crs == METRIC


def test_the_two_boundary_sets_agree(ocha, geoboundaries, gazetteer) -> None:
    """geoBoundaries ADM1 has no districts: the disputed districts are Voronoi cells of
    their representative points, and the belt comes out within a few percent of OCHA's."""
    a = security_vacuum_belt(ocha, gazetteer=gazetteer)
    b = security_vacuum_belt(geoboundaries, gazetteer=gazetteer)
    assert b.length_km == pytest.approx(a.length_km, rel=0.03)
    overlap = a.pieces.geometry.union_all().intersection(b.pieces.geometry.union_all()).area
    assert overlap / (a.area_km2 * 1e6) > 0.6


def test_geoboundaries_with_districts(geoboundaries_adm2, gazetteer) -> None:
    belt = security_vacuum_belt(load_boundaries(geoboundaries_adm2), gazetteer=gazetteer)
    assert OFFICIAL_LENGTH_KM[0] <= belt.length_km <= OFFICIAL_LENGTH_KM[1]
    assert set(belt.pieces["support"]) >= {"hotspot", "frontier"}


# --- what shapes it --------------------------------------------------------------------------


def test_support_and_hotspot_columns(ocha, gazetteer, hotspots) -> None:
    belt = security_vacuum_belt(ocha, gazetteer=gazetteer)
    pieces = belt.pieces
    assert list(pieces.columns) == [
        "admin1", "pcode", "support", "hotspots", "area_km2", "length_km", "geometry"
    ]  # fmt: skip
    assert set(pieces["support"]) <= set(SUPPORTS)
    hot = pieces[pieces["support"] == "hotspot"]
    assert len(hot) and (hot["hotspots"] != "").all()
    assert (pieces.loc[pieces["support"] != "hotspot", "hotspots"] == "").all()
    named = {i for cell in hot["hotspots"] for i in cell.split("|")}
    assert named <= set(hotspots["id"])
    assert {"qarachogh", "zummar", "khanaqin"} <= named
    assert pieces.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).all()
    assert (pieces["area_km2"] >= 0.5).all()
    lines = belt.hotspot_support()
    assert any("Erbil" in line and "qarachogh" in line for line in lines)
    table = belt.table()
    assert "depth 30 km (40 km at named hotspots)" in table and "medial line" in table


def test_hotspots_deepen_the_belt(ocha, gazetteer, hotspots) -> None:
    with_spots = security_vacuum_belt(ocha, gazetteer=gazetteer)
    none = hotspots.iloc[0:0]
    without = security_vacuum_belt(ocha, gazetteer=gazetteer, hotspots=none)
    assert set(without.pieces["support"]) == {"frontier"}
    assert with_spots.area_km2 > without.area_km2 * 1.1
    assert with_spots.length_km == pytest.approx(without.length_km)


def test_towns_are_cut_out(ocha, gazetteer, towns) -> None:
    belt = security_vacuum_belt(ocha, gazetteer=gazetteer)
    area = belt.pieces.geometry.union_all()
    near = towns[towns.distance(area) < 30_000]
    assert len(near) >= 5
    for town in near.itertuples():
        disc = town.geometry.buffer(town.radius_km * 1000 * 0.99)  # inside the drawn 64-gon
        assert disc.intersection(area).area < 1e3, town.name_en


@pytest.mark.parametrize(
    ("population", "radius"),
    [(None, 2.0), (0, 2.0), (10_000, 2.0 + math.sqrt(10_000 / (math.pi * 4000))),
     (1_031_000, 2.0 + math.sqrt(1_031_000 / (math.pi * 4000)))],
)  # fmt: skip
def test_town_radius_grows_with_population(population, radius) -> None:
    assert town_radius_km(population) == pytest.approx(radius)


def test_held_towns_keep_unknown_populations_unknown(towns) -> None:
    assert towns.crs == METRIC
    assert towns["population"].isna().sum() > 0  # GeoNames leaves some blank
    assert not (towns["population"] == 0).any()
    assert (towns["radius_km"] >= 2.0).all()


def test_depth_table_and_width_override(ocha, gazetteer) -> None:
    depths = load_depths()
    assert (depths.belt_km, depths.hotspot_km, depths.sectors) == (30.0, 40.0, ())
    shallow = security_vacuum_belt(ocha, gazetteer=gazetteer, width_km=20)
    deep = security_vacuum_belt(ocha, gazetteer=gazetteer)
    assert shallow.width_km == 20 and shallow.hotspot_depth_km == 40
    assert shallow.area_km2 < deep.area_km2


def _depths(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "depths.csv"
    with data_path("belt_depths.csv").open(encoding="utf-8", newline="") as fh:
        base = list(csv.DictReader(fh))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, list(base[0]))
        writer.writeheader()
        writer.writerows(base + rows)
    return path


def test_a_sector_depth_applies_in_its_units(ocha, gazetteer, tmp_path) -> None:
    sector = {"id": "kirkuk", "applies_to": "sector", "pcodes": "IQG13Q04", "depth_km": "10",
              "source": "test", "confidence": "low"}  # fmt: skip
    depths = _depths(tmp_path, [sector])
    base = security_vacuum_belt(ocha, gazetteer=gazetteer, hotspots=load_hotspots().iloc[0:0])
    narrow = security_vacuum_belt(
        ocha, gazetteer=gazetteer, hotspots=load_hotspots().iloc[0:0], depths=depths
    )
    unit = ocha[ocha["ocha_pcode"] == "IQG13Q04"].to_crs(METRIC).geometry.iloc[0]
    before = base.pieces.geometry.union_all().intersection(unit).area
    after = narrow.pieces.geometry.union_all().intersection(unit).area
    assert 0 < after < before * 0.6
    outside = base.pieces.geometry.union_all().difference(unit).area
    assert narrow.pieces.geometry.union_all().difference(unit).area == pytest.approx(outside)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"id": "x", "applies_to": "belt", "depth_km": "25"}, "applies_to"),
        ({"id": "x", "applies_to": "sector", "pcodes": "", "depth_km": "25"}, "pcodes"),
        ({"id": "x", "applies_to": "sector", "pcodes": "IQG13Q04", "depth_km": "-1"}, "depth_km"),
        ({"id": "x", "applies_to": "sector", "pcodes": "IQG13Q04", "depth_km": "deep"},
         "depth_km"),
        ({"id": "x", "applies_to": "ring", "depth_km": "25"}, "applies_to"),
    ],
)  # fmt: skip
def test_bad_depth_rows_name_row_and_field(tmp_path, change, field) -> None:
    row = {"pcodes": "", "source": "test", "confidence": "low", **change}
    with pytest.raises(DataError) as err:
        load_depths(_depths(tmp_path, [row]))
    assert err.value.field == field and err.value.row == 4


def test_a_missing_hotspot_row_is_named(tmp_path) -> None:
    path = tmp_path / "depths.csv"
    lines = data_path("belt_depths.csv").read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(line for line in lines if not line.startswith("hotspot,")) + "\n")
    with pytest.raises(DataError, match="no 'hotspot' row"):
        load_depths(path)


def test_an_unknown_sector_unit_is_refused(ocha, gazetteer, tmp_path) -> None:
    sector = {"id": "x", "applies_to": "sector", "pcodes": "IQG99Q01", "depth_km": "10",
              "source": "test", "confidence": "low"}  # fmt: skip
    with pytest.raises(GeoDisputedError, match="IQG99Q01"):
        security_vacuum_belt(ocha, gazetteer=gazetteer, depths=_depths(tmp_path, [sector]))


def test_a_broken_edge_is_bridged_by_interpolation() -> None:
    edge = shapely.MultiLineString([[(0, 0), (10_000, 0)], [(40_000, 0), (30_000, 0)]])
    ring = shapely.LineString([(5e5, 5e5), (5e5 + 10, 5e5), (5e5, 5e5 + 10), (5e5, 5e5)])
    chain, bridges, parts = _chain(shapely.union_all([edge, ring]))
    assert list(chain.coords) == [(0, 0), (10_000, 0), (30_000, 0), (40_000, 0)]
    assert [list(b.coords) for b in bridges] == [[(10_000, 0), (30_000, 0)]]
    assert parts.length == pytest.approx(20_000)  # the ring is left out


def test_without_boundaries_the_vacuum_falls_back_to_the_corridor(caplog) -> None:
    line = shapely.LineString([(300_000, 4_000_000), (400_000, 3_900_000)])
    with caplog.at_level("WARNING"):
        belt = security_vacuum_belt(waypoints=line)
    assert belt.method == "corridor" and belt.requested_method == "vacuum"
    assert "'vacuum'" in caplog.text
    assert set(belt.pieces["support"]) == {"interpolation"}


def test_district_cells_cover_each_governorate(geoboundaries) -> None:
    governorates = geoboundaries[geoboundaries["level"] == 1]
    cells = district_cells(governorates).to_crs(METRIC)
    assert len(cells) == 101  # every OCHA district of admin_units.csv
    for gov in governorates.to_crs(METRIC).itertuples():
        mine = cells[cells["parent_pcode"] == gov.pcode]
        assert mine.geometry.union_all().symmetric_difference(gov.geometry).area < 1e6


def test_attacks_in_the_belt_recipe_returns_the_vacuum_attacks(shared_boundaries) -> None:
    """The README's "attacks in the belt" recipe, on the bundled data: the belt holds the
    attacks that reporting puts in the vacuum, not the ones on the Region's infrastructure."""
    from geo_disputed.layers import load_layers

    layers = load_layers(shared_boundaries, incidents=data_path("sample_acled_iraq.csv"))
    events = layers.incidents
    assert layers.belt is not None and layers.belt.method == "vacuum"
    inside = events[events["in_belt"].eq(True)]
    vacuum = events[events["actor1"].astype(str).str.contains("Islamic State")]
    assert len(vacuum) >= 10
    assert inside["event_id"].isin(vacuum["event_id"]).sum() >= 0.8 * len(vacuum)
    assert len(inside) <= len(vacuum) + 2  # Erbil, Khor Mor and the refinery stay outside
    assert "belt parts supported by named hotspots" in layers.summary()
