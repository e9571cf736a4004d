"""The curated governorates and districts (``data/admin_units.csv``) and matching to them.

Every boundary dataset names and codes Iraq's units its own way: OCHA COD-AB uses p-codes
(``IQG13``), geoBoundaries ISO 3166-2 codes (``IQ-KI``) and its own spellings
(``Al-Sulaimaniyah``), event data GeoNames spellings (``Kirkūk province``). The curated table
holds, per OCHA unit, its p-code, its spellings, its ISO code and a representative point.
:func:`match_units` uses them to give the units of any loaded dataset their OCHA p-code, by
name and geometry, so that the rest of the package can rely on p-codes, never on one
dataset's English spelling.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geo_disputed import settings
from geo_disputed.curated import data_path, read_rows, split_names
from geo_disputed.text.normalize import name_key, skeleton_key, split_admin_kind

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry.base import BaseGeometry

ADMIN_UNITS_CSV = "admin_units.csv"
#: OCHA COD-AB p-codes of Iraq: governorate, district, sub-district (``IQG15Q07N02``).
OCHA_PCODE = re.compile(r"IQG\d\d(Q\d\d(N\d\d)?)?")
#: How a unit was matched, best first (used to settle two units claiming one p-code).
MATCH_METHODS = ("code", "name+geometry", "name", "geometry")


@dataclass(frozen=True)
class ReferenceUnit:
    """One row of ``data/admin_units.csv``: an OCHA governorate or district."""

    pcode: str
    level: int
    parent_pcode: str
    name_en: str
    lat: float
    lon: float
    iso_3166_2: str
    keys: frozenset[str]


def spelling_keys(names: list[str]) -> frozenset[str]:
    """Name keys of ``names``, each also without its kind word (``Kirkuk Governorate``)."""
    keys: set[str] = set()
    for name in names:
        if name and name.strip():
            keys.add(name_key(name))
            keys.add(split_admin_kind(name)[0])
    keys.discard("")
    return frozenset(keys)


def reference_units() -> tuple[ReferenceUnit, ...]:
    """The rows of ``data/admin_units.csv`` (cached per file modification time)."""
    path = data_path(ADMIN_UNITS_CSV)
    return _read(str(path), path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _read(path: str, _mtime: int) -> tuple[ReferenceUnit, ...]:
    rows = read_rows(
        path,
        ("level", "pcode", "parent_pcode", "name_en", "name_ar", "name_ku", "alt_names"),
        nonempty=("level", "pcode", "name_en", "lat", "lon", "source", "confidence"),
        coords=("lat", "lon"),
    )
    return tuple(
        ReferenceUnit(
            pcode=row["pcode"],
            level=int(row["level"]),
            parent_pcode=row["parent_pcode"],
            name_en=row["name_en"],
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            iso_3166_2=row.get("iso_3166_2", "").upper(),
            keys=spelling_keys(
                [row["name_en"], row["name_ar"], row["name_ku"], *split_names(row["alt_names"])]
            ),
        )
        for row in rows
    )


def district_cells(governorates: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Approximate the OCHA districts of boundaries that have governorates only.

    Each district is the Voronoi cell of its representative point (``data/admin_units.csv``)
    within its governorate, computed in EPSG:32638. The cells follow no real district line:
    they stand in for districts where none are drawn (geoBoundaries ADM1).

    Parameters
    ----------
    governorates
        Level-1 units with ``ocha_pcode`` (:func:`match_units`) and ``pcode``.

    Returns
    -------
    geopandas.GeoDataFrame
        ``ocha_pcode`` (the district's), ``parent_pcode`` (the governorate's ``pcode`` in
        ``governorates``), ``name_en``, ``geometry`` in the CRS of ``governorates``.
    """
    import geopandas as gpd
    import shapely
    from shapely.geometry import MultiPoint

    from geo_disputed.crs import METRIC

    metric = governorates.to_crs(METRIC)
    units = [u for u in reference_units() if u.level == 2]
    points = gpd.GeoSeries(gpd.points_from_xy([u.lon for u in units], [u.lat for u in units]),
                           crs="EPSG:4326").to_crs(METRIC)  # fmt: skip
    records = []
    for gov in metric.itertuples():
        mine = [(u, pt) for u, pt in zip(units, points, strict=True)
                if u.parent_pcode == gov.ocha_pcode]  # fmt: skip
        if not mine:
            continue
        cells = shapely.get_parts(
            shapely.voronoi_polygons(MultiPoint([pt for _, pt in mine]), extend_to=gov.geometry)
        )
        for unit, pt in mine:
            cell = next(c for c in cells if c.covers(pt))
            records.append({"ocha_pcode": unit.pcode, "parent_pcode": gov.pcode,
                            "name_en": unit.name_en,
                            "geometry": cell.intersection(gov.geometry)})  # fmt: skip
    frame = gpd.GeoDataFrame(records, columns=["ocha_pcode", "parent_pcode", "name_en",
                                               "geometry"], crs=METRIC)  # fmt: skip
    return frame.to_crs(governorates.crs)


def unit_polygons(boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Every unit of ``boundaries`` by OCHA p-code, districts approximated where none are drawn.

    Returns
    -------
    geopandas.GeoDataFrame
        ``ocha_pcode``, ``level``, ``name_en``, ``approximate`` (``True`` for a district cell
        of :func:`district_cells`), ``geometry``, in the CRS of ``boundaries``; one row per
        p-code.
    """
    import pandas as pd

    frame = boundaries[boundaries["ocha_pcode"].fillna("").astype(str) != ""]
    frame = frame.drop_duplicates("ocha_pcode")[["ocha_pcode", "level", "name_en", "geometry"]]
    frame = frame.assign(approximate=False)
    if (boundaries["level"] >= 2).any():
        return frame.reset_index(drop=True)
    cells = district_cells(boundaries[boundaries["level"] == 1])
    cells = cells.assign(level=2, approximate=True)[frame.columns]
    return pd.concat([frame, cells], ignore_index=True)


def aliases() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Spelling key -> (OCHA p-codes, every key of those units), from the curated table."""
    table: dict[str, tuple[set[str], set[str]]] = {}
    for unit in reference_units():
        for key in unit.keys:
            pcodes, keys = table.setdefault(key, (set(), set()))
            pcodes.add(unit.pcode)
            keys.update(unit.keys)
    return {k: (frozenset(p), frozenset(n)) for k, (p, n) in table.items()}


def canonical_names() -> dict[str, str]:
    """OCHA p-code -> the curated English name of the unit."""
    return {u.pcode: u.name_en for u in reference_units()}


def unit_keys(frame: pd.DataFrame) -> list[frozenset[str]]:
    """Spelling keys of every row of a boundaries frame (``name_en``, ``name_ar``,
    ``alt_names``)."""
    columns = [c for c in ("name_en", "name_ar") if c in frame]
    alt = frame["alt_names"] if "alt_names" in frame else [None] * len(frame)
    out = []
    for values, alt_names in zip(frame[columns].itertuples(index=False), alt, strict=True):
        names = [v for v in values if isinstance(v, str)]
        names += split_names(alt_names) if isinstance(alt_names, str) else []
        out.append(spelling_keys(names))
    return out


def match_units(layer: gpd.GeoDataFrame, level: int) -> pd.Series:
    """Give each unit of one level its OCHA p-code (``None`` where no curated unit matches).

    Parameters
    ----------
    layer
        Units of one level in EPSG:4326 with ``pcode``, ``name_en`` (and optionally
        ``name_ar``, ``alt_names``), e.g. one file read by
        :func:`geo_disputed.geo.boundaries.load_boundaries`.
    level
        1 (governorates) or 2 (districts); other levels keep OCHA-style p-codes as they are.

    Returns
    -------
    pandas.Series
        Aligned with ``layer``. A unit matches a curated unit by, in order of trust: its code
        (an OCHA p-code, or the ISO 3166-2 code of a governorate); a name whose key the
        curated unit has *and* the curated representative point inside the polygon; the
        name alone (one curated unit, point outside); the point alone (one curated point
        inside, no conflicting name). A governorate missing from the table (Halabja, made a
        governorate in 2014) is matched against the districts. When two units claim one
        p-code, the better method keeps it. What was matched how is logged.
    """
    import pandas as pd
    import shapely

    refs = [u for u in reference_units() if u.level == level]
    result = pd.Series([None] * len(layer), index=layer.index, dtype=object)
    if level not in (1, 2) or layer.empty:
        if level == 3:
            ocha = layer["pcode"].astype(str).str.fullmatch(OCHA_PCODE.pattern).to_numpy()
            result[ocha] = layer["pcode"][ocha]
        return result
    geoms = layer.geometry.values
    shapely.prepare(geoms)
    keys = unit_keys(layer)
    codes = layer["pcode"].astype(str).str.upper().to_numpy()
    claims: dict[str, list[tuple[int, int]]] = {}  # p-code -> [(method rank, position)]
    methods: Counter[str] = Counter()
    for pos in range(len(layer)):
        found = _match_one(refs, geoms[pos], keys[pos], codes[pos])
        if found is None and level == 1:  # a governorate the table has as a district
            found = _match_one(
                [u for u in reference_units() if u.level == 2], geoms[pos], keys[pos], "", True
            )
        if found is not None:
            pcode, method = found
            claims.setdefault(pcode, []).append((MATCH_METHODS.index(method), pos))
    for pcode, claimants in claims.items():
        claimants.sort()
        rank, pos = claimants[0]
        result.iloc[pos] = pcode
        methods[MATCH_METHODS[rank]] += 1
        for _, other in claimants[1:]:
            settings.logger.warning(
                "level %d: %r and %r both match OCHA %s; kept the first",
                level, layer["name_en"].iloc[pos], layer["name_en"].iloc[other], pcode,
            )  # fmt: skip
    unmatched = layer["name_en"][result.isna().to_numpy()].tolist()
    settings.logger.info(
        "level %d: %d of %d units matched to OCHA p-codes (%s)%s",
        level, int(result.notna().sum()), len(layer),
        ", ".join(f"{n} by {m}" for m, n in methods.items()) or "none",
        f"; unmatched: {', '.join(map(str, unmatched))}" if unmatched else "",
    )  # fmt: skip
    return result


def _match_one(
    refs: list[ReferenceUnit],
    geom: BaseGeometry,
    keys: frozenset[str],
    code: str,
    name_required: bool = False,
) -> tuple[str, str] | None:
    """(p-code, method) of the curated unit ``geom``/``keys``/``code`` is, else None."""
    import shapely

    by_code = [u for u in refs if code and code in (u.pcode, u.iso_3166_2)]
    if len(by_code) == 1:
        return by_code[0].pcode, "code"
    if OCHA_PCODE.fullmatch(code):  # an OCHA p-code the table lacks is a unit of its own
        return None
    skeletons = {skeleton_key(k) for k in keys} - {""}
    named = [u for u in refs if keys & u.keys or skeletons & {skeleton_key(k) for k in u.keys}]
    exact = [u for u in named if keys & u.keys]
    named = exact or named
    inside = [u for u in refs if shapely.contains_xy(geom, u.lon, u.lat)]
    both = [u for u in named if u in inside]
    if len(both) == 1:
        return both[0].pcode, "name+geometry"
    if len(named) == 1 and not inside:
        return named[0].pcode, "name"
    if len(inside) == 1 and not named and not name_required:
        return inside[0].pcode, "geometry"
    return None


def parent_pcode(pcode: str) -> str:
    """The governorate p-code of an OCHA p-code (``IQG15Q07`` -> ``IQG15``)."""
    return pcode[:5]
