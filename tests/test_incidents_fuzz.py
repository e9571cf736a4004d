"""Property tests for the incident loaders: bad input ends in a clear error or a correct split."""

from __future__ import annotations

import calendar
import csv
import math
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from event_variants import CONTAINERS, streamed, write_container
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.incidents import load_incidents, parse_dates
from geo_disputed.incidents.load import MAX_FATALITIES, MAX_YEAR, MIN_YEAR

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ARABIC = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def load_bytes(data: bytes, name: str = "input.csv", **kwargs):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            return load_incidents(path, **kwargs), None
        except DataError as exc:
            assert str(path) in str(exc)  # every error names the file
            return None, exc


# --- field strategies: (text written to the file, expected value or None if invalid) -------------


def _digits(text: str, style: int) -> str:
    return text if style == 0 else text.translate(ARABIC if style == 1 else PERSIAN)


@st.composite
def latitudes(draw):
    kind = draw(st.sampled_from(["ok", "ok", "ok", "blank", "text", "nan", "inf", "range"]))
    if kind == "ok":
        value = round(draw(st.floats(29.5, 37.0)), 4)
        return _digits(f"{value}", draw(st.integers(0, 2))), value
    return {"blank": "", "text": "north", "nan": "NaN", "inf": "-inf", "range": "91.5"}[kind], None


@st.composite
def longitudes(draw):
    kind = draw(st.sampled_from(["ok", "ok", "ok", "blank", "text", "inf", "range"]))
    if kind == "ok":
        value = round(draw(st.floats(39.5, 48.0)), 4)
        return _digits(f"{value}", draw(st.integers(0, 2))), value
    return {"blank": "", "text": "44,5,1", "inf": "Infinity", "range": "-181"}[kind], None


DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d-%m-%Y", "%d.%m.%Y")
#: What may follow an ISO date: nothing, a time, a UTC offset, or both.
TIMES = ("", "T10:30:00", " 23:59", "T00:00:00.000", " 01:02:03,5")
ZONES = ("", "Z", "+03:00", "-05:00", "+0530", " UTC", "-12")


def _written(fmt: str, year: int, month: int, day: int) -> str:
    """A date in ``fmt``, the year always four digits (``strftime`` pads it on no platform
    the same way)."""
    text = fmt.replace("%Y", f"{year:04d}").replace("%m", f"{month:02d}")
    return text.replace("%d", f"{day:02d}").replace("%B", calendar.month_name[month])


@st.composite
def dates(draw):
    """(text, the date it must give or None for a reject): years 1 to 9999 in every format,
    ISO ones with times and UTC offsets (the calendar date written is kept), impossible
    days, and years out of range (a typo such as 3024-05-16)."""
    fmt = draw(st.sampled_from(DATE_FORMATS))
    year = draw(st.one_of(st.integers(1, 9999), st.integers(1990, 2030)))
    month = draw(st.integers(1, 12))
    last = calendar.monthrange(year, month)[1]
    if draw(st.integers(0, 4)) == 0:  # an impossible day such as 31/02/2024
        return _written(fmt, year, month, last + draw(st.integers(1, 3))), None
    day = draw(st.integers(1, last))
    text = _written(fmt, year, month, day)
    if fmt == "%Y-%m-%d":
        text += draw(st.sampled_from(TIMES)) + draw(st.sampled_from(ZONES))
    if not MIN_YEAR <= year <= MAX_YEAR:
        return text, None
    return _digits(text, draw(st.integers(0, 1))), pd.Timestamp(year, month, day)


rows_strategy = st.lists(
    st.tuples(
        st.sampled_from(["A", "B", "C", "D", "E", "F", "٧", ""]), latitudes(), longitudes(), dates()
    ),
    max_size=25,
)


def expected_split(rows) -> list[tuple[str, float, float, pd.Timestamp]]:
    """The accepted rows an independent reading of the rules gives."""
    seen: set[str] = set()
    accepted = []
    for event_id, (_, lat), (_, lon), (_, date) in rows:
        event_id = event_id.translate(str.maketrans("٧", "7"))
        if not event_id or lat is None or lon is None or date is None or event_id in seen:
            continue
        seen.add(event_id)
        accepted.append((event_id, lat, lon, date))
    return accepted


@pytest.mark.slow
@FUZZ
@given(
    rows=rows_strategy,
    delimiter=st.sampled_from([",", ";", "\t"]),
    chunksize=st.integers(1, 30),
    bom=st.booleans(),
)
def test_split_matches_the_rules(rows, delimiter, chunksize, bom):
    lines = [delimiter.join(["event_id", "date", "latitude", "longitude"])]
    for event_id, (lat, _), (lon, _), (date, _) in rows:
        fields = [event_id, date, lat, lon]
        lines.append(delimiter.join(f'"{f}"' if delimiter in f else f for f in fields))
    data = ("\n".join(lines) + "\n").encode("utf-8-sig" if bom else "utf-8")
    result, error = load_bytes(data, chunksize=chunksize)
    assert error is None, error
    assert result.read == len(rows)
    assert len(result.accepted) + len(result.rejected) == result.read
    got = list(
        result.accepted[["event_id", "latitude", "longitude", "date"]].itertuples(
            index=False, name=None
        )
    )
    want = expected_split(rows)
    assert [g[0] for g in got] == [w[0] for w in want]
    for g, w in zip(got, want, strict=True):
        assert math.isclose(g[1], w[1]) and math.isclose(g[2], w[2])
        assert g[3] == w[3]
    assert set(result.rejected["row"]) == set(range(2, len(rows) + 2)) - _accepted_rows(rows)
    assert result.rejected["reason"].str.len().gt(0).all()


def _accepted_rows(rows) -> set[int]:
    seen: set[str] = set()
    out = set()
    for number, (event_id, (_, lat), (_, lon), (_, date)) in enumerate(rows, start=2):
        event_id = event_id.translate(str.maketrans("٧", "7"))
        if event_id and lat is not None and lon is not None and date is not None:
            if event_id not in seen:
                out.add(number)
            seen.add(event_id)
    return out


@FUZZ
@given(lat=st.floats(29.1, 37.3), lon=st.floats(38.8, 48.5))
def test_swapped_points_are_flagged(lat, lon):
    data = f"event_id,latitude,longitude\nok,{lat},{lon}\nswapped,{lon},{lat}\n".encode()
    result, error = load_bytes(data)
    assert error is None
    assert list(result.accepted["event_id"]) == ["ok"]
    assert list(result.rejected["reason"]) == ["latitude/longitude swapped?"]


@FUZZ
@given(value=st.decimals(min_value=-89, max_value=89, places=5), style=st.integers(1, 2))
def test_arabic_indic_digits_parse_like_ascii(value, style):
    text = _digits(str(value), style)
    data = f"latitude,longitude\n{value},45\n{text},45\n".encode()
    result, error = load_bytes(data)
    assert error is None and result.rejected.empty
    assert result.accepted["latitude"].iloc[0] == result.accepted["latitude"].iloc[1]


@FUZZ
@given(date=dates())
def test_parse_dates_never_guesses(date):
    text, want = date
    got = parse_dates(pd.Series([text])).iloc[0]
    if want is None:
        assert pd.isna(got)
    else:
        assert got == want


@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes_error_or_split(data):
    result, error = load_bytes(data)
    if error is None:
        assert len(result.accepted) + len(result.rejected) == result.read
    else:
        assert error.message


@FUZZ
@given(
    text=st.text(
        alphabet=st.sampled_from(list("latitudeongx,;|\t\n\"' 0123456789.-٣")), max_size=200
    )
)
def test_random_text_error_or_split(text):
    result, error = load_bytes(text.encode("utf-8"))
    if error is None:
        assert len(result.accepted) + len(result.rejected) == result.read
        assert result.accepted["latitude"].between(-90, 90).all()
    else:
        assert error.message


@FUZZ
@given(
    drop=st.sets(st.sampled_from(["latitude", "longitude"]), min_size=1),
    sep=st.sampled_from([",", ";", ":", " "]),
)
def test_missing_or_unsplittable_columns_name_the_header(drop, sep):
    header = [c for c in ("event_id", "date", "latitude", "longitude") if c not in drop]
    if sep in (":", " "):  # a delimiter the reader does not split on: no usable columns
        header = ["event_id", "date", "latitude", "longitude"]
    data = (sep.join(header) + "\n" + sep.join(["x"] * len(header)) + "\n").encode()
    result, error = load_bytes(data)
    assert result is None
    assert error.row == 1
    assert "missing" in error.message


@FUZZ
@given(n_cols=st.integers(1, 6), bom=st.booleans())
def test_header_only_file_reads_zero_rows(n_cols, bom):
    header = ",".join(["latitude", "longitude", "event_id", "date", "notes", "x"][: max(n_cols, 2)])
    data = (header + "\n").encode("utf-8-sig" if bom else "utf-8")
    result, error = load_bytes(data)
    assert error is None
    assert (result.read, len(result.accepted), len(result.rejected)) == (0, 0, 0)


def test_csv_module_output_reads_back():
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "x.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([["event_id", "latitude", "longitude"], ["a", "35", "44"]])
        assert load_incidents(path).summary() == "read 1, accepted 1, rejected 0"


# --- any value, any header, any container, any stream ----------------------------------------


def load_any(path: Path | str, **kwargs):
    """(result, None) or (None, error): never any other exception."""
    try:
        return load_incidents(path, **kwargs), None
    except GeoDisputedError as exc:
        return None, exc


def assert_split(result, rows: int) -> None:
    assert result.read == rows
    assert len(result.accepted) + len(result.rejected) == result.read
    assert result.accepted["date"].dtype == "datetime64[ns]"
    assert result.accepted["latitude"].between(-90, 90).all()
    assert result.rejected["field"].ne("").all() and result.rejected["reason"].ne("").all()


@st.composite
def counts(draw):
    """(text, the count it must give: an int, None for unknown, or "reject")."""
    kind = draw(st.sampled_from(["int", "int", "grouped", "float", "special"]))
    if kind == "special":
        return draw(
            st.sampled_from(
                [("", None), ("unknown", None), ("n/a", None), ("1e400", "reject"),
                 ("-1e400", "reject"), ("NaN", "reject"), ("inf", "reject"),
                 ("12,34", "reject"), ("1,2345", "reject"), ("0x10", "reject")]
            )
        )  # fmt: skip
    if kind == "float":
        value = draw(st.floats(allow_nan=True, allow_infinity=True))
        ok = math.isfinite(value) and value.is_integer() and 0 <= value <= MAX_FATALITIES
        return repr(value), int(value) if ok else "reject"
    value = draw(st.one_of(st.integers(-(2**70), 2**70), st.integers(-5, 20_000_000)))
    text = str(value)
    if kind == "grouped" and value >= 1000:
        text = f"{value:,}".replace(",", draw(st.sampled_from([",", " ", "\u00a0"])))
    return text, value if 0 <= value <= MAX_FATALITIES else "reject"


@FUZZ
@given(values=st.lists(counts(), max_size=20))
def test_any_count_is_read_exactly_or_rejected(values):
    lines = ["event_id,latitude,longitude,fatalities"]
    lines += [f'{i},35,44,"{text}"' for i, (text, _) in enumerate(values)]
    result, error = load_bytes(("\n".join(lines) + "\n").encode())
    assert error is None, error
    assert_split(result, len(values))
    got = {
        int(i): (None if pd.isna(v) else int(v))
        for i, v in zip(result.accepted["event_id"], result.accepted["fatalities"], strict=True)
    }
    got.update({row - 2: "reject" for row in result.rejected["row"]})
    assert got == {i: want for i, (_, want) in enumerate(values)}
    assert set(result.rejected["field"]) <= {"fatalities"}


#: Any text a CSV cell holds (a NUL byte makes the file binary: its own test; a lone
#: surrogate cannot be written as UTF-8 at all).
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)


@FUZZ
@given(values=st.lists(st.one_of(dates(), TEXT.map(lambda t: (t, "?"))), max_size=20))
def test_any_date_is_read_as_written_or_rejected(values):
    """Generated dates give their date (whatever zone they carry) or a reject; any other
    text gives a date or a reject, never an error."""
    path_rows = [["event_id", "date", "latitude", "longitude"]]
    path_rows += [[str(i), text, "35", "44"] for i, (text, _) in enumerate(values)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "dates.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(path_rows)
        result, error = load_any(path)
    assert error is None, error
    assert_split(result, len(values))
    got = dict(zip(result.accepted["event_id"].astype(int), result.accepted["date"], strict=True))
    for row, field in zip(result.rejected["row"], result.rejected["field"], strict=True):
        got[row - 2] = None
        assert field in ("date", "(all)")
    for i, (_, want) in enumerate(values):
        if want != "?":
            assert got[i] == want, values[i]
    assert result.accepted["date"].dropna().dt.year.between(MIN_YEAR, MAX_YEAR).all()


#: Header names: anything csv can quote, names like the schema's in other cases, long ones.
header_names = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["LATITUDE", "Longitude", "lat", "x", "y", "date", "event_id", "", " "]),
    st.sampled_from(["#adm1+name", "best", "id", "event_date"]),
    st.integers(60_000, 90_000).map(lambda n: "h" * n),  # a header line over 64 KiB
)


@pytest.mark.slow
@FUZZ
@given(
    names=st.lists(header_names, max_size=8),
    coordinates=st.sampled_from([(), ("latitude", "longitude"), ("lat", "lon"), ("y",)]),
    position=st.integers(0, 8),
    rows=st.integers(0, 5),
)
def test_any_header_reads_or_is_a_clear_error(names, coordinates, position, rows):
    header = [*names[:position], *coordinates, *names[position:]]
    if "\x00" in "".join(header):
        header = [h.replace("\x00", "") for h in header]
    body = [["35.1" if i % 2 == 0 else "44.2" for i in range(len(header))] for _ in range(rows)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "header.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([header, *body])
        result, error = load_any(path)
    if error is not None:
        assert str(error).startswith(str(path)) and "\n" not in str(error)
        assert len(str(error)) < 2000  # a long header name is cut
    else:
        assert_split(result, result.read)
        # an HXL-looking second row is no data row; a file of blank lines has no rows at all
        assert result.read in ((rows, rows - 1) if "".join(header).strip() else (0,))


def _number_or_none(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else value


#: Text every container can store (Excel refuses control characters).
PRINTABLE = st.text(st.characters(categories=("L", "N", "P", "Zs")), max_size=8)


@st.composite
def records(draw, vector: bool):
    """Plain records: ids of any type, dates of any year and zone, counts of any size."""
    out = []
    for n in range(draw(st.integers(0, 12))):
        lat = draw(st.one_of(st.none(), st.floats(-95, 95), st.floats(29.5, 37.0)))
        lon = draw(st.one_of(st.none(), st.floats(-185, 185), st.floats(39.5, 48.0)))
        if vector:  # a geometry holds finite numbers in range, or is missing
            lat = None if lat is None or abs(lat) > 90 else lat
            lon = None if lon is None or abs(lon) > 180 else lon
        event_id = draw(st.one_of(st.none(), st.integers(-(2**62), 2**62), PRINTABLE))
        fatalities = draw(counts())[0]
        record = {
            "event_id": event_id if not isinstance(event_id, int) else event_id + n,
            "date": draw(dates())[0],
            "latitude": lat,
            "longitude": lon,
            "fatalities": fatalities,
        }
        out.append(record)
    return out


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), suffix=st.sampled_from(CONTAINERS))
def test_any_container_splits_every_row(data, suffix):
    vector = suffix in (".geojson", ".gpkg", ".geoparquet")
    rows = data.draw(records(vector))
    if suffix in (".xlsx",):  # Excel numbers are doubles: ids beyond 2**53 are not kept
        for r in rows:
            if isinstance(r["event_id"], int):
                r["event_id"] = r["event_id"] % 2**53
    if suffix in (".parquet", ".geoparquet", ".gpkg", ".geojson"):  # one type a column
        for r in rows:
            r["event_id"] = None if r["event_id"] is None else str(r["event_id"])
    with tempfile.TemporaryDirectory() as tmp:
        path = write_container(Path(tmp), rows, suffix)
        result, error = load_any(path)
    assert error is None or not rows, error  # an empty table may have no usable columns
    if result is not None:
        assert_split(result, len(rows))
        ids = [r["event_id"] for r in rows]
        assert set(result.accepted["event_id"]) <= {str(i).strip() for i in ids if i is not None}


@FUZZ
@given(data=st.binary(max_size=400), how=st.sampled_from(["pipe", "fifo"]))
def test_random_bytes_through_a_pipe_like_the_file(data, how):
    """A pipe gives what a file does whose name does not say its format (both are
    recognised by content; a ``.csv`` is read as CSV whatever it holds)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input"
        path.write_bytes(data)
        want = load_any(path)
        with streamed(data, how, Path(tmp)) as name:
            got = load_any(name)
    _same(got, want, name, path)


def _same(got, want, name: str, path: Path) -> None:
    """A stream gives the file's result, or the file's error naming the stream."""
    (result, error), (file_result, file_error) = got, want
    if file_error is not None:
        assert error is not None and str(error) == str(file_error).replace(str(path), name)
        return
    assert error is None, error
    assert result.summary() == file_result.summary()
    assert list(result.accepted["event_id"]) == list(file_result.accepted["event_id"])
    assert result.rejected[["row", "field", "reason"]].equals(
        file_result.rejected[["row", "field", "reason"]]
    )


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(latitudes(), longitudes(), dates()), min_size=1, max_size=8),
    notes=st.integers(65_536, 140_000),
    long_header=st.booleans(),
    how=st.sampled_from(["pipe", "fifo"]),
)
def test_inputs_over_64_kib_through_a_pipe_like_the_file(rows, notes, long_header, how):
    extra = "x" * notes if long_header else "notes"
    lines = [f"event_id,date,latitude,longitude,{extra}"]
    for n, ((lat, _), (lon, _), (date, _)) in enumerate(rows):
        lines.append(f'{n},"{date}","{lat}","{lon}",{"n" * (notes // len(rows))}')
    data = ("\n".join(lines) + "\n").encode()
    assert len(data) > 65_536
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.csv"
        path.write_bytes(data)
        want = load_any(path)
        assert want[1] is None and want[0].read == len(rows)
        with streamed(data, how, Path(tmp)) as name:
            got = load_any(name)
    _same(got, want, name, path)
