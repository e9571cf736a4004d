"""Shared fixtures: the real files in ``../shared`` (OCHA boundaries, the seed article, the
real geoBoundaries and UCDP files) and an isolated user cache.

A test that needs ``../shared`` skips when it is absent, except in CI (``CI`` set), where it
fails: CI runs with ``../shared`` beside the checkout.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"
SHARED_BOUNDARIES = SHARED / "data" / "boundaries"
SEED_ARTICLE = SHARED / "seed" / "article_ar.txt"
REAL = SHARED / "data" / "real"
REAL_GEOBOUNDARIES_ADM1 = (
    REAL / "geoboundaries-simplified" / "geoBoundaries-IRQ-ADM1_simplified.geojson"
)
REAL_UCDP = REAL / "ucdp" / "ucdp_ged_irq_hdx.csv"


def need_shared(path: Path) -> Path:
    """``path`` if it exists; else skip the test, or fail it in CI."""
    if not path.exists():
        message = f"{path} not found (../shared beside the checkout)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}; CI must run this test")
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def shared_boundaries() -> Path:
    """Directory of the real OCHA COD-AB 2019 Iraq boundaries."""
    need_shared(SHARED_BOUNDARIES / "irq_admbnda_adm1_cso_20190603.shp")
    return SHARED_BOUNDARIES


@pytest.fixture(scope="session")
def seed_article() -> str:
    """Text of the Kurdistan24 seed article."""
    return need_shared(SEED_ARTICLE).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def real_ucdp() -> Path:
    """HDX's UCDP GED export for Iraq (45 columns, HXL row 2), as published."""
    return need_shared(REAL_UCDP)


@pytest.fixture(scope="session")
def real_geoboundaries(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding the real geoBoundaries IRQ ADM1 file (simplified copy) under the
    name ``geo-disputed data fetch`` gives it."""
    source = need_shared(REAL_GEOBOUNDARIES_ADM1)
    directory = tmp_path_factory.mktemp("geoboundaries-adm1")
    (directory / "geoBoundaries-IRQ-ADM1.geojson").write_bytes(source.read_bytes())
    return directory


@pytest.fixture(scope="session")
def geoboundaries_adm2(tmp_path_factory, real_geoboundaries, shared_boundaries) -> Path:
    """The real geoBoundaries ADM1 and a geoBoundaries-style ADM2 derived from OCHA
    (:mod:`boundary_variants`)."""
    from boundary_variants import write_geoboundaries_adm2

    directory = tmp_path_factory.mktemp("geoboundaries-adm1-adm2")
    for path in real_geoboundaries.iterdir():
        (directory / path.name).write_bytes(path.read_bytes())
    write_geoboundaries_adm2(shared_boundaries, directory)
    return directory


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the user cache at a per-session temp dir so tests never touch ~/.cache."""
    from geo_disputed import settings

    cache = tmp_path_factory.getbasetemp() / "cache"
    cache.mkdir(exist_ok=True)
    monkeypatch.setattr(settings, "cache_dir", cache)
    monkeypatch.delenv(settings.BOUNDARIES_ENV, raising=False)
    monkeypatch.setattr(settings, "boundaries_dir", None)
    # no test downloads boundaries unless it says so (and serves them itself)
    monkeypatch.setattr(settings, "offline", True)
