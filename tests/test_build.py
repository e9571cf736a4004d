"""``geo-disputed build``: every output, with and without boundaries, and clean failures."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import numpy as np
import pyogrio
import pytest
from PIL import Image
from pyproj import Geod
from test_maps import payload

from geo_disputed.cli import main
from geo_disputed.geo.belt import coverage_gaps
from geo_disputed.manifest import check_outputs

OUTPUTS = (
    "security_vacuum.html",
    "security_vacuum.png",
    "security_vacuum.pdf",
    "security_vacuum.gpkg",
)


@pytest.fixture
def asset_cache() -> Path:
    from browser import ensure_asset_cache

    return ensure_asset_cache()


@pytest.mark.slow
def test_build_with_boundaries(tmp_path, capsys, shared_boundaries, asset_cache) -> None:
    out = tmp_path / "maps"
    code = main(["build", "--out-dir", str(out), "--boundaries", str(shared_boundaries)])
    printed = capsys.readouterr().out
    assert code == 0
    for name in (*OUTPUTS, "security_vacuum_offline.html"):
        assert (out / name).stat().st_size > 10_000, name
    assert sorted(p.name for p in out.iterdir()) == sorted(
        (*OUTPUTS, "security_vacuum_offline.html", "security_vacuum.manifest.json")
    )  # no temporary files left behind
    offline = (out / "security_vacuum_offline.html").read_text(encoding="utf-8")
    assert "<script src=" not in offline and "cdn.jsdelivr.net" not in offline
    pixels = np.asarray(Image.open(out / "security_vacuum.png").convert("L"), dtype=float)
    assert pixels.std() > 10  # not blank
    assert (out / "security_vacuum.pdf").read_bytes().startswith(b"%PDF")
    layers = dict(pyogrio.list_layers(out / "security_vacuum.gpkg"))
    expected = ["belt", "centreline", "gaps", "governorates", "disputed_territories"]
    expected += ["kurdistan_region", "coordination_centres", "incidents", "article_places"]
    for name in expected:
        assert name in layers
        assert pyogrio.read_info(out / "security_vacuum.gpkg", layer=name)["crs"] == "EPSG:32638"
    belt = pyogrio.read_dataframe(out / "security_vacuum.gpkg", layer="belt")
    assert {"Ninewa", "Salah Al-Din", "Kirkuk", "Diyala"} <= set(belt["admin1"])
    for admin1 in ("Ninewa", "Kirkuk", "Diyala"):
        assert admin1 in printed
    assert "incidents inside the belt:" in printed and "coverage gaps" in printed
    assert "[6/6]" in printed
    # the manifest: this run's inputs (hashed), options and outputs, and a complete set
    manifest = json.loads((out / "security_vacuum.manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] is True and "COD-AB Iraq" in manifest["boundaries_source"]
    used = {Path(d["path"]).name: d["sha256"] for d in manifest["inputs"]["boundaries"]}
    shp = shared_boundaries / "irq_admbnda_adm1_cso_20190603.shp"
    assert used[shp.name] == hashlib.sha256(shp.read_bytes()).hexdigest()
    assert manifest["inputs"]["incidents"][0]["path"].endswith("incidents.csv")
    assert check_outputs(out / "security_vacuum.manifest.json").state == "complete"


def test_build_without_boundaries_says_so(tmp_path, capsys, monkeypatch, asset_cache) -> None:
    out = tmp_path / "maps"
    assert main(["build", "--out-dir", str(out), "--offline"]) == 0
    printed = capsys.readouterr().out
    assert "note: no boundary files (offline, none configured)" in printed
    assert "(not split)" in printed and "Natural Earth" in printed
    for name in OUTPUTS:
        assert (out / name).exists()
    layers = dict(pyogrio.list_layers(out / "security_vacuum.gpkg"))
    assert "governorates" not in layers and "belt" in layers and "countries" in layers
    html = (out / "security_vacuum.html").read_text(encoding="utf-8")
    assert "disputed territories and the security-vacuum belt" not in html  # not drawn


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--incidents", "missing.csv"], "--incidents missing.csv: no such file"),
        (["--article", "missing.txt"], "--article missing.txt: no such file"),
        (["--boundaries", "no/such/dir"], "does not exist"),
    ],
)
def test_build_bad_input_is_one_line_and_writes_nothing(tmp_path, capsys, args, message) -> None:
    out = tmp_path / "maps"
    assert main(["build", "--out-dir", str(out), *args]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and "\n" not in err and "Traceback" not in err
    assert not out.exists() or not any(out.iterdir())


def test_build_out_dir_below_a_file_fails_before_any_step(tmp_path, capsys) -> None:
    (tmp_path / "file").write_text("x")
    assert main(["build", "--out-dir", str(tmp_path / "file" / "maps")]) == 2
    captured = capsys.readouterr()
    assert "is not a directory" in captured.err and "[1/6]" not in captured.out


@pytest.mark.slow
def test_build_geoparses_a_given_article(tmp_path, capsys, shared_boundaries, asset_cache) -> None:
    article = tmp_path / "a.txt"
    article.write_text("سقطت صواريخ على حقل خورمور قرب جمجمال وفي قضاء سنجار", encoding="utf-8")
    out = tmp_path / "maps"
    code = main(["build", "--out-dir", str(out), "--article", str(article),
                 "--boundaries", str(shared_boundaries)])  # fmt: skip
    assert code == 0
    places = pyogrio.read_dataframe(out / "security_vacuum.gpkg", layer="article_places")
    assert {"Khor Mor gas field", "Sinjar"} <= set(places["name_en"])
    assert "حقل خورمور" in set(places["text"])


def _same_ids(html: str) -> str:
    """The page with folium's random element ids replaced, so two builds compare."""
    return re.sub(r"_[0-9a-f]{32}(?![0-9a-f])", "_ID", html)


@pytest.mark.slow
def test_build_and_map_give_the_same_map_and_radius_reaches_it(
    tmp_path, capsys, shared_boundaries, asset_cache
) -> None:
    options = ["--boundaries", str(shared_boundaries), "--width-km", "30", "--radius-km", "40"]
    assert main(["build", "--out-dir", str(tmp_path / "maps"), *options]) == 0
    assert main(["map", "--out", str(tmp_path / "map.html"), *options]) == 0
    capsys.readouterr()
    built = (tmp_path / "maps" / "security_vacuum.html").read_text(encoding="utf-8")
    mapped = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert _same_ids(built) == _same_ids(mapped)
    data = payload(built)
    # --radius-km reaches the centres' circles, not only the gaps
    assert data["layers"]["centres"]["radius_km"] == 40
    ring, (lat, lon) = data["layers"]["centres"]["circle"][0], data["layers"]["centres"]["pt"][0]
    assert Geod(ellps="WGS84").inv(lon, lat, ring[0][1], ring[0][0])[2] == pytest.approx(
        40_000, abs=5
    )
    assert "Belt depth 30 km (40 km at named hotspots) · centre radius 40 km" in data["subtitle"]
    gpkg = tmp_path / "maps" / "security_vacuum.gpkg"
    gaps = pyogrio.read_dataframe(gpkg, layer="gaps")
    line = pyogrio.read_dataframe(gpkg, layer="centreline").geometry.iloc[0]
    centres = pyogrio.read_dataframe(gpkg, layer="coordination_centres")
    at = {km: coverage_gaps(line, centres, radius_km=km)["length_km"].sum() for km in (20, 40)}
    assert gaps["length_km"].sum() == pytest.approx(at[40]) and at[40] < at[20]
    assert pyogrio.read_dataframe(gpkg, layer="centreline")["width_km"].iloc[0] == 30
