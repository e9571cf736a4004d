"""Package-wide settings, in the style of ``osmnx.settings``.

Change them by assignment before calling the library, e.g.::

    from geo_disputed import settings
    settings.boundaries_dir = "/data/iraq/cod-ab"
    settings.log_console = True

Attributes
----------
data_dir : pathlib.Path
    Curated, sourced tables shipped with the project (``data/``; ``GEO_DISPUTED_DATA``
    overrides it).
cache_dir : pathlib.Path
    User cache for downloads and built indexes. Defaults to the platform's user cache
    (``platformdirs``), overridable with the ``GEO_DISPUTED_CACHE`` environment variable.
boundaries_dir : pathlib.Path or None
    Directory holding Iraq's administrative boundaries. ``None`` means: use the
    ``GEO_DISPUTED_BOUNDARIES`` environment variable, else the user cache.
offline : bool
    Never download boundaries on their own (``geo-disputed build`` otherwise fetches the
    pinned geoBoundaries files on first run); ``GEO_DISPUTED_OFFLINE=1`` sets it.
log_level : int
    Level of the ``geo_disputed`` logger.
log_console : bool
    Also print log records to stderr.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import platformdirs

from geo_disputed.errors import BoundariesNotFound

PACKAGE_ROOT = Path(__file__).resolve().parent


def _default_data_dir() -> Path:
    """``data/`` beside the package (a checkout or editable install), else the copy a
    regular install puts in ``<prefix>/share/geo-disputed/data``."""
    checkout = PACKAGE_ROOT.parent / "data"
    installed = Path(sys.prefix) / "share" / "geo-disputed" / "data"
    return checkout if checkout.is_dir() or not installed.is_dir() else installed


data_dir: Path = Path(os.environ.get("GEO_DISPUTED_DATA") or _default_data_dir())
cache_dir: Path = Path(
    os.environ.get("GEO_DISPUTED_CACHE", platformdirs.user_cache_dir("geo-disputed"))
)
boundaries_dir: Path | None = None
offline: bool = os.environ.get("GEO_DISPUTED_OFFLINE", "").strip().lower() in ("1", "true", "yes")
log_level: int = logging.WARNING
log_console: bool = False

BOUNDARIES_ENV = "GEO_DISPUTED_BOUNDARIES"
logger = logging.getLogger("geo_disputed")


def resolve_boundaries_dir(override: str | os.PathLike[str] | None = None) -> Path | None:
    """Return the directory to read boundaries from, or ``None`` if none is configured.

    Order: ``override`` (the CLI's ``--boundaries``), :data:`boundaries_dir`, the
    ``GEO_DISPUTED_BOUNDARIES`` environment variable, then ``cache_dir / "boundaries"`` if it
    holds any files (filled by ``geo-disputed data fetch``).

    Raises
    ------
    BoundariesNotFound
        If an explicitly configured directory does not exist (a ``FileNotFoundError``).
    """
    for origin, value in (
        ("--boundaries", override),
        ("settings.boundaries_dir", boundaries_dir),
        (BOUNDARIES_ENV, os.environ.get(BOUNDARIES_ENV) or None),
    ):
        if value is not None:
            path = Path(value).expanduser()
            if path.is_file():
                raise BoundariesNotFound(
                    f"{origin}: {path} is a file; give the directory that holds the boundary "
                    f"files ({path.parent})"
                )
            if not path.is_dir():
                raise BoundariesNotFound(f"{origin}: boundaries directory {path} does not exist")
            return path
    cached = Path(cache_dir) / "boundaries"
    if cached.is_dir() and any(cached.iterdir()):
        return cached
    return None


def configure_logging(level: int | None = None, console: bool | None = None) -> None:
    """Apply :data:`log_level` and :data:`log_console` (or the given values) to the logger.

    It also starts a new run (:func:`new_run`): the console says each notice once per run.
    """
    global log_level, log_console
    if level is not None:
        log_level = level
    if console is not None:
        log_console = console
    logger.setLevel(log_level)
    new_run()
    console_handlers = [h for h in logger.handlers if isinstance(h, _StderrHandler)]
    if log_console and not console_handlers:
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        handler.addFilter(_OncePerRun())
        logger.addHandler(handler)
    elif not log_console:
        for handler in console_handlers:
            logger.removeHandler(handler)


#: What the console has said in this run: ``"topic:NAME"`` and ``"LEVEL:message"`` keys.
_said: set[str] = set()


def new_run() -> None:
    """Start a run: forget what the console said (the CLI starts one per command)."""
    _said.clear()


def notice(topic: str) -> dict[str, str]:
    """The ``extra=`` of a log record that states the fact named ``topic`` (e.g.
    ``"boundaries"``: there are no boundary files): ``logger.warning(..., extra=notice(t))``.
    The console drops it once the topic was given (:func:`given`)."""
    return {"notice": topic}


def given(topic: str) -> None:
    """Record that the fact ``topic`` is told another way in this run (in
    ``Layers.missing``, which the CLI prints as ``note:`` lines): the console drops the log
    records tagged with :func:`notice` for it from now on. Other handlers (a caller's own,
    pytest's ``caplog``) still get every record."""
    _said.add(f"topic:{topic}")


class _OncePerRun(logging.Filter):
    """The console's filter: each notice once per run. A record tagged with a topic
    (:func:`notice`) passes only while that topic was not given; any other record passes
    unless the same level and text already did."""

    def filter(self, record: logging.LogRecord) -> bool:
        topic = getattr(record, "notice", None)
        key = f"topic:{topic}" if topic else f"{record.levelno}:{record.getMessage()}"
        if key in _said:
            return False
        _said.add(key)
        return True


class _StderrHandler(logging.StreamHandler):
    """Write to whatever ``sys.stderr`` is at the time of each record (not at creation)."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass
