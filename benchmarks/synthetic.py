"""SYNTHETIC incident generator for benchmarks and scale tests. NOT REAL EVENTS.

Every row it makes is random: ids start with ``SYN-``, ``source`` says
``SYNTHETIC (benchmarks/synthetic.py), not a real event`` and ``confidence`` is ``low``.
Points are uniform over Iraq (inside the country outline when boundaries are given, else in
its bounding box); a small share of rows is deliberately broken (empty or swapped
coordinates, impossible dates, repeated ids) so that validation has work to do.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd

from geo_disputed import crs

SOURCE = "SYNTHETIC (benchmarks/synthetic.py), not a real event"
EVENT_TYPES = ("Explosions/Remote violence", "Battles", "Violence against civilians")


def synthetic_incidents(
    n: int,
    *,
    seed: int = 0,
    outline=None,
    bad_share: float = 0.005,
) -> pd.DataFrame:
    """Return ``n`` SYNTHETIC incidents as text columns in the package incident schema.

    Parameters
    ----------
    n
        Number of rows.
    seed
        Random seed (same seed, same rows).
    outline
        Shapely polygon (EPSG:4326) to draw points inside, e.g. Iraq's outline; ``None`` draws
        in Iraq's bounding box.
    bad_share
        Share of rows broken on purpose, split evenly between empty coordinates, swapped
        coordinates, impossible dates (``31/02/2024``) and repeated ids.
    """
    import shapely

    rng = np.random.default_rng(seed)
    lon, lat = np.empty(0), np.empty(0)
    while len(lon) < n:  # rejection sampling inside the outline
        x = rng.uniform(crs.IRAQ_BBOX[0], crs.IRAQ_BBOX[2], 2 * (n - len(lon)) + 16)
        y = rng.uniform(crs.IRAQ_BBOX[1], crs.IRAQ_BBOX[3], len(x))
        if outline is not None:
            shapely.prepare(outline)
            keep = shapely.contains_xy(outline, x, y)
            x, y = x[keep], y[keep]
        lon, lat = np.concatenate([lon, x]), np.concatenate([lat, y])
    lon, lat = lon[:n], lat[:n]
    days = rng.integers(0, 3 * 365, n)
    frame = pd.DataFrame(
        {
            "event_id": np.char.add("SYN-", np.arange(n).astype(str)),
            "date": (np.datetime64("2022-01-01") + days).astype(str),
            "event_type": np.asarray(EVENT_TYPES)[rng.integers(0, len(EVENT_TYPES), n)],
            "latitude": np.round(lat, 5).astype(str),
            "longitude": np.round(lon, 5).astype(str),
            "geo_precision": rng.integers(1, 4, n).astype(str),
            "fatalities": rng.poisson(0.3, n).astype(str),
            "notes": "synthetic",
            "source": SOURCE,
            "confidence": "low",
        }
    )
    bad = rng.choice(n, size=int(n * bad_share), replace=False)
    empty, swapped, dates, dups = np.array_split(bad, 4)
    frame.loc[empty, "latitude"] = ""
    frame.loc[swapped, ["latitude", "longitude"]] = frame.loc[
        swapped, ["longitude", "latitude"]
    ].to_numpy()
    frame.loc[dates, "date"] = "31/02/2024"
    if len(dups):
        frame.loc[dups, "event_id"] = frame["event_id"].iloc[0]
    return frame


def write_synthetic_csv(path: str | os.PathLike[str], n: int, **kwargs) -> Path:
    """Write :func:`synthetic_incidents` to a CSV and return its path."""
    path = Path(path)
    synthetic_incidents(n, **kwargs).to_csv(path, index=False)
    return path
