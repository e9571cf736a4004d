"""Disputed territories and the Kurdistan Region on the real OCHA boundaries."""

from __future__ import annotations

import logging
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, box

from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.geo.boundaries import load_boundaries
from geo_disputed.geo.disputed import (
    disputed_outline,
    disputed_territories,
    kurdistan_region,
    load_disputed_units,
    skipped_units,
)

KIRKUK_CITY = Point(44.392, 35.468)
KHANAQIN = Point(45.39, 34.348)
ERBIL_CITY = Point(44.01, 36.19)
HEADER = "unit_name,level,pcode,ocha_name_en,listed_by,source,confidence,note\n"


@pytest.fixture(scope="module")
def ocha(shared_boundaries: Path) -> gpd.GeoDataFrame:
    return load_boundaries(shared_boundaries)


def test_unami_units_match_the_table(ocha) -> None:
    territories = disputed_territories(ocha)
    table = [r for r in load_disputed_units() if r["listed_by"] == "UNAMI 2009"]
    assert len(territories) == len(table) > 0
    assert list(territories["boundary_pcode"]) == [r["pcode"] for r in table]
    assert territories.crs == "EPSG:4326"
    assert {"source", "confidence", "listed_by", "admin1", "area_km2"} <= set(territories.columns)
    assert set(territories["admin1"]) == {"Ninewa", "Erbil", "Kirkuk", "Salah Al-Din", "Diyala"}
    mandali = territories.set_index("unit_name").loc["Mandali"]
    assert mandali["boundary_pcode"].startswith("IQG10Q03")  # a sub-district of Baladruz


def test_cities_inside_and_outside(ocha) -> None:
    outline = disputed_outline(disputed_territories(ocha))
    assert len(outline) == 1 and outline["name_en"].iloc[0] == "All disputed territories"
    shape = outline.geometry.iloc[0]
    assert shape.contains(KIRKUK_CITY)
    assert shape.contains(KHANAQIN)
    assert not shape.contains(ERBIL_CITY)
    total = disputed_territories(ocha)["area_km2"].sum()
    assert outline["area_km2"].iloc[0] == pytest.approx(total, rel=1e-6)  # units do not overlap


def test_all_lists_add_units(ocha) -> None:
    unami = disputed_territories(ocha)
    every = disputed_territories(ocha, listed_by=None)
    assert len(every) == len(load_disputed_units()) > len(unami)
    # OCHA has every level, so no unit is left out
    assert skipped_units(ocha) == [] and skipped_units(ocha, listed_by=None) == []


def test_unknown_list_is_an_error(ocha) -> None:
    with pytest.raises(GeoDisputedError, match=r"'UNAMI 1999'.*available: \[.*'UNAMI 2009'"):
        disputed_territories(ocha, listed_by="UNAMI 1999")


def test_units_by_any_spelling(ocha) -> None:
    found = disputed_territories(ocha, ["Tuz Khurmatu", "Hawija", "IQG10Q05", "سنجار"])
    assert list(found["boundary_pcode"]) == ["IQG16Q07", "IQG13Q01", "IQG10Q05", "IQG15Q07"]


def test_bad_row_names_file_row_and_field(ocha, tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_text(
        HEADER
        + "Sinjar,district,IQG15Q07,Sinjar,UNAMI 2009,test,high,\n"
        + "Nowhere,district,IQG99Q99,Nowhereville,UNAMI 2009,test,high,\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"units\.csv, row 3, field 'pcode': unit 'Nowhere'"):
        disputed_territories(ocha, path)


def test_bad_level_names_the_field(ocha, tmp_path: Path) -> None:
    path = tmp_path / "units.csv"
    path.write_text(HEADER + "Sinjar,county,IQG15Q07,Sinjar,UNAMI 2009,test,high,\n")
    with pytest.raises(DataError, match=r"row 2, field 'level'"):
        disputed_territories(ocha, path)


def test_missing_level_is_skipped_with_warning(tmp_path: Path, caplog) -> None:
    frame = gpd.GeoDataFrame(
        {
            "level": [1, 2],
            "pcode": ["G1", "G1D1"],
            "name_en": ["Diyala", "Khanaqin"],
            "name_ar": [None, None],
            "parent_pcode": ["IQ", "G1"],
            "admin1": ["Diyala", "Diyala"],
            "admin2": [None, "Khanaqin"],
        },
        geometry=[box(44, 34, 46, 35), box(45, 34, 46, 35)],
        crs="EPSG:4326",
    )
    path = tmp_path / "units.csv"
    path.write_text(
        HEADER
        + "Khanaqin,district,IQG10Q05,Khanaqin,UNAMI 2009,test,high,\n"
        + "Mandali,subdistrict,IQG10Q03N01,Mandali,UNAMI 2009,test,high,\n"
    )
    with caplog.at_level(logging.WARNING, logger="geo_disputed"):
        found = disputed_territories(frame, path)
    assert list(found["boundary_pcode"]) == ["G1D1"]  # matched by name, not by OCHA p-code
    assert "skipped" not in found.attrs
    assert skipped_units(frame, path) == ["Mandali"]
    assert "row 3: 'Mandali' is a level-3 unit" in caplog.text


def test_kurdistan_region(ocha) -> None:
    region = kurdistan_region(ocha)
    assert len(region) == 1
    row = region.iloc[0]
    assert row["members"] == "Duhok|Erbil|Al-Sulaymaniyah"  # no Halabja governorate in OCHA 2019
    assert row["member_pcodes"] == "IQG09|IQG11|IQG06"
    assert row.geometry.contains(ERBIL_CITY)
    assert not row.geometry.contains(KIRKUK_CITY)
    # Albers areas from PROVENANCE.md: Duhok 6,642 + Erbil 14,494 + Sulaymaniyah 17,577 km²
    assert row["area_km2"] == pytest.approx(6642 + 14494 + 17577, rel=0.005)


def test_halabja_joins_when_it_is_a_governorate(ocha) -> None:
    governorates = ocha[ocha["level"] == 1].copy()
    halabja = ocha[ocha["pcode"] == "IQG06Q05"].copy()  # the OCHA district, promoted here
    halabja["level"], halabja["pcode"], halabja["name_en"] = 1, "IQG19", "Halabja"
    sulay = governorates["pcode"] == "IQG06"
    governorates.loc[sulay, "geometry"] = governorates[sulay].difference(halabja.geometry.iloc[0])
    frame = gpd.GeoDataFrame(pd.concat([governorates, halabja]), geometry="geometry", crs=ocha.crs)
    region = kurdistan_region(frame).iloc[0]
    assert region["members"].endswith("|Halabja")
    assert region["area_km2"] == pytest.approx(kurdistan_region(ocha)["area_km2"].iloc[0], 1e-3)
