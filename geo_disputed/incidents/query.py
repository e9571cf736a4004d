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
>>> from geo_disputed.geo.sites import load_centres
>>> from geo_disputed.incidents import load_incidents, query
>>> events = load_incidents("data/incidents.csv").accepted
>>> query.summarize(events, by="year")["events"].tolist()
[3, 9, 13, 4, 7]
>>> events = query.nearest_site(events, load_centres())
>>> bool((events["nearest_site_km"] > 0).all())
True
>>> events = query.assign_admin(events, load_boundaries())          # doctest: +SKIP
>>> query.summarize(events, by=["admin1", "month"])                 # doctest: +SKIP
>>> query.within(events, "Kirkuk", km=50)                           # doctest: +SKIP
>>> # a Belt (geo_disputed.geo.belt.security_vacuum_belt) or its pieces' frame:
>>> query.in_belt(events, belt)["in_belt"].sum()                    # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geo_disputed import crs
from geo_disputed.crs import GEOGRAPHIC, METRIC, geodesic_km
from geo_disputed.errors import GeoDisputedError
from geo_disputed.geo.belt import Belt
from geo_disputed.geo.boundaries import country_outline
from geo_disputed.geo.disputed import disputed_layer
from geo_disputed.text.gazetteer import Gazetteer
from geo_disputed.text.geocoder import geocode

if TYPE_CHECKING:
    import geopandas as gpd

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


def _check(gdf: Any, what: str = "gdf") -> None:
    import geopandas as gpd

    if not isinstance(gdf, gpd.GeoDataFrame):
        raise GeoDisputedError(f"{what} must be a GeoDataFrame, not {type(gdf).__name__}")
    if gdf.crs is None:
        raise GeoDisputedError(f"{what} has no CRS; set one (e.g. gdf.set_crs(4326))")


def _lonlat(gdf: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Longitude/latitude arrays (EPSG:4326) of point geometries; NaN for empty/missing."""
    import shapely

    geom = np.asarray(gdf.geometry.array)  # plain object array: shapely ufuncs run directly
    if len(geom) and not (shapely.get_type_id(geom) == 0).all():
        raise GeoDisputedError("expected point geometries (incidents or sites)")
    x, y = shapely.get_x(geom), shapely.get_y(geom)
    return crs.transform(x, y, gdf.crs, GEOGRAPHIC)


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
    if geom.crs.equals(GEOGRAPHIC):
        return geom.values
    if geom.crs.is_projected:
        geom = geom.set_crs(geom.crs, allow_override=True)
        geom = geom.__class__(shapely.segmentize(geom.values, DENSIFY_M), crs=geom.crs)
    return geom.to_crs(GEOGRAPHIC).values


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
    With boundary files at hand (not run here)::

        events = assign_admin(events, load_boundaries(), levels=(1, 2))
        events[["location", "admin1", "admin2"]]
    """
    _check(gdf)
    _check(boundaries, "boundaries")
    out = gdf.copy(deep=False)  # columns are added or replaced, never changed in place
    lon, lat = _lonlat(out)
    finest = _finest_level(out)
    units_all = boundaries.to_crs(GEOGRAPHIC)
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
    return pd.Categorical.from_codes(mapped, categories=pd.Index(categories))


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


def in_belt(gdf: gpd.GeoDataFrame, belt: Belt | gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Flag points inside the security-vacuum belt.

    Parameters
    ----------
    gdf
        Points (any CRS).
    belt
        A :class:`~geo_disputed.geo.belt.Belt` (from
        :func:`~geo_disputed.geo.belt.security_vacuum_belt`) or its ``pieces`` frame (one row
        per governorate, any CRS, e.g. read back from a GeoPackage).

    Returns
    -------
    geopandas.GeoDataFrame
        A copy with boolean ``in_belt`` and ``belt_admin1`` (the belt piece's governorate).

    Examples
    --------
    With boundaries loaded (not run here)::

        events = in_belt(events, security_vacuum_belt(boundaries))
        events["in_belt"].sum()
    """
    return _flag_inside(gdf, _pieces(belt), "in_belt", "admin1", "belt_admin1")


def _pieces(belt: Belt | gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The belt's polygons: a Belt's ``pieces``, or the frame given."""
    return belt.pieces if isinstance(belt, Belt) else belt


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
    >>> from geo_disputed.geo.sites import load_centres
    >>> from geo_disputed.incidents import load_incidents
    >>> events = load_incidents("data/incidents.csv").accepted
    >>> events = nearest_site(events, load_centres(), prefix="nearest_centre")
    >>> bool(events["nearest_centre"].notna().all())
    True
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
    point = crs.ellipsoid_terms(lon, lat)
    site = crs.ellipsoid_terms(site_lon, site_lat)
    if len(sites) <= _BRUTE_FORCE_SITES:
        best = np.zeros(len(lon), dtype=np.int64)
        km = np.full(len(lon), np.inf)
        for j in range(len(sites)):
            d = crs.reduced_km(*point, *(term[j] for term in site))
            closer = d < km
            best[closer], km[closer] = j, d[closer]
    else:
        best = _sjoin_nearest(point[0], point[1], site[0], site[1])
        km = crs.reduced_km(*point, *(term[best] for term in site))
    if exact and len(lon):
        km = geodesic_km(lon, lat, site_lon[best], site_lat[best], exact=True)
    out[prefix] = _take(sites[name_col], best)
    out[f"{prefix}_km"] = km
    return out


def _sjoin_nearest(
    east: np.ndarray, north: np.ndarray, site_e: np.ndarray, site_n: np.ndarray
) -> np.ndarray:
    import geopandas as gpd

    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(east, north), crs=METRIC)
    targets = gpd.GeoDataFrame(geometry=gpd.points_from_xy(site_e, site_n), crs=METRIC)
    joined = gpd.sjoin_nearest(points, targets, how="left")
    joined = joined[~joined.index.duplicated(keep="first")]
    return joined["index_right"].to_numpy(dtype=np.int64)


def _resolve_place(place: Any, gazetteer: Gazetteer | None) -> Any:
    """A place name (geocoded) or GeoSeries/GeoDataFrame, as one geometry in EPSG:4326."""
    import geopandas as gpd
    from shapely import Point
    from shapely.geometry.base import BaseGeometry

    if isinstance(place, str):
        found = geocode(place, limit=1, gazetteer=gazetteer)
        if not found:
            raise GeoDisputedError(f"no place named {place!r} in the gazetteer")
        return Point(found[0].lon, found[0].lat)
    if isinstance(place, gpd.GeoDataFrame | gpd.GeoSeries):
        if place.crs is None:
            raise GeoDisputedError("place has no CRS; set one (e.g. .set_crs('EPSG:4326'))")
        return place.to_crs(GEOGRAPHIC).union_all()
    if isinstance(place, BaseGeometry):
        raise GeoDisputedError(
            "a bare geometry has no CRS: wrap it, e.g. gpd.GeoSeries([geometry], crs='EPSG:4326')"
        )
    raise GeoDisputedError(
        f"place must be a name or a GeoSeries/GeoDataFrame, not {type(place).__name__}"
    )


def within(
    gdf: gpd.GeoDataFrame, place: Any, *, km: float, gazetteer: Gazetteer | None = None
) -> gpd.GeoDataFrame:
    """Return the points within ``km`` of a place, with their distance.

    Parameters
    ----------
    gdf
        Points (any CRS).
    place
        A place name (geocoded offline with :func:`geo_disputed.text.geocoder.geocode`, best
        candidate) or a GeoSeries/GeoDataFrame in any CRS (unioned). A bare shapely geometry
        is refused: it does not say its CRS.
    km
        Distance in kilometres (>= 0).
    gazetteer
        For a place name (default: :func:`~geo_disputed.text.gazetteer.load_gazetteer`).

    Returns
    -------
    geopandas.GeoDataFrame
        The matching rows (input CRS) with ``distance_km``: on the ellipsoid from a point
        place (see :func:`geodesic_km`), else measured in UTM 38N (EPSG:32638) to the nearest
        part of the geometry (0 inside it).

    Examples
    --------
    With a belt built (not run here)::

        within(events, "Khanaqin", km=25)
        within(events, belt.pieces, km=0)
    """
    import geopandas as gpd
    import shapely

    _check(gdf)
    if not np.isfinite(km) or km < 0:
        raise GeoDisputedError(f"km must be a finite number >= 0, not {km}")
    geom = _resolve_place(place, gazetteer)
    lon, lat = _lonlat(gdf)
    if geom.geom_type == "Point":
        distance = geodesic_km(lon, lat, geom.x, geom.y)
    else:
        target = gpd.GeoSeries([geom], crs=GEOGRAPHIC).to_crs(METRIC).iloc[0]
        east, north = crs.to_metric(lon, lat)
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
    >>> from geo_disputed.incidents import load_incidents
    >>> events = load_incidents("data/incidents.csv").accepted
    >>> int(summarize(events, by="event_type")["events"].sum())
    36

    With the belt flags of :func:`in_belt` (or :func:`enrich`)::

        summarize(events, by=["admin1", "month"], in_belt=True)
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
    sites: gpd.GeoDataFrame, belt: Belt | gpd.GeoDataFrame, *, radius_km: float = 20.0
) -> gpd.GeoDataFrame:
    """How much of the belt lies within ``radius_km`` of a site, per belt piece.

    Parameters
    ----------
    sites
        Points (e.g. :func:`geo_disputed.geo.sites.load_centres`).
    belt
        A :class:`~geo_disputed.geo.belt.Belt` or its ``pieces`` frame (any CRS).
    radius_km
        Reach of each site, as a geodesic circle.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per belt piece (EPSG:32638): ``admin1``, ``area_km2``, ``covered_km2``,
        ``uncovered_km2``, ``covered_share`` (0-1), and as geometry the part of the piece
        farther than ``radius_km`` from every site.

    Examples
    --------
    With a belt built (not run here)::

        coverage(load_centres(), belt, radius_km=20)[["admin1", "covered_share"]]
    """
    import geopandas as gpd

    _check(sites, "sites")
    if not np.isfinite(radius_km) or radius_km <= 0:
        raise GeoDisputedError(f"radius_km must be a positive number, not {radius_km}")
    pieces = _pieces(belt)
    _check(pieces, "belt")
    pieces = pieces.to_crs(METRIC)
    lon, lat = _lonlat(sites)
    circles = gpd.GeoSeries(
        [crs.geodesic_circle(x, y, radius_km) for x, y in zip(lon, lat, strict=True)],
        crs=GEOGRAPHIC,
    ).to_crs(METRIC)
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
        crs=METRIC,
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

    outline = gpd.GeoDataFrame(geometry=[country_outline(boundaries)], crs=boundaries.crs)
    return _flag_inside(gdf, outline, "in_iraq")


def clip_to_iraq(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Keep the events inside Iraq (``in_iraq`` True; run :func:`in_iraq` or :func:`enrich`
    first)."""
    if "in_iraq" not in events:
        raise GeoDisputedError("no in_iraq column: run query.in_iraq(gdf, boundaries) first")
    return events[events["in_iraq"].astype(bool).to_numpy()]


def agreement_report(events: gpd.GeoDataFrame, boundaries: gpd.GeoDataFrame) -> str:
    """One line on how often the source's own governorate (``admin1_reported``) agrees with
    the one assigned from the coordinates (:func:`admin_agreement`); ``""`` when the events
    report none."""
    if "admin1_reported" not in events or not events["admin1_reported"].astype(str).ne("").any():
        return ""
    found = admin_agreement(events, boundaries, level=1)
    if not found["compared"]:
        return ""
    line = (
        f"admin1 agreement: {found['share']:.1%} of {found['compared']} events whose reported "
        f"governorate resolves agree with the one assigned from their coordinates"
    )
    if len(found["disagreements"]):
        top = found["disagreements"].head(3)
        line += "; most common disagreements: " + ", ".join(
            f"{r.reported} -> {r.assigned} ({r.events})" for r in top.itertuples()
        )
    if found["unresolved"]:
        names = list(found["unresolved"])[:5]
        line += f"; {len(found['unresolved'])} reported name(s) match no unit: {', '.join(names)}"
    return line


def format_summary(table: pd.DataFrame) -> str:
    """Render a :func:`summarize` table as aligned text with a total row."""
    counts = ["events", "fatalities", "fatalities_unknown"]
    keys = [c for c in table.columns if c not in counts]
    rows = [[str(v) for v in row] for row in table.itertuples(index=False)]
    total = ["total", *[""] * (len(keys) - 1), *(str(int(table[c].sum())) for c in counts)]
    header = [*keys, *counts]
    widths = [max(len(r[i]) for r in [header, total, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        left = [c.ljust(w) for c, w in zip(cells[: len(keys)], widths, strict=False)]
        right = [c.rjust(w) for c, w in zip(cells[len(keys) :], widths[len(keys) :], strict=True)]
        return "  ".join(left + right)

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows), rule, line(total)])


def enrich(
    events: gpd.GeoDataFrame,
    boundaries: gpd.GeoDataFrame,
    *,
    belt: Belt | gpd.GeoDataFrame | None = None,
    centres: gpd.GeoDataFrame | None = None,
    disputed: gpd.GeoDataFrame | None = None,
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
