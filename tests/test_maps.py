"""Map builder, data encoding/escaping, offline assets and the ``map`` command (no browser)."""

from __future__ import annotations

import argparse
import base64
import dataclasses
import io
import itertools
import json
import re
import tarfile
import zlib
from pathlib import Path

import folium
import numpy as np
import pandas as pd
import pytest
from browser import ensure_asset_cache
from map_samples import HOSTILE, HOSTILE_TEXT, all_layers, hotspots, incidents, vacuum_belt
from pyproj import Geod

from geo_disputed import assets as map_assets
from geo_disputed.errors import GeoDisputedError
from geo_disputed.render import interactive as maps
from geo_disputed.render import style
from geo_disputed.render.layers import Layers

DATA_RE = re.compile(
    r'<script type="(?:application/json|text/plain)" data-encoding="([a-z0-9-]+)" '
    r'id="[^"]+">(.*?)</script>',
    re.S,
)


BLOCK_RE = re.compile(
    r'<script type="application/octet-stream" data-encoding="([a-z0-9-]+)" '
    r'id="([^"]+)">(.*?)</script>',
    re.S,
)
KINDS = {"u1": "<u1", "u2": "<u2", "u4": "<u4", "i4": "<i4"}


def blocks(html: str) -> dict[str, bytes]:
    """The map's binary data blocks by key (``incidents-cols``, ...), decoded."""
    out = {}
    for encoding, element_id, text in BLOCK_RE.findall(html):
        raw = base64.b64decode(text)
        assert encoding in ("base64", "deflate-base64")
        out[element_id.split("-", 1)[1]] = zlib.decompress(raw) if encoding != "base64" else raw
    return out


def _column(raw: bytes, at: int, n: int, kind: str) -> tuple[list[int], int]:
    """``n`` values of ``kind`` stored as byte planes from ``at`` (as the client reads them)."""
    size = np.dtype(KINDS[kind]).itemsize
    planes = np.frombuffer(raw, dtype=np.uint8, count=n * size, offset=at).reshape(size, n)
    values = np.ascontiguousarray(planes.T).view(KINDS[kind]).reshape(-1)
    return values.tolist(), at + n * size


def payload(html: str) -> dict:
    """Decode the map's data as the client script does: the JSON element, then the
    incidents' columns and text into plain lists (``day`` None when undated; the text
    columns ``notes`` and ``id`` as lists of strings)."""
    ((encoding, text),) = DATA_RE.findall(html)
    if encoding == "deflate-base64":
        data = json.loads(zlib.decompress(base64.b64decode(text)).decode("utf-8"))
    else:
        assert encoding == "json"
        data = json.loads(text)
    inc = data["layers"].get("incidents")
    if inc is None:
        return data
    found, n, at = blocks(html), inc["n"], 0
    raw = found["incidents-cols"]
    for name, kind in inc["cols"]:
        values, at = _column(raw, at, n, kind)
        if name == "day":
            values = [None if d == maps.NO_DAY else d for d in values]
        if isinstance(inc.get(name), list) and len(inc[name]) == 2 and inc[name][0] is None:
            inc[name][0] = values
        else:
            inc[name] = values
    assert at == len(raw)
    at, raw = 0, found.get("incidents-text", b"")
    for name, encoding, *kinds in inc.get("text", []):
        if encoding == "utf8":
            inc[name], at = _utf8(raw, at, n, kinds[0])
            continue
        if encoding == "numbered":  # prefix + digits padded to their count
            codes, at = _column(raw, at, n, kinds[0])
            prefixes, at = _utf8(raw, at, kinds[2], kinds[1])
            widths, at = _column(raw, at, n, "u1")
            deltas, at = _column(raw, at, n, "i4")
            numbers = itertools.accumulate(deltas)
            inc[name] = [prefixes[c] + (str(v).rjust(w, "0") if w else "")
                         for c, w, v in zip(codes, widths, numbers, strict=True)]  # fmt: skip
            continue
        assert encoding == "words"
        counts, at = _column(raw, at, n, kinds[0])
        codes, at = _tiered(raw, at, kinds[3], *kinds[5:7])
        words, at = _utf8(raw, at, kinds[4], kinds[2])
        cuts = np.concatenate([[0], np.cumsum(counts)]).astype(int)
        inc[name] = ["".join(words[c] for c in codes[a:b]) for a, b in itertools.pairwise(cuts)]
    assert at == len(raw)
    return data


def _tiered(raw: bytes, at: int, n: int, a1: int, a2: int) -> tuple[list[int], int]:
    """``n`` word codes of one to three bytes from ``at`` (as the client reads them)."""
    codes = []
    for _ in range(n):
        lead = raw[at]
        if lead < a1:
            codes.append(lead)
            at += 1
        elif lead < a1 + a2:
            codes.append(a1 + ((lead - a1) << 8 | raw[at + 1]))
            at += 2
        else:
            codes.append(a1 + a2 * 256 + ((lead - a1 - a2) << 16 | raw[at + 1] << 8 | raw[at + 2]))
            at += 3
    assert at <= len(raw)
    return codes, at


def _utf8(raw: bytes, at: int, n: int, kind: str) -> tuple[list[str], int]:
    lengths, at = _column(raw, at, n, kind)
    cuts = (np.concatenate([[0], np.cumsum(lengths)]) + at).astype(int)
    return [raw[a:b].decode("utf-8") for a, b in itertools.pairwise(cuts)], int(cuts[-1])


def overlay_names(html: str) -> list[str]:
    block = html[html.index("overlays :") : html.index("};", html.index("overlays :"))]
    return [json.loads(s) for s in re.findall(r'^\s*("(?:[^"\\]|\\.)*")\s*:', block, re.M)]


@pytest.fixture
def asset_cache() -> Path:
    """The map-asset cache, filled from the npm registry once per test session."""
    return ensure_asset_cache()


def test_build_map_has_every_layer_in_fixed_order():
    m = maps.build_map(all_layers())
    assert isinstance(m, folium.Map)
    html = maps.map_html(m)
    assert overlay_names(html) == [spec.names[0] for spec in maps.LAYERS]
    hidden = [s.key for s in maps.LAYERS if not s.show]
    assert hidden == ["districts", "heat"]
    assert "<iframe" in m._repr_html_()  # renders in Jupyter


def test_layers_without_data_are_left_out_and_order_kept():
    layers = all_layers()
    m = maps.build_map(Layers(boundaries=layers.boundaries, centres=layers.centres))
    assert overlay_names(maps.map_html(m)) == [
        "Governorates", "Districts", "Joint coordination centres"
    ]  # fmt: skip


def test_arabic_layer_names_are_right_to_left():
    html = maps.map_html(maps.build_map(all_layers(), lang="ar"))
    names = overlay_names(html)
    assert names[0] == '<span dir="rtl" lang="ar">حزام الفراغ الأمني (حسب المحافظة)</span>'
    assert all(n.startswith('<span dir="rtl" lang="ar">') for n in names)
    assert payload(html)["lang"] == "ar"


def test_bad_arguments_raise_clear_errors():
    with pytest.raises(GeoDisputedError, match="lang"):
        maps.build_map(Layers(), lang="fr")
    with pytest.raises(GeoDisputedError, match="basemap"):
        maps.build_map(Layers(), basemap="satellite")
    frame = incidents(3).set_crs(None, allow_override=True)
    with pytest.raises(GeoDisputedError, match="no CRS"):
        maps.build_map(Layers(incidents=frame))
    pointless = incidents(5)
    pointless.loc[3, "geometry"] = None  # no point: an error, not a dot at int32's minimum
    with pytest.raises(GeoDisputedError, match=r"1 incident\(s\) have no point .*row 3"):
        maps.build_map(Layers(incidents=pointless))
    with pytest.raises(GeoDisputedError, match="Belt"):
        Layers(belt=all_layers().belt.pieces)  # a frame is not a Belt: no centreline


@pytest.mark.parametrize("compress", [False, True])
def test_hostile_text_never_reaches_html_raw(compress: bool):
    html = maps.map_html(
        maps.build_map(all_layers(hostile=True), compress=compress, note_chars=1000)
    )
    data = payload(html)
    ((_, text),) = DATA_RE.findall(html)
    assert "<" not in text  # the data element cannot be closed or broken out of
    page = DATA_RE.sub("", html)  # everything else: markup, scripts, styles
    assert "__pwned" not in page
    # the text survives intact as data, Jinja syntax included (never evaluated)
    inc = data["layers"]["incidents"]
    assert inc["notes"][0] == f"{HOSTILE_TEXT} #0"
    assert "{{ 7*7 }}" in inc["notes"][0] and "49" not in inc["notes"][0]
    assert HOSTILE[2] in inc["loc"][1][0]


def test_plain_json_escapes_script_breakers():
    html = maps.map_html(maps.build_map(all_layers(hostile=True), compress=False))
    ((_, text),) = DATA_RE.findall(html)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/script\\u003e" in text


def test_only_http_urls_are_kept_as_links():
    data = payload(maps.map_html(maps.build_map(all_layers(hostile=True))))
    urls = data["layers"]["incidents"]["url"][1]
    assert "https://example.org/e?a=1&b=2" in urls
    assert not any("javascript" in u for u in urls)
    assert maps._safe_urls("https://a.org/x ; javascript:alert(1) ; http://b.org") == (
        "https://a.org/x ; http://b.org", 1)  # fmt: skip


def test_incident_columns_are_compact_and_complete():
    frame = incidents(500)
    frame.loc[3, "date"] = None
    data = payload(maps.map_html(maps.build_map(Layers(incidents=frame), note_chars=8)))
    inc = data["layers"]["incidents"]
    assert inc["n"] == 500 and len(inc["lat"]) == len(inc["lon"]) == len(inc["day"]) == 500
    assert inc["day"][3] is None
    assert inc["lat"][0] == round(frame.geometry.y[0] * 1e5)
    codes, table = inc["type"]
    assert [table[c] for c in codes] == frame["event_type"].tolist()
    assert inc["notes"][0] == "made-up…"  # cut to note_chars with an ellipsis
    assert inc["colors"][table.index("Battles")] == style.EVENT_TYPES["Battles"][0]
    assert inc["types_ar"][table.index("Made-up type")] == ""


@pytest.mark.parametrize("compress", [False, True])
def test_incidents_are_binary_columns_with_their_text_apart(compress: bool, monkeypatch):
    from geo_disputed.render import page as map_page

    monkeypatch.setattr(map_page, "DEFLATE_PIECE", 50)  # many pieces joined into one stream
    frame = incidents(300)
    frame.loc[7, "date"] = None
    frame.loc[8, "notes"] = None
    frame.loc[9, "notes"] = "  two  spaces, كركوك 🔥 and a tail "
    frame.loc[10 : 9 + len(TRICKY_IDS), "event_id"] = TRICKY_IDS
    html = maps.map_html(maps.build_map(Layers(incidents=frame), compress=compress))
    ((_, text),) = DATA_RE.findall(html)
    json_text = text if not compress else zlib.decompress(base64.b64decode(text)).decode()
    assert "made-up note" not in json_text and "T299" not in json_text  # no per-row text
    assert set(blocks(html)) == {"incidents-cols", "incidents-text"}
    inc = payload(html)["layers"]["incidents"]
    kinds = dict(inc["cols"])
    assert kinds["lat"] == kinds["lon"] == kinds["day"] == "i4" and kinds["type"] == "u1"
    assert [f[:2] for f in inc["text"]] == [["notes", "words"], ["id", "numbered"]]
    assert inc["text"][0][7:] == list(maps._tiers(inc["text"][0][6]))  # a1, a2 of the codes
    assert inc["lat"] == [round(y * 1e5) for y in frame.geometry.y]
    assert inc["lon"] == [round(x * 1e5) for x in frame.geometry.x]
    days = (frame["date"] - pd.Timestamp("1970-01-01")).dt.days
    assert inc["day"] == [None if pd.isna(d) else int(d) for d in days]
    for key, column in maps.INCIDENT_CODES:
        codes, table = inc[key]
        assert [table[c] for c in codes] == frame[column].astype(str).tolist(), key
    assert inc["notes"] == frame["notes"].fillna("").tolist()  # exactly, spaces included
    assert inc["id"] == frame["event_id"].tolist()


#: Ids that the "numbered" layout must give back exactly: leading zeros, no digits, more than
#: 9 digits, empty, Arabic-Indic digits (not ASCII digits: part of the prefix), a newline,
#: numbers going down, and int32's edges.
TRICKY_IDS = ["007", "", "abc", "12345678901234", "T٣٤", "T٣4", "x\n5\n", "x\n5", "T0",
              "T000", "T9", "T5", "0", "كركوك٠١2", "1000000000", "999999999", "T-3",
              " T 12 ", "T0999999999", "T1"]  # fmt: skip


def _text_column(values: list[str], words: bool) -> tuple[list, list[str]]:
    """``values`` through :func:`maps._text_field` and back through :func:`payload`'s
    decoder: the field description and the decoded strings."""
    import pyarrow as pa

    field, raw = maps._text_field("x", pa.array(values, pa.large_string()), words=words)
    html = ('<script type="application/json" data-encoding="json" id="d">'
            + json.dumps({"layers": {"incidents": {"n": len(values), "cols": [],
                                                   "text": [field]}}})
            + '</script><script type="application/octet-stream" data-encoding="base64" '
            f'id="d-incidents-text">{base64.b64encode(raw).decode()}</script>'
            '<script type="application/octet-stream" data-encoding="base64" '
            'id="d-incidents-cols"></script>')  # fmt: skip
    return field, payload(html)["layers"]["incidents"]["x"]


def test_ids_are_a_prefix_and_a_number_when_prefixes_are_few():
    ids = [f"SYN{i:06d}" for i in range(200)] + TRICKY_IDS
    field, got = _text_column(ids, words=False)
    assert field[:2] == ["x", "numbered"] and got == ids
    assert field[4] == len(set(re.match(r"(?s)(.*?)([0-9]{0,9})\Z", v)[1] for v in ids))
    sequential = maps._text_array([f"SYN{i:06d}" for i in range(10_000)])
    seq, raw = maps._text_field("id", sequential, words=False)
    assert seq == ["id", "numbered", "u1", "u1", 1]
    assert len(zlib.compress(raw, 1)) < 1000  # almost nothing (90,000 bytes as utf8)
    assert _text_column(["only"] * 8, words=False) == (
        ["x", "numbered", "u1", "u1", 1],
        ["only"] * 8,
    )


def test_ids_with_many_prefixes_stay_utf8():
    ids = [f"{w}-{i}" for i, w in enumerate(["alpha", "beta", "gamma"] * 3)] + TRICKY_IDS
    field, got = _text_column(ids, words=False)
    assert field[:2] == ["x", "utf8"] and got == ids
    assert _text_column([], words=False) == (["x", "utf8", "u1"], [])


@pytest.mark.parametrize("size", [0, 1, 255, 256, 257, 3000, 65_279, 65_536, 65_537, 131_000,
                                  200_000, maps.TIERED_MAX - 1, maps.TIERED_MAX])  # fmt: skip
def test_word_code_tiers_are_the_fewest_three_byte_then_the_most_one_byte(size: int):
    def capacity(a1: int, a2: int) -> int:
        return a1 + a2 * 256 + (256 - a1 - a2) * 65536

    a1, a2 = maps._tiers(size)
    assert a1 >= 0 and a2 >= 0 and a1 + a2 <= 256 and capacity(a1, a2) >= size
    a3 = 256 - a1 - a2
    assert a3 == 0 or capacity(0, 256 - a3 + 1) < size  # one three-byte lead byte fewer: too few
    assert a1 + a2 == 0 or a2 == 0 or capacity(a1 + 1, a2 - 1) < size  # a1 the most
    assert maps._tiers(maps.TIERED_MAX + 1) is None


@pytest.mark.parametrize("tiers", [(256, 0), (2, 1), (0, 0), (0, 3), (3, 0), (200, 56), (1, 255)])
def test_tiered_word_codes_decode_at_every_boundary(tiers: tuple[int, int]):
    a1, a2 = tiers
    top = min(a1 + a2 * 256 + (256 - a1 - a2) * 65536, 70_000)
    edges = {0, a1 - 1, a1, a1 + 1, a1 + a2 * 256 - 1, a1 + a2 * 256, a1 + a2 * 256 + 1,
             a1 + a2 * 256 + 65535, a1 + a2 * 256 + 65536, top - 1}  # fmt: skip
    codes = sorted(c for c in edges if 0 <= c < top) * 2
    stream = bytes(maps._tiered(np.arange(top), np.array(codes), a1, a2))
    assert _tiered(stream, 0, len(codes), a1, a2) == (codes, len(stream))
    sizes = [1 if c < a1 else 2 if c < a1 + a2 * 256 else 3 for c in codes]
    assert len(stream) == sum(sizes)


def test_notes_of_a_big_vocabulary_take_three_byte_codes():
    notes = [" ".join(f"w{i}x{k}" for k in range(70)) + " the end" for i in range(1000)]
    notes[3] = "the the the"
    field, got = _text_column(notes, words=True)
    assert got == notes  # words "the ", "end", "the" and 999 x 70 others; 72 a note
    assert (field[5], field[6]) == (999 * 72 + 3, 999 * 70 + 3)
    assert 256 - field[7] - field[8] >= 1  # a three-byte tier: more than 65,536 words


def test_notes_beyond_the_tiered_codes_stay_utf8(monkeypatch):
    notes = ["a b c", "", "d e f ", "كركوك 🔥"] * 3
    monkeypatch.setattr(maps, "TIERED_MAX", 7)  # 8 distinct words: one too many
    field, got = _text_column(notes, words=True)
    assert field == ["x", "utf8", "u1"] and got == notes
    monkeypatch.setattr(maps, "TIERED_MAX", 8)
    field, got = _text_column(notes, words=True)
    assert field[1] == "words" and got == notes


def test_deflate_pieces_make_one_zlib_stream(monkeypatch):
    from geo_disputed.render import page as map_page

    data = b"".join(i.to_bytes(4, "little") for i in range(100_000)) + bytes(range(256)) * 99
    for piece in (7, 4096, 1 << 20):
        monkeypatch.setattr(map_page, "DEFLATE_PIECE", piece)
        assert zlib.decompress(map_page.deflate(data)) == data
    assert zlib.decompress(map_page.deflate(b"")) == b""


@pytest.mark.parametrize("radius_km", [20.0, 35.0])
def test_centre_circles_are_geodesic_with_the_layers_radius(radius_km: float):
    layers = Layers(centres=all_layers().centres, radius_km=radius_km)
    data = payload(maps.map_html(maps.build_map(layers)))
    assert data["layers"]["centres"]["radius_km"] == radius_km
    ring = data["layers"]["centres"]["circle"][0]
    lat, lon = data["layers"]["centres"]["pt"][0]
    geod = Geod(ellps="WGS84")
    distances = [geod.inv(lon, lat, x, y)[2] for y, x in ring]
    assert max(abs(d - radius_km * 1000) for d in distances) < 5  # rounding to 1e-5 degree


def test_places_are_grouped_with_their_surface_forms():
    data = payload(maps.map_html(maps.build_map(Layers(places=all_layers().places))))
    p = data["layers"]["places"]
    assert p["name_en"] == ["Box Town", "Other Town"]
    assert p["forms"][0] == ["بلدة الصندوق"] and p["count"] == [2, 1]
    assert p["score"][0] == 0.9


def test_belt_tooltips_and_its_centreline():
    belt = all_layers().belt
    data = payload(maps.map_html(maps.build_map(Layers(belt=belt))))
    drawn = data["layers"]["belt"]
    assert drawn["admin1"] == ["North Box", "South Box"]
    assert drawn["area"] == [round(a, 1) for a in belt.pieces["area_km2"]]
    assert data["layers"]["centreline"]["length"] == [round(belt.centreline.length / 1e3, 1)]
    assert "Belt width 20 km" in data["subtitle"]


def test_belt_tooltip_says_what_supports_each_part():
    belt = vacuum_belt()
    data = payload(maps.map_html(maps.build_map(Layers(belt=belt), hotspots=hotspots())))
    drawn = data["layers"]["belt"]
    assert drawn["admin1"] == ["North Box", "North Box", "South Box"]
    assert drawn["color"][0] == drawn["color"][1] != drawn["color"][2]  # one per governorate
    assert drawn["support"] == ["hotspot", "frontier", "interpolation"]
    assert drawn["hot"] == [["box-ridge", "box-gap"], [], []]
    assert drawn["spots"] == {
        "box-ridge": ["Box Ridge", "سلسلة الصندوق"],
        "box-gap": ["Box Gap", ""],
    }
    # the words and styles come from style.py, once, for the supports drawn
    for key in ("hotspot", "frontier", "interpolation"):
        assert drawn["words"][key] == list(style.BELT_SUPPORT[key])
        look = style.BELT_SUPPORT_STYLE[key]
        assert drawn["styles"][key] == [look.opacity, look.dash]
    assert drawn["words"]["support"] == list(style.LABELS["belt_support"])
    assert len({o for o, _ in drawn["styles"].values()}) == 3  # told apart on the map
    # an id the hotspot table does not know is shown as itself, not dropped
    other = hotspots().iloc[:1]
    drawn = payload(maps.map_html(maps.build_map(Layers(belt=belt), hotspots=other)))
    assert drawn["layers"]["belt"]["spots"]["box-gap"] == ["box-gap", ""]
    # a belt without hotspots carries no names; only the supports drawn get words
    corridor = payload(maps.map_html(maps.build_map(Layers(belt=all_layers().belt))))
    assert corridor["layers"]["belt"]["spots"] == {}
    assert set(corridor["layers"]["belt"]["styles"]) <= {"interpolation"}


def test_belt_tooltip_names_the_bundled_hotspots():
    pieces = vacuum_belt().pieces.assign(hotspots=["zummar|khanaqin", "", ""])
    belt = dataclasses.replace(vacuum_belt(), pieces=pieces)
    drawn = payload(maps.map_html(maps.build_map(Layers(belt=belt))))["layers"]["belt"]
    assert drawn["spots"]["zummar"][0].startswith("Zummar")
    assert drawn["spots"]["khanaqin"][1]  # its Arabic name from data/vacuum_hotspots.csv


def test_search_covers_places_centres_and_units_in_both_languages():
    data = payload(maps.map_html(maps.build_map(all_layers())))
    titles = {r["title"]: r for r in data["search"]}
    assert {"North Box (governorate)", "Centre A (centre)",
            "Box Town (place)", "South West (district)"} <= set(titles)  # fmt: skip
    assert "الصندوق الشمالي" in titles["North Box (governorate)"]["a"]  # the Arabic as an alias


def test_attribution_names_each_source():
    data = payload(maps.map_html(maps.build_map(all_layers(), sources={"boundaries": "B"})))
    text = " | ".join(data["attribution"])
    assert text.startswith("B | Countries: made-up countries for tests | Belt:")
    assert "UNAMI" in text and "OpenStreetMap" in text
    # a layer not drawn is not cited, even when a citation is passed for it
    only_belt = payload(
        maps.map_html(maps.build_map(Layers(belt=all_layers().belt), sources={"incidents": "I"}))
    )
    assert not any(a.startswith(("I", "Incidents", "Boundaries")) for a in only_belt["attribution"])
    plain = payload(maps.map_html(maps.build_map(all_layers(), basemap="plain")))
    assert plain["tiles"] is None and not any("OpenStreetMap" in a for a in plain["attribution"])


def test_cdn_tags_carry_subresource_integrity():
    html = maps.map_html(maps.build_map(all_layers()))
    for asset in map_assets.SCRIPTS:
        assert f'<script src="{asset.url}" integrity="{asset.integrity}"' in html
    assert "cdnjs" not in html and "code.jquery.com" not in html  # folium's defaults are gone


def test_self_contained_has_no_external_asset_reference(asset_cache: Path):
    html = maps.map_html(maps.build_map(all_layers(), basemap="plain", self_contained=True))
    assert not re.search(r"<script[^>]+src=", html)
    assert not re.search(r"<link[^>]+href=", html)
    styles = "".join(re.findall(r"<style>(.*?)</style>", html, re.S))
    assert "@import" not in styles
    urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", styles)
    assert len(urls) > 10 and all(u.startswith(("data:", "#")) for u in urls), urls
    for asset in map_assets.SCRIPTS:
        assert map_assets.inline_js(asset)[:200] in html


def test_inline_css_turns_images_into_data_uris(asset_cache: Path):
    leaflet_css = map_assets.BY_KEY["leaflet@1.9.3/dist/leaflet.css"]
    css = map_assets.inline_css(leaflet_css)
    assert "images/layers.png" not in css
    assert 'url("data:image/png;base64,' in css


def test_populate_from_npm_rejects_a_wrong_hash(tmp_path: Path, monkeypatch):
    """A fake ``npm`` packs a tampered file: the pinned hash must catch it."""
    asset = map_assets.Asset("leaflet.heat", "0.0.1", "dist/leaflet-heat.js", "0" * 64)
    monkeypatch.setattr(map_assets, "REGISTRY", (asset,))
    tarball = tmp_path / "leaflet.heat-0.0.1.tgz"
    with tarfile.open(tarball, "w:gz") as tar:
        data = b"window.tampered = true;"
        info = tarfile.TarInfo("package/dist/leaflet-heat.js")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    npm = tmp_path / "npm"
    npm.write_text(f'#!/bin/sh\ncp "{tarball}" "$5/"\necho {tarball.name}\n')
    npm.chmod(0o755)
    with pytest.raises(GeoDisputedError, match="sha256"):
        map_assets.populate_cache_from_npm(str(npm))
    assert not map_assets.cached_path(asset).exists()


def test_fetch_offline_names_the_asset_and_the_fix(monkeypatch):
    import pooch

    def offline(*args, **kwargs):
        raise OSError("network is unreachable")

    monkeypatch.setattr(pooch, "retrieve", offline)
    asset = map_assets.Asset("leaflet", "9.9.9", "dist/none.js", "0" * 64)
    with pytest.raises(GeoDisputedError, match=r"leaflet@9\.9\.9.*python -m geo_disputed"):
        map_assets.fetch(asset)


def test_registry_is_pinned():
    for asset in map_assets.REGISTRY:
        assert re.fullmatch(r"[0-9a-f]{64}", asset.sha256)
        assert asset.url.startswith("https://cdn.jsdelivr.net/npm/") and "@" in asset.key
    assert map_assets.SCRIPTS[0].package == "leaflet"  # loaded before its plugins


def test_save_map_is_atomic(tmp_path: Path):
    out = tmp_path / "maps" / "m.html"
    out.parent.mkdir()
    out.write_text("old")
    maps.save_map(maps.build_map(all_layers()), out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.parent.iterdir()] == ["m.html"]


def _map_command(argv: list[str]) -> int:
    from geo_disputed.commands import map as command

    parser = argparse.ArgumentParser()
    command.register(parser.add_subparsers())
    args = parser.parse_args(["map", *argv])
    return args.func(args)


def test_map_command_writes_every_layer(tmp_path: Path, shared_boundaries: Path, capsys):
    from geo_disputed.curated import data_path

    out = tmp_path / "maps" / "iraq.html"
    incidents = str(data_path("incidents.csv"))
    code = _map_command(["--out", str(out), "--boundaries", str(shared_boundaries),
                         "--incidents", incidents, "--lang", "ar"])  # fmt: skip
    assert code == 0
    html = out.read_text(encoding="utf-8")
    data = payload(html)
    # the seed article's places too; the news layer only with --news (tests/test_news.py)
    assert set(data["layers"]) == {s.key for s in maps.LAYERS} - {"news"}
    assert {"Ninewa", "Kirkuk", "Diyala"} <= set(data["layers"]["belt"]["admin1"])
    assert "OCHA" in data["attribution"][0]
    assert "wrote" in capsys.readouterr().out


def test_map_command_rejects_a_non_html_name(tmp_path: Path):
    with pytest.raises(GeoDisputedError, match="html"):
        _map_command(["--out", str(tmp_path / "m.png")])


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "no incident rows"), ("date,latitude,longitude\n2020-01-01,x,44\n", "all 1 rejected")],
)
def test_map_command_refuses_incidents_without_a_valid_row(tmp_path: Path, text, message):
    incidents = tmp_path / "inc.csv"
    incidents.write_text(text, encoding="utf-8")
    out = tmp_path / "m.html"
    with pytest.raises(GeoDisputedError, match=message):
        _map_command(["--out", str(out), "--incidents", str(incidents)])
    assert not out.exists()


def test_map_command_states_the_crs(tmp_path: Path, capsys):
    assert _map_command(["--out", str(tmp_path / "m.html"), "--basemap", "plain"]) == 0
    assert "EPSG:4326" in capsys.readouterr().out


def test_html_title_is_the_map_title_escaped():
    html = maps.map_html(maps.build_map(all_layers(), title=("A <b> & 'c'", "عنوان")))
    assert "<title>A &lt;b&gt; &amp; &#x27;c&#x27; · عنوان</title>" in html
    arabic = maps.map_html(maps.build_map(all_layers(), lang="ar"))
    en, ar = style.title(True)
    assert f"<title>{ar} · {en}</title>" in arabic
