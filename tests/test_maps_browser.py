"""The map in headless Debian Chromium (Playwright): layers, popups, RTL, hostile text, offline.

Skipped when Chromium or the playwright package is missing, except in CI (``CI`` set) where
they fail. CDN requests are answered from
the local asset cache (filled from npm); every other request is aborted and recorded.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from browser import browser_missing, ensure_asset_cache, open_map, save_screenshot
from map_samples import HOSTILE, all_layers

from geo_disputed import assets as map_assets
from geo_disputed.render import interactive as maps
from geo_disputed.render.browser import launch
from geo_disputed.render.layers import Layers

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(bool(browser_missing()), reason=browser_missing()),
]


@pytest.fixture(scope="module")
def chromium():
    with launch() as b:
        yield b


@pytest.fixture
def asset_cache() -> Path:
    """The map-asset cache, filled from the npm registry once per test session."""
    return ensure_asset_cache()


@pytest.fixture
def saved(tmp_path: Path, asset_cache: Path):
    """Build and save a map; return its path."""

    def save(name: str = "map.html", hostile: bool = False, **options) -> Path:
        """``options``: :class:`Layers` fields to replace, else build_map keywords."""
        layers = all_layers(hostile=hostile)
        fields = {k: options.pop(k) for k in list(options) if k in Layers.__dataclass_fields__}
        layers = dataclasses.replace(layers, **fields)
        return maps.save_map(maps.build_map(layers, **options), tmp_path / name)

    return save


def overlay_labels(page) -> list[str]:
    return page.eval_on_selector_all(
        ".leaflet-control-layers-overlays label", "els => els.map(e => e.textContent.trim())"
    )


def toggle(page, name: str) -> None:
    page.locator(".leaflet-control-layers-overlays label", has_text=name).locator("input").click()


def drawn(page, pane: str) -> int:
    return page.evaluate(f"document.querySelectorAll('.leaflet-{pane}-pane path').length")


def test_cdn_map_loads_with_every_layer_and_no_errors(chromium, saved):
    with open_map(chromium, saved()) as (page, log):
        assert log.errors == []
        # the only console errors are the blocked tile requests (no SRI or script failure)
        assert all(e.startswith("Failed to load resource") for e in log.console_errors)
        assert len(log.console_errors) <= len(log.blocked)
        assert overlay_labels(page) == [s.names[0] for s in maps.LAYERS]
        assert all(u.startswith(map_assets.CDN) for u in log.served)
        assert len(log.served) >= 10
        # tiles are blocked here, yet the vector layers are drawn
        assert any("tile.openstreetmap.org" in u for u in log.blocked)
        assert drawn(page, "gd-belt") == 2 and drawn(page, "gd-admin") == 2
        assert drawn(page, "gd-countries") == 3  # Iraq and two neighbours
        controls = ("scale", "zoom-fullscreen", "measure", "minimap", "search")
        ours = ["gd-legend", "gd-title", "gd-time"]
        for cls in [f"leaflet-control-{c}" for c in controls] + ours:
            assert page.locator(f".{cls}").count() >= 1, cls
        assert "UNAMI" in page.locator(".leaflet-control-attribution").inner_text()


def test_toggling_layers_changes_what_is_drawn(chromium, saved):
    with open_map(chromium, saved()) as (page, log):
        assert drawn(page, "gd-admin") == 2  # governorates on, districts off
        toggle(page, "Districts")
        assert drawn(page, "gd-admin") == 6
        toggle(page, "Governorates")
        assert drawn(page, "gd-admin") == 4
        assert page.locator("canvas.gd-incidents").count() == 1
        toggle(page, "Incidents")
        assert page.locator("canvas.gd-incidents").count() == 0
        assert page.locator(".leaflet-heatmap-layer").count() == 0
        toggle(page, "Incident density")
        assert page.locator(".leaflet-heatmap-layer").count() == 1
        assert log.errors == []


def _click_incident(page, index: int) -> None:
    """Zoom in on incident ``index`` (unclustered at zoom 15) and click it."""
    for _ in range(5):  # the minimap may still be syncing the view just after loading
        page.evaluate(
            """i => { const inc = geoDisputedMap.incidents._inc;
                      geoDisputedMap.map.setView([inc.lat[i] / 1e5, inc.lon[i] / 1e5], 15,
                                                 {animate: false}); }""",
            index,
        )
        page.wait_for_timeout(300)
        if page.evaluate("geoDisputedMap.map.getZoom()") == 15:
            break
    x, y = page.evaluate(
        """i => { const m = geoDisputedMap.map, inc = geoDisputedMap.incidents._inc;
                  const p = m.latLngToContainerPoint([inc.lat[i] / 1e5, inc.lon[i] / 1e5]);
                  const r = m.getContainer().getBoundingClientRect();
                  return [p.x + r.left, p.y + r.top]; }""",
        index,
    )
    page.mouse.click(x, y)
    page.wait_for_selector(".leaflet-popup-content .gd-card")


@pytest.mark.parametrize("compress", [False, True])
def test_hostile_text_is_shown_as_text_and_runs_nothing(chromium, saved, compress):
    path = saved(hostile=True, compress=compress, note_chars=1000, basemap="plain")
    with open_map(chromium, path) as (page, log):
        _click_incident(page, 0)
        popup = page.locator(".leaflet-popup-content")
        text = popup.inner_text()
        for payload in HOSTILE[:6]:
            assert payload.strip() in text
        assert popup.locator("img, svg, script").count() == 0
        # incident 0's source URL is https (the odd ones carry javascript: and are not linked)
        hrefs = popup.locator("a").evaluate_all("as => as.map(a => a.href)")
        assert hrefs == ["https://example.org/e?a=1&b=2"]
        # open every other popup and tooltip on the page
        opened = page.evaluate(
            """() => { let n = 0;
                 Object.values(geoDisputedMap.groups).forEach(g => g.eachLayer(function visit(l) {
                   if (l.eachLayer) { l.eachLayer(visit); }
                   if (l.getPopup && l.getPopup()) { l.openPopup(); n += 1; }
                   if (l.getTooltip && l.getTooltip()) { l.openTooltip(); }
                 })); return n; }"""
        )
        assert opened == 5  # the disputed unit, two centres, two places
        page.locator(".leaflet-control-search .search-button").click()
        page.locator(".leaflet-control-search input").press_sequentially("North", delay=50)
        page.wait_for_selector(".search-tooltip .gd-tip")
        assert HOSTILE[0] in page.locator(".search-tooltip").inner_text()
        page.wait_for_timeout(200)
        assert page.evaluate("window.__pwned") is None
        assert log.errors == [] and log.console_errors == []
        assert page.locator(".gd-label").count() > 0  # the map still drew its labels


def test_incident_popup_fields(chromium, saved):
    with open_map(chromium, saved()) as (page, _log):
        _click_incident(page, 5)
        text = page.locator(".leaflet-popup-content").inner_text()
        for field in ("Date", "Location", "Fatalities", "Precision", "Source", "Link"):
            assert field in text
        link = page.locator(".leaflet-popup-content a")
        assert link.get_attribute("href") == "https://example.org/e?a=1&b=2"
        assert link.get_attribute("rel") == "noopener noreferrer"


def test_arabic_text_is_right_to_left(chromium, saved):
    with open_map(chromium, saved(lang="ar")) as (page, log):
        arabic = page.evaluate(
            """() => Array.from(document.querySelectorAll('.gd-label div div, .gd-legend .gd-ar,'
                   + ' .gd-title .gd-ar, .leaflet-control-layers-overlays span[lang]'))
                 .filter(e => /[\\u0600-\\u06FF]/.test(e.textContent))
                 .map(e => e.getAttribute('dir'))"""
        )
        assert len(arabic) > 15 and set(arabic) == {"rtl"}
        assert "الحوادث" in " ".join(overlay_labels(page))
        assert log.errors == []


def test_time_filter_hides_incidents(chromium, saved):
    with open_map(chromium, saved()) as (page, _log):
        count = page.locator(".gd-time-count")
        assert count.inner_text().startswith("200 ")
        page.evaluate(
            """() => { const s = document.querySelector('.gd-time-to');
                       s.value = +s.min + 30; s.dispatchEvent(new Event('change')); }"""
        )
        shown = int(count.inner_text().split()[0])
        assert 0 < shown < 60
        assert page.evaluate("geoDisputedMap.incidents.indices().length") == shown


def test_self_contained_map_needs_no_network(chromium, saved, tmp_path: Path):
    path = saved(basemap="plain", self_contained=True)
    with open_map(chromium, path) as (page, log):
        assert log.blocked == [] and log.served == []
        assert log.errors == []
        assert overlay_labels(page) == [s.names[0] for s in maps.LAYERS]
        png = save_screenshot(page, tmp_path / "shot.png")
        assert png.stat().st_size > 20_000
