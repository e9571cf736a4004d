"""Pinned assets of the maps, cached for offline use: the interactive map's JavaScript, CSS
and images, and Natural Earth's countries (world-atlas, see :mod:`geo_disputed.geo.countries`).

Every asset is one file of a published npm package, addressed by its jsDelivr URL
(``https://cdn.jsdelivr.net/npm/<package>@<version>/<path>``, which serves the npm tarball's
files byte for byte) and pinned by sha256. :func:`fetch` downloads a file once into
``settings.cache_dir / "map_assets"`` through pooch; :func:`populate_cache_from_npm` fills the
same cache from the npm registry (``npm pack``) where no CDN is reachable, checking each hash.

Run ``python -m geo_disputed.assets`` to fill the cache from npm.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import mimetypes
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from geo_disputed import settings
from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import write_bytes_atomic

CDN = "https://cdn.jsdelivr.net/npm/"


@dataclass(frozen=True)
class Asset:
    """One pinned file of an npm package."""

    package: str
    version: str
    path: str
    sha256: str

    @property
    def key(self) -> str:
        """Path below the CDN root and below the cache directory, e.g. ``leaflet@1.9.3/dist/x``."""
        return f"{self.package}@{self.version}/{self.path}"

    @property
    def url(self) -> str:
        """The pinned CDN URL."""
        return CDN + self.key

    @property
    def integrity(self) -> str:
        """Subresource-integrity value (``sha256-<base64>``) for ``<script>``/``<link>`` tags."""
        return "sha256-" + base64.b64encode(bytes.fromhex(self.sha256)).decode("ascii")


# package@version, then the pinned files of that package (path in the npm tarball, sha256).
# Scripts and stylesheets appear in load order (Leaflet first); images are those the
# stylesheets reference.
PINNED = """
leaflet@1.9.3
    dist/leaflet.js 5819285cec137b229c94e1ee5ad73e8b6b84345a4367d60f75fe477fe0fb7b03
    dist/leaflet.css 90b693d86392a4779c861b28cf307e7e59c3fb35328c4d8b95f58f814d38c722
    dist/images/layers.png 1dbbe9d028e292f36fcba8f8b3a28d5e8932754fc2215b9ac69e4cdecf5107c6
    dist/images/layers-2x.png 066daca850d8ffbef007af00b06eac0015728dee279c51f3cb6c716df7c42edf
    dist/images/marker-icon.png 574c3a5cca85f4114085b6841596d62f00d7c892c7b03f28cbfa301deb1dc437
leaflet.heat@0.2.0
    dist/leaflet-heat.js eb952aae5806a1102729f291bab887dde783ace859819a354827a776e73e486a
leaflet-minimap@3.6.1
    dist/Control.MiniMap.min.js 1dbfdfd4531a2d5f909fa29261b73dd86c41d9b70aa7bfde7f135e89db84a378
    dist/Control.MiniMap.min.css a7469be69d05ac5b3d4f3e0e66089f02f20ff917745455046cd62355755e87dc
    dist/images/toggle.png 7528e6cda9672a197059c4e2c3aa85f36b4557ad264190264b9eff5670b35c88
    dist/images/toggle.svg a98885c370d6b4d8263cfc72336b56e10d3240215d586b4227d46a4fd491ca1b
leaflet.fullscreen@3.0.0
    Control.FullScreen.js 3c542b5d5844cc00cff2787dff49504a31f3bed9de3161e5b26e0c0437d6bbb7
    Control.FullScreen.css 31f9593e6e715114e23076ba11628f68a301025b44b85ffb70fca4bc9475214e
    icon-fullscreen.svg 034807095346f7be3b9d5b2add42ba0677af1a89d2f90a0caa5c75ec2780a2a2
leaflet-measure@2.1.7
    dist/leaflet-measure.min.js 9e54dee607d2e20d4ab1664ee4ede78f51ba6e05c42a3f9cf3f57d7bc69e8d21
    dist/leaflet-measure.css 88b2b4f27f9846f08ede9f80bb85610c3f5ede62acce7d26672e385b2a45795a
    dist/images/cancel.png 2972e9515ff9b486d358ffe03777ebdf2dd35a2c8ccf52424fda8a8d02c0fa85
    dist/images/cancel_@2X.png a59c1612e89468ce9d272d2e0d086c0f13029234ee1cce322237e9038a756ef3
    dist/images/check.png 7970eeda1c1d647da160b406bd0b6d336e2fddebc4f74431c306d7262a380043
    dist/images/check_@2X.png 948a01a00a8ffcf9f9f1aa35a47432d8ae28bcc26d531b8fb7e14cd52d693893
    dist/images/focus.png 40bb0aff173baa6b3e8dba04ac23ada71909e09a4ca7f28fc24fd49bd360ca7d
    dist/images/focus_@2X.png a7914120026f40f5da0d6f20c62222547795affd21382558dabc0f53511a8624
    dist/images/rulers.png dc7ae401048e6ad3c8f56d991cbc83a775f59937f10f6e62f087d288aa4d7137
    dist/images/rulers_@2X.png 558233345e005b15b6b81bfa0c75877b3e7e17c90641b92e72cb1faed7bbbf27
    dist/images/start.png 0194f340b27a4c5be35b83516c891c618016df39a7dab79f371b4cca0430e60a
    dist/images/start_@2X.png f001d4f02102a672b95fa57d279869fabee53a27356a4e4efd0d1e3a99c22db9
    dist/images/trash.png 7107fd0636a571de720766fd9bcd6cb5c952488987a858dd902608130fca19dc
    dist/images/trash_@2X.png 1755d22b1ffb0e8589b26ac562330047366ed15c9d075b85d0426065714fc2bc
leaflet-search@2.9.7
    dist/leaflet-search.min.js ef8b5f2484600c4a35c298c57163218f87bfbe7ff032fb602b02270098e2c096
    dist/leaflet-search.min.css a66c4b9a541a541d7e2012e46b78b1fe09f664d311ca2459e04897feabef53ee
    images/loader.gif ebeab4d490fb22b2f82d28d2032777e8de98cc4d93338bb3475c5c9636eb8adf
    images/search-icon.png 52aceec684de337b93590340fb09bc4d2b760d85e32bd2511c5f242c0c5f0df0
world-atlas@2.0.2
    countries-50m.json 04342cdc1e3016bcd7db1630de95684d67b79fe3c8c460321e87aef469502394
"""


def _parse(table: str) -> tuple[Asset, ...]:
    assets, spec = [], ("", "")
    for line in table.strip().splitlines():
        if line.startswith(" "):
            path, sha256 = line.split()
            assets.append(Asset(spec[0], spec[1], path, sha256))
        else:
            package, version = line.strip().rsplit("@", 1)
            spec = (package, version)
    return tuple(assets)


REGISTRY: tuple[Asset, ...] = _parse(PINNED)
BY_KEY: dict[str, Asset] = {a.key: a for a in REGISTRY}
SCRIPTS: tuple[Asset, ...] = tuple(a for a in REGISTRY if a.path.endswith(".js"))
STYLESHEETS: tuple[Asset, ...] = tuple(a for a in REGISTRY if a.path.endswith(".css"))

_CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)")


def cache_root() -> Path:
    """Directory holding the cached assets (``settings.cache_dir / "map_assets"``)."""
    return Path(settings.cache_dir) / "map_assets"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cached_path(asset: Asset) -> Path:
    """Where ``asset`` lives in the cache (it may not exist yet)."""
    return cache_root() / asset.key


def fetch(asset: Asset, *, deadline: float | None = None, timeout: float = 30.0) -> Path:
    """Return the local path of ``asset``, downloading it once from its pinned URL.

    A cached copy is hashed on every call and downloaded again when it no longer matches.
    ``deadline``: seconds the download may take in all (default
    :data:`geo_disputed.download.DEADLINE_S`); ``timeout``: seconds to connect and for each
    read.

    Raises
    ------
    GeoDisputedError
        If the file is not cached and cannot be downloaded, or its hash does not match.
    """
    from geo_disputed.download import retrieve

    return retrieve(
        asset.url,
        asset.sha256,
        cached_path(asset),
        progress=False,
        timeout=timeout,
        deadline=deadline,
        hint="fill the cache from the npm registry with `python -m geo_disputed.assets` "
        "or `geo-disputed map --assets-from-npm`",
    )


def read_bytes(asset: Asset) -> bytes:
    """Content of ``asset`` (fetched if needed)."""
    return fetch(asset).read_bytes()


def data_uri(asset: Asset) -> str:
    """``asset`` as a ``data:`` URI (for images referenced by stylesheets)."""
    mime = mimetypes.guess_type(asset.path)[0] or "application/octet-stream"
    return f"data:{mime};base64," + base64.b64encode(read_bytes(asset)).decode("ascii")


def inline_css(asset: Asset) -> str:
    """Stylesheet text with every relative ``url(...)`` replaced by a ``data:`` URI.

    Raises
    ------
    GeoDisputedError
        If the stylesheet references a file missing from :data:`REGISTRY`.
    """
    text = read_bytes(asset).decode("utf-8")
    base = PurePosixPath(asset.key).parent

    def replace(match: re.Match[str]) -> str:
        ref = match.group(2)
        if ref.startswith(("#", "data:")):
            return match.group(0)
        key = _normalise(base / ref)
        if key not in BY_KEY:
            raise GeoDisputedError(f"{asset.url} references {ref}, which is not a pinned asset")
        return f'url("{data_uri(BY_KEY[key])}")'

    return _CSS_URL.sub(replace, text)


def inline_js(asset: Asset) -> str:
    """Script text made safe to place inside an inline ``<script>`` element."""
    text = read_bytes(asset).decode("utf-8")
    return text.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _normalise(path: PurePosixPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


class AssetsUnavailable(GeoDisputedError):
    """A pinned asset is not cached and can be had neither from its CDN nor from npm."""


#: Seconds :func:`ensure_cached` spends on the CDN for all missing assets together.
CDN_DEADLINE_S = 120.0
#: Seconds the CDN may take to accept a connection or to answer a read: a CDN that refuses
#: connections, is blocked or never answers hands over to npm within this (not minutes).
CDN_TIMEOUT_S = 4.0
#: Why the CDN failed, by CDN root: once it failed, the rest of the process goes straight to
#: npm instead of waiting for the CDN again.
_CDN_FAILED: dict[str, GeoDisputedError] = {}
#: Seconds :func:`populate_cache_from_npm` gives npm for all its packages together.
NPM_DEADLINE_S = 300.0
#: Why assets could not be had, by (cache, CDN, npm) and asset: asked again in the same
#: process (the countries, then the offline map), the answer is the same without a wait.
_UNAVAILABLE: dict[tuple[str, str, str | None], dict[Asset, str]] = {}


def ensure_cached(assets: tuple[Asset, ...] | None = None) -> None:
    """Make sure ``assets`` (default: all) are in the cache: from their pinned CDN URLs
    (:data:`CDN_DEADLINE_S` in all, :data:`CDN_TIMEOUT_S` to connect or read), else from the
    npm registry when npm is installed (:data:`NPM_DEADLINE_S`). Once the CDN failed, the
    rest of the process goes to npm directly; an asset that could be had neither way is not
    tried again in the same process.

    Raises
    ------
    AssetsUnavailable
        If an asset can be had neither way (one line naming what failed): never another
        error, whatever npm does (fails, hangs, is missing, prints or packs garbage).
    """
    todo = missing(assets)
    if not todo:
        return
    where = (str(cache_root()), CDN, shutil.which("npm"))
    known = _UNAVAILABLE.get(where, {})
    if all(a in known for a in todo):
        raise AssetsUnavailable(known[todo[0]])
    try:
        if CDN in _CDN_FAILED:  # failed earlier in this process: not waited for again
            raise _CDN_FAILED[CDN]
        end = time.monotonic() + CDN_DEADLINE_S
        for asset in todo:
            fetch(asset, deadline=max(end - time.monotonic(), 0.0), timeout=CDN_TIMEOUT_S)
    except GeoDisputedError as exc:
        _CDN_FAILED.setdefault(CDN, exc)
        why = _fill_from_npm(tuple(todo), cdn_failure=exc, npm=where[2])
        if why:
            why = " ".join(why.split())  # one line, whatever the tools said
            _UNAVAILABLE.setdefault(where, {}).update(dict.fromkeys(missing(tuple(todo)), why))
            raise AssetsUnavailable(why) from None


def _fill_from_npm(todo: tuple[Asset, ...], *, cdn_failure: Exception, npm: str | None) -> str:
    """Fill what the CDN did not give from npm; ``""`` on success, else why not (one line)."""
    if npm is None:
        return f"map assets not cached and not downloadable: {cdn_failure}"
    settings.logger.info("CDN unreachable (%s); filling the asset cache from npm", cdn_failure)
    try:
        populate_cache_from_npm(npm, assets=tuple(missing(todo)))
    except GeoDisputedError as npm_failure:
        return (
            f"map assets not cached: the CDN failed ({cdn_failure}) and so did npm ({npm_failure})"
        )
    return ""


def populate_cache_from_npm(
    npm: str = "npm", assets: tuple[Asset, ...] | None = None, *, deadline: float | None = None
) -> list[Path]:
    """Fill the asset cache from the npm registry with ``npm pack``, checking every sha256.

    Parameters
    ----------
    npm : str
        The npm executable.
    assets
        The assets to fetch (default: all of :data:`REGISTRY`).
    deadline
        Seconds npm may take for all packages together (default :data:`NPM_DEADLINE_S`);
        past it npm (and whatever it started) is killed.

    Returns
    -------
    list of Path
        The cached files, one per asset in :data:`REGISTRY`.

    Raises
    ------
    GeoDisputedError
        One line: npm is missing, fails, hangs, or packs no tarball or a broken one; a file is
        absent from a package or has another hash; the cache cannot be written.
    """
    if shutil.which(npm) is None:
        raise GeoDisputedError(f"{npm!r} not found: install Node.js/npm to fill the map assets")
    wanted = REGISTRY if assets is None else assets
    packages = sorted({(a.package, a.version) for a in wanted})
    end = time.monotonic() + (NPM_DEADLINE_S if deadline is None else deadline)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="geo-disputed-npm-") as tmp:
        for n, (package, version) in enumerate(packages):
            spec = f"{package}@{version}"
            destination = Path(tmp) / str(n)
            destination.mkdir()
            args = [npm, "pack", spec, "--silent", "--pack-destination", str(destination)]
            _run(args, spec, timeout=end - time.monotonic())
            tarball = _packed(destination, spec)
            for asset in (a for a in wanted if (a.package, a.version) == (package, version)):
                data = _member(tarball, spec, asset.path)
                digest = hashlib.sha256(data).hexdigest()
                if digest != asset.sha256:
                    raise GeoDisputedError(
                        f"{spec}/{asset.path}: sha256 {digest} != pinned {asset.sha256}"
                    )
                written.append(write_bytes_atomic(cached_path(asset), data))
    settings.logger.info("cached %d map assets in %s", len(written), cache_root())
    return written


def _run(args: list[str], spec: str, *, timeout: float) -> None:
    """Run npm in its own process group; kill the group past ``timeout`` or on any
    interruption (Ctrl-C, SIGTERM), so that nothing npm started lingers."""
    if timeout <= 0:
        raise GeoDisputedError(f"npm pack {spec}: no time left (npm deadline passed)")
    try:
        proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",
            start_new_session=True,
        )
    except OSError as exc:
        raise GeoDisputedError(f"cannot run {args[0]} ({exc.strerror or exc})") from None
    try:
        _, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise GeoDisputedError(
            f"npm pack {spec} did not finish within {timeout:.0f} s and was stopped"
        ) from None
    except BaseException:
        _kill_group(proc)
        raise
    if proc.returncode != 0:
        tail = " ".join(stderr.split())[-300:] or "no message"
        raise GeoDisputedError(f"npm pack {spec} failed (exit {proc.returncode}): {tail}")


def _kill_group(proc: subprocess.Popen[str]) -> None:
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        proc.communicate(timeout=5)


def _packed(destination: Path, spec: str) -> Path:
    """The one tarball ``npm pack`` left in ``destination`` (what it prints is not trusted)."""
    found = sorted(p for p in destination.iterdir() if p.is_file())
    if len(found) != 1 or not found[0].name.endswith(".tgz"):
        names = ", ".join(p.name for p in found) or "nothing"
        raise GeoDisputedError(f"npm pack {spec} left {names} instead of one .tgz tarball")
    return found[0]


def _member(tarball: Path, spec: str, path: str) -> bytes:
    """The bytes of ``package/<path>`` in an npm tarball, with one-line errors."""
    try:
        with tarfile.open(tarball) as tar:
            member = tar.extractfile(f"package/{path}")
            if member is None:
                raise KeyError(path)
            return member.read()
    except KeyError:
        raise GeoDisputedError(f"{spec} has no file {path}") from None
    except (tarfile.TarError, OSError, EOFError) as exc:
        why = " ".join(str(exc).split())[:200]
        raise GeoDisputedError(f"npm pack {spec} gave a broken tarball ({why})") from None


def missing(assets: tuple[Asset, ...] | None = None) -> list[Asset]:
    """Assets (default: all of :data:`REGISTRY`) not, or not correctly, in the cache."""
    return [
        a
        for a in (REGISTRY if assets is None else assets)
        if not (cached_path(a).is_file() and _sha256(cached_path(a)) == a.sha256)
    ]


def main() -> int:
    """Fill the cache from npm and print where it is."""
    try:
        paths = populate_cache_from_npm()
    except GeoDisputedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{len(paths)} map assets cached in {cache_root()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
