"""``geo_disputed/py.typed`` (PEP 561): present in the package, declared as package data, and
copied by a setuptools build, so type checkers read the package's hints where it is installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pytest's own dependency there
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]


def test_py_typed_is_a_package_resource() -> None:
    marker = files("geo_disputed").joinpath("py.typed")
    assert marker.is_file()
    assert marker.read_bytes().strip() == b""  # a plain marker: the whole package is typed


def test_py_typed_is_declared_as_package_data() -> None:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        package_data = tomllib.load(fh)["tool"]["setuptools"]["package-data"]
    assert "py.typed" in package_data["geo_disputed"]


def test_a_build_copies_py_typed_and_the_client_files(tmp_path: Path) -> None:
    """setuptools' ``build_py`` (the step of a wheel build that lays out the package) on a
    copy of the project: without the package-data entry it would leave py.typed out."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("geo_disputed", "data"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    build = tmp_path / "lib"
    done = subprocess.run(
        [sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py",
         "--build-lib", str(build)],
        cwd=source, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    built = {p.relative_to(build).as_posix() for p in build.rglob("*") if p.is_file()}
    assert "geo_disputed/py.typed" in built
    assert "geo_disputed/render/client/map.js" in built
