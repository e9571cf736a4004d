"""The vectorised shortcuts of the incident loader give what the row-by-row path gives.

``load_incidents`` parses plain numbers with Arrow, plain ISO dates without the full date
pattern (and from their bytes), and naive timestamps with an Arrow cast; it reads delimited
files with pyarrow (the pandas reader for what pyarrow cannot read), keeps a column with
nothing to strip as it is, tries no month-name format on values without a letter, uses a
vector file's own 2-D points and writes WKT for rejected rows only. Each is checked against
the general path it stands in for, on the values where they could part ways.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo_disputed.errors import GeoDisputedError
from geo_disputed.incidents import load, load_incidents

TRICKY_NUMBERS = [
    "0", "-0", "+0", "-0.0", "0.0", "00", "0012", "+5", "5", "-5", "1.", ".5", "1e5", "1E-3",
    "inf", "-inf", "nan", "NaN", " 1", "1 ", "", "x", "123456789012345", "1234567890123456",
    "99999999999999999999", "-12.345678901234567", "35.12345", "1,5", "١٢", "1_000",
]  # fmt: skip


def _reference(text: pd.Series) -> np.ndarray:
    return pd.to_numeric(text, errors="coerce").astype(float).to_numpy()


def _assert_same_dates(got, want) -> None:
    """Two date parses agree on every field, row by row."""
    for field in ("dates", "out_of_range", "timed", "zoned"):
        assert getattr(got, field).tolist() == getattr(want, field).tolist(), field


def test_plain_numbers_parse_as_pandas_does_bit_for_bit() -> None:
    text = pd.Series(TRICKY_NUMBERS).astype(str)
    got = load._to_float(text).to_numpy()
    want = _reference(text)
    np.testing.assert_array_equal(got, want)
    assert (np.signbit(got) == np.signbit(want)).all()  # -0 stays what pandas makes of it


@pytest.mark.parametrize(
    "column",
    [["-0", "5.5"], ["-0", "5"], ["-0", "x"], ["-00", "1.5", "7"], ["-0", "+0", "12"],
     ["-0", "1e3", "2.5"], ["99999999999999999999", "1.5"], ["18446744073709551617", "3"]],
)  # fmt: skip
def test_integers_beside_plain_decimals_parse_as_pandas_does(column: list[str]) -> None:
    """pandas reads a column as integers only when every value is one (``-0`` is then 0)."""
    text = pd.Series(column, dtype=str)
    got, want = load._to_float(text).to_numpy(), _reference(text)
    np.testing.assert_array_equal(got, want)
    assert (np.signbit(got) == np.signbit(want)).all()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(allow_nan=False, allow_infinity=False, width=64), max_size=50))
def test_random_decimals_parse_as_pandas_does(values: list[float]) -> None:
    text = pd.Series([repr(v) for v in values] + [f"{v:.5f}" for v in values], dtype=str)
    got = load._to_float(text).to_numpy()
    np.testing.assert_array_equal(got, _reference(text))
    assert (np.signbit(got) == np.signbit(_reference(text))).all()


DATES = [
    "2024-05-16", "2024-05-16 00:00:00", "2024-05-16T00:00:00", "2024-05-16 00:00:00.000000000",
    "2024-05-16 10:00:00.000000000", "2024-05-16 00:00:00+03:00", "2024-05-16T00:00Z",
    "2024-5-16", "2024-02-30", "3024-05-16", "1677-01-01", "2024-05-16 00:00:00.5",
    "16/05/2024", "05/16/2024", "16 May 2024", "", "٢٠٢٤-٠٥-١٦", "२०२४-०५-१६",
]  # fmt: skip


def test_plain_iso_dates_read_as_the_full_pattern_reads_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = pd.Series(DATES)
    fast = load._parse_dates(text)
    assert text.str.fullmatch(load._PLAIN_ISO_RE).sum() >= 8  # the shortcut is taken
    monkeypatch.setattr(load, "_PLAIN_ISO_RE", r"[^\s\S]")  # matches nothing: all rows slow
    slow = load._parse_dates(text)
    _assert_same_dates(fast, slow)


@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns"])
def test_timestamp_cast_writes_what_strftime_writes(unit: str) -> None:
    rng = np.random.default_rng(0)
    start = np.datetime64("1700-01-01", "s")
    stamps = (start + rng.integers(0, 10**10, 500).astype("timedelta64[s]")).astype(
        f"datetime64[{unit}]"
    )
    values = pd.Series(pd.array([*stamps, None], dtype=pd.ArrowDtype(pa.timestamp(unit))))
    fmt = "%Y-%m-%d %H:%M:%S"
    want = pd.Series(pc.strftime(pa.array(values), format=fmt).to_pylist())
    want = want.str.removesuffix(" 00:00:00")
    assert load._arrow_text(values).fillna("").tolist() == want.fillna("").tolist()


def test_plain_iso_days_read_as_the_general_path_reads_them() -> None:
    """Dates read from their bytes (``YYYY-MM-DD``, a real day in range) are what the
    general path makes of them; the others are left to it."""
    values = [
        "2024-05-16", "2024-02-29", "2023-02-29", "2024-02-30", "2024-04-31", "1677-12-31",
        "1678-01-01", "2261-12-31", "2262-01-01", "0000-01-01", "2024-13-01", "2024-00-10",
        "2024-05-00", " 2024-05-16", "2024-05-16 ", "２０２４-05-16", "٢٠٢٤-٠٥-١٦", "2024/05/16",
        "16/05/2024", "05/16/2024", "", None, "2024-5-16", "2024-05-16T00:00:00", "abcdefghij",
        "2024-05-1x", "2024-05-16Z", "2024+05-16", "1900-02-29", "2000-02-29",
        "2024-05-16 00:00:00", "2024-05-16 00:00:00.000000000", "2024-05-16T00:00:00.0",
        "2024-05-16 00:00:00.", "2024-05-16 00:00:00.5", "2024-05-16 00:00:01",
        "2024-05-16t00:00:00", "2024-05-16 00:00:00.0000000000", "2024-02-30 00:00:00",
        "2024-05-16 00:00:00.000000010", "2024-05-16  00:00:00", "2024-05-16 00:00:000",
    ]  # fmt: skip
    text = pd.Series(values, dtype=load._TEXT)
    days, fast = load._plain_iso_days(text)
    assert fast.sum() == 9  # the shortcut is taken where it can be, and only there
    general = load._parse_dates_general(text)
    assert pd.Series(days[fast]).tolist() == general.dates[fast].tolist()
    _assert_same_dates(load._parse_dates(text), general)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789-/ T:", min_size=8, max_size=12),
            st.text(alphabet="0T:. ", min_size=0, max_size=20).map("2024-05-16".__add__),
        ),
        max_size=40,
    )
)
def test_random_date_like_text_reads_as_the_general_path_reads_it(values: list[str]) -> None:
    text = pd.Series([*values, "2024-05-16"], dtype=load._TEXT)  # one fast row at least
    fast, general = load._parse_dates(text), load._parse_dates_general(text)
    assert fast.dates.tolist() == general.dates.tolist()
    assert fast.out_of_range.tolist() == general.out_of_range.tolist()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(
            st.one_of(st.sampled_from("٠١٢٩٫٬۰۴۹0 a-ـ"), st.characters(exclude_categories=("Cs",))),
            max_size=6,
        ),
        max_size=20,
    )
)
def test_non_ascii_digit_check_agrees_with_the_pattern(values: list[str]) -> None:
    for dtype in (load._TEXT, object):
        text = pd.Series(values, dtype=dtype)
        want = bool(text.astype(str).str.contains(load._NON_ASCII_DIGIT_RE).any())
        assert load._has_non_ascii_digit(text) == want


# --- the pyarrow CSV reader against the pandas reader ---------------------------------------------

#: Cells that exercise quoting, delimiters, line ends, spaces, numbers, dates and Arabic digits.
CELLS = st.one_of(
    st.sampled_from(
        ["", " ", "35.1", "44.2", "2024-05-16", "16/05/2024", "x", '"', '""', ",", ";", "\t",
         "\n", "\r\n", "\r", " 35 ", "٣٥", "nan", "unknown", "1,234", "#adm1+name", "a\"b"]
    ),
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=8),
)  # fmt: skip


def _write_rows(rows: list[list[str]], delimiter: str, quoting: int, bom: bool) -> bytes:
    import csv
    import io

    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\n").writerows(rows)
    return ("\ufeff" if bom else "").encode() + out.getvalue().encode("utf-8")


def _load_both(
    tmp_path: Path, data: bytes, monkeypatch: pytest.MonkeyPatch, **kwargs: Any
) -> tuple[Any, Any, bool]:
    """``load_incidents`` with the pyarrow reader and with the pandas reader alone: (fast
    result or error text, slow result or error text, whether pyarrow read the file)."""
    path = tmp_path / "input.csv"
    path.write_bytes(data)
    used: list[bool] = []
    real = load._arrow_csv

    def spy(*args: Any) -> Any:
        table = real(*args)
        used.append(table is not None)
        return table

    def run() -> Any:
        try:
            return load_incidents(path, progress=False, **kwargs)
        except GeoDisputedError as exc:
            return str(exc)

    monkeypatch.setattr(load, "_arrow_csv", spy)
    fast = run()
    monkeypatch.setattr(load, "_arrow_csv", lambda *args: None)  # the pandas reader only
    slow = run()
    monkeypatch.setattr(load, "_arrow_csv", real)
    return fast, slow, any(used)


def _assert_same(fast: Any, slow: Any) -> None:
    if isinstance(slow, str) or isinstance(fast, str):
        assert fast == slow
        return
    assert (fast.read, fast.format, fast.notes, fast.outside_region) == (
        slow.read,
        slow.format,
        slow.notes,
        slow.outside_region,
    )
    pd.testing.assert_frame_equal(fast.accepted, slow.accepted, check_dtype=True)
    pd.testing.assert_frame_equal(
        fast.rejected.astype(str), slow.rejected.astype(str), check_dtype=False
    )
    assert fast.rejected["row"].tolist() == slow.rejected["row"].tolist()


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    rows=st.lists(st.lists(CELLS, min_size=4, max_size=4), max_size=12),
    ragged=st.booleans(),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    quoting=st.sampled_from([0, 1]),  # csv.QUOTE_MINIMAL, csv.QUOTE_ALL
    bom=st.booleans(),
    chunksize=st.sampled_from([3, 200_000]),
)
def test_pyarrow_reader_gives_what_the_pandas_reader_gives(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[list[str]],
    ragged: bool,
    delimiter: str,
    quoting: int,
    bom: bool,
    chunksize: int,
) -> None:
    """Generated files (quotes, line breaks in cells, blank and short rows, a BOM, any
    delimiter): the same accepted and rejected rows, notes and errors with either reader."""
    header = ["event_id", "date", "latitude", "longitude"]
    body = [[str(i), *row[1:]] for i, row in enumerate(rows)]
    if ragged and body:
        body[len(body) // 2] = body[len(body) // 2][:2]
    data = _write_rows([header, *body], delimiter, quoting, bom)
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, slow, _ = _load_both(
            tmp_path_factory.mktemp("csv"), data, monkeypatch, chunksize=chunksize
        )
    _assert_same(fast, slow)


@pytest.mark.parametrize(
    ("data", "arrow"),
    [
        (b"event_id,date,latitude,longitude\n1,2024-05-16,35.1,44.2\n", True),
        (b"\xef\xbb\xbfevent_id,date,latitude,longitude\r\n1,2024-05-16,35.1,44.2\r\n", True),
        (b'event_id,date,latitude,longitude\n"1\n2",2024-05-16,"35,1",44.2\n\n', True),
        (
            b"event_id,date,latitude,longitude\n#x,#date,#geo+lat,#geo+lon\n1,2024-05-16,35,44\n",
            True,
        ),
        (b"event_id,date,latitude,longitude\n1,2024-05-16,35.1\n", False),  # a short row
        (b"event_id,date,latitude,longitude\n1,2024-05-16,35.1,44.2,\n", False),  # a long one
        (b"event_id,date,latitude,longitude\n1,2024-05-16,35.1,44.2,9\n", False),
        (b"event_id,date,latitude,longitude\n1,\xff2024,35.1,44.2\n", False),  # not UTF-8
        (b'event_id,date,latitude,longitude\n1,"2024-05-16,35.1,44.2\n', False),  # open quote
        (b"event_id,event_id,latitude,longitude\n1,2,35.1,44.2\n", True),  # repeated name
    ],
)
def test_files_pyarrow_cannot_read_fall_back_to_the_pandas_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes, arrow: bool
) -> None:
    fast, slow, used = _load_both(tmp_path, data, monkeypatch)
    assert used == arrow
    _assert_same(fast, slow)


def test_synthetic_file_reads_the_same_with_either_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The benchmark's own generator, broken rows included, in several chunks."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from synthetic import synthetic_incidents

    frame = synthetic_incidents(3000, seed=1, bad_share=0.05)
    data = frame.to_csv(index=False).encode()
    fast, slow, used = _load_both(tmp_path, data, monkeypatch, chunksize=1000)
    assert used and len(fast.rejected) > 50
    _assert_same(fast, slow)


# --- vector files: the file's own points, WKT for rejected rows only ------------------------------


def _vector_file(tmp_path: Path, suffix: str) -> Path:
    import geopandas as gpd
    import shapely

    geometries = [
        shapely.Point(44.1, 35.2), shapely.Point(44.3, 35.4),
        shapely.LineString([(44, 35), (45, 36)]), None, shapely.Point(),
        shapely.MultiPoint([(44.5, 35.5)]), shapely.Point(44.6, 35.6),
        shapely.MultiPoint([(44, 35), (45, 36)]), shapely.Point(0, 0), shapely.Point(44.7, 35.7),
    ]  # fmt: skip
    frame = gpd.GeoDataFrame(
        {
            "event_id": [str(i) for i in range(len(geometries))],
            "date": ["2024-05-16"] * 9 + ["2024-02-30"],
            "fatalities": [1, None, 2, 3, 4, 5, 6, 7, 8, 9],
        },
        geometry=geometries,
        crs="EPSG:4326",
    )
    path = tmp_path / f"events{suffix}"
    if suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_file(path, driver="GPKG")
    return path


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_vector_rejects_carry_the_wkt_of_their_geometry(tmp_path: Path, suffix: str) -> None:
    import geopandas as gpd
    import shapely

    path = _vector_file(tmp_path, suffix)
    source = gpd.read_parquet(path) if suffix == ".parquet" else gpd.read_file(path)
    result = load_incidents(path)
    assert result.rejected["row"].tolist() == [3, 4, 5, 8, 9, 10]
    geometries = source.geometry.to_numpy()[result.rejected["row"].to_numpy() - 1]
    want = pd.Series(shapely.to_wkt(geometries, rounding_precision=6), dtype=object)
    assert want.iloc[1] is None  # a missing geometry has no WKT
    got = result.rejected["geometry"]
    assert got.astype(str).fillna("-").tolist() == want.astype(str).fillna("-").tolist()
    assert list(result.rejected.columns)[-1] == "geometry"


@pytest.mark.parametrize("suffix", [".parquet", ".gpkg"])
def test_vector_points_are_the_points_of_their_coordinates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """The file's own 2-D points stand for points built from the coordinates."""
    import geopandas as gpd
    import shapely

    path = _vector_file(tmp_path, suffix)
    reused = load_incidents(path)
    monkeypatch.setattr(
        load,
        "_accepted_points",
        lambda accepted, parts: gpd.points_from_xy(accepted["longitude"], accepted["latitude"]),
    )
    built = load_incidents(path)
    pd.testing.assert_frame_equal(reused.accepted, built.accepted)
    assert shapely.equals_exact(
        reused.accepted.geometry.values, built.accepted.geometry.values, tolerance=0
    ).all()


def test_three_dimensional_points_give_two_dimensional_points(tmp_path: Path) -> None:
    import geopandas as gpd
    import shapely

    frame = gpd.GeoDataFrame(
        {"event_id": ["1", "2"], "date": ["2024-05-16"] * 2},
        geometry=[shapely.Point(44.1, 35.2, 100.0), shapely.Point(44.2, 35.3)],
        crs="EPSG:4326",
    )
    path = tmp_path / "z.parquet"
    frame.to_parquet(path)
    accepted = load_incidents(path).accepted
    assert not accepted.geometry.has_z.any()
    assert accepted.geometry.x.tolist() == [44.1, 44.2]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet="0123456789/-. ,:", max_size=12),
            st.sampled_from(["16 May 2024", "May 16, 2024", "16-Jan-24", "١٦ أيار ٢٠٢٤", "x"]),
        ),
        max_size=20,
    )
)
def test_dates_without_letters_skip_month_names_safely(values: list[str]) -> None:
    """Formats with month names are not tried when no value left has a letter: the same
    dates as trying every format."""
    text = pd.Series([*values, "16 May 2024"], dtype=load._TEXT)
    skipping = load._parse_dates_general(text)
    assert skipping.dates.iloc[-1] == pd.Timestamp("2024-05-16")  # month names still read
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(load, "_LETTER_RE", r"[\s\S]")  # every value "has a letter"
        trying = load._parse_dates_general(text)
    assert skipping.dates.tolist() == trying.dates.tolist()
    assert skipping.out_of_range.tolist() == trying.out_of_range.tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet=" \t\u00a0\u2003ab٣\n", max_size=5))))
def test_strip_keeps_a_column_with_nothing_to_strip_and_strips_the_others(
    values: list[str | None],
) -> None:
    text = pd.Series(values, dtype=load._TEXT)
    got = load._strip(text)
    assert got.fillna("<NA>").tolist() == text.str.strip().fillna("<NA>").tolist()
    if text.fillna("").str.strip().eq(text.fillna("")).all():
        assert got is text  # no copy


def test_a_file_over_the_limit_is_streamed_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"event_id,date,latitude,longitude\n1,2024-05-16,35.1,44.2\n2,2024-05-17,35.2,44.3\n"
    monkeypatch.setattr(load, "MAX_ARROW_BYTES", len(data) - 1)
    fast, slow, used = _load_both(tmp_path, data, monkeypatch)
    assert not used
    _assert_same(fast, slow)
    monkeypatch.setattr(load, "MAX_ARROW_BYTES", len(data))
    assert _load_both(tmp_path, data, monkeypatch)[2]
