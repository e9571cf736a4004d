"""Pinned downloads into the user cache, through pooch.

:data:`REGISTRY` maps a file's path inside the cache (``boundaries/...``, ``assets/...``) to
its URL and sha256. :func:`fetch` downloads it once (with a progress bar), checks the hash
and returns the local path; later calls return the cached file after re-checking its hash.
pooch writes each download to a temporary file in the target folder and renames it onto the
final name only after the hash matched, so a cached file is never half-written.

The geoBoundaries gbOpen Iraq files are pinned to commit
``41af8f1e141eb6826ab9877e306df6f848b9ff0b`` of github.com/wmgeolab/geoBoundaries
(CC BY 4.0, https://www.geoboundaries.org); the hashes are those of the Git LFS objects.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import time
from pathlib import Path, PurePosixPath
from typing import Any

from geo_disputed import settings
from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import STALE_AFTER_S, file_sha256, sweep_partials

GEOBOUNDARIES_COMMIT = "41af8f1e141eb6826ab9877e306df6f848b9ff0b"
_GB_URL = (
    "https://media.githubusercontent.com/media/wmgeolab/geoBoundaries/"
    f"{GEOBOUNDARIES_COMMIT}/releaseData/gbOpen/IRQ/ADM{{n}}/geoBoundaries-IRQ-ADM{{n}}.geojson"
)

REGISTRY: dict[str, tuple[str, str]] = {
    "boundaries/geoBoundaries-IRQ-ADM1.geojson": (
        _GB_URL.format(n=1),
        "ae17bef546cd9d820123a9db669bdd09285dcdbc6a9891102e25caa9d2f88b1a",
    ),
    "boundaries/geoBoundaries-IRQ-ADM2.geojson": (
        _GB_URL.format(n=2),
        "0238c24eb9723b51546e3640bc3c114ba533f219913356b5089f410d838883c1",
    ),
}
#: The longest one download may take, start to end, in seconds (a socket timeout alone lets a
#: server that drips a byte at a time keep a download alive forever).
DEADLINE_S = 600.0
BOUNDARY_LEVELS = {1: "boundaries/geoBoundaries-IRQ-ADM1.geojson",
                   2: "boundaries/geoBoundaries-IRQ-ADM2.geojson"}  # fmt: skip


class DownloadError(GeoDisputedError):
    """A pinned file could not be downloaded or failed its hash check.

    ``reason`` says why in a few words (``HTTP 404``, ``ConnectionError, no answer``,
    ``sha256 mismatch``), for one-line notes.
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message


def cache_path(name: str) -> Path:
    """Return where :func:`fetch` stores ``name`` (inside ``settings.cache_dir``)."""
    _entry(name)
    return Path(settings.cache_dir).joinpath(*PurePosixPath(name).parts)


def fetch(
    name: str, *, progress: bool = True, timeout: float = 30.0, deadline: float | None = None
) -> Path:
    """Download a registered file into the user cache (once) and return its path.

    Parameters
    ----------
    name
        A key of :data:`REGISTRY`, e.g. ``"boundaries/geoBoundaries-IRQ-ADM1.geojson"``.
    progress
        Show a tqdm progress bar while downloading.
    timeout
        Seconds to wait for the server to connect or to send the next bytes.
    deadline
        Seconds the whole download may take (default :data:`DEADLINE_S`), however the server
        sends its bytes.

    Raises
    ------
    DownloadError
        One line saying what failed (offline, HTTP error, too slow, hash mismatch, the cache
        not writable) and what to do.
    """
    url, sha256 = _entry(name)
    return retrieve(
        url,
        sha256,
        cache_path(name),
        progress=progress,
        timeout=timeout,
        deadline=deadline,
        hint="check the network, or point --boundaries / GEO_DISPUTED_BOUNDARIES at files "
        "you already have",
    )


def retrieve(
    url: str,
    sha256: str,
    target: Path,
    *,
    progress: bool = True,
    timeout: float = 30.0,
    deadline: float | None = None,
    hint: str = "check the network",
) -> Path:
    """Download ``url`` to ``target`` once, pinned by ``sha256``, and return the path.

    A file already at ``target`` is hashed and returned without a download when it matches
    (else it is downloaded again). The download is abandoned after ``deadline`` seconds
    (default :data:`DEADLINE_S`) in all, and a read waits at most ``timeout`` seconds. The
    error for a failed download or hash check is one line ending with ``hint``. Temporary
    files left in ``target``'s folder by a killed download are removed
    (:func:`geo_disputed.files.sweep_partials`).

    Raises
    ------
    DownloadError
        The download failed, took too long, the file's hash does not match, or the cache
        cannot be written.
    """
    import pooch
    import requests

    _route_pooch_logs(pooch.get_logger())
    limit = DEADLINE_S if deadline is None else deadline
    downloader = _DeadlineDownloader(timeout=timeout, deadline=limit, progress=progress)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sweep_partials(target.parent)
        _sweep_pooch_partials(target.parent)
        local = pooch.retrieve(
            url,
            known_hash=f"sha256:{sha256}",
            fname=target.name,
            path=target.parent,
            downloader=downloader,
            progressbar=progress,
        )
    except _TooSlow as exc:
        raise DownloadError(
            f"cannot download {target.name} from {url}: not done after {limit:g} s "
            f"({exc.received:,} bytes received); {hint}",
            f"not done after {limit:g} s",
        ) from None
    except ValueError as exc:  # pooch's hash mismatch
        raise DownloadError(
            f"{target.name}: downloaded file from {url} failed its sha256 check "
            f"(expected {sha256}); the file was not saved",
            "sha256 mismatch",
        ) from exc
    except requests.RequestException as exc:  # ConnectionError, Timeout, HTTPError
        settings.logger.debug("download of %s failed: %s", url, exc)
        status = getattr(getattr(exc, "response", None), "status_code", None)
        reason = f"HTTP {status}" if status else f"{type(exc).__name__}, no answer"
        raise DownloadError(
            f"cannot download {target.name} from {url} ({reason}); {hint}", reason
        ) from exc
    except OSError as exc:
        if exc.errno not in _LOCAL_ERRNOS and not exc.filename:
            raise DownloadError(
                f"cannot download {target.name} from {url} ({exc}); {hint}", str(exc)
            ) from exc
        why = exc.strerror or str(exc)  # the cache: read-only, full, no permission
        raise DownloadError(
            f"cannot save {target.name} in {target.parent} ({why}); set GEO_DISPUTED_CACHE "
            "to a writable directory",
            f"cache not writable: {why}",
        ) from None
    path = Path(local)
    _VERIFIED[_stamp(path)] = sha256
    return path


class _TooSlow(Exception):
    """The download passed its deadline (not an OSError, so no one takes it for the
    network's or the disk's)."""

    def __init__(self, received: int) -> None:
        super().__init__(received)
        self.received = received


class _DeadlineDownloader:
    """A pooch downloader (``requests``, streamed) that gives up after ``deadline`` seconds
    in all: a server dripping a byte at a time never trips a socket timeout, so the time is
    checked after every read, and each read waits at most ``timeout`` seconds (so the
    download ends within ``deadline + timeout``)."""

    def __init__(self, *, timeout: float, deadline: float, progress: bool) -> None:
        self.timeout, self.deadline, self.progress = timeout, deadline, progress

    def __call__(self, url: str, output_file: str, pooch: object, check_only: bool = False) -> None:
        import requests

        end = time.monotonic() + self.deadline
        wait = min(self.timeout, self.deadline)
        # identity: the pinned hash is of the file's bytes, and no decoder sits between the
        # socket and the deadline check
        headers = {"Accept-Encoding": "identity"}
        with requests.get(url, stream=True, timeout=(wait, wait), headers=headers) as response:
            response.raise_for_status()
            size = int(response.headers.get("content-length") or 0) or None
            received = 0
            with open(output_file, "wb") as out, _progress_bar(self.progress, size) as bar:
                while True:
                    if time.monotonic() > end:
                        raise _TooSlow(received)
                    chunk = response.raw.read1(_CHUNK, decode_content=True)
                    if not chunk:
                        break
                    out.write(chunk)
                    received += len(chunk)
                    bar.update(len(chunk))
            if size is not None and received < size:
                raise requests.exceptions.ChunkedEncodingError(
                    f"connection closed after {received} of {size} bytes"
                )


def _progress_bar(show: bool, total: int | None) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="B", unit_scale=True, ncols=79, ascii=True, disable=not show)


def _sweep_pooch_partials(directory: Path) -> None:
    """Remove pooch's temporary files (``tmp`` + 8 characters) older than
    :data:`geo_disputed.files.STALE_AFTER_S` in a cache folder: a download killed by SIGKILL
    leaves one (SIGTERM and Ctrl-C remove theirs)."""
    limit = time.time() - STALE_AFTER_S
    for path in directory.glob("tmp????????"):
        try:
            if re.fullmatch(r"tmp[a-z0-9_]{8}", path.name) and path.stat().st_mtime < limit:
                path.unlink()
                settings.logger.info("removed %s, left by an interrupted download", path)
        except OSError as exc:
            settings.logger.debug("cannot remove %s: %s", path, exc)


def verify_cached(path: str | os.PathLike[str]) -> Path:
    """Check a file about to be read against its pinned sha256 if it is one of
    :data:`REGISTRY`'s downloads in the user cache (any other file passes unchecked).

    Each file is hashed once per process per (size, modification time) stamp: about 40 ms
    for 30 MB, so using a cached download costs one hash per run.

    Raises
    ------
    DownloadError
        If the cached file no longer matches its pin (changed or corrupted since it was
        downloaded), saying how to download it again.
    """
    path = Path(path)
    pinned = _pinned_cache_files().get(_resolved(path))
    if pinned is None:
        return path
    name, sha256 = pinned
    stamp = _stamp(path)
    if _VERIFIED.get(stamp) == sha256:
        return path
    digest = file_sha256(path)
    if digest != sha256:
        raise DownloadError(
            f"{path}: the cached download {name} does not match its pinned sha256 "
            f"(changed since it was downloaded); run `geo-disputed data fetch` to download "
            f"it again",
            "cached file changed",
        )
    _VERIFIED[stamp] = sha256
    return path


def _pinned_cache_files() -> dict[Path, tuple[str, str]]:
    return {_resolved(cache_path(name)): (name, sha) for name, (_, sha) in REGISTRY.items()}


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _stamp(path: Path) -> tuple[str, int, int]:
    info = path.stat()
    return (str(_resolved(path)), info.st_size, info.st_mtime_ns)


#: errno values of a cache that cannot take the file (not the network's fault).
_LOCAL_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
#: Files hashed in this process that matched their pin, by (path, size, mtime) stamp.
_VERIFIED: dict[tuple[str, int, int], str] = {}
_CHUNK = 1 << 16


class _ToPackageLogger(logging.Handler):
    """Pass records on to the ``geo_disputed`` logger, at its level."""

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= settings.logger.getEffectiveLevel():
            settings.logger.handle(record)


def _route_pooch_logs(log: logging.Logger) -> None:
    """Replace pooch's own handler (bound to ``sys.stderr`` as it was at import) with one
    that goes through the ``geo_disputed`` logger, so ``-v`` and the settings apply."""
    if not any(isinstance(h, _ToPackageLogger) for h in log.handlers):
        for handler in list(log.handlers):
            log.removeHandler(handler)
        log.addHandler(_ToPackageLogger())


def fetch_boundaries(levels: tuple[int, ...] = (1, 2), *, progress: bool = True) -> list[Path]:
    """Download geoBoundaries gbOpen Iraq levels (1 and 2 exist) into the cache."""
    unknown = [n for n in levels if n not in BOUNDARY_LEVELS]
    if unknown:
        raise GeoDisputedError(
            f"geoBoundaries gbOpen has no Iraq file for level(s) {unknown}; use 1 and/or 2"
        )
    return [fetch(BOUNDARY_LEVELS[n], progress=progress) for n in levels]


def _entry(name: str) -> tuple[str, str]:
    try:
        return REGISTRY[name]
    except KeyError:
        raise GeoDisputedError(
            f"{name!r} is not a registered download; known: {', '.join(sorted(REGISTRY))}"
        ) from None
