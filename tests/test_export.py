"""Static maps: rendering, formats, Arabic shaping, determinism, metric scale bar and the CLI."""

from __future__ import annotations

import dataclasses
import logging
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from browser import browser_missing

from geo_disputed import cli
from geo_disputed.errors import GeoDisputedError
from geo_disputed.geo.belt import Belt
from geo_disputed.render import arabic
from geo_disputed.render import static as export
from geo_disputed.render.browser import screenshot_html
from geo_disputed.render.layers import Layers

PRESENTATION_FORMS = range(0xFE70, 0xFF00)
GOVERNORATES = [  # synthetic 1.5° squares, names as the boundary loader returns them
    ("IQG15", "Ninewa", "نينوى", 42.0, 35.5),
    ("IQG11", "Erbil", "أربيل", 43.5, 35.5),
    ("IQG13", "Kirkuk", "كركوك", 43.5, 34.0),
    ("IQG10", "Diyala", "ديالى", 45.0, 34.0),
]


@pytest.fixture(scope="module")
def layers() -> Layers:
    """Small synthetic layers in the loaders' schemas (EPSG:4326, belt in EPSG:32638)."""
    import geopandas as gpd
    from shapely.geometry import LineString, box

    gov = gpd.GeoDataFrame(
        {
            "level": 1,
            "pcode": [g[0] for g in GOVERNORATES],
            "name_en": [g[1] for g in GOVERNORATES],
            "name_ar": [g[2] for g in GOVERNORATES],
        },
        geometry=[box(x, y, x + 1.5, y + 1.5) for *_, x, y in GOVERNORATES],
        crs="EPSG:4326",
    )
    country = gpd.GeoDataFrame(
        {"level": [0], "pcode": ["IQ"], "name_en": ["Iraq"], "name_ar": ["العراق"]},
        geometry=[gov.union_all()],
        crs="EPSG:4326",
    )
    boundaries = gpd.pd.concat([country, gov], ignore_index=True)
    line = (
        gpd.GeoSeries([LineString([(42.2, 36.6), (43.9, 35.4), (45.6, 34.3)])], crs=4326)
        .to_crs(export.METRIC)
        .iloc[0]
    )
    gov_m = gov.to_crs(export.METRIC)
    corridor = line.buffer(10_000, cap_style="flat")
    belt = gpd.GeoDataFrame(
        {
            "admin1": gov_m["name_en"],
            "pcode": gov_m["pcode"],
            "length_km": [line.intersection(g).length / 1000 for g in gov_m.geometry],
        },
        geometry=[corridor.intersection(g) for g in gov_m.geometry],
        crs=export.METRIC,
    )
    belt = belt[~belt.geometry.is_empty].reset_index(drop=True)
    belt["area_km2"] = belt.area / 1e6
    rng = np.random.default_rng(7)
    incidents = gpd.GeoDataFrame(
        {
            "event_id": [f"T{i}" for i in range(12)],
            "date": gpd.pd.date_range("2022-01-01", periods=12, freq="MS"),
            "event_type": rng.choice(["Battles", "Explosions/Remote violence"], 12),
            "fatalities": rng.integers(0, 9, 12),
        },
        geometry=gpd.points_from_xy(rng.uniform(42.5, 46, 12), rng.uniform(34.2, 36.8, 12)),
        crs="EPSG:4326",
    )
    centres = gpd.GeoDataFrame(
        {
            "name_en": ["Joint Coordination Centre, Kirkuk (K-1)", "Makhmour"],
            "name_ar": ["مركز التنسيق المشترك في كركوك", "مخمور"],
        },
        geometry=gpd.points_from_xy([44.39, 43.58], [35.47, 35.78]),
        crs="EPSG:4326",
    )
    kurdistan = gov[gov["name_en"] == "Erbil"]
    disputed = gov[gov["name_en"] == "Kirkuk"]
    return Layers(
        boundaries=boundaries,
        disputed=disputed,
        kurdistan=kurdistan,
        belt=Belt(belt, line, "corridor", "corridor", 20.0),
        incidents=incidents,
        centres=centres,
    )


def _save(layers: Layers, path: Path, *, dpi: float = 300, **options) -> Path:
    """Draw ``layers`` (``options`` as for static_map) and write the figure to ``path``."""
    return export.save_static_map(export.static_map(layers, dpi=dpi, **options), path, dpi=dpi)


def _image(path: Path):
    from PIL import Image

    with Image.open(path) as img:
        img.load()
        return img


def _figure_text(fig) -> str:
    """Every text of ``fig``, one per line, each with its wrapping undone."""
    texts = fig.findobj(lambda a: hasattr(a, "get_text"))
    return "\n".join(" ".join(t.get_text().split()) for t in texts)


# --- rendering and formats -------------------------------------------------------------------


def test_png_has_requested_size_and_dpi_and_is_not_blank(layers, tmp_path):
    out = _save(layers, tmp_path / "map.png", size="6x4", dpi=100)
    img = _image(out)
    assert img.size == (600, 400)
    assert img.info["dpi"] == pytest.approx((100, 100), abs=0.01)
    pixels = np.asarray(img.convert("L"), dtype=float)
    assert pixels.std() > 20  # a blank or single-colour image has ~0
    assert len(np.unique(pixels)) > 50
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]  # no temp file left behind


@pytest.mark.parametrize(
    ("size", "expected"),
    [("A4", (584, 413)), ("16:9", (666, 375)), ("20x10cm", (393, 196)), ("800x400px", (800, 400))],
)
def test_named_and_unit_sizes(layers, tmp_path, size, expected):
    out = _save(layers, tmp_path / "map.png", size=size, dpi=50)
    width, height = _image(out).size
    assert abs(width - expected[0]) <= 1
    assert abs(height - expected[1]) <= 1


def test_pdf_parses_with_a4_page_and_crs_note(layers, tmp_path):
    from pypdf import PdfReader

    out = _save(layers, tmp_path / "map.pdf", dpi=72)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(297 / 25.4 * 72, abs=0.5)
    assert float(box.height) == pytest.approx(210 / 25.4 * 72, abs=0.5)
    assert "EPSG:32638" in reader.pages[0].extract_text()


@pytest.mark.skipif(
    not arabic.renderer_applies_bidi(),
    reason="matplotlib < 3.11 lays text out without bidi, so SVG text is drawn as paths",
)
@pytest.mark.parametrize("lang", ["ar", "both"])
def test_svg_holds_arabic_as_searchable_text_in_logical_order(layers, tmp_path, lang):
    """matplotlib >= 3.11 shapes Arabic itself (libraqm), so the SVG keeps the letters as
    written, for viewers to shape: searchable and copyable, not presentation forms."""
    out = _save(layers, tmp_path / "map.svg", lang=lang)
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    texts = [el.text or "" for el in root.iter() if el.tag.endswith("text")]
    text = "\n".join(texts)
    assert not any(ord(c) in PRESENTATION_FORMS for c in text)
    # governorate (halo) labels, centre labels, the legend and the title are all text
    for words in ("كركوك", "ديالى", "مخمور", "إقليم كردستان", "حزام الفراغ الأمني"):
        assert words in text, words
    assert "EPSG:32638" in text
    # logical order, first word first, in a right-to-left isolate so that a viewer lays the
    # line out right to left as matplotlib does (not only where the line is all Arabic)
    assert f"{arabic.RLI}العراق: حزام الفراغ الأمني" in text
    assert all(t.endswith(arabic.PDI) for t in texts if t.startswith(arabic.RLI))


def test_pdf_arabic_extracts_as_letters_not_presentation_forms(layers, tmp_path):
    from pypdf import PdfReader

    out = _save(layers, tmp_path / "map.pdf", lang="ar", dpi=72)
    text = PdfReader(out).pages[0].extract_text()
    if arabic.renderer_applies_bidi():
        assert not any(ord(c) in PRESENTATION_FORMS for c in text)
        for word in ("كركوك", "ديالى", "مخمور", "كردستان"):
            assert word in text, word
    else:  # older matplotlib: presentation forms, and the note says so
        assert "presentation forms" in text


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_same_inputs_give_identical_bytes(layers, tmp_path, suffix):
    first = _save(layers, tmp_path / f"a{suffix}", lang="both", dpi=60)
    second = _save(layers, tmp_path / f"b{suffix}", lang="both", dpi=60)
    assert first.read_bytes() == second.read_bytes()


def test_unknown_extension_is_refused_before_drawing(tmp_path):
    from matplotlib.figure import Figure

    with pytest.raises(GeoDisputedError, match=r"\.jpg"):
        export.save_static_map(Figure(), tmp_path / "map.jpg")
    assert not (tmp_path / "map.jpg").exists()


def test_renders_without_boundaries_and_says_so(layers, caplog):
    partial = dataclasses.replace(layers, boundaries=None, disputed=None, kurdistan=None)
    with caplog.at_level(logging.WARNING, logger="geo_disputed"):
        fig = export.static_map(partial, dpi=50)
    assert "without boundaries" in caplog.text
    assert "Boundaries not available" in _figure_text(fig)
    fig.canvas.draw()
    pixels = np.asarray(fig.canvas.buffer_rgba())[..., :3].astype(float)
    assert pixels.std() > 10


def test_nothing_to_draw_is_an_error():
    with pytest.raises(GeoDisputedError, match="nothing to draw"):
        export.static_map(Layers())


def test_layer_without_crs_is_an_error(layers):
    bare = layers.incidents.set_crs(None, allow_override=True)
    with pytest.raises(GeoDisputedError, match=r"incidents.*no CRS"):
        export.static_map(Layers(incidents=bare))


def test_legend_reports_belt_measures_and_incident_types(layers):
    fig = export.static_map(layers, dpi=50)
    text = _figure_text(fig)
    for row in layers.belt.pieces.itertuples():
        assert f"{row.admin1}: {row.length_km:,.0f} km, {row.area_km2:,.0f} km²" in text
    for kind, count in layers.incidents["event_type"].value_counts().items():
        assert f"{kind} ({count})" in text
    assert "EPSG:32638" in text


# --- metric scale bar and north arrow ----------------------------------------------------------


def _scale_bar(fig):
    from matplotlib.patches import Rectangle

    ax = fig.axes[0]
    bars = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_zorder() == 20]
    labels = [t.get_text() for t in ax.texts if t.get_text().endswith("km")]
    return ax, bars, labels


def test_scale_bar_length_is_in_metres_of_utm38n(layers):
    fig = export.static_map(layers, dpi=50)
    ax, bars, labels = _scale_bar(fig)
    assert len(bars) == 4
    total_m = sum(b.get_width() for b in bars)
    assert labels == [f"{total_m / 1000:g} km"]
    # The axes are in EPSG:32638 metres: the centres are drawn at their UTM 38N coordinates.
    from pyproj import Transformer

    centres = next(line for line in ax.lines if line.get_marker() == "s")
    lon, lat = layers.centres.geometry.x, layers.centres.geometry.y
    x, y = Transformer.from_crs(4326, 32638, always_xy=True).transform(lon, lat)
    assert np.allclose(centres.get_xdata(), x) and np.allclose(centres.get_ydata(), y)
    x0, x1 = ax.get_xlim()
    assert 0.08 * (x1 - x0) < total_m < 0.25 * (x1 - x0)  # a 1-2-5 length near 22%


@pytest.mark.parametrize(("bbox", "east"), [((39, 33, 41, 35), True), ((47, 33, 49, 35), False)])
def test_north_arrow_points_to_true_north(layers, bbox, east):
    """West of 45°E true north leans east of UTM grid north, and west of it east of 45°E."""
    fig = export.static_map(layers, dpi=50, bbox=bbox)
    arrow = next(t for t in fig.axes[0].texts if t.get_text() == "" and t.arrow_patch)
    tip_x, base_x = arrow.xy[0], arrow.xyann[0]
    assert (tip_x > base_x) is east


@pytest.mark.parametrize(("target", "nice"), [(23_000, 20_000), (170_000, 100_000), (490, 200)])
def test_nice_scale_lengths(target, nice):
    assert export._nice_length(target) == pytest.approx(nice)


# --- Arabic ----------------------------------------------------------------------------------


def test_shape_arabic_gives_presentation_forms_in_logical_or_visual_order():
    shaped = arabic.shape_arabic("كركوك", visual_order=False)
    assert all(ord(c) in PRESENTATION_FORMS for c in shaped)
    assert arabic.shape_arabic("كركوك", visual_order=True) == shaped[::-1]
    assert arabic.shape_arabic("Kirkuk 140") == "Kirkuk 140"


def test_arabic_font_covers_the_shaped_glyphs():
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    family = arabic.find_arabic_font()
    assert family is not None  # matplotlib's own DejaVu Sans has them
    path = font_manager.findfont(font_manager.FontProperties(family=family))
    charmap = FT2Font(path).get_charmap()
    assert all(ord(c) in charmap for c in arabic.shape_arabic("السليمانية كركوك"))


def test_missing_arabic_font_falls_back_to_english_with_warning(layers, monkeypatch, caplog):
    from matplotlib import font_manager

    def search_without_fonts() -> str | None:
        """The real search over an empty font list (drawing still has matplotlib's fonts
        for the English it measures and draws)."""
        with monkeypatch.context() as patch:
            patch.setattr(font_manager.fontManager, "ttflist", [])
            arabic.find_arabic_font.cache_clear()
            return arabic.find_arabic_font()

    monkeypatch.setattr(export, "find_arabic_font", search_without_fonts)
    try:
        with caplog.at_level(logging.WARNING, logger="geo_disputed"):
            fig = export.static_map(layers, lang="ar", dpi=50)
    finally:
        arabic.find_arabic_font.cache_clear()
    assert "no installed font has the Arabic glyphs" in caplog.text
    text = _figure_text(fig)
    assert "Arabic labels left out" in text
    assert not arabic.has_arabic(text)
    assert "Kirkuk" in text


def test_basemap_without_contextily_draws_without_tiles(layers, monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "contextily", None)  # import fails
    with caplog.at_level(logging.WARNING, logger="geo_disputed"):
        fig = export.static_map(layers, basemap=True, dpi=50)
    assert "contextily is not installed" in caplog.text
    assert "Basemap omitted" in _figure_text(fig)


# --- parsing and CLI -------------------------------------------------------------------------


def test_parse_bbox_and_size():
    assert export.parse_bbox("42,34,46.5,37") == (42, 34, 46.5, 37)
    assert export.parse_size("A4") == pytest.approx((11.69, 8.27), abs=0.01)
    assert export.parse_size("1200x900px", dpi=300) == (4, 3)
    for bad in ("1,2,3", "a,b,c,d", "46,34,42,37", "0,95,1,96", "nan,1,2,3"):
        with pytest.raises(GeoDisputedError, match="--bbox"):
            export.parse_bbox(bad)
    for bad in ("B5", "0x4", "10x", "500x500"):
        with pytest.raises(GeoDisputedError, match="--size"):
            export.parse_size(bad)


@pytest.fixture
def run_cli(monkeypatch, capsys):
    """Run ``geo-disputed`` with only the export command registered."""
    monkeypatch.setattr(cli, "COMMANDS", ("export",))

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--out", "{tmp}/m.png", "--bbox", "42,34,46"], "--bbox"),
        (["--out", "{tmp}/m.png", "--bbox", "46,34,42,37"], "--bbox"),
        (["--out", "{tmp}/m.jpg"], "unknown image format '.jpg'"),
        (["--out", "{tmp}/m"], "unknown image format '(none)'"),
        (["--out", "{tmp}/m.png", "--incidents", "{tmp}/missing.csv"], "missing.csv"),
        (["--out", "{tmp}/m.png", "--size", "huge"], "--size"),
        (["--out", "{tmp}/m.png", "--dpi", "0"], "--dpi"),
        (["--out", "{tmp}/m.png", "--boundaries", "{tmp}/nowhere"], "nowhere"),
        (["--out", "{tmp}/m.pdf", "--from-html", "{tmp}/map.html"], "PNG only"),
        (["--out", "{tmp}/m.png", "--from-html", "{tmp}/map.html"], "map.html"),
    ],
)
def test_cli_bad_input_exits_2_with_one_line(run_cli, tmp_path, argv, message):
    code, _out, err = run_cli("export", *(a.format(tmp=tmp_path) for a in argv))
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("geo-disputed export: error:")
    assert message in err
    assert "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_cli_exports_bundled_data_with_real_boundaries(run_cli, shared_boundaries, tmp_path):
    out = tmp_path / "map.png"
    code, stdout, err = run_cli(
        "export", "--out", str(out), "--boundaries", str(shared_boundaries), "--dpi", "60",
        "--lang", "both",
    )  # fmt: skip
    assert code == 0, err
    assert "EPSG:32638" in stdout
    img = _image(out)
    assert img.size == (int(297 / 25.4 * 60), int(210 / 25.4 * 60))
    assert np.asarray(img.convert("L"), dtype=float).std() > 20


# --- screenshot of an HTML map -----------------------------------------------------------------


needs_chromium = pytest.mark.skipif(bool(browser_missing()), reason=browser_missing())
PAGE = """<!doctype html><html><body style="margin:0;background:#fff">
<canvas id="c" width="300" height="200"></canvas><script>
setTimeout(function () {
  var g = document.getElementById("c").getContext("2d");
  g.fillStyle = "#c00"; g.fillRect(20, 20, 200, 120);
  window.geoDisputedReady = %s;
}, 200);
</script></body></html>"""


@pytest.mark.browser
@needs_chromium
def test_from_html_waits_for_the_map_and_keeps_size_and_dpi(tmp_path):
    from PIL import Image

    html = tmp_path / "map.html"
    html.write_text(PAGE % "true", encoding="utf-8")
    out = screenshot_html(html, tmp_path / "shot.png", size="4x3", dpi=192)
    with Image.open(out) as img:
        assert img.size == (768, 576)
        assert img.info["dpi"] == pytest.approx((192, 192), abs=0.01)
        rgb = np.asarray(img.convert("RGB"))
    red = (rgb[..., 0] > 180) & (rgb[..., 1] < 60)
    assert red.sum() > 0.5 * (200 * 120 * 4)  # drawn after the delay, so the wait worked


@pytest.mark.browser
@needs_chromium
def test_from_html_that_never_draws_is_a_clear_error(tmp_path):
    html = tmp_path / "map.html"
    html.write_text(PAGE % "false", encoding="utf-8")
    with pytest.raises(GeoDisputedError, match="did not draw"):
        screenshot_html(html, tmp_path / "shot.png", size="4x3", dpi=96, timeout_s=1)
    assert not (tmp_path / "shot.png").exists()


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("empty.csv", "", "no incident rows"),
        ("header.csv", "date,latitude,longitude,source\n", "no incident rows"),
        ("bad.csv", "date,latitude,longitude,source\n2020-01-01,north,44,x\n", "all 1 rejected"),
    ],
)
def test_cli_incidents_without_a_valid_row_are_an_error(run_cli, tmp_path, name, text, message):
    incidents = tmp_path / name
    incidents.write_text(text, encoding="utf-8")
    out = tmp_path / "out" / "m.png"
    code, _out, err = run_cli("export", "--out", str(out), "--incidents", str(incidents))
    assert code == 2
    assert err.count("\n") == 1 and message in err and name in err
    assert not out.parent.exists()


def test_cli_from_html_refuses_a_non_html_file_at_once(run_cli, tmp_path):
    for name, data in (("notes.txt", b"just some notes\n"), ("blob.html", b"\x00\x01binary")):
        page = tmp_path / name
        page.write_bytes(data)
        code, _out, err = run_cli("export", "--out", str(tmp_path / "s.png"), "--from-html",
                                  str(page))  # fmt: skip
        assert code == 2
        assert "not an HTML page" in err and name in err
    assert not (tmp_path / "s.png").exists()


def test_cli_reports_the_pixel_size_written_and_the_incident_count(run_cli, tmp_path):
    out = tmp_path / "m.png"
    code, stdout, err = run_cli("export", "--out", str(out), "--size", "800x600px", "--dpi", "96")
    assert code == 0, err
    assert _image(out).size == (800, 600)
    assert "800x600 px at 96 dpi" in stdout  # the estimate int(width * dpi) said 799
    assert "incidents.csv: read" in stdout


def test_browser_tests_fail_rather_than_skip_in_ci(monkeypatch):
    import browser

    monkeypatch.setattr(browser, "chromium_path", lambda: None)
    monkeypatch.setattr(browser, "IN_CI", False)
    assert "chromium" in browser.browser_missing()
    monkeypatch.setattr(browser, "IN_CI", True)
    assert browser.browser_missing() == ""
    with pytest.raises(pytest.fail.Exception, match="CI must run"):
        browser.skip_or_fail("npm missing")
