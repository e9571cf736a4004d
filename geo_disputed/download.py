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

import logging
from pathlib import Path, PurePosixPath

from geo_disputed import settings
from geo_disputed.errors import GeoDisputedError

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


def fetch(name: str, *, progress: bool = True, timeout: float = 30.0) -> Path:
    """Download a registered file into the user cache (once) and return its path.

    Parameters
    ----------
    name
        A key of :data:`REGISTRY`, e.g. ``"boundaries/geoBoundaries-IRQ-ADM1.geojson"``.
    progress
        Show a tqdm progress bar while downloading.
    timeout
        Seconds to wait for the server before giving up.

    Raises
    ------
    DownloadError
        One line saying what failed (offline, HTTP error, hash mismatch) and what to do.
    """
    url, sha256 = _entry(name)
    return retrieve(
        url,
        sha256,
        cache_path(name),
        progress=progress,
        timeout=timeout,
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
    hint: str = "check the network",
) -> Path:
    """Download ``url`` to ``target`` once, pinned by ``sha256``, and return the path.

    A file already at ``target`` with the right hash is returned without a download. The
    error for a failed download or hash check is one line ending with ``hint``.

    Raises
    ------
    DownloadError
        The download failed or the file's hash does not match.
    """
    import pooch

    _route_pooch_logs(pooch.get_logger())
    target.parent.mkdir(parents=True, exist_ok=True)
    downloader = pooch.HTTPDownloader(progressbar=progress, timeout=timeout)
    try:
        local = pooch.retrieve(
            url,
            known_hash=f"sha256:{sha256}",
            fname=target.name,
            path=target.parent,
            downloader=downloader,
            progressbar=progress,
        )
    except ValueError as exc:  # pooch's hash mismatch
        raise DownloadError(
            f"{target.name}: downloaded file from {url} failed its sha256 check "
            f"(expected {sha256}); the file was not saved",
            "sha256 mismatch",
        ) from exc
    except OSError as exc:  # requests' ConnectionError/Timeout/HTTPError are OSErrors
        settings.logger.debug("download of %s failed: %s", url, exc)
        status = getattr(getattr(exc, "response", None), "status_code", None)
        reason = f"HTTP {status}" if status else f"{type(exc).__name__}, no answer"
        raise DownloadError(
            f"cannot download {target.name} from {url} ({reason}); {hint}", reason
        ) from exc
    return Path(local)


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
