"""The sample ACLED-layout file shipped in ``data/``: the curated incidents in ACLED's columns.

``data/sample_acled_iraq.csv`` is written by this project, not by ACLED: it holds the
curated incidents of ``data/incidents.csv`` (the table
:func:`geo_disputed.layers.load_layers` reads by default), one row each, in the 31 columns
of an ACLED export (:data:`~geo_disputed.incidents.formats.ACLED_COLUMNS`), followed by
``source_url``, ``confidence`` and ``retrieved_from`` (every data row of the project carries
a source and a confidence; ACLED exports have neither; see ``data/README.md``). It shows
what an ACLED export looks like to the readers and lets the recipes run on an ACLED file
without an ACLED account. Columns the
curated table does not know (associated actors, actor codes, ``source_scale``, ``tags``,
``timestamp``, ``admin3``) are left empty: unknown, not guessed.

Regenerate it after editing the curated incidents with::

    python -m geo_disputed.incidents.sample
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

from geo_disputed.curated import data_path, read_rows
from geo_disputed.errors import DataError
from geo_disputed.files import atomic_path, csv_safe
from geo_disputed.incidents.formats import ACLED_COLUMNS

#: The file name of the sample in ``data/``.
SAMPLE_NAME = "sample_acled_iraq.csv"
#: The columns written after ACLED's own.
EXTRA_COLUMNS = ("source_url", "confidence", "retrieved_from")
#: ACLED's disorder type of each of its event types (ACLED codebook, 2023).
DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
#: The curated columns each ACLED column is copied from.
COPIED = {
    "event_id_cnty": "event_id", "event_date": "date", "event_type": "event_type",
    "sub_event_type": "sub_event_type", "actor1": "actor1", "actor2": "actor2",
    "admin1": "admin1", "admin2": "admin2", "location": "location", "latitude": "latitude",
    "longitude": "longitude", "geo_precision": "geo_precision", "source": "source",
    "notes": "notes", "fatalities": "fatalities", "source_url": "source_url",
    "confidence": "confidence", "retrieved_from": "retrieved_from",
}  # fmt: skip
#: What every row of an Iraqi ACLED export says of its country.
COUNTRY = {"iso": "368", "region": "Middle East", "country": "Iraq"}


def acled_rows(path: str | os.PathLike[str] | None = None) -> list[dict[str, str]]:
    """The curated incidents as rows of an ACLED export (plus :data:`EXTRA_COLUMNS`).

    Parameters
    ----------
    path
        The curated incident table (default ``data/incidents.csv``).

    Raises
    ------
    DataError
        Naming the row and field of an incident whose event type has no ACLED disorder
        type, or whose date is not ``YYYY-MM-DD``.
    """
    path = Path(path) if path is not None else data_path("incidents.csv")
    rows = read_rows(path, [c for c in COPIED.values()], coords=("latitude", "longitude"))
    out = []
    for lineno, row in enumerate(rows, start=2):
        disorder = DISORDER_TYPES.get(row["event_type"])
        if disorder is None:
            raise DataError(
                path,
                f"event type {row['event_type']!r} is not one of ACLED's "
                f"({', '.join(DISORDER_TYPES)})",
                row=lineno,
                field="event_type",
            )
        date = row["date"]
        if not (len(date) == 10 and date[4] == "-" and date[7] == "-" and date[:4].isdigit()):
            raise DataError(path, f"{date!r} is not YYYY-MM-DD", row=lineno, field="date")
        record = dict.fromkeys((*ACLED_COLUMNS, *EXTRA_COLUMNS), "")
        record.update({acled: row[curated] for acled, curated in COPIED.items()})
        record.update(COUNTRY, year=date[:4], time_precision="1", disorder_type=disorder)
        out.append(record)
    return out


def write_acled_sample(
    target: str | os.PathLike[str] | None = None, *, incidents: str | os.PathLike[str] | None = None
) -> Path:
    """Write :func:`acled_rows` as CSV (the ``data/`` conventions: UTF-8, ``\\n``, Python's
    ``csv`` quoting), atomically, and return the path (default ``data/`` + :data:`SAMPLE_NAME`).
    """
    target = Path(target) if target is not None else data_path(SAMPLE_NAME)
    columns = (*ACLED_COLUMNS, *EXTRA_COLUMNS)
    rows = acled_rows(incidents)
    with atomic_path(target) as tmp, open(tmp, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([csv_safe(row[c]) for c in columns] for row in rows)
    return target


if __name__ == "__main__":
    print(f"wrote {write_acled_sample(*sys.argv[1:2])}")
