"""The joint security coordination centres (``data/coordination_centres.csv``) as points.

Most centres have no verified coordinate: their rows leave ``lat``/``lon`` empty and name a
``place_query`` that the offline gazetteer positions. Each centre keeps the ``precision`` its
row states (``town``, ``governorate`` ...) and says where its point came from.

The security-vacuum hotspots (``data/vacuum_hotspots.csv``, :func:`load_hotspots`) are
mostly not points: a row is located by its own coordinate, by the OCHA unit(s) its source
names, or by the two units it lies between; :func:`hotspot_areas` gives the units' polygons.

Examples
--------
>>> from geo_disputed.geo.sites import load_centres
>>> centres = load_centres()
>>> len(centres), str(centres.crs), centres["centre_id"].iloc[0]
(6, 'EPSG:4326', 'JCC-BGD')
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from geo_disputed import settings
from geo_disputed.crs import METRIC
from geo_disputed.curated import data_path, read_rows, split_names
from geo_disputed.errors import DataError

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from geo_disputed.text.geocoder import Candidate

CENTRES_CSV = "coordination_centres.csv"
REQUIRED = ("centre_id", "name_en", "centre_type", "place_query", "lat", "lon", "precision",
            "admin1")  # fmt: skip
DATE_FIELDS = ("agreed_date", "opened_date")


def load_centres(
    path: str | os.PathLike[str] | None = None,
    *,
    geocoder: Callable[..., list[Candidate]] | None = None,
) -> gpd.GeoDataFrame:
    """Load the coordination centres as a point GeoDataFrame (EPSG:4326).

    Parameters
    ----------
    path
        CSV with the columns of ``data/coordination_centres.csv`` (default: that file).
    geocoder
        Function with the signature of :func:`geo_disputed.text.geocoder.geocode`, used for rows
        without ``lat``/``lon`` (default: the offline gazetteer).

    Returns
    -------
    geopandas.GeoDataFrame
        Every column of the CSV, ``agreed_date``/``opened_date`` as datetime64 (NaT when
        empty), ``lat``/``lon`` as floats, plus ``position_source`` (``"csv"`` or
        ``"gazetteer: <place> (<kind>)"``), ``position_precision`` (what the point stands for:
        the row's ``precision`` for CSV coordinates, the gazetteer's for geocoded ones) and
        ``geometry``. CRS EPSG:4326.

    Raises
    ------
    DataError
        Naming the file, row and field: a missing column or value, a bad coordinate or date,
        a duplicate ``centre_id``, or a ``place_query`` the gazetteer does not know.
    """
    import geopandas as gpd
    import pandas as pd

    path = Path(path) if path is not None else data_path(CENTRES_CSV)
    if path.is_dir():  # read_rows reports a missing file, not a directory
        raise DataError(path, "is a directory, not a file")
    rows = read_rows(
        path,
        REQUIRED,
        nonempty=("centre_id", "name_en", "precision", "source", "confidence"),
        coords=("lat", "lon"),
    )
    if geocoder is None:
        from geo_disputed.text.geocoder import geocode

        geocoder = geocode
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        if row["centre_id"] in seen:
            raise DataError(
                path,
                f"duplicate centre_id (first at row {seen[row['centre_id']]})",
                row=number,
                field="centre_id",
            )
        seen[row["centre_id"]] = number
        for name in DATE_FIELDS:
            if row.get(name) and pd.isna(
                pd.to_datetime(row[name], format="%Y-%m-%d", errors="coerce")
            ):
                raise DataError(
                    path, f"{row[name]!r} is not a YYYY-MM-DD date", row=number, field=name
                )
        if row["lat"]:
            row["position_source"] = "csv"
            row["position_precision"] = row["precision"]
            continue
        if not row["place_query"]:
            raise DataError(
                path, "no lat/lon and no place_query to geocode", row=number, field="place_query"
            )
        found = geocoder(row["place_query"], admin1=row["admin1"] or None, limit=1)
        if not found:
            raise DataError(
                path,
                f"place {row['place_query']!r} not found in the gazetteer",
                row=number,
                field="place_query",
            )
        best = found[0]
        if best.ambiguous:
            settings.logger.warning(
                "%s, row %d: place_query %r is ambiguous; using %s (%s)",
                path,
                number,
                row["place_query"],
                best.name_en,
                best.admin1,
            )
        row["lat"], row["lon"] = str(best.lat), str(best.lon)
        row["position_source"] = f"gazetteer: {best.name_en} ({best.kind})"
        row["position_precision"] = best.precision
    frame = pd.DataFrame(rows)
    if frame.empty:
        frame = pd.DataFrame(columns=[*REQUIRED, "position_source", "position_precision"])
    frame["lat"] = frame["lat"].astype(float)
    frame["lon"] = frame["lon"].astype(float)
    for name in DATE_FIELDS:
        if name in frame:
            frame[name] = pd.to_datetime(frame[name].replace("", None), format="%Y-%m-%d")
    return gpd.GeoDataFrame(
        frame, geometry=gpd.points_from_xy(frame["lon"], frame["lat"]), crs="EPSG:4326"
    )


HOTSPOTS_CSV = "vacuum_hotspots.csv"
HOTSPOT_REQUIRED = ("id", "name_en", "name_ar", "kind", "precision", "lat", "lon", "admin1",
                    "pcodes", "statement_date", "facts_ref", "retrieved_from", "note")  # fmt: skip
HOTSPOT_NONEMPTY = ("id", "name_en", "kind", "precision", "admin1", "pcodes", "source",
                    "confidence")  # fmt: skip
#: How a hotspot is located: its own coordinate, the OCHA unit(s) the source names, or the
#: two units the source says it lies between.
HOTSPOT_PRECISIONS = ("point", "unit", "between")
_ADM1 = re.compile(r"IQG\d\d")
_PCODE = re.compile(r"IQG\d\d(Q\d\d)?")
_PARTIAL_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def load_hotspots(path: str | os.PathLike[str] | None = None) -> gpd.GeoDataFrame:
    """Load the security-vacuum hotspots (``data/vacuum_hotspots.csv``), EPSG:4326.

    Parameters
    ----------
    path
        CSV with the columns of ``data/vacuum_hotspots.csv`` (default: that file).

    Returns
    -------
    geopandas.GeoDataFrame
        Every column of the CSV, ``lat``/``lon`` as floats (NaN when unknown) and
        ``geometry``: a point for ``point`` rows only, null for ``unit`` and ``between`` rows
        (their areas come from :func:`hotspot_areas`). CRS EPSG:4326.

    Raises
    ------
    DataError
        Naming the file, row and field: a missing column or value, a duplicate ``id``, an
        unknown ``precision``, a point without coordinates or a unit row with them, a
        malformed p-code (``between`` needs exactly two) or ``statement_date``.
    """
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    path = Path(path) if path is not None else data_path(HOTSPOTS_CSV)
    if path.is_dir():
        raise DataError(path, "is a directory, not a file")
    rows = read_rows(
        path,
        HOTSPOT_REQUIRED,
        nonempty=HOTSPOT_NONEMPTY,
        coords=("lat", "lon"),
    )
    seen: dict[str, int] = {}
    geometries: list[Point | None] = []
    for number, row in enumerate(rows, start=2):
        _check_hotspot(path, number, row, seen)
        located = row["precision"] == "point"
        geometries.append(Point(float(row["lon"]), float(row["lat"])) if located else None)
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else [*HOTSPOT_REQUIRED])
    for name in ("lat", "lon"):
        frame[name] = pd.to_numeric(frame[name].replace("", None)).astype(float)
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometries, crs="EPSG:4326"))


def _check_hotspot(path: Path, number: int, row: dict[str, str], seen: dict[str, int]) -> None:
    if row["id"] in seen:
        raise DataError(
            path, f"duplicate id (first at row {seen[row['id']]})", row=number, field="id"
        )
    seen[row["id"]] = number
    precision = row["precision"]
    if precision not in HOTSPOT_PRECISIONS:
        raise DataError(
            path,
            f"precision {precision!r} is not one of {list(HOTSPOT_PRECISIONS)}",
            row=number,
            field="precision",
        )
    if precision == "point" and not row["lat"]:
        raise DataError(path, "a point row needs lat/lon", row=number, field="lat")
    if precision != "point" and row["lat"]:
        raise DataError(path, f"a {precision} row must not carry lat/lon", row=number, field="lat")
    for name, pattern in (("admin1", _ADM1), ("pcodes", _PCODE)):
        for code in split_names(row[name]):
            if not pattern.fullmatch(code):
                raise DataError(path, f"{code!r} is not an OCHA p-code", row=number, field=name)
    if precision == "between" and len(split_names(row["pcodes"])) != 2:
        raise DataError(path, "a between row names exactly two units", row=number, field="pcodes")
    date = row["statement_date"]
    if date and (not _PARTIAL_DATE.fullmatch(date) or _bad_date(date)):
        message = f"{date!r} is not a YYYY, YYYY-MM or YYYY-MM-DD date"
        raise DataError(path, message, row=number, field="statement_date")


def _bad_date(text: str) -> bool:
    """Whether ``text`` (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) is not a real date."""
    import pandas as pd

    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    fmt = formats.get(len(text))
    return fmt is None or pd.isna(pd.to_datetime(text, format=fmt, errors="coerce"))


def hotspot_areas(hotspots: gpd.GeoDataFrame, boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The polygons of the units that ``unit`` and ``between`` hotspots name.

    Parameters
    ----------
    hotspots
        Frame from :func:`load_hotspots`.
    boundaries
        Frame from :func:`~geo_disputed.geo.boundaries.load_boundaries` (``ocha_pcode``).
        Without districts (geoBoundaries ADM1), districts are approximated
        (:func:`~geo_disputed.geo.admin_units.unit_polygons`).

    Returns
    -------
    geopandas.GeoDataFrame
        One row per (hotspot, p-code) the boundaries know: ``id``, ``precision``, ``pcode``,
        ``unit_name``, ``approximate``, ``geometry`` (the unit's polygon, in the boundaries'
        CRS). ``point`` rows are left out; so are units these boundaries cannot place (a
        sub-district without sub-districts drawn), which :func:`unlocated_hotspots` lists.
    """
    import geopandas as gpd

    from geo_disputed.geo.admin_units import unit_polygons

    units = unit_polygons(boundaries).set_index("ocha_pcode")
    records = []
    for _, spot in hotspots[hotspots["precision"] != "point"].iterrows():
        for code in split_names(spot["pcodes"]):
            if code not in units.index:
                continue
            unit = units.loc[code]
            records.append({"id": spot["id"], "precision": spot["precision"], "pcode": code,
                            "unit_name": unit["name_en"], "approximate": unit["approximate"],
                            "geometry": unit.geometry})  # fmt: skip
    columns = ["id", "precision", "pcode", "unit_name", "approximate", "geometry"]
    return gpd.GeoDataFrame(records, columns=columns, geometry="geometry", crs=boundaries.crs)


def unlocated_hotspots(hotspots: gpd.GeoDataFrame, areas: gpd.GeoDataFrame) -> list[str]:
    """Ids of the hotspots with neither a point nor a unit in ``areas``
    (:func:`hotspot_areas`)."""
    placed = set(areas["id"]) | set(hotspots.loc[hotspots.geometry.notna(), "id"])
    return [i for i in hotspots["id"] if i not in placed]


def hotspot_belt_distances(
    hotspots: gpd.GeoDataFrame,
    belt_pieces: gpd.GeoDataFrame,
    *,
    areas: gpd.GeoDataFrame | None = None,
) -> pd.DataFrame:
    """Distance (km, EPSG:32638) from each located hotspot to the belt.

    Parameters
    ----------
    hotspots
        Frame from :func:`load_hotspots`; its ``point`` rows are measured from the point.
    belt_pieces
        The belt's pieces (:attr:`geo_disputed.geo.belt.Belt.pieces`).
    areas
        Frame from :func:`hotspot_areas`; when given, every ``unit``/``between`` hotspot is
        measured from the union of its units (0 when they touch the belt).

    Returns
    -------
    pandas.DataFrame
        ``id``, ``precision``, ``measured_from`` (``"point"`` or the p-codes) and
        ``distance_km``, one row per located hotspot, in the order of ``hotspots``.
    """
    import pandas as pd

    belt = belt_pieces.to_crs(METRIC).geometry.union_all()
    records = []
    points = hotspots[hotspots.geometry.notna()].to_crs(METRIC)
    metric_areas = areas.to_crs(METRIC) if areas is not None else None
    for _, spot in hotspots.iterrows():
        if spot["id"] in set(points["id"]):
            geometry = points.loc[points["id"] == spot["id"]].geometry.iloc[0]
            measured = "point"
        elif metric_areas is not None and spot["id"] in set(metric_areas["id"]):
            mine = metric_areas[metric_areas["id"] == spot["id"]]
            geometry = mine.geometry.union_all()
            measured = "|".join(mine["pcode"])
        else:
            continue
        records.append({"id": spot["id"], "precision": spot["precision"],
                        "measured_from": measured,
                        "distance_km": geometry.distance(belt) / 1000.0})  # fmt: skip
    return pd.DataFrame(records, columns=["id", "precision", "measured_from", "distance_km"])
