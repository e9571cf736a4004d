"""What ACLED, UCDP GED and plain event tables call their columns, and how they map onto the
incident schema.

A table is recognised by its columns, not by one of them: ACLED and UCDP each have a set of
columns only they use (:data:`ACLED_MARKERS`, :data:`UCDP_MARKERS`). :func:`plan_columns`
decides, from a header alone, which kind of table it is, which source column feeds each
schema field, which columns are kept as extra columns and which are ignored, and says what a
table that looks like ACLED or UCDP lacks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from geo_disputed.errors import DataError

#: Columns of every accepted incident table, in order (plus ``geometry``).
SCHEMA: tuple[str, ...] = (
    "event_id",
    "date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "location",
    "admin1",
    "admin2",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "notes",
    "source",
    "source_url",
)
KINDS = ("acled", "ucdp", "plain")

#: The 31 columns of an ACLED export (acleddata.com export tool and API, 2023 onwards).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
#: Columns of older ACLED exports (before 2020) that the current export dropped.
ACLED_LEGACY_COLUMNS = ("data_id", "event_id_no_cnty", "iso3")
#: The 49 columns of UCDP GED (versions 20.1 onwards), in file order; header-less releases
#: are read with these names.
UCDP_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id",
    "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip
#: Columns only ACLED tables have (none of them is a column of the incident schema).
ACLED_MARKERS = frozenset(
    {"event_id_cnty", "event_date", "time_precision", "disorder_type", "assoc_actor_1",
     "assoc_actor_2", "interaction", "civilian_targeting", "source_scale", "inter1", "inter2",
     *ACLED_LEGACY_COLUMNS}
)  # fmt: skip
#: Columns only UCDP GED tables have.
UCDP_MARKERS = frozenset(UCDP_COLUMNS) - {
    "id", "year", "latitude", "longitude", "country", "region", "source_date",
}  # fmt: skip
MIN_MARKERS = 4

#: ACLED's numeric actor-type codes (older exports) and their text labels (newer exports).
ACLED_INTER = {
    "0": "",
    "1": "State forces",
    "2": "Rebel group",
    "3": "Political militia",
    "4": "Identity militia",
    "5": "Rioters",
    "6": "Protesters",
    "7": "Civilians",
    "8": "External/Other forces",
}
UCDP_VIOLENCE = {"1": "State-based conflict", "2": "Non-state conflict", "3": "One-sided violence"}
#: UCDP ``where_prec`` (1-7) onto ACLED's ``geo_precision`` (1 exact place, 2 near a place or
#: small area, 3 a larger region such as a district or governorate).
UCDP_WHERE_PREC = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 3, "6": 3, "7": 3}
#: The finest admin level (3 sub-district, 2 district, 1 governorate, 0 none) a location of
#: each precision supports. UCDP GED codebook: 1 exact place, 2 within 25 km of a known
#: point, 3 the ADM2 only, 4 the ADM1 only, 5 a wider area or linear feature, 6 the country
#: only, 7 international waters or airspace. ACLED codebook: 1 the place itself, 2 near a
#: place or a part of a region, 3 only a larger region (the provincial capital is coded).
ADMIN_PRECISION_UCDP = {1: 3, 2: 2, 3: 2, 4: 1, 5: 0, 6: 0, 7: 0}
ADMIN_PRECISION_ACLED = {1: 3, 2: 2, 3: 1}

LAT_ALIASES = ("latitude", "lat", "y")
LON_ALIASES = ("longitude", "lon", "lng", "long", "x")

#: Source columns of each schema field, per kind of table (first present wins).
FIELD_SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
    "acled": {
        "event_id": ("event_id_cnty", "data_id"),
        "date": ("event_date",),
        "event_type": ("event_type",),
        "sub_event_type": ("sub_event_type",),
        "actor1": ("actor1",),
        "actor2": ("actor2",),
        "location": ("location",),
        "admin1": ("admin1",),
        "admin2": ("admin2",),
        "latitude": ("latitude",),
        "longitude": ("longitude",),
        "geo_precision": ("geo_precision",),
        "fatalities": ("fatalities",),
        "notes": ("notes",),
        "source": ("source",),
        "source_url": ("source_url",),  # not in ACLED's exports; data/sample_acled_iraq.csv
    },
    "ucdp": {
        "event_id": ("id",),
        "date": ("date_start",),
        "event_type": ("type_of_violence",),
        "sub_event_type": (),
        "actor1": ("side_a",),
        "actor2": ("side_b",),
        "location": ("where_coordinates",),
        "admin1": ("adm_1",),
        "admin2": ("adm_2",),
        "latitude": ("latitude",),
        "longitude": ("longitude",),
        "geo_precision": ("where_prec",),
        "fatalities": ("best",),
        "notes": ("source_headline",),
        "source": ("source_office",),
        "source_url": (),
    },
    "plain": {
        "event_id": ("event_id", "id", "event_id_cnty", "eventid", "uid"),
        "date": ("date", "event_date", "date_start", "day"),
        "event_type": ("event_type", "type", "category"),
        "sub_event_type": ("sub_event_type", "subtype", "sub_type"),
        "actor1": ("actor1", "actor", "perpetrator", "side_a"),
        "actor2": ("actor2", "target", "side_b"),
        "location": ("location", "place", "town", "city", "village", "site"),
        "admin1": ("admin1", "province", "governorate", "state", "adm1", "adm_1", "muhafaza"),
        "admin2": ("admin2", "district", "adm2", "adm_2", "qada"),
        "latitude": LAT_ALIASES,
        "longitude": LON_ALIASES,
        "geo_precision": ("geo_precision", "precision"),
        "fatalities": ("fatalities", "killed", "deaths", "dead", "death_toll", "best"),
        "notes": ("notes", "description", "summary", "details", "note"),
        "source": ("source", "publisher", "outlet"),
        "source_url": ("source_url", "url", "link"),
    },
}
#: Source columns kept beside the schema (source name -> output name), per kind; plain
#: tables keep every column they do not map.
EXTRAS: dict[str, dict[str, str]] = {
    "acled": {
        c: c
        for c in (
            "country",
            "admin3",
            "inter1",
            "inter2",
            "interaction",
            "time_precision",
            "civilian_targeting",
            "confidence",  # not in ACLED's exports; data/sample_acled_iraq.csv has it
        )
    },
    "ucdp": {
        "country": "country",
        "where_prec": "where_prec",
        "date_prec": "date_prec",
        "date_end": "date_end",
        "low": "fatalities_low",
        "high": "fatalities_high",
        "deaths_civilians": "deaths_civilians",
        "conflict_name": "conflict_name",
        "where_description": "where_description",
    },
    "plain": {},
}
#: Columns a table of each kind cannot be read without, and those whose absence is noted.
REQUIRED = {
    "acled": ("event_date", "latitude", "longitude"),
    "ucdp": ("date_start", "latitude", "longitude"),
}
NOTED = {
    "acled": {
        "event_id": "no event_id_cnty: ids are derived from each row's content",
        "fatalities": "no fatalities column: fatalities are unknown",
        "admin1": "no admin1 column: the reported governorate is unknown",
        "geo_precision": "no geo_precision column: precision is unknown",
    },
    "ucdp": {
        "event_id": "no id column: ids are derived from each row's content",
        "fatalities": "no best column: fatalities are unknown",
        "admin1": "no adm_1 column: the reported governorate is unknown",
        "geo_precision": "no where_prec column: precision is unknown",
    },
}


@dataclass
class ColumnPlan:
    """How one table's columns feed the incident schema, decided from its header.

    Attributes
    ----------
    kind : str
        ``acled``, ``ucdp`` or ``plain``.
    fields : dict
        Schema field -> source column (fields absent from the table are missing).
    extras : dict
        Source column -> output column, kept beside the schema.
    ignored : list of str
        Source columns neither mapped nor kept.
    notes : list of str
        What the reader should know: the kind detected, fields missing, ids derived.
    """

    kind: str
    fields: dict[str, str]
    extras: dict[str, str]
    ignored: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def derive_ids(self) -> bool:
        """True when the table has no id column."""
        return "event_id" not in self.fields

    def describe(self) -> str:
        """One line: which source column feeds which field, what is kept and ignored."""
        used = ", ".join(f"{f} <- {short(c)}" for f, c in self.fields.items() if f != c)
        same = [f for f, c in self.fields.items() if f == c]
        parts = [f"columns used: {', '.join(same)}" + (f"; {used}" if used else "")]
        if self.extras:
            parts.append(f"kept as extra columns: {', '.join(map(short, self.extras.values()))}")
        if self.ignored:
            parts.append(f"ignored: {', '.join(map(short, self.ignored))}")
        return "; ".join(parts)


def detect_kind(header: list[str]) -> str:
    """``acled``, ``ucdp`` or ``plain`` from lower-case column names (by their marker sets).

    A table in the package's own schema (``event_id``, ``date``, ``latitude``,
    ``longitude`` and neither ACLED's ``event_date`` nor UCDP's ``date_start``) is plain,
    whatever extra ACLED or UCDP columns it carries: it is an output of this package.
    """
    names = set(header)
    if {"event_id", "date", "latitude", "longitude"} <= names and not (
        {"event_date", "date_start"} & names
    ):
        return "plain"
    acled, ucdp = len(names & ACLED_MARKERS), len(names & UCDP_MARKERS)
    if ucdp >= MIN_MARKERS and ucdp >= acled:
        return "ucdp"
    if acled >= MIN_MARKERS:
        return "acled"
    return "plain"


def plan_columns(
    path: str | Path,
    header: list[str],
    kind: str = "auto",
    *,
    lat_col: str | None = None,
    lon_col: str | None = None,
) -> ColumnPlan:
    """Decide how a table's columns map onto the schema.

    Parameters
    ----------
    path
        The file (for messages).
    header
        Lower-case column names, in file order.
    kind
        ``auto`` (by :func:`detect_kind`), or ``acled``/``ucdp``/``plain`` to insist.
    lat_col, lon_col
        Coordinate columns of a plain table (default: the first alias present).

    Raises
    ------
    DataError
        If an insisted kind does not fit the header, a table of a kind lacks one of its
        :data:`REQUIRED` columns, or no coordinate column is found.
    """
    detected = detect_kind(header)
    if kind == "auto":
        kind = detected
    elif kind in ("acled", "ucdp") and detected != kind:
        markers = ACLED_MARKERS if kind == "acled" else UCDP_MARKERS
        found = sorted(set(header) & markers)
        raise DataError(
            path,
            f"header is not an {kind.upper()} header: {len(found)} of its own columns found "
            f"({', '.join(found) or 'none'}; found: {show(header)})",
            row=1,
        )
    if kind not in KINDS:
        raise ValueError(f"kind must be auto or one of {KINDS}, not {kind!r}")
    sources = dict(FIELD_SOURCES[kind])
    if kind == "plain":
        sources["latitude"] = (_coordinate(path, header, lat_col, LAT_ALIASES, "latitude"),)
        sources["longitude"] = (_coordinate(path, header, lon_col, LON_ALIASES, "longitude"),)
    else:
        missing = [c for c in REQUIRED[kind] if c not in header]
        if missing:
            raise DataError(
                path,
                f"looks like {kind.upper()} but has no {', '.join(missing)} column "
                f"(found: {show(header)})",
                row=1,
            )
    fields: dict[str, str] = {}
    for name, candidates in sources.items():
        column = next((c for c in candidates if c in header), None)
        if column is not None:
            fields[name] = column
    mapped = set(fields.values())
    if kind == "plain":
        extras = {c: c for c in header if c not in mapped and c != "geometry"}
    else:
        extras = {c: out for c, out in EXTRAS[kind].items() if c in header}
    ignored = [c for c in header if c not in mapped and c not in extras and c != "geometry"]
    notes = [f"read as {kind.upper() if kind != 'plain' else 'a plain table'}"]
    if kind in NOTED:
        notes += [why for name, why in NOTED[kind].items() if name not in fields]
    elif "event_id" not in fields:
        notes.append("no id column: ids are derived from each row's content")
    if kind == "plain" and "date" not in fields:
        notes.append("no date column: dates are unknown")
    if kind == "plain" and "fatalities" not in fields:
        notes.append("no fatalities column: fatalities are unknown")
    return ColumnPlan(kind, fields, extras, ignored, notes)


def _coordinate(
    path: str | Path, header: list[str], given: str | None, aliases: tuple[str, ...], what: str
) -> str:
    if given is not None:
        if given.lower() not in header:
            raise DataError(path, f"no {what} column {given!r} (found: {show(header)})", row=1)
        return given.lower()
    found = next((a for a in aliases if a in header), None)
    if found is None:
        raise DataError(
            path,
            f"missing {what} column: none of {', '.join(aliases)} (found: {show(header)}); "
            "name it with lat_col=/lon_col=",
            row=1,
        )
    return found


def short(name: str, width: int = 60) -> str:
    """``name`` cut to ``width`` characters (``...`` after), for messages and notes."""
    return name if len(name) <= width else name[:width] + "..."


def show(fields: list[str], limit: int = 8) -> str:
    """The first ``limit`` names, quoted and each cut by :func:`short`, for messages that
    stay one short line whatever the header holds."""
    shown = ", ".join(repr(short(f)) for f in fields[:limit])
    return shown + (", ..." if len(fields) > limit else "") if fields else "nothing"
