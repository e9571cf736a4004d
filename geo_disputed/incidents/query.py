"""Spatial queries on incident points: admin units, belt and disputed membership, nearest
centre, distance filters, summaries and centre coverage.

Every function takes and returns GeoDataFrames (``summarize`` returns a plain table) and is
vectorised over coordinate arrays, so a million points take seconds:

- point-in-polygon tests run per polygon on the points inside its bounding box (found by
  binary search on the points sorted by longitude) with prepared ``shapely.intersects_xy``,
  so points on a shared edge count as inside (the first unit wins);
- polygons built in a metric CRS (the belt, EPSG:32638) are densified to 100 m segments and
  reprojected to EPSG:4326 for the test, which keeps their edges to well under a metre;
- distances are metric: the nearest site is searched in UTM 38N (EPSG:32638) and distances are
  UTM 38N grid distances reduced to the WGS84 ellipsoid with the line scale factor (Simpson's
  rule), which agree with ``pyproj.Geod`` geodesics to better than 0.001% (6 m in 1,000 km)
  anywhere in Iraq; pass ``exact=True`` to compute every distance with ``pyproj.Geod``.

Outputs keep the input's CRS unless stated.

Examples
--------
>>> from geo_disputed.geo.boundaries import load_boundaries
>>> from geo_disputed.incidents import load_incidents
>>> from geo_disputed.geo.sites import load_centres
>>> from geo_disputed import query
>>> events = load_incidents("data/incidents.csv").accepted          # doctest: +SKIP
>>> events = query.assign_admin(events, load_boundaries())          # doctest: +SKIP
>>> events = query.nearest_site(events, load_centres())             # doctest: +SKIP
>>> query.summarize(events, by=["admin1", "month"])                 # doctest: +SKIP
>>> query.within(events, "Kirkuk", km=50)                           # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geo_disputed.errors import GeoDisputedError

if TYPE_CHECKING:
    import geopandas as gpd

GEOGRAPHIC_CRS = "EPSG:4326"
METRIC_CRS = "EPSG:32638"
#: Time buckets :func:`summarize` derives from ``date`` (always from the date, never from a
#: column of that name), with the label format of each; the labels sort chronologically.
TIME_BUCKETS = {"day": "%Y-%m-%d", "week": "%G-W%V", "month": "%Y-%m", "quarter": "", "year": "%Y"}
SUMMARY_KEYS = (
    "admin1", "admin2", "admin3", *TIME_BUCKETS, "event_type", "sub_event_type", "country",
)  # fmt: skip
UNKNOWN = "(none)"
#: The finest admin level an event is given, by its ``admin_precision`` (see
#: :func:`geo_disputed.incidents.load_incidents`): 3 sub-district ... 0 none.
PRECISION_COLUMN = "admin_precision"
DENSIFY_M = 100.0
_BRUTE_FORCE_SITES = 64  # up to this many sites, nearest by direct comparison; else sjoin_nearest
_BUCKETS = 4096  # longitude buckets for the point-in-polygon scan

# WGS84 and UTM zone 38N constants for the line-scale-factor reduction
_A = 6378137.0
_F = 1 / 298.257223563
_E2 = _F * (2 - _F)
_K0 = 0.9996
_FALSE_EASTING = 500_000.0


def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def _check(gdf: Any, what: str = "gdf") -> None:
    import geopandas as gpd

    if not isinstance(gdf, gpd.GeoDataFrame):
        raise GeoDisputedError(f"{what} must be a GeoDataFrame, not {type(gdf).__name__}")
    if gdf.crs is None:
        raise GeoDisputedError(f"{what} has no CRS; set one (e.g. gdf.set_crs(4326))")


def _transform(x: np.ndarray, y: np.ndarray, src: Any, dst: Any) -> tuple[np.ndarray, np.ndarray]:
    from pyproj import CRS, Transformer

    if CRS.from_user_input(src).equals(CRS.from_user_input(dst)):
        return x, y
    tx, ty = Transformer.from_crs(src, dst, always_xy=True).transform(x, y)
    return np.asarray(tx, dtype=float), np.asarray(ty, dtype=float)


def _lonlat(gdf: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Longitude/latitude arrays (EPSG:4326) of point geometries; NaN for empty/missing."""
    import shapely

    geom = np.asarray(gdf.geometry.array)  # plain object array: shapely ufuncs run directly
    if len(geom) and not (shapely.get_type_id(geom) == 0).all():
        raise GeoDisputedError("expected point geometries (incidents or sites)")
    x, y = shapely.get_x(geom), shapely.get_y(geom)
    return _transform(x, y, gdf.crs, GEOGRAPHIC_CRS)


def _utm(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return _transform(lon, lat, GEOGRAPHIC_CRS, METRIC_CRS)


def _rho_nu(lat: np.ndarray) -> np.ndarray:
    """Product of the WGS84 meridian and prime-vertical radii of curvature (m²) at ``lat``."""
    s2 = np.sin(np.radians(lat)) ** 2
    return _A * _A * (1 - _E2) / (1 - _E2 * s2) ** 2


def _inv_scale(easting: np.ndarray, rho_nu: np.ndarray) -> np.ndarray:
    """1 / UTM point scale factor at ``easting`` (m), given ``rho_nu`` at that latitude."""
    u = (easting - _FALSE_EASTING) ** 2 / (_K0 * _K0 * rho_nu)
    return 1.0 / (_K0 * (1 + u / 2 + u * u / 24))


def _reduced_km(
    e1: np.ndarray, n1: np.ndarray, rn1: np.ndarray, inv_k1: np.ndarray,
    e2: np.ndarray, n2: np.ndarray, rn2: np.ndarray, inv_k2: np.ndarray,
) -> np.ndarray:  # fmt: skip
    """UTM 38N grid distance reduced to the ellipsoid (km): Simpson's rule on 1/k.

    ``rn`` is :func:`_rho_nu` and ``inv_k`` :func:`_inv_scale` at each end; the midpoint uses
    the mean ``rho_nu`` of the ends (its effect on the distance is below 1e-8).
    """
    grid = np.hypot(e2 - e1, n2 - n1)
    inv_km = _inv_scale((e1 + e2) / 2, (rn1 + rn2) / 2)
    return grid * (inv_k1 + 4 * inv_km + inv_k2) / 6000.0


def _ellipsoid_terms(lon: np.ndarray, lat: np.ndarray):
    """UTM 38N easting, northing, rho*nu and 1/k of points, for :func:`_reduced_km`."""
    east, north = _utm(lon, lat)
    rho_nu = _rho_nu(lat)
    return east, north, rho_nu, _inv_scale(east, rho_nu)


def geodesic_km(
    lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray, *, exact: bool = False
) -> np.ndarray:
    """Distances in km on the WGS84 ellipsoid between (lon1, lat1) and (lon2, lat2).

    ``exact=True`` uses ``pyproj.Geod``; the default reduces UTM 38N grid distances with the
    line scale factor (within 0.001% of ``pyproj.Geod`` in Iraq, about 20x faster).
    """
    lon1, lat1, lon2, lat2 = np.broadcast_arrays(
        *(np.asarray(v, dtype=float) for v in (lon1, lat1, lon2, lat2))
    )
    if exact:
        return np.asarray(_geod().inv(lon1, lat1, lon2, lat2)[2]) / 1000.0
    return _reduced_km(*_ellipsoid_terms(lon1, lat1), *_ellipsoid_terms(lon2, lat2))


def _locate(x: np.ndarray, y: np.ndarray, polygons: np.ndarray) -> np.ndarray:
    """Position of the first polygon covering each (x, y), -1 where none does.

    ``polygons`` and the coordinates share a CRS. Each polygon tests only the points in its
    bounding box, with a prepared ``intersects_xy`` (so points on an edge are inside).
    """
    import shapely

    out = np.full(len(x), -1, dtype=np.int64)
    if not len(x) or not len(polygons):
        return out
    polygons = shapely.make_valid(np.asarray(polygons, dtype=object))
    shapely.prepare(polygons)
    bounds = shapely.bounds(polygons)
    lo_x, hi_x = np.nanmin(bounds[:, 0]), np.nanmax(bounds[:, 2])
    # bucket the points by longitude (a radix sort on small integers, O(n)), so that each
    # polygon scans only the buckets its bounding box spans
    width = (hi_x - lo_x) / _BUCKETS or 1.0
    bucket = np.clip(np.nan_to_num((x - lo_x) / width, nan=-1.0), -1, _BUCKETS).astype(np.int16)
    order = np.argsort(bucket, kind="stable")
    # start[b + 1] is where bucket b begins in sorted order (bucket -1: outside / NaN)
    start = np.concatenate([[0], np.cumsum(np.bincount(bucket + 1, minlength=_BUCKETS + 2))])
    xs, ys = x[order], y[order]
    for i in range(len(polygons) - 1, -1, -1):  # reverse: the first polygon wins on shared edges
        x0, y0, x1, y1 = bounds[i]
        if not np.isfinite(x0):
            continue
        b0, b1 = int((x0 - lo_x) / width), min(int((x1 - lo_x) / width), _BUCKETS)
        lo, hi = start[max(b0, -1) + 1], start[b1 + 2]
        bx, by = xs[lo:hi], ys[lo:hi]
        band = np.flatnonzero((bx >= x0) & (bx <= x1) & (by >= y0) & (by <= y1)) + lo
        inside = band[shapely.intersects_xy(polygons[i], xs[band], ys[band])]
        out[order[inside]] = i
    return out


def _polygons_4326(areas: gpd.GeoDataFrame) -> np.ndarray:
    """Area geometries in EPSG:4326; metric ones are densified to 100 m segments first."""
    import shapely

    geom = areas.geometry
    if geom.crs.equals(GEOGRAPHIC_CRS):
        return geom.values
    if geom.crs.is_projected:
        geom = geom.set_crs(geom.crs, allow_override=True)
        geom = geom.__class__(shapely.segmentize(geom.values, DENSIFY_M), crs=geom.crs)
    return geom.to_crs(GEOGRAPHIC_CRS).values


def assign_admin(
    gdf: gpd.GeoDataFrame,
    boundaries: gpd.GeoDataFrame,
    levels: Sequence[int] = (1, 2, 3),
) -> gpd.GeoDataFrame:
    """Add the governorate, district and sub-district each point falls in.

    Parameters
    ----------
    gdf
        Points (any CRS).
    boundaries
        Frame from :func:`geo_disputed.geo.boundaries.load_boundaries` (``level``, ``pcode``,
        ``name_en``, ``geometry``).
    levels
        Levels to assign: 1 governorate, 2 district, 3 sub-district.

    Returns
    -------
    geopandas.GeoDataFrame
        A copy with ``admin{n}`` (the boundaries' name) and ``admin{n}_pcode`` (their code)
        per level; missing for points outside every unit, and for events whose
        ``admin_precision`` column (when present) is below ``n``: an event located only to its
        governorate gets no district. Existing ``admin1``/``admin2``/``admin3`` columns (as
        reported by the source) are kept as ``admin1_reported`` ... .

    Examples
    --------
    >>> events = assign_admin(events, load_boundaries(), levels=(1, 2))  # doctest: +SKIP
    >>> events[["location", "admin1", "admin2"]]                         # doctest: +SKIP
    """
    _check(gdf)
    _check(boundaries, "boundaries")
    out = gdf.copy(deep=False)  # columns are added or replaced, never changed in place
    lon, lat = _lonlat(out)
    finest = _finest_level(out)
    units_all = boundaries.to_crs(GEOGRAPHIC_CRS)
    for level in levels:
        units = units_all[units_all["level"] == level]
        if units.empty:
            raise GeoDisputedError(f"the boundaries have no level-{level} units")
        name, pcode = f"admin{level}", f"admin{level}_pcode"
        if name in out.columns and f"{name}_reported" not in out.columns:
            out = out.rename(columns={name: f"{name}_reported"})
        hit = _locate(lon, lat, units.geometry.values)
        if finest is not None:
            hit = np.where(finest < level, -1, hit)
        out[name] = _take(units["name_en"], hit)
        out[pcode] = _take(units["pcode"], hit)
    return out


def _finest_level(gdf: pd.DataFrame) -> np.ndarray | None:
    """Finest admin level each event may be given (4 = no limit), or None without the column."""
    if PRECISION_COLUMN not in gdf:
        return None
    values = pd.to_numeric(gdf[PRECISION_COLUMN], errors="coerce")
    return values.fillna(4).to_numpy(dtype=float)


def admin_levels(boundaries: gpd.GeoDataFrame) -> list[int]:
    """The admin levels (1-3) the boundaries have."""
    return [n for n in (1, 2, 3) if (boundaries["level"] == n).any()]


def _take(values: pd.Series, positions: np.ndarray) -> pd.Categorical:
    """``values`` at ``positions`` as a categorical (missing where the position is -1)."""
    categories, codes = np.unique(values.to_numpy(dtype=str), return_inverse=True)
    mapped = np.where(positions >= 0, codes[np.maximum(positions, 0)], -1)
    return pd.Categorical.from_codes(mapped, categories=categories)


def _missing_labels(n: int) -> pd.Categorical:
    """A label column with every value missing (text categories, as :func:`_take` gives)."""
    return pd.Categorical.from_codes(np.full(n, -1), categories=pd.Index([], dtype=object))


def _flag_inside(
    gdf: gpd.GeoDataFrame,
    areas: gpd.GeoDataFrame,
    column: str,
    label: str | None = None,
    label_column: str | None = None,
) -> gpd.GeoDataFrame:
    _check(gdf)
    _check(areas, "areas")
    lon, lat = _lonlat(gdf)
    hit = _locate(lon, lat, _polygons_4326(areas))
    out = gdf.copy(deep=False)  # columns are added or replaced, never changed in place
    out[column] = hit >= 0
    if label is not None and label_column is not None and label in areas.columns:
        out[label_column] = _take(areas[label], hit)
    return out


def in_belt(gdf: gpd.GeoDataFrame, belt: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Flag points inside the security-vacuum belt.

    Parameters
    ----------
    gdf
        Points (any CRS).
    belt
        Frame from :func:`geo_disputed.geo.belt.security_vacuum_belt` (EPSG:32638, one row per
        governorate); the test runs in the belt's CRS.

    Returns
    -------
    geopandas.GeoDataFrame
        A copy with boolean ``in_belt`` and ``belt_admin1`` (the belt piece's governorate).

    Examples
    --------
    >>> events = in_belt(events, security_vacuum_belt(width_km=20))  # doctest: +SKIP
    >>> events["in_belt"].sum()                                     # doctest: +SKIP
    """
    return _flag_inside(gdf, belt, "in_belt", "admin1", "belt_admin1")


def in_disputed(gdf: gpd.GeoDataFrame, disputed: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Flag points inside the disputed territories.

    Parameters
    ----------
    gdf
        Points (any CRS).
    disputed
        Frame from :func:`geo_disputed.geo.disputed.disputed_territories` (one row per unit) or
        its dissolved outline.

    Returns
    -------
    geopandas.GeoDataFrame
        A copy with boolean ``in_disputed`` and ``disputed_unit`` (the unit, when
        ``disputed`` has a ``unit_name`` column).
    """
    return _flag_inside(gdf, disputed, "in_disputed", "unit_name", "disputed_unit")


def nearest_site(
    gdf: gpd.GeoDataFrame,
    sites: gpd.GeoDataFrame,
    *,
    name_col: str = "name_en",
    prefix: str = "nearest_site",
    exact: bool = False,
) -> gpd.GeoDataFrame:
    """Add the nearest site's name and its distance on the ellipsoid in km.

    Candidates are compared in UTM 38N (EPSG:32638): directly for up to 64 sites, with
    ``geopandas.sjoin_nearest`` for more. Distances are UTM grid distances reduced to the
    WGS84 ellipsoid (see :func:`geodesic_km`), or ``pyproj.Geod`` geodesics with
    ``exact=True``. For up to 64 sites the ranking uses the reduced distances, so it is the
    geodesic ranking (to 0.001%); with more sites it is the UTM ranking (to 0.4%).

    Parameters
    ----------
    gdf
        Points (any CRS).
    sites
        Points with a ``name_col`` column, e.g. :func:`geo_disputed.geo.sites.load_centres`.
    name_col
        Column of ``sites`` holding the name to report.
    prefix
        Names of the added columns: ``{prefix}`` and ``{prefix}_km``.
    exact
        Compute the reported distances with ``pyproj.Geod`` (slower).

    Returns
    -------
    geopandas.GeoDataFrame
        A copy with ``{prefix}`` and ``{prefix}_km``.

    Examples
    --------
    >>> events = nearest_site(events, load_centres(), prefix="nearest_centre")  # doctest: +SKIP
    """
    _check(gdf)
    _check(sites, "sites")
    if sites.empty:
        raise GeoDisputedError("no sites to measure distances to")
    if name_col not in sites.columns:
        raise GeoDisputedError(f"sites have no column {name_col!r}")
    out = gdf.copy(deep=False)  # columns are added or replaced, never changed in place
    lon, lat = _lonlat(out)
    site_lon, site_lat = _lonlat(sites)
    point = _ellipsoid_terms(lon, lat)
    site = _ellipsoid_terms(site_lon, site_lat)
    if len(sites) <= _BRUTE_FORCE_SITES:
        best = np.zeros(len(lon), dtype=np.int64)
        km = np.full(len(lon), np.inf)
        for j in range(len(sites)):
            d = _reduced_km(*point, *(term[j] for term in site))
            closer = d < km
            best[closer], km[closer] = j, d[closer]
    else:
        best = _sjoin_nearest(point[0], point[1], site[0], site[1])
        km = _reduced_km(*point, *(term[best] for term in site))
    if exact and len(lon):
        km = geodesic_km(lon, lat, site_lon[best], site_lat[best], exact=True)
    out[prefix] = _take(sites[name_col], best)
    out[f"{prefix}_km"] = km
    return out


def _sjoin_nearest(
    east: np.ndarray, north: np.ndarray, site_e: np.ndarray, site_n: np.ndarray
) -> np.ndarray:
    import geopandas as gpd

    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(east, north), crs=METRIC_CRS)
    targets = gpd.GeoDataFrame(geometry=gpd.points_from_xy(site_e, site_n), crs=METRIC_CRS)
    joined = gpd.sjoin_nearest(points, targets, how="left")
    joined = joined[~joined.index.duplicated(keep="first")]
    return joined["index_right"].to_numpy(dtype=np.int64)


def geodesic_circle(lon: float, lat: float, radius_km: float, n: int = 128):
    """Return the polygon (EPSG:4326) of points ``radius_km`` from (lon, lat) on the ellipsoid."""
    import shapely

    azimuths = np.linspace(0.0, 360.0, n, endpoint=False)
    x, y, _ = _geod().fwd(
        np.full(n, lon), np.full(n, lat), azimuths, np.full(n, radius_km * 1000.0)
    )
    return shapely.Polygon(np.column_stack([x, y]))


def _resolve_place(place: Any):
    """A place name (geocoded), shapely geometry (EPSG:4326) or GeoSeries/GeoDataFrame."""
    import geopandas as gpd
    from shapely.geometry.base import BaseGeometry

    if isinstance(place, str):
        from geo_disputed.text.geocoder import geocode

        found = geocode(place, limit=1)
        if not found:
            raise GeoDisputedError(f"no place named {place!r} in the gazetteer")
        from shapely import Point

        return Point(found[0].lon, found[0].lat)
    if isinstance(place, gpd.GeoDataFrame | gpd.GeoSeries):
        if place.crs is None:
            raise GeoDisputedError("place has no CRS")
        return place.to_crs(GEOGRAPHIC_CRS).union_all()
    if isinstance(place, BaseGeometry):
        return place
    raise GeoDisputedError(
        f"place must be a name, a shapely geometry or a GeoSeries, not {type(place).__name__}"
    )


def within(gdf: gpd.GeoDataFrame, place: Any, km: float) -> gpd.GeoDataFrame:
    """Return the points within ``km`` of a place, with their distance.

    Parameters
    ----------
    gdf
        Points (any CRS).
    place
        A place name (geocoded offline with :func:`geo_disputed.text.geocoder.geocode`, best
        candidate), a shapely geometry in EPSG:4326, or a GeoSeries/GeoDataFrame (unioned).
    km
        Distance in kilometres (>= 0).

    Returns
    -------
    geopandas.GeoDataFrame
        The matching rows (input CRS) with ``distance_km``: on the ellipsoid from a point
        place (see :func:`geodesic_km`), else measured in UTM 38N (EPSG:32638) to the nearest
        part of the geometry (0 inside it).

    Examples
    --------
    >>> within(events, "Khanaqin", km=25)                 # doctest: +SKIP
    >>> within(events, belt.to_crs(4326), km=0)           # doctest: +SKIP
    """
    import geopandas as gpd
    import shapely

    _check(gdf)
    if not np.isfinite(km) or km < 0:
        raise GeoDisputedError(f"km must be a finite number >= 0, not {km}")
    geom = _resolve_place(place)
    lon, lat = _lonlat(gdf)
    if geom.geom_type == "Point":
        distance = geodesic_km(lon, lat, geom.x, geom.y)
    else:
        target = gpd.GeoSeries([geom], crs=GEOGRAPHIC_CRS).to_crs(METRIC_CRS).iloc[0]
        east, north = _utm(lon, lat)
        distance = shapely.distance(shapely.points(east, north), target) / 1000.0
    keep = distance <= km
    out = gdf.loc[keep].copy()
    out["distance_km"] = distance[keep]
    return out


def summarize(
    gdf: pd.DataFrame,
    by: str | Sequence[str] = "admin1",
    in_belt: bool = False,
) -> pd.DataFrame:
    """Count events and fatalities by one or more keys.

    Parameters
    ----------
    gdf
        Incidents (e.g. after :func:`enrich`).
    by
        A column name or a list of them. The time buckets ``day`` (``YYYY-MM-DD``), ``week``
        (ISO ``YYYY-Www``), ``month`` (``YYYY-MM``), ``quarter`` (``YYYY-Qn``) and ``year``
        always come from ``date``, whatever columns of those names the table has.
    in_belt
        Keep only events with ``in_belt`` True (run :func:`in_belt` first); events whose
        belt membership is unknown are left out.

    Returns
    -------
    pandas.DataFrame
        Columns ``*by, events, fatalities, fatalities_unknown``: ``fatalities`` is the sum of
        the known counts, ``fatalities_unknown`` the number of events whose count is unknown
        (never counted as 0). Sorted by the keys, time buckets chronologically; events whose
        key is missing are counted under ``"(none)"``, which sorts last.

    Examples
    --------
    >>> summarize(events, by=["admin1", "month"], in_belt=True)  # doctest: +SKIP
    """
    keys = [by] if isinstance(by, str) else list(by)
    if not keys:
        raise GeoDisputedError("summarize needs at least one key in by=")
    frame = pd.DataFrame(gdf.drop(columns=gdf.geometry.name) if hasattr(gdf, "geometry") else gdf)
    if in_belt:
        if "in_belt" not in frame.columns:
            raise GeoDisputedError("no in_belt column: run query.in_belt(gdf, belt) first")
        frame = frame[frame["in_belt"].astype("boolean").fillna(False).to_numpy(dtype=bool)]
    table = pd.DataFrame(index=frame.index)
    for key in keys:
        if key in TIME_BUCKETS:
            if "date" not in frame.columns:
                raise GeoDisputedError(f"by={key!r} needs a date column")
            table[key] = time_bucket(pd.to_datetime(frame["date"]), key)
        elif key in frame.columns:
            table[key] = frame[key].astype(object)
        else:
            raise GeoDisputedError(
                f"cannot summarise by {key!r}: no such column (try {', '.join(SUMMARY_KEYS)})"
            )
        known = table[key].notna() & (table[key].astype(str) != "")
        table[key] = table[key].where(known, UNKNOWN).astype(str)
    fatalities = (
        pd.to_numeric(frame["fatalities"], errors="coerce")
        if "fatalities" in frame
        else pd.Series(np.nan, index=frame.index)
    )
    table["fatalities"] = fatalities.astype("Float64")
    table["unknown"] = fatalities.isna()
    out = (
        table.groupby(keys, sort=False)
        .agg(
            events=("unknown", "size"),
            fatalities=("fatalities", "sum"),
            fatalities_unknown=("unknown", "sum"),
        )
        .reset_index()
        .astype({"events": "int64", "fatalities": "int64", "fatalities_unknown": "int64"})
    )
    return sort_summary(out, keys)


def sort_summary(table: pd.DataFrame, keys: Sequence[str]) -> pd.DataFrame:
    """Sort a summary by its keys (labels as text), with ``"(none)"`` last in every key."""
    rows = table[list(keys)].astype(str).itertuples(index=False)
    ranks = [tuple((value == UNKNOWN, value) for value in row) for row in rows]
    order = sorted(range(len(table)), key=ranks.__getitem__)
    return table.iloc[order].reset_index(drop=True)


def time_bucket(dates: pd.Series, bucket: str) -> pd.Series:
    """Label each date with its ``day/week/month/quarter/year`` (missing dates stay missing)."""
    if bucket not in TIME_BUCKETS:
        raise GeoDisputedError(f"unknown time bucket {bucket!r}; use {', '.join(TIME_BUCKETS)}")
    if bucket == "quarter":
        labels = (
            dates.dt.year.astype("Int64").astype(str)
            + "-Q"
            + dates.dt.quarter.astype("Int64").astype(str)
        )
        return labels.where(dates.notna(), None)
    return dates.dt.strftime(TIME_BUCKETS[bucket]).where(dates.notna(), None)


def admin_agreement(
    events: gpd.GeoDataFrame, boundaries: gpd.GeoDataFrame, level: int = 1
) -> dict[str, Any]:
    """Compare the source's own admin names with the units assigned from the coordinates.

    Each distinct ``admin{level}_reported`` name is resolved in ``boundaries`` with
    :func:`geo_disputed.geo.boundaries.resolve_unit` (any spelling, kind words allowed) and
    compared with ``admin{level}_pcode`` from :func:`assign_admin`.

    Returns
    -------
    dict
        ``compared`` (events with both a reported name that resolves and an assigned unit),
        ``agree``, ``share`` (agree / compared, NaN when nothing compared), ``unresolved``
        (reported name -> events, for names that match no unit), ``disagreements``
        (a DataFrame ``reported, assigned, events``, largest first).
    """
    from geo_disputed.geo.boundaries import resolve_unit

    reported_col, pcode_col = f"admin{level}_reported", f"admin{level}_pcode"
    if reported_col not in events or pcode_col not in events:
        raise GeoDisputedError(
            f"admin_agreement needs {reported_col} and {pcode_col}: load a file with admin "
            "names and run enrich or assign_admin first"
        )
    reported = events[reported_col].astype(object).where(events[reported_col].notna(), "")
    reported = reported.astype(str).str.strip()
    resolved: dict[str, str | None] = {}
    for name in reported[reported != ""].unique():
        try:
            resolved[name] = str(resolve_unit(boundaries, name, level=level)["pcode"])
        except GeoDisputedError:
            resolved[name] = None
    want = reported.map(resolved)
    got = events[pcode_col].astype(object)
    both = want.notna() & got.notna()
    agree = both & (want == got)
    unresolved = reported[(reported != "") & want.isna()].value_counts()
    names = dict(zip(boundaries["pcode"], boundaries["name_en"], strict=False))
    wrong = pd.DataFrame(
        {"reported": reported[both & ~agree], "assigned": got[both & ~agree].map(names)}
    )
    disagreements = (
        wrong.value_counts().rename("events").reset_index()
        if len(wrong)
        else pd.DataFrame(columns=["reported", "assigned", "events"])
    )
    compared = int(both.sum())
    return {
        "compared": compared,
        "agree": int(agree.sum()),
        "share": agree.sum() / compared if compared else float("nan"),
        "unresolved": {str(k): int(v) for k, v in unresolved.items()},
        "disagreements": disagreements,
    }


def coverage(
    sites: gpd.GeoDataFrame,
    radius_km: float = 20.0,
    belt: gpd.GeoDataFrame | None = None,
    *,
    boundaries: gpd.GeoDataFrame | None = None,
    width_km: float = 20.0,
) -> gpd.GeoDataFrame:
    """How much of the belt lies within ``radius_km`` of a site, per belt piece.

    Parameters
    ----------
    sites
        Points (e.g. :func:`geo_disputed.geo.sites.load_centres`).
    radius_km
        Reach of each site, as a geodesic circle.
    belt
        Frame from :func:`geo_disputed.geo.belt.security_vacuum_belt`; built with ``width_km``
        and ``boundaries`` when ``None``.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per belt piece (EPSG:32638): ``admin1``, ``area_km2``, ``covered_km2``,
        ``uncovered_km2``, ``covered_share`` (0-1), and as geometry the part of the piece
        farther than ``radius_km`` from every site.

    Examples
    --------
    >>> coverage(load_centres(), radius_km=20)[["admin1", "covered_share"]]  # doctest: +SKIP
    """
    import geopandas as gpd

    _check(sites, "sites")
    if not np.isfinite(radius_km) or radius_km <= 0:
        raise GeoDisputedError(f"radius_km must be a positive number, not {radius_km}")
    if belt is None:
        from geo_disputed.geo.belt import security_vacuum_belt

        belt = security_vacuum_belt(width_km=width_km, boundaries=boundaries)
    _check(belt, "belt")
    pieces = belt.to_crs(METRIC_CRS)
    lon, lat = _lonlat(sites)
    circles = gpd.GeoSeries(
        [geodesic_circle(x, y, radius_km) for x, y in zip(lon, lat, strict=True)],
        crs=GEOGRAPHIC_CRS,
    ).to_crs(METRIC_CRS)
    reach = circles.union_all()
    uncovered = pieces.geometry.difference(reach)
    area = pieces.geometry.area / 1e6
    left = uncovered.area / 1e6
    out = gpd.GeoDataFrame(
        {
            "admin1": pieces["admin1"] if "admin1" in pieces else np.arange(len(pieces)),
            "area_km2": area.to_numpy(),
            "covered_km2": np.clip((area - left).to_numpy(), 0.0, None),
            "uncovered_km2": left.to_numpy(),
        },
        geometry=uncovered.to_numpy(),
        crs=METRIC_CRS,
    )
    out["covered_share"] = np.where(
        out["area_km2"] > 0,
        out["covered_km2"] / out["area_km2"].where(out["area_km2"] > 0, 1.0),
        0.0,
    )
    return out


def in_iraq(gdf: gpd.GeoDataFrame, boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Flag points inside Iraq's outline (level 0 of the boundaries, else their union).

    Returns a copy with boolean ``in_iraq``.
    """
    import geopandas as gpd

    from geo_disputed.geo.boundaries import country_outline

    outline = gpd.GeoDataFrame(geometry=[country_outline(boundaries)], crs=boundaries.crs)
    return _flag_inside(gdf, outline, "in_iraq")


def enrich(
    events: gpd.GeoDataFrame,
    boundaries: gpd.GeoDataFrame,
    belt: gpd.GeoDataFrame | None = None,
    centres: gpd.GeoDataFrame | None = None,
    disputed: gpd.GeoDataFrame | None = None,
    *,
    levels: Sequence[int] | None = None,
    prefix: str = "nearest_centre",
) -> gpd.GeoDataFrame:
    """Add admin units, Iraq/belt/disputed flags and the nearest centre to incidents.

    Parameters
    ----------
    events
        Points, e.g. ``load_incidents(...).accepted``.
    boundaries
        Frame from :func:`geo_disputed.geo.boundaries.load_boundaries` (any levels).
    belt, centres
        The belt (:func:`geo_disputed.geo.belt.security_vacuum_belt`) and the sites to measure
        to (:func:`geo_disputed.geo.sites.load_centres`); a step whose input is ``None`` is
        skipped.
    disputed
        Disputed territories; default :func:`geo_disputed.geo.disputed.disputed_territories`
        of ``boundaries``. Without districts there are none and ``in_disputed`` stays
        unknown.
    levels
        Admin levels to assign; default every level the boundaries have (the others are
        added empty).
    prefix
        Column prefix of the nearest site.

    Returns
    -------
    geopandas.GeoDataFrame
        ``admin1, admin2, admin3`` with their ``_pcode`` (see :func:`assign_admin`; no unit
        finer than the event's ``admin_precision``), ``in_iraq``, ``in_belt`` and
        ``belt_admin1``, ``in_disputed`` and ``disputed_unit``, ``{prefix}`` and
        ``{prefix}_km`` (ellipsoidal km). ``in_belt``/``in_disputed`` are nullable booleans:
        unknown (``<NA>``) for events located only to the country or beyond
        (``admin_precision`` 0), which also get no distance; ``in_disputed`` is unknown for
        every event when there are no disputed territories.
    """
    if levels is None:
        levels = admin_levels(boundaries)
    out = assign_admin(events, boundaries, levels=levels)
    for n in sorted({1, 2, 3} - set(levels)):
        if f"admin{n}" in out and f"admin{n}_reported" not in out:
            out = out.rename(columns={f"admin{n}": f"admin{n}_reported"})
        out[f"admin{n}"] = out[f"admin{n}_pcode"] = _missing_labels(len(out))
    out = in_iraq(out, boundaries)
    if disputed is None:
        from geo_disputed.geo.disputed import disputed_layer

        disputed = disputed_layer(boundaries)[0]
    if belt is not None:
        out = in_belt(out, belt)
    if disputed is not None:
        out = in_disputed(out, disputed)
    else:
        out["in_disputed"] = pd.array([pd.NA] * len(out), dtype="boolean")
        out["disputed_unit"] = _missing_labels(len(out))
    if centres is not None:
        out = nearest_site(out, centres, prefix=prefix)
    finest = _finest_level(out)
    nowhere = np.zeros(len(out), dtype=bool) if finest is None else finest < 1
    for column in ("in_belt", "in_disputed"):
        if column in out:
            out[column] = out[column].astype("boolean").mask(nowhere)
    if centres is not None and nowhere.any():
        out[f"{prefix}_km"] = out[f"{prefix}_km"].mask(nowhere)
        out[prefix] = out[prefix].mask(nowhere)
    return out
