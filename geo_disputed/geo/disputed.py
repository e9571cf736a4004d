"""Article 140 disputed territories and the Kurdistan Region as polygons.

The disputed territories are the units listed in ``data/disputed_units.csv`` (by default
those covered by UNAMI's 2009 Disputed Internal Boundaries reports), matched to the loaded
boundaries by p-code, else by name (see :func:`geo_disputed.geo.boundaries.resolve_unit`), so
the same table works with OCHA COD-AB and geoBoundaries files.

Outputs are in EPSG:4326, like the boundaries; ``area_km2`` is computed in UTM 38N
(EPSG:32638).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from geo_disputed import settings
from geo_disputed.crs import GEOGRAPHIC, METRIC
from geo_disputed.curated import data_path, read_rows
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.geo.admin_units import district_cells, parent_pcode
from geo_disputed.geo.boundaries import resolve_unit

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

DISPUTED_UNITS_CSV = "disputed_units.csv"
UNAMI_2009 = "UNAMI 2009"
#: OCHA p-codes of the Kurdistan Region's governorates: Duhok, Erbil, Al-Sulaymaniyah. A
#: Halabja governorate (separated from Al-Sulaymaniyah in 2014; OCHA 2019 has it as a
#: district) is a member wherever the boundaries draw it: it matches OCHA's district.
KRI_PCODES = ("IQG09", "IQG11", "IQG06")
NEEDS_DISTRICTS = (
    "the disputed territories are districts and sub-districts, and these boundaries have "
    "only levels {levels}: run `geo-disputed data fetch` (geoBoundaries ADM1 + ADM2) or pass "
    "OCHA COD-AB files (irq_admbnda_adm2_*) with --boundaries DIR"
)
_LEVEL_WORDS = {
    "1": 1, "governorate": 1,
    "2": 2, "district": 2,
    "3": 3, "subdistrict": 3, "sub-district": 3,
}  # fmt: skip
_REQUIRED = ("unit_name", "level", "pcode", "listed_by")

UnitsLike = str | os.PathLike[str] | Sequence[str] | None


def load_disputed_units(path: str | os.PathLike[str] | None = None) -> list[dict[str, str]]:
    """Read ``data/disputed_units.csv`` (or ``path``), validating every row.

    Returns
    -------
    list of dict
        One dict per row, with an extra ``_row`` key holding the 1-based line number.
    """
    path = Path(path) if path is not None else data_path(DISPUTED_UNITS_CSV)
    rows = read_rows(path, _REQUIRED, nonempty=("unit_name", "level", "source", "confidence"))
    for lineno, row in enumerate(rows, start=2):
        row["_row"] = str(lineno)
        row["_file"] = str(path)
    return rows


def disputed_territories(
    boundaries: gpd.GeoDataFrame,
    units: UnitsLike = None,
    listed_by: str | None = UNAMI_2009,
) -> gpd.GeoDataFrame:
    """Return one polygon row per disputed unit (EPSG:4326).

    Parameters
    ----------
    boundaries
        Frame from :func:`geo_disputed.geo.boundaries.load_boundaries`.
    units
        ``None`` for ``data/disputed_units.csv``; a CSV path with the same columns; or a list
        of unit names / p-codes (any spelling, any level).
    listed_by
        Keep only rows whose ``listed_by`` equals this (default ``"UNAMI 2009"``); ``None``
        keeps every row. Ignored when ``units`` is a list of names.

    Returns
    -------
    geopandas.GeoDataFrame
        The table's columns (``unit_name, level, pcode, ..., source, confidence, note``) plus
        ``boundary_pcode``, ``boundary_name`` and ``admin1`` (the unit as found in the
        boundaries, which may differ from the table, e.g. geoBoundaries codes) and
        ``area_km2`` (EPSG:32638). Use :func:`disputed_outline` for the dissolved outline.

    Raises
    ------
    DataError
        If a row's unit is not in the boundaries (naming the file, row and field).
    GeoDisputedError
        If no row is left after the ``listed_by`` filter.

    Notes
    -----
    A unit whose level the boundaries lack (a sub-district such as Mandali with
    geoBoundaries, which has no ADM3) is skipped with a warning; :func:`skipped_units`
    lists them.
    """
    import geopandas as gpd

    rows = _selected_rows(units, listed_by)
    present = {int(n) for n in boundaries["level"].unique()}
    levels = {row["_row"]: _row_level(row) for row in rows}
    if not any(n is None or n in present for n in levels.values()):
        raise MissingDistricts(NEEDS_DISTRICTS.format(levels=sorted(present)))
    records, geoms = [], []
    for row in rows:
        level = levels[row["_row"]]
        if level is not None and level not in present:
            settings.logger.warning(
                "%s, row %s: %r is a level-%d unit and the boundaries have no level %d; skipped",
                row["_file"], row["_row"], row["unit_name"], level, level,
            )  # fmt: skip
            continue
        unit = _find(boundaries, row, level)
        record = {k: v for k, v in row.items() if not k.startswith("_")}
        record.update(
            boundary_pcode=unit["pcode"], boundary_name=unit["name_en"], admin1=unit["admin1"]
        )
        records.append(record)
        geoms.append(unit.geometry)
    out = gpd.GeoDataFrame(records, geometry=geoms, crs=GEOGRAPHIC)
    out["area_km2"] = out.to_crs(METRIC).area / 1e6 if len(out) else []
    return out


def skipped_units(
    boundaries: gpd.GeoDataFrame, units: UnitsLike = None, listed_by: str | None = UNAMI_2009
) -> list[str]:
    """Names of the disputed units :func:`disputed_territories` leaves out because the
    boundaries lack their level (sub-districts with geoBoundaries); same arguments."""
    present = {int(n) for n in boundaries["level"].unique()}
    return [
        row["unit_name"]
        for row in _selected_rows(units, listed_by)
        if (level := _row_level(row)) is not None and level not in present
    ]


def _selected_rows(units: UnitsLike, listed_by: str | None) -> list[dict[str, str]]:
    """The table rows (or the names given) that :func:`disputed_territories` draws."""
    if units is not None and not isinstance(units, str | os.PathLike):
        rows = [
            {"unit_name": str(u), "level": "", "pcode": str(u), "listed_by": "user",
             "_row": str(i + 1), "_file": "units argument"}
            for i, u in enumerate(units)
        ]  # fmt: skip
    else:
        rows = load_disputed_units(units)
        if listed_by is not None:
            available = sorted({r["listed_by"] for r in rows})
            rows = [r for r in rows if r["listed_by"] == listed_by]
            if not rows:
                raise GeoDisputedError(
                    f"no disputed unit is listed by {listed_by!r}; available: {available}"
                )
    return rows


class MissingDistricts(GeoDisputedError):
    """The boundaries lack the district/sub-district levels the disputed units are drawn at."""


def disputed_layer(boundaries: gpd.GeoDataFrame) -> tuple[gpd.GeoDataFrame | None, str]:
    """:func:`disputed_territories` for a map, or ``(None, why)`` when the boundaries have no
    districts (geoBoundaries ADM1 alone); ``why`` is empty when the layer was built."""
    try:
        return disputed_territories(boundaries), ""
    except MissingDistricts as exc:
        settings.logger.info(
            "no disputed-territories layer: %s", exc, extra=settings.notice("disputed")
        )
        return None, f"no disputed-territories layer: {exc}"


def disputed_outline(territories: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Dissolve :func:`disputed_territories` into one row (EPSG:4326).

    Columns: ``name_en`` (``"All disputed territories"``), ``units`` (``|``-separated unit
    names), ``n_units``, ``area_km2`` (EPSG:32638), ``geometry``.
    """
    import geopandas as gpd

    if territories.empty:
        raise GeoDisputedError("no disputed territories to dissolve")
    outline = gpd.GeoDataFrame(
        {
            "name_en": ["All disputed territories"],
            "units": ["|".join(territories["unit_name"])],
            "n_units": [len(territories)],
        },
        geometry=[territories.to_crs(GEOGRAPHIC).union_all()],
        crs=GEOGRAPHIC,
    )
    outline["area_km2"] = outline.to_crs(METRIC).area / 1e6
    return outline


def kurdistan_region(boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Return the Kurdistan Region as one dissolved row (EPSG:4326).

    Members are the governorates whose OCHA p-code (``ocha_pcode``, see
    :func:`geo_disputed.geo.admin_units.match_units`) is one of :data:`KRI_PCODES` (Duhok, Erbil,
    Al-Sulaymaniyah) or lies inside one: a Halabja governorate, where the boundaries have one
    (the OCHA 2019 edition does not: there Halabja is a district of Al-Sulaymaniyah), matches
    OCHA's Halabja district. The governorates are taken as the boundary data draws them:
    OCHA's Erbil includes Makhmour district, which is also disputed.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``name_en``, ``members`` and ``member_pcodes`` (``|``-separated, the
        boundaries' own codes), ``area_km2`` (EPSG:32638), ``geometry``.

    Raises
    ------
    GeoDisputedError
        If a member governorate is not in the boundaries.
    """
    import geopandas as gpd
    import numpy as np

    governorates = boundaries[boundaries["level"] == 1]
    if "ocha_pcode" not in governorates:  # a frame not made by load_boundaries
        governorates = governorates.assign(ocha_pcode=governorates["pcode"])
    ocha = governorates["ocha_pcode"].fillna("").astype(str)
    rank = ocha.map(parent_pcode).map({p: i for i, p in enumerate(KRI_PCODES)})
    members = governorates[rank.notna().to_numpy()].iloc[np.argsort(rank.dropna(), kind="stable")]
    found = set(members["ocha_pcode"].map(parent_pcode))
    missing = [p for p in KRI_PCODES if p not in found]
    if missing:
        raise GeoDisputedError(
            f"Kurdistan Region governorate(s) {', '.join(missing)} (OCHA p-codes) not found in "
            f"the boundaries' governorates: {', '.join(governorates['name_en'].astype(str))}"
        )
    settings.logger.info("Kurdistan Region: %s", ", ".join(members["name_en"]))
    region = gpd.GeoDataFrame(
        {
            "name_en": ["Kurdistan Region"],
            "members": ["|".join(members["name_en"])],
            "member_pcodes": ["|".join(members["pcode"])],
        },
        geometry=[members.geometry.union_all()],
        crs=boundaries.crs,
    ).to_crs(GEOGRAPHIC)
    region["area_km2"] = region.to_crs(METRIC).area / 1e6
    return region


def approximate_disputed(boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The disputed districts approximated where the boundaries have no districts (EPSG:4326).

    Each UNAMI-listed district (a sub-district: its district) is the Voronoi cell of its
    representative point within its governorate
    (:func:`geo_disputed.geo.admin_units.district_cells`): a stand-in for geoBoundaries ADM1,
    which cannot tell Makhmour from the rest of Erbil. The belt's frontier uses them so.

    Returns
    -------
    geopandas.GeoDataFrame
        ``pcode`` (the governorate's, as in the boundaries), ``ocha_pcode`` (the district's),
        ``unit_name``, ``geometry``.
    """
    wanted = {r["pcode"][:8] for r in load_disputed_units() if r["listed_by"] == UNAMI_2009}
    governorates = boundaries[boundaries["level"] == 1]
    if "ocha_pcode" not in governorates:
        governorates = governorates.assign(ocha_pcode=governorates["pcode"])
    cells = district_cells(governorates)
    cells = cells[cells["ocha_pcode"].isin(wanted)]
    cells = cells.rename(columns={"parent_pcode": "pcode", "name_en": "unit_name"})
    return cells.to_crs(GEOGRAPHIC).reset_index(drop=True)


def _row_level(row: dict[str, str]) -> int | None:
    text = row.get("level", "").strip().casefold()
    if not text:
        return None
    if text not in _LEVEL_WORDS:
        raise DataError(
            row["_file"],
            f"level {row['level']!r} is not one of {sorted(_LEVEL_WORDS)}",
            row=int(row["_row"]),
            field="level",
        )
    return _LEVEL_WORDS[text]


def _find(boundaries: gpd.GeoDataFrame, row: dict[str, str], level: int | None) -> pd.Series:
    """Resolve a table row by p-code, then OCHA name, then unit name (the gazetteer tiers of
    :func:`resolve_unit` use the gazetteer of these boundaries)."""
    tried: list[str] = []
    last: GeoDisputedError | None = None
    for field in ("pcode", "ocha_name_en", "unit_name"):
        value = row.get(field, "").strip()
        if not value or value in tried:
            continue
        tried.append(value)
        try:
            return resolve_unit(boundaries, value, level=level)
        except GeoDisputedError as exc:
            last = exc
    raise DataError(
        row["_file"],
        f"unit {row['unit_name']!r} not found in the boundaries (tried {tried}): {last}",
        row=int(row["_row"]),
        field="pcode",
    )
