"""Incident loaders: every supported format, the accepted/rejected split and clear errors."""

from __future__ import annotations

import csv
import io
import socket
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from event_variants import CONTAINERS, streamed, write_container

from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.files import read_text
from geo_disputed.incidents import (
    ACLED_COLUMNS,
    SCHEMA,
    UCDP_COLUMNS,
    check_file,
    load_incidents,
    parse_dates,
    write_rejects,
)
from geo_disputed.incidents.load import write_incidents


def write_acled(path: Path, rows: list[dict[str, str]], bom: bool = True) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, ACLED_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def acled_row(event_id: str, **values: str) -> dict[str, str]:
    row = dict.fromkeys(ACLED_COLUMNS, "")
    row.update(
        event_id_cnty=event_id,
        event_date="2024-04-26",
        year="2024",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1="Unidentified Armed Group (Iraq)",
        inter1="3",
        inter2="0",
        country="Iraq",
        admin1="Sulaymaniyah",
        location="Khor Mor",
        latitude="35.10",
        longitude="44.95",
        geo_precision="1",
        source="Shafaq News",
        fatalities="4",
    )
    row.update(values)
    return row


def ucdp_row(event_id: str, **values: str) -> list[str]:
    row = dict.fromkeys(UCDP_COLUMNS, "")
    row.update(
        id=event_id,
        relid=f"IRQ-{event_id}",
        year="2022",
        type_of_violence="1",
        side_a="Government of Iraq",
        side_b="IS",
        where_prec="4",
        where_coordinates="Kirkuk governorate",
        adm_1="Kirkuk governorate",
        latitude="35.4681",
        longitude="44.3922",
        country="Iraq",
        date_start="2022-06-22 00:00:00.000",
        date_end="2022-06-22 00:00:00.000",
        best="3",
        high="5",
        low="2",
    )
    row.update(values)
    return [row[c] for c in UCDP_COLUMNS]


def reasons(result) -> dict[int, tuple[str, str]]:
    return {r.row: (r.field, r.reason) for r in result.rejected.itertuples()}


# --- ACLED ---------------------------------------------------------------------------------------


def test_acled_export_split_and_schema(tmp_path):
    path = write_acled(
        tmp_path / "acled.csv",
        [
            acled_row("IRQ1"),
            acled_row("IRQ2", latitude="44.95", longitude="35.10"),  # swapped
            acled_row("IRQ3", event_date="31/02/2024"),
            acled_row("IRQ1", event_date="2024-04-27"),  # duplicate id
            acled_row("IRQ5", latitude="", longitude=""),
            acled_row("IRQ6", latitude="inf"),
            acled_row(
                "IRQ7",
                latitude="٣٥٫٤٦",
                longitude="٤٤٫٣٩",
                fatalities="٢",
                event_date="٢٦/٠٤/٢٠٢٤",
                inter1="State forces",
            ),
            acled_row("IRQ8", longitude="190"),
            acled_row("IRQ9", event_date="16 May 2024", inter1="1", inter2="7"),
            acled_row("IRQ10", inter1="Rebel group"),
        ],
    )
    result = load_incidents(path)
    assert result.format == "acled"
    assert result.read == 10
    assert len(result.accepted) + len(result.rejected) == result.read
    assert result.summary() == "read 10, accepted 4, rejected 6"
    assert set(reasons(result)) == {3, 4, 5, 6, 7, 9}
    acc = result.accepted.set_index("event_id")
    assert list(acc.index) == ["IRQ1", "IRQ7", "IRQ9", "IRQ10"]
    assert list(result.accepted.columns[: len(SCHEMA)]) == list(SCHEMA)
    assert result.accepted.crs.to_epsg() == 4326
    # Arabic-Indic digits are converted, not rejected
    assert acc.loc["IRQ7", "latitude"] == pytest.approx(35.46)
    assert acc.loc["IRQ7", "longitude"] == pytest.approx(44.39)
    assert acc.loc["IRQ7", "fatalities"] == 2
    assert acc.loc["IRQ7", "date"] == pd.Timestamp("2024-04-26")
    # numeric and text inter codes end up as the same labels
    assert acc.loc["IRQ1", "inter1"] == "Political militia"
    assert acc.loc["IRQ7", "inter1"] == "State forces"
    assert acc.loc["IRQ9", "inter2"] == "Civilians"
    assert acc.loc["IRQ9", "date"] == pd.Timestamp("2024-05-16")
    geom = acc.loc["IRQ1", "geometry"]
    assert (geom.x, geom.y) == (44.95, 35.10)
    assert str(result.accepted["fatalities"].dtype) == "Int64"


def test_acled_rejects_listed_exactly(tmp_path):
    path = write_acled(
        tmp_path / "acled.csv",
        [
            acled_row("A"),
            acled_row("B", latitude="44.95", longitude="35.10"),
            acled_row("C", event_date="31/02/2024"),
            acled_row("A"),
            acled_row("E", latitude=""),
            acled_row("F", latitude="nan"),
            acled_row("G", longitude="190"),
            acled_row("H", inter1="12"),
            acled_row("I", fatalities="two"),
            acled_row("J", geo_precision="5"),
            acled_row("", latitude="35"),
        ],
    )
    result = load_incidents(path)
    assert reasons(result) == {
        3: ("latitude", "latitude/longitude swapped?"),
        4: ("date", "unparseable date: 31/02/2024"),
        5: ("event_id", "duplicate event id (first at row 2)"),
        6: ("latitude", "missing coordinate"),
        7: ("latitude", "not a finite number"),
        8: ("longitude", "out of range (|longitude| > 180)"),
        9: ("inter1", "unknown ACLED actor-type code 12"),
        10: ("fatalities", "not a number: two"),
        11: ("geo_precision", "not 1, 2 or 3"),
        12: ("event_id", "missing event id"),
    }
    assert list(result.accepted["event_id"]) == ["A"]
    # the raw values of a rejected row are kept
    raw = result.rejected.set_index("row").loc[3]
    assert (raw["latitude"], raw["longitude"]) == ("44.95", "35.10")


def test_swap_check_only_for_iraq_rows(tmp_path):
    # Ankara's coordinates land in western Iraq when swapped; a Turkish event is not flagged
    path = write_acled(
        tmp_path / "acled.csv",
        [
            acled_row("TUR1", country="Turkey", latitude="39.93", longitude="32.86"),
            acled_row("IRQ1", country="Iraq", latitude="39.93", longitude="32.86"),
        ],
        bom=False,
    )
    result = load_incidents(path)
    assert list(result.accepted["event_id"]) == ["TUR1"]
    assert reasons(result) == {3: ("latitude", "latitude/longitude swapped?")}


def test_acled_format_forced_on_wrong_header(tmp_path):
    path = tmp_path / "plain.csv"
    path.write_text("latitude,longitude\n35,44\n", encoding="utf-8")
    with pytest.raises(DataError, match="not an ACLED header") as info:
        load_incidents(path, format="acled")
    assert info.value.row == 1


# --- UCDP GED ------------------------------------------------------------------------------------


@pytest.mark.parametrize("header", [True, False])
def test_ucdp_ged_with_and_without_header(tmp_path, header):
    path = tmp_path / "GEDEvent_v24_1.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        if header:
            writer.writerow(UCDP_COLUMNS)
        writer.writerow(ucdp_row("1001"))
        writer.writerow(ucdp_row("1002", where_prec="1", type_of_violence="3", best="0"))
        writer.writerow(ucdp_row("1003", date_start="2022-13-01"))
    result = load_incidents(path)
    assert result.format == "ucdp"
    assert result.summary() == "read 3, accepted 2, rejected 1"
    first_data_row = 2 if header else 1
    assert reasons(result) == {first_data_row + 2: ("date", "unparseable date: 2022-13-01")}
    acc = result.accepted.set_index("event_id")
    assert acc.loc["1001", "event_type"] == "State-based conflict"
    assert acc.loc["1002", "event_type"] == "One-sided violence"
    assert acc.loc["1001", "geo_precision"] == 3  # where_prec 4 (governorate) -> ACLED 3
    assert acc.loc["1002", "geo_precision"] == 1
    assert acc.loc["1001", "fatalities"] == 3
    assert acc.loc["1001", "fatalities_low"] == "2"
    assert acc.loc["1001", "actor1"] == "Government of Iraq"
    assert acc.loc["1001", "date"] == pd.Timestamp("2022-06-22")


def test_ucdp_missing_column(tmp_path):
    path = tmp_path / "ged.csv"
    cols = [c for c in UCDP_COLUMNS if c != "latitude"]
    path.write_text(",".join(cols) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"looks like UCDP but has no latitude column"):
        load_incidents(path, format="ucdp")


# --- plain CSV -----------------------------------------------------------------------------------


def test_plain_csv_configurable_columns_and_extras(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "id;when;Y_WGS84;X_WGS84;weapon\n"
        "a;2024-01-25;35.10;44.95;drone\n"
        "b;2024-01-26;;44.95;rocket\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError, match="missing latitude column"):
        load_incidents(path)
    result = load_incidents(path, lat_col="Y_WGS84", lon_col="X_WGS84")
    assert result.format == "csv"
    assert result.summary() == "read 2, accepted 1, rejected 1"
    assert result.accepted.loc[0, "event_id"] == "a"
    assert result.accepted.loc[0, "weapon"] == "drone"
    assert pd.isna(result.accepted.loc[0, "date"])  # no "date" column: dates stay empty
    assert reasons(result) == {3: ("latitude", "missing coordinate")}


def test_plain_csv_without_ids_derives_them_from_content(tmp_path):
    path = tmp_path / "points.csv"
    path.write_text("lat,lon\n35,44\n36,45\n35,44\n", encoding="utf-8")
    result = load_incidents(path)
    ids = list(result.accepted["event_id"])
    assert result.summary() == "read 3, accepted 3, rejected 0"  # a repeated row is kept
    assert ids[0].startswith("h-") and len(ids[0]) == 18 and ids[2] == ids[0] + "-2"
    assert ids[1] != ids[0]
    assert any("ids are derived from each row's content" in n for n in result.notes)
    # the same rows in another order keep their ids: they come from content, not position
    path.write_text("lon,lat\n45,36\n44,35\n", encoding="utf-8")
    assert list(load_incidents(path).accepted["event_id"]) == [ids[1], ids[0]]


def test_trailing_delimiters_are_not_data(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("latitude,longitude\n35,44,\n", encoding="utf-8")
    assert load_incidents(path).summary() == "read 1, accepted 1, rejected 0"


def test_blank_lines_are_rejected_and_keep_row_numbers(tmp_path):
    path = tmp_path / "gaps.csv"
    path.write_text(
        "event_id,date,latitude,longitude\n"
        "a,2024-01-01,35.4,44.4\n"
        "\n"
        "b,2024-01-01,95.4,44.4\n"
        "  \n"
        ",,,\n"
        "c,2024-13-01,35.4,44.4\n",
        encoding="utf-8",
    )
    for chunksize in (2, 100):
        result = load_incidents(path, chunksize=chunksize)
        assert result.summary() == "read 6, accepted 1, rejected 5"
        assert reasons(result) == {
            3: ("(all)", "empty row"),
            4: ("latitude", "out of range (|latitude| > 90)"),
            5: ("(all)", "empty row"),
            6: ("(all)", "empty row"),
            7: ("date", "unparseable date: 2024-13-01"),
        }


def test_chunked_reading_gives_the_same_result(tmp_path):
    rng = np.random.default_rng(7)
    n = 257
    lat = rng.uniform(30, 37, n).round(4).astype(str)
    lat[::10] = ""
    ids = [f"E{i % 200}" for i in range(n)]  # ids repeat after 200 rows
    df = pd.DataFrame(
        {
            "event_id": ids,
            "date": "2023-08-30",
            "latitude": lat,
            "longitude": rng.uniform(40, 48, n).round(4),
        }
    )
    path = tmp_path / "many.csv"
    df.to_csv(path, index=False)
    whole = load_incidents(path, chunksize=10_000)
    chunked = load_incidents(path, chunksize=16, progress=True)
    assert whole.read == chunked.read == n
    pd.testing.assert_frame_equal(whole.rejected, chunked.rejected)
    assert whole.accepted.equals(chunked.accepted)
    dup = chunked.rejected[chunked.rejected["reason"].str.startswith("duplicate")]
    assert (dup["row"] >= 202).all() and len(dup) > 0


def test_write_rejects(tmp_path):
    path = write_acled(tmp_path / "a.csv", [acled_row("A"), acled_row("B", latitude="x")])
    result = load_incidents(path)
    out = write_rejects(result, tmp_path / "out" / "rejects.csv")
    back = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert list(back[["row", "field", "reason"]].itertuples(index=False, name=None)) == [
        ("3", "latitude", "not a number: x")
    ]
    assert back.loc[0, "event_id_cnty"] == "B"


# --- vector formats ------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet"])
def test_vector_formats(tmp_path, suffix):
    gdf = gpd.GeoDataFrame(
        {
            "event_id": ["a", "b", "c", "d"],
            "date": ["2024-01-25", "2024-01-26", "2024-01-27", "2024-02-30"],
            "fatalities": [0, 1, 2, 3],
        },
        geometry=[
            shapely.Point(44.95, 35.10),
            shapely.Polygon([(44, 35), (45, 35), (45, 36)]),
            None,
            shapely.Point(44.0, 35.0),
        ],
        crs="EPSG:4326",
    ).to_crs(32638)  # a projected input is brought back to EPSG:4326
    path = tmp_path / f"events{suffix}"
    if suffix == ".parquet":
        gdf.to_parquet(path)
    else:
        gdf.to_file(path)
    result = load_incidents(path)
    assert result.format == suffix.lstrip(".")
    assert result.summary() == "read 4, accepted 1, rejected 3"
    assert reasons(result) == {
        2: ("geometry", "geometry is a Polygon, not a point"),
        3: ("geometry", "missing geometry"),
        4: ("date", "unparseable date: 2024-02-30"),
    }
    row = result.accepted.iloc[0]
    assert row["event_id"] == "a"
    assert row["latitude"] == pytest.approx(35.10, abs=1e-9)
    assert row["longitude"] == pytest.approx(44.95, abs=1e-9)
    assert result.accepted.crs.to_epsg() == 4326


def test_geopackage_layers_are_never_dropped(tmp_path):
    path = tmp_path / "two_layers.gpkg"
    for layer, ids in (("one", ["a"]), ("two", ["b", "c"])):
        gpd.GeoDataFrame(
            {"event_id": ids, "date": "2024-01-25"},
            geometry=[shapely.Point(44.9, 35.1)] * len(ids),
            crs=4326,
        ).to_file(path, layer=layer)
    with pytest.raises(DataError, match=r"has 2 layers \('one', 'two'\)"):
        load_incidents(path)
    assert load_incidents(path, layer="two").summary() == "read 2, accepted 2, rejected 0"
    with pytest.raises(DataError, match="no layer 'three'"):
        load_incidents(path, layer="three")


@pytest.mark.filterwarnings("ignore:driver CSV does not support open option")
@pytest.mark.parametrize("fmt", ["geojson", "gpkg"])
def test_vector_format_without_geometry_is_a_clear_error(tmp_path, fmt):
    path = tmp_path / "table.csv"
    path.write_text("event_id,latitude,longitude\na,35,44\n", encoding="utf-8")
    with pytest.raises(DataError, match="no geometry column") as info:
        load_incidents(path, format=fmt)
    assert str(path) in str(info.value)


def test_plain_parquet_with_coordinate_columns(tmp_path):
    path = tmp_path / "plain.parquet"
    pd.DataFrame({"event_id": ["a", "b"], "lat": [35.1, np.inf], "lon": [44.9, 44.9]}).to_parquet(
        path
    )
    result = load_incidents(path)
    assert result.summary() == "read 2, accepted 1, rejected 1"
    assert reasons(result) == {2: ("latitude", "not a finite number")}


# --- unreadable input ----------------------------------------------------------------------------


def test_zero_row_files(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    header_only = write_acled(tmp_path / "h.csv", [])
    for path in (empty, header_only):
        result = load_incidents(path)
        assert result.read == 0
        assert result.accepted.empty and result.rejected.empty
        assert list(result.accepted.columns[: len(SCHEMA)]) == list(SCHEMA)


@pytest.mark.parametrize(
    ("content", "message", "row"),
    [
        (b"\x00\x9f\x92\x96binary", "binary data", None),
        (b"\xff\xfe\xfd latitude,longitude\n", "not UTF-8", None),
        (b"latitude:longitude\n35:44\n", "missing latitude column", 1),
        (b"event_id,date\nA,2024-01-01\n", "missing latitude column", 1),
        (b"latitude,longitude\n35,44\n35,44,1,2\n", "Expected 2 fields", 3),
        (b"latitude,longitude\n35,44,1\n", "more fields than the header", 2),
        (b'latitude,longitude\n"35,44\n', "malformed CSV", None),
        (b"\nlatitude,longitude\n35,44\n", "blank first line", 1),
    ],
)
def test_unreadable_csv_is_a_clear_error(tmp_path, content, message, row):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(DataError, match=message) as info:
        load_incidents(path)
    assert str(path) in str(info.value)
    assert info.value.row == row


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(DataError, match="file not found"):
        load_incidents(tmp_path / "nope.csv")
    with pytest.raises(DataError, match="directory"):
        load_incidents(tmp_path)
    bad = tmp_path / "bad.geojson"
    bad.write_bytes(b"{not json")
    with pytest.raises(GeoDisputedError, match="cannot read as geojson"):
        load_incidents(bad)


# --- dates ---------------------------------------------------------------------------------------


def test_parse_dates_formats():
    values = pd.Series(
        [
            "2024-04-26",
            "26 April 2024",
            "26 Apr 2024",
            "26/04/2024",
            "26-04-2024",
            "26.04.2024",
            "2024/04/26",
            "٢٠٢٤-٠٤-٢٦",
            "2024-04-26 19:15:00",
            "31/02/2024",
            "2024",
            "",
            "yesterday",
        ]
    )
    parsed = parse_dates(values)
    assert (parsed[:9] == pd.Timestamp("2024-04-26")).all()
    assert parsed[9:].isna().all()


# --- streams: pipes, FIFOs, stdin -----------------------------------------------------------------


def stream_records(n: int = 30, notes: int = 0) -> list[dict[str, object]]:
    """Plain events (integer ids, one with no id, one bad date), ``notes`` characters of
    notes each, so that a few thousand of them pass 64 KiB."""
    records: list[dict[str, object]] = []
    for i in range(n):
        records.append(
            {
                "event_id": None if i == 3 else 1000 + i,
                "date": "2024-02-30" if i == 5 else f"2024-01-{1 + i % 28:02d}",
                "latitude": 35.0 + i / 1000,
                "longitude": 44.0 + i / 1000,
                "fatalities": None if i % 4 == 0 else i,
                "notes": ("n" * notes + str(i)) if notes else f"event {i}",
            }
        )
    return records


def outcome(result, notes: list[str]) -> tuple:
    """What must not depend on how the bytes arrived (``notes``: those of the file's)."""
    fatalities = result.accepted["fatalities"]
    return (
        result.summary(),
        result.format,
        list(result.accepted["event_id"]),
        [None if pd.isna(v) else int(v) for v in fatalities],
        list(result.accepted["date"]),
        [tuple(r) for r in result.rejected[["row", "field", "reason"]].itertuples(index=False)],
        notes,
    )


@pytest.mark.parametrize("how", ["pipe", "fifo", "stdin"])
@pytest.mark.parametrize("suffix", CONTAINERS)
def test_streams_read_like_the_file(tmp_path, monkeypatch, how, suffix):
    path = write_container(tmp_path, stream_records(3000 if suffix == ".csv" else 30), suffix)
    data = path.read_bytes()
    if suffix == ".csv":
        assert len(data) > 65536  # the size of the old sniff, which consumed a pipe
    want = load_incidents(path)
    assert want.read and len(want.rejected) == 2
    if how == "stdin":
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
        got = load_incidents("-")
        assert got.path == Path("<stdin>")
    else:
        with streamed(data, how, tmp_path) as name:
            got = load_incidents(name)
            assert got.path == Path(name)
    assert outcome(got, got.notes[1:]) == outcome(want, want.notes)
    container = {".tsv": "csv", ".jsonl": "json", ".geojson": "json", ".geoparquet": "parquet"}
    assert got.notes[0].startswith("read from " + ("stdin" if how == "stdin" else "a pipe"))
    assert got.notes[0].endswith("as " + container.get(suffix, suffix[1:]))


@pytest.mark.parametrize(
    "data",
    [
        b"event_id,date,latitude,longitude\na,2024-01-01,35,44\nb,2024-01-01,35,44,9\n",
        b"event_id,date,latitude,longitude\na,2024-01-01,35,44,9\n",
        b"event_id,date\na,2024-01-01\n",
        b"\x00\x9f\x92\x96binary",
    ],
)
def test_stream_errors_are_the_file_errors_naming_the_pipe(tmp_path, data):
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    with pytest.raises(DataError) as from_file:
        load_incidents(path)
    with streamed(data, "pipe", tmp_path) as name, pytest.raises(DataError) as from_pipe:
        load_incidents(name)
    assert str(from_pipe.value) == str(from_file.value).replace(str(path), name)
    assert (from_pipe.value.row, from_pipe.value.field) == (from_file.value.row, None)


def test_stream_errors_never_name_the_temporary_copy(tmp_path):
    with (
        streamed(b"SQLite format 3\x00 broken", "pipe", tmp_path) as name,
        pytest.raises(DataError, match="cannot read as gpkg") as info,
    ):
        load_incidents(name)
    assert str(info.value).startswith(name) and "geo-disputed-" not in str(info.value)


def test_stream_over_the_limit_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setattr("geo_disputed.incidents.load.MAX_STREAM_BYTES", 100 * 1024)
    path = write_container(tmp_path, stream_records(3000), ".csv")
    with (
        streamed(path.read_bytes(), "pipe", tmp_path) as name,
        pytest.raises(DataError, match="more than 100 KiB from a pipe; save it") as info,
    ):
        load_incidents(name)
    assert "\n" not in str(info.value)
    assert load_incidents(path).read == 3000  # a file has no such limit


def test_what_is_neither_file_nor_pipe_is_a_one_line_error(tmp_path):
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "events.sock"))
    try:
        cases = {
            tmp_path: "is a directory, not a file",
            tmp_path / "events.sock": "is a socket, not a file or a pipe",
            Path("/dev/null"): "is a character device, not a file or a pipe",
            tmp_path / "missing.csv": "file not found",
        }
        for name, message in cases.items():
            with pytest.raises(DataError) as info:
                load_incidents(name)
            assert str(info.value) == f"{name}: {message}"
            with pytest.raises(DataError) as info:
                check_file(name)
            assert str(info.value) == f"{name}: {message}"
    finally:
        sock.close()


def test_read_text_reads_pipes_fifos_and_stdin_once(tmp_path, monkeypatch):
    text = "قصف في كركوك\n" * 20_000  # 500 KB: more than one pipe buffer
    data = text.encode()
    for how in ("pipe", "fifo"):
        with streamed(data, how, tmp_path) as name:
            assert read_text(name) == text
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + data)))
    assert read_text("-") == text
    monkeypatch.setattr("geo_disputed.files.MAX_TEXT_BYTES", 1000)
    with streamed(data, "pipe", tmp_path) as name, pytest.raises(DataError, match="MB limit"):
        read_text(name)
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "t.sock"))
    try:
        for name, message in (
            (tmp_path / "t.sock", "is a socket, not a text file or a pipe"),
            ("/dev/null", "is a device, not a text file or a pipe"),
            (tmp_path, "is a directory, not a text file"),
        ):
            with pytest.raises(DataError) as info:
                read_text(name)
            assert str(info.value) == f"{name}: {message}"
    finally:
        sock.close()


def test_header_longer_than_64_kib(tmp_path):
    long = "x" * 100_000
    for how in ("file", "pipe"):
        path = tmp_path / f"wide_{how}.csv"
        path.write_text(
            f"{long},event_id,latitude,longitude\nv,a,35,44\nv,b,35.1,44.1\n", encoding="utf-8"
        )
        if how == "file":
            result = load_incidents(path)
        else:
            with streamed(path.read_bytes(), "pipe", tmp_path) as name:
                result = load_incidents(name)
        assert result.summary() == "read 2, accepted 2, rejected 0"
        assert list(result.accepted[long]) == ["v", "v"]
        assert max(len(n) for n in result.notes) < 1000  # the long name is cut in notes
    path = tmp_path / "no_coordinates.csv"
    path.write_text(f"{long},event_id\nv,a\n", encoding="utf-8")
    with pytest.raises(DataError, match="missing latitude column") as info:
        load_incidents(path)
    assert len(str(info.value)) < 1000


def test_a_header_that_never_ends_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr("geo_disputed.incidents.load.MAX_HEADER_BYTES", 200_000)
    path = tmp_path / "one_line.csv"
    path.write_bytes(b"latitude,longitude," + b"y" * 300_000)
    with pytest.raises(DataError, match="no end of the first two lines") as info:
        load_incidents(path)
    assert info.value.row == 1


def test_unknown_extension_is_read_by_content(tmp_path):
    written = write_container(tmp_path, stream_records(10), ".gpkg")
    bare = written.rename(tmp_path / "events.download")
    result = load_incidents(bare)
    assert result.format == "gpkg" and result.summary() == "read 10, accepted 8, rejected 2"
    zipped = write_container(tmp_path, stream_records(10), ".zip").rename(tmp_path / "events")
    assert load_incidents(zipped).summary() == "read 10, accepted 8, rejected 2"


# --- every value of a row: dates, numbers, geometries, ids, coordinates --------------------------


def test_any_date_loads_or_is_rejected_with_a_reason(tmp_path):
    dates = {
        "0001-01-01": "year out of range (1678 to 2261): 0001-01-01",
        "9999-12-31": "year out of range (1678 to 2261): 9999-12-31",
        "3024-05-16": "year out of range (1678 to 2261): 3024-05-16",
        "16/05/3024": "year out of range (1678 to 2261): 16/05/3024",
        "1 January 1500": "year out of range (1678 to 2261): 1 January 1500",
        "2024-05-16T10:00:00Z": "2024-05-16",
        "2024-05-16T23:30:00+03:00": "2024-05-16",  # 20:30 UTC: the same day either way
        "2024-05-16T01:00:00+03:00": "2024-05-16",  # 22:00 UTC on the 15th: kept as written
        "2024-05-16T23:00:00-05:00": "2024-05-16",  # 04:00 UTC on the 17th: kept as written
        "2024-05-16 19:15": "2024-05-16",
        "2024-05-16Z": "2024-05-16",
        "16/05/2024 22:00": "2024-05-16",
        "16 May 2024, 10:00 PM": "2024-05-16",
        "2024-05-16T25:61:00": "unparseable date: 2024-05-16T25:61:00",
        "2024-05-16+25:00": "unparseable date: 2024-05-16+25:00",
        "16/05/2024 22:75": "unparseable date: 16/05/2024 22:75",
        "2024-05-16 then a note": "unparseable date: 2024-05-16 then a note",
        "garbage": "unparseable date: garbage",
        "2024-13-01": "unparseable date: 2024-13-01",
        "1e400": "unparseable date: 1e400",
        "": "missing date",
    }
    path = tmp_path / "dates.csv"
    path.write_text(
        "event_id,date,latitude,longitude\n"
        + "".join(f'{i},"{d}",35,44\n' for i, d in enumerate(dates)),
        encoding="utf-8",
    )
    result = load_incidents(path)
    assert result.read == len(dates)
    got = dict(
        zip(
            result.accepted["event_id"],
            result.accepted["date"].dt.strftime("%Y-%m-%d"),
            strict=True,
        )
    )
    got.update({str(r.row - 2): r.reason for r in result.rejected.itertuples()})
    assert got == {str(i): want for i, want in enumerate(dates.values())}
    assert set(result.rejected["field"]) == {"date"}
    assert any("5 date(s) carry a UTC offset" in n and "none is converted to UTC" in n
               for n in result.notes)  # fmt: skip
    assert any("7 date(s) carry a time of day" in n for n in result.notes)


def test_repeated_and_blank_header_names_lose_no_column(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("latitude,longitude,date,Date,,\n36,44,2024-01-01,2024-01-02,a,b\n",
                    encoding="utf-8")  # fmt: skip
    result = load_incidents(path)
    row = result.accepted.iloc[0]
    assert row["date"] == pd.Timestamp("2024-01-01")  # the first of the repeated names
    assert (row["date_2"], row["column_5"], row["column_6"]) == ("2024-01-02", "a", "b")
    assert any("repeated column name(s) renamed ('date -> date_2'" in n for n in result.notes)
    assert any("2 blank column name(s) named 'column_5', 'column_6'" in n for n in result.notes)


def test_json_nested_too_deeply_is_one_error(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(DataError, match=r"deep\.json: JSON nested too deeply"):
        load_incidents(path)


def test_any_count_loads_or_is_rejected_with_a_reason(tmp_path):
    counts = {
        "3": 3,
        "1,234": 1234,
        "1 234": 1234,
        "1\u00a0234": 1234,
        "5.0": 5,
        "": None,
        "unknown": None,
        str(2**63): "implausibly large (> 10,000,000)",
        str(2**64 + 1): "implausibly large (> 10,000,000)",
        "-1": "not a whole number >= 0",
        "-9223372036854775809": "not a whole number >= 0",
        "1.5": "not a whole number >= 0",
        "NaN": "not a finite number",
        "inf": "not a finite number",
        "-inf": "not a finite number",
        "1e400": "not a finite number",
        "12,34": "not a number: 12,34",
        "0x10": "not a number: 0x10",
    }
    path = tmp_path / "counts.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["event_id", "latitude", "longitude", "fatalities", "geo_precision"])
        for i, value in enumerate(counts):
            writer.writerow([i, 35, 44, value, value if i >= 7 else "1"])
    result = load_incidents(path)
    assert result.read == len(counts)
    fatalities = result.accepted["fatalities"]
    got: dict[str, object] = {
        i: None if pd.isna(v) else int(v)
        for i, v in zip(result.accepted["event_id"], fatalities, strict=True)
    }
    got.update({str(r.row - 2): r.reason for r in result.rejected.itertuples()})
    assert got == {str(i): want for i, want in enumerate(counts.values())}
    assert set(result.rejected["field"]) == {"fatalities"}


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".geoparquet"])
def test_any_geometry_loads_or_is_rejected_with_a_reason(tmp_path, suffix):
    geometries = {
        "point": (shapely.Point(44.9, 35.1), None),
        "point_z": (shapely.Point(44.9, 35.1, 300), None),
        "one_point_multi": (shapely.MultiPoint([(44.9, 35.1)]), None),
        "two_point_multi": (
            shapely.MultiPoint([(44.9, 35.1), (45, 36)]),
            "geometry is a MultiPoint of 2 points, not one",
        ),
        "empty_point": (shapely.Point(), "missing geometry"),
        "empty_multi": (shapely.MultiPoint(), "missing geometry"),
        "null": (None, "missing geometry"),
        "line": (shapely.LineString([(44, 35), (45, 36)]), "geometry is a LineString, not a point"),
        "polygon": (shapely.box(44, 35, 45, 36), "geometry is a Polygon, not a point"),
        "collection": (
            shapely.GeometryCollection([shapely.Point(44, 35)]),
            "geometry is a GeometryCollection, not a point",
        ),
        "null_island": (
            shapely.Point(0, 0),
            "latitude and longitude both 0 (null island): a missing location, not a place",
        ),
        "sydney": (shapely.Point(151.21, -33.87), None),
    }
    gdf = gpd.GeoDataFrame(
        {"event_id": list(geometries), "date": "2024-01-01"},
        geometry=[g for g, _ in geometries.values()],
        crs="EPSG:4326",
    )
    path = tmp_path / f"events{suffix}"
    if suffix == ".geoparquet":
        gdf.to_parquet(path)
    elif suffix == ".gpkg":  # a GeoPackage layer has one geometry type: several here
        gdf.to_file(path, layer="events", driver="GPKG", geometry_type="Unknown")
    else:
        gdf.to_file(path)
    result = load_incidents(path)
    assert result.read == len(geometries)
    want_rejected = {k: why for k, (_, why) in geometries.items() if why}
    got_rejected = {gdf["event_id"][r.row - 1]: r.reason for r in result.rejected.itertuples()}
    assert got_rejected == want_rejected
    assert set(result.rejected["field"]) == {"geometry", "latitude"}
    accepted = result.accepted.set_index("event_id")
    assert list(accepted.index) == [k for k in geometries if k not in want_rejected]
    assert accepted.loc["one_point_multi", ["longitude", "latitude"]].tolist() == pytest.approx(
        [44.9, 35.1]
    )
    assert result.outside_region == 1
    assert any("1 accepted event(s) lie outside Iraq's region" in n and "sydney" in n
               for n in result.notes)  # fmt: skip


ROUND_TRIP_IDS = ["007", "101", "1e5", "9007199254740993", " IRQ-1", "00"]


@pytest.mark.parametrize("suffix", CONTAINERS)
def test_ids_keep_their_text_in_every_reader(tmp_path, suffix):
    def ids_read(ids: list[object]) -> list[str]:
        records = [
            {"event_id": i, "date": "2024-01-01", "latitude": 35.0, "longitude": 44.0 + n / 10}
            for n, i in enumerate(ids)
        ]
        (tmp_path / suffix).mkdir(exist_ok=True)
        result = load_incidents(write_container(tmp_path / suffix, records, suffix))
        assert list(result.rejected["reason"]) == ["missing event id"] * ids.count(None)
        return list(result.accepted["event_id"])

    assert ids_read(ROUND_TRIP_IDS) == [i.strip() for i in ROUND_TRIP_IDS]
    # an integer column with a gap, which pandas would make float: 101.0, 1.152921504606847e+18
    big = 2**53 if suffix == ".xlsx" else 2**60 + 1  # Excel numbers are doubles
    assert ids_read([101, None, big, 0]) == ["101", str(big), "0"]


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".gpkg", ".parquet"])
def test_ids_round_trip_through_write_incidents(tmp_path, suffix):
    records = [
        {"event_id": i, "date": "2024-01-01", "latitude": 35.0, "longitude": 44.0 + n / 10}
        for n, i in enumerate(ROUND_TRIP_IDS)
    ]
    first = load_incidents(write_container(tmp_path, records, ".csv"))
    out = write_incidents(first.accepted, tmp_path / f"out{suffix}")
    again = load_incidents(out)
    assert list(again.accepted["event_id"]) == list(first.accepted["event_id"])


def test_null_island_rejected_far_points_flagged_border_areas_kept(tmp_path):
    points = {
        "kirkuk": (35.47, 44.39, None),
        "null_island": (0.0, 0.0, "latitude and longitude both 0 (null island)"),
        "zero_lat": (0.0, 44.0, None),  # not null island, but far away: flagged
        "sydney": (-33.87, 151.21, None),
        "qamishli_syria": (37.05, 41.22, None),
        "hakkari_turkey": (37.57, 43.74, None),
        "sardasht_iran": (36.16, 45.48, None),
        "kuwait_city": (29.37, 47.98, None),
        "van_turkey": (38.5, 43.4, None),  # 1.1 degree north of the box: flagged
    }
    path = tmp_path / "points.csv"
    path.write_text(
        "event_id,latitude,longitude\n"
        + "".join(f"{k},{lat},{lon}\n" for k, (lat, lon, _) in points.items()),
        encoding="utf-8",
    )
    result = load_incidents(path)
    assert {r.row: r.reason.split(":")[0] for r in result.rejected.itertuples()} == {
        3: points["null_island"][2]
    }
    assert len(result.accepted) == len(points) - 1
    assert result.outside_region == 3
    note = next(n for n in result.notes if "outside Iraq's region" in n)
    assert "3 accepted event(s)" in note and "lon 37.79 to 49.64, lat 28.06 to 38.38" in note
    assert "zero_lat, sydney, van_turkey" in note


# --- CLI: geo-disputed incidents -----------------------------------------------------------------

CENTRES = (
    "centre_id,name_en,name_ar,centre_type,site_as_reported,place_query,lat,lon,precision,"
    "agreed_date,opened_date,admin1,source,confidence,note\n"
    "K,Kirkuk test centre,,field,Kirkuk,Kirkuk,35.4681,44.3922,town,,,IQG13,test,low,\n"
    "E,Erbil test centre,,main,Erbil,Erbil,36.1911,44.0092,town,,,IQG11,test,low,\n"
)


def run_cli(monkeypatch, capsys, *argv: str) -> tuple[int, str, str]:
    from geo_disputed import cli, settings

    monkeypatch.setattr(cli, "COMMANDS", ("incidents",))
    try:
        code = cli.main(["incidents", *argv])
    finally:  # the CLI's console log handler holds this test's captured stderr
        settings.configure_logging(console=False)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def cli_inputs(tmp_path):
    events = write_acled(
        tmp_path / "acled.csv",
        [
            acled_row(
                "K1",
                latitude="35.4700",
                longitude="44.4000",
                fatalities="2",
                event_date="2024-01-10",
            ),
            acled_row(
                "E1",
                latitude="36.2000",
                longitude="44.0000",
                fatalities="1",
                event_date="2024-02-10",
            ),
            acled_row("BAD", latitude="44.4", longitude="35.47"),
        ],
    )
    centres = tmp_path / "centres.csv"
    centres.write_text(CENTRES, encoding="utf-8")
    return events, centres


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".gpkg", ".parquet"])
def test_cli_enrich(monkeypatch, capsys, tmp_path, shared_boundaries, cli_inputs, suffix):
    events, centres = cli_inputs
    out = tmp_path / "out" / f"enriched{suffix}"
    rejects = tmp_path / "out" / "rejects.csv"
    code, stdout, _ = run_cli(
        monkeypatch,
        capsys,
        "enrich",
        str(events),
        "--out",
        str(out),
        "--rejects",
        str(rejects),
        "--boundaries",
        str(shared_boundaries),
        "--centres",
        str(centres),
    )
    assert code == 0
    assert "read 3, accepted 2, rejected 1" in stdout
    if suffix == ".csv":
        frame = pd.read_csv(out, keep_default_na=False)
    elif suffix == ".parquet":
        frame = gpd.read_parquet(out)
    else:
        frame = gpd.read_file(out)
        assert frame.crs.to_epsg() == 4326
    frame = frame.set_index("event_id")
    assert {
        "admin1",
        "admin2",
        "admin3",
        "in_belt",
        "in_disputed",
        "nearest_centre",
        "nearest_centre_km",
    } <= set(frame.columns)
    assert frame.loc["K1", "admin1"] == "Kirkuk" and frame.loc["E1", "admin1"] == "Erbil"
    assert frame.loc["K1", "admin1_reported"] == "Sulaymaniyah"  # as the file said
    assert bool(frame.loc["K1", "in_disputed"]) and not bool(frame.loc["E1", "in_disputed"])
    assert frame.loc["K1", "nearest_centre"] == "Kirkuk test centre"
    from pyproj import Geod

    km = Geod(ellps="WGS84").inv(44.4, 35.47, 44.3922, 35.4681)[2] / 1000
    assert float(frame.loc["K1", "nearest_centre_km"]) == pytest.approx(km, rel=1e-4)
    assert len(pd.read_csv(rejects)) == 1
    assert sorted(p.name for p in out.parent.iterdir()) == sorted([out.name, "rejects.csv"])


def test_cli_summary(monkeypatch, capsys, shared_boundaries, cli_inputs):
    events, _ = cli_inputs
    code, stdout, stderr = run_cli(
        monkeypatch,
        capsys,
        "summary",
        str(events),
        "--by",
        "admin1",
        "--boundaries",
        str(shared_boundaries),
    )
    assert code == 0
    assert "read 3, accepted 2, rejected 1" in stderr
    lines = stdout.splitlines()
    assert lines[0].split() == ["admin1", "events", "fatalities", "fatalities_unknown"]
    assert lines[2].split() == ["Erbil", "1", "1", "0"]
    assert lines[3].split() == ["Kirkuk", "1", "2", "0"]
    assert lines[-1].split() == ["total", "2", "3", "0"]
    code, stdout, _ = run_cli(
        monkeypatch, capsys, "summary", str(events), "--by", "month", "--format", "csv"
    )
    assert code == 0 and stdout.splitlines() == [
        "month,events,fatalities,fatalities_unknown",
        "2024-01,1,2,0",
        "2024-02,1,1,0",
    ]
    code, stdout, _ = run_cli(
        monkeypatch,
        capsys,
        "summary",
        str(events),
        "--by",
        "admin2",
        "month",
        "--format",
        "json",
        "--boundaries",
        str(shared_boundaries),
    )
    import json

    assert json.loads(stdout) == [
        {
            "admin2": "Erbil",
            "month": "2024-02",
            "events": 1,
            "fatalities": 1,
            "fatalities_unknown": 0,
        },
        {
            "admin2": "Kirkuk",
            "month": "2024-01",
            "events": 1,
            "fatalities": 2,
            "fatalities_unknown": 0,
        },
    ]


def test_cli_summary_of_one_geopackage_layer(monkeypatch, capsys, tmp_path):
    path = tmp_path / "two_layers.gpkg"
    for layer, kinds in (("one", ["Battles"]), ("two", ["Riots", "Riots"])):
        gpd.GeoDataFrame(
            {"event_id": ["a", "b"][: len(kinds)], "event_type": kinds},
            geometry=[shapely.Point(44.9, 35.1)] * len(kinds),
            crs=4326,
        ).to_file(path, layer=layer)
    code, _, err = run_cli(monkeypatch, capsys, "summary", str(path), "--by", "event_type")
    assert code == 2 and "has 2 layers" in err and "--layer" in err
    code, stdout, _ = run_cli(
        monkeypatch,
        capsys,
        "summary",
        str(path),
        "--layer",
        "two",
        "--by",
        "event_type",
        "--format",
        "csv",
    )
    # the layer has no fatalities column: both counts are unknown, not zero
    assert code == 0 and stdout.splitlines() == [
        "event_type,events,fatalities,fatalities_unknown",
        "Riots,2,0,2",
    ]


def test_cli_summary_in_belt(monkeypatch, capsys, tmp_path, shared_boundaries):
    # the point of the Khidirjija attack (data/incidents.csv GD-2021-0005) lies in the vacuum;
    # Tuz Khurmatu, a town the forces hold, is cut out of it; Basra is far from it
    path = tmp_path / "three.csv"
    path.write_text(
        "event_id,date,latitude,longitude,fatalities\n"
        "khidirjija,2024-01-01,35.82253,43.65232,1\ntuz,2024-01-01,34.8833,44.6333,3\n"
        "basra,2024-01-01,30.5,47.8,5\n",
        encoding="utf-8",
    )
    code, stdout, _ = run_cli(
        monkeypatch,
        capsys,
        "summary",
        str(path),
        "--by",
        "month",
        "--in-belt",
        "--boundaries",
        str(shared_boundaries),
        "--format",
        "csv",
    )
    assert code == 0
    assert stdout.splitlines() == ["month,events,fatalities,fatalities_unknown", "2024-01,1,1,0"]


def test_cli_errors_are_one_line(monkeypatch, capsys, tmp_path, shared_boundaries, cli_inputs):
    events, _ = cli_inputs
    code, _, err = run_cli(
        monkeypatch, capsys, "enrich", str(events), "--out", str(tmp_path / "x.txt")
    )
    assert code == 2 and "use a .csv, .geojson, .gpkg or .parquet" in err
    code, _, err = run_cli(
        monkeypatch,
        capsys,
        "enrich",
        str(tmp_path / "missing.csv"),
        "--out",
        str(tmp_path / "x.csv"),
        "--boundaries",
        str(shared_boundaries),
    )
    assert code == 2 and "file not found" in err and "Traceback" not in err
    code, _, err = run_cli(
        monkeypatch, capsys, "enrich", str(events), "--out", str(tmp_path / "x.csv")
    )
    assert code == 2 and "boundaries" in err
    assert not (tmp_path / "x.csv").exists()
    code, _, err = run_cli(
        monkeypatch,
        capsys,
        "enrich",
        str(tmp_path),
        "--out",
        str(tmp_path / "x.csv"),
        "--boundaries",
        str(shared_boundaries),
    )
    assert code == 2 and "is a directory, not a file" in err and err.count("\n") == 1
    code, _, err = run_cli(
        monkeypatch,
        capsys,
        "enrich",
        str(events),
        "--out",
        str(tmp_path / "x.csv"),
        "--boundaries",
        str(shared_boundaries),
        "--centres",
        str(tmp_path),
    )
    assert code == 2 and "is a directory, not a file" in err
    assert not (tmp_path / "x.csv").exists()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01garbage")
    code, _, err = run_cli(monkeypatch, capsys, "summary", str(bad), "--by", "month")
    assert code == 2 and err.count("\n") == 1 and "binary data" in err
