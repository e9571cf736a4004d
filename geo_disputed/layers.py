"""Every map layer of the package, loaded once for the maps, the static export and ``build``.

:func:`load_layers` is the one orchestration path: it reads the incidents, resolves the
boundaries to one frame, builds the gazetteer of those boundaries, the disputed territories,
the Kurdistan Region, the security-vacuum belt with its coverage gaps, the coordination
centres and the article's places, and enriches the incidents. Without boundaries it still
returns the belt, its gaps, the centres and the incidents, and says in
:attr:`~geo_disputed.render.layers.Layers.missing` what is left out. The outputs
(:func:`~geo_disputed.render.interactive.build_map`,
:func:`~geo_disputed.render.static.static_map`,
:func:`~geo_disputed.render.layers.write_layers`) take the :class:`Layers` it returns.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from geo_disputed import settings
from geo_disputed.curated import data_path
from geo_disputed.download import DownloadError, fetch_boundaries
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.files import read_text
from geo_disputed.geo.belt import Method, coverage_gaps, load_waypoints, security_vacuum_belt
from geo_disputed.geo.boundaries import load_boundaries
from geo_disputed.geo.countries import iraq_outline, load_countries
from geo_disputed.geo.disputed import disputed_layer, kurdistan_region
from geo_disputed.geo.sites import load_centres
from geo_disputed.incidents import LoadResult, load_incidents
from geo_disputed.incidents.news import news_layer
from geo_disputed.incidents.query import enrich
from geo_disputed.render.layers import Layers, write_layers
from geo_disputed.text.article_places import load_article_places
from geo_disputed.text.gazetteer import load_gazetteer
from geo_disputed.text.geoparser import geoparse

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["Layers", "load_layers", "write_layers"]


def load_layers(
    boundaries: str | os.PathLike[str] | None = None,
    *,
    incidents: str | os.PathLike[str] | LoadResult | None = None,
    centres: str | os.PathLike[str] | None = None,
    article: str | os.PathLike[str] | None = None,
    width_km: float | None = None,
    radius_km: float = 20.0,
    method: Method = "vacuum",
    waypoints: str | os.PathLike[str] | None = None,
    fetch: bool = False,
    news: str | os.PathLike[str] | None = None,
    news_km: float = 10.0,
    news_days: int = 1,
) -> Layers:
    """Load or build every layer from the bundled data and the boundaries.

    Parameters
    ----------
    boundaries
        Boundaries directory; ``None`` resolves it through
        :func:`geo_disputed.settings.resolve_boundaries_dir`, and none configured is fine.
    incidents
        Incident file for :func:`geo_disputed.incidents.load_incidents` (or what it
        returned, for a file read with options); default the bundled ``data/incidents.csv``.
        It is read first, so that bad input fails before the slower layers are built.
    centres
        Coordination-centres table (default ``data/coordination_centres.csv``).
    article
        UTF-8 text whose places are geoparsed for the places layer; default the seed
        article's places (``data/article_places.csv``).
    width_km, method
        Belt width (depth, for ``"vacuum"``) and construction
        (:func:`geo_disputed.geo.belt.security_vacuum_belt`; ``None``: the method's default).
    radius_km
        Coverage radius of each coordination centre, for the gaps and the centres' circles.
    waypoints
        Belt waypoints table (default ``data/belt_waypoints.csv``).
    fetch
        When no boundaries are configured, download the pinned geoBoundaries files into the
        user cache first (:func:`geo_disputed.download.fetch_boundaries`), unless
        ``settings.offline``. Without boundaries, Iraq's outline comes from Natural Earth
        (:mod:`geo_disputed.geo.countries`) when it can be had.
    news
        A folder or file of news articles (text, HTML, RSS/Atom, JSONL): their reported
        events, coded with this gazetteer and merged across reports
        (:func:`geo_disputed.incidents.news.news_layer`, ``news_km``/``news_days``), are the
        ``news`` layer, enriched as the incidents are; events without a place or a date are
        counted in :attr:`Layers.news_read` and a note.

    Notes
    -----
    What is left out is said once, in :attr:`~geo_disputed.render.layers.Layers.missing`
    (the CLI prints it as ``note:`` lines): the console log drops the records of the belt,
    the disputed territories and the static map that repeat it in this run
    (:func:`geo_disputed.settings.given`).

    Raises
    ------
    DataError
        If ``incidents`` is given but has no valid row (empty, header only, or every row
        rejected): a map without the incidents asked for would mislead; or if ``article``
        cannot be read.
    """
    if isinstance(incidents, LoadResult):
        read = incidents
    else:
        read = load_incidents(incidents or data_path("incidents.csv"))
    if incidents is not None:
        read.require_accepted()
    text = read_text(article) if article is not None else None
    if news is not None and not Path(news).exists():  # before the slower layers
        raise DataError(news, "no such file or folder (news articles)")
    missing: list[str] = []
    directory, why = _boundaries_dir(boundaries, fetch)
    countries, no_countries = _countries()
    if no_countries and directory is not None:  # else the no-boundaries note says so
        settings.logger.info("no neighbouring countries on the map: %s", no_countries)
    if directory is not None:
        if why:
            missing.append(f"{why}; using the boundaries already in {directory}")
        units = load_boundaries(directory)
    else:
        units = iraq_outline(countries) if countries is not None else None
        missing.append(_no_boundaries(why or "none configured", no_countries))
    if units is None or not (units["level"] == 1).any():
        settings.given("boundaries")  # a note below says so: the belt's log need not
    if units is not None:
        settings.given("disputed")  # why there is no disputed layer, if so, is a note below
    gazetteer = load_gazetteer(units if directory is not None else None)
    belt = security_vacuum_belt(
        units,
        width_km=width_km,
        waypoints=load_waypoints(waypoints, gazetteer=gazetteer) if waypoints else None,
        method=method,
        gazetteer=gazetteer,
    )
    sites = load_centres(centres)
    news_frame, news_read = (
        news_layer(news, gazetteer=gazetteer, km=news_km, days=news_days)
        if news is not None
        else (None, None)
    )
    if news_read is not None and news_read.merged > news_read.drawn:
        missing.append(
            f"news: {news_read.merged - news_read.drawn} event(s) not drawn, without a place "
            "or a date (`geo-disputed events ... --unplaced FILE` lists them)"
        )
    if news_read is not None and news_read.problems:
        missing.append(
            f"news: {len(news_read.problems)} file(s)/line(s) skipped (first: "
            f"{news_read.problems[0]})"
        )
    places = (
        geoparse(text, gazetteer=gazetteer)
        if text is not None
        else load_article_places(gazetteer=gazetteer)
    )
    layers = Layers(
        boundaries=units,
        belt=belt,
        gaps=coverage_gaps(belt.centreline, sites, radius_km=radius_km),
        radius_km=radius_km,
        centres=sites,
        incidents=read.accepted,
        incidents_read=read,
        news=news_frame,
        news_read=news_read,
        countries=countries,
        places=places,
        missing=missing,
        boundaries_dir=directory,
    )
    if units is None:
        return layers
    if (units["level"] == 1).any():
        layers.disputed, why = disputed_layer(units)
        if why:
            missing.append(why)
        layers.kurdistan = kurdistan_region(units)
    elif directory is not None:
        missing.append(
            "the boundary files have no governorates: the belt is not split, and there are no "
            "disputed territories or Kurdistan Region layers"
        )
    layers.incidents = enrich(
        read.accepted, units, belt=belt, centres=sites, disputed=layers.disputed
    )
    if news_frame is not None:
        layers.news = enrich(news_frame, units, belt=belt, centres=sites, disputed=layers.disputed)
    return layers


def _boundaries_dir(
    boundaries: str | os.PathLike[str] | None, fetch: bool
) -> tuple[Path | None, str]:
    """The boundaries directory, fetching geoBoundaries first when asked and none is set
    up, and why there is none (or why the download failed; ``""`` when nothing failed)."""
    directory = settings.resolve_boundaries_dir(boundaries)
    if directory is not None or not fetch:
        return directory, ""
    if settings.offline:
        return None, "offline, none configured"
    try:
        fetch_boundaries(progress=True)
    except DownloadError as exc:
        # what did download is used
        return (
            settings.resolve_boundaries_dir(),
            f"geoBoundaries could not be downloaded: {exc.reason}",
        )
    return settings.resolve_boundaries_dir(), ""


def _countries() -> tuple[gpd.GeoDataFrame | None, str]:
    """Iraq and its neighbours, or None and why when Natural Earth cannot be had."""
    try:
        return load_countries(), ""
    except GeoDisputedError as exc:
        return None, str(exc)


def _no_boundaries(why: str, no_countries: str) -> str:
    """What a map without boundary files leaves out, in one line (``no_countries``: why
    there is no Natural Earth outline either, ``""`` when there is one)."""
    drawn = (
        f"no country outline either ({no_countries}), and the belt is not clipped or split"
        if no_countries
        else "Iraq's outline is Natural Earth's and the belt is clipped to it but not split"
    )
    return (
        f"no boundary files ({why}): {drawn}; no governorates, disputed territories or Kurdistan "
        "Region. Pass --boundaries DIR, set GEO_DISPUTED_BOUNDARIES, or run "
        "`geo-disputed data fetch` when online"
    )
