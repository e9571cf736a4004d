"""The incident queries on dask-geopandas, for tables larger than one machine's memory.

Each partition goes through the same in-memory functions as
:mod:`geo_disputed.incidents.query`, so the results are identical to the in-memory path;
the boundaries, belt and centres are small and travel with the tasks. Work runs on whatever
dask scheduler is active: the local threads by default, or a ``dask.distributed`` cluster
once a ``Client`` is created.

Write on the workers, gather only what is small. :func:`write_enriched` has every worker
enrich and write its own partitions, so no row crosses to the client (it also replaces a
local dataset whole and writes label columns that ``read_incidents`` can read back, which a
bare ``enrich(...).to_parquet(path)`` does not); :func:`summarize` sends back only the
partial count tables. Gathering the enriched table itself (``enrich(...).compute()``)
serialises every row, long notes included, into the one client process: it is the slowest
way in ``benchmarks/bench_dask.py`` and needs the whole result in the client's memory.
When rows are wanted on the client, :func:`collect` brings them without the long free text
of :data:`TEXT_COLUMNS` unless asked.

Examples
--------
On a cluster (not run here)::

    from dask.distributed import Client, LocalCluster
    client = Client("tcp://scheduler:8786")  # or Client(LocalCluster())
    events = scale.read_incidents("s3://bucket/incidents/")
    scale.write_enriched(events, boundaries, "s3://bucket/enriched/", belt=belt, centres=centres)
    enriched = scale.read_incidents("s3://bucket/enriched/")
    scale.summarize(enriched, by=["admin1", "month"], in_belt=True)  # reads 4 columns
    rows = scale.collect(enriched)  # every column but the long text

Requires ``dask-geopandas`` (and ``distributed`` for a cluster).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.files import PARTIAL_MARK, sweep_partials
from geo_disputed.geo.belt import Belt
from geo_disputed.geo.disputed import disputed_layer
from geo_disputed.incidents import query

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

#: Long free-text columns of incidents and news events (ACLED/UCDP ``notes`` and headlines, the
#: news coder's sentence and title, links): :func:`collect` leaves them on the workers unless
#: asked. In an ACLED export ``notes`` and ``source_url`` are most of a row's bytes.
TEXT_COLUMNS: tuple[str, ...] = (
    "notes", "sentence", "title", "source_url", "source_headline", "source_original",
    "where_description",
)  # fmt: skip
#: Files a dataset directory written by dask may hold; :func:`write_enriched` and
#: :func:`write_incidents` replace a directory holding only these, never anything else.
_DATASET_FILES = ("_metadata", "_common_metadata")


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

    A local ``path`` is written as :func:`write_enriched` writes (replaced whole, never
    half-written); ``kwargs`` go to ``dask_geopandas.GeoDataFrame.to_parquet`` (e.g.
    ``storage_options`` for object stores).
    """
    dgpd = _dask_geopandas()
    _write_dataset(dgpd.from_geopandas(gdf, npartitions=max(1, npartitions)), path, kwargs)


def _as_text(part: Any, columns: list[str]) -> Any:
    """``part`` with ``columns`` as pandas text (missing stays missing)."""
    part = part.copy()
    for name in columns:
        part[name] = part[name].astype("string")
    return part


def _is_local(path: str | os.PathLike[str]) -> bool:
    return isinstance(path, os.PathLike) or "://" not in path


def _write_dataset(frame: Any, path: str | os.PathLike[str], kwargs: dict[str, Any]) -> None:
    """``frame.to_parquet(path)``, for a local path into a temporary directory beside it that
    then replaces ``path`` (so no reader sees a half-written dataset, and no partition of an
    earlier, longer write is left behind); an object store URL is written in place.

    A label column with no labels at all (``admin3`` when the boundaries have no level 3) is
    written as text, all missing: Parquet stores a categorical without categories as a
    column of type null, which ``dask_geopandas.read_parquet`` cannot read back."""
    import pandas as pd

    empty = [
        name
        for name, dtype in frame._meta.dtypes.items()
        if isinstance(dtype, pd.CategoricalDtype) and len(dtype.categories) == 0
    ]
    if empty:
        frame = frame.map_partitions(_as_text, empty, meta=_as_text(frame._meta, empty))
    if not _is_local(path):
        frame.to_parquet(str(path), **kwargs)
        return
    target = Path(path)
    if target.exists() and not (
        target.is_dir()
        and all(
            p.is_file() and (p.suffix == ".parquet" or p.name in _DATASET_FILES)
            for p in target.iterdir()
        )
    ):
        raise DataError(target, "exists and is not a GeoParquet dataset directory; not replaced")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        sweep_partials(target.parent)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}{PARTIAL_MARK}", dir=target.parent))
    except OSError as exc:
        raise DataError(target, f"cannot write here ({exc.strerror or exc})") from None
    old = tmp.with_name(tmp.name + "-old")
    try:
        frame.to_parquet(str(tmp), **kwargs)
        if target.exists():
            os.replace(target, old)
        try:
            os.replace(tmp, target)
        except OSError:
            if old.exists():
                os.replace(old, target)
            raise
    except OSError as exc:
        kept = "the previous dataset is kept" if target.exists() else "nothing was written"
        raise DataError(target, f"cannot write ({exc.strerror or exc}); {kept}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)


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
    if not hasattr(events, "map_partitions"):
        raise GeoDisputedError(
            f"scale.enrich needs a dask_geopandas.GeoDataFrame (scale.read_incidents or "
            f"dask_geopandas.from_geopandas), not {type(events).__name__}; "
            f"for an in-memory frame use query.enrich"
        )
    if disputed is None:
        disputed = disputed_layer(boundaries)[0]
    kwargs: dict[str, Any] = {
        "belt": belt, "centres": centres, "disputed": disputed, "levels": levels, "prefix": prefix,
    }  # fmt: skip
    meta = query.enrich(events._meta, boundaries, **kwargs)
    return events.map_partitions(query.enrich, boundaries, **kwargs, meta=meta)


def write_enriched(
    events: Any,
    boundaries: gpd.GeoDataFrame,
    path: str | os.PathLike[str],
    *,
    belt: Belt | gpd.GeoDataFrame | None = None,
    centres: gpd.GeoDataFrame | None = None,
    disputed: gpd.GeoDataFrame | None = None,
    levels: Sequence[int] | None = None,
    prefix: str = "nearest_centre",
    **kwargs: Any,
) -> None:
    """Enrich every partition and write it as GeoParquet on the worker that made it.

    The way to run :func:`enrich` on a cluster: no row is sent to the client, which makes it
    faster than gathering the result with ``compute()`` and lets the table outgrow the
    client's memory (``benchmarks/bench_dask.py``). Every column is written, notes included;
    read the output back with :func:`read_incidents` (``columns=`` reads only those).

    Parameters
    ----------
    events
        A ``dask_geopandas.GeoDataFrame`` of points (e.g. from :func:`read_incidents`).
    boundaries, belt, centres, disputed, levels, prefix
        As for :func:`enrich`.
    path
        A directory (one file per partition), or a URL ``fsspec`` understands. A local
        directory is written beside itself and then put in place whole, replacing an
        earlier dataset (a directory of ``.parquet`` files) with no partition of it left
        behind; an object store is written in place.
    kwargs
        Go to ``dask_geopandas.GeoDataFrame.to_parquet`` (e.g. ``storage_options``).

    Raises
    ------
    DataError
        If a local ``path`` exists and is not a dataset directory, or cannot be written.
    """
    enriched = enrich(
        events, boundaries, belt=belt, centres=centres, disputed=disputed, levels=levels,
        prefix=prefix,
    )  # fmt: skip
    _write_dataset(enriched, path, kwargs)


def collect(events: Any, columns: Sequence[str] | None = None, *, text: bool = False) -> Any:
    """Compute a lazy frame onto the client, leaving long free text on the workers.

    Parameters
    ----------
    events
        A dask (geo)pandas frame, e.g. from :func:`enrich` or :func:`read_incidents`.
    columns
        Exactly the columns to bring, in this order (text columns too, if named); default
        every column but :data:`TEXT_COLUMNS`.
    text
        With ``columns`` left out: bring every column, the long text included.

    Returns
    -------
    geopandas.GeoDataFrame or pandas.DataFrame
        A GeoDataFrame when the geometry column is among the columns.

    Raises
    ------
    GeoDisputedError
        If a column named in ``columns`` is not in ``events``, or both ``columns`` and
        ``text=True`` are given.
    """
    available = list(events.columns)
    if columns is not None:
        if text:
            raise GeoDisputedError("collect: give columns= or text=True, not both")
        wanted = [columns] if isinstance(columns, str) else list(columns)
        missing = [c for c in wanted if c not in available]
        if missing:
            raise GeoDisputedError(
                f"collect: no column {', '.join(map(repr, missing))} "
                f"(the frame has {', '.join(available)})"
            )
    elif text:
        wanted = available
    else:
        wanted = [c for c in available if c not in TEXT_COLUMNS]
    return events[wanted].compute()


def _summary_columns(events: Any, keys: Sequence[str], in_belt: bool) -> list[str]:
    """The columns :func:`geo_disputed.incidents.query.summarize` reads for these keys."""
    needed = {"fatalities", *(("date",) if set(keys) & set(query.TIME_BUCKETS) else ())}
    needed |= {k for k in keys if k not in query.TIME_BUCKETS} | ({"in_belt"} if in_belt else set())
    return [c for c in events.columns if c in needed]


def summarize(events, by: str | Sequence[str] = "admin1", in_belt: bool = False) -> pd.DataFrame:
    """Count events and fatalities by key over all partitions (computes).

    Each partition is summarised with :func:`geo_disputed.incidents.query.summarize` on the
    worker holding it; only the partial tables (a row per key) reach the client, where they are
    summed, which gives the in-memory result exactly. Only the columns the keys need are
    read, so on a frame from :func:`read_incidents` the notes are never loaded.

    Raises
    ------
    GeoDisputedError
        As :func:`geo_disputed.incidents.query.summarize` does (an unknown key, no
        ``in_belt`` column), before anything is computed.
    """
    import pandas as pd

    keys = [by] if isinstance(by, str) else list(by)
    query.summarize(events._meta, by=keys, in_belt=in_belt)  # the same errors, up front
    events = events[_summary_columns(events, keys, in_belt)]
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
