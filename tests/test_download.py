"""Pinned downloads against a local HTTP server; ``geo-disputed data fetch/info``."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from geo_disputed import cli, download, settings
from geo_disputed.download import DownloadError, fetch
from geo_disputed.geo.boundaries import load_boundaries

NAME = "boundaries/geoBoundaries-IRQ-ADM1.geojson"


def geoboundaries_adm1() -> bytes:
    """A tiny geoBoundaries-style ADM1 file: two governorates."""

    def feature(name: str, iso: str, x: float) -> dict:
        ring = [[x, 35.0], [x + 1, 35.0], [x + 1, 36.0], [x, 36.0], [x, 35.0]]
        props = {"shapeName": name, "shapeISO": iso, "shapeID": f"ID-{iso}",
                 "shapeGroup": "IRQ", "shapeType": "ADM1"}  # fmt: skip
        return {"type": "Feature", "properties": props,
                "geometry": {"type": "Polygon", "coordinates": [ring]}}  # fmt: skip

    features = [feature("Kirkuk", "IQ-KI", 44.0), feature("Erbil", "IQ-AR", 43.0)]
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc).encode()


class _Handler(http.server.SimpleHTTPRequestHandler):
    requests: list[str]

    def do_GET(self) -> None:
        self.requests.append(self.path)
        super().do_GET()

    def log_message(self, *args) -> None:  # keep test output quiet
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path, list[str]]]:
    """Serve ``tmp_path/www`` on 127.0.0.1; yield (base URL, folder, request log)."""
    root = tmp_path / "www"
    root.mkdir()
    log: list[str] = []
    handler = type("Handler", (_Handler,), {"requests": log})
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(root))
    )
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", root, log
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    """A private cache so fetched files never leak into other tests."""
    path = tmp_path / "cache"
    monkeypatch.setattr(settings, "cache_dir", path)
    return path


def _register(monkeypatch, url: str, payload: bytes) -> None:
    sha = hashlib.sha256(payload).hexdigest()
    monkeypatch.setitem(download.REGISTRY, NAME, (url, sha))


def test_fetch_downloads_once_and_checks_hash(server, cache, monkeypatch) -> None:
    base, root, log = server
    payload = geoboundaries_adm1()
    (root / "adm1.geojson").write_bytes(payload)
    _register(monkeypatch, f"{base}/adm1.geojson", payload)
    path = fetch(NAME, progress=False)
    assert path == cache / "boundaries" / "geoBoundaries-IRQ-ADM1.geojson"
    assert path.read_bytes() == payload
    assert fetch(NAME, progress=False) == path
    assert log == ["/adm1.geojson"]  # the second call used the cache


def test_hash_mismatch_is_a_clear_error(server, cache, monkeypatch) -> None:
    base, root, _ = server
    (root / "adm1.geojson").write_bytes(b"tampered")
    _register(monkeypatch, f"{base}/adm1.geojson", geoboundaries_adm1())
    with pytest.raises(DownloadError, match="failed its sha256 check") as info:
        fetch(NAME, progress=False)
    assert "\n" not in str(info.value)
    assert not (cache / "boundaries" / "geoBoundaries-IRQ-ADM1.geojson").exists()


def test_offline_is_a_clear_one_line_error(cache, monkeypatch) -> None:
    with socket.socket() as sock:  # find a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    _register(monkeypatch, f"http://127.0.0.1:{port}/adm1.geojson", b"x")
    with pytest.raises(DownloadError, match=r"cannot download .*check the network") as info:
        fetch(NAME, progress=False, timeout=5)
    assert "\n" not in str(info.value)


def test_http_404_is_a_clear_error(server, cache, monkeypatch) -> None:
    base, _, _ = server
    _register(monkeypatch, f"{base}/missing.geojson", b"x")
    with pytest.raises(DownloadError, match=r"\(HTTP 404\)"):
        fetch(NAME, progress=False)


def test_unregistered_name() -> None:
    with pytest.raises(download.GeoDisputedError, match="not a registered download"):
        fetch("boundaries/other.geojson")


def test_registry_pins_geoboundaries() -> None:
    for name in download.BOUNDARY_LEVELS.values():
        url, sha = download.REGISTRY[name]
        assert download.GEOBOUNDARIES_COMMIT in url and url.startswith("https://")
        assert len(sha) == 64 and int(sha, 16) >= 0


def _fetch_adm1(server, monkeypatch) -> bytes:
    """Serve a geoBoundaries ADM1 file, pin it, and `data fetch` it; return its bytes."""
    base, root, _ = server
    payload = geoboundaries_adm1()
    (root / "adm1.geojson").write_bytes(payload)
    _register(monkeypatch, f"{base}/adm1.geojson", payload)
    monkeypatch.setattr(cli, "COMMANDS", ("belt", "data"))
    assert cli.main(["data", "fetch", "--level", "1", "--quiet"]) == 0
    return payload


def test_cli_fetch_info_then_load(server, cache, monkeypatch, capsys) -> None:
    _fetch_adm1(server, monkeypatch)
    assert "sha256 verified" in capsys.readouterr().out
    assert cli.main(["data", "info"]) == 0
    info = capsys.readouterr().out
    assert f"{NAME}: cached" in info
    assert f"boundaries directory: {cache / 'boundaries'}  (from the user cache)" in info
    frame = load_boundaries()  # nothing configured: the fetched cache is used
    assert sorted(frame["level"].unique()) == [0, 1]
    assert set(frame.loc[frame["level"] == 1, "pcode"]) == {"IQ-KI", "IQ-AR"}


def test_cli_fetch_offline_exits_2(cache, monkeypatch, capsys) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    _register(monkeypatch, f"http://127.0.0.1:{port}/adm1.geojson", b"x")
    monkeypatch.setattr(cli, "COMMANDS", ("belt", "data"))
    assert cli.main(["data", "fetch", "--level", "1", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geo-disputed data: error: cannot download") and err.count("\n") == 1


def test_cli_info_without_boundaries(cache, monkeypatch, capsys) -> None:
    monkeypatch.setattr(cli, "COMMANDS", ("belt", "data"))
    assert cli.main(["data", "info"]) == 0
    out = capsys.readouterr().out
    assert "not downloaded" in out and "boundaries directory: none" in out


@pytest.mark.slow
def test_build_fetches_geoboundaries_on_first_run(
    server, cache, monkeypatch, capsys, real_geoboundaries, shared_boundaries
) -> None:
    """No boundaries configured: `build` downloads ADM1 + ADM2 (as `data fetch` does), checks
    their hashes, and builds the full product on them, districts and disputed territories
    included."""
    from boundary_variants import write_geoboundaries_adm2

    base, root, log = server
    (root / "gb1.geojson").write_bytes(
        (real_geoboundaries / "geoBoundaries-IRQ-ADM1.geojson").read_bytes()
    )
    write_geoboundaries_adm2(shared_boundaries, root).rename(root / "gb2.geojson")
    for level, name in download.BOUNDARY_LEVELS.items():
        payload = (root / f"gb{level}.geojson").read_bytes()
        sha = hashlib.sha256(payload).hexdigest()
        monkeypatch.setitem(download.REGISTRY, name, (f"{base}/gb{level}.geojson", sha))
    out = _build_online(cache.parent / "maps", monkeypatch)
    printed = capsys.readouterr().out
    assert sorted(log) == ["/gb1.geojson", "/gb2.geojson"]
    assert "Boundaries: geoBoundaries gbOpen IRQ" in printed
    import pyogrio

    layers = dict(pyogrio.list_layers(out / "security_vacuum.gpkg"))
    assert {"governorates", "districts", "disputed_territories", "kurdistan_region"} <= set(layers)
    assert "Ninawa" in printed  # the belt split by the downloaded governorates


@pytest.mark.slow
def test_build_offline_falls_back_with_one_line(cache, monkeypatch, capsys) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    for name in download.BOUNDARY_LEVELS.values():
        monkeypatch.setitem(download.REGISTRY, name, (f"http://127.0.0.1:{port}/x", "0" * 64))
    out = _build_online(cache.parent / "maps", monkeypatch)
    captured = capsys.readouterr()
    notes = [line for line in captured.out.splitlines() if line.startswith("note: no boundary")]
    assert len(notes) == 1 and "could not be downloaded" in notes[0]
    assert "Natural Earth" in captured.out and "Traceback" not in captured.err
    import pyogrio

    layers = dict(pyogrio.list_layers(out / "security_vacuum.gpkg"))
    assert "countries" in layers and "disputed_territories" not in layers


def _build_online(out: Path, monkeypatch) -> Path:
    """Run `geo-disputed build` with downloads allowed (the registry points at this test's
    server); return the output directory."""
    from browser import ensure_asset_cache

    ensure_asset_cache()
    monkeypatch.setattr(settings, "offline", False)
    try:
        assert cli.main(["build", "--out-dir", str(out)]) == 0
    finally:
        settings.configure_logging(console=False)
    return out


def test_a_tampered_cache_is_reported_and_fetched_again(server, cache, monkeypatch, capsys):
    """`data info` says a cached file no longer matches its pin; `data fetch` replaces it."""
    log = server[2]
    payload = _fetch_adm1(server, monkeypatch)
    path = download.cache_path(NAME)
    path.write_bytes(payload.replace(b"Kirkuk", b"Kirkuq"))
    capsys.readouterr()
    assert cli.main(["data", "info"]) == 0
    assert f"{NAME}: CHANGED since downloaded" in capsys.readouterr().out
    assert cli.main(["data", "fetch", "--level", "1", "--quiet"]) == 0
    assert path.read_bytes() == payload and log == ["/adm1.geojson", "/adm1.geojson"]
    assert cli.main(["data", "info"]) == 0
    assert f"{NAME}: cached, {len(payload):,} bytes, sha256 as pinned" in capsys.readouterr().out
