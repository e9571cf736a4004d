"""Every command and code block of README.md runs as written, from the project root.

The blocks run in a scratch project (its ``data/`` and ``docs/`` linked to this checkout's,
``../shared`` beside it), so that outputs land in the scratch ``maps/``, never in the
checkout. Bash blocks run line by line in document order; Python blocks run in document
order in one interpreter, as a reader pastes them (later blocks use earlier names). A block
preceded by ``<!-- not run by tests/test_readme.py: <why> -->`` is left out, and so are the
set-up block's installs and its test command (this is that test run).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT_ROOT, SHARED, need_shared

from geo_disputed import settings

README = PROJECT_ROOT / "README.md"
_BLOCK = re.compile(
    r"(<!-- not run by tests/test_readme\.py: [^>]*-->\n)?```(bash|python)\n(.*?)```", re.S
)


def blocks(kind: str) -> list[tuple[int, str]]:
    """(line number, code) of each ``kind`` block of the README that is to be run."""
    text = README.read_text(encoding="utf-8")
    found = []
    for match in _BLOCK.finditer(text):
        if match.group(2) == kind and not match.group(1):
            found.append((text[: match.start(3)].count("\n") + 1, match.group(3)))
    return found


def commands() -> list[tuple[int, str]]:
    """(line number, command) of each bash line, the set-up installs and tests left out."""
    out = []
    for start, code in blocks("bash"):
        for offset, line in enumerate(code.splitlines()):
            line = line.split("  #")[0].strip()
            parts = [p.strip() for p in line.split("&&")]
            parts = [p for p in parts if not p.startswith(("pip install", "python -m pytest"))]
            if parts:
                out.append((start + offset, " && ".join(parts)))
    return out


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project directory with this checkout's data and docs, and ../shared beside it."""
    need_shared(SHARED / "data" / "boundaries")
    root = tmp_path_factory.mktemp("readme")
    project = root / "main"
    project.mkdir()
    for name in ("data", "docs"):
        (project / name).symlink_to(PROJECT_ROOT / name)
    (root / "shared").symlink_to(SHARED.resolve())
    return project


def _env() -> dict[str, str]:
    """This interpreter's scripts first on PATH, and the session's user cache (map assets
    fetched once for all tests; never ~/.cache)."""
    scripts = str(Path(sys.executable).parent)
    path = scripts + os.pathsep + os.environ.get("PATH", "")
    return {**os.environ, "PATH": path, "GEO_DISPUTED_CACHE": str(settings.cache_dir)}


def test_the_readme_has_what_this_test_runs() -> None:
    assert len(commands()) >= 20 and len(blocks("python")) >= 9
    assert commands()[0][1] == "geo-disputed build"  # the first set-up command


@pytest.mark.slow
@pytest.mark.browser  # `export --from-html` drives Chromium
def test_every_readme_command_runs_as_written(scratch: Path) -> None:
    failures = []
    for line, command in commands():
        done = subprocess.run(["bash", "-c", command], cwd=scratch, env=_env(),
                              capture_output=True, text=True, timeout=600)  # fmt: skip
        if done.returncode != 0:
            failures.append(f"README.md:{line}: {command}\n  -> {done.stderr.strip()[-400:]}")
    assert not failures, "\n".join(failures)
    assert (scratch / "maps" / "security_vacuum.html").is_file()


@pytest.mark.slow
def test_every_readme_python_block_runs_as_written(scratch: Path) -> None:
    script = "\n".join(
        f"# README.md:{line}\n{code}" for line, code in blocks("python")
    )  # one interpreter: later blocks use the names of earlier ones
    (scratch / "maps").mkdir(exist_ok=True)
    done = subprocess.run([sys.executable, "-c", script], cwd=scratch, env=_env(),
                          capture_output=True, text=True, timeout=900)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
