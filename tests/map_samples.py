"""Small synthetic map layers for the map tests (made up, not real data), with hostile text.

Everything here is invented to exercise the map: boxes standing in for governorates and
districts, a fake belt and centreline, and incidents whose text fields carry script
injection payloads. None of it describes real places or events.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geo_disputed.geo.belt import Belt
from geo_disputed.render.layers import Layers

#: Payloads that would run script if any data string reached HTML/JS unescaped. Each sets
#: ``window.__pwned``; the browser tests assert it stays undefined.
HOSTILE = (
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "`${window.__pwned='template'}`",
    "${(window.__pwned='dollar')}",
    "\"'><svg onload=window.__pwned='svg'>",
    "</script><script>window.__pwned='close'</script>",
    "{{ 7*7 }} {% raw %} <!-- ",
)
HOSTILE_TEXT = " | ".join(HOSTILE)
HOSTILE_URL = "javascript:window.__pwned='url'"


def boundaries(hostile: bool = False) -> gpd.GeoDataFrame:
    """Two box 'governorates' split into two 'districts' each, plus the 'country' (EPSG:4326)."""
    tag = f" {HOSTILE[0]}" if hostile else ""
    rows = [
        (1, "XG01", "North Box" + tag, "الصندوق الشمالي", "XX", shapely.box(43, 36, 45, 37)),
        (1, "XG02", "South Box", "الصندوق الجنوبي", "XX", shapely.box(43.0, 35.0, 45.0, 36.0)),
        (2, "XG01Q01", "North West", "الشمال الغربي", "XG01", shapely.box(43.0, 36.0, 44.0, 37.0)),
        (2, "XG01Q02", "North East", "الشمال الشرقي", "XG01", shapely.box(44.0, 36.0, 45.0, 37.0)),
        (2, "XG02Q01", "South West", "الجنوب الغربي", "XG02", shapely.box(43.0, 35.0, 44.0, 36.0)),
        (2, "XG02Q02", "South East", "الجنوب الشرقي", "XG02", shapely.box(44.0, 35.0, 45.0, 36.0)),
        (0, "XX", "Box Country", "بلد الصناديق", None, shapely.box(43.0, 35.0, 45.0, 37.0)),
    ]
    frame = gpd.GeoDataFrame(
        [r[:5] for r in rows],
        columns=["level", "pcode", "name_en", "name_ar", "parent_pcode"],
        geometry=[r[5] for r in rows],
        crs="EPSG:4326",
    )
    frame["admin1"] = frame["name_en"].where(frame["level"] == 1)
    frame["admin2"] = frame["name_en"].where(frame["level"] == 2)
    frame["source"] = "made-up boxes for tests"
    return frame


def countries(hostile: bool = False) -> gpd.GeoDataFrame:
    """The 'country' and two made-up neighbours, as
    :func:`geo_disputed.geo.countries.load_countries` returns them (EPSG:4326)."""
    tag = f" {HOSTILE[4]}" if hostile else ""
    frame = gpd.GeoDataFrame(
        {
            "iso_n3": ["368", "900", "901"],
            "name_en": ["Box Country", "West Land" + tag, "East Land"],
            "name_ar": ["بلد الصناديق", "أرض الغرب", ""],
            "source": "made-up countries for tests",
        },
        geometry=[
            shapely.box(43, 35, 45, 37),
            shapely.box(41, 35, 43, 37),
            shapely.box(45, 35, 47, 37),
        ],
        crs="EPSG:4326",
    )
    return frame


def belt() -> Belt:
    """A made-up belt: the buffer of a line, split at 36°N, with its centreline."""
    line = gpd.GeoSeries([shapely.LineString([(43.2, 36.6), (44.0, 36.2), (44.8, 35.4)])],
                         crs="EPSG:4326").to_crs("EPSG:32638").iloc[0]  # fmt: skip
    north = gpd.GeoSeries([shapely.box(43.0, 36.0, 45.0, 37.0)], crs=4326).to_crs(32638).iloc[0]
    whole = line.buffer(10_000, cap_style="flat")
    pieces = [whole.intersection(north), whole.difference(north)]
    frame = gpd.GeoDataFrame(
        {"admin1": ["North Box", "South Box"], "pcode": ["XG01", "XG02"],
         "support": "interpolation", "hotspots": "",  # a corridor: all interpolation
         "area_km2": [p.area / 1e6 for p in pieces],
         "length_km": [line.intersection(north).length / 1e3,
                       line.difference(north).length / 1e3]},
        geometry=pieces, crs="EPSG:32638",
    )  # fmt: skip
    return Belt(frame, line, "corridor", "corridor", 20.0)


def vacuum_belt() -> Belt:
    """A made-up ``"vacuum"`` belt: North Box in two parts (a hotspot part west of 44°E and
    a frontier part), South Box bridged (interpolation), with the line through them."""
    line = gpd.GeoSeries([shapely.LineString([(43.2, 36.5), (44.8, 36.5), (44.8, 35.4)])],
                         crs=4326).to_crs(32638).iloc[0]  # fmt: skip
    boxes = gpd.GeoSeries(
        [shapely.box(43.0, 36.0, 44.0, 37.0), shapely.box(44.0, 36.0, 45.0, 37.0),
         shapely.box(43.0, 35.0, 45.0, 36.0)], crs=4326,
    ).to_crs(32638)  # fmt: skip
    whole = line.buffer(15_000, cap_style="flat")
    pieces = [whole.intersection(b) for b in boxes]
    frame = gpd.GeoDataFrame(
        {"admin1": ["North Box", "North Box", "South Box"], "pcode": ["XG01", "XG01", "XG02"],
         "support": ["hotspot", "frontier", "interpolation"],
         "hotspots": ["box-ridge|box-gap", "", ""],
         "area_km2": [p.area / 1e6 for p in pieces],
         "length_km": [line.intersection(b).length / 1e3 for b in boxes]},
        geometry=pieces, crs="EPSG:32638",
    )  # fmt: skip
    return Belt(frame, line, "vacuum", "vacuum", 30.0, 40.0)


def hotspots(hostile: bool = False) -> gpd.GeoDataFrame:
    """Two made-up hotspots, as :func:`geo_disputed.geo.sites.load_hotspots` returns them
    (the columns the maps read): a point on the ridge and an area without one."""
    return gpd.GeoDataFrame(
        {"id": ["box-ridge", "box-gap"],
         "name_en": ["Box Ridge" + (f" {HOSTILE[1]}" if hostile else ""), "Box Gap"],
         "name_ar": ["سلسلة الصندوق", ""], "precision": ["point", "unit"],
         "pcodes": ["", "XG01Q01"]},
        geometry=[shapely.Point(43.5, 36.5), None], crs="EPSG:4326",
    )  # fmt: skip


def gaps() -> gpd.GeoDataFrame:
    """One made-up coverage gap (EPSG:32638)."""
    line = gpd.GeoSeries([shapely.LineString([(44.0, 36.2), (44.4, 35.8)])], crs=4326)
    frame = gpd.GeoDataFrame({"length_km": [0.0]}, geometry=line, crs=4326).to_crs(32638)
    frame["length_km"] = frame.length / 1e3
    return frame


def disputed(hostile: bool = False) -> gpd.GeoDataFrame:
    """One made-up disputed unit, with a UNAMI-style source."""
    return gpd.GeoDataFrame(
        {"unit_name": ["South West" + (f" {HOSTILE_TEXT}" if hostile else "")],
         "name_ar": ["الجنوب الغربي"], "level": ["district"], "admin1": ["South Box"],
         "listed_by": ["UNAMI 2009"],
         "source": ["https://example.org/unami ; " + (HOSTILE_URL if hostile else "report")],
         "note": [HOSTILE_TEXT if hostile else "made-up test unit"]},
        geometry=[shapely.box(43.0, 35.0, 44.0, 36.0)], crs="EPSG:4326",
    )  # fmt: skip


def kurdistan() -> gpd.GeoDataFrame:
    """The north box as a made-up 'region'."""
    return gpd.GeoDataFrame({"name_en": ["Region"]}, geometry=[shapely.box(43, 36, 45, 37)],
                            crs="EPSG:4326")  # fmt: skip


def centres(hostile: bool = False) -> gpd.GeoDataFrame:
    """Two made-up coordination centres."""
    name = "Centre A" + (f" {HOSTILE_TEXT}" if hostile else "")
    return gpd.GeoDataFrame(
        {"name_en": [name, "Centre B"], "name_ar": ["المركز أ", "المركز ب"],
         "precision": ["town", "governorate"],
         "opened_date": pd.to_datetime(["2021-06-02", None]),
         "source": [HOSTILE_URL if hostile else "https://example.org/a", "https://example.org/b"],
         "confidence": ["low", "low"], "note": [HOSTILE_TEXT if hostile else "", ""]},
        geometry=gpd.points_from_xy([43.5, 44.5], [36.5, 35.5]), crs="EPSG:4326",
    )  # fmt: skip


def incidents(n: int = 200, hostile: bool = False, seed: int = 0) -> gpd.GeoDataFrame:
    """``n`` made-up incidents in the boxes, in the package's incident schema."""
    rng = np.random.default_rng(seed)
    types = ["Battles", "Explosions/Remote violence", "Protests", "Made-up type"]
    text = HOSTILE_TEXT if hostile else "made-up note"
    frame = gpd.GeoDataFrame(
        {
            "event_id": [f"T{i}" for i in range(n)],
            "date": pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 365, n), "D"),
            "event_type": [types[i % len(types)] for i in range(n)],
            "sub_event_type": "Armed clash",
            "actor1": "Actor " + (HOSTILE[1] if hostile else "A"),
            "actor2": "",
            "location": [f"Place {HOSTILE[2] if hostile else i % 7}" for i in range(n)],
            "admin1": "South Box",
            "admin2": "",
            "geo_precision": rng.integers(1, 4, n),
            "fatalities": rng.integers(0, 5, n),
            "notes": [f"{text} #{i}" for i in range(n)],
            "source": "Made-up source " + (HOSTILE[4] if hostile else ""),
            "source_url": [HOSTILE_URL if (hostile and i % 2) else "https://example.org/e?a=1&b=2"
                           for i in range(n)],
        },
        geometry=gpd.points_from_xy(rng.uniform(43.1, 44.9, n), rng.uniform(35.1, 36.9, n)),
        crs="EPSG:4326",
    )  # fmt: skip
    frame["latitude"] = frame.geometry.y
    frame["longitude"] = frame.geometry.x
    return frame


def news(hostile: bool = False) -> gpd.GeoDataFrame:
    """Three made-up events reported in the news (columns of
    :mod:`geo_disputed.incidents.news`), just east of the boxes, apart from the incidents."""
    text = HOSTILE_TEXT if hostile else "A made-up sentence reporting a clash."
    return gpd.GeoDataFrame(
        {
            "event_id": ["N1", "N2", "N3"],
            "date": pd.to_datetime(["2023-03-01", "2023-03-02", "2023-04-01"]),
            "event_type": ["Battles", "Explosions/Remote violence", "Battles"],
            "sub_event_type": ["Armed clash", "Air/drone strike", ""],
            "location": ["News Place", "News Place " + (HOSTILE[2] if hostile else "2"), ""],
            "admin1": "South Box",
            "admin2": "",
            "fatalities": pd.array([2, None, 0], dtype="Int64"),
            "fatalities_high": pd.array([3, None, None], dtype="Int64"),
            "sentence": [f"{text} #{i}" for i in range(3)],
            "trigger": ["clashed", "drone", "clash"],
            "outlet": ["Outlet A;Outlet B", "Outlet " + (HOSTILE[4] if hostile else "C"), ""],
            "source_url": [HOSTILE_URL if hostile else "https://example.org/n1;https://example.org/n2",
                           "https://example.org/n3", ""],
            "reports": pd.array([2, 1, 1], dtype="Int64"),
            "confidence": [0.9, 0.7, 0.5],
        },
        geometry=gpd.points_from_xy([45.08, 45.08, 45.08], [35.3, 35.9, 36.5]),
        crs="EPSG:4326",
    )  # fmt: skip


@dataclass(frozen=True)
class FakeCandidate:
    """The fields of :class:`geo_disputed.text.geocoder.Candidate` the map reads."""

    name_en: str
    name_ar: str
    kind: str
    lat: float
    lon: float
    admin1: str
    precision: str
    source: str
    score: float = 1.0


@dataclass(frozen=True)
class FakeMention:
    """The fields of :class:`geo_disputed.text.geoparser.Mention` the map reads."""

    text: str
    start: int
    end: int
    candidate: FakeCandidate
    score: float


def places(hostile: bool = False) -> list[FakeMention]:
    """Three mentions of two made-up places (one Arabic surface form twice)."""
    a = FakeCandidate("Box Town" + (f" {HOSTILE[0]}" if hostile else ""), "بلدة الصندوق",
                      "town", 36.4, 44.2, "North Box", "town", "made-up gazetteer")  # fmt: skip
    b = FakeCandidate("Other Town", "بلدة أخرى", "town", 35.6, 43.6, "South Box", "town",
                      HOSTILE_URL if hostile else "https://example.org/g")  # fmt: skip
    form = "بلدة الصندوق" + (f" {HOSTILE[3]}" if hostile else "")
    return [FakeMention(form, 0, 5, a, 0.9), FakeMention(form, 10, 15, a, 0.8),
            FakeMention("Other Town", 20, 30, b, 0.7)]  # fmt: skip


def all_layers(hostile: bool = False, n_incidents: int = 200, radius_km: float = 20.0) -> Layers:
    """Every layer, made up, for :func:`geo_disputed.render.interactive.build_map`."""
    return Layers(
        boundaries=boundaries(hostile), belt=belt(), gaps=gaps(), radius_km=radius_km,
        disputed=disputed(hostile), kurdistan=kurdistan(), centres=centres(hostile),
        incidents=incidents(n_incidents, hostile), places=places(hostile),
        countries=countries(hostile), news=news(hostile),
    )  # fmt: skip
