"""One style for both maps: the interactive and the static map draw the same layer in the same
colour and name it the same way (render/style.py is their only source)."""

from __future__ import annotations

import dataclasses

import matplotlib.colors as mcolors
import pytest
from map_samples import all_layers
from matplotlib.collections import PathCollection
from test_maps import payload

from geo_disputed.render import interactive, static, style


def _hex(rgba) -> str:
    return mcolors.to_hex(rgba, keep_alpha=False)


@pytest.fixture(scope="module")
def layers():
    sample = all_layers()
    events = sample.incidents.copy()
    events.loc[events.index[:7], "event_type"] = None  # a missing type, as in real exports
    events.loc[events.index[7:9], "event_type"] = "Another made-up type"
    return dataclasses.replace(sample, incidents=events)


@pytest.fixture(scope="module")
def web(layers) -> dict:
    return payload(interactive.map_html(interactive.build_map(layers)))


@pytest.fixture(scope="module")
def figure(layers):
    return static.static_map(layers, dpi=40, size="6x4")


def test_incident_colours_are_the_same_on_both_maps(web, figure, layers) -> None:
    inc = web["layers"]["incidents"]
    on_web = dict(zip(inc["type"][1], inc["colors"], strict=True))
    assert len(on_web) == 6  # four sample types, the missing one, the extra one
    assert on_web["Battles"] == style.EVENT_TYPES["Battles"][0]
    drawn = [c for c in figure.axes[0].collections if isinstance(c, PathCollection)]
    on_paper = {_hex(c.get_facecolor()[0]) for c in drawn if c.get_zorder() == 10}
    assert on_paper == {c.lower() for c in on_web.values()}
    # and per type: the legend labels carry the type, the handles its colour
    handles = {
        text.get_text().rsplit(" (", 1)[0]: _hex(handle.get_markerfacecolor())
        for legend in figure.artists + figure.axes[1].artists
        for handle, text in zip(legend.legend_handles, legend.get_texts(), strict=True)
        if hasattr(handle, "get_markerfacecolor") and "(" in text.get_text()
    }
    for kind, colour in on_web.items():
        assert handles[kind or "unknown type"] == colour.lower()


def test_layer_colours_are_the_style_colours(web, figure) -> None:
    assert web["colors"] == style.COLORS
    lines = [c for c in figure.axes[0].collections if not isinstance(c, PathCollection)]
    edge_colours = {_hex(c.get_edgecolor()[0]) for c in lines if len(c.get_edgecolor())}
    for key in ("disputed", "kurdistan", "centreline", "governorates"):
        assert style.COLORS[key] in edge_colours, key


def test_titles_and_layer_names_agree(web, figure) -> None:
    assert web["title"] == list(style.TITLE)  # the disputed territories are drawn
    texts = {t.get_text() for t in figure.texts}
    assert style.TITLE[0] in texts
    assert [web["names"][k][0] for k in web["names"]] == [
        style.LAYER_NAMES[k][0] for k in web["names"]
    ]
    assert web["attribution"][0] == "Boundaries: made-up boxes for tests"


def test_event_colours_do_not_depend_on_order() -> None:
    kinds = ["Shelling", "Battles", "", "Airstrike"]
    colours = dict(zip(kinds, style.event_colors(kinds), strict=True))
    assert dict(zip(kinds[::-1], style.event_colors(kinds[::-1]), strict=True)) == colours
    assert colours["Battles"] == style.EVENT_TYPES["Battles"][0]
    assert len(set(colours.values())) == 4


def test_each_map_cites_only_what_it_draws(web, figure) -> None:
    note = " ".join(t.get_text() for t in figure.texts).replace("\n", " ")
    assert "Places:" not in note  # the static map draws no article places
    assert any(a.startswith("Places:") for a in web["attribution"])  # the web map does
    assert "UNAMI" in note and "Boundaries: made-up boxes for tests" in note


def test_belt_pieces_are_coloured_west_to_east_the_same_in_every_output() -> None:
    names, west = ["Kirkuk", "Ninewa", "Kirkuk", "Diyala"], [44.0, 41.0, 43.5, 45.0]
    colors = style.belt_piece_colors(names, west)
    assert list(colors) == ["Ninewa", "Kirkuk", "Diyala"]
    assert list(colors.values()) == list(style.BELT_PIECES[:3])
    belt = all_layers(n_incidents=1).belt
    assert belt is not None and belt.pieces["admin1"].nunique() > 1
    pieces = belt.pieces.to_crs(4326)
    belt_data = interactive._belt_payload(pieces, 0.0)
    expected = style.belt_piece_colors(belt_data["admin1"], list(pieces.bounds["minx"]))
    assert belt_data["color"] == [expected[a] for a in belt_data["admin1"]]
    assert len(set(belt_data["color"])) == belt.pieces["admin1"].nunique()
