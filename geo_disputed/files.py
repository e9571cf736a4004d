"""File helpers: atomic writes so that no reader ever sees a half-written output."""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from geo_disputed.errors import DataError, GeoDisputedError

#: The largest text :func:`read_text` reads (and the geoparser parses): 20 MB.
MAX_TEXT_BYTES = 20_000_000

#: Marker in the names of :func:`atomic_path`'s temporary files: ``.<stem>.partial-<8>.<ext>``.
PARTIAL_MARK = ".partial-"
#: A temporary file of :func:`atomic_path` older than this (seconds) is left over from a
#: process that was killed (SIGKILL, power loss): the next write in its directory removes it.
STALE_AFTER_S = 3600.0
_PARTIAL = re.compile(r"^\..*\.partial-[a-z0-9_]{8}(?:[.-].*)?$")
_logger = logging.getLogger("geo_disputed")


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success.

    The temporary file is named ``.<stem>.partial-<random><suffix>``: it keeps ``target``'s
    suffix so that writers choosing a driver from the extension (GeoPackage, GeoJSON) behave
    the same. On error (an exception, Ctrl-C, or SIGTERM turned into an exception by the
    CLI) the temporary file and any side file a writer made beside it (``-journal``) are
    removed and ``target`` is left untouched. Temporary files of this pattern older than
    :data:`STALE_AFTER_S` in the same directory, left by a killed process, are removed first
    (:func:`sweep_partials`). Missing parent directories are created.

    Raises
    ------
    DataError
        If ``target`` is a directory or cannot be written, naming it and the reason: a
        read-only or full file system, no permission, over quota (any ``OSError`` of the
        writer, or a writer's own error while the file system is full or read-only).
    """
    target = Path(target)
    if target.is_dir():
        raise DataError(target, "is a directory; give a file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sweep_partials(target.parent)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.stem}{PARTIAL_MARK}", suffix=target.suffix, dir=target.parent
        )
    except OSError as exc:
        raise DataError(target, f"cannot write here ({exc.strerror or exc})") from None
    os.close(fd)
    tmp_path = Path(tmp)
    tmp_path.unlink()  # writers such as pyogrio refuse to overwrite an existing file
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    except BrokenPipeError:  # stdout closed while writing: the CLI's to handle
        raise
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno == errno.EFBIG and (limit := _file_size_limit()) is not None:
            reason = _too_large(limit)
        if exc.filename and Path(exc.filename) not in (tmp_path, target):
            reason += f": {exc.filename}"
        raise _write_failed(target, reason) from None
    except GeoDisputedError:
        raise
    except Exception as exc:
        # writers such as GDAL raise their own errors when the disk is full or read-only
        problem = _file_system_problem(tmp_path)
        if problem is None:
            raise
        _logger.debug("writing %s failed: %s", target, exc)
        raise _write_failed(target, problem) from None
    finally:
        _remove_partial(tmp_path)


def _write_failed(target: Path, reason: str) -> DataError:
    kept = "the previous file is kept" if target.exists() else "nothing was written"
    return DataError(target, f"cannot write ({reason}); {kept}")


def _file_system_problem(tmp_path: Path) -> str | None:
    """Why the temporary file ``tmp_path`` could not be written (its file system read-only
    or full, or it reached the process's file-size limit, ``ulimit -f``), or None."""
    try:
        info = os.statvfs(tmp_path.parent)
    except (OSError, AttributeError):  # statvfs is POSIX only
        return None
    if info.f_flag & os.ST_RDONLY:
        return "Read-only file system"
    if info.f_bavail * info.f_frsize < 1_000_000:
        return "No space left on device"
    limit = _file_size_limit()
    if limit is not None:
        sizes = [p.stat().st_size for p in _partial_files(tmp_path) if p.exists()]
        # a writer that writes whole pages (SQLite) stops up to a page or so before the limit
        if sizes and max(sizes) >= limit - _PAGE_MARGIN:
            return _too_large(limit)
    return None


def _too_large(limit: int) -> str:
    return f"File too large: the file-size limit (ulimit -f) is {limit:,} bytes"


_PAGE_MARGIN = 65_536


def _file_size_limit() -> int | None:
    """The process's limit on the size of a file it writes, in bytes; None if unlimited."""
    try:
        import resource
    except ImportError:  # not POSIX
        return None
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if soft == resource.RLIM_INFINITY else soft


def _remove_partial(tmp_path: Path) -> None:
    """Remove a temporary file of :func:`atomic_path` and the side files named after it."""
    for path in _partial_files(tmp_path):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _partial_files(tmp_path: Path) -> list[Path]:
    """A temporary file of :func:`atomic_path` and the side files named after it
    (``-journal``, ``-wal``)."""
    return [tmp_path, *tmp_path.parent.glob(glob.escape(tmp_path.name) + "?*")]


def sweep_partials(directory: Path, *, older_than: float | None = None) -> list[Path]:
    """Remove :func:`atomic_path`'s temporary files in ``directory`` older than
    ``older_than`` seconds (default :data:`STALE_AFTER_S`); return what was removed.

    Only names of the pattern ``.<stem>.partial-<8 characters>[.<ext>...]`` are touched,
    never a user's file. Errors (a read-only directory) are logged, not raised.
    """
    limit = time.time() - (STALE_AFTER_S if older_than is None else older_than)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return removed
    for entry in entries:
        if not _PARTIAL.match(entry.name):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime >= limit:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
        except OSError as exc:
            _logger.debug("cannot remove stale temporary file %s: %s", entry.path, exc)
            continue
        _logger.info("removed %s, left by an interrupted write", entry.path)
        removed.append(Path(entry.path))
    return removed


def write_text_atomic(target: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` (UTF-8) to ``target`` atomically and return the path."""
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return Path(target)


def write_bytes_atomic(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically and return the path."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    return Path(target)


def file_sha256(path: str | os.PathLike[str]) -> str:
    """The sha256 of a file's bytes (read in 1 MB blocks): about 40 ms for 30 MB."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_text(name: str | os.PathLike[str]) -> str:
    """Read UTF-8 text from a file, a pipe or FIFO (``<(...)``, ``/dev/stdin``) or ``-``
    (stdin), once and at most :data:`MAX_TEXT_BYTES`, with one-line errors.

    Raises
    ------
    DataError
        Missing file, a directory, a socket or a device, non-UTF-8 bytes, or over
        :data:`MAX_TEXT_BYTES`.
    """
    import stat

    stdin = str(name) == "-"
    label = "<stdin>" if stdin else str(name)
    try:
        if stdin:
            if sys.stdin is None:
                raise DataError(label, "no standard input")
            data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        else:
            mode = os.stat(name).st_mode  # follows links: /dev/stdin, /dev/fd/63
            if stat.S_ISDIR(mode):
                raise DataError(label, "is a directory, not a text file")
            if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
                what = "a socket" if stat.S_ISSOCK(mode) else "a device"
                raise DataError(label, f"is {what}, not a text file or a pipe")
            with open(name, "rb") as fh:  # a pipe is read once, and no further than needed
                data = fh.read(MAX_TEXT_BYTES + 1)
    except FileNotFoundError:
        raise DataError(label, "no such file") from None
    except PermissionError:
        raise DataError(label, "permission denied") from None
    except OSError as exc:
        raise DataError(label, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_TEXT_BYTES:
        raise DataError(label, f"larger than the {MAX_TEXT_BYTES // 1_000_000} MB limit")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            label, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


# --- CSV without formulas ----------------------------------------------------------------------

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import Literal

    import pandas as pd

    _Quoting = Literal[0, 1, 2, 3]  # the csv.QUOTE_* constants pandas accepts

#: The first characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) open a CSV
#: cell as a formula: OWASP's "CSV Injection" list, ``= + - @``, tab and carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_Cell = TypeVar("_Cell")


def csv_safe(value: _Cell) -> _Cell:
    """Neutralise one CSV cell: a text starting with :data:`FORMULA_STARTS` gets a leading ``'``.

    The OWASP rule, applied to text only: ``"=SUM(A1)"`` becomes ``"'=SUM(A1)"``, and so do
    the *texts* ``"-3"`` and ``"+1"`` (a spreadsheet would compute them); numbers, None and
    other non-text values are returned unchanged (``-3`` stays ``-3``). A value already
    starting with ``'`` is left alone, so applying it twice changes nothing.

    Examples
    --------
    >>> csv_safe("=SUM(A1)"), csv_safe("@SUM(A1)"), csv_safe("-3"), csv_safe(-3), csv_safe("a-b")
    ("'=SUM(A1)", "'@SUM(A1)", "'-3", -3, 'a-b')
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return cast("_Cell", "'" + value)
    return value


def _formula_mask(values: pd.Series) -> pd.Series | None:
    """Which cells of a column :func:`csv_safe` changes (vectorised); None for a column of
    numbers, dates or booleans, or of no text at all."""
    import pandas as pd

    if isinstance(values.dtype, pd.CategoricalDtype):
        values = values.astype(object)
    elif not pd.api.types.is_string_dtype(values.dtype):  # object columns count as text
        return None
    try:
        hit = values.str.startswith(FORMULA_STARTS, na=False)
    except AttributeError:  # an object column holding no text at all
        return None
    return hit.fillna(False).astype(bool)


def _csv_safe_series(values: pd.Series) -> pd.Series:
    """:func:`csv_safe` over a column; a column without a cell to change is returned as is."""
    hit = _formula_mask(values)
    if hit is None or not hit.any():
        return values
    values = values.astype(object) if values.dtype == "category" else values
    return values.where(~hit, "'" + values.where(hit, "").astype(str))


def formula_cells(frame: pd.DataFrame) -> int:
    """How many cells (column names included) :func:`csv_safe_frame` would change."""
    hits = (_formula_mask(frame.iloc[:, i]) for i in range(frame.shape[1]))
    names = sum(csv_safe(name) is not name for name in frame.columns)
    return names + sum(int(hit.sum()) for hit in hits if hit is not None)


def csv_safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with :func:`csv_safe` applied to its text cells and column names.

    Only text columns (object, string, categorical) change; numeric, boolean and datetime
    columns keep their dtype and values, so a ``-3`` in a count column is still the number
    ``-3`` in the CSV while a ``"-3"`` in a text column is written ``'-3``. ``frame`` itself is
    not modified.
    """
    out = frame.copy(deep=False)
    for i in range(out.shape[1]):
        column = out.iloc[:, i]
        safe = _csv_safe_series(column)
        if safe is not column:
            out.isetitem(i, safe)
    out.columns = [csv_safe(name) for name in out.columns]
    return out


def _csv_module_quotes_cr() -> bool:
    """True if this Python's :mod:`csv` quotes a field holding a bare carriage return when
    lines end in ``\\n`` (CPython 3.11.9, 3.12.3 and later; gh-67044)."""
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(["a\rb"])
    return buf.getvalue().startswith('"')


def csv_quoting(cells: Iterable[object]) -> _Quoting:
    """The :mod:`csv` quoting that keeps ``cells`` intact: ``QUOTE_MINIMAL``, or
    ``QUOTE_NONNUMERIC`` when a text cell holds a carriage return that this Python's csv
    writer would leave unquoted (every reader, pandas and spreadsheets included, would end
    the row there, and what follows the ``\\r`` would start a new row, formula or not)."""
    import csv

    if any(isinstance(c, str) and "\r" in c for c in cells) and not _csv_module_quotes_cr():
        return csv.QUOTE_NONNUMERIC
    return csv.QUOTE_MINIMAL


def _frame_quoting(frame: pd.DataFrame) -> _Quoting:
    """:func:`csv_quoting` for a frame's header and text cells, a column at a time."""
    import csv

    import pandas as pd

    if _csv_module_quotes_cr():
        return csv.QUOTE_MINIMAL
    if csv_quoting(frame.columns) != csv.QUOTE_MINIMAL:
        return csv.QUOTE_NONNUMERIC
    for i in range(frame.shape[1]):
        column = frame.iloc[:, i]
        text = isinstance(column.dtype, pd.CategoricalDtype) or pd.api.types.is_string_dtype(
            column.dtype
        )
        try:
            if text and column.str.contains("\r", regex=False, na=False).any():
                return csv.QUOTE_NONNUMERIC
        except AttributeError:  # an object column holding no text at all
            continue
    return csv.QUOTE_MINIMAL


def csv_text(frame: pd.DataFrame, *, raw: bool = False) -> str:
    """``frame`` as CSV text (no index, lines ending ``\\n``), its text cells neutralised
    unless ``raw`` (:func:`csv_safe_frame`)."""
    table = frame if raw else csv_safe_frame(frame)
    return table.to_csv(index=False, lineterminator="\n", quoting=_frame_quoting(table))


def write_csv(frame: pd.DataFrame, target: str | os.PathLike[str], *, raw: bool = False) -> Path:
    """Write ``frame`` to a UTF-8 CSV atomically (no index, lines ending ``\\n``) and return
    the path.

    Text cells that a spreadsheet would run as formulas are neutralised with a leading ``'``
    (:func:`csv_safe_frame`); ``raw=True`` writes every value as it is. The ``'`` is part of
    the value written: pandas, :func:`~geo_disputed.incidents.load_incidents` and spreadsheets
    read ``'=1+1`` back as that text (nothing takes it off again), so a file meant to be read
    by programs that need the original strings is written with ``raw=True``. A text holding a
    carriage return is always quoted (:func:`csv_quoting`), so it stays one cell.
    """
    table = frame if raw else csv_safe_frame(frame)
    with atomic_path(target) as tmp:
        table.to_csv(
            tmp, index=False, encoding="utf-8", lineterminator="\n", quoting=_frame_quoting(table)
        )
    return Path(target)
