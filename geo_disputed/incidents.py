"""Load conflict-event files into one incident schema, splitting accepted from rejected rows.

Readers cover ACLED exports (31 columns, UTF-8 with or without BOM, text or numeric ``inter``
codes), UCDP GED CSV (49 columns, with or without a header row), GeoJSON, GeoPackage,
GeoParquet and plain CSV with latitude/longitude columns. Every row read ends up either in
``accepted`` (a GeoDataFrame in EPSG:4326) or in ``rejected`` (with row number, field and
reason): nothing is dropped silently, ``len(accepted) + len(rejected) == read``.

Examples
--------
>>> from geo_disputed.incidents import load_incidents
>>> result = load_incidents("acled_iraq.csv")            # doctest: +SKIP
>>> print(result.summary())                              # doctest: +SKIP
read 1200, accepted 1187, rejected 13
>>> result.rejected[["row", "field", "reason"]].head()    # doctest: +SKIP
"""

from __future__ import annotations

import csv
import os
import re
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from geo_disputed.errors import DataError

if TYPE_CHECKING:
    import geopandas as gpd

#: Columns of every accepted incident table, in order (plus ``geometry``).
SCHEMA: tuple[str, ...] = (
    "event_id",
    "date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
    "source",
    "source_url",
)
TEXT_FIELDS = tuple(
    c for c in SCHEMA if c not in {"date", "latitude", "longitude", "geo_precision", "fatalities"}
)
FORMATS = ("auto", "acled", "ucdp", "csv", "geojson", "gpkg", "parquet")
REJECT_COLUMNS = ("row", "field", "reason")

#: The 31 columns of an ACLED export (acleddata.com export tool and API, 2023 onwards).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
#: ACLED's numeric actor-type codes (older exports) and their text labels (newer exports).
ACLED_INTER = {
    "0": "",
    "1": "State forces",
    "2": "Rebel group",
    "3": "Political militia",
    "4": "Identity militia",
    "5": "Rioters",
    "6": "Protesters",
    "7": "Civilians",
    "8": "External/Other forces",
}
#: The 49 columns of UCDP GED (versions 20.1 onwards), in file order; header-less releases
#: are read with these names.
UCDP_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id",
    "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip
UCDP_VIOLENCE = {"1": "State-based conflict", "2": "Non-state conflict", "3": "One-sided violence"}
#: UCDP ``where_prec`` (1-7) onto ACLED's ``geo_precision`` (1 exact place, 2 near a place or
#: small area, 3 a larger region such as a district or governorate).
UCDP_WHERE_PREC = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 3, "6": 3, "7": 3}

#: Iraq's bounding box (lon/lat, OCHA COD-AB 2019 admin 0) widened by 0.5 degree; used to
#: flag swapped coordinates without loading boundaries.
IRAQ_BBOX = (38.29, 28.57, 49.12, 37.88)

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789. ")
# patterns as strings, so that pandas runs them vectorised on Arrow-backed strings
_NON_ASCII_DIGIT_RE = "[\u0660-\u066c\u06f0-\u06f9]"
_ISO_DATE_RE = r"^\s*\d{4}-\d{2}-\d{2}"
_DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")
_DELIMITERS = (",", ";", "\t", "|")
_LAT_ALIASES = ("latitude", "lat", "y")
_LON_ALIASES = ("longitude", "lon", "lng", "long", "x")
_ALIASES = {"event_id": ("event_id", "id", "event_id_cnty"), "date": ("date", "event_date")}


@dataclass
class LoadResult:
    """What :func:`load_incidents` read.

    Attributes
    ----------
    accepted : geopandas.GeoDataFrame
        Valid incidents in the normalised schema (:data:`SCHEMA` plus ``geometry``, EPSG:4326);
        ``date`` is datetime64, ``latitude``/``longitude`` float, ``geo_precision`` and
        ``fatalities`` nullable integers. Extra columns of plain CSV/vector inputs are kept.
    rejected : pandas.DataFrame
        One row per rejected input row: ``row`` (1-based; in CSV files the header is row 1),
        ``field``, ``reason``, then the raw values of the input row as text.
    read : int
        Number of data rows read.
    path : pathlib.Path
        The file read.
    format : str
        The format detected or given (``acled``, ``ucdp``, ``csv``, ``geojson`` ...).
    """

    accepted: gpd.GeoDataFrame
    rejected: pd.DataFrame
    read: int
    path: Path
    format: str

    def summary(self) -> str:
        """Return ``"read N, accepted A, rejected R"``."""
        return f"read {self.read}, accepted {len(self.accepted)}, rejected {len(self.rejected)}"


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
        The file: ``.csv``/``.tsv``/``.txt`` (ACLED, UCDP GED or plain CSV, delimiter sniffed
        among ``, ; TAB |``), ``.geojson``/``.json``, ``.gpkg``, ``.parquet``/``.geoparquet``.
    format
        One of :data:`FORMATS`; ``"auto"`` decides from the extension and the header.
    lat_col, lon_col
        Names of the coordinate columns of a plain CSV or a non-geo Parquet file (default: the
        first of ``latitude/lat/y`` and ``longitude/lon/lng/long/x`` present).
    chunksize
        Rows per chunk when streaming CSV files.
    progress
        Show a tqdm progress bar; ``None`` shows it only when stderr is a terminal.
    layer
        Layer to read from a GeoPackage; required when the file holds more than one.

    Returns
    -------
    LoadResult
        ``accepted`` and ``rejected`` with ``len(accepted) + len(rejected) == read``.

    Raises
    ------
    DataError
        If the file is missing or unreadable, or required columns are absent; the message
        names the file, and the row and field where it can.

    Rows are rejected for: missing, non-numeric, non-finite or out-of-range coordinates;
    coordinates that fall in Iraq only when latitude and longitude are swapped (reason
    ``"latitude/longitude swapped?"``, checked for rows whose ``country`` is Iraq or unknown);
    a missing or unparseable date (``31/02/2024``); a missing or duplicate event id; fatalities
    or geo precision that are not numbers in range; unknown ACLED ``inter`` codes; rows with
    no value at all (blank lines, ``,,,``), reason ``"empty row"``.
    Arabic-Indic digits (``٠-٩``, ``۰-۹``) and the Arabic decimal separator are converted
    before numbers and dates are parsed.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {format!r}")
    path = check_file(path)
    fmt = _vector_format(path) if format == "auto" else format
    if fmt in ("geojson", "gpkg", "parquet"):
        frames = [_read_vector(path, fmt, lat_col, lon_col, layer)]
        chunks: Iterator[_Chunk] = iter(frames)
        detected = fmt
    else:
        detected, chunks = _read_csv(path, fmt, lat_col, lon_col, chunksize, progress)
    return _collect(path, detected, chunks)


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
class _Chunk:
    """A piece of input: normalised text/number columns, raw values, and 1-based row numbers."""

    norm: pd.DataFrame
    raw: pd.DataFrame
    rows: np.ndarray
    country: pd.Series | None = None
    geometry_error: pd.Series | None = None


def _vector_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        return "geojson"
    if suffix == ".gpkg":
        return "gpkg"
    if suffix in (".parquet", ".geoparquet"):
        return "parquet"
    return "auto"


def _sniff(path: Path) -> tuple[str, list[str]]:
    """Return the delimiter and the first line's fields."""
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError as exc:
        raise DataError(path, f"cannot read file ({exc.strerror})") from None
    if b"\x00" in head:
        raise DataError(path, "binary data (NUL bytes), not a text table")
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a multi-byte character cut at the 64 KiB edge
            raise DataError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
        text = head[: exc.start].decode("utf-8-sig")
    first = text.splitlines()[0] if text.strip() else ""
    if text.strip() and not first.strip():  # else the data below would read as zero rows
        raise DataError(path, "blank first line: the header must be on line 1", row=1)
    delimiter = max(_DELIMITERS, key=first.count)
    fields = next(csv.reader([first], delimiter=delimiter), []) if first else []
    return delimiter, [f.strip() for f in fields]


def _detect_csv(path: Path, fields: list[str], fmt: str) -> tuple[str, bool]:
    """Return (format, has_header) for a delimited text file."""
    names = {f.lower() for f in fields}
    if fmt in ("auto", "acled") and "event_id_cnty" in names:
        return "acled", True
    if fmt in ("auto", "ucdp") and {"relid", "where_prec", "date_start"} <= names:
        return "ucdp", True
    if fmt in ("auto", "ucdp") and len(fields) == len(UCDP_COLUMNS) and fields[0].strip().isdigit():
        return "ucdp", False
    if fmt == "auto":
        return "csv", True
    if fmt in ("acled", "ucdp"):
        raise DataError(
            path, f"header is not an {fmt.upper()} header (found: {_show(fields)})", row=1
        )
    return fmt, True


def _show(fields: list[str], limit: int = 8) -> str:
    shown = ", ".join(repr(f) for f in fields[:limit])
    return shown + (", ..." if len(fields) > limit else "") if fields else "nothing"


def _read_csv(
    path: Path,
    fmt: str,
    lat_col: str | None,
    lon_col: str | None,
    chunksize: int,
    progress: bool | None,
) -> tuple[str, Iterator[_Chunk]]:
    delimiter, fields = _sniff(path)
    if not fields:
        return (fmt if fmt != "auto" else "csv"), iter(())
    detected, has_header = _detect_csv(path, fields, fmt)
    header = [f.lower() for f in fields] if has_header else list(UCDP_COLUMNS)
    if detected == "acled":
        _require(path, header, ("event_id_cnty", "event_date", "latitude", "longitude"))
        normalise = _from_acled
    elif detected == "ucdp":
        _require(path, header, ("id", "date_start", "latitude", "longitude"))
        normalise = _from_ucdp
    else:
        lat, lon = _coord_columns(path, header, lat_col, lon_col)

        def normalise(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series | None]:
            return _from_plain(df, lat, lon)

    return detected, _csv_chunks(path, delimiter, has_header, chunksize, progress, normalise)


def _require(path: Path, header: list[str], needed: tuple[str, ...]) -> None:
    missing = [c for c in needed if c not in header]
    if missing:
        raise DataError(
            path, f"missing column(s) {', '.join(missing)} (found: {_show(header)})", row=1
        )


def _coord_columns(
    path: Path, header: list[str], lat_col: str | None, lon_col: str | None
) -> tuple[str, str]:
    cols = []
    for given, aliases, what in (
        (lat_col, _LAT_ALIASES, "latitude"),
        (lon_col, _LON_ALIASES, "longitude"),
    ):
        if given is not None:
            if given.lower() not in header:
                raise DataError(path, f"no {what} column {given!r} (found: {_show(header)})", row=1)
            cols.append(given.lower())
            continue
        found = next((a for a in aliases if a in header), None)
        if found is None:
            raise DataError(
                path,
                f"missing {what} column: none of {', '.join(aliases)} (found: {_show(header)}); "
                f"name it with lat_col=/lon_col=",
                row=1,
            )
        cols.append(found)
    return cols[0], cols[1]


def _csv_chunks(
    path: Path,
    delimiter: str,
    has_header: bool,
    chunksize: int,
    progress: bool | None,
    normalise,
) -> Iterator[_Chunk]:
    from tqdm.auto import tqdm

    show = sys.stderr.isatty() if progress is None else progress
    size = path.stat().st_size
    first_row = 2 if has_header else 1
    with (
        path.open("rb") as fh,
        tqdm(
            total=size, unit="B", unit_scale=True, disable=not show, desc=path.name, leave=False
        ) as bar,
    ):
        try:
            reader = pd.read_csv(
                fh,
                sep=delimiter,
                header=0 if has_header else None,
                names=None if has_header else list(UCDP_COLUMNS),
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
                norm, country = normalise(df)
                bar.update(fh.tell() - bar.n)
                yield _Chunk(norm, df, rows, country)
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


def _first_long_record(path: Path, delimiter: str, has_header: bool) -> int | None:
    """Return the 1-based record number of the first row with more fields than the first."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        records = csv.reader(fh, delimiter=delimiter)
        width = len(next(records, []))
        for number, record in enumerate(records, start=2):
            if len(record) > width and any(v.strip() for v in record[width:]):
                return number if has_header else number - 1
    return None


def _parser_message(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
    return text.replace("Error tokenizing data. C error: ", "")


def _read_vector(
    path: Path, fmt: str, lat_col: str | None, lon_col: str | None, layer: str | None
) -> _Chunk:
    import geopandas as gpd
    import pyogrio
    import shapely

    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            meta = pq.read_schema(path).metadata or {}
            if b"geo" in meta:
                gdf = gpd.read_parquet(path)
            else:
                df = pd.read_parquet(path)
                df.columns = [str(c).lower() for c in df.columns]
                lat, lon = _coord_columns(path, list(df.columns), lat_col, lon_col)
                raw = df.astype(str)
                norm, country = _from_plain(raw.where(df.notna(), ""), lat, lon)
                return _Chunk(norm, raw, np.arange(len(df)) + 1, country)
        else:
            layers = [str(name) for name in pyogrio.list_layers(path)[:, 0]]
            if layer is None and len(layers) > 1:  # reading only the first would drop rows
                raise DataError(
                    path,
                    f"has {len(layers)} layers ({_show(layers)}); choose one with layer= (--layer)",
                )
            if layer is not None and layer not in layers:
                raise DataError(path, f"no layer {layer!r} (found: {_show(layers)})")
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
    gdf.columns = [str(c).lower() if c != gdf.geometry.name else c for c in gdf.columns]
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326") and len(gdf):
        gdf = gdf.to_crs(4326)
    geom = gdf.geometry.values
    kinds = shapely.get_type_id(geom)
    points = (kinds == 0) & ~shapely.is_empty(geom)
    x = np.where(points, shapely.get_x(np.where(points, geom, None)), np.nan)
    y = np.where(points, shapely.get_y(np.where(points, geom, None)), np.nan)
    geometry_error = pd.Series(
        np.where(
            shapely.is_missing(geom) | shapely.is_empty(geom),
            "missing geometry",
            np.where(points, "", "geometry is not a point"),
        ),
        index=gdf.index,
    )
    df = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    for col in df.columns:
        if pd.api.types.is_datetime64_any_dtype(df[col]):
            df[col] = df[col].dt.strftime("%Y-%m-%d")
    raw = df.astype(str).where(df.notna(), "")
    raw["latitude"], raw["longitude"] = y, x
    norm, country = _from_plain(raw, "latitude", "longitude")
    raw["geometry"] = shapely.to_wkt(geom, rounding_precision=6)
    return _Chunk(norm, raw, np.arange(len(df)) + 1, country, geometry_error)


# --- normalising each source's columns ---------------------------------------------------------


def _col(df: pd.DataFrame, name: str) -> pd.Series:
    if name in df.columns:
        return df[name].astype(str).str.strip()
    return pd.Series("", index=df.index, dtype=object)


def _from_plain(df: pd.DataFrame, lat: str, lon: str) -> tuple[pd.DataFrame, pd.Series | None]:
    norm = pd.DataFrame(index=df.index)
    for name in SCHEMA:
        source = next((a for a in _ALIASES.get(name, (name,)) if a in df.columns), name)
        norm[name] = _col(df, source)
    norm["latitude"], norm["longitude"] = df[lat], df[lon]
    if not any(a in df.columns for a in _ALIASES["event_id"]):
        norm["event_id"] = None  # filled from row numbers
    if not any(a in df.columns for a in _ALIASES["date"]):
        norm["date"] = None  # no date column: dates stay empty, rows are not rejected
    used = {lat, lon, *SCHEMA, *(a for v in _ALIASES.values() for a in v)}
    for extra in df.columns:
        if extra not in used and extra != "geometry":
            norm[extra] = df[extra]
    country = df["country"] if "country" in df.columns else None
    return norm, country


def _from_acled(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series | None]:
    norm = pd.DataFrame(index=df.index)
    norm["event_id"] = _col(df, "event_id_cnty")
    norm["date"] = _col(df, "event_date")
    for name in (c for c in SCHEMA if c in ACLED_COLUMNS):  # the columns ACLED names alike
        norm[name] = _col(df, name)
    norm["source_url"] = ""
    norm["country"] = _col(df, "country")
    norm["admin3"] = _col(df, "admin3")
    for name in ("inter1", "inter2"):
        codes = _col(df, name).str.translate(_DIGITS)
        norm[name] = codes.map(ACLED_INTER).fillna(codes)
    return norm, norm["country"]


def _from_ucdp(df: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series | None]:
    norm = pd.DataFrame(index=df.index)
    norm["event_id"] = _col(df, "id")
    norm["date"] = _col(df, "date_start")
    violence = _col(df, "type_of_violence")
    norm["event_type"] = violence.map(UCDP_VIOLENCE).fillna(violence)
    norm["sub_event_type"] = ""
    norm["actor1"] = _col(df, "side_a")
    norm["actor2"] = _col(df, "side_b")
    norm["location"] = _col(df, "where_coordinates")
    norm["admin1"] = _col(df, "adm_1")
    norm["admin2"] = _col(df, "adm_2")
    norm["latitude"] = _col(df, "latitude")
    norm["longitude"] = _col(df, "longitude")
    prec = _col(df, "where_prec").str.translate(_DIGITS)
    norm["geo_precision"] = (
        prec.map(UCDP_WHERE_PREC)
        .astype("Int64")
        .astype(str)
        .where(prec.isin(list(UCDP_WHERE_PREC)), prec)
    )
    norm["fatalities"] = _col(df, "best")
    norm["notes"] = _col(df, "source_headline")
    norm["source"] = _col(df, "source_office")
    norm["source_url"] = ""
    norm["country"] = _col(df, "country")
    norm["where_prec"] = prec
    norm["date_end"] = _col(df, "date_end")
    norm["fatalities_low"] = _col(df, "low")
    norm["fatalities_high"] = _col(df, "high")
    return norm, norm["country"]


# --- validation ----------------------------------------------------------------------------------


def _numbers(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse numbers (after converting Arabic-Indic digits); return (values, blank mask)."""
    if pd.api.types.is_numeric_dtype(values):
        parsed = values.astype(float)
        return parsed, parsed.isna()
    text = values.astype(str).str.strip()
    if text.str.contains(_NON_ASCII_DIGIT_RE).any():
        text = text.str.translate(_DIGITS).str.replace(" ", "", regex=False)
    blank = text.eq("") | values.isna()
    return pd.to_numeric(text, errors="coerce"), blank


def parse_dates(values: pd.Series) -> pd.Series:
    """Parse event dates; return datetime64 with NaT where no format matches.

    Accepted: ISO ``2024-05-16`` (optionally with a time), ACLED ``16 May 2024``, day-first
    ``16/05/2024``, ``16-05-2024``, ``16.05.2024`` and ``2024/05/16``. Impossible dates such as
    ``31/02/2024`` give NaT. Arabic-Indic digits are converted first.
    """
    text = values.astype(str).str.strip()
    if text.str.contains(_NON_ASCII_DIGIT_RE).any():
        text = text.str.translate(_DIGITS)
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    iso = text.str.match(_ISO_DATE_RE)
    if iso.any():
        out[iso] = pd.to_datetime(text[iso], format="ISO8601", errors="coerce").to_numpy()
    for fmt in _DATE_FORMATS:
        todo = out.isna() & text.ne("") & ~iso
        if not todo.any():
            break
        out[todo] = pd.to_datetime(text[todo], format=fmt, errors="coerce").to_numpy()
    return out.dt.normalize()


def _validate(chunk: _Chunk) -> tuple[pd.DataFrame, pd.Series, pd.Series]:
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
        empty = chunk.raw.apply(lambda col: col.astype(str).str.strip().eq("")).all(axis=1)
        flag(empty.set_axis(norm.index), "(all)", "empty row")
    typed = norm.copy()
    if norm["event_id"].isna().all():
        typed["event_id"] = pd.Series(chunk.rows, index=norm.index).map("row{}".format)
    else:
        ids = norm["event_id"].astype(str).str.strip()
        if ids.str.contains(_NON_ASCII_DIGIT_RE).any():
            ids = ids.str.translate(_DIGITS)
        typed["event_id"] = ids
        flag(typed["event_id"].eq(""), "event_id", "missing event id")
    lat, lat_blank = _numbers(norm["latitude"])
    lon, lon_blank = _numbers(norm["longitude"])
    for values, blank, name, limit in (
        (lat, lat_blank, "latitude", 90.0),
        (lon, lon_blank, "longitude", 180.0),
    ):
        flag(blank, name, "missing coordinate")
        flag(values.isna(), name, _not_a_number(norm[name]))
        flag(~np.isfinite(values.fillna(0.0)), name, "not a finite number")
        flag(values.abs() > limit, name, f"out of range (|{name}| > {limit:g})")
    inside = _in_bbox(lon, lat)
    swapped = ~inside & _in_bbox(lat, lon)
    if chunk.country is not None:
        country = chunk.country.astype(str).str.strip().str.casefold()
        swapped &= country.isin(["", "iraq", "irq", "nan"])
    flag(swapped, "latitude", "latitude/longitude swapped?")
    typed["latitude"], typed["longitude"] = lat, lon
    if norm["date"].isna().all():
        typed["date"] = pd.Series(pd.NaT, index=norm.index, dtype="datetime64[ns]")
    else:
        dates = parse_dates(norm["date"])
        date_text = norm["date"].astype(str).str.strip()
        flag(date_text.eq(""), "date", "missing date")
        flag(dates.isna(), "date", "unparseable date: " + date_text)
        typed["date"] = dates
    fatalities, fat_blank = _numbers(norm["fatalities"])
    flag(~fat_blank & fatalities.isna(), "fatalities", _not_a_number(norm["fatalities"]))
    flag(
        ~fat_blank
        & ((fatalities < 0) | (fatalities % 1 != 0) | ~np.isfinite(fatalities.fillna(0.0))),
        "fatalities",
        "not a whole number >= 0",
    )
    precision, prec_blank = _numbers(norm["geo_precision"])
    flag(~prec_blank & ~precision.isin([1, 2, 3]), "geo_precision", "not 1, 2 or 3")
    for name in ("inter1", "inter2"):
        if name in norm.columns:
            unknown = norm[name].str.fullmatch(r"\d+") & ~norm[name].isin(ACLED_INTER.values())
            flag(unknown, name, "unknown ACLED actor-type code " + norm[name])
    ok = field.eq("")
    typed["fatalities"] = fatalities.where(ok).round().astype("Int64")
    typed["geo_precision"] = precision.where(ok).round().astype("Int64")
    return typed, field, reason


def _not_a_number(values: pd.Series) -> pd.Series:
    text = values.astype(str).str.strip()
    nan_like = text.str.casefold().isin(["nan", "-nan", "+nan"])
    return pd.Series(
        np.where(nan_like, "not a finite number", "not a number: " + text), index=values.index
    )


def _in_bbox(x: pd.Series, y: pd.Series) -> pd.Series:
    xmin, ymin, xmax, ymax = IRAQ_BBOX
    return (x >= xmin) & (x <= xmax) & (y >= ymin) & (y <= ymax)


def _collect(path: Path, fmt: str, chunks: Iterator[_Chunk]) -> LoadResult:
    import geopandas as gpd

    accepted_parts: list[pd.DataFrame] = []
    rejected_parts: list[pd.DataFrame] = []
    row_parts: list[np.ndarray] = []
    read = 0
    for chunk in chunks:
        read += len(chunk.norm)
        typed, field, reason = _validate(chunk)
        bad = field.ne("").to_numpy()
        accepted_parts.append(typed.loc[~bad])
        row_parts.append(chunk.rows[~bad])
        if bad.any():
            rejected_parts.append(
                _rejects(chunk.raw.loc[bad], chunk.rows[bad], field[bad], reason[bad])
            )
    columns = list(accepted_parts[0].columns) if accepted_parts else list(SCHEMA)
    accepted = pd.concat(accepted_parts, ignore_index=True) if accepted_parts else _empty_accepted()
    rows = np.concatenate(row_parts) if row_parts else np.array([], dtype=int)
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
    ordered = [*SCHEMA, *(c for c in columns if c not in SCHEMA)]
    accepted = accepted.reindex(columns=ordered)
    for name in TEXT_FIELDS:
        accepted[name] = accepted[name].fillna("").astype(str)
    accepted["date"] = pd.to_datetime(accepted["date"])
    accepted["latitude"] = accepted["latitude"].astype(float)
    accepted["longitude"] = accepted["longitude"].astype(float)
    accepted["fatalities"] = accepted["fatalities"].astype("Int64")
    accepted["geo_precision"] = accepted["geo_precision"].astype("Int64")
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
    result = LoadResult(gdf, rejected, read, path, fmt)
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
    return pd.DataFrame({c: pd.Series(dtype=object) for c in SCHEMA})


def write_rejects(result: LoadResult, target: str | os.PathLike[str]) -> Path:
    """Write ``result.rejected`` to a UTF-8 CSV atomically and return its path."""
    from geo_disputed.files import atomic_path

    with atomic_path(target) as tmp:
        result.rejected.to_csv(tmp, index=False, encoding="utf-8")
    return Path(target)
