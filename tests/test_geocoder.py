"""Geocoder: spelling variants, filters, fuzzy matching, ambiguity and the index cache."""

from __future__ import annotations

import json
import shutil

import pytest

from geo_disputed import geocode, geocode_many, settings
from geo_disputed.errors import GeoDisputedError
from geo_disputed.geo.boundaries import gazetteer_for, load_boundaries
from geo_disputed.text import gazetteer as gazetteer_mod
from geo_disputed.text.gazetteer import Gazetteer, Place, clear_memory_cache, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer_mod.build_gazetteer()


@pytest.mark.parametrize(
    ("query", "kind", "admin1"),
    [
        ("Nineveh", "governorate", "Ninewa"),
        ("Ninawa", "governorate", "Ninewa"),
        ("نينوى", "governorate", "Ninewa"),
        ("Salahuddin", "governorate", "Salah Al-Din"),
        ("Salah al-Din", "governorate", "Salah Al-Din"),
        ("صلاح الدين", "governorate", "Salah Al-Din"),
        ("Khanaqeen", None, "Diyala"),
        ("Tooz Khormato", None, "Salah Al-Din"),
        ("Tuz Khurmatu", None, "Salah Al-Din"),
        ("Makhmur", None, "Erbil"),
        ("Mexmur", None, "Erbil"),
        ("مخمور", None, "Erbil"),
        ("مەخموور", None, "Erbil"),
        ("Sinjar", None, "Ninewa"),
        ("Shingal", None, "Ninewa"),
        ("شنكال", None, "Ninewa"),
        ("Erbil", "city", "Erbil"),
        ("Arbil", "city", "Erbil"),
        ("Hawler", "city", "Erbil"),
        ("هەولێر", "city", "Erbil"),
        ("Khor Mor gas field", "facility", "Al-Sulaymaniyah"),
        ("حقل خورمور", "facility", "Al-Sulaymaniyah"),
        ("Jalawla", None, "Diyala"),
        ("Rabia", None, "Ninewa"),
    ],
)
def test_variants_resolve(gaz: Gazetteer, query: str, kind: str | None, admin1: str) -> None:
    best = geocode(query, gazetteer=gaz)[0]
    assert best.admin1 == admin1
    if kind:
        assert best.kind == kind
    assert best.score >= 0.9
    assert -90 <= best.lat <= 90 and -180 <= best.lon <= 180


def test_kind_filter_and_broad_kinds(gaz: Gazetteer) -> None:
    assert geocode("Kirkuk", gazetteer=gaz)[0].kind == "city"
    gov = geocode("Kirkuk", kind="governorate", gazetteer=gaz)
    assert [c.kind for c in gov] == ["governorate"] and gov[0].pcode == "IQG13"
    assert all(c.kind == "district" for c in geocode("Kirkuk", kind="district", gazetteer=gaz))
    assert geocode("Kirkuk", kind="province", gazetteer=gaz)[0].pcode == "IQG13"
    with pytest.raises(GeoDisputedError, match="unknown kind"):
        geocode("Kirkuk", kind="planet", gazetteer=gaz)


def test_admin1_filter_accepts_any_spelling_or_pcode(gaz: Gazetteer) -> None:
    for spelling in ("Salahuddin", "صلاح الدين", "IQG16", "Saladin"):
        cands = geocode("Tuz Khurmatu", admin1=spelling, gazetteer=gaz)
        assert cands and all(c.admin1 == "Salah Al-Din" for c in cands)
    assert geocode("Kirkuk", admin1="Diyala", gazetteer=gaz) == []
    with pytest.raises(GeoDisputedError, match="unknown governorate"):
        geocode("Kirkuk", admin1="Atlantis", gazetteer=gaz)


def test_fuzzy_matches_typos_with_lower_scores(gaz: Gazetteer) -> None:
    best = geocode("Kirkukk", gazetteer=gaz)[0]
    assert best.name_en == "Kirkuk" and best.score == 1.0  # doubled letters fold exactly
    skeleton = geocode("Khanaqn", gazetteer=gaz)[0]  # same consonants, one vowel missing
    assert skeleton.name_en == "Khānaqīn" and skeleton.match == "skeleton"
    assert 0.85 < skeleton.score < 0.9
    typo = geocode("Jalawlq", gazetteer=gaz)
    assert typo and typo[0].name_en == "Jalawla" and 0.7 < typo[0].score < 0.85
    assert typo[0].match == "fuzzy"
    assert geocode("Jalawlq", fuzzy=False, gazetteer=gaz) == []
    assert geocode("Qwxzzyq", gazetteer=gaz) == []
    assert geocode("", gazetteer=gaz) == []


def test_results_are_ordered_and_limited(gaz: Gazetteer) -> None:
    cands = geocode("Kirkuk", limit=2, gazetteer=gaz)
    assert len(cands) == 2
    assert [c.score for c in cands] == sorted((c.score for c in cands), reverse=True)
    many = geocode_many(["Erbil", "nowhere-at-all", "Diyala"], gazetteer=gaz, progress=False)
    assert [bool(c) for c in many] == [True, False, True]
    assert many[2][0].kind == "governorate"


def _place(
    i: int, name: str, lat: float, lon: float, kind: str = "town", admin1: str = ""
) -> Place:
    return Place(
        id=f"test:{i}", kind=kind, name_en=name, name_ar="", lat=lat, lon=lon,
        admin1=admin1, source="test", names=(name,),
    )  # fmt: skip


def test_ambiguous_flag_when_namesakes_lie_far_apart() -> None:
    far = Gazetteer.from_places([_place(0, "Rabia", 36.8, 42.08), _place(1, "Rabia", 33.0, 44.0)])
    assert all(c.ambiguous for c in geocode("Rabia", gazetteer=far))
    near = Gazetteer.from_places([_place(0, "Rabia", 36.8, 42.08), _place(1, "Rabia", 36.85, 42.1)])
    assert not any(c.ambiguous for c in geocode("Rabia", gazetteer=near))
    nested = Gazetteer.from_places(
        [
            _place(0, "Kirkuk", 35.47, 44.39, "city", "Kirkuk"),
            _place(1, "Kirkuk", 35.0, 44.0, "governorate", "Kirkuk"),
        ]
    )
    assert not geocode("Kirkuk", gazetteer=nested)[0].ambiguous


def test_candidate_json_fields(gaz: Gazetteer) -> None:
    data = geocode("Daquq", gazetteer=gaz)[0].to_dict(["name_en", "lat", "source"])
    assert set(data) == {"name_en", "lat", "source"}
    json.dumps(data)


def test_warm_start_reads_the_cache_not_geonames(monkeypatch: pytest.MonkeyPatch) -> None:
    clear_memory_cache()
    first = load_gazetteer()
    path = gazetteer_mod.cache_file(None)
    assert path.exists()
    clear_memory_cache()

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("GeoNames JSON parsed on a warm start")

    monkeypatch.setattr(gazetteer_mod.json, "load", boom)
    warm = load_gazetteer()
    assert len(warm) == len(first)
    assert [p.id for p in warm.places[:50]] == [p.id for p in first.places[:50]]
    clear_memory_cache()


class _Planted:
    """Unpickling this would create ``marker``: a pickle planted as the cache must never be
    loaded."""

    def __init__(self, marker) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def _cache_parts(path):
    head, _, body = path.read_bytes().partition(b"\n")
    return json.loads(head), json.loads(body), body


@pytest.mark.slow
def test_cache_is_json_and_a_bad_file_is_rebuilt(tmp_path, caplog) -> None:
    import hashlib
    import logging
    import pickle

    clear_memory_cache()
    first = load_gazetteer()
    path = gazetteer_mod.cache_file(None)
    assert path.suffix == ".json"
    header, document, body = _cache_parts(path)
    assert header["schema"] == gazetteer_mod.SCHEMA_VERSION == 11
    assert header["sha256"] == hashlib.sha256(body).hexdigest()
    assert len(document["places"]) == len(first)
    erbil = next(i for i, p in enumerate(first.places) if p.name_en == "Erbil")
    lon = document["fields"].index("lon")
    moved = json.loads(body)
    moved["places"][erbil][lon] += 2.0  # Erbil two degrees east, the hash left as it was
    marker = tmp_path / "executed"

    def sealed(text: bytes) -> bytes:
        """A well-formed file (right hash) whose content is wrong."""
        seal = {"schema": 10, "sha256": hashlib.sha256(text).hexdigest()}
        return json.dumps(seal).encode() + b"\n" + text

    def resealed(doc) -> bytes:
        return sealed(json.dumps(doc).encode())

    bad = {
        "pickle": pickle.dumps(_Planted(marker)),
        "truncated": path.read_bytes()[:1000],
        "bit flip": json.dumps(header).encode() + b"\n" + json.dumps(moved).encode(),
        "old schema": json.dumps({**header, "schema": 9}).encode() + b"\n" + body,
        "index out of range": resealed({**document, "exact": {"x": [len(first) + 5]}}),
        "not an object": resealed([1, 2, 3]),
        "nested too deeply": sealed(b"[" * 100_000 + b"]" * 100_000),
        "not UTF-8": b"\xff\xfe\x00",
    }
    for what, content in bad.items():
        path.write_bytes(content)
        clear_memory_cache()
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="geo_disputed"):
            rebuilt = load_gazetteer()
        assert "rebuilding" in caplog.text, what
        assert [p.id for p in rebuilt.places] == [p.id for p in first.places], what
        assert rebuilt.places[erbil].lon == first.places[erbil].lon, what
        assert geocode("Kirkuk", gazetteer=rebuilt)[0].name_en == "Kirkuk", what
        assert _cache_parts(path)[0]["schema"] == 11, what  # a good cache again
    assert not marker.exists()
    clear_memory_cache()


def test_a_cache_others_can_write_is_not_used(caplog) -> None:
    import logging

    clear_memory_cache()
    load_gazetteer()  # makes the cache
    path = gazetteer_mod.cache_file(None)
    path.write_bytes(b"planted")
    path.parent.chmod(0o777)
    try:
        clear_memory_cache()
        with caplog.at_level(logging.WARNING, logger="geo_disputed"):
            gaz = load_gazetteer()
        assert "writable by other users: not used" in caplog.text
        assert geocode("Kirkuk", gazetteer=gaz)[0].name_en == "Kirkuk"
        assert path.read_bytes() == b"planted"  # neither read nor rewritten
    finally:
        path.parent.chmod(0o755)
        clear_memory_cache()


def test_a_cache_that_cannot_be_written_is_a_warning(monkeypatch, caplog) -> None:
    import errno
    import logging

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    clear_memory_cache()
    monkeypatch.setattr(gazetteer_mod, "write_text_atomic", full)
    with caplog.at_level(logging.WARNING, logger="geo_disputed"):
        gaz = gazetteer_mod.load_gazetteer()
    assert "gazetteer cache not written" in caplog.text and "No space left" in caplog.text
    assert len(gaz.places) > 1000
    clear_memory_cache()


@pytest.mark.slow
def test_cache_key_changes_with_curated_data(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data)
    monkeypatch.setattr(settings, "data_dir", data)
    before = gazetteer_mod.inputs_digest(None)
    with (data / "places.csv").open("a", encoding="utf-8") as fh:
        fh.write("test-town,town,Testtown,,,,35.0,44.0,IQG13,,,point,test citation,low,synthetic\n")
    assert gazetteer_mod.inputs_digest(None) != before
    clear_memory_cache()
    gaz = load_gazetteer()
    assert geocode("Testtown", gazetteer=gaz)[0].admin1 == "Kirkuk"
    clear_memory_cache()


def test_bad_curated_row_names_file_row_and_field(tmp_path, monkeypatch) -> None:
    data = tmp_path / "data"
    shutil.copytree(settings.data_dir, data)
    monkeypatch.setattr(settings, "data_dir", data)
    with (data / "places.csv").open("a", encoding="utf-8") as fh:
        fh.write("bad,town,Badtown,,,,95.0,44.0,IQG13,,,point,test citation,low,\n")
    lines = (data / "places.csv").read_text(encoding="utf-8").count("\n")
    with pytest.raises(GeoDisputedError, match=rf"places\.csv, row {lines}, field 'lat'"):
        gazetteer_mod.build_gazetteer()


@pytest.mark.slow
def test_boundaries_add_subdistricts_and_districts(shared_boundaries) -> None:
    gaz = gazetteer_mod.build_gazetteer(load_boundaries(shared_boundaries))
    gwer = geocode("Gwyer", kind="subdistrict", gazetteer=gaz)
    assert gwer and gwer[0].pcode == "IQG11Q04N04" and gwer[0].admin1 == "Erbil"
    kadr = geocode("قادر كرم", kind="subdistrict", gazetteer=gaz)[0]
    assert kadr.admin2 == "Chamchamal"
    daquq = geocode("Daquq", kind="town", gazetteer=gaz)[0]
    assert daquq.admin2 == "Daquq"  # GeoNames point placed in its OCHA district
    # without the boundaries there is no sub-district Gwyer
    assert not geocode("Gwyer", kind="subdistrict", gazetteer=gazetteer_mod.build_gazetteer())
    # gazetteer_for loads the directory's units: the same entries
    loaded = gazetteer_for(shared_boundaries)
    assert len(loaded) == len(gaz)
    assert geocode("Gwyer", kind="subdistrict", gazetteer=loaded)[0].pcode == "IQG11Q04N04"


def test_gazetteer_for_without_boundaries_is_the_plain_gazetteer() -> None:
    plain = gazetteer_for()  # conftest leaves no boundaries configured
    assert plain is load_gazetteer()
    assert not geocode("Gwyer", kind="subdistrict", gazetteer=plain)


@pytest.mark.slow
def test_ocha_alt_names_join_the_gazetteer(tmp_path) -> None:
    import geopandas as gpd
    from shapely.geometry import box

    frame = gpd.GeoDataFrame(
        {
            "ADM1_EN": ["Testgov"],
            "ADM1_AR": ["محافظة تجريبية"],
            "ADM1_PCODE": ["IQG99"],
            "ADM1ALT1EN": ["Altgovname"],
            "ADM1ALT1AR": [""],
            "ADM0_PCODE": ["IQ"],
        },
        geometry=[box(44.0, 35.0, 44.5, 35.5)],
        crs="EPSG:4326",
    )
    frame.to_file(tmp_path / "irq_admbnda_adm1_test_20990101.geojson", driver="GeoJSON")
    gaz = gazetteer_mod.build_gazetteer(load_boundaries(tmp_path))
    best = geocode("Altgovname", gazetteer=gaz)[0]
    assert best.name_en == "Testgov" and best.kind == "governorate" and best.pcode == "IQG99"
    assert abs(best.lat - 35.25) < 0.25 and abs(best.lon - 44.25) < 0.25


@pytest.mark.parametrize(
    ("query", "name", "kind"),
    [
        ("Sinjār district", "Sinjar", "district"),
        ("Qaḑā’ al Mawşil", "Al-Mosul", "district"),
        ("Kirkūk province", "Kirkuk", "governorate"),
        ("At-Ta'mim province", "Kirkuk", "governorate"),
        ("محافظة كركوك", "Kirkuk", "governorate"),
        ("قضاء سنجار", "Sinjar", "district"),
    ],
)
def test_kind_words_of_source_spellings(query, name, kind) -> None:
    best = geocode(query)[0]
    assert (best.name_en, best.kind, best.score) == (name, kind, 1.0)


# --- how a name matched, and what the score says --------------------------------------------


def test_dakuk_is_daquq_not_duhok(gaz: Gazetteer) -> None:
    """Short names: a changed vowel (Dakuk/Daquq, q = k) costs less than a changed
    consonant (Dakuk/Duhok), and a match that is not exact never scores like one."""
    cands = geocode("Dakuk", gazetteer=gaz)
    best = cands[0]
    assert (best.name_en, best.kind, best.admin1) == ("Dāqūq", "town", "Kirkuk")
    assert best.match == "skeleton" and 0.85 < best.score < 0.9
    assert abs(best.lat - 35.1383) < 0.01 and abs(best.lon - 44.4486) < 0.01  # facts 6.14
    assert all(c.admin1 != "Duhok" for c in cands)
    assert all(c.admin1 != "Duhok" for c in geocode("Dakuk", kind="city", gazetteer=gaz))


@pytest.mark.parametrize(
    ("query", "wrong"),
    [
        ("Zubayr", "Al-Zibar"),  # same consonants as the Erbil district
        ("Salman", "Sulaymaniyah"),  # s-l-m-n
        ("Tuz Khurmatu", "Tāzah Khūrmātū"),  # another town 54 km away
    ],
)
def test_other_places_with_the_same_consonants_score_below_exact(
    gaz: Gazetteer, query: str, wrong: str
) -> None:
    cands = geocode(query, limit=10, gazetteer=gaz)
    assert cands[0].score == 1.0 and cands[0].match == "exact"
    other = next(c for c in cands if c.name_en == wrong)
    assert other.match == "skeleton" and other.score < 0.9
    for c in cands:
        assert (c.score == 1.0) == (c.match == "exact")
        assert c.match == "exact" or c.score < 0.9


def test_tuz_khurmatu_in_kirkuk_says_the_name_differs(gaz: Gazetteer) -> None:
    """Tuz Khurmatu is in Salah Al-Din; restricted to Kirkuk only Taza Khurmatu is left, and
    the candidate must say that its name is not the one asked for."""
    cands = geocode("Tuz Khurmatu", admin1="Kirkuk", gazetteer=gaz)
    assert [c.name_en for c in cands] == ["Tāzah Khūrmātū"]
    assert cands[0].match == "skeleton" and 0.8 <= cands[0].score < 0.9
    exact = geocode("Tuz Khurmatu", gazetteer=gaz)[0]
    assert exact.match == "exact" and exact.score == 1.0 and exact.admin1 == "Salah Al-Din"


def test_match_field_defaults_and_plain_scores() -> None:
    from geo_disputed.text.geocoder import rank

    gaz = Gazetteer.from_places([_place(0, "Rabia", 36.8, 42.08)])
    assert [c.match for c in rank(gaz, {0: 1.0})] == ["exact"]  # the geoparser's plain floats
    assert [c.match for c in rank(gaz, {0: 0.7})] == ["fuzzy"]
    assert geocode("Rabiaa", gazetteer=gaz)[0].match == "exact"
    assert geocode("Rabya", gazetteer=gaz)[0].match == "skeleton"


# --- names the curated data adds ----------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["Bakhdida", "Qaraqosh", "قرقوش", "Baghdede", "بخديدا", "قره قوش"]
)
def test_qaraqosh_by_any_name_is_one_town_in_ninewa(gaz: Gazetteer, query: str) -> None:
    cands = geocode(query, gazetteer=gaz)
    best = cands[0]
    assert best.id == "place:qaraqosh" and best.kind == "town" and best.score == 1.0
    assert (best.admin1, best.lat, best.lon) == ("Ninewa", 36.27093, 43.37758)  # GeoNames 92430
    assert not best.ambiguous
    # GeoNames lists the same town (92430, Al-Hamdaniya): one candidate, not two
    assert not any(c.id == "geonames:92430" for c in cands)
    assert all(c.admin1 != "Baghdad" or c.score < 0.9 for c in cands)


@pytest.mark.parametrize(
    ("query", "town", "admin1", "lat", "lon"),
    [
        ("Snune", "Sinuni", "Ninewa", 36.4575, 41.7061),
        ("دووزخورماتوو", "Ţūz Khūrmātū", "Salah Al-Din", 34.88808, 44.63256),
    ],
)
def test_kurdish_and_local_spellings(gaz, query, town, admin1, lat, lon) -> None:
    best = geocode(query, gazetteer=gaz)[0]
    assert (best.name_en, best.admin1, best.match, best.score) == (town, admin1, "exact", 1.0)
    assert (best.lat, best.lon) == (lat, lon)


# --- ambiguity ----------------------------------------------------------------------------------


def test_real_namesakes_far_apart_are_ambiguous(gaz: Gazetteer) -> None:
    laylan = geocode("Laylan", gazetteer=gaz)
    assert laylan[0].admin1 == "Kirkuk"  # the Iraqi town before its namesake in Iran
    assert {c.id for c in laylan} >= {"place:laylan", "geonames:125710"}
    assert all(c.ambiguous for c in laylan)
    salahaddin = geocode("صلاح الدين", gazetteer=gaz)  # the governorate, or Pirmam in Erbil
    assert salahaddin[0].kind == "governorate" and salahaddin[0].ambiguous
    assert any(c.name_en == "Pīrmām" for c in salahaddin)


def test_ambiguous_also_among_inexact_matches() -> None:
    far = Gazetteer.from_places([_place(0, "Sinawa", 36.8, 42.1), _place(1, "Sinava", 33.0, 44.0)])
    cands = geocode("Sinaua", gazetteer=far)
    assert len(cands) == 2 and cands[0].match != "exact"
    assert all(c.ambiguous for c in cands)


def test_one_place_listed_twice_is_one_candidate_and_not_ambiguous() -> None:
    geonames = Place(
        id="geonames:1", kind="city", name_en="Al-Hamdaniya", name_ar="", lat=36.27093,
        lon=43.37758, admin1="Ninewa", population=50_000, names=("Al-Hamdaniya", "Qaraqosh"),
    )  # fmt: skip
    curated = Place(
        id="place:qaraqosh", kind="town", name_en="Qaraqosh", name_ar="", lat=36.27093,
        lon=43.37758, admin1="Ninewa", names=("Qaraqosh", "Bakhdida"),
    )  # fmt: skip
    namesake = _place(2, "Qaraqosh", 33.9, 44.9, admin1="Diyala")  # 300 km away
    gaz = Gazetteer.from_places([geonames, curated])
    cands = geocode("Qaraqosh", gazetteer=gaz)
    assert [c.id for c in cands] == ["place:qaraqosh"] and not cands[0].ambiguous
    both = geocode("Qaraqosh", gazetteer=Gazetteer.from_places([geonames, curated, namesake]))
    assert [c.id for c in both] == ["place:qaraqosh", "test:2"]
    assert all(c.ambiguous for c in both)


def test_a_country_and_its_capital_are_not_ambiguous(gaz: Gazetteer) -> None:
    cands = geocode("Kuwait", gazetteer=gaz)
    assert cands[0].kind == "country" and cands[0].id == "place:kuwait"
    assert any(c.name_en == "Kuwait City" for c in cands)  # 61 km from the country's point
    assert not cands[0].ambiguous


# --- country and border points ------------------------------------------------------------------

# GeoNames cities500 points of the capitals, the neighbours' points until they were replaced
CAPITALS = {
    "Syria": (33.5102, 36.29128),
    "Iran": (35.69439, 51.42151),
    "Turkey": (39.91987, 32.85427),
    "Kuwait": (29.367, 47.97429),
    "Jordan": (31.95522, 35.94503),
    "Saudi Arabia": (24.68773, 46.72185),
}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from pyproj import Geod

    return Geod(ellps="WGS84").inv(lon1, lat1, lon2, lat2)[2] / 1000.0


def test_country_points_are_not_the_capitals(gaz: Gazetteer) -> None:
    for name, (lat, lon) in CAPITALS.items():
        country = geocode(name, kind="country", gazetteer=gaz)[0]
        assert country.name_en == name and country.precision == "country"
        assert _km(country.lat, country.lon, lat, lon) > 50, name
        assert "Natural Earth" in country.source


@pytest.fixture
def natural_earth() -> object:
    """The Natural Earth countries, from the user's asset cache (never downloaded here)."""
    import os
    from pathlib import Path

    import platformdirs

    from geo_disputed import assets as map_assets
    from geo_disputed.geo.countries import ASSET_KEY, load_countries

    asset = map_assets.BY_KEY[ASSET_KEY]
    user_cache = Path(
        os.environ.get("GEO_DISPUTED_CACHE", platformdirs.user_cache_dir("geo-disputed"))
    )
    source = user_cache / "map_assets" / asset.key
    if map_assets.missing((asset,)):
        if not source.is_file():
            pytest.skip(f"{asset.key} not in the asset cache ({source})")
        target = map_assets.cached_path(asset)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    return load_countries()


def test_country_points_lie_inside_their_country(gaz: Gazetteer, natural_earth) -> None:
    from shapely.geometry import Point

    for row in natural_earth.itertuples():
        country = geocode(row.name_en, kind="country", gazetteer=gaz)[0]
        point = Point(country.lon, country.lat)
        assert row.geometry.contains(point), row.name_en
        # well inside: a label point, not a point on the edge
        assert row.geometry.boundary.distance(point) > 0.2, row.name_en


def test_border_points_lie_on_the_border(gaz: Gazetteer, shared_boundaries) -> None:
    import geopandas as gpd
    from pyproj import Transformer
    from shapely.geometry import Point

    adm0 = gpd.read_file(shared_boundaries / "irq_admbnda_adm0_cso_itos_20190603.geojson")
    to_utm = Transformer.from_crs(4326, 32638, always_xy=True)
    outline = gpd.GeoSeries([adm0.to_crs(4326).union_all().boundary], crs=4326).to_crs(32638)
    for query in ("Syrian border", "Iranian border", "Turkish border"):
        border = geocode(query, gazetteer=gaz)[0]
        assert border.kind == "border" and border.precision == "line"
        x, y = to_utm.transform(border.lon, border.lat)
        assert outline.iloc[0].distance(Point(x, y)) < 25, query  # metres


def test_a_neighbours_big_city_is_not_answered_by_a_village() -> None:
    """الرياض is Riyadh first (flagged: Kirkuk has an Ar Riyāḑ too); the parser, which does
    not weigh cities beyond the border areas, leaves the bare word alone."""
    from geo_disputed import geoparse

    riyadh = geocode("الرياض")
    assert (riyadh[0].name_en, riyadh[0].kind, riyadh[0].ambiguous) == ("Riyadh", "city", True)
    assert geocode("طهران")[0].name_en == "Tehran" and geocode("عمان")[0].name_en == "Amman"
    assert geoparse("وصل الوفد إلى الرياض") == []


def test_a_directory_is_not_a_units_frame(tmp_path) -> None:
    from geo_disputed.errors import GeoDisputedError
    from geo_disputed.text.gazetteer import load_gazetteer

    for wrong in (tmp_path, str(tmp_path)):
        with pytest.raises(GeoDisputedError, match="load_boundaries"):
            load_gazetteer(wrong)


def test_gazetteer_for_reads_no_boundary_file_when_warm(shared_boundaries, tmp_path):
    import shutil

    from geo_disputed.geo import boundaries as boundaries_module
    from geo_disputed.text.gazetteer import clear_memory_cache

    copy = tmp_path / "cod"
    shutil.copytree(shared_boundaries, copy)
    first = gazetteer_for(copy)
    clear_memory_cache()

    def no_reading(*args, **kwargs):
        raise AssertionError("the boundary files were read again")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(boundaries_module, "load_boundaries", no_reading)
        warm = gazetteer_for(copy)  # from the cache, through the noted digest
        assert [p.id for p in warm.places] == [p.id for p in first.places]
        next(copy.glob("*adm1*.shp")).touch()  # a changed file is read again
        with pytest.raises(AssertionError, match="read again"):
            gazetteer_for(copy)
