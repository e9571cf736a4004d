"""Iraq's administrative boundaries (levels 0-3) in one schema, and name/p-code resolution.

Two file conventions are read:

* OCHA COD-AB: ``irq_admbnda_adm{n}_*.shp`` (or ``.geojson``/``.json``/``.gpkg``) with
  ``ADMn_EN``, ``ADMn_AR``, ``ADMn_PCODE``. A shapefile is preferred when a directory holds
  both a shapefile and a GeoJSON copy of the same level.
* geoBoundaries: ``geoBoundaries-IRQ-ADM{n}.geojson`` (or ``.topojson``, ``.shp``) with
  ``shapeName``, ``shapeISO``, ``shapeID``. These carry no parent codes, so the governorate
  of a district is derived spatially (its representative point within an ADM1 unit).

Every loader returns a GeoDataFrame in EPSG:4326 with the columns
``level, pcode, ocha_pcode, name_en, name_ar, alt_names, parent_pcode, admin1, admin2,
source, geometry`` (``source`` cites the dataset and file of each unit). When no ADM0
file is present, level 0 is the dissolved ADM1 layer. Measurements elsewhere in the package
project these to UTM zone 38N (:data:`METRIC`).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo_disputed import settings
from geo_disputed.crs import GEOGRAPHIC, METRIC
from geo_disputed.download import verify_cached
from geo_disputed.errors import BoundariesNotFound, DataError, GeoDisputedError
from geo_disputed.files import write_text_atomic
from geo_disputed.geo.admin_units import aliases, match_units, spelling_keys, unit_keys
from geo_disputed.text.gazetteer import Gazetteer, cached_gazetteer, inputs_digest, load_gazetteer
from geo_disputed.text.geocoder import SKELETON_SCORE, geocode
from geo_disputed.text.normalize import name_key, split_admin_kind

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

COLUMNS = (
    "level",
    "pcode",
    "ocha_pcode",
    "name_en",
    "name_ar",
    "alt_names",
    "parent_pcode",
    "admin1",
    "admin2",
    "source",
    "geometry",
)
LEVEL_KINDS = {0: "country", 1: "governorate", 2: "district", 3: "subdistrict"}

_OCHA_FILE = re.compile(r"^irq_admbnda_adm(\d)_.*\.(shp|gpkg|geojson|json)$", re.IGNORECASE)
_GB_FILE = re.compile(
    r"^geoboundaries-irq-adm(\d)(_simplified)?\.(shp|gpkg|geojson|json|topojson)$", re.IGNORECASE
)
_EXT_RANK = {".shp": 0, ".gpkg": 1, ".geojson": 2, ".json": 3, ".topojson": 4}
_SIDECARS = (".dbf", ".prj", ".cpg", ".CPG", ".shx")
_NOT_FOUND_HINT = (
    "pass --boundaries DIR, set GEO_DISPUTED_BOUNDARIES, or run `geo-disputed data fetch`"
)

SourceLike = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | None


def load_boundaries(source: SourceLike = None, levels: Iterable[int] = (0, 1, 2, 3)):
    """Load Iraq's administrative units into one GeoDataFrame (EPSG:4326).

    Parameters
    ----------
    source
        A directory holding OCHA COD-AB or geoBoundaries files, a list of explicit file paths,
        or ``None`` for :func:`geo_disputed.settings.resolve_boundaries_dir` (``--boundaries``,
        ``settings.boundaries_dir``, ``GEO_DISPUTED_BOUNDARIES``, then the user cache).
    levels
        Administrative levels to return: 0 country, 1 governorate, 2 district,
        3 sub-district. Levels without a file are skipped with a warning (level 0 is then
        the dissolved level 1).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``level, pcode, ocha_pcode, name_en, name_ar, alt_names, parent_pcode, admin1,
        admin2, source, geometry`` (``alt_names``: the OCHA ``ADMnALT*`` names, ``|``-joined),
        CRS EPSG:4326. ``pcode`` is the file's own code (OCHA p-code, or geoBoundaries
        ``shapeISO``/``shapeID``); ``ocha_pcode`` the OCHA p-code the unit was matched to
        (:func:`geo_disputed.geo.admin_units.match_units`; ``None`` when none matches).
        ``admin1``/``admin2`` hold the governorate/district names of each unit, in the
        file's spelling. ``source`` cites the dataset and file each unit was read from
        (:func:`boundaries_source` gives the whole frame's citation).

    Raises
    ------
    BoundariesNotFound
        If no boundaries are configured or none of the requested levels is present.
    DataError
        If a file has no CRS, an unknown schema, or a feature without geometry or p-code.

    Notes
    -----
    Results are cached in-process per (resolved paths, modification times, levels), so
    repeated calls are cheap; each call returns a copy.
    """
    paths = _source_paths(source)
    key = tuple(_file_stamp(p) for p in paths)
    wanted = tuple(sorted({int(n) for n in levels}))
    bad = [n for n in wanted if n not in LEVEL_KINDS]
    if bad:
        raise GeoDisputedError(f"unknown boundary level(s) {bad}; use 0, 1, 2 or 3")
    return _load_cached(key, wanted).copy()


def clear_cache() -> None:
    """Forget every boundary frame cached by :func:`load_boundaries`."""
    _load_cached.cache_clear()


def at_level(boundaries: gpd.GeoDataFrame, level: int) -> gpd.GeoDataFrame:
    """Return the units of one level (index reset); raise if the level is absent."""
    part = boundaries[boundaries["level"] == level].reset_index(drop=True)
    if part.empty:
        present = sorted(int(n) for n in boundaries["level"].unique())
        raise GeoDisputedError(
            f"the boundaries have no level-{level} units ({LEVEL_KINDS.get(level, '?')}); "
            f"levels present: {present}"
        )
    return part


def country_outline(boundaries: gpd.GeoDataFrame):
    """Return Iraq's outline (shapely geometry, EPSG:4326): level 0, else the union of level 1."""
    if (boundaries["level"] == 0).any():
        return at_level(boundaries, 0).union_all()
    return at_level(boundaries, 1).union_all()


def boundaries_source(boundaries: gpd.GeoDataFrame) -> str:
    """Cite the datasets a boundaries frame was read from, for outputs to say so.

    >>> import pandas as pd
    >>> boundaries_source(pd.DataFrame({"source": ["COD-AB Iraq", "COD-AB Iraq", "GADM"]}))
    'Boundaries: COD-AB Iraq; GADM'
    """
    if "source" not in boundaries:
        return "Boundaries: source not recorded"
    cited = [str(s) for s in dict.fromkeys(boundaries["source"].dropna()) if str(s)]
    return "Boundaries: " + ("; ".join(cited) if cited else "source not recorded")


def gazetteer_for(source: SourceLike = None) -> Gazetteer:
    """The gazetteer with the administrative units of a boundaries source.

    ``source`` as for :func:`load_boundaries`; with ``None`` and no boundaries configured,
    the gazetteer of the curated tables and GeoNames alone (what the ``geocode`` and
    ``geoparse`` commands use). A warm start reads no boundary file: the digest of the
    gazetteer built from these files is noted in the cache under the files' paths, sizes
    and modification times (and the curated inputs), and that gazetteer is read directly.
    """
    if source is None and settings.resolve_boundaries_dir() is None:
        return load_gazetteer()
    paths = _source_paths(source)
    pointer = _gazetteer_pointer(paths)
    noted = pointer.read_text(encoding="utf-8").strip() if pointer.is_file() else ""
    found = cached_gazetteer(noted) if re.fullmatch(r"[0-9a-f]{24}", noted) else None
    if found is not None:
        return found
    units = load_boundaries(paths, levels=(1, 2, 3))
    gazetteer = load_gazetteer(units)
    try:
        write_text_atomic(pointer, inputs_digest(units))
    except (OSError, GeoDisputedError) as exc:  # a read-only cache: the next start reads files
        settings.logger.info("not noted for the next start (%s)", exc)
    return gazetteer


def _gazetteer_pointer(paths: list[Path]) -> Path:
    """Where :func:`gazetteer_for` notes the digest of these files' gazetteer."""
    key = hashlib.sha256(inputs_digest(None).encode())
    for path in paths:
        key.update(repr(_file_stamp(path)).encode())
    return Path(settings.cache_dir) / "gazetteer" / f"units-of-{key.hexdigest()[:24]}.txt"


def resolve_unit(
    boundaries: gpd.GeoDataFrame,
    name_or_pcode: str,
    level: int | None = None,
    *,
    gazetteer: Gazetteer | None = None,
) -> pd.Series:
    """Find one administrative unit by code or by any spelling of its name.

    Tried in order: the unit's own code or its OCHA p-code (``IQG13``, ``IQ-KI``,
    case-insensitive); the English, Arabic or alternative names of the loaded units, folded
    with :func:`geo_disputed.text.normalize.name_key` (``Al-Hawiga`` = ``Hawiga``,
    ``نينوى`` = ``نينوي``); the spellings of ``data/admin_units.csv`` (``Nineveh``,
    ``At-Ta'mim``, ``Al-Sulaimaniyah``), through the units' OCHA p-codes; the gazetteer's
    units of that kind (:func:`geo_disputed.text.geocoder.geocode`); and, for a unit named after
    its seat (``Mawşil`` for the Mosul district), the unit holding the town of that name.
    Kind words anywhere in the name (``province``, ``district``, ``Qaḑā’``, ``قضاء``,
    ``ناحية``, ``محافظة``) are dropped and, when ``level`` is ``None``, set the level. When a
    name matches units on several levels and no level is known, the highest unit (lowest
    level number) wins.

    Parameters
    ----------
    boundaries
        Frame from :func:`load_boundaries`.
    name_or_pcode
        A code (``IQG13``, ``IQ-KI``), or a name in English, Arabic or Kurdish, with or
        without a kind word (``Kirkūk province``, ``Qaḑā’ Kirkūk``).
    level
        Restrict the search to one level.
    gazetteer
        For the gazetteer tiers; default ``load_gazetteer(boundaries)``, the gazetteer that
        holds these units (built only when the name and alias tiers find nothing).

    Returns
    -------
    pandas.Series
        The matching row of ``boundaries``.

    Raises
    ------
    GeoDisputedError
        If nothing matches (the message lists the closest names) or the name is ambiguous.
    """
    query = str(name_or_pcode).strip()
    if not query:
        raise GeoDisputedError("empty administrative unit name")
    implied = split_admin_kind(query)[1]
    if level is None and implied is not None and (boundaries["level"] == implied).any():
        level = implied
    frame = boundaries if level is None else boundaries[boundaries["level"] == level]
    where = "" if level is None else f" at level {level} ({LEVEL_KINDS.get(level, '?')})"
    if frame.empty:
        raise GeoDisputedError(f"no boundaries{where} to look up {query!r} in")

    by_code = frame[_code_mask(frame, {query.upper()})]
    if len(by_code) == 1:
        return by_code.iloc[0]
    keys = spelling_keys([query])

    def gaz() -> Gazetteer:
        return gazetteer if gazetteer is not None else load_gazetteer(boundaries)

    for pcodes, names in _name_tiers(query, keys, level, gaz):
        hit = _match(frame, pcodes, names, query)
        if hit is not None:
            return hit
    hit = _by_seat(frame, query, level, gaz())
    if hit is not None:
        return hit
    raise GeoDisputedError(
        f"no administrative unit{where} matches {query!r}; closest names: "
        + ", ".join(_closest(frame, query))
    )


# --- resolution helpers ---------------------------------------------------------------------


def _code_mask(frame: gpd.GeoDataFrame, codes: set[str]) -> pd.Series:
    """Rows whose own code or OCHA p-code is in ``codes`` (upper case)."""
    mask = frame["pcode"].astype(str).str.upper().isin(codes)
    if "ocha_pcode" in frame:
        mask |= frame["ocha_pcode"].astype(str).str.upper().isin(codes)
    return mask


def _name_tiers(
    query: str, keys: frozenset[str], level: int | None, gazetteer: Callable[[], Gazetteer]
) -> Iterator[tuple[set[str], set[str]]]:
    """Yield (p-codes, name keys) to try, from the most to the least literal source."""
    yield set(), set(keys)
    table = aliases()
    alias_pcodes: set[str] = set()
    alias_names: set[str] = set()
    for key in keys:
        pcodes, names = table.get(key, (frozenset(), frozenset()))
        alias_pcodes |= pcodes
        alias_names |= names
    if alias_pcodes:
        yield alias_pcodes, alias_names
    for kind in (LEVEL_KINDS[n] for n in (1, 2, 3) if level in (None, n)):
        found_pcodes, found_names = _geocoded(query, kind, gazetteer())
        if found_pcodes or found_names:
            yield found_pcodes, found_names


def _match(frame: gpd.GeoDataFrame, pcodes: set[str], names: set[str], query: str):
    """The one unit with one of ``pcodes`` (else one of the name keys ``names``), or None."""
    import numpy as np

    names = {n for n in names if n}
    mask = _code_mask(frame, pcodes).to_numpy() if pcodes else np.zeros(len(frame), bool)
    if not mask.any() and names:
        mask = np.array([bool(keys & names) for keys in unit_keys(frame)], dtype=bool)
    if not mask.any():
        return None
    hits = frame[mask]
    hits = hits[hits["level"] == hits["level"].min()]
    if len(hits) > 1:
        listed = ", ".join(f"{r.name_en} [{r.pcode}, {r.admin1}]" for r in hits.itertuples())
        raise GeoDisputedError(f"{query!r} is ambiguous: {listed}; pass a p-code instead")
    return hits.iloc[0]


def _geocoded(query: str, kind: str, gazetteer: Gazetteer) -> tuple[set[str], set[str]]:
    """OCHA p-codes and name keys of the gazetteer's candidates of one kind."""
    found = geocode(query, kind=kind, limit=3, fuzzy=False, gazetteer=gazetteer)
    candidates = [c for c in found if c.kind == kind]
    pcodes = {c.pcode.upper() for c in candidates if c.pcode}
    names = {name_key(c.name_en) for c in candidates if c.name_en}
    return pcodes, names


def _by_seat(frame: gpd.GeoDataFrame, query: str, level: int | None, gazetteer: Gazetteer):
    """The unit of ``level`` holding the town or city the name (without kind word) gives."""
    import shapely

    if level not in (1, 2, 3):
        return None
    found = geocode(query, kind="city", limit=1, fuzzy=False, gazetteer=gazetteer)
    towns = [c for c in found if c.score >= SKELETON_SCORE]
    if not towns:
        return None
    inside = frame[shapely.contains_xy(frame.geometry.values, towns[0].lon, towns[0].lat)]
    return inside.iloc[0] if len(inside) == 1 else None


def _closest(frame: gpd.GeoDataFrame, query: str, n: int = 5) -> list[str]:
    from rapidfuzz import fuzz, process

    choices = {f"{r.name_en} [{r.pcode}]": r.name_en for r in frame.itertuples() if r.name_en}
    found = process.extract(query, choices, scorer=fuzz.WRatio, limit=n)
    return [label for _, _, label in found]


# --- loading --------------------------------------------------------------------------------


def require_boundaries_dir(directory: str | os.PathLike[str] | None = None) -> Path:
    """The boundaries directory given (or configured: see
    :func:`geo_disputed.settings.resolve_boundaries_dir`).

    Raises
    ------
    BoundariesNotFound
        When it does not exist or none is configured, with how to get boundaries.
    """
    try:
        found = settings.resolve_boundaries_dir(directory)
    except FileNotFoundError as exc:
        raise BoundariesNotFound(f"{exc}; {_NOT_FOUND_HINT}") from None
    if found is None:
        raise BoundariesNotFound(f"no administrative boundaries configured: {_NOT_FOUND_HINT}")
    return found


def _source_paths(source: SourceLike) -> list[Path]:
    if source is None:
        return _discover(require_boundaries_dir())
    if isinstance(source, str | os.PathLike):
        path = Path(source).expanduser()
        if path.is_dir():
            return _discover(path)
        paths = [path]
    else:
        paths = [Path(p).expanduser() for p in source]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise BoundariesNotFound(f"boundary file(s) not found: {', '.join(missing)}")
    if not paths:
        raise BoundariesNotFound(f"no boundary files given: {_NOT_FOUND_HINT}")
    return [verify_cached(p) for p in paths]  # a cached download still matches its pin


def _discover(directory: Path) -> list[Path]:
    """Pick one file per level in ``directory``: OCHA before geoBoundaries, .shp first."""
    best: dict[int, tuple[tuple[int, int, str], Path]] = {}
    for path in sorted(directory.iterdir()):
        for family, pattern in enumerate((_OCHA_FILE, _GB_FILE)):
            found = pattern.match(path.name)
            if not found:
                continue
            n = int(found.group(1))
            simplified = int(family == 1 and bool(found.group(2)))
            rank = (family, simplified * 10 + _EXT_RANK[path.suffix.lower()], path.name)
            if n not in best or rank < best[n][0]:
                best[n] = (rank, path)
    if not best:
        raise BoundariesNotFound(
            f"no OCHA COD-AB (irq_admbnda_adm{{n}}_*) or geoBoundaries "
            f"(geoBoundaries-IRQ-ADM{{n}}.geojson) files in {directory}: {_NOT_FOUND_HINT}"
        )
    return [verify_cached(best[n][1]) for n in sorted(best)]  # cached downloads: re-hashed


def _file_stamp(path: Path) -> tuple[str, int, int, tuple[int, ...]]:
    stat = path.stat()
    sidecars = tuple(
        path.with_suffix(s).stat().st_mtime_ns for s in _SIDECARS if path.with_suffix(s).exists()
    )
    return (str(path.resolve()), stat.st_mtime_ns, stat.st_size, sidecars)


@functools.lru_cache(maxsize=8)
def _load_cached(stamps: tuple, levels: tuple[int, ...]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    layers: dict[int, gpd.GeoDataFrame] = {}
    origin: dict[int, Path] = {}
    for stamp in stamps:
        path = Path(stamp[0])
        layer = _read_layer(path)
        n = int(layer["level"].iloc[0])
        if n in layers:
            raise GeoDisputedError(f"two files hold level {n}: {origin[n]} and {path}")
        layers[n], origin[n] = layer, path
    if 2 in layers and layers[2]["parent_pcode"].isna().all() and 1 in layers:
        layers[2] = _assign_parents(layers[2], layers[1])
    for n, layer in layers.items():
        layer.insert(2, "ocha_pcode", match_units(layer, n))
    if 0 in levels and 0 not in layers and 1 in layers:
        layers[0] = _dissolve_country(layers[1])
        origin[0] = origin[1]
        settings.logger.info("no ADM0 file: level 0 is the dissolved level 1 (%s)", origin[1])
    for n, layer in layers.items():
        layer["source"] = _attribution(origin[n])
    chosen = [layers[n] for n in levels if n in layers]
    for n in levels:
        if n not in layers:
            settings.logger.warning("no level-%d (%s) boundary file; skipped", n, LEVEL_KINDS[n])
    if not chosen:
        raise BoundariesNotFound(
            f"none of levels {list(levels)} found in {', '.join(str(p) for p in origin.values())}"
        )
    frame = pd.concat(chosen, ignore_index=True).reindex(columns=list(COLUMNS))
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=GEOGRAPHIC)


def _attribution(path: Path) -> str:
    """Citation of one boundary file: OCHA COD-AB (one edition for every level) or
    geoBoundaries (with the file name), by file name."""
    name = path.name
    if name.lower().startswith("geoboundaries-"):
        return f"geoBoundaries gbOpen IRQ (CC BY 4.0), {name}"
    if name.lower().startswith("irq_admbnda_"):
        edition = re.search(r"_(\d{8})\.", name)
        date = f" {edition.group(1)}" if edition else ""
        return f"OCHA / Iraq CSO, COD-AB Iraq{date}, via HDX (licence as listed on HDX cod-ab-irq)"
    return name


def _read_layer(path: Path) -> gpd.GeoDataFrame:
    """Read one file and normalise it to :data:`COLUMNS` (EPSG:4326, valid geometries)."""
    import geopandas as gpd

    try:
        raw = gpd.read_file(path, engine="pyogrio")
    except Exception as exc:  # pyogrio raises several unrelated exception types
        raise DataError(path, f"cannot read boundary file: {exc}") from None
    if raw.crs is None and path.suffix.lower() == ".topojson":
        raw = raw.set_crs(GEOGRAPHIC)  # TopoJSON is lon/lat by definition
    if raw.crs is None:
        raise DataError(path, "has no CRS (missing .prj or crs member); cannot place it")
    columns = set(raw.columns)
    ocha_levels = [n for n in range(4) if {f"ADM{n}_PCODE", f"ADM{n}_EN"} <= columns]
    if ocha_levels:
        layer = _from_ocha(raw, max(ocha_levels))
    elif {"shapeName", "shapeID"} <= columns:
        layer = _from_geoboundaries(raw, path)
    else:
        raise DataError(
            path,
            "unknown schema: expected OCHA COD-AB columns (ADMn_PCODE, ADMn_EN) or geoBoundaries "
            f"columns (shapeName, shapeID); found {', '.join(sorted(map(str, columns)))}",
        )
    layer = gpd.GeoDataFrame(layer, geometry="geometry", crs=raw.crs)
    for field, bad in (
        ("geometry", layer.geometry.isna() | layer.geometry.is_empty),
        ("pcode", layer["pcode"].isna()),
        ("name_en", layer["name_en"].isna()),
    ):
        if bad.any():
            feature = int(bad.to_numpy().argmax()) + 1
            what = "name" if field == "name_en" else field
            raise DataError(path, f"feature {feature} has no {what}", row=feature, field=field)
    areal = layer.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).to_numpy()
    if not areal.all():
        feature = int((~areal).argmax()) + 1
        kind = layer.geometry.iloc[feature - 1].geom_type
        raise DataError(
            path,
            f"feature {feature} is a {kind}: administrative units must be polygons",
            row=feature,
            field="geometry",
        )
    if layer.crs != GEOGRAPHIC:
        settings.logger.info("%s: reprojecting from %s to EPSG:4326", path, layer.crs)
        layer = layer.to_crs(GEOGRAPHIC)
    return _repair(layer, path)


def _text(values: pd.Series | None) -> Any:
    """Strip strings; missing or blank values become ``None`` (object dtype, never ``pd.NA``)."""
    import pandas as pd

    if values is None:
        return None
    cleaned = [(str(v).strip() or None) if isinstance(v, str | int) else None for v in values]
    return pd.Series(cleaned, index=values.index, dtype=object)


def _from_ocha(raw: gpd.GeoDataFrame, n: int) -> gpd.GeoDataFrame:
    import pandas as pd

    out = pd.DataFrame(index=raw.index)
    out["level"] = n
    out["pcode"] = _text(raw[f"ADM{n}_PCODE"])
    out["name_en"] = _text(raw[f"ADM{n}_EN"])
    out["name_ar"] = _text(raw.get(f"ADM{n}_AR"))
    alt_columns = [f"ADM{n}ALT{i}{lang}" for lang in ("EN", "AR") for i in (1, 2)]
    alternates = [raw[c] for c in alt_columns if c in raw]
    out["alt_names"] = _joined_names(alternates, raw.index)
    out["parent_pcode"] = _text(raw.get(f"ADM{n - 1}_PCODE")) if n else None
    out["admin1"] = _text(raw.get("ADM1_EN")) if n >= 1 else None
    out["admin2"] = _text(raw.get("ADM2_EN")) if n >= 2 else None
    out["geometry"] = raw.geometry.values
    return out


def _joined_names(columns: list[pd.Series], index: pd.Index) -> pd.Series:
    """``|``-joined non-empty values of the OCHA ``ADMnALT*`` columns, None when none."""
    import pandas as pd

    rows = zip(*(_text(c) for c in columns), strict=True) if columns else ([] for _ in index)
    joined = ["|".join(v for v in values if isinstance(v, str) and v) or None for values in rows]
    return pd.Series(joined, index=index, dtype=object)


def _from_geoboundaries(raw: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    import pandas as pd

    kinds = raw["shapeType"].dropna().unique() if "shapeType" in raw else []
    found = re.search(r"ADM(\d)", str(kinds[0]) if len(kinds) else path.name, re.IGNORECASE)
    if not found or int(found.group(1)) > 3:
        raise DataError(path, "cannot tell the admin level (no shapeType, no ADMn in file name)")
    n = int(found.group(1))
    iso = _text(raw["shapeISO"]) if "shapeISO" in raw else None
    ids = _text(raw["shapeID"])
    usable_iso = iso is not None and iso.notna().all() and iso.is_unique
    out = pd.DataFrame(index=raw.index)
    out["level"] = n
    out["pcode"] = iso if usable_iso else ids
    out["name_en"] = _text(raw["shapeName"])
    out["name_ar"] = None
    out["alt_names"] = None
    group = _text(raw["shapeGroup"]) if "shapeGroup" in raw else None
    out["parent_pcode"] = group if n == 1 else None
    out["admin1"] = out["name_en"] if n == 1 else None
    out["admin2"] = out["name_en"] if n == 2 else None
    out["geometry"] = raw.geometry.values
    return out


def _assign_parents(districts: gpd.GeoDataFrame, governorates: gpd.GeoDataFrame):
    """Give each district the governorate holding its representative point (else nearest)."""
    import geopandas as gpd

    points = gpd.GeoDataFrame(
        {"row": range(len(districts))}, geometry=districts.representative_point(), crs=districts.crs
    ).to_crs(METRIC)
    govs = governorates[["pcode", "name_en", "geometry"]].to_crs(METRIC)
    joined = gpd.sjoin_nearest(points, govs, how="left").drop_duplicates("row").set_index("row")
    out = districts.copy()
    out["parent_pcode"] = joined["pcode"].sort_index().to_numpy()
    out["admin1"] = joined["name_en"].sort_index().to_numpy()
    return out


def _dissolve_country(governorates: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    import geopandas as gpd

    code = governorates["parent_pcode"].dropna()
    row = {
        "level": 0,
        "pcode": code.iloc[0] if len(code) else "IRQ",
        "ocha_pcode": None,
        "name_en": "Iraq",
        "name_ar": "العراق",
        "parent_pcode": None,
        "admin1": None,
        "admin2": None,
    }
    return gpd.GeoDataFrame([row], geometry=[governorates.union_all()], crs=governorates.crs)


def _repair(layer: gpd.GeoDataFrame, path: Path) -> gpd.GeoDataFrame:
    import shapely

    invalid = ~layer.geometry.is_valid
    count = int(invalid.sum())
    if count:
        fixed = shapely.make_valid(
            layer.geometry[invalid].to_numpy(), method="structure", keep_collapsed=False
        )
        layer = layer.copy()
        layer.loc[invalid, "geometry"] = fixed
    settings.logger.info(
        "%s: %d features, %d invalid geometries repaired with make_valid", path, len(layer), count
    )
    return layer
