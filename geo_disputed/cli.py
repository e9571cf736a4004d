"""The ``geo-disputed`` command line. Each sub-command lives in ``geo_disputed.commands``."""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from types import FrameType

from geo_disputed import settings
from geo_disputed.errors import GeoDisputedError
from geo_disputed.version import __version__

# Sub-command modules, in the order `--help` lists them. Each has `register(subparsers)`,
# which adds a parser whose defaults set `func(args) -> int`.
COMMANDS = (
    "build", "geocode", "geoparse", "belt", "data", "incidents", "events", "map", "export",
    "report",
)  # fmt: skip


def make_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every registered sub-command."""
    parser = argparse.ArgumentParser(
        prog="geo-disputed",
        description="Map Iraq's disputed territories and the security-vacuum belt.",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="log more (-vv: debug)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        importlib.import_module(f"geo_disputed.commands.{name}").register(sub)
    return parser


class Terminated(BaseException):
    """SIGTERM or SIGHUP arrived: raised in the main thread so that ``finally`` blocks (which
    remove temporary files) run before the process exits with ``128 + signal``."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: FrameType | None) -> None:
    for name in _TERMINATING:  # a second signal while unwinding is ignored
        signal.signal(getattr(signal, name), signal.SIG_IGN)
    raise Terminated(signum)


#: Signals turned into :class:`Terminated` while a command runs (SIGINT is already
#: KeyboardInterrupt). SIGKILL cannot be caught: the temporary files it leaves are swept by
#: the next write in their directory (:func:`geo_disputed.files.sweep_partials`).
_TERMINATING = tuple(n for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """Install the :class:`Terminated` handlers (main thread only), restore them after."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {name: signal.signal(getattr(signal, name), _terminate) for name in _TERMINATING}
    try:
        yield
    finally:
        for name, handler in previous.items():
            signal.signal(getattr(signal, name), handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the process exit code, never a traceback: 2 on bad input, 130 on
    Ctrl-C, 128 + N on signal N (SIGTERM: 143), 141 when stdout is closed (``| head``)."""
    parser = make_parser()
    args = parser.parse_args(argv)
    level = {0: logging.WARNING, 1: logging.INFO}.get(args.verbose, logging.DEBUG)
    settings.configure_logging(level=level, console=True)
    try:
        with _signals_raise():
            return int(args.func(args) or 0)
    except GeoDisputedError as exc:
        _say(f"geo-disputed {args.command}: error: {exc}")
        return 2
    except KeyboardInterrupt:
        _say(f"geo-disputed {args.command}: interrupted")
        return 130
    except Terminated as exc:
        _say(f"geo-disputed {args.command}: terminated by {signal.Signals(exc.signum).name}")
        return 128 + exc.signum
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        _stdout_closed()
        return 128 + 13  # as if killed by SIGPIPE, what a shell shows for `yes | head -1`


def _say(message: str) -> None:
    """Print one line to stderr, unless stderr is closed too."""
    with contextlib.suppress(OSError, ValueError):
        print(message, file=sys.stderr, flush=True)


def _stdout_closed() -> None:
    """The reader of stdout went away (``geo-disputed build | head -1``): point stdout at
    devnull so that flushing it at exit raises nothing (the recipe of the Python docs, "Note
    on SIGPIPE"). Outputs being written were completed or removed by their ``finally``."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
