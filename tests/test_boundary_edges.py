"""Boundaries the loader accepts work downstream, or are refused at load with one line."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
from map_samples import boundaries as boxes

from geo_disputed import settings
from geo_disputed.cli import main
from geo_disputed.errors import BoundariesNotFound, DataError, GeoDisputedError
from geo_disputed.geo.belt import security_vacuum_belt
from geo_disputed.geo.boundaries import load_boundaries


def _geoboundaries_file(directory: Path, frame: gpd.GeoDataFrame) -> Path:
    """Write made-up governorates in the geoBoundaries ADM1 schema."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "geoBoundaries-IRQ-ADM1.geojson"
    frame.to_file(path, driver="GeoJSON")
    return path


def _governorates() -> gpd.GeoDataFrame:
    units = boxes()
    gov = units[units["level"] == 1]
    return gpd.GeoDataFrame(
        {"shapeName": gov["name_en"], "shapeISO": "", "shapeID": gov["pcode"],
         "shapeType": "ADM1"},
        geometry=gov.geometry.values, crs=4326,
    )  # fmt: skip


def test_point_units_are_refused_at_load(tmp_path: Path) -> None:
    gov = _governorates()
    points = gov.set_geometry(gov.representative_point())
    path = _geoboundaries_file(tmp_path, points)
    with pytest.raises(DataError, match=r"row 1, field 'geometry': feature 1 is a Point"):
        load_boundaries(path)


def test_a_unit_without_a_name_is_refused_at_load(tmp_path: Path) -> None:
    gov = _governorates()
    gov.loc[gov.index[1], "shapeName"] = None
    path = _geoboundaries_file(tmp_path, gov)
    with pytest.raises(DataError, match=r"row 2, field 'name_en': feature 2 has no name"):
        load_boundaries(path)


def test_boundaries_that_miss_the_belt_say_so() -> None:
    far = boxes()  # made-up boxes moved away from the belt: they hold no part of it
    far["geometry"] = far.geometry.translate(xoff=-60.0)  # the Atlantic
    with pytest.raises(GeoDisputedError, match=r"lies outside these boundaries .* North Box"):
        security_vacuum_belt(far, waypoints=[(44.0, 36.0), (44.5, 35.5)], method="corridor")


def test_a_boundaries_file_given_for_a_directory_is_one_line(tmp_path: Path, capsys) -> None:
    path = _geoboundaries_file(tmp_path / "gb", _governorates())
    assert main(["belt", "--boundaries", str(path), "--out", str(tmp_path / "b.gpkg")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a file; give the directory" in err
    assert str(path.parent) in err
    with pytest.raises(BoundariesNotFound, match="is a file"):
        settings.resolve_boundaries_dir(path)
