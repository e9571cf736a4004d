"""The layers of a map, the one thing every output takes.

A :class:`Layers` holds what a map draws; every field is optional, so a researcher can build
one from their own frames (``Layers(boundaries=units, incidents=events)``) and
:func:`geo_disputed.layers.load_layers` builds the full set from the bundled data.
:func:`geo_disputed.render.interactive.build_map`,
:func:`geo_disputed.render.static.static_map` and :func:`write_layers` draw or write
whichever layers are present.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from geo_disputed.crs import GEOGRAPHIC, METRIC
from geo_disputed.errors import GeoDisputedError
from geo_disputed.files import atomic_path
from geo_disputed.geo.belt import Belt
from geo_disputed.geo.boundaries import boundaries_source
from geo_disputed.render.qgis import add_styles
from geo_disputed.render.style import BELT_SOURCES, SOURCES

if TYPE_CHECKING:
    import geopandas as gpd

    from geo_disputed.incidents.load import LoadResult
    from geo_disputed.incidents.news import NewsRead
    from geo_disputed.text.geocoder import Candidate

#: The GeoPackage layers :func:`write_layers` writes, by boundary level.
ADMIN_LAYERS = {1: "governorates", 2: "districts", 3: "subdistricts"}


class NamedPlace(Protocol):
    """A place named in an article, as the places layer draws it: a
    :class:`geo_disputed.text.geoparser.Mention` or a
    :class:`geo_disputed.text.article_places.ArticlePlace`."""

    @property
    def text(self) -> str:
        """The words of the text that name the place."""
        ...

    @property
    def score(self) -> float:
        """Confidence in [0, 1]."""
        ...

    @property
    def candidate(self) -> Candidate:
        """The resolved place (EPSG:4326 point)."""
        ...


@dataclass
class Layers:
    """What a map draws (every field optional).

    Attributes
    ----------
    boundaries : GeoDataFrame or None
        Levels 0-3 in EPSG:4326 (:func:`geo_disputed.geo.boundaries.load_boundaries`).
    belt : Belt or None
        The security-vacuum belt (pieces, centreline, method, width; EPSG:32638).
    gaps : GeoDataFrame or None
        Stretches of the centreline farther than ``radius_km`` from every centre
        (:func:`geo_disputed.geo.belt.coverage_gaps`, EPSG:32638).
    radius_km : float
        The centres' coverage radius the gaps were computed with; the maps draw the centres'
        circles with it.
    centres : GeoDataFrame or None
        The joint coordination centres, EPSG:4326.
    incidents : GeoDataFrame or None
        Incident points (the incident schema of :mod:`geo_disputed.incidents`), enriched by
        :func:`geo_disputed.incidents.query.enrich` when boundaries are known.
    incidents_read : LoadResult or None
        What reading the incident file gave (its path, counts and rejected rows).
    news : GeoDataFrame or None
        Incidents reported in the news (:func:`geo_disputed.incidents.news.news_layer`: the
        incident schema plus the evidence columns, ``sentence`` first of them), enriched as
        ``incidents`` are.
    news_read : NewsRead or None
        What reading the news gave (articles, events, merged, drawn, files skipped).
    disputed, kurdistan : GeoDataFrame or None
        Disputed territories (one row per unit) and the Kurdistan Region, EPSG:4326.
    countries : GeoDataFrame or None
        Iraq and its neighbours (Natural Earth, EPSG:4326).
    places : list of NamedPlace
        Places named in an article: Mentions (:func:`geo_disputed.text.geoparser.geoparse`)
        or ArticlePlaces (:func:`geo_disputed.text.article_places.load_article_places`).
    missing : list of str
        What could not be built and why.
    boundaries_dir : Path or None
        Where the boundaries were read from.
    """

    boundaries: gpd.GeoDataFrame | None = None
    belt: Belt | None = None
    gaps: gpd.GeoDataFrame | None = None
    radius_km: float = 20.0
    centres: gpd.GeoDataFrame | None = None
    incidents: gpd.GeoDataFrame | None = None
    incidents_read: LoadResult | None = None
    news: gpd.GeoDataFrame | None = None
    news_read: NewsRead | None = None
    disputed: gpd.GeoDataFrame | None = None
    kurdistan: gpd.GeoDataFrame | None = None
    countries: gpd.GeoDataFrame | None = None
    places: Sequence[NamedPlace] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    boundaries_dir: Path | None = None

    def __post_init__(self) -> None:
        if self.belt is not None and not isinstance(self.belt, Belt):
            raise GeoDisputedError(
                f"Layers.belt must be a Belt (security_vacuum_belt), not {type(self.belt).__name__}"
            )
        if not (math.isfinite(self.radius_km) and self.radius_km > 0):
            raise GeoDisputedError(f"radius_km must be positive, got {self.radius_km!r}")

    @property
    def boundaries_source(self) -> str:
        """Which boundary dataset the layers are built on (for outputs to say so)."""
        if self.boundaries is None:
            return "Boundaries: none"
        return boundaries_source(self.boundaries)

    def sources(self) -> dict[str, str]:
        """The citation of each layer drawn, by layer key (boundaries, countries, belt, ...)."""
        cited: dict[str, str] = {}
        if self.boundaries is not None:
            cited["boundaries"] = self.boundaries_source
        if self.countries is not None and len(self.countries):
            names = self.countries.get("source")
            cited["countries"] = "Countries: " + (
                str(names.iloc[0]) if names is not None else "source not recorded"
            )
        if self.belt is not None:
            cited["belt"] = BELT_SOURCES[self.belt.method]
        if self.disputed is not None and len(self.disputed):
            cited["disputed"] = SOURCES["disputed"]
        if self.incidents is not None and len(self.incidents):
            read = self.incidents_read
            cited["incidents"] = (
                f"{SOURCES['incidents']} in {Path(read.path).name}"
                if read is not None
                else SOURCES["incidents"]
            )
        if self.news is not None and len(self.news):
            outlets = self.news_read.outlets if self.news_read is not None else []
            shown = ", ".join(outlets[:5]) + (" ..." if len(outlets) > 5 else "")
            cited["news"] = f"{SOURCES['news']}" + (f" ({shown})" if shown else "")
        if self.centres is not None and len(self.centres):
            cited["centres"] = SOURCES["centres"]
        if self.places:
            cited["places"] = SOURCES["places"]
        return cited

    def subtitle(self) -> str:
        """One line of what the map shows: belt width, centre radius, incidents and dates."""
        parts = []
        if self.belt is not None:
            parts.append(f"Belt {self.belt.size_text}")
        if self.centres is not None and len(self.centres):
            parts.append(f"centre radius {self.radius_km:g} km")
        incidents = self.incidents
        if incidents is not None and len(incidents):
            text = f"{len(incidents):,} incidents"
            if "date" in incidents:
                dates = incidents["date"].dropna()
                if len(dates):
                    text += f", {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}"
            parts.append(text)
        return " · ".join(parts)

    def summary(self) -> str:
        """A plain-text briefing: boundaries, belt table, incidents, coverage gaps, places."""
        lines = [self.boundaries_source]
        if self.belt is not None:
            lines.append(self.belt.table())
            support = self.belt.hotspot_support()
            if support:
                lines.append("belt parts supported by named hotspots (data/vacuum_hotspots.csv):")
                lines.extend(f"  {line}" for line in support)
        if self.incidents_read is not None:
            lines.append(f"incidents: {self.incidents_read.summary()}")
        incidents = self.incidents
        if incidents is not None and "in_belt" in incidents:
            unknown = int(incidents["in_belt"].isna().sum())
            lines.append(
                f"incidents inside the belt: {int(incidents['in_belt'].sum())}"
                + (f" ({unknown} located too coarsely to tell)" if unknown else "")
            )
        elif incidents is not None:
            lines.append("incidents inside the belt: not computed (no boundaries)")
        if self.news_read is not None:
            lines.append(f"reported in the news: {self.news_read.summary()}")
        if self.gaps is not None and self.centres is not None:
            lines.append(
                f"coverage gaps (centreline farther than {self.radius_km:g} km from all "
                f"{len(self.centres)} coordination centres):"
            )
            for row in self.gaps.sort_values("length_km", ascending=False).head(3).itertuples():
                lines.append(
                    f"  {row.length_km:6.1f} km  (km {row.start_km:,.0f} to {row.end_km:,.0f} "
                    "from the Syrian end)"
                )
        if self.places:
            names = sorted({p.candidate.name_en for p in self.places})
            lines.append(f"places named in the article: {len(names)} ({', '.join(names)})")
        return "\n".join(lines)

    def frames(self) -> dict[str, gpd.GeoDataFrame]:
        """Every layer as a GeoDataFrame, by the layer name :func:`write_layers` uses."""
        frames: dict[str, gpd.GeoDataFrame] = {}
        if self.belt is not None:
            frames["belt"] = self.belt.pieces
            frames["centreline"] = self.belt.centreline_frame()
        if self.gaps is not None:
            frames["gaps"] = self.gaps
        if self.boundaries is not None:
            for level, name in ADMIN_LAYERS.items():
                part = self.boundaries[self.boundaries["level"] == level]
                if len(part):
                    frames[name] = part
        for name, frame in (
            ("disputed_territories", self.disputed),
            ("kurdistan_region", self.kurdistan),
            ("countries", self.countries),
            ("coordination_centres", self.centres),
            ("incidents", self.incidents),
            ("news_incidents", self.news),
        ):
            if frame is not None:
                frames[name] = frame
        if self.places:
            frames["article_places"] = places_frame(self.places)
        return frames


def places_frame(places: Sequence[NamedPlace]) -> gpd.GeoDataFrame:
    """The places named in an article as points (EPSG:4326); a place known only from its
    kind word (``قرية X``) has no point."""
    import geopandas as gpd
    from shapely.geometry import Point

    def point(c: Any) -> Point | None:
        return Point(c.lon, c.lat) if math.isfinite(c.lat) and math.isfinite(c.lon) else None

    return gpd.GeoDataFrame(
        {
            "text": [p.text for p in places],
            "name_en": [p.candidate.name_en for p in places],
            "name_ar": [p.candidate.name_ar for p in places],
            "kind": [p.candidate.kind for p in places],
            "precision": [p.candidate.precision for p in places],
            "source": [p.candidate.source for p in places],
        },
        geometry=[point(p.candidate) for p in places],
        crs=GEOGRAPHIC,
    )


#: What :func:`write_layers` writes, by file extension.
FORMATS = {
    ".gpkg": "GeoPackage, one layer per frame, every layer in EPSG:32638",
    ".geojson": "GeoJSON of one layer, EPSG:4326 (RFC 7946 allows no other CRS)",
    ".parquet": "GeoParquet of one layer, EPSG:32638",
}


def write_layers(
    layers: Layers, path: str | os.PathLike[str], *, names: Sequence[str] | None = None
) -> dict[str, tuple[int, str]]:
    """Write the layers to a GIS file atomically; the format follows the extension.

    Parameters
    ----------
    layers
        What to write (:meth:`Layers.frames`).
    path
        ``.gpkg`` (every layer, or those named, in EPSG:32638), ``.geojson`` (one layer,
        EPSG:4326) or ``.parquet`` (one layer, EPSG:32638); see :data:`FORMATS`.
    names
        The layers to write (keys of :meth:`Layers.frames`); default all of them. A GeoJSON
        or GeoParquet file holds exactly one.

    Returns
    -------
    dict
        Layer name -> (number of features, CRS written).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise GeoDisputedError(f"{path}: use a .gpkg, .geojson or .parquet file name")
    frames = layers.frames()
    if names is not None:
        unknown = [n for n in names if n not in frames]
        if unknown:
            raise GeoDisputedError(f"{path}: no layer {unknown}; the layers are {list(frames)}")
        frames = {n: frames[n] for n in names}
    if not frames:
        raise GeoDisputedError(f"{path}: no layer to write")
    if suffix != ".gpkg" and len(frames) != 1:
        raise GeoDisputedError(f"{path}: a {suffix} file holds one layer, not {list(frames)}")
    crs = GEOGRAPHIC if suffix == ".geojson" else METRIC
    with atomic_path(path) as tmp:
        for name, frame in frames.items():
            plain = _plain(incident_schema(frame) if name == "incidents" else frame).to_crs(crs)
            if suffix == ".gpkg":
                plain.to_file(tmp, layer=name, driver="GPKG")
            elif suffix == ".geojson":
                plain.to_file(tmp, driver="GeoJSON", layer_options={"RFC7946": "YES"})
            else:
                plain.to_parquet(tmp)
        if suffix == ".gpkg":
            add_styles(tmp, event_types=_event_types(frames.get("incidents")))
    return {name: (len(frame), crs) for name, frame in frames.items()}


#: The columns an enriched incident frame has beyond the incident schema
#: (:func:`geo_disputed.incidents.query.enrich`), in its order, and their dtypes.
ENRICHED_COLUMNS: dict[str, str] = {
    "admin1": "string", "admin1_pcode": "string",
    "admin2": "string", "admin2_pcode": "string",
    "admin3": "string", "admin3_pcode": "string",
    "in_iraq": "boolean", "in_belt": "boolean", "belt_admin1": "string",
    "in_disputed": "boolean", "disputed_unit": "string",
    "nearest_centre": "string", "nearest_centre_km": "Float64",
}  # fmt: skip


def incident_schema(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The incidents with the columns of an enriched frame whatever the boundaries: the
    source's admin names as ``admin1_reported`` ... (as :func:`~geo_disputed.incidents.query.
    enrich` keeps them), and the assigned ``admin1`` ..., the belt, disputed-territory and
    nearest-centre columns empty (null) where they were not computed.

    Parameters
    ----------
    frame
        Incidents, enriched or not (straight from
        :func:`geo_disputed.incidents.load_incidents`).

    Returns
    -------
    GeoDataFrame
        A copy; an enriched frame comes back with the same columns.
    """
    import pandas as pd

    out = frame.copy()
    added: list[str] = []
    for n in (1, 2, 3):
        name = f"admin{n}"
        if f"{name}_reported" not in out:
            if name in out and "admin1_pcode" not in out:  # the source's, not assigned
                out = out.rename(columns={name: f"{name}_reported"})
            else:
                out[f"{name}_reported"] = pd.Series(pd.NA, index=out.index, dtype="string")
                added.append(f"{name}_reported")
    for name, dtype in ENRICHED_COLUMNS.items():
        if name not in out:
            out[name] = pd.Series(pd.NA, index=out.index, dtype=dtype)
    first = [c for c in out.columns if c not in ENRICHED_COLUMNS and c not in added]
    return out[[*first, *ENRICHED_COLUMNS, *added]]


def _event_types(incidents: gpd.GeoDataFrame | None) -> list[str]:
    """The distinct event types of the incidents, sorted (one style category each)."""
    if incidents is None or "event_type" not in incidents:
        return []
    return sorted({str(t) for t in incidents["event_type"].dropna() if str(t)})


def _plain(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy GIS writers take: categoricals as text."""
    copy = frame.copy()
    for col in copy.columns:
        if str(copy[col].dtype) == "category":
            copy[col] = copy[col].astype(object).where(copy[col].notna(), None)
    return copy
