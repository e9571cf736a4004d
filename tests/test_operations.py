"""Operations: full and read-only disks, signals, a closed stdout, stale temporary files, the
build's manifest, failing npm, dripping servers and tampered caches, all without a traceback.

The full and read-only disks are real: a 16 kB tmpfs and one mounted read-only where the
machine lets us mount (root in CI); elsewhere a limit on file size (EFBIG) and a directory
without write permission (EACCES). Other tests make a writer raise ``OSError(ENOSPC)``.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import http.server
import io
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import tarfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from map_samples import all_layers

from geo_disputed import assets as map_assets
from geo_disputed import cli, download, settings
from geo_disputed.commands import build
from geo_disputed.download import DownloadError
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.files import atomic_path, sweep_partials, write_bytes_atomic, write_text_atomic
from geo_disputed.manifest import check_outputs

TESTS = Path(__file__).resolve().parent
NAME = "boundaries/geoBoundaries-IRQ-ADM1.geojson"
OUTPUT_NAMES = ["security_vacuum.html", "security_vacuum_offline.html", "security_vacuum.png",
                "security_vacuum.pdf", "security_vacuum.gpkg"]  # fmt: skip


def _dead_port() -> int:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(autouse=True)
def _no_cdn(monkeypatch) -> None:
    """No test here reaches a CDN: the assets' CDN is a closed local port."""
    monkeypatch.setattr(map_assets, "CDN", f"http://127.0.0.1:{_dead_port()}/npm/")


@pytest.fixture
def private_cache(tmp_path: Path, monkeypatch) -> Path:
    """An empty user cache of this test alone (no map assets in it)."""
    path = tmp_path / "cache"
    monkeypatch.setattr(settings, "cache_dir", path)
    return path


@dataclass(frozen=True)
class Disk:
    """A directory whose writes really fail, and the reasons the OS may give."""

    path: Path
    reasons: tuple[str, ...]


@contextlib.contextmanager
def _tmpfs(directory: Path, options: str) -> Iterator[bool]:
    """Mount a tmpfs on ``directory`` for the block; yield False where this machine does
    not let us."""
    directory.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(directory)],
                          capture_output=True, text=True, check=False)  # fmt: skip
    try:
        yield done.returncode == 0
    finally:
        if done.returncode == 0 and subprocess.run(["umount", str(directory)]).returncode:
            subprocess.run(["umount", "-l", str(directory)], check=False)  # busy: detach it


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Disk]:
    """A real 16 kB file system (ENOSPC); where no tmpfs can be mounted, a 16 kB limit on
    the size of any file this process writes (``RLIMIT_FSIZE``: EFBIG), a real OS error too."""
    directory = tmp_path / "full"
    with _tmpfs(directory, "size=16k") as mounted:
        if mounted:
            yield Disk(directory, ("No space left on device",))
            return
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # an error, not a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (16_384, limits[1]))
    try:
        # a write cut short at the limit may come back as ENOSPC (seen from matplotlib's PDF)
        limit = "File too large: the file-size limit (ulimit -f) is 16,384 bytes"
        yield Disk(directory, (limit, "No space left on device"))
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, handler)


@pytest.fixture
def read_only_disk(tmp_path: Path) -> Iterator[Disk]:
    """A real read-only file system (EROFS, even for root); where no tmpfs can be mounted
    and we are not root, a directory without write permission (EACCES)."""
    directory = tmp_path / "ro"
    with _tmpfs(directory, "ro,size=64k") as mounted:
        if mounted:
            yield Disk(directory, ("Read-only file system",))
            return
    if os.geteuid() == 0:  # root writes through any mode; only a mount can refuse it
        pytest.fail("root cannot mount a tmpfs here (no CAP_SYS_ADMIN?): no read-only disk")
    directory.chmod(0o555)
    try:
        yield Disk(directory, ("Permission denied",))
    finally:
        directory.chmod(0o755)


def quick_layers():
    """Made-up layers (:func:`map_samples.all_layers`) complete enough for ``build``."""
    layers = all_layers(n_incidents=50)
    assert layers.gaps is not None
    layers.gaps["start_km"], layers.gaps["end_km"] = 0.0, layers.gaps["length_km"]
    return layers


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if ".partial-" in p.name)


# --- atomic writes on a failing disk -------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "reason"),
    [(errno.ENOSPC, "No space left on device"), (errno.EROFS, "Read-only file system"),
     (errno.EACCES, "Permission denied"), (errno.EDQUOT, "Disk quota exceeded")],
)  # fmt: skip
def test_oserror_while_writing_is_one_line_and_keeps_the_target(tmp_path, code, reason) -> None:
    target = tmp_path / "out.png"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(DataError) as info, atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        (tmp.parent / (tmp.name + "-journal")).write_bytes(b"side file")
        raise OSError(code, os.strerror(code), str(tmp))
    message = str(info.value)
    assert message == f"{target}: cannot write ({reason}); the previous file is kept"
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]  # temp and side file gone


def test_every_writer_names_the_target_when_the_disk_is_full(tmp_path, monkeypatch) -> None:
    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    monkeypatch.setattr(Path, "write_bytes", full)
    for writer, name in ((write_text_atomic, "a.txt"), (write_bytes_atomic, "b.bin")):
        with pytest.raises(DataError, match=rf"{name}: cannot write \(No space left on device\)"):
            writer(tmp_path / name, "x" if name.endswith("txt") else b"x")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_a_writers_own_error_on_a_healthy_disk_is_not_hidden(tmp_path) -> None:
    with pytest.raises(RuntimeError, match="a bug"), atomic_path(tmp_path / "x.gpkg"):
        raise RuntimeError("a bug")


def test_real_full_disk_every_output_writer(full_disk: Disk) -> None:
    """HTML (text), PNG/PDF (matplotlib), GeoPackage (GDAL, whose error is not an OSError)."""
    from geo_disputed.render.interactive import write_map
    from geo_disputed.render.layers import write_layers
    from geo_disputed.render.static import save_static_map, static_map

    layers = all_layers(n_incidents=50)
    figure = static_map(layers)
    writers = {
        "m.html": lambda p: write_map(layers, p),
        "m.png": lambda p: save_static_map(figure, p),
        "m.pdf": lambda p: save_static_map(figure, p),
        "m.gpkg": lambda p: write_layers(layers, p),
        "m.txt": lambda p: write_text_atomic(p, "x" * 200_000),
    }
    for name, write in writers.items():
        with pytest.raises(DataError) as info:
            write(full_disk.path / name)
            pytest.fail(f"{name} fitted in 16 kB")
        assert str(info.value) in {
            f"{full_disk.path / name}: cannot write ({reason}); nothing was written"
            for reason in full_disk.reasons
        }
    assert list(full_disk.path.iterdir()) == []


def test_real_read_only_directory(read_only_disk: Disk) -> None:
    with pytest.raises(DataError) as info:
        write_text_atomic(read_only_disk.path / "out.txt", "x")
    out = read_only_disk.path / "out.txt"
    assert str(info.value) == f"{out}: cannot write here ({read_only_disk.reasons[0]})"


def test_stale_temp_files_are_swept_on_the_next_write(tmp_path) -> None:
    """A SIGKILL leaves ``.<stem>.partial-*`` files: the next write there removes those older
    than an hour, and nothing else."""
    old = time.time() - 2 * 3600
    stale = [".security_vacuum.partial-abcd1234.png", ".security_vacuum.partial-x_9y8z7w.gpkg",
             ".security_vacuum.partial-x_9y8z7w.gpkg-journal"]  # fmt: skip
    kept = [".security_vacuum.partial-fresh123.png",  # another process may be writing it
            "security_vacuum.partial-abcd1234.png", ".notes.partial.txt", "keep.png"]  # fmt: skip
    for name in stale + kept:
        (tmp_path / name).write_bytes(b"x")
    for name in [*stale, *kept[1:]]:
        os.utime(tmp_path / name, (old, old))
    write_text_atomic(tmp_path / "security_vacuum.html", "<html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*kept, "security_vacuum.html"])
    assert sweep_partials(tmp_path) == []


# --- the CLI: signals and a closed stdout ---------------------------------------------------


def _script(out: Path, prelude: str) -> str:
    """A Python program running ``geo-disputed build`` on made-up layers (fast, offline),
    after ``prelude`` (which may replace a writer)."""
    return f"""
import sys, time
from pathlib import Path
from test_operations import quick_layers
from geo_disputed import assets
from geo_disputed.commands import build
from geo_disputed.files import atomic_path
assets.CDN = "http://127.0.0.1:{_dead_port()}/npm/"
build.map_layers = lambda args, **kwargs: quick_layers()
{prelude}
from geo_disputed import cli
sys.exit(cli.main(["build", "--out-dir", {str(out)!r}]))
"""


def _popen(code: str, cache: Path, **kwargs) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(TESTS), "GEO_DISPUTED_CACHE": str(cache),
           "GEO_DISPUTED_OFFLINE": "1", "PATH": "/nonexistent"}  # no npm  # fmt: skip
    return subprocess.Popen([sys.executable, "-c", code], env=env, text=True, **kwargs)


SLOW_WRITER = """
def slow_write_map(layers, path, **kwargs):
    with atomic_path(path) as tmp:
        tmp.write_text("half a map")
        print("WRITING", tmp, flush=True)
        time.sleep(60)
build.write_map = slow_write_map
"""


@pytest.mark.slow
def test_sigterm_mid_write_removes_the_temp_file(tmp_path, private_cache) -> None:
    out = tmp_path / "maps"
    proc = _popen(_script(out, SLOW_WRITER), private_cache, stdout=subprocess.PIPE,
                  stderr=subprocess.PIPE)  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    for line in proc.stdout:
        if line.startswith("WRITING"):
            break
    temp = Path(line.split()[1])
    assert temp.exists()  # the write is under way
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=30)
    err = proc.stderr.read()
    assert code == 128 + signal.SIGTERM
    assert err.strip() == "geo-disputed build: terminated by SIGTERM" and "Traceback" not in err
    assert not temp.exists() and _leftovers(out) == []
    found = check_outputs(out / "security_vacuum.manifest.json")
    assert found.state == "incomplete"  # the set says it is not one finished build


@pytest.mark.slow
def test_closed_stdout_exits_quietly_after_the_output_in_progress(tmp_path, private_cache):
    """``geo-disputed build | head``: the reader leaves while the map is being written; the
    map is finished (not half-written, no temp file), then the next print ends the run."""
    out = tmp_path / "maps"
    slow_but_finishing = """
real_write_map = build.write_map
def write_map(layers, path, **kwargs):
    if kwargs.get("self_contained"):
        return real_write_map(layers, path, **kwargs)
    with atomic_path(path) as tmp:
        time.sleep(1.5)
        tmp.write_text("<!DOCTYPE html> a whole map")
build.write_map = write_map
"""
    proc = _popen(_script(out, slow_but_finishing), private_cache, stdout=subprocess.PIPE,
                  stderr=subprocess.PIPE)  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    for line in proc.stdout:
        if "writing the interactive map" in line:
            break
    proc.stdout.close()  # what `head -N` does once it has its lines
    code = proc.wait(timeout=60)
    err = proc.stderr.read()
    assert code == 141 and err == "", err
    assert (out / "security_vacuum.html").read_text() == "<!DOCTYPE html> a whole map"
    assert _leftovers(out) == [] and not (out / "security_vacuum.png").exists()


def test_broken_pipe_anywhere_in_a_command_is_exit_141(monkeypatch, capsys) -> None:
    def command(args) -> int:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr(build, "run", command)
    monkeypatch.setattr(cli, "COMMANDS", ("build",))
    assert cli.main(["build"]) == 141
    assert capsys.readouterr().err == ""


def test_signal_handlers_are_restored_after_a_command(monkeypatch, capsys) -> None:
    seen: list[object] = []
    monkeypatch.setattr(build, "run", lambda args: seen.append(signal.getsignal(signal.SIGTERM)))
    monkeypatch.setattr(cli, "COMMANDS", ("build",))
    before = signal.getsignal(signal.SIGTERM)
    assert cli.main(["build"]) == 0
    assert seen == [cli._terminate] and signal.getsignal(signal.SIGTERM) is before


# --- the build's manifest -------------------------------------------------------------------


@pytest.fixture
def quick_build(monkeypatch):
    """``build`` on made-up layers (the real writers; the offline copy is written when the
    map assets are cached, npm is never run); returns a runner of the CLI."""
    monkeypatch.setattr(build, "map_layers", lambda args, **kwargs: quick_layers())
    monkeypatch.setattr(cli, "COMMANDS", ("build",))
    monkeypatch.setenv("PATH", "/nonexistent")
    return lambda *argv: cli.main(["build", *argv])


def test_complete_build_has_a_complete_manifest(tmp_path, quick_build, capsys) -> None:
    out = tmp_path / "maps"
    assert quick_build("--out-dir", str(out)) == 0
    printed = capsys.readouterr().out
    assert "security_vacuum.manifest.json (inputs, options" in printed
    document = json.loads((out / "security_vacuum.manifest.json").read_text(encoding="utf-8"))
    assert document["complete"] is True and document["finished"] >= document["started"]
    assert document["expected"] == OUTPUT_NAMES
    options = document["options"]
    assert options["method"] == "vacuum" and options["width_km"] is None  # the method's depth
    assert document["version"]
    for name, entry in document["outputs"].items():
        if "not_written" in entry:
            assert name == "security_vacuum_offline.html" and not (out / name).exists()
            continue
        assert entry["sha256"] == hashlib.sha256((out / name).read_bytes()).hexdigest()
    assert document["inputs"]["article"][0]["path"].endswith("article_places.csv")
    assert len(document["inputs"]["data"]) >= 5
    assert check_outputs(out / "security_vacuum.manifest.json").state == "complete"
    assert quick_build("--out-dir", str(out), "--check") == 0
    assert "one complete build" in capsys.readouterr().out
    (out / "security_vacuum.png").write_bytes(b"edited")
    assert quick_build("--out-dir", str(out), "--check") == 1
    assert "security_vacuum.png: changed since this build wrote it" in capsys.readouterr().out


def test_interrupted_build_is_told_apart(tmp_path, quick_build, monkeypatch, capsys) -> None:
    out = tmp_path / "maps"
    assert quick_build("--out-dir", str(out)) == 0
    first_png = (out / "security_vacuum.png").read_bytes()
    real_static_map = build.static_map

    def broken(layers):
        raise GeoDisputedError("the static map failed")

    monkeypatch.setattr(build, "static_map", broken)
    assert quick_build("--out-dir", str(out)) == 2
    capsys.readouterr()
    found = check_outputs(out / "security_vacuum.manifest.json")
    assert found.state == "incomplete" and not found.ok
    assert "security_vacuum.html: written by this build, unchanged" in found.lines
    assert "security_vacuum.png: from an earlier run (not written by this build)" in found.lines
    assert (out / "security_vacuum.png").read_bytes() == first_png
    assert quick_build("--out-dir", str(out), "--check") == 1
    assert "did not finish" in capsys.readouterr().out
    monkeypatch.setattr(build, "static_map", real_static_map)  # it works again
    assert quick_build("--out-dir", str(out)) == 0
    assert "note: " in capsys.readouterr().out  # the stale set is reported before replacing
    assert check_outputs(out / "security_vacuum.manifest.json").state == "complete"


@pytest.mark.parametrize(
    "content", [b"{not json", b"[]", b'{"expected": 1}', b"[" * 100_000 + b"]" * 100_000]
)
def test_a_broken_manifest_is_unreadable_not_a_traceback(tmp_path, content) -> None:
    manifest = tmp_path / "security_vacuum.manifest.json"
    manifest.write_bytes(content)
    found = check_outputs(manifest)
    assert found.state == "unreadable" and not found.ok
    assert found.lines[0].startswith("security_vacuum.manifest.json: ")


def test_outputs_without_a_manifest_are_reported(tmp_path) -> None:
    out = tmp_path / "maps"
    out.mkdir()
    (out / "security_vacuum.png").write_bytes(b"an old build")
    found = check_outputs(build.manifest_path(out), outputs=list(build.outputs(out).values()))
    assert found.state == "unrecorded" and "without a manifest" in found.summary()
    assert check_outputs(tmp_path / "none" / "m.json").state == "empty"


# --- npm failing in every way never aborts the build ---------------------------------------


def _fake_npm(directory: Path, body: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    npm = directory / "npm"
    npm.write_text("#!/bin/sh\n" + body + "\n")
    npm.chmod(0o755)
    return directory


def _tarball(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(f"package/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def _running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for PID 1 to reap it does not)."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return False
        if state in ("Z", "X"):
            return False
        time.sleep(0.05)
    return True


NPM_FAILURES = {
    "exits non-zero": ("echo 'npm ERR! 503 Service Unavailable' >&2; exit 1", "failed (exit 1)"),
    "prints garbage": ("head -c 3000 /dev/urandom | base64; exit 0", "left nothing instead"),
    "packs garbage": ('head -c 3000 /dev/urandom > "$5/x.tgz"; echo x.tgz', "broken tarball"),
    "packs no such file": ('cp "{empty_tgz}" "$5/"; echo empty.tgz', "has no file"),
    "is missing": (None, "not downloadable"),
    "hangs": ('sleep 60 & echo $! > "{pid_file}"; wait', "did not finish within 1 s"),
}


@pytest.mark.parametrize("case", sorted(NPM_FAILURES))
def test_ensure_cached_npm_failures_are_one_line(case, tmp_path, private_cache, monkeypatch):
    body, expected = NPM_FAILURES[case]
    pid_file = tmp_path / "pid"
    empty = _tarball(tmp_path / "empty.tgz", {"README.md": b"nothing"})
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    if body is not None:
        _fake_npm(bin_dir, body.format(empty_tgz=empty, pid_file=pid_file))
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")
    if case == "is missing":
        monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setattr(map_assets, "NPM_DEADLINE_S", 1.0)
    start = time.monotonic()
    with pytest.raises(map_assets.AssetsUnavailable) as info:
        map_assets.ensure_cached()
    message = str(info.value)
    assert expected in message and "\n" not in message, message
    assert time.monotonic() - start < 20
    if case == "hangs":  # what npm started was killed with it
        assert not _running(int(pid_file.read_text()))
    # asked again in the same process: the same answer, without running npm again
    start = time.monotonic()
    with pytest.raises(map_assets.AssetsUnavailable, match=r"CDN failed|not downloadable"):
        map_assets.ensure_cached()
    assert time.monotonic() - start < 0.5


@pytest.mark.slow
def test_build_with_a_failing_npm_writes_everything_else(tmp_path, private_cache, monkeypatch,
                                                         capsys):  # fmt: skip
    bin_dir = _fake_npm(tmp_path / "bin", "echo 'npm ERR! network' >&2; exit 1")
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(build, "map_layers", lambda args, **kwargs: quick_layers())
    monkeypatch.setattr(cli, "COMMANDS", ("build",))
    out = tmp_path / "maps"
    out.mkdir()
    (out / "security_vacuum_offline.html").write_text("an earlier build's copy")
    assert cli.main(["build", "--out-dir", str(out)]) == 0
    printed = capsys.readouterr().out
    line = next(x for x in printed.splitlines() if x.startswith("not written: "))
    assert "security_vacuum_offline.html" in line and "npm pack" in line
    assert "the copy of an earlier build was removed" in line
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([*OUTPUT_NAMES, "security_vacuum.manifest.json"]) or names == sorted(
        [n for n in OUTPUT_NAMES if "offline" not in n] + ["security_vacuum.manifest.json"]
    )
    assert not (out / "security_vacuum_offline.html").exists()
    assert check_outputs(build.manifest_path(out)).state == "complete"


# --- downloads that never end, caches that changed or cannot be written ----------------------


class _Drip(http.server.BaseHTTPRequestHandler):
    """Announces 40 bytes and sends one every 0.25 s (10 s in all)."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "40")
        self.end_headers()
        for _ in range(40):
            try:
                self.wfile.write(b"x")
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.25)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def drip_server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Drip)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_dripping_server_hits_the_deadline(drip_server, private_cache, monkeypatch) -> None:
    monkeypatch.setitem(download.REGISTRY, NAME, (f"{drip_server}/adm1.geojson", "0" * 64))
    start = time.monotonic()
    with pytest.raises(DownloadError, match=r"not done after 1\.5 s \(\d+ bytes received\)") as e:
        download.fetch(NAME, progress=False, timeout=1, deadline=1.5)
    assert time.monotonic() - start < 4 and "\n" not in str(e.value)
    assert list((private_cache / "boundaries").iterdir()) == []  # nothing half-saved


def test_a_dripping_cdn_does_not_hold_the_assets(drip_server, private_cache, monkeypatch) -> None:
    monkeypatch.setattr(map_assets, "CDN", f"{drip_server}/npm/")
    monkeypatch.setattr(map_assets, "CDN_DEADLINE_S", 1.0)
    monkeypatch.setenv("PATH", "/nonexistent")  # no npm
    start = time.monotonic()
    with pytest.raises(map_assets.AssetsUnavailable, match="not done after"):
        map_assets.ensure_cached()
    assert time.monotonic() - start < 5


def test_data_fetch_into_a_read_only_cache(private_cache, monkeypatch, capsys) -> None:
    real_mkdir = Path.mkdir

    def read_only(self, *args, **kwargs):
        if str(self).startswith(str(private_cache)):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", read_only)
    monkeypatch.setitem(download.REGISTRY, NAME, (f"http://127.0.0.1:{_dead_port()}/x", "0" * 64))
    monkeypatch.setattr(cli, "COMMANDS", ("data",))
    assert cli.main(["data", "fetch", "--level", "1", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "cannot save geoBoundaries-IRQ-ADM1.geojson" in err and "(Read-only file system)" in err


def test_data_fetch_into_a_real_read_only_cache(read_only_disk, monkeypatch, capsys) -> None:
    monkeypatch.setattr(settings, "cache_dir", read_only_disk.path / "cache")
    monkeypatch.setitem(download.REGISTRY, NAME, (f"http://127.0.0.1:{_dead_port()}/x", "0" * 64))
    monkeypatch.setattr(cli, "COMMANDS", ("data",))
    assert cli.main(["data", "fetch", "--level", "1", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geo-disputed data: error: cannot save") and err.count("\n") == 1


def test_asset_cache_write_failure_is_one_line(tmp_path, private_cache, monkeypatch) -> None:
    """npm gives the right file but the cache cannot take it (disk full)."""
    data = b"window.ok = true;"
    asset = map_assets.Asset("leaflet.heat", "0.0.1", "dist/leaflet-heat.js",
                             hashlib.sha256(data).hexdigest())  # fmt: skip
    tgz = _tarball(tmp_path / "leaflet.heat-0.0.1.tgz", {"dist/leaflet-heat.js": data})
    bin_dir = _fake_npm(tmp_path / "bin", f'cp "{tgz}" "$5/"; echo {tgz.name}')
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}/usr/bin{os.pathsep}/bin")

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(Path, "write_bytes", full)
        with pytest.raises(map_assets.AssetsUnavailable, match=r"leaflet-heat\.js: cannot write"):
            map_assets.ensure_cached((asset,))
    assert map_assets.missing((asset,)) == [asset]  # nothing half-written in the cache
    assert map_assets.populate_cache_from_npm(assets=(asset,)) == [map_assets.cached_path(asset)]


def _cached_adm1(cache: Path, monkeypatch) -> Path:
    """A geoBoundaries ADM1 file in the cache as `data fetch` leaves it, pinned."""
    from test_download import geoboundaries_adm1

    payload = geoboundaries_adm1()
    monkeypatch.setitem(download.REGISTRY, NAME, ("http://127.0.0.1:9/x",
                                                  hashlib.sha256(payload).hexdigest()))  # fmt: skip
    path = download.cache_path(NAME)
    path.parent.mkdir(parents=True)
    path.write_bytes(payload)
    return path


def test_a_tampered_cached_boundary_file_is_refused(private_cache, monkeypatch, capsys) -> None:
    from geo_disputed.geo.boundaries import clear_cache, load_boundaries

    path = _cached_adm1(private_cache, monkeypatch)
    assert set(load_boundaries()["pcode"]) >= {"IQ-KI", "IQ-AR"}  # as fetched: used
    path.write_bytes(path.read_bytes().replace(b"Kirkuk", b"Kirkuq"))  # same size
    clear_cache()
    with pytest.raises(DownloadError, match="does not match its pinned sha256") as info:
        load_boundaries()
    assert "geo-disputed data fetch" in str(info.value) and "\n" not in str(info.value)
    monkeypatch.setattr(cli, "COMMANDS", ("belt",))
    capsys.readouterr()  # the warnings of the first load (this file has no districts)
    assert cli.main(["belt", "--out", str(private_cache.parent / "b.geojson")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geo-disputed belt: error: ") and err.count("\n") == 1


def test_a_verified_cached_file_is_hashed_once_per_change(private_cache, monkeypatch) -> None:
    path = _cached_adm1(private_cache, monkeypatch)
    calls: list[Path] = []
    real = download.file_sha256
    monkeypatch.setattr(download, "file_sha256", lambda p: calls.append(p) or real(p))
    for _ in range(3):
        download.verify_cached(path)
    assert len(calls) == 1
    path.write_bytes(path.read_bytes() + b" ")
    with pytest.raises(DownloadError):
        download.verify_cached(path)
    assert download.verify_cached(private_cache.parent / "elsewhere.txt")  # not a download


def test_a_tampered_cached_asset_is_not_used(private_cache, monkeypatch) -> None:
    asset = map_assets.BY_KEY["leaflet@1.9.3/dist/leaflet.css"]
    path = map_assets.cached_path(asset)
    path.parent.mkdir(parents=True)
    path.write_text("body { display: none }")
    monkeypatch.setenv("PATH", "/nonexistent")
    assert asset in map_assets.missing((asset,))
    with pytest.raises(map_assets.AssetsUnavailable):
        map_assets.ensure_cached((asset,))
    with pytest.raises(GeoDisputedError):
        map_assets.read_bytes(asset)  # the CDN is down: refetch fails, the bad copy is not read


@pytest.mark.parametrize("command", ["belt", "map", "build", "geocode", "data"])
def test_boundaries_given_a_file_is_one_line_or_works(command, tmp_path, capsys) -> None:
    from test_download import geoboundaries_adm1

    file = tmp_path / "geoBoundaries-IRQ-ADM1.geojson"
    file.write_bytes(geoboundaries_adm1())
    argv = {
        "belt": ["belt", "--out", str(tmp_path / "b.geojson")],
        "map": ["map", "--out", str(tmp_path / "m.html"), "--offline"],
        "build": ["build", "--out-dir", str(tmp_path / "maps"), "--offline"],
        "geocode": ["geocode", "Kirkuk"],
        "data": ["data", "info"],
    }[command] + ["--boundaries", str(file)]
    code = cli.main(argv)
    captured = capsys.readouterr()
    errors = [x for x in (captured.out + captured.err).splitlines() if "error:" in x]
    assert "Traceback" not in captured.err
    if code != 0:  # one line naming the file and saying what to give instead
        assert len(errors) == 1 and f"{file} is a file; give the directory" in errors[0], errors
