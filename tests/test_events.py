"""The news event coder (issue 15): numbers, dates, triggers, place linking, non-events,
the seed article and the hand-written gold reports (tests/news_gold.py)."""

from __future__ import annotations

import shutil

import pytest
from linear_time import assert_scales_linearly
from news_gold import ALL, BATCHES, UNDEVELOPED, gold_names, predicted, score

from geo_disputed import settings
from geo_disputed.errors import DataError, GeoDisputedError
from geo_disputed.text import events as events_mod
from geo_disputed.text.events import _clauses, _tokens, extract_events, load_actors, parse_number
from geo_disputed.text.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def one(text: str, gaz, published: str | None = "2024-03-06"):
    got = extract_events(text, published=published, gazetteer=gaz)
    assert len(got) == 1, [(e.trigger, e.place) for e in got]
    return got[0]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("12 soldiers", (12, 12, 1)),
        ("١٢ جنديا", (12, 12, 1)),
        ("twenty five", (25, 25, 2)),
        ("three", (3, 3, 1)),
        ("ثلاثة جنود", (3, 3, 1)),
        ("خمسة عشر", (15, 15, 2)),
        ("خمسة وعشرين", (25, 25, 2)),
        ("dozens", (24, None, 1)),
        ("soldiers", None),
    ],
)
def test_parse_number(words, expected):
    keys = [events_mod._fold(w) for w in words.split()]
    assert parse_number(keys) == expected


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("A rocket attack on a base in Kirkuk killed three soldiers.", (3, 3), None),
        ("Three soldiers were killed in a rocket attack on a base in Kirkuk.", (3, 3), None),
        ("مقتل جنديين بهجوم صاروخي على قاعدة في كركوك.", (2, 2), None),
        ("مقتل جندي وإصابة اثنين بهجوم صاروخي على قاعدة في كركوك.", (1, 1), (2, 2)),
        ("A rocket attack on a base in Kirkuk killed between 4 and 6 soldiers.", (4, 6), None),
        ("أسفر هجوم صاروخي على قاعدة في كركوك عن مقتل ما بين خمسة وسبعة جنود.", (5, 7), None),
        ("A rocket attack on a base in Kirkuk killed at least 5 soldiers.", (5, None), None),
        ("A rocket attack hit a base in Kirkuk, causing no casualties.", (0, 0), (0, 0)),
        ("سقط صاروخ على قاعدة في كركوك دون وقوع إصابات.", (0, 0), (0, 0)),
        ("سقط صاروخ على قاعدة في كركوك دون تسجيل خسائر.", (0, 0), (0, 0)),
        ("سقط صاروخ على قاعدة في كركوك وخلف خسائر مادية.", None, None),
        ("A rocket attack hit a base in Kirkuk.", None, None),
        ("The death toll of the bombing in Kirkuk rose to 7.", (7, 7), None),
        ("ارتفعت حصيلة ضحايا التفجير في كركوك إلى سبعة قتلى.", (7, 7), None),
        ("A rocket hit a base in Kirkuk, wounding two soldiers.", None, (2, 2)),
    ],
)
def test_casualties(gaz, text, killed, wounded):
    e = one(text, gaz)
    assert (e.fatalities, e.fatalities_high) == (killed or (None, None))
    assert (e.wounded, e.wounded_high) == (wounded or (None, None))


@pytest.mark.parametrize(
    ("text", "published", "date", "precision"),
    [
        ("A drone struck a checkpoint in Kirkuk on Monday.", "2024-03-06", "2024-03-04", 1),
        ("قصفت طائرة مسيرة نقطة تفتيش في كركوك يوم الاثنين.", "2024-03-06", "2024-03-04", 1),
        ("A drone struck a checkpoint in Kirkuk yesterday.", "2024-03-06", "2024-03-05", 1),
        ("قصفت طائرة مسيرة نقطة تفتيش في كركوك مساء أمس.", "2024-03-06", "2024-03-05", 1),
        ("قصفت طائرة مسيرة نقطة تفتيش في كركوك فجر اليوم.", "2024-03-06", "2024-03-06", 1),
        ("A drone struck a checkpoint in Kirkuk.", "2024-03-06", "2024-03-06", 3),
        ("A drone struck a checkpoint in Kirkuk on 3 March 2024.", None, "2024-03-03", 1),
        ("قصفت طائرة مسيرة نقطة تفتيش في كركوك في 3 آذار 2024.", None, "2024-03-03", 1),
        ("A drone struck a checkpoint in Kirkuk on Monday.", None, None, None),
        ("A drone struck a checkpoint in Kirkuk on March 3.", None, None, None),
        ("KIRKUK, March 3 (Reuters) - A drone struck a checkpoint.", "2024-03-05", "2024-03-03", 3),
        (
            "KIRKUK, March 3 (Reuters) - A drone struck a checkpoint on Friday.",
            "2024-03-09",
            "2024-03-01",
            1,
        ),
        ("كركوك، 3 آذار 2024 - قصفت طائرة مسيرة نقطة تفتيش أمس.", None, "2024-03-02", 1),
        ("A drone struck a checkpoint in Kirkuk on May 3.", "2024-05-07", "2024-05-03", 1),
        ("قصفت طائرة مسيرة نقطة تفتيش في كركوك في 3 آذار عام 2024.", None, "2024-03-03", 1),
    ],
)
def test_dates(gaz, text, published, date, precision):
    e = one(text, gaz, published)
    assert (e.date, e.time_precision) == (date, precision)


def test_counts_in_the_next_sentence(gaz):
    e = one("A drone struck a checkpoint in Kirkuk. No casualties were reported.", gaz)
    assert (e.fatalities, e.wounded) == (0, 0)
    e = one("سقط صاروخ على قاعدة في كركوك. وأسفر الهجوم عن مقتل ثلاثة جنود.", gaz)
    assert e.fatalities == 3


def test_charge_of_an_arrest_is_not_an_event(gaz):
    for text in (
        "Police arrested a man suspected of planting a bomb in Kirkuk.",
        "اعتقلت الشرطة رجلا بتهمة زرع عبوة ناسفة في كركوك.",
    ):
        assert one(text, gaz).sub_event_type == "Arrests"


def test_an_agency_named_for_what_it_fights_is_no_intent(gaz):
    """ "Counter" and مكافحة mark an intent ("to counter attacks"), but not in the name of
    the Counter-Terrorism Service, the source of many reports."""
    for text in (
        "The counter-terrorism service said a drone struck a vehicle in Sinjar on Saturday.",
        "أعلن جهاز مكافحة الإرهاب مقتل ثلاثة من عناصر داعش بغارة جوية في وادي الشاي.",
    ):
        assert one(text, gaz).sub_event_type == "Air/drone strike"
    assert extract_events("The army plans to counter attacks in Kirkuk.", gazetteer=gaz) == []


def test_bad_published_date(gaz):
    with pytest.raises(GeoDisputedError, match="not an ISO date"):
        extract_events("A drone struck Kirkuk.", published="Monday", gazetteer=gaz)


@pytest.mark.parametrize(
    ("text", "event_type", "sub_event_type"),
    [
        ("وبالصواريخ استهدف مسلحون قاعدة في كركوك", "Explosions/Remote violence",
         "Shelling/artillery/missile attack"),
        ("انفجرت عبوة ناسفة على طريق في داقوق", "Explosions/Remote violence",
         "Remote explosive/landmine/IED"),
        ("غارة جوية على موقع في سنجار", "Explosions/Remote violence", "Air/drone strike"),
        ("اشتباكات بين مسلحين والجيش في الحويجة", "Battles", "Armed clash"),
        ("اعتقلت القوات الأمنية ثلاثة مطلوبين في خانقين", "Strategic developments", "Arrests"),
        ("قوة أمنية تعتقل مطلوبا في كركوك", "Strategic developments", "Arrests"),
        ("Gunmen attacked shepherds near Daquq", "Violence against civilians", "Attack"),
        ("A suicide bomber blew himself up in Tuz Khurmatu", "Explosions/Remote violence",
         "Suicide bomb"),
    ],
)  # fmt: skip
def test_trigger_types(gaz, text, event_type, sub_event_type):
    e = one(text, gaz)
    assert (e.event_type, e.sub_event_type) == (event_type, sub_event_type)
    assert text[e.trigger_span[0] : e.trigger_span[1]] == e.trigger


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied reports of a rocket attack on a base in Kirkuk.",
        "نفت وزارة الدفاع وقوع هجوم على قاعدة في كركوك.",
        "Residents marked the anniversary of the bombing in Kirkuk.",
        "أحيا أهالي كركوك ذكرى التفجير الذي استهدف المدينة.",
        "The army will deploy troops to Kirkuk next week.",
        "سوف تشن القوات عملية ضد داعش في كركوك.",
        "Will the army stop the attacks in Kirkuk?",
        "هل تتوقف الهجمات في كركوك؟",
        "Repeated rocket attacks on Kirkuk have worried residents.",
        "No attack was reported in Kirkuk.",
        "لم يسجل أي هجوم في كركوك.",
        "The governor called for an end to attacks on Kirkuk.",
        "Attacks on the pipeline near Kirkuk could resume, officials said.",
        "وقال مسؤولون إن هجمات قد تقع في كركوك.",
        "In 2014 ISIS attacked Kirkuk.",
        "In January, a drone struck a base in Kirkuk.",
        "A court in Kirkuk sentenced five men to death for the bombing.",
        "حكمت محكمة في كركوك بالإعدام على خمسة مدانين بالتفجير.",
        "Protesters clashed with police in Kirkuk.",
        "Last year, rockets hit a base in Kirkuk.",
        "في كانون الثاني الماضي قصفت طائرة مسيرة قاعدة في كركوك.",
        # background and habit told beside the news (issue 15's wire batch)
        "In 2021 the group killed several Peshmerga in night attacks near Makhmur.",
        "The field near Kirkuk has been targeted by rockets and drones several times in recent "
        "years.",
        "The officials condemned last week's bombing near Makhmur that killed two fighters.",
        "أدان المسؤولون تفجير الأسبوع الماضي قرب مخمور.",
        "Turkey regularly carries out air strikes on the mountains north of Duhok.",
        "ISIS relies on roadside bombs rather than large assaults in the Hamrin mountains.",
        "ISIS still relies on roadside bombs in the Hamrin mountains, an expert said.",
        "وكان التنظيم قد قتل آلاف الرجال واختطف النساء في سنجار.",
        "يذكر أن مسلحين هاجموا قرية في خانقين مطلع الشهر الجاري.",
        "The attack comes days after a similar bombing killed two soldiers near Hawija.",
        "ويأتي الهجوم بعد أيام من هجوم مماثل استهدف نقطة للجيش في الحويجة.",
        # habits in the present tense
        "ISIS cells move through the valleys and plant bombs on the roads near Makhmur.",
        "وتقول أنقرة إنها تستهدف في سنجار عناصر حزب العمال.",
        "But every few weeks there is a bomb somewhere in Kirkuk.",
        "وتشهد كركوك بين فترة وأخرى حوادث اغتيال بعبوات لاصقة.",
        "يعيش مزارعو ناحية السعدية حالة من القلق خشية تكرار حرائق الحقول والهجمات التي شهدتها "
        "المنطقة.",
        "Farmers near Saadiya fear attacks like those of past seasons.",
        "مزارعو السعدية يخشون عودة الهجمات",
        # a statement on an incident already told
        "أدان مجلس محافظة كركوك، اليوم الأربعاء، حادثة اغتيال أحد الموظفين بعبوة لاصقة في المدينة.",
        "The provincial council condemned the assassination of an official in Kirkuk.",
        # tallies and denials
        "Security forces recorded 13 attacks in Kirkuk province during the week.",
        "سجلت القوات الأمنية ١١ هجوما في كركوك.",
        "ولم يتعرض مطار أربيل لأي هجوم، بحسب المديرية.",
    ],
)
def test_not_events(gaz, text):
    assert extract_events(text, published="2024-03-06", gazetteer=gaz) == []


def test_place_is_where_it_happened(gaz):
    e = one("Baghdad said a rocket attack targeted an army base in Kirkuk.", gaz)
    assert e.candidate.admin1 == "Kirkuk"
    assert e.place == "Kirkuk"
    text = "قال محافظ أربيل إن صاروخا سقط قرب حقل خورمور الغازي."
    e = one(text, gaz)
    assert e.candidate.name_en == "Khor Mor gas field"
    assert text[e.place_span[0] : e.place_span[1]] == e.place
    assert e.geo_precision == 2  # near a site
    e = one("Baghdad said on Monday that a drone had struck a convoy.", gaz)
    assert e.place is None and e.geo_precision is None  # the speaker is not the place


def test_finest_place_of_a_chain(gaz):
    e = one("A roadside bomb exploded in Dibis in Kirkuk governorate.", gaz)
    assert e.candidate.name_en == "Dibis"
    assert e.geo_precision == 1
    for text in (
        "A roadside bomb exploded in Kirkuk, in the town of Dibis.",
        "انفجرت عبوة ناسفة في كركوك وتحديدا في ناحية دبس.",
    ):
        assert one(text, gaz).candidate.name_en == "Dibis"
    e = one("Clashes broke out in Salah al-Din province near Tuz Khurmatu.", gaz)
    assert (e.candidate.admin2, e.geo_precision) == ("Tooz Khurmato", 2)
    e = one("A roadside bomb exploded in Kirkuk governorate.", gaz)
    assert e.geo_precision == 3


def test_one_event_per_incident(gaz):
    text = (
        "Drone strike hits Erbil airport\n\nA drone struck Erbil International Airport on "
        "Sunday. The attack killed two guards."
    )
    e = one(text, gaz, "2024-01-15")
    assert (e.candidate.name_en, e.fatalities, e.date) == (
        "Erbil International Airport", 2, "2024-01-14")  # fmt: skip
    two = extract_events(
        "A drone struck a checkpoint in Sinjar on Monday. In another attack, gunmen "
        "attacked a police post in Hawija on Tuesday.",
        published="2024-03-06",
        gazetteer=gaz,
    )
    assert [(e.candidate.admin1, e.date) for e in two] == [
        ("Ninewa", "2024-03-04"), ("Kirkuk", "2024-03-05")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("A rocket hit Erbil airport on Monday, the second attack on the airport this month.",
         "Erbil"),
        ("سقط صاروخ على مطار أربيل يوم الاثنين، في ثاني هجوم على المطار هذا الشهر.", "Erbil"),
        ("A rocket hit Erbil airport on Monday, days after a drone struck the same base.",
         "Erbil"),
        ("Two rockets struck the Khor Mor gas field on Monday, the third such attack in recent "
         "weeks.", "Al-Sulaymaniyah"),
        ("قتل أربعة جنود بانفجار عبوة ناسفة في الطارمية يوم الاثنين، في أعنف هجوم منذ بداية "
         "العام.", "Baghdad"),
    ],
)  # fmt: skip
def test_an_aside_on_older_attacks_keeps_the_dated_news(gaz, text, admin1):
    e = one(text, gaz)
    assert (e.candidate.admin1, e.date) == (admin1, "2024-03-04")


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (  # the statement's day in the lead, the raid's in the next sentence
            "The Counter-Terrorism Service announced on Thursday the arrest of four ISIS "
            "suspects in Tal Afar. Its forces raided a house used by the cell on Wednesday.",
            "2024-03-08",
            "2024-03-06",
        ),
        (  # the day in the next sentence, which names the strike again but is no event alone
            "أعلن جهاز مكافحة الإرهاب، اليوم الأربعاء، مقتل ثلاثة مسلحين بضربة جوية قرب مخمور. "
            "وذكر الجهاز أن الضربة نفذت مساء الثلاثاء بناء على معلومات استخبارية.",
            "2024-03-06",
            "2024-03-05",
        ),
        (  # a long speaker before the statement's day, the attack's day in the quote
            "أفاد مصدر أمني في محافظة ديالى، اليوم الأربعاء، بمقتل مدنيين اثنين بهجوم على قرية "
            "في جلولاء. وقال المصدر إن مسلحين هاجموا القرية مساء أمس.",
            "2024-03-06",
            "2024-03-05",
        ),
    ],
)
def test_the_incident_day_over_the_statement_day(gaz, text, published, date):
    assert one(text, gaz, published).date == date


def test_the_day_in_the_next_sentence_when_the_event_has_none(gaz):
    text = (
        "Gunmen kidnapped a truck driver near Tuz Khurmatu. The driver was stopped at a fake "
        "checkpoint on Sunday evening."
    )
    assert one(text, gaz).date == "2024-03-03"
    text = "Gunmen kidnapped a truck driver near Tuz Khurmatu. Police arrested two men on Sunday."
    assert extract_events(text, published="2024-03-06", gazetteer=gaz)[0].date == "2024-03-06"


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Three shepherds were killed on Saturday when a landmine exploded near Penjwen, raising "
         "an earlier toll of two.", 3),
        ("A car bomb exploded in Khanaqin on Friday, killing three. The death toll later rose to "
         "five.", 5),
        ("Two shepherds killed by landmine near Penjwen\n\nPENJWEN - Three shepherds were "
         "killed on Saturday when an old landmine exploded near the town, an official said.", 3),
        ("اشتبكت قوة من الحشد مع مسلحين في البعاج، ما أسفر عن مقتل ثلاثة من المسلحين واستشهاد أحد "
         "المقاتلين.", 4),
    ],
)  # fmt: skip
def test_the_toll_of_the_report(gaz, text, fatalities):
    assert one(text, gaz).fatalities == fatalities


def test_a_toll_joined_by_and_is_no_second_clause():
    for text in (
        "A bomb struck a patrol near Jalawla, killing two soldiers and wounding three others.",
        "انفجرت عبوة على دورية قرب جلولاء ما أسفر عن مقتل جنديين وإصابة ثلاثة آخرين.",
    ):
        assert len(_clauses(text, _tokens(text), (0, len(text)))) == 1, text
    text = "Rockets hit Erbil airport and a drone struck a base in Kirkuk."
    assert len(_clauses(text, _tokens(text), (0, len(text)))) == 2


def test_a_headline_is_its_body_s_event(gaz):
    e = one(
        "Mortar attack on Kirkuk village kills woman\n\nA woman was killed when mortar rounds "
        "landed on a village in Daquq district late on Sunday.",
        gaz,
    )
    assert (e.candidate.admin2, e.date, e.fatalities) == ("Daquq", "2024-03-03", 1)
    # a dateline under the headline dates the story; its day is no count
    e = one(
        "Soldier killed near Samarra\n\nBAGHDAD, March 3 (Xinhua) -- A sniper shot dead a "
        "soldier near Samarra on Friday.",
        gaz,
        "2024-03-05",
    )
    assert (e.date, e.fatalities) == ("2024-03-01", 1)


def test_a_lead_that_sums_up_yields_to_the_details(gaz):
    text = (
        "Soldier and two PMF fighters killed in Salahuddin\n\nA soldier was killed by a sniper "
        "and two PMF fighters were killed by a roadside bomb in two separate attacks in "
        "Salahuddin province, police said on Sunday.\n\nOn Friday a sniper shot dead a soldier "
        "at a checkpoint near Samarra.\n\nOn Saturday a roadside bomb struck a PMF convoy near "
        "Baiji, killing two fighters."
    )
    got = extract_events(text, published="2024-03-04", gazetteer=gaz)
    assert [(e.event_type, e.date, e.fatalities) for e in got] == [
        ("Battles", "2024-03-01", 1), ("Explosions/Remote violence", "2024-03-02", 2)]  # fmt: skip


def test_an_outlet_line_and_a_revealed_toll(gaz):
    text = (
        "قتيلان بنزاع عشائري في قضاء بلد\n\nبغداد اليوم - صلاح الدين\nكشف مصدر أمني، اليوم "
        "الخميس، عن حصيلة النزاع العشائري الذي اندلع في قضاء بلد.\n\nوقال المصدر إن نزاعا "
        "مسلحا اندلع في ١٠ حزيران بين عشيرتين، ما أسفر عن مقتل شخصين."
    )
    e = one(text, gaz, "2024-06-13")
    assert (e.event_type, e.candidate.admin2, e.date, e.fatalities) == (
        "Battles", "Balad", "2024-06-10", 2)  # fmt: skip


def test_the_means_types_the_event(gaz):
    e = one("اغتيال موظف بعبوة لاصقة وسط كركوك", gaz)
    assert e.event_type == "Explosions/Remote violence"


def test_places_of_wire_reports(gaz):
    e = one(
        "Gunmen kidnapped a truck driver on the road linking Tuz Khurmatu to Kirkuk, the latest "
        "in a string of abductions.",
        gaz,
    )
    assert e.candidate.admin2 == "Tooz Khurmato"
    e = one(
        "Iraqi F-16 jets struck an ISIS hideout in the Qarachogh mountain range near Makhmur on "
        "Monday, killing four militants.",
        gaz,
    )
    assert (e.candidate.name_en, e.event_type, e.fatalities) == (
        "Qarachogh", "Explosions/Remote violence", 4)  # fmt: skip
    e = one(
        "ارتفاع حصيلة ضحايا انفجار خانقين إلى خمسة قتلى\n\nارتفعت حصيلة ضحايا انفجار دراجة مفخخة "
        "في قضاء خانقين مساء الجمعة إلى خمسة قتلى.",
        gaz,
    )
    assert (e.date, e.fatalities) == ("2024-03-01", 5)
    e = one(
        'وقال المصدر في حديث لـ"بغداد اليوم"، إن اشتباكا مسلحا اندلع بين عشيرتين في قضاء بلد، ما '
        "أسفر عن مقتل شخصين.",
        gaz,
    )
    assert e.candidate.admin2 == "Balad", e.candidate  # not the outlet's Baghdad
    e = one(
        'وقال المصدر في حديث لـ"بغداد اليوم"، إن نزاعا مسلحا اندلع بين عشيرتين، ما أسفر عن مقتل '
        "شخصين.",
        gaz,
    )
    assert e.place is None
    e = one("BAGHDAD, June 8 (Xinhua) -- A soldier was killed by a sniper near Samarra.", gaz)
    assert e.fatalities == 1  # "June 8" is a day, not a count


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (  # the source's police is not a second place
            "انفجرت عبوة ناسفة صباح اليوم على دورية في قضاء الدبس. وقال مصدر في شرطة كركوك إن "
            "العبوة كانت مزروعة على جانب الطريق وإن المصابين نقلوا إلى المستشفى.",
            "Dibis",
        ),
        (  # a verb after a mark is no village: the quote retells the shelling
            "قصفت طائرات تركية مساء السبت محيط ناحية كاني ماسي. وقال مسؤول إن القصف أحرق بساتين "
            'القرى"، مشيراً إلى خوف الأهالي.',
            "Kānī Māsī",
        ),
        (  # the force's place over a foreign country in the charge
            "اعتقلت شرطة دهوك ثلاثة رجال قالت إنهم هربوا أسلحة عبر الحدود من سوريا.",
            "Duhok",
        ),
    ],
)
def test_a_retold_incident_keeps_its_place(gaz, text, place):
    e = one(text, gaz, "2024-03-06")
    assert place in (e.candidate.name_en, e.candidate.admin1, e.candidate.admin2), e.candidate


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Erbil airport and a drone struck a base in Kirkuk on Monday.",
        "قصفت طائرة مسيرة مطار أربيل وسقطت صواريخ على قاعدة في كركوك يوم الاثنين.",
    ],
)
def test_two_incidents_in_one_sentence(gaz, text):
    got = extract_events(text, published="2024-03-06", gazetteer=gaz)
    assert [(e.candidate.admin1, e.date) for e in got] == [
        ("Erbil", "2024-03-04"), ("Kirkuk", "2024-03-04")]  # fmt: skip
    assert len(extract_events("Rockets and drones hit a base in Kirkuk.", gazetteer=gaz)) == 1


def test_actors(gaz):
    e = one("ISIS militants attacked a Peshmerga checkpoint near Makhmour.", gaz)
    assert e.actor1 == "Islamic State (Iraq)"
    assert e.actor2 == "Military Forces of Iraq: Peshmerga"
    e = one("US-led coalition jets carried out airstrikes on ISIS hideouts near Kifri.", gaz)
    assert (e.actor1, e.actor2) == ("Military Forces of the United States", "Islamic State (Iraq)")
    e = one("Rockets targeted a base hosting coalition forces near Erbil airport.", gaz)
    assert (e.actor1, e.actor2) == ("", "Military Forces of the United States")
    e = one("Security forces killed three ISIS militants in a clash near Hawija.", gaz)
    assert (e.actor1, e.actor2, e.fatalities) == (
        "Military Forces of Iraq", "Islamic State (Iraq)", 3)  # fmt: skip
    e = one("أسفر هجوم قرب الحويجة عن مقتل ثلاثة من عناصر داعش.", gaz)
    assert e.actor2 == "Islamic State (Iraq)"
    e = one("قتل ثلاثة أشخاص بضربة طائرة مسيرة تركية استهدفت سيارة قرب سنجار.", gaz)
    assert e.actor1 == "Military Forces of Turkey"
    e = one("هاجم مسلحون مجهولون رعاة في قرية قرب داقوق.", gaz)
    assert (e.actor1, e.event_type) == (
        "Unidentified Armed Group (Iraq)",
        "Violence against civilians",
    )


def test_actor_lexicon_rejects_bad_rows(tmp_path, monkeypatch):
    shutil.copytree(settings.data_dir, tmp_path / "data")
    path = tmp_path / "data" / "event_actors.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace(",either,", ",attacks,", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(settings, "data_dir", tmp_path / "data")
    load_actors.cache_clear()
    try:
        with pytest.raises(DataError, match="role_hint"):
            load_actors()
    finally:
        load_actors.cache_clear()


def test_seed_article(gaz, seed_article):
    got = extract_events(seed_article, gazetteer=gaz)
    assert len(got) == 1
    e = got[0]
    assert e.event_type == "Explosions/Remote violence"
    assert e.candidate.name_en == "Khor Mor gas field"
    assert e.candidate.admin1 == "Al-Sulaymaniyah"
    assert e.date is None and e.time_precision is None
    assert seed_article[e.place_span[0] : e.place_span[1]] == e.place


def test_gold_reports(gaz):
    """Issue 15's targets per language over every batch, and each batch per language at
    0.8 at least, so that one batch gone bad shows (each batch is development data now;
    two misses are kept: a dated bombing told as background in wire-2, a clash's arrests
    coded apart in wire-3)."""
    names = gold_names(ALL, gaz)
    found = {
        id(a): [
            predicted(e.event_type, e.candidate, e.date, e.fatalities)
            for e in extract_events(a.text, published=a.published, gazetteer=gaz)
        ]
        for a in ALL
    }
    for lang in ("en", "ar"):
        arts = tuple(a for a in ALL if a.lang == lang)
        s = score(arts, [found[id(a)] for a in arts], names)
        assert s.precision >= 0.85 and s.recall >= 0.85, (lang, s)
        for right in (s.location_right, s.date_right, s.fatalities_right):
            assert s.accuracy(right) >= 0.9, (lang, s)
        for batch, articles in BATCHES.items():
            if batch in UNDEVELOPED:
                continue
            arts = tuple(a for a in articles if a.lang == lang)
            s = score(arts, [found[id(a)] for a in arts], names)
            assert s.precision >= 0.8 and s.recall >= 0.8, (batch, lang, s)


@pytest.mark.parametrize(
    "unit",
    [
        "قصف صاروخي على قاعدة في كركوك، وهجوم بطائرة مسيرة قرب أربيل، و",  # no full stop
        "Rockets hit a base in Kirkuk, and a drone struck near Erbil, while ",
    ],
)
def test_linear_time(gaz, unit):
    """A text without sentence ends, dense with triggers and places, costs linear time."""
    assert_scales_linearly(
        lambda text: extract_events(text, gazetteer=gaz), unit * 200, unit * 2000, max_ratio=16
    )


# --- rules of /tmp/h27: one table per group of (text, published, expectation) ---------------


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a definite, placeless, undated trigger with no earlier event is background
        (
            "A court sentenced a man to death. "
            "The bombing targeted a market in the south of the city.",
            "2024-03-06",
        ),
        # a year long past, or a day more than 30 days before the report
        (
            "Officials recalled the bombing that targeted a restaurant in Kirkuk in January 2019.",
            "2025-03-06",
        ),
        ("Drones struck the Khurmala field on July 15.", "2025-09-14"),
        # confessions are judicial
        (
            "The detainee confessed to participating in the bombing of a market in Kirkuk.",
            "2024-03-06",
        ),
        # tallies of a month's operations
        (
            "نفذت القوات خلال الشهر ٤٢ عملية تفتيش وضربات جوية، "
            "أسفرت عن مقتل ١٧ إرهابياً واعتقال ٦٣ مطلوباً",
            "2024-03-06",
        ),
        ("نفذت القوة الجوية (١٢) ضربة جوية في كركوك", "2024-03-06"),
        ("مقتل ١٤ إرهابياً واعتقال ٥٣ متهماً خلال تشرين الأول في كركوك", "2024-03-06"),
        # "most" sums up many
        ("Most were roadside bombs and hit-and-run raids on checkpoints in Kirkuk.", "2024-03-06"),
        ("وكانت معظم الهجمات بعبوات ناسفة على الطرق في كركوك", "2024-03-06"),
        # definite plurals
        (
            "Residents say the strikes have slowed the return of displaced Yazidis to Sinjar.",
            "2024-03-06",
        ),
        ("وقال السكان إن الهجمات أبطأت عودة النازحين إلى سنجار", "2024-03-06"),
        ("Police said a string of attacks hit villages near Kirkuk.", "2024-03-06"),
        # gunfire heard, celebratory gunfire
        ("وأوضح البيان أن إطلاق نار سُمع ليلة أمس في الحي", "2024-03-06"),
        ("Celebratory gunfire at a wedding in Kirkuk wounded a boy.", "2024-03-06"),
        # a cache told of, not found; a weapon in a modal; the past
        ("Militants hide caches of weapons in the Hamrin valleys.", "2024-03-06"),
        ("Officials say the group's remnants can still strike in Kirkuk.", "2024-03-06"),
        ("Officials have in the past blamed factions for attacks on Khor Mor.", "2024-03-06"),
        ("ويأتي الهجوم بعد نحو ستة أسابيع من هجوم مماثل قرب قره جوغ أسفر عن مقتل", "2024-03-06"),
        (
            "ويذكر أن قضاء داقوق يشهد بين الحين والآخر هجمات لخلايا داعش، وكان آخرها في كانون "
            "الثاني حين قتل ثلاثة من الشرطة في قرية الرشاد",
            "2024-03-06",
        ),
        # the pluperfect reaches back over joined verbs; "had claimed that ... had hit"
        (
            "وكان تنظيم داعش قد اجتاح سنجار في الثالث من آب 2014، "
            "وقتل آلاف الرجال واختطف آلاف النساء",
            "2024-03-06",
        ),
        ("Earlier accounts had claimed that a drone had hit the base near Kirkuk.", "2024-03-06"),
        # a joined trigger keeps the intent of the verb before it
        ("ويطالب نواب عن المحافظة بنشر قوات إضافية وطائرات مسيّرة للمراقبة", "2024-03-06"),
        # exhumations and funerals
        (
            "باشرت دائرة المقابر الجماعية بفتح مقبرة جماعية في سنجار تضم رفات ضحايا قتلهم داعش",
            "2024-03-06",
        ),
        ("Mourners gathered for the funeral of a soldier killed on Tuesday.", "2024-03-06"),
        (
            "Mourners in Kirkuk gathered on Wednesday for the funeral of two soldiers killed on "
            "Tuesday.",
            "2024-03-06",
        ),
        # tyres and traces of gunfire are no violence
        ("A tyre explosion injured a worker in Kirkuk on Monday.", "2024-03-06"),
        ("أدى انفجار إطار شاحنة إلى إصابة عامل في كركوك أمس", "2024-03-06"),
        ("وجدت الشرطة آثار إطلاق نار على جدار منزل في كركوك", "2024-03-06"),
    ],
)
def test_background_and_non_violent_clauses_are_no_events(gaz, text, published):
    got = extract_events(text, published=published, gazetteer=gaz)
    assert got == [], [(e.trigger, e.place, e.date) for e in got]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # marks inside a word (قُتل) keep it one word
        ("قُتل جنديان من الجيش بتفجير عبوة ناسفة في داقوق أمس", "2024-03-06", {"fatalities": 2}),
        # the object pronoun ه; محافظة is not محافظ "governor"
        (
            "اختطفه مسلحون مجهولون في كركوك يوم الاثنين",
            "2024-03-06",
            {"sub_event_type": "Abduction/forced disappearance"},
        ),
        ("انفجرت عبوة ناسفة في محافظة كركوك أمس", "2024-03-06", {"name_en": "Kirkuk"}),
        # a placeless definite retelling joins the story, it is no Battles event
        (
            "A drone hit the Khor Mor gas field on Saturday night, causing no casualties. "
            "The attack was not immediately claimed.",
            "2024-03-06",
            {"event_type": "Explosions/Remote violence", "name_en": "Khor Mor gas field"},
        ),
        # reported speech with "had" is still the news
        (
            "Baghdad said on Monday that a drone had struck a convoy near Tuz Khurmatu.",
            "2024-03-06",
            {"admin2": "Tooz Khurmato", "date": "2024-03-04"},
        ),
        (
            "Police announced on Monday that they had arrested three men in Kirkuk on Sunday.",
            "2024-03-06",
            {"sub_event_type": "Arrests", "date": "2024-03-03"},
        ),
        # one incident in the district and on its left bank
        (
            "انفجرت عبوة ناسفة في قضاء الشرقاط اليوم دون وقوع إصابات. "
            'وقال المصدر إن "العبوة انفجرت في الساحل الأيسر للشرقاط"',
            "2024-03-06",
            {"fatalities": 0},
        ),
        (
            "انفجرت عبوة ناسفة في قضاء الشرقاط اليوم دون وقوع إصابات. "
            "وانفجرت العبوة في الساحل الأيسر للشرقاط",
            "2024-03-06",
            {"fatalities": 0},
        ),
        # a possessive weekday dates the incident
        (
            "The death toll from Friday's roadside bomb attack near Gwer has risen to two, "
            "after a fighter succumbed to his wounds on Sunday.",
            "2025-11-03",
            {"date": "2025-10-31", "fatalities": 2},
        ),
        (
            "Tuesday night's attack on a checkpoint near Gwer killed two soldiers.",
            "2025-11-03",
            {"date": "2025-10-28"},
        ),
        # tolls: a long window, a headline over the body's count, an ordinal
        (
            "The death toll from a roadside bomb attack on an Iraqi army vehicle in the northern "
            "province of Kirkuk on Monday rose to five.",
            "2024-03-06",
            {"fatalities": 5},
        ),
        (
            "Toll from Kirkuk roadside bomb rises to 5\n"
            "A roadside bomb hit an army vehicle in Kirkuk on Monday, killing three soldiers.",
            "2024-03-06",
            {"fatalities": 5},
        ),
        (
            "A roadside bomb hit an army vehicle in Kirkuk on Monday, killing two soldiers. "
            "A third Iraqi soldier died of his wounds on Tuesday.",
            "2024-03-06",
            {"fatalities": 3, "date": "2024-03-04"},
        ),
        (
            "A roadside bomb hit an army vehicle in Kirkuk on Monday, killing two soldiers. "
            "A third sustained injuries.",
            "2024-03-06",
            {"fatalities": 2},
        ),
        (
            "A roadside bomb hit an army vehicle in Kirkuk on Monday, killing two soldiers, "
            "while a third sustained injuries.",
            "2024-03-06",
            {"fatalities": 2},
        ),
        # the day of a death from wounds is not the incident's
        (
            "A soldier died of his wounds on Tuesday, days after a roadside bomb hit his "
            "vehicle in Kirkuk on Sunday.",
            "2024-03-07",
            {"date": "2024-03-03"},
        ),
        # a day after "that" is what was said
        (
            "The ministry said on Tuesday that on Monday a drone struck a checkpoint near Kirkuk.",
            "2024-03-07",
            {"date": "2024-03-04"},
        ),
        # the speech verb nine words before the statement's day
        (
            "The police said in a short written note to reporters late on Monday that gunmen "
            "attacked a checkpoint near Hawija on Sunday.",
            "2024-03-07",
            {"date": "2024-03-03"},
        ),
        # a retold quote with a finer place within 30 km
        (
            "A federal police officer was killed by a sniper in Hawija district on Tuesday "
            'night, a security source said. The source said that "an ISIS sniper opened fire '
            'on a post on the outskirts of al-Abbasi subdistrict, killing a first lieutenant."',
            "2024-03-06",
            {"place": "al-Abbasi", "fatalities": 1},
        ),
        # a headline folds into the body's event; alone it is an event
        (
            "Drone strike hits army base near Erbil\n"
            "A drone struck an army base near Erbil on Monday, wounding two soldiers.",
            "2024-03-06",
            {"wounded": 2, "date": "2024-03-04"},
        ),
        ("Drone strike hits army base near Erbil", "2024-03-06", {"name_en": "Erbil"}),
        # a unit noun refers back to the unit named before
        (
            "عقد مسؤولون اجتماعا في قضاء مخمور لبحث الأمن. وقُتل جنديان مساء السبت عندما "
            "هاجم مسلحون نقطة عسكرية قرب إحدى قرى القضاء",
            "2024-03-06",
            {"name_en": "Makhmour", "fatalities": 2},
        ),
        # "had" right after the trigger is its own verb
        (
            "Baghdad said that a mortar attack had targeted an army base near Haditha.",
            "2024-03-06",
            {"place": "Haditha"},
        ),
        # the dateline's place is the last resort
        (
            "ERBIL - The CTD announced the arrest of two suspects on Monday. "
            "They were detained in the Gwer subdistrict.",
            "2024-03-06",
            {"sub_event_type": "Arrests", "name_en": "Gwer"},
        ),
        (
            "DAQUQ, Iraq (AP) - Gunmen stopped a farmer on a road and shot him on Monday.",
            "2024-03-06",
            {"place": "DAQUQ"},
        ),
        (
            "DAQUQ, Iraq (AP) - The mayor spoke about services on Sunday.\n\n"
            "Gunmen shot dead a farmer on Monday.",
            "2024-03-06",
            {"place": "DAQUQ"},
        ),
        (
            "SULAIMANI - A roadside bomb exploded on Monday. "
            "The blast hit a patrol in the Daquq district.",
            "2024-03-06",
            {"place": "Daquq"},
        ),
        # the next sentence dates an event dated by its statement
        (
            "The ministry said on Tuesday that its forces had foiled an attack near Kifri. "
            '"On Monday evening, a group of ISIS terrorists tried to approach one of the '
            "positions. Our Peshmerga confronted them and, after a clash, two terrorists were "
            'killed," the ministry said.',
            "2024-03-07",
            {"date": "2024-03-04"},
        ),
        # an abbreviation ends no sentence
        (
            "BAGHDAD, Sept. 9 (Xinhua) -- "
            "Militants blew up a power tower near Hawija on Monday night.",
            "2025-09-10",
            {"date": "2025-09-08", "admin2": "Al-Hawiga"},
        ),
        (
            "Gunmen attacked the home of Lt. Col. Ahmed Salih near Hawija on Monday.",
            "2024-03-06",
            {"place": "Hawija", "date": "2024-03-04"},
        ),
        # the town, not the province or district after it; "around" is locative
        (
            "Turkish jets struck near the border town of Kani Masi "
            "in Duhok province's Amedi district on Monday.",
            "2024-03-06",
            {"place": "Kani Masi"},
        ),
        (
            "Turkish jets struck around the town of Batifa in the Zakho district on Monday.",
            "2024-03-06",
            {"place": "Batifa"},
        ),
        # new triggers
        (
            "Gunmen planted explosives under a bridge near Hawija on Monday.",
            "2024-03-06",
            {"trigger": "planted explosives"},
        ),
        (
            "Authorities imposed a curfew in Tuz Khurmatu on Monday.",
            "2024-03-06",
            {"trigger": "curfew"},
        ),
        (
            "Army units took up positions near Sinjar on Monday.",
            "2024-03-06",
            {"trigger": "took up positions"},
        ),
        (
            "The army began deploying troops in Sinjar on Monday.",
            "2024-03-06",
            {"trigger": "deploying"},
        ),
        ("اقتادوه مسلحون إلى جهة مجهولة في كركوك أمس", "2024-03-06", {"trigger": "اقتادوه"}),
        # counts of bodies; a drone shot down kills no one
        (
            "Police found the body of a man with gunshot wounds in Kirkuk on Monday.",
            "2024-03-06",
            {"trigger": "found the body", "fatalities": 1},
        ),
        ("عثرت الشرطة على جثتين مقطوعتي الرأس في كركوك أمس", "2024-03-06", {"fatalities": 2}),
        (
            "Air defences shot down a drone near Erbil airport on Monday.",
            "2024-03-06",
            {"fatalities": None},
        ),
        (
            "Air defences shot down a drone near Erbil airport on Monday, causing no casualties.",
            "2024-03-06",
            {"fatalities": 0},
        ),
        (
            "سقطت قذيفة هاون قرب قاعدة في كركوك أمس، مؤكداً عدم وقوع إصابات",
            "2024-03-06",
            {"fatalities": 0},
        ),
        # a town takes the district named right after it
        (
            "قتل جندي بانفجار عبوة ناسفة في ناحية الرياض التابعة لقضاء الحويجة أمس",
            "2024-03-06",
            {"admin2": "Al-Hawiga"},
        ),
        # "several times in the chest" is no background
        (
            "Gunmen shot him several times in the chest in Kirkuk.",
            "2024-03-06",
            {"trigger": "shot him", "date": "2024-03-06"},
        ),
    ],
)
def test_the_event_of_a_report(gaz, text, published, expected):
    e = one(text, gaz, published)
    got = {
        k: (getattr(e.candidate, k) if k in {"name_en", "admin2"} else getattr(e, k))
        for k in expected
    }
    assert got == expected


@pytest.mark.parametrize(
    ("text", "published", "field", "unwanted"),
    [
        # a hospital or a river names no place of the blast
        (
            "انفجرت عبوة ناسفة على طريق ريفي أمس ونقل الجرحى إلى مستشفى كركوك العام",
            "2024-03-06",
            "place",
            {"كركوك"},
        ),
        (
            "انفجرت عبوة ناسفة قرب الضفة الشرقية لنهر ديالى أمس",
            "2024-03-06",
            "place",
            {"ديالى", "لنهر ديالى"},
        ),
        # a list of three or more places
        (
            "انفجرت عبوة ناسفة أمس، وقالت القيادة إنها تعمل بالتنسيق مع مراكز التنسيق الستة "
            "في بغداد وأربيل وكركوك وديالى",
            "2024-03-06",
            "place",
            {"بغداد", "أربيل", "وأربيل", "كركوك", "وكركوك", "ديالى", "وديالى"},
        ),
        # an aside on what suspects planned
        (
            "Security forces announced the arrest of two suspects "
            "who had been planning attacks on public places in Erbil.",
            "2024-03-06",
            "place",
            {"Erbil"},
        ),
        # "the latest in a string of attacks"
        (
            "The bombing in Kirkuk on Monday was the latest in a string of attacks in the belt.",
            "2024-03-06",
            "trigger",
            {"attacks"},
        ),
    ],
)
def test_what_is_not_the_event_s(gaz, text, published, field, unwanted):
    got = extract_events(text, published=published, gazetteer=gaz)
    assert not {getattr(e, field) for e in got} & unwanted, [(e.trigger, e.place) for e in got]


@pytest.mark.parametrize(
    ("text", "published", "types"),
    [
        # a draft flagged "another" stays a new event
        (
            "A drone hit the Khor Mor gas field on Saturday night. "
            "Another attack was reported on Sunday.",
            "2024-03-06",
            ["Explosions/Remote violence", "Battles"],
        ),
        # distinct types far apart at distinct names
        (
            "Police found the body of a man with gunshot wounds in Khanaqin on Monday.\n\n"
            "The mayor spoke about services.\n\n"
            "A sniper wounded a fighter in Jalawla on Tuesday.",
            "2024-03-06",
            ["Violence against civilians", "Battles"],
        ),
    ],
)
def test_incidents_that_stay_apart(gaz, text, published, types):
    got = extract_events(text, published=published, gazetteer=gaz)
    assert [e.event_type for e in got] == types


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a summary of operations is a tally, and its frame covers the arrests in it
        (
            "وذكرت القيادة أن القطعات الأمنية نفذت ٢١٧ عملية تفتيش في كركوك، أسفرت عن مقتل ١٤ "
            "إرهابياً والقبض على ٥٣ متهماً.",
            "2024-03-06",
        ),
        # a drill simulates what it names
        (
            'وقال القائد إن "التمرين حاكى اقتحام وكر واستخدمت فيه المدفعية والطائرات المسيرة" في '
            "كركوك اليوم.",
            "2024-03-06",
        ),
        (
            "Troops fired artillery and drones during a live-fire drill near Kirkuk on Monday.",
            "2024-03-06",
        ),
        # "mostly" tells a habit
        ("Its cells now mostly strike at security forces in remote areas of Kirkuk.", "2024-03-06"),
    ],
)
def test_summaries_drills_and_habits_are_no_events(gaz, text, published):
    got = extract_events(text, published=published, gazetteer=gaz)
    assert got == [], [(e.trigger, e.place, e.date) for e in got]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a soldier shot dead: a battle, not violence against a civilian
        (
            "A sniper shot dead a soldier at a checkpoint near Samarra on Friday.",
            "2024-03-04",
            {"event_type": "Battles", "fatalities": 1},
        ),
        # the date's "on" does not make the gunmen the target; the shepherd is
        (
            "On Sunday, gunmen opened fire on a shepherd near a village on the outskirts of "
            "Makhmour, killing him instantly.",
            "2024-03-05",
            {"event_type": "Violence against civilians", "fatalities": 1, "date": "2024-03-03"},
        ),
        # a singular subject of "died"
        (
            "Shafaq News/ An Iraqi soldier who was shot by a sniper in Tarmiyah on Thursday died "
            "of his wounds in hospital on Saturday.",
            "2024-03-10",
            {"fatalities": 1, "date": "2024-03-07"},
        ),
        # فارق الحياة after being shot (تعرض لـ is "came under", not purpose); شاب a civilian
        (
            "فارق شاب الحياة، صباح الأربعاء، بعد تعرضه لإطلاق نار من قبل مسلحين مجهولين أمام "
            "منزله في أحد أحياء قضاء الدبس.",
            "2024-03-07",
            {"event_type": "Violence against civilians", "date": "2024-03-06", "fatalities": 1},
        ),
        # أمس الأول is the day before yesterday
        (
            "اشتبكت قوة من البيشمركة أمس الأول مع مسلحي داعش قرب مخمور.",
            "2024-03-07",
            {"date": "2024-03-05"},
        ),
        # "announced the arrest" with no event before it is news, not background
        (
            "Police in Kirkuk announced on Monday the arrest of two suspects who had been "
            "planning attacks on public places in Erbil.",
            "2024-03-05",
            {"event_type": "Strategic developments", "place": None},
        ),
    ],
)
def test_victims_subjects_and_days(gaz, text, published, expected):
    e = one(text, gaz, published)
    assert {k: getattr(e, k) for k in expected} == expected


def test_a_unit_noun_refers_back_past_an_agency_s_place(gaz):
    text = (
        "تقع ناحية آمرلي في قضاء طوزخورماتو.\n\nوقال مصدر في شرطة كركوك إن مسلحين أطلقوا النار "
        "على راع قرب الناحية مساء أمس، ما أدى إلى مقتله."
    )
    e = one(text, gaz, "2024-03-06")
    assert (e.candidate.name_en, e.fatalities) == ("Amerli", 1)


def test_a_headline_of_two_incidents_gives_neither_its_counts(gaz):
    text = (
        "Two Iraqi soldiers killed in IS ambush, police wounded in separate bombing\n\n"
        "KIRKUK (AFP) - Jihadists ambushed an army patrol in the Hamrin mountains overnight, "
        "killing two soldiers, officials said.\n\nHours later, on Thursday morning, a roadside "
        "bomb went off as a police vehicle passed near the town of Daquq, wounding three "
        "policemen."
    )
    got = extract_events(text, published="2025-10-02", gazetteer=gaz)
    assert [(e.event_type, e.fatalities) for e in got] == [
        ("Battles", 2), ("Explosions/Remote violence", None)]  # fmt: skip


def test_to_separate_the_sides_is_no_other_incident(gaz):
    text = (
        "A land dispute between two tribes erupted into a gunfight in the district of Shirqat "
        "on Sunday, killing two people. Security forces were deployed to separate the sides "
        "and imposed a curfew on the area."
    )
    got = extract_events(text, published="2025-11-17", gazetteer=gaz)
    assert [e.event_type for e in got] == ["Battles"]


def test_around_places_and_a_district_inside_a_governorate(gaz):
    e = one(
        "Turkish warplanes bombed mountainous areas around Batifa in the Zakho district on "
        "Tuesday, a local official said.",
        gaz,
        "2025-09-02",
    )
    assert (e.place, e.geo_precision) == ("Batifa", 2)  # "around" is near, not Zakho
    # Daquq district lies inside "Iraq's Kirkuk" read as the governorate: one incident, its
    # risen toll kept
    e = one(
        "The death toll from a roadside bomb attack on an army vehicle in Iraq's Kirkuk on "
        "Monday rose to five, a source said. Three soldiers were killed on the spot when the "
        "bomb went off on the outskirts of Daquq district.",
        gaz,
        "2025-11-11",
    )
    assert (e.place, e.fatalities) == ("Daquq", 5)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police seized 90 IEDs in Hawija on Monday.", "Hawija"),
        ("Army engineers defused two roadside bombs in Abbasi on Tuesday morning.", "Abbasi"),
        ("Iraqi army units found a large cache of weapons in the Hamrin mountains on Tuesday.",
         "Hamrin mountains"),
        ("القوات عثرت على ٣٦ وكراً و١٩ عبوة ناسفة تم تفكيكها في كركوك", "كركوك"),
        ("أعلنت قيادة العمليات، اليوم الخميس، العثور على مضافة لداعش في وادي الشاي", "وادي الشاي"),
    ],
)  # fmt: skip
def test_a_weapon_kept_from_use_is_disrupted_weapons_use(gaz, text, place):
    # ACLED: a bomb defused or a cache seized is Strategic developments, Disrupted weapons use
    # (it was dropped as "not violence" before)
    got = extract_events(text, published="2024-03-06", gazetteer=gaz)
    assert [(e.event_type, e.sub_event_type, e.place) for e in got] == [
        ("Strategic developments", "Disrupted weapons use", place)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # an old year naming the incident an arrest was for dates that incident only
        "Security forces arrested a suspected Islamic State member in Tuz Khurmatu who took part "
        "in the 2021 ambush, a statement said on Thursday.",
        "Police arrested a man in Tuz Khurmatu on Monday over the 2019 bombing that killed 20.",
        "اعتقلت القوات الأمنية متهماً في قضاء طوز خورماتو، اعترف بمشاركته في هجوم عام 2021 الذي "
        "أسفر عن مقتل 13 شرطياً، بحسب بيان اليوم الخميس.",
        # what the arrest is for
        "Police arrested a man in Tuz Khurmatu on Monday in connection with the bombing that "
        "killed 20 people.",
        # an ambush laid to make the arrest
        "تمكنت مفارز الاستخبارات من نصب كمين محكم في طوز خورماتو والقبض على إرهابيين اليوم",
    ],
)
def test_an_arrest_is_not_the_attack_it_is_for(gaz, text):
    got = extract_events(text, published="2024-03-07", gazetteer=gaz)
    assert [(e.sub_event_type, e.fatalities) for e in got] == [("Arrests", None)], [
        (e.trigger, e.place, e.date) for e in got
    ]
    assert "طوز" in str(got[0].place) or "Tuz" in str(got[0].place)


def test_a_rocket_propelled_grenade_is_fighting_and_no_one_is_none(gaz):
    text = (
        "Islamic State militants killed three PMF fighters in an ambush in the Hamrin mountains "
        "on Sunday. The militants opened fire with rocket-propelled grenades before fleeing "
        "toward Tuz Khurmatu."
    )
    got = extract_events(text, published="2024-03-06", gazetteer=gaz)
    assert [(e.event_type, e.place, e.fatalities) for e in got] == [
        ("Battles", "Hamrin mountains", 3)
    ]
    text = "A drone hit the Khor Mor gas field on Tuesday. No one was killed or injured."
    got = extract_events(text, published="2024-03-06", gazetteer=gaz)
    assert [(e.fatalities, e.wounded) for e in got] == [(0, 0)]


def test_where_they_fled_and_a_border_are_not_the_place(gaz):
    text = "Gunmen shot dead a farmer on Monday and fled toward Tuz Khurmatu."
    got = extract_events(text, published="2024-03-06", gazetteer=gaz)
    assert [e.place for e in got] == [None]
    text = "اختطف مسلحون راعياً قرب التلال المحاذية لحدود محافظة صلاح الدين فجر اليوم"
    got = extract_events(text, published="2024-03-06", gazetteer=gaz)
    assert [e.place for e in got] == [None]
    text = "Militants clashed with the army near the Syrian border in Sinjar on Monday."
    got = extract_events(text, published="2024-03-06", gazetteer=gaz)
    assert [e.place for e in got] == ["Sinjar"]  # a place after the border is the place


_WIRE_11_RULES = [  # the wire-11 round's rules: (text, published, events)
    # background: "N years later", "ففي آذار الماضي ... وفي أيار", a similar attack,
    # "recalling", a tally's highlight (dated or not), the habit of ينفذ هجوماً
    ("In 2020, an attack near the mountain killed an officer. Two years later, IS fighters "
     "ambushed an army unit near Gwer.", "2026-05-25", []),
    ("ففي آذار الماضي قتل خمسة مدنيين بتفجير سوق طوزخورماتو، وفي أيار أصيب مقاتل بهجوم قرب "
     "قره جوغ", "2026-09-02", []),
    ("قال عضو في المجلس إن الهجمات تتكرر، مذكراً بمقتل مزارع في هجوم مماثل قرب جلولاء",
     "2026-08-12", []),
    ("The deadliest single incident was a roadside bomb on June 14 that killed three "
     "soldiers near Baiji, the tally showed.", "2026-07-01", []),
    ("وكان أبرز الحوادث خلال الشهر انفجار عبوة ناسفة في ناحية الرياض يوم ١٢ أيلول",
     "2026-10-01", []),
    ("تتواصل الاجتماعات في بغداد. ويرى خبير أن المسلح الذي ينفذ هجوماً في ديالى يعبر إلى "
     "صلاح الدين", "2026-09-02", []),
    # an adjective, not an incident: "the rescue of abducted Yazidis"
    ("Thousands remain missing, according to the office for the rescue of abducted Yazidis.",
     "2026-08-03", []),
    # a toll's later day; "nobody"; the dual pronoun مقتلهما
    ("The death toll from a bombing at a market in Tuz Khurmatu rose to five on Saturday. "
     "The device went off Thursday evening.", "2026-03-14",
     [("Tuz Khurmatu", "2026-03-12", 5)]),
    ("A drone struck the Khor Mor gas field late on Wednesday. Nobody was hurt in the attack.",
     "2026-04-23", [("Khor Mor gas field", "2026-04-22", 0)]),
    ("اعترض مسلحان راعيين قرب قره تبه مساء الاثنين، وأطلقا النار عليهما، ما أدى إلى مقتلهما",
     "2026-08-12", [("قره تبه", "2026-08-10", 2)]),
    # a statement's explicit day in brackets is not the incident's
    ("كشف مصدر أمني في كركوك، اليوم السبت (20 حزيران 2026)، عن استهداف حقل باي حسن بطائرة "
     "مسيرة في ساعة متأخرة من ليل أمس.", "2026-06-20", [("كركوك", "2026-06-19", None)]),
    # الإطاحة is an arrest, and عملية ... محكمة is "precise", not a court
    ("أعلن جهاز مكافحة الإرهاب، اليوم الثلاثاء، الإطاحة بإرهابيين اثنين في قضاء الطارمية",
     "2026-02-24", [("الطارمية", "2026-02-24", None)]),
    ("نفذت قوة عملية إنزال جوي محكمة في قضاء الطارمية، أسفرت عن إلقاء القبض على إرهابيين",
     "2026-02-24", [("الطارمية", "2026-02-24", None)]),
    # "between A and B" is at A; "the subdistrict" is the one named before; "nearby Kifri"
    ("Militants attacked a PMF post on the road between Tuz Khurmatu and the Hamrin "
     "mountains on Monday.", "2026-09-09", [("Tuz Khurmatu", "2026-09-07", None)]),
    ("A feud in Kirkuk's al-Abbasi subdistrict turned deadly on Saturday. Two clans "
     "exchanged fire in a village of the subdistrict.", "2026-09-20",
     [("al-Abbasi", "2026-09-19", None)]),
    ("Gunmen shot dead a farmer in Khanaqin on Sunday night, while two soldiers were wounded "
     "in a separate roadside bombing in nearby Kifri.", "2026-10-12",
     [("Khanaqin", "2026-10-11", 1), ("Kifri", "2026-10-11", None)]),
]  # fmt: skip


_WIRE_12_RULES = [  # the wire-12 round's rules: (text, published, events)
    # a court's verdict over "and of planting"; a year as a time adverbial covers every
    # weapon; social media's claims; the dead of incidents set aside, also joined by "and"
    ("The Kirkuk criminal court found the defendant guilty of belonging to Islamic State and "
     "of planting an explosive device in a market, the court said on Tuesday.", "2026-04-28",
     []),
    ("Erbil International Airport and bases were targeted dozens of times by rockets and "
     "drones in 2023 and 2024.", "2026-09-06", []),
    ("Several pages on social media had claimed on Sunday that an exchange of fire broke out "
     "at a checkpoint near Kirkuk.", "2026-07-27", []),
    ("There were 14 attacks in Salahuddin in August, a tally showed. The attacks killed nine "
     "people, including six members of the security forces, and wounded 14 others.",
     "2026-09-01", []),
    ("وتقع ناحية قرة تبة ضمن المناطق المتنازع عليها، وتشهد بين حين وآخر هجمات لخلايا التنظيم",
     "2026-09-15", []),
    # "Suspected IS militants" is an actor, not a charge
    ("Suspected Islamic State militants abducted two shepherds near Gwer on Tuesday evening "
     "and killed one of them.", "2026-08-27", [("Gwer", "2026-08-25", 1)]),
    # a rank is not "a second" incident; two singulars are two; "Kirkuk General Hospital"
    ("Militants attacked an army post in Wadi al-Shay on Saturday. \"A second lieutenant and "
     "a soldier were killed in the exchange of fire, and three soldiers were taken to Kirkuk "
     "General Hospital,\" the source said.", "2026-03-22", [("Wadi al-Shay", "2026-03-21", 2)]),
    ("هاجم مسلحون نقطة للجيش في وادي الشاي مساء أمس. وقال المصدر إن \"مفرزة هاجمت نقطة "
     "مراقبة في وادي الشاي، ما أسفر عن استشهاد ضابط برتبة ملازم ثان وجندي\".", "2026-03-22",
     [("وادي الشاي", "2026-03-21", 2)]),
    # "the other" of two drones is the same incident; a later death after the date
    ("سقطت طائرة مسيرة مفخخة وانفجرت في محيط مطار أربيل الدولي ليلة أمس. وذكرت المديرية أن "
     "\"طائرتين مسيرتين استهدفتا محيط المطار، وتم إسقاط إحداهما، فيما سقطت الأخرى وانفجرت\".",
     "2026-10-03", [("مطار أربيل الدولي", "2026-10-02", None)]),
    ("هاجم مسلحون نقطة للجيش في وادي الشاي مساء أمس، ما أدى إلى مقتل جنديين. وأضاف أن أحد "
     "الجرحى فارق الحياة صباح اليوم متأثراً بجراحه.", "2026-03-22",
     [("وادي الشاي", "2026-03-21", 2)]),
]  # fmt: skip


_WIRE_13_RULES = [  # the wire-13 round's rules: (text, published, events)
    # a possessive weekday dates what it names, so "In January" stays background
    ("Gunmen attacked an army patrol near Hawija late Tuesday, killing three soldiers. In "
     "January, two police officers were killed when a roadside bomb struck their car near "
     "Daquq, 25 kilometers from the site of Tuesday's ambush.", "2026-05-07",
     [("Battles", "Hawija", 3)]),
    # a drone circling watches; "the deadliest incident of the month was"; لم يقع أي هجوم
    ("Residents of Sinuni said a drone circled the town for several hours on Thursday.",
     "2026-08-01", []),
    ("The deadliest incident of the month was an ambush on an army patrol in Wadi al-Shay "
     "on September 12, which killed three soldiers.", "2026-10-01", []),
    ("وقالت الوزارة إن بعض المواقع تناقلت ليلة أمس أخباراً عن هجوم استهدف قواتنا في كرميان، "
     "ونؤكد أنه لم يقع أي هجوم.", "2026-03-02", []),
    # ولم يقع ضحايا is none dead, not a denial; "dismantle" keeps a weapon from use
    ("سقطت قذيفة هاون على قرية في ناحية السعدية مساء أمس، ولم يقع ضحايا.", "2026-10-13",
     [("Explosions/Remote violence", "السعدية", 0)]),
    ("The Cell said that engineering detachments were able to dismantle nine explosive "
     "devices in Jalawla on Tuesday.", "2026-07-21",
     [("Strategic developments", "Jalawla", None)]),
    # a tribal clash is a battle whoever it kills
    ("اندلع نزاع عشائري مسلح ليلة أمس بين عشيرتين في ناحية قره تبه، ما أسفر عن مقتل شخص.",
     "2026-07-14", [("Battles", "قره تبه", 1)]),
    # بسقوط ٣ قذائف: three shells, not three dead; two kinds at two names in one sentence
    ("تقرير أمني. وأفاد مصدر، اليوم الثلاثاء، بسقوط ٣ قذائف هاون على قرية في ناحية السعدية، "
     "فيما قُتل جندي بهجوم لمسلحين على نقطة عسكرية في قضاء خانقين.", "2026-10-13",
     [("Explosions/Remote violence", "السعدية", None), ("Battles", "خانقين", 1)]),
]  # fmt: skip


_WIRE_14_RULES = [  # the wire-14 round's rules: (text, published, events)
    # a drone intercepted or shot down is kept from use (ACLED: Disrupted weapons use), and
    # its "no casualties" is a count of none
    ("Air defences shot down a drone as it approached Erbil international airport early on "
     "Saturday. \"The drone was intercepted and caused no casualties,\" the service said.",
     "2025-10-25", [("Strategic developments", "Erbil international airport", 0)]),
    ("\"At 11:20 pm on Wednesday, a drone loaded with explosives was shot down by the air "
     "defence system in the vicinity of Harir base.\"", "2026-08-06",
     [("Strategic developments", "Harir", None)]),
    # previous attacks; a plan "to be fully deployed"; "to mark 12 years since"; where a
    # soldier came from; sporadic shelling; "comes days after" an incident told before;
    # a bomb disposal team; (سبع حالات) in a tally
    ("Previous attacks on the field have caused power cuts across Erbil and Sulaimaniyah.",
     "2026-08-02", []),
    ("A drone struck Khor Mor on Saturday. Peshmerga ministry: second joint brigade to be "
     "fully deployed within weeks.", "2026-08-03",
     [("Explosions/Remote violence", "Khor Mor", None)]),
    ("Hundreds of Yazidis gathered Monday at the village of Kocho to mark 12 years since "
     "Islamic State militants swept into Sinjar, killing thousands.", "2026-08-03", []),
    ("Officials say Iranian shelling and drone strikes on border areas have continued "
     "intermittently.", "2026-08-04", []),
    ("Air defences shot down a drone near Harir base on Wednesday. The interception comes "
     "days after a drone struck the Khor Mor gas field on Saturday evening.", "2026-08-06",
     [("Strategic developments", "Harir", None)]),
    ("In Kirkuk, a bomb disposal team dismantled an IED planted on a rural road early "
     "Wednesday, a police source said.", "2026-08-05",
     [("Strategic developments", "Kirkuk", None)]),
    ("وتوزعت الهجمات بين تفجير عبوات ناسفة (سبع حالات) وهجمات مباشرة (خمس حالات)، وأسفرت عن "
     "مقتل ١٢ عنصراً.", "2026-08-01", []),
    ("ويأتي الهجوم بعد أقل من أسبوع على كمين نصبه التنظيم في قضاء الطارمية أدى إلى مقتل أربعة",
     "2026-08-07", []),
]  # fmt: skip


def test_a_day_the_report_does_not_give_stays_unknown(gaz):
    text = "أصيب راعٍ بجروح بليغة قبل أيام بانفجار لغم أرضي قرب قضاء سنجار."
    got = extract_events(text, published="2026-08-07", gazetteer=gaz)
    assert [(e.date, e.time_precision) for e in got] == [(None, None)]
    text = "Iranian artillery shelled the border area of Penjwen earlier this week, officials said."
    got = extract_events(text, published="2026-06-04", gazetteer=gaz)
    assert [(e.place, e.date) for e in got] == [("Penjwen", None)]


_WIRE_15_RULES = [  # the wire-15 round's rules: (text, published, events)
    # "previously"; what social media or Telegram channels told; "nobody has been
    # arrested"; what IS could do; "the remains"; a theme with no place or count;
    # "rounded up | and shot ... on August 3, 2014": one old frame
    ("Kurdish officials have previously blamed armed factions for attacks on the field.",
     "2026-04-23", []),
    ("Several Telegram channels reported on Monday night that the two forces had exchanged "
     "fire near the Gwer bridge.", "2026-08-25", []),
    ("وقال مصدر إن ما تم تداوله على مواقع التواصل الاجتماعي حول تسلل عناصر إرهابية "
     "واشتباكها مع القوات الأمنية أمس في الدبس غير صحيح.", "2026-09-27", []),
    ("The victim's brother said: \"Everyone knows who they are, but nobody has been "
     "arrested.\"", "2026-09-18", []),
    ("ويرى خبير أن داعش لا يملك القدرة على مسك الأرض، لكنه يملك القدرة على شن هجوم في أي "
     "لحظة.", "2026-03-05", []),
    ("Relatives said the remains belong to Yazidis killed by IS in Sinjar.", "2026-08-03",
     []),
    ("ألوية مشتركة على الورق وهجمات على الأرض", "2026-03-05", []),
    ("Yazidis were rounded up and shot by Islamic State jihadists when they swept into the "
     "Sinjar region on August 3, 2014, officials said.", "2026-08-03", []),
]  # fmt: skip


def test_a_separate_incident_told_after_a_roundup_lead_is_its_item(gaz):
    text = (
        "شفق نيوز/ أفاد مصدر أمني، اليوم الأربعاء، بمقتل مزارع بهجوم مسلح شمال شرقي قضاء "
        "المقدادية، فيما أصيب جنديان بانفجار عبوة ناسفة في جلولاء.\n\nوفي حادث منفصل، أضاف "
        'المصدر أن "عبوة ناسفة انفجرت صباح اليوم على دورية للجيش في جلولاء".'
    )
    got = extract_events(text, published="2026-10-14", gazetteer=gaz)
    assert [(e.event_type, e.place) for e in got] == [
        ("Violence against civilians", "المقدادية"),
        ("Explosions/Remote violence", "جلولاء"),
    ]


def test_a_quote_that_retells_the_lead_joins_it(gaz):
    text = (
        "ERBIL (Kurdistan24) - An explosive-laden drone was intercepted and shot down late "
        'Wednesday near Harir air base, northeast of Erbil, officials said.\n\n"At 11:20 pm on '
        "Wednesday, a drone loaded with explosives was shot down by the air defence system in "
        'the vicinity of Harir base in Shaqlawa district."'
    )
    got = extract_events(text, published="2026-08-06", gazetteer=gaz)
    assert [(e.sub_event_type, e.place) for e in got] == [("Disrupted weapons use", "Harir")]


_WIRE_16_RULES = [  # the wire-16 round's rules: (text, published, events)
    # "an officer and three soldiers", قيادي واثنان من مرافقيه: one and a count
    ("Jihadists ambushed an Iraqi army patrol near Hawija late Tuesday, killing an officer "
     "and three soldiers, officials said.", "2026-02-18", [("Battles", "Hawija", 4)]),
    ("قُتل قيادي في وحدات مقاومة سنجار واثنان من مرافقيه، عصر أمس، بقصف طائرة مسيّرة تركية "
     "استهدف سيارته في سنجار.", "2026-07-30", [("Explosions/Remote violence", "سنجار", 3)]),
    # a second drone shot down beside a strike is that strike's
    ("A drone attack on the Khor Mor gas field late on Wednesday forced operators to halt "
     "production. A second drone was shot down before it reached the field, sources said.",
     "2026-06-25", [("Explosions/Remote violence", "Khor Mor gas field", None)]),
    # وسائل التواصل; a tally's breakdown; "usually"
    ("تداولت بعض المواقع ووسائل التواصل الاجتماعي اليوم أخباراً عن حدوث اشتباك مسلح قرب "
     "قرەچوغ.", "2026-05-04", []),
    ("وتنوعت الهجمات بين تفجير عبوات ناسفة واستهداف نقاط عسكرية في جبال حمرين.",
     "2026-06-01", []),
    ("لكن الوزارة تقول عادةً إن ضرباتها في سنجار تستهدف عناصر الحزب.", "2026-07-30", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # placed only coarsely or by a reference point: the finer place told next
        ("Jihadists ambushed an army patrol south of the northern city of Kirkuk late Tuesday, "
         "killing four soldiers. The patrol was hit in Wadi al-Shay, a string of orchards.",
         "Wadi al-Shay"),
        ("The death toll from a bombing at a livestock market in northern Iraq on Tuesday rose "
         "to six. The device had been hidden in a cart at the market in the town of Daquq.",
         "Daquq"),
        # not a town or city in place of the reference, nor a place of another incident
        ("Gunmen attacked a checkpoint in a village northwest of Dibis on Tuesday, killing two. "
         "Police in Kirkuk said the attackers escaped.", "Dibis"),
        ("A bomb exploded in northern Iraq on Tuesday, killing two. Another bomb killed a "
         "farmer in Daquq on Monday.", "Iraq"),
    ],
)  # fmt: skip
def test_a_coarse_place_takes_the_finer_one_told_next(gaz, text, place):
    got = extract_events(text, published="2026-02-18", gazetteer=gaz)
    assert got[0].place == place, [(e.trigger, e.place) for e in got]


_WIRE_18_RULES = [  # the wire-18 round's rules: (text, published, events)
    # what went on ("was killing our shepherds"); بستة هجمات in a tally; عار عن الصحة
    ("\"When the army and the peshmerga were fighting each other with words, Daesh was killing "
     "our shepherds,\" said a farmer in Daquq.", "2026-05-09", []),
    ("وكانت حصة كركوك الأكبر بستة هجمات، تركزت في وادي الشاي وأطراف الرياض والعباسي.",
     "2026-09-02", []),
    ("وذكرت القيادة أن ما نشرته بعض الصفحات عن هجوم لداعش قرب طوزخورماتو مساء الاثنين عار "
     "عن الصحة.", "2026-10-14", []),
    # forces deployed after the incident are its aftermath
    ("اغتال مسلحون مجهولون، ليلة أمس، مختار قرية تابعة لناحية العباسي غربي كركوك. وفتحت شرطة "
     "الناحية تحقيقاً، فيما انتشرت قوة من الجيش عند مداخل القرية.", "2026-08-11",
     [("Violence against civilians", "العباسي", None)]),
]  # fmt: skip


def _trace(got: list) -> list:
    """What a failed rule coded: trigger, place, date and deaths of each event."""
    return [(e.trigger, e.place, e.date, e.fatalities) for e in got]


@pytest.mark.parametrize(("text", "published", "want"), [*_WIRE_11_RULES, *_WIRE_12_RULES])
def test_each_round_s_rules_place_date_and_toll(gaz, text, published, want):
    got = extract_events(text, published=published, gazetteer=gaz)
    assert [(e.place, str(e.date) if e.date else None, e.fatalities) for e in got] == want, _trace(
        got
    )


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [*_WIRE_13_RULES, *_WIRE_14_RULES, *_WIRE_15_RULES, *_WIRE_16_RULES, *_WIRE_18_RULES],
)
def test_each_round_s_rules_type_place_and_toll(gaz, text, published, want):
    got = extract_events(text, published=published, gazetteer=gaz)
    assert [(e.event_type, e.place, e.fatalities) for e in got] == want, _trace(got)
