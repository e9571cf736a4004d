"""The map in headless Debian Chromium (Playwright): layers, popups, RTL, hostile text, offline.

Skipped when Chromium or the playwright package is missing, except in CI (``CI`` set) where
they fail. CDN requests are answered from
the local asset cache (filled from npm); every other request is aborted and recorded.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
import pytest
from browser import browser_missing, ensure_asset_cache, open_map, save_screenshot
from map_samples import HOSTILE, all_layers, hotspots, vacuum_belt

from geo_disputed import assets as map_assets
from geo_disputed.curated import data_path, read_rows
from geo_disputed.render import interactive as maps
from geo_disputed.render.browser import launch
from geo_disputed.render.layers import Layers
from geo_disputed.render.style import BELT_SUPPORT, LABELS

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
    page.evaluate(
        """i => { const inc = geoDisputedMap.incidents._inc;
                  geoDisputedMap.map.setView([inc.lat[i] / 1e5, inc.lon[i] / 1e5], 15,
                                             {animate: false}); }""",
        index,
    )
    page.wait_for_timeout(300)  # the minimap catches up; the view must stay
    assert page.evaluate("geoDisputedMap.map.getZoom()") == 15
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
        assert opened == 8  # the disputed unit, two centres, two places, three news events
        page.locator(".leaflet-control-search .search-button").click()
        page.locator(".leaflet-control-search input").press_sequentially("North", delay=50)
        page.wait_for_selector(".search-tooltip .gd-tip")
        assert HOSTILE[0] in page.locator(".search-tooltip").inner_text()
        page.wait_for_timeout(200)
        assert page.evaluate("window.__pwned") is None
        assert log.errors == [] and log.console_errors == []
        assert page.locator(".gd-label").count() > 0  # the map still drew its labels


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_belt_tooltip_says_what_supports_the_part_under_the_mouse(chromium, saved, lang):
    path = saved(belt=vacuum_belt(), hotspots=hotspots(hostile=True), incidents=None,
                 centres=None, places=None, basemap="plain", lang=lang)  # fmt: skip
    at = 0 if lang == "en" else 1
    with open_map(chromium, path) as (page, log):
        # points inside each part, off the centreline (whose own tooltip would open)
        for lat, lon, support in ((36.6, 43.5, "hotspot"), (36.6, 44.5, "frontier"),
                                  (35.5, 44.7, "interpolation")):  # fmt: skip
            x, y = page.evaluate(
                f"""() => {{ const m = geoDisputedMap.map;
                     const r = m.getContainer().getBoundingClientRect();
                     const p = m.latLngToContainerPoint([{lat}, {lon}]);
                     return [r.left + p.x, r.top + p.y]; }}"""
            )
            page.mouse.move(x, y)
            tip = page.locator(".leaflet-tooltip .gd-card")
            tip.wait_for()
            text = tip.inner_text()
            assert LABELS["belt_support"][at] in text
            assert BELT_SUPPORT[support][at] in text
            if support == "hotspot":  # its hotspots, by name, hostile text shown as text
                names = (
                    ["Box Ridge " + HOSTILE[1], "Box Gap"]
                    if at == 0
                    else ["سلسلة الصندوق", "Box Gap"]
                )
                for name in names:
                    assert name in text
                assert tip.locator("img, svg, script").count() == 0
            else:
                assert LABELS["belt_hotspots"][at] not in text
            page.mouse.move(0, 0)
            tip.wait_for(state="detached")
        legend = page.locator(".gd-legend").text_content() or ""  # folded at this size
        for words in BELT_SUPPORT.values():
            assert words[0] in legend
        page.wait_for_timeout(100)
        assert page.evaluate("window.__pwned") is None
        assert log.errors == [] and log.console_errors == []


def test_incident_popup_fields(chromium, saved):
    with open_map(chromium, saved()) as (page, _log):
        _click_incident(page, 5)
        text = page.locator(".leaflet-popup-content").inner_text()
        for field in ("Date", "Location", "Fatalities", "Precision", "Source", "Link"):
            assert field in text
        link = page.locator(".leaflet-popup-content a")
        assert link.get_attribute("href") == "https://example.org/e?a=1&b=2"
        assert link.get_attribute("rel") == "noopener noreferrer"


NOTES_ROW_JS = """() => {
  const th = Array.from(document.querySelectorAll('.leaflet-popup-content th'))
    .find(h => h.textContent === 'Notes');
  return th ? th.nextElementSibling.textContent : null; }"""


@pytest.mark.parametrize("compress", [False, True])
def test_incident_columns_decode_and_popups_show_the_full_note(chromium, tmp_path, asset_cache,
                                                               compress, monkeypatch):  # fmt: skip
    from map_samples import incidents

    from geo_disputed.render import page as map_page

    monkeypatch.setattr(map_page, "DEFLATE_PIECE", 97)  # blocks deflated in many joined pieces
    frame = incidents(40, seed=3)
    frame.loc[4, "date"] = None
    notes = [
        f"{i}: " + ("long made-up note, " * (1 + i % 9)) + "كركوك 🔥 é" for i in range(40)
    ]  # up to 180 characters, multi-byte UTF-8 included
    notes[1] = "<img src=x onerror=\"window.__pwned='note'\"> & <b>bold</b>"
    notes[2] = ""
    frame["notes"] = notes
    path = maps.save_map(maps.build_map(Layers(incidents=frame), basemap="plain",
                                        note_chars=1000, compress=compress),
                         tmp_path / "notes.html")  # fmt: skip
    with open_map(chromium, path) as (page, log):
        got = page.evaluate(
            """() => { const inc = geoDisputedMap.incidents._inc;
                 return {lat: Array.from(inc.lat), lon: Array.from(inc.lon),
                         day: Array.from(inc.day), text: inc.textReady,
                         type: Array.from(inc.type[0], c => inc.type[1][c]),
                         loc: Array.from(inc.loc[0], c => inc.loc[1][c])}; }"""
        )
        assert got["text"] is False  # the notes are not decoded before a popup needs them
        assert got["lat"] == pytest.approx((frame.geometry.y * 1e5).tolist(), abs=0.5)
        assert got["lon"] == pytest.approx((frame.geometry.x * 1e5).tolist(), abs=0.5)
        days = (frame["date"] - pd.Timestamp("1970-01-01")).dt.days
        assert got["day"] == [maps.NO_DAY if pd.isna(d) else int(d) for d in days]
        assert got["type"] == frame["event_type"].tolist()
        assert got["loc"] == frame["location"].tolist()
        for index in (0, 1, 8, 4):
            page.evaluate("geoDisputedMap.map.closePopup()")
            _click_incident(page, index)
            popup = page.locator(".leaflet-popup-content")
            assert page.evaluate(NOTES_ROW_JS) == notes[index]  # whole, exactly
            assert f"T{index}" in popup.inner_text()  # the id, from the same text block
            assert popup.locator("img, b, script").count() == 0
        assert "undated" in popup.inner_text()  # incident 4
        page.evaluate("geoDisputedMap.map.closePopup()")
        _click_incident(page, 2)  # an empty note: no Notes row
        assert "T2" in page.locator(".leaflet-popup-content").inner_text()
        assert page.evaluate(NOTES_ROW_JS) is None
        assert page.evaluate("window.__pwned") is None
        assert log.errors == [] and log.console_errors == []


@pytest.mark.parametrize("tiers", [(2, 1), None])  # word codes of 1, 2 and 3 bytes; as built
def test_popups_decode_numbered_ids_and_tiered_word_codes(chromium, tmp_path, asset_cache,
                                                          tiers, monkeypatch):  # fmt: skip
    from map_samples import incidents

    if tiers:  # two one-byte codes, 256 two-byte ones, the rest (here about 200) three bytes
        monkeypatch.setattr(maps, "_tiers", lambda size: tiers)
    frame = incidents(60, seed=5)
    frame["notes"] = [f"common {i}: " + " ".join(f"w{i}-{k}" for k in range(8)) + " كركوك"
                      for i in range(60)]  # fmt: skip
    frame["event_id"] = [f"IRQ{i:07d}" for i in range(60)]
    frame.loc[3, "event_id"], frame.loc[5, "event_id"] = "007", "T٣٤-12345678901234"
    path = maps.save_map(maps.build_map(Layers(incidents=frame), basemap="plain",
                                        note_chars=1000), tmp_path / "ids.html")  # fmt: skip
    with open_map(chromium, path) as (page, log):
        got = page.evaluate(
            """() => { const inc = geoDisputedMap.incidents._inc;
                 return inc.loadText().then(() => ({
                   fields: inc.text,
                   notes: Array.from({length: inc.n}, (_, i) => inc.textOf("notes", i)),
                   ids: Array.from({length: inc.n}, (_, i) => inc.textOf("id", i))})); }"""
        )
        notes, a1, a2 = got["fields"][0], *got["fields"][0][7:]
        assert [f[1] for f in got["fields"]] == ["words", "numbered"]
        assert (a1, a2) == (tiers or maps._tiers(notes[6]))
        if tiers:
            assert notes[6] > a1 + a2 * 256  # some words have three-byte codes
        assert got["notes"] == frame["notes"].tolist()
        assert got["ids"] == frame["event_id"].tolist()
        for index in (3, 5, 59):  # the last row: its words the least frequent, the longest codes
            page.evaluate("geoDisputedMap.map.closePopup()")
            _click_incident(page, index)
            assert page.evaluate(NOTES_ROW_JS) == frame.loc[index, "notes"]
            assert (
                frame.loc[index, "event_id"] in page.locator(".leaflet-popup-content").inner_text()
            )
        assert log.errors == [] and log.console_errors == []


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


# ------------------------------------------------------------- the default map, as users see it


@pytest.fixture
def default_map(tmp_path: Path, asset_cache: Path, shared_boundaries: Path) -> Path:
    """The map of ``geo-disputed build`` (bundled incidents, article places, centres), saved."""
    from geo_disputed.layers import load_layers

    return maps.write_map(load_layers(shared_boundaries), tmp_path / "default.html")


def _redraws(page) -> int:
    return page.evaluate("+document.querySelector('canvas.gd-incidents').dataset.redraws")


def _click_item(page, index: int) -> str:
    """Click, as a user would, what is drawn for incident ``index``; return what happened:
    "popup" (incident popup open), "moved" (a cluster zoomed in) or "missed" (nothing within
    5 s: on a loaded machine the map was still redrawing; the caller clicks again)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    at = page.evaluate(
        """i => { const it = geoDisputedMap.incidents.itemOf(i);
                  const r = geoDisputedMap.map.getContainer().getBoundingClientRect();
                  return it ? [it.x + r.left, it.y + r.top] : null; }""",
        index,
    )
    if at is None:  # the view moved and is not redrawn yet (a loaded machine): click again
        page.wait_for_timeout(300)
        return "missed"
    x, y = at
    before = _redraws(page)
    page.mouse.click(x, y)
    try:
        page.wait_for_function(
            """n => document.querySelector('.leaflet-popup') ||
                   +document.querySelector('canvas.gd-incidents').dataset.redraws > n""",
            arg=before,
            timeout=5_000,
        )
    except PlaywrightTimeout:
        return "missed"
    page.wait_for_timeout(350)  # a zoom's animation ends, an autopan settles
    popup = page.locator(".leaflet-popup")
    if popup.count():
        assert popup.locator(".gd-pop").count() == 1, popup.inner_text()  # never what is under
        return "popup"
    return "moved"


def _read_popup(page) -> dict[str, str]:
    """Every incident of the open popup, by event id, paging through a stack."""
    pop = page.locator(".leaflet-popup .gd-pop")
    if pop.locator(".gd-list button").count():  # incidents at one point: their list first
        pop.locator(".gd-list button").first.click()
    cards = {}
    nav = pop.locator(".gd-pager-nav")
    total = 1
    if nav.count():
        count = nav.locator(".gd-pager-count").inner_text()
        total = int(count.split()[-1])
    for k in range(total):
        if nav.count():
            assert nav.locator(".gd-pager-count").inner_text() == f"{k + 1} of {total}"
        text = pop.locator(".gd-card").inner_text()
        event_id = text.rsplit("Event id", 1)[1].split()[0]
        cards[event_id] = text
        if total > 1:
            nav.locator(".gd-next").click()
            assert page.locator(".leaflet-popup .gd-pop").count() == 1  # paging never closes it
    if total > 1:
        assert nav.locator(".gd-pager-count").inner_text() == f"1 of {total}"  # round again
    return cards


def test_every_bundled_incident_can_be_read(chromium, default_map: Path, tmp_path: Path):
    with open_map(chromium, default_map, 1400, 900) as (page, log):
        page.wait_for_timeout(300)
        ids = page.evaluate(
            """() => { const inc = geoDisputedMap.incidents._inc;
                 return inc.loadText().then(
                   () => Array.from({length: inc.n}, (_, i) => inc.textOf("id", i))); }"""
        )
        bundled = [r["event_id"] for r in read_rows(data_path("incidents.csv"), ["event_id"])]
        assert len(ids) == len(set(ids)) == len(bundled) == 36
        assert sorted(ids) == sorted(bundled)
        home = page.evaluate("[geoDisputedMap.map.getCenter(), geoDisputedMap.map.getZoom()]")
        read: dict[str, str] = {}
        stacked = []
        for index, event_id in enumerate(ids):
            if event_id in read:
                continue
            page.evaluate(
                "v => { geoDisputedMap.map.closePopup(); geoDisputedMap.map.setView(v[0], v[1],"
                " {animate: false}); }",
                home,
            )
            page.wait_for_timeout(100)
            for _ in range(8):
                if _click_item(page, index) == "popup":
                    break
            cards = _read_popup(page)
            assert event_id in cards
            stacked.append(len(cards))
            read.update(cards)
        assert sorted(read) == sorted(ids)  # every one of them
        for text in read.values():
            assert "Date" in text and "Location" in text
        assert max(stacked) >= 7  # Erbil's and Khor Mor's stacks were paged through
        save_screenshot(page, tmp_path / "incident_popup.png")
        assert log.errors == []


def test_an_incident_click_wins_over_what_lies_under_it(chromium, default_map: Path):
    with open_map(chromium, default_map, 1400, 900) as (page, log):
        # Khor Mor's stack of incidents lies on the article's place "Khor Mor gas field"
        index = page.evaluate(
            """() => { const inc = geoDisputedMap.incidents._inc;
                 for (let i = 0; i < inc.n; i++) {
                   if (inc.loc[1][inc.loc[0][i]] === 'Khor Mor gas field') { return i; } } }"""
        )
        page.evaluate(
            """i => { const inc = geoDisputedMap.incidents._inc;
                      geoDisputedMap.map.setView([inc.lat[i] / 1e5, inc.lon[i] / 1e5], 14,
                                                 {animate: false}); }""",
            index,
        )
        page.wait_for_timeout(300)
        under = page.evaluate(
            """i => { const it = geoDisputedMap.incidents.itemOf(i);
                      const r = geoDisputedMap.map.getContainer().getBoundingClientRect();
                      const e = document.elementFromPoint(it.x + r.left, it.y + r.top);
                      return e.closest('.leaflet-marker-icon') !== null; }""",
            index,
        )
        assert under  # the place's marker, which has a popup of its own, is under them
        page.evaluate(
            """() => { window.opened = [];
                 geoDisputedMap.map.on('popupopen', e => window.opened.push(
                   e.popup.getElement().querySelector('.gd-pop') ? 'incident' : 'other')); }"""
        )
        assert _click_item(page, index) == "popup"
        assert page.evaluate("window.opened") == ["incident"]  # nothing under it opened at all
        assert "Explosions" in page.locator(".leaflet-popup .gd-card").inner_text()
        assert page.locator(".leaflet-popup .gd-pager-count").inner_text() == "1 of 8"
        assert log.errors == []


def test_incident_popups_work_from_the_keyboard(chromium, default_map: Path):
    with open_map(chromium, default_map, 1400, 900) as (page, log):
        page.wait_for_timeout(300)
        # markers take focus first, and Leaflet pans to each: leave them out of the tab order
        toggle(page, "Joint coordination centres")
        toggle(page, "Places named in the article")
        page.locator(".folium-map").focus()
        labels = []
        for _ in range(80):  # Tab from the map reaches the incidents' buttons, a group of them too
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.classList.contains('gd-key')"):
                labels.append(page.evaluate("document.activeElement.getAttribute('aria-label')"))
                if "incidents" in labels[-1]:
                    break
        else:
            pytest.fail(f"no group of incidents is reachable with Tab: {labels}")
        for _ in range(8):  # Enter zooms into a cluster (focus stays on the incidents) or opens
            page.keyboard.press("Enter")
            page.wait_for_timeout(400)
            if page.locator(".leaflet-popup").count():
                break
            assert page.evaluate("document.activeElement.classList.contains('gd-key')")
        pop = page.locator(".leaflet-popup .gd-pop")
        assert page.evaluate("document.activeElement.classList.contains('gd-next')")
        if pop.locator(".gd-list").count():  # incidents at one point: › goes from their list
            page.keyboard.press("Enter")
            assert pop.locator(".gd-pager-count").inner_text().startswith("1 of ")
        page.keyboard.press("Enter")
        assert pop.locator(".gd-pager-count").inner_text().startswith("2 of ")
        assert "Event id" in pop.locator(".gd-card").inner_text()
        page.keyboard.press("Escape")
        page.wait_for_selector(".leaflet-popup", state="detached", timeout=2000)
        assert page.evaluate("document.activeElement.classList.contains('gd-key')")
        assert log.errors == []


PANELS_JS = """() => {
  const box = document.querySelector('.folium-map'), r0 = box.getBoundingClientRect();
  return Array.from(box.querySelectorAll(
      '.leaflet-control-container .leaflet-control, .gd-title, .gd-sources'))
    .filter(e => !e.parentNode.closest('.leaflet-control, .gd-sources'))
    .map(e => [e.className.split(' ')[0], e.getBoundingClientRect()])
    .filter(([, r]) => r.width >= 1 && r.height >= 1)
    .map(([name, r]) => [name, r.left - r0.left, r.top - r0.top, r.right - r0.left,
                         r.bottom - r0.top]);
}"""


@pytest.mark.parametrize("width,height", [(1400, 900), (1024, 768), (390, 844)])
def test_panels_leave_the_belt_in_view(chromium, default_map: Path, tmp_path: Path, width,
                                       height):  # fmt: skip
    with open_map(chromium, default_map, width, height) as (page, log):
        page.wait_for_timeout(900)  # the minimap folds on a phone
        save_screenshot(page, tmp_path / f"map_{width}x{height}.png")
        panels = page.evaluate(PANELS_JS)
        names = {p[0] for p in panels}
        assert {"leaflet-control-layers", "gd-sources", "leaflet-control-scale"} <= names
        assert page.locator(".gd-title").count() == 1
        for k, (a, *ra) in enumerate(panels):  # no panel over another
            for b, *rb in panels[k + 1 :]:
                apart = ra[2] <= rb[0] or rb[2] <= ra[0] or ra[3] <= rb[1] or rb[3] <= ra[1]
                assert apart, (a, ra, b, rb)
        area = sum((r[3] - r[1]) * (r[4] - r[2]) for r in panels)
        assert area / (width * height) <= 0.25, area / (width * height)
        # the belt lies inside the map and under no panel
        x0, y0, x1, y1 = page.evaluate(
            """() => { const m = geoDisputedMap.map, b = geoDisputedMap.groups.belt.getBounds();
                 const p = m.latLngToContainerPoint(b.getNorthWest()),
                       q = m.latLngToContainerPoint(b.getSouthEast());
                 return [p.x, p.y, q.x, q.y]; }"""
        )
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height
        for name, *r in panels:
            assert x1 <= r[0] or r[2] <= x0 or y1 <= r[1] or r[3] <= y0, (name, r)
        folded = page.evaluate(
            "Array.from(document.querySelectorAll('.gd-fold')).map(b => b.ariaExpanded)"
        )
        assert len(folded) == 3  # legend, layers, sources
        if width < 700:  # a phone: every panel folded, the minimap too
            assert folded == ["false"] * 3
            assert page.locator(".leaflet-control-layers-expanded").count() == 0
            assert page.locator(".gd-legend.gd-folded").count() == 1
        assert log.errors == []


def test_panels_fold_and_open(chromium, default_map: Path):
    with open_map(chromium, default_map, 390, 844) as (page, log):
        legend = page.locator(".gd-legend")
        assert not legend.locator(".gd-legend-row").nth(1).is_visible()
        legend.locator(".gd-fold").click()
        assert legend.locator(".gd-legend-row").nth(1).is_visible()
        assert legend.locator(".gd-fold").get_attribute("aria-expanded") == "true"
        page.locator(".leaflet-control-layers-toggle").click()  # Leaflet's button opens it
        assert page.locator(".leaflet-control-layers-expanded").count() == 1
        page.locator(".gd-layers-head").click()
        assert page.locator(".leaflet-control-layers-expanded").count() == 0
        sources = page.locator(".gd-sources")
        low = sources.bounding_box()["height"]
        sources.locator(".gd-fold").click()
        assert sources.bounding_box()["height"] > 2 * low  # every source, on several lines
        assert "UNAMI" in sources.inner_text()
        # the bottom corners stay above the sources
        scale = page.locator(".leaflet-control-scale").bounding_box()
        assert scale["y"] + scale["height"] <= sources.bounding_box()["y"] + 0.5
        assert log.errors == []


def test_a_click_leaves_no_focus_rectangle_but_the_keyboard_sees_focus(chromium, default_map):
    with open_map(chromium, default_map, 1400, 900) as (page, _log):
        x, y = page.evaluate(
            """() => { const m = geoDisputedMap.map, r = m.getContainer().getBoundingClientRect();
                 const p = m.latLngToContainerPoint(geoDisputedMap.groups.belt.getBounds()
                   .getCenter()); return [p.x + r.left, p.y + r.top]; }"""
        )
        path = page.evaluate(
            "([x, y]) => document.elementFromPoint(x, y).tagName.toLowerCase()", [x, y]
        )
        assert path == "path"  # the belt is clicked
        # as in browsers that outline whatever has focus (the black rectangle users saw)
        page.add_style_tag(content="*:focus { outline: 3px solid black; }")
        page.mouse.click(x, y)
        outline = "getComputedStyle(document.activeElement).outline"
        assert "none" in page.evaluate(outline)
        mx, my = page.evaluate(  # a marker nothing covers
            """() => { for (const e of document.querySelectorAll('.leaflet-marker-icon')) {
                   const r = e.getBoundingClientRect(), x = r.left + r.width / 2,
                         y = r.top + r.height / 2, hit = document.elementFromPoint(x, y);
                   if (hit && e.contains(hit)) { return [x, y]; } } }"""
        )
        page.mouse.click(mx, my)  # a marker takes focus
        assert page.evaluate("document.activeElement.classList.contains('leaflet-marker-icon')")
        assert "none" in page.evaluate(outline)
        page.keyboard.press("Escape")
        page.keyboard.press("Tab")  # the keyboard's focus is shown, in the map's own ring
        assert page.evaluate(outline).startswith("rgb(26, 95, 180) solid 3px")
