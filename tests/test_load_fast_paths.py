"""The vectorised shortcuts of the incident loader give what the row-by-row path gives.

``load_incidents`` parses plain numbers with Arrow, plain ISO dates without the full date
pattern (and from their bytes), and naive timestamps with an Arrow cast; it reads delimited
files with pyarrow (the pandas reader for what pyarrow cannot read), keeps a column with
nothing to strip as it is (found by a byte check), tries no month-name format on values
without a letter, uses a vector file's own 2-D points and writes WKT for rejected rows only,
reads a vector file's typed numbers and timestamps as they are, skips the digit and comma
checks of columns of plain numbers, filters Arrow text with Arrow and pauses the garbage
collector while it builds points. Each is checked against the general path it stands in for,
on the values where they could part ways.
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


# --- vector files: typed columns read as they are, not through text ------------------------------

#: Integers around the limits: fatalities' bound, the digits a plain number may have, int64's.
EDGE_INTS = [0, 1, 2, 3, 4, -1, -(10**15) + 1, load.MAX_FATALITIES, load.MAX_FATALITIES + 1,
             10**15 - 1, 10**15, 2**63 - 1, -(2**63)]  # fmt: skip
EDGE_FLOATS = [0.0, -0.0, 1.0, 3.0, 2.5, -1.0, 1e9 - 1, 1e9, 1e10, 1e15, 0.1 + 0.2, 2 + 2**-51,
               float("nan"), float("inf"), -float("inf"), 1e-7]  # fmt: skip
SAFE_FLOATS = [0.0, -0.0, 1.0, 3.0, -1.0, 1e9 - 1, -(1e9 - 1)]
#: Times around midnight and the first minute (the text path reads hours and minutes).
EDGE_TIMES = ["00:00:00", "00:00:00.000001", "00:00:59.999999", "00:01:00", "10:30:00",
              "23:59:59.999999"]  # fmt: skip


def _arrow_series(values: list[Any], kind: pa.DataType) -> pd.Series:
    return pd.Series(pd.array(pa.array(values, type=kind), dtype=pd.ArrowDtype(kind)))


def _stamps(days: list[int], times: list[str], unit: str = "us") -> list[Any]:
    """Naive timestamps: days from 1970-01-01 (negative before) at the given times."""
    import datetime as dt

    epoch = dt.date(1970, 1, 1)
    return [
        dt.datetime.combine(epoch + dt.timedelta(days=d), dt.time.fromisoformat(t))
        for d, t in zip(days, times, strict=True)
    ]


def test_typed_numbers_read_as_their_text_reads_them() -> None:
    """A typed number column that is read as it is gives, value for value (and sign of zero),
    what its text gives :func:`_numbers` and :func:`_counts`; the others are left to text."""
    columns = [
        _arrow_series([*EDGE_INTS[:10], None], pa.int64()),
        _arrow_series([0, 5, None, 255], pa.uint8()),
        _arrow_series([*SAFE_FLOATS, None], pa.float64()),
        _arrow_series(SAFE_FLOATS, pa.float64()),  # no blank: -0 reads as 0
        _arrow_series([None, None], pa.int64()),
    ]
    for values in columns:
        assert load._typed_safe(values)  # the shortcut is taken for each of these
        text = load._column_text(values)
        for parse in (load._numbers, load._counts):
            got, got_blank = load._typed_numbers(values)
            want, want_blank = parse(text)
            np.testing.assert_array_equal(got.to_numpy(), want.to_numpy())
            assert (np.signbit(got.to_numpy()) == np.signbit(want.to_numpy())).all()
            assert got_blank.tolist() == want_blank.tolist()
    for values in (
        _arrow_series([1, 10**15], pa.int64()),
        _arrow_series([2**63 - 1], pa.int64()),
        *(_arrow_series([1.0, v], pa.float64()) for v in EDGE_FLOATS if v not in SAFE_FLOATS),
        _arrow_series([1.0, 2.0], pa.float32()),
    ):
        assert not load._typed_safe(values), values.tolist()


@pytest.mark.parametrize("unit", ["s", "ms", "us", "ns"])
def test_typed_dates_read_as_their_text_reads_them(unit: str) -> None:
    """Naive timestamps read as they are give what their text gives :func:`_parse_dates`:
    the day (before 1970 too), no time counted within the first minute of a day."""
    rng = np.random.default_rng(1)
    days = [int(d) for d in rng.integers(-100_000, 100_000, 60)] + [-1, 0, 1, -106_000, 106_000]
    times = [str(t) for t in rng.choice(EDGE_TIMES, len(days))]
    stamps = [*_stamps(days, times), None]
    if unit in ("s", "ms"):
        stamps = [s if s is None else s.replace(microsecond=0) for s in stamps]
    values = _arrow_series(stamps, pa.timestamp(unit))
    assert load._typed_safe(values)
    got = load._typed_dates(values)
    want = load._parse_dates(load._column_text(values))
    _assert_same_dates(got, want)
    assert got.timed.any() and not got.timed.all()
    import datetime as dt

    edges = [dt.datetime(1678, 1, 1), dt.datetime(2261, 12, 31, 23, 59, 59)]
    assert load._typed_safe(_arrow_series([*stamps[:3], *edges], pa.timestamp("us")))
    for bad in (dt.datetime(1677, 12, 31, 23, 59), dt.datetime(2262, 1, 1), dt.datetime(1, 1, 1)):
        assert not load._typed_safe(_arrow_series([*stamps[:3], bad], pa.timestamp("us")))
    zoned = pd.Series(pd.array(pa.array(stamps, pa.timestamp(unit, tz="Asia/Baghdad"))))
    assert not load._typed_safe(zoned)


def _typed_vector_file(path: Path, columns: dict[str, pd.Series]) -> Path:
    import geopandas as gpd
    import shapely

    n = len(next(iter(columns.values())))
    frame = gpd.GeoDataFrame(
        {"event_id": [f"e{i}" for i in range(n)], **{k: v.array for k, v in columns.items()}},
        geometry=shapely.points(44 + np.arange(n) / 1000, np.full(n, 35.0)),
        crs="EPSG:4326",
    )
    if path.suffix == ".parquet":
        frame.to_parquet(path)
    else:
        frame.to_file(path, driver="GPKG" if path.suffix == ".gpkg" else "GeoJSON")
    return path


def _load_typed_and_text(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any, int]:
    """``load_incidents`` with typed columns read as they are, and with every column read as
    text: (typed result, text result, columns kept typed)."""
    kept: list[bool] = []
    real = load._typed_safe

    def spy(values: pd.Series) -> bool:
        kept.append(real(values))
        return kept[-1]

    monkeypatch.setattr(load, "_typed_safe", spy)
    typed = load_incidents(path)
    monkeypatch.setattr(load, "_typed_safe", lambda values: False)
    text = load_incidents(path)
    monkeypatch.setattr(load, "_typed_safe", real)
    return typed, text, sum(kept)


INT_CELLS = st.one_of(st.none(), st.integers(-2, 5), st.sampled_from(EDGE_INTS))
FLOAT_CELLS = st.one_of(
    st.none(), st.integers(-2, 5).map(float), st.sampled_from(EDGE_FLOATS), st.floats()
)
TIME_CELLS = st.one_of(
    st.none(),
    st.tuples(st.integers(-107_000, 107_000), st.sampled_from(EDGE_TIMES)),  # years 1677-2262
    st.tuples(st.integers(19_000, 19_500), st.sampled_from(EDGE_TIMES)),
)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    rows=st.lists(st.tuples(INT_CELLS, FLOAT_CELLS, INT_CELLS, TIME_CELLS), min_size=1, max_size=8),
    safe=st.booleans(),
    zoned=st.booleans(),
    derive_ids=st.booleans(),
)
def test_typed_geoparquet_loads_as_its_text_loads(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[tuple[Any, Any, Any, Any]],
    safe: bool,
    zoned: bool,
    derive_ids: bool,
) -> None:
    """Generated GeoParquet files (nulls, negative, huge and fractional counts, NaN,
    infinities, out-of-range years, times near midnight, zoned timestamps, ids derived from
    the content): the same accepted and rejected rows, reasons, notes and dtypes whether
    typed columns are read as they are or as text."""
    if safe:  # mostly values the shortcut takes, so that it is taken
        rows = [
            (
                None if i is None else int(i) % 7 - 2,
                None if f is None or not np.isfinite(f) else float(int(f) % 7),
                None if p is None else int(p) % 4,
                None if t is None else (19_000 + t[0] % 500, t[1]),
            )
            for i, f, p, t in rows
        ]
    fatalities, real_fatalities, precision, when = zip(*rows, strict=True)
    stamps = [None if t is None else _stamps([t[0]], [t[1]])[0] for t in when]
    columns = {
        "date": _arrow_series(stamps, pa.timestamp("us", tz="UTC" if zoned else None)),
        "fatalities": _arrow_series(list(fatalities), pa.int64()),
        "killed": _arrow_series(list(real_fatalities), pa.float64()),  # an extra column
        "geo_precision": _arrow_series(list(precision), pa.int64()),
        "admin_precision": _arrow_series(list(precision), pa.int64()),
    }
    if safe:
        columns["fatalities"], columns["killed"] = columns["killed"], columns["fatalities"]
    path = _typed_vector_file(tmp_path_factory.mktemp("typed") / "events.parquet", columns)
    if derive_ids:
        import geopandas as gpd

        gpd.read_parquet(path).drop(columns="event_id").to_parquet(path)
    with pytest.MonkeyPatch.context() as monkeypatch:
        typed, text, kept = _load_typed_and_text(path, monkeypatch)
    if safe:
        assert kept >= 3 + (not zoned)
    _assert_same(typed, text)


@pytest.mark.filterwarnings("ignore:Integer values probably ranging out of 64bit")  # GeoJSON
@pytest.mark.parametrize("suffix", [".parquet", ".gpkg", ".geojson"])
def test_typed_vector_columns_at_their_edges_load_as_their_text_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """Each edge value in a column of its own kind, in each vector format."""
    n = len(EDGE_INTS)
    floats = [*EDGE_FLOATS[:8], None, 7.0, 1.0, 2.0, 3.0][:n]
    columns = {
        "date": pd.Series(["2024-05-16"] * n),
        "fatalities": _arrow_series([*EDGE_INTS[:-3], None, 0, 1], pa.int64()),
        "geo_precision": _arrow_series(EDGE_INTS[:n], pa.int64()),
        "admin_precision": _arrow_series([1, 2, 3, 0, None, 1, 2, 3, 4, 1, 2, 3, 1], pa.int64()),
        "deaths": _arrow_series(floats, pa.float64()),
    }
    if suffix == ".parquet":
        when = _stamps([19_858 + i for i in range(n)], [EDGE_TIMES[i % 6] for i in range(n)])
        columns["date"] = _arrow_series(when, pa.timestamp("ns"))
    path = _typed_vector_file(tmp_path / f"events{suffix}", columns)
    typed, text, kept = _load_typed_and_text(path, monkeypatch)
    assert kept >= (3 if suffix == ".parquet" else 1)  # GDAL writes integers with nulls as floats
    assert len(typed.rejected) and len(typed.accepted)
    _assert_same(typed, text)
    if suffix == ".parquet":
        assert any("time of day" in note for note in typed.notes)


#: Characters that ``str.strip`` may strip (ASCII and Unicode whitespace, separators) and not.
STRIP_ALPHABET = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2003\u2028\u202f\u3000\ufeffab٣é-_"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.text(alphabet=STRIP_ALPHABET, max_size=4)), max_size=12),
    st.integers(0, 3),
)
def test_nothing_to_strip_holds_only_where_strip_changes_nothing(
    values: list[str | None], start: int
) -> None:
    """The byte check that skips ``str.strip``: when it says nothing is to strip, nothing is
    (also in a slice of a larger Arrow array, as chunks of a CSV are)."""
    array = pa.chunked_array([pa.array(["x", "y", " z", "w", *values], pa.large_string())])
    text = pd.Series(pd.array(array.slice(start), dtype=load._TEXT))
    stripped = text.str.strip()
    if load._nothing_to_strip(text):
        assert stripped.fillna("<NA>").tolist() == text.fillna("<NA>").tolist()
    # values with printable ASCII at both ends: the shortcut is taken
    clean = [v for v in values if v is None or (v[:1] in (*"ab-_", "") and v[-1:] in (*"ab-_", ""))]
    array = pa.chunked_array([pa.array([" x", "y", *clean], pa.large_string())])
    assert load._nothing_to_strip(pd.Series(pd.array(array.slice(1), dtype=load._TEXT)))


def test_nothing_to_strip_on_typical_columns() -> None:
    for values, want in (
        (["35.1", "Battles", "", None, "a b"], True),
        (["35.1 ", "x"], False),
        ([" 35.1", "x"], False),
        (["x", "\u00a0"], False),
        (["بغداد"], False),  # Arabic: the bytes beyond ASCII leave it to str.strip
        ([], True),
        ([None, ""], True),
    ):
        text = pd.Series(pd.array(pa.array(values, pa.large_string()), dtype=load._TEXT))
        assert load._nothing_to_strip(text) == want, values
        assert load._strip(text).fillna("-").tolist() == text.str.strip().fillna("-").tolist()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(st.booleans(), min_size=0, max_size=6), st.booleans()),
        min_size=1,
        max_size=4,
    )
)
def test_rows_taken_by_arrow_are_the_rows_pandas_takes(
    parts: list[tuple[list[bool], bool]],
) -> None:
    """The accepted rows of each chunk, joined: Arrow text filtered by Arrow, the other
    columns by pandas, is what boolean indexing and ``pd.concat`` of the frames give (all,
    none or some rows of a chunk; a chunk whose text is not Arrow text)."""
    frames, masks = [], []
    for number, (mask, arrow) in enumerate(parts):
        n = len(mask)
        text = [f"t{number}-{i}" if i % 3 else None for i in range(n)]
        frames.append(
            pd.DataFrame(
                {
                    "event_id": pd.Series(text, dtype=load._TEXT if arrow else object),
                    "notes": pd.Series([f"n{i} " for i in range(n)], dtype=load._TEXT),
                    "latitude": np.arange(n) + 0.5,
                    "date": pd.Series(np.arange(n), dtype="datetime64[ns]"),
                    "fatalities": pd.array([i if i % 2 else None for i in range(n)], "Int64"),
                },
                index=pd.RangeIndex(number * 10, number * 10 + n),
            )
        )
        masks.append(np.array(mask, dtype=bool))
    want = pd.concat([f.loc[m] for f, m in zip(frames, masks, strict=True)], ignore_index=True)
    got = load._take_rows(frames, masks, None)
    pd.testing.assert_frame_equal(got, want, check_dtype=True)
    ids = pd.Series([f"x{i}" for i in range(len(want))], index=np.arange(len(want)) + 7)
    want["event_id"] = ids.reset_index(drop=True)
    pd.testing.assert_frame_equal(load._take_rows(frames, masks, ids), want, check_dtype=True)


def _numbers_in_full(values: pd.Series, decimal_comma: bool) -> tuple[list[float], list[bool]]:
    """What :func:`load._numbers` does without skipping the digit and comma checks."""
    text = values.astype(str).str.strip()
    if text.str.contains(load._NON_ASCII_DIGIT_RE).any():
        text = text.str.translate(load._DIGITS).str.replace(" ", "", regex=False)
    if decimal_comma and text.str.contains(",", regex=False).any():
        comma = text.str.fullmatch(r"[+-]?\d+,\d+")
        text = text.where(~comma, text.str.replace(",", ".", regex=False))
    blank = text.eq("") | values.isna()
    return load._to_float(text).tolist(), blank.tolist()


def _counts_in_full(values: pd.Series) -> tuple[list[float], list[bool]]:
    """What :func:`load._counts` does without reusing its match of plain numbers."""
    text = values.astype(str).str.strip()
    odd = ~text.str.match(load._PLAIN_NUMBER_RE).astype(bool)
    if odd.any():
        rest = text[odd]
        unknown = rest.str.casefold().isin(load._UNKNOWN_COUNTS)
        grouped = rest.str.fullmatch(r"\d{1,3}([,\u00a0\u202f ])\d{3}(?:\1\d{3})*")
        digits = rest.str.replace(r"[,\u00a0\u202f ]", "", regex=True)
        text = text.copy()
        text[odd] = rest.where(~grouped, digits).where(~unknown, "")
    return _numbers_in_full(text, False)


#: Plain numbers, blanks, Arabic-Indic digits, decimal commas, thousands, unknown counts.
NUMBER_SAMPLES = ["", " ", "35.1", "-4", "0", "1,5", "35,25", "٣٥٫٥", "١٢", "1٠", "1 234",
                  "1,234", "١,٢٣٤", "unknown", "N/A"]  # fmt: skip
NUMBER_CELLS = st.one_of(
    st.sampled_from(NUMBER_SAMPLES),
    st.sampled_from(TRICKY_NUMBERS),
    st.from_regex(r"-?[1-9]\d{0,3}(\.\d{1,4})?", fullmatch=True),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(NUMBER_CELLS, max_size=12), st.booleans())
def test_numbers_skip_digit_and_comma_checks_only_when_nothing_is_to_convert(
    values: list[str], decimal_comma: bool
) -> None:
    text = pd.Series(values, dtype=load._TEXT)
    got, blank = load._numbers(text, decimal_comma=decimal_comma)
    want = _numbers_in_full(text, decimal_comma)
    np.testing.assert_array_equal(got.to_numpy(), np.array(want[0], dtype=float))
    assert (np.signbit(got.to_numpy()) == np.signbit(np.array(want[0], dtype=float))).all()
    assert blank.tolist() == want[1]
    counts, count_blank = load._counts(text)
    full = _counts_in_full(text)
    np.testing.assert_array_equal(counts.to_numpy(), np.array(full[0], dtype=float))
    assert count_blank.tolist() == full[1]


def test_typed_columns_of_another_kind_are_read_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A number where a date is read (a ``day`` column of integers), a timestamp where a
    count is: read as their text, as any column, not as a date or a number."""
    import datetime as dt

    days = {"day": _arrow_series([1, 20240516, None], pa.int64())}
    stamps = {
        "date": pd.Series(["2024-05-16"] * 3),
        "fatalities": _arrow_series([dt.datetime(2024, 5, 16), None, None], pa.timestamp("us")),
    }
    for name, columns, field in (("days", days, "date"), ("stamps", stamps, "fatalities")):
        path = _typed_vector_file(tmp_path / f"{name}.parquet", columns)
        typed, text, kept = _load_typed_and_text(path, monkeypatch)
        assert kept == 1  # kept typed, and read as text where its kind does not fit
        assert typed.rejected["field"].iloc[0] == field
        _assert_same(typed, text)


def test_collector_is_paused_while_points_are_built_and_restored_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cyclic garbage collector is off while a point per row is built (and a vector file's
    geometries read), and back as it was after: on, off, or after an error."""
    import gc

    import geopandas as gpd

    seen: list[bool] = []
    real_points, real_parquet = gpd.points_from_xy, gpd.read_parquet

    def points(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_points(*args, **kwargs)

    def read_parquet(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real_parquet(*args, **kwargs)

    monkeypatch.setattr(gpd, "points_from_xy", points)
    monkeypatch.setattr(gpd, "read_parquet", read_parquet)
    path = tmp_path / "events.csv"
    path.write_text("event_id,date,latitude,longitude\n1,2024-05-16,35.1,44.2\n")
    assert gc.isenabled()
    load_incidents(path)
    load_incidents(_vector_file(tmp_path, ".parquet"))
    assert len(seen) >= 2 and not any(seen) and gc.isenabled()
    gc.disable()
    try:
        load_incidents(path)
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()
    with pytest.raises(ZeroDivisionError), load._collector_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


@pytest.mark.parametrize("rows", [0, 1, 3])
def test_a_header_with_a_quoted_line_break_reads_by_records(tmp_path: Path, rows: int) -> None:
    # pyarrow skips a header by lines: the header '"\n0",latitude,longitude' once read as a
    # data row; the record is the header, and the rows below it are the data
    path = tmp_path / "header.csv"
    body = "".join("2024-01-01,35.1,44.2\n" for _ in range(rows))
    path.write_text('"\nevent_date",latitude,longitude\n' + body, encoding="utf-8")
    result = load_incidents(path, progress=False)
    assert result.read == rows
    assert len(result.accepted) == rows, result.rejected
