"""Headless Debian Chromium driven by Playwright, for the map's browser tests and screenshot.

The launcher and the offline request router are :mod:`geo_disputed.render.browser`'s (also used by
``geo-disputed export --from-html``): CDN requests are answered from the local map-asset cache;
every other network request is aborted and recorded, so a test can assert that a page needed
none.

Run ``python tests/browser.py docs/img/map.png [--boundaries DIR]`` to regenerate the README
screenshot of the default map (fills the asset cache from npm when needed).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo_disputed.render.browser import asset_router, chromium_path, launch, playwright_available

#: Set in CI, where Chromium, playwright and npm are installed: a missing one fails the
#: browser tests instead of skipping them.
IN_CI = bool(os.environ.get("CI"))


#: The launcher under the name benchmarks/bench_maps.py imports.
browser = launch


def browser_missing() -> str:
    """Why the browser tests cannot run here ("" when they can, or when in CI)."""
    if IN_CI or (chromium_path() is not None and playwright_available()):
        return ""
    return "needs Debian chromium (apt-get install chromium) and the playwright package"


def skip_or_fail(reason: str) -> None:
    """Skip the calling test, or fail it in CI where nothing may be missing."""
    import pytest

    if IN_CI:
        pytest.fail(f"{reason} (CI must run this test)")
    pytest.skip(reason)


def ensure_asset_cache() -> Path:
    """Fill the map-asset cache from npm if needed; skip the calling test when impossible."""
    from geo_disputed import assets as map_assets
    from geo_disputed.errors import GeoDisputedError

    if map_assets.missing():
        if shutil.which("npm") is None:
            skip_or_fail("npm not available to fill the map asset cache")
        try:
            map_assets.populate_cache_from_npm()
        except GeoDisputedError as exc:
            skip_or_fail(f"cannot fill the map asset cache from npm: {exc}")
    return map_assets.cache_root()


@dataclass
class PageLog:
    """What a page did: uncaught errors, console errors, and blocked network requests."""

    errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    served: list[str] = field(default_factory=list)


@contextlib.contextmanager
def open_map(b: Any, html_path: Path, width: int = 1280, height: int = 800,
             wait: bool = True) -> Iterator[tuple[Any, PageLog]]:  # fmt: skip
    """Open a saved map with CDN requests served from the cache and all else blocked.

    Yields ``(page, log)`` once the client script has set ``window.geoDisputedReady``
    (when ``wait``).
    """
    log = PageLog()
    context = b.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.on("pageerror", lambda exc: log.errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and log.console_errors.append(msg.text))
    page.route("**/*", asset_router(log.blocked, log.served))
    try:
        page.goto(Path(html_path).resolve().as_uri())
        if wait:
            page.wait_for_function("window.geoDisputedReady === true", timeout=30_000)
        yield page, log
    finally:
        context.close()


def save_screenshot(page: Any, png_path: Path) -> Path:
    """Save a PNG of an open page (atomic write)."""
    from geo_disputed.files import atomic_path

    with atomic_path(png_path) as tmp:
        page.screenshot(path=str(tmp))
    return Path(png_path)


def screenshot(html_path: Path, png_path: Path, width: int = 1280, height: int = 800) -> Path:
    """Open the map at ``html_path`` in a new browser and save a PNG of it."""
    with launch() as b, open_map(b, html_path, width, height) as (page, log):
        if log.errors:
            raise RuntimeError(f"the map raised errors: {log.errors}")
        return save_screenshot(page, png_path)


def main(argv: list[str] | None = None) -> int:
    """Build the default map (``geo-disputed map``) and save its screenshot."""
    import tempfile

    from geo_disputed import assets as map_assets
    from geo_disputed.cli import main as cli

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("png", type=Path, help="output PNG, e.g. docs/img/map.png")
    parser.add_argument("--boundaries", help="boundaries directory (default: as the CLI)")
    parser.add_argument("--incidents", help="incidents file to draw")
    parser.add_argument("--article", help="text whose places are drawn")
    args = parser.parse_args(argv)
    if map_assets.missing():
        map_assets.populate_cache_from_npm()
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "map.html"
        cmd = ["map", "--out", str(html), "--self-contained", "--basemap", "plain"]
        if args.boundaries:
            cmd += ["--boundaries", args.boundaries]
        for flag in ("incidents", "article"):
            if getattr(args, flag):
                cmd += [f"--{flag}", getattr(args, flag)]
        code = cli(cmd)
        if code:
            return code
        screenshot(html, args.png)
    print(f"saved {args.png}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
