"""The joint security coordination centres (``data/coordination_centres.csv``) as points.

Most centres have no verified coordinate: their rows leave ``lat``/``lon`` empty and name a
``place_query`` that the offline gazetteer positions. Each centre keeps the ``precision`` its
row states (``town``, ``governorate`` ...) and says where its point came from.

Examples
--------
>>> from geo_disputed.geo.sites import load_centres
>>> centres = load_centres()
>>> len(centres), str(centres.crs), centres["centre_id"].iloc[0]
(6, 'EPSG:4326', 'JCC-BGD')
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from geo_disputed import settings
from geo_disputed.curated import data_path, read_rows
from geo_disputed.errors import DataError

if TYPE_CHECKING:
    import geopandas as gpd

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
