"""Shared fixtures: the real OCHA boundaries and the seed article from ``../shared``."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED = PROJECT_ROOT.parent / "shared"
SHARED_BOUNDARIES = SHARED / "data" / "boundaries"
SEED_ARTICLE = SHARED / "seed" / "article_ar.txt"


@pytest.fixture(scope="session")
def shared_boundaries() -> Path:
    """Directory of the real OCHA COD-AB 2019 Iraq boundaries (skip when absent)."""
    if not (SHARED_BOUNDARIES / "irq_admbnda_adm1_cso_20190603.shp").exists():
        pytest.skip(f"shared boundaries not found at {SHARED_BOUNDARIES}")
    return SHARED_BOUNDARIES


@pytest.fixture(scope="session")
def seed_article() -> str:
    """Text of the Kurdistan24 seed article (skip when absent)."""
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not found at {SEED_ARTICLE}")
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the user cache at a per-session temp dir so tests never touch ~/.cache."""
    from geo_disputed import settings

    cache = tmp_path_factory.getbasetemp() / "cache"
    cache.mkdir(exist_ok=True)
    monkeypatch.setattr(settings, "cache_dir", cache)
    monkeypatch.delenv(settings.BOUNDARIES_ENV, raising=False)
    monkeypatch.setattr(settings, "boundaries_dir", None)
