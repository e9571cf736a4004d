"""Every map layer of the package, loaded once for the map, the static export and ``build``.

:func:`load_layers` gathers the boundaries, the disputed territories, the Kurdistan Region,
the security-vacuum belt with its centreline and coverage gaps, the coordination centres and
the incidents. Without boundaries it still returns the unclipped belt, its gaps, the centres
and the incidents, and says in :attr:`Layers.missing` what is left out.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo_disputed import settings

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry import LineString

    from geo_disputed.incidents import LoadResult


@dataclass
class Layers:
    """The layers of a map.

    Attributes
    ----------
    boundaries : GeoDataFrame or None
        Levels 0-3 in EPSG:4326 (see :func:`geo_disputed.geo.boundaries.load_boundaries`).
    boundaries_dir : Path or None
        Where they were read from.
    belt : GeoDataFrame
        Belt by governorate, EPSG:32638.
    centreline : shapely.LineString
        The belt's centreline, EPSG:32638.
    gaps : GeoDataFrame
        Stretches of the centreline farther than ``radius_km`` from every centre, EPSG:32638.
    centres : GeoDataFrame
        The joint coordination centres, EPSG:4326.
    incidents : LoadResult
        The loaded incidents (``.accepted`` in EPSG:4326, ``.rejected``); when boundaries are
        available ``.accepted`` is enriched by :func:`geo_disputed.incidents.query.enrich`.
    disputed, kurdistan : GeoDataFrame or None
        Disputed territories (one row per unit) and the Kurdistan Region, EPSG:4326.
    countries : GeoDataFrame or None
        Iraq and its neighbours from Natural Earth, EPSG:4326 (``None`` when the file can
        be had neither from the cache nor from the network).
    missing : list of str
        What could not be built and why (no boundaries, no districts).
    """

    boundaries: gpd.GeoDataFrame | None
    boundaries_dir: Path | None
    belt: gpd.GeoDataFrame
    centreline: LineString
    gaps: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    incidents: LoadResult
    disputed: gpd.GeoDataFrame | None = None
    kurdistan: gpd.GeoDataFrame | None = None
    countries: gpd.GeoDataFrame | None = None
    missing: list[str] = field(default_factory=list)

    @property
    def boundaries_source(self) -> str:
        """Which boundary dataset the layers are built on (for outputs to say so)."""
        if self.boundaries is None:
            return "Boundaries: none"
        return str(self.boundaries.attrs.get("source", "Boundaries: unnamed"))

    def static_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for :func:`geo_disputed.render.static.static_map`."""
        return {
            "boundaries": self.boundaries,
            "disputed": self.disputed,
            "kurdistan": self.kurdistan,
            "belt": self.belt,
            "centreline": self.centreline,
            "incidents": self.incidents.accepted,
            "centres": self.centres,
            "countries": self.countries,
        }


def load_layers(
    boundaries: str | os.PathLike[str] | None = None,
    *,
    incidents: str | os.PathLike[str] | None = None,
    width_km: float = 20.0,
    radius_km: float = 20.0,
    fetch: bool = False,
) -> Layers:
    """Load or build every layer from the bundled data and the boundaries.

    Parameters
    ----------
    boundaries
        Boundaries directory; ``None`` resolves it through
        :func:`geo_disputed.settings.resolve_boundaries_dir`, and none configured is fine.
    incidents
        Incident file for :func:`geo_disputed.incidents.load_incidents`; default the bundled
        ``data/incidents.csv``. It is read first, so that bad input fails before the slower
        layers are built.
    width_km
        Belt width.
    radius_km
        Coverage radius of each coordination centre, for the gaps.
    fetch
        When no boundaries are configured, download the pinned geoBoundaries files into the
        user cache first (:func:`geo_disputed.download.fetch_boundaries`), unless
        ``settings.offline``. Without boundaries, Iraq's outline comes from Natural Earth
        (:mod:`geo_disputed.geo.countries`) when it can be had.

    Raises
    ------
    DataError
        If ``incidents`` is given but has no valid row (empty, header only, or every row
        rejected): a map without the incidents asked for would mislead.
    """
    from geo_disputed.curated import data_path
    from geo_disputed.geo.belt import (
        centreline,
        coverage_gaps,
        load_waypoints,
        security_vacuum_belt,
    )
    from geo_disputed.geo.sites import load_centres
    from geo_disputed.incidents import load_incidents

    result = load_incidents(incidents or data_path("incidents.csv"))
    if incidents is not None:
        result.require_accepted()
    missing: list[str] = []
    units, directory, countries = _boundaries(boundaries, fetch, missing)
    line = centreline(load_waypoints(boundaries=directory), units)
    belt = security_vacuum_belt(width_km, line, units)
    centres = load_centres()
    layers = Layers(
        boundaries=units,
        boundaries_dir=directory,
        belt=belt,
        centreline=line,
        gaps=coverage_gaps(line, centres, radius_km),
        centres=centres,
        incidents=result,
        countries=countries,
        missing=missing,
    )
    if units is None:
        return layers
    from geo_disputed.geo.disputed import disputed_layer, kurdistan_region
    from geo_disputed.incidents.query import enrich

    if (units["level"] == 1).any():
        layers.disputed, why = disputed_layer(units)
        if why:
            missing.append(why)
        layers.kurdistan = kurdistan_region(units)
    elif layers.boundaries_dir is not None:
        missing.append(
            "the boundary files have no governorates: the belt is not split, and there are no "
            "disputed territories or Kurdistan Region layers"
        )
    result.accepted = enrich(result.accepted, units, belt, centres, layers.disputed)
    return layers


def _boundaries(
    boundaries: str | os.PathLike[str] | None, fetch: bool, missing: list[str]
) -> tuple[gpd.GeoDataFrame | None, Path | None, gpd.GeoDataFrame | None]:
    """(boundaries, their directory, Iraq and neighbours) with the fallbacks of
    :func:`load_layers`; what is left out goes into ``missing`` (one line)."""
    from geo_disputed.download import DownloadError, fetch_boundaries
    from geo_disputed.errors import GeoDisputedError
    from geo_disputed.geo.boundaries import load_boundaries
    from geo_disputed.geo.countries import iraq_outline, load_countries

    directory = settings.resolve_boundaries_dir(boundaries)
    why = "none configured"
    if directory is None and fetch and not settings.offline:
        try:
            fetch_boundaries(progress=True)
        except DownloadError as exc:
            why = f"geoBoundaries could not be downloaded: {exc.reason}"
        directory = settings.resolve_boundaries_dir()  # what did download is used
        if directory is not None and why != "none configured":
            missing.append(f"{why}; using the boundaries already in {directory}")
    elif directory is None and fetch:
        why = "offline, none configured"
    try:
        countries = load_countries()
    except GeoDisputedError as exc:
        countries = None
        settings.logger.info("no neighbouring countries on the map: %s", exc)
    if directory is not None:
        return load_boundaries(directory), directory, countries
    outline = iraq_outline(countries) if countries is not None else None
    drawn = (
        "Iraq's outline is Natural Earth's and the belt is clipped to it but not split"
        if outline is not None
        else "no country outline either, and the belt is not clipped or split"
    )
    missing.append(
        f"no boundary files ({why}): {drawn}; no governorates, disputed territories or "
        "Kurdistan Region. Pass --boundaries DIR, set GEO_DISPUTED_BOUNDARIES, or run "
        "`geo-disputed data fetch` when online"
    )
    return outline, None, countries


def plain_frame(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Copy ready for GIS writers: no ``attrs`` (they hold shapely objects), categoricals
    as text."""
    copy = frame.copy()
    copy.attrs = {}
    for col in copy.columns:
        if str(copy[col].dtype) == "category":
            copy[col] = copy[col].astype(object).where(copy[col].notna(), None)
    return copy


def write_geopackage(path: str | os.PathLike[str], frames: dict[str, gpd.GeoDataFrame]) -> Path:
    """Write named layers to one GeoPackage atomically, every layer in EPSG:32638."""
    from geo_disputed.files import atomic_path
    from geo_disputed.geo.boundaries import METRIC_CRS

    with atomic_path(path) as tmp:
        for name, frame in frames.items():
            plain_frame(frame).to_crs(METRIC_CRS).to_file(tmp, layer=name, driver="GPKG")
    return Path(path)
