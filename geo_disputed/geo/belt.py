"""The "security vacuum" belt between Peshmerga and federal forces, as measurable polygons.

Officials describe the belt as running from the Syrian border at Nineveh through Salahuddin
and Kirkuk to Diyala at the Iranian border. Two constructions are offered:

``"corridor"``
    A centreline through ordered waypoints (``data/belt_waypoints.csv``, geocoded by name),
    extended at both ends to the national border, buffered by ``width_km / 2`` on each side
    with flat caps, clipped to Iraq and split by governorate.
``"frontier"``
    The edge of the Kurdistan Region where it meets the disputed territories, buffered by
    ``width_km / 2`` and kept inside (disputed territories ∪ Kurdistan Region).

All geometry is built and measured in UTM zone 38N (EPSG:32638). Over the belt's extent
(lon 41.5-46.5°E) the UTM scale error stays within ±0.1% for lengths and ±0.2% for areas,
so ``area_km2`` and ``length_km`` agree with geodesic (pyproj ``Geod``) values within 0.5%
(the tests check it). Far west Iraq (lon 38.8°E) reaches +0.74% in area: measure
geodesically there.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from geo_disputed import settings
from geo_disputed.crs import GEOGRAPHIC, METRIC
from geo_disputed.curated import data_path, read_rows, split_names
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.geo.boundaries import at_level, country_outline
from geo_disputed.text.gazetteer import Gazetteer, load_gazetteer
from geo_disputed.text.geocoder import Candidate, geocode

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry import LineString, MultiLineString

WAYPOINTS_CSV = "belt_waypoints.csv"
RAY_LENGTH_M = 1_000_000.0  # longer than Iraq is wide: an end ray always reaches the border
SNAP_FACTOR = 3.0  # use the nearest border point when the ray's hit is this much farther
MAX_WIDTH_KM = 1000.0  # about Iraq's greatest extent; wider belts are meaningless
Method = Literal["corridor", "frontier"]


def load_waypoints(
    path: str | os.PathLike[str] | None = None, *, gazetteer: Gazetteer | None = None
) -> gpd.GeoDataFrame:
    """Read the ordered belt waypoints and geocode them by name (EPSG:4326).

    Each spelling in the row's ``name_en`` (``|``-separated), then ``name_ar``, goes through
    :func:`geo_disputed.text.geocoder.geocode` with ``admin1=admin1_hint`` and ``kind=kind_hint``;
    if none matches, the spellings are retried without the kind. The best candidate is kept
    and its precision logged (a warning when the gazetteer calls it ambiguous).

    Parameters
    ----------
    path
        CSV with ``seq, name_en, name_ar, kind_hint, admin1_hint, source, confidence``;
        defaults to ``data/belt_waypoints.csv``.
    gazetteer
        The gazetteer to geocode with; one built with the boundaries' units
        (``load_gazetteer(boundaries)``) knows the OCHA sub-districts such as Gwyer. Default:
        :func:`~geo_disputed.text.gazetteer.load_gazetteer` without units.

    Returns
    -------
    geopandas.GeoDataFrame
        Sorted by ``seq``; the CSV columns plus ``lat, lon, kind, precision, score,
        geocoded_as, geocode_source`` and point geometry.

    Raises
    ------
    DataError
        Naming the file, row and field when ``seq`` is not a unique integer or no spelling
        of a name geocodes.
    """
    import geopandas as gpd

    path = Path(path) if path is not None else data_path(WAYPOINTS_CSV)
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    rows = read_rows(
        path,
        ("seq", "name_en", "name_ar", "kind_hint", "admin1_hint"),
        nonempty=("seq", "source", "confidence"),
    )
    seen: dict[int, int] = {}
    records: list[dict[str, Any]] = []
    for lineno, row in enumerate(rows, start=2):
        try:
            seq = int(row["seq"])
        except ValueError:
            raise DataError(
                path, f"{row['seq']!r} is not an integer", row=lineno, field="seq"
            ) from None
        if seq in seen:
            raise DataError(path, f"seq {seq} repeats row {seen[seq]}", row=lineno, field="seq")
        seen[seq] = lineno
        spellings = split_names(row["name_en"]) + split_names(row["name_ar"])
        if not spellings:
            raise DataError(path, "no name to geocode", row=lineno, field="name_en")
        best = _geocode_row(spellings, row["admin1_hint"] or None, row["kind_hint"] or None, gaz)
        if best is None:
            hint = f" in {row['admin1_hint']}" if row["admin1_hint"] else ""
            raise DataError(
                path,
                f"none of {spellings}{hint} geocodes; fix the spelling or add the place "
                "to data/places.csv",
                row=lineno,
                field="name_en",
            )
        log = settings.logger.warning if best.ambiguous else settings.logger.info
        log(
            "%s, row %d: waypoint %d %s -> %s (%s, precision %s, score %.2f%s)",
            path.name, lineno, seq, spellings[0], best.name_en, best.kind, best.precision,
            best.score, ", ambiguous" if best.ambiguous else "",
        )  # fmt: skip
        records.append(
            {
                **row,
                "seq": seq,
                "lat": best.lat,
                "lon": best.lon,
                "kind": best.kind,
                "precision": best.precision,
                "score": best.score,
                "geocoded_as": best.name_en,
                "geocode_source": best.source,
            }
        )
    records.sort(key=lambda r: r["seq"])
    return gpd.GeoDataFrame(
        records,
        geometry=gpd.points_from_xy([r["lon"] for r in records], [r["lat"] for r in records]),
        crs=GEOGRAPHIC,
    )


def _geocode_row(
    spellings: list[str], admin1: str | None, kind: str | None, gazetteer: Gazetteer
) -> Candidate | None:
    """Best candidate for the first spelling that geocodes.

    Tried with the governorate and kind hints, then without the kind. As a last resort the
    governorate filter is lifted, but only a candidate whose governorate the gazetteer does
    not know (blank ``admin1``, e.g. a river) is accepted, with a warning.
    """
    for kind_filter in dict.fromkeys([kind, None]):
        for name in spellings:
            found = geocode(name, admin1=admin1, kind=kind_filter, limit=1, gazetteer=gazetteer)
            if found:
                return found[0]
    if admin1 is None:
        return None
    for kind_filter in dict.fromkeys([kind, None]):
        for name in spellings:
            found = geocode(name, kind=kind_filter, limit=5, gazetteer=gazetteer)
            unplaced = [c for c in found if not c.admin1]
            if unplaced:
                settings.logger.warning(
                    "%r: the gazetteer gives no governorate for %s; hint %s not checked",
                    name, unplaced[0].name_en, admin1,
                )  # fmt: skip
                return unplaced[0]
    return None


def centreline(
    waypoints: Any = None,
    *,
    boundaries: gpd.GeoDataFrame | None = None,
    gazetteer: Gazetteer | None = None,
) -> LineString:
    """Build the belt's centreline through ordered waypoints (EPSG:32638).

    Parameters
    ----------
    waypoints
        ``None`` for :func:`load_waypoints`; a GeoDataFrame/GeoSeries of points in any CRS
        (sorted by ``seq`` if it has that column); or a sequence whose items are
        ``(lon, lat)`` pairs (EPSG:4326) or place names (geocoded).
    boundaries
        Frame from :func:`~geo_disputed.geo.boundaries.load_boundaries`; ``None`` leaves the
        ends where the first and last waypoints are.
    gazetteer
        For waypoints given by name (and for :func:`load_waypoints`); default
        ``load_gazetteer(boundaries)``.

    Returns
    -------
    shapely.LineString
        Straight segments in EPSG:32638. With boundaries, each end is extended along the
        direction of its end segment until it meets Iraq's border; when that ray meets the
        border more than :data:`SNAP_FACTOR` times as far away as the nearest border point
        (an end segment running along the border), the end goes to the nearest border
        point instead. An end waypoint outside Iraq is left as is (the belt is clipped).
    """
    from shapely.geometry import LineString

    frame = _as_boundaries(boundaries)

    def gaz() -> Gazetteer:  # built only when a waypoint is a name
        return gazetteer if gazetteer is not None else load_gazetteer(frame)

    coords = _waypoint_coords(waypoints, gaz)
    if len(coords) < 2:
        raise GeoDisputedError(
            f"a centreline needs at least 2 distinct waypoints, got {len(coords)}"
        )
    if frame is not None:
        outline = _metric_outline(frame)
        start = _to_border(coords[0], coords[1], outline)
        end = _to_border(coords[-1], coords[-2], outline)
        coords = [start, *coords, end]
    return LineString(_dedupe(coords))


@dataclass(frozen=True)
class Belt:
    """The security-vacuum belt as built (every geometry and measure in EPSG:32638).

    Attributes
    ----------
    pieces : geopandas.GeoDataFrame
        One row per governorate crossed, ordered along the centreline (west to east for a
        multi-part frontier): ``admin1``, ``pcode``, ``area_km2``, ``length_km``
        (centreline inside the governorate; for ``"frontier"`` the edge is credited to the
        governorate of the disputed unit it borders), ``geometry``. Without governorates,
        one row with ``admin1`` empty.
    centreline : shapely.LineString or MultiLineString
        The line the belt is a buffer of.
    method, requested_method : str
        The method built and the one asked for (``"frontier"`` falls back to
        ``"corridor"`` without governorates).
    width_km : float
        The belt's total width.
    crs : str
        ``"EPSG:32638"``.
    """

    pieces: gpd.GeoDataFrame
    centreline: LineString | MultiLineString
    method: str
    requested_method: str
    width_km: float
    crs: str = METRIC

    @property
    def length_km(self) -> float:
        """Length of the centreline, in km."""
        return float(self.centreline.length) / 1000.0

    @property
    def area_km2(self) -> float:
        """Area of the belt, in km²."""
        return float(self.pieces["area_km2"].sum())

    def centreline_frame(self) -> gpd.GeoDataFrame:
        """The centreline as a one-row GeoDataFrame (``method``, ``width_km``,
        ``length_km``; EPSG:32638), for GIS files."""
        import geopandas as gpd

        return gpd.GeoDataFrame(
            {
                "method": [self.method],
                "width_km": [self.width_km],
                "length_km": [self.length_km],
            },
            geometry=[self.centreline],
            crs=self.crs,
        )

    def table(self) -> str:
        """A plain-text table: area and centreline length per governorate, and totals."""
        lines = [
            f"security-vacuum belt: method {self.method}, width {self.width_km:g} km, "
            f"centreline {self.length_km:,.1f} km (areas and lengths in {self.crs})",
            f"{'governorate':<20} {'area km²':>12} {'length km':>10}",
        ]
        if self.requested_method != self.method:
            lines.insert(1, f"({self.requested_method} needs boundaries: built the corridor)")
        for row in self.pieces.itertuples():
            lines.append(
                f"{row.admin1 or '(not split)':<20} {row.area_km2:>12,.1f} {row.length_km:>10,.1f}"
            )
        total = self.pieces["length_km"].sum()
        lines.append(f"{'total':<20} {self.area_km2:>12,.1f} {total:>10,.1f}")
        return "\n".join(lines)


def security_vacuum_belt(
    boundaries: gpd.GeoDataFrame | None = None,
    *,
    width_km: float = 20.0,
    waypoints: Any = None,
    method: Method = "corridor",
    gazetteer: Gazetteer | None = None,
) -> Belt:
    """Build the security-vacuum belt, split by governorate (EPSG:32638).

    Parameters
    ----------
    boundaries
        Frame from :func:`~geo_disputed.geo.boundaries.load_boundaries`. ``None``: no clip to
        Iraq and no split (one row, a warning is logged); the ``"frontier"`` method, which is
        built from boundary polygons, then falls back to the corridor with a warning
        (:attr:`Belt.method` says which was built).
    width_km
        Total width of the belt; the line is buffered by ``width_km / 2`` on each side.
    waypoints
        For ``"corridor"``: anything :func:`centreline` accepts, or a ready
        ``shapely.LineString`` in EPSG:32638 used as the centreline. Ignored by
        ``"frontier"``.
    method
        ``"corridor"`` (waypoint centreline) or ``"frontier"`` (edge of the Kurdistan Region
        against the disputed territories).
    gazetteer
        For geocoding the waypoints (see :func:`centreline`).

    Returns
    -------
    Belt
        The pieces by governorate, the centreline, the method built and the width.
    """
    import geopandas as gpd
    import shapely

    if not (isinstance(width_km, int | float) and math.isfinite(width_km) and width_km > 0):
        raise GeoDisputedError(
            f"width_km must be a positive number of kilometres, got {width_km!r}"
        )
    if width_km > MAX_WIDTH_KM:
        raise GeoDisputedError(
            f"width_km {width_km:g} is wider than Iraq ({MAX_WIDTH_KM:g} km at most); officials "
            "describe the vacuum as 20-40 km deep"
        )
    frame = _as_boundaries(boundaries)
    half = width_km * 500.0
    requested = method
    governorates = _governorates(frame) if frame is not None else None
    if method == "frontier" and governorates is None:
        settings.logger.warning(
            "method 'frontier' is derived from the Kurdistan Region and disputed-territory "
            "polygons, and there are no governorate boundaries: building the 'corridor' belt "
            "instead (pass --boundaries DIR for the frontier)"
        )
        method = "corridor"
    if method == "corridor":
        line = (
            waypoints
            if _is_line(waypoints)
            else centreline(waypoints, boundaries=frame, gazetteer=gazetteer)
        )
        keep = _metric_outline(frame) if frame is not None else None
        zones = governorates
    elif method == "frontier":
        line, keep, zones = _frontier(frame)
    else:
        raise GeoDisputedError(f"unknown belt method {method!r}; use 'corridor' or 'frontier'")
    raw = line.buffer(half, cap_style="flat")

    if keep is None or governorates is None:
        if keep is None:
            settings.logger.warning(
                "no boundaries: the belt is not clipped to Iraq nor split by governorate",
                extra=settings.notice("boundaries"),
            )
        else:
            settings.logger.info(
                "no governorate boundaries: the belt is clipped but not split",
                extra=settings.notice("boundaries"),
            )
        inside = line if keep is None else line.intersection(keep)
        rows = [{"admin1": None, "pcode": None, "length_km": inside.length / 1000.0}]
        pieces = [raw if keep is None else shapely.intersection(raw, keep)]
    else:
        whole = shapely.intersection(raw, keep)
        hit = shapely.STRtree(governorates.geometry.values).query(whole, predicate="intersects")
        pieces = shapely.intersection(whole, governorates.geometry.values[hit])
        lengths = _lengths(line, zones, governorates["pcode"].to_numpy()[hit])
        rows = [
            {
                "admin1": governorates["name_en"].iloc[i],
                "pcode": governorates["pcode"].iloc[i],
                "length_km": km,
            }
            for i, km in zip(hit, lengths, strict=True)
        ]
    belt = gpd.GeoDataFrame(rows, geometry=list(pieces), crs=METRIC)
    belt = belt[~belt.geometry.is_empty & (belt.geometry.area > 0)]
    if belt.empty:
        held = (
            ", ".join(sorted(map(str, frame["name_en"].dropna().unique()))[:6])
            if frame is not None
            else ""
        )
        raise GeoDisputedError(
            f"the {method} belt lies outside these boundaries (they hold {held}); it runs from "
            "Nineveh to Diyala: give boundaries that cover northern Iraq"
        )
    belt.insert(2, "area_km2", belt.geometry.area / 1e6)
    points = belt.geometry.representative_point()
    order = [line.project(p) if line.geom_type == "LineString" else p.x for p in points]
    belt = belt.iloc[sorted(range(len(belt)), key=order.__getitem__)].reset_index(drop=True)
    return Belt(belt, line, method, requested, float(width_km))


def coverage_gaps(
    centreline: LineString | MultiLineString, sites: Any, *, radius_km: float = 20.0
) -> gpd.GeoDataFrame:
    """Return the stretches of a centreline farther than ``radius_km`` from every site.

    Parameters
    ----------
    centreline
        Line in EPSG:32638 (from :func:`centreline` or :attr:`Belt.centreline`).
    sites
        GeoDataFrame or GeoSeries of sites (coordination centres, brigade positions) in any
        CRS; it must have one.
    radius_km
        Distance a site covers along the line.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:32638, one row per uncovered stretch ordered along the line: ``start_km`` and
        ``end_km`` (chainage from the line's start; parts of a multi-part line follow each
        other), ``length_km``, line geometry.
    """
    import geopandas as gpd
    import shapely
    from shapely.geometry import Point

    if not (math.isfinite(radius_km) and radius_km > 0):
        raise GeoDisputedError(f"radius_km must be positive, got {radius_km!r}")
    sites = _metric(sites, "sites")
    covered = shapely.union_all(
        shapely.buffer(sites.geometry.values, radius_km * 1000.0, quad_segs=32)
    )
    rows, geoms, offset = [], [], 0.0
    for part in shapely.get_parts(centreline):
        gaps = part.difference(covered) if not covered.is_empty else part
        for gap in shapely.get_parts(shapely.line_merge(gaps)):
            if gap.length == 0:
                continue
            ends = sorted(part.project(Point(c)) for c in (gap.coords[0], gap.coords[-1]))
            rows.append(
                {
                    "start_km": (offset + ends[0]) / 1000.0,
                    "end_km": (offset + ends[1]) / 1000.0,
                    "length_km": gap.length / 1000.0,
                }
            )
            geoms.append(gap)
        offset += part.length
    gaps = gpd.GeoDataFrame(
        rows, columns=["start_km", "end_km", "length_km"], geometry=geoms, crs=METRIC
    )
    return gaps.sort_values("start_km").reset_index(drop=True)


def frontier_line(boundaries: gpd.GeoDataFrame) -> MultiLineString | LineString:
    """Return the Kurdistan Region's edge against the disputed territories (EPSG:32638)."""
    frame = _as_boundaries(boundaries)
    if frame is None:
        raise GeoDisputedError("the frontier needs boundaries")
    return _frontier(frame)[0]


# --- helpers --------------------------------------------------------------------------------


def _as_boundaries(boundaries: Any) -> gpd.GeoDataFrame | None:
    """The boundaries frame, or None; anything else (a path) is refused with a hint."""
    import geopandas as gpd

    if boundaries is None or isinstance(boundaries, gpd.GeoDataFrame):
        return boundaries
    raise GeoDisputedError(
        f"boundaries must be a GeoDataFrame from load_boundaries(), not "
        f"{type(boundaries).__name__}; load the files once with load_boundaries(path)"
    )


def _is_line(value: Any) -> bool:
    from shapely.geometry import LineString, MultiLineString

    return isinstance(value, LineString | MultiLineString)


def _metric(geoms: Any, what: str) -> gpd.GeoSeries:
    """Return a GeoSeries in EPSG:32638; the input must carry a CRS."""
    import geopandas as gpd

    if not isinstance(geoms, gpd.GeoDataFrame | gpd.GeoSeries):
        raise GeoDisputedError(f"{what} must be a GeoDataFrame or GeoSeries, got {type(geoms)}")
    if geoms.crs is None:
        raise GeoDisputedError(f"{what} have no CRS; set one (e.g. .set_crs('EPSG:4326'))")
    return gpd.GeoSeries(geoms.geometry, crs=geoms.crs).to_crs(METRIC)


def _waypoint_coords(
    waypoints: Any, gazetteer: Callable[[], Gazetteer]
) -> list[tuple[float, float]]:
    """Return the waypoints as (x, y) in EPSG:32638, consecutive duplicates removed
    (``gazetteer`` gives the gazetteer for names, called only when one is needed)."""
    import geopandas as gpd
    from pyproj import Transformer

    if waypoints is None:
        waypoints = load_waypoints(gazetteer=gazetteer())
    if isinstance(waypoints, gpd.GeoDataFrame) and "seq" in waypoints:
        waypoints = waypoints.sort_values("seq")
    if isinstance(waypoints, gpd.GeoDataFrame | gpd.GeoSeries):
        points = _metric(waypoints, "waypoints")
        if not (points.geom_type == "Point").all():
            raise GeoDisputedError("waypoints must be points")
        return _dedupe(list(zip(points.x, points.y, strict=True)))
    if isinstance(waypoints, str) or not isinstance(waypoints, Sequence):
        raise GeoDisputedError(
            "waypoints must be a GeoDataFrame/GeoSeries of points or a list of "
            f"(lon, lat) pairs or place names, got {type(waypoints).__name__}"
        )
    lonlat = [
        _geocode_name(w, gazetteer()) if isinstance(w, str) else _lonlat(w) for w in waypoints
    ]
    to_utm = Transformer.from_crs(GEOGRAPHIC, METRIC, always_xy=True)
    return _dedupe([to_utm.transform(lon, lat) for lon, lat in lonlat])


def _lonlat(item: Any) -> tuple[float, float]:
    try:
        lon, lat = (float(v) for v in item)
    except (TypeError, ValueError):
        raise GeoDisputedError(f"waypoint {item!r} is not a (lon, lat) pair") from None
    if not (abs(lon) <= 180 and abs(lat) <= 90):
        raise GeoDisputedError(f"waypoint {item!r} is out of range for (lon, lat)")
    return lon, lat


def _geocode_name(name: str, gazetteer: Gazetteer) -> tuple[float, float]:
    found = geocode(name, limit=1, gazetteer=gazetteer)
    if not found:
        raise GeoDisputedError(f"waypoint {name!r} does not geocode")
    return found[0].lon, found[0].lat


def _dedupe(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for xy in coords:
        if not out or math.dist(out[-1], xy) > 1e-6:
            out.append((float(xy[0]), float(xy[1])))
    return out


def _metric_outline(frame: gpd.GeoDataFrame):
    import geopandas as gpd

    return gpd.GeoSeries([country_outline(frame)], crs=frame.crs).to_crs(METRIC).iloc[0]


def _governorates(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame | None:
    """Governorates in EPSG:32638, ``None`` when the boundaries have none."""
    if not (frame["level"] == 1).any():
        return None
    return at_level(frame, 1)[["pcode", "name_en", "geometry"]].to_crs(METRIC)


def _to_border(end: tuple[float, float], prev: tuple[float, float], outline) -> tuple[float, float]:
    """Move a line end to Iraq's border (see :func:`centreline`)."""
    import shapely
    from shapely.geometry import LineString, Point
    from shapely.ops import nearest_points

    tip = Point(end)
    if not outline.contains(tip):
        settings.logger.info("waypoint %s lies outside Iraq; end left in place", end)
        return end
    border = outline.boundary
    nearest = nearest_points(border, tip)[0]
    dx, dy = end[0] - prev[0], end[1] - prev[1]
    norm = math.hypot(dx, dy)
    ray = LineString([end, (end[0] + dx / norm * RAY_LENGTH_M, end[1] + dy / norm * RAY_LENGTH_M)])
    hits = [p for p in shapely.get_parts(ray.intersection(border)) if p.geom_type == "Point"]
    hit = min(hits, key=tip.distance, default=None)
    if hit is None or tip.distance(hit) > SNAP_FACTOR * tip.distance(nearest):
        settings.logger.info("end %s snapped to the nearest border point", end)
        hit = nearest
    return (hit.x, hit.y)


def _lengths(line, zones: gpd.GeoDataFrame, pcodes: Sequence[str]) -> list[float]:
    """Length (km) of ``line`` inside each zone, by the zone's governorate p-code.

    The line is cut into its straight segments first, so a stretch the line runs twice is
    counted twice and the lengths always add up to the line's length inside the zones.
    """
    import numpy as np
    import shapely

    lines: list[LineString] = []
    for part in shapely.get_parts(line):
        xy = shapely.get_coordinates(part)
        # (n, 2, 2) coordinates give an array of n two-point lines
        lines.extend(cast("np.ndarray", shapely.linestrings(np.stack([xy[:-1], xy[1:]], axis=1))))
    segments = np.asarray(lines)
    geoms = zones.geometry.values
    zone_idx, seg_idx = shapely.STRtree(segments).query(geoms, predicate="intersects")
    pieces = shapely.length(shapely.intersection(segments[seg_idx], geoms[zone_idx]))
    per_zone = np.bincount(zone_idx, weights=pieces, minlength=len(geoms)) / 1000.0
    by_pcode = dict(zip(zones["pcode"], per_zone, strict=True))
    return [float(by_pcode.get(p, 0.0)) for p in pcodes]


def _frontier(frame: gpd.GeoDataFrame):
    """Return (edge line, clip area, length zones) for the frontier method (EPSG:32638).

    With districts, the contested side is the disputed territories; with governorates only
    (geoBoundaries ADM1), it is the governorates outside the Kurdistan Region that hold
    disputed units, so the edge is the Kurdistan Region's whole edge facing them (logged).
    """
    import geopandas as gpd
    import shapely

    from geo_disputed.geo.disputed import (
        MissingDistricts,
        disputed_governorates,
        disputed_territories,
        kurdistan_region,
    )

    governorates = _governorates(frame)
    if governorates is None:
        raise GeoDisputedError("the frontier needs governorate boundaries (level 1)")
    try:
        disputed = disputed_territories(frame).to_crs(METRIC)
        govs = governorates.set_index("name_en")["pcode"]
        disputed["pcode"] = disputed["admin1"].map(govs)
    except MissingDistricts as exc:
        settings.logger.warning(
            "frontier from governorates only (%s): the contested side is the whole of the "
            "governorates that hold disputed units, so the edge is approximate",
            exc,
        )
        disputed = disputed_governorates(frame).to_crs(METRIC)
    kri = kurdistan_region(frame).to_crs(METRIC).geometry.iloc[0]
    contested = disputed.union_all()
    core = kri.difference(contested)
    edge = shapely.line_merge(core.boundary.intersection(contested.buffer(1.0)))
    edge = shapely.union_all([g for g in shapely.get_parts(edge) if g.length > 0])
    if edge.is_empty:
        raise GeoDisputedError("the Kurdistan Region does not touch the disputed territories")
    zones = disputed.dissolve("pcode").reset_index()[["pcode", "geometry"]]
    zones = gpd.GeoDataFrame(zones, geometry=zones.buffer(1.0), crs=METRIC)
    return edge, kri.union(contested), zones
