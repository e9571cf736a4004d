"""The vectorised shortcuts of the incident loader give what the row-by-row path gives.

``load_incidents`` parses plain numbers with Arrow, plain ISO dates without the full date
pattern, and naive timestamps with an Arrow cast; each is checked against the general path
it stands in for, on the values where they could part ways.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo_disputed.incidents import load

TRICKY_NUMBERS = [
    "0", "-0", "+0", "-0.0", "0.0", "00", "0012", "+5", "5", "-5", "1.", ".5", "1e5", "1E-3",
    "inf", "-inf", "nan", "NaN", " 1", "1 ", "", "x", "123456789012345", "1234567890123456",
    "99999999999999999999", "-12.345678901234567", "35.12345", "1,5", "١٢", "1_000",
]  # fmt: skip


def _reference(text: pd.Series) -> np.ndarray:
    return pd.to_numeric(text, errors="coerce").astype(float).to_numpy()


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
    for got, want in (
        (fast.dates, slow.dates),
        (fast.out_of_range, slow.out_of_range),
        (fast.timed, slow.timed),
        (fast.zoned, slow.zoned),
    ):
        assert got.tolist() == want.tolist()


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
