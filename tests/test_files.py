"""Atomic writes: all or nothing, and one-line errors for unwritable targets."""

from __future__ import annotations

import pytest

from geo_disputed.errors import DataError
from geo_disputed.files import atomic_path, write_text_atomic


def test_write_replaces_the_target_whole(tmp_path) -> None:
    target = tmp_path / "sub" / "out.json"
    write_text_atomic(target, "first")
    write_text_atomic(target, "second")
    assert target.read_text(encoding="utf-8") == "second"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("writer crashed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_directory_or_unwritable_target_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(DataError, match="is a directory"):
        write_text_atomic(tmp_path, "x")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(DataError, match=r"file[/\\]out\.txt: cannot write here"):
        write_text_atomic(blocker / "out.txt", "x")
