"""Text is text in the static map: ``$...$``, ``\\``, ``_`` and ``^`` in a title, an event
type, a governorate, belt or centre name are drawn literally, never read as mathtext or LaTeX
(which drew ``$x^2$`` as a formula and stopped ``export`` and ``build`` on ``$x_$``)."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path

import map_samples
import matplotlib
import pytest
from matplotlib.text import Text

from geo_disputed import cli
from geo_disputed.render import arabic
from geo_disputed.render import static as export
from geo_disputed.render.layers import Layers

#: Strings mathtext would parse (balanced ``$``), fail on (``$x_$``, ``$\frac{1}{0``), or
#: that carry its other special characters.
TITLE = r"Title $x^2$ and $\frac{1}{0}$ and un$balanced \ _ ^"
SUBTITLE = r"Sub $x_$ title"
EVENT_TYPES = ["$x^2$ strike", r"$\frac{1}{0}$ raid", "un$balanced", r"back\slash_a^b", "$x_$"]
GOVERNORATES = ["North $x^2$ Box", r"South $\frac{1}{0}$ Box"]
BELT = ["North $y_$ belt", r"South \ _ ^ belt"]
CENTRES = ["Centre $x^2$ _ ^", r"Centre $\frac{1}{0$"]
LITERALS = [TITLE, SUBTITLE, *EVENT_TYPES, *GOVERNORATES, *BELT, *CENTRES]
#: What the SVG holds as text: all of it, the haloed governorate and centre labels included
#: (the halo is drawn as a path under the text, the text stays text).
SVG_LITERALS = [TITLE, SUBTITLE, *EVENT_TYPES, *BELT, *GOVERNORATES, *CENTRES, "WEST $W^2$ LAND"]
# the SVG writes text as text only where the renderer lays out bidi itself (matplotlib 3.11)
text_in_svg = pytest.mark.skipif(
    not arabic.renderer_applies_bidi(), reason="SVG text is drawn as paths before matplotlib 3.11"
)


def math_layers() -> Layers:
    """The map samples (hostile HTML payloads included) with mathtext in every name."""
    layers = map_samples.all_layers(hostile=True, n_incidents=40)
    bounds = layers.boundaries.copy()
    level1 = bounds.index[bounds["level"] == 1]
    bounds.loc[level1, "name_en"] = GOVERNORATES
    incidents = layers.incidents.copy()
    incidents["event_type"] = [EVENT_TYPES[i % len(EVENT_TYPES)] for i in range(len(incidents))]
    centres = layers.centres.copy()
    centres["name_en"] = CENTRES
    countries = layers.countries.copy()
    countries.loc[1, "name_en"] = "West $w^2$ Land"
    assert layers.belt is not None
    belt = dataclasses.replace(layers.belt, pieces=layers.belt.pieces.assign(admin1=BELT))
    return dataclasses.replace(
        layers, boundaries=bounds, incidents=incidents, centres=centres, countries=countries,
        belt=belt,
    )  # fmt: skip


def _texts(fig) -> list[Text]:
    return list(fig.findobj(Text))


@pytest.mark.parametrize("lang", ["en", "both"])
def test_every_text_is_plain_and_literal(lang):
    fig = export.static_map(math_layers(), lang=lang, dpi=40, title=TITLE, subtitle=SUBTITLE)
    texts = _texts(fig)
    assert texts and not any(t.get_parse_math() or t.get_usetex() for t in texts)
    drawn = "\n".join(t.get_text() for t in texts)
    for literal in LITERALS:
        assert literal in drawn, literal
    assert "WEST $W^2$ LAND" in drawn or lang != "en"  # neighbours are upper-cased in English


def test_mathtext_is_never_parsed(monkeypatch, tmp_path):
    import matplotlib.mathtext

    def refuse(self, s, *args, **kwargs):
        raise AssertionError(f"mathtext parsed {s!r}")

    monkeypatch.setattr(matplotlib.mathtext.MathTextParser, "parse", refuse)
    fig = export.static_map(math_layers(), dpi=40, title=TITLE, subtitle=SUBTITLE)
    for suffix in (".png", ".svg", ".pdf"):
        export.save_static_map(fig, tmp_path / f"map{suffix}", dpi=40)


def test_a_matplotlibrc_asking_for_latex_is_overridden(tmp_path):
    # text.usetex in the user's matplotlibrc would hand every string to LaTeX
    with matplotlib.rc_context({"text.usetex": True, "text.parse_math": True}):
        fig = export.static_map(math_layers(), dpi=40, title=TITLE)
        export.save_static_map(fig, tmp_path / "map.png", dpi=40)
    assert not any(t.get_usetex() or t.get_parse_math() for t in _texts(fig))


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_png_svg_pdf_are_written(tmp_path, suffix):
    fig = export.static_map(math_layers(), lang="both", dpi=40, title=TITLE, subtitle=SUBTITLE)
    out = export.save_static_map(fig, tmp_path / f"map{suffix}", dpi=40)
    data = out.read_bytes()
    assert data[:4] in (b"\x89PNG", b"<?xm", b"%PDF")
    if suffix == ".pdf":
        from pypdf import PdfReader

        text = PdfReader(out).pages[0].extract_text()
        assert "Title $x^2$ and" in text and "$x_$" in text


def _svg_text(path: Path) -> str:
    return "\n".join(ET.parse(path).getroot().itertext())


@text_in_svg
def test_svg_holds_the_literal_strings(tmp_path):
    fig = export.static_map(math_layers(), dpi=40, title=TITLE, subtitle=SUBTITLE)
    text = _svg_text(export.save_static_map(fig, tmp_path / "map.svg", dpi=40))
    for literal in SVG_LITERALS:
        assert literal in text, literal
    assert "$x^2$ strike (8)" in text  # the legend entry: type and count


@text_in_svg
def test_cli_export_with_a_math_title_end_to_end(tmp_path, monkeypatch, capsys):
    incidents = tmp_path / "incidents.csv"
    incidents.write_text(
        "event_id,date,event_type,latitude,longitude,fatalities\n"
        "a,2024-01-01,$\\frac{1}{0}$ strike,35.4,44.4,2\n"
        "b,2024-01-02,Battles_$x^2$,35.0,44.0,1\n"
        "c,2024-01-03,$x_$,35.2,44.2,0\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(cli, "COMMANDS", ("export",))
    for suffix in (".svg", ".png", ".pdf"):
        out = tmp_path / f"map{suffix}"
        code = cli.main(
            ["export", "--offline", "--incidents", str(incidents), "--title", TITLE,
             "--out", str(out), "--dpi", "40"]
        )  # fmt: skip
        captured = capsys.readouterr()
        assert code == 0, captured.err
        assert f"wrote {out}" in captured.out
    text = _svg_text(tmp_path / "map.svg")
    for literal in (TITLE, r"$\frac{1}{0}$ strike (1)", "Battles_$x^2$ (1)", "$x_$ (1)"):
        assert literal in text, literal
