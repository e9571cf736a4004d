"""Hand-written news reports with their gold events (issue 15), for tests and the benchmark.

Every article was written for this project (none is copied from an outlet). Each gold event
is ``(event_type, place, date, fatalities)``: ``place`` is a name the gazetteer resolves
(compared by the resolved place's English name, or its governorate/district when the report
itself is vague), ``date`` an ISO date or None, ``fatalities`` an int or None (not reported).
Articles with no gold event are denials, anniversaries, plans, statistics and questions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from geo_disputed import geocode

if TYPE_CHECKING:
    from geo_disputed.text.gazetteer import Gazetteer
    from geo_disputed.text.geocoder import Candidate


class Gold(NamedTuple):
    event_type: str
    place: str | None  # English gazetteer name of the place, or None
    date: str | None
    fatalities: int | None


class Article(NamedTuple):
    lang: str
    text: str
    published: str | None
    events: tuple[Gold, ...]


B, E, V, S = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)

ARTICLES: tuple[Article, ...] = (
    # --- English --------------------------------------------------------------------------
    Article("en", "Two rockets landed near the Khor Mor gas field in Sulaymaniyah province on "
            "Tuesday night, the field's operator said. No casualties were reported.",
            "2024-04-10", (Gold(E, "Khor Mor gas field", "2024-04-09", 0),)),
    Article("en", "Drone attack hits Erbil airport\n\nAn explosive-laden drone struck the "
            "perimeter of Erbil International Airport late on Sunday, officials said. The "
            "attack caused minor damage and no one was hurt.",
            "2024-01-15", (Gold(E, "Erbil International Airport", "2024-01-14", 0),)),
    Article("en", "Three Iraqi soldiers were killed and two others wounded when ISIS militants "
            "ambushed an army patrol near Tuz Khurmatu yesterday, a security source said.",
            "2023-11-02", (Gold(B, "Tuz Khurmatu", "2023-11-01", 3),)),
    Article("en", "The Kurdistan Region's interior ministry denied reports of an attack on a "
            "Peshmerga post in Makhmour, calling them fabricated.", "2024-02-01", ()),
    Article("en", "Residents of Sinjar marked the tenth anniversary of the massacre with a "
            "vigil on Thursday.", "2024-08-03", ()),
    Article("en", "The defence ministry said it will deploy two new brigades to the disputed "
            "areas next month and plans to close the security gaps along the Kirkuk belt.",
            "2024-05-20", ()),
    Article("en", "A roadside bomb exploded on Monday under a vehicle carrying shepherds near "
            "Daquq, killing one civilian. In a separate incident, gunmen attacked a police "
            "checkpoint in Hawija on Monday night, wounding two policemen.",
            "2024-03-06",
            (Gold(E, "Daquq", "2024-03-04", 1), Gold(B, "Hawija", "2024-03-04", None))),
    Article("en", "Attacks on energy sites in the region have increased since the beginning "
            "of the year, according to an industry report.", "2024-06-01", ()),
    Article("en", "Turkish warplanes carried out airstrikes on suspected PKK positions near "
            "Batifa in Duhok province on Saturday, the Turkish defence ministry said, claiming "
            "that between 4 and 6 militants were killed.", "2024-07-08",
            (Gold(E, "Batifa", "2024-07-06", 4),)),
    Article("en", "Iraqi security forces arrested five suspected ISIS members in a raid in "
            "Khanaqin district on Wednesday, police said.", "2024-09-13",
            (Gold(S, "Khanaqin", "2024-09-11", None),)),
    Article("en", "Will the new joint brigades stop the attacks in Diyala?", "2024-05-02", ()),
    Article("en", "Clashes broke out between PKK fighters and Peshmerga forces near Sinjar "
            "last night, leaving two fighters dead.", "2024-03-15",
            (Gold(B, "Sinjar", "2024-03-14", 2),)),
    Article("en", "Baghdad said on Friday that a mortar attack had targeted an army base "
            "near Haditha in Anbar, without causing casualties.", "2024-02-10",
            (Gold(E, "Haditha", "2024-02-09", 0),)),
    Article("en", "KIRKUK, March 3 (Reuters) - An IED blast killed a soldier and wounded three "
            "others on a road near Dibis.", "2024-03-05",
            (Gold(E, "Dibis", "2024-03-03", 1),)),
    Article("en", "Gunmen kidnapped a farmer from his village in Tuz Khurmatu district, "
            "relatives said on Thursday.", "2024-10-11",
            (Gold(V, "Tuz Khurmatu", "2024-10-10", None),)),
    Article("en", "The governor of Kirkuk condemned violence and called for calm, saying "
            "security forces would not allow any attack on the city.", "2024-04-04", ()),
    # --- Arabic ---------------------------------------------------------------------------
    Article("ar", "سقط صاروخان قرب حقل خورمور الغازي في محافظة السليمانية مساء أمس دون وقوع "
            "إصابات، بحسب مصدر في الشركة المشغلة.", "2024-04-10",
            (Gold(E, "Khor Mor gas field", "2024-04-09", 0),)),
    Article("ar", "قتل جنديان عراقيان وأصيب ثلاثة آخرون بانفجار عبوة ناسفة استهدفت دوريتهم في "
            "قضاء طوزخورماتو فجر اليوم.", "2023-11-02",
            (Gold(E, "Tuz Khurmatu", "2023-11-02", 2),)),
    Article("ar", "نفت وزارة البيشمركة وقوع أي هجوم على مواقعها في مخمور، ووصفت الأنباء بأنها "
            "عارية عن الصحة.", "2024-02-01", ()),
    Article("ar", "أحيا أهالي حلبجة الذكرى السنوية للقصف الكيمياوي الذي تعرضت له المدينة.",
            "2024-03-16", ()),
    Article("ar", "قالت قيادة العمليات المشتركة إنها سوف تنشر قوات إضافية في المناطق المتنازع "
            "عليها خلال الأسابيع المقبلة.", "2024-05-20", ()),
    Article("ar", "هاجمت طائرة مسيرة مقراً لحزب العمال الكردستاني في سنجار يوم الأربعاء، ما أسفر "
            "عن مقتل ثلاثة من عناصره.\n\nوفي هجوم آخر، أصيب شرطيان بهجوم مسلح على نقطة تفتيش في "
            "الحويجة يوم الخميس.", "2024-06-14",
            (Gold(E, "Sinjar", "2024-06-12", 3), Gold(B, "Hawija", "2024-06-13", None))),
    Article("ar", "ارتفع عدد الهجمات على المنشآت النفطية منذ بداية العام الحالي بحسب إحصائية "
            "رسمية.", "2024-06-01", ()),
    Article("ar", "اعتقلت القوات الأمنية أربعة مطلوبين بتهم إرهابية في قضاء خانقين يوم الثلاثاء.",
            "2024-09-13", (Gold(S, "Khanaqin", "2024-09-10", None),)),
    Article("ar", "هل تنجح القوات المشتركة في وقف الهجمات في ديالى؟", "2024-05-02", ()),
    Article("ar", "اندلعت اشتباكات بين عناصر من داعش والجيش العراقي قرب قرية في ناحية العباسي "
            "التابعة لمحافظة كركوك الليلة الماضية، أسفرت عن مقتل ما بين خمسة وسبعة مسلحين.",
            "2024-03-15", (Gold(B, "Al ‘Abbāsī", "2024-03-14", 5),)),
    Article("ar", "استهدف قصف صاروخي قاعدة عسكرية في قضاء حديثة بمحافظة الأنبار يوم الجمعة "
            "دون أن يسفر عن خسائر بشرية.", "2024-02-10",
            (Gold(E, "Haditha", "2024-02-09", 0),)),
    Article("ar", "كركوك - 3 آذار 2024: قتل مدني بانفجار عبوة ناسفة على طريق في ناحية دبس.",
            None, (Gold(E, "Dibis", "2024-03-03", 1),)),
    Article("ar", "اختطف مسلحون مجهولون راعياً من قرية تابعة لقضاء داقوق، وفق ما أفاد ذووه يوم "
            "الخميس.", "2024-10-11", (Gold(V, "Daquq", "2024-10-10", None),)),
    Article("ar", "دعا محافظ كركوك إلى التهدئة وأكد أن القوات الأمنية لن تسمح بأي اعتداء على "
            "المدينة.", "2024-04-04", ()),
    Article("ar", "قصفت طائرات تركية مواقع في قضاء العمادية بمحافظة دهوك يوم السبت، وأفادت "
            "مصادر محلية بمقتل عشرة مسلحين.", "2024-07-08",
            (Gold(E, "Amedi", "2024-07-06", 10),)),
)  # fmt: skip


class Scores(NamedTuple):
    """Event detection and attribute accuracy of one language."""

    gold: int
    predicted: int
    matched: int
    location_right: int
    date_right: int
    fatalities_right: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def accuracy(self, right: int) -> float:
        return right / self.matched if self.matched else 0.0


class Predicted(NamedTuple):
    """What a coder says of one event (from an Event, or from a baseline)."""

    event_type: str
    name_en: str | None
    admin1: str
    admin2: str
    date: str | None
    fatalities: int | None


def predicted(
    event_type: str, candidate: Candidate | None, date: str | None, fatalities: int | None
) -> Predicted:
    """A prediction at a gazetteer candidate (None when no place was found)."""
    c = candidate
    return Predicted(
        event_type, c.name_en if c else None, c.admin1 if c else "", c.admin2 if c else "",
        date, fatalities,
    )  # fmt: skip


def gold_names(articles: Iterable[Article], gaz: Gazetteer) -> dict[str, set[str]]:
    """Every gold place of ``articles``: the English names of its exact gazetteer matches and
    of their districts (what :func:`place_right` accepts)."""
    out: dict[str, set[str]] = {}
    for article in articles:
        for g in article.events:
            if g.place and g.place not in out:
                found = [c for c in geocode(g.place, gazetteer=gaz, limit=10) if c.score >= 0.85]
                out[g.place] = {c.name_en for c in found} | {c.admin2 for c in found if c.admin2}
    return out


def place_right(gold: Gold, pred: Predicted, gold_names: dict[str, set[str]]) -> bool:
    """The same place, or (the report being vague) its district: ``gold_names`` maps a gold
    place to the English names of what the gazetteer resolves it to and of their districts."""
    if gold.place is None or pred.name_en is None:
        return gold.place is None and pred.name_en is None
    names = gold_names.get(gold.place, set()) | {gold.place}
    return pred.name_en in names or (bool(pred.admin2) and pred.admin2 in names)


def score(
    articles: tuple[Article, ...],
    predictions: list[list[Predicted]],
    gold_names: dict[str, set[str]],
) -> Scores:
    """Pair each article's predicted events with its gold ones (same type, the right place
    first) and count."""
    counts = [0, 0, 0, 0, 0, 0]
    for article, preds in zip(articles, predictions, strict=True):
        counts[0] += len(article.events)
        counts[1] += len(preds)
        free = list(range(len(preds)))
        for g in article.events:
            same_type = [k for k in free if preds[k].event_type == g.event_type]
            placed = [k for k in same_type if place_right(g, preds[k], gold_names)]
            pick = (placed or same_type or [None])[0]
            if pick is None:
                continue
            free.remove(pick)
            p = preds[pick]
            counts[2] += 1
            counts[3] += place_right(g, p, gold_names)
            counts[4] += p.date == g.date
            counts[5] += p.fatalities == g.fatalities
    return Scores(*counts)


#: A second batch, written after the rules above were settled and first measured without
#: any change to the coder (bench_events.py prints it apart as "held-out").
HELD_OUT: tuple[Article, ...] = (
    # --- English --------------------------------------------------------------------------
    Article("en", "Security sources said four Iraqi soldiers were wounded on Saturday when an "
            "explosive device went off beside their vehicle on a road outside Baiji.",
            "2024-08-12", (Gold(E, "Baiji", "2024-08-10", None),)),
    Article("en", "ISIS gunmen killed two shepherds and stole their sheep in the Hamrin "
            "mountains the day before yesterday, local officials said.", "2024-09-05",
            (Gold(V, "Hamrin Mountains", "2024-09-03", 2),)),
    Article("en", "A Turkish drone strike on a car near Sinjar killed three people on "
            "Wednesday. Hours later, rockets hit an oil facility in Kirkuk, causing a fire "
            "but no casualties.", "2024-05-10",
            (Gold(E, "Sinjar", "2024-05-08", 3), Gold(E, "Kirkuk", "2024-05-08", 0))),
    Article("en", "Kurdish officials commemorated the victims of the 1988 Anfal campaign at "
            "a ceremony in Halabja on Sunday.", "2024-04-15", ()),
    Article("en", "The Peshmerga ministry threatened to withdraw from the joint centres if "
            "Baghdad does not pay salaries, and said more attacks by ISIS could follow.",
            "2024-06-20", ()),
    Article("en", "Iraqi police arrested a man suspected of planting bombs in Baquba on "
            "Thursday, a police statement said.", "2024-02-24",
            (Gold(S, "Baquba", "2024-02-22", None),)),
    Article("en", "Between six and eight ISIS members were killed in an airstrike by Iraqi "
            "F-16 jets on a hideout in the Shirqat district last night.", "2024-10-03",
            (Gold(E, "Al-Shirqat", "2024-10-02", 6),)),
    Article("en", "Unknown gunmen shot dead a local official in front of his home in Tuz "
            "Khurmatu on Friday evening.", "2024-01-20",
            (Gold(V, "Tuz Khurmatu", "2024-01-19", 1),)),
    Article("en", "Iraq has recorded fewer ISIS attacks in 2024 than in any year since the "
            "group's defeat, the interior ministry said.", "2024-12-30", ()),
    Article("en", "Peshmerga forces clashed with ISIS remnants near Qara Tapa early on Tuesday; "
            "one Peshmerga fighter was killed.", "2024-07-25",
            (Gold(B, "Qara Tapa", "2024-07-23", 1),)),
    # --- Arabic ---------------------------------------------------------------------------
    Article("ar", "أصيب أربعة جنود بجروح جراء انفجار عبوة ناسفة استهدفت عجلتهم على طريق قرب "
            "بيجي يوم السبت.", "2024-08-12", (Gold(E, "Baiji", "2024-08-10", None),)),
    Article("ar", "قتل مسلحو داعش راعيين وسرقوا أغنامهما في سلسلة جبال حمرين أول أمس، بحسب "
            "مسؤولين محليين.", "2024-09-05", (Gold(V, "Hamrin Mountains", "2024-09-03", 2),)),
    Article("ar", "قتل ثلاثة أشخاص بضربة طائرة مسيرة تركية استهدفت سيارة قرب سنجار يوم "
            "الأربعاء.\n\nوبعد ساعات، سقطت صواريخ على منشأة نفطية في كركوك ما أدى إلى "
            "اندلاع حريق دون وقوع إصابات.", "2024-05-10",
            (Gold(E, "Sinjar", "2024-05-08", 3), Gold(E, "Kirkuk", "2024-05-08", 0))),
    Article("ar", "أحيا مسؤولون كرد ذكرى ضحايا حملة الأنفال في مراسم أقيمت في حلبجة يوم الأحد.",
            "2024-04-15", ()),
    Article("ar", "هددت وزارة البيشمركة بالانسحاب من المراكز المشتركة إذا لم تدفع بغداد الرواتب، "
            "وقالت إن هجمات أخرى لداعش قد تقع.", "2024-06-20", ()),
    Article("ar", "ألقت الشرطة القبض على رجل يشتبه بزرعه عبوات في بعقوبة يوم الخميس.",
            "2024-02-24", (Gold(S, "Baquba", "2024-02-22", None),)),
    Article("ar", "قتل ما بين ستة وثمانية من عناصر داعش بغارة جوية على وكر لهم في قضاء الشرقاط "
            "الليلة الماضية.", "2024-10-03", (Gold(E, "Al-Shirqat", "2024-10-02", 6),)),
    Article("ar", "اغتال مسلحون مجهولون مسؤولا محليا أمام منزله في طوزخورماتو مساء الجمعة.",
            "2024-01-20", (Gold(V, "Tuz Khurmatu", "2024-01-19", 1),)),
    Article("ar", "سجل العراق خلال عام 2024 أقل عدد من هجمات داعش منذ هزيمة التنظيم، بحسب وزارة "
            "الداخلية.", "2024-12-30", ()),
    Article("ar", "اشتبكت قوات البيشمركة مع فلول داعش قرب قرة تبة فجر الثلاثاء، ما أسفر عن مقتل "
            "مقاتل من البيشمركة.", "2024-07-25", (Gold(B, "Qara Tapa", "2024-07-23", 1),)),
)  # fmt: skip


#: A third batch of longer reports (title, lead, quotes, background), written last and
#: measured once before any change; bench_events.py prints it apart as "blind".
BLIND: tuple[Article, ...] = (
    Article("en", "Rocket attack targets Kirkuk oil company\n\nKIRKUK - Three Katyusha rockets "
            "struck the compound of the North Oil Company in Kirkuk on Tuesday evening, a "
            "police officer said, adding that one guard was wounded.\n\nNo group has claimed "
            "the attack. Oil facilities in the province have been targeted several times "
            "since 2022, and Kurdish officials have repeatedly called for better protection.",
            "2024-11-20", (Gold(E, "Kirkuk", "2024-11-19", None),)),
    Article("en", "Two members of the Popular Mobilization Forces were killed on Friday when "
            "ISIS fighters attacked their position near Mandali, close to the Iranian border, "
            "a PMF statement said. Reinforcements were sent to the area after the attack.",
            "2024-12-07", (Gold(B, "Mandali", "2024-12-06", 2),)),
    Article("en", "The Iraqi prime minister said on Sunday that the government would not "
            "tolerate attacks on foreign diplomatic missions, after protesters gathered "
            "outside an embassy in Baghdad.", "2024-06-02", ()),
    Article("en", "An Iranian drone struck a camp of an exiled Kurdish opposition party near "
            "Koya overnight, killing one member and wounding four others, party officials "
            "told reporters on Thursday.", "2024-03-21",
            (Gold(E, "Koya", "2024-03-20", 1),)),
    Article("en", "Police in Duhok arrested three men on Monday who they said had smuggled "
            "weapons across the border from Syria. A court will decide on the charges next "
            "week.", "2024-08-28", (Gold(S, "Duhok", "2024-08-26", None),)),
    Article("en", "Two years after the bombing of a market in Sadr City that killed dozens, "
            "families of the victims are still waiting for compensation.", "2024-07-19", ()),
    Article("en", "Gunmen opened fire on a car carrying a family on the road between Kirkuk "
            "and Tuz Khurmatu late on Saturday, killing a woman and her son, a relative said.",
            "2024-02-12", (Gold(V, "Kirkuk", "2024-02-10", 2),)),
    Article("en", "A landmine left over from the war exploded under a tractor in a field near "
            "Bashiqa on Wednesday morning, killing the farmer driving it.", "2024-05-30",
            (Gold(E, "Bashiqa", "2024-05-29", 1),)),
    Article("ar", "هجوم صاروخي يستهدف شركة نفط الشمال في كركوك\n\nكركوك - سقطت ثلاثة صواريخ "
            "كاتيوشا على مقر شركة نفط الشمال في كركوك مساء الثلاثاء، بحسب ضابط في الشرطة أكد "
            "إصابة أحد الحراس.\n\nولم تتبن أي جهة الهجوم. وتعرضت المنشآت النفطية في المحافظة "
            "لهجمات عدة منذ عام 2022.", "2024-11-20", (Gold(E, "Kirkuk", "2024-11-19", None),)),
    Article("ar", "قتل عنصران من الحشد الشعبي يوم الجمعة إثر هجوم شنه مسلحو داعش على موقعهم قرب "
            "مندلي القريبة من الحدود الإيرانية، وفق بيان للحشد. وأرسلت تعزيزات إلى المنطقة بعد "
            "الهجوم.", "2024-12-07", (Gold(B, "Mandali", "2024-12-06", 2),)),
    Article("ar", "قال رئيس الوزراء العراقي يوم الأحد إن الحكومة لن تتسامح مع أي اعتداء على "
            "البعثات الدبلوماسية، بعد تجمع محتجين أمام سفارة في بغداد.", "2024-06-02", ()),
    Article("ar", "قصفت طائرة مسيرة إيرانية مخيما لحزب كردي معارض قرب كويه الليلة الماضية، ما "
            "أسفر عن مقتل عضو في الحزب وإصابة أربعة آخرين، بحسب مسؤولين في الحزب.",
            "2024-03-21", (Gold(E, "Koya", "2024-03-20", 1),)),
    Article("ar", "اعتقلت شرطة دهوك يوم الاثنين ثلاثة رجال قالت إنهم هربوا أسلحة عبر الحدود من "
            "سوريا، وستنظر محكمة في التهم الأسبوع المقبل.", "2024-08-28",
            (Gold(S, "Duhok", "2024-08-26", None),)),
    Article("ar", "بعد عامين على تفجير سوق في مدينة الصدر أودى بحياة العشرات، لا تزال عائلات "
            "الضحايا تنتظر التعويضات.", "2024-07-19", ()),
    Article("ar", "أطلق مسلحون النار على سيارة تقل عائلة على الطريق بين كركوك وطوزخورماتو في "
            "وقت متأخر من مساء السبت، ما أدى إلى مقتل امرأة ونجلها، بحسب أحد الأقارب.",
            "2024-02-12", (Gold(V, "Kirkuk", "2024-02-10", 2),)),
    Article("ar", "انفجر لغم من مخلفات الحرب تحت جرار زراعي في حقل قرب بعشيقة صباح الأربعاء، ما "
            "أدى إلى مقتل المزارع الذي كان يقوده.", "2024-05-30",
            (Gold(E, "Bashiqa", "2024-05-29", 1),)),
)  # fmt: skip


#: A fourth batch of multi-paragraph reports in the shape of the outlets' own (headline,
#: dateline, quotes, background, an unrelated fire or road accident, criticism called an
#: "attack"), written after the real-text rules and first measured without any change: en
#: P 0.60 R 1.00, ar P 0.50 R 1.00 (date 0.67). The misses were general (criticism coded as
#: an attack, "after the attack," read as a new one, the day of a statement taken as the
#: day of the event, Arabic "opened fire" and wounded-only reports unknown) and were fixed.
LONGFORM: tuple[Article, ...] = (
    Article("en", "Turkish drone strike kills two in Sinjar\n\nSINJAR, Iraq - A Turkish drone "
            "struck a vehicle on the outskirts of Sinjar on Wednesday afternoon, killing two "
            "members of a local Yazidi armed group, local officials told reporters.\n\nThe "
            "mayor of Sinjar condemned the strike and called on Baghdad to stop what he "
            "described as repeated violations of Iraqi sovereignty. Ankara did not comment.\n\n"
            "Turkey has carried out dozens of strikes in the area since 2017, saying it "
            "targets PKK affiliates. Separately, a fire that broke out in a market in Duhok on "
            "Wednesday killed one shopkeeper, civil defence said.", "2024-09-12",
            (Gold(E, "Sinjar", "2024-09-11", 2),)),
    Article("en", "Kirkuk MP attacks government over security gaps\n\nA Kurdish lawmaker from "
            "Kirkuk on Saturday attacked the federal government's handling of the security "
            "file, saying villages near Daquq remain exposed to ISIS cells.\n\n\"Our people "
            "are being killed and no one is listening,\" she told a news conference in Erbil. "
            "Three traffic accidents on the Kirkuk-Erbil road killed five people last week, "
            "police said, adding to public anger over the state of the highway.",
            "2024-10-06", ()),
    Article("en", "Peshmerga and Iraqi army hold joint patrol after attack\n\nTwo Peshmerga "
            "fighters were wounded late on Thursday when ISIS militants opened fire on their "
            "position in the Qarachogh mountain area, the Peshmerga ministry said on Friday."
            "\n\nFollowing the attack, Iraqi army and Peshmerga forces launched a joint patrol "
            "in the area on Friday morning. The two forces have operated six joint "
            "coordination centres since 2020.", "2024-07-19",
            (Gold(B, "Qarachogh mountain", "2024-07-18", None),)),
    Article("en", "Security forces arrest ISIS suspect in Hawija\n\nIraqi security forces "
            "arrested a suspected ISIS member in a raid on a house in Hawija on Sunday night, "
            "the Joint Operations Command said in a statement on Monday.\n\nThe statement said "
            "the man was wanted for his role in attacks on security forces in 2016. Earlier "
            "this year, ISIS fighters killed four soldiers in an ambush near the town.",
            "2024-04-15", (Gold(S, "Hawija", "2024-04-14", None),)),
    Article("ar", "طائرة مسيرة تركية تقتل اثنين في سنجار\n\nسنجار - قصفت طائرة مسيرة تركية "
            "عجلة في أطراف سنجار بعد ظهر الأربعاء، ما أسفر عن مقتل عنصرين من فصيل مسلح "
            "إيزيدي محلي، وفق مسؤولين محليين.\n\nودان قائممقام سنجار الضربة وطالب بغداد بوقف ما "
            "وصفه بالانتهاكات المتكررة للسيادة العراقية. ولم تعلق أنقرة.\n\nوفي سياق منفصل، "
            "أدى حريق اندلع في سوق بدهوك يوم الأربعاء إلى وفاة صاحب محل، بحسب الدفاع المدني.",
            "2024-09-12", (Gold(E, "Sinjar", "2024-09-11", 2),)),
    Article("ar", "نائبة عن كركوك تهاجم الحكومة بسبب الفراغ الأمني\n\nهاجمت نائبة كردية عن "
            "كركوك يوم السبت الحكومة الاتحادية بسبب إدارتها للملف الأمني، وقالت إن قرى قرب "
            "داقوق ما زالت مكشوفة أمام خلايا داعش.\n\nوأضافت في مؤتمر صحفي في أربيل أن "
            "حوادث السير على طريق كركوك - أربيل أودت بحياة خمسة أشخاص الأسبوع الماضي.",
            "2024-10-06", ()),
    Article("ar", "إصابة اثنين من البيشمركة بهجوم لداعش في قره چوغ\n\nأعلنت وزارة البيشمركة "
            "يوم الجمعة إصابة اثنين من مقاتليها في وقت متأخر من ليلة الخميس عندما فتح مسلحو "
            "داعش النار على موقعهم في منطقة جبل قره چوغ.\n\nوعقب الهجوم، سيرت قوات الجيش "
            "العراقي والبيشمركة دورية مشتركة في المنطقة صباح الجمعة.", "2024-07-19",
            (Gold(B, "Qarachogh mountain", "2024-07-18", None),)),
    Article("ar", "القبض على متهم بالانتماء لداعش في الحويجة\n\nألقت القوات الأمنية العراقية "
            "القبض على متهم بالانتماء لتنظيم داعش خلال مداهمة منزل في الحويجة ليلة الأحد، "
            "بحسب بيان لقيادة العمليات المشتركة يوم الاثنين.\n\nوأوضح البيان أن المتهم مطلوب "
            "لتورطه في هجمات على القوات الأمنية عام 2016.", "2024-04-15",
            (Gold(S, "Hawija", "2024-04-14", None),)),
)  # fmt: skip


#: A fifth batch in the plain shape of most wire reports (one incident, a source, a line of
#: context; three of ten are no event), first measured without any change: en P 0.80 R 1.00
#: (location 0.50), ar P 1.00 R 1.00 (location 0.75, fatalities 0.75). Its first place,
#: Mutaibijah, is not in the gazetteer and was replaced by Tarmiyah afterwards; the other
#: misses (a place named only as "Kirkuk police", a charge's victim counted as the arrest's
#: dead, background in the pluperfect) were fixed by general rules.
TYPICAL: tuple[Article, ...] = (
    Article("en", "Shafaq News/ An explosive device went off on Sunday evening near a vehicle of "
            "the Iraqi army in the Tarmiyah area north of Baghdad, wounding two "
            "soldiers, a security source told Shafaq News Agency.\n\nThe source added that the "
            "wounded were taken to a hospital in Samarra.", "2024-10-21",
            (Gold(E, "Tarmiyah", "2024-10-20", None),)),
    Article("en", "Kirkuk police arrested four suspects in the killing of a taxi driver in the "
            "city's Rahimawa neighbourhood, the police directorate said on Tuesday. The driver "
            "was shot dead last week.", "2024-11-05",
            (Gold(S, "Kirkuk", "2024-11-05", None),)),
    Article("en", "The Iraqi and Kurdish defence officials met in Erbil on Monday to discuss the "
            "formation of the joint brigades that will be deployed in the disputed areas, the "
            "Peshmerga ministry said in a statement.", "2024-11-12", ()),
    Article("en", "A rocket fell near the perimeter of Harir air base, north of Erbil, late on "
            "Friday without causing casualties, the Kurdistan Region's counter-terrorism "
            "service said.", "2024-02-03", (Gold(E, "Harir", "2024-02-02", 0),)),
    Article("en", "ISIS militants attacked a village in the Hamrin mountains on Saturday night, "
            "killing three PMF fighters and wounding two others, a PMF official said. Security "
            "forces launched a search operation in the area on Sunday.", "2024-06-10",
            (Gold(B, "Hamrin", "2024-06-08", 3),)),
    Article("ar", "شفق نيوز/ أفاد مصدر أمني، مساء الأحد، بانفجار عبوة ناسفة قرب عجلة للجيش العراقي "
            "في منطقة الطارمية شمال بغداد، ما أدى إلى إصابة جنديين. وأضاف المصدر أن "
            "المصابين نقلا إلى مستشفى سامراء.", "2024-10-21",
            (Gold(E, "Tarmiyah", "2024-10-20", None),)),
    Article("ar", "اعتقلت شرطة كركوك أربعة متهمين بقتل سائق أجرة في حي رحيم آوه، بحسب بيان لمديرية "
            "الشرطة يوم الثلاثاء. وكان السائق قد قتل بالرصاص الأسبوع الماضي.", "2024-11-05",
            (Gold(S, "Kirkuk", "2024-11-05", None),)),
    Article("ar", "التقى مسؤولون عسكريون من بغداد وأربيل يوم الاثنين في أربيل لبحث تشكيل الألوية "
            "المشتركة التي ستنتشر في المناطق المتنازع عليها، بحسب بيان لوزارة البيشمركة.",
            "2024-11-12", ()),
    Article("ar", "سقط صاروخ قرب محيط قاعدة حرير الجوية شمال أربيل في وقت متأخر من مساء الجمعة دون "
            "وقوع إصابات، بحسب جهاز مكافحة الإرهاب في إقليم كوردستان.", "2024-02-03",
            (Gold(E, "Harir", "2024-02-02", 0),)),
    Article("ar", "هاجم مسلحو داعش ليلة السبت قرية في سلسلة جبال حمرين، ما أسفر عن مقتل ثلاثة من "
            "مقاتلي الحشد الشعبي وإصابة اثنين آخرين، بحسب مسؤول في الحشد. وأطلقت القوات الأمنية "
            "عملية تفتيش في المنطقة يوم الأحد.", "2024-06-10",
            (Gold(B, "Hamrin", "2024-06-08", 3),)),
)  # fmt: skip

#: Every batch by the name the benchmark prints, in the order they were written.
BATCHES: dict[str, tuple[Article, ...]] = {
    "development": ARTICLES,
    "held-out": HELD_OUT,
    "blind": BLIND,
    "long-form": LONGFORM,
    "typical": TYPICAL,
}
ALL: tuple[Article, ...] = tuple(a for batch in BATCHES.values() for a in batch)
