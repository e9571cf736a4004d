"""The static map's belt: one colour and one legend entry per governorate (its pieces of every
support summed), the supports hatched, and a legend entry for each support drawn only."""

from __future__ import annotations

import dataclasses

import pytest
from map_samples import all_layers, boundaries, vacuum_belt

from geo_disputed.render import static as export
from geo_disputed.render.arabic import display_text
from geo_disputed.render.layers import Layers
from geo_disputed.render.style import BELT_SUPPORT, BELT_SUPPORT_STYLE, LABELS


def _legend_texts(fig) -> list[str]:
    """The legends' entries, each with its wrapping undone."""
    return [" ".join(t.get_text().split()) for leg in fig.findobj(lambda a: hasattr(a, "get_texts"))
            for t in leg.get_texts()]  # fmt: skip


def _hatched(fig) -> dict[str, int]:
    """How many belt paths each hatch covers on the map."""
    from matplotlib.collections import PathCollection

    found: dict[str, int] = {}
    for coll in fig.axes[0].collections:
        if isinstance(coll, PathCollection) and coll.get_hatch() and coll.get_zorder() == 6.5:
            found[coll.get_hatch()] = found.get(coll.get_hatch(), 0) + len(coll.get_paths())
    return found


def test_supports_are_hatched_and_named_in_the_legend():
    belt = vacuum_belt()
    fig = export.static_map(Layers(belt=belt, boundaries=boundaries()), dpi=50)
    texts = _legend_texts(fig)
    pieces = belt.pieces
    for admin1, part in pieces.groupby("admin1"):  # one entry per governorate, summed
        entry = f"{admin1}: {part['length_km'].sum():,.0f} km, {part['area_km2'].sum():,.0f} km²"
        assert texts.count(entry) == 1
    head = LABELS["belt_support"][0]
    assert f"{head} {BELT_SUPPORT['hotspot'][0]}" in texts
    assert f"{head} {BELT_SUPPORT['interpolation'][0]}" in texts
    assert not any(BELT_SUPPORT["frontier"][0] in t for t in texts)  # not hatched: no entry
    assert _hatched(fig) == {
        BELT_SUPPORT_STYLE["hotspot"].hatch: 1,
        BELT_SUPPORT_STYLE["interpolation"].hatch: 1,
    }


def test_only_the_supports_drawn_are_in_the_legend():
    pieces = vacuum_belt().pieces
    frontier = pieces[pieces["support"] == "frontier"]
    belt = vacuum_belt().__class__(frontier, vacuum_belt().centreline, "vacuum", "vacuum", 30.0)
    fig = export.static_map(Layers(belt=belt, boundaries=boundaries()), dpi=50)
    assert not any(t.startswith(LABELS["belt_support"][0]) for t in _legend_texts(fig))
    assert _hatched(fig) == {}
    # a belt without a support column (a hand-made frame) is drawn without hatches
    corridor = all_layers().belt
    bare = dataclasses.replace(corridor, pieces=corridor.pieces.drop(columns="support"))
    fig = export.static_map(Layers(belt=bare, boundaries=boundaries()), dpi=50)
    assert _hatched(fig) == {}
    fig = export.static_map(Layers(belt=corridor, boundaries=boundaries()), dpi=50)
    assert _hatched(fig) == {BELT_SUPPORT_STYLE["interpolation"].hatch: 2}


@pytest.mark.parametrize("lang", ["ar", "both"])
def test_support_legend_is_in_arabic(lang):
    fig = export.static_map(Layers(belt=vacuum_belt(), boundaries=boundaries()), dpi=50,
                            lang=lang)  # fmt: skip
    text = "\n".join(_legend_texts(fig))
    words = display_text(f"{LABELS['belt_support'][1]} {BELT_SUPPORT['hotspot'][1]}")
    assert " ".join(words.split()) in text
