"""Headless Debian Chromium driven by Playwright, for the map's browser tests and screenshot.

Never runs ``playwright install``: it launches the system ``chromium`` binary. Requests to
the CDN are answered from the local map-asset cache (:mod:`geo_disputed.map_assets`); every
other network request is aborted and recorded, so a test can assert that a page needed none.

Run ``python tests/browser.py docs/img/map.png [--boundaries DIR]`` to regenerate the README
screenshot of the default map (fills the asset cache from npm when needed).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--no-first-run",
]


def chromium_path() -> str | None:
    """Path of the system Chromium, or ``None`` when it is not installed."""
    for path in CHROMIUM_CANDIDATES:
        if Path(path).is_file():
            return path
    return shutil.which("chromium")


def playwright_available() -> bool:
    """True when the ``playwright`` Python package can be imported."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


def ensure_asset_cache() -> Path:
    """Fill the map-asset cache from npm if needed; skip the calling test when impossible."""
    import pytest

    from geo_disputed import map_assets
    from geo_disputed.errors import GeoDisputedError

    if map_assets.missing():
        if shutil.which("npm") is None:
            pytest.skip("npm not available to fill the map asset cache")
        try:
            map_assets.populate_cache_from_npm()
        except GeoDisputedError as exc:
            pytest.skip(f"cannot fill the map asset cache from npm: {exc}")
    return map_assets.cache_root()


@dataclass
class PageLog:
    """What a page did: uncaught errors, console errors, and blocked network requests."""

    errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    served: list[str] = field(default_factory=list)


@contextlib.contextmanager
def browser() -> Iterator[Any]:
    """Launch headless Chromium; yield the Playwright ``Browser``."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    if path is None:
        raise RuntimeError("chromium is not installed (apt-get install -y chromium)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def _route(log: PageLog):
    from geo_disputed import map_assets

    def handle(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
            return
        key = url.split("?", 1)[0].removeprefix(map_assets.CDN)
        asset = map_assets.BY_KEY.get(key) if url.startswith(map_assets.CDN) else None
        if asset is None:
            log.blocked.append(url)
            route.abort()
            return
        log.served.append(url)
        route.fulfill(
            path=str(map_assets.fetch(asset)),
            headers={"Access-Control-Allow-Origin": "*"},
            content_type=_content_type(asset.path),
        )

    return handle


def _content_type(path: str) -> str:
    import mimetypes

    if path.endswith(".js"):
        return "application/javascript"
    return mimetypes.guess_type(path)[0] or "application/octet-stream"


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
    page.route("**/*", _route(log))
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
    with browser() as b, open_map(b, html_path, width, height) as (page, log):
        if log.errors:
            raise RuntimeError(f"the map raised errors: {log.errors}")
        return save_screenshot(page, png_path)


def main(argv: list[str] | None = None) -> int:
    """Build the default map (``geo-disputed map``) and save its screenshot."""
    import tempfile

    from geo_disputed import map_assets
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
