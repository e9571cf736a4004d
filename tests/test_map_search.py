"""The interactive map's search: any spelling the gazetteer knows (Arabic, Sorani,
transliterations), typed whole or as a prefix, on the English and the Arabic map; Enter picks
the first result and flies there; the browser folds what is typed as ``name_key`` does.

The browser tests run headless Debian Chromium (Playwright) on a map of Iraq's outline and
its neighbours (Natural Earth from the asset cache), every request outside the file blocked.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from browser import browser_missing, ensure_asset_cache, open_map
from map_samples import all_layers

from geo_disputed.geo.countries import iraq_outline, load_countries
from geo_disputed.render import interactive as maps
from geo_disputed.render.browser import launch
from geo_disputed.render.layers import Layers
from geo_disputed.text.gazetteer import load_gazetteer
from geo_disputed.text.normalize import name_key

#: Spellings typed -> where the place is (lat, lon): Arabic, Sorani, English, Kurdish Latin.
PLACES = {
    "Kirkuk": (35.468, 44.392, ["كركوك", "Kerkuk", "Kirkuk", "کەرکووک"]),
    "Tuz Khurmatu": (34.888, 44.633, ["طوز", "Tuz", "Tuz Khurmatu", "طوز خورماتو"]),
    "Makhmur": (35.776, 43.580, ["مخمور", "Makhmur", "Mexmur", "مەخموور"]),
    "Khanaqin": (34.348, 45.391, ["خانقين", "Khanaqin", "Khanaqeen"]),
    "Erbil": (36.191, 44.009, ["هەولێر", "Hawler", "Erbil", "اربيل"]),
    "Sinjar": (36.321, 41.877, ["سنجار", "Shingal", "Sinjar"]),
    "Khor Mor": (35.190, 44.887, ["Khor Mor", "خورمور", "خور مور"]),
    "Jalawla": (34.272, 45.168, ["Jalawla", "جلولاء", "Jalula"]),
    "Daquq": (35.139, 44.449, ["Daquq", "داقوق", "Taouq"]),
    "Sulaymaniyah": (35.561, 45.437, ["Slemani", "السليمانية", "سلێمانی"]),
}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dlat, dlon = a[0] - b[0], (a[1] - b[1]) * math.cos(math.radians(a[0]))
    return 111.2 * math.hypot(dlat, dlon)


def _prefix(spelling: str) -> str:
    """A typed prefix: the first word, cut to four letters (kept whole when shorter)."""
    word = spelling.split(" ")[0]
    return word[:4] if len(word) > 4 else word


def _payload(html: str) -> dict:
    found = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S)
    assert found is not None
    return json.loads(found.group(1))


def iraq_layers() -> Layers:
    countries = load_countries()
    return Layers(boundaries=iraq_outline(countries), countries=countries)


# --- the index, in Python ------------------------------------------------------------------


def test_index_holds_units_centres_places_and_gazetteer_names():
    data = _payload(maps.map_html(maps.build_map(all_layers(), compress=False)))
    titles = {r["title"]: r for r in data["search"]}
    assert {"North Box (governorate)", "Centre A (centre)", "Box Town (place)",
            "South West (district)"} <= set(titles)  # fmt: skip
    unit = titles["North Box (governorate)"]
    assert unit["a"] == ["الصندوق الشمالي"]
    assert unit["k"] == [name_key("North Box"), name_key("الصندوق الشمالي")]
    # gazetteer towns inside the map's extent, with their aliases and folded keys
    kirkuk = titles["Kirkuk (city)"]
    assert {name_key("Kerkuk"), name_key("كركوك"), name_key("کەرکووک")} <= set(kirkuk["k"])
    assert "كركوك" in kirkuk["a"]
    assert all(len(r["k"]) == len(r["a"]) + 1 for r in data["search"])
    arabic = _payload(maps.map_html(maps.build_map(all_layers(), lang="ar", compress=False)))
    assert "كركوك (مدينة)" in {r["title"] for r in arabic["search"]}
    assert "الصندوق الشمالي (محافظة)" in {r["title"] for r in arabic["search"]}


def test_index_is_limited_to_the_extent_and_by_size():
    gazetteer = load_gazetteer(None)
    (s, w), (n, e) = [[33.0, 42.0], [37.0, 46.0]]
    extent = maps._extent([[s, w], [n, e]])
    records = maps._search_records({}, "en", gazetteer, extent)
    pad = maps.EXTENT_MARGIN_DEG
    assert records and all(s - pad <= r["loc"][0] <= n + pad and w - pad <= r["loc"][1] <= e + pad
                           for r in records)  # fmt: skip
    small = [
        p
        for p in gazetteer.places
        if p.id.startswith("geonames:")
        and 0 < p.population < maps.SEARCH_MIN_POPULATION
        and maps._inside(p, extent)
    ]
    assert small, "the sample extent has small towns to leave out"
    locs = {tuple(r["loc"]) for r in records}
    assert not any((round(p.lat, 5), round(p.lon, 5)) in locs for p in small)


# --- the browser ---------------------------------------------------------------------------

browser = pytest.mark.skipif(bool(browser_missing()), reason=browser_missing())


@pytest.fixture(scope="module")
def chromium():
    with launch() as b:
        yield b


@pytest.fixture(scope="module")
def iraq_maps(tmp_path_factory) -> dict[str, Path]:
    ensure_asset_cache()
    out = tmp_path_factory.mktemp("search")
    layers = iraq_layers()
    return {lang: maps.save_map(maps.build_map(layers, lang=lang, self_contained=True),
                                out / f"map_{lang}.html") for lang in ("en", "ar")}  # fmt: skip


def _type(page, text: str) -> list[str]:
    box = page.locator(".leaflet-control-search input")
    if not box.is_visible():
        page.locator(".leaflet-control-search .search-button").click()
    box.fill("")
    page.evaluate("window.geoDisputedMap.search._gdSearched = null")
    box.press_sequentially(text, delay=20)
    page.wait_for_function("t => window.geoDisputedMap.search._gdSearched === t", arg=text,
                           timeout=5_000)  # fmt: skip
    return page.eval_on_selector_all(".search-tooltip .gd-tip > span:first-child",
                                     "els => els.map(e => e.textContent)")  # fmt: skip


def _location(page, title: str) -> tuple[float, float]:
    loc = page.evaluate("t => window.geoDisputedMap.searchIndex[t]", title)
    return loc[0], loc[1]


@browser
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_spelling_and_prefix_finds_the_place(chromium, iraq_maps, lang):
    with open_map(chromium, iraq_maps[lang]) as (page, log):
        page.evaluate("""() => { const ix = {}, search = window.geoDisputedMap.search;
            search.options.sourceData('', rs => rs.forEach(r => ix[r.title] = r.loc));
            window.geoDisputedMap.searchIndex = ix; }""")
        misses = []
        for name, (lat, lon, spellings) in PLACES.items():
            for spelling in dict.fromkeys(spellings + [_prefix(s) for s in spellings]):
                tips = _type(page, spelling)
                near = [t for t in tips[:5] if _km(_location(page, t), (lat, lon)) < 15]
                if not near:
                    misses.append(f"{spelling!r} -> {tips[:5]} (wanted {name})")
        assert not misses, "\n".join(misses)
        assert log.blocked == [] and log.errors == []


def _wait_for_flight(page: Any, target: tuple[float, float]) -> None:
    """Wait (up to 15 s) until the map rests within 15 km of ``target`` at zoom 10 or more.

    The flight's length depends on the machine's speed, so a fixed pause is flaky on a slow CI
    runner; on timeout the caller's assertions report where the map stopped.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(
            "([lat, lon]) => { const m = window.geoDisputedMap.map;"
            " return m.distance(m.getCenter(), [lat, lon]) < 15000 && m.getZoom() >= 10; }",
            arg=list(target),
            timeout=15_000,
        )


@browser
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_enter_picks_the_first_result_and_flies_there(chromium, iraq_maps, lang):
    with open_map(chromium, iraq_maps[lang]) as (page, log):
        for spelling, name in (("Hawler", "Erbil"), ("طوز", "Tuz Khurmatu"), ("Shing", "Sinjar"),
                               ("مەخموور", "Makhmur")):  # fmt: skip
            lat, lon, _ = PLACES[name]
            box = page.locator(".leaflet-control-search input")
            if not box.is_visible():
                page.locator(".leaflet-control-search .search-button").click()
            box.fill("")
            box.type(spelling, delay=0)  # Enter at once: no wait for the tips
            box.press("Enter")
            found = page.locator(".leaflet-container").first.get_attribute("data-gd-found")
            assert found, (spelling, page.locator(".search-tooltip").inner_text())  # at once
            _wait_for_flight(page, (lat, lon))
            centre = page.evaluate("(() => { const c = window.geoDisputedMap.map.getCenter();"
                                   " return [c.lat, c.lng]; })()")  # fmt: skip
            assert _km((centre[0], centre[1]), (lat, lon)) < 15, (spelling, centre)
            assert page.evaluate("window.geoDisputedMap.map.getZoom()") >= 10
            page.evaluate("document.querySelector('.leaflet-container')"
                          ".removeAttribute('data-gd-found')")  # fmt: skip
        assert log.errors == [] and log.blocked == []


_CENTRE = "(() => { const c = window.geoDisputedMap.map.getCenter(); return [c.lat, c.lng]; })()"
_MINI_CENTRE = _CENTRE.replace("map.getCenter", "minimap._miniMap.getCenter")


@browser
@pytest.mark.browser
def test_a_flight_survives_the_minimap_catching_up(chromium, iraq_maps):
    # Two quick moves of the main map used to turn the minimap's one-bit "I moved it" flag over:
    # its second pan's end then set the main map back to the minimap's centre mid-flight (CI).
    lat, lon, _ = PLACES["Erbil"]
    with open_map(chromium, iraq_maps["en"]) as (page, log):
        for _ in range(3):
            page.evaluate(
                """([lat, lon]) => new Promise(done => { const m = window.geoDisputedMap.map;
                    m.setView([33.3, 44.4], 7, {animate: false});  // the minimap zooms to 3
                    setTimeout(() => {  // the minimap pans twice, the first pan cut short
                    m.setView([34.0, 44.0], 7, {animate: false});
                    m.setView([35.5, 43.0], 7, {animate: false});
                    m.flyTo([lat, lon], 10, {duration: 1});  // then the minimap's pan (0.25 s)
                    m.once("moveend", () => setTimeout(done, 400)); }, 600); })""",
                [lat, lon],
            )
            assert _km(tuple(page.evaluate(_CENTRE)), (lat, lon)) < 1
            assert page.evaluate("window.geoDisputedMap.map.getZoom()") == 10
        assert log.errors == []


@browser
@pytest.mark.browser
def test_dragging_the_minimap_moves_the_map(chromium, iraq_maps):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with open_map(chromium, iraq_maps["en"]) as (page, log):
        before = page.evaluate(_CENTRE)
        box = page.locator(".leaflet-control-minimap").bounding_box()
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(x, y)
        page.mouse.down()
        page.mouse.move(x - 30, y + 30, steps=6)
        page.mouse.up()
        with contextlib.suppress(PlaywrightTimeout):  # moved, and the minimap shows where
            page.wait_for_function(
                """c => { const g = window.geoDisputedMap, m = g.map, at = m.getCenter();
                          return m.distance(at, c) > 100000
                              && m.distance(at, g.minimap._miniMap.getCenter()) < 5000; }""",
                arg=before,
                timeout=5_000,
            )
        after, mini = page.evaluate(_CENTRE), page.evaluate(_MINI_CENTRE)
        assert _km(tuple(after), tuple(mini)) < 5, (after, mini)  # the minimap shows the map
        assert after[1] > before[1] and after[0] > before[0]  # dragged south-west: view north-east
        assert log.errors == []


@browser
@pytest.mark.browser
def test_the_browser_folds_names_as_name_key_does(chromium, iraq_maps):
    gazetteer = load_gazetteer(None)
    names = sorted({n for p in gazetteer.places for n in p.names})
    names += ["ٱلْمَوْصِل", "كـركـوك", "Ḩalabjah", "Qaḑā’ Kirkūk", "Al-Hawija", "Tooz Khormato",
              "هەولێر", "دهۆک", "Zakho", "١٢٣ Kirkuk", "ئاکرێ", "Mexmûr"]  # fmt: skip
    with open_map(chromium, iraq_maps["en"]) as (page, log):
        assert log.errors == []
        folded = page.evaluate(
            "names => names.map(n => window.geoDisputed.fold(n, window.geoDisputedMap.fold))", names
        )
    wrong = [(n, f, name_key(n)) for n, f in zip(names, folded, strict=True) if f != name_key(n)]
    assert len(names) > 3000
    assert not wrong, wrong[:20]
