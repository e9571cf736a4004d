"""Checks on the curated event tables in ``data/``.

Covers ``disputed_units.csv``, ``belt_waypoints.csv``, ``coordination_centres.csv`` and
``incidents.csv``: every file parses with :func:`geo_disputed.curated.read_rows`, every row is
sourced, and codes, names and coordinates agree with the real OCHA COD-AB 2019 boundaries
(``shared_boundaries`` fixture; those tests skip when the files are absent). Each checker
returns a list of problems, and is also run on a deliberately broken copy so it can fail.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from geo_disputed.curated import data_path, read_rows, split_names
from geo_disputed.errors import DataError
from geo_disputed.incidents import SCHEMA

UNITS = "disputed_units.csv"
WAYPOINTS = "belt_waypoints.csv"
CENTRES = "coordination_centres.csv"
INCIDENTS = "incidents.csv"

UNITS_COLUMNS = (
    "unit_name",
    "level",
    "pcode",
    "ocha_name_en",
    "governorate_dejure",
    "governorate_ocha",
    "name_ar",
    "listed_by",
    "note",
)
WAYPOINT_COLUMNS = ("seq", "name_en", "name_ar", "kind_hint", "admin1_hint", "note")
CENTRE_COLUMNS = (
    "centre_id",
    "name_en",
    "name_ar",
    "centre_type",
    "site_as_reported",
    "place_query",
    "lat",
    "lon",
    "precision",
    "agreed_date",
    "opened_date",
    "admin1",
    "note",
)
INCIDENT_COLUMNS = (*SCHEMA, "weapon", "casualties_reported", "place_query", "confidence",
                    "retrieved_from")  # fmt: skip

# The units UNAMI reported on (22 Apr 2009), in UNAMI's spelling, with their level.
UNAMI_UNITS = {
    "Sinjar": "district",
    "Tal Afar": "district",
    "Til Kaef": "district",
    "Sheikhan": "district",
    "Akre": "district",
    "Hamdaniya": "district",
    "Makhmour": "district",
    "Al Hawija": "district",
    "Dibis": "district",
    "Daquq": "district",
    "Kirkuk": "district",
    "Tuz": "district",
    "Kifri": "district",
    "Khanaqin": "district",
    "Mandali": "subdistrict",
}
UNAMI = "UNAMI 2009"
FIRST_DAY, LAST_DAY = date(2020, 1, 1), date(2024, 12, 31)
#: ACLED's sub-event types of each event type (ACLED codebook 2023), the vocabulary of
#: ``incidents.csv``.
ACLED_SUB_EVENTS = {
    "Battles": {
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
}  # fmt: skip
EVENT_ID = re.compile(r"GD-(\d{4})-(\d{4})")
URL = re.compile(r"https?://\S+")


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def units() -> list[dict[str, str]]:
    return read_rows(data_path(UNITS), UNITS_COLUMNS)


@pytest.fixture(scope="module")
def waypoints() -> list[dict[str, str]]:
    return read_rows(data_path(WAYPOINTS), WAYPOINT_COLUMNS)


@pytest.fixture(scope="module")
def centres() -> list[dict[str, str]]:
    return read_rows(
        data_path(CENTRES),
        CENTRE_COLUMNS,
        nonempty=("source", "confidence", "centre_id"),
        coords=("lat", "lon"),
    )


@pytest.fixture(scope="module")
def incidents() -> list[dict[str, str]]:
    return read_rows(
        data_path(INCIDENTS),
        INCIDENT_COLUMNS,
        nonempty=("event_id", "date", "source", "source_url", "confidence", "fatalities"),
        coords=("latitude", "longitude"),
    )


@pytest.fixture(scope="module")
def ocha(shared_boundaries: Path) -> dict[str, object]:
    """The OCHA layers, indexed by p-code (read-only; never copied into the project)."""
    import geopandas as gpd

    return {
        "adm0": gpd.read_file(shared_boundaries / "irq_admbnda_adm0_cso_itos_20190603.geojson"),
        "adm1": gpd.read_file(shared_boundaries / "irq_admbnda_adm1_cso_20190603.shp"),
        "adm2": gpd.read_file(shared_boundaries / "irq_admbnda_adm2_cso_20190603.geojson"),
        "adm3": gpd.read_file(shared_boundaries / "irq_admbnda_adm3_cso_20190603.geojson"),
    }


# ----------------------------------------------------------------------------- checkers
def _is_iso(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def source_problems(rows: list[dict[str, str]], column: str = "source") -> list[str]:
    """Rows whose URL column is not a `` ; ``-separated list of http(s) URLs."""
    bad = []
    for i, row in enumerate(rows):
        parts = [p.strip() for p in row[column].split(" ; ")]
        if not parts or not all(URL.fullmatch(p) for p in parts):
            bad.append(f"row {i}: {column} {row[column]!r}")
    return bad


def unit_problems(rows: list[dict[str, str]], ocha: dict[str, object] | None) -> list[str]:
    """UNAMI coverage, levels, and agreement of codes and names with OCHA."""
    problems = []
    unami = {r["unit_name"]: r for r in rows if r["listed_by"] == UNAMI}
    if set(unami) != set(UNAMI_UNITS):
        problems.append(f"UNAMI units {sorted(unami)} != {sorted(UNAMI_UNITS)}")
    for name, row in unami.items():
        if UNAMI_UNITS.get(name) != row["level"]:
            problems.append(f"{name}: level {row['level']!r}")
    pcodes = [r["pcode"] for r in rows]
    if len(set(pcodes)) != len(pcodes):
        problems.append("duplicate pcode")
    if ocha is None:
        return problems
    tables = {
        "district": ocha["adm2"].set_index("ADM2_PCODE"),
        "subdistrict": ocha["adm3"].set_index("ADM3_PCODE"),
    }
    prefix = {"district": "ADM2", "subdistrict": "ADM3"}
    for row in rows:
        level = row["level"]
        if level not in tables:
            problems.append(f"{row['unit_name']}: unknown level {level!r}")
            continue
        table = tables[level]
        if row["pcode"] not in table.index:
            problems.append(f"{row['unit_name']}: pcode {row['pcode']} not in OCHA {level}s")
            continue
        rec = table.loc[row["pcode"]]
        if rec[f"{prefix[level]}_EN"] != row["ocha_name_en"]:
            problems.append(f"{row['unit_name']}: ocha_name_en {row['ocha_name_en']!r}")
        if rec["ADM1_EN"] != row["governorate_ocha"]:
            problems.append(f"{row['unit_name']}: governorate_ocha {row['governorate_ocha']!r}")
        if row["listed_by"] == UNAMI and rec[f"{prefix[level]}_AR"] != row["name_ar"]:
            problems.append(f"{row['unit_name']}: name_ar {row['name_ar']!r}")
    return problems


def waypoint_problems(rows: list[dict[str, str]], adm1_names: set[str] | None) -> list[str]:
    """Sequence numbers, both ends of the belt, and the governorate hints."""
    problems = []
    try:
        seqs = [int(r["seq"]) for r in rows]
    except ValueError as exc:
        return [f"seq not an integer: {exc}"]
    if seqs != list(range(1, len(rows) + 1)):
        problems.append(f"seq is not 1..N in order: {seqs}")
    if not rows or rows[0]["admin1_hint"] != "Ninewa":
        problems.append("first waypoint is not in Ninewa")
    if not rows or rows[-1]["admin1_hint"] != "Diyala":
        problems.append("last waypoint is not in Diyala")
    for row in rows:
        if not split_names(row["name_en"]) or not row["name_ar"]:
            problems.append(f"seq {row['seq']}: missing name")
        if {"lat", "lon", "latitude", "longitude"} & set(row):
            problems.append(f"seq {row['seq']}: waypoints must not carry coordinates")
        if adm1_names is not None and row["admin1_hint"] not in adm1_names:
            problems.append(f"seq {row['seq']}: admin1_hint {row['admin1_hint']!r} not OCHA")
    return problems


def centre_problems(rows: list[dict[str, str]], adm1_codes: set[str] | None) -> list[str]:
    """Six centres, two main and four field, unique ids, ISO dates, OCHA admin1 codes."""
    problems = []
    if len(rows) != 6:
        problems.append(f"{len(rows)} centres, expected 6")
    ids = [r["centre_id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate centre_id")
    kinds = sorted(r["centre_type"] for r in rows)
    if kinds != ["field"] * 4 + ["main"] * 2:
        problems.append(f"centre types {kinds}")
    precisions = {"point", "arc-minute", "town", "subdistrict", "district", "governorate"}
    for row in rows:
        cid = row["centre_id"]
        if row["precision"] not in precisions:
            problems.append(f"{cid}: precision {row['precision']!r}")
        if not row["place_query"] and not row["lat"]:
            problems.append(f"{cid}: neither place_query nor coordinates")
        for col in ("agreed_date", "opened_date"):
            if row[col] and not _is_iso(row[col]):
                problems.append(f"{cid}: {col} {row[col]!r} is not an ISO date")
        if (
            _is_iso(row["agreed_date"])
            and _is_iso(row["opened_date"])
            and row["opened_date"] < row["agreed_date"]
        ):
            problems.append(f"{cid}: opened before agreed")
        if adm1_codes is not None and row["admin1"] not in adm1_codes:
            problems.append(f"{cid}: admin1 {row['admin1']!r} is not an OCHA ADM1_PCODE")
    return problems


def incident_problems(rows: list[dict[str, str]]) -> list[str]:
    """Ids, dates, fatalities, precision and URLs of the incident rows."""
    problems = []
    ids = [r["event_id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate event_id")
    for row in rows:
        eid = row["event_id"]
        match = EVENT_ID.fullmatch(eid)
        if not _is_iso(row["date"]):
            problems.append(f"{eid}: date {row['date']!r} is not ISO")
        elif not FIRST_DAY <= date.fromisoformat(row["date"]) <= LAST_DAY:
            problems.append(f"{eid}: date {row['date']} outside 2020-2024")
        elif match is None or match.group(1) != row["date"][:4]:
            problems.append(f"{eid}: event_id does not match GD-<year>-NNNN")
        if not row["fatalities"].isdigit():
            problems.append(f"{eid}: fatalities {row['fatalities']!r} not a non-negative int")
        if row["geo_precision"] not in {"1", "2", "3"}:
            problems.append(f"{eid}: geo_precision {row['geo_precision']!r}")
        if not row["latitude"] or not row["admin1"]:
            problems.append(f"{eid}: missing coordinates or admin1")
        if not row["weapon"] or not row["place_query"]:
            problems.append(f"{eid}: missing weapon or place_query")
        if row["sub_event_type"] not in ACLED_SUB_EVENTS.get(row["event_type"], ()):
            problems.append(
                f"{eid}: {row['event_type']!r}/{row['sub_event_type']!r} is not an ACLED pair"
            )
        if not row["actor1"]:
            problems.append(f"{eid}: missing actor1")
    return problems + numbering_problems(rows) + source_problems(rows, "source_url")


def numbering_problems(rows: list[dict[str, str]]) -> list[str]:
    """``GD-<year>-NNNN`` numbered 0001, 0002... in date order within each year."""
    problems = []
    by_year: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_year.setdefault(row["date"][:4], []).append(row)
    for year, group in by_year.items():
        ordered = sorted(group, key=lambda r: (r["date"], r["event_id"]))
        for number, row in enumerate(ordered, 1):
            if row["event_id"] != f"GD-{year}-{number:04d}":
                problems.append(f"{row['event_id']}: should be GD-{year}-{number:04d} by date")
    return problems


def incident_geo_problems(rows: list[dict[str, str]], ocha: dict[str, object]) -> list[str]:
    """Every point inside Iraq, inside its stated admin1 and (when given) admin2."""
    from shapely.geometry import Point

    adm0 = ocha["adm0"].geometry.union_all()
    adm1 = ocha["adm1"].set_index("ADM1_EN").geometry
    adm2 = ocha["adm2"]
    problems = []
    for row in rows:
        eid = row["event_id"]
        point = Point(float(row["longitude"]), float(row["latitude"]))
        if not adm0.contains(point):
            problems.append(f"{eid}: point outside Iraq")
        if row["admin1"] not in adm1.index:
            problems.append(f"{eid}: admin1 {row['admin1']!r} is not an OCHA ADM1_EN")
        elif not adm1[row["admin1"]].contains(point):
            problems.append(f"{eid}: point outside {row['admin1']}")
        if row["admin2"]:
            same = adm2[adm2.ADM2_EN.eq(row["admin2"]) & adm2.ADM1_EN.eq(row["admin1"])]
            if len(same) != 1:
                problems.append(f"{eid}: admin2 {row['admin2']!r} not in {row['admin1']}")
            elif not same.geometry.iloc[0].contains(point):
                problems.append(f"{eid}: point outside {row['admin2']}")
    return problems


# ----------------------------------------------------------------------------- tests
@pytest.mark.parametrize("name", [UNITS, WAYPOINTS, CENTRES, INCIDENTS])
def test_every_row_has_source_and_confidence(name: str) -> None:
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows, f"{name} is empty"
    column = "source_url" if name == INCIDENTS else "source"
    assert all(r["confidence"] in {"high", "medium", "low"} for r in rows)
    assert source_problems(rows, column) == []


def test_incident_header_is_the_normalised_schema() -> None:
    with data_path(INCIDENTS).open(encoding="utf-8", newline="") as fh:
        assert tuple(next(csv.reader(fh))) == INCIDENT_COLUMNS


def test_units_cover_unami_list(units: list[dict[str, str]]) -> None:
    assert unit_problems(units, None) == []


def test_units_match_ocha(units: list[dict[str, str]], ocha: dict[str, object]) -> None:
    assert unit_problems(units, ocha) == []


def test_units_checker_catches_wrong_pcode(
    units: list[dict[str, str]], ocha: dict[str, object]
) -> None:
    broken = [dict(r) for r in units]
    broken[0]["pcode"] = "IQG15Q99"
    broken = [r for r in broken if r["unit_name"] != "Mandali"]
    problems = unit_problems(broken, ocha)
    assert any("not in OCHA" in p for p in problems)
    assert any("UNAMI units" in p for p in problems)


def test_waypoints_order_and_ends(waypoints: list[dict[str, str]]) -> None:
    assert waypoint_problems(waypoints, None) == []


def test_waypoint_hints_are_ocha_governorates(
    waypoints: list[dict[str, str]], ocha: dict[str, object]
) -> None:
    assert waypoint_problems(waypoints, set(ocha["adm1"].ADM1_EN)) == []


def test_waypoint_checker_catches_reversed_order(waypoints: list[dict[str, str]]) -> None:
    problems = waypoint_problems(list(reversed(waypoints)), None)
    assert any("seq" in p for p in problems)
    assert "first waypoint is not in Ninewa" in problems


def test_centres(centres: list[dict[str, str]]) -> None:
    assert centre_problems(centres, None) == []


def test_centre_admin1_codes(centres: list[dict[str, str]], ocha: dict[str, object]) -> None:
    assert centre_problems(centres, set(ocha["adm1"].ADM1_PCODE)) == []


def test_centre_checker_catches_duplicate_and_bad_date(centres: list[dict[str, str]]) -> None:
    broken = [dict(r) for r in centres] + [dict(centres[0], opened_date="2021-1-5")]
    problems = centre_problems(broken, None)
    assert "7 centres, expected 6" in problems
    assert "duplicate centre_id" in problems
    assert any("not an ISO date" in p for p in problems)


def test_incidents(incidents: list[dict[str, str]]) -> None:
    assert incident_problems(incidents) == []


def test_incident_points_inside_stated_units(
    incidents: list[dict[str, str]], ocha: dict[str, object]
) -> None:
    assert incident_geo_problems(incidents, ocha) == []


def test_incident_checkers_catch_bad_rows(
    incidents: list[dict[str, str]], ocha: dict[str, object]
) -> None:
    broken = [dict(r) for r in incidents]
    broken[0].update(date="2025-11-26", fatalities="-1")
    broken[1].update(admin1="Diyala")
    broken[2].update(latitude="32.0", longitude="36.0")  # Jordan
    broken.append(dict(broken[3]))
    broken[4].update(sub_event_type="Armed clash", event_type="Explosions/Remote violence")
    broken[5].update(actor1="")
    late = next(r for r in broken if r["event_id"] == "GD-2023-0001")
    late.update(date="2023-12-31")  # now after GD-2023-0002 and -0003
    problems = incident_problems(broken) + incident_geo_problems(broken, ocha)
    assert any(
        "'Explosions/Remote violence'/'Armed clash' is not an ACLED pair" in p for p in problems
    )
    assert any("missing actor1" in p for p in problems)
    assert "GD-2023-0001: should be GD-2023-0003 by date" in problems
    assert any("outside 2020-2024" in p for p in problems)
    assert any("not a non-negative int" in p for p in problems)
    assert any("point outside Diyala" in p for p in problems)
    assert any("point outside Iraq" in p for p in problems)
    assert "duplicate event_id" in problems


def test_read_rows_rejects_bad_coordinate(tmp_path: Path) -> None:
    src = data_path(INCIDENTS).read_text(encoding="utf-8").splitlines()
    header, first = src[0], next(csv.reader([src[1]]))
    first[INCIDENT_COLUMNS.index("latitude")] = "north"
    bad = tmp_path / INCIDENTS
    with bad.open("w", encoding="utf-8", newline="") as fh:
        fh.write(header + "\n")
        csv.writer(fh).writerow(first)
    with pytest.raises(DataError, match=r"row 2, field 'latitude'"):
        read_rows(bad, INCIDENT_COLUMNS, coords=("latitude", "longitude"))
