"""Iraq and its neighbours as country polygons, for maps drawn without boundary files and for
context around them.

The polygons are Natural Earth's 1:50m Admin 0 countries (public domain,
https://www.naturalearthdata.com), as packed in TopoJSON by the npm package world-atlas
2.0.2 (ISC licence). The file is pinned by sha256 in :data:`geo_disputed.assets.REGISTRY`
and cached like the map assets: downloaded once from its CDN URL, else from the npm registry.
Natural Earth draws de facto borders at 1:50m, a few hundred metres to kilometres off the
OCHA or geoBoundaries lines: good for context, not for measuring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from geo_disputed.crs import GEOGRAPHIC
from geo_disputed.errors import GeoDisputedError

if TYPE_CHECKING:
    import geopandas as gpd

SOURCE = "Natural Earth 1:50m countries (public domain), via the npm package world-atlas 2.0.2"
ASSET_KEY = "world-atlas@2.0.2/countries-50m.json"
IRAQ = "368"
#: ISO 3166-1 numeric codes of Iraq's neighbours, as world-atlas identifies its countries.
NEIGHBOURS = {
    "792": "Turkey",
    "364": "Iran",
    "414": "Kuwait",
    "682": "Saudi Arabia",
    "400": "Jordan",
    "760": "Syria",
}


def load_countries() -> gpd.GeoDataFrame:
    """Iraq and its six neighbours (EPSG:4326), fetched into the cache on first use.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``iso_n3`` (ISO 3166-1 numeric), ``name_en``, ``name_ar`` (from the
        gazetteer's curated countries, ``""`` where it has none), ``source`` (Natural
        Earth, :data:`SOURCE`), ``geometry``; Iraq first.

    Raises
    ------
    GeoDisputedError
        If the file is not cached and can be had neither from its CDN nor from npm.
    """
    import geopandas as gpd

    from geo_disputed import assets as map_assets

    asset = map_assets.BY_KEY[ASSET_KEY]
    map_assets.ensure_cached((asset,))
    path = map_assets.cached_path(asset)
    try:
        frame = gpd.read_file(path, layer="countries", engine="pyogrio")
    except Exception as exc:  # pyogrio raises several types for unreadable files
        raise GeoDisputedError(f"{path}: cannot read world-atlas countries ({exc})") from None
    frame = frame.set_crs(GEOGRAPHIC, allow_override=True)  # TopoJSON: lon/lat by definition
    wanted = [IRAQ, *NEIGHBOURS]
    frame["iso_n3"] = frame["id"].astype(str).str.zfill(3)
    frame = frame[frame["iso_n3"].isin(wanted)].copy()
    frame["order"] = frame["iso_n3"].map(wanted.index)
    frame = frame.sort_values("order").reset_index(drop=True)
    names_ar = _arabic_names()
    frame["name_en"] = frame["name"].astype(str)
    frame["name_ar"] = frame["name_en"].map(names_ar).fillna("")
    frame["source"] = SOURCE
    return gpd.GeoDataFrame(
        frame[["iso_n3", "name_en", "name_ar", "source"]],
        geometry=frame.geometry.values,
        crs=GEOGRAPHIC,
    )


def iraq_outline(countries: gpd.GeoDataFrame | None = None) -> gpd.GeoDataFrame:
    """Iraq alone as a level-0 frame in the schema of
    :func:`geo_disputed.geo.boundaries.load_boundaries` (EPSG:4326), for maps without boundary
    files: the belt is clipped to it and incidents are tested against it."""
    import geopandas as gpd

    from geo_disputed.geo.boundaries import COLUMNS

    countries = load_countries() if countries is None else countries
    iraq = countries[countries["iso_n3"] == IRAQ]
    row = dict.fromkeys(COLUMNS[:-1])
    row.update(
        level=0,
        pcode="IQ",
        name_en="Iraq",
        name_ar=iraq["name_ar"].iloc[0] or None,
        source=f"{SOURCE} (country outline only)",
    )
    return gpd.GeoDataFrame([row], geometry=[iraq.geometry.union_all()], crs=GEOGRAPHIC)


def _arabic_names() -> dict[str, str]:
    """English -> Arabic country names from the curated places (``data/places.csv``)."""
    from geo_disputed.curated import data_path, read_rows

    rows = read_rows(data_path("places.csv"), ("kind", "name_en", "name_ar"))
    return {r["name_en"]: r["name_ar"] for r in rows if r["kind"] == "country" and r["name_ar"]}
