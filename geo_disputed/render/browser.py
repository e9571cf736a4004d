"""Headless Debian Chromium through Playwright, offline: map screenshots
(:func:`screenshot_html`) and the browser tests.

Never runs ``playwright install``: it launches the system ``chromium`` binary. Pages get CDN
assets from the local map-asset cache (:mod:`geo_disputed.assets`); every other network
request is aborted and recorded, so a page never touches the network.
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from geo_disputed import settings
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.files import atomic_path
from geo_disputed.render.static import parse_size

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
    from geo_disputed import assets as map_assets

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


# Drawn: geo_disputed maps set geoDisputedReady; other Leaflet maps have drawn vector layers.
_READY = """() => window.geoDisputedReady === true || (window.geoDisputedReady === undefined
  && !!document.querySelector('.leaflet-overlay-pane path, .leaflet-marker-icon'))"""


def screenshot_html(
    html: str | os.PathLike[str],
    path: str | os.PathLike[str],
    *,
    size: str | tuple[float, float] = "A4",
    dpi: float = 300,
    timeout_s: float = 30.0,
) -> Path:
    """Save a PNG screenshot of an interactive map through headless Chromium.

    Waits until the map's layers are drawn (``window.geoDisputedReady`` for maps from
    :func:`geo_disputed.render.interactive.build_map`, else the first Leaflet vector or
    marker). CDN assets are served from the local asset cache and every other request is
    blocked, so the page never touches the network; tiles are therefore absent.

    Parameters
    ----------
    html
        The map's HTML file.
    path
        Output ``.png``; the viewport is ``size`` at 96 CSS px per inch, scaled to ``dpi``.
    size, dpi
        As for :func:`geo_disputed.render.static.static_map`.
    timeout_s
        How long to wait for the map to draw.
    """
    from PIL import Image

    html, path = Path(html), Path(path)
    if path.suffix.lower() != ".png":
        raise GeoDisputedError(f"{path}: --from-html writes PNG only; use a .png file name")
    if not html.is_file():
        raise GeoDisputedError(f"{html}: HTML map not found")
    _check_html(html)
    if chromium_path() is None or not playwright_available():
        raise GeoDisputedError(f"--from-html needs playwright and Debian's chromium "
                               f"({INSTALL_HINT})")  # fmt: skip
    from playwright.sync_api import Error as PlaywrightError

    width, height = parse_size(size, dpi)
    viewport = {"width": round(width * 96), "height": round(height * 96)}
    blocked: list[str] = []
    try:
        with launch() as chromium:
            page = chromium.new_page(viewport=viewport, device_scale_factor=dpi / 96)
            page.route("**/*", asset_router(blocked))
            page.goto(html.resolve().as_uri(), wait_until="load")
            page.wait_for_function(_READY, timeout=timeout_s * 1000)
            page.wait_for_timeout(300)  # let marker clusters settle
            png = page.screenshot(type="png")
    except PlaywrightError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        hint = (
            f"; {len(blocked)} network request(s) blocked: write the map with "
            "--self-contained or fill the asset cache (python -m geo_disputed.assets)"
            if blocked
            else ""
        )
        raise GeoDisputedError(
            f"{html}: the map did not draw in Chromium ({first}){hint}"
        ) from None
    import io

    with atomic_path(path) as tmp, Image.open(io.BytesIO(png)) as image:
        image.save(tmp, format="PNG", dpi=(dpi, dpi))
    settings.logger.info("wrote %s (screenshot of %s)", path, html)
    return path


def _check_html(html: Path) -> None:
    """Refuse a file that is not an HTML page, rather than wait for it to draw."""
    with html.open("rb") as f:
        head = f.read(4096)
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    if b"\x00" in head or not text.startswith(("<!doctype html", "<html", "<!--", "<head")):
        raise DataError(html, "not an HTML page (--from-html takes a map written by `map`)")
