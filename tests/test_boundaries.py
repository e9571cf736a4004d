"""Boundaries: both file conventions, validation, caching and name/p-code resolution."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Polygon, box

from geo_disputed import settings
from geo_disputed.errors import BoundariesNotFound, DataError, GeoDisputedError
from geo_disputed.geo import boundaries as bnd
from geo_disputed.geo.boundaries import load_boundaries, resolve_unit

# --- synthetic files ------------------------------------------------------------------------


def write_ocha(
    folder: Path, level: int, rows: list[dict], geoms: list, *, ext="geojson", crs="EPSG:4326"
):
    """Write an OCHA-style layer ``irq_admbnda_adm{level}_test.{ext}``."""
    path = folder / f"irq_admbnda_adm{level}_test.{ext}"
    gpd.GeoDataFrame(rows, geometry=geoms, crs=crs).to_file(path)
    return path


def two_governorates(folder: Path, ext: str = "geojson", names=("West", "East")) -> Path:
    rows = [
        {"ADM1_EN": names[0], "ADM1_AR": "غرب", "ADM1_PCODE": "IQG01", "ADM0_PCODE": "IQ"},
        {"ADM1_EN": names[1], "ADM1_AR": "شرق", "ADM1_PCODE": "IQG02", "ADM0_PCODE": "IQ"},
    ]
    return write_ocha(folder, 1, rows, [box(43, 35, 44, 36), box(44, 35, 45, 36)], ext=ext)


def write_geoboundaries(folder: Path) -> None:
    """geoBoundaries-style ADM1 and ADM2 GeoJSON files (no parent codes in ADM2)."""

    def feature(props: dict, poly: Polygon) -> dict:
        return {"type": "Feature", "properties": props, "geometry": poly.__geo_interface__}

    adm1 = [
        feature({"shapeName": "Kirkuk", "shapeISO": "IQ-KI", "shapeID": "A1", "shapeGroup": "IRQ",
                 "shapeType": "ADM1"}, box(44, 35, 45, 36)),
        feature({"shapeName": "Diyala", "shapeISO": "IQ-DI", "shapeID": "A2", "shapeGroup": "IRQ",
                 "shapeType": "ADM1"}, box(44, 34, 45, 35)),
    ]  # fmt: skip
    adm2 = [
        feature({"shapeName": "Daquq", "shapeISO": "", "shapeID": "B1", "shapeGroup": "IRQ",
                 "shapeType": "ADM2"}, box(44, 35, 44.5, 36)),
        feature({"shapeName": "Khanaqin", "shapeISO": "", "shapeID": "B2", "shapeGroup": "IRQ",
                 "shapeType": "ADM2"}, box(44, 34, 45, 35)),
    ]  # fmt: skip
    for n, feats in ((1, adm1), (2, adm2)):
        doc = {"type": "FeatureCollection", "features": feats}
        (folder / f"geoBoundaries-IRQ-ADM{n}.geojson").write_text(json.dumps(doc))


# --- real OCHA data -------------------------------------------------------------------------


def test_ocha_levels_schema_and_hierarchy(shared_boundaries: Path) -> None:
    frame = load_boundaries(shared_boundaries)
    assert list(frame.columns) == list(bnd.COLUMNS)
    assert frame.crs == "EPSG:4326"
    assert frame.groupby("level").size().to_dict() == {0: 1, 1: 18, 2: 101, 3: 294}
    assert frame["pcode"].is_unique
    districts = frame[frame["level"] == 2]
    governorates = set(frame.loc[frame["level"] == 1, "pcode"])
    assert set(districts["parent_pcode"]) <= governorates
    tuz = frame.set_index("pcode").loc["IQG16Q07"]
    assert (tuz["name_en"], tuz["admin1"], tuz["parent_pcode"]) == (
        "Tooz Khurmato",
        "Salah Al-Din",
        "IQG16",
    )
    assert frame.set_index("pcode").loc["IQG13", "name_ar"] == "كركوك"


def test_cache_returns_independent_copies(shared_boundaries: Path) -> None:
    first = load_boundaries(shared_boundaries, levels=(1,))
    hits = bnd._load_cached.cache_info().hits
    first.loc[0, "name_en"] = "changed"
    second = load_boundaries(shared_boundaries, levels=[1])
    assert bnd._load_cached.cache_info().hits == hits + 1
    assert "changed" not in set(second["name_en"])


@pytest.mark.parametrize(
    ("query", "level", "pcode"),
    [
        ("Ninewa", None, "IQG15"),
        ("نينوى", None, "IQG15"),
        ("Nineveh", 1, "IQG15"),
        ("iqg15", None, "IQG15"),
        ("Salahuddin", 1, "IQG16"),
        ("Salah al-Din", None, "IQG16"),
        ("Tuz Khurmatu", 2, "IQG16Q07"),
        ("Tooz Khurmato", None, "IQG16Q07"),
        ("Hawija", 2, "IQG13Q01"),
        ("Al-Hawiga", None, "IQG13Q01"),
        ("Sulaymaniyah", None, "IQG06"),
        ("Kirkuk", None, "IQG13"),  # governorate wins over the district of the same name
        ("Kirkuk", 2, "IQG13Q04"),
        ("Gwyer", 3, "IQG11Q04N04"),
    ],
)
def test_resolve_unit_spellings(shared_boundaries: Path, query, level, pcode) -> None:
    frame = load_boundaries(shared_boundaries)
    assert resolve_unit(frame, query, level=level)["pcode"] == pcode


def test_resolve_unit_unknown_lists_close_names(shared_boundaries: Path) -> None:
    frame = load_boundaries(shared_boundaries, levels=(1,))
    with pytest.raises(GeoDisputedError, match=r"closest names: .*Kirkuk \[IQG13\]"):
        resolve_unit(frame, "Kirkuzzy Province Q", level=1)


# --- synthetic files ------------------------------------------------------------------------


def test_prefers_shapefile_and_dissolves_country(tmp_path: Path) -> None:
    two_governorates(tmp_path, ext="shp", names=("West shp", "East shp"))
    two_governorates(tmp_path, ext="geojson", names=("West json", "East json"))
    frame = load_boundaries(tmp_path, levels=(0, 1))
    assert set(frame.loc[frame["level"] == 1, "name_en"]) == {"West shp", "East shp"}
    country = frame[frame["level"] == 0].iloc[0]
    assert country["pcode"] == "IQ"
    assert country.geometry.equals(box(43, 35, 45, 36))


def test_explicit_paths_and_reprojection(tmp_path: Path) -> None:
    utm = gpd.GeoSeries([box(43, 35, 44, 36)], crs="EPSG:4326").to_crs("EPSG:32638").iloc[0]
    rows = [{"ADM1_EN": "Only", "ADM1_AR": "", "ADM1_PCODE": "IQG01", "ADM0_PCODE": "IQ"}]
    path = write_ocha(tmp_path, 1, rows, [utm], crs="EPSG:32638")
    frame = load_boundaries([path], levels=(1,))
    assert frame.crs == "EPSG:4326"
    minx, miny, maxx, maxy = frame.total_bounds
    assert (minx, miny, maxx, maxy) == pytest.approx((43, 35, 44, 36), abs=1e-6)
    assert frame["name_ar"].iloc[0] is None


def test_missing_crs_names_the_file(tmp_path: Path) -> None:
    path = two_governorates(tmp_path, ext="shp")
    path.with_suffix(".prj").unlink()
    with pytest.raises(DataError, match=r"irq_admbnda_adm1_test\.shp: has no CRS"):
        load_boundaries(tmp_path)


def test_unknown_schema_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "irq_admbnda_adm1_odd.geojson"
    gpd.GeoDataFrame({"NAME": ["x"]}, geometry=[box(0, 0, 1, 1)], crs="EPSG:4326").to_file(path)
    with pytest.raises(DataError, match=r"adm1_odd\.geojson: unknown schema.*found NAME"):
        load_boundaries(tmp_path)


def test_invalid_geometry_repaired_and_counted(tmp_path: Path, caplog) -> None:
    bowtie = Polygon([(43, 35), (44, 36), (44, 35), (43, 36)])
    rows = [{"ADM1_EN": "Bow", "ADM1_AR": "", "ADM1_PCODE": "IQG01", "ADM0_PCODE": "IQ"}]
    write_ocha(tmp_path, 1, rows, [bowtie])
    with caplog.at_level(logging.INFO, logger="geo_disputed"):
        frame = load_boundaries(tmp_path, levels=(1,))
    assert frame.geometry.is_valid.all()
    assert frame.geometry.iloc[0].area == pytest.approx(0.5)  # square degrees: a bow-tie half
    assert "1 invalid geometries repaired with make_valid" in caplog.text


def test_feature_without_pcode_is_an_error(tmp_path: Path) -> None:
    rows = [{"ADM1_EN": "A", "ADM1_AR": "", "ADM1_PCODE": "IQG01", "ADM0_PCODE": "IQ"},
            {"ADM1_EN": "B", "ADM1_AR": "", "ADM1_PCODE": "", "ADM0_PCODE": "IQ"}]  # fmt: skip
    write_ocha(tmp_path, 1, rows, [box(0, 0, 1, 1), box(1, 0, 2, 1)])
    with pytest.raises(DataError, match=r"row 2, field 'pcode'"):
        load_boundaries(tmp_path)


def test_geoboundaries_parents_derived_spatially(tmp_path: Path, caplog) -> None:
    write_geoboundaries(tmp_path)
    with caplog.at_level(logging.WARNING, logger="geo_disputed"):
        frame = load_boundaries(tmp_path)
    assert "no level-3" in caplog.text
    assert sorted(frame["level"].unique()) == [0, 1, 2]
    governorates = frame[frame["level"] == 1].set_index("name_en")
    assert governorates.loc["Kirkuk", "pcode"] == "IQ-KI"
    districts = frame[frame["level"] == 2].set_index("name_en")
    assert districts.loc["Daquq", "admin1"] == "Kirkuk"
    assert districts.loc["Khanaqin", "parent_pcode"] == "IQ-DI"
    assert districts.loc["Khanaqin", "pcode"] == "B2"  # shapeISO is blank: shapeID is used
    assert frame.loc[frame["level"] == 0, "pcode"].iloc[0] == "IRQ"


def test_not_configured_says_what_to_do() -> None:
    with pytest.raises(BoundariesNotFound, match="geo-disputed data fetch"):
        load_boundaries()


def test_env_variable_is_used(tmp_path: Path, monkeypatch) -> None:
    two_governorates(tmp_path)
    monkeypatch.setenv(settings.BOUNDARIES_ENV, str(tmp_path))
    assert len(load_boundaries(levels=(1,))) == 2


def test_empty_directory_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(BoundariesNotFound, match="no OCHA COD-AB"):
        load_boundaries(tmp_path)


def test_unknown_level_rejected(tmp_path: Path) -> None:
    two_governorates(tmp_path)
    with pytest.raises(GeoDisputedError, match="unknown boundary level"):
        load_boundaries(tmp_path, levels=(4,))
