"""File helpers: atomic writes so that no reader ever sees a half-written output."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from geo_disputed.errors import DataError

#: The largest text :func:`read_text` reads (and the geoparser parses): 20 MB.
MAX_TEXT_BYTES = 20_000_000


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it onto ``target`` on success.

    The temporary file keeps ``target``'s suffix so that writers choosing a driver from the
    extension (GeoPackage, GeoJSON) behave the same. On error the temporary file is removed
    and ``target`` is left untouched. Missing parent directories are created.

    Raises
    ------
    DataError
        If ``target`` is a directory or cannot be written (naming it and the reason).
    """
    target = Path(target)
    if target.is_dir():
        raise DataError(target, "is a directory; give a file name")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent
        )
    except OSError as exc:
        raise DataError(target, f"cannot write here ({exc.strerror or exc})") from None
    os.close(fd)
    tmp_path = Path(tmp)
    tmp_path.unlink()  # writers such as pyogrio refuse to overwrite an existing file
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


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


def read_text(name: str | os.PathLike[str]) -> str:
    """Read UTF-8 text from a file name or ``-`` (stdin), with one-line errors.

    Raises
    ------
    DataError
        Missing file, a directory, non-UTF-8 bytes, or over :data:`MAX_TEXT_BYTES`.
    """
    label = "<stdin>" if str(name) == "-" else str(name)
    try:
        if str(name) == "-":
            data = sys.stdin.buffer.read(MAX_TEXT_BYTES + 1)
        else:
            data = Path(name).read_bytes()
    except FileNotFoundError:
        raise DataError(label, "no such file") from None
    except IsADirectoryError:
        raise DataError(label, "is a directory, not a text file") from None
    except PermissionError:
        raise DataError(label, "permission denied") from None
    if len(data) > MAX_TEXT_BYTES:
        raise DataError(label, f"larger than the {MAX_TEXT_BYTES // 1_000_000} MB limit")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            label, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
