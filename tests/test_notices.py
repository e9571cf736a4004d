"""One notice per run: what a map leaves out is said once, whatever says it (the layers'
notes, the belt, the disputed territories, the static map, the console log)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from geo_disputed import settings
from geo_disputed.cli import main


@pytest.fixture
def asset_cache() -> Path:
    from browser import ensure_asset_cache

    return ensure_asset_cache()


@pytest.fixture
def console():
    """The CLI's console log for the test, removed after it."""
    yield
    settings.configure_logging(level=logging.WARNING, console=False)


def _said(text: str, *outputs: str) -> int:
    return sum(out.count(text) for out in outputs)


def test_build_without_boundaries_says_so_once(tmp_path, capsys, asset_cache, console) -> None:
    out = tmp_path / "maps"
    assert main(["-v", "build", "--out-dir", str(out), "--offline"]) == 0  # -v: INFO too
    captured = capsys.readouterr()
    printed = (captured.out, captured.err)
    assert _said("no boundary files (offline, none configured)", *printed) == 1
    for repeat in ("no governorate boundaries", "belt is not clipped to Iraq",
                   "no disputed-territories layer", "static map without boundaries",
                   "no neighbouring countries"):  # fmt: skip
        assert _said(repeat, *printed) == 0, repeat
    assert _said("Boundaries: ", *printed) == 1  # in the summary, not before it too
    assert "(not split)" in captured.out


def test_adm1_only_boundaries_say_no_disputed_layer_once(
    tmp_path, capsys, real_geoboundaries, console
) -> None:
    args = ["-v", "map", "--out", str(tmp_path / "m.html"), "--boundaries", str(real_geoboundaries)]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert _said("no disputed-territories layer", captured.out, captured.err) == 1
    assert "note: no disputed-territories layer" in captured.out
    # the boundaries loader's own warnings, once each
    assert _said("no level-2 (district) boundary file; skipped", captured.err) == 1


def test_the_console_says_a_record_once_per_run_and_other_handlers_get_all(
    capsys, caplog, console
) -> None:
    settings.configure_logging(level=logging.INFO, console=True)
    with caplog.at_level(logging.INFO, logger="geo_disputed"):
        for _ in range(3):
            settings.logger.warning("the same warning")
        settings.logger.warning("another warning")
        settings.given("topic-a")
        settings.logger.warning("told in a note", extra=settings.notice("topic-a"))
        settings.logger.info("first of topic b", extra=settings.notice("topic-b"))
        settings.logger.info("second of topic b", extra=settings.notice("topic-b"))
    err = capsys.readouterr().err
    assert err.count("the same warning") == 1 and "another warning" in err
    assert "told in a note" not in err
    assert "first of topic b" in err and "second of topic b" not in err
    assert [r.getMessage() for r in caplog.records].count("the same warning") == 3
    assert "told in a note" in caplog.text and "second of topic b" in caplog.text
    settings.configure_logging(console=True)  # a new run says it again
    settings.logger.warning("the same warning")
    assert capsys.readouterr().err.count("the same warning") == 1


def test_a_note_is_printed_once(capsys) -> None:
    from geo_disputed.commands.common import print_notes
    from geo_disputed.render.layers import Layers

    print_notes(Layers(missing=["a thing is missing", "another", "a thing is missing"]))
    assert capsys.readouterr().out.splitlines() == ["note: a thing is missing", "note: another"]
