"""Readers for the curated, sourced tables in ``data/``.

Every table carries ``source`` and ``confidence`` on every row. Readers validate each row and
raise :class:`~geo_disputed.errors.DataError` naming the file, row and field of the first
problem, so a bad edit to ``data/`` never passes silently.
"""

from __future__ import annotations

import csv
import math
import os
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from geo_disputed import settings
from geo_disputed.errors import DataError

CONFIDENCE_LEVELS = frozenset({"high", "medium", "low"})


def data_path(name: str) -> Path:
    """Return the path of a file in :data:`geo_disputed.settings.data_dir`."""
    return Path(settings.data_dir) / name


def read_rows(
    path: str | os.PathLike[str],
    required: Iterable[str],
    *,
    nonempty: Iterable[str] = ("source", "confidence"),
    coords: tuple[str, str] | None = None,
) -> list[dict[str, str]]:
    """Read a curated CSV into a list of dicts, validating every row.

    Parameters
    ----------
    path
        CSV file (UTF-8, header row).
    required
        Columns that must be present in the header. ``source`` and ``confidence`` are always
        required.
    nonempty
        Columns that must be non-empty in every row.
    coords
        Names of the latitude and longitude columns; when given, non-empty values must be
        finite numbers in range, and both or neither must be set.

    Returns
    -------
    list of dict
        One dict per data row, values stripped of surrounding whitespace.

    Raises
    ------
    DataError
        Naming the file, row (1-based line number) and field of the problem.
    """
    path = Path(path)
    needed = list(dict.fromkeys([*required, "source", "confidence"]))
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            missing = [c for c in needed if c not in header]
            if missing:
                raise DataError(path, f"missing column(s) {', '.join(missing)}", row=1)
            rows = []
            for lineno, raw in enumerate(reader, start=2):
                if None in raw:
                    raise DataError(path, "more fields than the header has", row=lineno)
                row = {k: (v or "").strip() for k, v in raw.items()}
                _check_row(path, lineno, row, nonempty, coords)
                rows.append(row)
    except UnicodeDecodeError as exc:
        raise DataError(path, f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except FileNotFoundError:
        raise DataError(path, "file not found") from None
    except IsADirectoryError:
        raise DataError(path, "is a directory, not a file") from None
    return rows


def _check_row(
    path: Path,
    lineno: int,
    row: dict[str, str],
    nonempty: Iterable[str],
    coords: tuple[str, str] | None,
) -> None:
    for col in nonempty:
        if not row.get(col):
            raise DataError(path, "empty value", row=lineno, field=col)
    if row.get("confidence") and row["confidence"] not in CONFIDENCE_LEVELS:
        raise DataError(
            path,
            f"confidence {row['confidence']!r} is not one of {sorted(CONFIDENCE_LEVELS)}",
            row=lineno,
            field="confidence",
        )
    if coords is None:
        return
    lat_col, lon_col = coords
    values: dict[str, float | None] = {}
    for col, limit in ((lat_col, 90.0), (lon_col, 180.0)):
        text = row.get(col, "")
        if not text:
            values[col] = None
            continue
        try:
            value = float(text)
        except ValueError:
            raise DataError(path, f"{text!r} is not a number", row=lineno, field=col) from None
        if not math.isfinite(value) or abs(value) > limit:
            raise DataError(path, f"{value} is out of range", row=lineno, field=col)
        values[col] = value
    if (values[lat_col] is None) != (values[lon_col] is None):
        blank = lat_col if values[lat_col] is None else lon_col
        raise DataError(
            path, "one coordinate is set and the other is empty", row=lineno, field=blank
        )


def split_names(text: str) -> list[str]:
    """Split a ``|``-separated list of names, dropping blanks."""
    return [part.strip() for part in text.split("|") if part.strip()]


#: Sites that republish Wikipedia (or HandWiki) pages, whole or machine-translated. A data
#: row cites the canonical page in ``source`` (``source_url`` for incidents) and names the
#: copy actually read in ``retrieved_from``, as ``CANONICAL <- COPY`` pairs (see
#: :func:`retrieved_pairs`).
MIRROR_DOMAINS = frozenset({
    "a.osmarks.net", "arc.ask3.ru", "de.wiki.li", "defzone.net", "depl.qaz.wiki",
    "encycloreader.org", "enwikipedia.net", "es.qwertyu.wiki", "fr.knowledger.de",
    "friendlywiki.com", "howlingpixel.com", "kiwix.lema.org", "kiwix.prodb.cz",
    "library.kiwix.org", "oenc.net", "perceptiode.com", "piglix.com", "review.clateway.com",
    "the-uncensored-wiki.com", "wiki.rip", "wiki.riteme.site", "wikimili.com",
    "www.dewiki.de", "www.knowpia.com",
})  # fmt: skip
#: A URL in a ``source`` cell (cells list several, ``" ; "``-separated, with plain text).
URL_PATTERN = re.compile(r"https?://[^\s;|()]+")


def url_host(url: str) -> str:
    """The host of a URL, lower case, without port."""
    return (urlsplit(url).hostname or "").lower()


def is_mirror(url: str) -> bool:
    """Whether ``url`` is on a site that copies Wikipedia (:data:`MIRROR_DOMAINS`)."""
    host = url_host(url)
    return any(host == d or host.endswith("." + d) for d in MIRROR_DOMAINS)


def retrieved_pairs(text: str) -> list[tuple[str, str]]:
    """The ``(canonical, copy read)`` pairs of a ``retrieved_from`` cell
    (``CANONICAL <- COPY ; ...``).

    >>> retrieved_pairs("https://en.wikipedia.org/wiki/Sinjar <- https://wikimili.com/en/Sinjar")
    [('https://en.wikipedia.org/wiki/Sinjar', 'https://wikimili.com/en/Sinjar')]

    Raises
    ------
    ValueError
        If an entry is not ``CANONICAL <- COPY``.
    """
    pairs = []
    for entry in (e.strip() for e in text.split(" ; ")):
        if not entry:
            continue
        canonical, sep, copy = (part.strip() for part in entry.partition(" <- "))
        if not sep or not canonical or not copy:
            raise ValueError(f"{entry!r} is not 'CANONICAL <- COPY'")
        pairs.append((canonical, copy))
    return pairs
