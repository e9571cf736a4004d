"""Load conflict-event files into one incident schema, splitting accepted from rejected rows.

Readers cover ACLED (the export tool's CSV and Excel files in any header case, older column
sets, the API's JSON), UCDP GED (the yearly CSV, the header-less candidate release, HDX's
export with its HXL row, Excel, Parquet, the API's JSON), GeoJSON, GeoPackage, GeoParquet and
plain tables with latitude/longitude columns. The kind of table is recognised by its columns
(:mod:`geo_disputed.incidents.formats`). Every row read ends up either in ``accepted`` (a
GeoDataFrame in EPSG:4326) or in ``rejected`` (with row number, field and reason): nothing is
dropped silently, ``len(accepted) + len(rejected) == read``.

Examples
--------
>>> from geo_disputed.incidents import load_incidents
>>> result = load_incidents("data/incidents.csv")
>>> result.read == len(result.accepted) + len(result.rejected)
True
>>> str(result.accepted.crs), result.accepted["fatalities"].dtype
('EPSG:4326', Int64Dtype())
>>> result = load_incidents("acled_iraq.csv")            # doctest: +SKIP
>>> result.rejected[["row", "field", "reason"]].head()    # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import json
import os
import re
import stat
import sys
import tempfile
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geo_disputed.crs import GEOGRAPHIC, in_bbox, iraq_bbox
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.files import atomic_path, write_csv
from geo_disputed.incidents.formats import (
    ACLED_INTER,
    ADMIN_PRECISION_ACLED,
    ADMIN_PRECISION_UCDP,
    LAT_ALIASES,
    SCHEMA,
    UCDP_COLUMNS,
    UCDP_VIOLENCE,
    UCDP_WHERE_PREC,
    ColumnPlan,
    plan_columns,
    show,
)

if TYPE_CHECKING:
    import geopandas as gpd
    import pyarrow as pa

NUMERIC_FIELDS = frozenset({"date", "latitude", "longitude", "geo_precision", "fatalities"})
TEXT_FIELDS = tuple(c for c in SCHEMA if c not in NUMERIC_FIELDS)
#: ``format=`` values: ``auto``; the kinds ``acled``/``ucdp`` (insisted on, any container);
#: ``csv`` (a plain delimited table, not detected as ACLED or UCDP); the containers.
FORMATS = ("auto", "acled", "ucdp", "csv", "xlsx", "json", "geojson", "gpkg", "parquet")
REJECT_COLUMNS = ("row", "field", "reason")
#: More deaths than this in one event is a typo or an overflow, not data.
MAX_FATALITIES = 10_000_000

#: How far beyond Iraq's bounding box a point may lie and still count as near Iraq, to flag
#: swapped coordinates without loading boundaries.
SWAP_MARGIN_DEG = 0.5
#: Iraq's region: its bounding box (:data:`geo_disputed.crs.IRAQ_BBOX`) widened by this many
#: degrees (about 110 km) on every side, so that events in the border areas of Syria, Turkey,
#: Iran, Kuwait, Saudi Arabia and Jordan are in it. An accepted point beyond it is kept,
#: counted in :attr:`LoadResult.outside_region` and named in a note: its coordinates are
#: likely wrong.
REGION_MARGIN_DEG = 1.0
#: Years a date may have (what ``datetime64[ns]`` holds, whole years); others are rejected.
MIN_YEAR, MAX_YEAR = 1678, 2261
#: The most a pipe, FIFO or stdin may send: it is copied to a temporary file first (4 GiB).
MAX_STREAM_BYTES = 4 * 1024**3
#: The most of a delimited file read to find its header and first row (64 MiB).
MAX_HEADER_BYTES = 64 * 1024**2
#: The largest delimited file read whole by pyarrow (1 GiB); a larger one is streamed in
#: chunks by the pandas reader, so that its text is never all in memory at once.
MAX_ARROW_BYTES = 1024**3

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789. ")
# patterns as strings, so that pandas runs them vectorised on Arrow-backed strings
_NON_ASCII_DIGIT_RE = "[\u0660-\u066c\u06f0-\u06f9]"
#: An ISO date, then optionally a time and a UTC offset (``2024-05-16T23:30:00.5+03:00``).
#: A time of day, hours 0-23 (24:00 too), minutes and seconds 0-59 (a leap second 60).
_TIME = r"(?:[01]?\d|2[0-3]|24(?=:00))[:.][0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d+)?)?"
_ISO_DATE_RE = (
    r"^\s*(\d{4}-\d{1,2}-\d{1,2})"
    rf"((?:[T ]{_TIME})?(?:\s*(?:Z|UTC|GMT|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?))?)\s*$"
)
#: A time after a date in another form (``16/05/2024 22:00``, ``16 May 2024, 10:00 PM``).
_TRAILING_TIME_RE = (
    rf"^(.*?\d)(,?\s+(?:(?:[1-9]|1[0-2])[:.][0-5]\d(?::[0-5]\d)?\s*[AaPp]\.?[Mm]\.?|{_TIME}))$"
)
#: An ISO date alone or at midnight (as typed columns give it): read without the patterns
#: above, since it is its own date and carries no time or zone to count.
_PLAIN_ISO_RE = r"\d{4}-\d\d-\d\d(?:[T ]00:00:00(?:\.0+)?)?"
_NUMERIC_DATE_RE = r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$"
#: Written-out and day-first dates, as ACLED, UCDP and spreadsheets write them.
_DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%d-%B-%Y", "%d-%B-%y", "%d %b %y",
    "%B %d, %Y", "%b %d, %Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y/%m/%d",
)  # fmt: skip
#: An ASCII letter or any character beyond ASCII: what a month name (``%b``, ``%B``) holds.
_LETTER_RE = r"[^\x00-\x40\x5b-\x60\x7b-\x7f]"
_MONTH_FIRST = {"%d/%m/%Y": "%m/%d/%Y", "%d-%m-%Y": "%m-%d-%Y", "%d/%m/%y": "%m/%d/%y"}
#: Cell values that mean "not known" in a count column.
_UNKNOWN_COUNTS = frozenset({"unknown", "n/a", "na", "null", "none", "-", "?", "غير معروف"})
_DELIMITERS = (",", ";", "\t", "|")
_TABLE_SUFFIXES = {".xlsx": "xlsx", ".xlsm": "xlsx", ".json": "json", ".jsonl": "json",
                   ".ndjson": "json"}  # fmt: skip
_VECTOR_SUFFIXES = {".geojson": "geojson", ".gpkg": "gpkg", ".parquet": "parquet",
                    ".geoparquet": "parquet"}  # fmt: skip


@dataclass
class LoadResult:
    """What :func:`load_incidents` read.

    Attributes
    ----------
    accepted : geopandas.GeoDataFrame
        Valid incidents in the normalised schema (:data:`SCHEMA` plus ``admin_precision``
        and ``geometry``, EPSG:4326); ``date`` is datetime64, ``latitude``/``longitude``
        float, ``geo_precision``, ``admin_precision`` and ``fatalities`` nullable integers
        (``<NA>`` = unknown, never 0). ``admin_precision`` is the finest admin level the
        location supports (3 sub-district, 2 district, 1 governorate, 0 none: a location known
        only to the country or beyond), from UCDP's ``where_prec`` or ACLED's
        ``geo_precision``. Extra columns are kept (see :attr:`plan`).
    rejected : pandas.DataFrame
        One row per rejected input row: ``row`` (1-based; in CSV files the header is row 1),
        ``field``, ``reason``, then the raw values of the input row as text.
    read : int
        Number of data rows read (an HXL hashtag row is not a data row).
    path : pathlib.Path
        The file read.
    format : str
        ``acled`` or ``ucdp`` when the table is one, else the container read (``csv``,
        ``xlsx``, ``json``, ``geojson``, ``gpkg``, ``parquet``).
    notes : list of str
        How the file was read: the kind of table, the columns used, kept and ignored, what a
        table of its kind lacks, rows skipped as HXL, ids derived, a pipe copied first, how
        times and UTC offsets in dates were treated, points outside Iraq's region.
    plan : ColumnPlan or None
        Which source column feeds which schema field.
    outside_region : int
        Accepted events outside Iraq's region (:data:`REGION_MARGIN_DEG`): kept, not
        rejected, and named in a note.
    """

    accepted: gpd.GeoDataFrame
    rejected: pd.DataFrame
    read: int
    path: Path
    format: str
    notes: list[str] = field(default_factory=list)
    plan: ColumnPlan | None = None
    outside_region: int = 0

    def summary(self) -> str:
        """Return ``"read N, accepted A, rejected R"``."""
        return f"read {self.read}, accepted {len(self.accepted)}, rejected {len(self.rejected)}"

    def require_accepted(self) -> None:
        """Raise :class:`DataError` when no row was accepted (empty file, or all rejected)."""
        if len(self.accepted):
            return
        if not self.read or not len(self.rejected):
            raise DataError(self.path, "no incident rows (empty file or header only)")
        first = self.rejected.iloc[0]
        raise DataError(
            self.path,
            f"no valid incident row: all {self.read} rejected (first: row {first['row']}, "
            f"field {first['field']}: {first['reason']}); list them with "
            "`geo-disputed incidents enrich --rejects FILE`",
        )


def load_incidents(
    path: str | os.PathLike[str],
    format: str = "auto",
    *,
    lat_col: str | None = None,
    lon_col: str | None = None,
    chunksize: int = 200_000,
    progress: bool | None = None,
    layer: str | None = None,
) -> LoadResult:
    """Read an incident file and validate every row.

    Parameters
    ----------
    path
        The file: ``.csv``/``.tsv``/``.txt`` (delimiter sniffed among ``, ; TAB |``), a
        ``.zip`` holding one such file, ``.xlsx``, ``.json`` (ACLED API, UCDP API, a list of
        records or GeoJSON), ``.jsonl``, ``.geojson``, ``.gpkg``, ``.parquet``; a file with
        another extension is recognised by its content. Also ``-`` (stdin), a pipe or FIFO
        (``<(...)``, ``/dev/stdin``, ``mkfifo``): read once into a temporary file (at most
        :data:`MAX_STREAM_BYTES`), its format recognised by its content, so that it gives the
        same result as the file.
    format
        One of :data:`FORMATS`. ``"auto"`` decides the container from the extension and the
        kind of table from its columns; ``"acled"``/``"ucdp"`` insist on that kind (an error
        if the header is not one); ``"csv"`` reads a delimited file as a plain table.
    lat_col, lon_col
        Coordinate columns of a plain table (default: the first of ``latitude/lat/y`` and
        ``longitude/lon/lng/long/x`` present).
    chunksize
        Rows validated at a time in CSV files. pyarrow reads a delimited file whole, as text,
        in parallel; a file it cannot read as the pandas reader does (ragged rows, text
        that is not UTF-8) or larger than :data:`MAX_ARROW_BYTES` is streamed by the pandas
        reader in chunks of this size, with the same result.
    progress
        Show a tqdm progress bar; ``None`` shows it only when stderr is a terminal.
    layer
        Layer of a GeoPackage or sheet of an Excel file; required when there are several.

    Returns
    -------
    LoadResult
        ``accepted`` and ``rejected`` with ``len(accepted) + len(rejected) == read``, and
        ``notes`` saying how the file was read.

    Raises
    ------
    DataError
        If the file is missing or unreadable (a directory, a socket, a device; a pipe over
        :data:`MAX_STREAM_BYTES`), a table of a known kind lacks a column it cannot be read
        without, or no coordinate column is found; the message names the file, and the row
        and field where it can.

    Notes
    -----
    Rows are rejected for: missing, non-numeric, non-finite or out-of-range coordinates;
    latitude and longitude both 0 ("null island", a missing location written as zeros);
    coordinates that fall in Iraq only when latitude and longitude are swapped (for rows
    whose ``country`` is Iraq or unknown); a missing or unparseable date (``31/02/2024``)
    or one outside the years :data:`MIN_YEAR` to :data:`MAX_YEAR` (``3024-05-16``); a
    missing or duplicate event id; fatalities or precision that are not numbers in range;
    a geometry that is not one point; unknown ACLED ``inter`` codes; rows with no value at
    all (reason ``"empty row"``). Points outside Iraq's region (:data:`REGION_MARGIN_DEG`)
    are kept and counted in :attr:`LoadResult.outside_region`. Missing fatalities (an empty
    cell, ``unknown``, ``n/a``) stay unknown. Dates may be ISO, ``05 January 2022``,
    ``05-Jan-22`` or numeric day-first (``05/01/2022``; month-first only when the values
    show it, e.g. ``01/25/2022``); of an ISO date with a time or UTC offset
    (``2024-05-16T23:30:00+03:00``, ``...Z``) the calendar date as written is kept, not
    converted to UTC, and a note says so. Arabic-Indic digits are converted; decimal commas
    are read in coordinates, thousands separators in counts. Ids keep their text (an
    integer id column with gaps still gives ``101``, never ``101.0``). A table without an
    id column gets ids derived from each row's content (``h-`` and 16 hex digits; a repeat
    of an identical row gets ``-2``, ``-3`` ...).
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {format!r}")
    options: dict[str, Any] = {
        "lat_col": lat_col,
        "lon_col": lon_col,
        "chunksize": chunksize,
        "progress": progress,
        "layer": layer,
    }
    with _local_copy(path) as (local, name, notes):
        if local == name:
            return _load(local, format, **options)
        try:
            result = _load(local, format, **options)
        except DataError as exc:  # name the pipe, not the temporary file
            message = exc.message.replace(str(local), str(name))
            raise DataError(name, message, row=exc.row, field=exc.field) from None
    result.path = name
    result.notes[:0] = notes
    return result


def _load(
    path: Path,
    format: str,
    *,
    lat_col: str | None,
    lon_col: str | None,
    chunksize: int,
    progress: bool | None,
    layer: str | None,
) -> LoadResult:
    container = _container(path, format)
    kind = format if format in ("acled", "ucdp") else ("plain" if format == "csv" else "auto")
    coords = {"lat_col": lat_col, "lon_col": lon_col}
    if container in ("geojson", "gpkg", "parquet"):
        table = _read_vector(path, container, layer)
        plan = _plan(path, table, kind, **coords)
        chunks: Iterator[_Chunk] = iter([_chunk(table, plan)])
    elif container in ("xlsx", "json"):
        table = _read_excel(path, layer) if container == "xlsx" else _read_json(path)
        if isinstance(table, _VectorTable):  # a .json holding GeoJSON
            container = "geojson"
        plan = _plan(path, table, kind, **coords)
        chunks = iter([_chunk(table, plan)])
    else:
        plan, chunks = _read_csv(path, kind, chunksize, progress, **coords)
    detected = plan.kind if plan.kind != "plain" else container
    return _collect(path, detected, plan, chunks)


def check_file(path: str | os.PathLike[str]) -> Path:
    """Return ``path`` as a Path if :func:`load_incidents` can read it: a regular file, a
    pipe or FIFO, ``-`` (stdin); nothing is read.

    Raises
    ------
    DataError
        If it is missing, a directory, a socket or a device.
    """
    _is_stream(path)
    return Path(path)


# --- pipes, FIFOs and stdin ------------------------------------------------------------------


def _is_stream(path: str | os.PathLike[str]) -> bool:
    """True for ``-``, a pipe or a FIFO; False for a regular file; else :class:`DataError`."""
    if str(path) == "-":
        return True
    try:
        mode = os.stat(path).st_mode  # follows links: /dev/stdin, /dev/fd/63
    except FileNotFoundError:
        raise DataError(path, "file not found") from None
    except OSError as exc:
        raise DataError(path, f"cannot read ({exc.strerror or exc})") from None
    if stat.S_ISREG(mode):
        return False
    if stat.S_ISFIFO(mode):
        return True
    if stat.S_ISDIR(mode):
        raise DataError(path, "is a directory, not a file")
    what = (
        "a socket"
        if stat.S_ISSOCK(mode)
        else "a character device"
        if stat.S_ISCHR(mode)
        else "a block device"
        if stat.S_ISBLK(mode)
        else "not a regular file"
    )
    raise DataError(path, f"is {what}, not a file or a pipe")


@contextlib.contextmanager
def _local_copy(path: str | os.PathLike[str]) -> Iterator[tuple[Path, Path, list[str]]]:
    """Yield (file to read, name to report, notes): a regular file as it is; a pipe, FIFO or
    stdin read once into a temporary file named with the extension its content shows."""
    if not _is_stream(path):
        yield Path(path), Path(path), []
        return
    stdin = str(path) == "-"
    name = Path("<stdin>") if stdin else Path(path)
    with tempfile.TemporaryDirectory(prefix="geo-disputed-") as tmp:
        spool = Path(tmp) / "stream"
        size = _copy_stream(path, name, spool)
        suffix = _content_suffix(spool)
        local = spool.rename(spool.with_suffix(suffix))
        what = "stdin" if stdin else "a pipe"
        yield (
            local,
            name,
            [
                f"read from {what}: {size:,} bytes copied to a temporary file first; "
                f"recognised by its content as {suffix.lstrip('.')}"
            ],
        )


def _copy_stream(path: str | os.PathLike[str], name: Path, target: Path) -> int:
    """Copy stdin or a pipe into ``target`` (at most :data:`MAX_STREAM_BYTES`); return the
    size."""
    size = 0
    try:
        with contextlib.ExitStack() as stack:
            if str(path) == "-":
                if sys.stdin is None:
                    raise DataError(name, "no standard input")
                if sys.stdin.isatty():
                    raise DataError(name, "stdin is a terminal: pipe or redirect a file into it")
                source: IO[bytes] = sys.stdin.buffer
            else:
                source = stack.enter_context(open(path, "rb"))
            out = stack.enter_context(target.open("wb"))
            while block := source.read(1 << 20):
                size += len(block)
                if size > MAX_STREAM_BYTES:
                    raise DataError(
                        name,
                        f"more than {_size(MAX_STREAM_BYTES)} from a pipe; save it to a file "
                        "and give the file's name",
                    )
                out.write(block)
    except OSError as exc:
        raise DataError(name, f"cannot read ({exc.strerror or exc})") from None
    return size


def _size(n: int) -> str:
    """``4 GiB``, ``100 KiB``, ``10 bytes``."""
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= size:
            return f"{n / size:g} {unit}"
    return f"{n} bytes"


#: Containers by content, for pipes and files whose extension does not say.
_CONTENT_CONTAINERS = {".zip": "csv", ".xlsx": "xlsx", ".gpkg": "gpkg", ".parquet": "parquet",
                       ".json": "json", ".csv": "csv"}  # fmt: skip


def _content_suffix(path: Path) -> str:
    """The extension that ``path``'s first bytes show: ``.xlsx`` or ``.zip`` (a zip archive
    with or without ``xl/``), ``.gpkg`` (SQLite), ``.parquet``, ``.json`` (``{`` or ``[``
    first), else ``.csv``."""
    with path.open("rb") as fh:
        head = fh.read(4096)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        try:
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError):
            return ".zip"
        return ".xlsx" if any(n.startswith("xl/") for n in names) else ".zip"
    if head.startswith(b"SQLite format 3\x00"):
        return ".gpkg"
    if head.startswith(b"PAR1"):
        return ".parquet"
    if head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"["):
        return ".json"
    return ".csv"


# --- reading ---------------------------------------------------------------------------------


@dataclass
class _Table:
    """A whole table as text (raw values) with its 1-based row numbers."""

    raw: pd.DataFrame
    rows: np.ndarray
    notes: list[str] = field(default_factory=list)


@dataclass
class _VectorTable(_Table):
    """A table read from a vector file: coordinates come from its point geometries.

    ``geometry`` holds the geometries; ``raw["geometry"]`` is left empty, and their WKT is
    written for the rejected rows alone (in :func:`_collect`)."""

    geometry_error: pd.Series | None = None
    geometry: Any = None


@dataclass
class _Chunk:
    """A piece of input: normalised text columns, raw values, and 1-based row numbers."""

    norm: pd.DataFrame
    raw: pd.DataFrame
    rows: np.ndarray
    geometry_error: pd.Series | None = None
    #: The geometries of a vector file's rows (a geopandas GeometryArray), else None.
    geometry: Any = None


def _container(path: Path, format: str) -> str:
    if format in ("csv", "xlsx", "json", "geojson", "gpkg", "parquet"):
        return format
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt", ".zip"):
        return "csv"
    known = _VECTOR_SUFFIXES.get(suffix) or _TABLE_SUFFIXES.get(suffix)
    return known or _CONTENT_CONTAINERS[_content_suffix(path)]


def _plan(path: Path, table: _Table, kind: str, **coords: str | None) -> ColumnPlan:
    plan = plan_columns(path, list(table.raw.columns), kind, **coords)
    plan.notes[1:1] = table.notes
    return plan


def _chunk(table: _Table, plan: ColumnPlan) -> _Chunk:
    if isinstance(table, _VectorTable):
        error, geometry = table.geometry_error, table.geometry
    else:
        error, geometry = None, None
    return _Chunk(_normalise(table.raw, plan), table.raw, table.rows, error, geometry)


@contextlib.contextmanager
def _open(path: Path) -> Iterator[tuple[IO[bytes], int, str]]:
    """Open a delimited file, or the one delimited file inside a ``.zip``: (file, size, name)."""
    suffix = path.suffix.lower()
    zipped = suffix == ".zip" or (
        suffix not in (".csv", ".tsv", ".txt") and _content_suffix(path) == ".zip"
    )
    if not zipped:
        try:
            fh: IO[bytes] = path.open("rb")
        except OSError as exc:
            raise DataError(path, f"cannot read file ({exc.strerror})") from None
        with fh:
            yield fh, path.stat().st_size, path.name
        return
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise DataError(path, f"not a readable zip archive ({exc})") from None
    with archive:
        members = [
            m for m in archive.infolist() if m.filename.lower().endswith((".csv", ".tsv", ".txt"))
        ]
        if len(members) != 1:
            names = [m.filename for m in archive.infolist()]
            raise DataError(path, f"holds {len(members)} CSV files, not one (found: {show(names)})")
        with archive.open(members[0]) as fh:
            yield fh, members[0].file_size, members[0].filename


def _sniff(path: Path) -> tuple[str, list[str], list[str]]:
    """Return the delimiter and the fields of the first two records.

    Reads until the first two records are whole (a header line longer than 64 KiB too), at
    most :data:`MAX_HEADER_BYTES`.
    """
    head, text, records, eof = b"", "", [], False
    with _open(path) as (fh, _, _), _csv_field_limit():
        while not eof:
            more = fh.read(max(65536, len(head)))  # doubling: linear in the header's length
            eof = not more
            head += more
            if b"\x00" in head:
                raise DataError(path, "binary data (NUL bytes), not a text table")
            text = _decode_head(path, head, eof)
            first = re.split(r"[\r\n]", text, maxsplit=1)[0]
            delimiter = max(_DELIMITERS, key=first.count)
            records = _first_records(text, delimiter, 3)
            if len(records) >= 3:  # a third record started: the first two are whole
                break
            if len(head) > MAX_HEADER_BYTES:
                raise DataError(
                    path,
                    f"no end of the first two lines in the first {_size(MAX_HEADER_BYTES)}: "
                    "not a delimited table",
                    row=1,
                )
    if text.strip() and not first.strip():  # else the data below would read as zero rows
        raise DataError(path, "blank first line: the header must be on line 1", row=1)
    if not text.strip():
        return delimiter, [], []
    fields = [f.strip() for f in records[0]] if records else []
    second = [f.strip() for f in records[1]] if len(records) > 1 else []
    return delimiter, fields, second


def _decode_head(path: Path, head: bytes, eof: bool) -> str:
    """Decode the start of a file; a multi-byte character cut at its end is left out."""
    try:
        return head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if eof or exc.start < len(head) - 4:  # not just a character cut at the edge
            raise DataError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        return head[: exc.start].decode("utf-8-sig")


def _first_records(text: str, delimiter: str, count: int) -> list[list[str]]:
    """Up to ``count`` CSV records from the start of ``text`` (the last may be cut short)."""
    records: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            records.append(record)
            if len(records) >= count:
                break
    except csv.Error:  # an open quote at the end: pandas names the problem later
        pass
    return records


@contextlib.contextmanager
def _csv_field_limit() -> Iterator[None]:
    """Let the csv module read fields of any length (its default limit is 128 KiB)."""
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, 2**31 - 1))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def _is_hxl(values: list[str]) -> bool:
    """True for an HXL hashtag row (``#date+year``, ``#adm1+name`` ...): not a data row."""
    filled = [v.strip() for v in values if v and v.strip()]
    return bool(filled) and all(re.fullmatch(r"#[a-z][\w+]*", v, re.IGNORECASE) for v in filled)


def _headerless_ucdp(fields: list[str]) -> bool:
    """A UCDP GED candidate file without its header: 49 fields, numeric id, ISO dates."""
    return (
        len(fields) == len(UCDP_COLUMNS)
        and fields[0].isdigit()
        and bool(re.match(r"\d{4}-\d\d-\d\d", fields[UCDP_COLUMNS.index("date_start")]))
    )


def _read_csv(
    path: Path,
    kind: str,
    chunksize: int,
    progress: bool | None,
    **coords: str | None,
) -> tuple[ColumnPlan, Iterator[_Chunk]]:
    delimiter, fields, second = _sniff(path)
    if not fields:
        return plan_columns(path, ["latitude", "longitude"], "plain"), iter(())
    has_header = not (kind in ("auto", "ucdp") and _headerless_ucdp(fields))
    header, renamed = _unique_header(fields) if has_header else (list(UCDP_COLUMNS), "")
    plan = plan_columns(path, header, kind if has_header else "ucdp", **coords)
    if renamed:
        plan.notes.insert(1, renamed)
    hxl = has_header and _is_hxl(second)
    if not has_header:
        plan.notes.insert(1, f"no header row: read as the {len(UCDP_COLUMNS)} UCDP GED columns")
    if hxl:
        plan.notes.insert(1, "row 2 is an HXL hashtag row (HDX export): skipped, not an event")
    chunks = _csv_chunks(path, delimiter, header, has_header, hxl, chunksize, progress, plan)
    return plan, chunks


def _unique_header(fields: list[str]) -> tuple[list[str], str]:
    """Lower-cased header names made unique, and a note of what was renamed: a blank name
    becomes ``column_<position>``, a repeat ``<name>_2``, ``<name>_3`` (the first keeps
    its name and is the one used), so that no column is dropped or merged."""
    names: list[str] = []
    blank, repeated = [], []
    for position, field_name in enumerate(fields, start=1):
        base = field_name.strip().lower() or f"column_{position}"
        name, count = base, 1
        while name in names:
            count += 1
            name = f"{base}_{count}"
        if not field_name.strip():
            blank.append(name)
        elif name != base:
            repeated.append(f"{base} -> {name}")
        names.append(name)
    parts = []
    if blank:
        parts.append(f"{len(blank)} blank column name(s) named {show(blank)}")
    if repeated:
        parts.append(f"repeated column name(s) renamed ({show(repeated)}; the first is used)")
    return names, "header: " + "; ".join(parts) if parts else ""


def _csv_chunks(
    path: Path,
    delimiter: str,
    header: list[str],
    has_header: bool,
    hxl: bool,
    chunksize: int,
    progress: bool | None,
    plan: ColumnPlan,
) -> Iterator[_Chunk]:
    from tqdm.auto import tqdm

    show_bar = sys.stderr.isatty() if progress is None else progress
    first_row = (2 if has_header else 1) + int(hxl)
    with (
        _open(path) as (fh, size, name),
        tqdm(
            total=size, unit="B", unit_scale=True, disable=not show_bar, desc=name, leave=False
        ) as bar,
    ):
        # a file larger than MAX_ARROW_BYTES is streamed: pyarrow would hold all of it as text
        table = (
            _arrow_csv(fh, delimiter, header, has_header, hxl) if size <= MAX_ARROW_BYTES else None
        )
        if table is not None:
            bar.update(size)
            # a header alone gives one empty chunk, as the pandas reader does
            for start in range(0, max(table.num_rows, 1), max(1, chunksize)):
                frame = _arrow_frame(table.slice(start, chunksize), start)
                rows = np.arange(len(frame)) + start + first_row
                yield _Chunk(_normalise(frame, plan), frame, rows)
            return
        fh.seek(0)
        try:
            reader = pd.read_csv(
                fh,
                sep=delimiter,
                header=0 if has_header else None,  # replaced by our unique names
                names=header,
                skiprows=[1] if hxl else None,
                dtype=object,
                keep_default_na=False,
                na_filter=False,
                skip_blank_lines=False,  # blank lines are rows: rejected, and numbering holds
                encoding="utf-8-sig",
                chunksize=chunksize,
                index_col=False,
            )
            done = 0
            while True:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always", pd.errors.ParserWarning)
                    df = next(reader, None)
                if df is None:
                    break
                if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
                    long_row = _first_long_record(path, delimiter, has_header)
                    if long_row is not None:  # else only empty trailing fields
                        raise DataError(path, "more fields than the header has", row=long_row)
                rows = np.arange(done, done + len(df)) + first_row
                done += len(df)
                bar.update(max(0, _position(fh) - bar.n))
                yield _Chunk(_normalise(df, plan), df, rows)
        except DataError:
            raise
        except pd.errors.EmptyDataError:
            return
        except pd.errors.ParserError as exc:
            line = re.search(r"line (\d+)", str(exc))
            raise DataError(
                path,
                f"malformed CSV: {_parser_message(exc)}",
                row=int(line.group(1)) if line else None,
            ) from None
        except UnicodeDecodeError as exc:
            raise DataError(path, f"not UTF-8 text ({exc.reason})") from None
        except (ValueError, csv.Error) as exc:
            raise DataError(path, f"malformed CSV: {_parser_message(exc)}") from None


#: The text dtype that ``astype(str)`` gives (Arrow-backed, NaN for missing).
_TEXT = pd.StringDtype("pyarrow", na_value=np.nan)


def _arrow_csv(
    fh: IO[bytes], delimiter: str, header: list[str], has_header: bool, hxl: bool
) -> pa.Table | None:
    """The whole delimited file as Arrow text columns, read in parallel by pyarrow; ``None``
    when pyarrow cannot read it as the pandas reader would (ragged rows, text that is not
    UTF-8, ...): then the pandas reader reads it, so results and errors stay as they are.

    Every cell is read as the text written (quotes removed, ``""`` for a quote), no value is
    taken as missing, and a blank line is a row of empty cells, as the pandas reader does
    (``tests/test_load_fast_paths.py`` compares the two on generated files)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    if len(header) < 2 or len(set(header)) != len(header):
        return None  # one column: a blank line is not a ragged row to Arrow
    # pyarrow skips the header (and an HXL row) by lines, not by records: one with a quoted
    # line break goes to the pandas reader
    skipped = [fh.readline() for _ in range(int(has_header) + int(hxl))]
    fh.seek(0)
    if any(line.count(b'"') % 2 for line in skipped):
        return None
    try:
        table = pacsv.read_csv(
            fh,
            read_options=pacsv.ReadOptions(
                column_names=header,
                skip_rows=int(has_header),
                skip_rows_after_names=int(hxl),
                block_size=16 << 20,
            ),
            parse_options=pacsv.ParseOptions(
                delimiter=delimiter,
                quote_char='"',
                double_quote=True,
                escape_char=False,
                newlines_in_values=True,
                ignore_empty_lines=False,
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={name: pa.large_string() for name in header},
                null_values=[],
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowException, OSError, ValueError):
        return None
    return table


def _arrow_frame(table: pa.Table, start: int) -> pd.DataFrame:
    """Arrow text columns as a frame of :data:`_TEXT` columns (no copy), index from
    ``start``."""
    import pyarrow as pa

    df = table.to_pandas(types_mapper={pa.large_string(): _TEXT}.get)
    df.index = pd.RangeIndex(start, start + len(df))
    return df


def _position(fh: IO[bytes]) -> int:
    try:
        return fh.tell()
    except (OSError, io.UnsupportedOperation):
        return 0


def _first_long_record(path: Path, delimiter: str, has_header: bool) -> int | None:
    """Return the 1-based record number of the first row with more fields than the first."""
    with _open(path) as (fh, _, _), _csv_field_limit():
        text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="")
        records = csv.reader(text, delimiter=delimiter)
        width = len(next(records, []))
        for number, record in enumerate(records, start=2):
            if len(record) > width and any(v.strip() for v in record[width:]):
                return number if has_header else number - 1
    return None


def _parser_message(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    return text.replace("Error tokenizing data. C error: ", "")


def _as_text(df: pd.DataFrame, *, typed: bool = False) -> pd.DataFrame:
    """Typed cells as the text a CSV would hold (:func:`_column_text`); with ``typed``, a
    column that :func:`_typed_safe` finds is kept as it is, to be read without a round trip
    through text (:func:`_text_of` gives its text where text is needed)."""
    out = pd.DataFrame(index=df.index)
    for col in df.columns:
        values = df[col]
        keep = typed and _typed_safe(values)
        out[str(col).strip().lower()] = values if keep else _column_text(values)
    return out


def _column_text(values: pd.Series) -> pd.Series:
    """One column's cells as the text a CSV would hold: whole floats without ``.0``, dates in
    ISO, missing values empty, nested values as JSON."""
    missing = values.isna().to_numpy()
    if isinstance(values.dtype, pd.ArrowDtype):
        text = _arrow_text(values)
    elif pd.api.types.is_datetime64_any_dtype(values):
        text = values.dt.strftime("%Y-%m-%d %H:%M:%S").str.removesuffix(" 00:00:00")
    elif pd.api.types.is_float_dtype(values):
        finite = values.where(np.isfinite(values.fillna(0)), 0).fillna(0)
        whole = values.notna() & np.isfinite(values.fillna(0)) & (finite % 1 == 0)
        whole &= finite.abs() < 2**53  # integers a float holds exactly
        text = values.astype(str).where(~whole, finite.astype("int64").astype(str))
    elif pd.api.types.is_bool_dtype(values) or pd.api.types.is_numeric_dtype(values):
        text = values.astype(str)
    else:
        text = values.map(_cell_text)
    text = text.where(~missing, "")
    # Arrow text stays Arrow text (no Python string per cell); other text as objects
    return text if text.dtype == _TEXT else text.astype(object)


#: Integers read as they are below this magnitude: their text (at most 15 digits) is a plain
#: number (:data:`_PLAIN_NUMBER_RE`), which the text path reads exactly.
_TYPED_INT_LIMIT = 10**15
#: Whole floats read as they are below this magnitude: Arrow writes them as their digits
#: (exponents start at 1e10), a plain number that the text path reads exactly.
_TYPED_FLOAT_LIMIT = 1e9


def _typed_safe(values: pd.Series) -> bool:
    """Whether an Arrow-typed column gives, read as it is (:func:`_typed_numbers`,
    :func:`_typed_dates`), what its text (:func:`_column_text`) gives the text path, value
    for value: integers below :data:`_TYPED_INT_LIMIT` in magnitude; 64-bit floats that
    are all whole numbers below :data:`_TYPED_FLOAT_LIMIT` (no NaN, no infinity); naive
    timestamps of the years :data:`MIN_YEAR` to :data:`MAX_YEAR`. Nulls are missing either
    way. Any other column (text, zoned timestamps, fractions, NaN ...) goes as text
    (``tests/test_load_fast_paths.py`` compares the two)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not isinstance(values.dtype, pd.ArrowDtype):
        return False
    kind = values.dtype.pyarrow_dtype
    is_float = pa.types.is_float64(kind)
    if not (pa.types.is_integer(kind) or is_float or pa.types.is_timestamp(kind)):
        return False
    if pa.types.is_timestamp(kind) and kind.tz is not None:
        return False
    array = pa.chunked_array(pa.array(values))
    if array.null_count == len(array):
        return True
    if is_float:
        whole = pc.and_(pc.is_finite(array), pc.equal(pc.floor(array), array))
        if pc.all(whole).as_py() is False:
            return False
    low, high = (v.as_py() for v in pc.min_max(array).values())
    if pa.types.is_timestamp(kind):
        return bool(low.year >= MIN_YEAR and high.year <= MAX_YEAR)
    limit = _TYPED_FLOAT_LIMIT if is_float else _TYPED_INT_LIMIT
    return bool(-limit < low and high < limit)


def _is_typed(values: pd.Series) -> bool:
    """Whether a column is one kept typed by :func:`_as_text` (Arrow, not text)."""
    return isinstance(values.dtype, pd.ArrowDtype) and not pd.api.types.is_string_dtype(values)


def _text_of(values: pd.Series) -> pd.Series:
    """A column as text: a typed one (:func:`_is_typed`) as :func:`_column_text` writes it,
    any other as it is."""
    return _column_text(values) if _is_typed(values) else values


def _frame_text(df: pd.DataFrame) -> pd.DataFrame:
    """A frame with its typed columns (:func:`_is_typed`) as text (:func:`_text_of`)."""
    typed = [i for i in range(df.shape[1]) if _is_typed(df.iloc[:, i])]
    if not typed:
        return df
    out = df.copy(deep=False)
    for i in typed:
        out.isetitem(i, _column_text(df.iloc[:, i]))
    return out


def _typed_numbers(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """A typed number column (:func:`_typed_safe`) as floats, and its blank (null) mask: what
    :func:`_numbers` makes of its text, to the sign of a zero (pandas reads ``-0`` as ``0``
    among integers, as ``-0.0`` once a blank makes the values it reads floats)."""
    blank = values.isna().to_numpy()
    numbers = values.to_numpy(dtype=float, na_value=np.nan)
    if not blank.any():
        numbers = numbers + 0.0  # -0.0 + 0.0 is 0.0
    return pd.Series(numbers, index=values.index), pd.Series(blank, index=values.index)


def _typed_dates(values: pd.Series) -> _Dates:
    """A typed timestamp column (:func:`_typed_safe`: naive, in range) as :func:`_parse_dates`
    reads its text: the day, and ``timed`` when the time is not within the first minute
    (``00:00:59`` reads as midnight: the pattern looks at hours and minutes)."""
    import pyarrow as pa

    array = pa.chunked_array(pa.array(values)).cast(pa.timestamp("ns"))
    stamps = array.to_numpy()
    days = stamps.astype("datetime64[D]").astype("datetime64[ns]")
    timed = ~np.isnat(stamps) & (stamps - days >= np.timedelta64(60, "s"))
    none = pd.Series(False, index=values.index)
    dates = pd.Series(days, index=values.index)
    return _Dates(dates, none, pd.Series(timed, values.index), none.copy())


def _arrow_text(values: pd.Series) -> pd.Series:
    """An Arrow-backed column as text: integers exactly (also beside nulls), floats as their
    shortest repr (``101`` for 101.0), timestamps as ISO (with their offset if zoned)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    array = pa.array(values)
    if pa.types.is_timestamp(array.type):
        fmt = "%Y-%m-%dT%H:%M:%S%z" if array.type.tz else "%Y-%m-%d %H:%M:%S"
        low, high = pc.min_max(array).values()
        plain = not array.type.tz and (
            low.as_py() is None or (low.as_py().year >= 1000 and high.as_py().year <= 9999)
        )
        # a cast writes what strftime does for naive times of years 1000-9999, 20x faster
        cells = pc.cast(array, pa.large_string()) if plain else pc.strftime(array, format=fmt)
        text = pd.Series(pd.array(cells, dtype=_TEXT), index=values.index)
        return text.str.removesuffix(" 00:00:00")
    try:
        cells = pc.cast(array, pa.large_string())
    except (pa.ArrowNotImplementedError, pa.ArrowInvalid):  # lists, structs, bad bytes
        rows = [_cell_text(v) for v in array.to_pylist()]
        return pd.Series(rows, index=values.index, dtype=object)
    return pd.Series(pd.array(cells, dtype=_TEXT), index=values.index)  # no string per row


class _JsonNumber(str):
    """A JSON number with a fraction or exponent, kept as written (``101.0`` stays so)."""

    __slots__ = ()


def _json_value(value: Any) -> Any:
    """A nested JSON value with its :class:`_JsonNumber` back as floats, to dump."""
    if isinstance(value, _JsonNumber):
        return float(value)
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    return value


def _cell_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, _JsonNumber):
        return str.__str__(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M:%S").removesuffix(" 00:00:00")
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(_json_value(value), ensure_ascii=False)
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def _read_excel(path: Path, sheet: str | None) -> _Table:
    try:
        import openpyxl
    except ImportError as exc:
        raise DataError(path, f"Excel files need openpyxl ({exc}); pip install openpyxl") from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken files
        raise DataError(path, f"cannot read as an Excel workbook: {_parser_message(exc)}") from None
    try:
        names = book.sheetnames
        if sheet is None and len(names) > 1:
            raise DataError(
                path, f"has {len(names)} sheets ({show(names)}); choose one with layer= (--layer)"
            )
        if sheet is not None and sheet not in names:
            raise DataError(path, f"no sheet {sheet!r} (found: {show(names)})")
        rows = list(book[sheet or names[0]].iter_rows(values_only=True))
    finally:
        book.close()
    while rows and all(v is None for v in rows[-1]):  # Excel's styled but empty rows
        rows.pop()
    if not rows:
        return _Table(pd.DataFrame(columns=["latitude", "longitude"]), np.array([], dtype=int))
    header = [str(v).strip() if v is not None else f"column_{i + 1}" for i, v in enumerate(rows[0])]
    body = [list(r) + [None] * (len(header) - len(r)) for r in rows[1:]]
    frame = pd.DataFrame([r[: len(header)] for r in body], columns=header, dtype=object)
    return _hxl_skipped(_Table(_as_text(frame), np.arange(len(frame)) + 2))


def _hxl_skipped(table: _Table) -> _Table:
    """Drop an HXL hashtag row at the top of a table, saying so."""
    if len(table.raw) and _is_hxl(list(table.raw.iloc[0])):
        table.raw = table.raw.iloc[1:]
        table.notes.append(f"row {table.rows[0]} is an HXL hashtag row: skipped, not an event")
        table.rows = table.rows[1:]
    return table


def _read_json(path: Path) -> _Table:
    """ACLED API (``data``), UCDP API (``Result``), a list of records, JSON lines, GeoJSON."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        document: Any = json.loads(text, parse_float=_JsonNumber) if text.strip() else []
    except json.JSONDecodeError as exc:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        try:
            document = [json.loads(ln, parse_float=_JsonNumber) for ln in lines]
        except json.JSONDecodeError:
            raise DataError(path, f"not JSON: {exc.msg}", row=exc.lineno) from None
        except RecursionError:
            raise DataError(path, "JSON nested too deeply to be a table of records") from None
    except RecursionError:
        raise DataError(path, "JSON nested too deeply to be a table of records") from None
    where = "a list of records"
    if isinstance(document, dict):
        if document.get("type") in ("FeatureCollection", "Feature"):
            return _read_vector(path, "geojson", None)
        if document.get("success") is False or "error" in document:
            raise DataError(path, f"an API error answer, not data: {json.dumps(document)[:300]}")
        key = next((k for k in ("data", "Result", "result", "records") if k in document), None)
        if key is None and {str(k).strip().lower() for k in document} & set(LAT_ALIASES):
            document, where = [document], "one record"  # a JSON-lines file of one line
        elif key is None or not isinstance(document[key], list):
            raise DataError(path, f"no list of records (keys: {show([str(k) for k in document])})")
        else:
            where = f"the {key!r} list ({'ACLED API' if key == 'data' else 'UCDP API'} answer)"
            document = document[key]
    if not isinstance(document, list) or not all(isinstance(r, dict) for r in document):
        raise DataError(path, "not a list of records (objects)")
    # object cells: an integer column with nulls keeps its integers, not floats
    frame = pd.DataFrame(document, dtype=object) if document else pd.DataFrame()
    if not len(frame.columns):
        frame = pd.DataFrame(columns=["latitude", "longitude"])
    table = _Table(_as_text(frame), np.arange(len(frame)) + 1, [f"records read from {where}"])
    return table


def _read_vector(path: Path, fmt: str, layer: str | None) -> _Table:
    """A GeoJSON, GeoPackage or (Geo)Parquet file: its attributes through Arrow (so that an
    integer column with gaps keeps its integers), as text, but for the typed columns that
    :func:`_typed_safe` keeps as they are; coordinates from its points."""
    import geopandas as gpd
    import pyogrio

    arrow = {"types_mapper": pd.ArrowDtype}  # no int -> float for columns with nulls
    try:
        with warnings.catch_warnings(), _collector_paused():  # a geometry object per row
            # a GeoPackage named by its content, not its extension, is read all the same
            warnings.filterwarnings("ignore", "File .* non conformant file extension")
            if fmt == "parquet":
                import pyarrow.parquet as pq

                meta = pq.read_schema(path).metadata or {}
                if b"geo" not in meta:  # a plain table stored as Parquet
                    df = pd.read_parquet(path, dtype_backend="pyarrow")
                    return _hxl_skipped(_Table(_as_text(df), np.arange(len(df)) + 1))
                gdf = gpd.read_parquet(path, to_pandas_kwargs=arrow)
            else:
                layers = [str(name) for name in pyogrio.list_layers(path)[:, 0]]
                if layer is None and len(layers) > 1:  # the first alone would drop rows
                    raise DataError(
                        path,
                        f"has {len(layers)} layers ({show(layers)}); choose one with layer= "
                        "(--layer)",
                    )
                if layer is not None and layer not in layers:
                    raise DataError(path, f"no layer {layer!r} (found: {show(layers)})")
                # keep dates as text so that bad dates become rejects, not a read error
                options = {"DATE_AS_STRING": "YES"} if fmt == "geojson" else {}
                gdf = gpd.read_file(
                    path,
                    layer=layer,
                    engine="pyogrio",
                    use_arrow=True,
                    arrow_to_pandas_kwargs=arrow,
                    datetime_as_string=True,
                    **options,
                )
    except DataError:
        raise
    except Exception as exc:  # pyogrio/pyarrow raise many types for unreadable files
        raise DataError(path, f"cannot read as {fmt}: {_parser_message(exc)}") from None
    if not isinstance(gdf, gpd.GeoDataFrame):  # pyogrio gives a DataFrame for a plain table
        raise DataError(path, f"no geometry column: not a {fmt} layer of points")
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326") and len(gdf):
        gdf = gdf.to_crs(4326)
    geom = np.asarray(gdf.geometry.values, dtype=object)
    x, y, error = _points(geom)
    attributes = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    # coordinate columns give way to the geometry's: not written as text only to be dropped
    given = [c for c in attributes if str(c).strip().lower() in ("latitude", "longitude")]
    raw = _as_text(attributes.drop(columns=given), typed=True)  # numbers, dates stay typed
    raw["latitude"], raw["longitude"] = y, x
    raw["geometry"] = _blank_text(raw.index)  # WKT for rejected rows only (_collect)
    return _VectorTable(
        raw,
        np.arange(len(raw)) + 1,
        geometry_error=pd.Series(error, raw.index),
        geometry=gdf.geometry.values,
    )


def _points(geom: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(x, y, error) of each geometry: a point, or a multipoint of one point, gives its
    coordinates and no error; anything else NaN and the reason it is not one point."""
    import shapely

    nothing = np.full(len(geom), None, dtype=object)
    missing = shapely.is_missing(geom)
    empty = ~missing & shapely.is_empty(np.where(missing, nothing, geom) if missing.any() else geom)
    kind = shapely.get_type_id(geom)
    parts = shapely.get_num_geometries(geom)
    single = (kind == 4) & (parts == 1) & ~empty  # MULTIPOINT ((44 35)), as GeoPackages store
    point = geom.copy()
    if single.any():  # the one point of each one-point multipoint
        point[single] = shapely.get_geometry(geom[single], 0)
    ok = ((kind == 0) | single) & ~empty & ~missing
    if ok.all():
        x, y = shapely.get_x(point), shapely.get_y(point)
    else:
        x = np.where(ok, shapely.get_x(np.where(ok, point, nothing)), np.nan)
        y = np.where(ok, shapely.get_y(np.where(ok, point, nothing)), np.nan)
    error = np.full(len(geom), "", dtype=object)
    bad = np.flatnonzero(~ok)  # reasons for these rows alone
    if len(bad):
        names = pd.Series(np.clip(kind[bad], 0, None)).map(dict(enumerate(_GEOMETRY_NAMES)))
        described = np.where(
            kind[bad] == 4,
            "geometry is a MultiPoint of " + pd.Series(parts[bad]).astype(str) + " points, not one",
            "geometry is a " + names + ", not a point",
        )
        error[bad] = np.where((missing | empty)[bad], "missing geometry", described)
    return x, y, error


_GEOMETRY_NAMES = ("Point", "LineString", "LinearRing", "Polygon", "MultiPoint",
                   "MultiLineString", "MultiPolygon", "GeometryCollection")  # fmt: skip


def _wkt(geom: np.ndarray) -> np.ndarray:
    """Geometries as WKT (6 decimals), for the raw values of rejected rows."""
    import shapely

    return np.asarray(shapely.to_wkt(geom, rounding_precision=6), dtype=object)


# --- normalising each source's columns ---------------------------------------------------------


#: Fields read from a typed column as it is (:func:`_typed_safe`), and the kind of column
#: each takes so (timestamps for dates, numbers for counts); the others read its text.
_TYPED_FIELDS = {"date": "timestamp", "fatalities": "number", "geo_precision": "number",
                 "admin_precision": "number"}  # fmt: skip


def _typed_kind(values: pd.Series) -> str:
    """``timestamp`` or ``number`` for a typed column (:func:`_is_typed`), else ``""``."""
    import pyarrow as pa

    dtype = values.dtype
    if not isinstance(dtype, pd.ArrowDtype) or not _is_typed(values):
        return ""
    return "timestamp" if pa.types.is_timestamp(dtype.pyarrow_dtype) else "number"


def _col(df: pd.DataFrame, name: str | None, *, typed: str = "") -> pd.Series:
    """A column of a chunk for validation: text, stripped; coordinates from geometries as
    numbers; a typed column (:func:`_is_typed`) as it is when it is of the kind ``typed``
    names (``timestamp``, ``number``), else its text."""
    if name is not None and name in df.columns:
        values = df[name]
        if _is_typed(values):
            if typed and _typed_kind(values) == typed:
                return values
            return _strip(_column_text(values).astype(str))
        if not pd.api.types.is_object_dtype(values) and not pd.api.types.is_string_dtype(values):
            return values  # coordinates from geometries stay numbers
        return _strip(values.astype(str))
    return _blank_text(df.index)


def _strip(text: pd.Series) -> pd.Series:
    """``text.str.strip()``; an Arrow column with nothing to strip is returned as it is, so
    that it shares its memory with the raw values instead of holding a copy."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if _is_arrow_text(text) and _nothing_to_strip(text):
        return text
    stripped = text.str.strip()
    if _is_arrow_text(text):
        before, after = pa.chunked_array(pa.array(text)), pa.chunked_array(pa.array(stripped))
        if pc.all(pc.equal(pc.binary_length(before), pc.binary_length(after))).as_py() is not False:
            return text
    return stripped


def _nothing_to_strip(text: pd.Series) -> bool:
    """Whether no value of an Arrow text column can begin or end with whitespace: the first
    and last bytes of its values, read from the Arrow buffers, are all printable ASCII
    (whitespace is ASCII up to the space, or a character beyond ASCII, whose bytes are all
    0x80 or more). ``False`` means only that :meth:`str.strip` has to look."""
    import pyarrow as pa

    for chunk in pa.chunked_array(pa.array(text)).chunks:
        if chunk.type not in (pa.string(), pa.large_string()):
            return False
        _, offsets_buffer, data_buffer = chunk.buffers()
        if not len(chunk) or data_buffer is None:
            continue
        width = np.int32 if chunk.type == pa.string() else np.int64
        offsets = np.frombuffer(offsets_buffer, dtype=width)[
            chunk.offset : chunk.offset + len(chunk) + 1
        ]
        data = np.frombuffer(data_buffer, dtype=np.uint8)
        if not len(data):
            continue
        # an empty value reads a byte of its neighbour (or the last byte): at worst a "no"
        starts, ends = np.minimum(offsets[:-1], len(data) - 1), offsets[1:] - 1
        for edge in (data[starts], data[ends]):
            # printable ASCII is 0x21 to 0x7E: less 0x21 (wrapping around below it), 0 to 0x5D
            if ((edge - np.uint8(0x21)) > 0x5D).any():
                return False
    return True


def _blank_text(index: pd.Index) -> pd.Series:
    """A text column of empty values (a field the table lacks), built without a Python
    string per row."""
    import pyarrow as pa

    n = len(index)
    empty = pa.LargeStringArray.from_buffers(
        n, pa.py_buffer(np.zeros(n + 1, np.int64)), pa.py_buffer(b"")
    )
    return pd.Series(pd.array(empty, dtype=_TEXT), index=index)


def _normalise(df: pd.DataFrame, plan: ColumnPlan) -> pd.DataFrame:
    """The schema's columns (as text) and the kept extras, from one chunk of a table."""
    norm = pd.DataFrame(index=df.index)
    for name in SCHEMA:
        ucdp_precision = name == "geo_precision" and plan.kind == "ucdp"  # codes mapped below
        typed = "" if ucdp_precision else _TYPED_FIELDS.get(name, "")
        norm[name] = _col(df, plan.fields.get(name), typed=typed)
    if plan.kind == "ucdp":
        violence = norm["event_type"]
        norm["event_type"] = violence.map(UCDP_VIOLENCE).fillna(violence)
        prec = norm["geo_precision"].str.translate(_DIGITS)
        mapped = prec.map(UCDP_WHERE_PREC).astype("Int64").astype(str)
        norm["geo_precision"] = mapped.where(prec.isin(list(UCDP_WHERE_PREC)), prec)
    for source, out in plan.extras.items():
        typed = _TYPED_FIELDS["admin_precision"] if out == "admin_precision" else ""
        norm[out] = _col(df, source, typed=typed)  # admin_precision: read, then replaced
    for name in ("inter1", "inter2"):
        if name in norm.columns:
            codes = norm[name].str.translate(_DIGITS)
            norm[name] = codes.map(ACLED_INTER).fillna(codes)
    return norm


# --- validation ----------------------------------------------------------------------------------


def _numbers(
    values: pd.Series, *, decimal_comma: bool = False, plain: np.ndarray | None = None
) -> tuple[pd.Series, pd.Series]:
    """Parse numbers (after converting Arabic-Indic digits); return (values, blank mask).

    ``plain`` says which values (stripped) are plain numbers (:func:`_plain_numbers`), when
    the caller has matched them already. When every value is plain or blank, there is no
    digit to convert and no decimal comma to read: those checks are skipped."""
    if _is_typed(values):
        return _typed_numbers(values)
    if pd.api.types.is_numeric_dtype(values):
        parsed = values.astype(float)
        return parsed, parsed.isna()
    text = _strip(values.astype(str))
    if plain is None:
        plain = _plain_numbers(text)
    blank = text.eq("") | values.isna()
    if not (plain | blank.to_numpy(dtype=bool)).all():
        if _has_non_ascii_digit(text):
            text = text.str.translate(_DIGITS).str.replace(" ", "", regex=False)
            plain = None
        if decimal_comma and _contains(text, ","):  # else no decimal comma to read
            comma = text.str.fullmatch(r"[+-]?\d+,\d+")
            text = text.where(~comma, text.str.replace(",", ".", regex=False))
            plain = None
        blank = text.eq("") | values.isna()
    return _to_float(text, plain), blank


def _has_non_ascii_digit(text: pd.Series) -> bool:
    """Whether any value holds an Arabic-Indic digit (:data:`_NON_ASCII_DIGIT_RE`); a column
    all ASCII (the common case, checked in one Arrow pass) holds none."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if _is_arrow_text(text) and pc.all(pc.string_is_ascii(pa.array(text))).as_py() is not False:
        return False
    return bool(text.str.contains(_NON_ASCII_DIGIT_RE).any())


def _is_arrow_text(values: pd.Series) -> bool:
    """Whether a column is Arrow-backed text (what the pyarrow reader and ``astype(str)``
    give)."""
    return isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow"


def _contains(text: pd.Series, part: str) -> bool:
    """Whether any value of a text column holds ``part`` (a plain substring search)."""
    return bool(text.str.contains(part, regex=False).any())


#: Numbers that Arrow parses exactly as :func:`pandas.to_numeric` does (no sign on a zero, no
#: leading zeros, at most 15 digits on each side of the point).
_PLAIN_NUMBER_RE = r"^(?:-?[1-9]\d{0,14}|0)(?:\.\d{1,15})?$"


def _plain_numbers(text: pd.Series) -> np.ndarray:
    """Which values of a text column are plain numbers (:data:`_PLAIN_NUMBER_RE`)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    array = pa.array(text.astype(str))  # Arrow-backed already: no copy
    return pc.match_substring_regex(array, _PLAIN_NUMBER_RE).to_numpy(zero_copy_only=False)


def _to_float(text: pd.Series, plain: np.ndarray | None = None) -> pd.Series:
    """``pandas.to_numeric(text, errors="coerce")`` as floats: plain decimals parsed by
    Arrow in one pass, only the other values by pandas; ``plain`` is
    :func:`_plain_numbers` of ``text`` when the caller has it."""
    import pyarrow as pa
    import pyarrow.compute as pc

    array = pa.array(text.astype(str))  # Arrow-backed already: no copy
    if plain is None:
        plain = _plain_numbers(text)
    out = np.full(len(text), np.nan)
    if plain.any():
        out[plain] = pc.cast(array.filter(pa.array(plain)), pa.float64()).to_numpy()
    if not plain.all():
        rest = pd.to_numeric(text[~plain], errors="coerce")
        out[~plain] = rest.astype(float).to_numpy()
        if rest.dtype.kind in "iu" and plain.any():
            # pandas reads a whole column as floats once a value is one, so "-0" is -0.0
            decimal = pc.any(pc.match_substring(array.filter(pa.array(plain)), ".")).as_py()
            if decimal:
                negative_zero = text[~plain].str.fullmatch(r"-0+").to_numpy(dtype=bool)
                out[np.flatnonzero(~plain)[negative_zero]] = -0.0
    return pd.Series(out, index=text.index)


def _counts(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse a count column: thousands separators (``1,234``, ``1 234`` with a space or a
    no-break space) read, ``unknown``/``n/a`` blank."""
    if _is_typed(values):
        return _typed_numbers(values)
    text = _strip(values.astype(str))
    # a plain number (matched vectorised) is neither unknown nor grouped: the patterns
    # below, run row by row, see only the other values
    plain = _plain_numbers(text)
    odd = pd.Series(~plain, index=text.index)
    if not odd.any():  # all plain: the text as it is, matched already
        return _numbers(text, plain=plain)
    rest = text[odd]
    unknown = rest.str.casefold().isin(_UNKNOWN_COUNTS)
    grouped = rest.str.fullmatch(r"\d{1,3}([,\u00a0\u202f ])\d{3}(?:\1\d{3})*")
    digits = rest.str.replace(r"[,\u00a0\u202f ]", "", regex=True)
    text = text.copy()
    text[odd] = rest.where(~grouped, digits).where(~unknown, "")
    return _numbers(text)


def parse_dates(values: pd.Series, dayfirst: bool | None = None) -> pd.Series:
    """Parse event dates; return datetime64 with NaT where no format matches.

    Accepted: ISO ``2024-05-16``, also with a time and a UTC offset
    (``2024-05-16 19:15:00``, ``2024-05-16T23:30:00+03:00``, ``...Z``: the calendar date as
    written is kept, in its own zone, not converted to UTC), ``16 May 2024``, ``16-May-24``,
    ``16-May-2024``, ``May 16, 2024``, day-first ``16/05/2024``, ``16-05-2024``,
    ``16.05.2024``, ``16/05/24`` and ``2024/05/16``; each of these may be followed by a time
    (``16/05/2024 22:00``, ``16 May 2024, 10:00 PM``), which is dropped. Impossible dates
    such as ``31/02/2024`` or times such as ``25:61``, text after a date that is not a time
    or an offset, and years outside :data:`MIN_YEAR` to :data:`MAX_YEAR` give NaT.
    Arabic-Indic digits are converted first.

    Parameters
    ----------
    values
        Dates as text.
    dayfirst
        Order of numeric dates such as ``05/01/2022``. ``None`` decides from the values:
        month-first only when some value can only be month-first (``01/25/2022``) and none
        only day-first; day-first otherwise.
    """
    return _parse_dates(values, dayfirst).dates


@dataclass
class _Dates:
    """Parsed dates, and which values are real dates out of range or carry a time or zone."""

    dates: pd.Series
    out_of_range: pd.Series
    timed: pd.Series
    zoned: pd.Series


def _parse_dates(values: pd.Series, dayfirst: bool | None = None) -> _Dates:
    """Plain ISO dates (``2024-05-16``, in range) read from their bytes; the other values
    by :func:`_parse_dates_general` (which sees all the values that are not ISO, so that
    ``dayfirst=None`` decides as it would on the whole column)."""
    days, fast = _plain_iso_days(values)
    if not fast.any():
        return _parse_dates_general(values, dayfirst)
    none = pd.Series(False, index=values.index)
    dates = pd.Series(days, index=values.index)
    if fast.all():
        return _Dates(dates, none, none.copy(), none.copy())
    rest = _parse_dates_general(values[~fast], dayfirst)
    dates[~fast] = rest.dates.to_numpy()
    flags = [none.copy() for _ in range(3)]
    for out, part in zip(flags, (rest.out_of_range, rest.timed, rest.zoned), strict=True):
        out[~fast] = part.to_numpy()
    return _Dates(dates, *flags)


_MONTH_DAYS = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _plain_iso_days(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(dates as ``datetime64[ns]``, which rows they are): the values of an Arrow text
    column that are ``YYYY-MM-DD`` exactly (ASCII digits, no space around), alone or at
    midnight (``T00:00:00``, `` 00:00:00.000000000``, as typed columns are written), and a
    real day in the years :data:`MIN_YEAR` to :data:`MAX_YEAR`, read from the bytes with
    numpy. What :func:`_parse_dates_general` makes of those values
    (``tests/test_load_fast_paths.py``)."""
    import pyarrow as pa

    n = len(values)
    fast = np.zeros(n, dtype=bool)
    days = np.full(n, np.datetime64("NaT", "ns"))
    if not n or not _is_arrow_text(values):
        return days, fast
    array = pa.array(values)
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if array.type not in (pa.string(), pa.large_string()) or array.buffers()[2] is None:
        return days, fast
    width = np.int32 if array.type == pa.string() else np.int64
    _, offsets_buffer, data_buffer = array.buffers()
    offsets = np.frombuffer(offsets_buffer, dtype=width)[array.offset : array.offset + n + 1]
    data = np.frombuffer(data_buffer, dtype=np.uint8)
    if not len(data):
        return days, fast
    lengths = np.diff(offsets)
    # a date, perhaps at midnight as typed columns give it (``T00:00:00``, `` 00:00:00.000``)
    rows = np.flatnonzero((lengths == 10) | (lengths == 19) | ((lengths >= 21) & (lengths <= 29)))
    if array.null_count:
        rows = rows[array.is_valid().to_numpy(zero_copy_only=False)[rows]]
    start, size = offsets[rows], lengths[rows]

    shortest, longest = (int(size.min()), int(size.max())) if len(size) else (0, 0)
    view = None  # all values of one length, one after another: the bytes as a matrix
    if len(rows) == n and shortest == longest and offsets[-1] - offsets[0] == n * shortest:
        view = data[offsets[0] : offsets[-1]].reshape(n, shortest)

    def at(k: int) -> np.ndarray:
        """Byte ``k`` of each candidate, 0 past its end."""
        if view is not None and k < shortest:
            return view[:, k]
        if k < shortest:  # every candidate has it
            return data[start + k]
        if k >= longest:
            return np.zeros(len(start), dtype=np.uint8)
        return np.where(size > k, data[np.minimum(start + k, len(data) - 1)], 0)

    digits = [at(k).astype(np.int32) - 48 for k in range(10)]
    ok = (at(4) == 45) & (at(7) == 45)  # "-"
    for k in (0, 1, 2, 3, 5, 6, 8, 9):
        ok &= (digits[k] >= 0) & (digits[k] <= 9)
    midnight = (at(10) == 32) | (at(10) == 84)  # " " or "T", then 00:00:00
    for k, char in enumerate(b"00:00:00", start=11):
        midnight &= at(k) == char
    ok &= (size == 10) | (midnight & ((size == 19) | (at(19) == 46)))  # "."
    for k in range(20, 29):  # the fraction of a second: zeros
        ok &= (size <= k) | (at(k) == 48)
    year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
    month = digits[5] * 10 + digits[6]
    day = digits[8] * 10 + digits[9]
    ok &= (year >= MIN_YEAR) & (year <= MAX_YEAR) & (month >= 1) & (month <= 12) & (day >= 1)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    length = _MONTH_DAYS[np.clip(month, 1, 12) - 1] + (leap & (month == 2))
    ok &= day <= length
    year, month, rows, day = year[ok], month[ok], rows[ok], day[ok]
    first = ((year - 1970) * 12 + month - 1).astype("datetime64[M]")
    fast[rows] = True
    days[rows] = (first.astype("datetime64[D]") + (day - 1).astype("timedelta64[D]")).astype(
        "datetime64[ns]"
    )
    return days, fast


def _parse_dates_general(values: pd.Series, dayfirst: bool | None = None) -> _Dates:
    text = _strip(values.astype(str))
    if _has_non_ascii_digit(text):
        text = text.str.translate(_DIGITS)
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    far = pd.Series(False, index=values.index)
    # a plain ISO date (the common case), perhaps at midnight as typed columns give it, is
    # its own match of _ISO_DATE_RE with no time or zone to count: matched vectorised, the
    # full pattern (run row by row) only on the other values
    plain = text.str.fullmatch(_PLAIN_ISO_RE)
    plain = plain.fillna(False).astype(bool)
    parts = pd.DataFrame({0: text.str.slice(0, 10).where(plain), 1: ""}, index=text.index)
    if not plain.all():
        rest = text[~plain].str.extract(_ISO_DATE_RE)
        parts.loc[~plain, 0] = rest[0]
        parts.loc[~plain, 1] = rest[1]
    is_iso = parts[0].notna()
    after = parts[1].fillna("")
    if is_iso.any():
        out.loc[is_iso], far.loc[is_iso] = _to_datetime(parts.loc[is_iso, 0], "%Y-%m-%d")
    timed_other = text[~is_iso].str.extract(_TRAILING_TIME_RE)
    with_time = timed_other[0].notna().reindex(text.index, fill_value=False)
    if with_time.any():
        text = text.where(~with_time, timed_other[0])
        after = after.where(~with_time, " " + timed_other[1].str.lstrip(", "))
    if dayfirst is None:
        numeric = text[~is_iso].str.extract(_NUMERIC_DATE_RE)
        first, second = (pd.to_numeric(numeric[i], errors="coerce") for i in (0, 1))
        dayfirst = not ((second > 12).any() and not (first > 12).any())
    # a month name needs a letter: without one (ASCII letter or any non-ASCII character) in
    # the values left, the formats with %b or %B cannot match and are not tried
    worded = bool(text[~is_iso].str.contains(_LETTER_RE).any())
    for fmt in _DATE_FORMATS:
        todo = out.isna() & ~far & text.ne("") & ~is_iso
        if not todo.any():
            break
        if not worded and ("%b" in fmt or "%B" in fmt):
            continue
        fmt = fmt if dayfirst else _MONTH_FIRST.get(fmt, fmt)
        out.loc[todo], far.loc[todo] = _to_datetime(text[todo], fmt)
    parsed = out.notna()
    timed = pd.Series(False, index=values.index)
    zoned = pd.Series(False, index=values.index)
    some = after.ne("")  # the patterns below run row by row: only on dates with a time or zone
    if some.any():
        tail = after[some]
        midnight = tail.str.match(r"[T ]0?0[:.]00(?::00(?:[.,]0+)?)?(?!\d|\s*[AaPp])")
        timed.loc[some] = tail.str.match(r"[T ]\d") & ~midnight
        zoned.loc[some] = tail.str.contains(r"(?:Z|UTC|GMT|[+-]\d\d(?::?\d\d)?)$")
    timed &= parsed
    zoned &= parsed
    return _Dates(out.dt.normalize(), far, timed, zoned)


def _to_datetime(text: pd.Series, fmt: str) -> tuple[np.ndarray, np.ndarray]:
    """Parse with one format: (dates, NaT where it does not fit or the year is out of range;
    whether a value is a real date with its year out of range)."""
    parsed = pd.to_datetime(text, format=fmt, errors="coerce")  # microseconds: years 1-9999
    years = parsed.dt.year
    in_range = (years >= MIN_YEAR) & (years <= MAX_YEAR)  # what datetime64[ns] can hold
    far = parsed.notna() & ~in_range
    return parsed.where(in_range).astype("datetime64[ns]").to_numpy(), far.to_numpy()


def _validate(
    chunk: _Chunk, plan: ColumnPlan, stats: Counter[str]
) -> tuple[pd.DataFrame, pd.Series, pd.Series]:
    """Return (typed frame, reject field, reject reason); empty strings mean accepted.

    ``stats`` counts the dates read that carry a time of day other than midnight
    (``timed``) or a UTC offset (``zoned``).
    """
    norm = chunk.norm
    field = pd.Series("", index=norm.index, dtype=object)
    reason = pd.Series("", index=norm.index, dtype=object)
    pending = pd.Series(True, index=norm.index)  # not rejected yet: field still ""

    def flag(
        mask: pd.Series, name: str, why: str | pd.Series | Callable[[pd.Series], pd.Series]
    ) -> None:
        """Reject the rows of ``mask`` not rejected yet; a callable ``why`` gets the text of
        those rows only, so that reasons are built for rejected rows alone."""
        todo = mask & pending
        if todo.any():
            pending.loc[todo] = False
            field.loc[todo] = name
            if isinstance(why, str):
                reason.loc[todo] = why
            elif callable(why):
                reason.loc[todo] = why(todo).to_numpy()
            else:
                reason.loc[todo] = why[todo]

    if chunk.geometry_error is not None:
        flag(chunk.geometry_error.ne(""), "geometry", chunk.geometry_error)
    if len(chunk.raw.columns):
        flag(_empty_rows(chunk.raw).set_axis(norm.index), "(all)", "empty row")
    typed = norm.copy(deep=False)  # columns are replaced, not written into
    if plan.derive_ids:
        typed["event_id"] = _content_ids(norm)
    else:
        ids = _strip(norm["event_id"].astype(str))
        if _has_non_ascii_digit(ids):
            ids = ids.str.translate(_DIGITS)
        typed["event_id"] = ids
        flag(ids.eq(""), "event_id", "missing event id")
    lat, lat_blank = _numbers(norm["latitude"], decimal_comma=True)
    lon, lon_blank = _numbers(norm["longitude"], decimal_comma=True)
    for values, blank, name, limit in (
        (lat, lat_blank, "latitude", 90.0),
        (lon, lon_blank, "longitude", 180.0),
    ):
        flag(blank, name, "missing coordinate")
        flag(values.isna(), name, _lazy(norm[name], _not_a_number))
        flag(~np.isfinite(values.fillna(0.0)), name, "not a finite number")
        flag(values.abs() > limit, name, f"out of range (|{name}| > {limit:g})")
    flag(
        lat.eq(0) & lon.eq(0),
        "latitude",
        "latitude and longitude both 0 (null island): a missing location, not a place",
    )
    swapped = ~in_bbox(lon, lat, SWAP_MARGIN_DEG) & in_bbox(lat, lon, SWAP_MARGIN_DEG)
    if "country" in norm.columns:
        country = norm["country"].astype(str).str.strip().str.casefold()
        swapped &= country.isin(["", "iraq", "irq", "nan"])
    flag(swapped, "latitude", "latitude/longitude swapped?")
    typed["latitude"], typed["longitude"] = lat, lon
    date_values = norm["date"]
    if _is_typed(date_values):  # a typed column: no text but for the reasons of rejected rows
        parsed, date_blank = _typed_dates(date_values), date_values.isna()

        def date_text(rows: pd.Series) -> pd.Series:
            return _column_text(date_values[rows]).astype(str).str.strip()

    else:
        text = _strip(date_values.astype(str))
        parsed, date_blank = _parse_dates(date_values), text.eq("")

        def date_text(rows: pd.Series) -> pd.Series:
            return text[rows]

    dates = parsed.dates
    if "date" in plan.fields:  # a table without dates has them unknown, not missing
        flag(date_blank, "date", "missing date")
    flag(
        parsed.out_of_range,
        "date",
        lambda rows: f"year out of range ({MIN_YEAR} to {MAX_YEAR}): " + date_text(rows),
    )
    flag(dates.isna() & ~date_blank, "date", lambda rows: "unparseable date: " + date_text(rows))
    typed["date"] = dates
    fatalities, fat_blank = _counts(norm["fatalities"])
    flag(
        ~fat_blank & fatalities.isna(),
        "fatalities",
        lambda rows: _not_a_number(norm["fatalities"][rows]),
    )
    flag(~np.isfinite(fatalities.fillna(0.0)), "fatalities", "not a finite number")
    flag(
        ~fat_blank & ((fatalities < 0) | (fatalities % 1 != 0)),
        "fatalities",
        "not a whole number >= 0",
    )
    flag(fatalities > MAX_FATALITIES, "fatalities", f"implausibly large (> {MAX_FATALITIES:,})")
    precision, prec_blank = _numbers(norm["geo_precision"])
    flag(~prec_blank & ~precision.isin([1, 2, 3]), "geo_precision", "not 1, 2 or 3")
    admin = _admin_precision(norm, precision, flag)
    for name in ("inter1", "inter2"):
        if name in norm.columns:
            unknown = norm[name].str.fullmatch(r"\d+") & ~norm[name].isin(ACLED_INTER.values())
            flag(
                unknown,
                name,
                _lazy(norm[name], lambda v: "unknown ACLED actor-type code " + v),
            )
    ok = pending
    stats["timed"] += int(parsed.timed.sum())
    stats["zoned"] += int(parsed.zoned.sum())
    typed["fatalities"] = fatalities.where(ok).round().astype("Int64")
    typed["geo_precision"] = precision.where(ok).round().astype("Int64")
    typed["admin_precision"] = admin.where(ok).round().astype("Int64")
    return typed, field, reason


def _empty_rows(raw: pd.DataFrame) -> pd.Series:
    """Rows with no value in any column (blank lines, ``,,,``); a column at a time, each on
    the rows still blank so far."""
    blank = np.ones(len(raw), dtype=bool)
    for name in raw.columns:
        rows = np.flatnonzero(blank)
        if not len(rows):
            break
        values = _strip(_text_of(raw[name].iloc[rows]).astype(str))
        blank[rows[values.ne("").to_numpy()]] = False
    return pd.Series(blank, index=raw.index)


def _admin_precision(
    norm: pd.DataFrame, geo_precision: pd.Series, flag: Callable[[pd.Series, str, str], None]
) -> pd.Series:
    """The finest admin level each location supports (see :class:`LoadResult`)."""
    if "admin_precision" in norm.columns:  # a table this package wrote
        given, blank = _numbers(norm["admin_precision"])
        flag(~blank & ~given.isin([0, 1, 2, 3]), "admin_precision", "not 0, 1, 2 or 3")
        return given
    if "where_prec" in norm.columns:
        where, blank = _numbers(norm["where_prec"])
        flag(~blank & ~where.isin(list(ADMIN_PRECISION_UCDP)), "where_prec", "not 1 to 7")
        return where.map(ADMIN_PRECISION_UCDP)
    return geo_precision.map(ADMIN_PRECISION_ACLED)


def _lazy(
    values: pd.Series, reasons: Callable[[pd.Series], pd.Series]
) -> Callable[[pd.Series], pd.Series]:
    """A reason maker for ``flag``: ``reasons`` of the rejected rows' ``values`` alone."""
    return lambda rows: reasons(values[rows])


def _not_a_number(values: pd.Series) -> pd.Series:
    text = values.astype(str).str.strip()
    nan_like = text.str.casefold().isin(["nan", "-nan", "+nan"])
    return pd.Series(
        np.where(nan_like, "not a finite number", "not a number: " + text), index=values.index
    )


def _content_ids(norm: pd.DataFrame) -> pd.Series:
    """``h-`` + 16 hex digits of a hash of the row's schema values as read (stable across
    runs and chunk sizes)."""
    basis = _frame_text(norm[[c for c in SCHEMA if c != "event_id"]]).astype(str)
    hashed = pd.util.hash_pandas_object(basis, index=False).to_numpy()
    return pd.Series(hashed, index=norm.index).map("h-{:016x}".format)


def _collect(path: Path, fmt: str, plan: ColumnPlan, chunks: Iterator[_Chunk]) -> LoadResult:
    import geopandas as gpd

    typed_parts: list[pd.DataFrame] = []  # each chunk's typed rows, all of them
    good_parts: list[np.ndarray] = []  # which of them passed validation
    rejected_parts: list[pd.DataFrame] = []
    row_parts: list[np.ndarray] = []
    geometries: list[np.ndarray] | None = []  # a vector file's geometries
    read = 0
    stats: Counter[str] = Counter()
    for chunk in chunks:
        read += len(chunk.norm)
        typed, field, reason = _validate(chunk, plan, stats)
        bad = field.ne("").to_numpy()
        typed_parts.append(typed)
        good_parts.append(~bad)
        row_parts.append(chunk.rows[~bad])
        geometry = None if chunk.geometry is None else np.asarray(chunk.geometry, dtype=object)
        if geometry is None or geometries is None:
            geometries = None
        else:
            geometries.append(geometry)
        if bad.any():
            raw = chunk.raw.loc[bad]
            if geometry is not None:
                raw = raw.assign(geometry=_wkt(geometry[bad]))
            rejected_parts.append(_rejects(raw, chunk.rows[bad], field[bad], reason[bad]))
        del chunk, typed  # the input (a slice holds the whole Arrow table) lives in typed_parts
    columns = list(typed_parts[0].columns) if typed_parts else [*SCHEMA, "admin_precision"]
    # the ids of the rows that passed, in order; the rows themselves are taken once, below
    ids = (
        pd.concat(
            [t["event_id"][good] for t, good in zip(typed_parts, good_parts, strict=True)],
            ignore_index=True,
        )
        if typed_parts
        else pd.Series([], dtype=object)
    )
    rows = np.concatenate(row_parts) if row_parts else np.array([], dtype=int)
    notes = list(plan.notes)
    renamed = False
    if plan.derive_ids:
        repeat = ids.groupby(ids, sort=False).cumcount().to_numpy()
        if (repeat > 0).any():
            renamed = True
            ids.loc[repeat > 0] += "-" + pd.Series(repeat + 1).astype(str)[repeat > 0].to_numpy()
            notes.append(
                f"{int((repeat > 0).sum())} row(s) repeat an earlier row exactly: kept, their "
                "ids suffixed -2, -3 ..."
            )
    dup = ids.duplicated(keep="first").to_numpy()
    keep = _chunk_masks(good_parts, ~dup)
    accepted = _take_rows(typed_parts, keep, ids[~dup] if renamed else None)
    geometry_parts = (
        None if geometries is None else [g[k] for g, k in zip(geometries, keep, strict=True)]
    )
    if dup.any():
        repeated = ids.isin(ids[dup].unique()).to_numpy()  # only these rows are grouped
        first = pd.Series(rows, index=ids.index)
        first[repeated] = first[repeated].groupby(ids[repeated]).transform("first")
        dups = _take_rows(typed_parts, _chunk_masks(good_parts, dup), ids[dup] if renamed else None)
        raw = dups.astype(str).drop(columns=[c for c in ("geometry",) if c in dups])
        rejected_parts.append(
            _rejects(
                raw,
                rows[dup],
                pd.Series("event_id", index=dups.index),
                "duplicate event id (first at row " + first[dup].astype(str) + ")",
            )
        )
    typed_parts.clear()  # the rows are copied out: let the input go before the points are built
    ordered = [*SCHEMA, "admin_precision", *(c for c in columns if c not in SCHEMA)]
    accepted = accepted.reindex(columns=list(dict.fromkeys(ordered)))
    accepted = accepted.drop(columns=[c for c in ("geometry",) if c in accepted])
    for name in TEXT_FIELDS:
        if accepted[name].hasnans or not _is_arrow_text(accepted[name]):  # else as it is
            accepted[name] = accepted[name].fillna("").astype(str)
    accepted["date"] = pd.to_datetime(accepted["date"]).astype("datetime64[ns]")
    accepted["latitude"] = accepted["latitude"].astype(float)
    accepted["longitude"] = accepted["longitude"].astype(float)
    for name in ("fatalities", "geo_precision", "admin_precision"):
        accepted[name] = accepted[name].astype("Int64")
    gdf = gpd.GeoDataFrame(
        accepted,
        geometry=_accepted_points(accepted, geometry_parts),
        crs="EPSG:4326",
        copy=False,  # the frame is built here and nothing else holds it: no second copy
    )
    rejected = (
        pd.concat(rejected_parts, ignore_index=True)
        .sort_values("row", kind="stable")
        .reset_index(drop=True)
        if rejected_parts
        else pd.DataFrame(columns=list(REJECT_COLUMNS))
    )
    rejected["row"] = rejected["row"].astype(int)
    outside = ~in_bbox(gdf["longitude"], gdf["latitude"], REGION_MARGIN_DEG)
    notes += _data_notes(gdf, outside, stats)
    notes.append(plan.describe())
    result = LoadResult(gdf, rejected, read, path, fmt, notes, plan, int(outside.sum()))
    if len(gdf) + len(rejected) != read:  # an internal invariant, not an input problem
        raise AssertionError(f"{path}: accepted + rejected != read ({result.summary()})")
    return result


def _chunk_masks(good_parts: list[np.ndarray], keep: np.ndarray) -> list[np.ndarray]:
    """For each chunk, its rows that passed validation (``good_parts``) and are kept
    (``keep``: one value for each row that passed, in order)."""
    masks, offset = [], 0
    for good in good_parts:
        passed = np.flatnonzero(good)
        mask = np.zeros(len(good), dtype=bool)
        mask[passed[keep[offset : offset + len(passed)]]] = True
        offset += len(passed)
        masks.append(mask)
    return masks


def _take_rows(
    parts: list[pd.DataFrame], masks: list[np.ndarray], ids: pd.Series | None
) -> pd.DataFrame:
    """The rows of ``masks`` from each chunk's typed frame, in one frame (one copy); ``ids``
    (one per row taken) replace their ``event_id`` when given.

    A column that is Arrow text in every chunk is filtered by Arrow into one chunked array
    (no copy to join the chunks); the others are joined by pandas, as a frame would be."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not parts:
        return _empty_accepted()
    names = parts[0].columns
    if not len(names) or not names.is_unique or any(not p.columns.equals(names) for p in parts):
        taken = pd.concat([p.loc[m] for p, m in zip(parts, masks, strict=True)], ignore_index=True)
    else:
        columns: dict[Any, pd.Series] = {}
        for name in parts[0].columns:
            values = [p[name] for p in parts]
            if all(_is_arrow_text(v) for v in values):
                arrays = [pa.chunked_array(pa.array(v)) for v in values]
                chunks = [
                    c
                    for a, m in zip(arrays, masks, strict=True)
                    for c in (a if m.all() else pc.filter(a, pa.array(m))).chunks
                ]
                text = pa.chunked_array(chunks, type=arrays[0].type)
                columns[name] = pd.Series(pd.array(text, dtype=_TEXT), copy=False)
            else:
                kept = [v if m.all() else v[m] for v, m in zip(values, masks, strict=True)]
                columns[name] = pd.concat(kept, ignore_index=True)
        taken = pd.DataFrame(columns, copy=False)
    if ids is not None:
        taken["event_id"] = ids.reset_index(drop=True)
    return taken


def _accepted_points(
    accepted: pd.DataFrame, geometry_parts: list[np.ndarray] | None
) -> gpd.array.GeometryArray:
    """The points of the accepted rows: a vector file's own geometries when every one is a
    two-dimensional point (they are the points of their coordinates), else points built from
    ``longitude``/``latitude``."""
    import geopandas as gpd
    import shapely

    if geometry_parts:
        geometry = np.concatenate(geometry_parts)
        if (
            len(geometry) == len(accepted)
            and (shapely.get_type_id(geometry) == 0).all()
            and (shapely.get_coordinate_dimension(geometry) == 2).all()
        ):
            return gpd.array.from_shapely(geometry)
    with _collector_paused():  # a point object per row
        return gpd.points_from_xy(accepted["longitude"], accepted["latitude"])


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a geometry object is made for each row.

    Each is a tracked object, so the collector would run over and over, walking the growing
    heap each time (about three quarters of the time of building 1M points or reading 1M
    WKB geometries); none can be part of a reference cycle. The collector's state is
    restored after, also on an error."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _data_notes(gdf: pd.DataFrame, outside: pd.Series, stats: Counter[str]) -> list[str]:
    """What the reader should know of the values: times and UTC offsets in dates, events
    outside Iraq's region, events dated after today."""
    notes = []
    if stats["zoned"]:
        notes.append(
            f"{stats['zoned']:,} date(s) carry a UTC offset (Z, +03:00 ...): each keeps the "
            "calendar date written, in its own zone; none is converted to UTC"
        )
    if stats["timed"]:
        notes.append(
            f"{stats['timed']:,} date(s) carry a time of day: the date is kept, the time dropped"
        )
    if outside.any():
        minx, miny, maxx, maxy = iraq_bbox(REGION_MARGIN_DEG)
        notes.append(
            f"{int(outside.sum()):,} accepted event(s) lie outside Iraq's region (lon {minx:g} "
            f"to {maxx:g}, lat {miny:g} to {maxy:g}: Iraq's bounding box and "
            f"{REGION_MARGIN_DEG:g} degree, about 110 km, around it), kept: check their "
            f"coordinates ({_some_ids(gdf.loc[outside.to_numpy(), 'event_id'])})"
        )
    future = gdf["date"] > pd.Timestamp.now(tz="UTC").tz_localize(None).normalize()
    if future.any():
        notes.append(
            f"{int(future.sum()):,} accepted event(s) dated after today, kept: a typo in the "
            f"year? ({_some_ids(gdf.loc[future.to_numpy(), 'event_id'])})"
        )
    return notes


def _some_ids(ids: pd.Series, limit: int = 5) -> str:
    """``ids A, B, C and 4 more`` for notes."""
    shown = ", ".join(str(i)[:40] for i in ids.iloc[:limit])
    more = f" and {len(ids) - limit:,} more" if len(ids) > limit else ""
    return f"event_id {shown}{more}"


def _rejects(
    raw: pd.DataFrame, rows: np.ndarray, field: pd.Series, reason: pd.Series
) -> pd.DataFrame:
    out = pd.DataFrame({"row": rows, "field": field.to_numpy(), "reason": reason.to_numpy()})
    values = _frame_text(raw.reset_index(drop=True)).astype(str)
    values.columns = [c if c not in REJECT_COLUMNS else f"raw_{c}" for c in values.columns]
    return pd.concat([out, values], axis=1)


def _empty_accepted() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in (*SCHEMA, "admin_precision")})


def write_rejects(result: LoadResult, target: str | os.PathLike[str], *, raw: bool = False) -> Path:
    """Write ``result.rejected`` to a UTF-8 CSV atomically and return its path.

    The raw values of a rejected row are text, so any that a spreadsheet would run as a
    formula (``=``, ``+``, ``-``, ``@``, tab, carriage return first, a ``"-3"`` included) are
    written with a leading ``'`` (:func:`geo_disputed.files.csv_safe_frame`); ``row`` stays a
    number. ``raw=True`` writes the values as read.
    """
    return write_csv(result.rejected, target, raw=raw)


#: What :func:`write_incidents` writes, by file extension.
OUTPUT_FORMATS = {
    ".csv": "CSV (latitude/longitude in EPSG:4326, no geometry column)",
    ".geojson": "GeoJSON, EPSG:4326",
    ".gpkg": "GeoPackage, layer incidents, EPSG:4326",
    ".parquet": "GeoParquet, EPSG:4326",
}


def write_incidents(
    events: gpd.GeoDataFrame, target: str | os.PathLike[str], *, raw: bool = False
) -> Path:
    """Write incidents atomically in EPSG:4326; the format follows the extension
    (:data:`OUTPUT_FORMATS`). Return the path.

    In a ``.csv``, text cells that a spreadsheet would run as a formula get a leading ``'``
    (:func:`geo_disputed.files.write_csv`): numeric columns (coordinates, fatalities,
    distances) are unchanged; ``raw=True`` writes text as it is. The other formats store
    every value as it is.
    """
    out = Path(target)
    suffix = out.suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise GeoDisputedError(f"{out}: use a .csv, .geojson, .gpkg or .parquet file name")
    frame = events.to_crs(GEOGRAPHIC)
    if suffix == ".csv":
        table = frame.drop(columns=frame.geometry.name)
        table["date"] = table["date"].dt.strftime("%Y-%m-%d")
        return write_csv(table, out, raw=raw)
    with atomic_path(out) as tmp:
        if suffix == ".geojson":
            frame.to_file(tmp, driver="GeoJSON", layer_options={"RFC7946": "YES"})
        elif suffix == ".gpkg":
            frame.to_file(tmp, driver="GPKG", layer="incidents")
        else:
            frame.to_parquet(tmp)
    return out
