"""The figure comparing the belt's construction methods (``static.belt_methods_figure``) and
``geo-disputed belt --compare``, on the real OCHA boundaries of ../shared."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from geo_disputed import cli
from geo_disputed.errors import GeoDisputedError
from geo_disputed.geo.belt import METHODS, Belt, security_vacuum_belt
from geo_disputed.geo.boundaries import load_boundaries
from geo_disputed.render import static
from geo_disputed.render.arabic import display_text
from geo_disputed.render.style import BELT_METHODS, BELT_SUPPORT, LABELS


@pytest.fixture(scope="module")
def ocha(shared_boundaries: Path) -> gpd.GeoDataFrame:
    return load_boundaries(shared_boundaries)


@pytest.fixture(scope="module")
def belts(ocha: gpd.GeoDataFrame) -> list[Belt]:
    return [security_vacuum_belt(ocha, method=method) for method in METHODS]


def _towns(*population: int | None) -> gpd.GeoDataFrame:
    """Made-up towns near Kirkuk with the given populations (as ``held_towns`` gives them)."""
    return gpd.GeoDataFrame(
        {"name_en": [f"T{i}" for i in range(len(population))],
         "population": pd.array(list(population), dtype="Int64")},
        geometry=[shapely.Point(44.0 + 0.1 * i, 35.4) for i in range(len(population))],
        crs="EPSG:4326",
    )  # fmt: skip


def _legend(fig) -> list[str]:
    return [" ".join(t.get_text().split()) for t in fig.legends[0].get_texts()]


def _by_gid(ax, gid: str) -> int:
    return sum(len(c.get_offsets()) for c in ax.collections if c.get_gid() == gid)


def test_a_panel_per_method_titled_with_the_belts_own_numbers(ocha, belts) -> None:
    fig = static.belt_methods_figure(ocha, belts, towns=_towns(5_000, 12_000))
    assert len(fig.axes) == 3
    for ax, belt, method in zip(fig.axes, belts, METHODS, strict=True):
        title = ax.get_title()
        assert title.startswith(BELT_METHODS[method][0])
        assert f"{belt.length_km:,.0f} km · {belt.area_km2:,.0f} km²" in title
        assert belt.size_text in title
        line = LABELS["medial_line" if method == "vacuum" else "centre_line"][0]
        assert f"\n{line} " in title
        assert ax.get_xlim() == fig.axes[0].get_xlim()  # the same extent in every panel
        assert ax.get_ylim() == fig.axes[0].get_ylim()
        assert _by_gid(ax, "towns") == 1  # 12,000 people: dotted; 5,000: not
        assert _by_gid(ax, "hotspot-points") == 1  # Zummar, the one hotspot with a point
    legend = _legend(fig)
    for support in ("hotspot", "frontier", "interpolation"):  # all three are drawn
        assert f"{LABELS['belt_support'][0]} {BELT_SUPPORT[support][0]}" in legend
    assert "GeoNames towns of 10,000+ people" in legend
    assert "Units of named hotspots" in legend
    # the numbers come from the Belt: change it and the title follows
    half = dataclasses.replace(belts[0], pieces=belts[0].pieces.iloc[:2], width_km=25.0)
    title = static.belt_methods_figure(ocha, [half], towns=_towns()).axes[0].get_title()
    assert f"· {half.area_km2:,.0f} km²" in title and "depth 25 km" in title
    assert f"{belts[0].area_km2:,.0f} km²" not in title


@pytest.mark.parametrize("lang", ["ar", "both"])
def test_arabic_titles_carry_the_same_numbers(ocha, belts, lang: str) -> None:
    fig = static.belt_methods_figure(ocha, belts, lang=lang, towns=_towns())
    for ax, belt, method in zip(fig.axes, belts, METHODS, strict=True):
        title = ax.get_title()
        assert display_text(BELT_METHODS[method][1]) in title
        assert f"{belt.length_km:,.0f} كم · {belt.area_km2:,.0f} كم²" in title
        assert (belt.size_text in title) == (lang == "both")
    legend = "\n".join(t.get_text() for t in fig.legends[0].get_texts())
    assert display_text(f"{LABELS['belt_support'][1]} {BELT_SUPPORT['hotspot'][1]}") in legend


def test_legend_names_only_what_is_drawn(ocha, belts) -> None:
    no_points = gpd.GeoDataFrame(
        {"id": ["x"], "precision": ["unit"], "pcodes": ["IQG13Q01"]},
        geometry=[None], crs="EPSG:4326",
    )  # fmt: skip
    fig = static.belt_methods_figure(ocha, belts[1:2], hotspots=no_points, towns=_towns(None))
    legend = _legend(fig)
    assert not any(BELT_SUPPORT["hotspot"][0] in t for t in legend)  # the corridor has none
    assert not any(BELT_SUPPORT["frontier"][0] in t for t in legend)
    assert any(BELT_SUPPORT["interpolation"][0] in t for t in legend)
    assert not any("towns" in t or "with a location" in t for t in legend)  # unknown: no dot
    assert _by_gid(fig.axes[0], "towns") == 0


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_written_atomically_by_suffix(ocha, belts, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"methods{suffix}"
    assert static.save_belt_methods_figure(ocha, belts, out, towns=_towns()) == out
    head = out.read_bytes()[:8]
    assert head.startswith({".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}[suffix])
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left
    if suffix == ".png":
        from PIL import Image

        with Image.open(out) as img:
            assert img.size[0] == 1600


def test_a_failed_write_leaves_no_file(ocha, belts, tmp_path: Path, monkeypatch) -> None:
    from matplotlib.figure import Figure

    def fail(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Figure, "savefig", fail)
    with pytest.raises(GeoDisputedError):
        static.save_belt_methods_figure(ocha, belts, tmp_path / "m.png", towns=_towns())
    assert list(tmp_path.iterdir()) == []


def test_bad_inputs_are_clear_errors(ocha, belts, tmp_path: Path) -> None:
    with pytest.raises(GeoDisputedError, match="unknown image format"):
        static.save_belt_methods_figure(ocha, belts, tmp_path / "m.gif")
    with pytest.raises(GeoDisputedError, match="no belt"):
        static.belt_methods_figure(ocha, [])
    with pytest.raises(GeoDisputedError, match="no governorates"):
        static.belt_methods_figure(ocha[ocha["level"] == 0], belts)
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def run_cli(monkeypatch):
    monkeypatch.setattr(cli, "COMMANDS", ("belt",))
    return cli.main


def test_cli_compare_writes_the_figure(run_cli, shared_boundaries, tmp_path, capsys) -> None:
    out = tmp_path / "methods.png"
    argv = ["belt", "--boundaries", str(shared_boundaries), "--compare", str(out)]
    assert run_cli(argv) == 0
    text = capsys.readouterr().out
    assert f"wrote {out}: the vacuum, corridor, frontier belts side by side" in text
    assert "EPSG:32638" in text
    for method in METHODS:
        assert f"  {method}: " in text
    assert out.stat().st_size > 50_000 and sorted(tmp_path.iterdir()) == [out]
    # both outputs at once
    gpkg = tmp_path / "belt.gpkg"
    assert run_cli([*argv, "--out", str(gpkg)]) == 0
    assert gpkg.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "give --out FILE (GIS layers), --compare FILE (figure), or both"),
        (["--compare", "m.gif"], "--compare m.gif: use a .png, .svg or .pdf file name"),
    ],
)
def test_cli_compare_errors(run_cli, capsys, argv, message) -> None:
    assert run_cli(["belt", *argv]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"geo-disputed belt: error: {message}"
