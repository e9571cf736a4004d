"""The map's browser-side files (``geo_disputed/render/client/``): found as package data,
valid JavaScript, and what the map page carries."""

from __future__ import annotations

import fnmatch
import json
import shutil
import subprocess
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from browser import skip_or_fail
from map_samples import all_layers

from geo_disputed.render import interactive as maps
from geo_disputed.render import page

CLIENT_FILES = ("map.js", "map.css", "centre.svg")
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


@pytest.mark.parametrize("name", CLIENT_FILES)
def test_client_files_are_package_resources(name: str):
    resource = files("geo_disputed.render").joinpath("client").joinpath(name)
    assert resource.is_file()
    text = resource.read_text("utf-8")
    assert text.strip()
    assert page.client_file(name) == text
    assert page.client_file(name) is page.client_file(name)  # read once, then cached


def test_every_client_file_is_declared_as_package_data():
    tomllib = pytest.importorskip("tomllib")
    with PYPROJECT.open("rb") as fh:
        patterns = tomllib.load(fh)["tool"]["setuptools"]["package-data"]["geo_disputed.render"]
    shipped = [r.name for r in files("geo_disputed.render").joinpath("client").iterdir()]
    assert set(CLIENT_FILES) <= set(shipped)
    for name in shipped:
        assert any(fnmatch.fnmatch(f"client/{name}", p) for p in patterns), name


def test_client_script_passes_node_check():
    node = shutil.which("node")
    if node is None:
        skip_or_fail("node not available to check the client script")
    resource = files("geo_disputed.render").joinpath("client").joinpath("map.js")
    with as_file(resource) as path:
        done = subprocess.run([node, "--check", str(path)], capture_output=True, text=True,
                              timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_map_page_carries_the_client_files():
    html = maps.map_html(maps.build_map(all_layers()))
    js, css = page.client_file("map.js"), page.client_file("map.css")
    assert f"<script>\n{js}</script>" in html
    assert f"<style>\n{css}</style>" in html
    assert html.count(js) == 1
    svg = page.centre_svg()
    assert svg.startswith("<svg") and svg.endswith("</svg>") and "\n" not in svg
    assert f"{{centreSvg: {json.dumps(svg)}}}" in html
