"""The event coder on real published text (IDRISI disaster tweets, read at run time)."""

from __future__ import annotations

import pytest
from conftest import need_shared
from real_text import IDRISI, hazard_tweets

from geo_disputed.text import events
from geo_disputed.text.events import extract_events


@pytest.fixture(scope="module")
def tweets() -> dict[str, list[str]]:
    return hazard_tweets(need_shared(IDRISI), every=3)


def _trigger_sentences(text: str) -> int:
    """Sentences holding a trigger word: what a keyword coder would report."""
    spans = events._sentences(text)
    return sum(bool(events._find_triggers(events._tokens(text, a, b))) for a, b in spans)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_natural_hazards_and_epidemics_are_not_coded_as_violence(tweets, lang):
    """Deaths in floods, fires and quakes, drones filming damage, the "spread" of a virus and
    floods that "raid" homes are no political violence: at most 1% of such tweets give an
    event (the few asides on real attacks), where a keyword coder flags several times more."""
    texts = tweets[lang]
    assert len(texts) > 800
    coded = sum(bool(extract_events(t)) for t in texts)
    keyword = sum(_trigger_sentences(t) > 0 for t in texts)
    assert coded <= 0.01 * len(texts), (coded, len(texts))
    assert keyword >= 4 * max(coded, 1), (keyword, coded)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Floods killed 12 people in Erbil on Monday.", None),
        ("Gunmen killed 12 people in Erbil on Monday.", "Armed clash"),
        ("Two soldiers were killed in Kirkuk.", "Armed clash"),
        ("Twelve people died in Kirkuk, police said.", None),
        ("Drone footage shows the damage in Mosul.", None),
        ("A drone struck a car in Sinjar.", "Air/drone strike"),
        ("A gas cylinder explosion killed two people in Kirkuk.", None),
        ("An explosion killed two people in Kirkuk.", "Remote explosive/landmine/IED"),
        ("Troops were deployed to Sinjar.", "Change to group/activity"),
        ("Volunteers were deployed to Sinjar.", None),
        ("A heart attack killed the governor in Kirkuk.", None),
        ("انتشار فيروس كورونا في كركوك", None),
        ("انتشار قوات الجيش في سنجار", "Change to group/activity"),
        ("مصرع ثلاثة أشخاص غرقا في السيول في أربيل", None),
        ("مقتل ثلاثة جنود في كركوك", "Armed clash"),
        ("عبوة مياه في كركوك", None),
        ("انفجار عبوة في كركوك", "Remote explosive/landmine/IED"),
        ("السيول داهمت منازل في دهوك", None),
        ("ظهور ألغام بعد الأمطار في البصرة", None),
        ("تحت وسم #انفجار_بيروت نشر سكان كركوك صورا", None),
        ("Two civilians were killed in Daquq.", "Attack"),
        ("مقتل مدنيين اثنين في داقوق", "Attack"),
        ("Kirkuk MP attacks government over security gaps in Daquq.", None),
        ("هاجمت نائبة عن كركوك الحكومة بسبب الفراغ الأمني في داقوق", None),
        ("Gunmen attacked a checkpoint in Hawija.", "Armed clash"),
        ("Bomb cyclone brings floods to Erbil.", None),
        ("Flares (قذائف إنارة) lit the sky over Sinjar.", None),
        ("Workers went on strike in Kirkuk on Monday.", None),
        ("A Turkish strike hit a village in Amedi on Monday.", "Air/drone strike"),
        ("ضربة تركية تستهدف قرية في العمادية", "Air/drone strike"),
    ],
)
def test_violence_needs_a_sign_beyond_an_ambiguous_word(text, kind):
    got = [e.sub_event_type for e in extract_events(text)]
    assert got == ([kind] if kind else [])


def test_each_clause_keeps_its_own_hazard_and_counts():
    """A flood's deaths are neither an event nor the rocket's count in the next clause."""
    got = extract_events("Floods killed four in Duhok, while a rocket hit Erbil airport.")
    assert [(e.sub_event_type, e.fatalities) for e in got] == [
        ("Shelling/artillery/missile attack", None)
    ]
    one = extract_events("ISIS kills two shepherds in Hamrin.")
    assert [(e.event_type, e.fatalities) for e in one] == [("Violence against civilians", 2)]
    two = extract_events("Two Peshmerga were martyred in Makhmour.")
    assert [(e.event_type, e.fatalities) for e in two] == [("Battles", 2)]


def test_statement_day_yields_to_the_event_day():
    text = (
        "أعلنت وزارة البيشمركة يوم الجمعة إصابة اثنين من مقاتليها ليلة الخميس عندما فتح "
        "مسلحو داعش النار على موقعهم في جبل قره چوغ."
    )
    (event,) = extract_events(text, published="2024-07-19")
    assert (event.date, event.date_text, event.wounded) == ("2024-07-18", "ليلة الخميس", 2)


def test_an_attack_already_told_opens_no_new_event():
    text = (
        "Two Peshmerga fighters were wounded when ISIS militants opened fire on their "
        "position in Qarachogh on Thursday. After the attack, Iraqi army and Peshmerga forces "
        "launched a joint patrol in Makhmour on Friday."
    )
    got = extract_events(text, published="2024-07-19")
    assert [(e.place, e.date) for e in got] == [("Qarachogh", "2024-07-18")]


@pytest.mark.parametrize(
    ("text", "place", "precision"),
    [
        ("انفجار عبوة ناسفة في منطقة الطارمية شمال بغداد", "الطارمية", 1),
        ("IED explodes in the Tarmiyah area north of Baghdad.", "Tarmiyah", 1),
        ("A rocket hit Harir air base, north of Erbil.", "Harir", 1),
        ("A rocket hit a village north of Erbil.", "Erbil", 2),
        ("Kirkuk police arrested four suspects on Monday.", "Kirkuk", 1),
    ],
)
def test_reference_points_and_agency_places(text, place, precision):
    """The place after a direction is the reference point of the one before it, "north of"
    alone is near; an agency's place ("Kirkuk police") is the last resort."""
    (event,) = extract_events(text)
    assert (event.place, event.geo_precision) == (place, precision)


def test_an_arrest_takes_no_count_from_its_charge():
    text = "اعتقلت شرطة كركوك أربعة متهمين بقتل سائق أجرة. وكان السائق قد قتل بالرصاص."
    (event,) = extract_events(text, published="2024-11-05")
    assert (event.sub_event_type, event.fatalities, event.wounded) == ("Arrests", None, None)
