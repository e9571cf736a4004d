"""Spatial queries: hand-computable synthetic cases and the real OCHA boundaries."""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod, Transformer
from shapely.geometry import Point, box

from geo_disputed import crs
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.geo.belt import Belt
from geo_disputed.geo.sites import load_centres
from geo_disputed.incidents import query
from geo_disputed.text.gazetteer import Gazetteer, Place

GEOD = Geod(ellps="WGS84")
TO_UTM = Transformer.from_crs(4326, 32638, always_xy=True)
TO_LONLAT = Transformer.from_crs(32638, 4326, always_xy=True)


def points(coords, **columns) -> gpd.GeoDataFrame:
    lon, lat = zip(*coords, strict=True) if coords else ((), ())
    return gpd.GeoDataFrame(columns, geometry=gpd.points_from_xy(lon, lat), crs=4326)


@pytest.fixture
def boundaries() -> gpd.GeoDataFrame:
    """Two governorates; G1 is split into two districts at 44.5 E."""
    rows = [
        (1, "G1", "Gov One", box(44, 35, 45, 36)),
        (1, "G2", "Gov Two", box(45, 35, 46, 36)),
        (2, "G1D1", "West", box(44, 35, 44.5, 36)),
        (2, "G1D2", "East", box(44.5, 35, 45, 36)),
        (2, "G2D1", "Two", box(45, 35, 46, 36)),
    ]
    return gpd.GeoDataFrame(
        {
            "level": [r[0] for r in rows],
            "pcode": [r[1] for r in rows],
            "name_en": [r[2] for r in rows],
        },
        geometry=[r[3] for r in rows],
        crs=4326,
    )


# --- assign_admin ------------------------------------------------------------------------------


def test_assign_admin_synthetic(boundaries):
    gdf = points(
        [(44.25, 35.5), (44.75, 35.5), (45.5, 35.9), (44.5, 35.5), (50, 35)],
        admin1=["reported"] * 5,
    )
    out = query.assign_admin(gdf, boundaries, levels=(1, 2))
    assert list(out["admin1"].astype(object)) == [
        "Gov One",
        "Gov One",
        "Gov Two",
        "Gov One",
        np.nan,
    ]
    # a point on the shared edge of West and East goes to the first unit listed
    assert list(out["admin2"].astype(object)) == ["West", "East", "Two", "West", np.nan]
    assert list(out["admin2_pcode"].astype(object)) == ["G1D1", "G1D2", "G2D1", "G1D1", np.nan]
    assert list(out["admin1_reported"]) == ["reported"] * 5
    assert "admin1" not in gdf.columns or list(gdf["admin1"]) == ["reported"] * 5


def test_assign_admin_any_crs_and_missing_level(boundaries):
    gdf = points([(44.25, 35.5)]).to_crs(32638)
    out = query.assign_admin(gdf, boundaries, levels=(2,))
    assert out["admin2"].iloc[0] == "West"
    assert out.crs.to_epsg() == 32638
    with pytest.raises(GeoDisputedError, match="level-3"):
        query.assign_admin(gdf, boundaries, levels=(3,))
    with pytest.raises(GeoDisputedError, match="no CRS"):
        query.assign_admin(gpd.GeoDataFrame(geometry=[Point(44, 35)]), boundaries)


def test_assign_admin_matches_a_naive_loop(boundaries):
    rng = np.random.default_rng(3)
    lon, lat = rng.uniform(43.8, 46.2, 2000), rng.uniform(34.8, 36.2, 2000)
    gdf = points(list(zip(lon, lat, strict=True)))
    out = query.assign_admin(gdf, boundaries, levels=(2,))
    districts = boundaries[boundaries["level"] == 2]
    naive = [
        next((r.name_en for r in districts.itertuples() if r.geometry.covers(p)), None)
        for p in gdf.geometry
    ]
    assert list(out["admin2"].astype(object).where(out["admin2"].notna(), None)) == naive


# --- in_belt / in_disputed -------------------------------------------------------------------


def test_in_belt_edges_are_metric():
    # a 40 km x 20 km belt piece built in UTM 38N; points 9.9 km and 10.1 km from its axis
    cx, cy = TO_UTM.transform(44.5, 35.5)
    belt = gpd.GeoDataFrame(
        {"admin1": ["Kirkuk"]},
        geometry=[box(cx - 20_000, cy - 10_000, cx + 20_000, cy + 10_000)],
        crs=32638,
    )
    offsets = [(0, 0), (15_000, 9_900), (15_000, 10_100), (-19_900, -9_900), (20_100, 0)]
    lonlat = [TO_LONLAT.transform(cx + dx, cy + dy) for dx, dy in offsets]
    expected = [True, True, False, True, False]
    out = query.in_belt(points(lonlat), belt)
    assert list(out["in_belt"]) == expected
    assert list(out["belt_admin1"].astype(object).where(out["in_belt"], None)) == [
        "Kirkuk",
        "Kirkuk",
        None,
        "Kirkuk",
        None,
    ]
    # a Belt is taken as well as its pieces' frame
    line = shapely.LineString([(cx - 20_000, cy), (cx + 20_000, cy)])
    whole = query.in_belt(points(lonlat), Belt(belt, line, "corridor", "corridor", 20.0))
    assert list(whole["in_belt"]) == expected
    assert list(whole["belt_admin1"].astype(object)) == list(out["belt_admin1"].astype(object))


def test_in_disputed_labels_units(boundaries):
    disputed = gpd.GeoDataFrame(
        {"unit_name": ["Unit A"]}, geometry=[box(44, 35, 44.5, 36)], crs=4326
    )
    out = query.in_disputed(points([(44.2, 35.2), (44.8, 35.2)]), disputed)
    assert list(out["in_disputed"]) == [True, False]
    assert out["disputed_unit"].iloc[0] == "Unit A"
    assert pd.isna(out["disputed_unit"].iloc[1])


# --- distances ---------------------------------------------------------------------------------


def meridian_arc_km(lat0: float, lat1: float, steps: int = 2000) -> float:
    """Meridian arc length on WGS84 by numeric integration of the radius of curvature."""
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    phi = np.radians(np.linspace(lat0, lat1, steps + 1))
    m = a * (1 - e2) / (1 - e2 * np.sin(phi) ** 2) ** 1.5
    return float(np.trapezoid(m, phi) / 1000.0)


def test_geodesic_km_meridian_arc_by_hand():
    expected = meridian_arc_km(35.0, 36.0)  # about 110.96 km
    assert 110.9 < expected < 111.0
    for lon in (39.0, 45.0, 48.5):  # at, and 6 degrees off, the UTM 38N central meridian
        assert crs.geodesic_km(lon, 35.0, lon, 36.0)[()] == pytest.approx(expected, rel=1e-5)
        assert crs.geodesic_km(lon, 35.0, lon, 36.0, exact=True)[()] == pytest.approx(
            expected, rel=1e-7
        )


def test_geodesic_km_agrees_with_pyproj_across_iraq():
    rng = np.random.default_rng(11)
    n = 5000
    lon1, lat1 = rng.uniform(38.8, 48.6, n), rng.uniform(29.1, 37.4, n)
    lon2, lat2 = rng.uniform(38.8, 48.6, n), rng.uniform(29.1, 37.4, n)
    fast = crs.geodesic_km(lon1, lat1, lon2, lat2)
    exact = np.asarray(GEOD.inv(lon1, lat1, lon2, lat2)[2]) / 1000
    far = exact > 1
    assert np.max(np.abs(fast[far] - exact[far]) / exact[far]) < 1e-5
    # plain UTM grid distances would be off by up to ~0.4%
    e1, n1 = TO_UTM.transform(lon1, lat1)
    e2, n2 = TO_UTM.transform(lon2, lat2)
    grid = np.hypot(np.subtract(e2, e1), np.subtract(n2, n1)) / 1000
    assert np.max(np.abs(grid[far] - exact[far]) / exact[far]) > 2e-3


def sites_frame(coords, names) -> gpd.GeoDataFrame:
    return points(coords, name_en=names)


def test_nearest_site_synthetic():
    sites = sites_frame([(44.0, 35.0), (46.0, 35.0)], ["West site", "East site"])
    gdf = points([(44.0, 36.0), (45.9, 35.1), (44.99, 35.0), (45.01, 35.0)])
    out = query.nearest_site(gdf, sites, prefix="nearest_centre")
    assert list(out["nearest_centre"].astype(object)) == [
        "West site",
        "East site",
        "West site",
        "East site",
    ]
    assert out["nearest_centre_km"].iloc[0] == pytest.approx(meridian_arc_km(35, 36), rel=1e-5)
    lon, lat = [44.0, 45.9, 44.99, 45.01], [36.0, 35.1, 35.0, 35.0]
    site_lon = [44.0, 46.0, 44.0, 46.0]
    expect = np.asarray(GEOD.inv(lon, lat, site_lon, [35.0] * 4)[2]) / 1000
    np.testing.assert_allclose(out["nearest_centre_km"], expect, rtol=1e-5)
    exact = query.nearest_site(gdf, sites, exact=True)
    np.testing.assert_allclose(exact["nearest_site_km"], expect, rtol=1e-9)


def test_nearest_site_many_sites_uses_sjoin_nearest():
    rng = np.random.default_rng(5)
    site_xy = list(zip(rng.uniform(39, 48, 80), rng.uniform(30, 37, 80), strict=True))
    sites = sites_frame(site_xy, [f"S{i}" for i in range(80)])
    pts = list(zip(rng.uniform(39, 48, 400), rng.uniform(30, 37, 400), strict=True))
    out = query.nearest_site(points(pts), sites)
    sx, sy = np.array(site_xy).T
    for (x, y), name, km in zip(pts, out["nearest_site"], out["nearest_site_km"], strict=True):
        d = np.asarray(GEOD.inv(np.full(80, x), np.full(80, y), sx, sy)[2]) / 1000
        first, second = np.sort(d)[:2]
        if second - first > 0.01 * first:  # no near-tie: the ranking must be the geodesic one
            assert name == f"S{int(np.argmin(d))}"
            assert km == pytest.approx(first, rel=1e-5)


def test_nearest_site_errors():
    gdf = points([(44, 35)])
    with pytest.raises(GeoDisputedError, match="no sites"):
        query.nearest_site(gdf, sites_frame([], []))
    with pytest.raises(GeoDisputedError, match="no column"):
        query.nearest_site(gdf, sites_frame([(44, 35)], ["a"]), name_col="label")
    empty = query.nearest_site(points([]), sites_frame([(44, 35)], ["a"]))
    assert empty.empty and "nearest_site_km" in empty


def test_within_point_polygon_and_place():
    gdf = points([(44.0, 35.0), (44.0, 35.5), (44.0, 36.0)], event_id=["a", "b", "c"])
    centre = gpd.GeoSeries([Point(44.0, 35.0)], crs=4326)
    near = query.within(gdf, centre, km=60)
    assert list(near["event_id"]) == ["a", "b"]
    assert near["distance_km"].iloc[1] == pytest.approx(meridian_arc_km(35.0, 35.5), rel=1e-5)
    # the same point given in UTM 38N measures the same
    metric = query.within(gdf, centre.to_crs(32638), km=60)
    assert list(metric["distance_km"]) == pytest.approx(list(near["distance_km"]), abs=1e-6)
    area = box(43.9, 34.9, 44.1, 35.1)
    inside = query.within(gdf, gpd.GeoSeries([area], crs=4326).to_crs(32638), km=0)
    assert list(inside["event_id"]) == ["a"] and inside["distance_km"].iloc[0] == 0

    # a place name is geocoded with the gazetteer given
    somewhere = Place(
        id="test:0", kind="town", name_en="Somewhere", name_ar="", lat=36.0, lon=44.0,
        source="test", names=("Somewhere",),
    )  # fmt: skip
    gaz = Gazetteer.from_places([somewhere])
    assert list(query.within(gdf, "Somewhere", km=1, gazetteer=gaz)["event_id"]) == ["c"]
    with pytest.raises(GeoDisputedError, match="no place named"):
        query.within(gdf, "Nowhere", km=1, gazetteer=gaz)
    with pytest.raises(GeoDisputedError, match="km must be"):
        query.within(gdf, centre, km=-1)
    # a bare geometry carries no CRS: refused, whatever its coordinates look like
    with pytest.raises(GeoDisputedError, match="bare geometry has no CRS"):
        query.within(gdf, Point(44.0, 35.0), km=60)
    with pytest.raises(GeoDisputedError, match="bare geometry has no CRS"):
        query.within(gdf, area, km=0)
    with pytest.raises(GeoDisputedError, match="place has no CRS"):
        query.within(gdf, gpd.GeoSeries([Point(44.0, 35.0)]), km=60)
    with pytest.raises(TypeError):  # km is keyword-only
        query.within(gdf, centre, 60)  # type: ignore[misc]


# --- summarize / coverage ------------------------------------------------------------------------


def test_summarize_counts():
    gdf = points(
        [(44, 35)] * 5,
        admin1=["Kirkuk", "Kirkuk", "Diyala", None, "Kirkuk"],
        date=pd.to_datetime(["2024-01-05", "2024-01-20", "2024-02-01", "2024-02-02", "2023-12-31"]),
        fatalities=pd.array([1, None, 3, 0, 2], dtype="Int64"),
        in_belt=[True, False, True, False, True],
    )
    by_gov = query.summarize(gdf, by="admin1")
    assert by_gov.to_dict("records") == [
        {"admin1": "Diyala", "events": 1, "fatalities": 3, "fatalities_unknown": 0},
        {"admin1": "Kirkuk", "events": 3, "fatalities": 3, "fatalities_unknown": 1},
        {"admin1": "(none)", "events": 1, "fatalities": 0, "fatalities_unknown": 0},
    ]
    by_month = query.summarize(gdf, by=["admin1", "month"], in_belt=True)
    assert by_month.to_dict("records") == [
        {"admin1": "Diyala", "month": "2024-02", "events": 1, "fatalities": 3,
         "fatalities_unknown": 0},
        {"admin1": "Kirkuk", "month": "2023-12", "events": 1, "fatalities": 2,
         "fatalities_unknown": 0},
        {"admin1": "Kirkuk", "month": "2024-01", "events": 1, "fatalities": 1,
         "fatalities_unknown": 0},
    ]  # fmt: skip
    with pytest.raises(GeoDisputedError, match=r"run query\.in_belt"):
        query.summarize(gdf.drop(columns="in_belt"), in_belt=True)
    with pytest.raises(GeoDisputedError, match="cannot summarise by 'colour'"):
        query.summarize(gdf, by="colour")
    text = query.format_summary(by_gov).splitlines()
    assert text[0].split() == ["admin1", "events", "fatalities", "fatalities_unknown"]
    assert [line.split() for line in text[2:5]] == [
        ["Diyala", "1", "3", "0"],
        ["Kirkuk", "3", "3", "1"],
        ["(none)", "1", "0", "0"],
    ]
    assert text[-1].split() == ["total", "5", "6", "1"]
    assert len({len(line) for line in text}) == 1  # aligned columns


def test_in_iraq_and_clip_to_iraq(boundaries):
    gdf = points([(44.2, 35.5), (47.0, 35.5), (45.5, 35.1)], event_id=["a", "b", "c"])
    with pytest.raises(GeoDisputedError, match=r"run query\.in_iraq"):
        query.clip_to_iraq(gdf)
    flagged = query.in_iraq(gdf, boundaries)
    assert list(flagged["in_iraq"]) == [True, False, True]
    assert list(query.clip_to_iraq(flagged)["event_id"]) == ["a", "c"]


def test_coverage_circle_area_by_hand():
    cx, cy = TO_UTM.transform(45.0, 35.0)  # on the central meridian: scale factor 0.9996
    belt = gpd.GeoDataFrame(
        {"admin1": ["Test"]},
        geometry=[box(cx - 50_000, cy - 10_000, cx + 50_000, cy + 10_000)],
        crs=32638,
    )
    sites = sites_frame([(45.0, 35.0)], ["centre"])
    out = query.coverage(sites, belt, radius_km=10)
    assert out.crs.to_epsg() == 32638
    # a geodesic circle of 10 km drawn in UTM near k = 0.9996, as a 128-gon
    expected = math.pi * 10**2 * 0.9996**2 * (128 / (2 * math.pi)) * math.sin(2 * math.pi / 128)
    row = out.iloc[0]
    assert row["area_km2"] == pytest.approx(2000, rel=1e-9)
    assert row["covered_km2"] == pytest.approx(expected, rel=1e-3)
    assert row["uncovered_km2"] == pytest.approx(2000 - expected, rel=1e-3)
    assert row["covered_share"] == pytest.approx(expected / 2000, rel=1e-3)
    with pytest.raises(GeoDisputedError, match="radius_km"):
        query.coverage(sites, belt, radius_km=0)
    # a Belt gives the same as its pieces' frame
    line = shapely.LineString([(cx - 50_000, cy), (cx + 50_000, cy)])
    whole = query.coverage(sites, Belt(belt, line, "corridor", "corridor", 20.0), radius_km=10)
    pd.testing.assert_frame_equal(
        pd.DataFrame(whole.drop(columns="geometry")), pd.DataFrame(out.drop(columns="geometry"))
    )
    with pytest.raises(TypeError):  # the belt is required: coverage builds none itself
        query.coverage(sites, radius_km=10)  # type: ignore[call-arg]


# --- coordination centres ------------------------------------------------------------------------

CENTRES_HEADER = (
    "centre_id,name_en,name_ar,centre_type,site_as_reported,place_query,lat,lon,"
    "precision,agreed_date,opened_date,admin1,source,confidence,note\n"
)


def test_load_centres_geocodes_missing_coordinates(tmp_path):
    path = tmp_path / "centres.csv"
    path.write_text(
        CENTRES_HEADER
        + "A,Centre A,,field,Town A,Town A,35.1,44.2,point,2020-08-21,,IQG13,src,high,\n"
        + "B,Centre B,,field,Town B,Town B,,,town,2020-08-21,2021-06-02,IQG10,src,medium,\n",
        encoding="utf-8",
    )
    from geo_disputed.text.geocoder import Candidate

    calls = []

    def fake(query_text, *, admin1=None, kind=None, limit=5):
        calls.append((query_text, admin1))
        return [
            Candidate(
                "Town B",
                "",
                "town",
                34.35,
                45.39,
                "Diyala",
                "",
                "arc-minute",
                1.0,
                "gazetteer source",
            )
        ]

    centres = load_centres(path, geocoder=fake)
    assert calls == [("Town B", "IQG10")]
    assert centres.crs.to_epsg() == 4326
    assert list(centres["position_source"]) == ["csv", "gazetteer: Town B (town)"]
    assert list(centres["precision"]) == ["point", "town"]
    assert list(centres["position_precision"]) == ["point", "arc-minute"]
    assert (centres.geometry.x.iloc[1], centres.geometry.y.iloc[1]) == (45.39, 34.35)
    assert centres["opened_date"].iloc[1] == pd.Timestamp("2021-06-02")
    assert pd.isna(centres["opened_date"].iloc[0])


@pytest.mark.parametrize(
    ("row", "field", "message"),
    [
        ("A,Centre A,,field,X,,,,town,,,IQG13,src,high,", "place_query", "no lat/lon"),
        ("A,Centre A,,field,X,Nowhere,,,town,,,IQG13,src,high,", "place_query", "not found"),
        ("A,Centre A,,field,X,X,35,44,town,2020-02-31,,IQG13,src,high,", "agreed_date", "date"),
        ("A,Centre A,,field,X,X,35,,town,,,IQG13,src,high,", "lon", "one coordinate"),
    ],
)
def test_load_centres_errors_name_row_and_field(tmp_path, row, field, message):
    path = tmp_path / "centres.csv"
    path.write_text(CENTRES_HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=message) as info:
        load_centres(path, geocoder=lambda *a, **k: [])
    assert (info.value.row, info.value.field) == (2, field)


def test_load_centres_directory_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="is a directory"):
        load_centres(tmp_path)


def test_duplicate_centre_id(tmp_path):
    path = tmp_path / "centres.csv"
    row = "A,Centre A,,field,X,X,35,44,town,,,IQG13,src,high,\n"
    path.write_text(CENTRES_HEADER + row + row, encoding="utf-8")
    with pytest.raises(DataError, match="duplicate centre_id") as info:
        load_centres(path)
    assert info.value.row == 3


# --- the real OCHA boundaries --------------------------------------------------------------------

CITIES = {  # (lon, lat) of city centres, and the OCHA 2019 governorate and district
    "Kirkuk": ((44.3922, 35.4681), "Kirkuk", "Kirkuk"),
    "Erbil": ((44.0092, 36.1911), "Erbil", "Erbil"),
    "Khanaqin": ((45.3817, 34.3481), "Diyala", "Khanaqin"),
    "Mosul": ((43.1189, 36.3400), "Ninewa", "Al-Mosul"),
    "Baghdad (Rusafa bank)": ((44.4200, 33.3400), "Baghdad", None),
}


@pytest.fixture(scope="module")
def ocha(shared_boundaries):
    from geo_disputed.geo.boundaries import load_boundaries

    return load_boundaries(shared_boundaries)


def test_assign_admin_real_cities(ocha):
    gdf = points([c[0] for c in CITIES.values()], name=list(CITIES))
    out = query.assign_admin(gdf, ocha)
    for (_, (_, gov, district)), row in zip(CITIES.items(), out.itertuples(), strict=True):
        assert row.admin1 == gov
        if district:
            assert row.admin2 == district
        assert isinstance(row.admin3, str) and row.admin3_pcode.startswith(row.admin2_pcode)


def test_disputed_and_belt_real(ocha):
    from geo_disputed.geo.disputed import disputed_territories

    gdf = points([CITIES["Kirkuk"][0], CITIES["Khanaqin"][0], CITIES["Erbil"][0]])
    out = query.in_disputed(gdf, disputed_territories(ocha))
    assert list(out["in_disputed"]) == [True, True, False]
    assert out["disputed_unit"].iloc[0] is not None

    from geo_disputed.geo.belt import security_vacuum_belt

    line = shapely.LineString(
        [TO_UTM.transform(lon, lat) for lon, lat in [(43.2, 36.6), (44.4, 35.3), (45.4, 34.3)]]
    )
    belt = security_vacuum_belt(ocha, width_km=20, waypoints=line, method="corridor")
    on_line = line.interpolate(150_000)
    normal = np.array(
        [line.coords[1][1] - line.coords[0][1], line.coords[0][0] - line.coords[1][0]]
    )
    normal /= np.hypot(*normal)
    probes = [
        (on_line.x, on_line.y),
        tuple(np.array(on_line.coords[0]) + 9_000 * normal),
        tuple(np.array(on_line.coords[0]) + 11_000 * normal),
    ]
    gdf = points([TO_LONLAT.transform(x, y) for x, y in probes])
    flagged = query.in_belt(gdf, belt)
    assert list(flagged["in_belt"]) == [True, True, False]
    assert list(query.in_belt(gdf, belt.pieces)["in_belt"]) == [True, True, False]
    assert flagged["belt_admin1"].iloc[0] in set(belt.pieces["admin1"])
