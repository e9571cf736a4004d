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
import io
import json
import os
import re
import sys
import warnings
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geo_disputed.crs import GEOGRAPHIC, in_bbox
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.files import atomic_path
from geo_disputed.incidents.formats import (
    ACLED_INTER,
    ADMIN_PRECISION_ACLED,
    ADMIN_PRECISION_UCDP,
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

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789. ")
# patterns as strings, so that pandas runs them vectorised on Arrow-backed strings
_NON_ASCII_DIGIT_RE = "[\u0660-\u066c\u06f0-\u06f9]"
_ISO_DATE_RE = r"^\s*(\d{4}-\d{1,2}-\d{1,2})(?:[T ].*|Z|[+-]\d\d:?\d\d)?$"
_NUMERIC_DATE_RE = r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$"
#: Written-out and day-first dates, as ACLED, UCDP and spreadsheets write them.
_DATE_FORMATS = (
    "%d %B %Y", "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%d-%B-%Y", "%d-%B-%y", "%d %b %y",
    "%B %d, %Y", "%b %d, %Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y", "%Y/%m/%d",
)  # fmt: skip
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
        table of its kind lacks, rows skipped as HXL, ids derived.
    plan : ColumnPlan or None
        Which source column feeds which schema field.
    """

    accepted: gpd.GeoDataFrame
    rejected: pd.DataFrame
    read: int
    path: Path
    format: str
    notes: list[str] = field(default_factory=list)
    plan: ColumnPlan | None = None

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
        records or GeoJSON), ``.jsonl``, ``.geojson``, ``.gpkg``, ``.parquet``.
    format
        One of :data:`FORMATS`. ``"auto"`` decides the container from the extension and the
        kind of table from its columns; ``"acled"``/``"ucdp"`` insist on that kind (an error
        if the header is not one); ``"csv"`` reads a delimited file as a plain table.
    lat_col, lon_col
        Coordinate columns of a plain table (default: the first of ``latitude/lat/y`` and
        ``longitude/lon/lng/long/x`` present).
    chunksize
        Rows per chunk when streaming CSV files.
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
        If the file is missing or unreadable, a table of a known kind lacks a column it
        cannot be read without, or no coordinate column is found; the message names the
        file, and the row and field where it can.

    Notes
    -----
    Rows are rejected for: missing, non-numeric, non-finite or out-of-range coordinates;
    coordinates that fall in Iraq only when latitude and longitude are swapped (for rows
    whose ``country`` is Iraq or unknown); a missing or unparseable date (``31/02/2024``);
    a missing or duplicate event id; fatalities or precision that are not numbers in range;
    unknown ACLED ``inter`` codes; rows with no value at all (reason ``"empty row"``).
    Missing fatalities (an empty cell, ``unknown``, ``n/a``) stay unknown. Dates may be ISO
    (a time or zone is ignored), ``05 January 2022``, ``05-Jan-22`` or numeric day-first
    (``05/01/2022``; month-first only when the values show it, e.g. ``01/25/2022``).
    Arabic-Indic digits are converted; decimal commas are read in coordinates. A table
    without an id column gets ids derived from each row's content (``h-`` and 16 hex
    digits; a repeat of an identical row gets ``-2``, ``-3`` ...).
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {format!r}")
    path = check_file(path)
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
    """Return ``path`` as a Path; raise :class:`DataError` if it is missing or a directory."""
    path = Path(path)
    if not path.exists():
        raise DataError(path, "file not found")
    if path.is_dir():
        raise DataError(path, "is a directory, not a file")
    return path


# --- reading ---------------------------------------------------------------------------------


@dataclass
class _Table:
    """A whole table as text (raw values) with its 1-based row numbers."""

    raw: pd.DataFrame
    rows: np.ndarray
    notes: list[str] = field(default_factory=list)


@dataclass
class _VectorTable(_Table):
    """A table read from a vector file: coordinates come from its point geometries."""

    geometry_error: pd.Series | None = None


@dataclass
class _Chunk:
    """A piece of input: normalised text columns, raw values, and 1-based row numbers."""

    norm: pd.DataFrame
    raw: pd.DataFrame
    rows: np.ndarray
    geometry_error: pd.Series | None = None


def _container(path: Path, format: str) -> str:
    if format in ("csv", "xlsx", "json", "geojson", "gpkg", "parquet"):
        return format
    suffix = path.suffix.lower()
    return _VECTOR_SUFFIXES.get(suffix) or _TABLE_SUFFIXES.get(suffix) or "csv"


def _plan(path: Path, table: _Table, kind: str, **coords: str | None) -> ColumnPlan:
    plan = plan_columns(path, list(table.raw.columns), kind, **coords)
    plan.notes[1:1] = table.notes
    return plan


def _chunk(table: _Table, plan: ColumnPlan) -> _Chunk:
    error = table.geometry_error if isinstance(table, _VectorTable) else None
    return _Chunk(_normalise(table.raw, plan), table.raw, table.rows, error)


@contextlib.contextmanager
def _open(path: Path) -> Iterator[tuple[IO[bytes], int, str]]:
    """Open a delimited file, or the one delimited file inside a ``.zip``: (file, size, name)."""
    if path.suffix.lower() != ".zip":
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
    """Return the delimiter and the fields of the first two lines."""
    with _open(path) as (fh, _, _):
        head = fh.read(65536)
    if b"\x00" in head:
        raise DataError(path, "binary data (NUL bytes), not a text table")
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a multi-byte character cut at the 64 KiB edge
            raise DataError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        text = head[: exc.start].decode("utf-8-sig")
    lines = text.splitlines()
    first = lines[0] if text.strip() else ""
    if text.strip() and not first.strip():  # else the data below would read as zero rows
        raise DataError(path, "blank first line: the header must be on line 1", row=1)
    delimiter = max(_DELIMITERS, key=first.count)
    rows = list(csv.reader(lines[:2], delimiter=delimiter)) if first else []
    fields = [f.strip() for f in rows[0]] if rows else []
    second = [f.strip() for f in rows[1]] if len(rows) > 1 else []
    return delimiter, fields, second


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
    header = [f.lower() for f in fields] if has_header else list(UCDP_COLUMNS)
    plan = plan_columns(path, header, kind if has_header else "ucdp", **coords)
    hxl = has_header and _is_hxl(second)
    if not has_header:
        plan.notes.insert(1, f"no header row: read as the {len(UCDP_COLUMNS)} UCDP GED columns")
    if hxl:
        plan.notes.insert(1, "row 2 is an HXL hashtag row (HDX export): skipped, not an event")
    chunks = _csv_chunks(path, delimiter, has_header, hxl, chunksize, progress, plan)
    return plan, chunks


def _csv_chunks(
    path: Path,
    delimiter: str,
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
        try:
            reader = pd.read_csv(
                fh,
                sep=delimiter,
                header=0 if has_header else None,
                names=None if has_header else list(UCDP_COLUMNS),
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
                df.columns = [str(c).strip().lower() for c in df.columns]
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


def _position(fh: IO[bytes]) -> int:
    try:
        return fh.tell()
    except (OSError, io.UnsupportedOperation):
        return 0


def _first_long_record(path: Path, delimiter: str, has_header: bool) -> int | None:
    """Return the 1-based record number of the first row with more fields than the first."""
    with _open(path) as (fh, _, _):
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


def _as_text(df: pd.DataFrame) -> pd.DataFrame:
    """Typed cells as the text a CSV would hold: whole floats without ``.0``, dates in ISO,
    missing values empty, nested values as JSON."""
    out = pd.DataFrame(index=df.index)
    for col in df.columns:
        values = df[col]
        missing = values.isna().to_numpy()
        if pd.api.types.is_datetime64_any_dtype(values):
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
        out[str(col).strip().lower()] = text.where(~missing, "").astype(object)
    return out


def _cell_text(value: Any) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d %H:%M:%S").removesuffix(" 00:00:00")
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
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
        document: Any = json.loads(text) if text.strip() else []
    except json.JSONDecodeError as exc:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        try:
            document = [json.loads(ln) for ln in lines]
        except json.JSONDecodeError:
            raise DataError(path, f"not JSON: {exc.msg}", row=exc.lineno) from None
    where = "a list of records"
    if isinstance(document, dict):
        if document.get("type") in ("FeatureCollection", "Feature"):
            return _read_vector(path, "geojson", None)
        if document.get("success") is False or "error" in document:
            raise DataError(path, f"an API error answer, not data: {json.dumps(document)[:300]}")
        key = next((k for k in ("data", "Result", "result", "records") if k in document), None)
        if key is None or not isinstance(document[key], list):
            raise DataError(path, f"no list of records (keys: {show([str(k) for k in document])})")
        where = f"the {key!r} list ({'ACLED API' if key == 'data' else 'UCDP API'} answer)"
        document = document[key]
    if not isinstance(document, list) or not all(isinstance(r, dict) for r in document):
        raise DataError(path, "not a list of records (objects)")
    frame = pd.DataFrame.from_records(document) if document else pd.DataFrame()
    frame = (
        frame.astype(object)
        if len(frame.columns)
        else pd.DataFrame(columns=["latitude", "longitude"])
    )
    table = _Table(_as_text(frame), np.arange(len(frame)) + 1, [f"records read from {where}"])
    return table


def _read_vector(path: Path, fmt: str, layer: str | None) -> _Table:
    import geopandas as gpd
    import pyogrio
    import shapely

    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            meta = pq.read_schema(path).metadata or {}
            if b"geo" not in meta:  # a plain table stored as Parquet
                df = pd.read_parquet(path)
                return _hxl_skipped(_Table(_as_text(df), np.arange(len(df)) + 1))
            gdf = gpd.read_parquet(path)
        else:
            layers = [str(name) for name in pyogrio.list_layers(path)[:, 0]]
            if layer is None and len(layers) > 1:  # reading only the first would drop rows
                raise DataError(
                    path,
                    f"has {len(layers)} layers ({show(layers)}); choose one with layer= (--layer)",
                )
            if layer is not None and layer not in layers:
                raise DataError(path, f"no layer {layer!r} (found: {show(layers)})")
            # keep dates as text so that bad dates become rejects, not a read error
            options = {"DATE_AS_STRING": "YES"} if fmt == "geojson" else {}
            gdf = gpd.read_file(
                path, layer=layer, engine="pyogrio", datetime_as_string=True, **options
            )
    except DataError:
        raise
    except Exception as exc:  # pyogrio/pyarrow raise many types for unreadable files
        raise DataError(path, f"cannot read as {fmt}: {_parser_message(exc)}") from None
    if not isinstance(gdf, gpd.GeoDataFrame):  # pyogrio gives a DataFrame for a plain table
        raise DataError(path, f"no geometry column: not a {fmt} layer of points")
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326") and len(gdf):
        gdf = gdf.to_crs(4326)
    geom = gdf.geometry.values
    points = (shapely.get_type_id(geom) == 0) & ~shapely.is_empty(geom)
    x = np.where(points, shapely.get_x(np.where(points, geom, None)), np.nan)
    y = np.where(points, shapely.get_y(np.where(points, geom, None)), np.nan)
    error = np.where(
        shapely.is_missing(geom) | shapely.is_empty(geom),
        "missing geometry",
        np.where(points, "", "geometry is not a point"),
    )
    raw = _as_text(pd.DataFrame(gdf.drop(columns=gdf.geometry.name)))
    raw = raw.drop(columns=[c for c in ("latitude", "longitude") if c in raw])
    raw["latitude"], raw["longitude"] = y, x
    raw["geometry"] = shapely.to_wkt(geom, rounding_precision=6)
    return _VectorTable(raw, np.arange(len(raw)) + 1, geometry_error=pd.Series(error, raw.index))


# --- normalising each source's columns ---------------------------------------------------------


def _col(df: pd.DataFrame, name: str | None) -> pd.Series:
    if name is not None and name in df.columns:
        values = df[name]
        if not pd.api.types.is_object_dtype(values) and not pd.api.types.is_string_dtype(values):
            return values  # coordinates from geometries stay numbers
        return values.astype(str).str.strip()
    return pd.Series("", index=df.index, dtype=object)


def _normalise(df: pd.DataFrame, plan: ColumnPlan) -> pd.DataFrame:
    """The schema's columns (as text) and the kept extras, from one chunk of a table."""
    norm = pd.DataFrame(index=df.index)
    for name in SCHEMA:
        norm[name] = _col(df, plan.fields.get(name))
    if plan.kind == "ucdp":
        violence = norm["event_type"]
        norm["event_type"] = violence.map(UCDP_VIOLENCE).fillna(violence)
        prec = norm["geo_precision"].str.translate(_DIGITS)
        mapped = prec.map(UCDP_WHERE_PREC).astype("Int64").astype(str)
        norm["geo_precision"] = mapped.where(prec.isin(list(UCDP_WHERE_PREC)), prec)
    for source, out in plan.extras.items():
        norm[out] = _col(df, source)
    for name in ("inter1", "inter2"):
        if name in norm.columns:
            codes = norm[name].str.translate(_DIGITS)
            norm[name] = codes.map(ACLED_INTER).fillna(codes)
    return norm


# --- validation ----------------------------------------------------------------------------------


def _numbers(values: pd.Series, *, decimal_comma: bool = False) -> tuple[pd.Series, pd.Series]:
    """Parse numbers (after converting Arabic-Indic digits); return (values, blank mask)."""
    if pd.api.types.is_numeric_dtype(values):
        parsed = values.astype(float)
        return parsed, parsed.isna()
    text = values.astype(str).str.strip()
    if text.str.contains(_NON_ASCII_DIGIT_RE).any():
        text = text.str.translate(_DIGITS).str.replace(" ", "", regex=False)
    if decimal_comma:
        comma = text.str.fullmatch(r"[+-]?\d+,\d+")
        text = text.where(~comma, text.str.replace(",", ".", regex=False))
    blank = text.eq("") | values.isna()
    return pd.to_numeric(text, errors="coerce"), blank


def _counts(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse a count column: thousands separators read, ``unknown``/``n/a`` blank."""
    text = values.astype(str).str.strip()
    unknown = text.str.casefold().isin(_UNKNOWN_COUNTS)
    grouped = text.str.fullmatch(r"\d{1,3}(,\d{3})+")
    text = text.where(~grouped, text.str.replace(",", "", regex=False)).where(~unknown, "")
    return _numbers(text)


def parse_dates(values: pd.Series, dayfirst: bool | None = None) -> pd.Series:
    """Parse event dates; return datetime64 with NaT where no format matches.

    Accepted: ISO ``2024-05-16`` (a time or time zone after it is ignored: the date is the
    one written), ``16 May 2024``, ``16-May-24``, ``16-May-2024``, ``May 16, 2024``,
    day-first ``16/05/2024``, ``16-05-2024``, ``16.05.2024``, ``16/05/24`` and
    ``2024/05/16``. Impossible dates such as ``31/02/2024`` give NaT. Arabic-Indic digits are
    converted first.

    Parameters
    ----------
    values
        Dates as text.
    dayfirst
        Order of numeric dates such as ``05/01/2022``. ``None`` decides from the values:
        month-first only when some value can only be month-first (``01/25/2022``) and none
        only day-first; day-first otherwise.
    """
    text = values.astype(str).str.strip()
    if text.str.contains(_NON_ASCII_DIGIT_RE).any():
        text = text.str.translate(_DIGITS)
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    iso = text.str.extract(_ISO_DATE_RE, expand=False)
    is_iso = iso.notna()
    if is_iso.any():
        out[is_iso] = _to_datetime(iso[is_iso], "%Y-%m-%d")
    if dayfirst is None:
        parts = text[~is_iso].str.extract(_NUMERIC_DATE_RE)
        first, second = (pd.to_numeric(parts[i], errors="coerce") for i in (0, 1))
        dayfirst = not ((second > 12).any() and not (first > 12).any())
    for fmt in _DATE_FORMATS:
        todo = out.isna() & text.ne("") & ~is_iso
        if not todo.any():
            break
        out[todo] = _to_datetime(text[todo], fmt if dayfirst else _MONTH_FIRST.get(fmt, fmt))
    return out.dt.normalize()


def _to_datetime(text: pd.Series, fmt: str) -> np.ndarray:
    """Parse with one format; NaT where it does not fit or the year is out of range."""
    parsed = pd.to_datetime(text, format=fmt, errors="coerce")
    years = parsed.dt.year
    in_range = (years >= 1678) & (years <= 2261)  # what datetime64[ns] can hold
    return parsed.where(in_range).astype("datetime64[ns]").to_numpy()


def _validate(chunk: _Chunk, plan: ColumnPlan) -> tuple[pd.DataFrame, pd.Series, pd.Series]:
    """Return (typed frame, reject field, reject reason); empty strings mean accepted."""
    norm = chunk.norm
    field = pd.Series("", index=norm.index, dtype=object)
    reason = pd.Series("", index=norm.index, dtype=object)

    def flag(mask: pd.Series, name: str, why: str | pd.Series) -> None:
        todo = mask & field.eq("")
        if todo.any():
            field[todo] = name
            reason[todo] = why if isinstance(why, str) else why[todo]

    if chunk.geometry_error is not None:
        flag(chunk.geometry_error.ne(""), "geometry", chunk.geometry_error)
    if len(chunk.raw.columns):
        flag(_empty_rows(chunk.raw).set_axis(norm.index), "(all)", "empty row")
    typed = norm.copy()
    if plan.derive_ids:
        typed["event_id"] = _content_ids(norm)
    else:
        ids = norm["event_id"].astype(str).str.strip()
        if ids.str.contains(_NON_ASCII_DIGIT_RE).any():
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
        flag(values.isna(), name, _not_a_number(norm[name]))
        flag(~np.isfinite(values.fillna(0.0)), name, "not a finite number")
        flag(values.abs() > limit, name, f"out of range (|{name}| > {limit:g})")
    swapped = ~in_bbox(lon, lat, SWAP_MARGIN_DEG) & in_bbox(lat, lon, SWAP_MARGIN_DEG)
    if "country" in norm.columns:
        country = norm["country"].astype(str).str.strip().str.casefold()
        swapped &= country.isin(["", "iraq", "irq", "nan"])
    flag(swapped, "latitude", "latitude/longitude swapped?")
    typed["latitude"], typed["longitude"] = lat, lon
    date_text = norm["date"].astype(str).str.strip()
    dates = parse_dates(norm["date"])
    if "date" in plan.fields:  # a table without dates has them unknown, not missing
        flag(date_text.eq(""), "date", "missing date")
    flag(dates.isna() & date_text.ne(""), "date", "unparseable date: " + date_text)
    typed["date"] = dates
    fatalities, fat_blank = _counts(norm["fatalities"])
    flag(~fat_blank & fatalities.isna(), "fatalities", _not_a_number(norm["fatalities"]))
    flag(
        ~fat_blank
        & ((fatalities < 0) | (fatalities % 1 != 0) | ~np.isfinite(fatalities.fillna(0.0))),
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
            flag(unknown, name, "unknown ACLED actor-type code " + norm[name])
    ok = field.eq("")
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
        values = raw[name].iloc[rows].astype(str).str.strip()
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


def _not_a_number(values: pd.Series) -> pd.Series:
    text = values.astype(str).str.strip()
    nan_like = text.str.casefold().isin(["nan", "-nan", "+nan"])
    return pd.Series(
        np.where(nan_like, "not a finite number", "not a number: " + text), index=values.index
    )


def _content_ids(norm: pd.DataFrame) -> pd.Series:
    """``h-`` + 16 hex digits of a hash of the row's schema values as read (stable across
    runs and chunk sizes)."""
    basis = norm[[c for c in SCHEMA if c != "event_id"]].astype(str)
    hashed = pd.util.hash_pandas_object(basis, index=False).to_numpy()
    return pd.Series(hashed, index=norm.index).map("h-{:016x}".format)


def _collect(path: Path, fmt: str, plan: ColumnPlan, chunks: Iterator[_Chunk]) -> LoadResult:
    import geopandas as gpd

    accepted_parts: list[pd.DataFrame] = []
    rejected_parts: list[pd.DataFrame] = []
    row_parts: list[np.ndarray] = []
    read = 0
    for chunk in chunks:
        read += len(chunk.norm)
        typed, field, reason = _validate(chunk, plan)
        bad = field.ne("").to_numpy()
        accepted_parts.append(typed.loc[~bad])
        row_parts.append(chunk.rows[~bad])
        if bad.any():
            rejected_parts.append(
                _rejects(chunk.raw.loc[bad], chunk.rows[bad], field[bad], reason[bad])
            )
    columns = list(accepted_parts[0].columns) if accepted_parts else [*SCHEMA, "admin_precision"]
    accepted = pd.concat(accepted_parts, ignore_index=True) if accepted_parts else _empty_accepted()
    rows = np.concatenate(row_parts) if row_parts else np.array([], dtype=int)
    notes = list(plan.notes)
    if plan.derive_ids:
        repeat = accepted.groupby("event_id", sort=False).cumcount().to_numpy()
        if (repeat > 0).any():
            accepted.loc[repeat > 0, "event_id"] += (
                "-" + pd.Series(repeat + 1).astype(str)[repeat > 0].to_numpy()
            )
            notes.append(
                f"{int((repeat > 0).sum())} row(s) repeat an earlier row exactly: kept, their "
                "ids suffixed -2, -3 ..."
            )
    dup = accepted["event_id"].duplicated(keep="first").to_numpy()
    if dup.any():
        first = (
            pd.Series(rows, index=accepted.index).groupby(accepted["event_id"]).transform("first")
        )
        dups = accepted.loc[dup]
        raw = dups.astype(str).drop(columns=[c for c in ("geometry",) if c in dups])
        rejected_parts.append(
            _rejects(
                raw,
                rows[dup],
                pd.Series("event_id", index=dups.index),
                "duplicate event id (first at row " + first[dup].astype(str) + ")",
            )
        )
        accepted = accepted.loc[~dup].reset_index(drop=True)
    ordered = [*SCHEMA, "admin_precision", *(c for c in columns if c not in SCHEMA)]
    accepted = accepted.reindex(columns=list(dict.fromkeys(ordered)))
    accepted = accepted.drop(columns=[c for c in ("geometry",) if c in accepted])
    for name in TEXT_FIELDS:
        accepted[name] = accepted[name].fillna("").astype(str)
    accepted["date"] = pd.to_datetime(accepted["date"]).astype("datetime64[ns]")
    accepted["latitude"] = accepted["latitude"].astype(float)
    accepted["longitude"] = accepted["longitude"].astype(float)
    for name in ("fatalities", "geo_precision", "admin_precision"):
        accepted[name] = accepted[name].astype("Int64")
    gdf = gpd.GeoDataFrame(
        accepted,
        geometry=gpd.points_from_xy(accepted["longitude"], accepted["latitude"]),
        crs="EPSG:4326",
    )
    rejected = (
        pd.concat(rejected_parts, ignore_index=True)
        .sort_values("row", kind="stable")
        .reset_index(drop=True)
        if rejected_parts
        else pd.DataFrame(columns=list(REJECT_COLUMNS))
    )
    rejected["row"] = rejected["row"].astype(int)
    notes.append(plan.describe())
    result = LoadResult(gdf, rejected, read, path, fmt, notes, plan)
    if len(gdf) + len(rejected) != read:  # an internal invariant, not an input problem
        raise AssertionError(f"{path}: accepted + rejected != read ({result.summary()})")
    return result


def _rejects(
    raw: pd.DataFrame, rows: np.ndarray, field: pd.Series, reason: pd.Series
) -> pd.DataFrame:
    out = pd.DataFrame({"row": rows, "field": field.to_numpy(), "reason": reason.to_numpy()})
    values = raw.reset_index(drop=True).astype(str)
    values.columns = [c if c not in REJECT_COLUMNS else f"raw_{c}" for c in values.columns]
    return pd.concat([out, values], axis=1)


def _empty_accepted() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in (*SCHEMA, "admin_precision")})


def write_rejects(result: LoadResult, target: str | os.PathLike[str]) -> Path:
    """Write ``result.rejected`` to a UTF-8 CSV atomically and return its path."""
    with atomic_path(target) as tmp:
        result.rejected.to_csv(tmp, index=False, encoding="utf-8")
    return Path(target)


#: What :func:`write_incidents` writes, by file extension.
OUTPUT_FORMATS = {
    ".csv": "CSV (latitude/longitude in EPSG:4326, no geometry column)",
    ".geojson": "GeoJSON, EPSG:4326",
    ".gpkg": "GeoPackage, layer incidents, EPSG:4326",
    ".parquet": "GeoParquet, EPSG:4326",
}


def write_incidents(events: gpd.GeoDataFrame, target: str | os.PathLike[str]) -> Path:
    """Write incidents atomically in EPSG:4326; the format follows the extension
    (:data:`OUTPUT_FORMATS`). Return the path."""
    out = Path(target)
    suffix = out.suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise GeoDisputedError(f"{out}: use a .csv, .geojson, .gpkg or .parquet file name")
    frame = events.to_crs(GEOGRAPHIC)
    with atomic_path(out) as tmp:
        if suffix == ".csv":
            table = frame.drop(columns=frame.geometry.name)
            table["date"] = table["date"].dt.strftime("%Y-%m-%d")
            table.to_csv(tmp, index=False, encoding="utf-8")
        elif suffix == ".geojson":
            frame.to_file(tmp, driver="GeoJSON", layer_options={"RFC7946": "YES"})
        elif suffix == ".gpkg":
            frame.to_file(tmp, driver="GPKG", layer="incidents")
        else:
            frame.to_parquet(tmp)
    return out
