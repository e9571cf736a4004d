"""The briefing for report authors (``geo-disputed report``): PDF and HTML content, escaping,
Arabic, determinism, empty inputs, distances and the CLI."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from map_samples import HOSTILE, all_layers, vacuum_belt
from pypdf import PdfReader

from geo_disputed import cli
from geo_disputed.crs import METRIC
from geo_disputed.errors import GeoDisputedError
from geo_disputed.render import report
from geo_disputed.render.layers import Layers

HOSTILE_TYPE = "<script>alert(1)</script>"


def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def layers() -> Layers:
    return all_layers(n_incidents=40)


@pytest.fixture(scope="module")
def brief(layers: Layers) -> report.Briefing:
    return report.briefing(layers)


def test_pdf_has_map_chart_tables_sources_and_crs(
    brief: report.Briefing, layers: Layers, tmp_path: Path
) -> None:
    out = tmp_path / "maps" / "brief.pdf"
    pages = report.write_briefing_pdf(brief, out)
    text = _pdf_text(out)
    assert pages == len(text) == 4  # map, chart, gaps drawn, tables + sources
    assert "security-vacuum belt" in text[0] and "EPSG:32638" in text[0]  # the static map
    assert "2023-" in text[0]  # its date range
    assert "Incidents per month" in text[1] and "by governorate" in text[1]
    assert "Coverage gaps along the belt's centreline" in text[2] and "EPSG:32638" in text[2]
    body = text[3]
    gap = layers.gaps.iloc[0]
    row = re.search(r"^1\s+North Box / South Box\s+unknown\s+unknown\s+(\S+)\s+Centre B\s+(\S+)",
                    body, re.M)  # fmt: skip
    assert row, body
    assert row.group(1) == f"{gap['length_km']:,.1f}"
    assert "Map: drawn in WGS 84 / UTM zone 38N (EPSG:32638)" in body
    assert "distance measured on the WGS 84 ellipsoid" in body
    assert "Boundaries: made-up boxes for tests" in body  # the boundaries' citation
    assert "Centre A: https://example.org/a" in body  # a data/ table's per-row source
    nearest = brief.section("nearest").table
    assert nearest is not None and len(nearest.rows) == report.NEAREST_PER_GAP
    for cells in nearest.rows:
        assert cells[1] in body and f"{cells[1]}: Made-up source" in body
    assert not list(out.parent.glob(".*partial*"))  # written through atomic_path


def test_gap_row_values(layers: Layers) -> None:
    gaps = layers.gaps.copy()
    gaps["start_km"], gaps["end_km"] = 12.25, 12.25 + gaps["length_km"]
    brief = report.briefing(dataclasses.replace(layers, gaps=gaps))
    table = brief.section("gaps").table
    assert table is not None
    ((number, governorate, start, end, _length, centre, centre_km),) = table.rows
    assert (number, governorate, start, centre) == (
        "1",
        "North Box / South Box",
        "12.2",
        "Centre B",
    )
    assert end == f"{12.25 + gaps['length_km'].iloc[0]:,.1f}"
    # the nearest centre's distance, on the ellipsoid, is about the UTM distance
    centres = layers.centres.to_crs(METRIC)
    grid = centres.geometry.distance(gaps.geometry.iloc[0]).min() / 1000
    assert float(centre_km) == pytest.approx(grid, rel=0.01)
    assert float(centre_km) > layers.radius_km  # a gap is outside every centre's radius


def test_gap_crosses_each_governorate_once_whatever_its_supports() -> None:
    # without boundaries the governorates come from the belt's pieces; North Box has two
    # (hotspot and frontier), and a gap across both crosses it once
    line = gpd.GeoSeries([shapely.LineString([(43.2, 36.6), (44.7, 36.6), (44.7, 35.5)])],
                         crs=4326).to_crs(METRIC)  # fmt: skip
    gaps = gpd.GeoDataFrame({"length_km": line.length / 1000}, geometry=line)
    section, listed = report._gap_table(Layers(belt=vacuum_belt(), gaps=gaps), "en")
    assert section.table is not None and len(listed) == 1
    assert section.table.rows[0][1] == "North Box / South Box"


def test_gaps_drawn_numbered_in_metric_crs(brief: report.Briefing, layers: Layers) -> None:
    figure = brief.section("gaps").figure
    assert figure is not None
    ax = figure.axes[0]
    assert [t.get_text() for t in ax.texts if t.get_text().isdigit()] == ["1"]
    mid = layers.gaps.geometry.iloc[0].interpolate(0.5, normalized=True)  # EPSG:32638
    (label,) = [t for t in ax.texts if t.get_text() == "1"]
    assert label.xy == pytest.approx((mid.x, mid.y))
    assert "EPSG:32638" in ax.get_xlabel()


def test_nearest_incidents_ranked_by_distance_with_unknown_fatalities(layers: Layers) -> None:
    gap = layers.gaps.geometry.iloc[0]  # EPSG:32638
    mid = gap.interpolate(0.5, normalized=True)
    normal = np.array([1.0, 1.0]) / np.sqrt(2)  # off the line (it runs NW-SE)
    offsets_km = [9.0, 2.0, 30.0, 5.0]
    points = [shapely.Point(mid.x + d * 1000 * normal[0], mid.y + d * 1000 * normal[1])
              for d in offsets_km]  # fmt: skip
    events = gpd.GeoDataFrame(
        {
            "event_id": ["E9", "E2", "E30", "E5"],
            "date": pd.to_datetime(["2024-01-05", "2024-02-01", "2024-02-03", "2024-03-01"]),
            "event_type": ["Battles", HOSTILE_TYPE, "Battles", "Protests"],
            "location": ["a", "b", "c", None],
            "fatalities": pd.array([3, pd.NA, 0, 1], dtype="Int64"),
            "geo_precision": pd.array([1, 2, 1, pd.NA], dtype="Int64"),
        },
        geometry=points,
        crs=METRIC,
    ).to_crs(4326)
    brief = report.briefing(dataclasses.replace(layers, incidents=events))
    table = brief.section("nearest").table
    assert table is not None
    assert [r[1] for r in table.rows] == ["E2", "E5", "E9"]  # 3 nearest, nearest first
    by_id = {r[1]: r for r in table.rows}
    assert by_id["E2"][5] == "unknown"  # unknown fatalities stay unknown, never 0
    assert by_id["E2"][3] == HOSTILE_TYPE
    assert by_id["E9"][5] == "3"
    assert by_id["E5"][4] == "unknown" and by_id["E5"][7] == "unknown"
    grid_km = dict(zip(events["event_id"], events.to_crs(METRIC).distance(gap) / 1000,
                       strict=True))  # fmt: skip
    for event_id in ("E2", "E5", "E9"):  # ground km (0.1 km) within 0.2% of the grid km
        assert float(by_id[event_id][6]) == pytest.approx(grid_km[event_id], rel=2e-3, abs=0.051)
    assert by_id["E9"][7] == "exact location"


def test_chart_counts_every_dated_incident_and_keeps_unknown(layers: Layers) -> None:
    events = layers.incidents.copy()
    flags = [True, False, pd.NA] * (len(events) // 3) + [False] * (len(events) % 3)
    events["in_belt"] = pd.array(flags, dtype="boolean")
    brief = report.briefing(dataclasses.replace(layers, incidents=events))
    figure = brief.section("chart").figure
    assert figure is not None
    belt_axes, gov_axes = figure.axes[:2]
    heights = [p.get_height() for p in belt_axes.patches]
    assert sum(heights) == len(events)
    labels = [t.get_text() for t in belt_axes.get_legend().get_texts()]
    unknown = sum(1 for f in flags if f is pd.NA)
    assert f"in or outside the belt: unknown ({unknown})" in labels
    assert f"in the belt ({sum(1 for f in flags if f is True)})" in labels
    assert sum(p.get_height() for p in gov_axes.patches) == len(events)


def test_html_tables_escaping_and_no_script(layers: Layers, tmp_path: Path) -> None:
    hostile = all_layers(hostile=True, n_incidents=30)
    events = hostile.incidents.copy()
    events["event_type"] = HOSTILE_TYPE
    brief = report.briefing(dataclasses.replace(hostile, incidents=events))
    out = report.write_briefing_html(brief, tmp_path / "brief.html")
    page = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    for payload in (HOSTILE_TYPE, *HOSTILE):
        assert payload not in page
    tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            tags.append((tag, attrs))

    Collect().feed(page)
    names = {tag for tag, _ in tags}
    assert names <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p",
                     "section", "img", "table", "thead", "tbody", "tr", "th", "td", "ul",
                     "li"}, names  # fmt: skip
    assert not [a for _, attrs in tags for a, _ in attrs if a.startswith("on")]
    images = [dict(attrs)["src"] for tag, attrs in tags if tag == "img"]
    assert len(images) == 3 and all(s.startswith("data:image/png;base64,") for s in images)
    assert page.count("<table>") == 2 and '<html lang="en" dir="ltr">' in page
    assert "<th>Governorate</th>" in page and "<th>Nearest centre</th>" in page
    assert "EPSG:32638" in page


def test_arabic_briefing(layers: Layers, tmp_path: Path) -> None:
    brief = report.briefing(layers, lang="ar")
    page = report.write_briefing_html(brief, tmp_path / "b.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    assert "<h2>فجوات التغطية</h2>" in page and "<th>المحافظة</th>" in page
    assert "الصندوق الشمالي / الصندوق الجنوبي" in page  # the boundaries' Arabic names
    assert "المركز ب" in page
    pages = report.write_briefing_pdf(brief, tmp_path / "b.pdf")
    assert pages == 4
    text = "".join(_pdf_text(tmp_path / "b.pdf"))
    assert "EPSG:32638" in text
    assert any(0xFE70 <= ord(c) <= 0xFEFF for c in text)  # shaped Arabic in the PDF


def test_arabic_needs_a_font(layers: Layers, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "find_arabic_font", lambda: None)
    with pytest.raises(GeoDisputedError, match="no installed font has Arabic glyphs"):
        report.briefing(layers, lang="ar")
    with pytest.raises(GeoDisputedError, match="--lang"):
        report.briefing(layers, lang="fr")


def test_same_inputs_give_identical_files(layers: Layers, tmp_path: Path) -> None:
    for run in ("a", "b"):
        brief = report.briefing(layers)
        report.write_briefing_pdf(brief, tmp_path / run / "brief.pdf")
        report.write_briefing_html(brief, tmp_path / run / "brief.html")
    for name in ("brief.pdf", "brief.html"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert b"CreationDate" not in (tmp_path / "a" / "brief.pdf").read_bytes()


def test_no_incidents_says_so(tmp_path: Path) -> None:
    brief = report.briefing(all_layers(n_incidents=0))
    chart, nearest = brief.section("chart"), brief.section("nearest")
    assert chart.figure is None and nearest.table is None
    assert chart.notes == ["No incidents: there is nothing to chart."]
    assert nearest.notes == ["No incidents: there are none to list near the gaps."]
    assert brief.period == "No incidents in the inputs"
    assert report.write_briefing_pdf(brief, tmp_path / "b.pdf") == 3  # no chart page
    text = _pdf_text(tmp_path / "b.pdf")[2]
    assert "No incidents: there is nothing to chart." in text
    assert "No incidents: there are none to list near the gaps." in text
    page = report.write_briefing_html(brief, tmp_path / "b.html").read_text(encoding="utf-8")
    assert page.count("<img ") == 2 and "there is nothing to chart" in page


def test_no_gaps_or_belt_says_so() -> None:
    layers = dataclasses.replace(all_layers(n_incidents=5), gaps=None)
    brief = report.briefing(layers)
    assert brief.section("gaps").table is None and brief.section("gaps").figure is None
    assert "not computed" in brief.section("gaps").notes[0]
    assert brief.section("nearest").notes == ["No coverage gap, so no incidents near one."]


# --- the command ---------------------------------------------------------------------------


def test_cli_writes_pdf_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "maps" / "brief.pdf"
    assert cli.main(["report", "--out", str(out), "--html", "--offline"]) == 0
    printed = capsys.readouterr().out
    assert f"wrote {out}: " in printed and "EPSG:32638" in printed
    assert out.is_file() and out.with_suffix(".html").is_file()
    assert "incidents.csv" in out.with_suffix(".html").read_text(encoding="utf-8")
    only = tmp_path / "only.html"
    assert cli.main(["report", "--out", str(only), "--lang", "ar", "--offline"]) == 0
    assert only.is_file() and not only.with_suffix(".pdf").exists()
    assert 'dir="rtl"' in only.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--out", "brief.png"], "unknown briefing format '.png'"),
        (["--out", "brief.pdf", "--incidents", "no/such.csv"], "--incidents no/such.csv"),
    ],
)
def test_cli_bad_input_exit_2(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    assert cli.main(["report", *argv, "--offline"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geo-disputed report: error: ") and message in err
    assert not list(tmp_path.iterdir())


def test_cli_bad_lang_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["report", "--out", "b.pdf", "--lang", "both"])
    assert exc.value.code == 2


def test_bundled_defaults_with_shared_boundaries(shared_boundaries: Path, tmp_path: Path) -> None:
    from geo_disputed.layers import load_layers

    layers = load_layers(shared_boundaries)
    brief = report.briefing(layers)
    gaps = brief.section("gaps").table
    assert gaps is not None and len(gaps.rows) == len(layers.gaps) > 0
    nearest = brief.section("nearest").table
    assert nearest is not None and len(nearest.rows) == report.NEAREST_PER_GAP * len(gaps.rows)
    governorates = set(layers.boundaries.loc[layers.boundaries["level"] == 1, "name_en"])
    for row in gaps.rows:
        assert set(row[1].split(" / ")) <= governorates, row
    out = tmp_path / "brief.pdf"
    assert report.write_briefing_pdf(brief, out) >= 3
    text = "".join(_pdf_text(out))
    for length in layers.gaps["length_km"]:
        assert f"{length:,.1f}" in text
    assert "OCHA" in text and "incidents.csv" in text and "EPSG:32638" in text
