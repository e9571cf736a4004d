"""Hand-written gold sentences for judging the geoparser on Iraq's disputed territories.

70 Arabic and 65 English news-style sentences, written for this file (no sentence is taken
from an article or from the project's seed texts), each with the places it names. About two
in five carry on purpose the traps real news has: common words that are also village names
(شمال، سنة، بن، حول، عين، بركة، أم، "Man", "Hall", "Hit"), people (أحمدي نجاد، صلاح الدين
الأيوبي، "Jordan Henderson", "Ahmad"), outlets (Kurdistan24، روداو، Shafaq News), organisations
and acronyms (الأمم المتحدة، حزب العمال الكردستاني، FAO, IRS), US places ("Jordan, Minnesota",
"Turkey, Texas", "Santa Ana, California"), lists of countries with numbers (الكويت 27,762),
harakat and shadda (بَغْدَاد، كَرْكُوك، تركيّا), the spelling سورية, datelines, and villages
named after a kind word (قرية كوجو، "the village of Kocho") that the gazetteer lacks.

Annotation rules
----------------
* ``text`` is the name exactly as written, without a leading proclitic (و ب ل ف ك) and without
  an administrative or settlement kind word before it (محافظة، قضاء، ناحية، قرية، بلدة،
  province, district, the village of); a kind word that is part of the gazetteer's name stays
  (حقل خورمور، جبال حمرين، الحدود السورية، Khor Mor gas field, Hamrin mountains).
* ``name_en`` and ``kind`` are those of the entry the current gazetteer (no boundaries) holds
  for the place meant: the kind the context gives (محافظة/province: governorate, قضاء/district:
  district), else the gazetteer's first candidate (Kirkuk alone is the city); a city and a
  town count as one kind. ``name_en`` is None for a place the gazetteer lacks: the parser
  should give it unresolved (an empty ``candidate.id``), with the gold span exactly. With
  boundaries, sub-districts join the gazetteer and ``ناحية زمار`` rightly becomes one.
* A border phrase naming a country (الحدود مع تركيا، "the border with Iran") gives the border
  and the country; an adjective (الحدود السورية، "the Syrian border") gives the border only.
* Not places: demonyms and adjectives (إيرانية، التركي، Turkish, Iraqi), people, outlets,
  organisations and acronyms. **The Kurdistan Regional Government** (حكومة إقليم كوردستان,
  KRG) is an organisation, not a mention of the region: it names who acted, not where, and
  mapping it would put a point at the Region's centre for every statement it issues. A
  capital standing for its government ("talks between Baghdad and Erbil") is still a place.
* Places outside the gazetteer's coverage named without a kind word (US towns and states) are
  not annotated: the parser should leave them, and any mention there counts as a false place.

Run ``python tests/geoparse_gold.py`` to geoparse every sentence with the current code and
print precision, recall and the errors (``--check`` also checks each gold name against
:func:`geo_disputed.geocode`).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, Protocol

PROCLITIC_CLASS = "وبلفك"
KIND_GROUPS = {"city": "settlement", "town": "settlement"}


class GoldPlace(NamedTuple):
    """One expected place mention: surface text, expected ``name_en`` (None: not in the
    gazetteer) and kind."""

    text: str
    name_en: str | None
    kind: str


@dataclass(frozen=True)
class GoldSentence:
    """A sentence, its expected places (in text order) and the trap it sets ("" if none)."""

    text: str
    places: tuple[GoldPlace, ...] = ()
    trap: str = ""

    def __post_init__(self) -> None:
        self.spans()  # every surface must be found, in order

    def spans(self) -> list[tuple[int, int]]:
        """Character spans of the places: each surface's next occurrence as a whole word
        (a leading proclitic allowed before it), in order."""
        out, pos = [], 0
        for place in self.places:
            pattern = (
                rf"(?:(?<!\w)|(?<=(?<!\w)[{PROCLITIC_CLASS}])|(?<=(?<!\w)[وف][بلك]))"
                rf"{re.escape(place.text)}(?!\w)"
            )
            m = re.compile(pattern).search(self.text, pos)
            if m is None:
                raise ValueError(f"{place.text!r} not found in {self.text!r} after {pos}")
            out.append(m.span())
            pos = m.start() + 1
        return out


def P(text: str, name_en: str | None, kind: str) -> GoldPlace:
    """Shorthand for :class:`GoldPlace`."""
    return GoldPlace(text, name_en, kind)


def S(text: str, *places: GoldPlace, trap: str = "") -> GoldSentence:
    """Shorthand for :class:`GoldSentence`."""
    return GoldSentence(text, places, trap)


KIRKUK = P("كركوك", "Kirkuk", "city")
BAGHDAD = P("بغداد", "Baghdad", "city")
ERBIL = P("أربيل", "Erbil", "city")
SINJAR = P("سنجار", "Sinjār", "town")
TUZ = P("طوزخورماتو", "Ţūz Khūrmātū", "town")
MAKHMOUR = P("مخمور", "Mexmur", "town")
DUHOK = P("دهوك", "Dihok", "city")

# fmt: off
ARABIC: tuple[GoldSentence, ...] = (
    S("سقطت ثلاثة صواريخ على حقل خورمور للغاز في قضاء جمجمال مساء الأربعاء.",
      P("حقل خورمور", "Khor Mor gas field", "facility"), P("جمجمال", "Chamchamal", "district")),
    S("وصلت تعزيزات عسكرية إلى كركوك قادمة من بغداد.", KIRKUK, BAGHDAD),
    S("قال مسؤول محلي في طوزخورماتو إن الطريق إلى كفري أعيد فتحه.",
      TUZ, P("كفري", "Kifrī", "town")),
    S("انتشرت قوة مشتركة من الجيش والبيشمركة قرب مخمور.", MAKHMOUR),
    S("عاد مئات النازحين الإيزيديين إلى سنجار خلال الأسبوع الماضي.", SINJAR),
    S("أغلقت السلطات الطريق الرابط بين خانقين وجلولاء بسبب السيول.",
      P("خانقين", "Khānaqīn", "city"), P("جلولاء", "Jalawla", "town")),
    S("نفذت طائرات التحالف غارات على مخابئ للمسلحين في جبال حمرين.",
      P("جبال حمرين", "Hamrin Mountains", "mountain")),
    S("أعلنت قيادة العمليات ضبط أسلحة في قضاء داقوق جنوب كركوك.",
      P("داقوق", "Daquq", "district"), KIRKUK),
    S("أعيد فتح معبر ربيعة الحدودي مع سوريا بعد إغلاق دام شهرين.",
      P("ربيعة", "Rabia", "town"), P("سوريا", "Syria", "country")),
    S("يعيش في ناحية زمار خليط من العرب والكرد منذ عقود.", P("زمار", "Zummar", "town")),
    S("احتفل مسيحيو بعشيقة وبرطلة بعيد الفصح هذا العام.",
      P("بعشيقة", "Bashiqa", "town"), P("برطلة", "Barţalah", "town")),
    S("زار وفد أممي بلدة قره قوش في سهل نينوى.",
      P("قره قوش", "Qaraqosh", "town"), P("سهل نينوى", "Nineveh Plains", "region")),
    S("تسلمت الشرطة الاتحادية الملف الأمني في قضاء تلعفر.", P("تلعفر", "Telafar", "district")),
    S("سجلت محطة الرصد في مندلي أعلى درجة حرارة هذا الصيف.", P("مندلي", "Mandalī", "town")),
    S("تتحصن خلايا مسلحة في جبل قره چوغ المطل على مخمور.",
      P("قره چوغ", "Qarachogh", "mountain"), MAKHMOUR),
    S("وصل رئيس الوزراء إلى أربيل قادماً من بغداد لبحث ملف الرواتب.", ERBIL, BAGHDAD),
    S("شهدت محافظة السليمانية تظاهرات واسعة للمعلمين.",
      P("السليمانية", "Al-Sulaymaniyah", "governorate")),
    S("أوقفت شرطة دهوك شاحنة محملة بالمخدرات قادمة من تركيا.",
      DUHOK, P("تركيا", "Turkey", "country")),
    S("انطلقت أعمال إعادة إعمار الجانب الأيمن من الموصل.", P("الموصل", "Mosul", "city")),
    S("تنتشر قوات حرس الحدود على طول الحدود السورية غرب سنجار.",
      P("الحدود السورية", "Iraq-Syria border", "border"), SINJAR),
    S("استؤنف تصدير النفط من حقول كركوك إلى تركيا يوم الاثنين.",
      KIRKUK, P("تركيا", "Turkey", "country")),
    S("نزح آلاف السكان من قرى قضاء خانقين باتجاه بعقوبة.",
      P("خانقين", "Khanaqin", "district"), P("بعقوبة", "Baqubah", "city")),
    S("تقع قره تبه على الطريق بين كفري وجلولاء.",
      P("قره تبه", "Qara Tapa", "town"), P("كفري", "Kifrī", "town"),
      P("جلولاء", "Jalawla", "town")),
    S("أرسلت بغداد لجنة فنية لتقييم الأضرار في آمرلي.", BAGHDAD, P("آمرلي", "Amerli", "town")),
    S("ارتفعت أسعار النفط بعد توقف الصادرات عبر إقليم كوردستان.",
      P("إقليم كوردستان", "Kurdistan Region", "region")),
    S("ضربت هزة أرضية خفيفة قضاء كفري فجر اليوم.", P("كفري", "Kifri", "district")),
    S("وصلت قافلة مساعدات إلى مخيمات النازحين في دهوك وزاخو.",
      DUHOK, P("زاخو", "Zaxo", "town")),
    S("افتتحت مدرسة جديدة في التون كوبري على طريق أربيل.",
      P("التون كوبري", "Altun Kupri", "town"), ERBIL),
    S("اعتقلت القوات الأمنية مطلوباً في قضاء الدبس.", P("الدبس", "Dibis", "district")),
    S("تضررت محاصيل القمح في سهل نينوى بسبب الجفاف.",
      P("سهل نينوى", "Nineveh Plains", "region")),
    S("تقرر نقل مقر الفرقة الخامسة عشرة إلى تكريت.", P("تكريت", "Tikrīt", "town")),
    S("تعرض خط أنابيب النفط الممتد من بيجي إلى كركوك لعملية تخريب.",
      P("بيجي", "Bayjī", "city"), KIRKUK),
    S("تستضيف محافظة أربيل أكثر من مئتي ألف نازح.", P("أربيل", "Erbil", "governorate")),
    S("أعيد فتح الطريق بين السليمانية وكركوك مروراً بجمجمال.",
      P("السليمانية", "Sulaymaniyah", "city"), KIRKUK, P("جمجمال", "Jamjamāl", "town")),
    S("سقط صاروخ قرب مطار أربيل الدولي دون أن يوقع إصابات.",
      P("مطار أربيل", "Erbil International Airport", "facility")),
    S("عقد محافظ ديالى اجتماعاً أمنياً في خانقين.",
      P("ديالى", "Diyala", "governorate"), P("خانقين", "Khānaqīn", "city")),
    S("نقلت عائلات من بلدة سليمان بيك إلى طوزخورماتو.",
      P("سليمان بيك", "Sulaiman Beg", "town"), TUZ),
    S("اشتكى سكان الحمدانية من بطء إعادة الإعمار.",
      P("الحمدانية", "Al-Hamdaniya", "district")),
    S("فاض نهر الخازر وغمر عدة قرى شرق الموصل.",
      P("نهر الخازر", "Khazir River", "river"), P("الموصل", "Mosul", "city")),
    S("بدأت دائرة الري تنظيف الجداول في ناحية السعدية.", P("السعدية", "Saadiya", "town")),
    # --- traps ------------------------------------------------------------------------------
    S("انفجرت عبوة ناسفة شمال كركوك صباح اليوم.", KIRKUK, trap="شمال (north)"),
    S("عاد النازحون إلى سنجار بعد سنة كاملة من النزوح.", SINJAR, trap="سنة (year)"),
    S("استقبل رئيس الجمهورية في بغداد وزير الخارجية فيصل بن فرحان.", BAGHDAD,
      trap="بن (son of)"),
    S("دار النقاش حول مستقبل الإدارة المحلية في مخمور.", MAKHMOUR, trap="حول (about)"),
    S("شاهد السكان أعمدة الدخان بالعين المجردة من أطراف بعشيقة.",
      P("بعشيقة", "Bashiqa", "town"), trap="العين (the eye)"),
    S("زار الرئيس الإيراني الأسبق محمود أحمدي نجاد بغداد عام 2008.", BAGHDAD,
      trap="person أحمدي نجاد; adjective الإيراني"),
    S("أفادت كوردستان 24 بأن الهجوم استهدف موقعاً قرب جمجمال.",
      P("جمجمال", "Jamjamāl", "town"), trap="outlet كوردستان 24"),
    S("نقلت روداو عن مصدر أمني في دهوك أن الطائرة المسيرة سقطت في منطقة جبلية.", DUHOK,
      trap="outlet روداو"),
    S("ذكرت شفق نيوز أن الاتفاق الأمني يشمل مناطق في ديالى.",
      P("ديالى", "Diyala", "governorate"), trap="outlet شفق نيوز"),
    S("أعلنت حكومة إقليم كوردستان تعليق الدوام الرسمي يوم الخميس.",
      trap="organisation: the KRG"),
    S("حصيلة الإصابات حتى الآن: الكويت 27,762، الأردن 19,842، العراق 35,095، إيران 141,591.",
      P("الكويت", "Kuwait", "country"), P("الأردن", "Jordan", "country"),
      P("العراق", "Iraq", "country"), P("إيران", "Iran", "country"),
      trap="countries followed by numbers"),
    S("أكد مسؤولون في بَغْدَاد أن الوضع في كَرْكُوك مستقر.",
      P("بَغْدَاد", "Baghdad", "city"), P("كَرْكُوك", "Kirkuk", "city"), trap="harakat"),
    S("تعتزم تركيّا إقامة قاعدة عسكرية جديدة قرب زاخو.",
      P("تركيّا", "Turkey", "country"), P("زاخو", "Zaxo", "town"), trap="shadda"),
    S("عبرت شاحنات محملة بالقمح من سورية إلى ربيعة.",
      P("سورية", "Syria", "country"), P("ربيعة", "Rabia", "town"), trap="spelling سورية"),
    S("هاجم مسلحون قرية كوجو جنوب سنجار.", P("كوجو", None, "village"), SINJAR,
      trap="village missing from the gazetteer"),
    S("أحرقت حقول القمح في قرية تل الورد التابعة لقضاء داقوق.",
      P("تل الورد", None, "village"), P("داقوق", "Daquq", "district"),
      trap="village missing from the gazetteer"),
    S("نزح سكان قرية البشير جنوب كركوك بعد القصف.", P("البشير", None, "village"), KIRKUK,
      trap="village missing from the gazetteer"),
    S("عاد أهالي قرية حردان شمال سنجار إلى منازلهم.", P("حردان", None, "village"), SINJAR,
      trap="village missing from the gazetteer; شمال"),
    S("عاد المزارعون إلى قرية كولجو في خانقين بعد موسم الحصاد.",
      P("كولجو", None, "village"), P("خانقين", "Khānaqīn", "city"),
      trap="village missing from the gazetteer"),
    S("مع خالص التعازي لأهالي طوزخورماتو.", TUZ, trap="خالص (sincere)"),
    S("قالت أم أحمد، وهي من سكان داقوق، إن المياه مقطوعة منذ أيام.",
      P("داقوق", "Dāqūq", "town"), trap="أم (mother)"),
    S("سقطت القذيفة في بركة ماء قرب زمار.", P("زمار", "Zummar", "town"),
      trap="بركة (pond)"),
    S("يقف تمثال صلاح الدين الأيوبي وسط تكريت.", P("تكريت", "Tikrīt", "town"),
      trap="person صلاح الدين"),
    S("دعت بعثة الأمم المتحدة في العراق إلى حوار بين بغداد وأربيل.",
      P("العراق", "Iraq", "country"), BAGHDAD, ERBIL, trap="organisation الأمم المتحدة"),
    S("قال نواب تركمان من كركوك إن القرار مجحف.", KIRKUK, trap="تركمان (Turkmen)"),
    S("أطلق حزب العمال الكردستاني سراح رهائن قرب جبل سنجار.",
      P("جبل سنجار", "Sinjar Mountains", "mountain"), trap="organisation: PKK"),
    S("قصفت مدفعية إيرانية مواقع قرب الحدود الإيرانية في أطراف بنجوين.",
      P("الحدود الإيرانية", "Iran-Iraq border", "border"), P("بنجوين", "Baynjiwayn", "town"),
      trap="adjective إيرانية"),
    S("اندلعت اشتباكات بين مقاتلين أكراد والجيش التركي قرب الحدود مع تركيا.",
      P("الحدود مع تركيا", "Iraq-Turkey border", "border"), P("تركيا", "Turkey", "country"),
      trap="adjective التركي"),
    S("أربيل 12 آذار: استأنفت المدارس الدوام بعد عطلة الربيع.", ERBIL,
      trap="dateline: a town followed by a number"),
    S("تمتد ناحية الرياض غرب الحويجة على أراض زراعية واسعة.",
      P("الرياض", "Ar Riyāḑ", "town"), P("الحويجة", "Al Ḩawījah", "town"),
      trap="الرياض is also Riyadh"),
)

ENGLISH: tuple[GoldSentence, ...] = (
    S("Three rockets struck the Khor Mor gas field in Chamchamal district late on Wednesday.",
      P("Khor Mor gas field", "Khor Mor gas field", "facility"),
      P("Chamchamal", "Chamchamal", "district")),
    S("Federal police reinforcements arrived in Kirkuk from Baghdad on Sunday.",
      P("Kirkuk", "Kirkuk", "city"), P("Baghdad", "Baghdad", "city")),
    S("A local official in Tuz Khurmatu said the road to Kifri had reopened.",
      P("Tuz Khurmatu", "Ţūz Khūrmātū", "town"), P("Kifri", "Kifrī", "town")),
    S("A joint force of Peshmerga and army troops deployed near Makhmour.",
      P("Makhmour", "Mexmur", "town")),
    S("Hundreds of displaced Yazidis returned to Sinjar last week.",
      P("Sinjar", "Sinjār", "town")),
    S("Floods cut the road between Khanaqin and Jalawla.",
      P("Khanaqin", "Khānaqīn", "city"), P("Jalawla", "Jalawla", "town")),
    S("Coalition aircraft bombed militant hideouts in the Hamrin mountains.",
      P("Hamrin mountains", "Hamrin Mountains", "mountain")),
    S("Gunmen attacked an army checkpoint in Hawija district overnight.",
      P("Hawija", "Al-Hawiga", "district")),
    S("Security forces seized weapons in Daquq, south of Kirkuk.",
      P("Daquq", "Dāqūq", "town"), P("Kirkuk", "Kirkuk", "city")),
    S("The Rabia crossing on the border with Syria reopened after two months.",
      P("Rabia", "Rabia", "town"), P("border with Syria", "Iraq-Syria border", "border"),
      P("Syria", "Syria", "country")),
    S("Arabs and Kurds have lived side by side in Zummar for decades.",
      P("Zummar", "Zummar", "town")),
    S("Christians in Bashiqa and Qaraqosh celebrated Easter this year.",
      P("Bashiqa", "Bashiqa", "town"), P("Qaraqosh", "Qaraqosh", "town")),
    S("A UN delegation visited the town of Bakhdida in the Nineveh Plains.",
      P("Bakhdida", "Qaraqosh", "town"), P("Nineveh Plains", "Nineveh Plains", "region")),
    S("Federal police took over security in Tal Afar district.",
      P("Tal Afar", "Telafar", "district")),
    S("Mandali recorded the highest temperature in the country this summer.",
      P("Mandali", "Mandalī", "town")),
    S("Militant cells are hiding on Qarachogh mountain above Makhmour.",
      P("Qarachogh", "Qarachogh", "mountain"), P("Makhmour", "Mexmur", "town")),
    S("The prime minister flew to Erbil from Baghdad to discuss salaries.",
      P("Erbil", "Erbil", "city"), P("Baghdad", "Baghdad", "city")),
    S("Teachers protested across Sulaymaniyah province on Tuesday.",
      P("Sulaymaniyah", "Al-Sulaymaniyah", "governorate")),
    S("Duhok police stopped a truck carrying drugs from Turkey.",
      P("Duhok", "Dihok", "city"), P("Turkey", "Turkey", "country")),
    S("Reconstruction has begun in the old city of Mosul.", P("Mosul", "Mosul", "city")),
    S("Border guards are deployed along the Syrian border west of Sinjar.",
      P("Syrian border", "Iraq-Syria border", "border"), P("Sinjar", "Sinjār", "town")),
    S("Oil exports from Kirkuk to Turkey resumed on Monday.",
      P("Kirkuk", "Kirkuk", "city"), P("Turkey", "Turkey", "country")),
    S("Thousands fled villages in Khanaqin district towards Baquba.",
      P("Khanaqin", "Khanaqin", "district"), P("Baquba", "Baqubah", "city")),
    S("Qara Tapa lies on the road between Kifri and Jalawla.",
      P("Qara Tapa", "Qara Tapa", "town"), P("Kifri", "Kifrī", "town"),
      P("Jalawla", "Jalawla", "town")),
    S("Baghdad sent engineers to assess the damage in Amerli.",
      P("Baghdad", "Baghdad", "city"), P("Amerli", "Amerli", "town")),
    S("Oil prices rose after exports through the Kurdistan Region stopped.",
      P("Kurdistan Region", "Kurdistan Region", "region")),
    S("A light earthquake shook Kifri district before dawn.",
      P("Kifri", "Kifri", "district")),
    S("An aid convoy reached camps for displaced people in Duhok and Zakho.",
      P("Duhok", "Dihok", "city"), P("Zakho", "Zaxo", "town")),
    S("A new school opened in Altun Kupri on the road to Erbil.",
      P("Altun Kupri", "Altun Kupri", "town"), P("Erbil", "Erbil", "city")),
    S("Police arrested a wanted suspect in Dibis district.", P("Dibis", "Dibis", "district")),
    S("Drought damaged wheat crops across the Nineveh Plains.",
      P("Nineveh Plains", "Nineveh Plains", "region")),
    S("The 15th division moved its headquarters to Tikrit.", P("Tikrit", "Tikrīt", "town")),
    S("Saboteurs blew up a section of the pipeline from Baiji to Kirkuk.",
      P("Baiji", "Bayjī", "city"), P("Kirkuk", "Kirkuk", "city")),
    S("Erbil province hosts more than two hundred thousand displaced people.",
      P("Erbil", "Erbil", "governorate")),
    S("The road from Slemani to Kirkuk through Chamchamal has reopened.",
      P("Slemani", "Sulaymaniyah", "city"), P("Kirkuk", "Kirkuk", "city"),
      P("Chamchamal", "Jamjamāl", "town")),
    S("A rocket landed near Erbil airport without causing casualties.",
      P("Erbil airport", "Erbil International Airport", "facility")),
    S("Diyala's governor held a security meeting in Khanaqin.",
      P("Diyala", "Diyala", "governorate"), P("Khanaqin", "Khānaqīn", "city")),
    S("Families were moved from Sulaiman Beg to Tuz Khurmatu.",
      P("Sulaiman Beg", "Sulaiman Beg", "town"), P("Tuz Khurmatu", "Ţūz Khūrmātū", "town")),
    S("Residents of Hamdaniya complained about slow reconstruction.",
      P("Hamdaniya", "Al-Hamdaniya", "town")),
    S("The Khazir river flooded several villages east of Mosul.",
      P("Khazir river", "Khazir River", "river"), P("Mosul", "Mosul", "city")),
    # --- traps ------------------------------------------------------------------------------
    S("Man arrested in Kirkuk over rocket attack", P("Kirkuk", "Kirkuk", "city"),
      trap="Man (headline)"),
    S("Protesters gathered outside City Hall in Kifri.", P("Kifri", "Kifrī", "town"),
      trap="Hall"),
    S("Hit by three drones, the Khor Mor gas field halted production.",
      P("Khor Mor gas field", "Khor Mor gas field", "facility"), trap="Hit (verb)"),
    S("Footballer Jordan Henderson sent a message of support to children in Duhok.",
      P("Duhok", "Dihok", "city"), trap="person Jordan Henderson"),
    S("A charity from Jordan, Minnesota, sent school books to Sinjar.",
      P("Sinjar", "Sinjār", "town"), trap="US place Jordan, Minnesota"),
    S("Volunteers from Turkey, Texas, raised money for families in Mosul.",
      P("Mosul", "Mosul", "city"), trap="US place Turkey, Texas"),
    S("An Iraqi doctor from Santa Ana, California, opened a clinic in Tal Afar.",
      P("Tal Afar", "Tall ‘Afar", "town"), trap="US place Santa Ana (Ana)"),
    S("Kurdistan24 reported that the attack targeted a position near Chamchamal.",
      P("Chamchamal", "Jamjamāl", "town"), trap="outlet Kurdistan24"),
    S("Rudaw quoted a security source in Duhok as saying the drone fell in the mountains.",
      P("Duhok", "Dihok", "city"), trap="outlet Rudaw"),
    S("Shafaq News said the security agreement covers parts of Diyala.",
      P("Diyala", "Diyala", "governorate"), trap="outlet Shafaq News"),
    S("The Kurdistan Regional Government suspended official working hours on Thursday.",
      trap="organisation: the KRG"),
    S("The FAO warned that the drought could hit farmers in Nineveh.",
      P("Nineveh", "Ninewa", "governorate"), trap="acronym FAO; hit"),
    S("Officials from the FAO and the IRS met Iraqi finance staff in Erbil.",
      P("Erbil", "Erbil", "city"), trap="acronyms FAO, IRS"),
    S("Former Iranian president Mahmoud Ahmadinejad visited Baghdad in 2008.",
      P("Baghdad", "Baghdad", "city"), trap="person; adjective Iranian"),
    S("Confirmed cases so far: Kuwait 27,762, Jordan 19,842, Iraq 35,095, Iran 141,591.",
      P("Kuwait", "Kuwait", "country"), P("Jordan", "Jordan", "country"),
      P("Iraq", "Iraq", "country"), P("Iran", "Iran", "country"),
      trap="countries followed by numbers"),
    S("The village of Kocho in Sinjar district was attacked in August 2014.",
      P("Kocho", None, "village"), P("Sinjar", "Sinjar", "district"),
      trap="village missing from the gazetteer"),
    S("Fires burned wheat fields in the village of Tal al-Ward in Daquq.",
      P("Tal al-Ward", None, "village"), P("Daquq", "Dāqūq", "town"),
      trap="village missing from the gazetteer"),
    S("Residents fled the village of Bashir south of Kirkuk after the shelling.",
      P("Bashir", None, "village"), P("Kirkuk", "Kirkuk", "city"),
      trap="village missing from the gazetteer"),
    S("Farmers returned to the village of Kolajo in Khanaqin after the harvest.",
      P("Kolajo", None, "village"), P("Khanaqin", "Khānaqīn", "city"),
      trap="village missing from the gazetteer"),
    S("Sheikh Salman al-Jubouri met tribal leaders in Hawija.",
      P("Hawija", "Al-Hawiga", "district"), trap="person Salman"),
    S("Turkish drones struck a car near Sinjar, killing two.", P("Sinjar", "Sinjār", "town"),
      trap="adjective Turkish"),
    S("ERBIL, March 12 - Schools reopened after the spring holiday.",
      P("ERBIL", "Erbil", "city"), trap="dateline in capitals"),
    S("Ahmad Hassan, a teacher from Daquq, said the water had been cut for days.",
      P("Daquq", "Dāqūq", "town"), trap="person Ahmad"),
    S("A sign reading Welcome to Kurdistan stands at the Kalak checkpoint.",
      P("Kurdistan", "Kurdistan Region", "region"), P("Kalak", "Xebat", "town"),
      trap="Welcome"),
    S("Iranian artillery shelled hills near the border with Iran outside Penjwen.",
      P("border with Iran", "Iran-Iraq border", "border"), P("Iran", "Iran", "country"),
      P("Penjwen", "Baynjiwayn", "town"), trap="adjective Iranian"),
)
# fmt: on


class _Candidate(Protocol):
    name_en: str
    kind: str
    id: str
    lat: float


class _Mention(Protocol):
    text: str
    start: int
    end: int
    candidate: _Candidate


def same_kind(a: str, b: str) -> bool:
    """Kinds compared as gold and parser use them: a city and a town are both the settlement
    (GeoNames splits them by population), every other kind stands alone."""
    return KIND_GROUPS.get(a, a) == KIND_GROUPS.get(b, b)


def _right(place: GoldPlace, span: tuple[int, int], mention: _Mention) -> bool:
    """Whether a mention resolves the gold place: same ``name_en`` and kind; for a place the
    gazetteer lacks (None), unresolved, of the gold kind and with the gold span exactly."""
    c = mention.candidate
    if place.name_en is None:
        unresolved = not getattr(c, "id", "") or not math.isfinite(c.lat)
        return unresolved and same_kind(c.kind, place.kind) and (mention.start, mention.end) == span
    return c.name_en == place.name_en and same_kind(c.kind, place.kind)


def _got(mention: _Mention) -> tuple[str, str, str]:
    """What the parser gave: surface, ``name_en``, kind."""
    return mention.text, mention.candidate.name_en, mention.candidate.kind


def _error_recorder(
    errors: list[dict[str, object]], index: int, sentence: GoldSentence
) -> Callable[[str, str, object, object], None]:
    """A function appending one error about ``sentence`` to ``errors``."""

    def error(kind: str, surface: str, expected: object, got: object) -> None:
        errors.append({"sentence": index, "text": sentence.text, "error": kind,
                       "surface": surface, "expected": expected, "got": got})  # fmt: skip

    return error


def score(
    mentions_by_sentence: Sequence[Sequence[_Mention]],
    gold: Sequence[GoldSentence] = ARABIC + ENGLISH,
) -> dict[str, object]:
    """Score predicted mentions against the gold sentences.

    Parameters
    ----------
    mentions_by_sentence
        One sequence of mentions (``start``, ``end``, ``text``, ``candidate``) per sentence
        of ``gold``, in the same order.
    gold
        The gold sentences (default: ``ARABIC + ENGLISH``).

    Returns
    -------
    dict
        ``precision`` and ``recall`` (a mention is right when it overlaps a gold place and
        resolves it: same ``name_en`` and kind; a place the gazetteer lacks must come
        unresolved, of its kind, with its exact span), ``detection_precision`` and
        ``detection_recall`` (overlap only), the counts, ``trap_sentences_right`` (share of
        trap sentences without an error) and ``errors``: dicts with ``sentence`` (index),
        ``text``, ``error`` (``false place``, ``missed``, ``wrong place``), ``surface`` (the
        gold surface; the predicted one for a false place), ``expected`` (``name_en``, kind)
        and ``got`` (surface, ``name_en``, kind).
    """
    if len(mentions_by_sentence) != len(gold):
        raise ValueError(f"{len(mentions_by_sentence)} mention lists for {len(gold)} sentences")
    counts = dict.fromkeys(("predicted", "gold", "detected", "right"), 0)
    errors: list[dict[str, object]] = []
    traps = trap_errors = 0
    for index, (sentence, mentions) in enumerate(zip(gold, mentions_by_sentence, strict=True)):
        before = len(errors)
        free = list(mentions)
        counts["predicted"] += len(free)
        counts["gold"] += len(sentence.places)
        error = _error_recorder(errors, index, sentence)
        for place, (start, end) in zip(sentence.places, sentence.spans(), strict=True):
            over = [m for m in free if m.start < end and start < m.end]
            if not over:
                error("missed", place.text, (place.name_en, place.kind), None)
                continue
            best = next((m for m in over if _right(place, (start, end), m)), over[0])
            free.remove(best)
            counts["detected"] += 1
            if _right(place, (start, end), best):
                counts["right"] += 1
            else:
                error("wrong place", place.text, (place.name_en, place.kind), _got(best))
        for m in free:
            error("false place", m.text, None, _got(m))
        if sentence.trap:
            traps += 1
            trap_errors += len(errors) > before
    n_pred, n_gold = max(counts["predicted"], 1), max(counts["gold"], 1)
    return {
        "precision": counts["right"] / n_pred,
        "recall": counts["right"] / n_gold,
        "detection_precision": counts["detected"] / n_pred,
        "detection_recall": counts["detected"] / n_gold,
        **counts,
        "trap_sentences": traps,
        "trap_sentences_right": (traps - trap_errors) / traps if traps else float("nan"),
        "errors": errors,
    }


def check_gold(gold: Sequence[GoldSentence] = ARABIC + ENGLISH) -> list[str]:
    """Gold names the gazetteer does not hold for their surface and kind (should be empty)."""
    from geo_disputed import geocode

    problems = []
    for sentence in gold:
        for place in sentence.places:
            found = geocode(place.text, limit=20, fuzzy=False)
            exact = [c.name_en for c in found if c.score >= 1.0 and same_kind(c.kind, place.kind)]
            if place.name_en is None and exact:
                problems.append(f"{place.text!r}: gold None, gazetteer has {exact}")
            elif place.name_en is not None and place.name_en not in exact:
                problems.append(f"{place.text!r} ({place.kind}): gold {place.name_en!r}, "
                                f"gazetteer {exact or 'nothing'}")  # fmt: skip
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """Geoparse the gold sentences with the current code; print figures and errors."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", help="boundaries directory (gold assumes none)")
    parser.add_argument("--check", action="store_true", help="check gold names in the gazetteer")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from geo_disputed import geoparse
    from geo_disputed.geo.boundaries import gazetteer_for

    if args.check:
        problems = check_gold()
        print(f"gold names checked: {len(problems)} problem(s)")
        for p in problems:
            print(f"  {p}")
    for lang, gold in (("ar", ARABIC), ("en", ENGLISH)):
        gazetteer = gazetteer_for(args.boundaries)
        found = [geoparse(s.text, lang=lang, gazetteer=gazetteer) for s in gold]
        r = score(found, gold)
        print(f"\n{lang}: {len(gold)} sentences ({r['trap_sentences']} with traps), "
              f"{r['gold']} gold places, {r['predicted']} predicted")  # fmt: skip
        print(f"  precision {r['precision']:.3f}  recall {r['recall']:.3f}  (detection only: "
              f"{r['detection_precision']:.3f} / {r['detection_recall']:.3f}); trap sentences "
              f"without an error {r['trap_sentences_right']:.2f}")  # fmt: skip
        for e in r["errors"]:
            trap = gold[e["sentence"]].trap
            note = f"  (trap: {trap})" if trap else ""
            print(f"  [{e['sentence']:>2}] {e['error']:<11} {e['surface']!r}: expected "
                  f"{e['expected']}, got {e['got']}{note}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
