"""Static map labels: none overlaps another, all inside the map; one count per group of
incident markers; towns on zoomed views; neighbours named; a right-to-left Arabic legend; a
bilingual ``both``; a scale note with digits; shared wording; file metadata."""

from __future__ import annotations

import dataclasses
import itertools
import re
import xml.etree.ElementTree as ET

import map_samples
import numpy as np
import pytest
from matplotlib.legend import Legend
from matplotlib.text import Text

from geo_disputed import settings
from geo_disputed.render import static as export
from geo_disputed.render.layers import Layers
from geo_disputed.render.style import LAYER_NAMES
from geo_disputed.text.gazetteer import Place

KIRKUK = (43.3, 34.6, 45.6, 36.0)


@pytest.fixture(scope="module")
def real_layers(shared_boundaries) -> Layers:
    """The bundled data on the real OCHA boundaries (what `geo-disputed export` draws)."""
    from geo_disputed.layers import load_layers

    settings.offline = True
    return load_layers(shared_boundaries)


def _texts(fig) -> list[Text]:
    """Every visible, non-empty text of the drawn figure."""
    fig.canvas.draw()
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


def _overlaps(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def _collisions(fig) -> list[str]:
    renderer = fig.canvas.get_renderer()
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in _texts(fig)]
    return [
        f"{a!r} overlaps {b!r}"
        for (a, ba), (b, bb) in itertools.combinations(boxes, 2)
        if _overlaps(ba, bb)
    ]


def _map_labels(fig) -> list[Text]:
    ax = fig.axes[0]
    return [t for t in _texts(fig) if t.axes is ax]


@pytest.mark.parametrize("lang", ["en", "ar", "both"])
@pytest.mark.parametrize("bbox", [None, KIRKUK], ids=["default", "kirkuk"])
def test_no_two_labels_overlap_and_every_label_is_inside(real_layers, lang, bbox):
    fig = export.static_map(real_layers, lang=lang, dpi=72, bbox=bbox)
    assert _collisions(fig) == []
    renderer = fig.canvas.get_renderer()
    frame = fig.axes[0].get_window_extent(renderer)
    page = fig.bbox
    for text in _texts(fig):
        box = text.get_window_extent(renderer)
        assert page.x0 <= box.x0 and box.x1 <= page.x1, text.get_text()
        assert page.y0 <= box.y0 and box.y1 <= page.y1, text.get_text()
    labels = _map_labels(fig)
    assert len(labels) >= 8  # governorates, centres, neighbours, scale bar ...
    for text in labels:
        box = text.get_window_extent(renderer)
        inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0
        assert inside and box.y1 <= frame.y1, text.get_text()


@pytest.mark.parametrize("lang", ["en", "ar", "both"])
def test_synthetic_layers_have_no_overlapping_text(lang):
    fig = export.static_map(map_samples.all_layers(n_incidents=200), lang=lang, dpi=60)
    assert _collisions(fig) == []


def _marker_boxes(fig) -> list[tuple[float, float, float, float]]:
    """Display boxes of every incident marker (scatter collections of the map)."""
    from matplotlib.collections import PathCollection

    ax = fig.axes[0]
    boxes = []
    for coll in ax.collections:
        if not isinstance(coll, PathCollection) or not len(coll.get_offsets()):
            continue
        if coll.get_sizes() is None or not len(coll.get_sizes()):
            continue
        xy = ax.transData.transform(coll.get_offsets())
        r = np.sqrt(coll.get_sizes()) / 2 * fig.dpi / 72
        r = np.broadcast_to(r, len(xy))
        boxes += [(x - q, y - q, x + q, y + q) for (x, y), q in zip(xy, r, strict=True)]
    return boxes


def test_stacked_incidents_get_one_count_placed_off_the_markers():
    """Six incidents at one point and seven 300 m away (Erbil's case) overlap on the page:
    one count, 13, beside the dots, not "×6" printed over "×7" and over the dots."""
    import geopandas as gpd

    layers = map_samples.all_layers(n_incidents=0)
    lon = [44.0] * 6 + [44.0035] * 7 + [43.5]
    lat = [35.5] * 6 + [35.5] * 7 + [36.5]
    incidents = gpd.GeoDataFrame(
        {"event_type": "Battles", "fatalities": [0, 1, 2, 3, 0, 1, 5, 0, 0, 1, 2, 3, 4, 0],
         "date": "2024-01-01"},
        geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326",
    )  # fmt: skip
    fig = export.static_map(dataclasses.replace(layers, incidents=incidents), dpi=72)
    counts = [t for t in _map_labels(fig) if t.get_text().startswith("×")]
    assert [t.get_text() for t in counts] == ["×13"]
    box = counts[0].get_window_extent(fig.canvas.get_renderer())
    for x0, y0, x1, y1 in _marker_boxes(fig):
        assert not (box.x0 < x1 and x0 < box.x1 and box.y0 < y1 and y0 < box.y1)


def _town(name: str, lon: float, lat: float, population: int) -> Place:
    return Place(id=f"place:{name}", kind="town", name_en=name, name_ar="", lat=lat, lon=lon,
                 population=population)  # fmt: skip


def test_towns_are_labelled_on_zoomed_views_only_and_only_inside_the_view():
    layers = map_samples.all_layers(n_incidents=20)
    towns = [
        _town("Inside Big", 44.2, 35.6, 90_000),
        _town("Inside Small", 43.6, 35.3, 5_000),
        _town("Far Away", 47.5, 31.0, 500_000),
    ]
    zoom = (43.3, 35.1, 44.8, 36.0)
    fig = export.static_map(layers, dpi=72, bbox=zoom, towns=towns)
    names = {t.get_text() for t in _map_labels(fig)}
    assert {"Inside Big", "Inside Small"} <= names
    assert "Far Away" not in names
    wide = export.static_map(layers, dpi=72, bbox=(38, 29, 49, 38), towns=towns)
    assert not {"Inside Big", "Inside Small"} & {t.get_text() for t in _map_labels(wide)}


def test_kirkuk_zoom_labels_towns_from_the_gazetteer(real_layers):
    fig = export.static_map(real_layers, dpi=72, bbox=KIRKUK)
    names = {t.get_text() for t in _map_labels(fig)}
    assert {"Altun Kupri", "Laylan"} <= names
    assert "Makhmour" in names and "Erbil" in names  # the centre and the governorate, apart
    note = " ".join(" ".join(t.get_text().split()) for t in fig.texts)
    assert "Towns: geo_disputed gazetteer" in note  # what is drawn is cited
    default = export.static_map(real_layers, dpi=72)
    assert "Laylan" not in {t.get_text() for t in _map_labels(default)}
    assert "Towns:" not in " ".join(t.get_text() for t in default.texts)


def test_neighbouring_countries_are_named(real_layers):
    fig = export.static_map(real_layers, dpi=72)
    names = {t.get_text() for t in _map_labels(fig)}
    assert {"TURKEY", "SYRIA", "IRAN"} <= names


def _legends(fig) -> list[Legend]:
    return [a for a in fig.findobj(Legend)]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_arabic_legend_reads_right_to_left(real_layers, lang):
    fig = export.static_map(real_layers, lang=lang, dpi=72)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    fatalities = export._Labels(lang)("fatalities")  # one row of sizes, not a column
    legends = [leg for leg in _legends(fig) if leg.get_title().get_text() != fatalities]
    assert len(legends) >= 3
    for legend in legends:
        texts = [t.get_window_extent(renderer) for t in legend.get_texts()]
        handles = [h.get_window_extent(renderer) for h in legend.legend_handles]
        centres = [(h.x0 + h.x1) / 2 for h in handles]
        if lang == "ar":  # right edges aligned, every marker right of its words
            assert max(b.x1 for b in texts) - min(b.x1 for b in texts) < 1.5
            assert all(c > t.x1 for c, t in zip(centres, texts, strict=True))
        else:
            assert max(b.x0 for b in texts) - min(b.x0 for b in texts) < 1.5
            assert all(c < t.x0 for c, t in zip(centres, texts, strict=True))


def test_both_is_bilingual_in_title_subtitle_legend_and_note(real_layers):
    from geo_disputed.render.arabic import has_arabic

    fig = export.static_map(real_layers, lang="both", dpi=72)
    header = [t.get_text() for t in fig.texts]
    arabic = [t for t in header if has_arabic(t)]
    english = [t for t in header if not has_arabic(t)]
    assert any("security-vacuum belt" in t for t in english)
    assert any(t.startswith("Belt:") for t in english)  # the English subtitle
    assert any(t.lstrip("\u2067").startswith("الحزام:") for t in arabic)  # and the Arabic one
    assert any("EPSG:32638" in t for t in english) and any("الإسقاط" in t for t in arabic)
    for legend in _legends(fig):
        words = [t.get_text() for t in legend.get_texts()] + [legend.get_title().get_text()]
        assert any(has_arabic(w) for w in words) and any(re.search("[A-Za-z]", w) for w in words)


def test_note_states_the_scale_departure_with_digits(real_layers):
    for bbox in (None, KIRKUK):
        fig = export.static_map(real_layers, dpi=72, bbox=bbox)
        note = next(t.get_text() for t in fig.texts if "EPSG:32638" in t.get_text())
        note = note.replace("\n", " ")
        match = re.search(r"by at most (\d+\.\d\d)% across", note)
        assert match, note
        assert float(match.group(1)) >= 0.04  # UTM's 0.9996 at the central meridian


def test_legend_uses_the_shared_layer_names(real_layers):
    fig = export.static_map(real_layers, dpi=72)
    words = {t.get_text() for legend in _legends(fig) for t in legend.get_texts()}
    words |= {legend.get_title().get_text() for legend in _legends(fig)}
    for key in ("governorates", "kurdistan", "disputed", "centres", "belt", "centreline"):
        assert LAYER_NAMES[key][0] in words, key


def test_pdf_and_svg_carry_title_subject_and_sources(real_layers, tmp_path):
    from pypdf import PdfReader

    fig = export.static_map(real_layers, lang="both", dpi=72)
    pdf = export.save_static_map(fig, tmp_path / "map.pdf", dpi=72)
    meta = PdfReader(pdf).metadata
    assert meta.title.startswith("Iraq: the security-vacuum belt") and "العراق" in meta.title
    assert "EPSG:32638" in meta.subject and "Belt:" in meta.subject
    assert meta.creator.startswith("geo_disputed")
    assert "OCHA" in meta["/Keywords"]
    svg = export.save_static_map(fig, tmp_path / "map.svg", dpi=72)
    root = ET.parse(svg).getroot()
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert root.find(f".//{dc}title").text.startswith("Iraq: the security-vacuum belt")
    assert "OCHA" in root.find(f".//{dc}source").text
    assert "EPSG:32638" in root.find(f".//{dc}description").text
    again = export.save_static_map(fig, tmp_path / "again.pdf", dpi=72)
    assert again.read_bytes() == pdf.read_bytes()


@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
def test_zoomed_bilingual_map_with_towns_is_byte_identical(real_layers, tmp_path, suffix):
    paths = []
    for name in ("a", "b"):
        fig = export.static_map(real_layers, lang="both", dpi=60, bbox=KIRKUK)
        paths.append(export.save_static_map(fig, tmp_path / f"{name}{suffix}", dpi=60))
    assert paths[0].read_bytes() == paths[1].read_bytes()
