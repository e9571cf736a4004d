"""The "security vacuum" belt between Peshmerga and federal forces, as measurable polygons.

Officials describe the belt as running from the Syrian border at Nineveh through Salahuddin
and Kirkuk to Diyala at the Iranian border, 560-650 km long and 20-40 km deep. Three
constructions are offered:

``"vacuum"`` (the default)
    The ground on the federal side of the Kurdistan Region's edge where it faces the disputed
    territories, to the sourced depth of ``data/belt_depths.csv`` (30 km; 40 km inside the
    units of the named hotspots of ``data/vacuum_hotspots.csv``), from border to border, with
    the towns' built-up areas cut out (:func:`town_radius_km`). Every part says what supports
    it (``support``: ``hotspot``, ``frontier`` or ``interpolation``). The length is measured
    along a smoothed line at mid-depth (:func:`medial_line`), not along the wiggly boundary.
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
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast

from geo_disputed import settings
from geo_disputed.crs import GEOGRAPHIC, METRIC
from geo_disputed.curated import data_path, read_rows, split_names
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.geo.boundaries import at_level, country_outline
from geo_disputed.geo.sites import load_hotspots
from geo_disputed.text.gazetteer import Gazetteer, load_gazetteer
from geo_disputed.text.geocoder import Candidate, geocode

if TYPE_CHECKING:
    import geopandas as gpd
    from shapely.geometry import LineString, MultiLineString

WAYPOINTS_CSV = "belt_waypoints.csv"
RAY_LENGTH_M = 1_000_000.0  # longer than Iraq is wide: an end ray always reaches the border
SNAP_FACTOR = 3.0  # use the nearest border point when the ray's hit is this much farther
MAX_WIDTH_KM = 1000.0  # about Iraq's greatest extent; wider belts are meaningless
Method = Literal["vacuum", "corridor", "frontier"]
METHODS: tuple[Method, ...] = ("vacuum", "corridor", "frontier")
#: Width of the corridor and frontier belts when none is given, km.
DEFAULT_WIDTH_KM = 20.0
DEPTHS_CSV = "belt_depths.csv"
#: How each part of a belt is supported, strongest first.
SUPPORTS = ("hotspot", "frontier", "interpolation")
#: A held town's built-up area is a disc of ``population / TOWN_DENSITY_PER_KM2`` km² (an
#: assumed gross density of Iraqi towns, not a sourced figure), widened by TOWN_MARGIN_KM
#: for the checkpoints and posts at its edge (also assumed).
TOWN_DENSITY_PER_KM2 = 4000.0
TOWN_MARGIN_KM = 2.0
#: The medial line is smoothed over this many times the belt's greatest depth: a band that
#: deep does not resolve bends of the boundary smaller than about twice its depth.
SMOOTHING_DEPTHS = 2.0
#: Boundary layers drawn from different sources are taken to meet within this distance, m.
EDGE_TOLERANCE_M = 500.0
#: Pieces smaller than this are slivers where boundary layers do not meet exactly.
SLIVER_KM2 = 0.5
SAMPLE_M = 1000.0  # spacing of the points the medial line is smoothed and measured on


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
        One row per governorate crossed and support, ordered along the centreline (west to
        east): ``admin1``, ``pcode``, ``support`` (:data:`SUPPORTS`: ``hotspot`` when a named
        hotspot's unit or point lies there, ``frontier`` for the modelled edge, or
        ``interpolation`` for ground bridged between sourced places), ``hotspots`` (the ids of
        the hotspots there, ``|``-separated), ``area_km2``, ``length_km`` (of the centreline
        along the piece; for ``"frontier"`` the edge is credited to the governorate of the
        disputed unit it borders), ``geometry``. Without governorates, one row per support
        with ``admin1`` empty.
    centreline : shapely.LineString or MultiLineString
        For ``"vacuum"``, the smoothed medial line the length is measured on
        (:func:`medial_line`); otherwise the line the belt is a buffer of.
    method, requested_method : str
        The method built and the one asked for (``"vacuum"`` and ``"frontier"`` fall back to
        ``"corridor"`` without governorates).
    width_km : float
        The belt's total width; for ``"vacuum"``, its depth on the federal side.
    hotspot_depth_km : float or None
        For ``"vacuum"``, the depth inside the named hotspots' units.
    unlocated_hotspots : tuple of str
        For ``"vacuum"``, the hotspots these boundaries cannot place.
    crs : str
        ``"EPSG:32638"``.
    """

    pieces: gpd.GeoDataFrame
    centreline: LineString | MultiLineString
    method: str
    requested_method: str
    width_km: float
    hotspot_depth_km: float | None = None
    unlocated_hotspots: tuple[str, ...] = ()
    crs: str = METRIC

    @property
    def length_km(self) -> float:
        """Length of the centreline, in km."""
        return float(self.centreline.length) / 1000.0

    @property
    def area_km2(self) -> float:
        """Area of the belt, in km²."""
        return float(self.pieces["area_km2"].sum())

    @property
    def size_text(self) -> str:
        """``width 20 km`` or ``depth 30 km (40 km at named hotspots)``."""
        if self.hotspot_depth_km is None:
            return f"width {self.width_km:g} km"
        return f"depth {self.width_km:g} km ({self.hotspot_depth_km:g} km at named hotspots)"

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

    def hotspot_support(self) -> list[str]:
        """One line per governorate where named hotspots support the belt: the area they
        cover and their ids, west to east."""
        if "support" not in self.pieces:  # a Belt made by hand, without supports
            return []
        hot = self.pieces[self.pieces["support"] == "hotspot"]
        lines = []
        for admin1, part in hot.groupby("admin1", sort=False, dropna=False):
            ids = sorted({i for cell in part["hotspots"] for i in split_names(cell)})
            share = part["area_km2"].sum() / max(self.area_km2, 1e-9)
            lines.append(
                f"{admin1 or '(not split)'}: {part['area_km2'].sum():,.0f} km² "
                f"({share:.0%} of the belt) at {', '.join(ids)}"
            )
        if self.unlocated_hotspots:
            lines.append("not placed with these boundaries: " + ", ".join(self.unlocated_hotspots))
        return lines

    def table(self) -> str:
        """A plain-text table: area and centreline length per governorate and support, and
        totals."""
        line = "medial line" if self.method == "vacuum" else "centreline"
        lines = [
            f"security-vacuum belt: method {self.method}, {self.size_text}, "
            f"{line} {self.length_km:,.1f} km (areas and lengths in {self.crs})",
            f"{'governorate':<20} {'support':<14} {'area km²':>12} {'length km':>10}",
        ]
        if self.requested_method != self.method:
            lines.insert(1, f"({self.requested_method} needs boundaries: built the corridor)")
        for row in self.pieces.itertuples():
            lines.append(
                f"{row.admin1 or '(not split)':<20} {getattr(row, 'support', ''):<14} "
                f"{row.area_km2:>12,.1f} "
                f"{row.length_km:>10,.1f}"
            )
        total = self.pieces["length_km"].sum()
        lines.append(f"{'total':<20} {'':<14} {self.area_km2:>12,.1f} {total:>10,.1f}")
        return "\n".join(lines)


def security_vacuum_belt(
    boundaries: gpd.GeoDataFrame | None = None,
    *,
    width_km: float | None = None,
    waypoints: Any = None,
    method: Method = "vacuum",
    gazetteer: Gazetteer | None = None,
    hotspots: gpd.GeoDataFrame | None = None,
    depths: str | os.PathLike[str] | None = None,
) -> Belt:
    """Build the security-vacuum belt, split by governorate and support (EPSG:32638).

    Parameters
    ----------
    boundaries
        Frame from :func:`~geo_disputed.geo.boundaries.load_boundaries`. ``None``: no clip to
        Iraq and no split (one row, a warning is logged); ``"vacuum"`` and ``"frontier"``,
        which are built from boundary polygons, then fall back to the corridor with a warning
        (:attr:`Belt.method` says which was built).
    width_km
        ``"corridor"``/``"frontier"``: total width, the line buffered by ``width_km / 2`` on
        each side (default :data:`DEFAULT_WIDTH_KM`). ``"vacuum"``: the depth on the federal
        side (default the ``belt`` row of ``data/belt_depths.csv``).
    waypoints
        For ``"corridor"``: anything :func:`centreline` accepts, or a ready
        ``shapely.LineString`` in EPSG:32638 used as the centreline. Ignored otherwise.
    method
        ``"vacuum"`` (between the lines, :func:`vacuum_belt_parts`), ``"corridor"``
        (waypoint centreline) or ``"frontier"`` (edge of the Kurdistan Region against the
        disputed territories).
    gazetteer
        For geocoding the waypoints (see :func:`centreline`) and, for ``"vacuum"``, the
        GeoNames towns cut out of the belt.
    hotspots
        For ``"vacuum"``: frame from :func:`~geo_disputed.geo.sites.load_hotspots`
        (default ``data/vacuum_hotspots.csv``).
    depths
        For ``"vacuum"``: depth table like ``data/belt_depths.csv`` (:func:`load_depths`).

    Returns
    -------
    Belt
        The pieces by governorate and support, the centreline, the method built and its
        width or depth.
    """
    import geopandas as gpd
    import shapely

    if method not in METHODS:
        raise GeoDisputedError(f"unknown belt method {method!r}; use one of {list(METHODS)}")
    if width_km is not None:
        _check_width(width_km)
    frame = _as_boundaries(boundaries)
    requested = method
    governorates = _governorates(frame) if frame is not None else None
    if method != "corridor" and governorates is None:
        settings.logger.warning(
            "method %r is derived from the Kurdistan Region and disputed-territory "
            "polygons, and there are no governorate boundaries: building the 'corridor' belt "
            "instead (pass --boundaries DIR for the %s)",
            method, method, extra=settings.notice("boundaries"),
        )  # fmt: skip
        method = "corridor"
    if method == "vacuum":
        assert frame is not None and governorates is not None
        depth = _depths_for(load_depths(depths), width_km)
        gaz = gazetteer if gazetteer is not None else load_gazetteer(frame)
        spots = hotspots if hotspots is not None else load_hotspots()
        parts, line = vacuum_belt_parts(frame, depth, spots, held_towns(gaz))
        belt = _split(parts, governorates, line, method)
        return Belt(belt, line, method, requested, depth.belt_km, depth.hotspot_km,
                    tuple(parts.unlocated))  # fmt: skip
    width = DEFAULT_WIDTH_KM if width_km is None else float(width_km)
    half = width * 500.0
    if method == "corridor":
        line = (
            waypoints
            if _is_line(waypoints)
            else centreline(waypoints, boundaries=frame, gazetteer=gazetteer)
        )
        keep = _metric_outline(frame) if frame is not None else None
        zones = governorates
        support = "interpolation"
    else:
        sides = _frontier(frame)
        line, keep, zones = sides.edge, sides.core.union(sides.contested), sides.zones
        support = "frontier"
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
        codes = governorates["pcode"].to_numpy()[hit]
        assert zones is not None  # the governorates, or the frontier's contested side
        lengths = (
            _lengths(line, zones, codes)
            if method == "corridor"
            else _nearest_lengths(line, zones.geometry.values, zones["pcode"], codes)
        )
        rows = [
            {
                "admin1": governorates["name_en"].iloc[i],
                "pcode": governorates["pcode"].iloc[i],
                "length_km": km,
            }
            for i, km in zip(hit, lengths, strict=True)
        ]
    for row in rows:
        row.update(support=support, hotspots="")
    belt = gpd.GeoDataFrame(rows, geometry=list(pieces), crs=METRIC)
    belt = _finish(belt, line, method, frame)
    return Belt(belt, line, method, requested, width)


def _check_width(width_km: Any) -> None:
    if not (isinstance(width_km, int | float) and math.isfinite(width_km) and width_km > 0):
        raise GeoDisputedError(
            f"width_km must be a positive number of kilometres, got {width_km!r}"
        )
    if width_km > MAX_WIDTH_KM:
        raise GeoDisputedError(
            f"width_km {width_km:g} is wider than Iraq ({MAX_WIDTH_KM:g} km at most); officials "
            "describe the vacuum as 20-40 km deep"
        )


def _finish(belt: gpd.GeoDataFrame, line, method: str, frame: gpd.GeoDataFrame | None):
    """Drop empty pieces, add ``area_km2``, order along ``line`` (refuse an empty belt)."""
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
    belt = belt.copy()
    belt.insert(2, "area_km2", belt.geometry.area / 1e6)
    columns = ["admin1", "pcode", "support", "hotspots", "area_km2", "length_km", "geometry"]
    belt = belt[columns]
    points = belt.geometry.representative_point()
    order = [line.project(p) if line.geom_type == "LineString" else p.x for p in points]
    return belt.iloc[sorted(range(len(belt)), key=order.__getitem__)].reset_index(drop=True)


@dataclass(frozen=True)
class Depths:
    """The sourced depths of the ``"vacuum"`` belt (:func:`load_depths`), km.

    Attributes
    ----------
    belt_km : float
        Depth on the federal side of the Kurdistan Region's edge.
    hotspot_km : float
        Depth inside the units of the named hotspots.
    sectors : tuple of (frozenset of str, float)
        Other depths, each for the units (OCHA p-codes) of one sector.
    """

    belt_km: float
    hotspot_km: float
    sectors: tuple[tuple[frozenset[str], float], ...] = ()


def load_depths(path: str | os.PathLike[str] | None = None) -> Depths:
    """Read the belt's depths (default ``data/belt_depths.csv``).

    Parameters
    ----------
    path
        CSV with ``id, applies_to, pcodes, depth_km, source, confidence``: exactly one row
        ``applies_to=belt``, one ``hotspot``, and any ``sector`` rows naming OCHA p-codes.

    Raises
    ------
    DataError
        Naming the file, row and field: a depth that is not a positive number of km up to
        :data:`MAX_WIDTH_KM`, an unknown ``applies_to``, a sector without p-codes, or a
        missing or repeated ``belt``/``hotspot`` row.
    """
    path = Path(path) if path is not None else data_path(DEPTHS_CSV)
    rows = read_rows(path, ("id", "applies_to", "pcodes", "depth_km"),
                     nonempty=("id", "applies_to", "depth_km", "source", "confidence"))  # fmt: skip
    found: dict[str, float] = {}
    sectors: list[tuple[frozenset[str], float]] = []
    for lineno, row in enumerate(rows, start=2):
        try:
            depth = float(row["depth_km"])
        except ValueError:
            depth = math.nan
        if not (math.isfinite(depth) and 0 < depth <= MAX_WIDTH_KM):
            raise DataError(path, f"{row['depth_km']!r} is not a depth in km", row=lineno,
                            field="depth_km")  # fmt: skip
        kind = row["applies_to"]
        if kind == "sector":
            codes = frozenset(split_names(row["pcodes"]))
            if not codes:
                raise DataError(path, "a sector names its units", row=lineno, field="pcodes")
            sectors.append((codes, depth))
        elif kind in ("belt", "hotspot"):
            if kind in found:
                raise DataError(path, f"a second {kind!r} row", row=lineno, field="applies_to")
            found[kind] = depth
        else:
            raise DataError(path, f"{kind!r} is not belt, hotspot or sector", row=lineno,
                            field="applies_to")  # fmt: skip
    for kind in ("belt", "hotspot"):
        if kind not in found:
            raise DataError(path, f"no {kind!r} row", field="applies_to")
    return Depths(found["belt"], found["hotspot"], tuple(sectors))


def _depths_for(depths: Depths, width_km: float | None) -> Depths:
    """The table's depths, with ``width_km`` (when given) as the belt's depth."""
    if width_km is None:
        return depths
    return Depths(float(width_km), max(depths.hotspot_km, float(width_km)), depths.sectors)


def town_radius_km(population: int | None) -> float:
    """Radius of the disc cut out of the belt for a held town, km.

    ``TOWN_MARGIN_KM + sqrt(population / (π · TOWN_DENSITY_PER_KM2))``: a disc of the town's
    assumed built-up area plus a margin. An unknown population (``None`` or 0, as GeoNames
    leaves it) gives the margin alone.

    Examples
    --------
    >>> round(town_radius_km(10_000), 2), round(town_radius_km(1_000_000), 1)
    (2.89, 10.9)
    """
    people = population or 0
    return TOWN_MARGIN_KM + math.sqrt(people / (math.pi * TOWN_DENSITY_PER_KM2))


def held_towns(gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """The GeoNames towns of Iraq, each with the disc cut out of the belt (EPSG:32638).

    Every GeoNames populated place in Iraq (``cities500``: places of 500 people or more) is
    taken as held by one force or the other.

    Returns
    -------
    geopandas.GeoDataFrame
        ``name_en``, ``population`` (nullable: unknown stays unknown), ``radius_km``, and the
        town's point as ``geometry``.
    """
    import geopandas as gpd
    import pandas as pd

    towns = [p for p in gazetteer.places if p.country == "IQ" and p.id.startswith("geonames:")]
    people = pd.array([p.population or None for p in towns], dtype="Int64")
    frame = gpd.GeoDataFrame(
        {"name_en": [p.name_en for p in towns], "population": people,
         "radius_km": [town_radius_km(p.population) for p in towns]},
        geometry=gpd.points_from_xy([p.lon for p in towns], [p.lat for p in towns]),
        crs=GEOGRAPHIC,
    )  # fmt: skip
    return frame.to_crs(METRIC)


@dataclass(frozen=True)
class VacuumParts:
    """The ``"vacuum"`` belt before the split by governorate (EPSG:32638).

    Attributes
    ----------
    support : dict of str to shapely geometry
        The belt's ground by support (:data:`SUPPORTS`); empty geometries are kept.
    hotspot_zones : dict of str to shapely geometry
        The ground each located hotspot adds or supports, by hotspot id.
    unlocated : list of str
        Hotspots these boundaries cannot place (their units are not in them).
    """

    support: dict[str, Any]
    hotspot_zones: dict[str, Any]
    unlocated: list[str]


def vacuum_belt_parts(
    boundaries: gpd.GeoDataFrame,
    depths: Depths,
    hotspots: gpd.GeoDataFrame,
    towns: gpd.GeoDataFrame,
) -> tuple[VacuumParts, LineString]:
    """Build the ``"vacuum"`` belt's ground by support, and its medial line (EPSG:32638).

    1. The edge of the Kurdistan Region facing the disputed territories
       (:func:`frontier_line`); where it has several parts, consecutive ends are bridged by
       straight segments (``interpolation``).
    2. The federal side: Iraq outside the Kurdistan Region's uncontested ground.
    3. ``frontier``: the federal side within ``depths.belt_km`` of the edge (a sector's
       depth within its units).
    4. ``hotspot``: within ``depths.hotspot_km`` of the edge, the units (district or finer) of
       the named hotspots, and half the belt's depth around a hotspot point. Hotspots named
       only by governorate are too coarse to shape the belt.
    5. Every held town's disc (:func:`held_towns`) is cut out.

    Parameters
    ----------
    boundaries
        Boundaries with governorates (districts make the edge exact).
    depths
        From :func:`load_depths`.
    hotspots
        From :func:`~geo_disputed.geo.sites.load_hotspots`.
    towns
        From :func:`held_towns`.
    """
    import shapely

    sides = _frontier(boundaries)
    outline = _metric_outline(boundaries)
    federal = outline.difference(sides.core)
    chain, bridges, edge_parts = _chain(sides.edge)
    shapes = _unit_shapes(boundaries)
    near = edge_parts.buffer(depths.belt_km * 1000.0).intersection(federal)
    for codes, depth in depths.sectors:
        units = _units(shapes, codes, "sector")
        near = near.difference(units).union(
            edge_parts.buffer(depth * 1000.0).intersection(federal).intersection(units)
        )
    bridged: Any = shapely.Polygon()
    if bridges:
        bridged = shapely.union_all([b.buffer(depths.belt_km * 1000.0) for b in bridges])
        bridged = bridged.intersection(federal).difference(near)
    reach = chain.buffer(depths.hotspot_km * 1000.0).intersection(federal)
    zones, unlocated = _hotspot_zones(hotspots, shapes, reach, depths.belt_km)
    discs = shapely.union_all(shapely.buffer(towns.geometry.values,
                                             towns["radius_km"].to_numpy() * 1000.0))  # fmt: skip
    hot = _minus(shapely.union_all([shapely.Polygon(), *zones.values()]), discs)
    support = {
        "hotspot": hot,
        "frontier": _minus(near, hot, discs),
        "interpolation": _minus(bridged, hot, discs),
    }
    line = medial_line(chain, outline, sides.core, depths)
    return VacuumParts(support, zones, unlocated), line


def medial_line(chain, outline, core, depths: Depths) -> LineString:
    """The line the ``"vacuum"`` belt's length is measured on (EPSG:32638), west to east.

    The edge (``chain``) is resampled every :data:`SAMPLE_M` m and smoothed by a moving
    average over ``SMOOTHING_DEPTHS × depths.hotspot_km``, offset by half the belt's depth
    to the federal side (the side with less of its length in ``core``), cut where it first
    enters and last leaves Iraq (``outline``), and each end taken on to the national border
    as :func:`centreline` does.
    """
    import numpy as np
    import shapely
    from shapely.geometry import LineString, Point
    from shapely.ops import substring

    count = max(int(chain.length // SAMPLE_M), 2) + 1
    xy = shapely.get_coordinates(
        shapely.line_interpolate_point(chain, np.linspace(0.0, chain.length, count))
    )
    window = max(int(SMOOTHING_DEPTHS * depths.hotspot_km * 1000.0 / SAMPLE_M) | 1, 3)
    window = min(window, (count - 1) | 1 if count > 3 else 1)
    pad = window // 2
    padded = np.pad(xy, ((pad, pad), (0, 0)), mode="reflect", reflect_type="odd")
    kernel = np.ones(window) / window
    smooth = LineString(
        np.column_stack([np.convolve(padded[:, i], kernel, mode="valid") for i in (0, 1)])
    )
    offsets = [smooth.offset_curve(sign * depths.belt_km * 500.0) for sign in (1, -1)]
    side = min(offsets, key=lambda g: g.intersection(core).length / max(g.length, 1.0))
    line = max(shapely.get_parts(shapely.line_merge(side)), key=lambda g: g.length)
    # from where the line first enters Iraq to where it last leaves (short excursions over
    # the border between are kept: the length is not the belt's area)
    inside = [g for g in shapely.get_parts(line.intersection(outline)) if g.length > 0]
    if not inside:
        raise GeoDisputedError("the belt's medial line lies outside Iraq")
    marks = [line.project(Point(c)) for g in inside for c in (g.coords[0], g.coords[-1])]
    line = substring(line, min(marks), max(marks))
    coords = [tuple(c) for c in shapely.get_coordinates(line)]
    border = outline.boundary
    ends = []
    for end, prev in ((coords[0], coords[min(5, len(coords) - 1)]),
                      (coords[-1], coords[max(-6, -len(coords))])):  # fmt: skip
        ends.append(end if border.distance(Point(end)) < 1.0 else _to_border(end, prev, outline))
    line = LineString(_dedupe([ends[0], *coords, ends[1]]))
    return line if line.coords[0][0] <= line.coords[-1][0] else line.reverse()


def _polygonal(geom):
    """The polygons of ``geom`` (an overlay can add lines and points where edges touch)."""
    import shapely

    return shapely.union_all(
        [shapely.Polygon(), *(g for g in shapely.get_parts(geom) if g.geom_type == "Polygon")]
    )


def _minus(ground, *others):
    """``ground`` less every non-empty geometry of ``others`` (GEOS cannot subtract an empty
    collection)."""
    for other in others:
        if not (ground.is_empty or other.is_empty):
            ground = ground.difference(other)
    return ground


def _chain(edge) -> tuple[LineString, list[LineString], Any]:
    """One line through the open parts of ``edge``, west to east; the bridges it adds; and
    the open parts. Closed parts (rings round small islands of the Kurdistan Region inside
    the disputed territories, where layers do not meet exactly) are left out."""
    import shapely
    from shapely.geometry import LineString

    parts = [g for g in shapely.get_parts(edge) if g.length > 0 and not g.is_ring]
    rings = [g for g in shapely.get_parts(edge) if g.is_ring]
    if rings:
        settings.logger.info("belt: %d closed rings of the edge (%.1f km) left out",
                             len(rings), sum(g.length for g in rings) / 1000.0)  # fmt: skip
    if not parts:
        raise GeoDisputedError("the Kurdistan Region's edge has no open part to follow")
    # from the westernmost end, always on to the part with the nearest end
    pending = [[tuple(c) for c in part.coords] for part in parts]
    first = min(range(len(pending)), key=lambda i: min(pending[i][0][0], pending[i][-1][0]))
    coords = pending.pop(first)
    if coords[0][0] > coords[-1][0]:
        coords.reverse()
    bridges = []
    while pending:
        tip = coords[-1]
        gap = [min(math.dist(tip, xy[0]), math.dist(tip, xy[-1])) for xy in pending]
        i = gap.index(min(gap))
        xy = pending.pop(i)
        if math.dist(tip, xy[-1]) < math.dist(tip, xy[0]):
            xy.reverse()
        if math.dist(tip, xy[0]) > EDGE_TOLERANCE_M:
            bridges.append(LineString([tip, xy[0]]))
        coords.extend(xy)
    return LineString(_dedupe(coords)), bridges, shapely.union_all(parts)


def _units(shapes: dict[str, tuple[int, Any]], codes: frozenset[str], what: str):
    """Union of the units with these OCHA p-codes (EPSG:32638)."""
    import shapely

    missing = sorted(codes - set(shapes))
    if missing:
        raise GeoDisputedError(f"{what} units {missing} are not in these boundaries")
    return shapely.union_all([shapes[c][1] for c in codes])


def _unit_shapes(boundaries: gpd.GeoDataFrame) -> dict[str, tuple[int, Any]]:
    """(level, polygon in EPSG:32638) by OCHA p-code
    (:func:`~geo_disputed.geo.admin_units.unit_polygons`)."""
    from geo_disputed.geo.admin_units import unit_polygons

    units = unit_polygons(boundaries).to_crs(METRIC)
    return {code: (int(level), geom)
            for code, level, geom in zip(units["ocha_pcode"], units["level"], units.geometry,
                                         strict=True)}  # fmt: skip


def _hotspot_zones(hotspots, shapes, reach, belt_km: float) -> tuple[dict[str, Any], list[str]]:
    """The ground each hotspot supports within ``reach``, and the hotspots not located."""
    import shapely

    zones: dict[str, Any] = {}
    unlocated: list[str] = []
    points = hotspots.to_crs(METRIC) if hotspots.crs is not None else hotspots
    for spot, point in zip(hotspots.itertuples(), points.geometry, strict=True):
        if spot.precision == "point":
            zones[spot.id] = point.buffer(belt_km * 500.0).intersection(reach)
            continue
        known = [shapes[c] for c in split_names(spot.pcodes) if c in shapes]
        if not known:
            unlocated.append(spot.id)
            continue
        fine = [geom for level, geom in known if level >= 2]
        if fine:
            zones[spot.id] = shapely.union_all(fine).intersection(reach)
    return zones, unlocated


def _split(parts: VacuumParts, governorates: gpd.GeoDataFrame, line, method: str):
    """The ``"vacuum"`` pieces by governorate and support, with the medial line's length
    credited to the nearest piece."""
    import geopandas as gpd
    import shapely

    rows, geoms, slivers = [], [], 0.0
    tree = shapely.STRtree(governorates.geometry.values)
    for support in SUPPORTS:
        ground = parts.support[support]
        if ground.is_empty:
            continue
        for i in tree.query(ground, predicate="intersects"):
            piece = _polygonal(ground.intersection(governorates.geometry.values[i]))
            if piece.area < SLIVER_KM2 * 1e6:
                slivers += piece.area / 1e6
                continue
            ids = [k for k, zone in parts.hotspot_zones.items()
                   if support == "hotspot" and zone.intersection(piece).area > 1e6]  # fmt: skip
            rows.append({"admin1": governorates["name_en"].iloc[i],
                         "pcode": governorates["pcode"].iloc[i], "support": support,
                         "hotspots": "|".join(ids)})  # fmt: skip
            geoms.append(piece)
    if slivers:
        settings.logger.info("belt: %.2f km² of slivers under %g km² left out", slivers,
                             SLIVER_KM2)  # fmt: skip
    belt = gpd.GeoDataFrame(rows, geometry=geoms, crs=METRIC)
    keys = [str(i) for i in range(len(belt))]
    lengths = _nearest_lengths(line, belt.geometry.values, keys, keys) if len(belt) else []
    belt["length_km"] = lengths
    return _finish(belt, line, method, None)


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
    return _frontier(frame).edge


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


def _nearest_lengths(line, geoms, keys: Sequence[str], wanted: Sequence[str]) -> list[float]:
    """Length (km) of ``line`` nearer to each of ``geoms`` than to the others, cut every
    :data:`SAMPLE_M` m, by key, for the ``wanted`` keys (0 for a key no stretch is near):
    the lengths add up to the whole line's wherever it runs."""
    import numpy as np
    import shapely

    per = np.zeros(len(geoms))
    count = max(int(line.length // SAMPLE_M), 1)
    for part in shapely.get_parts(line):
        cuts = np.linspace(0.0, part.length, max(int(count * part.length / line.length), 1) + 1)
        mids = shapely.line_interpolate_point(part, (cuts[:-1] + cuts[1:]) / 2)
        nearest = shapely.STRtree(geoms).query_nearest(mids, all_matches=False)
        np.add.at(per, nearest[1], np.diff(cuts) / 1000.0)
    by_key: dict[str, float] = {}
    for key, km in zip(keys, per, strict=True):
        by_key[key] = by_key.get(key, 0.0) + float(km)
    return [by_key.get(k, 0.0) for k in wanted]


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


def _kurdistan(frame: gpd.GeoDataFrame):
    """The Kurdistan Region in EPSG:32638, from its districts where the boundaries have
    them (so that it meets the disputed districts exactly, even where the governorates come
    from another dataset), else from its governorates."""
    import shapely

    from geo_disputed.geo.disputed import kurdistan_region

    region = kurdistan_region(frame)
    members = set(region["member_pcodes"].iloc[0].split("|"))
    districts = frame[(frame["level"] == 2) & frame["parent_pcode"].isin(members)]
    if districts.empty:
        return region.to_crs(METRIC).geometry.iloc[0]
    return shapely.union_all(districts.to_crs(METRIC).geometry.values)


class Sides(NamedTuple):
    """The two sides of the Kurdistan Region's edge (EPSG:32638)."""

    edge: Any  #: the edge facing the disputed territories (Multi)LineString
    core: Any  #: the Kurdistan Region outside the disputed territories
    contested: Any  #: the disputed territories (or their governorates)
    zones: gpd.GeoDataFrame  #: the contested side by governorate p-code, for lengths


def _frontier(frame: gpd.GeoDataFrame) -> Sides:
    """Return the sides of the Kurdistan Region's edge against the disputed territories.

    With districts, the contested side is the disputed territories; with governorates only
    (geoBoundaries ADM1), it is the disputed districts approximated by Voronoi cells
    (:func:`~geo_disputed.geo.disputed.approximate_disputed`; logged).
    """
    import geopandas as gpd
    import shapely

    from geo_disputed.geo.disputed import (
        MissingDistricts,
        approximate_disputed,
        disputed_territories,
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
            "frontier from governorates only (%s): each disputed district is approximated "
            "by the Voronoi cell of its representative point within its governorate, so the "
            "edge is approximate",
            exc,
        )
        disputed = approximate_disputed(frame).to_crs(METRIC)
    kri = _kurdistan(frame)
    contested = disputed.union_all()
    # layers from different sources (geoBoundaries ADM1 with other districts) do not meet
    # exactly: an opening drops the Kurdistan Region's slivers thinner than the tolerance
    core = kri.difference(contested)
    core = core.buffer(-EDGE_TOLERANCE_M / 2).buffer(EDGE_TOLERANCE_M / 2)
    core = shapely.union_all([g for g in shapely.get_parts(core) if g.area >= SLIVER_KM2 * 1e6])
    edge = shapely.line_merge(core.boundary.intersection(contested.buffer(EDGE_TOLERANCE_M)))
    edge = shapely.union_all([g for g in shapely.get_parts(edge) if g.length > 0])
    if edge.is_empty:
        raise GeoDisputedError("the Kurdistan Region does not touch the disputed territories")
    zones = disputed.dissolve("pcode").reset_index()[["pcode", "geometry"]]
    zones = gpd.GeoDataFrame(zones, geometry=zones.buffer(1.0), crs=METRIC)
    return Sides(edge, core, contested, zones)
