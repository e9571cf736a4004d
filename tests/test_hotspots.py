"""The security-vacuum hotspots (``data/vacuum_hotspots.csv``) and their loader."""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

import pytest
from conftest import SHARED, need_shared

from geo_disputed.curated import CONFIDENCE_LEVELS, URL_PATTERN, data_path, is_mirror, split_names
from geo_disputed.errors import DataError
from geo_disputed.geo.sites import (
    hotspot_areas,
    hotspot_belt_distances,
    load_hotspots,
)

FACTS = SHARED / "data" / "facts" / "facts.md"


@pytest.fixture(scope="module")
def hotspots():
    return load_hotspots()


@pytest.fixture(scope="module")
def facts_rows() -> dict[str, str]:
    """facts.md table rows by their number (``6.32`` -> the row's text)."""
    text = need_shared(FACTS).read_text(encoding="utf-8")
    return {m.group(1): m.group(0) for m in re.finditer(r"^\| (\d+\.\d+) \|.*$", text, re.M)}


def _places() -> dict[str, dict[str, str]]:
    with data_path("places.csv").open(encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


def test_table_loads_with_canonical_source_and_confidence(hotspots):
    assert len(hotspots) == 17
    assert str(hotspots.crs) == "EPSG:4326"
    assert hotspots["id"].is_unique
    for _, row in hotspots.iterrows():
        urls = URL_PATTERN.findall(row["source"])
        assert urls, row["id"]
        assert not any(is_mirror(u) for u in urls), row["id"]
        assert row["confidence"] in CONFIDENCE_LEVELS


def test_geometry_only_for_point_rows(hotspots):
    points = hotspots["precision"] == "point"
    assert hotspots.geometry.notna().tolist() == points.tolist()
    assert hotspots.loc[~points, "lat"].isna().all()


def test_every_row_cites_section_6b_of_facts(hotspots, facts_rows):
    section = [n for n in facts_rows if n.startswith("6.") and float(n[2:]) >= 29]
    for _, row in hotspots.iterrows():
        refs = [r.strip() for r in row["facts_ref"].split(";")]
        assert refs[0] in section, row["id"]
        for ref in refs:
            cited = URL_PATTERN.findall(facts_rows[ref])
            # the row's sources are those of the facts rows it cites ("same URL as" rows too)
            assert cited or "same" in facts_rows[ref], (row["id"], ref)


def test_point_rows_match_facts_or_places(hotspots, facts_rows):
    places = _places()
    numbers = re.compile(r"\d+\.\d+")
    for _, row in hotspots[hotspots["precision"] == "point"].iterrows():
        place = places.get(row["id"])
        in_places = place is not None and (float(place["lat"]), float(place["lon"])) == (
            row["lat"],
            row["lon"],
        )
        in_facts = False
        for ref in (r.strip() for r in row["facts_ref"].split(";")):
            cells = facts_rows[ref].split("|")
            values = [float(v) for c in cells[3:5] for v in numbers.findall(c)[:1]]
            in_facts |= values == [row["lat"], row["lon"]]
        assert in_places and in_facts, row["id"]


def test_unit_pcodes_exist_in_admin_units(hotspots):
    with data_path("admin_units.csv").open(encoding="utf-8", newline="") as fh:
        units = {r["pcode"]: r["parent_pcode"] for r in csv.DictReader(fh)}
    for _, row in hotspots.iterrows():
        codes = split_names(row["pcodes"])
        assert all(c in units for c in codes), row["id"]
        admin1 = set(split_names(row["admin1"]))
        assert {c[:5] for c in codes} <= admin1, row["id"]
        assert all(a in units for a in admin1), row["id"]
        if row["precision"] == "between":
            assert len(codes) == 2


def _write(tmp_path: Path, **changes: str) -> Path:
    with data_path("vacuum_hotspots.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        header = list(reader.fieldnames or [])
    changes = dict(changes)
    target = changes.pop("_id", "qarachogh")
    row = next(r for r in rows if r["id"] == target)
    row.update(changes)
    path = tmp_path / "hotspots.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"precision": "estimated"}, "precision"),
        ({"lat": "35.8", "lon": "43.6"}, "lat"),
        ({"_id": "zummar", "lat": "", "lon": ""}, "lat"),
        ({"pcodes": "Makhmour"}, "pcodes"),
        ({"admin1": "IQG11Q04"}, "admin1"),
        ({"_id": "tuz-kalar-gap", "pcodes": "IQG16Q07"}, "pcodes"),
        ({"statement_date": "2021-13-01"}, "statement_date"),
        ({"statement_date": "Aug 2021"}, "statement_date"),
        ({"id": "zummar"}, "id"),
        ({"confidence": "sure"}, "confidence"),
        ({"source": ""}, "source"),
    ],
)
def test_bad_rows_are_rejected(tmp_path, changes, field):
    with pytest.raises(DataError) as err:
        load_hotspots(_write(tmp_path, **changes))
    assert err.value.field == field
    assert err.value.row is not None


def test_hotspot_areas_and_belt_distances(hotspots, shared_boundaries):
    from geo_disputed.geo.belt import security_vacuum_belt
    from geo_disputed.geo.boundaries import load_boundaries

    boundaries = load_boundaries(shared_boundaries)
    areas = hotspot_areas(hotspots, boundaries)
    units = hotspots[hotspots["precision"] != "point"]
    assert len(areas) == sum(len(split_names(p)) for p in units["pcodes"])
    assert areas.geometry.notna().all() and not areas.geometry.is_empty.any()
    belt = security_vacuum_belt(boundaries, width_km=20)
    points = hotspot_belt_distances(hotspots, belt.pieces)
    assert points["id"].tolist() == hotspots.loc[hotspots["precision"] == "point", "id"].tolist()
    distances = hotspot_belt_distances(hotspots, belt.pieces, areas=areas)
    print(distances.to_string())
    assert len(distances) == len(hotspots)
    assert all(math.isfinite(d) and d >= 0 for d in distances["distance_km"])
