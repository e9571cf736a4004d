"""The offline map: no request outside the file, the offline reference layer and minimap, a
visible message when a CDN map cannot load its scripts, and a quick CDN -> npm fallback.

The browser tests run headless Debian Chromium through Playwright with every request routed:
CDN assets answered from the local cache only where a test says so, all else aborted and
recorded. The fallback tests use a closed local port and a server that accepts connections
but never answers, with a fake ``npm`` on ``PATH``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import socket
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import browser_missing, ensure_asset_cache
from map_samples import all_layers

from geo_disputed import assets as map_assets
from geo_disputed import settings
from geo_disputed.render import interactive as maps
from geo_disputed.render.layers import Layers

# --- CDN -> npm fallback -------------------------------------------------------------------


def _dead_port() -> int:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def silent_server() -> Iterator[tuple[str, socket.socket]]:
    """A server that accepts TCP connections (kernel backlog) and never says a word."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/npm/", sock
    finally:
        sock.close()


def _fake_asset(tmp_path: Path, name: str) -> tuple[map_assets.Asset, Path]:
    """An asset of a package only the fake npm below knows, and that npm's directory."""
    data = f"window.{name} = 1;".encode()
    asset = map_assets.Asset(name, "0.0.1", "x.js", hashlib.sha256(data).hexdigest())
    tgz = tmp_path / f"{name}.tgz"
    with tarfile.open(tgz, "w:gz") as tar:
        info = tarfile.TarInfo("package/x.js")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    npm = bin_dir / "npm"
    # npm pack SPEC --silent --pack-destination DIR: copy the tarball named after the package
    npm.write_text('#!/bin/sh\nname="${2%@*}"\ncp "' + str(tmp_path) + '/$name.tgz" "$5/"\n')
    npm.chmod(0o755)
    return asset, bin_dir


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch) -> Path:
    path = tmp_path / "cache"
    monkeypatch.setattr(settings, "cache_dir", path)
    monkeypatch.setattr(map_assets, "_CDN_FAILED", {})
    return path


@pytest.mark.parametrize("cdn", ["closed port", "never answers"])
def test_a_failing_cdn_falls_through_to_npm_quickly(cdn, tmp_path, private_cache, monkeypatch,
                                                    request):  # fmt: skip
    if cdn == "closed port":
        url = f"http://127.0.0.1:{_dead_port()}/npm/"
    else:
        url, listener = request.getfixturevalue("silent_server")
    monkeypatch.setattr(map_assets, "CDN", url)
    first, bin_dir = _fake_asset(tmp_path, "first")
    second, _ = _fake_asset(tmp_path, "second")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")
    start = time.monotonic()
    map_assets.ensure_cached((first,))
    took = time.monotonic() - start
    assert map_assets.missing((first,)) == []
    assert took < map_assets.CDN_TIMEOUT_S + 3, f"{cdn}: {took:.1f} s before npm"
    # the CDN failed once: the next asset goes to npm at once, without trying the CDN
    if cdn == "never answers":
        listener.settimeout(0.1)
        with pytest.raises(TimeoutError):  # drain: nothing else waits in the backlog
            while True:
                listener.accept()[0].close()
    start = time.monotonic()
    map_assets.ensure_cached((second,))
    assert map_assets.missing((second,)) == []
    assert time.monotonic() - start < 2
    if cdn == "never answers":
        with pytest.raises(TimeoutError):  # no new connection reached the CDN
            listener.accept()


# --- the maps in the browser, every request blocked ----------------------------------------

browser = pytest.mark.skipif(bool(browser_missing()), reason=browser_missing())


@pytest.fixture(scope="module")
def chromium():
    from geo_disputed.render.browser import launch

    with launch() as b:
        yield b


def _iraq_layers() -> Layers:
    """The sample layers (belt, units, incidents, centres, places) with Natural Earth's
    Iraq and neighbours for the countries, so that the reference layer is real."""
    from geo_disputed.geo.countries import load_countries

    return dataclasses.replace(all_layers(), countries=load_countries())


def _blocked_page(b, path: Path, wait: bool = True):
    """Open ``path`` with every request but the file itself aborted; return (page, requests)."""
    requests: list[str] = []
    context = b.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def handle(route) -> None:
        url = route.request.url
        if url == path.resolve().as_uri() or url.startswith(("data:", "blob:")):
            route.continue_()
            return
        requests.append(url)
        route.abort()

    page.route("**/*", handle)
    page.goto(path.resolve().as_uri())
    if wait:
        page.wait_for_function("window.geoDisputedReady === true", timeout=30_000)
    return context, page, requests, errors


@browser
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_offline_map_makes_no_request_and_draws_its_reference(chromium, tmp_path, lang):
    ensure_asset_cache()
    path = maps.save_map(maps.build_map(_iraq_layers(), lang=lang, self_contained=True),
                         tmp_path / "security_vacuum_offline.html")  # fmt: skip
    context, page, requests, errors = _blocked_page(chromium, path)
    try:
        assert requests == [] and errors == []
        assert page.locator("img.leaflet-tile").count() == 0  # no tile layer at all
        paths = page.evaluate(
            "s => document.querySelectorAll(s).length", ".leaflet-gd-countries-pane path"
        )
        assert paths == 7  # Iraq and its six neighbours
        labels = page.eval_on_selector_all(".gd-label div", "els => els.map(e => e.textContent)")
        neighbours = ("Syria", "Iran", "Turkey") if lang == "en" else ("سوريا", "إيران", "تركيا")
        assert all(any(n in text for text in labels) for n in neighbours), labels
        # the minimap draws vector outlines, not tiles
        mini = page.evaluate("s => document.querySelectorAll(s).length",
                             ".leaflet-control-minimap path")  # fmt: skip
        assert mini >= 1
        # towns by size: more of them as the map zooms in, bigger ones first
        shown = {}
        for zoom in (6, 8, 10):
            page.evaluate("z => window.geoDisputedMap.map.setZoom(z, {animate: false})", zoom)
            page.wait_for_timeout(300)  # the minimap catches up; the zoom must stay
            assert page.evaluate("window.geoDisputedMap.map.getZoom()") == zoom
            shown[zoom] = int(
                page.locator(".leaflet-container").first.get_attribute("data-gd-towns")
            )
        assert 0 < shown[6] < shown[8] < shown[10], shown
        assert requests == [], requests  # zooming asked for nothing either
    finally:
        context.close()


@browser
@pytest.mark.browser
def test_cdn_map_without_its_scripts_says_so(chromium, tmp_path):
    path = maps.save_map(maps.build_map(all_layers()), tmp_path / "security_vacuum.html")
    context, page, requests, _ = _blocked_page(chromium, path, wait=False)
    try:
        page.wait_for_load_state("load")
        box = page.locator("#gd-fallback")
        box.wait_for(state="visible", timeout=10_000)
        text = box.inner_text()
        assert "could not be loaded" in text and "تعذّر تحميل" in text
        assert box.locator("a").first.get_attribute("href") == "security_vacuum_offline.html"
        assert any(u.startswith(map_assets.CDN) for u in requests)  # the scripts were asked for
    finally:
        context.close()


@browser
@pytest.mark.browser
def test_the_message_stays_hidden_when_the_map_loads(chromium, tmp_path):
    ensure_asset_cache()
    path = maps.save_map(maps.build_map(all_layers(), self_contained=True), tmp_path / "m.html")
    context, page, requests, errors = _blocked_page(chromium, path)
    try:
        assert requests == [] and errors == []
        assert page.locator("#gd-fallback").count() == 1
        assert not page.locator("#gd-fallback").is_visible()
    finally:
        context.close()


def test_self_contained_defaults_to_the_plain_background():
    html = maps.map_html(maps.build_map(all_layers(), self_contained=False))
    assert "tile.openstreetmap.org" in html
    offline = maps.map_html(maps.build_map(all_layers(), self_contained=True, compress=False))
    assert "tile.openstreetmap.org" not in offline and '"tiles":null' in offline
    asked = maps.map_html(maps.build_map(all_layers(), self_contained=True, basemap="osm"))
    assert "tile.openstreetmap.org" in asked  # tiles only when asked for
