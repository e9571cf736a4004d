"""``query.enrich`` on made-up boxes (tests/map_samples.py): every admin column is present
whatever levels the boundaries have, and unknown stays unknown."""

from __future__ import annotations

import pandas as pd
import pytest
from map_samples import boundaries, centres, disputed, incidents

from geo_disputed.incidents import query


@pytest.fixture
def events():
    frame = incidents(40, seed=3)
    frame["admin_precision"] = pd.array([3] * 39 + [0], dtype="Int64")  # the last: country only
    frame["admin2"] = "as the source wrote it"
    return frame


def test_levels_the_boundaries_lack_are_added_empty(events) -> None:
    out = query.enrich(events, boundaries(), disputed=disputed(), centres=centres())
    # the boxes have governorates and districts, no sub-districts
    assert out["admin1"].notna().sum() == 39 and out["admin2"].notna().sum() == 39
    for column in ("admin3", "admin3_pcode"):
        assert column in out and out[column].isna().all()
    assert list(out["admin2_reported"]) == ["as the source wrote it"] * 40  # theirs, kept
    assert out["in_disputed"].iloc[-1] is pd.NA and out["nearest_centre_km"].isna().iloc[-1]


def test_levels_not_asked_for_are_added_empty(events) -> None:
    out = query.enrich(events, boundaries(), disputed=disputed(), levels=(1,))
    assert out["admin1"].notna().sum() == 39
    for n in (2, 3):
        assert out[f"admin{n}"].isna().all() and out[f"admin{n}_pcode"].isna().all()
    assert "admin2_reported" in out


def test_without_disputed_territories_membership_is_unknown(events) -> None:
    frame = boundaries()
    out = query.enrich(events, frame[frame["level"] < 2], levels=(1,))  # no districts at all
    assert out["in_disputed"].isna().all()  # not False: nobody checked
    assert out["in_iraq"].sum() == 40
