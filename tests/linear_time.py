"""Timing helpers for the linear-time tests of normalisation and geoparsing.

A super-linear path shows as a time ratio near the square of the size ratio; the tests
assert a bound between the two, with an allowance for timer noise on small inputs, and stop
a run as soon as it passes the bound (so a quadratic path fails in seconds, not minutes).
"""

from __future__ import annotations

import gc
import signal
import time
from collections.abc import Callable

NOISE_S = 0.05  # added to every bound: scheduler and cache noise on runs of a few ms


class TooSlow(AssertionError):
    """A timed call passed its time limit."""


def seconds(func: Callable[[], object], *, limit: float | None = None, repeat: int = 2) -> float:
    """Best wall time of ``func()`` over ``repeat`` runs; fail when every run passes ``limit``
    (each stopped there: a first run may pay for something loaded once, a slow path is slow
    every time).

        The limit is enforced with ``SIGALRM`` where the platform has it (Python code is
        interrupted; a single C call is stopped when it returns); elsewhere runs finish and
        the caller's assertion fails instead. The garbage collector is off during a run: in a
        long test session its full collections cost in proportion to everything earlier tests
        left in memory, which would show as growth that is not the code's.
    """
    best = float("inf")
    too_slow: TooSlow | None = None
    for _ in range(repeat):
        gc.collect()  # before the timer starts: a full collection of a big heap takes 0.1 s
        gc.disable()
        armed = limit is not None and hasattr(signal, "setitimer")
        if armed:

            def _stop(signum: int, frame: object) -> None:
                raise TooSlow(f"a run took over {limit:.2f} s")

            previous = signal.signal(signal.SIGALRM, _stop)
            signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            start = time.perf_counter()
            func()
            best = min(best, time.perf_counter() - start)
        except TooSlow as exc:
            too_slow = exc
        finally:
            gc.enable()
            if armed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
    if too_slow is not None and best == float("inf"):
        raise too_slow
    return best


def assert_scales_linearly(
    run: Callable[[str], object],
    small: str,
    big: str,
    *,
    max_ratio: float,
    reset: Callable[[], None] = lambda: None,
) -> tuple[float, float]:
    """Assert that ``run(big)`` takes at most ``max_ratio`` times ``run(small)`` (plus
    :data:`NOISE_S`); ``reset`` clears caches before every run. Returns both times."""

    def timed(text: str) -> Callable[[], object]:
        def call() -> object:
            reset()
            return run(text)

        return call

    t_small = seconds(timed(small))
    bound = max_ratio * t_small + NOISE_S
    t_big = seconds(timed(big), limit=bound)
    growth = len(big) / len(small)
    assert t_big <= bound, (
        f"{growth:.0f}x the text took {t_big / t_small:.1f}x the time "
        f"({t_small:.3f} s -> {t_big:.3f} s; linear would be about {growth:.0f}x)"
    )
    return t_small, t_big
