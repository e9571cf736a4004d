"""``data/sample_acled_iraq.csv``: the curated incidents in ACLED's layout, written by the
project (:mod:`geo_disputed.incidents.sample`), read back as ACLED with the same events."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from geo_disputed import settings
from geo_disputed.curated import data_path, read_rows
from geo_disputed.errors import DataError
from geo_disputed.incidents import load_incidents
from geo_disputed.incidents.formats import ACLED_COLUMNS
from geo_disputed.incidents.sample import (
    EXTRA_COLUMNS,
    SAMPLE_NAME,
    acled_rows,
    write_acled_sample,
)
from geo_disputed.layers import load_layers

SAMPLE = data_path(SAMPLE_NAME)
#: The incident fields both files give (the schema, less nothing; plus the extras kept).
FIELDS = ["event_id", "date", "event_type", "sub_event_type", "actor1", "actor2", "location",
          "admin1", "admin2", "latitude", "longitude", "geo_precision", "fatalities", "notes",
          "source", "source_url", "admin_precision", "confidence"]  # fmt: skip


def test_the_shipped_sample_is_what_the_function_writes_now(tmp_path: Path) -> None:
    written = write_acled_sample(tmp_path / "sample.csv")
    assert written.read_bytes() == SAMPLE.read_bytes(), (
        "data/sample_acled_iraq.csv is stale: run `python -m geo_disputed.incidents.sample`"
    )


def test_the_sample_has_acleds_columns_and_every_row_a_source_and_confidence() -> None:
    with SAMPLE.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert tuple(header) == (*ACLED_COLUMNS, *EXTRA_COLUMNS)
    rows = read_rows(SAMPLE, header)  # rejects an empty source or confidence
    assert len(rows) == len(read_rows(data_path("incidents.csv"), ["event_id"]))
    assert {r["country"] for r in rows} == {"Iraq"} and {r["iso"] for r in rows} == {"368"}
    assert all(r["year"] == r["event_date"][:4] for r in rows)
    assert {r["assoc_actor_1"] for r in rows} == {""}  # unknown, not guessed


def test_the_sample_reads_as_acled_with_the_curated_events() -> None:
    sample = load_incidents(SAMPLE)
    curated = load_incidents(data_path("incidents.csv"))
    assert sample.format == "acled" and "read as ACLED" in sample.notes
    assert len(sample.rejected) == 0 and sample.read == curated.read == len(sample.accepted)
    pd.testing.assert_frame_equal(
        pd.DataFrame(sample.accepted[FIELDS]), pd.DataFrame(curated.accepted[FIELDS])
    )
    assert sample.accepted.geometry.equals(curated.accepted.geometry)


def test_load_layers_on_the_sample_gives_the_curated_incidents(monkeypatch) -> None:
    monkeypatch.setattr(settings, "offline", True)
    layers = load_layers(incidents=SAMPLE)
    default = load_layers()
    assert layers.incidents_read is not None and layers.incidents_read.format == "acled"
    assert list(layers.incidents["event_id"]) == list(default.incidents["event_id"])  # type: ignore[index]
    assert layers.sources()["incidents"].endswith(f"in {SAMPLE_NAME}")


def test_an_event_type_acled_does_not_have_is_refused(tmp_path: Path) -> None:
    source = data_path("incidents.csv").read_text(encoding="utf-8")
    bad = tmp_path / "incidents.csv"
    header, first, rest = source.split("\n", 2)
    kind = read_rows(data_path("incidents.csv"), ["event_type"])[0]["event_type"]
    assert f",{kind}," in first  # the first row's event type, whatever it is
    bad.write_text("\n".join([header, first.replace(f",{kind},", ",Shelling,", 1), rest]), "utf-8")
    with pytest.raises(DataError, match=r"row 2.*event_type.*'Shelling' is not one of ACLED"):
        acled_rows(bad)
    with pytest.raises(DataError, match="'Shelling'"):
        write_acled_sample(tmp_path / "out.csv", incidents=bad)
    assert list(tmp_path.iterdir()) == [bad]  # nothing written
