"""Geocoder: spelling variants, filters, fuzzy matching, ambiguity and the index cache."""

from __future__ import annotations

import json
import shutil

import pytest

from geo_disputed import gazetteer as gazetteer_mod
from geo_disputed import geocode, geocode_many, settings
from geo_disputed.errors import GeoDisputedError
from geo_disputed.gazetteer import Gazetteer, Place, clear_memory_cache, load_gazetteer


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
    assert geocode("Khanaqn", gazetteer=gaz)[0].score == 0.92  # same consonant skeleton
    typo = geocode("Jalawlq", gazetteer=gaz)
    assert typo and typo[0].name_en == "Jalawla" and 0.7 < typo[0].score < 0.92
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


def test_boundaries_add_subdistricts_and_districts(shared_boundaries) -> None:
    gaz = gazetteer_mod.build_gazetteer(shared_boundaries)
    gwer = geocode("Gwyer", kind="subdistrict", gazetteer=gaz)
    assert gwer and gwer[0].pcode == "IQG11Q04N04" and gwer[0].admin1 == "Erbil"
    kadr = geocode("قادر كرم", kind="subdistrict", gazetteer=gaz)[0]
    assert kadr.admin2 == "Chamchamal"
    daquq = geocode("Daquq", kind="town", gazetteer=gaz)[0]
    assert daquq.admin2 == "Daquq"  # GeoNames point placed in its OCHA district


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
    gaz = gazetteer_mod.build_gazetteer(tmp_path)
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
