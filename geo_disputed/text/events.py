"""Events from news text: what happened, where, when, how many, who (ACLED-style).

:func:`extract_events` reads one article (Arabic, English or both) and returns the reported
incidents in it: attacks, clashes, strikes, explosions, arrests, abductions and deployments,
typed in ACLED's event and sub-event types. It is a rule coder, offline and fast:

* **triggers** are closed-class words and phrases of both languages (:data:`TRIGGERS`),
  matched on folded tokens (:func:`geo_disputed.text.normalize.fold_arabic`) with the
  Arabic proclitics و ف ب ل ك and the article stripped;
* a trigger is **not** an event when its clause is negated or denied (نفى، لم، denied, no),
  an anniversary (ذكرى، anniversary), future or intended (سوف، سيتم، will, plans to, to
  attack), conditional, a question, generic (المتكررة، repeated, since 2014, any attack),
  background (in January, last year, "two years after"), a court's sentence, the charge of
  an arrest ("suspected of planting bombs"); clashes in a sentence about protesters are left
  to a demonstration coder;
* **where**: the geoparser's mentions (:func:`geo_disputed.text.geoparser.geoparse`) in the
  same sentence, scored by how they attach to the trigger (a target noun such as حقل/field or
  مطار/airport, a locative preposition, the object of the attack verb; after the trigger
  beats before it, the same clause beats the next), never a speaker ("Baghdad said",
  محافظ كركوك); the finest of a chain (``a village in Daquq district``) is kept;
* **when**: an explicit date in the sentence (parsed with ``dateparser``), a weekday or
  relative word (يوم الاثنين، أمس، فجر اليوم, on Monday, yesterday, last night) resolved
  against the report date (a dateline's date, ``KIRKUK, March 3 (Reuters) -``, is the
  story's own and replaces it), the last date expression earlier in the article, else the
  report date; with no report date and no explicit date the date is ``None``, never
  invented;
* **how many**: deaths and wounded from digits, Arabic-Indic digits and number words of both
  languages, the Arabic dual (مقتل جنديين = 2), ranges (low, high), and explicit zeros
  (دون وقوع إصابات, no casualties);
* **who**: attacker and target hints from ``data/event_actors.csv``.

Sentences reporting the same incident (a headline and its lead, "the attack killed ...")
merge into one event; a sentence naming another place (or "another attack") starts a new one,
and so does a clause of one sentence with its own trigger and place ("rockets hit X and a
drone struck Y").
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from geo_disputed.crs import geodesic_km
from geo_disputed.curated import data_path, read_rows
from geo_disputed.errors import GeoDisputedError
from geo_disputed.text.normalize import WORD_MARKS, fold_arabic, fold_latin

if TYPE_CHECKING:
    from geo_disputed.text.gazetteer import Gazetteer
    from geo_disputed.text.geocoder import Candidate
    from geo_disputed.text.geoparser import Mention

__all__ = ["TRIGGERS", "Actor", "Event", "extract_events", "load_actors", "parse_number"]

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRATEGIC = "Strategic developments"
DISRUPTED = "Disrupted weapons use"  # a STRATEGIC sub-event type: a bomb defused, a cache seized

# --- tokens ---------------------------------------------------------------------------------

# letters and digits, with the marks inside Arabic words (قُتل is one word; the plain pattern
# where a text has none, as most have, is twice as fast); _ splits (#سيول_الاردن)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_MARKED_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{WORD_MARKS}])*(?:['’][^\W_]+)?")
_MARK = re.compile(f"[{WORD_MARKS}]")
_PROCLITICS = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل", "ال")
_SINGLE = ("و", "ف", "ب", "ل", "ك")
_FINAL_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanween, vowels, shadda
_SUFFIXES = ("هما", "ها", "هم", "وا")


@lru_cache(maxsize=100_000)
def _fold(word: str) -> str:
    """Folded key of one word: Arabic variants, case and diacritics away."""
    return fold_latin(fold_arabic(word)).lower().replace("’", "'")


@lru_cache(maxsize=100_000)
def _variants(word: str) -> tuple[str, ...]:
    """The folded word, then the forms with its proclitics (و ف ب ل ك ال) and a pronoun
    suffix stripped, longest first (Arabic only)."""
    key = _fold(word)
    if not key or not ("\u0600" <= key[0] <= "\u06ff"):
        return (key,)
    out = [key]
    for p in _PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 2:
            out.append(key[len(p) :])
    for p in _SINGLE:
        if key.startswith(p) and len(key) - 1 >= 3:
            rest = key[1:]
            out.append(rest)
            if rest.startswith("ال") and len(rest) > 3:
                out.append(rest[2:])
    # the pronoun ه (اختطفه، اختطافه), not a ta marbuta that folding made ه (محافظة)
    him = word.rstrip(_FINAL_MARKS).endswith("ه")
    for form in list(out):
        for s in _SUFFIXES:
            if form.endswith(s) and len(form) - len(s) >= 3:
                out.append(form[: -len(s)])
        if him and form.endswith("ه") and len(form) >= 5:
            out.append(form[:-1])
        if form.endswith("ا") and len(form) >= 4:
            out.append(form[:-1])  # tanween alif of the accusative: صاروخا
    return tuple(dict.fromkeys(out))


class _Tok(NamedTuple):  # a tuple: built for every word of every sentence, so kept cheap
    start: int
    end: int
    raw: str
    keys: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.keys[0]

    def has(self, words: frozenset[str]) -> bool:
        return any(k in words for k in self.keys)


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    """The words of text[start:end]; "May" inside a sentence is the month, not the modal."""
    stop = len(text) if end is None else end
    return [
        _Tok(
            m.start(),
            m.end(),
            m.group(),
            _MONTH_MAY if m.group() == "May" and m.start() > start else _variants(m.group()),
        )
        for m in (_MARKED_WORD if _MARK.search(text, start, stop) else _WORD).finditer(
            text, start, stop
        )
    ]


_MONTH_MAY = ("may (month)",)


def _w(words: str) -> list[str]:
    """The space-separated words of ``words`` (keeps the word tables short)."""
    return words.split()


def _keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_fold(w) for w in words)


# --- triggers -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Trigger:
    words: tuple[str, ...]  # folded keys, one per token
    event_type: str
    sub_event_type: str
    strength: float  # 0..1: how surely the word reports a violent event
    cue: str = ""  # what else must show violence (see _CUE_FORMS); "" when the word suffices
    hazard_weak: bool = False  # a natural hazard, illness or accident also explains it

    @property
    def casualty_only(self) -> bool:
        """A death or wound word ("killed"): it types an event only when nothing else does."""
        return self.cue == "casualty"


_T = tuple[str, str, str, float]
#: (forms separated by |, event type, sub-event type, strength). Multi-word forms match token
#: by token; every form is folded (hamza, ta marbuta, case) before matching.
TRIGGERS: tuple[_T, ...] = (
    # air and drone strikes
    ("drone|drones|drone strike|drone strikes|drone attack|drone attacks|airstrike|airstrikes"
     "|air strike|air strikes|air raid|air raids|warplanes|warplane|fighter jets|uav|strike"
     "|strikes|jets|f-16|f-16s",
     REMOTE, "Air/drone strike", 0.9),
    ("طائرة مسيرة|طائرات مسيرة|طائره مسيره|مسيرة مفخخة|مسيرات مفخخة|طائرة بدون طيار"
     "|طائرات بدون طيار|غارتان|غارتين|طائرتان مسيرتان|طائرتين مسيرتين|غارة|غارات|ضربة|ضربات"
     "|غارة جوية|غارات جوية|ضربة جوية|ضربات جوية|قصف جوي|قصفا جويا|درون|الطيران الحربي",
     REMOTE, "Air/drone strike", 0.9),
    # a rocket-propelled grenade is a fighter's weapon: in a clash (ACLED: Battles)
    ("rocket-propelled grenade|rocket-propelled grenades|rpg|rpgs|قذائف ار بي جي|قذيفة ار بي جي"
     "|ار بي جي|قاذفات ار بي جي", BATTLES, "Armed clash", 0.7),
    # rockets, missiles, artillery
    ("rocket|rockets|missile|missiles|mortar|mortars|mortar shells|shelling|shelled|shells"
     "|artillery|katyusha|projectile|projectiles",
     REMOTE, "Shelling/artillery/missile attack", 0.85),
    ("صاروخ|صواريخ|صاروخي|صاروخية|صاروخين|قذيفة|قذائف|قذيفتين|هاون|قصف|قصفت|قصفا|مدفعي|مدفعية"
     "|كاتيوشا|الكاتيوشا|صاروخان|قذيفتان|قذائف هاون|تقصف|يقصف",
     REMOTE, "Shelling/artillery/missile attack", 0.85),
    # explosives
    ("ied|ieds|roadside bomb|roadside bombs|explosive device|explosive devices|landmine"
     "|landmines|car bomb|car bombs|sticky bomb|bomb|bombs|bombing|bombings|blast|explosion"
     "|explosions|exploded|detonated|blew up|blow up|blown up|blowing up",
     REMOTE, "Remote explosive/landmine/IED", 0.8),
    ("planted explosives|planting explosives", REMOTE, "Remote explosive/landmine/IED", 0.7),
    ("عبوة ناسفة|عبوات ناسفة|عبوة|عبوات|عبوتين|لاصقة|لغم|الغام|سيارة مفخخة|مفخخة|انفجار|انفجرت"
     "|انفجر|تفجير|تفجيرات|تفجيري|تفجيرية|عبوتان|عبوتين|عبوتان ناسفتان|عبوتين ناسفتين",
     REMOTE, "Remote explosive/landmine/IED", 0.8),
    ("suicide bomber|suicide bombers|suicide bombing|suicide attack|suicide vest",
     REMOTE, "Suicide bomb", 0.95),
    ("انتحاري|انتحارية|انتحاريين|حزام ناسف", REMOTE, "Suicide bomb", 0.95),
    # battles
    ("clash|clashes|clashed|firefight|gunfight|gun battle|ambush|ambushed|fighting broke out"
     "|exchanged fire|exchange of fire|battle|battles",
     BATTLES, "Armed clash", 0.85),
    ("اشتباك|اشتباكات|اشتبك|اشتبكت|اشتبكوا|كمين|كمينا|مواجهات|مواجهة مسلحة|معارك|معركة"
     "|تبادل اطلاق النار|تبادل لاطلاق النار|نزاع مسلح|نزاعا مسلحا|نزاع عشائري|نزاعا عشائريا"
     "|النزاع العشائري",
     BATTLES, "Armed clash", 0.85),
    # attacks (typed by the target: civilians -> violence against civilians)
    ("attack|attacks|attacked|attacking|assault|assaulted|opened fire|raid|raided|stormed"
     "|targeted|targeting",
     BATTLES, "Armed clash", 0.7),
    # killings of one unarmed person (typed a battle again when the target is an armed force)
    ("shot dead|gunned down|shot him|shot her|shot them|shot and killed|assassinated"
     "|assassination|executed|اغتيال|اغتيل|اغتال|اغتالت|يغتالون|يغتال|تغتال"
     "|اغتالوا|اعدم|اعدمت|اعدموا",
     VAC, "Attack", 0.8),
    ("هجوم|هجوما|هجمات|هجمة|هاجم|هاجمت|هاجموا|يهاجم|تهاجم|استهداف|استهدف|استهدفت|استهدفوا"
     "|يستهدف|تستهدف|اعتداء"
     "|اعتداءات|اطلاق نار|اطلاق النار|اطلقوا النار|اطلق النار|فتح النار|فتحوا النار"
     "|فتحت النار|مداهمة|داهمت|داهموا",
     BATTLES, "Armed clash", 0.7),
    # deaths alone (an event only with another sign of violence: see _corroborated)
    ("killed|killing|kills|dead|died|death|deaths|lost their lives|kill|slain|martyred",
     BATTLES, "Armed clash", 0.45),
    ("مقتل|قتل|قتلى|قتيل|قتيلا|قتيلين|مصرع|استشهاد|استشهد|استشهدوا|لقي حتفه|لقوا حتفهم",
     BATTLES, "Armed clash", 0.45),
    # wounded alone (the same: "two Peshmerga fighters were wounded in Qarachogh")
    ("wounded|injured|wounding|injuring|wounds|injures|اصابة|اصيب|اصيبت|اصيبوا|جرح|جرحى|جريح|جريحا|جرحوا",
     BATTLES, "Armed clash", 0.45),
    # arrests, abductions, deployments
    ("arrested|arrest|arrests|detained|apprehended|captured|taken into custody|rounded up",
     STRATEGIC, "Arrests", 0.75),
    ("اعتقال|اعتقلت|اعتقل|اعتقلوا|تعتقل|يعتقل|القبض|احتجاز|احتجزت|الاطاحة|اطاحت|يطيح|تطيح",
     STRATEGIC, "Arrests", 0.75),
    ("abducted|kidnapped|kidnapping|abduction", VAC, "Abduction/forced disappearance", 0.8),
    # a cache or hideout found or seized (an event only after a word of _SEIZE: _seized)
    ("cache|caches|stash|arms depot|weapons depot|hideout", STRATEGIC, DISRUPTED, 0.6),
    ("مضافة|وكر|مخبا|كدس|اكداس", STRATEGIC, DISRUPTED, 0.6),
    ("اختطاف|اختطف|اختطفت|خطف|خطفوا|اختطفوا|اختطفوه|اقتادوا|اقتادوه|اقتادت|اقتاد", VAC,
     "Abduction/forced disappearance", 0.8),
    # a body found: a death word, an event only beside a sign of violence (_corroborated;
    # floods and fires also leave bodies)
    ("found dead|found the body|body was found|bodies were found|body of a|body of an"
     "|bodies of|العثور على جثة|عثر على جثة|عثرت على جثة|العثور على جثث|جثة|جثث|جثتي|جثتين",
     VAC, "Attack", 0.45),
    ("deployed|reinforcements|redeployed|deploying|took up positions", STRATEGIC,
     "Change to group/activity", 0.6),
    ("curfew|curfews|حظر التجوال|حظر تجوال|حظرا للتجوال|حظر للتجوال", STRATEGIC, "Other", 0.7),
    ("نشرت|انتشار|انتشرت|تعزيزات|تعزيزات عسكرية", STRATEGIC, "Change to group/activity", 0.6),
)  # fmt: skip

_KILL_STRENGTH = 0.45

#: Forms that report violence only beside another sign of it in their sentence, by what
#: that sign must be (:func:`_corroborated`): a bare drone (drone footage of a flood), a
#: bare عبوة (also a bottle, a pack), "targeted" (a campaign targeting families), a
#: deployment (انتشار is also the spread of a virus), "captured" (on camera). Death words
#: (casualty_only) need a sign too: "84 people have died" in a wildfire is no event.
_CUE_FORMS = {
    "weapon": "drone|drones|uav|jets|درون|عبوة|عبوات|عبوتين|عبوتان",  # also footage, airliners
    "target": "targeted|targeting|استهداف|استهدف|استهدفت|استهدفوا|يستهدف|تستهدف",
    "force": "deployed|reinforcements|redeployed|deploying|took up positions|نشرت|انتشار|انتشرت"
    "|تعزيزات|captured",
    "mine": "landmine|landmines|لغم|الغام",  # also a find of old ordnance: needs a blast
    "strike": "strike|strikes|ضربة|ضربات",  # also a labour or hunger strike, a football shot
}
#: Collocations in which a trigger word names no violence (each folded, matched around the
#: trigger): weather, medicine, fun, pictures, flares.
_NOT_VIOLENCE = tuple(
    tuple(_fold(w) for w in p.split())
    for p in (
        "bomb cyclone", "heart attack", "heart attacks", "panic attack", "asthma attack",
        "bomb disposal", "bomb squad",
        "anxiety attack", "had a blast", "drone footage", "drone video", "drone videos",
        "drone images", "drone photos", "drone view", "drone camera", "drone shot",
        "قذائف اضاءة", "قذائف انارة", "قذائف تنوير", "قنابل دخانية", "tyre explosion",
        "اثار اطلاق نار", "اثار اطلاق النار", "اثار اطلاقات", "اثار طلقات", "tire explosion",
        "tyre burst", "انفجار اطار", "انفجار الاطار", "انفجار اطارات",
    )
)  # fmt: skip
#: Forms a natural hazard, an illness or an accident also explains (the explosion of a gas
#: cylinder, a "battle" against a fire, floods that "raided" a village, a heart attack): in
#: a sentence naming one (:data:`_HAZARD`) they need a hostile trigger or word beside them.
_HAZARD_WEAK_FORMS = (
    "explosion|explosions|exploded|blast|blasts|battle|battles|attack|attacks|attacked"
    "|attacking|assault|assaulted|raid|raided|stormed|انفجار|انفجرت|انفجر|معركة|معارك|هجوم"
    "|هجمة|مداهمة|داهمت|داهموا|اعتداء|curfew|curfews|حظر التجوال|حظر تجوال|حظرا للتجوال"
    "|حظر للتجوال|deployed|deploying"
)


def _form_keys(forms: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(_fold(w) for w in _WORD.findall(f)) for f in forms.split("|"))


def _build_triggers() -> dict[str, list[_Trigger]]:
    table: dict[str, list[_Trigger]] = {}
    cues = {words: kind for kind, forms in _CUE_FORMS.items() for words in _form_keys(forms)}
    weak = _form_keys(_HAZARD_WEAK_FORMS)
    for forms, etype, sub, strength in TRIGGERS:
        for form in forms.split("|"):
            words = tuple(_fold(w) for w in _WORD.findall(form))
            cue = "casualty" if strength <= _KILL_STRENGTH else cues.get(words, "")
            trig = _Trigger(words, etype, sub, strength, cue, bool(cue) or words in weak)
            table.setdefault(words[0], []).append(trig)
    for lst in table.values():
        lst.sort(key=lambda t: -len(t.words))
    return table


_TRIGGER_TABLE = _build_triggers()


_DISRUPTED = _Trigger((), STRATEGIC, DISRUPTED, 0.6)


@dataclass(frozen=True)
class _Hit:
    trigger: _Trigger
    i: int  # token index of the first word
    n: int  # tokens spanned


def _find_triggers(toks: list[_Tok]) -> list[_Hit]:
    hits: list[_Hit] = []
    i = 0
    while i < len(toks):
        found = None
        for key in toks[i].keys:
            for trig in _TRIGGER_TABLE.get(key, ()):
                n = len(trig.words)
                if i + n <= len(toks) and all(
                    trig.words[k] in toks[i + k].keys for k in range(1, n)
                ):
                    if found is None or n > found.n:
                        found = _Hit(trig, i, n)
                    break
        if found is not None:
            hits.append(found)
            i += found.n
        else:
            i += 1
    return hits


# --- what makes a trigger not an event ------------------------------------------------------

_DENIAL = _keys(
    _w(
        "نفى نفت ينفي تنفي نفي نافية عارية عار شائعات شائعة مزاعم ملفقة كذبت denied denies deny "
        "denial rumours rumors false hoax fabricated debunked purporting purported purportedly"
    )
)
# "no such attack took place", لم يقع أي هجوم: a denial in other words (not لم يقع ضحايا,
# "no casualties": an incident noun must follow)
_DID_NOT_HAPPEN = tuple(
    tuple(_fold(w) for w in p.split())
    for p in ("did not take place", "never happened", "did not happen", "never took place")
)
_NOT_OCCUR = frozenset(_fold(w) for w in _w("يقع تقع"))


def _did_not_happen(toks: list[_Tok]) -> bool:
    """Whether the sentence says an incident did not happen: one of :data:`_DID_NOT_HAPPEN`, or
    لم يقع / لم تقع with an incident noun within the three words after it."""
    keys = [t.key for t in toks]
    if _has_phrase(keys, _DID_NOT_HAPPEN):
        return True
    return any(
        keys[k] == _fold("لم")
        and k + 1 < len(keys)
        and keys[k + 1] in _NOT_OCCUR
        and any(_incident_word(w) for t in toks[k + 2 : k + 5] for w in t.keys)
        for k in range(len(keys) - 1)
    )


# A past the report does not date: the event's day stays unknown, not the report's
_VAGUE_PAST = re.compile(
    r"\b(?:(?:a few )?days ago|in recent days|earlier this week|in a recent operation)\b"
    r"|قبل أيام|قبل ايام|خلال الأيام الماضية|خلال الايام الماضية|في الأيام الأخيرة",
    re.IGNORECASE,
)
# "gathered to mark 12 years since militants swept into Sinjar": an anniversary
_MARKING_YEARS = re.compile(r"\b(?:to mark|marking|marked)\s+(?:\w+\s+){0,2}years\b", re.I)
# A court's sentence, a trial or a confession is not the violence it tells of.
_COURT = _fold("محكمة")
_PRECISE_AFTER = frozenset(_fold(w) for w in _w("عملية عمليات جوي ضربة ضربات خطة بطريقة أمنية"))
_JUDICIAL = _keys(
    _w(
        "sentenced sentencing court trial convicted verdict confessed confession confessions "
        "محكمة المحكمة محاكمة حكمت قضت بالاعدام بالسجن اعترف اعترفت اعترافات باعترافه اعترافه"
    )
)
_PROTEST = _keys(
    _w(
        "protest protests protesters protestors demonstrators demonstration rally متظاهرين "
        "متظاهرون محتجين محتجون تظاهرة تظاهرات احتجاجات احتجاج"
    )
)
_ANNIVERSARY = _keys(
    _w(
        # (not احياء: folded, إحياء "commemorating" is أحياء "neighbourhoods")
        "ذكرى الذكرى ذكراها استذكار تستذكر يستذكر anniversary anniversaries commemorate "
        "commemorated commemorating commemoration commemorates memorial funeral funerals "
        "mourners تشييع وشيع شيع جنازة عزاء"
    )
)
# A mass grave opened, remains exhumed: the killing is history. (Not "grave" or "remains",
# which are also "a grave concern", "the toll remains unclear".)
_EXHUMATION = _keys(_w("exhumation exhumations exhumed exhuming مقبرة المقابر مقابر رفات الرفات"))
# An exercise simulates the violence it names.
_DRILL = _keys(
    _w("drill drills exercise exercises تمرين التمرين مناورة مناورات المناورة المناورات")
)
# Before the trigger in its clause: future, intent, condition, call, hypothesis.
_INTENT = _keys(
    _w(
        "سوف سيتم ستتم سيقوم ستقوم سيشن ستشن سينفذ ستنفذ سيستهدف ستستهدف يعتزم تعتزم تخطط "
        "يخطط تنوي ينوي يخشون يخشى تخشى تهدد يهدد هدد هددت توعد توعدت اذا إذا لو حال تحذر "
        "يحذر حذر حذرت دعا "
        "دعت يدعو تدعو طالب طالبت يطالب تطالب لمنع لمواجهة لمكافحة للتصدي لصد منع مكافحة "
        "التصدي خشية تخوف مخاوف محتمل محتملة احتمال اي لتنفيذ ستكون سيكون ينبغي يجب قد will "
        "would could may might shall plans plan planned planning intends intend threatened "
        "threatens threaten vowed vows warned warns if unless whether urged urges called "
        "calls prevent prevention counter countering combat combating fears feared possible "
        "potential any should must"
    )
)
#: What an agency fights, after an intent word in its name (Counter-Terrorism Service).
_AGENCY_OBJECT = _keys(_w("terrorism terror الارهاب ارهاب الإرهاب"))
_MODAL_AFTER = _keys(_w("could would will may might قد سوف ستستمر ستتواصل"))
# "the remnants can still strike", "militants could attack": a modal before the trigger
_MODAL_BEFORE = frozenset(_w("can could would will may might should cannot"))
_MODAL_GAP = frozenset(_w("still also easily yet again not never"))
_ADVERBS = frozenset(_w("fully soon quickly gradually partly partially also"))
_ABILITY = frozenset(
    _fold(w) for w in _w("القدرة قادر قادرة قادرون بامكانه بإمكانه capable ability")
)
# what follows a participle that is a verb, not an adjective ("of those detained in Kirkuk")
_AFTER_PARTICIPLE = frozenset(
    _w("by in at on near during when after as from with and or to the a an")
)
_ACCUSED = _keys(_w("accused charged بتهمة بتهم المتهمين متهم"))  # reach further back
_SUBJECTED = _keys(_w("تعرض تعرضت تعرضه تعرضها تعرضوا لتعرض"))  # تعرض لهجوم: "came under"
# "arrested a man over the bombing", "detained in connection with an attack": what the arrest
# is for, words before that incident's trigger after an arrest's (Arabic: _CHARGE, بتهمة)
_ARRESTED = frozenset(
    _w("arrested arrest arrests detained detain detains captured apprehended nabbed held")
)
_ARREST_CAUSE = (("over",), ("for",), ("behind",), ("connection", "with"), ("role", "in"),
                 ("responsible", "for"), ("part", "in"), ("linked", "to"))  # fmt: skip
_CHARGE = _keys(
    _w(
        "suspected suspect accused charged charges wanted involvement involved يشتبه بتهمة "
        "بتهم تهمة متهم متهمين بتورطه لتورطه المتورطين المتهمين بزرع"
    )
)
# Plural nouns of incidents: after a count of four or more they make a tally (see _tally).
_INCIDENTS = _keys(
    _w(
        "attacks bombings explosions clashes incidents assaults raids ambushes airstrikes "
        "strikes هجمات هجوما اعتداءات تفجيرات انفجارات اشتباكات عمليات حوادث غارات كمائن ضربات "
        "حالات"  # (سبع حالات): seven cases
    )
)
_TALLY = 4
# ... and singular, as Arabic counts of eleven and more take them: (١٢) ضربة جوية
_INCIDENT = _keys(_w("ضربة غارة هجوم هجوما عملية تفجير تفجيرا اعتداء اشتباك اشتباكا حادثة كمين"))
_SEIZE = _keys(
    _w(
        "seized seizing seizure found finding defused defusing dismantled dismantling cache "
        "seize seizes defuse defuses dismantle dismantles "
        "contained containing "
        "ضبط وضبط ضبطت تفكيك وتفكيك فككت العثور وعثر عثرت مخبا مضافة"
    )
)
# "shot him several times": how often, not a habit
_TIMES = frozenset({"several", "many"})
_OBJECT = frozenset({"him", "her", "them", "it"})
_SERIES = frozenset({"string", "series", "wave", "spate", "number", "handful"})
_DEFINITE = frozenset({"the", "these", "those", "such", "previous", "earlier", "prior", "past"})
_HEARD = _keys(_w("heard sound sounds سمع سمعت سماع اصوات صوت"))
_CELEBRATION = _keys(
    _w("celebratory celebration celebrations wedding ابتهاج ابتهاجا احتفال احتفالا عرس زفاف")
)
_GUNFIRE = _keys(_w("gunfire shots shooting نار النار"))
_TRIBAL = frozenset(_fold(w) for w in _w("عشائري عشائريا العشائري tribal"))
_INTERCEPT = _keys(
    _w("intercepted intercepting interception downed اسقاط بإسقاط واسقاط اعترضت اعتراض")
)
_HOVER = _keys(_w("circled circling hovered hovering flew flying حلقت تحلق يحلق حلق تحليق"))
_SEPARATE = _keys(_w("separate منفصلة منفصلين منفصلتين"))
_DUAL_INCIDENTS = _keys(_w("هجومين هجومان حادثين حادثتين تفجيرين عمليتين"))
_CONDEMN = _keys(_w("condemned condemns condemn denounced ادان ادانت يدين تدين استنكر استنكرت شجب"))
# Present tenses of trigger verbs, and English present verbs that take a trigger as object.
_IMPERFECT = _keys(_w("يستهدف تستهدف يقصف تقصف يهاجم تهاجم يعتقل تعتقل"))
_PRESENT = _keys(
    _w(
        "plant plants carry carries launch launches use uses fire fires lay lays conduct "
        "conducts stage stages mount mounts"
    )
)
_ANY = _keys(["any", "اي", "لاي", "باي"])  # folded: أي، لأي، بأي
_NEGATION = _keys(
    [
        "لم",
        "لن",
        "لا",
        "ليس",
        "ليست",
        "ولم",
        "عدم",
        "no",
        "not",
        "never",
        "without",
        "none",
        "nobody",
    ]
)
# Anywhere in the clause: a generic or statistical statement, not one incident.
_GENERIC = _keys(
    _w(
        "المتكررة متكررة المتكرر متكرر المتواصلة repeated recurring frequent series wave spate "
        "مذكرا recalling intermittently sporadically sporadic periodically occasionally عادة "
        "more further statistics احصائية احصائيات repeatedly regularly routinely frequently "
        "often usually mostly typically generally tally tactics tactic relying relies rely "
        "most majority مرارا مرارًا تكرارا باستمرار غالبا عادة تكتيك اسلوب معظم معظمها اغلب "
        "اغلبها غالبية"
    )
)
_GENERIC_PHRASES = tuple(
    tuple(_fold(w) for w in p.split())
    for p in (
        "since the beginning", "so far this year", "this year", "in recent months",
        "in recent weeks", "in recent years", "over the past", "during the past", "each year",
        "every year", "per year", "the number of", "منذ بداية", "منذ مطلع", "خلال الاشهر",
        "خلال السنوات", "خلال العام", "الاشهر الماضية", "السنوات الماضية", "عدد الهجمات",
        "traffic accident", "car accident", "road accident", "حادث سير", "حادث مروري",
        "سلسلة هجمات", "سلسلة من الهجمات", "سلسلة تفجيرات", "هجمات اخري", "هجمات جديدة",
        "years ago", "سنوات من", "منذ عام", "since 2014", "in 2014", "عام 2014",
        "years after", "years since", "months after", "year after", "بعد عامين", "بعد اعوام",
        "بعد سنوات", "بعد عام على", "بعد اشهر", "على مرور", "several times", "many times",
        "سنوات سابقة", "في سنوات", "اعوام سابقة",
        "for years", "for decades", "in previous years", "previous years", "in past years",
        "weeks ago", "months ago", "accounted for", "rather than", "بدلا من", "of the attacks",
        "of these attacks",
        "عدة مرات", "مرات عدة", "لسنوات", "منذ سنوات", "السنوات السابقة", "الاعوام الماضية",
        "الاعوام السابقة", "قبل اسابيع", "قبل اشهر", "من الهجمات", "من هذه الهجمات",
        "days after", "weeks after", "this month", "every few", "every week", "every month",
        "كل بضعة", "فكل بضعة", "وكل بضعة",
        "each week", "each month", "from time to time", "بين فترة واخرى", "بين الحين والاخر",
        "من حين لاخر", "مواسم سابقة", "المواسم السابقة", "previous seasons", "past seasons",
        "بعد ايام من", "بعد اسابيع من", "هذا الشهر", "خلال الشهر", "خلال شهر", "خلال الاسبوع",
        "during the month", "over the month", "during the week", "over the week",
        "العامين الماضيين", "السنتين الماضيتين", "الاسابيع الماضية", "past two years",
        "last two years",
        # a tally's breakdown: "the attacks varied between bombs and sniping"
        "تنوعت الهجمات", "وتنوعت الهجمات", "توزعت الهجمات", "وتوزعت الهجمات", "varied between",
        # the summer's strikes; "from time to time"
        "during the summer", "over the summer", "this summer",
        "خلال الصيف", "بين حين واخر", "بين حين واخري",
        # an incident like an earlier one, a season gone, "recalling": background
        "هجوم مماثل", "هجمات مماثله", "هجوما مماثلا", "a similar attack", "similar attacks",
        "مطلع الصيف", "الصيف الماضي", "الشتاء الماضي", "last summer", "last winter",
        # the Arabic asides that bring in background: "it is worth mentioning that"
        "يذكر ان", "ويذكر ان", "يشار الي ان", "ويشار الي ان", "تجدر الاشاره", "وتجدر الاشاره",
        "يذكر ان", "ويذكر ان", "يشار الى ان", "ويشار الى ان", "الجدير بالذكر", "والجدير بالذكر",
    )
)  # fmt: skip
# "... and the latest of them on X": a specific incident after a generic one.
_LATEST = _keys(["اخرها", "واخرها", "احدثها", "اخرهم", "latest", "recent", "recently"])
_RAID = _keys(_w("raid raided raids stormed مداهمة داهمت داهموا مداهمات"))
# "set up an ambush and arrested", نصب كمين محكم والقبض على: the ambush is how they arrested
_LAID = _keys(_w("نصب ونصب بنصب laid set setting"))
_AMBUSH = _keys(_w("كمين كمينا ambush"))
_PERIOD = _keys(_w("years months weeks days decades times"))
_ANOTHER = _keys(
    ["اخر", "اخري", "ثان", "ثاني", "ثانية", "منفصل", "منفصلة", "another", "separate", "second"]
)
# "attack" as criticism: a verb of attack beside a politician, a government or a policy
_ATTACK_VERBS = _keys(_w("attack attacks attacked attacking هاجم هاجمت هاجموا يهاجم تهاجم هجوما"))
_POLITICAL = _keys(
    _w(
        "government ministry minister premier president parliament lawmaker lawmakers mp mps "
        "politician politicians opposition policy policies decision handling statement media "
        "critics rivals الحكومة حكومة الوزارة وزير الوزير رئيس البرلمان برلمان نائب نائبة النائب "
        "نواب برلماني برلمانية سياسي سياسية السياسة سياسة قرار القرار تصريحات الاعلام المعارضة "
        "ادارة"
    )
)
_KANA = _keys(["كان", "كانت", "كانوا"])  # with قد before a verb: the pluperfect
_QAD = _fold("قد")
# "after the attack, forces patrolled ...": a clause opening on an attack already told
_AFTER = _keys(_w("after following عقب بعد اثر"))
# A natural hazard, an illness or an accident named in the sentence (see _HAZARD_WEAK_FORMS).
_HAZARD = _keys(
    _w(
        "earthquake earthquakes quake quakes tremor tremors aftershock aftershocks flood floods "
        "flooding flooded floodwaters rain rains rainfall downpour storm storms hurricane "
        "hurricanes cyclone cyclones typhoon tornado tornadoes wildfire wildfires bushfire blaze "
        "blazes firefighters inferno landslide landslides mudslide avalanche tsunami drowned "
        "drowning heatwave virus coronavirus covid pandemic epidemic cholera disease infection "
        "infections accident accidents crash crashed collision derailed electrocuted stampede "
        "زلزال زلازل هزة فيضان فيضانات سيول سيل امطار مطر عاصفة عواصف اعصار حريق حرائق غرق "
        "غرقا صاعقة فيروس كورونا كوفيد وباء جائحة تفشي عدوى حادث حوادث تصادم اصطدام دهس صعق "
        "تدافع اختناق تسمم مطرية"
    )
)
_HAZARD_PHRASES = tuple(
    tuple(_fold(w) for w in p.split())
    for p in (
        "gas cylinder", "gas leak", "short circuit", "heart attack", "technical fault",
        "electrical fault", "fire broke out", "اسطوانة غاز", "تسرب غاز", "تماس كهربائي",
        "عطل فني", "نوبة قلبية", "جلطة قلبية",
    )
)  # fmt: skip
# Signs of violence that corroborate a cue word (besides another trigger and armed actors).
_VIOLENCE = _keys(
    _w(
        "gunmen gunman militants militant terrorist terrorists insurgents jihadists sniper "
        "snipers gunfire gunshot gunshots shot shooting bullet bullets explosives explosive "
        "armed مسلحين مسلحون مسلح مسلحة ارهابي ارهابية ارهابيين ارهابيون ارهابيه قناص قناصة "
        "رصاص رصاصة بالرصاص نيران متفجرات ناسفة ناسفتين مفخخ مفخخة الاسلحة"
    )
)
# Armed forces by their common nouns (what is deployed, captures, or is killed in action), and
# civilians, a word of conflict (the victims of a flood are "people", "residents").
_FORCE = _keys(
    _w(
        "soldier soldiers troops forces army police policeman policemen officer officers "
        "brigade brigades battalion battalions regiment units fighters guards peshmerga جندي "
        "جنود جنديين قوات الجيش شرطي شرطة منتسب منتسبي عناصر عنصر لواء الوية فوج افواج كتيبة "
        "قطعات مقاتل مقاتلين حرس civilian civilians مدني مدنيين مدنيون"
    )
)
#: Members of an armed force as the object of a killing: "shot dead a soldier", اغتيال منتسب
_ARMED_VICTIM = _keys(
    _w(
        "soldier soldiers policeman policemen officer officers fighter fighters جندي جنود "
        "جنديين شرطي شرطيين منتسب منتسبي مقاتل مقاتلين ضابط ضابطا"
    )
)
#: A year in figures; one before the report's (outside a recent full date) dates background.
_YEAR = re.compile(r"(?<![\w])(?:19|20|١٩|٢٠)[0-9٠-٩]{2}(?![\w])")
#: A clause dated more days than this before the report tells of an older incident.
_OLD_DAYS = 30
# Asides on incidents told before, dated or not: a tally's highlight ("the deadliest single
# incident was a roadside bomb on June 14", وكان أبرز الحوادث خلال الشهر انفجار عبوة) and what
# a clause "comes days after"
_ASIDE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|most (?:serious|notable|prominent))\s+(?:single\s+)?"
    r"(?:incident|attack|bombing|strike)s?(?:\s+\w+){0,4}?\s+(?:was|were)\b"
    # "The interception comes days after a drone struck ...": told before
    r"|\b(?:comes?|came)\s+(?:\w+\s+){0,3}(?:days?|weeks?|hours?|months?)\s+(?:after|before)\b",
    re.IGNORECASE,
)
_ASIDE_PHRASES = tuple(
    tuple(_fold(w) for w in p.split())
    for p in ("ابرز الحوادث", "ابرز الهجمات", "اعنف الهجمات", "اخطر الحوادث", "ابرز الخروقات")
)
# A sentence that tells what social media and channels claimed, or of exhumed remains ("The
# remains belong to ..."), reports no incident
_SET_ASIDE = tuple(
    tuple(_fold(w) for w in p.split())
    for p in ("مواقع التواصل", "وسائل التواصل", "ووسائل التواصل", "social media",
              "telegram channels", "قنوات تلغرام", "the remains")
)  # fmt: skip
#: Words between a date and the incident noun it names ("the attack of 2019", هجوم عام 2021).
_DATE_LINKS = frozenset({"the", "of", "عام", "سنة", "لعام"})
_DATE_PREPOSITIONS = frozenset({"in", "since", "during", "في", "منذ", "خلال"})
_YEAR_ONLY = re.compile(r"\b(?:in|since|عام|سنة|منذ)\s+(?:19|20)\d\d\b", re.IGNORECASE)

# --- places ---------------------------------------------------------------------------------

_LOCATIVE = _keys(
    _w(
        "في على قرب عند داخل خارج بالقرب ضواحي اطراف محيط بين شمال جنوب شرق غرب شمالي جنوبي شرقي "
        "غربي شمالا جنوبا شرقا غربا وسط مدخل طريق in at near on inside outside outskirts "
        "north south east west northern southern eastern western central into across along "
        "northeast northwest southeast southwest between around"
    )
)
# "Tarmiyah, north of Baghdad", الطارمية شمال بغداد: a place after a direction that follows
# another place is only the reference point
_DIRECTION = _keys(
    _w(
        "north south east west northeast northwest southeast southwest شمال جنوب شرق غرب "
        "شمالي جنوبي شرقي غربي شمالا جنوبا شرقا غربا"
    )
)
_NEAR = _keys(
    ["قرب", "بالقرب", "ضواحي", "اطراف", "محيط", "near", "outskirts", "outside", "خارج", "around"]
)
_TARGET_NOUN = _keys(
    _w(
        "حقل مطار قاعدة مصفاة قرية ناحية قضاء معسكر مقر منشأة محطة سيطرة حاجز بلدة مدينة منطقة "
        "field airport base refinery village subdistrict district camp headquarters facility "
        "station checkpoint town city area"
    )
)
_TARGET_VERB = _keys(
    _w(
        "استهدف استهدفت استهدفوا استهداف هاجم هاجمت هاجموا ضرب ضربت ضربوا طال طالت اصاب اصابت "
        "قصف قصفت داهم داهمت hit hits struck strike targeted targeting attacked shelled "
        "pounded raided stormed"
    )
)
_SPEECH = (
    _keys(
        _w(
            "said says told stated announced reported added claimed according confirmed confirm "
            "confirms recalled recalls recounted قال قالت يقول تقول "
            "اعلن اعلنت افاد افادت ذكر ذكرت اكد اكدت اضاف اضافت صرح صرحت بيان كشف كشفت revealed"
        )
    )
    | _CONDEMN
)  # a condemnation is a statement too: "condemned on Wednesday"
_OFFICIAL = _keys(
    _w(
        "محافظ وزير رئيس حكومة برلمان مجلس قائممقام مدير قائد متحدث governor minister "
        "president government parliament council mayor spokesman spokesperson premier "
        "authorities officials police"
    )
)
_ARTICLES = frozenset({"the", "a", "an"})
_HOSPITAL = _keys(
    _w("hospital hospitals morgue مستشفى المستشفى مستشفيات مشفى العدلي river نهر النهر لنهر")
)
# Where the attackers went, and the edge of a place, not where it happened: "fled toward
# the Hamrin hills", باتجاه المناطق الوعرة، "near the border of Salahuddin", لحدود محافظة
_AWAY = _keys(_w("toward towards from باتجاه نحو صوب"))  # "a soldier from Dhi Qar"
_BORDER = _keys(_w("border borders حدود لحدود الحدود بحدود"))
_UNIT_WORD = _keys(_w("محافظة قضاء ناحية province governorate district"))
# English kind nouns before "of" and a name: the town of X
_KIND_NOUN = _keys(_w("town city village district province governorate area region subdistrict"))
_PLACE_ADJECTIVES = frozenset(
    _w("nearby neighbouring neighboring northern southern eastern western central rural restive")
)
# Arabic names the force before its place: شرطة كركوك "Kirkuk police", عمليات نينوى
_AGENCY_BEFORE = _keys(_w("شرطة الشرطة لشرطة بشرطة قيادة مديرية عمليات"))
_PRECISION_1 = frozenset({"town", "city", "village", "facility", "mountain", "valley", "camp"})
_PRECISION_2 = frozenset({"district", "subdistrict", "river"})


def _geo_precision(candidate: Candidate, near: bool) -> int | None:
    """ACLED geo_precision of a linked place: 1 a town or site, 2 near one or a district,
    3 a governorate, region, country or border; None without coordinates."""
    if not (math.isfinite(candidate.lat) and math.isfinite(candidate.lon)):
        return None
    if candidate.precision.startswith("context:"):
        unit = candidate.precision.split(":", 1)[1].strip()
        return 2 if unit in _PRECISION_2 or unit in _PRECISION_1 else 3
    if candidate.kind in _PRECISION_1:
        return 2 if near else 1
    if candidate.kind in _PRECISION_2:
        return 2
    return 3


def _rank(candidate: Candidate) -> int:
    return _geo_precision(candidate, False) or 3


def _inside(small: Candidate, big: Candidate) -> bool:
    """Whether ``small`` lies in the unit ``big`` names (by the gazetteer's admin names)."""
    if big.kind in {"country", "region"}:
        return small.kind not in {"country", "region", "border"}
    if big.kind == "governorate":
        return bool(small.admin1) and small.admin1 == big.admin1 and small.kind != "governorate"
    if big.kind in {"district", "subdistrict"}:
        return bool(small.admin2) and small.admin2 == big.admin2 and _rank(small) < 2
    return False


# --- numbers --------------------------------------------------------------------------------

_EN_UNITS = {
    w: i
    for i, w in enumerate(
        _w(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen"
        )
    )
}
_EN_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_AR_UNITS_RAW = {
    "واحد": 1, "واحدة": 1, "احد": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "اثنا": 2, "اثني": 2, "ثلاث": 3, "ثلاثة": 3, "اربع": 4, "اربعة": 4, "خمس": 5, "خمسة": 5,
    "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9,
    "تسعة": 9, "عشر": 10, "عشرة": 10,
}  # fmt: skip
_AR_TENS_RAW = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90, "مئة": 100, "مائة": 100,
}  # fmt: skip
_AR_UNITS = {_fold(k): v for k, v in _AR_UNITS_RAW.items()}
_AR_TENS = {_fold(k): v for k, v in _AR_TENS_RAW.items()}
# Vague plurals: (lowest, highest) they can mean. "dozens" is at least two dozen; Arabic
# عشرات (a plural of paucity of "ten") at least three tens; بضعة three to nine.
_VAGUE = {
    "dozens": (24, None), "scores": (40, None), "hundreds": (200, None),
    "several": (3, None), "عشرات": (30, None), "بضعة": (3, 9), "بضع": (3, 9),
    "عدة": (3, None), "مئات": (300, None), "a dozen": (12, 12),
}  # fmt: skip
_VAGUE_KEYS = {_fold(k): v for k, v in _VAGUE.items() if " " not in k}
#: Person nouns whose Arabic dual (ـين/ـان) differs from their plural, so ``مقتل جنديين``
#: is two; a bare singular after the death word is one.
_PERSON_SINGULAR = _keys(
    _w(
        "جندي شرطي عنصر شخص طفل ضابط رجل امراة مدني مواطن راع راعي مزارع منتسب مقاتل مسلح شاب "
        "موظف عامل سائق طالب مهندس صحفي امر قيادي مسؤول مختار عضو حارس soldier civilian "
        "farmer shepherd man woman child boy girl policeman officer member fighter guard "
        "driver official journalist resident worker lieutenant sergeant captain colonel "
        "corporal commander mukhtar"
    )
)
_PERSON_DUAL = _keys(
    "جنديين جنديان شرطيين شرطيان عنصرين عنصران شخصين شخصان طفلين طفلان ضابطين ضابطان "
    "رجلين رجلان امراتين امراتان قتيلين قتيلان جريحين جريحان مصابين? راعيين مزارعين? "
    "منتسبين? مسلحين? موظفين? عاملين? سائقين صحفيين? قياديين?".replace("?", "").split()
) - _keys(["مصابين", "مزارعين", "منتسبين", "مسلحين", "موظفين", "عاملين", "صحفيين", "قياديين"])


def parse_number(words: Sequence[str]) -> tuple[int, int | None, int] | None:
    """Read a count at the start of ``words`` (folded tokens).

    Returns
    -------
    tuple or None
        ``(low, high, tokens used)``; ``high`` is ``low`` for an exact count and ``None``
        for an open "at least" (``dozens``). None when the words do not start with a count.

    Examples
    --------
    >>> parse_number(["twenty", "five", "soldiers"])
    (25, 25, 2)
    >>> parse_number(["١٢"])
    (12, 12, 1)
    """
    if not words:
        return None
    w = words[0]
    if w.isdigit():
        return int(w), int(w), 1
    if w in _VAGUE_KEYS:
        low, high = _VAGUE_KEYS[w]
        return low, high, 1
    if w == "a" and len(words) > 1 and words[1] == "dozen":
        return 12, 12, 2
    if w in _EN_TENS:
        v = _EN_TENS[w]
        if len(words) > 1 and words[1] in _EN_UNITS and 0 < _EN_UNITS[words[1]] < 10:
            return v + _EN_UNITS[words[1]], v + _EN_UNITS[words[1]], 2
        return v, v, 1
    if w in _EN_UNITS:
        return _EN_UNITS[w], _EN_UNITS[w], 1
    bare = w[1:] if w.startswith("و") and w[1:] in (_AR_UNITS | _AR_TENS) else w
    if bare in _AR_UNITS:
        v = _AR_UNITS[bare]
        if len(words) > 1 and words[1] in {_fold("عشر"), _fold("عشرة")} and v < 10:
            return 10 + v, 10 + v, 2  # خمسة عشر
        if len(words) > 1 and words[1].startswith("و") and words[1][1:] in _AR_TENS:
            v += _AR_TENS[words[1][1:]]  # خمسة وعشرين
            return v, v, 2
        return v, v, 1
    if bare in _AR_TENS:
        return _AR_TENS[bare], _AR_TENS[bare], 1
    return None


_FALL = _fold("سقوط")
_FALLEN = frozenset(_fold(w) for w in _w("قتلى قتيلا قتيل ضحايا شهداء شهيدا جرحى مصابين"))
_DEATH_NOUN = _keys(
    [
        "مقتل",
        "قتل",
        "مصرع",
        "استشهاد",
        "سقوط",
        "killing",
        "kills",
        "فارق",
        "killed",
        "dead",
        "down",
        "assassinated",
        "executed",
        "اغتيال",
        "اغتال",
        "اغتالت",
        "اغتالوا",
        "اعدم",
        "اعدموا",
        "جثة",
        "جثث",
        "جثمان",
        "body",
        "bodies",
    ]
)  # death word then count: مقتل 3 جنود, a body: جثة راعي
_DEATH_AFTER = _keys(
    _w(
        "killed dead died slain martyred succumbed قتلى قتيلا قتيل قتلوا قتل لقوا استشهدوا شهداء "
        "شهيدا"
    )
)  # count then death word: 3 killed, ثلاثة قتلى
_WOUND_NOUN = _keys(["اصابة", "جرح", "اصيب", "اصيبت", "wounding", "injuring", "wounded", "injured"])
_WOUND_AFTER = _keys(
    ["wounded", "injured", "hurt", "جرحى", "جريحا", "جريح", "مصابين", "مصابا", "اصيبوا", "جرحوا"]
)
_RANGE_JOIN = _keys(["to", "or", "and", "الى", "او", "و-"])
_AT_LEAST = (("at", "least"), (_fold("ما"), _fold("لا"), _fold("يقل"), _fold("عن")))
_SKIP_BEFORE_COUNT = _keys(_w("about around nearly some almost approximately نحو حوالي قرابة زهاء"))
_ZERO_PHRASES = tuple(
    (tuple(_fold(w) for w in p.split()), deaths, wounded)
    for p, deaths, wounded in (
        ("no casualties", True, True), ("no injuries", False, True),
        ("no one was killed", True, False), ("no one was hurt", True, True),
        ("no one was injured", False, True), ("no deaths", True, False),
        ("without casualties", True, True), ("without causing casualties", True, True),
        ("no one was killed or injured", True, True), ("no one was wounded", False, True),
        ("no fatalities", True, False), ("nobody was hurt", True, True),
        ("nobody was killed", True, False), ("nobody was injured", False, True),
        ("nobody was wounded", False, True), ("no one was harmed", True, True),
        ("nobody was harmed", True, True),
        ("دون وقوع اصابات", True, True), ("دون وقوع خسائر بشرية", True, True),
        ("دون خسائر بشرية", True, True), ("دون اصابات", True, True),
        ("لم يسفر عن خسائر بشرية", True, True), ("لم يسفر عن اصابات", True, True),
        ("لم تسفر عن خسائر بشرية", True, True), ("لم تسفر عن اصابات", True, True),
        ("لم يسفر عن وقوع اصابات", True, True), ("لم تسجل اصابات", True, True),
        ("دون تسجيل اصابات", True, True), ("لا توجد اصابات", True, True),
        ("عدم وقوع اصابات", True, True), ("عدم وقوع خسائر بشرية", True, True),
        ("عدم تسجيل اصابات", True, True),
    )
)  # fmt: skip


def _count_at(keys: list[str], j: int) -> tuple[int, int | None, int] | None:
    """A count (with "at least" and ranges) starting at keys[j]; (low, high, end index)."""
    open_high = False
    for phrase in _AT_LEAST:
        if tuple(keys[j : j + len(phrase)]) == phrase:
            j += len(phrase)
            open_high = True
            break
    if j < len(keys) and keys[j] in _SKIP_BEFORE_COUNT:
        j += 1
    between = False
    if j + 1 < len(keys) and keys[j] == _fold("ما") and keys[j + 1] == _fold("بين"):
        j, between = j + 2, True
    elif j < len(keys) and keys[j] in {"between", _fold("بين")}:
        j, between = j + 1, True
    got = parse_number(keys[j : j + 3])
    if got is None:
        return None
    low, high, used = got
    k = j + used
    joins = _RANGE_JOIN if between else _RANGE_JOIN - {"and", "و"}
    if k + 1 < len(keys) and keys[k] in joins:
        second = parse_number(keys[k + 1 : k + 4])
        if second is not None and second[0] > low:
            return low, second[0], k + 1 + second[2]
    if between and k < len(keys) and keys[k].startswith("و"):
        second = parse_number([keys[k][1:], *keys[k + 1 : k + 3]])
        if second is not None and second[0] > low:
            return low, second[0], k + second[2]
    return low, (None if open_high else high), k


def _casualties(
    toks: list[_Tok], nouns: frozenset[str], after: frozenset[str]
) -> tuple[int, int | None] | None:
    """Deaths (or wounded) in a clause: ``مقتل 3``/``killing three``, ``three soldiers were
    killed``/``ثلاثة قتلى``, the dual ``مقتل جنديين``, a bare singular ``مقتل جندي``."""
    keys = [t.keys[-1] if t.keys[-1] in nouns or t.keys[-1] in after else t.key for t in toks]
    bare = [t.keys for t in toks]
    if nouns is _DEATH_NOUN and any(t.has(_DUAL_BODIES) for t in toks):
        return 2, 2  # عثرت على جثتين
    if nouns is _DEATH_NOUN:  # "the death toll rose to 7", ارتفعت حصيلة القتلى إلى 7
        for j, tk in enumerate(bare):
            earlier = any(t.has(_EARLIER) for t in toks[max(0, j - 2) : j + 2])
            if any(k in _TOLL for k in tk) and not earlier:  # not "raising an earlier toll of 2"
                for k in range(j + 1, min(len(keys), j + _TOLL_WORDS)):
                    if keys[k] in _TOLL_TO and (got := _count_at(keys, k + 1)) is not None:
                        return got[0], got[1]
    for j, tk in enumerate(bare):
        passive = j > 0 and keys[j - 1] in {"was", "were", "been", "be", "are", "is"}
        downed = keys[j] == "down" and j > 0 and keys[j - 1] == "shot"  # "shot down a drone"
        if any(k in nouns for k in tk) and not passive and not downed:
            got = _count_at(keys, j + 1)
            if (
                got is not None
                and keys[j].endswith(_FALL)
                and keys[got[2] : got[2] + 1]
                and (keys[got[2]] not in _FALLEN)
            ):
                got = None  # بسقوط ٣ قذائف: three shells fell (سقوط ٣ قتلى: three dead)
            if got is None and j + 2 < len(keys) and keys[j + 1] in {"of", "the"}:
                got = _count_at(keys, j + 2)
            if (
                got is None
                and keys[j] in _BODY
                and keys[j + 1 : j + 3] in (["of", "a"], ["of", "an"])
            ):
                got = (1, 1, 3)  # "the body of a man"
            if got is None and j + 1 < len(keys) and keys[j + 1] in {"him", "her"}:
                got = (1, 1, 1)  # "killing him instantly"
            if got is None and toks[j].raw.rstrip(_FINAL_MARKS).endswith("هما"):
                got = (2, 2, 0)  # مقتلهما: the two's deaths
            if got is None and toks[j].raw.rstrip(_FINAL_MARKS).endswith(("ه", "ها")):
                got = (1, 1, 0)  # مقتله، مقتلها: his, her death
            if got is not None:
                return got[0], got[1]
            # the victims within three words (a verb's subject may come first: قتل مسلحون
            # راعيين); a preposition or another trigger ends the search
            arabic = toks[j].key[:1] >= "\u0600"
            for k in range(j + 1, min(len(bare), j + (4 if arabic else 2))):
                if k > j + 1 and (_fold(toks[k].raw) in _LOCATIVE or toks[k].key in _TRIGGER_TABLE):
                    break
                if k > j + 1 and (got := _count_at(keys, k)) is not None:
                    return got[0], got[1]
                if any(w in _PERSON_DUAL for w in bare[k]):
                    return 2, 2
                one = any(w in _PERSON_SINGULAR for w in bare[k])
                one = one or (
                    keys[k] in {"a", "an", "one", "the"}
                    and k + 1 < len(keys)
                    and (keys[k] != "the" or any(w in _PERSON_SINGULAR for w in bare[k + 1]))
                )
                if one:
                    more = _and_more(toks, keys, k)  # "an officer and three soldiers": 1 + 3
                    if more is not None:
                        return 1 + more[0], 1 + more[1]
                    return (2, 2) if _and_another(toks, k) else (1, 1)
        if any(k in after for k in tk):
            # the count is within the four words before: "three Peshmerga fighters were killed"
            for back in range(max(0, j - 8), j):  # the leftmost count ending near the word
                if back > 0 and keys[back - 1] in _MONTH_KEYS:
                    continue  # "June 8": a day, not a count
                if back > 0 and keys[back - 1] == "no":
                    continue  # "no one was killed": none (see _zeros)
                got = _count_at(keys, back)
                if got is not None and got[2] <= j and j - got[2] <= 7:
                    between = keys[got[2] : j]
                    if not any(
                        w in _DEATH_NOUN or w in _WOUND_NOUN or w in _TRIGGER_TABLE or w.isdigit()
                        for w in between
                    ):
                        return got[0], got[1]
            if j >= 2 and keys[j - 1] == "were" and _two_singulars(keys[max(0, j - 9) : j - 1]):
                return 2, 2  # "A second lieutenant and a soldier were killed"
            if (
                j >= 2
                and keys[j - 1] == "was"
                and any(
                    keys[b] in {"a", "an", "one"} and (b == 0 or keys[b - 1] != "no")
                    for b in range(max(0, j - 5), j - 1)
                )
            ):
                return 1, 1
            if keys[j] in _DIED and _singular_subject(keys, j):
                return 1, 1  # "An Iraqi soldier who was shot ... died of his wounds"
    return None


def _two_singulars(keys: list[str]) -> bool:
    """Whether ``keys`` (a subject) joins two singulars: "a second lieutenant and a soldier"
    (one "and", an article after it and one before it, no count)."""
    if keys.count("and") != 1 or any(k.isdigit() for k in keys):
        return False
    k = keys.index("and")
    return keys[k + 1 : k + 2] in (["a"], ["an"]) and any(w in {"a", "an"} for w in keys[:k])


def _ordinal_toll(toks: list[_Tok]) -> tuple[int, int] | None:
    """The toll an ordinal death gives: "a third soldier died of his wounds" (3)."""
    for k, t in enumerate(toks):
        n = _ORDINALS.get(t.key)
        dies = any(u.key in _DIED for u in toks[k + 1 : k + 5])
        if n and k > 0 and toks[k - 1].key in _ARTICLES and dies:
            return n, n
    return None


def _singular_subject(keys: list[str], j: int) -> bool:
    """Whether "died"/"succumbed" at ``j`` has a singular person as its subject: the
    sentence's first "a"/"an", among its first :data:`_SUBJECT_WORDS` words, with a person
    noun up to four words after it ("Shafaq News/ An Iraqi soldier who was shot ... died")."""
    k = next((k for k in range(min(j, _SUBJECT_WORDS)) if keys[k] in {"a", "an"}), None)
    return k is not None and any(w in _PERSON_SINGULAR for w in keys[k + 1 : k + 5])


def _deaths(toks: list[_Tok]) -> tuple[int, int | None] | None:
    """Deaths in a clause, summed over death words joined by "and" (مقتل ثلاثة من الإرهابيين
    واستشهاد أحد المقاتلين = 4), each counted as :func:`_casualties` does."""
    joins = [
        k
        for k in range(1, len(toks))
        if toks[k].has(_DEATH_NOUN) and (toks[k].raw.startswith("و") or toks[k - 1].key == "and")
    ]
    parts = [toks[a:b] for a, b in zip([0, *joins], [*joins, len(toks)], strict=True)]
    counts = [_casualties(part, _DEATH_NOUN, _DEATH_AFTER) for part in parts]
    known = [c for c in counts if c is not None]
    if len(counts) == 1 or len(known) < len(counts):
        return _casualties(toks, _DEATH_NOUN, _DEATH_AFTER)
    high = None if any(c[1] is None for c in known) else sum(c[1] or 0 for c in known)
    return sum(c[0] for c in known), high


_ZERO_CUE = _keys(["دون", "بدون", "لم", "ولم", "no", "without", "not"])
_ZERO_ALL = _keys(["اصابات", "ضحايا", "casualties", "victims"])
_ZERO_DEATHS = _keys(["قتلى", "وفيات", "deaths", "fatalities", "dead"])
_ZERO_WOUNDED = _keys(["جرحى", "injuries"])


_TOLL = _keys(["toll", "حصيلة"])
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_SUBJECT_WORDS = 6
_DIED = frozenset({"died", "dies", "succumbed", "succumbs"})
_BODY = frozenset({"body"})
_DUAL_BODIES = _keys(["جثتين", "جثتان", "جثتي"])
_EARLIER = _keys(_w("earlier previous initial initially preliminary سابقة السابقة اولية الاولية"))
_TOLL_ROSE = _keys(_w("rose risen rises climbed climbs rising ارتفعت ارتفاع ترتفع"))
_TOLL_WORDS = 24  # "the death toll from ... on Monday rose to five": how far "to" may be
_TOLL_TO = _keys(["to", "of", "at", "reached", "الى", "بلغت", "وصلت"])
_KIN = _keys(
    _w(
        "son daughter wife husband brother sister father mother child نجل ابن ابنة زوجة زوج "
        "شقيق شقيقة والد والدة طفل"
    )
)


def _and_more(toks: list[_Tok], keys: list[str], k: int) -> tuple[int, int] | None:
    """A count joined by "and" after the one victim at token k ("killing an officer and three
    soldiers", "a soldier and two fighters", قيادي واثنان من مرافقيه): (low, high), or None."""
    for m in range(k + 1, min(len(toks), k + 6)):
        if keys[m] == "and":
            got = _count_at(keys, m + 1)
            return (got[0], got[1] if got[1] is not None else got[0]) if got else None
        if keys[m].startswith("و") and (n := parse_number([keys[m][1:]])) is not None:
            return n[0], n[1] if n[1] is not None else n[0]  # قيادي (في الوحدات) واثنان
        arabic = "\u0600" <= keys[m][:1] <= "\u06ff"  # (an Arabic victim's phrase runs on)
        if keys[m] in _TRIGGER_TABLE or (not arabic and _fold(toks[m].raw) in _LOCATIVE):
            return None
    return None


def _and_another(toks: list[_Tok], k: int) -> bool:
    """Whether one victim at token k has a second joined to it: "a woman and her son",
    امرأة ونجلها."""
    for m in range(k + 1, min(len(toks), k + 5)):
        key = toks[m].key
        if key == "and" and m + 1 < len(toks):
            rest = toks[m + 1 : m + 3]
            return any(t.has(_KIN) or t.has(_PERSON_SINGULAR) for t in rest)
        if key.startswith("و") and len(key) > 3:
            return any(v in _KIN or v in _PERSON_SINGULAR for v in _variants(key[1:]))
        if key in _TRIGGER_TABLE or _fold(toks[m].raw) in _LOCATIVE:
            return False
    return False


def _zeros(keys: list[str]) -> tuple[bool, bool]:
    """Whether the clause says no one died / no one was wounded: the listed phrases, or a
    negation cue (دون، لم، no, without) within four words before a casualty noun."""
    deaths = wounded = False
    n = len(keys)
    for j, key in enumerate(keys):
        if key in _ZERO_CUE:
            for k in range(j + 1, min(n, j + 6)):
                w = keys[k]
                w = w[2:] if w.startswith("ال") else w
                losses = w == _fold("خسائر") and (k + 1 == n or keys[k + 1] != _fold("مادية"))
                if w in _ZERO_ALL or losses:
                    deaths = wounded = True
                elif w in _ZERO_DEATHS:
                    deaths = True
                elif w in _ZERO_WOUNDED:
                    wounded = True
    for phrase, zero_d, zero_w in _ZERO_PHRASES:
        m = len(phrase)
        for j in range(n - m + 1):
            if tuple(keys[j : j + m]) == phrase:
                deaths, wounded = deaths or zero_d, wounded or zero_w
                break
    return deaths, wounded


# --- dates ----------------------------------------------------------------------------------

_AR_WEEKDAYS = {
    "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5,
    "الاحد": 6,
}  # fmt: skip
_WEEKDAY_KEYS = {_fold(k): v for k, v in _AR_WEEKDAYS.items()} | {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_WEEKDAY_CUE = _keys(_w("يوم ليلة فجر صباح مساء ظهر عصر ليل on late early since last"))
_RELATIVE = tuple(
    (tuple(_fold(w) for w in p.split()), days, precision)
    for p, days, precision in (
        ("the day before yesterday", -2, 1), ("اول امس", -2, 1), ("اول من امس", -2, 1),
        ("امس الاول", -2, 1), ("يوم امس الاول", -2, 1),
        ("yesterday", -1, 1), ("last night", -1, 1), ("overnight", -1, 1), ("امس", -1, 1),
        ("البارحة", -1, 1), ("الليلة الماضية", -1, 1), ("ليلة امس", -1, 1),
        ("مساء امس", -1, 1), ("today", 0, 1), ("this morning", 0, 1), ("earlier today", 0, 1),
        ("tonight", 0, 1), ("اليوم", 0, 1), ("فجر اليوم", 0, 1), ("صباح اليوم", 0, 1),
        ("ظهر اليوم", 0, 1), ("مساء اليوم", 0, 1), ("last week", -7, 2),
        ("earlier this week", -3, 2), ("الاسبوع الماضي", -7, 2), ("مطلع الاسبوع", -3, 2),
        ("last month", -30, 3), ("الشهر الماضي", -30, 3), ("earlier this month", -7, 3),
    )
)  # fmt: skip
_RELATIVE_FIRST = {p[0][0] for p in _RELATIVE}
_MONTHS_LEVANT = {
    "كانون الثاني": "يناير", "شباط": "فبراير", "اذار": "مارس", "نيسان": "ابريل",
    "ايار": "مايو", "حزيران": "يونيو", "تموز": "يوليو", "اب": "اغسطس", "ايلول": "سبتمبر",
    "تشرين الاول": "اكتوبر", "تشرين الثاني": "نوفمبر", "كانون الاول": "ديسمبر",
}  # fmt: skip
_MONTH_WORDS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|يناير|فبراير|مارس|ابريل|أبريل|إبريل|مايو|يونيو|يوليو|اغسطس|أغسطس|سبتمبر|أيلول|اكتوبر|أكتوبر"
    "|نوفمبر|ديسمبر|كانون الثاني|كانون الأول|كانون الاول|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران"
    "|تموز|آب|اب|ايلول|تشرين الأول|تشرين الاول|تشرين الثاني"
)
_MONTH_KEYS = _keys(_MONTH_WORDS.split("|"))
# Background, not this report's incident: a month with no day, last year, earlier this year.
_BACKGROUND = re.compile(
    r"(?<![\w])(?:in|since|during|last|early|late|mid|منذ|خلال|في|ففي|وفي|شهر|مطلع|اواخر|أواخر|نهاية|"
    r"بداية|أوائل|اوائل|منتصف)\s+(?:شهر\s+)?"
    rf"(?:{_MONTH_WORDS})(?![\w])(?!\s+[0-9٠-٩])"
    r"|(?<![\w])(?:last year|earlier this year|العام الماضي|السنة الماضية|مطلع العام)(?![\w])"
    r"|(?<![\w])(?:last (?:week|month)(?:['’]s)?|(?:الأسبوع|الاسبوع|الشهر) الماضي)(?![\w])"
    # "in the past", "weeks after a similar attack", بعد نحو ستة أسابيع من هجوم مماثل
    r"|(?<![\w])(?:in the past|previously|في الماضي)(?![\w])"
    r"|(?<![\w])(?:weeks?|months?|years?)\s+(?:after|before|ago|earlier|later)(?![\w])"
    r"|(?<![\w])(?:بعد|قبل)\s+(?:نحو\s+|قرابة\s+|حوالي\s+|[أا]قل\s+من\s+|[أا]كثر\s+من\s+)?"
    r"(?:\S+\s+)?(?:أسبوع|اسبوع|أسابيع|اسابيع|أسبوعين|اسبوعين|أشهر|اشهر|شهرين|أعوام|اعوام|سنوات|"
    r"عامين)(?![\w])",
    re.IGNORECASE,
)
_D = r"[0-9٠-٩]{1,2}"
_Y = r"[0-9٠-٩]{4}"
_EXPLICIT = re.compile(
    rf"(?<![\w])(?:(?P<d1>{_D})(?:st|nd|rd|th)?\s+(?:of\s+|من\s+)?(?:شهر\s+)?(?P<m1>{_MONTH_WORDS})"
    rf"(?:[,،]?\s+(?:عام\s+|سنة\s+)?(?P<y1>{_Y}))?"
    rf"|(?P<m2>{_MONTH_WORDS})\s+(?P<d2>{_D})(?:st|nd|rd|th)?(?:[,،]?\s+(?P<y2>{_Y}))?"
    rf"|(?P<iso>{_Y}-[01]\d-[0-3]\d))(?![\w])",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^\s*[^\n,،\-–—(]{2,40}[,،]\s*(?P<date>[^\n(\-–—]{3,40}?)\s*(?:\([^)\n]{1,40}\)\s*)?[-–—:]"
)


def _to_date(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise GeoDisputedError(f"published date {value!r} is not an ISO date (YYYY-MM-DD)") from exc


@lru_cache(maxsize=4096)
def _parse_explicit(expression: str, has_year: bool, base: dt.date | None) -> dt.date | None:
    """An explicit date expression, with dateparser; the year from ``base`` when missing."""
    import dateparser  # type: ignore[import-untyped]

    if not has_year and base is None:
        return None  # no year and no report date: not known
    text = fold_arabic(expression)
    for lev, egy in _MONTHS_LEVANT.items():
        text = re.sub(rf"(?<![\w]){lev}(?![\w])", egy, text)
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"]}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    lang = "ar" if re.search("[\u0600-\u06ff]", text) else "en"
    parsed = dateparser.parse(text, languages=[lang], settings=settings)
    return None if parsed is None else parsed.date()


@dataclass(frozen=True)
class _When:
    date: dt.date | None
    precision: int | None
    text: str
    explicit: bool  # from the sentence itself (not the report date)
    statement: bool = False  # the day a statement was made, the sentence's only date
    possessive: bool = False  # "Tuesday's ambush": the day of what it names


def _when_rank(when: _When | None) -> int:
    """How well a date dates the incident: none < carried over < a statement's < its own."""
    if when is None:
        return 0
    return 1 if not when.explicit else 2 if when.statement else 3


def _date_in(text: str, toks: list[_Tok], base: dt.date | None, after: int = 0) -> _When | None:
    """The date a sentence states: explicit, relative or a weekday (resolved against base),
    from offset ``after`` on (past the dateline)."""
    toks = [t for t in toks if t.start >= after]
    if not toks:
        return None
    keys = [t.key for t in toks]
    found: list[tuple[int, _When]] = []
    m = _EXPLICIT.search(text, toks[0].start, toks[-1].end)
    if m is not None:
        expr = m.group(0)
        has_year = bool(m.group("y1") or m.group("y2") or m.group("iso"))
        when = _When(_parse_explicit(expr, has_year, base), 1, expr, True)
        j = bisect.bisect_left([t.start for t in toks], m.start())
        if not _said_on(toks, j):
            return when
        # "كشف مصدر، اليوم السبت (20 حزيران 2026)، ... ليل أمس": the statement's day
        found.append((j, when))
    possessive: list[_When] = []
    for j, key in enumerate(keys):
        if key in _RELATIVE_FIRST:
            for phrase, days, prec in sorted(_RELATIVE, key=lambda r: -len(r[0])):
                n = len(phrase)
                if tuple(keys[j : j + n]) == phrase:
                    expr = text[toks[j].start : toks[j + n - 1].end]
                    when = _When(base + dt.timedelta(days=days) if base else None, prec, expr, True)
                    found.append((j, when))
                    break
        for k in toks[j].keys:
            # "Friday's bombing", "Tuesday night's attack": the day of what it names
            part = j + 1 < len(toks) and keys[j + 1][:-1] in _DAY_PARTS
            owner = toks[j + 1] if part else toks[j]
            stem = k if part else k[:-1]
            if stem in _WEEKDAY_KEYS and owner.raw[-2:] in {"'s", "’s"}:
                day = _WEEKDAY_KEYS[stem]
                date = base - dt.timedelta(days=(base.weekday() - day) % 7) if base else None
                expr = text[toks[j].start : owner.end - 2]
                possessive.append(_When(date, 1, expr, True, possessive=True))
                break
            if k in _WEEKDAY_KEYS:
                cued = j > 0 and keys[j - 1] in _WEEKDAY_CUE
                latin = not ("\u0600" <= k[0] <= "\u06ff")
                if not (cued or (latin and toks[j].raw[:1].isupper())):
                    continue
                start = toks[j - 1].start if cued else toks[j].start
                expr = text[start : toks[j].end]
                date = None
                if base is not None:
                    date = base - dt.timedelta(days=(base.weekday() - _WEEKDAY_KEYS[k]) % 7)
                found.append((j - cued, _When(date, 1, expr, True)))
                break
    if possessive:
        return possessive[0]
    if not found:
        return None
    # "the ministry announced on Friday that ... late on Thursday": the day a statement was
    # made is the event's only when the sentence gives no other
    told = [w for j, w in found if not _said_on(toks, j) and not _died_later(toks, j)]
    return told[0] if told else replace(found[0][1], statement=True)


def _died_later(toks: list[_Tok], j: int) -> bool:
    """Whether the date expression at token j dates a death from wounds or a risen toll, after
    the incident ("died of his wounds on Tuesday, days after a roadside bomb", توفي متأثرا
    بجراحه اليوم, "the death toll ... rose to five on Saturday")."""
    # (also just after it: أحد الجرحى فارق الحياة صباح اليوم متأثراً بجراحه)
    return any(t.has(_LATER_DEATH) for t in toks[max(0, j - 4) : j + 4])


def _said_on(toks: list[_Tok], j: int) -> bool:
    """Whether the date expression at token j dates a statement: a speech verb is among the
    :data:`_SAID_ON_WORDS` words before it (كشف مصدر محلي في قضاء الحويجة جنوب غربي كركوك،
    اليوم), with no trigger and no "that" (أن، أنه) between."""
    for k in range(j - 1, max(-1, j - _SAID_ON_WORDS - 1), -1):
        if toks[k].key in _THAT:  # "said that on Monday ...", ذكرت أنه "مساء أمس": what was said
            return False
        if toks[k].has(_SPEECH):
            return True
        if any(key in _TRIGGER_TABLE for key in toks[k].keys):
            return False
    return False


_SAID_ON_WORDS = 10
_LATER_DEATH = _keys(
    _w(
        "wounds injuries succumbed بجراحه بجروحه متاثرا متاثرة بجراحها "
        "rose risen climbed ارتفعت ارتفع"  # a toll's later day: "rose to five on Saturday"
    )
)
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})
_THAT = frozenset({"that", _fold("أن"), _fold("أنه"), _fold("بأن"), _fold("أنها"), _fold("إن")})
_HEADLINE_CHARS = 200  # a first line this long at most may be a headline over the dateline


def _dateline(text: str, base: dt.date | None) -> tuple[dt.date | None, int]:
    """``ERBIL, March 3 (Reuters) -`` / ``أربيل، 3 آذار 2024 -``: the story's own date at the
    head of the text (its year from ``base`` when missing), and where the dateline ends."""
    start = 0
    m = _DATELINE.match(text)
    first = text.find("\n")
    if m is None and 0 < first < _HEADLINE_CHARS:
        # on the line after a headline: "Headline\n\nBAGHDAD, June 8 (Xinhua) --"
        start = first + 1
        m = _DATELINE.match(text[start:])
    if m is None:
        return None, 0
    e = _EXPLICIT.search(m.group("date"))
    if e is None:
        return None, 0
    has_year = bool(e.group("y1") or e.group("y2") or e.group("iso"))
    date = _parse_explicit(e.group(0), has_year, base)
    return (date, start + m.end()) if date else (None, 0)


# --- actors ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    """One row of ``data/event_actors.csv``: a name form of an actor."""

    actor: str
    role_hint: str  # attacker, target or either
    lang: str
    words: tuple[str, ...]
    acled_name: str


@lru_cache(maxsize=1)
def load_actors() -> tuple[Actor, ...]:
    """The actor lexicon (``data/event_actors.csv``), each pattern folded to token keys.

    Raises
    ------
    DataError
        Naming the row and field of a bad role or an empty pattern.
    """
    from geo_disputed.errors import DataError

    path = data_path("event_actors.csv")
    rows = read_rows(
        path,
        ["actor", "role_hint", "lang", "pattern", "acled_name"],
        nonempty=("actor", "role_hint", "pattern", "source", "confidence"),
    )
    out: list[Actor] = []
    for lineno, row in enumerate(rows, start=2):
        if row["role_hint"] not in {"attacker", "target", "either"}:
            message = f"role_hint {row['role_hint']!r} is not attacker, target or either"
            raise DataError(path, message, row=lineno, field="role_hint")
        for form in row["pattern"].split("|"):
            words = tuple(_fold(w) for w in _WORD.findall(form))
            if not words:
                raise DataError(path, f"pattern form {form!r} has no word", row=lineno,
                                field="pattern")  # fmt: skip
            out.append(Actor(row["actor"], row["role_hint"], row["lang"], words, row["acled_name"]))
    out.sort(key=lambda a: -len(a.words))
    return tuple(out)


_ARMED = frozenset(
    {
        "Military Forces of Iraq",
        "Military Forces of Iraq: Peshmerga",
        "Police Forces of Iraq",
        "PMF: Popular Mobilization Forces",
        "Islamic State (Iraq)",
        "PKK: Kurdistan Workers Party",
        "Military Forces of the United States",
    }
)
# After these the actor named is the one killed (an Arabic verb قتل takes its subject first).
_UNIDENTIFIED = "Unidentified Armed Group (Iraq)"
_PASSIVE = frozenset({"was", "were", "been", "be", "are", "is"})
_VICTIM_BEFORE = _keys(["killed", "killing", "مقتل", "مصرع", "استشهاد", "اغتيال"])
_BY = _keys(["by", "تبنى", "تبنت", "claimed", "نفذه", "نفذها", "carried", "شنه", "شنها"])
_MIN_QIBAL = (_fold("من"), _fold("قبل"))  # من قبل "by"
#: What may stand between a death word and its victims: counts, articles, "of", unit nouns.
_VICTIM_GAP = _keys(["of", "the", "من", "عناصر", "عنصرا", "افراد", "members", "fighters"])
_AGAINST = _keys(
    ["on", "against", "targeting", "targeted", "على", "ضد", "استهدف", "استهدفت", "استهداف"]
)


@lru_cache(maxsize=4)
def _actor_index(actors: tuple[Actor, ...]) -> dict[str, tuple[Actor, ...]]:
    """The lexicon by its first word."""
    index: dict[str, list[Actor]] = {}
    for a in actors:
        index.setdefault(a.words[0], []).append(a)
    return {k: tuple(v) for k, v in index.items()}


def _number_stripped(tok: _Tok) -> tuple[str, ...]:
    """Arabic forms with a dual or plural ending (ين ان ون) taken off: راعيين -> راعي."""
    return tuple(
        k[:-2]
        for k in tok.keys
        if len(k) >= 5 and k[-2:] in {"ين", "ان", "ون"} and k[0] >= "\u0600"
    )


def _find_actors(toks: list[_Tok]) -> list[tuple[int, Actor]]:
    """The lexicon's actors named in a sentence: (token index, actor), longest form first."""
    index = _actor_index(load_actors())
    found: list[tuple[int, Actor]] = []
    i = 0
    while i < len(toks):
        hit = None
        forms = toks[i].keys + _number_stripped(toks[i])
        for a in sorted(
            {a for k in forms for a in index.get(k, ())}, key=lambda a: (-len(a.words), a.words)
        ):
            n = len(a.words)
            if i + n <= len(toks) and all(
                a.words[k] in toks[i + k].keys or a.words[k] in _number_stripped(toks[i + k])
                for k in range(1, n)
            ):
                hit = a
                break
        if hit is not None:
            adjacent = bool(found) and found[-1][0] + len(found[-1][1].words) == i
            if not (adjacent and hit.acled_name in {_UNIDENTIFIED, found[-1][1].acled_name}):
                found.append((i, hit))  # "ISIS militants" is one actor, not ISIS and gunmen
            i += len(hit.words)
        else:
            i += 1
    return found


def _actors(toks: list[_Tok], trigger_i: int, found: list[tuple[int, Actor]]) -> tuple[str, str]:
    """Attacker and target hints: who is named before the trigger or after "by" acts; who is
    named after it, after "on/against/على/ضد", or is a target by nature, suffers."""
    attacker = target = ""
    undecided: list[tuple[int, Actor]] = []
    for i, a in found:
        prev = toks[i - 1].keys if i > 0 else ()
        by = any(k in _BY for k in prev) or (i > 1 and toks[i - 2].key in _BY)
        by = by or (i > 1 and (toks[i - 2].key, toks[i - 1].key) == _MIN_QIBAL)
        prev2 = toks[i - 2].keys if i > 1 else ()
        gap = i > 0 and (toks[i - 1].key in _ARTICLES or toks[i - 1].has(_VICTIM_GAP))
        against = any(k in _AGAINST for k in prev) or (gap and any(k in _AGAINST for k in prev2))
        after = toks[i + len(a.words) : i + len(a.words) + 5]
        victim = any(  # "three Peshmerga were killed", ثلاثة قتلى من البيشمركة
            t.has(_DEATH_AFTER) and (t.key != "killed" or after[k - 1].key in _PASSIVE)
            for k, t in enumerate(after)
            if k > 0 or t.key != "killed"
        )
        killed_before = False  # "killed three ISIS militants", مقتل ثلاثة من عناصر داعش
        for k in range(i - 1, max(-1, i - 6), -1):
            if toks[k].has(_VICTIM_BEFORE):
                killed_before = k == 0 or toks[k - 1].key not in _PASSIVE
                break
            if not (toks[k].has(_VICTIM_GAP) or parse_number([toks[k].key]) is not None):
                break
        if killed_before and not by:  # "forces killed three ISIS militants": the victims
            target = target or a.acled_name
        elif by or (a.role_hint == "attacker" and not against):
            attacker = attacker or a.acled_name
        elif a.role_hint == "target" or against or victim:
            target = target or a.acled_name
        else:
            undecided.append((i, a))
    for i, a in undecided:
        if not attacker and i < trigger_i and target != a.acled_name:
            attacker = a.acled_name
        elif not target and attacker != a.acled_name:
            target = a.acled_name
    return attacker, target


# --- the event ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """One reported incident, with the evidence it rests on (see the module docstring).

    Attributes
    ----------
    event_type, sub_event_type : str
        ACLED types ("Explosions/Remote violence", "Shelling/artillery/missile attack" ...).
    trigger, trigger_span : str, (int, int)
        The trigger as written and its character offsets in the text given.
    place, place_span : str or None, (int, int) or None
        The linked place as written and its offsets; None when no place is linked.
    candidate : Candidate or None
        The gazetteer candidate the place resolved to.
    geo_precision : int or None
        ACLED 1 (town or site), 2 (near one, or a district), 3 (governorate or larger).
    date : str or None
        ISO date; None when the report does not let it be known.
    time_precision : int or None
        ACLED 1 day, 2 week, 3 only "as of the report"; None without a date.
    date_text : str
        The expression the date rests on, "dateline", "report date" or "".
    fatalities, fatalities_high, wounded, wounded_high : int or None
        Deaths and wounded, low and high of a range (high = low for an exact count, None for
        "at least N"); low None when not reported, 0 only when the report says none.
    actor1, actor2 : str
        Attacker and target hints (ACLED-style names), "" when none.
    sentence, sentence_span : str, (int, int)
        The sentence holding the trigger and its offsets.
    confidence : float
        0..1, from the trigger's strength, how the place is linked and where the date is from.
    """

    event_type: str
    sub_event_type: str
    trigger: str
    trigger_span: tuple[int, int]
    place: str | None
    place_span: tuple[int, int] | None
    candidate: Candidate | None
    geo_precision: int | None
    date: str | None
    time_precision: int | None
    date_text: str
    fatalities: int | None
    fatalities_high: int | None
    wounded: int | None
    wounded_high: int | None
    actor1: str
    actor2: str
    sentence: str
    sentence_span: tuple[int, int]
    confidence: float


@dataclass
class _Draft:
    trigger: _Trigger
    trigger_text: str
    trigger_span: tuple[int, int]
    mention: Mention | None
    link: float
    near: bool
    when: _When | None
    deaths: tuple[int, int | None] | None
    wounded: tuple[int, int | None] | None
    actor1: str
    actor2: str
    sentence: tuple[int, int]
    another: bool
    sentence_i: int
    extra: list[_Trigger] = field(default_factory=list)
    headline: bool = False  # from a first line without a final stop
    definite: bool = False  # "the attack", الهجوم: one the reader knows of
    toll: bool = False  # the deaths are a toll that rose: "the death toll rose to five"
    armed_victim: bool = False  # "shot dead a soldier": a battle, not a killing of a civilian
    retold: bool = False  # in a sentence opening on speech: "The source said that ..."


_SENTENCE_END = re.compile(r"(?<=[.!?؟])(?=\s)|\n+")
_ABBREVIATION = re.compile(
    r"(?<![\w.])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj"
    r"|Capt|Sgt|Brig|St|No|U\.S|U\.N)\.$"
)
_CLAUSE_CUT = re.compile(r"[;؛:]|[,،](?=\s*(?:and|while|whereas|but|و|فيما|بينما|كما|لكن)\b)")


_HASHTAG = re.compile(r"#[^\s#]+")
_ADDRESSEE = re.compile(r"لـ?\s*[\"“«]$")  # a name quoted after ل: the outlet or person told
_LONGEST_SENTENCE = 2000  # characters
_WHILE_REACH = 10  # words after "while" in which an incident noun makes a clause of its own
_COARSE = frozenset({"country", "region", "governorate"})  # kinds a finer place may replace
_FINER_SENTENCES = 2  # how many sentences after an event's a finer place of it is looked for
_REFERENCE_KM = 100.0  # how far from a reference city ("south of Kirkuk") that place may lie
# "south of the northern city of Kirkuk": a place given as a reference point
_REFERENCE_BEFORE = re.compile(
    r"\b(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:(?:city|town|province)\s+of\s+)?$",
    re.IGNORECASE,
)
_JOINS = frozenset({"of", "to", "for", "with"})  # "and of planting": one verb's complements
#: What follows a dateline's place: "ERBIL - ", "SULAIMANI (Kurdistan24) -", "BAGHDAD, Sept. 9
#: (Xinhua) --", "كركوك - واع".
_DATELINE_PLACE = re.compile(r"[^\n]{0,40}?\s[-–—]")
_LIST_GAP = re.compile(r"\s*(?:[,،]\s*)?(?:(?:and|or|و|او|أو)\s*)?")  # between listed places
_RETOLD_WORDS = 6  # a speech verb among a sentence's first words: it retells ("X said that")
_QUOTES = frozenset('"“«')  # a sentence opening on a quote retells too
_POINT_KINDS = frozenset({"town", "city", "village"})
_DISTRICT_KM = 60.0  # how far from a district's point a town named in it may lie
_RETOLD_KM = 30.0  # how far apart two places of one retold incident may be
_UNITS = frozenset({"district", "subdistrict", "governorate"})
_OWN_VERB = 2  # a "had" this close after a trigger is its own verb ("a mortar attack had hit")
_ANAPHOR_LINK = 0.5  # link strength of a place a unit noun refers back to
#: Definite unit nouns with no name, and the kinds of place they refer back to.
_ANAPHORS_EN = {
    "district": frozenset({"district"}),
    "subdistrict": frozenset({"subdistrict", "town"}),
    "province": frozenset({"governorate"}),
    "governorate": frozenset({"governorate"}),
}
_ANAPHORS = {
    _fold(form): kinds
    for noun, kinds in (
        ("القضاء", frozenset({"district"})),
        ("الناحية", frozenset({"subdistrict", "town"})),  # named for its seat town
        ("المحافظة", frozenset({"governorate"})),
        ("المدينة", frozenset({"city", "town"})),
    )
    for form in (noun, "ل" + noun[1:], "ب" + noun)  # القضاء، للقضاء، بالقضاء
}
_LINK_WINDOW = 60  # tokens either side of a trigger where its place is looked for
_AGENCY_LINK = 0.2  # link strength of the place of the agency that acted, the last resort


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if _ABBREVIATION.search(text, max(start, m.start() - 8), m.start()):
            continue  # "BAGHDAD, Sept. 9 (Xinhua)", "Lt. Col. Ahmed"
        if text[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        # a "sentence" longer than any real one (a text without stops) is cut at spaces, so
        # the per-sentence work stays linear in the text
        while b - a > _LONGEST_SENTENCE:
            cut = text.rfind(" ", a + _LONGEST_SENTENCE // 2, a + _LONGEST_SENTENCE)
            cut = cut if cut > a else a + _LONGEST_SENTENCE
            trimmed.append((a, cut))
            a = cut
        if b > a:
            trimmed.append((a, b))
    return trimmed


def _has_phrase(keys: list[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    joined = " " + " ".join(keys) + " "
    return any(" " + " ".join(p) + " " in joined for p in phrases)


def _blocked(
    toks: list[_Tok], hit: _Hit, clause: tuple[int, int], intent: list[int], generic: bool
) -> bool:
    """Whether the trigger at ``hit`` is negated, intended, hypothetical or generic.
    ``intent[i]`` counts the intent and court words (sentenced, محكمة) before token i;
    ``generic`` is the clause's."""
    a, b = clause
    if intent[hit.i] > intent[a]:
        return True
    # "attacks could follow", "هجمات قد تقع": a modal right after the trigger
    if any(t.has(_MODAL_AFTER) for t in toks[hit.i + hit.n : min(b, hit.i + hit.n + 7)]):
        return True
    # "arrested a man suspected of planting bombs": the charge is not another event
    charge = [
        k
        for k in range(max(a, hit.i - 4), hit.i)
        if toks[k].has(_CHARGE)  # not "Suspected IS militants abducted": an actor's adjective
        and not (toks[k].key in {"suspected", "suspect"} and toks[k + 1].key not in {"of", "in"})
    ]
    if charge or any(
        t.has(_ACCUSED) for t in toks[max(a, hit.i - 8) : hit.i]
    ):  # "accused of hiding weapons used in the assault"
        return True
    if _arrest_cause(toks, hit, a):
        return True
    # "the rescue of abducted Yazidis", "families of killed soldiers": a participle as an
    # adjective after "of"/"for", with a noun after it, names people, not an incident
    word = toks[hit.i].key
    if (
        hit.n == 1
        and word.endswith("ed")
        and hit.i > a
        and toks[hit.i - 1].key in {"of", "for"}
        and hit.i + 1 < len(toks)
        and toks[hit.i + 1].key.isalpha()
        and toks[hit.i + 1].key not in _AFTER_PARTICIPLE
    ):
        return True
    if any(t.key in _ABILITY for t in toks[max(a, hit.i - 4) : hit.i]):
        return True  # "يملك القدرة على شن هجوم", "capable of attacking": what it could do (not
        # "were able to dismantle": what they did)
    before = [t.key for t in toks[max(a, hit.i - 3) : hit.i]]
    while before and before[-1] in _MODAL_GAP:
        before.pop()
    if before and before[-1] in _MODAL_BEFORE:
        return True
    # "to attack", "لنشرهما": purpose, not a report (a verb or verbal noun after to / لـ)
    to_verb = hit.i > 0 and toks[hit.i - 1].key == "to" and not toks[hit.i].key.endswith("s")
    if to_verb and (hit.i < 2 or toks[hit.i - 2].key not in {"led", "lead", "due", "related"}):
        return True
    # "a second brigade to be fully deployed", "will be deployed": a plan
    back = [t.key for t in toks[max(a, hit.i - 3) : hit.i]]
    while back and back[-1] in _ADVERBS:
        back.pop()
    if back[-2:] in (["to", "be"], ["will", "be"]):
        return True
    if _collocation(toks, hit):
        return True
    if _pluperfect(toks, hit, a):
        return True
    raw = _fold(toks[hit.i].raw)
    subjected = any(t.has(_SUBJECTED) for t in toks[max(a, hit.i - 3) : hit.i])  # تعرض لهجوم
    if raw.startswith("ل") and not raw.startswith("لل") and raw[1:] in _TRIGGER_TABLE:
        return not subjected
    if _tally(toks, hit, a):
        return True
    # "not subject to any attack", لأي هجوم: no incident in particular
    if hit.i > a and toks[hit.i - 1].has(_ANY):
        return True
    return generic or any(t.has(_NEGATION) for t in toks[max(a, hit.i - 3) : hit.i])


def _arrest_cause(toks: list[_Tok], hit: _Hit, a: int) -> bool:
    """Whether the trigger at ``hit`` tells what an arrest before it in the clause is for:
    it follows one of :data:`_ARREST_CAUSE` after the arrest ("arrested a man on Monday over
    the 2019 bombing", "detained in connection with an attack that killed two")."""
    keys = [t.key for t in toks[a : hit.i]]
    arrest = next((j for j, k in enumerate(keys) if k in _ARRESTED), None)
    if arrest is None:
        return False
    return any(
        keys[j : j + len(p)] == list(p) for p in _ARREST_CAUSE for j in range(arrest + 1, len(keys))
    )


def _generic(
    text: str, toks: list[_Tok], a: int, b: int, base: dt.date | None, hits: set[int]
) -> tuple[int, int]:
    """Where the clause toks[a:b] turns generic, statistical or historical (``b``: nowhere),
    and where a date that names an incident makes it so. With the report's date ``base``, a
    clause is also history from a date over :data:`_OLD_DAYS` days before it or an earlier
    year ("the 2019 bombing", في الثالث من آب 2014). A date that names an incident noun, a
    trigger at ``hits`` beside it ("in the 2021 ambush", هجوم عام 2021), dates that incident
    on, not a trigger before it ("arrested a man who took part in the 2021 ambush"), and does
    so even in a clause with a recent day, as a tally's highlight does ("the deadliest single
    incident was ..."); any other date, and any other sign, covers the whole clause."""
    lo, hi = toks[a].start, toks[b - 1].end
    explicit = list(_EXPLICIT.finditer(text, lo, hi))
    dates = [(m.start(), m.end()) for m in explicit]
    old: list[tuple[int, int]] = []  # character spans of the dates that make it history
    for m in (*_YEAR_ONLY.finditer(text, lo, hi), *_BACKGROUND.finditer(text, lo, hi)):
        if not any(d0 <= m.start() < d1 or m.start() <= d0 < m.end() for d0, d1 in dates):
            old.append(m.span())  # "in 2014", "in January" (not part of "3 March 2024")
    if base is not None:
        for m in explicit:
            has_year = bool(m.group("y1") or m.group("y2") or m.group("iso"))
            day = _parse_explicit(m.group(0), has_year, base)
            if day is not None and (base - day).days > _OLD_DAYS:
                old.append(m.span())
        for m in _YEAR.finditer(text, lo, hi):
            inside = any(d0 <= m.start() < d1 for d0, d1 in dates)
            if not inside and int(fold_arabic(m.group(0))) < base.year:
                old.append(m.span())
    # a phrase may straddle a cut made at a conjunction: بين فترة | وأخرى حوادث اغتيال
    keys = [t.key for t in toks[max(0, a - 3) : b]]
    keys = [k for j, k in enumerate(keys) if not (k in _TIMES and j > 0 and keys[j - 1] in _OBJECT)]
    if _ASIDE.search(text, lo, hi) or _has_phrase(keys, _ASIDE_PHRASES):
        return a, a  # a tally's highlight, dated or not: "the deadliest incident was ..."
    starts = [t.start for t in toks]
    named = [_dated_incident(toks, starts, span, a, b, hits) for span in old]
    from_named = min((j for j in named if j is not None), default=b)
    if any(_counted(toks, k, a) for k in range(a, b)):  # "نفذت ٢١٧ عملية تفتيش": a summary
        return a, from_named
    if any(t.has(_GENERIC) for t in toks[a:b]) or _has_phrase(keys, _GENERIC_PHRASES):
        return a, from_named
    return min((a if j is None else j for j in named), default=b), from_named


def _dated_incident(
    toks: list[_Tok], starts: list[int], span: tuple[int, int], a: int, b: int, hits: set[int]
) -> int | None:
    """The incident noun a date at ``span`` names, a trigger beside it within toks[a:b]
    with only :data:`_DATE_LINKS` between ("the 2021 ambush", "the attack of 2019", هجوم عام
    2021): its token, else None (the date dates the clause)."""
    first = bisect.bisect_left(starts, span[0])
    last = bisect.bisect_left(starts, span[1])
    if first < len(toks) and toks[first].key in _DATE_PREPOSITIONS:
        return None  # "drones in 2023": when, not which incident
    for j in range(first - 1, max(a, first - 3) - 1, -1):
        if j in hits and _incident_word(toks[j].key):
            return j
        if toks[j].key not in _DATE_LINKS:
            break
    for j in range(last, min(b, last + 2)):
        if j in hits and _incident_word(toks[j].key):
            return j
        if toks[j].key not in _DATE_LINKS:
            break
    return None


def _frames(
    text: str,
    toks: list[_Tok],
    clauses: list[tuple[int, int]],
    hits: list[_Hit],
    base: dt.date | None,
) -> tuple[list[int], list[bool]]:
    """Per clause, the token its generic frame starts at (:func:`_generic`; the clause's end
    when it has none), and whether it has triggers and dates them to a recent day
    (:func:`_dated`). The frame is its own, the clause before's (from the clause's start)
    when it has no recent day of its own ("during the month 42 operations and air strikes,
    | which killed 17"), or that of a joined clause after it (مقتل ١٤ إرهابياً | واعتقال ٥٣
    متهماً خلال تشرين الأول)."""
    own, named, dated, joined = [], [], [], []
    at = {h.i for h in hits}
    for a, b in clauses:
        clause_hits = [h for h in hits if a <= h.i < b]
        dated.append(bool(clause_hits) and _dated(text, toks, a, b, base))
        start, from_named = _generic(text, toks, a, b, base, at)
        own.append(start)
        named.append(from_named)
        joined.append(
            (toks[a].key[:1] == "و" and bool(clause_hits) and clause_hits[0].i <= a + 1)
            or toks[a].key == "and"
        )  # "rounded up | and shot by IS ... on August 3, 2014": one old frame
    frames = list(named)  # a clause with a recent day: only the incidents dated long ago
    for c, (a, _b) in enumerate(clauses):
        if not dated[c]:
            frames[c] = a if c > 0 and frames[c - 1] < clauses[c - 1][1] else own[c]
    for c in range(len(clauses) - 2, -1, -1):
        a, b = clauses[c]
        # (not over a charge: "arrested a man accused of belonging to IS | and involved in
        # attacks in 2016" is an arrest now)
        charged = any(t.has(_CHARGE) or t.has(_ACCUSED) for t in toks[a:b])
        if joined[c + 1] and own[c + 1] < clauses[c + 1][1] and not dated[c] and not charged:
            frames[c] = a
    return frames, dated


def _dated(text: str, toks: list[_Tok], a: int, b: int, base: dt.date | None) -> bool:
    """Whether the clause toks[a:b] dates its incident to a recent day ("on Monday", مساء
    أمس, a statement's day aside; with the report's date ``base``, not over
    :data:`_OLD_DAYS` days before it): then a background phrase beside it is an aside on the
    news ("a rocket hit Erbil airport on Monday, the second attack this month")."""
    when = _date_in(text, toks[a:b], base)
    # ("In January, a roadside bomb ... from the site of Tuesday's ambush": the possessive
    # dates the ambush it names, not this clause's incident)
    if when is None or when.precision != 1 or when.statement or when.possessive:
        return False
    return base is None or when.date is None or (base - when.date).days <= _OLD_DAYS


def _link(
    toks: list[_Tok],
    hit: _Hit,
    mentions: list[Mention],
    clause_of: list[int],
    ends: list[int],
    text: str,
    after_latest: int | None,
) -> tuple[Mention | None, float, bool]:
    """The place the trigger happened at: (mention, link strength 0..1, "near"). A place
    named only as an agency's ("Kirkuk police arrested ...") is the last resort.
    ``clause_of[i]`` is the clause of token i, ``ends[i]`` its end offset."""
    tstart = toks[hit.i].start
    tclause = clause_of[hit.i]
    scored: list[tuple[float, int, Mention, bool]] = []
    agency: list[Mention] = []
    lo = toks[max(0, hit.i - _LINK_WINDOW)].start
    hi = toks[min(len(toks) - 1, hit.i + _LINK_WINDOW)].end
    listed = _listed(text, mentions)
    for k, m in enumerate(mentions):
        if m.start < lo or m.start > hi:
            continue  # too far from the trigger to be its place (bounds long "sentences")
        if k in listed:
            continue  # "centres in Baghdad, Erbil, Kirkuk and Diyala": a list, not the place
        if k > 0 and _second_of_between(text, mentions[k - 1], m):
            continue  # "on the road between Sulaiman Beg and the Hamrin range": the first
        if after_latest is not None and m.start < toks[after_latest].start:
            continue
        j = bisect.bisect_right(ends, m.start)  # the first token ending after the start
        if j >= len(toks):
            continue
        jend = min(max(j, bisect.bisect_left(ends, m.end)), len(toks) - 1)
        first = _fold(m.text.split()[0]) if m.text.split() else ""
        before = j - 1 if j > 1 and toks[j - 1].key == "the" else j  # "in the Qarachogh"
        if before >= 2 and toks[before - 1].key == "of" and toks[before - 2].has(_KIND_NOUN):
            before -= 2  # "in the town of Dibis", "near the border town of Kani Masi"
            for _ in range(2):
                if (
                    before >= 2
                    and toks[before - 1].key not in _ARTICLES
                    and not toks[before - 1].has(_LOCATIVE)
                ):
                    before -= 1  # an adjective: "border", "nearby", "northern"
            before -= 1 if before >= 1 and toks[before - 1].key in _ARTICLES else 0
        if before >= 2 and toks[before - 1].key in _PLACE_ADJECTIVES:
            before -= 1  # "in nearby Kifri", "in northern Sinjar"
        prev = toks[before - 1] if before > 0 else None
        prev2 = toks[before - 2] if before > 1 else None
        lead = text[toks[j].start : m.start]  # proclitic glued to the name: بكركوك
        nxt = [
            t
            for t in toks[jend + 1 : jend + 3]
            if not re.search(r"[,،.;؛:\"«»]", text[m.end : t.start])
        ]
        speaker = bool(nxt) and (
            nxt[0].has(_SPEECH) or (len(nxt) > 1 and nxt[0].has(_OFFICIAL) and nxt[1].has(_SPEECH))
        )
        if speaker or (prev is not None and prev.has(_OFFICIAL)):
            continue  # "Baghdad said", "Kirkuk police said", محافظ كركوك
        if any(t is not None and t.has(_HOSPITAL) for t in (prev, prev2)):
            continue  # "taken to hospital in Kirkuk", مستشفى كركوك, لنهر ديالى: not a place
        if nxt and (nxt[0].has(_HOSPITAL) or (len(nxt) > 1 and nxt[1].has(_HOSPITAL))):
            continue  # "taken to Kirkuk General Hospital"
        if any(t is not None and t.has(_AWAY) for t in (prev, prev2)):
            continue  # "fled toward the Hamrin hills", باتجاه المناطق الوعرة
        if prev is not None and (
            prev.has(_BORDER) or (prev.has(_UNIT_WORD) and prev2 is not None and prev2.has(_BORDER))
        ):
            continue  # "the border of Salahuddin", لحدود محافظة صلاح الدين (not "border in X")
        if _ADDRESSEE.search(text, max(0, m.start - 4), m.start):
            continue  # في حديث لـ"بغداد اليوم": the outlet spoken to
        before_agency = prev is not None and prev.has(_AGENCY_BEFORE)  # شرطة كركوك
        if _dateline_place(text, m):
            agency.append(m)  # "ERBIL - ...", "كركوك - واع": where the story was filed
            continue
        if before_agency or (nxt and nxt[0].has(_OFFICIAL) and not (prev and prev.has(_LOCATIVE))):
            agency.append(m)  # "Kirkuk police", "Erbil governor": only if nothing else
            continue
        d = before - 2 if prev is not None and prev.key == "of" else before - 1
        if (
            d >= 1
            and toks[d].has(_DIRECTION)
            and any(  # "Harir air base, north of Erbil"
                o is not m and toks[max(0, d - 3)].start < o.end <= toks[d].start for o in mentions
            )
        ):
            continue  # the reference point of the place before it
        score = 0.3
        near = False
        if first in _TARGET_NOUN or (prev is not None and prev.has(_TARGET_NOUN)):
            score = 0.9
        elif m.candidate.kind == "facility":
            score = 0.85
        if (prev is not None and prev.has(_LOCATIVE)) or lead in {"ب", "وب", "في", "فب"}:
            score = max(score, 0.8)
            near = prev is not None and prev.has(_NEAR)
        elif prev2 is not None and prev2.has(_NEAR):
            score, near = max(score, 0.8), True
        if d >= 0 and toks[d].has(_DIRECTION):  # "north of Erbil", شمال بغداد: near it
            score, near = max(score, 0.8), True
        if prev is not None and prev.has(_TARGET_VERB):
            score = max(score, 0.85)
        if m.candidate.kind in {"country", "region", "border"}:
            score -= 0.2
        after = m.start >= tstart
        dist = abs(j - hit.i)
        score += 0.1 if after else 0.0
        score -= 0.15 * abs(clause_of[j] - tclause)
        score -= min(dist, 30) * 0.004
        if after and any(_aside(t) for t in toks[hit.i + hit.n + _OWN_VERB : j]):
            continue  # "arrested two who had been planning attacks in Erbil": the plan's place
        scored.append((score, j, m, near))
    scored.sort(key=lambda s: -s[0])
    if agency and (not scored or scored[0][0] < _AGENCY_LINK):
        return agency[0], _AGENCY_LINK, False  # "Kirkuk police arrested four ...": their place
    if not scored:
        return None, 0.0, False
    best_score, best_j, best, near = scored[0]
    # a finer place named in the chain after it: "a village in Daquq district", "Kirkuk's Hawija"
    # (inside any reading of the coarser: "in Kirkuk, in the town of Dibis", Kirkuk governorate)
    for score, j, m, n in scored[1:]:
        if (
            score >= best_score - 0.35
            and any(_inside(m.candidate, c) for c in (best.candidate, *best.alternatives))
            and abs(j - best_j) <= 8
        ):
            best_score, best_j, best, near = max(score, best_score), j, m, n
    return _in_district(best, best_j, scored), max(0.0, min(1.0, best_score)), near


def _in_district(
    best: Mention, best_j: int, scored: list[tuple[float, int, Mention, bool]]
) -> Mention:
    """``best`` with the district named right after it (ناحية الرياض التابعة لقضاء الحويجة,
    "Batifa in the Zakho district") as its own, when the gazetteer gives it none."""
    c = best.candidate
    if c.admin2 or c.kind not in _POINT_KINDS:
        return best
    for _, j, m, _ in scored:
        unit = next((u for u in (m.candidate, *m.alternatives) if u.kind == "district"), None)
        if unit is not None and 0 < j - best_j <= 8 and _km(c, unit) <= _DISTRICT_KM:
            return replace(
                best, candidate=replace(c, admin2=unit.admin2, admin1=c.admin1 or unit.admin1)
            )
    return best


def _aside(tok: _Tok) -> bool:
    """Whether a word after a trigger (not its own verb: "a mortar attack had targeted a
    base near X") opens an aside on other acts: a plan, the pluperfect."""
    return tok.key == "had" or (tok.has(_INTENT) and tok.key != _QAD)


def _reported(toks: list[_Tok], a: int, i: int) -> bool:
    """Whether toks[a:i] hold a speech verb not itself in the pluperfect ("said", not "had
    claimed"): what follows is reported speech."""
    return any(toks[k].has(_SPEECH) and (k == 0 or toks[k - 1].key != "had") for k in range(a, i))


def _dateline_mention(text: str, mentions: list[Mention]) -> Mention | None:
    """The place a story was filed from: a mention opening a line before a dash ("ERBIL -",
    "SULAIMANI (Kurdistan24) -", "كركوك - واع") in the first :data:`_HEADLINE_CHARS` * 2
    characters."""
    for m in mentions:
        if m.start > 2 * _HEADLINE_CHARS:
            return None
        if _dateline_place(text, m):
            return m
    return None


def _dateline_place(text: str, m: Mention) -> bool:
    """Whether mention ``m`` opens a line before a dash: a dateline's place."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return not text[line_start : m.start].strip() and bool(_DATELINE_PLACE.match(text, m.end))


def _antecedent(toks: list[_Tok], before: list[Mention]) -> Mention | None:
    """The place a unit noun with no name refers back to (قرى القضاء، وسط المدينة، "the
    district"): the last mention ``before`` of that kind of unit."""
    for k, t in enumerate(toks):
        kinds = _ANAPHORS.get(t.key)
        if kinds is None and k > 0 and toks[k - 1].key == "the":  # "a village of the subdistrict"
            kinds = _ANAPHORS_EN.get(t.key)
        if kinds is not None:
            return next((m for m in reversed(before) if m.candidate.kind in kinds), None)
    return None


_BETWEEN_BEFORE = re.compile(r"(?:بين|between)\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_GAP = re.compile(
    r"\s*(?:and\s+(?:the\s+)?(?:outskirts\s+of\s+(?:the\s+)?)?|و(?:أطراف|اطراف|ضواحي)?\s*)",
    re.IGNORECASE,
)


_RANK_BEFORE = frozenset(_fold(w) for w in _w("ملازم الملازم"))
_RANK_AFTER = frozenset(_w("lieutenant lieutenants"))


def _military_rank(toks: list[_Tok], k: int) -> bool:
    """Whether "second" at token k is part of a rank (ملازم ثان, "second lieutenant")."""
    before = k > 0 and toks[k - 1].key in _RANK_BEFORE
    return before or (k + 1 < len(toks) and toks[k + 1].key in _RANK_AFTER)


def _second_of_between(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``second`` is the far end of "between ``first`` and ``second``" (بين سليمان بيك
    وأطراف جبال حمرين): the place is given by the first."""
    gap = text[first.end : second.start]
    return bool(_BETWEEN_GAP.fullmatch(gap)) and bool(
        _BETWEEN_BEFORE.search(text[max(0, first.start - 14) : first.start])
    )


def _listed(text: str, mentions: list[Mention]) -> set[int]:
    """The indices of mentions in a list of three or more places, joined only by commas and
    "and" (في بغداد وأربيل وكركوك وديالى)."""
    out: set[int] = set()
    run = [0] if mentions else []
    for k in range(1, len(mentions) + 1):
        joined = k < len(mentions) and _LIST_GAP.fullmatch(
            text[mentions[k - 1].end : mentions[k].start]
        )
        if joined:
            run.append(k)
            continue
        if len(run) >= 3:
            out.update(run)
        run = [k]
    return out


def _clauses(text: str, toks: list[_Tok], span: tuple[int, int]) -> list[tuple[int, int]]:
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text, span[0], span[1])]
    # "rockets hit X and a drone struck Y", "... وقصفت طائرة": a conjunction before a trigger,
    # unless it joins two weapons ("rockets and drones", صواريخ وطائرات مسيرة) or adds to a
    # toll (مقتل ثلاثة واستشهاد أحد المقاتلين, "killing three and wounding two")
    for i, t in enumerate(toks[1:], start=1):
        if any(k in _TRIGGER_TABLE for k in toks[i - 1].keys):
            continue
        # و before a definite noun joins nouns (حرائق الحقول والهجمات), not clauses
        arabic_and = (
            t.key.startswith("و")
            and not _fold(t.raw[1:]).startswith("ال")
            and any(
                _incident_word(k)
                for u in (_variants(t.raw[1:]), *(v.keys for v in toks[i + 1 : i + 3]))
                for k in u
            )
        )
        # "while" and "whereas" bring in another incident further on ("..., while two soldiers
        # were wounded in a separate roadside bombing")
        reach = 4 if t.key == "and" else _WHILE_REACH
        if arabic_and or (
            t.key in {"and", "while", "whereas"}
            and any(_incident_word(k) for u in toks[i + 1 : i + reach] for k in u.keys)
        ):
            cuts.append(t.start)
    cuts.sort()
    starts = [t.start for t in toks]
    out, a = [], 0
    for cut in cuts:
        b = bisect.bisect_left(starts, cut)
        if b > a:
            out.append((a, b))
            a = b
    if a < len(toks):
        out.append((a, len(toks)))
    return out


def _incident_word(key: str) -> bool:
    """Whether ``key`` is a trigger that names an incident, not only its dead or wounded."""
    return any(not t.casualty_only for t in _TRIGGER_TABLE.get(key, ()))


def _hazard(toks: list[_Tok]) -> bool:
    """Whether a clause names a natural hazard, an illness or an accident."""
    return any(t.has(_HAZARD) for t in toks) or _has_phrase([t.key for t in toks], _HAZARD_PHRASES)


_CASUALTY_WORDS = _DEATH_NOUN | _DEATH_AFTER | _WOUND_NOUN | _WOUND_AFTER


def _corroborated(
    group: list[_Hit], live: list[_Hit], toks: list[_Tok], armed: bool, clause: tuple[int, int]
) -> bool:
    """Whether a clause's triggers report violence, given the sentence around them.

    ``live`` is every trigger of the sentence that is not blocked; ``armed`` whether it
    names an armed actor of the lexicon; ``clause`` the group's tokens. In a clause naming a
    hazard (:data:`_HAZARD`) a hostile trigger (one not in :data:`_HAZARD_WEAK_FORMS`) or
    word (:data:`_VIOLENCE`) must be there. Elsewhere a cue word (:data:`_CUE_FORMS`, death
    and wound words) needs what its kind asks: a weapon another trigger, a target verb or a
    casualty; a target another trigger, or an armed force or actor; a deployment or capture
    an armed force or actor; a casualty a trigger that is not a casualty word, an armed
    force or actor (not one that speaks: "police say") or civilians; a landmine another
    trigger or a casualty; a bare strike (ضربة) what a weapon needs, or an armed actor
    ("a Turkish strike"). A word of violence (gunmen, sniper, ناسفة) corroborates every
    kind. An attack verb beside a politician (:func:`_verbal`) is criticism.
    """
    violent = any(t.has(_VIOLENCE) for t in toks)
    if not violent and _verbal(group, live, toks):
        return False
    a, b = clause
    part = toks[a:b]
    if _hazard(part):
        hostile = any(not h.trigger.hazard_weak for h in live if a <= h.i < b)
        return hostile or any(t.has(_VIOLENCE) for t in part)
    if violent or any(not h.trigger.cue for h in group):
        return True
    force = (
        armed
        or any(  # "police say": a force that speaks is no victim or actor
            t.has(_FORCE) and not any(u.has(_SPEECH) for u in toks[k + 1 : k + 3])
            for k, t in enumerate(toks)
        )
    )
    for h in group:
        kind = h.trigger.cue
        others = [o.trigger.cue for o in live if o is not h and o.trigger.cue != kind]
        rest = [*toks[: h.i], *toks[h.i + h.n :]]  # "strike" is a target verb itself
        if kind in {"target", "casualty"}:
            ok = bool(others) or force
        elif kind == "force":
            ok = force
        elif kind == "mine":
            ok = bool(others) or any(t.has(_CASUALTY_WORDS) for t in rest)
        else:  # a weapon, or a strike (which an armed actor also makes one: "a Turkish strike")
            ok = (
                bool(others)
                or (kind == "strike" and armed)
                or any(t.has(_TARGET_VERB) or t.has(_CASUALTY_WORDS) for t in rest)
            )
        if ok:
            return True
    return False


def _verbal(group: list[_Hit], live: list[_Hit], toks: list[_Tok]) -> bool:
    """Whether a clause's attack is criticism: its only triggers are verbs of attack, a
    politician, government or policy is among the three words before or four after one,
    and the sentence has no other trigger and no casualty word."""
    attacks = [h for h in live if toks[h.i].has(_ATTACK_VERBS) and h.n == 1]
    if len(attacks) < len(live) or any(t.has(_CASUALTY_WORDS) for t in toks):
        return False
    return all(h in attacks for h in group) and any(
        t.has(_POLITICAL) for h in group for t in toks[max(0, h.i - 3) : h.i + 5]
    )


def _opening(text: str, toks: list[_Tok], hit: _Hit) -> bool:
    """Whether the trigger opens its sentence as an attack already told: "After the attack,
    forces patrolled ...", وعقب الهجوم، سيرت ..."""
    j = hit.i - 1 if hit.i > 1 and toks[hit.i - 1].key == "the" else hit.i
    end = toks[hit.i + hit.n - 1].end
    return j == 1 and toks[0].has(_AFTER) and text[end : end + 2].lstrip()[:1] in {",", "،"}


def _pluperfect(toks: list[_Tok], hit: _Hit, a: int) -> bool:
    """Whether the trigger is told in the pluperfect, as background to the news: "the driver
    had been shot", وكان السائق قد قتل (كان/كانت ... قد within six words before it, or before
    the verb it is joined to: وكان التنظيم قد قتل ... واختطف)."""
    lo = max(a, hit.i - 6)
    if hit.i == a and toks[a].key.startswith("و"):
        lo = max(0, a - 8)  # the clause opens on a verb joined by و to the one before
    before = toks[lo : hit.i]
    end = hit.i + hit.n
    had = any(t.key == "had" for t in before[-3:]) or (end < len(toks) and toks[end].key == "had")
    if had:  # "had arrested", "a drone had hit the base", unless reported speech: "police
        return not _reported(toks, a, hit.i)  # announced that they had arrested"
    kana = next((k for k, t in enumerate(before) if t.has(_KANA)), None)
    return kana is not None and any(t.key == _QAD for t in before[kana + 1 :])


# the imperfect of "carry out", "launch" before an incident noun: a habit, not a report
_LIGHT_IMPERFECT = frozenset(
    _fold(w)
    for w in _w("ينفذ تنفذ ينفذون ينفذه تنفذه ينفذها تنفذها يشن تشن يشنون يشنها تشنها تشنه يشنه")
)


def _habitual(toks: list[_Tok], hit: _Hit, a: int) -> bool:
    """Whether the trigger is told in the present tense: an Arabic imperfect (تستهدف، يقصف)
    or an English bare plural after a present verb ("plant bombs", "launches attacks")."""
    if toks[hit.i].has(_IMPERFECT):
        return True
    if any(t.key in _LIGHT_IMPERFECT for t in toks[max(a, hit.i - 2) : hit.i]):
        return True  # المسلح الذي ينفذ هجوماً، الضربات التي تنفذها طائرات F-16
    word = toks[hit.i].key
    if word.endswith("ing") and hit.i > a and toks[hit.i - 1].key in {"was", "were"}:
        return True  # "Daesh was killing our shepherds": what went on, not an incident
    if hit.i == a or not toks[hit.i].key.endswith("s") or toks[hit.i - 1].key in {"the", "a"}:
        return False
    return any(t.has(_PRESENT) for t in toks[max(a, hit.i - 3) : hit.i])


def _condemned(toks: list[_Tok], hit: _Hit, a: int) -> bool:
    """Whether the trigger is what a statement condemns (a condemnation verb before it in its
    clause: "condemned the attack", أدان ... حادثة اغتيال ... بعبوة لاصقة)."""
    return any(t.has(_CONDEMN) for t in toks[a : hit.i])


def _told_plural(toks: list[_Tok], hit: _Hit) -> bool:
    """Whether the trigger is a definite plural incident noun, incidents the reader knows of
    ("the strikes", "these attacks", الهجمات، والضربات), or a series ("a string of attacks")."""
    tok = toks[hit.i]
    if not tok.has(_INCIDENTS):
        return False
    if "\u0600" <= tok.key[:1] <= "\u06ff":
        return any(tok.key.startswith(p) for p in ("ال", "وال", "بال", "فال", "لل"))
    series = hit.i > 1 and toks[hit.i - 1].key == "of" and toks[hit.i - 2].key in _SERIES
    return series or (hit.i > 0 and toks[hit.i - 1].key in _DEFINITE)


def _seized(toks: list[_Tok], hit: _Hit, a: int) -> bool:
    """Whether the trigger is a weapon or a cache seized, found or defused, not used (a word
    of it before the trigger in its clause): "seized 90 IEDs", "the cache contained 40
    mortar rounds", ضبط ٩٠ عبوة ناسفة، عثرت على ١٩ عبوة ناسفة تم تفكيكها."""
    kept = hit.trigger.event_type == REMOTE or hit.trigger.sub_event_type == DISRUPTED
    return kept and any(t.has(_SEIZE) for t in toks[a : hit.i])


def _laid_for_arrest(toks: list[_Tok], hit: _Hit, hits: list[_Hit]) -> bool:
    """Whether the trigger is an ambush laid to make an arrest the sentence reports: a word
    of :data:`_LAID` just before it, an arrest among the sentence's triggers ("set up an
    ambush and arrested two suspects", تمكنت المفارز من نصب كمين محكم والقبض على)."""
    if not toks[hit.i].has(_AMBUSH):
        return False
    laid = any(t.has(_LAID) for t in toks[max(0, hit.i - 3) : hit.i])
    return laid and any(h.trigger.sub_event_type == "Arrests" for h in hits)


def _intercepted(toks: list[_Tok], hit: _Hit, clause: tuple[int, int]) -> bool:
    """Whether the trigger is a drone, rocket or missile intercepted or shot down in its clause
    ("a drone was intercepted and shot down near Harir", تم إسقاط الطائرة المسيرة): kept from
    use (ACLED: Disrupted weapons use)."""
    if hit.trigger.event_type != REMOTE:
        return False
    a, b = clause
    near = toks[max(a, hit.i - 4) : min(b, hit.i + hit.n + 8)]
    keys = [t.key for t in near]
    return any(t.has(_INTERCEPT) for t in near) or _has_phrase(keys, (("shot", "down"),))


def _not_fought(toks: list[_Tok], hit: _Hit, clause: tuple[int, int]) -> bool:
    """Whether the trigger is gunfire heard or fired in celebration: إطلاق نار سُمع، "gunfire
    was heard", celebratory gunfire at a wedding."""
    a, b = clause
    if any(t.has(_CELEBRATION) for t in toks[a:b]):
        return True
    gunfire = any(w in _GUNFIRE for w in hit.trigger.words)
    near = toks[max(a, hit.i - 3) : min(b, hit.i + hit.n + 3)]
    if gunfire and any(t.has(_HEARD) for t in near):
        return True
    # "a drone circled the town for hours", طائرة مسيرة تحلق: watching, not striking
    drone = hit.trigger.sub_event_type == "Air/drone strike" and bool(hit.trigger.cue)
    return drone and any(t.has(_HOVER) for t in toks[hit.i + hit.n : min(b, hit.i + hit.n + 3)])


def _tally(toks: list[_Tok], hit: _Hit, a: int) -> bool:
    """Whether the trigger counts incidents, a tally rather than one: "13 attacks were
    recorded", ١١ هجوما (see :func:`_counted`)."""
    return _counted(toks, hit.i, a)


def _counted(toks: list[_Tok], i: int, a: int) -> bool:
    """Whether token i is an incident noun after a count of at least :data:`_TALLY`: "13
    attacks", ١١ هجوما، ٢١٧ عملية, and a plural after one word ("14 IS attacks"; not "٤
    إرهابيين بضربة جوية", four killed by one strike)."""
    plural = toks[i].has(_INCIDENTS)
    if not (plural or toks[i].has(_INCIDENT)):
        return False
    for k in range(max(a, i - 4), i):
        words = [t.key for t in toks[k:i]]
        count = parse_number(words)
        if count is None and words and words[0][:1] in {"ب", "و", "ل"}:
            count = parse_number([words[0][1:], *words[1:]])  # بستة هجمات: "with six attacks"
        if count is None or count[0] < _TALLY:
            continue
        if k + count[2] == i or (plural and k + count[2] == i - 1):
            return True
    return False


def _collocation(toks: list[_Tok], hit: _Hit) -> bool:
    """Whether the trigger at ``hit`` is part of a collocation naming no violence."""
    first = hit.trigger.words[0]
    for phrase in _NOT_VIOLENCE:
        for k, word in enumerate(phrase):
            lo = hit.i - k
            if (
                word == first
                and lo >= 0
                and lo + len(phrase) <= len(toks)
                and all(w in toks[lo + j].keys for j, w in enumerate(phrase))
            ):
                return True
    return False


def _latest(toks: list[_Tok], k: int) -> bool:
    """Whether token k points to the latest of a series ("the latest on X", "recently"), not
    to a period ("in recent years", "في الأشهر الأخيرة" is not in :data:`_LATEST`)."""
    if not toks[k].has(_LATEST):
        return False
    period = k + 1 < len(toks) and toks[k + 1].has(_PERIOD)
    return not period


def _weight(trigger: _Trigger) -> float:
    """How strongly a trigger types its event: its strength, a weapon's a little more (ACLED
    types by the means: a sticky bomb's assassination is an explosion)."""
    return trigger.strength + (0.05 if trigger.event_type == REMOTE else 0.0)


def _pick(hits: list[_Hit]) -> _Hit:
    """The trigger that types the event: the weightiest, the first of equals."""
    return max(hits, key=lambda h: (_weight(h.trigger), -h.i))


def _sentence_drafts(
    text: str,
    span: tuple[int, int],
    index: int,
    mentions: list[Mention],
    mention_starts: list[int],
    base: dt.date | None,
    after: int = 0,
) -> tuple[list[_Draft], _When | None]:
    toks = _tokens(text, *span)
    when = _date_in(text, toks, base, after) if toks else None
    if not toks:
        return [], when
    # a headline, or a lead that sums up several incidents ("killed in two separate attacks"),
    # is told again in detail: its triggers and counts yield to the detailed sentence's
    headline = (index == 0 and _headline(text, span)) or _sums_up(toks)
    sentence_keys = [t.key for t in toks]
    hits = _find_triggers(toks)
    hits = [h for h in hits if not _opening(text, toks, h)]
    if hits and "#" in text[span[0] : span[1]]:  # a hashtag (#انفجار_بيروت) is a topic
        tags = [m.span() for m in _HASHTAG.finditer(text, span[0], span[1])]
        hits = [h for h in hits if not any(a < toks[h.i].start < b for a, b in tags)]
    if not hits:
        return [], when
    if text[span[1] - 1 : span[1]] in {"?", "؟"}:
        return [], when
    if (
        any(
            t.has(_DENIAL) or t.has(_ANNIVERSARY) or t.has(_EXHUMATION) or t.has(_DRILL)
            for t in toks
        )
        or _has_phrase(sentence_keys, _SET_ASIDE)
        or _did_not_happen(toks)
        or _MARKING_YEARS.search(text, span[0], span[1])
    ):
        return [], when
    if any(t.has(_PROTEST) for t in toks):  # demonstrations are not coded here
        hits = [h for h in hits if h.trigger.event_type != BATTLES]
        if not hits:
            return [], when
    clauses = _clauses(text, toks, span)
    first = bisect.bisect_left(mention_starts, span[0])
    last = bisect.bisect_left(mention_starts, span[1])
    inside = [m for m in mentions[first:last] if m.end <= span[1]]
    latest = next((k for k, t in enumerate(toks) if _latest(toks, k)), None)
    if latest is not None and _generic(text, toks, latest, len(toks), base, set())[0] < len(toks):
        latest = None  # "the latest of them in January": history too
    series: set[int] = set()  # triggers told as a series whose latest comes after them
    groups: list[list[_Hit]] = []
    bounds: list[tuple[int, int]] = []  # each group's clause
    clause_of = [c for c, (a, b) in enumerate(clauses) for _ in range(a, b)]
    ends = [t.end for t in toks]
    named = _find_actors(toks)
    intent = [0]
    for k, t in enumerate(toks):
        # "counter-terrorism", جهاز مكافحة الإرهاب: an agency's name, not an intent
        agency = t.has(_INTENT) and k + 1 < len(toks) and toks[k + 1].has(_AGENCY_OBJECT)
        # عملية إنزال جوي محكمة: "precise", not محكمة "court" (the same letters unvowelled)
        precise = t.key == _COURT and k > 0 and toks[k - 1].key in _PRECISE_AFTER
        judicial = t.has(_JUDICIAL) and not precise
        intent.append(intent[-1] + ((t.has(_INTENT) and not agency) or judicial))
    frames, dated_clauses = _frames(text, toks, clauses, hits, base)
    head = 0  # where the clause's intent words are counted from
    set_aside = False  # the clause before named only incidents set aside (and their dead)
    for c, (a, b) in enumerate(clauses):
        live = []
        clause_hits = [h for h in hits if a <= h.i < b]
        dated = dated_clauses[c]
        # a clause opening on a joined trigger (بنشر قوات إضافية | وطائرات مسيّرة) is still
        # what the verb before it wants
        joined = toks[a].key[:1] == "و" and (not clause_hits or clause_hits[0].i <= a + 1)
        # "guilty of belonging to IS and of planting a bomb": "and" before a preposition
        # joins complements of the verb before it
        joined = joined or (toks[a].key == "and" and a + 1 < b and toks[a + 1].key in _JOINS)
        head = head if joined else a  # (و١٩ عبوة ناسفة: a count may come first)
        for h in clause_hits:
            blocked = _blocked(toks, h, (head, b), intent, h.i >= frames[c])
            # outside a headline, a present tense with no day tells a habit: "cells plant
            # bombs on the roads", التي تستهدف المخاتير
            blocked = blocked or (not dated and not headline and _habitual(toks, h, a))
            # "condemned the assassination", يدين اغتيال: a statement on an incident told
            blocked = blocked or (not dated and _condemned(toks, h, a))
            # "the strikes have slowed the return", الهجمات: incidents already known
            blocked = blocked or (not dated and _told_plural(toks, h))
            blocked = blocked or _not_fought(toks, h, (a, b)) or _laid_for_arrest(toks, h, hits)
            if blocked and latest is not None and latest > h.i:
                blocked = False  # "repeated attacks ..., the latest on X"
                series.add(h.i)
            if blocked:
                continue
            # a bomb defused or a cache seized: a weapon kept from use (ACLED: Strategic
            # developments, Disrupted weapons use), not an explosion; a cache told of, nothing
            if _seized(toks, h, head) or _intercepted(toks, h, (a, b)):
                live.append(replace(h, trigger=_DISRUPTED))
            elif h.trigger.sub_event_type != DISRUPTED:
                live.append(h)
        # "The attacks killed nine, | and wounded 14": the dead of incidents set aside are
        # theirs, also in a clause joined to them that names only casualties
        only_casualties = all(h.trigger.casualty_only for h in live)
        incidents_set_aside = only_casualties and (
            any(not h.trigger.casualty_only for h in clause_hits)
            or (set_aside and toks[a].key in {"and", "و"})
        )
        set_aside = incidents_set_aside
        if live and not incidents_set_aside:
            groups.append(live)
            bounds.append((a, b))
    live_all = [h for g in groups for h in g]
    armed = any(  # an armed actor named, not as a speaker ("police said")
        a.role_hint != "target"
        and not any(t.has(_SPEECH) for t in toks[i + len(a.words) : i + len(a.words) + 2])
        for i, a in named
    )
    # counts belong to their clause when clauses report apart ("floods killed four, while a
    # rocket hit the airport"), else to the sentence
    whole = (0, len(toks)) if len(groups) == 1 else None
    kept = [
        (g, ab)
        for g, ab in zip(groups, bounds, strict=True)
        if _corroborated(g, live_all, toks, armed, ab)
    ]
    drafts: list[_Draft] = []
    zero_d, zero_w = _zeros(sentence_keys)
    another = any(  # "another attack"; not the verb "to separate the sides", nor الأخرى
        t.has(_ANOTHER)
        and (k == 0 or toks[k - 1].key != "to")
        and not t.key.startswith(("ال", "وال"))  # "the other" (of two drones)
        and (k == 0 or toks[k - 1].key != "the")  # "In the separate attack": one already told
        and not _military_rank(toks, k)  # ملازم ثان, "a second lieutenant"
        for k, t in enumerate(toks[: max(h.i for h in hits) + 1])
    )
    for group, (a, b) in kept:
        scope = toks[slice(*(whole or (a, b)))]
        ordinal = _ordinal_toll(scope)  # "a third soldier died of his wounds": three now
        deaths_all = ordinal or _deaths(scope)
        wounded_all = _casualties(scope, _WOUND_NOUN, _WOUND_AFTER)
        main = _pick(group)
        mention, link, near = _link(
            toks,
            main,
            inside,
            clause_of,
            ends,
            text,
            latest if main.i in series else None,
        )
        if mention is None or link <= _AGENCY_LINK:  # "near a village of the district": the
            found = _antecedent(toks[slice(*(whole or (a, b)))], mentions[:first])  # one before
            if found is not None:
                mention, link, near = found, _ANAPHOR_LINK, False
        deaths = deaths_all if deaths_all is not None else ((0, 0) if zero_d else None)
        wounded = wounded_all if wounded_all is not None else ((0, 0) if zero_w else None)
        if main.trigger.event_type == STRATEGIC and not any(
            h.trigger.casualty_only for h in group
        ):  # "arrested four accused of killing a driver": the count is the charge's (a
            # "no casualties" still says none: "the drone was shot down and caused no casualties")
            deaths = (0, 0) if zero_d else None
            wounded = (0, 0) if zero_w else None
        actor1, actor2 = _actors(toks, main.i, named)
        tok = toks[main.i]
        arabic = "\u0600" <= tok.key[:1] <= "\u06ff"
        definite = not tok.has(_INCIDENTS) and (
            any(tok.key.startswith(p) for p in ("ال", "وال", "بال", "فال", "لل"))
            if arabic
            else main.i > 0 and toks[main.i - 1].key in {"the", "this", "that"}
        )
        end_tok = toks[main.i + main.n - 1]
        drafts.append(
            _Draft(
                trigger=main.trigger,
                trigger_text=text[tok.start : end_tok.end],
                trigger_span=(tok.start, end_tok.end),
                mention=mention,
                link=link,
                near=near,
                when=when,
                deaths=deaths,
                wounded=wounded,
                actor1=actor1,
                actor2=actor2,
                sentence=span,
                another=another,
                sentence_i=index,
                extra=[h.trigger for h in group if h is not main],
                headline=headline,
                definite=definite,
                armed_victim=any(
                    t.has(_ARMED_VICTIM) for t in toks[main.i + main.n : main.i + main.n + 3]
                ),
                toll=ordinal is not None
                or (
                    deaths_all is not None
                    and any(t.has(_TOLL) for t in scope)
                    and any(t.has(_TOLL_ROSE) for t in scope)
                ),
                # a speech verb among its first words, or a quote that opens the sentence
                retold=any(t.has(_SPEECH) for t in toks[: min(main.i, _RETOLD_WORDS)])
                or text[span[0] : span[0] + 1] in _QUOTES,
            )
        )
    # two clauses of one sentence are one incident unless each names its own place
    merged: list[_Draft] = []
    for d in drafts:
        # clauses of different types at differently named places are two incidents, even when
        # one place lies in the other (mortars on a village of Saadiya, | فيما an attack in
        # Khanaqin district)
        apart = merged and _kinds_apart(merged[-1], d)
        if merged and not _distinct_places(merged[-1], d) and not apart:
            merged[-1] = _merge(merged[-1], d)
        else:
            merged.append(d)
    return merged, when


def _kinds_apart(a: _Draft, b: _Draft) -> bool:
    """Whether two drafts of one sentence are of different types at differently named places."""
    if a.mention is None or b.mention is None or a.trigger.event_type == b.trigger.event_type:
        return False
    return not _named_alike(a.mention, b.mention)


def _named_alike(a: Mention, b: Mention) -> bool:
    """Whether two mentions name one place by name: the same words or name (خانقين the town
    and the district), or a gazetteer place both may be read as."""
    ca, cb = a.candidate, b.candidate
    if _fold(a.text) == _fold(b.text) or (ca.name_en and _fold(ca.name_en) == _fold(cb.name_en)):
        return True
    # a reading in common: للشرقاط read as the town, قضاء الشرقاط as the district
    readings = {c.id for c in (ca, *a.alternatives) if c.id}
    return any(c.id in readings for c in (cb, *b.alternatives) if c.id)


def _same_place(a: Mention, b: Mention) -> bool:
    """Whether two mentions name one place: by name (:func:`_named_alike`) or one inside the
    other."""
    if _named_alike(a, b):
        return True
    return _within(b, a) or _within(a, b)  # Daquq inside "Iraq's Kirkuk", the governorate


def _within(small: Mention, big: Mention) -> bool:
    """Whether ``small``'s place lies in a unit ``big`` may be read as."""
    return any(_inside(small.candidate, c) for c in (big.candidate, *big.alternatives))


def _distinct_places(a: _Draft, b: _Draft) -> bool:
    return a.mention is not None and b.mention is not None and not _same_place(a.mention, b.mention)


def _merge(a: _Draft, b: _Draft) -> _Draft:
    """One incident from two drafts: the better-placed one leads; counts, actors and the
    stronger type are filled from the other."""
    lead, other = (a, b) if (a.link, a.trigger.strength) >= (b.link, b.trigger.strength) else (b, a)
    if (
        lead.mention is not None
        and other.mention is not None
        and (
            _within(other.mention, lead.mention)
            or (
                other.link > _AGENCY_LINK
                and lead.mention.candidate.kind in _UNITS
                and _rank(other.mention.candidate) < _rank(lead.mention.candidate)
                and _km(other.mention.candidate, lead.mention.candidate) <= _RETOLD_KM
            )
        )
    ):
        lead, other = other, lead  # the finer place: a town in (or by) the district named
    trig = lead.trigger
    if _weight(other.trigger) > _weight(trig) and not other.trigger.casualty_only:
        trig = other.trigger
    if lead.headline != other.headline:  # the detailed sentence's trigger types the event
        trig = other.trigger if lead.headline else lead.trigger
    when = max((lead.when, other.when), key=_when_rank)  # the lead's of equals
    # counts from the body before the headline's (a headline's toll is often the older one),
    # and a risen toll before any other count
    first, second = (other, lead) if lead.headline and not other.headline else (lead, other)
    if second.toll and not first.toll:
        first, second = second, first
    return replace(
        lead,
        trigger=trig,
        trigger_text=lead.trigger_text if trig is lead.trigger else other.trigger_text,
        trigger_span=lead.trigger_span if trig is lead.trigger else other.trigger_span,
        sentence=lead.sentence if trig is lead.trigger else other.sentence,
        when=when,
        deaths=first.deaths if first.deaths is not None else second.deaths,
        toll=first.toll if first.deaths is not None else second.toll,
        wounded=first.wounded if first.wounded is not None else second.wounded,
        actor1=lead.actor1 or other.actor1,
        actor2=lead.actor2 or other.actor2,
        extra=[*lead.extra, other.trigger, *other.extra],
        sentence_i=max(a.sentence_i, b.sentence_i),
        headline=a.headline and b.headline,
    )


def _compatible(a: _Draft, b: _Draft) -> bool:
    """Whether ``b`` (later) can be the same incident as ``a``."""
    if b.another:
        return False
    strategic = STRATEGIC in {a.trigger.event_type, b.trigger.event_type}
    if strategic and a.trigger.sub_event_type != b.trigger.sub_event_type:
        # "arrested four ... forces raided a house": the raid is the arrest's
        subs = {a.trigger.sub_event_type, b.trigger.sub_event_type}
        raid = a.trigger if a.trigger.sub_event_type != "Arrests" else b.trigger
        if subs != {"Arrests", "Armed clash"} or not any(w in _RAID for w in raid.words):
            return False
    # a statement's day says nothing of the incident's
    da = a.when.date if _when_rank(a.when) == 3 and a.when is not None else None
    db = b.when.date if _when_rank(b.when) == 3 and b.when is not None else None
    if da is not None and db is not None and abs((da - db).days) > 1:
        return False
    place_a = a.mention if a.link > _AGENCY_LINK else None
    place_b = b.mention if b.link > _AGENCY_LINK else None
    if (
        place_a is not None
        and place_b is not None
        and a.trigger.event_type != b.trigger.event_type
        and b.sentence_i - a.sentence_i > 1
        and _fold(place_a.text) != _fold(place_b.text)
    ):
        return False  # a body found in Khanaqin, then a sniper in Jalawla (in its district)
    if b.sentence_i == a.sentence_i and _kinds_apart(a, b):
        return False  # one sentence: mortars on Saadiya, | فيما an attack in Khanaqin district
    if place_a is not None and place_b is not None:
        # "The source said that a sniper opened fire ... in al-Abbasi": the lead's sniper in
        # Hawija district, told again with the finer place nearby
        retold = (
            b.retold
            and b.sentence_i - a.sentence_i == 1
            and a.trigger.event_type == b.trigger.event_type
            and _km(place_a.candidate, place_b.candidate) <= _RETOLD_KM
        )
        return retold or _same_place(place_a, place_b)
    # one of them has no place (or only its source's, "a source in Kirkuk police"): the same
    # incident only when told in adjacent sentences
    return b.sentence_i - a.sentence_i <= 1


def _told_again(events: list[_Draft], d: _Draft) -> bool:
    """Whether ``d``, with no place of its own, is an incident the article has told already
    ("The attack was not immediately claimed", "the strike killed two, the mayor said"):
    any earlier event, unless ``d`` is another one (:data:`_ANOTHER`; "the attack" is not)
    or has a day of its own more than a day from the last event's. Of the same type, it
    adds its day and counts. With no earlier event, a definite one with no day of its own
    ("The bombing targeted a market") was told as background."""
    if _response(events, d):
        return True  # "فيما انتشرت قوة من الجيش عند مداخل القرية": the incident's aftermath
    if d.mention is not None and d.link > _AGENCY_LINK:
        return False
    if events and d.trigger.sub_event_type == DISRUPTED and events[-1].trigger.event_type == REMOTE:
        return True  # "A second drone was shot down before it reached the field": that attack's
    if not events:  # "The bombing targeted a market": one told as background before (but
        return d.definite and not d.retold and _when_rank(d.when) < 3  # "announced the arrest")
    if d.another and not d.definite:
        return False  # "The attack was the second this month" is the one told
    last = events[-1]
    own = d.when.date if _when_rank(d.when) == 3 and d.when is not None else None
    told = last.when.date if last.when is not None else None
    if own is not None and (told is None or abs((own - told).days) > 1):
        return False
    if d.trigger.event_type == last.trigger.event_type:
        events[-1] = _merge(last, d)
    return True


def _response(events: list[_Draft], d: _Draft) -> bool:
    """Whether ``d`` is forces deployed in answer to the violent event just told, in the next
    sentence, with no day of its own and at its place or none."""
    if not events or d.trigger.sub_event_type != "Change to group/activity":
        return False
    last = events[-1]
    if last.trigger.event_type == STRATEGIC or d.sentence_i - last.sentence_i > 1:
        return False
    own = d.when is not None and _when_rank(d.when) == 3
    if own and last.when is not None and d.when is not None and d.when.date != last.when.date:
        return False
    return d.mention is None or last.mention is None or _same_place(d.mention, last.mention)


def _km(a: Candidate, b: Candidate) -> float:
    """Geodesic distance between two candidates' points, in km (inf without a point)."""
    if not all(math.isfinite(v) for v in (a.lat, a.lon, b.lat, b.lon)):
        return math.inf
    return float(geodesic_km(a.lon, a.lat, b.lon, b.lat, exact=True))


def _confidence(d: _Draft) -> float:
    score = 0.35 + 0.35 * d.trigger.strength
    score += 0.2 * d.link
    if d.when is not None and d.when.explicit and d.when.date is not None:
        score += 0.05
    if d.extra:
        score += 0.05
    return round(max(0.0, min(1.0, score)), 3)


def extract_events(
    text: str,
    *,
    published: str | dt.date | None = None,
    url: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[Event]:
    """The incidents one article reports (see the module docstring for the rules).

    Parameters
    ----------
    text
        The article (Arabic, English or mixed), title first if any.
    published
        The report's date (ISO string or date); relative dates resolve against it. Without
        it, only an explicit date with its year (or a dated dateline) gives a date. A
        dateline's date (``KIRKUK, March 3 (Reuters) -``) is the story's own: it replaces
        ``published`` as what relative words are resolved against.
    url
        The report's address; kept by callers, unused by the rules.
    gazetteer
        As for :func:`geo_disputed.text.geoparser.geoparse` (the bundled one by default).

    Returns
    -------
    list of Event
        In text order.

    Raises
    ------
    GeoDisputedError
        If ``published`` is not an ISO date, or the text is over the geoparser's limit.
    """
    from geo_disputed.text.geoparser import geoparse

    del url  # the URL is evidence for callers; the rules read only the text
    base = _to_date(published)
    mentions = geoparse(text, gazetteer=gazetteer) if text.strip() else []
    line_date, line_end = _dateline(text, base)
    base_text = "report date"
    if line_date is not None:  # the story's own date: what its relative words refer to
        base, base_text = line_date, "dateline"
    spans = _sentences(text)
    starts = [m.start for m in mentions]
    events: list[_Draft] = []
    heads: list[_Draft] = []  # a headline's, a summing-up lead's: told again in the body
    last_when: _When | None = None  # the article's last date expression: its time frame
    for index, span in enumerate(spans):
        drafts, when = _sentence_drafts(text, span, index, mentions, starts, base, line_end)
        if when is not None:
            last_when = when
        if not drafts and events and events[-1].sentence_i == index - 1:
            _add_casualties(events[-1], text, span)  # "No casualties were reported."
            _add_date(events[-1], when, text, span)  # "The strike was carried out on Tuesday"
        for d in drafts:
            if d.headline:
                heads.append(d)
                continue
            if d.when is None and last_when is not None:
                d.when = replace(last_when, explicit=False)
            target = next(
                (k for k in range(len(events) - 1, -1, -1) if _compatible(events[k], d)), None
            )
            if target is None and d.another:  # "In a separate incident, a bomb ... in
                target = _roundup_item(events, d)  # Jalawla": the lead's other item, in detail
            if target is not None:
                events[target] = _merge(events[target], d)
            elif not _told_again(events, d):
                events.append(_fold_heads(heads, d, same_type=True))
    if events:  # a headline of another type than the body's: still the same story
        events[0] = _fold_heads(heads, events[0], same_type=False)
    else:  # no body event: the headlines' own
        for d in heads:
            k = next((k for k in range(len(events) - 1, -1, -1) if _compatible(events[k], d)), None)
            if k is None:
                events.append(d)
            else:
                events[k] = _merge(events[k], d)
    events.sort(key=lambda d: d.trigger_span[0])
    told = {d.sentence_i for d in events}
    for d in events:  # "in northern Iraq" | "... in the town of Daquq": the place told next
        d.mention = _finer_after(text, spans, mentions, d, told) or d.mention
    filed = _dateline_mention(text, mentions)
    for d in events:  # no place of its own: where the story was filed ("DAQUQ, Iraq (AP) -")
        if d.mention is None and filed is not None:
            d.mention, d.link, d.near = filed, _AGENCY_LINK, True
    return [_finish(text, d, base, base_text) for d in events if _reportable(d)]


def _finer_after(
    text: str, spans: list[tuple[int, int]], mentions: list[Mention], d: _Draft, told: set[int]
) -> Mention | None:
    """A finer place for an event placed only coarsely (a country, region or governorate, or
    a city it lies "south of"): the first place inside it named in the next
    :data:`_FINER_SENTENCES` sentences that report no incident of their own ("ambushed a patrol
    south of the city of Kirkuk" | "The patrol was hit in Wadi al-Shay")."""
    big = d.mention
    if big is None:
        return None
    reference = bool(_REFERENCE_BEFORE.search(text, max(0, big.start - 40), big.start))
    if big.candidate.kind not in _COARSE and not reference:
        return None
    for i in range(d.sentence_i + 1, min(len(spans), d.sentence_i + 1 + _FINER_SENTENCES)):
        if i in told:
            return None
        lo, hi = spans[i]
        for m in mentions:
            if not lo <= m.start < hi or m.candidate.kind in _COARSE or not m.candidate.id:
                continue
            if big.candidate.kind in {"country", "region"}:
                inside = bool(m.candidate.admin1)
            elif reference:  # a place by it finer than a town ("Wadi al-Shay", not Sinjar)
                inside = (
                    m.candidate.kind not in _UNITS | {"city", "town"}
                    and m.candidate.admin1 == big.candidate.admin1
                    and _km(m.candidate, big.candidate) <= _REFERENCE_KM
                )
            else:
                inside = _within(m, big)
            if inside:
                return m
    return None


def _roundup_item(events: list[_Draft], d: _Draft) -> int | None:
    """The event of an earlier sentence that ``d``, told as "another" incident, is the
    detail of: one of a sentence that gave two or more, of ``d``'s type, named as ``d``'s
    place is and dated within a day of it."""
    if d.mention is None:
        return None
    per_sentence = Counter(e.sentence_i for e in events)
    for k, e in enumerate(events):
        if per_sentence[e.sentence_i] < 2 or e.trigger.event_type != d.trigger.event_type:
            continue
        if e.mention is None or not _named_alike(e.mention, d.mention):
            continue
        de = e.when.date if e.when is not None else None
        dd = d.when.date if d.when is not None else None
        if de is None or dd is None or abs((de - dd).days) <= 1:
            return k
    return None


def _fold_heads(heads: list[_Draft], d: _Draft, *, same_type: bool) -> _Draft:
    """The body's event ``d`` with the headlines (and summing-up leads) about it folded in
    and taken off ``heads``: those of its type (or, not ``same_type``, all). The body's
    place and date stand (a headline's place is often coarser, "Mortar attack on Kirkuk
    village" over "a village in Daquq district"); its counts fill what the body lacks, and
    its risen toll replaces the body's count."""
    for head in [h for h in heads if not same_type or h.trigger.event_type == d.trigger.event_type]:
        heads.remove(head)
        risen = head.toll and not d.toll  # "Death toll ... rises to three": the latest count
        types = {t.event_type for t in (head.trigger, *head.extra) if not t.casualty_only}
        if types != {d.trigger.event_type} or d.trigger.event_type == STRATEGIC:
            d = replace(d, extra=[*d.extra, head.trigger, *head.extra])
            continue  # "killed in an ambush, police wounded in separate bombing": whose counts?
        d = replace(
            d,
            deaths=head.deaths if d.deaths is None or risen else d.deaths,
            toll=d.toll or head.toll,
            wounded=d.wounded if d.wounded is not None else head.wounded,
            actor1=d.actor1 or head.actor1,
            actor2=d.actor2 or head.actor2,
            extra=[*d.extra, head.trigger, *head.extra],
        )
    return d


def _sums_up(toks: list[_Tok]) -> bool:
    """Whether a sentence sums up several incidents: "in two separate attacks", بهجومين
    منفصلين (a word of separateness beside a plural or dual incident noun)."""
    return any(
        t.has(_SEPARATE)
        and any(u.has(_INCIDENTS) or u.has(_DUAL_INCIDENTS) for u in toks[max(0, k - 2) : k + 3])
        for k, t in enumerate(toks)
    )


def _headline(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence at ``span`` is a headline: a line of its own with no final stop."""
    end = span[1]
    return text[end - 1 : end] not in {".", "!", "?", "؟"} and text[end : end + 1] in {"\n", ""}


def _add_casualties(d: _Draft, text: str, span: tuple[int, int]) -> None:
    """Counts told in the sentence after an event's, when the event has none or the sentence
    says the toll rose (for an arrest or a deployment only a count of none: other counts
    there are another incident's, "the driver had been killed")."""
    toks = _tokens(text, *span)
    zero_d, zero_w = _zeros([t.key for t in toks])
    if d.trigger.event_type == STRATEGIC:  # its none only: "No one was hurt."
        d.deaths = d.deaths or ((0, 0) if zero_d else None)
        d.wounded = d.wounded or ((0, 0) if zero_w else None)
        return
    rose = any(t.has(_TOLL) for t in toks) and any(t.has(_TOLL_ROSE) for t in toks)
    if rose and (toll := _casualties(toks, _DEATH_NOUN, _DEATH_AFTER)) is not None:
        d.deaths, d.toll = toll, True  # "The death toll later rose to five."
    if d.deaths is None:
        d.deaths = _casualties(toks, _DEATH_NOUN, _DEATH_AFTER) or ((0, 0) if zero_d else None)
    if d.wounded is None:
        d.wounded = _casualties(toks, _WOUND_NOUN, _WOUND_AFTER) or ((0, 0) if zero_w else None)


def _add_date(d: _Draft, when: _When | None, text: str, span: tuple[int, int]) -> None:
    """The day told in the sentence after an event's, when that sentence is about it and the
    event has no day of its own, or a statement's day at most two days after this one: it
    names no other kind of incident ("The driver was stopped on Sunday", "On Monday evening,
    a group tried to approach the position"), or names the event again by a trigger of its
    type (then only over a statement's day)."""
    if when is None or when.date is None or when.precision != 1 or when.statement:
        return
    rank = _when_rank(d.when)
    if rank >= 3:
        return
    own = d.when.date if rank == 2 and d.when is not None else None
    if own is not None and not 0 <= (own - when.date).days <= 2:
        return
    types = {h.trigger.event_type for h in _find_triggers(_tokens(text, *span))}
    if rank == 2 and d.trigger.event_type in types:
        d.when = when  # "عبوة لاصقة انفجرت مساء أمس ... وطوقت القوات المكان"
    elif types <= {d.trigger.event_type} and not _headline(text, span):  # a line of its own,
        d.when = when  # such as "بغداد اليوم - صلاح الدين" (an outlet), dates nothing


def _reportable(d: _Draft) -> bool:
    """A death word alone with no place, count or actor is not enough for an event; nor is
    a plural incident noun with no place and no count, a theme ("Joint brigades on paper and
    attacks on the ground")."""
    bare = d.mention is None and d.deaths is None and d.wounded is None
    if any(w in _INCIDENTS for w in d.trigger.words) and bare:
        return False
    if not d.trigger.casualty_only:
        return True
    return d.mention is not None or d.deaths is not None


def _finish(text: str, d: _Draft, base: dt.date | None, base_text: str) -> Event:
    etype, sub = d.trigger.event_type, d.trigger.sub_event_type
    # (a tribal clash is a battle of communal militias, whoever it kills: ACLED)
    tribal = any(w in _TRIBAL for w in d.trigger.words)
    if sub == "Armed clash" and d.actor2 == "Civilians (Iraq)" and not tribal:
        etype, sub = VAC, "Attack"
    elif etype == VAC and sub == "Attack" and (d.actor2 in _ARMED or d.armed_victim):
        etype, sub = BATTLES, "Armed clash"  # a soldier shot dead: a battle, not a killing
    when = d.when
    vague = _VAGUE_PAST.search(text, d.sentence[0], d.sentence[1])
    if vague is not None and (
        when is None or not when.explicit or _fold(vague.group(0)) in _fold(when.text)
    ):
        date, precision, date_text = None, None, ""  # "a few days ago", قبل أيام: not given
    elif when is None or when.date is None:
        if base is not None and (when is None or when.date is None):
            date, precision, date_text = base.isoformat(), 3, base_text
        else:
            date, precision, date_text = None, None, ""
    else:
        date, precision, date_text = when.date.isoformat(), when.precision, when.text
    m = d.mention
    deaths = d.deaths
    wounded = d.wounded
    a, b = d.sentence
    return Event(
        event_type=etype,
        sub_event_type=sub,
        trigger=d.trigger_text,
        trigger_span=d.trigger_span,
        place=m.text if m else None,
        place_span=(m.start, m.end) if m else None,
        candidate=m.candidate if m else None,
        geo_precision=_geo_precision(m.candidate, d.near) if m else None,
        date=date,
        time_precision=precision,
        date_text=date_text,
        fatalities=deaths[0] if deaths else None,
        fatalities_high=deaths[1] if deaths else None,
        wounded=wounded[0] if wounded else None,
        wounded_high=wounded[1] if wounded else None,
        actor1=d.actor1,
        actor2=d.actor2,
        sentence=text[a:b],
        sentence_span=(a, b),
        confidence=_confidence(d),
    )
