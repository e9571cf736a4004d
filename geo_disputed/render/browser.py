"""Headless Debian Chromium through Playwright, offline: for map screenshots and browser tests.

Never runs ``playwright install``: it launches the system ``chromium`` binary. Pages get CDN
assets from the local map-asset cache (:mod:`geo_disputed.render.assets`); every other network
request is aborted and recorded, so a page never touches the network.
"""

from __future__ import annotations

import contextlib
import mimetypes
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from geo_disputed.errors import GeoDisputedError

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = ("--no-sandbox", "--disable-background-networking", "--disable-gpu",
                 "--disable-component-update", "--no-first-run")  # fmt: skip
INSTALL_HINT = "pip install playwright; apt-get install -y chromium"


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


@contextlib.contextmanager
def launch() -> Iterator[Any]:
    """Launch headless Chromium; yield the Playwright ``Browser``, closed on exit.

    Raises
    ------
    GeoDisputedError
        If playwright or Chromium is missing.
    """
    path = chromium_path()
    if path is None or not playwright_available():
        raise GeoDisputedError(
            f"needs the playwright package and Debian's chromium ({INSTALL_HINT})"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()


def asset_router(blocked: list[str], served: list[str] | None = None) -> Callable[[Any], None]:
    """Route handler for ``page.route("**/*", ...)``: CDN assets from the cache, nothing else.

    Local URLs (``file:``, ``data:``, ``blob:``) pass; a pinned CDN asset present in the cache
    is answered from it (its URL appended to ``served``); every other request is aborted and
    its URL appended to ``blocked``.
    """
    from geo_disputed.render import assets as map_assets

    def handle(route: Any) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:")):
            route.continue_()
            return
        key = url.split("?", 1)[0].removeprefix(map_assets.CDN)
        asset = map_assets.BY_KEY.get(key) if url.startswith(map_assets.CDN) else None
        local = map_assets.cached_path(asset) if asset is not None else None
        if local is None or not local.is_file():
            blocked.append(url)
            route.abort()
            return
        if served is not None:
            served.append(url)
        route.fulfill(
            path=str(local),
            headers={"Access-Control-Allow-Origin": "*"},
            content_type=_content_type(local.name),
        )

    return handle


def _content_type(name: str) -> str:
    if name.endswith(".js"):
        return "application/javascript"
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
