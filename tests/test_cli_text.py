"""CLI contract of ``geocode`` and ``geoparse`` (other tools depend on it)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from geo_disputed.cli import main

CANDIDATE_KEYS = {
    "name_en", "name_ar", "kind", "lat", "lon", "admin1", "admin2", "precision", "score", "match",
    "source",
}  # fmt: skip
MENTION_KEYS = {
    "text",
    "start",
    "end",
    "name_en",
    "name_ar",
    "kind",
    "lat",
    "lon",
    "admin1",
    "precision",
    "score",
}


def test_geocode_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["geocode", "--json", "--limit", "2", "Tooz Khormato", "نينوى"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [o["query"] for o in out] == ["Tooz Khormato", "نينوى"]
    for obj in out:
        assert 1 <= len(obj["candidates"]) <= 2
        for cand in obj["candidates"]:
            assert set(cand) == CANDIDATE_KEYS
    assert out[1]["candidates"][0]["admin1"] == "Ninewa"


def test_geocode_exit_1_when_a_query_has_no_candidate(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["geocode", "--json", "Kirkuk", "Zzyzx Qwerty"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1
    assert out[1] == {"query": "Zzyzx Qwerty", "candidates": []}


def test_geocode_admin1_and_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["geocode", "--admin1", "Salahuddin", "Tuz Khurmatu"]) == 0
    assert "Salah Al-Din" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exit_info:
        main(["geocode", "--limit", "0", "Kirkuk"])
    assert exit_info.value.code == 2 and "less than 1" in capsys.readouterr().err
    assert main(["geocode", "--admin1", "Atlantis", "Kirkuk"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("geo-disputed geocode: error: unknown governorate") and "\n" not in err


@pytest.mark.parametrize("fmt", ["json", "geojson", "csv"])
def test_geoparse_formats(tmp_path, capsys, fmt: str) -> None:
    src = tmp_path / "a.txt"
    src.write_text("Rockets hit Khor Mor and Kirkuk province.", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    assert main(["geoparse", str(src), "--format", fmt, "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(text)
        assert [set(d) for d in data] == [MENTION_KEYS, MENTION_KEYS]
        assert data[1]["kind"] == "governorate"
        assert data[0]["text"] == "Khor Mor"
    elif fmt == "geojson":
        data = json.loads(text)
        assert data["type"] == "FeatureCollection" and len(data["features"]) == 2
        lon, lat = data["features"][0]["geometry"]["coordinates"]
        assert 38 < lon < 49 and 29 < lat < 38  # RFC 7946 order: lon, lat
    else:
        lines = text.splitlines()
        assert lines[0] == "text,start,end,name_en,name_ar,kind,lat,lon,admin1,precision,score"
        assert len(lines) == 3


def test_geoparse_stdin_and_empty(capsys, monkeypatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("بغداد".encode())))
    assert main(["geoparse", "-"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["name_en"] == "Baghdad"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["geoparse", "-"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"\xff\xfe\x00Kirkuk \x81", "not UTF-8 text"),
        ("dir", "is a directory"),
    ],
)
def test_geoparse_bad_input_is_one_line(tmp_path, capsys, content, message) -> None:
    path = tmp_path / "in.txt"
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    assert main(["geoparse", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and str(path) in err and "\n" not in err


@pytest.mark.slow
def test_geoparse_10_mb_text(tmp_path, capsys) -> None:
    path = tmp_path / "big.txt"
    filler = "the committee met again today to discuss salaries and training schedules. " * 12
    chunk = filler + "Shelling near Kirkuk and Khanaqin was reported; الوضع هادئ في سنجار. "
    copies = 10_000_000 // len(chunk.encode())
    path.write_text(chunk * copies, encoding="utf-8")
    assert path.stat().st_size > 9_900_000
    out = tmp_path / "big.json"
    assert main(["geoparse", str(path), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data) == 3 * copies
    assert {d["admin1"] for d in data} == {"Kirkuk", "Diyala", "Ninewa"}


@pytest.mark.slow
def test_geoparse_2_mb_of_pathological_arabic(tmp_path, capsys) -> None:
    """The shapes that took minutes (ال repeated, stacked proclitics, a run of marks, one
    word with no space) in one 2 MB file: the places around them are still found."""
    marks = "\u064e\u064b\u0650\u0651\u0652\u0670"
    words = ["ال" * 150_000, "وفبلك" * 40_000, marks * 40_000, "كركوكبغداد" * 20_000]
    text = "قصف في كركوك " + " ".join(words) + " قرب خانقين " + "وللال" * 20_000
    path = tmp_path / "hostile.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 2_000_000
    out = tmp_path / "hostile.json"
    start = time.perf_counter()
    assert main(["geoparse", str(path), "--out", str(out)]) == 0
    assert time.perf_counter() - start < 20.0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [(d["text"], d["name_en"]) for d in data] == [
        ("كركوك", "Kirkuk"),
        ("خانقين", "Khānaqīn"),
    ]


def test_console_script_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "geo_disputed.cli", "geocode", "--json", "Hawler"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["candidates"][0]["admin1"] == "Erbil"


def test_version_is_the_installed_packages(capsys) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"geo-disputed {version('geo-disputed')}\n"
