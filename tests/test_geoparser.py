"""Geoparser: Arabic clitics, multi-word names, kind words, non-places and offsets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from linear_time import assert_scales_linearly, seconds

from geo_disputed import Mention, geoparse
from geo_disputed.errors import GeoDisputedError
from geo_disputed.geo.boundaries import load_boundaries
from geo_disputed.text import gazetteer as gazetteer_mod
from geo_disputed.text import geoparser, normalize
from geo_disputed.text.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer_mod.build_gazetteer()


def names(text: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    return [(m.candidate.name_en, m.candidate.kind) for m in geoparse(text, gazetteer=gaz)]


def test_seed_article(seed_article: str, gaz: Gazetteer) -> None:
    mentions = geoparse(seed_article, gazetteer=gaz)
    for m in mentions:
        assert seed_article[m.start : m.end] == m.text
    found = {(m.candidate.name_en, m.candidate.kind) for m in mentions}
    for expected in [
        ("Iraq", "country"),
        ("Kurdistan Region", "region"),
        ("Baghdad", "city"),
        ("Erbil", "city"),
        ("Ninewa", "governorate"),
        ("Salah Al-Din", "governorate"),
        ("Kirkuk", "governorate"),
        ("Diyala", "governorate"),
        ("Iran", "country"),
        ("Khor Mor gas field", "facility"),
    ]:
        assert expected in found
    assert any(m.candidate.kind == "border" and "Syria" in m.candidate.name_en for m in mentions)
    # the outlet's name (كوردستان 24 / كوردستان24) is not a place
    outlet = seed_article.index("كوردستان 24")
    assert not any(m.start <= outlet < m.end for m in mentions)
    assert all("24" not in m.text for m in mentions)


@pytest.mark.parametrize(
    ("text", "surface", "name_en"),
    [
        ("توصلت أربيل وبغداد إلى اتفاق", "بغداد", "Baghdad"),
        ("زار الوفد لصلاح الدين أمس", "صلاح الدين", "Salah Al-Din"),
        ("انتشرت القوات في جلولاء والسعدية", "السعدية", "Saadiya"),
        ("قتل شخصان بمحافظة ديالى", "ديالى", "Diyala"),
        ("وصل الوفد للسليمانية", "للسليمانية", "Sulaymaniyah"),
        ("فكركوك مدينة متنوعة", "كركوك", "Kirkuk"),
    ],
)
def test_arabic_proclitics(gaz: Gazetteer, text: str, surface: str, name_en: str) -> None:
    mentions = geoparse(text, gazetteer=gaz)
    hit = [m for m in mentions if m.candidate.name_en == name_en]
    assert hit, mentions
    m = hit[0]
    assert text[m.start : m.end] == m.text
    assert m.text.endswith(surface[-3:])
    assert len(m.text) <= len(surface) + 1


def test_kind_words_steer_the_reading(gaz: Gazetteer) -> None:
    assert names("زار محافظة كركوك", gaz) == [("Kirkuk", "governorate")]
    assert names("زار مدينة كركوك", gaz) == [("Kirkuk", "city")]
    assert names("The attack in Kirkuk province", gaz) == [("Kirkuk", "governorate")]
    assert names("قضاء سنجار", gaz)[0][1] == "district"
    assert names("Sinjar district was calm", gaz)[0][1] == "district"
    # a kind word carries over a list: "... Salah al-Din then Kirkuk"
    listed = names("عبرت القافلة محافظة صلاح الدين ثم كركوك قبل الفجر", gaz)
    assert listed == [("Salah Al-Din", "governorate"), ("Kirkuk", "governorate")]
    assert names("between Kirkuk and Diyala provinces", gaz) == [
        ("Kirkuk", "governorate"),
        ("Diyala", "governorate"),
    ]


def test_multiword_names_and_borders(gaz: Gazetteer) -> None:
    en = names(
        "Troops moved from the Syrian border to Tuz Khurmatu and the Khor Mor gas field.", gaz
    )
    assert en[0][1] == "border" and "Syria" in en[0][0]
    assert en[1][0].startswith(("Tuz", "Ţūz"))
    assert en[2] == ("Khor Mor gas field", "facility")
    ar = names("تمتد من الحدود السورية حتى حدود إيران عبر إقليم كوردستان", gaz)
    kinds = [k for _, k in ar]
    assert kinds.count("border") == 2 and ("Iran", "country") in ar
    assert ("Syria", "country") not in ar  # السورية is an adjective here
    assert ("Kurdistan Region", "region") in ar


def test_no_places_from_outlets_groups_or_people(gaz: Gazetteer) -> None:
    text = (
        "قال بارزاني والكاظمي لكوردستان 24 وروداو إن داعش يهدد البيشمركة. "
        "Kurdistan24, Rudaw and Shafaq News quoted Barzani, Kadhimi and the Peshmerga on ISIS."
    )
    assert geoparse(text, gazetteer=gaz) == []


def test_common_words_are_not_places(gaz: Gazetteer) -> None:
    assert geoparse("أجرت الوزارة محادثات حول الأمن بين الجانبين", gazetteer=gaz) == []
    assert (
        geoparse("the meeting was held in march and may; the army will act.", gazetteer=gaz) == []
    )


def test_english_variants_and_possessive(gaz: Gazetteer) -> None:
    got = names("Tooz Khormato, Khanaqeen, Ninawa, Hawler and Mexmur", gaz)
    assert [a for a, _ in got][2:4] == ["Ninewa", "Erbil"]
    assert len(got) == 5
    m = geoparse("Erbil's governor spoke", gazetteer=gaz)[0]
    assert m.text == "Erbil" and m.candidate.name_en == "Erbil"
    assert names("Erbil's airport", gaz) == [("Erbil International Airport", "facility")]


def test_lang_and_size_checks(gaz: Gazetteer) -> None:
    assert geoparse("", gazetteer=gaz) == []
    with pytest.raises(GeoDisputedError, match="unknown language"):
        geoparse("Kirkuk", lang="fr", gazetteer=gaz)
    assert names("kirkuk and erbil", gaz) == []
    assert len(geoparse("kirkuk and erbil", lang="en", gazetteer=gaz)) == 2


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("كركوك وبغداد ال Kirkuk 24 ,.-'ةىأ")), max_size=60))
def test_offsets_always_match_the_text(text: str) -> None:
    gaz = _GAZ.get("g") or _GAZ.setdefault("g", gazetteer_mod.build_gazetteer())
    mentions = geoparse(text, gazetteer=gaz)
    for m in mentions:
        assert text[m.start : m.end] == m.text and m.text
        assert 0 <= m.score <= 1
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)


_GAZ: dict[str, Gazetteer] = {}


def test_names_with_digits_hyphens_and_datelines(gaz: Gazetteer) -> None:
    assert names("a joint room at the K-1 base in Kirkuk", gaz)[0] == ("K-1 base", "facility")
    assert [n for n, _ in names("Tal-Afar and Al-Hawija", gaz)][1] == "Al-Hawiga"
    assert names("أربيل 12 آذار (رويترز) - قال مسؤولون", gaz) == [("Erbil", "city")]
    assert names("Kurdistan 24 reported from Erbil", gaz) == [("Erbil", "city")]


def test_generic_political_text_has_no_places(gaz: Gazetteer) -> None:
    arabic = (
        "أكد رئيس الوزراء أن الحكومة ماضية في برنامجها الاقتصادي وتوفير فرص العمل للشباب، "
        "وبحث المجلس ملفات الطاقة والكهرباء والمياه والإصلاح الإداري ومكافحة الفساد. "
        "وأعلنت وزارة الداخلية القبض على متهمين، فيما ارتفعت أسعار النفط في الأسواق العالمية."
    )
    english = (
        "The prime minister told the cabinet that the government would press ahead with its "
        "economic programme; the central bank said reserves hit a record. Mark Green and Ali "
        "Hassan attended in May."
    )
    assert geoparse(arabic, gazetteer=gaz) == []
    assert geoparse(english, gazetteer=gaz) == []


def test_definite_article_needs_a_place_written_with_it(gaz: Gazetteer) -> None:
    got = names("زار الوفد الموصل والرمادي والحويجة", gaz)
    assert [kind for _, kind in got] == ["city", "city", "town"]
    assert names("فرص العمل للشباب", gaz) == []


def test_border_phrases_name_the_country_only_as_a_noun(gaz: Gazetteer) -> None:
    assert names("near the border with Iran", gaz) == [
        ("Iran-Iraq border", "border"),
        ("Iran", "country"),
    ]
    assert ("Iran", "country") in names("قرب الحدود مع إيران", gaz)
    assert ("Syria", "country") not in names("قرب الحدود السورية", gaz)
    assert names("نفذت القوات عملية في جبال قرةچوغ", gaz) == [("Qarachogh", "mountain")]


# --- evidence against common words, people and organisations (real news reads so) -----------


def test_marks_inside_words_and_the_spelling_suriya(gaz: Gazetteer) -> None:
    got = names("وصلت الأسلحة من سورية وتركيّا إلى بَغْدَاد وكَرْكُوك", gaz)
    assert [n for n, _ in got] == ["Syria", "Turkey", "Baghdad", "Kirkuk"]


def test_countries_with_numbers_are_places(gaz: Gazetteer) -> None:
    assert [n for n, _ in names("الإصابات: الكويت 27,762 والأردن 1,200", gaz)] == [
        "Kuwait",
        "Jordan",
    ]


def test_common_words_need_more_evidence(gaz: Gazetteer) -> None:
    # سنة "year", بن "son of", ورقة "paper" (not و + رقة): words, whatever GeoNames holds
    assert geoparse("التقى محمد بن سلمان في سنة 2020 وقدم ورقة عمل", gazetteer=gaz) == []
    # بلد "country" alone is a word; with its kind word it is Balad district
    assert names("لكل بلد حدود", gaz) == []
    assert ("Balad", "district") in names("انتشرت القوات في قضاء بلد", gaz)


@pytest.mark.slow
def test_dictionary_words_of_ocha_subdistricts(shared_boundaries) -> None:
    with_units = gazetteer_mod.build_gazetteer(load_boundaries(shared_boundaries))
    # شمال "north" is also the OCHA sub-district Al-Shamal: only its kind word makes it one
    assert names("تقدمت القوات في شمال العراق", with_units) == [("Iraq", "country")]
    assert names("في ناحية الشمال", with_units) == [("Al-Shamal", "subdistrict")]
    # the sub-district comes from the boundaries: the plain gazetteer lacks it
    assert ("Al-Shamal", "subdistrict") not in names(
        "في ناحية الشمال", gazetteer_mod.build_gazetteer()
    )


def test_people_and_organisations_are_not_places(gaz: Gazetteer) -> None:
    # a masculine nisba after the name makes a man's name (a place's adjective is feminine),
    # unless it is a common adjective (the border crossing of Rabia)
    assert names("يقف تمثال صلاح الدين الأيوبي وسط تكريت", gaz) == [("Tikrīt", "town")]
    assert names("أعيد فتح معبر ربيعة الحدودي", gaz) == [("Rabia", "town")]
    assert geoparse("أعلنت حكومة إقليم كوردستان تعليق الدوام", gazetteer=gaz) == []
    assert geoparse("The Kurdistan Regional Government said on Monday", gazetteer=gaz) == []
    assert geoparse("قال الشيخ خالد إن الوضع مستقر", gazetteer=gaz) == []


def test_english_traps(gaz: Gazetteer) -> None:
    text = (
        "The meeting at City Hall was delayed. Man gets two years. The IRS and FAO said so. "
        "Floods hit Jordan, Minnesota and Turkey, Texas; Santa Ana, California too."
    )
    assert geoparse(text, gazetteer=gaz) == []
    assert names("the town of Hit was retaken", gaz)[0][0] in ("Hīt", "Heet")
    assert names("Talks in Jordan and Iraq", gaz) == [("Jordan", "country"), ("Iraq", "country")]
    # outlets named for a city
    assert names("a source told Baghdad Today on Monday", gaz) == []
    assert names("He arrived in Baghdad today", gaz)[0][0] == "Baghdad"
    # "in" after a comma is a preposition, not Indiana's IN
    got = names("fields outside Muqdadiya, in Diyala province", gaz)
    assert [kind for _, kind in got] == ["district", "governorate"], got


def test_villages_named_after_their_kind_word(gaz: Gazetteer) -> None:
    ar = geoparse("سقطت قذيفة على قرية زرزور في قضاء خانقين", gazetteer=gaz)
    village = ar[0]
    assert (village.text, village.candidate.kind, village.candidate.id) == ("زرزور", "village", "")
    assert village.candidate.precision == "context: district" and village.resolved
    assert village.candidate.admin1 == "Diyala"
    en = geoparse("A shell hit the village of Zarzour in Khanaqin district.", gazetteer=gaz)
    assert en[0].text == "Zarzour" and en[0].candidate.precision == "context: district"
    alone = geoparse("داهمت القوات قرية زرزور شمال كركوك", gazetteer=gaz)
    assert alone[0].text == "زرزور"
    assert geoparse("قرية كبيرة على التل", gazetteer=gaz) == []  # an adjective, not a name
    # an adjective in ة agreeing with قرية, before the unit it belongs to, is no name either
    for text in ("هاجم مسلحون قرية تابعة لناحية جلولاء", "هاجم مسلحون قرية حدودية في قضاء خانقين"):
        assert [m.candidate.name_en for m in geoparse(text, gazetteer=gaz)] in (
            ["Jalawla"], ["Khanaqin"], ["Khānaqīn"]), text  # fmt: skip
    # a mark between the kind word and the next word: that word does not name the villages
    assert names("أحرق القصف بساتين القرى، مشيراً إلى الخوف", gaz) == []
    no_iraq = geoparse("the village of Zarzour was quiet", gazetteer=gaz)
    assert no_iraq == []  # neither placed nor in a text about Iraq


def test_a_village_abroad_needs_more_in_a_text_about_iraq(gaz: Gazetteer) -> None:
    assert names("قال نواب تركمان من كركوك إن القرار مجحف", gaz) == [("Kirkuk", "city")]


def test_evidence_grows_with_context(gaz: Gazetteer) -> None:
    from geo_disputed.text.geoparser import word_frequency

    assert word_frequency("شمال", "ar") > word_frequency("كركوك", "ar")
    assert names("the town of Hit", gaz) and not names("Hit by a rocket", gaz)


# --- linear time on any text ---------------------------------------------------------------

MB = 1_000_000
TASHKEEL = "\u064e\u064b\u0650\u0651\u0652\u0670"
#: Units repeated into one word of a megabyte (no spaces): the shapes that were super-linear
#: (a copy per leading ال; NFKD and wordfreq sort a run of marks by insertion) or could be.
PATHOLOGICAL_UNITS = {
    "repeated article": "ال",
    "stacked proclitics": "وفبلك",
    "proclitics and the article": "وللال",
    "tashkeel": TASHKEEL,
    "tatweel": "ـ",
    "no spaces": "كركوكبغدادالموصل",
    "mixed": "والال" + TASHKEEL + "ـلل" + "ك'-" + "ەقرية",
}


def _megabyte(unit: str) -> str:
    return (unit * (MB // len(unit) + 1))[:MB]


@pytest.mark.slow
def test_a_megabyte_of_pathological_arabic(gaz: Gazetteer) -> None:
    budget = 10.0  # seconds for all of them; about 2 s here
    texts = {shape: "قصف في بغداد " + _megabyte(unit) + " وقرب كركوك" for shape, unit in
             PATHOLOGICAL_UNITS.items()}  # fmt: skip
    texts["marks on a name"] = "قصف في بغداد وقرب كركوك" + _megabyte(TASHKEEL)
    texts["marks after a kind word"] = "قصف في بغداد قرية ك" + _megabyte(TASHKEEL) + " قرب كركوك"
    found: dict[str, list[Mention]] = {}
    for shape, text in texts.items():

        def parse(shape: str = shape, text: str = text) -> None:
            found[shape] = geoparse(text, gazetteer=gaz)

        budget -= seconds(parse, limit=budget, repeat=1)
        mentions = found[shape]
        assert all(text[m.start : m.end] == m.text for m in mentions)
        assert [m.text[:5] for m in mentions] == ["بغداد", "كركوك"], shape  # names still match
    kirkuk = found["marks on a name"][1]
    assert kirkuk.candidate.name_en == "Kirkuk" and len(kirkuk.text) == 5 + MB


#: Pieces a drawn unit is made of: letters, proclitics, marks, joiners, words and kind words.
_PIECES = (
    "ال", "و", "ف", "ب", "ل", "ك", "لل", "\u064e", "\u0651", "\u0670", "ـ", "-", "'", "a", "K",
    "x", "ee", "ە", "ێ", "\u200c", "١", " ", "، ", "قرية ", "محافظة ", "كركوك", "بغداد",
    "Kirkuk", " village of ", "في ",
)  # fmt: skip


def _clear_caches(gaz: Gazetteer) -> None:
    for cached in (normalize.name_key, normalize.phonetic_key, normalize.consonant_key,
                   normalize.skeleton_key, normalize.split_admin_kind, geoparser._token_variants,
                   geoparser.word_frequency, geoparser._capitalised):  # fmt: skip
        cached.cache_clear()
    gaz.memo.clear()


#: What stands before the repeated unit: nothing, a kind word, a name, a capitalised word.
_PREFIXES = ("", "قرية ك", "في كركوك", "بغداد ال", "the village of K", "Kirkuk ")


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(_PREFIXES),
    unit=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6).map("".join),
)
@example(prefix="", unit="ال")
@example(prefix="", unit="وفبلك")
@example(prefix="", unit="\u064e\u0651")
@example(prefix="قرية ك", unit="\u064e\u0651")  # wordfreq sorts the marks too
@example(prefix="في كركوك", unit="\u0670\u0652")
@example(prefix="", unit="a-'")
@example(prefix="", unit="قرية كركوك ")
@example(prefix="", unit="Kirkuk, Diyala provinces met. ")
def test_geoparse_time_per_character_does_not_grow(gaz: Gazetteer, prefix: str, unit: str) -> None:
    """4 times the text in at most 8 times the time (a quadratic path takes 16 times)."""
    small = prefix + unit * (16_000 // len(unit) + 1)
    big = prefix + unit * (64_000 // len(unit) + 4)
    assert_scales_linearly(
        lambda text: geoparse(text, gazetteer=gaz),
        small,
        big,
        max_ratio=8,
        reset=lambda: _clear_caches(gaz),
    )


@settings(max_examples=60)
@given(
    word=st.sampled_from(["في", "ان", "اربيل", "امرلي", "كركوك", "الى"]),
    at=st.integers(0, 3),
    marks=st.text(alphabet=TASHKEEL + "\u0653\u0654\u0655\u0610", min_size=17, max_size=60),
)
@example(word="ان", at=1, marks="\u064e" * 20 + "\u0654")  # أن: the hamza joins across the run
def test_word_frequency_of_a_long_run_of_marks_is_wordfreqs(word: str, at: int, marks: str) -> None:
    from wordfreq import zipf_frequency

    text = word[:at] + marks + word[at:]
    assert geoparser.word_frequency.__wrapped__(text, "ar") == zipf_frequency(text, "ar")


def test_a_hamza_after_a_run_of_marks_still_joins_its_alef() -> None:
    run = "ا" + "\u064e" * 40 + "\u0654" + "ن"  # أن "that", its hamza written after 40 fathas
    assert geoparser.word_frequency(run, "ar") == geoparser.word_frequency("أن", "ar") > 6.5


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("An attack in Kirkuk's Hawija district on Monday.", "Hawija"),
        ("Turkish warplanes bombed villages in Duhok’s Amedi district.", "Amedi"),
    ],
)
def test_a_possessive_before_a_place_is_not_part_of_its_name(text, place):
    """ "Kirkuk's Hawija" names two places, not one longer capitalised name."""
    assert place in [m.text for m in geoparse(text)]


def test_a_unit_s_name_is_no_alternate_of_its_seat(gaz: Gazetteer) -> None:
    """GeoNames gives Hawija town the name قضاء الحويجة: it belongs to the district."""
    from geo_disputed import geocode

    best = geocode("قضاء الحويجة", gazetteer=gaz)[0]
    assert (best.name_en, best.kind) == ("Al-Hawiga", "district")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("شرقي الناحية انفجرت عبوة في قضاء مخمور", ["مخمور"]),
        ("في القرية الحدودية التابعة لقضاء زاخو", ["زاخو"]),
        ("قرى يقطنها مزارعون في قضاء مخمور", ["مخمور"]),
    ],
)
def test_no_unknown_village_after_a_plural_or_a_definite_kind_word(
    gaz: Gazetteer, text: str, places: list[str]
) -> None:
    """Only the district is a place: no unknown village is read after القرى, قرى, الناحية."""
    assert [m.text for m in geoparse(text, gazetteer=gaz)] == places
