"""The incident queries on dask-geopandas, for tables larger than one machine's memory.

Each partition goes through the same in-memory functions as
:mod:`geo_disputed.incidents.query`, so the results are identical to the in-memory path;
the boundaries, belt and centres are small and travel with the tasks. Work runs on whatever
dask scheduler is active: the local threads by default, or a ``dask.distributed`` cluster
once a ``Client`` is created.

Examples
--------
On a cluster (not run here)::

    from dask.distributed import Client, LocalCluster
    client = Client("tcp://scheduler:8786")  # or Client(LocalCluster())
    events = scale.read_incidents("s3://bucket/incidents/")
    enriched = scale.enrich(events, boundaries, belt=belt, centres=centres)
    enriched.to_parquet("s3://bucket/enriched/")
    scale.summarize(enriched, by=["admin1", "month"], in_belt=True)

Requires ``dask-geopandas`` (and ``distributed`` for a cluster).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from geo_disputed.errors import GeoDisputedError
from geo_disputed.geo.belt import Belt
from geo_disputed.geo.disputed import disputed_layer
from geo_disputed.incidents import query

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd


def _dask_geopandas():
    try:
        import dask_geopandas
    except ImportError as exc:
        raise GeoDisputedError(
            f"geo_disputed.incidents.scale needs dask-geopandas ({exc}); pip install dask-geopandas"
        ) from None
    return dask_geopandas


def write_incidents(
    gdf: gpd.GeoDataFrame, path: str | os.PathLike[str], npartitions: int = 8, **kwargs: Any
) -> None:
    """Write incidents as partitioned GeoParquet (a directory of files, one per partition).

    ``kwargs`` go to ``dask_geopandas.GeoDataFrame.to_parquet`` (e.g. ``storage_options``
    for object stores).
    """
    dgpd = _dask_geopandas()
    dgpd.from_geopandas(gdf, npartitions=max(1, npartitions)).to_parquet(str(path), **kwargs)


def read_incidents(path: str | os.PathLike[str], **kwargs: Any):
    """Open partitioned GeoParquet lazily as a ``dask_geopandas.GeoDataFrame``.

    ``path`` is a directory, a glob or a URL that ``fsspec`` understands (``s3://``, ...);
    ``kwargs`` go to ``dask_geopandas.read_parquet``.
    """
    return _dask_geopandas().read_parquet(str(path), **kwargs)


def enrich(
    events: Any,
    boundaries: gpd.GeoDataFrame,
    *,
    belt: Belt | gpd.GeoDataFrame | None = None,
    centres: gpd.GeoDataFrame | None = None,
    disputed: gpd.GeoDataFrame | None = None,
    levels: Sequence[int] | None = None,
    prefix: str = "nearest_centre",
):
    """Run :func:`geo_disputed.incidents.query.enrich` on every partition, lazily.

    Parameters
    ----------
    events
        A ``dask_geopandas.GeoDataFrame`` of points (e.g. from :func:`read_incidents`).
    boundaries, belt, centres, disputed, levels, prefix
        As for :func:`geo_disputed.incidents.query.enrich` (the same signature and defaults:
        every level the boundaries have; the disputed territories of the boundaries,
        computed once here).

    Returns
    -------
    dask_geopandas.GeoDataFrame
        Lazy; the same columns and values as the in-memory function gives, in the input CRS.
    """
    if disputed is None:
        disputed = disputed_layer(boundaries)[0]
    kwargs: dict[str, Any] = {
        "belt": belt, "centres": centres, "disputed": disputed, "levels": levels, "prefix": prefix,
    }  # fmt: skip
    meta = query.enrich(events._meta, boundaries, **kwargs)
    return events.map_partitions(query.enrich, boundaries, **kwargs, meta=meta)


def summarize(events, by: str | Sequence[str] = "admin1", in_belt: bool = False) -> pd.DataFrame:
    """Count events and fatalities by key over all partitions (computes).

    Each partition is summarised with :func:`geo_disputed.incidents.query.summarize`; the partial
    tables are summed, which gives the in-memory result exactly.
    """
    import pandas as pd

    keys = [by] if isinstance(by, str) else list(by)
    counts = ("events", "fatalities", "fatalities_unknown")
    meta = pd.DataFrame(
        {
            **{k: pd.Series(dtype=object) for k in keys},
            **{c: pd.Series(dtype="int64") for c in counts},
        }
    )
    parts = events.map_partitions(query.summarize, by=keys, in_belt=in_belt, meta=meta).compute()
    parts = pd.DataFrame(parts)
    if parts.empty:
        return meta
    total = parts.groupby(keys, sort=False)[list(counts)].sum().reset_index()
    return query.sort_summary(total.astype(dict.fromkeys(counts, "int64")), keys)
