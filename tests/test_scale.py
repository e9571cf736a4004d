"""dask-geopandas path on a local 2-worker cluster gives the in-memory results exactly."""

from __future__ import annotations

import os
from pathlib import Path

import distributed  # the scale extra; installed in CI, so a missing one fails, never skips
import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, box

from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.geo.belt import Belt
from geo_disputed.incidents import query, scale

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def client():
    """A LocalCluster with 2 worker processes (1 thread each) that can import the package."""
    old = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT), old]))
    try:
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        with cluster, distributed.Client(cluster) as c:
            yield c
    finally:
        if old is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old


@pytest.fixture(scope="module")
def layers():
    boundaries = gpd.GeoDataFrame(
        {
            "level": [1, 1, 2, 2, 2],
            "pcode": ["G1", "G2", "G1D1", "G1D2", "G2D1"],
            "name_en": ["Gov One", "Gov Two", "West", "East", "Two"],
        },
        geometry=[
            box(44, 35, 45, 36),
            box(45, 35, 46, 36),
            box(44, 35, 44.5, 36),
            box(44.5, 35, 45, 36),
            box(45, 35, 46, 36),
        ],
        crs=4326,
    )
    pieces = gpd.GeoDataFrame(
        {"admin1": ["Gov One", "Gov Two"]},
        geometry=[box(44.4, 35.4, 45, 35.6), box(45, 35.4, 45.6, 35.6)],
        crs=4326,
    ).to_crs(32638)
    axis = gpd.GeoSeries([LineString([(44.4, 35.5), (45.6, 35.5)])], crs=4326).to_crs(32638)
    belt = Belt(pieces, axis.iloc[0], "corridor", "corridor", 22.0)
    disputed = gpd.GeoDataFrame({"unit_name": ["West"]}, geometry=[box(44, 35, 44.5, 36)], crs=4326)
    centres = gpd.GeoDataFrame(
        {"name_en": ["C1", "C2", "C3"]},
        geometry=gpd.points_from_xy([44.2, 45.1, 45.8], [35.2, 35.5, 35.9]),
        crs=4326,
    )
    return boundaries, belt, disputed, centres


@pytest.fixture(scope="module")
def events():
    rng = np.random.default_rng(2)
    n = 20_000
    dates = np.datetime64("2022-01-01") + rng.integers(0, 700, n)
    return gpd.GeoDataFrame(
        {
            "event_id": [f"E{i}" for i in range(n)],
            "date": pd.to_datetime(dates),
            "fatalities": pd.array(rng.integers(0, 4, n), dtype="Int64"),
            "notes": [f"Note {i}: " + "word " * k for i, k in enumerate(rng.integers(5, 60, n))],
            "source_url": [f"https://example.org/report/{i}" for i in range(n)],
        },
        geometry=gpd.points_from_xy(rng.uniform(43.8, 46.2, n), rng.uniform(34.8, 36.2, n)),
        crs=4326,
    )


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Labels and text as objects (missing as None), sorted by id: for comparing frames value
    by value (an all-missing label column is written to Parquet as text)."""
    out = pd.DataFrame(frame).copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype | pd.StringDtype):
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out.sort_values("event_id").reset_index(drop=True)


@pytest.mark.slow
def test_partitioned_enrich_matches_in_memory(client, tmp_path, events, layers):
    boundaries, belt, disputed, centres = layers
    scale.write_incidents(events, tmp_path / "events", npartitions=5)
    assert len(list((tmp_path / "events").glob("*.parquet"))) == 5
    lazy = scale.read_incidents(tmp_path / "events")
    with pytest.raises(TypeError):  # belt, centres and disputed are keyword-only
        scale.enrich(lazy, boundaries, belt, centres, disputed)  # type: ignore[misc]
    enriched = scale.enrich(lazy, boundaries, belt=belt, centres=centres, disputed=disputed)
    distributed_result = enriched.compute()

    expected = query.enrich(events, boundaries, belt=belt, centres=centres, disputed=disputed)
    # query.enrich itself agrees with its steps run one by one (on the belt's pieces frame)
    independent = query.nearest_site(
        query.in_belt(query.assign_admin(events, boundaries, levels=(1, 2)), belt.pieces),
        centres,
    )
    assert (expected["in_belt"].astype(bool) == independent["in_belt"]).all()
    assert np.allclose(expected["nearest_centre_km"], independent["nearest_site_km"])

    got, want = plain(distributed_result), plain(expected)
    assert list(got.columns) == list(want.columns)
    pd.testing.assert_frame_equal(
        got.drop(columns="geometry"), want.drop(columns="geometry"), check_dtype=False
    )
    assert gpd.GeoSeries(got["geometry"]).geom_equals(gpd.GeoSeries(want["geometry"])).all()
    assert got["in_belt"].any() and (~got["in_belt"]).any()  # both outcomes occur

    for by, in_belt in ((["admin1"], False), (["admin2", "month"], True)):
        pd.testing.assert_frame_equal(
            scale.summarize(enriched, by=by, in_belt=in_belt),
            query.summarize(expected, by=by, in_belt=in_belt),
            check_dtype=False,
        )


def test_enriched_partitions_write_back(client, tmp_path, events, layers):
    boundaries, _, disputed, centres = layers
    lazy = scale.read_incidents(_written(events, tmp_path / "in"))
    scale.enrich(lazy, boundaries, centres=centres, disputed=disputed, levels=(2,)).to_parquet(
        str(tmp_path / "out")
    )
    back = gpd.read_parquet(sorted((tmp_path / "out").glob("*.parquet")))
    assert len(back) == len(events)
    assert back.crs.to_epsg() == 4326
    assert {"admin2", "admin2_pcode", "nearest_centre", "nearest_centre_km"} <= set(back.columns)
    want = query.enrich(events, boundaries, centres=centres, disputed=disputed, levels=(2,))
    got, want = plain(back), plain(want)
    assert list(got.columns) == list(want.columns)
    pd.testing.assert_frame_equal(
        got.drop(columns="geometry"), want.drop(columns="geometry"), check_dtype=False
    )


def assert_same_rows(got: pd.DataFrame, want: pd.DataFrame) -> None:
    """Same columns in the same order, same values (categoricals compared as objects)."""
    got, want = plain(got), plain(want)
    assert list(got.columns) == list(want.columns)
    pd.testing.assert_frame_equal(
        got.drop(columns="geometry"), want.drop(columns="geometry"), check_dtype=False
    )
    assert gpd.GeoSeries(got["geometry"]).geom_equals(gpd.GeoSeries(want["geometry"])).all()


def test_write_enriched_on_workers_matches_in_memory(client, tmp_path, events, layers):
    """The documented path: enrich and write on the workers, read back, summarise from disk."""
    boundaries, belt, disputed, centres = layers
    kwargs = {"belt": belt, "centres": centres, "disputed": disputed}
    lazy = scale.read_incidents(_written(events, tmp_path / "in", npartitions=5))
    out = tmp_path / "enriched"
    assert scale.write_enriched(lazy, boundaries, out, **kwargs) is None
    assert len(list(out.glob("*.parquet"))) == 5
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]  # temporary dir gone
    expected = query.enrich(events, boundaries, **kwargs)
    back = gpd.read_parquet(out)
    assert back.crs.to_epsg() == 4326
    assert_same_rows(back, expected)  # notes and links written too
    assert back["in_belt"].any() and back["in_disputed"].any()

    # written again from fewer partitions: the dataset is replaced whole, no stale part left
    fewer = scale.read_incidents(_written(events, tmp_path / "in3", npartitions=3))
    scale.write_enriched(fewer, boundaries, out, **kwargs)
    assert len(list(out.glob("*.parquet"))) == 3
    assert_same_rows(gpd.read_parquet(out), expected)

    on_disk = scale.read_incidents(out)
    for by, in_belt in ((["admin1"], False), (["admin2", "month"], True), ("event_id", False)):
        pd.testing.assert_frame_equal(
            scale.summarize(on_disk, by=by, in_belt=in_belt),
            query.summarize(expected, by=by, in_belt=in_belt),
            check_dtype=False,
        )


def test_write_enriched_refuses_to_replace_other_files(tmp_path, events, layers):
    boundaries, _, disputed, _ = layers
    lazy = scale.read_incidents(_written(events.head(50), tmp_path / "in"))
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.txt").write_text("keep me")
    with pytest.raises(DataError, match="not a GeoParquet dataset directory"):
        scale.write_enriched(lazy, boundaries, mine, disputed=disputed)
    assert [p.name for p in mine.iterdir()] == ["thesis.txt"]
    (tmp_path / "file.parquet").write_text("a file, not a directory")
    with pytest.raises(DataError, match=r"file\.parquet"):
        scale.write_enriched(lazy, boundaries, tmp_path / "file.parquet", disputed=disputed)
    with pytest.raises(GeoDisputedError, match=r"for an in-memory frame use query\.enrich"):
        scale.enrich(events, boundaries, disputed=disputed)


def test_collect_leaves_long_text_on_the_workers(client, tmp_path, events, layers):
    boundaries, belt, disputed, centres = layers
    lazy = scale.read_incidents(_written(events, tmp_path / "in"))
    enriched = scale.enrich(lazy, boundaries, belt=belt, centres=centres, disputed=disputed)
    expected = query.enrich(events, boundaries, belt=belt, centres=centres, disputed=disputed)

    light = scale.collect(enriched)
    assert isinstance(light, gpd.GeoDataFrame)
    assert "notes" not in light and "source_url" not in light
    assert_same_rows(light, expected.drop(columns=["notes", "source_url"]))
    assert_same_rows(scale.collect(enriched, text=True), expected)
    picked = scale.collect(enriched, ["event_id", "notes"])
    assert list(picked.columns) == ["event_id", "notes"]
    pd.testing.assert_frame_equal(
        picked.sort_values("event_id").reset_index(drop=True),
        pd.DataFrame(expected[["event_id", "notes"]])
        .sort_values("event_id")
        .reset_index(drop=True),
        check_dtype=False,
    )
    with pytest.raises(GeoDisputedError, match="no column 'note'"):
        scale.collect(enriched, ["event_id", "note"])
    with pytest.raises(GeoDisputedError, match="not both"):
        scale.collect(enriched, ["event_id"], text=True)


def test_summarize_reads_only_the_columns_it_needs(tmp_path, events):
    """A text column that cannot be computed is never computed by summarize."""
    import dask_geopandas

    lazy = dask_geopandas.from_geopandas(events.drop(columns="notes"), npartitions=4)
    poisoned = lazy.assign(notes=lazy["event_id"].astype("int64"))  # int("E0") fails if run
    with pytest.raises(ValueError):
        poisoned["notes"].compute()
    pd.testing.assert_frame_equal(
        scale.summarize(poisoned, by=["month"]),
        query.summarize(events, by=["month"]),
        check_dtype=False,
    )
    with pytest.raises(GeoDisputedError, match="no in_belt column"):
        scale.summarize(poisoned, in_belt=True)


def _written(events: gpd.GeoDataFrame, path: Path, npartitions: int = 3) -> Path:
    scale.write_incidents(events, path, npartitions=npartitions)
    return path
