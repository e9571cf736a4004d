"""Property tests for the incident loaders: bad input ends in a clear error or a correct split."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import math
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo_disputed.errors import DataError
from geo_disputed.incidents import load_incidents, parse_dates

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


@st.composite
def dates(draw):
    fmt = draw(st.sampled_from(DATE_FORMATS))
    if draw(st.integers(0, 4)) == 0:  # an impossible day such as 31/02/2024
        year = draw(st.integers(2000, 2030))
        month = draw(st.integers(1, 12))
        day = calendar.monthrange(year, month)[1] + draw(st.integers(1, 3))
        text = fmt.replace("%Y", f"{year:04d}").replace("%m", f"{month:02d}")
        text = text.replace("%d", f"{day:02d}").replace("%B", calendar.month_name[month])
        return text, None
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    return _digits(day.strftime(fmt), draw(st.integers(0, 1))), pd.Timestamp(day)


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
