"""Conformance: real published files (``../shared/data/real``) and every published shape of
ACLED, UCDP and geoBoundaries data (fixtures written at test time, :mod:`event_variants`,
:mod:`boundary_variants`).

The real files are the HDX export of UCDP GED for Iraq and a simplified copy of
geoBoundaries gbOpen IRQ ADM1; they are read from ``../shared`` at run time, never copied
into the project.
"""

from __future__ import annotations

import json
from pathlib import Path

import dask_geopandas
import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from boundary_variants import (
    RESPELT,
    write_geoboundaries_adm1_with_halabja,
)
from event_variants import ACLED_EVENTS, KIND, UCDP_EVENTS, VARIANTS, expected

from geo_disputed import settings
from geo_disputed.cli import main
from geo_disputed.errors import DataError
from geo_disputed.geo.belt import security_vacuum_belt
from geo_disputed.geo.boundaries import boundaries_source, load_boundaries, resolve_unit
from geo_disputed.geo.disputed import (
    MissingDistricts,
    disputed_territories,
    kurdistan_region,
    skipped_units,
)
from geo_disputed.geo.sites import load_centres
from geo_disputed.incidents import load_incidents, query, scale

UCDP_ROWS = 7_473
UCDP_DEATHS = 120_631
GEOBOUNDARIES = "geoBoundaries gbOpen IRQ (CC BY 4.0)"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    finally:  # the CLI's console log handler holds this test's captured stderr
        settings.configure_logging(console=False)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def ucdp(real_ucdp):
    return load_incidents(real_ucdp)


@pytest.fixture(scope="module")
def ocha(shared_boundaries):
    return load_boundaries(shared_boundaries)


# --- geoBoundaries -------------------------------------------------------------------------------


def test_real_geoboundaries_adm1_matches_every_ocha_governorate(real_geoboundaries, ocha):
    units = load_boundaries(real_geoboundaries)
    governorates = units[units["level"] == 1]
    assert len(governorates) == 18 and governorates["name_ar"].isna().all()
    # the p-code each is given is the OCHA governorate holding its representative point
    points = gpd.GeoDataFrame(geometry=governorates.representative_point().values, crs=4326)
    holder = gpd.sjoin(points, ocha[ocha["level"] == 1][["pcode", "geometry"]], how="left")
    assert list(governorates["ocha_pcode"]) == list(holder["pcode"])
    # every unit cites its dataset and file; the frame's citation names them once
    assert (units["source"] == f"{GEOBOUNDARIES}, geoBoundaries-IRQ-ADM1.geojson").all()
    assert (
        boundaries_source(units) == f"Boundaries: {GEOBOUNDARIES}, geoBoundaries-IRQ-ADM1.geojson"
    )
    # lookups go through the aliases, whatever the file's spelling
    assert resolve_unit(units, "Al-Sulaymaniyah")["name_en"] == "Al-Sulaimaniyah"
    assert resolve_unit(units, "IQG15")["name_en"] == "Ninawa"
    assert resolve_unit(units, "At-Ta'mim province")["name_en"] == "Kirkuk"
    assert resolve_unit(units, "محافظة نينوى")["pcode"] == "IQ-NI"


def test_real_geoboundaries_adm1_kurdistan_belts_and_enrichment(real_geoboundaries):
    units = load_boundaries(real_geoboundaries)
    kri = kurdistan_region(units)
    assert kri.loc[0, "members"] == "Dohuk|Erbil|Al-Sulaimaniyah"
    with pytest.raises(MissingDistricts, match="geo-disputed data fetch"):
        disputed_territories(units)
    corridor = security_vacuum_belt(units, width_km=20, method="corridor")
    assert corridor.method == "corridor"
    assert security_vacuum_belt(units).method == "vacuum"  # districts approximated
    assert {"Ninawa", "Kirkuk", "Salah al-Din", "Diyala"} <= set(corridor.pieces["admin1"])
    assert corridor.pieces["length_km"].sum() == pytest.approx(
        corridor.centreline.length / 1000, rel=0.01
    )
    frontier = security_vacuum_belt(units, width_km=20, method="frontier")
    assert frontier.method == "frontier" and frontier.pieces["area_km2"].sum() > 5_000
    events = load_incidents(Path(settings.data_dir) / "incidents.csv").accepted
    centres = load_centres()
    enriched = query.enrich(events, units, belt=corridor, centres=centres)
    assert enriched["admin1"].notna().all() and enriched["admin3"].isna().all()
    assert enriched["in_disputed"].isna().all()  # no districts: unknown, not False
    partitions = dask_geopandas.from_geopandas(events, npartitions=3)
    lazy = scale.enrich(partitions, units, belt=corridor, centres=centres).compute()
    pd.testing.assert_series_equal(
        lazy.sort_values("event_id")["admin1"].astype(str).reset_index(drop=True),
        enriched.sort_values("event_id")["admin1"].astype(str).reset_index(drop=True),
    )


def test_geoboundaries_adm2_districts_and_disputed_territories(geoboundaries_adm2, ocha):
    units = load_boundaries(geoboundaries_adm2)
    districts = units[units["level"] == 2]
    ocha_districts = ocha[ocha["level"] == 2]
    # derived in file order from OCHA: every district must find its own p-code back
    assert list(districts["ocha_pcode"]) == list(ocha_districts["pcode"])
    found = disputed_territories(units)
    assert skipped_units(units) == ["Mandali"]  # a sub-district: geoBoundaries has no ADM3
    assert "Mandali" not in set(found["unit_name"])
    assert len(found) == 14
    assert skipped_units(ocha) == []
    # both files are cited, each by its units
    assert set(units["source"]) == {
        f"{GEOBOUNDARIES}, geoBoundaries-IRQ-ADM1.geojson",
        f"{GEOBOUNDARIES}, geoBoundaries-IRQ-ADM2.geojson",
    }
    assert (districts["source"] == f"{GEOBOUNDARIES}, geoBoundaries-IRQ-ADM2.geojson").all()
    respelt = set(RESPELT.values())
    assert {"Tuz Khurmatu", "Makhmur", "Hawija", "Khanaqeen"} <= set(found["boundary_name"])
    assert set(found["boundary_name"]) & respelt
    reference = disputed_territories(ocha).set_index("unit_name")["area_km2"]
    ratio = found.set_index("unit_name")["area_km2"] / reference
    assert ratio.dropna().between(0.97, 1.03).all()
    frontier = security_vacuum_belt(units, width_km=20, method="frontier")
    assert frontier.method == "frontier"


def test_halabja_governorate_joins_the_kurdistan_region(tmp_path, shared_boundaries):
    write_geoboundaries_adm1_with_halabja(shared_boundaries, tmp_path)
    units = load_boundaries(tmp_path)
    assert "Halabja" in kurdistan_region(units).loc[0, "members"].split("|")


@pytest.mark.slow
@pytest.mark.parametrize("which", ["geoboundaries", "none"])
def test_every_readme_command_runs(which, capsys, tmp_path, real_geoboundaries, monkeypatch):
    from browser import ensure_asset_cache

    ensure_asset_cache()
    boundaries = ["--boundaries", str(real_geoboundaries)] if which == "geoboundaries" else []
    commands = [
        ["belt", "--out", str(tmp_path / "belt.gpkg")],
        ["map", "--out", str(tmp_path / "map.html")],
        ["export", "--out", str(tmp_path / "map.png"), "--dpi", "40"],
        ["build", "--out-dir", str(tmp_path / "maps")],
    ]
    for argv in commands:
        code, out, err = run(capsys, *argv, *boundaries)
        assert code == 0, (argv, err)
        # every command goes through load_layers: without boundary files (and offline, as
        # conftest sets) the outline is Natural Earth's
        said = f"Boundaries: {GEOBOUNDARIES}" if which == "geoboundaries" else "Natural Earth"
        assert said in out, argv
    if which == "geoboundaries":
        for argv in (
            ["geocode", "Kirkuk", "Mawsil"],
            ["incidents", "summary", str(Path(settings.data_dir) / "incidents.csv")],
        ):
            code, out, err = run(capsys, *argv, *boundaries)
            assert code == 0, (argv, err)
            assert argv[0] == "geocode" or "Boundaries: geoBoundaries" in err


# --- UCDP ----------------------------------------------------------------------------------------


def test_real_ucdp_hdx_export_loses_nothing(ucdp, real_ucdp):
    raw = pd.read_csv(real_ucdp, skiprows=[1], dtype=str, keep_default_na=False)
    events = ucdp.accepted
    assert ucdp.format == "ucdp"
    assert (ucdp.read, len(events), len(ucdp.rejected)) == (UCDP_ROWS, UCDP_ROWS, 0)
    assert events["date"].notna().all()
    assert int(events["fatalities"].sum()) == UCDP_DEATHS
    assert events["fatalities"].notna().all()
    pd.testing.assert_series_equal(
        events["date"].dt.strftime("%Y-%m-%d").reset_index(drop=True),
        raw["date_start"].str[:10].rename("date"),
    )
    assert list(events["admin1"]) == list(raw["adm_1"].str.strip())
    assert list(events["admin2"]) == list(raw["adm_2"].str.strip())
    assert list(events["where_prec"]) == list(raw["where_prec"])
    assert int(events["fatalities_high"].astype(int).sum()) == int(raw["high"].astype(int).sum())
    country_only = events["where_prec"].isin(["6", "7"])
    assert (events.loc[country_only, "admin_precision"] == 0).all()
    assert any("HXL" in note for note in ucdp.notes)


def test_real_ucdp_precision_and_admin_agreement(ucdp, ocha, real_geoboundaries):
    events = query.enrich(ucdp.accepted, ocha, centres=load_centres())
    prec = events["admin_precision"]
    assert events.loc[prec < 2, "admin2"].isna().all()
    assert events.loc[prec < 3, "admin3"].isna().all()
    assert events.loc[prec == 0, "admin1"].isna().all()
    assert events.loc[prec == 0, "nearest_centre_km"].isna().all()
    # UCDP's country point (33.0N 44.0E) is not given Babil / Al-Mussyab / Jurf Al-Sakhar
    iraq_point = (events["latitude"] == 33.0) & (events["longitude"] == 44.0)
    assert iraq_point.any() and events.loc[iraq_point, "admin1"].isna().all()
    found = query.admin_agreement(events, ocha, level=1)
    assert found["compared"] > 6_500 and found["share"] >= 0.995
    assert not found["unresolved"]  # every adm_1 spelling resolves, At-Ta'mim included
    # the shared geoBoundaries copy is simplified: Baghdad's small polygon loses its edges,
    # and 3% of the events (205 of them near Baghdad) fall in a neighbour
    simplified = load_boundaries(real_geoboundaries)
    on_gb = query.enrich(ucdp.accepted, simplified)
    assert query.admin_agreement(on_gb, simplified)["share"] >= 0.96
    # every UCDP governorate string names the governorate holding most of its events
    for name, group in events[prec >= 1].groupby("admin1_reported"):
        if not name:
            continue
        majority = group["admin1_pcode"].astype(str).value_counts().index[0]
        assert resolve_unit(ocha, name, level=1)["pcode"] == majority, name


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".gpkg", ".parquet"])
def test_real_ucdp_round_trips(suffix, capsys, tmp_path, real_ucdp, shared_boundaries, ucdp):
    out = tmp_path / f"enriched{suffix}"
    code, stdout, err = run(
        capsys, "incidents", "enrich", str(real_ucdp), "--out", str(out),
        "--boundaries", str(shared_boundaries),
    )  # fmt: skip
    assert code == 0, err
    assert f"read {UCDP_ROWS}, accepted {UCDP_ROWS}, rejected 0" in stdout
    assert "admin1 agreement" in err
    back = load_incidents(out)
    assert back.summary() == f"read {UCDP_ROWS}, accepted {UCDP_ROWS}, rejected 0"
    first, again = ucdp.accepted.set_index("event_id"), back.accepted.set_index("event_id")
    again = again.loc[first.index]
    for column in ("date", "fatalities", "geo_precision", "admin_precision"):
        pd.testing.assert_series_equal(first[column], again[column], check_names=False)
    assert np.allclose(first["latitude"], again["latitude"], atol=1e-6)
    assert list(again["where_prec"].astype(str)) == list(first["where_prec"])
    assert list(again["admin1_reported"].astype(str)) == list(first["admin1"])


def test_real_ucdp_summary_counts_deaths_and_unknowns(capsys, real_ucdp):
    code, stdout, _ = run(
        capsys, "incidents", "summary", str(real_ucdp), "--by", "year", "--format", "csv"
    )
    assert code == 0
    table = pd.read_csv(pd.io.common.StringIO(stdout))
    assert table["events"].sum() == UCDP_ROWS and table["fatalities"].sum() == UCDP_DEATHS
    assert table["fatalities_unknown"].sum() == 0
    assert list(table["year"].astype(str)) == sorted(table["year"].astype(str))


# --- ACLED and UCDP in every published shape -----------------------------------------------------


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_published_variant_reads_alike(variant, tmp_path):
    path = VARIANTS[variant](tmp_path)
    result = load_incidents(path)
    events = UCDP_EVENTS if KIND[variant] == "ucdp" else ACLED_EVENTS
    kind = KIND[variant]
    assert result.format == (kind if kind != "plain" else "csv")
    assert result.summary() == f"read {len(events)}, accepted {len(events)}, rejected 0"
    got = result.accepted
    for i, want in enumerate(expected(events, variant)):
        row = got.iloc[i]
        assert row["date"].strftime("%Y-%m-%d") == want["date"], (variant, i)
        assert row["latitude"] == pytest.approx(want["latitude"])
        assert row["longitude"] == pytest.approx(want["longitude"])
        if want["fatalities"] is None:
            assert pd.isna(row["fatalities"]), (variant, i)  # unknown stays unknown
        else:
            assert row["fatalities"] == want["fatalities"], (variant, i)
        for field, column in (("admin1_reported", "admin1"), ("admin2_reported", "admin2")):
            if want[field] is not None:
                assert row[column] == want[field], (variant, i, field)
        if want["country"] is not None:
            assert row["country"] == want["country"]
        if want["precision"] is not None:
            source = "where_prec" if kind == "ucdp" else "geo_precision"
            assert int(row[source]) == want["precision"], (variant, i)
    assert got["event_id"].is_unique


def test_acled_without_ids_says_so_and_ids_are_stable(tmp_path):
    first = load_incidents(VARIANTS["acled_no_id"](tmp_path))
    assert any("ids are derived" in note for note in first.notes)
    (tmp_path / "again").mkdir()
    again = load_incidents(VARIANTS["acled_no_id"](tmp_path / "again"), chunksize=3)
    assert list(first.accepted["event_id"]) == list(again.accepted["event_id"])


def test_events_outside_iraq_are_flagged_counted_and_clipped(capsys, tmp_path, shared_boundaries):
    path = VARIANTS["acled_current"](tmp_path)
    outside = sum(e.country != "Iraq" for e in ACLED_EVENTS)
    out = tmp_path / "e.csv"
    code, _, err = run(capsys, "incidents", "enrich", str(path), "--out", str(out),
                       "--boundaries", str(shared_boundaries))  # fmt: skip
    assert code == 0 and f"outside Iraq: {outside} of {len(ACLED_EVENTS)}" in err
    table = pd.read_csv(out)
    assert (~table["in_iraq"]).sum() == outside
    code, _, err = run(capsys, "incidents", "enrich", str(path), "--out", str(out), "--clip",
                       "iraq", "--boundaries", str(shared_boundaries))  # fmt: skip
    assert code == 0 and f"dropped {outside} event(s) outside Iraq" in err
    assert len(pd.read_csv(out)) == len(ACLED_EVENTS) - outside


def test_nothing_accepted_is_an_error_not_an_empty_file(capsys, tmp_path, shared_boundaries):
    path = tmp_path / "bad.csv"
    path.write_text("event_id,date,latitude,longitude\na,2024-02-30,35,44\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    for argv in (
        ["enrich", str(path), "--out", str(out), "--boundaries", str(shared_boundaries)],
        ["summary", str(path)],
    ):
        code, _, err = run(capsys, "incidents", *argv)
        assert code == 2 and "no valid incident row" in err and "row 2" in err
    assert not out.exists()


def test_forced_kind_that_does_not_fit_is_refused(tmp_path):
    path = VARIANTS["plain_killed"](tmp_path)
    with pytest.raises(DataError, match="not an UCDP header"):
        load_incidents(path, format="ucdp")
    hdx = VARIANTS["ucdp_hdx"](tmp_path)
    assert load_incidents(hdx, format="ucdp").format == "ucdp"  # no relid: still UCDP


def test_acled_api_error_answer_is_a_clear_error(tmp_path):
    path = tmp_path / "api.json"
    path.write_text(json.dumps({"success": False, "error": {"message": "bad key"}}), "utf-8")
    with pytest.raises(DataError, match="an API error answer"):
        load_incidents(path)


def test_summary_time_buckets_come_from_dates_in_order(tmp_path):
    frame = pd.DataFrame(
        {
            "event_id": list("abcd"),
            "date": pd.to_datetime(["2023-12-31", "2024-01-02", "2023-01-15", None]),
            "month": ["wrong"] * 4,  # a file's own month column is not used
            "fatalities": pd.array([1, None, 2, 3], dtype="Int64"),
        }
    )
    table = query.summarize(frame, by="month")
    assert list(table["month"]) == ["2023-01", "2023-12", "2024-01", "(none)"]
    assert list(table["fatalities_unknown"]) == [0, 0, 1, 0]
    weeks = query.summarize(frame, by="week")["week"].tolist()
    assert weeks[:3] == ["2023-W02", "2023-W52", "2024-W01"]
    quarters = query.summarize(frame, by=["quarter"])["quarter"].tolist()
    assert quarters == ["2023-Q1", "2023-Q4", "2024-Q1", "(none)"]


def test_ucdp_zip_as_downloaded(tmp_path):
    import zipfile

    csv_path = VARIANTS["ucdp_ged_csv"](tmp_path)
    archive = tmp_path / "ged.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(csv_path, "GEDEvent_v25_1.csv")
    result = load_incidents(archive)
    assert result.format == "ucdp" and len(result.accepted) == len(UCDP_EVENTS)
    with zipfile.ZipFile(tmp_path / "two.zip", "w") as z:
        z.write(csv_path, "a.csv")
        z.write(csv_path, "b.csv")
    with pytest.raises(DataError, match="holds 2 CSV files"):
        load_incidents(tmp_path / "two.zip")


def test_plain_table_with_acled_codes_and_common_names(capsys, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "Date,Lat,Lon,Province,Killed,INTER1,Source\n"
        "05-Jan-22,35.47,44.39,Kirkuk,unknown,1,Rudaw\n"
        '06/01/2022,35.47,44.39,Kirkuk,"1,204",7,Rudaw\n',
        encoding="utf-8",
    )
    result = load_incidents(path)
    got = result.accepted
    assert list(got["inter1"]) == ["State forces", "Civilians"]  # numeric codes, plain table
    assert pd.isna(got.loc[0, "fatalities"]) and got.loc[1, "fatalities"] == 1204
    assert list(got["date"].dt.strftime("%Y-%m-%d")) == ["2022-01-05", "2022-01-06"]
    assert list(got["admin1"]) == ["Kirkuk", "Kirkuk"]
    code, _, err = run(capsys, "incidents", "summary", str(path), "--by", "event_type")
    assert code == 0
    assert "note: columns used: date, source; event_id <-" not in err  # no id column
    assert "admin1 <- province" in err and "fatalities <- killed" in err
    assert "ids are derived from each row's content" in err


def test_month_first_dates_only_when_the_values_say_so():
    from geo_disputed.incidents import parse_dates

    us = parse_dates(pd.Series(["01/25/2022", "02/03/2022"]))
    assert list(us.dt.strftime("%Y-%m-%d")) == ["2022-01-25", "2022-02-03"]
    dayfirst = parse_dates(pd.Series(["25/01/2022", "02/03/2022"]))
    assert list(dayfirst.dt.strftime("%Y-%m-%d")) == ["2022-01-25", "2022-03-02"]
    odd = parse_dates(pd.Series(["3024-05-16", "2024-05-16T10:00:00Z", "2024-05-16+03:00"]))
    assert odd.isna().tolist() == [True, False, False]  # a typo year is rejected, not a crash


def test_geoboundaries_topojson(tmp_path):
    """geoBoundaries also publishes TopoJSON (no CRS member: lon/lat by definition)."""
    topo = {
        "type": "Topology",
        "arcs": [[[44.0, 35.0], [45.0, 35.0], [45.0, 36.0], [44.0, 36.0], [44.0, 35.0]]],
        "objects": {
            "boundaries": {
                "type": "GeometryCollection",
                "geometries": [
                    {
                        "type": "Polygon",
                        "arcs": [[0]],
                        "properties": {
                            "shapeName": "Kirkuk",
                            "shapeISO": "IQ-KI",
                            "shapeID": "T-1",
                            "shapeGroup": "IRQ",
                            "shapeType": "ADM1",
                        },
                    }
                ],
            }
        },
    }
    (tmp_path / "geoBoundaries-IRQ-ADM1.topojson").write_text(json.dumps(topo), "utf-8")
    units = load_boundaries(tmp_path)
    kirkuk = units[units["level"] == 1].iloc[0]
    assert (kirkuk["name_en"], kirkuk["ocha_pcode"]) == ("Kirkuk", "IQG13")
    assert units.crs.to_epsg() == 4326
