"""Hand-written news reports in sixteen blind batches (issue 15), each written by an engineer who
had read neither the event coder, its rules, its tests nor the other batches' texts, and scored
once on the coder as it then was before any rule was changed for it (the first run of each is
in its comment). Every article was written for this project; none is copied from an outlet.
Gold events as in :mod:`news_gold`.
"""

from __future__ import annotations

from news_types import Article, B, E, Gold, S, V

#: A ninth batch written blind, like WIRE3 (20 reports: Kurdistan24, Rudaw, AFP, AP, Shafaq
#: News, INA, The New Arab, Baghdad Today): a strike retold in a quote, background strikes
#: with their own years, a monthly tally, a three-item roundup, a confession naming an old
#: bombing, a casualty update ("Friday's roadside bomb ... has risen to two"), a kidnapped
#: shepherd found dead, a denial that explains gunfire as a celebration, an anniversary, the
#: dual جنديان with tashkeel. First measured on the coder of bf33157 (the WIRE3 rules in):
#: en P 0.50 R 0.89 (location 1.00, date 0.88, fatalities 0.88), ar P 0.43 R 0.86
#: (location 1.00, date 1.00, fatalities 0.83). General rules then fixed every miss: a
#: placeless sentence after an event is that event told again; old years and dates, definite
#: plurals, "most", confessions, tallies over a period, gunfire heard, weapons seized are
#: background; the pluperfect over a chain of joined verbs; places at a hospital or in a list
#: of three are no event's place; readings in common make one place; a possessive weekday
#: ("Friday's") dates the incident; a quote retelling the lead with a finer place nearby joins
#: it; the tokeniser keeps tashkeel inside words; the pronoun ه of اختطفه. Then development
#: data.
WIRE4: tuple[Article, ...] = (
    # --- English -------------------------------------------------------------------------
    # [0] Kurdistan24 style. Hard: "on Sunday" vs published Monday; background attack in Hamrin
    # with its own death toll and "last month"; wounded count next to the deaths; village
    # "in Wadi al-Shay, southwest of Kirkuk" plus district Daquq and province Kirkuk.
    Article("en",
            "Two Iraqi soldiers killed as roadside bomb hits patrol southwest of "
            "Kirkuk\n\nERBIL (Kurdistan24) - Two soldiers of the Iraqi army were killed and "
            "three others wounded on Sunday when an improvised explosive device tore through "
            "their patrol vehicle in Wadi al-Shay, a rugged valley in Daquq district southwest "
            "of Kirkuk, a security source told Kurdistan24.\n\n\"The patrol was on its way back "
            "from a search operation in the orchards when the device went off under the second "
            "Humvee,\" the source said on condition of anonymity because he was not authorised "
            "to speak to the media. The wounded were taken to Kirkuk General Hospital, where "
            "one of them is in critical condition.\n\nNo group has claimed responsibility, but "
            "the area has long served as a hideout for Islamic State (ISIS) remnants who "
            "exploit the gaps between the positions of Iraqi forces and the Kurdistan Region's "
            "Peshmerga.\n\nLast month, four members of the Popular Mobilization Forces (PMF) "
            "were killed in an ambush in the Hamrin mountains, in what officials called one of "
            "the deadliest attacks of the year.\n\nKurdish officials have repeatedly warned of "
            "a security vacuum in the disputed territories and called for the speedy formation "
            "of joint brigades between the Peshmerga and the Iraqi army to fill it.",
            "2025-08-18", (Gold(E, "Wadi al-Shay", "2025-08-17", 2),)),

    # [1] Rudaw English style. Hard: "late Tuesday" vs published Wednesday; fatalities as a
    # number word ("three"); Sinuni sub-district "of Sinjar"; mention of a 2023 strike as
    # background; statement by a Turkish ministry with no new place.
    Article("en",
            "Turkish drone strike kills three in Sinjar's Sinuni\n\nRUDAW - A Turkish drone "
            "struck a car in the town of Sinuni, in the north of Sinjar district, late Tuesday, "
            "killing all three people inside, a local official and the Yazidi-led Sinjar "
            "Resistance Units (YBS) said.\n\n\"It was a pickup on the main road near the "
            "market. The drone fired two missiles, one after the other,\" Sinuni mayor Khalaf "
            "Sinjari told Rudaw English on Wednesday. He said the three were members of the "
            "YBS, which Ankara regards as an offshoot of the Kurdistan Workers' Party "
            "(PKK).\n\nTurkey's defence ministry said in a statement that its forces had "
            "\"neutralised\" terrorists in northern Iraq in recent days, without naming a "
            "location.\n\nSinjar has been hit by dozens of Turkish strikes since 2021. In one "
            "of them, in 2023, a drone killed a senior YBS commander near the same market, and "
            "residents say the strikes have slowed the return of displaced Yazidis who fled the "
            "ISIS onslaught of 2014.\n\nBaghdad has yet to comment on Tuesday's strike.",
            "2025-09-10", (Gold(E, "Sinuni", "2025-09-09", 3),)),

    # [2] AFP style with dateline. Hard: "no casualties" -> 0; "Saturday night" vs
    # published Sunday; earlier attacks listed by month; Chamchamal and Sulaimaniyah as
    # surrounding places; field named in quotes by the company.
    Article("en",
            "Drone attack halts output at Iraqi Kurdistan gas field\n\nSULAIMANIYAH, Iraq (AFP) "
            "- An explosive-laden drone slammed into a storage area of the Khor Mor gas field "
            "in Iraq's autonomous Kurdistan region on Saturday night, forcing a halt in "
            "production but causing no casualties, officials said.\n\nThe field, operated by "
            "the UAE's Dana Gas and Crescent Petroleum, feeds the power stations that supply "
            "most of the region's electricity. \"Production has been suspended as a precaution "
            "while our teams assess the damage,\" a company spokesman told AFP on "
            "Sunday.\n\nElectricity supplies to Sulaimaniyah, Chamchamal and Erbil were cut by "
            "as much as half within hours, according to the region's electricity "
            "ministry.\n\nThe attack was not immediately claimed. Khor Mor has been targeted "
            "repeatedly with rockets and drones, including a strike in April 2024 that killed "
            "four Yemeni workers, and a drone attack in July that damaged a "
            "pipeline.\n\nKurdish authorities have in the past blamed Iran-backed armed groups "
            "for such attacks, which the groups deny.",
            "2025-10-05", (Gold(E, "Khor Mor", "2025-10-04", 0),)),

    # [3] Reuters style monthly tally. Hard: no event; many numbers of dead and places
    # (Kirkuk, Diyala, Salahuddin) and a month; a quote on a past ambush.
    Article("en",
            "Islamic State attacks in northern Iraq fell in October, monitoring group "
            "says\n\nBAGHDAD (Reuters) - Attacks blamed on Islamic State militants in Iraq's "
            "northern provinces fell by nearly a third in October compared with September, a "
            "monitoring group said on Monday, though the group still killed at least 11 people "
            "across Kirkuk, Diyala and Salahuddin.\n\nThe figures, compiled by the "
            "Baghdad-based Iraqi Observatory for Security Studies from police and hospital "
            "records, recorded 19 attacks during the month, against 27 in September. Most were "
            "roadside bombs and hit-and-run raids on army and police checkpoints.\n\n\"The "
            "numbers are down, but the nature of the attacks has not changed,\" said the "
            "observatory's director, Ahmed al-Sharifi. \"They hit where the lines between "
            "forces are thin.\"\n\nIraq declared victory over Islamic State in late 2017, but "
            "cells still operate in the mountains and valleys that separate areas held by "
            "federal forces from those guarded by Kurdish Peshmerga fighters.\n\nIraqi "
            "officials say the planned joint brigades will reduce such attacks.",
            "2025-11-03", ()),

    # [4] Shafaq News English roundup. Hard: three incidents of three types, each with its own
    # day ("Tuesday night", "earlier on Wednesday", "on Monday"); wounded only for the IED
    # (fatalities None); sniper fire on police = Battles; arrest = S.
    Article("en",
            "Shafaq News/ Security roundup: sniper kills police officer in Hawija, bomb wounds "
            "farmers in Tuz\n\nShafaq News/ A federal police officer was killed by a sniper in "
            "Hawija district, west of Kirkuk, on Tuesday night, a security source told Shafaq "
            "News Agency on Wednesday.\n\nThe source said that \"an ISIS sniper opened fire on "
            "a federal police observation post on the outskirts of al-Abbasi subdistrict, "
            "killing a first lieutenant instantly,\" adding that the forces combed the area but "
            "the attacker fled toward the Zab river banks.\n\nIn Salahuddin, two farmers were "
            "wounded earlier on Wednesday when an explosive device left over from the war went "
            "off as they ploughed their field in Tuz Khurmatu district, a local official said. "
            "Both were taken to the Tuz general hospital, he added.\n\nSeparately, Kirkuk "
            "police said they had arrested a man wanted under Article 4 of the anti-terrorism "
            "law in Dibis district on Monday, after an intelligence tip-off. The suspect had "
            "been \"involved in moving weapons for ISIS remnants,\" according to a police "
            "statement.\n\nThe disputed areas between Kirkuk, Salahuddin and Diyala witness "
            "sporadic ISIS attacks despite repeated security operations.",
            "2025-11-12", (Gold(B, "Al Abbasi", "2025-11-11", 1),
                           Gold(E, "Tuz Khurmatu", "2025-11-12", None),
                           Gold(S, "Dibis", "2025-11-10", None))),

    # [5] INA English style. Hard: arrest (S) of a man linked to a dated 2019 attack that
    # killed people (background with date and toll must not be coded); "on Thursday" =
    # published day.
    Article("en",
            "Counter-Terrorism Service arrests terrorist involved in 2019 Kirkuk "
            "bombing\n\nBaghdad-INA - The Counter-Terrorism Service (CTS) announced on Thursday "
            "the arrest of a terrorist in Kirkuk who took part in a car bomb attack that killed "
            "seven civilians in the city in 2019.\n\nThe CTS said in a statement received by "
            "the Iraqi News Agency (INA) that \"acting on accurate intelligence information and "
            "after a judicial warrant was issued, a force of the service arrested on Thursday "
            "one of the most prominent terrorists in the Kirkuk sector.\"\n\nThe statement "
            "added that \"the detainee confessed during preliminary investigation to "
            "participating in the bombing that targeted a restaurant in the centre of Kirkuk in "
            "January 2019, as well as transporting explosives to ISIS cells in Wadi "
            "al-Shay.\"\n\nThe suspect was handed over to the competent authorities to complete "
            "the legal procedures.",
            "2025-09-25", (Gold(S, "Kirkuk", "2025-09-25", None),)),

    # [6] Xinhua style court verdict. Hard: no event; the verdict describes an old attack
    # with a date, place (Tuz Khurmatu) and death toll.
    Article("en",
            "Iraqi court sentences man to death over 2021 Tuz Khurmatu bombing\n\nBAGHDAD, Aug. "
            "28 (Xinhua) -- An Iraqi court on Thursday sentenced to death a man convicted of "
            "carrying out a bombing that killed nine people in the town of Tuz Khurmatu in "
            "Salahuddin province in 2021, the country's Supreme Judicial Council said.\n\nThe "
            "Central Criminal Court in Baghdad found the defendant guilty of planting an "
            "explosive device in a crowded vegetable market in the town in September 2021, the "
            "council said in a statement.\n\nThe court said the ruling was issued under Article "
            "4 of the anti-terrorism law and can be appealed.\n\nIraqi security forces have "
            "stepped up operations against remnants of the Islamic State (IS) group, who "
            "continue to carry out sporadic attacks in the areas between Kirkuk, Salahuddin and "
            "Diyala provinces.",
            "2025-08-28", ()),

    # [7] AP style. Hard: range "between three and five" -> 3; "late Saturday" vs published
    # Sunday; place a mountain "near Makhmour" (district Makhmour); conflicting accounts; a
    # wounded count; Peshmerga ministry quote.
    Article("en",
            "Islamic State militants attack Kurdish post in northern Iraq\n\nERBIL, Iraq (AP) - "
            "Islamic State militants attacked a Kurdish Peshmerga outpost on the slopes of "
            "Qarachogh mountain near the town of Makhmour late Saturday, killing between three "
            "and five fighters, Kurdish officials said.\n\nAccounts of the toll differed. A "
            "Peshmerga officer at the scene told The Associated Press that three fighters were "
            "killed and two wounded in a gunbattle that lasted more than an hour, while a local "
            "official in Makhmour said five had died.\n\n\"They came in from the Iraqi side of "
            "the line, where there is no one,\" the officer said, speaking on condition of "
            "anonymity because he was not authorized to brief reporters. The attackers withdrew "
            "before reinforcements arrived, he said.\n\nThe Peshmerga ministry said in a "
            "statement Sunday that the attack \"once again shows the urgent need to activate "
            "the joint brigades\" with the Iraqi army.\n\nMakhmour lies in a stretch of "
            "territory claimed by both Baghdad and the Kurdish regional government. Islamic "
            "State remnants have exploited the gap between the two forces for years.",
            "2025-10-26", (Gold(B, "Makhmour", "2025-10-25", 3),)),

    # [8] The New Arab English style political statement. Hard: no event; joint brigades and
    # six coordination centres; a reference to "the killing of two soldiers in Daquq in
    # August" as background; places galore.
    Article("en",
            "Iraq, Kurdistan agree to speed up joint brigades as ISIS exploits security "
            "gaps\n\nThe New Arab Staff - Iraqi and Kurdish officials on Saturday agreed to "
            "accelerate the formation of two joint brigades of the Iraqi army and the Peshmerga "
            "to patrol the disputed territories, months after the plan stalled over "
            "funding.\n\nThe agreement came during a meeting in Baghdad of the high security "
            "committee, which also discussed the work of the six joint coordination centres set "
            "up in Kirkuk, Diyala, Makhmour, Nineveh, Khanaqin and Baghdad.\n\n\"The vacuum is "
            "real, and the terrorists know it,\" Peshmerga ministry secretary-general Bakhtiyar "
            "Mohammed said after the meeting, referring to a string of attacks that included "
            "the killing of two soldiers in Daquq in August.\n\nOfficials said the brigades "
            "would be deployed in stages starting with the Makhmour and Kirkuk axes, but gave "
            "no date. The Kurdistan Region has long complained that Baghdad has not paid its "
            "share of the brigades' salaries.",
            "2025-11-01", ()),

    # [9] Kurdistan24 casualty update. Hard: the article's news is a death of a wounded
    # fighter on Sunday; the incident (IED near Gwer) happened on Friday; latest toll two;
    # numbers across the article (one killed, two wounded, now two dead).
    Article("en",
            "Second Peshmerga fighter dies of wounds from Gwer roadside bomb\n\nERBIL "
            "(Kurdistan24) - The death toll from Friday's roadside bomb attack on a Peshmerga "
            "vehicle near Gwer has risen to two, after a fighter succumbed to his wounds on "
            "Sunday, the Ministry of Peshmerga Affairs said on Monday.\n\nThe explosion, near "
            "the sub-district of Gwer in Makhmour district, killed one fighter on the spot and "
            "wounded two others as their vehicle was returning from a position overlooking the "
            "Great Zab river.\n\n\"Our hero Rebwar Hassan was martyred in Erbil's emergency "
            "hospital on Sunday evening after two days of treatment,\" the ministry said in a "
            "statement, expressing its condolences to his family. The third fighter is in a "
            "stable condition, it added.\n\nThe attack was the second targeting Peshmerga "
            "forces in the area in less than a month. Kurdish officials blame ISIS cells hiding "
            "in the Qarachogh mountains.",
            "2025-11-03", (Gold(E, "Gwer", "2025-10-31", 2),)),

    # --- Arabic --------------------------------------------------------------------------
    # [10] Shafaq News Arabic. Hard: kidnapping of a shepherd and body found = V with 1 dead;
    # "فجر اليوم الثلاثاء"; village of Hawija district (unknown village) -> Hawija; mention of
    # previous kidnappings as background.
    Article("ar",
            "شفق نيوز/ العثور على جثة راعٍ اختطفه مسلحو داعش غربي كركوك\n\nشفق نيوز/ أفاد مصدر "
            "أمني في محافظة كركوك، اليوم الثلاثاء، بالعثور على جثة راعي أغنام بعد ساعات من "
            "اختطافه على يد مسلحين يُعتقد أنهم من بقايا تنظيم داعش في قرية تل الذهب التابعة "
            "لقضاء الحويجة غربي المحافظة.\n\nوقال المصدر لوكالة شفق نيوز، إن \"مجموعة مسلحة "
            "تستقل دراجات نارية اقتادت الراعي فجر اليوم من أطراف القرية، قبل أن يُعثر على جثته "
            "مصابة بطلقات نارية في الرأس قرب أحد الوديان\".\n\nوأضاف أن \"القوات الأمنية طوقت "
            "المنطقة وشرعت بعملية تفتيش بحثاً عن الجناة\"، مبيناً أن الجثة نقلت إلى دائرة الطب "
            "العدلي.\n\nيذكر أن مناطق جنوب وغرب الحويجة شهدت خلال العام الماضي عدة حوادث اختطاف "
            "مماثلة لرعاة ومزارعين، غالباً ما انتهت بمقتلهم.",
            "2025-08-26", (Gold(V, "Hawija", "2025-08-26", 1),)),

    # [11] Baghdad Today Arabic. Hard: tribal clash = Battles; Arabic-Indic digits (٣ killed,
    # ٥ wounded); "مساء أمس" vs published Sunday; Jalawla "التابعة لقضاء خانقين".
    Article("ar",
            "بغداد اليوم - ديالى\n\nكشف مصدر محلي في ديالى، اليوم الأحد، عن حصيلة نزاع عشائري "
            "اندلع مساء أمس في ناحية جلولاء التابعة لقضاء خانقين شمال شرقي المحافظة.\n\nوقال "
            "المصدر لـ\"بغداد اليوم\"، إن \"خلافاً على ملكية قطعة أرض زراعية تطور إلى اشتباك "
            "مسلح بين عشيرتين استخدمت فيه الأسلحة المتوسطة، ما أسفر عن مقتل ٣ أشخاص وإصابة ٥ "
            "آخرين بجروح متفاوتة\".\n\nوأضاف أن \"قوة من الجيش والشرطة تدخلت لفض النزاع وفرضت "
            "حظراً للتجوال في الحي، فيما اعتقلت عدداً من المتورطين\"، لافتاً إلى أن \"وجهاء من "
            "المنطقة يسعون إلى عقد جلسة صلح بين الطرفين\".\n\nوتتكرر النزاعات العشائرية في "
            "ديالى بسبب انتشار السلاح المنفلت، وسط مطالبات بحصره بيد الدولة.",
            "2025-09-14", (Gold(B, "Jalawla", "2025-09-13", 3),)),

    # [12] Kurdistan24 Arabic style. Hard: Turkish shelling with "لم يسفر عن خسائر بشرية"
    # -> 0; "صباح اليوم الخميس"; Kani Masi "التابعة لقضاء العمادية" in Duhok; material
    # damage mentioned (orchards burned); PKK mention.
    Article("ar",
            "قصف تركي يستهدف محيط ناحية كاني ماسي في دهوك\n\nأربيل (كوردستان24)- استهدف الجيش "
            "التركي، صباح اليوم الخميس، بالمدفعية الثقيلة محيط قرى ناحية كاني ماسي التابعة "
            "لقضاء العمادية في محافظة دهوك.\n\nوقال مدير الناحية لكوردستان24، إن \"القصف استمر "
            "قرابة ساعتين وطال المرتفعات المحيطة بالقرى الحدودية، وأدى إلى احتراق مساحات من "
            "البساتين والمراعي\"، مؤكداً أنه \"لم يسفر عن خسائر بشرية\".\n\nوأشار إلى أن عدداً "
            "من العائلات غادرت منازلها مؤقتاً باتجاه مركز الناحية خشية تجدد القصف.\n\nوتشن "
            "تركيا منذ سنوات عمليات عسكرية في المناطق الحدودية لإقليم كوردستان تقول إنها تستهدف "
            "مسلحي حزب العمال الكوردستاني، فيما تسببت تلك العمليات بإخلاء عشرات القرى.",
            "2025-10-09", (Gold(E, "Kani Masi", "2025-10-09", 0),)),

    # [13] Alsumaria style denial. Hard: no event; an "attack" in Laylan is named and denied;
    # today weekday; police statement.
    Article("ar",
            "شرطة كركوك تنفي تعرض قرية في ناحية ليلان لهجوم مسلح\n\nالسومرية نيوز/ كركوك\nنفت "
            "قيادة شرطة محافظة كركوك، اليوم السبت، الأنباء التي تداولتها مواقع التواصل "
            "الاجتماعي عن تعرض إحدى قرى ناحية ليلان لهجوم مسلح أسفر عن ضحايا.\n\nوقالت القيادة "
            "في بيان تلقت السومرية نيوز نسخة منه، إن \"ما نشر عار عن الصحة جملة وتفصيلاً، "
            "والأوضاع الأمنية في الناحية وقراها مستقرة\"، داعية وسائل الإعلام إلى \"توخي الدقة "
            "واعتماد المصادر الرسمية\".\n\nوأضاف البيان أن \"إطلاق نار سُمع ليلة أمس كان ناجماً "
            "عن مناسبة اجتماعية، وقد جرى اتخاذ الإجراءات القانونية بحق مطلقي النار\".",
            "2025-11-01", ()),

    # [14] Al-Mada style anniversary + mass grave exhumation. Hard: no event; the 2014
    # massacre with figures (thousands killed), exhumation of a grave in Kocho "اليوم".
    Article("ar",
            "في الذكرى الحادية عشرة للإبادة.. فرق الطب العدلي تفتح مقبرة جماعية جديدة في "
            "سنجار\n\nالمدى/ نينوى\nبالتزامن مع الذكرى الحادية عشرة لإبادة الإيزيديين، باشرت "
            "فرق دائرة الطب العدلي ومؤسسة الشهداء، اليوم الأحد، بفتح مقبرة جماعية في قرية كوجو "
            "جنوبي قضاء سنجار، يُعتقد أنها تضم رفات عشرات الضحايا.\n\nوقال مسؤول في مؤسسة "
            "الشهداء للمدى، إن \"المقبرة هي الثانية التي تُفتح هذا العام في محيط القرية، وستنقل "
            "الرفات إلى بغداد لمطابقة الحمض النووي مع ذوي الضحايا\".\n\nوكان تنظيم داعش قد "
            "اجتاح سنجار في الثالث من آب 2014، وقتل آلاف الرجال واختطف أكثر من ستة آلاف امرأة "
            "وطفل، فيما لا يزال مصير أكثر من ألفين و500 منهم مجهولاً.\n\nوأحيا الآلاف من أبناء "
            "المكون الإيزيدي الذكرى في مراسم أقيمت عند معبد لالش ومجمعات النزوح في دهوك، وسط "
            "مطالبات بإعادة إعمار القضاء وتعويض المتضررين.",
            "2025-08-03", ()),

    # [15] Al-Araby al-Jadeed style, same incident as [0] by another outlet. Hard: dual
    # number word "جنديين" (two), "ثلاثة آخرين"; "أمس الأحد" vs published Monday; the valley
    # "وادي الشاي" with "ضمن قضاء داقوق"; background about Hamrin attack with toll.
    Article("ar",
            "مقتل جنديين عراقيين بتفجير عبوة ناسفة جنوب غربي كركوك\n\nالعربي الجديد - "
            "بغداد\nقُتل جنديان من الجيش العراقي وأصيب ثلاثة آخرون، أمس الأحد، بتفجير عبوة "
            "ناسفة استهدفت دورية عسكرية في منطقة وادي الشاي ضمن قضاء داقوق جنوب غربي مدينة "
            "كركوك، وفق ما أفاد به مسؤول أمني \"العربي الجديد\".\n\nوأوضح المسؤول، الذي طلب عدم "
            "ذكر اسمه، أن \"العبوة زُرعت على طريق ترابي تستخدمه القوات في عمليات التفتيش، "
            "وانفجرت لدى مرور عجلة من نوع همفي\"، مضيفاً أن \"الجرحى نقلوا إلى مستشفى كركوك "
            "العام\".\n\nويأتي الهجوم بعد أسابيع من كمين في سلسلة جبال حمرين أودى بحياة أربعة "
            "من عناصر الحشد الشعبي، في مؤشر على تصاعد نشاط خلايا تنظيم \"داعش\" في المناطق "
            "المتنازع عليها بين بغداد وأربيل.\n\nويقول خبراء أمنيون إن الفراغ الأمني بين خطوط "
            "انتشار الجيش والبيشمركة ما زال يوفر ملاذاً لعناصر التنظيم.",
            "2025-08-18", (Gold(E, "Wadi al-Shay", "2025-08-17", 2),)),

    # [16] INA Arabic (واع) style: deployment of a joint brigade (S) in the Makhmour area,
    # plus the six coordination centres. Hard: deployment announced "اليوم الخميس"; place
    # "بين مخمور وكوير" (Makhmour district); many political statements.
    Article("ar",
            "بغداد - واع\nأعلنت قيادة العمليات المشتركة، اليوم الخميس، مباشرة أول لواء مشترك من "
            "الجيش العراقي وقوات البيشمركة بالانتشار في المنطقة الفاصلة بين قضاء مخمور وناحية "
            "كوير.\n\nوقال المتحدث باسم القيادة في بيان تلقته وكالة الأنباء العراقية (واع)، إن "
            "\"اللواء المشترك الأول انتشر اليوم في القاطع الممتد من مخمور حتى نهر الزاب الكبير، "
            "وباشر بمسك الأرض وتنفيذ واجبات التفتيش والمراقبة\".\n\nوأضاف أن \"انتشار اللواء "
            "يأتي تنفيذاً لمخرجات اللجنة الأمنية العليا، بالتنسيق مع مراكز التنسيق المشتركة "
            "الستة في بغداد وأربيل وكركوك وديالى ونينوى ومخمور\".\n\nمن جانبه، أكد وكيل وزارة "
            "البيشمركة أن \"اللواء الثاني سيتبع الأول خلال الأسابيع المقبلة في محور كركوك\"، "
            "مشيراً إلى أن \"الهدف هو سد الفراغات التي يستغلها الإرهابيون\".",
            "2025-11-20", (Gold(S, "Makhmour", "2025-11-20", None),)),

    # [17] Baghdad Today Arabic, Salahuddin. Hard: wounded only (ثلاثة مدنيين) -> fatalities
    # None; "عصر اليوم السبت"; Shirqat "شمالي صلاح الدين"; "الثالثة من نوعها خلال الشهر"
    # background.
    Article("ar",
            "بغداد اليوم - صلاح الدين\n\nأفاد مصدر أمني في محافظة صلاح الدين، اليوم السبت (27 "
            "أيلول 2025)، بإصابة ثلاثة مدنيين بانفجار عبوة ناسفة في قضاء الشرقاط شمالي "
            "المحافظة.\n\nوقال المصدر لـ\"بغداد اليوم\"، إن \"عبوة ناسفة محلية الصنع انفجرت عصر "
            "اليوم على جانب طريق زراعي في الساحل الأيسر للشرقاط، لدى مرور سيارة مدنية تقل "
            "عائلة، ما أدى إلى إصابة ثلاثة من ركابها بجروح بينهم طفل\".\n\nوأضاف أن \"المصابين "
            "نقلوا إلى مستشفى الشرقاط العام لتلقي العلاج، فيما فتحت القوات الأمنية تحقيقاً "
            "بالحادث\".\n\nوهذه هي الحادثة الثالثة من نوعها خلال الشهر الجاري في مناطق الساحل "
            "الأيسر، التي لا تزال تعاني من مخلفات الحرب وخلايا نائمة لتنظيم داعش.",
            "2025-09-27", (Gold(E, "Shirqat", "2025-09-27", None),)),

    # [18] Rudaw Arabic style monthly tally. Hard: no event; tallies with Arabic-Indic digits,
    # months and provinces; one incident-like sentence that is a tally item.
    Article("ar",
            "روداو - أربيل\nكشفت خلية الإعلام الأمني، اليوم الأربعاء، عن حصيلة عملياتها خلال "
            "شهر أيلول الماضي في محافظات كركوك وديالى وصلاح الدين ونينوى.\n\nوذكرت الخلية في "
            "بيان، أن القوات الأمنية نفذت خلال الشهر ٤٢ عملية تفتيش وضربات جوية، أسفرت عن مقتل "
            "١٧ إرهابياً واعتقال ٦٣ مطلوباً، إضافة إلى تدمير ٢٥ مضافة وكهفاً وضبط ٩٠ عبوة "
            "ناسفة.\n\nوبحسب البيان، فإن أغلب العمليات تركزت في سلسلة جبال حمرين ووادي الشاي "
            "وصحراء الحضر، فيما بلغت خسائر القوات الأمنية خلال الشهر ذاته ستة شهداء و١١ "
            "جريحاً.\n\nويرى مراقبون أن الأرقام تعكس تراجعاً في قدرات التنظيم، لكنها لا تلغي "
            "خطر الخلايا المتبقية في المناطق المتنازع عليها.",
            "2025-10-01", ()),

    # [19] Shafaq News Arabic drone attack on Harir base. Hard: Arabic-Indic count of drones
    # (٣ طائرات) that is not deaths; "دون وقوع إصابات" -> 0; "ليلة أمس الأربعاء" vs
    # published Thursday; Harir "التابعة لقضاء شقلاوة" in Erbil; earlier attacks as background.
    Article("ar",
            "شفق نيوز/ هجوم بمسيرات يستهدف قاعدة حرير شمالي أربيل\n\nشفق نيوز/ أعلنت وزارة "
            "الداخلية في إقليم كوردستان، اليوم الخميس، إحباط هجوم بثلاث طائرات مسيرة مفخخة "
            "استهدف قاعدة حرير العسكرية التابعة لقضاء شقلاوة شمال أربيل ليلة أمس "
            "الأربعاء.\n\nوقالت الوزارة في بيان تلقته وكالة شفق نيوز، إن \"منظومة الدفاع الجوي "
            "أسقطت طائرتين من أصل ٣ طائرات مسيرة، فيما سقطت الثالثة في أرض زراعية قرب "
            "القاعدة\"، مؤكدة أن الهجوم \"لم يسفر عن وقوع إصابات أو أضرار مادية\".\n\nودانت "
            "حكومة الإقليم الهجوم، ووصفته بأنه \"عمل إرهابي يستهدف أمن واستقرار الإقليم\"، "
            "مطالبة الحكومة الاتحادية بالكشف عن الجهات التي تقف وراءه.\n\nيذكر أن قاعدة حرير، "
            "التي تضم قوات من التحالف الدولي، تعرضت لهجمات مماثلة خلال الأعوام الماضية، كان "
            "آخرها في حزيران الماضي.",
            "2025-10-16", (Gold(E, "Harir", "2025-10-15", 0),)),
)  # fmt: skip


#: A tenth batch written blind (Reuters, AFP, Xinhua, INA, Security Media Cell, CTD, Baghdad
#: Today, Al-Mada, The New Arab): casualty updates, a CTD arrest statement whose dateline city
#: is only the plot's target, a denial of a drone attack on Harir, a mass grave, a monthly
#: tally in Arabic-Indic digits, the same Khor Mor strike in two outlets. First measured after
#: the WIRE4 rules: en P 0.67 R 1.00 (location 1.00, date 1.00, fatalities 0.88), ar P 0.62
#: R 1.00 (location 1.00, date 0.88, fatalities 1.00); the coder of bf33157 had en P 0.57,
#: ar P 0.57. Fixed by: a definite placeless trigger with no event before it is background;
#: "had" after the trigger outside reported speech; a date after أن/that is what was said;
#: a toll that "rises to N" wins; exhumations; counts of (١٢) ضربة; no village after the
#: plural قرى or a definite kind word. Then development data.
WIRE5: tuple[Article, ...] = (
    # --- English ----------------------------------------------------------------------------
    # Reuters wire style "(Reuters) -"; "late on Sunday" vs published Monday; long background
    # with an earlier deadly attack (April 2024) that must not be coded; explicit no casualties.
    Article("en", "Drone attack hits Iraq's Khor Mor gas field, no casualties - sources\n\n"
        "SULAYMANIYAH, Iraq, Sept 15 (Reuters) - An explosives-laden drone struck a storage "
        "area at the Khor Mor gas field in Iraq's semi-autonomous Kurdistan region late on "
        "Sunday, briefly halting part of the production, two security sources and a company "
        "official said.\n\n"
        "No one was hurt in the attack, the official, who asked not to be named because he was "
        "not authorised to speak to the media, told Reuters. Firefighters put out a small blaze "
        "within an hour, he said.\n\n"
        "Dana Gas, which operates the field with partners in the Pearl Petroleum consortium, "
        "did not immediately respond to a request for comment.\n\n"
        "No group claimed responsibility. Kurdish officials have in the past blamed Iran-aligned "
        "armed factions for strikes on the field, which supplies gas to power plants that "
        "generate much of the region's electricity. The factions deny involvement.\n\n"
        "In April 2024 a drone attack on Khor Mor killed four Yemeni workers and led to power "
        "cuts across the region for days. The field, which lies between Kirkuk and "
        "Sulaymaniyah in the district of Chamchamal, has been targeted more than a dozen times "
        "since 2022.\n\n"
        "(Reporting by Reuters staff in Sulaymaniyah; Writing by a Baghdad newsroom; Editing by "
        "an editor)",
        "2025-09-15", (Gold(E, "Khor Mor", "2025-09-14", 0),)),
    # AFP roundup: two incidents (an IED on Tuesday, a clash on Wednesday) in one dispatch;
    # the second has a wounded count only; 2017 victory background.
    Article("en", "Two Iraqi soldiers killed in bombing north of Baghdad\n\n"
        "Baghdad (AFP) - Two Iraqi soldiers were killed when a roadside bomb tore through their "
        "patrol near Tarmiyah, north of Baghdad, on Tuesday, security officials told AFP, in "
        "one of the deadliest attacks in the area this year.\n\n"
        "The device went off as the patrol was sweeping orchards on the eastern bank of the "
        "Tigris, an army officer said on condition of anonymity. A third soldier was lightly "
        "wounded.\n\n"
        "In a separate incident early Wednesday, jihadists opened fire on an army outpost in "
        "the Hamrin mountains, a rugged range straddling the provinces of Diyala, Salaheddin "
        "and Kirkuk, wounding three soldiers before fleeing, a military source said.\n\n"
        "No group has claimed either attack, but such operations are usually the work of the "
        "Islamic State group, whose remnants still hide in the desert and mountain areas of "
        "northern and western Iraq.\n\n"
        "Iraq declared victory over IS at the end of 2017, after a gruelling three-year "
        "campaign backed by a US-led coalition. According to a UN report, the group still has "
        "between 1,500 and 3,000 fighters across Iraq and Syria.\n\n"
        "bur-ab/sbk",
        "2025-10-22", (Gold(E, "Tarmiyah", "2025-10-21", 2),
                       Gold(B, "Hamrin", "2025-10-22", None))),
    # Xinhua casualty update: toll rises from three to five the next day; coded once on the
    # day of the attack (Monday) with the latest toll; number words.
    Article("en", "Death toll from roadside bomb attack in Iraq's Kirkuk rises to 5\n\n"
        "BAGHDAD, Nov. 11 (Xinhua) -- The death toll from a roadside bomb attack on an Iraqi "
        "army vehicle in the northern province of Kirkuk on Monday rose to five, after two "
        "wounded soldiers died of their injuries in hospital, a security source said on "
        "Tuesday.\n\n"
        "Three soldiers, including an officer, were killed on the spot when the bomb went off "
        "as their vehicle was travelling on a dirt road on the outskirts of Daquq district, "
        "some 40 km south of the provincial capital Kirkuk, the source told Xinhua on condition "
        "of anonymity.\n\n"
        "Two more soldiers died overnight, and a sixth is still in critical condition, the "
        "source added.\n\n"
        "The security situation in Iraq has improved since Iraqi forces defeated the Islamic "
        "State (IS) militants across the country in late 2017. However, IS remnants have since "
        "melted into urban areas, deserts and rugged areas, carrying out frequent guerrilla "
        "attacks against security forces and civilians.",
        "2025-11-11", (Gold(E, "Daquq", "2025-11-10", 5),)),
    # Kurdistan Region CTD statement: arrest of two suspects in Gwer (Makhmour district); the
    # statement names Erbil as the plot's target (not the place of the event).
    Article("en", "Kurdistan Region CTD arrests two ISIS suspects in Gwer\n\n"
        "ERBIL - The Kurdistan Region's Counter-Terrorism Directorate (CTD) announced on "
        "Thursday the arrest of two suspected members of the Islamic State (ISIS) who, it said, "
        "had been planning attacks on public places in Erbil.\n\n"
        "\"Acting on accurate intelligence and after a judicial warrant was issued, our forces "
        "arrested the two suspects on Wednesday in the Gwer subdistrict,\" the CTD said in a "
        "statement, identifying them only by their initials, A.M.H. and S.K.J.\n\n"
        "According to the statement, the two men had been in contact with ISIS handlers in "
        "Syria and had received money to buy materials for making explosives. They have been "
        "handed over to the relevant court.\n\n"
        "Gwer, which lies on the Great Zab river south-west of Erbil, is part of Makhmour "
        "district, an area where Kurdish officials have long warned of a security gap between "
        "the Peshmerga and the Iraqi army that militants exploit.\n\n"
        "Last year the directorate said it had foiled several plots against the Kurdistan "
        "Region and detained dozens of suspects.",
        "2025-08-21", (Gold(S, "Gwer", "2025-08-20", None),)),
    # INA English of a Security Media Cell statement: F-16 strike "on Sunday evening",
    # published Monday; four militants killed; official idiom.
    Article("en", "Security Media Cell: Iraqi F-16s destroy ISIS hideouts in Wadi al-Shay\n\n"
        "Baghdad - INA\n\n"
        "The Security Media Cell announced on Monday that Iraqi F-16 fighter jets had carried "
        "out an airstrike on ISIS hideouts in Kirkuk province, killing four terrorists.\n\n"
        "The cell said in a statement, received by the Iraqi News Agency (INA), that \"based "
        "on accurate intelligence information from the Joint Operations Command, and under the "
        "supervision of the Commander-in-Chief of the Armed Forces, the heroic falcons of the "
        "Air Force carried out, on Sunday evening, a precise airstrike on terrorist hideouts in "
        "Wadi al-Shay\".\n\n"
        "It added that \"the strike resulted in the destruction of the hideouts and the "
        "killing of four terrorists, whose bodies were recovered by a ground force\", noting "
        "that weapons, explosive belts and communication devices were seized.\n\n"
        "The Security Media Cell stressed that operations to pursue the remnants of terrorist "
        "gangs will continue until the last terrorist is eliminated.",
        "2025-10-06", (Gold(E, "Wadi al-Shay", "2025-10-05", 4),)),
    # AP-style long analysis on joint brigades and the coordination centres: several earlier
    # attacks mentioned as background only; no event.
    Article("en", "In Iraq's disputed territories, a long-promised joint force is still "
        "mostly on paper\n\n"
        "KIRKUK, Iraq (AP) - On the dusty ridge lines between the Kurdish Peshmerga and the "
        "Iraqi army, militants have for years found room to move. A plan to close that gap "
        "with joint brigades, agreed by Baghdad and Erbil with U.S. backing, was supposed to "
        "change that. Two years on, officials on both sides say progress is slow.\n\n"
        "\"We have the brigades on paper, we have the commanders, but the money and the "
        "weapons are not there,\" a senior Peshmerga officer said in an interview, speaking on "
        "condition of anonymity because he was not authorized to brief reporters.\n\n"
        "The agreement foresees two joint brigades and six coordination centers stretching "
        "from Khanaqin in the east to Sinjar in the west. Only some of the centers are "
        "operating, according to Iraqi and Kurdish officials.\n\n"
        "The urgency is real. Last month's ambush on soldiers near Tuz Khurmatu and a string "
        "of roadside bombs around Daquq in the summer were reminders that Islamic State cells "
        "remain active in the area, officials say. In 2023, an attack on a Peshmerga post in "
        "Makhmour killed several fighters.\n\n"
        "Iraq's Defense Ministry said in a statement last week that it was \"committed to "
        "completing the formation of the joint brigades\" and that funding would be included "
        "in next year's budget. The Kurdistan Region's Ministry of Peshmerga Affairs has said "
        "the delay is political.\n\n"
        "Analysts say the stakes go beyond security. \"Whoever controls these lines controls "
        "the oil, the land and the votes,\" said a Baghdad-based researcher.",
        "2025-11-03", ()),
    # Reuters court verdict on an old (2023) bombing: no event despite deaths and a place.
    Article("en", "Iraqi court sentences man to death over 2023 Kirkuk bombing\n\n"
        "BAGHDAD, Sept 24 (Reuters) - An Iraqi court on Wednesday sentenced a man to death for "
        "his role in a 2023 car bombing in the northern city of Kirkuk that killed six people "
        "and wounded more than 20, Iraq's judiciary said.\n\n"
        "The Kirkuk criminal court found the defendant guilty under the anti-terrorism law of "
        "helping prepare and transport the explosives, the Supreme Judicial Council said in a "
        "statement. He can appeal the verdict.\n\n"
        "The bombing targeted a market in the south of the city. Islamic State claimed "
        "responsibility at the time.\n\n"
        "Rights groups have criticised Iraq's use of the death penalty and the speed of terrorism "
        "trials, saying confessions are sometimes extracted under duress. Iraqi authorities "
        "deny this.\n\n"
        "(Reporting by Baghdad newsroom; Editing by an editor)",
        "2025-09-24", ()),
    # The New Arab English: Iranian shelling near Penjwen "on Friday"; wounded shepherd only
    # (fatalities not reported); background on Sidakan (not in the gazetteer) shelling.
    Article("en", "Iranian artillery shells border villages in Iraqi Kurdistan, shepherd "
        "wounded\n\n"
        "The New Arab Staff & Agencies\n\n"
        "Iranian artillery shelled mountainous areas near the town of Penjwen in the Kurdistan "
        "Region of Iraq on Friday, wounding a shepherd and setting fire to orchards, local "
        "officials said.\n\n"
        "The mayor of Penjwen told The New Arab that \"more than 15 shells\" had fallen around "
        "border villages in the afternoon, forcing several families to leave their homes for "
        "the town.\n\n"
        "\"A young shepherd was hit by shrapnel while grazing his sheep, and he was taken to "
        "hospital in Sulaimaniyah,\" he said, adding that his condition was stable.\n\n"
        "Tehran has not commented. Iran's Revolutionary Guards regularly target what they say "
        "are positions of Iranian Kurdish opposition groups in the border areas. Earlier this "
        "month, Iranian drones struck near Sidakan, in Erbil province.\n\n"
        "Baghdad and Tehran signed a security agreement in 2023 under which Iraq pledged to "
        "disarm the opposition groups and move them away from the border.",
        "2025-08-30", (Gold(E, "Penjwen", "2025-08-29", None),)),
    # Baghdad Today (English): kidnapping of civilians, range of victims ("between three and
    # five"), "late Tuesday"; monthly tally and Hawija as background/distractor.
    Article("en", "Gunmen abduct shepherds west of Hawija\n\n"
        "Baghdad Today - Kirkuk\n\n"
        "Unidentified gunmen abducted between three and five shepherds late Tuesday in "
        "al-Abbasi subdistrict, west of Hawija in Kirkuk province, a local source said on "
        "Wednesday.\n\n"
        "The source told Baghdad Today that \"a group of armed men riding motorcycles raided a "
        "grazing area near the edge of the villages and took the shepherds with their flock "
        "towards the Wadi Zghaytun valley\", adding that their fate was still unknown.\n\n"
        "Security forces launched a search operation in the area at dawn, the source said.\n\n"
        "The area west of Hawija was one of the last strongholds of ISIS in Kirkuk, and "
        "residents complain of the lack of security forces in remote farmland. A provincial "
        "official said last month that 11 security incidents had been recorded in the Hawija "
        "area since the start of the year.",
        "2025-11-19", (Gold(V, "Abbasi", "2025-11-18", None),)),
    # Xinhua-style denial: Peshmerga ministry denies reports of a drone attack on Harir base.
    Article("en", "Iraqi Kurdish authorities deny reports of drone attack on Harir base\n\n"
        "ERBIL, Iraq, Oct. 13 (Xinhua) -- The Ministry of Peshmerga Affairs of Iraq's "
        "Kurdistan Region on Monday denied reports that a drone had attacked Harir air base "
        "north of Erbil, which hosts U.S.-led coalition forces.\n\n"
        "\"The news circulated on some social media pages about a drone attack on Harir base "
        "is completely false,\" the ministry said in a brief statement, urging media outlets "
        "to rely on official sources.\n\n"
        "Several social media accounts affiliated with armed groups had claimed on Sunday "
        "night that a drone had hit the base. No damage or casualties were reported by any "
        "official source.\n\n"
        "Harir base and Erbil international airport have been targeted by drones and rockets "
        "several times in recent years, attacks usually blamed on Iran-backed factions.",
        "2025-10-13", ()),
    # --- Arabic -----------------------------------------------------------------------------
    # INA Arabic of a Security Media Cell statement: "مساء أمس الاثنين" (published Tuesday),
    # Arabic-Indic digits in the parenthesised count, شهيد idiom.
    Article("ar", "خلية الإعلام الأمني: استشهاد ضابط وإصابة منتسبين اثنين بانفجار عبوة "
        "ناسفة في طوزخورماتو\n\n"
        "بغداد - واع\n\n"
        "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، استشهاد ضابط وإصابة منتسبين اثنين "
        "بانفجار عبوة ناسفة استهدفت عجلة تابعة للجيش العراقي في قضاء طوزخورماتو بمحافظة "
        "صلاح الدين.\n\n"
        "وذكرت الخلية في بيان تلقته وكالة الأنباء العراقية (واع)، أنه \"مساء أمس الاثنين، "
        "وخلال قيام قوة من الفرقة الرابعة بواجب تفتيش وتطهير، انفجرت عبوة ناسفة على "
        "إحدى العجلات، ما أدى إلى استشهاد ضابط برتبة ملازم أول وإصابة (٢) من المنتسبين\".\n\n"
        "وأضاف البيان أن \"المصابين نقلوا إلى المستشفى لتلقي العلاج، وحالتهم مستقرة\"، "
        "مشيراً إلى أن القطعات الأمنية باشرت بتفتيش المنطقة بحثاً عن المتورطين.\n\n"
        "يذكر أن المناطق المحيطة بطوزخورماتو وسلسلة جبال حمرين تشهد بين الحين والآخر "
        "هجمات لبقايا عصابات داعش الإرهابية.",
        "2025-08-12", (Gold(E, "Tuz Khurmatu", "2025-08-11", 1),)),
    # Joint Operations Command statement: two items in one statement (airstrike at dawn today
    # with Arabic-Indic count; arrest yesterday in Shirqat).
    Article("ar", "العمليات المشتركة: مقتل ٥ إرهابيين بضربة جوية في حمرين والقبض على "
        "إرهابي في الشرقاط\n\n"
        "بغداد - واع\n\n"
        "أعلنت قيادة العمليات المشتركة، اليوم الخميس، مقتل خمسة إرهابيين بضربة جوية في "
        "سلسلة جبال حمرين.\n\n"
        "وقالت القيادة في بيان: \"بعد متابعة استخبارية دقيقة استمرت لأكثر من أسبوعين، "
        "نفذت طائرات القوة الجوية فجر اليوم الخميس ضربة جوية استهدفت وكراً لعصابات داعش "
        "الإرهابية في سلسلة جبال حمرين، أسفرت عن مقتل (٥) إرهابيين وتدمير الوكر بالكامل\".\n\n"
        "وأضاف البيان أنه \"في سياق متصل، تمكنت مفارز جهاز الأمن الوطني في محافظة صلاح الدين "
        "أمس الأربعاء من إلقاء القبض على إرهابي مطلوب وفق أحكام المادة ٤ إرهاب في قضاء "
        "الشرقاط، كان يعمل بما يسمى ديوان الحسبة إبان سيطرة العصابات على المنطقة\".\n\n"
        "وأكدت القيادة أن \"العمليات مستمرة لملاحقة بقايا الإرهاب في جميع المناطق\".",
        "2025-11-27", (Gold(E, "Hamrin", "2025-11-27", 5),
                       Gold(S, "Shirqat", "2025-11-26", None))),
    # Baghdad Today - Diyala: ISIS attack on a PMF post near Qara Tapa "ليلة أمس الأحد";
    # dual-number idiom "منتسبَين اثنين".
    Article("ar", "هجوم لداعش على نقطة للحشد قرب قره تبه يخلف شهيدين\n\n"
        "بغداد اليوم - ديالى\n\n"
        "أفاد مصدر أمني في محافظة ديالى، اليوم الاثنين، باستشهاد منتسبَين اثنين في الحشد "
        "الشعبي وإصابة ثالث، بهجوم لعناصر تنظيم داعش على نقطة مرابطة قرب ناحية قره تبه "
        "شمال شرقي المحافظة.\n\n"
        "وقال المصدر لـ\"بغداد اليوم\"، إن \"مجموعة من عناصر داعش تسللت ليلة أمس الأحد "
        "من المناطق الوعرة المحاذية للناحية، وهاجمت النقطة بالأسلحة الخفيفة والمتوسطة، "
        "واستمر الاشتباك قرابة نصف ساعة قبل أن ينسحب المهاجمون\".\n\n"
        "وأضاف أن \"قوة من الحشد والجيش وصلت إلى المكان وبدأت عملية تفتيش واسعة\"، "
        "لافتاً إلى أن \"المنطقة تعاني من فراغ أمني بين القطعات الاتحادية وقوات البيشمركة "
        "منذ سنوات\".\n\n"
        "وتعد مناطق شمال شرق ديالى، ولا سيما المناطق القريبة من كفري وجلولاء، من أكثر "
        "المناطق التي تشهد نشاطاً لخلايا داعش.",
        "2025-10-13", (Gold(B, "Qara Tapa", "2025-10-12", 2),)),
    # Al-Mada long analysis of the Makhmour vacuum; earlier incidents as background; the one
    # new incident (landmine wounding farmers, wounded only) is buried in the last paragraph.
    Article("ar", "مخمور.. فراغ أمني يتسع بين الجيش والبيشمركة والأهالي يدفعون الثمن\n\n"
        "المدى/ خاص\n\n"
        "على امتداد السهول الزراعية الممتدة جنوب غربي أربيل، يقف قضاء مخمور شاهداً على "
        "سنوات من التجاذب بين بغداد وأربيل، حيث ما تزال مساحات واسعة من الأراضي خارج "
        "السيطرة الفعلية لأي من الطرفين.\n\n"
        "ويقول مسؤول محلي في القضاء لـ\"المدى\"، إن \"جبل قرەچوغ ما يزال ملاذاً لعناصر "
        "داعش، وإن المزارعين باتوا يتجنبون الذهاب إلى أراضيهم بعد الغروب\"، مضيفاً أن "
        "\"الهجمات التي شهدها القضاء خلال العامين الماضيين، ومنها الهجوم على نقطة "
        "للبيشمركة الذي راح ضحيته عدد من المقاتلين، كشفت حجم الثغرات\".\n\n"
        "وكانت الحكومتان قد اتفقتا على تشكيل لواءين مشتركين وستة مراكز تنسيق، غير أن "
        "مصادر في وزارة البيشمركة تؤكد أن \"التنفيذ ما يزال بطيئاً\"، فيما يرى خبراء أن "
        "الخلافات السياسية حول إدارة المناطق المتنازع عليها تعرقل أي ترتيب أمني دائم.\n\n"
        "ويشير الأهالي إلى أن مخلفات الحرب من الألغام والعبوات ما تزال منتشرة في الأراضي "
        "الزراعية، وأن فرق إزالة الألغام لم تصل إلى كثير من القرى.\n\n"
        "وفي هذا السياق، أصيب ثلاثة مزارعين، أمس الأحد، بانفجار لغم أرضي أثناء حراثتهم "
        "أرضاً زراعية في إحدى القرى التابعة لقضاء مخمور، ونقلوا إلى مستشفى في أربيل، "
        "بحسب مصدر طبي.",
        "2025-11-03", (Gold(E, "Makhmour", "2025-11-02", None),)),
    # Kurdistan24 Arabic report of the same Khor Mor strike as the Reuters piece (its own
    # gold event); "ليلة أمس الأحد"; no casualties.
    Article("ar", "استهداف حقل كورمور الغازي بطائرة مسيرة دون خسائر بشرية\n\n"
        "كوردستان24 - السليمانية\n\n"
        "تعرض حقل كورمور الغازي في قضاء جمجمال التابع لمحافظة السليمانية، ليلة أمس الأحد، "
        "لهجوم بطائرة مسيرة مفخخة، من دون تسجيل أي خسائر بشرية.\n\n"
        "وقال مصدر في إدارة الحقل لكوردستان24 إن \"الطائرة سقطت قرب أحد خزانات التخزين "
        "وتسببت بحريق محدود تمت السيطرة عليه\"، مبيناً أن \"العمل في الحقل عاد إلى طبيعته "
        "صباح اليوم الاثنين\".\n\n"
        "من جهتها، أدانت حكومة إقليم كوردستان الهجوم، ووصفته في بيان بأنه \"عمل إرهابي "
        "يستهدف قوت المواطنين وخدماتهم\"، مطالبة الحكومة الاتحادية بالكشف عن الجهات "
        "المنفذة.\n\n"
        "ويعد هذا الهجوم الأحدث ضمن سلسلة هجمات تعرض لها الحقل، كان أعنفها في نيسان 2024 "
        "حين قتل أربعة عمال يمنيين.",
        "2025-09-15", (Gold(E, "Khor Mor", "2025-09-14", 0),)),
    # The New Arab Arabic: Turkish airstrikes near Amedi "ظهر أمس الثلاثاء"; no casualties;
    # Zakho and Sinjar mentioned as background.
    Article("ar", "قصف تركي جديد يطاول قرى العمادية في دهوك\n\n"
        "أربيل - العربي الجديد\n\n"
        "شنّت طائرات حربية تركية، ظهر أمس الثلاثاء، غارات على مناطق جبلية قرب قضاء العمادية "
        "في محافظة دهوك بإقليم كردستان العراق، ما أدى إلى اندلاع حرائق في البساتين والغابات، "
        "من دون أن تسفر عن ضحايا.\n\n"
        "وقال مسؤول محلي في العمادية لـ\"العربي الجديد\" إن \"الغارات استهدفت محيط قرى "
        "يقطنها مزارعون، وأثارت الهلع بين الأهالي\"، مؤكداً أنه \"لم تسجل أي إصابات بين "
        "المدنيين\".\n\n"
        "وتواصل تركيا عملياتها العسكرية ضد مسلحي حزب العمال الكردستاني في شمال العراق، "
        "رغم إعلان الحزب في وقت سابق من العام إلقاء السلاح وحل نفسه. وكانت مناطق في قضاء "
        "زاخو وجبل سنجار قد تعرضت لقصف مماثل خلال الأشهر الماضية.\n\n"
        "ويقول ناشطون إن عشرات القرى الحدودية أُفرغت من سكانها بسبب القصف المتكرر.",
        "2025-10-22", (Gold(E, "Amedi", "2025-10-21", 0),)),
    # Mass-grave exhumation in Sinjar (not an event), INA-style with official names.
    Article("ar", "فتح مقبرة جماعية جديدة لضحايا داعش من الإيزيديين في سنجار\n\n"
        "نينوى - واع\n\n"
        "باشرت دائرة شؤون وحماية المقابر الجماعية التابعة لمؤسسة الشهداء، اليوم الثلاثاء، "
        "بفتح مقبرة جماعية جديدة في قضاء سنجار غربي محافظة نينوى، تضم رفات ضحايا من "
        "المكون الإيزيدي قتلهم عناصر داعش عام 2014.\n\n"
        "وقال مدير الدائرة في تصريح لوكالة الأنباء العراقية (واع)، إن \"الفرق الفنية "
        "والطب العدلي بدأت أعمال الحفر، ومن المتوقع أن تضم المقبرة رفات أكثر من عشرين "
        "ضحية\"، مبيناً أن \"الرفات سينقل إلى بغداد لإجراء فحوصات الحمض النووي\".\n\n"
        "وأضاف أن \"عدد المقابر التي فتحت في سنجار حتى الآن تجاوز الثمانين مقبرة\".\n\n"
        "يذكر أن تنظيم داعش اجتاح سنجار في آب 2014، وقتل وخطف الآلاف من الإيزيديين.",
        "2025-08-12", ()),
    # INA monthly tally of the Security Media Cell (not an event); Arabic-Indic numbers.
    Article("ar", "خلية الإعلام الأمني تعلن حصيلة عمليات شهر أيلول\n\n"
        "بغداد - واع\n\n"
        "أعلنت خلية الإعلام الأمني، اليوم الأربعاء، حصيلة العمليات الأمنية التي نفذتها "
        "القطعات خلال شهر أيلول الماضي.\n\n"
        "وذكرت الخلية في بيان أن \"القوات الأمنية بمختلف صنوفها تمكنت خلال الشهر الماضي من "
        "قتل (١٧) إرهابياً، وإلقاء القبض على (٨٣) متهماً وفق قانون مكافحة الإرهاب، فضلاً "
        "عن تفكيك (٢٤) عبوة ناسفة وتدمير (٣١) وكراً ومضافة\".\n\n"
        "وأضافت أن \"العمليات شملت محافظات كركوك وصلاح الدين وديالى ونينوى والأنبار، "
        "إضافة إلى حزام بغداد\"، مشيرة إلى أن \"القوة الجوية نفذت (١٢) ضربة جوية\".\n\n"
        "وأكدت الخلية استمرار العمليات الاستباقية لملاحقة فلول الإرهاب.",
        "2025-10-01", ()),
    # Shafaq News: political statements on the joint brigades and six coordination centres;
    # mentions attacks only generically; no event.
    Article("ar", "نائب كردي: المراكز الستة للتنسيق المشترك لم تكتمل والفراغ الأمني يهدد "
        "كركوك وديالى\n\n"
        "شفق نيوز/ انتقد نائب عن الحزب الديمقراطي الكوردستاني، اليوم الثلاثاء، تأخر "
        "الحكومة الاتحادية في استكمال تشكيل اللواءين المشتركين بين الجيش والبيشمركة، "
        "محذراً من \"عودة نشاط داعش في المناطق المتنازع عليها\".\n\n"
        "وقال النائب لوكالة شفق نيوز، إن \"المراكز الستة للتنسيق المشترك التي تم الاتفاق "
        "عليها في خانقين ومخمور وكركوك وسنجار وغيرها لم تعمل بشكل كامل حتى الآن\"، مضيفاً "
        "أن \"الهجمات المتكررة خلال الأشهر الماضية في دبس وداقوق وطوزخورماتو دليل على "
        "خطورة الفراغ\".\n\n"
        "في المقابل، قال مصدر في وزارة الدفاع إن \"الوزارة ماضية في تنفيذ الاتفاق، "
        "والخلاف يتعلق بالتمويل والتسليح فقط\".\n\n"
        "ويذكر أن بغداد وأربيل اتفقتا برعاية أمريكية على إنشاء مراكز تنسيق مشتركة لسد "
        "الفراغات الأمنية.",
        "2025-11-11", ()),
    # Alsumaria-style tribal clash in Jalawla "عصر اليوم الأربعاء"; fatalities given as a
    # range in words ("ما بين ثلاثة إلى خمسة قتلى") -> low number.
    Article("ar", "نزاع عشائري مسلح في جلولاء يوقع قتلى وجرحى\n\n"
        "السومرية نيوز/ ديالى\n\n"
        "أفاد مصدر أمني في محافظة ديالى، عصر اليوم الأربعاء، باندلاع نزاع عشائري مسلح في "
        "ناحية جلولاء التابعة لقضاء خانقين، أسفر عن سقوط ما بين ثلاثة إلى خمسة قتلى وعدد "
        "من الجرحى.\n\n"
        "وقال المصدر للسومرية نيوز، إن \"خلافاً على أرض زراعية بين عشيرتين تطور إلى "
        "تبادل لإطلاق النار استخدمت فيه أسلحة متوسطة\"، مبيناً أن \"الحصيلة غير نهائية "
        "بسبب صعوبة الوصول إلى المكان\".\n\n"
        "وأضاف أن \"قوة من الشرطة والجيش طوقت المنطقة وفرضت حظراً للتجوال\"، فيما دعا "
        "وجهاء المنطقة إلى التهدئة.\n\n"
        "وتشهد مناطق في ديالى بين فترة وأخرى نزاعات عشائرية تستخدم فيها الأسلحة، وسط "
        "مطالبات بحصر السلاح بيد الدولة.",
        "2025-11-19", (Gold(B, "Jalawla", "2025-11-19", 3),)),
)  # fmt: skip


#: An eleventh batch written blind (24 reports, 4-8 paragraphs or flashes): events in the
#: third paragraph, a three-governorate roundup, Security Media Cell and Peshmerga ministry
#: statements, earlier gas-field attacks with their dates, a funeral, a court piece, the six
#: centres, Sinjar returns, full tashkeel. First measured after the WIRE4-5 rules: en P 0.75
#: R 0.90 (location 1.00, date 0.78, fatalities 0.89), ar P 0.89 R 0.89 (location 0.88,
#: date 1.00, fatalities 1.00); the coder of bf33157 had en P 0.47, ar P 0.69. Fixed by: a
#: day over 30 days old does not date a clause; funerals; "Tuesday night's"; headlines set
#: aside and folded into the body; a joined item keeps the intent of the verb before it; a
#: unit noun (القضاء) refers back to the last unit of its kind; the next sentence's day over a
#: statement's. Then development data.
WIRE6: tuple[Article, ...] = (
    # --- English ---------------------------------------------------------------------------
    # Rudaw style. Drone attack on Khor Mor; earlier attacks on Khurmala, Bai Hassan and Khor
    # Mor itself listed with their own dates (background only); "late Saturday"; no casualties.
    Article("en",
            "Drone strikes Khor Mor gas field, no casualties reported\n\nERBIL, Kurdistan "
            "Region - An explosive-laden drone hit a storage area inside the Khor Mor gas field "
            "in Sulaimani province late Saturday, officials and the operating company said, the "
            "latest in a string of aerial attacks on the Kurdistan Region's energy "
            "infrastructure this year.\n\n\"A drone targeted the field at around 11:40 pm. The "
            "impact caused a small fire near one of the condensate tanks, which our teams put "
            "out within an hour,\" a source at the field told Rudaw on Sunday, speaking on "
            "condition of anonymity because he was not authorised to brief the media. He said "
            "no staff were killed or injured and that production was \"only briefly "
            "affected.\"\n\nThe Kurdistan Region's interior ministry condemned what it called a "
            "\"terrorist act against the livelihood of the people of Kurdistan and Iraq\" and "
            "urged the federal government to \"stop hiding behind committees\" and name the "
            "groups responsible.\n\nThe attack comes two months after a wave of drone strikes "
            "hit oil fields across the Region. Drones struck the Khurmala field west of Erbil "
            "on July 15 and the Bai Hassan field in Kirkuk province the following day, while "
            "the Sarsang field in Duhok was hit on July 14, forcing operators to suspend output "
            "for several days. Khor Mor itself was struck in April 2024, an attack that killed "
            "four Yemeni workers and cut power across much of the Region.\n\nNo group has "
            "claimed Saturday's strike. Kurdish officials have in the past blamed Iran-aligned "
            "armed factions, which deny involvement.\n\nDana Gas and its partners in the Pearl "
            "Petroleum consortium said in a brief statement that operations \"continue "
            "normally\" and that they were working with the authorities to investigate.",
            "2025-09-14", (Gold(E, "Khor Mor", "2025-09-13", 0),)),

    # Shafaq News English breaking item: 2 sentences, wounded only (fatalities None).
    Article("en",
            "Shafaq News/ Two Iraqi soldiers were injured on Tuesday morning when an improvised "
            "explosive device went off as their patrol passed through Wadi al-Shay, south of "
            "Kirkuk, a security source said. The wounded were taken to Kirkuk General Hospital, "
            "the source added, while forces cordoned off the area to search for other devices.",
            "2025-08-19", (Gold(E, "Wadi al-Shay", "2025-08-19", None),)),

    # Kurdistan24 style follow-up: new death toll of Tuesday's attack (published Thursday),
    # funeral today in Erbil; the attack must be dated Tuesday with the latest toll (3).
    Article("en",
            "Death toll in Qarachogh attack rises to three as wounded soldier dies in "
            "hospital\n\nERBIL (Kurdistan24) - A third member of the Iraqi army died in "
            "hospital on Thursday of wounds he sustained in Tuesday night's Islamic State "
            "(ISIS) attack on a military outpost at the foot of Qarachogh mountain in the "
            "Makhmour district, a medical source told Kurdistan24.\n\nThe soldier, identified "
            "as 24-year-old Corporal Hawkar Salim, had been in intensive care at Erbil's "
            "Rizgary Hospital since the assault, in which militants armed with light and medium "
            "weapons opened fire on the outpost from the direction of the mountain. Two other "
            "soldiers were killed at the scene and four were wounded.\n\nHundreds of mourners "
            "gathered on Thursday afternoon in the village of Kandinawa for the funeral of one "
            "of the two soldiers killed on Tuesday, with relatives carrying his coffin draped "
            "in an Iraqi flag.\n\n\"These boys are guarding a line that nobody else wants to "
            "guard,\" said Kamal Ahmed, a relative. \"Every year they promise us the joint "
            "brigades will come and close the gap, and every year we bury more of our "
            "sons.\"\n\nQarachogh has long been a hideout for ISIS remnants, who exploit the "
            "rugged terrain and the vacuum between the Kurdistan Region's Peshmerga forces and "
            "Iraqi federal troops. In 2021, an attack in the same area killed 13 Peshmerga and "
            "soldiers.", "2025-10-09", (Gold(B, "Qarachogh", "2025-10-07", 3),)),

    # AFP roundup: three incidents in Kirkuk, Diyala and Salah al-Din governorates, different
    # days (Saturday, Friday night, Saturday); kidnapping coded V with deaths unknown.
    Article("en",
            "Iraq: one dead in Kirkuk blast, two soldiers killed in Diyala as jihadist attacks "
            "persist\n\nBAGHDAD (AFP) - A roadside bomb killed a farmer in northern Iraq on "
            "Saturday, officials said, one of several attacks over the weekend in the disputed "
            "provinces where remnants of the Islamic State group remain active.\n\nThe bomb "
            "went off as the farmer drove his tractor to his fields on the outskirts of Hawija, "
            "west of Kirkuk, a police officer said, requesting anonymity. The man died before "
            "reaching hospital.\n\nIn neighbouring Diyala province, two soldiers were killed "
            "late Friday when gunmen attacked an army checkpoint near Jalawla, close to the "
            "border with Iran, a security official told AFP. \"The attackers fled towards the "
            "orchards after a clash that lasted about twenty minutes,\" he said.\n\nAnd in "
            "Salah al-Din province, armed men in military-style uniforms abducted two truck "
            "drivers on a highway south of Tuz Khurmatu on Saturday, according to a local "
            "official. Their fate remained unknown.\n\nNo group immediately claimed "
            "responsibility for the attacks, but IS sleeper cells regularly target security "
            "forces and civilians in the rural areas between Kirkuk, Diyala and Salah al-Din, a "
            "belt of territory claimed by both Baghdad and the autonomous Kurdistan "
            "region.\n\nIraq declared victory over IS in late 2017, but the group's remnants "
            "still carry out sporadic attacks. A UN report estimates that between 400 and 600 "
            "IS fighters remain in Iraq, mostly in remote desert and mountain areas.",
            "2025-11-02", (
        Gold(E, "Hawija", "2025-11-01", 1),
        Gold(B, "Jalawla", "2025-10-31", 2),
        Gold(V, "Tuz Khurmatu", "2025-11-01", None),
    )),

    # Security Media Cell statement (INA English style): airstrike results, number word.
    Article("en",
            "Security Media Cell: Four terrorists killed in airstrike on Hamrin "
            "hideouts\n\nBaghdad - INA\n\nThe Security Media Cell announced on Wednesday that "
            "four terrorists were killed in an airstrike carried out by Iraqi F-16 aircraft on "
            "hideouts of ISIS remnants in the Hamrin mountains.\n\nThe Cell said in a statement "
            "received by the Iraqi News Agency (INA) that \"based on accurate intelligence "
            "information from the Intelligence and Counter-Terrorism Directorate, and under the "
            "direction of the Joint Operations Command, Iraqi Air Force F-16 aircraft this "
            "morning carried out an airstrike on a cave used by terrorist gangs in the Hamrin "
            "range.\"\n\nIt added that \"a search and inspection force arrived at the site "
            "after the strike and found the bodies of four terrorists, in addition to weapons, "
            "ammunition and communication devices.\"\n\nThe statement stressed that "
            "\"operations to pursue the remnants of terrorist gangs will continue until they "
            "are eliminated in all their hideouts.\"",
            "2025-08-27", (Gold(E, "Hamrin", "2025-08-27", 4),)),

    # Kurdistan24 reporting a Peshmerga Ministry statement: repelled attack "on Monday evening"
    # (published Tuesday), two militants killed, one Peshmerga wounded.
    Article("en",
            "Peshmerga repel ISIS attack near Kifri, kill two militants: ministry\n\nERBIL "
            "(Kurdistan24) - The Kurdistan Region's Ministry of Peshmerga Affairs said on "
            "Tuesday that its forces had foiled an attack by Islamic State (ISIS) militants on "
            "a Peshmerga position in the Kifri area, killing two of the assailants.\n\n\"On "
            "Monday evening, a group of ISIS terrorists tried to approach one of the positions "
            "of the 5th Brigade of the 70th Force near Kifri. Our heroic Peshmerga confronted "
            "them and, after a clash, two terrorists were killed and the others fled,\" the "
            "ministry said in a statement.\n\nOne Peshmerga fighter sustained light wounds and "
            "is in stable condition, the statement added.\n\nThe ministry renewed its call for "
            "the speedy activation of the joint Peshmerga-Iraqi army brigades to fill the "
            "security gaps in the disputed areas, which it said \"the terrorists use as a "
            "corridor between Hamrin and Garmiyan.\"",
            "2025-10-21", (Gold(B, "Kifri", "2025-10-20", 2),)),

    # INA English court piece: verdict on a 2023 attack in Daquq; no new incident.
    Article("en",
            "Kirkuk court sentences terrorist to death over 2023 Daquq attack\n\nKirkuk - "
            "INA\n\nThe Kirkuk Criminal Court on Tuesday sentenced a convict to death for his "
            "involvement in a terrorist attack that targeted a federal police post in the Daquq "
            "district in December 2023, the Supreme Judicial Council said.\n\nThe council's "
            "media office said in a statement that \"the convict confessed to participating, "
            "with other members of ISIS terrorist gangs, in the attack, which resulted in the "
            "martyrdom of nine members of the federal police and the wounding of "
            "others.\"\n\nIt added that the sentence was issued under Article 4/1 of the "
            "Anti-Terrorism Law No. 13 of 2005, and that the verdict is subject to appeal "
            "before the Federal Court of Cassation.\n\nThe Daquq attack was one of the "
            "deadliest against Iraqi security forces in the province in recent years.",
            "2025-09-30", ()),

    # Xinhua style political piece: the six joint coordination centres and the joint brigades;
    # background mention of an earlier attack; no event.
    Article("en",
            "Iraq, Kurdistan region agree to speed up deployment of joint brigades in disputed "
            "areas\n\nBAGHDAD, Nov. 12 (Xinhua) -- Iraq's federal government and the "
            "semi-autonomous Kurdistan region on Wednesday agreed to accelerate the formation "
            "of two joint brigades of the Iraqi army and the Kurdish Peshmerga forces to secure "
            "the disputed areas in northern Iraq, an Iraqi military statement said.\n\nThe "
            "agreement came during a meeting in Baghdad of the Supreme Joint Coordination "
            "Committee, chaired by the deputy commander of the Joint Operations Command (JOC) "
            "and attended by senior officials from the Kurdish Ministry of Peshmerga Affairs "
            "and representatives of the U.S.-led coalition, the statement said.\n\nThe two "
            "sides reviewed the work of the six joint coordination centers set up to manage "
            "security cooperation along the line separating the two forces, located in Baghdad, "
            "Erbil, Kirkuk, Diyala, Nineveh and Makhmour, and agreed to \"strengthen the "
            "exchange of intelligence and hold regular meetings,\" according to the "
            "statement.\n\nEach of the planned joint brigades will include about 2,000 troops, "
            "half from the army and half from the Peshmerga, and will be deployed in the gaps "
            "between the two forces in the provinces of Nineveh, Kirkuk, Salahudin and Diyala, "
            "where Islamic State (IS) militants have been exploiting the security "
            "vacuum.\n\nThe Kurdish side has repeatedly called for the deployment of the "
            "brigades, particularly after a series of attacks in the Makhmour and Qarachogh "
            "areas, including one in early October that killed three Iraqi soldiers.\n\nThe "
            "security situation in Iraq has improved since Iraqi forces fully defeated IS in "
            "2017, but remnants of the group still launch occasional attacks against security "
            "forces and civilians.", "2025-11-12", ()),

    # Rudaw feature: returns of displaced families to Sinjar; background Turkish drone strike
    # on Sinuni in 2024 and the 2014 genocide; no event.
    Article("en",
            "Dozens of displaced Yazidi families return to Sinjar from Duhok camps\n\nDUHOK, "
            "Kurdistan Region - Eighty-five displaced Yazidi families left camps in Duhok "
            "province on Monday to return to their homes in Sinjar, the Iraqi migration "
            "ministry said, part of a government push to close the camps by the end of the "
            "year.\n\nThe families, about 420 people in all, travelled in a convoy of buses and "
            "trucks loaded with their belongings from the Sharya and Kabarto camps, escorted by "
            "federal police, a ministry official told Rudaw.\n\n\"We are tired of the tents. "
            "Eleven summers in a tent is enough,\" said Khudeida Elias, 52, as he tied a "
            "mattress on the roof of a pickup. \"But in Sinjar there is no water, the school is "
            "broken and we still don't know who is in charge.\"\n\nEach returning family "
            "receives a grant of four million Iraqi dinars, but many say that is not enough to "
            "rebuild houses destroyed during the war against the Islamic State (ISIS), which "
            "overran Sinjar in August 2014 and killed and enslaved thousands of "
            "Yazidis.\n\nSecurity fears also weigh on returnees. A Turkish drone strike on a "
            "vehicle in the town of Sinuni in 2024 killed members of a local armed group, and "
            "residents say such strikes, along with the presence of several rival forces, keep "
            "many families away.\n\nAccording to the ministry, more than 11,000 families have "
            "returned to Sinjar since 2020 under the Sinjar Agreement between Baghdad and "
            "Erbil, while around 180,000 displaced people remain in camps across the Kurdistan "
            "Region.", "2025-08-11", ()),

    # Shafaq News English long piece on farmers; the only event (shepherd shot dead "on Monday
    # night", published Wednesday) is in the 3rd paragraph.
    Article("en",
            "Shafaq News/ Farmers in Kirkuk's Daquq torn between drought and fear\n\nFarmers in "
            "the Daquq district, south of Kirkuk, say this year's wheat season is at risk as "
            "dwindling water shares and a fragile security situation keep them away from their "
            "land.\n\n\"The canal has been dry since June, and the wells we dug are salty,\" "
            "Abbas Hussein, a farmer from the village of Zanqar, told Shafaq News. \"Even if "
            "there were water, who would dare stay in the fields after sunset?\"\n\nHis fear is "
            "not unfounded. On Monday night, unknown gunmen shot dead a shepherd as he was "
            "bringing his sheep back to a village east of Daquq, a local security source said, "
            "adding that the attackers fled on a motorcycle towards the Wadi al-Shay area. "
            "Police opened an investigation.\n\nLocal officials say farmers have lost thousands "
            "of dunams in recent years to arson attacks blamed on ISIS remnants, who also "
            "demand \"zakat\" payments from herders in remote areas.\n\nThe Kirkuk agriculture "
            "directorate said it had requested an additional water quota from the Ministry of "
            "Water Resources, but warned that the plan for the winter season may be cut by "
            "half.\n\nDaquq, with a mixed population of Kurds, Arabs and Turkmen, is one of the "
            "areas disputed between Baghdad and Erbil.",
            "2025-10-15", (Gold(V, "Daquq", "2025-10-13", 1),)),

    # AP style: Turkish drone strike near Kani Masi "on Monday" (published Tuesday); PKK
    # denial of casualties mixed in; 2 killed per local official. Same incident as an Arabic
    # Kurdistan24 piece below (two outlets).
    Article("en",
            "Turkish drone strike kills 2 in Iraq's Kurdish region, local official "
            "says\n\nERBIL, Iraq (AP) - A Turkish drone strike on a vehicle near a border town "
            "in northern Iraq's Kurdish region killed two people on Monday, a local official "
            "said, as Ankara presses on with operations against Kurdish militants despite a "
            "peace process at home.\n\nThe strike hit a car on a road outside Kani Masi in the "
            "Amadiya district of Duhok province, said the head of the subdistrict, who spoke on "
            "condition of anonymity because he was not authorized to speak to the press. He "
            "said the two killed were believed to be members of the Kurdistan Workers' Party, "
            "or PKK.\n\nThere was no immediate comment from Turkey's defense ministry, which "
            "regularly announces what it calls \"neutralizations\" of militants in northern "
            "Iraq. A PKK-affiliated news outlet said the victims were civilians from a nearby "
            "village.\n\nThe PKK announced earlier this year that it would disarm and dissolve, "
            "and held a symbolic weapons-burning ceremony near Sulaymaniyah in July. But "
            "Turkish strikes in the mountainous border area have continued, although at a lower "
            "pace.\n\nResidents of dozens of villages in Duhok's border areas have fled in "
            "recent years because of the fighting.",
            "2025-11-18", (Gold(E, "Kani Masi", "2025-11-17", 2),)),

    # Baghdad Today English: denial of an attack rumour on Laylan; no event.
    Article("en",
            "Kirkuk police deny reports of ISIS attack in Laylan\n\nBaghdad Today - "
            "Kirkuk\n\nKirkuk police command on Monday denied reports circulating on social "
            "media of an ISIS attack on a checkpoint in the Laylan subdistrict, southeast of "
            "the city.\n\n\"The news is completely baseless. The situation in Laylan and all "
            "areas of the province is stable and under control,\" police spokesman Colonel Amer "
            "Nouri said in a statement.\n\nHe urged citizens and media outlets to \"take "
            "information from official sources\" and warned that the command would take legal "
            "action against pages that \"spread rumours aimed at stirring panic.\"",
            "2025-09-22", ()),

    # --- Arabic ----------------------------------------------------------------------------
    # Shafaq News Arabic breaking item with tashkeel on the verbs (قُتِلَ، أُصيبَ); sniper fire
    # on the army "مساء أمس".
    Article("ar",
            "شفق نيوز/ قُتِلَ جندي في الجيش العراقي وأُصيبَ آخر بجروح، مساء أمس الاثنين، بنيران "
            "قناص ينتمي لتنظيم داعش في قضاء الطارمية شمالي العاصمة بغداد.\n\nوقال مصدر أمني "
            "لوكالة شفق نيوز، إن \"قناصاً استهدف نقطة مراقبة تابعة للفرقة السادسة في منطقة "
            "البساتين بالطارمية، ما أدى إلى مقتل جندي وإصابة آخر نُقِلَ إلى مستشفى "
            "قريب\".\n\nوأضاف المصدر أن قوة عسكرية باشرت بعملية تفتيش في المنطقة بحثاً عن "
            "المنفذ.", "2025-08-05", (Gold(B, "Tarmiyah", "2025-08-04", 1),)),

    # Baghdad Today dateline, Arabic-Indic digits, wounded only.
    Article("ar",
            "بغداد اليوم - كركوك\n\nأفاد مصدر أمني في محافظة كركوك، فجر اليوم الأربعاء، بإصابة "
            "٣ جنود بانفجار عبوة ناسفة استهدفت عجلتهم في قضاء الدبس شمال غربي المحافظة.\n\nوقال "
            "المصدر لـ\"بغداد اليوم\"، إن \"عبوة ناسفة محلية الصنع انفجرت على عجلة عسكرية من "
            "نوع همر أثناء مرورها على طريق ترابي قرب إحدى القرى التابعة للقضاء، ما أسفر عن "
            "إصابة ٣ من منتسبي الجيش بجروح متفاوتة\".\n\nوأشار إلى أن \"الجرحى نُقلوا إلى "
            "مستشفى الدبس العام، فيما فُرض طوق أمني حول مكان الحادث\".",
            "2025-09-03", (Gold(E, "Dibis", "2025-09-03", None),)),

    # Alsumaria: Counter-Terrorism Service arrest (S), "يوم الأحد" (published Tuesday).
    Article("ar",
            "جهاز مكافحة الإرهاب يطيح بمسؤول بارز في داعش بكركوك\n\nالسومرية نيوز/ كركوك\nأعلن "
            "جهاز مكافحة الإرهاب، اليوم الثلاثاء، اعتقال أحد أبرز قياديي عصابات داعش الإرهابية "
            "في محافظة كركوك.\n\nوذكر الجهاز في بيان تلقته السومرية نيوز، أن \"أبطال جهاز "
            "مكافحة الإرهاب، وبعد متابعة استخبارية دقيقة استمرت لأسابيع، تمكنوا يوم الأحد من "
            "إلقاء القبض على الإرهابي المدعو (م. ع) في أحد أحياء مدينة كركوك\".\n\nوأضاف البيان "
            "أن \"المتهم كان يشغل منصب ما يسمى بالمسؤول الإداري لقاطع جنوب كركوك، وشارك في عدة "
            "هجمات استهدفت القوات الأمنية والمواطنين خلال الأعوام الماضية\"، مبيناً أنه \"أُحيل "
            "إلى الجهات المختصة لاتخاذ الإجراءات القانونية بحقه\".",
            "2025-10-28", (Gold(S, "Kirkuk", "2025-10-26", None),)),

    # INA Arabic, Joint Operations Command statement; number word (ثلاثة), "أمس الثلاثاء".
    Article("ar",
            "العمليات المشتركة: مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي\n\nبغداد - "
            "واع\n\nأعلنت قيادة العمليات المشتركة، اليوم الأربعاء، مقتل ثلاثة إرهابيين بضربة "
            "جوية في وادي الشاي جنوب محافظة كركوك.\n\nوقالت القيادة في بيان تلقته وكالة الأنباء "
            "العراقية (واع)، إنه \"بناءً على معلومات استخبارية دقيقة، نفذت طائراتنا الحربية أمس "
            "الثلاثاء ضربة جوية استهدفت وكراً لعصابات داعش الإرهابية في وادي الشاي، ما أسفر عن "
            "تدمير الوكر ومقتل ثلاثة إرهابيين كانوا بداخله\".\n\nوأضاف البيان أن \"قوة من "
            "الفرقة الثامنة تقدمت إلى موقع الضربة وعثرت على الجثث إضافة إلى أسلحة وأعتدة وأجهزة "
            "اتصال\"، مؤكداً \"استمرار العمليات لملاحقة بقايا الإرهاب\".",
            "2025-11-05", (Gold(E, "Wadi al-Shay", "2025-11-04", 3),)),

    # Al-Mada long analysis of the Makhmour vacuum; the only event (range: between two and
    # four soldiers killed, "مساء السبت", published Monday) is in the 4th paragraph.
    Article("ar",
            "المدى/ خاص\n\nمخمور.. فراغ أمني يتسع بين البيشمركة والجيش وقرى تفرغ من "
            "سكانها\n\nما زالت المنطقة الممتدة بين جبل قره جوغ ونهر الزاب في قضاء مخمور، جنوب "
            "غربي أربيل، تمثل واحدة من أخطر الثغرات الأمنية في شمال البلاد، بحسب مسؤولين محليين "
            "وضباط تحدثوا لـ\"المدى\".\n\nويقول مسؤول محلي في القضاء، طلب عدم الكشف عن اسمه، إن "
            "\"أكثر من عشرين قرية باتت شبه خالية، لأن الأهالي لا يثقون بأن أحداً سيحميهم "
            "ليلاً\"، مضيفاً أن \"الاتفاق على الألوية المشتركة ما زال حبراً على ورق\".\n\nويرى "
            "خبراء أمنيون أن خلايا داعش تستغل التضاريس الوعرة وغياب التنسيق الميداني بين "
            "الطرفين، رغم وجود مركز تنسيق مشترك في مخمور.\n\nوفي أحدث مثال على ذلك، أفاد ضابط "
            "في الجيش بأن \"ما بين اثنين وأربعة من الجنود قُتلوا مساء السبت، عندما هاجم مسلحون "
            "من داعش نقطة عسكرية قرب إحدى قرى القضاء\"، مشيراً إلى أن \"الاشتباك استمر قرابة "
            "ساعة قبل أن ينسحب المهاجمون باتجاه الجبل\"، فيما لم تصدر وزارة الدفاع بياناً "
            "رسمياً حتى الآن.\n\nويطالب نواب عن المحافظة بنشر قوات إضافية وطائرات مسيّرة "
            "للمراقبة، بينما تتبادل بغداد وأربيل الاتهامات بشأن المسؤولية عن ملف المناطق "
            "المتنازع عليها.", "2025-11-24", (Gold(B, "Makhmour", "2025-11-22", 2),)),

    # The New Arab style: Iranian shelling of Sidakan villages (Sidakan not in the gazetteer:
    # gold is its district, Soran); explicitly no casualties (0).
    Article("ar",
            "قصف إيراني يطاول قرى حدودية في إقليم كردستان العراق\n\nأربيل - العربي "
            "الجديد\n\nتعرضت قرى حدودية تابعة لناحية سيدكان في قضاء سوران بمحافظة أربيل، صباح "
            "اليوم الأحد، لقصف مدفعي إيراني، من دون أن يسفر عن خسائر بشرية، بحسب مسؤول "
            "محلي.\n\nوقال مدير الناحية، في تصريح لـ\"العربي الجديد\"، إن \"أكثر من عشر قذائف "
            "مدفعية سقطت على أطراف ثلاث قرى ومناطق رعي قريبة من الشريط الحدودي\"، مبيناً أن "
            "\"القصف ألحق أضراراً بالبساتين وأدى إلى اندلاع حرائق في المراعي، ولم تُسجَّل أي "
            "إصابات بين المدنيين\".\n\nويأتي ذلك بعد أشهر من الهدوء النسبي على الحدود، إثر "
            "الاتفاق الأمني الموقع بين بغداد وطهران في آذار 2023، والذي يقضي بنزع سلاح جماعات "
            "المعارضة الكردية الإيرانية وإبعادها عن الحدود.\n\nولم يصدر تعليق فوري من الجانب "
            "الإيراني، الذي يقول عادة إن قصفه يستهدف \"مقار جماعات إرهابية\".",
            "2025-08-31", (Gold(E, "Soran", "2025-08-31", 0),)),

    # Kurdistan24 Arabic: tribal clash in Shirqat "أمس الأربعاء" (published Thursday).
    Article("ar",
            "كوردستان24 - صلاح الدين\n\nأسفر نزاع عشائري اندلع أمس الأربعاء في قضاء الشرقاط "
            "شمالي محافظة صلاح الدين عن مقتل شخص وإصابة أربعة آخرين.\n\nوذكر مصدر في شرطة "
            "المحافظة أن \"خلافاً على ملكية أرض زراعية بين عشيرتين تطور إلى اشتباك بالأسلحة "
            "الخفيفة والمتوسطة في إحدى القرى التابعة للقضاء\"، لافتاً إلى أن \"قوة من الشرطة "
            "والجيش تدخلت لفض النزاع واعتقلت عدداً من المتورطين\".\n\nوتشهد مناطق في صلاح الدين "
            "نزاعات عشائرية متكررة بسبب انتشار السلاح خارج سيطرة الدولة.",
            "2025-10-02", (Gold(B, "Shirqat", "2025-10-01", 1),)),

    # Shafaq News Arabic monthly tally (statistics, Arabic-Indic digits); no event.
    Article("ar",
            "شفق نيوز/ كشفت إحصائية أمنية، اليوم الاثنين، عن تسجيل ١٤ هجوماً لتنظيم داعش في "
            "محافظة كركوك خلال شهر أيلول الماضي، أسفرت عن مقتل ٥ أشخاص بينهم ٣ من عناصر "
            "الأمن.\n\nوبحسب الإحصائية التي اطلعت عليها وكالة شفق نيوز، فإن أغلب الهجمات وقعت "
            "في أقضية الحويجة والدبس وداقوق، وتنوعت بين تفجير عبوات ناسفة وهجمات مسلحة على نقاط "
            "عسكرية وحرق محاصيل.\n\nوأشارت إلى أن عدد الهجمات انخفض بنسبة ٢٠ بالمئة مقارنة بشهر "
            "آب، فيما تمكنت القوات الأمنية من اعتقال ٢٢ متهماً بالإرهاب خلال الفترة "
            "ذاتها.\n\nيذكر أن كركوك من أكثر المحافظات التي تنشط فيها خلايا التنظيم بسبب "
            "طبيعتها الجغرافية والفراغات الأمنية.", "2025-10-06", ()),

    # Rudaw Arabic: mass-grave exhumation in Sinjar; no event (2014 killings as background).
    Article("ar",
            "روداو - سنجار\n\nباشرت فرق دائرة شؤون وحماية المقابر الجماعية، اليوم الأربعاء، "
            "بفتح مقبرة جماعية جديدة في قضاء سنجار غربي محافظة نينوى، يُعتقد أنها تضم رفات "
            "ضحايا إيزيديين أعدمهم تنظيم داعش عام 2014.\n\nوقال مسؤول في الفريق لشبكة رووداو "
            "الإعلامية إن \"المقبرة تقع قرب مجمع تل قصب، وتشير المعلومات الأولية إلى أنها تحتوي "
            "على رفات ما بين ٣٠ و٤٠ شخصاً\"، مضيفاً أن \"الرفات سيُنقل إلى بغداد لإجراء فحوصات "
            "الحمض النووي ومطابقتها مع عينات ذوي المفقودين\".\n\nوحضر عملية الفتح عدد من ذوي "
            "الضحايا وممثلون عن منظمات محلية ودولية.\n\nوبحسب إحصاءات رسمية، جرى العثور على "
            "أكثر من ٩٠ مقبرة جماعية في سنجار ومحيطها منذ تحرير المنطقة، فيما لا يزال مصير أكثر "
            "من ٢٦٠٠ إيزيدي مجهولاً.", "2025-08-27", ()),

    # Baghdad Today - Diyala: shepherd shot dead "فجر اليوم" in a village of the Saadiya
    # subdistrict (village unknown; the subdistrict resolves).
    Article("ar",
            "بغداد اليوم - ديالى\n\nأفاد مصدر أمني في محافظة ديالى، اليوم الأحد، بمقتل راعي "
            "أغنام بهجوم مسلح في ناحية السعدية شمال شرقي المحافظة.\n\nوقال المصدر لـ\"بغداد "
            "اليوم\"، إن \"مسلحين مجهولين أطلقوا النار فجر اليوم على راعٍ في الأربعينيات من "
            "عمره أثناء خروجه بقطيعه إلى أطراف قرية تابعة لناحية السعدية، ما أدى إلى مقتله في "
            "الحال\"، مبيناً أن \"المهاجمين استولوا على عدد من رؤوس الأغنام ولاذوا "
            "بالفرار\".\n\nوأضاف أن \"القوات الأمنية فتحت تحقيقاً بالحادث وشرعت بعمليات بحث في "
            "البساتين المحيطة\"، فيما نُقلت الجثة إلى دائرة الطب العدلي في خانقين.\n\nيذكر أن "
            "المناطق الزراعية في شمال ديالى شهدت خلال الأشهر الماضية حوادث مماثلة استهدفت رعاة "
            "ومزارعين.", "2025-11-09", (Gold(V, "Saadiya", "2025-11-09", 1),)),

    # Kurdistan24 Arabic, same Turkish strike as the AP piece above (a second outlet, its own
    # gold event), published the same day; Arabic-Indic digit ٢.
    Article("ar",
            "كوردستان24 - دهوك\n\nقُتل شخصان، اليوم الاثنين، بغارة نفذتها طائرة مسيّرة تركية "
            "استهدفت سيارة قرب ناحية كاني ماسي التابعة لقضاء العمادية في محافظة دهوك.\n\nوقال "
            "مصدر محلي لكوردستان24 إن \"الطائرة استهدفت سيارة مدنية على الطريق الواصل بين كاني "
            "ماسي وإحدى القرى الحدودية، ما أدى إلى مقتل ٢ من راكبيها واحتراق السيارة "
            "بالكامل\".\n\nولم تتضح بعد هوية القتيلين، فيما لم يصدر أي تعليق من الجانب "
            "التركي.\n\nوتشن تركيا بين الحين والآخر غارات جوية على مناطق في إقليم كوردستان تقول "
            "إنها تستهدف مواقع لحزب العمال الكوردستاني، ما تسبب بإخلاء عشرات القرى الحدودية.",
            "2025-11-17", (Gold(E, "Kani Masi", "2025-11-17", 2),)),

    # Alsumaria: security meeting in Tuz Khurmatu, plans and a past attack as reference; no event.
    Article("ar",
            "السومرية نيوز/ صلاح الدين\nعقدت اللجنة الأمنية في قضاء طوزخورماتو، اليوم الاثنين، "
            "اجتماعاً موسعاً لبحث خطة تأمين الطرق الخارجية والقرى المحيطة بالقضاء.\n\nوقال "
            "قائممقام القضاء في تصريح للسومرية نيوز، إن \"الاجتماع ناقش نشر نقاط تفتيش إضافية "
            "وكاميرات مراقبة على طريق طوزخورماتو - كركوك، وتعزيز الجهد الاستخباري لمنع أي خرق "
            "أمني\".\n\nوأضاف أن \"الخطة تأتي بعد الهجوم الذي شهدته المنطقة الشهر الماضي، "
            "وتتضمن التنسيق مع قوات البيشمركة عبر مركز التنسيق المشترك لتغطية الفراغات بين "
            "القطعات\".\n\nوأكد أن \"الوضع الأمني في القضاء مستقر، ولا صحة للأنباء التي تتحدث "
            "عن تحركات لعناصر داعش قرب القرى\".", "2025-09-22", ()),
)  # fmt: skip


#: A twelfth batch written blind (30 reports, the most varied: Shafaq, Rudaw, Kurdistan24,
#: INA, Alsumaria, Baghdad Today, 964, Xinhua, AFP, AP, Reuters): power towers, oil wells,
#: caches, curfews, deployments, a body found, a feature on a mukhtar's killing, tyre bursts.
#: First measured after the WIRE4-6 rules: en P 0.77 R 0.71 (location 0.70, date 0.90,
#: fatalities 1.00), ar P 0.71 R 0.91 (location 1.00, date 1.00, fatalities 1.00); the coder of
#: bf33157 had en P 0.69 R 0.79, ar P 0.53 R 0.82. Fixed by: new triggers (blew up, shot him,
#: a body found, curfews, deploying); abbreviations (Sept.) do not end sentences; "the border
#: town of X"; a place after a plan or the pluperfect is that act's; datelines are a last
#: resort; distinct types far apart at distinct names stay apart; an ordinal death ("a third
#: soldier died") is a toll; a day after "died of his wounds" is not the incident's. Then
#: development data.
WIRE7: tuple[Article, ...] = (
    # --- English ------------------------------------------------------------------------
    # Kurdistan24 style. Hard: "late Tuesday" vs published Wednesday; village Gwer given
    # only as "outskirts of Gwer sub-district"; wounded count alongside deaths; earlier
    # Makhmour attack as background only.
    Article("en",
            "Two Peshmerga killed as roadside bomb hits patrol near Makhmour\n\nERBIL "
            "(Kurdistan24) - Two Peshmerga fighters lost their lives and a third sustained "
            "injuries late Tuesday when an improvised explosive device detonated under their "
            "vehicle on the outskirts of Gwer sub-district, the Ministry of Peshmerga Affairs "
            "said.\n\nThe patrol was travelling along a dirt track that links Peshmerga "
            "positions on the Qarachogh range with the Gwer bridge when the device went off "
            "shortly before midnight, a Peshmerga officer in the sector told Kurdistan24 on "
            "condition of anonymity.\n\n\"The area between our lines and the Iraqi army lines "
            "is a no man's land. ISIS cells move there at night and plant bombs on the roads we "
            "use,\" the officer said. The wounded fighter was taken to a hospital in Erbil and "
            "his condition is stable.\n\nIn a statement on Wednesday morning, the ministry "
            "offered its condolences to the families of the \"two martyrs\" and renewed its "
            "call for the swift activation of the joint brigades agreed with Baghdad.\n\nThe "
            "Makhmour front has seen repeated attacks this year. In March, a similar bomb "
            "wounded four fighters in the Qarachogh foothills, and an attack on a Peshmerga "
            "post in May left one dead.",
        "2025-08-06", (Gold(E, "Gwer", "2025-08-05", 2),)),

    # Shafaq News English style. Hard: sniper (B) on an army post; "Monday evening" with
    # published Tuesday; Wadi al-Shay given with Daquq/Kirkuk; short piece.
    Article("en",
            "Iraqi soldier killed by ISIS sniper in Kirkuk's Wadi al-Shay\n\nShafaq News/ An "
            "Iraqi army soldier was killed on Monday evening by sniper fire from suspected ISIS "
            "militants in Wadi al-Shay, south of Kirkuk, a security source told Shafaq News "
            "Agency.\n\nThe source said the soldier, from the 8th Division, was hit in the head "
            "while on watch at an observation tower overlooking the valley, which stretches "
            "between Daquq and the Hamrin foothills. Troops returned fire and searched the "
            "surrounding orchards, but the attackers withdrew under the cover of "
            "darkness.\n\nWadi al-Shay, with its rugged terrain and thick vegetation, has long "
            "served as a hideout for ISIS remnants despite repeated sweeps by Iraqi forces.",
        "2025-08-12", (Gold(B, "Wadi al-Shay", "2025-08-11", 1),)),

    # Reuters style. Hard: rockets on a military base (Harir), "no casualties" -> 0;
    # attribution to unnamed officials; background on US drawdown and earlier attacks.
    Article("en",
            "Rockets target Harir air base in Iraq's Kurdistan region, no casualties\n\nERBIL, "
            "Iraq, Aug 19 (Reuters) - Two rockets struck near the Harir air base north of Erbil "
            "early on Tuesday, causing no casualties, two security officials in the Kurdistan "
            "region said.\n\nOne of the projectiles landed inside the perimeter of the base, "
            "which has hosted U.S.-led coalition personnel, and the second hit open farmland "
            "nearby, the officials said, speaking on condition of anonymity because they were "
            "not authorised to talk to the media.\n\nThe Kurdistan Region's counter-terrorism "
            "directorate said in a brief statement that the rockets were fired from an area "
            "outside the region's administrative boundary and that an investigation was under "
            "way.\n\nNo group immediately claimed responsibility.\n\nIran-aligned armed "
            "factions have in the past launched rockets and drones at sites hosting U.S. forces "
            "in Iraq, including Harir and Erbil airport, though such attacks had largely "
            "subsided since early 2024.\n\nWashington and Baghdad agreed last year on a "
            "timetable to wind down the coalition mission, with forces to leave federal Iraq by "
            "September 2025 and remain in the Kurdistan region until the end of "
            "2026.\n\n(Reporting by Baghdad newsroom; Editing by ...)",
        "2025-08-19", (Gold(E, "Harir", "2025-08-19", 0),)),

    # Rudaw English style. Hard: range "between three and five" -> 3; Turkish drone strike
    # on a vehicle near Kani Masi; "on Tuesday" with published Wednesday; mayor quote;
    # Turkish ministry claim of "neutralised" numbers differs.
    Article("en",
            "Turkish drone strike on vehicle near Kani Masi kills suspected PKK fighters: "
            "mayor\n\nRudaw - DUHOK, Kurdistan Region\n\nA Turkish drone struck a car on a "
            "mountain road near the border town of Kani Masi in Duhok province's Amedi district "
            "on Tuesday, killing between three and five people believed to be members of the "
            "Kurdistan Workers' Party (PKK), a local official told Rudaw.\n\n\"The vehicle was "
            "completely burnt. We could not identify the bodies, but people in the area say "
            "they were PKK fighters who move between the villages,\" the mayor of Kani Masi "
            "said by phone.\n\nThe Turkish defence ministry said in a post on X late Tuesday "
            "that its forces had \"neutralised\" four \"terrorists\" in northern Iraq, without "
            "giving a location.\n\nAnkara frequently carries out air and drone strikes against "
            "PKK positions in the Kurdistan Region's border areas, despite the PKK's "
            "announcement earlier this year that it would disarm. Residents of dozens of "
            "villages in Amedi and Zakho districts have abandoned their homes because of the "
            "fighting over the past decade.",
        "2025-08-27", (Gold(E, "Kani Masi", "2025-08-26", 3),)),

    # AFP flash style (2 sentences). Hard: jets bombed Batifa area, casualties not reported
    # at all -> None.
    Article("en",
            "Turkish warplanes pound mountains near Batifa in Iraqi Kurdistan -- local "
            "official\n\nTurkish warplanes bombed mountainous areas around the town of Batifa "
            "in the Zakho district of Iraq's autonomous Kurdistan region on Tuesday, a local "
            "official told AFP. He said the raids targeted suspected positions of Kurdish "
            "rebels and set off fires in the surrounding forests.",
        "2025-09-02", (Gold(E, "Batifa", "2025-09-02", None),)),

    # Xinhua style. Hard: attack on a power line (infrastructure), "Monday night" with
    # published Tuesday; no casualties -> 0; ministry of electricity statement; Hawija.
    Article("en",
            "Militants blow up power transmission tower in Iraq's Kirkuk\n\nBAGHDAD, Sept. 9 "
            "(Xinhua) -- Suspected Islamic State (IS) militants blew up a high-voltage power "
            "transmission tower in Iraq's northern province of Kirkuk on Monday night, cutting "
            "electricity to several villages, a provincial police source said.\n\nThe militants "
            "planted explosives at the base of the tower on the 400-kV line near the town of "
            "Hawija, some 55 km southwest of the provincial capital Kirkuk, causing it to "
            "collapse, the source told Xinhua on condition of anonymity. No casualties were "
            "reported in the blast.\n\nIraq's Ministry of Electricity said in a statement that "
            "its technical teams were sent to the site on Tuesday morning to repair the damage, "
            "which also reduced supplies to parts of neighboring Salahudin province.\n\nThe "
            "security situation in Iraq has improved since Iraqi forces defeated IS militants "
            "in 2017. However, IS remnants have since melted into urban centers, deserts and "
            "rugged areas, carrying out frequent guerrilla attacks against security forces and "
            "civilians, as well as infrastructure.",
        "2025-09-09", (Gold(E, "Hawija", "2025-09-08", 0),)),

    # Kurdistan24 style. Hard: arrests by Asayish (S) in Chamchamal; "on Sunday" with
    # published Monday; statement paraphrased; the suspects' past attacks are background.
    Article("en",
            "Sulaimani Asayish arrest three suspected ISIS members in Chamchamal\n\nSULAIMANI "
            "(Kurdistan24) - Security forces (Asayish) in Sulaimani province announced on "
            "Monday that they had arrested three suspected members of the Islamic State (ISIS) "
            "in the town of Chamchamal on Sunday.\n\nAccording to a statement from the "
            "Sulaimani Asayish directorate, the three men were detained in a pre-dawn operation "
            "\"based on accurate intelligence information\" and had been in contact with ISIS "
            "cells in the Hamrin mountains and the Qara Hanjir area.\n\nThe statement said the "
            "suspects confessed to transporting supplies to the militants and to having taken "
            "part in attacks against Iraqi forces in Kirkuk province in 2023. Their files have "
            "been referred to the investigative court.\n\nChamchamal lies on the main road "
            "between Sulaimani and Kirkuk, close to the Khor Mor gas field, which has been "
            "repeatedly targeted by rockets and drones in recent years.",
        "2025-09-15", (Gold(S, "Chamchamal", "2025-09-14", None),)),

    # Shafaq News English style. Hard: weapons cache found, nothing exploded -> no event
    # (by this batch's convention); several places named (Hamrin, Tuz Khurmatu).
    Article("en",
            "Iraqi forces uncover ISIS weapons stash in Hamrin mountains\n\nShafaq News/ Iraqi "
            "army units found a large cache of weapons and explosives belonging to ISIS "
            "remnants in the Hamrin mountains, east of Tuz Khurmatu, on Tuesday, a military "
            "source said.\n\nThe cache, hidden in a cave that had been sealed with stones, "
            "contained 40 mortar rounds, 12 rocket-propelled grenades, several kilograms of C4, "
            "detonators, and rations, the source told Shafaq News.\n\nEngineering teams removed "
            "the material to a safe site for controlled disposal. No militants were found in "
            "the area.\n\nThe Hamrin range, which straddles Diyala, Salahuddin and Kirkuk, "
            "remains one of the most active ISIS hideouts in Iraq, where forces regularly "
            "discover tunnels and supply depots.",
        # (gold corrected: ACLED codes a cache seized as Strategic developments, Disrupted
        # weapons use; the batch's writer had coded no event)
        "2025-09-23", (Gold(S, "Hamrin Mountains", "2025-09-23", None),)),

    # AP feature style (8 paragraphs). Hard: mukhtar assassinated (V) in a village of
    # Daquq district, "Saturday night" vs published Tuesday; many background incidents
    # (earlier killings, 2023 attack) that are not events; quotes; no village in gazetteer.
    Article("en",
            "In Iraq's disputed north, a village chief's killing revives old fears\n\nDAQUQ, "
            "Iraq (AP) - The gunmen came after evening prayers. They knocked at the gate of "
            "Khalaf Ahmed's house, asked for the village chief by name and, when he stepped "
            "out, shot him several times in the chest, relatives said.\n\nAhmed, 58, had served "
            "for nearly two decades as mukhtar of Albu Mohammed, a farming village of a few "
            "hundred families in Daquq district, south of the city of Kirkuk. He died at the "
            "scene on Saturday night. The attackers fled on a motorcycle toward the orchards "
            "that run along the valley of Wadi al-Shay.\n\n\"He was the one who told the army "
            "when strangers came to the village. Everybody knew that,\" said his nephew, who "
            "spoke on condition of anonymity out of fear for his safety. \"They wanted to "
            "punish him and frighten everyone else.\"\n\nKirkuk police confirmed the killing "
            "and said an investigation had been opened. No group has claimed it, but local "
            "officials blamed Islamic State militants, who have for years targeted mukhtars, "
            "seen as the state's eyes and ears in rural areas.\n\nThe killing is the latest in "
            "a string of attacks in the belt of territory claimed by both Baghdad and the "
            "Kurdish regional government. In 2023, militants killed several farmers in a night "
            "raid on a village in the same district, and last year a mukhtar in the Hawija area "
            "was shot dead outside his home.\n\nSecurity analysts say the problem is partly one "
            "of geography and partly of politics. Iraqi federal forces and Kurdish Peshmerga "
            "have never agreed on who controls a strip of land that in places stretches dozens "
            "of kilometers, leaving gaps that militants exploit.\n\nPlans for joint brigades of "
            "army and Peshmerga troops to fill the gaps have advanced slowly. Two such brigades "
            "were formed on paper, but officials in Kirkuk say only a fraction of the troops "
            "are in place.\n\nIn Albu Mohammed, families now lock their gates at sunset. \"We "
            "have no one to protect us,\" Ahmed's nephew said. \"Not the army, not the "
            "Peshmerga. Only God.\" ",
        "2025-09-30", (Gold(V, "Daquq", "2025-09-27", 1),)),

    # Rudaw English style. Hard: Iranian artillery shelling of Sidakan-area villages (not in
    # gazetteer -> Soran district); damage only, "no one was hurt" -> 0; "on Sunday" with
    # published Monday; Kurdish opposition parties background.
    Article("en",
            "Iranian artillery shells border villages in Sidakan, no casualties\n\nRudaw - "
            "ERBIL, Kurdistan Region\n\nIranian artillery shelled several villages in the "
            "Sidakan area of Soran administration on Sunday, damaging orchards and beehives but "
            "causing no casualties, a local official said.\n\n\"More than twenty shells fell on "
            "the outskirts of the villages of Barbzin and Rezga starting at around 10 in the "
            "morning. Thankfully no one was hurt, but farmers have lost part of their "
            "harvest,\" Ihsan Chalabi, Sidakan's mayor, told Rudaw.\n\nIran's Revolutionary "
            "Guards (IRGC) have periodically bombarded border areas of the Kurdistan Region, "
            "saying they target Iranian Kurdish opposition groups. Baghdad and Tehran signed a "
            "security agreement in 2023 under which Iraq committed to disarm those groups and "
            "move them away from the border.\n\nSidakan, which borders both Iran and Turkey, is "
            "also frequently hit by Turkish strikes against the PKK.",
        "2025-10-06", (Gold(E, "Soran", "2025-10-05", 0),)),

    # Shafaq News English style. Hard: casualty update; incident on Saturday, death on
    # Tuesday (published); latest toll 3; earlier phrasing of "two killed" repeated.
    Article("en",
            "Death toll from Tarmiyah roadside bombing rises to three\n\nShafaq News/ A third "
            "Iraqi soldier died of his wounds on Tuesday, days after a roadside bomb struck an "
            "army vehicle in Tarmiyah, north of Baghdad, a security source said.\n\nThe "
            "explosion, which targeted a Humvee of the 17th Division in the orchards west of "
            "Tarmiyah on Saturday, had initially killed two soldiers and wounded two others. "
            "One of the wounded, a first lieutenant, succumbed to his injuries at a Baghdad "
            "hospital this morning, the source told Shafaq News.\n\nTarmiyah, on the edge of "
            "Salahuddin and Baghdad provinces, has witnessed several ISIS attacks over the "
            "years owing to its palm groves and irrigation canals, which provide cover for "
            "militants.",
        "2025-10-14", (Gold(E, "Tarmiyah", "2025-10-11", 3),)),

    # Kurdistan24 style. Hard: fire at an oil facility that is NOT violence (technical
    # fault) -> no event; casualty numbers present; Kirkuk/Baba Gurgur named.
    Article("en",
            "Fire breaks out at oil depot in Kirkuk, two workers injured\n\nKIRKUK "
            "(Kurdistan24) - A large fire broke out on Tuesday afternoon at a crude storage "
            "facility of the North Oil Company near the Baba Gurgur field, injuring two "
            "workers, the company said.\n\nCivil defense teams brought the blaze under control "
            "after about three hours. A North Oil Company official told Kurdistan24 that "
            "initial findings pointed to an electrical short circuit in a pumping unit combined "
            "with high temperatures, and ruled out sabotage.\n\n\"There is no security "
            "dimension to this incident. It was a technical fault,\" the official said, adding "
            "that production had not been affected.\n\nFires at oil installations are not "
            "uncommon in Kirkuk during the hot months, when temperatures exceed 45 degrees "
            "Celsius.",
        "2025-10-21", ()),

    # Shafaq News English roundup style. Hard: three incidents in one report: a body found
    # with gunshot wounds (V, 1), a sniper wounding a PMF fighter (B, None), and an
    # intelligence arrest (S); different days; Khanaqin/Jalawla/Saadiya.
    Article("en",
            "Diyala security brief: body found in Khanaqin, PMF fighter wounded in "
            "Jalawla\n\nShafaq News/ Security forces in Diyala's northern districts dealt with "
            "three separate incidents over the past 24 hours, local sources said on "
            "Tuesday.\n\nIn Khanaqin, police recovered on Monday the body of a man in his "
            "thirties from an irrigation canal near the Alwand river. A police source said the "
            "body bore gunshot wounds to the head and the hands were bound, and that it was "
            "transferred to the forensic department. The man, a taxi driver, had been missing "
            "for two days.\n\nLate Monday, a fighter of the Popular Mobilization Forces (PMF) "
            "was wounded by sniper fire targeting a PMF outpost on the outskirts of Jalawla, a "
            "PMF source said, adding that the attackers fired from the direction of the Hamrin "
            "foothills.\n\nMeanwhile, the National Security Service announced on Tuesday the "
            "arrest of a wanted man in Saadiya sub-district, accused of belonging to ISIS and "
            "involved in attacks on civilians in 2016.",
        "2025-10-28", (Gold(V, "Khanaqin", "2025-10-27", 1),
                       Gold(B, "Jalawla", "2025-10-27", None),
                       Gold(S, "Saadiya", "2025-10-28", None))),

    # Reuters style. Hard: deployment of a joint army-Peshmerga brigade (S) at Makhmour;
    # quotes of several officials; the previous plans and other districts named
    # (Kifri, Khanaqin) are not deployments.
    Article("en",
            "Iraqi, Kurdish forces deploy first joint brigade in disputed Makhmour "
            "area\n\nERBIL, Iraq, Nov 3 (Reuters) - Iraqi army and Kurdish Peshmerga troops "
            "began deploying a joint brigade in the Makhmour area on Sunday, filling a security "
            "gap that Islamic State militants have exploited for years, officials from both "
            "sides said.\n\nThe brigade, made up of around 1,500 soldiers from the federal army "
            "and the Peshmerga, took up positions along a stretch of land between Makhmour and "
            "the Qarachogh mountain range, the Peshmerga ministry's chief of staff told "
            "reporters.\n\n\"This is a historic step. For the first time our forces and the "
            "Iraqi army will stand in the same trenches,\" he said.\n\nA spokesman for Iraq's "
            "Joint Operations Command said similar brigades would later be stationed in areas "
            "of Kirkuk, Diyala and Nineveh provinces, including around Kifri and Khanaqin, but "
            "gave no date.\n\nThe deployment follows an agreement reached in 2023 with support "
            "from the U.S.-led coalition, which has funded and trained the units. "
            "Implementation was repeatedly delayed by disputes over command and "
            "salaries.\n\nThe territories, claimed by both Baghdad and the Kurdistan Regional "
            "Government, have been the scene of frequent militant attacks since IS lost its "
            "last territory in Iraq in 2017.",
        "2025-11-03", (Gold(S, "Makhmour", "2025-11-02", None),)),

    # Kurdistan24 style. Hard: MP's statement on the security vacuum naming many districts
    # and earlier attacks -> no event.
    Article("en",
            "Kurdish MP warns of 'dangerous vacuum' across disputed territories\n\nERBIL "
            "(Kurdistan24) - A Kurdish member of the Iraqi parliament on Tuesday warned that "
            "the security vacuum in the disputed territories was allowing Islamic State "
            "militants to regroup, urging Baghdad to speed up the deployment of joint "
            "forces.\n\n\"From Sinjar and Rabia in the west to Makhmour, Daquq, Tuz Khurmatu, "
            "Kifri and Khanaqin in the east, there are areas where no force is present at "
            "night,\" the lawmaker said in a statement read at a press conference in the "
            "parliament building.\n\nShe cited a series of attacks in recent months, including "
            "bombings against Peshmerga and army patrols near Gwer and Tarmiyah, and the "
            "killing of a village chief in Daquq, as evidence that \"the terrorists are testing "
            "our lines.\"\n\nThe lawmaker called on the federal government to activate the six "
            "joint coordination centres set up with the Kurdistan Region in 2021 and to pay the "
            "salaries of the joint brigades on time.\n\nThe Ministry of Peshmerga Affairs has "
            "repeatedly said that more than 30 kilometres of front line remain without a "
            "permanent presence of either side.",
        "2025-11-18", ()),

    # --- Arabic -------------------------------------------------------------------------
    # شفق نيوز style. Hard: tashkeel; "فجر اليوم" = published day; number words
    # (اثنين، ثلاثة); Amerli named as ناحية آمرلي تابعة لقضاء طوزخورماتو.
    Article("ar",
            "مقتل اثنين من الحشد الشعبي بانفجار عبوة ناسفة شرقي آمرلي\n\nشفق نيوز/ أفاد مصدر "
            "أمني في محافظة صلاح الدين، فجر اليوم الثلاثاء، بمقتلِ اثنين من منتسبي الحشد الشعبي "
            "وإصابةِ ثلاثة آخرين بانفجار عبوة ناسفة استهدفت عجلتهم في ناحية آمرلي التابعة لقضاء "
            "طوزخورماتو.\n\nوقال المصدر لوكالة شفق نيوز، إن \"عبوةً ناسفةً زُرعت على جانب طريق "
            "ترابي شرقي الناحية انفجرت لدى مرور عجلة تابعة للواء ٥٢ في الحشد، ما أدى إلى "
            "استشهاد اثنين وجرح ثلاثة بينهم آمر سرية\".\n\nوأضاف أن \"قوة مشتركة فرضت طوقاً "
            "أمنياً على المنطقة وباشرت بعمليات تفتيش بحثاً عن المنفذين\"، مشيراً إلى أن "
            "المصابين نُقلوا إلى مستشفى طوزخورماتو العام.\n\nوتشهد المناطق المحاذية لسلسلة جبال "
            "حمرين بين الحين والآخر هجمات لبقايا تنظيم داعش تستهدف القوات الأمنية والمدنيين.",
        "2025-08-12", (Gold(E, "Amerli", "2025-08-12", 2),)),

    # واع (INA) style. Hard: whole statement quoted (Security Media Cell / intelligence
    # agency), no explicit day -> published date; arrest (S) in Kirkuk.
    Article("ar",
            "الاستخبارات العسكرية تطيح بإرهابي بارز في كركوك\n\nبغداد - واع\n\nأعلنت خلية "
            "الإعلام الأمني، اليوم الثلاثاء، القبض على إرهابي في محافظة كركوك.\n\nوذكرت الخلية "
            "في بيان تلقته وكالة الأنباء العراقية (واع)، أنه \"بعملية نوعية وبناءً على معلومات "
            "استخبارية دقيقة، تمكنت مفارز مديرية الاستخبارات العسكرية، ومن خلال شعبة استخبارات "
            "الفرقة الثامنة، من إلقاء القبض على أحد الإرهابيين المطلوبين للقضاء وفق أحكام "
            "المادة ٤ إرهاب، في محافظة كركوك\".\n\nوأضاف البيان أن \"المتهم كان يعمل ضمن ما "
            "يسمى بولاية كركوك لعصابات داعش الإرهابية، واشترك في عمليات إرهابية ضد القوات "
            "الأمنية والمواطنين في قضاء الحويجة ووادي الشاي خلال السنوات الماضية\"، مبيناً أنه "
            "\"تم تسليمه إلى الجهات المختصة لاتخاذ الإجراءات القانونية بحقه\".",
        "2025-08-19", (Gold(S, "Kirkuk", "2025-08-19", None),)),

    # السومرية نيوز style. Hard: Iranian drone strike on an Iranian Kurdish opposition site
    # near Koya; "مساء أمس" vs published Wednesday; Arabic-Indic digits (١، ٢).
    Article("ar",
            "مسيّرة إيرانية تقصف مقراً لحزب كردي معارض قرب كويسنجق\n\nالسومرية نيوز - "
            "أربيل\n\nأعلن مصدر أمني في إقليم كردستان، اليوم الأربعاء، عن مقتل ١ وإصابة ٢ آخرين "
            "بقصف طائرة مسيّرة إيرانية استهدف مقراً لحزب كردي إيراني معارض قرب قضاء كويسنجق "
            "(كويه) شرقي أربيل، مساء أمس.\n\nوقال المصدر للسومرية نيوز، إن \"الطائرة أطلقت "
            "صاروخين على مبنى داخل مخيم يقطنه عناصر الحزب وعائلاتهم، ما أدى إلى مقتل أحد "
            "العناصر وجرح اثنين نقلا إلى مستشفى كويسنجق\".\n\nولم يصدر تعليق رسمي من طهران حتى "
            "الآن، فيما سبق للحرس الثوري الإيراني أن أعلن مسؤوليته عن هجمات مماثلة على مواقع "
            "الأحزاب الكردية المعارضة في الإقليم خلال الأعوام الماضية.\n\nيذكر أن العراق وإيران "
            "وقعا في آذار ٢٠٢٣ اتفاقاً أمنياً يقضي بنزع سلاح هذه الجماعات وإبعادها عن الشريط "
            "الحدودي.",
        "2025-08-27", (Gold(E, "Koya", "2025-08-26", 1),)),

    # بغداد اليوم style. Hard: kidnapping (V) with no deaths reported -> None; "ليلة أمس"
    # vs published Tuesday; village given as تابعة لقضاء الحويجة (village not in gazetteer).
    Article("ar",
            "بغداد اليوم - كركوك\n\nمسلحون مجهولون يختطفون صاحب مولدة أهلية في الحويجة\n\nكشف "
            "مصدر محلي في قضاء الحويجة جنوب غربي كركوك، اليوم الثلاثاء، عن اختطاف مواطن على يد "
            "مسلحين مجهولين في إحدى القرى التابعة للقضاء.\n\nوقال المصدر لـ\"بغداد اليوم\"، إن "
            "\"أربعة مسلحين يستقلون عجلة رباعية الدفع اقتحموا ليلة أمس منزل المواطن (م.ع)، وهو "
            "صاحب مولدة أهلية في قرية الصينية، واقتادوه إلى جهة مجهولة بعد أن أطلقوا عيارات "
            "نارية في الهواء لترهيب الأهالي\".\n\nوأضاف أن \"ذوي المختطف لم يتلقوا أي اتصال من "
            "الخاطفين حتى الآن\"، لافتاً إلى أن \"القوات الأمنية فتحت تحقيقاً وشرعت بملاحقة "
            "الجناة\".\n\nوتتكرر في مناطق الحويجة والرياض والعباسي حوادث الخطف والابتزاز، التي "
            "غالباً ما تُنسب إلى خلايا داعش أو عصابات جريمة منظمة تستغل ضعف الانتشار الأمني في "
            "المناطق الريفية.",
        "2025-09-09", (Gold(V, "Hawija", "2025-09-08", None),)),

    # 964 style. Hard: Turkish drone strike on a vehicle in Sinuni (Sinjar), Arabic-Indic
    # digit "٢"; "ظهر اليوم" = published Monday; YBŞ background.
    Article("ar",
            "قصف تركي يستهدف عجلة في سنوني.. ومقتل ٢\n\nشبكة 964\n\nاستهدفت طائرة مسيّرة تركية، "
            "ظهر اليوم الاثنين، عجلة مدنية في مجمع سنوني التابع لقضاء سنجار غربي نينوى، ما أسفر "
            "عن مقتل ٢ من ركابها، بحسب مصادر محلية.\n\nوقال أحد سكان المجمع لـ964 إن \"العجلة "
            "كانت متوقفة قرب السوق عندما أصابها صاروخ، واحترقت بالكامل\"، مرجحاً أن يكون "
            "القتيلان من عناصر وحدات مقاومة سنجار (اليبشة).\n\nويأتي القصف رغم الاتفاق الموقع "
            "بين بغداد وأربيل عام ٢٠٢٠ لتطبيع الأوضاع في سنجار، والذي لم يُنفذ حتى الآن، فيما "
            "تقول أنقرة إن القضاء تحول إلى معقل لحزب العمال الكردستاني.",
        "2025-09-15", (Gold(E, "Sinuni", "2025-09-15", 2),)),

    # السومرية / شفق style. Hard: IED on an oil well at Bai Hassan field (not in gazetteer ->
    # Dibis district); "دون وقوع إصابات بشرية" -> 0; "فجر اليوم الثلاثاء".
    Article("ar",
            "تفجير بئر نفطي في حقل باي حسن شمال غربي كركوك\n\nأفاد مصدر أمني في كركوك، فجر "
            "اليوم الثلاثاء، بتفجير بئر نفطي في حقل باي حسن الواقع ضمن قضاء الدبس شمال غربي "
            "المحافظة، دون وقوع إصابات بشرية.\n\nوذكر المصدر أن \"مجهولين زرعوا عبوتين ناسفتين "
            "على رأس البئر رقم ٢٠٨ وفجروهما عن بعد، ما أدى إلى اشتعال النيران فيه\"، موضحاً أن "
            "\"فرق الإطفاء التابعة لشركة نفط الشمال تمكنت من السيطرة على الحريق بعد "
            "ساعات\".\n\nوبيّن أن \"قوة من الشرطة الاتحادية وحماية المنشآت النفطية طوقت المكان، "
            "فيما فتحت الأجهزة الاستخبارية تحقيقاً لمعرفة الجهة المنفذة\".\n\nوسبق أن تعرضت "
            "آبار في حقلي باي حسن وخباز إلى هجمات مماثلة خلال الأعوام الماضية نُسبت إلى خلايا "
            "تنظيم داعش.",
        "2025-09-23", (Gold(E, "Dibis", "2025-09-23", 0),)),

    # شفق نيوز roundup style. Hard: two incidents in one report on Sunday (published Monday):
    # sniper kills a soldier in Hamrin (B, 1); gunmen attack a Peshmerga post in Qara Tapa,
    # wounded only (B, None).
    Article("ar",
            "حصاد أمني: قنص جندي في حمرين وهجوم على نقطة للبيشمركة في قره تبه\n\nشفق نيوز/ شهدت "
            "مناطق التماس بين ديالى وصلاح الدين وكركوك، يوم أمس الأحد، حادثين أمنيين منفصلين، "
            "بحسب مصادر أمنية.\n\nففي سلسلة جبال حمرين، قُتل جندي من الجيش العراقي برصاص قناص "
            "من عناصر داعش أثناء تأديته الواجب في إحدى النقاط المتقدمة قرب حوض حمرين، وفق ما "
            "أفاد مصدر عسكري لوكالة شفق نيوز.\n\nوفي حادث آخر، أصيب ثلاثة من قوات البيشمركة "
            "بجروح متفاوتة إثر هجوم شنه مسلحون بالأسلحة المتوسطة على نقطة مراقبة في ناحية قره "
            "تبه شمالي ديالى، ليلة أمس، وقال مسؤول محلي إن \"الاشتباك استمر نحو نصف ساعة قبل أن "
            "ينسحب المهاجمون باتجاه القرى المهجورة\".\n\nوتطالب قيادات محلية بالإسراع في نشر "
            "الألوية المشتركة لسد الفراغ الأمني في هذه المناطق.",
        "2025-10-06", (Gold(B, "Hamrin", "2025-10-05", 1),
                       Gold(B, "Qara Tapa", "2025-10-05", None))),

    # INA / Alsumaria style. Hard: curfew (S) in Tuz Khurmatu as precaution, no violence;
    # "مساء اليوم" = published day; earlier events mentioned only vaguely.
    Article("ar",
            "فرض حظر للتجوال في طوزخورماتو\n\nصلاح الدين - واع\n\nأعلنت قيادة عمليات صلاح "
            "الدين، اليوم الثلاثاء، فرض حظر للتجوال الشامل في قضاء طوزخورماتو اعتباراً من "
            "الساعة السادسة مساء اليوم وحتى إشعار آخر.\n\nوقال قائد العمليات في تصريح للوكالة، "
            "إن \"القرار جاء على خلفية التوتر الذي شهده القضاء خلال اليومين الماضيين بسبب خلاف "
            "على رفع أعلام وشعارات انتخابية، وحفاظاً على السلم الأهلي\".\n\nوأضاف أن \"قطعات "
            "الجيش والشرطة الاتحادية انتشرت في مداخل القضاء وشوارعه الرئيسة\"، داعياً المواطنين "
            "إلى \"الالتزام بالتعليمات وعدم الانجرار وراء الشائعات\".\n\nويضم قضاء طوزخورماتو "
            "خليطاً من التركمان والعرب والكرد، وشهد في سنوات سابقة اشتباكات ذات طابع قومي.",
        "2025-10-21", (Gold(S, "Tuz Khurmatu", "2025-10-21", None),)),

    # العربي الجديد / المدى style. Hard: two incidents; number words (منتسبَين اثنين،
    # ثلاثة); "ظهر أمس الأحد" and "فجر اليوم" vs published Monday; Shirqat and Baiji.
    Article("ar",
            "استشهاد شرطيين بتفجير في الشرقاط.. ومقتل ثلاثة من داعش باشتباك في صحراء "
            "بيجي\n\nأعلنت مصادر أمنية عراقية، اليوم الاثنين، استشهاد منتسبَين اثنين في الشرطة "
            "بانفجار عبوة ناسفة في قضاء الشرقاط شمالي محافظة صلاح الدين، ومقتل ثلاثة من عناصر "
            "تنظيم داعش في اشتباك منفصل مع الجيش قرب بيجي.\n\nوقال ضابط في شرطة صلاح الدين "
            "لـ\"العربي الجديد\"، إن \"عبوة ناسفة انفجرت ظهر أمس الأحد بدورية للشرطة المحلية "
            "على الطريق الرابط بين الشرقاط وقرية الخانوكة، ما أسفر عن استشهاد منتسبَين وإصابة "
            "ضابط برتبة ملازم\".\n\nوأضاف أن \"قوة من الفرقة الرابعة في الجيش نصبت، فجر اليوم، "
            "كميناً لمجموعة من عناصر التنظيم في صحراء بيجي الغربية، واندلع اشتباك أسفر عن مقتل "
            "ثلاثة منهم، فيما لاذ آخرون بالفرار\".\n\nويقول مراقبون إن التنظيم يحاول استغلال "
            "انشغال القوات الأمنية بتأمين الانتخابات البرلمانية المقررة غداً الثلاثاء لتصعيد "
            "هجماته.",
        "2025-11-10", (Gold(E, "Shirqat", "2025-11-09", 2),
                       Gold(B, "Baiji", "2025-11-10", 3))),

    # INA style. Hard: military exercise with live fire and warning to residents -> no event.
    Article("ar",
            "قيادة عمليات كركوك تنفذ تمريناً تعبوياً بالذخيرة الحية\n\nكركوك - واع\n\nنفذت "
            "قيادة عمليات كركوك، اليوم الأربعاء، تمريناً تعبوياً بالذخيرة الحية بمشاركة قطعات "
            "من الفرقة الثامنة وجهاز مكافحة الإرهاب وطيران الجيش، في ميدان الرمي جنوبي "
            "المحافظة.\n\nوقال قائد العمليات لمراسل الوكالة، إن \"التمرين حاكى عملية اقتحام وكر "
            "للإرهابيين وتطهيره، واستخدمت فيه الدبابات والمدفعية والطائرات المسيّرة\"، مؤكداً "
            "أن \"الهدف هو رفع الجاهزية القتالية للقطعات\".\n\nوكانت القيادة قد دعت أهالي القرى "
            "القريبة من ميدان الرمي إلى عدم الاقتراب من المنطقة وعدم القلق من أصوات الانفجارات "
            "التي ستسمع طوال اليوم.",
        "2025-08-06", ()),

    # بغداد اليوم style. Hard: warnings/threats of ISIS regrouping, places named, an earlier
    # attack as background -> no event.
    Article("ar",
            "بغداد اليوم - ديالى\n\nخبير أمني يحذر من \"تحركات مريبة\" لداعش في حمرين ووادي "
            "الشاي\n\nحذر الخبير في الشأن الأمني، اليوم الثلاثاء، من تحركات لخلايا تنظيم داعش "
            "في سلسلة جبال حمرين ووادي الشاي ومطيبيجة، مؤكداً أن التنظيم \"يعيد ترتيب صفوفه\" "
            "مستغلاً الفراغات بين قطعات الجيش والبيشمركة.\n\nوقال الخبير في حديث لـ\"بغداد "
            "اليوم\"، إن \"معلومات متطابقة تشير إلى أن مفارز صغيرة من التنظيم تتنقل ليلاً بين "
            "الأودية وتخطط لاستهداف نقاط ضعيفة\"، مضيفاً أن \"الهجوم الذي استهدف دورية للحشد "
            "قرب آمرلي الشهر الماضي دليل على ذلك\".\n\nودعا إلى \"تكثيف الطلعات الجوية وزيادة "
            "عدد الكاميرات الحرارية\"، محذراً من أن \"التهاون سيكلف الكثير\".",
        "2025-09-02", ()),

    # Alsumaria style. Hard: traffic accident with deaths on the Kirkuk-Erbil road -> no
    # event; Altun Kupri named.
    Article("ar",
            "مصرع أربعة أشخاص بحادث سير مروع على طريق كركوك - أربيل\n\nالسومرية نيوز - "
            "كركوك\n\nلقي أربعة أشخاص من عائلة واحدة مصرعهم، اليوم الثلاثاء، بحادث سير على "
            "الطريق الرابط بين كركوك وأربيل قرب ناحية التون كوبري.\n\nوأفاد مصدر في مديرية "
            "المرور بأن \"عجلة صالون اصطدمت بشاحنة حمل كبيرة قادمة من الاتجاه المعاكس بسبب "
            "السرعة وعدم الانتباه، ما أدى إلى مصرع السائق وزوجته وطفليهما\"، مبيناً أن \"الجثث "
            "نقلت إلى الطب العدلي في كركوك\".\n\nويشهد هذا الطريق حوادث متكررة بسبب ضيقه وكثافة "
            "حركة الشاحنات، وسط مطالبات بتوسعته.",
        "2025-10-14", ()),

    # INA style. Hard: monthly tally with Arabic-Indic numbers and many places -> no event.
    Article("ar",
            "العمليات المشتركة: مقتل ١٤ إرهابياً واعتقال ٥٣ متهماً خلال تشرين الأول\n\nبغداد - "
            "واع\n\nأعلنت قيادة العمليات المشتركة، اليوم الاثنين، حصيلة عملياتها خلال شهر تشرين "
            "الأول الماضي.\n\nوذكر بيان للقيادة أن \"القطعات الأمنية بمختلف صنوفها نفذت ٢١٧ "
            "عملية تفتيش وتطهير في محافظات كركوك وصلاح الدين وديالى ونينوى والأنبار، أسفرت عن "
            "مقتل ١٤ إرهابياً والقبض على ٥٣ متهماً وفق المادة ٤ إرهاب\".\n\nوأضاف أن \"القوات "
            "عثرت على ٣٦ وكراً و١٩ عبوة ناسفة تم تفكيكها، فضلاً عن تدمير ٨ أنفاق في جبال حمرين "
            "ومكحول\"، مشيراً إلى أن \"طيران الجيش والقوة الجوية نفذا ١١ ضربة جوية\".",
        "2025-11-03", ()),

    # Shafaq / Rudaw Arabic style. Hard: mass-grave exhumation in Sinjar -> no event; the 2014
    # massacre is old background.
    Article("ar",
            "فتح مقبرة جماعية جديدة لضحايا الإيزيديين في سنجار\n\nشفق نيوز/ باشرت فرق دائرة "
            "شؤون وحماية المقابر الجماعية، اليوم الثلاثاء، بفتح مقبرة جماعية جديدة في قرية كوجو "
            "التابعة لقضاء سنجار غربي نينوى، يُعتقد أنها تضم رفات عشرات الإيزيديين الذين أعدمهم "
            "تنظيم داعش في آب ٢٠١٤.\n\nوقال مسؤول في الدائرة لوكالة شفق نيوز، إن \"العمل سيستمر "
            "لأيام عدة بإشراف فريق من الأمم المتحدة، وسيتم نقل الرفات إلى بغداد لمطابقتها "
            "بعينات الحمض النووي لذوي المفقودين\".\n\nولا يزال مصير أكثر من ألفين وخمسمائة "
            "إيزيدي مجهولاً بعد مرور أكثر من عقد على اجتياح التنظيم لسنجار.",
        "2025-11-18", ()),

    # Alsumaria style. Hard: police denial of reported explosion -> no event; place named.
    Article("ar",
            "شرطة كركوك تنفي وقوع انفجار في حي الواسطي\n\nالسومرية نيوز - كركوك\n\nنفت قيادة "
            "شرطة محافظة كركوك، اليوم الثلاثاء، صحة الأنباء التي تداولتها مواقع التواصل "
            "الاجتماعي بشأن وقوع انفجار في حي الواسطي جنوبي المدينة.\n\nوقال المتحدث باسم "
            "القيادة في بيان، إن \"ما حصل هو انفجار إطار عجلة حمل داخل ورشة لتصليح الإطارات، "
            "ولم يسفر عن أي خسائر\"، داعياً وسائل الإعلام إلى \"توخي الدقة واستقاء المعلومات من "
            "مصادرها الرسمية\".\n\nوأكد أن \"الوضع الأمني في المحافظة مستقر، والقطعات الأمنية "
            "تواصل واجباتها بشكل اعتيادي\".",
        "2025-11-25", ()),
)  # fmt: skip


#: A thirteenth batch written blind (30 reports, a random week): places only in a headline
#: or dateline, a province before its town, distances, statements, arrests, strikes, bodies,
#: denials, tallies. First measured after the WIRE4-7 rules: en P 1.00 R 1.00 (location 1.00,
#: date 1.00, fatalities 0.83), ar P 0.77 R 0.91 (location 0.80, date 1.00, fatalities 0.90);
#: the coder of bf33157 had en P 0.67, ar P 0.53. Fixed by: a town the gazetteer gives no
#: district takes the district named after it; rivers are no place; dual bodies (جثتين);
#: "traces of gunfire"; عدم وقوع إصابات; "shot down a drone" kills no one. Then development
#: data.
WIRE8: tuple[Article, ...] = (
    # --- English ---------------------------------------------------------------------------
    # Kurdistan24 style; village named with its district and province after; alleged PKK
    # target; earlier strikes as background; "on Tuesday" resolved against a Wednesday.
    Article("en",
            "Two killed as Turkish drone hits vehicle outside Batifa\n\nERBIL (Kurdistan24) – A "
            "Turkish drone struck a civilian-registered pickup on the outskirts of Batifa, a "
            "sub-district of Zakho in the Kurdistan Region's Duhok province, on Tuesday, "
            "killing both men inside, local officials said.\n\nBatifa's director, speaking to "
            "Kurdistan24 by phone, said the car was travelling along the road toward the "
            "village of Dashtatakh when it was \"hit directly, without warning,\" shortly "
            "before sunset. The bodies were transferred to Zakho's general hospital.\n\n\"We do "
            "not yet know who the two men were. The families in the area are afraid to go out "
            "to their orchards,\" the official said.\n\nAnkara did not comment on the strike. "
            "Turkish officials generally describe such operations as targeting members of the "
            "Kurdistan Workers' Party (PKK), which has maintained bases in the mountainous "
            "border strip for decades.\n\nResidents of the Zakho and Amedi districts have "
            "complained for years that Turkish shelling and air raids have emptied hundreds of "
            "villages. Last month a strike in the Sidakan area wounded a shepherd, and local "
            "authorities say more than a dozen such incidents have been logged since spring "
            "despite the PKK's announced disarmament process.",
            "2025-08-06", (Gold(E, "Batifa", "2025-08-05", 2),)),
    # Rudaw flash; place only in the dateline; Iranian artillery; explicit no casualties.
    Article("en",
            "PENJWEN, Kurdistan Region – Iranian artillery pounded the mountainsides above "
            "three border hamlets on Saturday morning, residents told Rudaw, setting grass "
            "alight. No one was hurt, according to the district's mayor, but several families "
            "moved their livestock down to the valley.",
            "2025-08-09", (Gold(E, "Penjwen", "2025-08-09", 0),)),
    # Shafaq News English; province named before the district; distance description;
    # digits and words; earlier attack as background (not an event).
    Article("en",
            "Shafaq News / ISIS remnants ambush Iraqi army in Wadi al-Shay, two soldiers "
            "dead\n\nShafaq News/ Two Iraqi soldiers were killed and three others injured late "
            "Monday when ISIS militants opened fire on an army position in Kirkuk province's "
            "Daquq district, a security source told Shafaq News Agency.\n\nThe source said the "
            "attack took place in Wadi al-Shay, a rugged valley about 45 kilometres south of "
            "Kirkuk city, where a small unit of the army's 8th Division was manning an "
            "observation post. \"The militants used medium weapons and withdrew toward the "
            "Zghaytun valley before reinforcements arrived,\" the source added.\n\nThe wounded "
            "were taken to Daquq hospital; one of them is in critical condition.\n\nWadi "
            "al-Shay, with its orchards, caves and ravines, has long served as a shelter for "
            "ISIS cells moving between Kirkuk, Salahuddin and Diyala. In June, an IED in the "
            "same area struck a federal police vehicle.\n\nKurdish officials have repeatedly "
            "argued that the gap between Peshmerga and Iraqi army lines in the disputed areas "
            "allows the group to operate freely.",
            "2025-08-12", (Gold(B, "Wadi al-Shay", "2025-08-11", 2),)),
    # Reuters-style analysis; many places and past attacks, all background; no new incident.
    Article("en",
            "ANALYSIS-In Iraq's contested north, a plan for joint brigades moves slowly\n\nBy "
            "staff\n\nKIRKUK, Iraq, Aug 20 (Reuters) - Two years after Baghdad and Erbil agreed "
            "in principle to field mixed army-Peshmerga brigades along the strip of land both "
            "claim, only a fraction of the promised troops have taken position, officials and "
            "commanders on both sides said.\n\nThe brigades are meant to close the so-called "
            "\"security vacuum\" stretching from Khanaqin near the Iranian border to Makhmour "
            "and the Nineveh plains, where Islamic State remnants still slip between the lines "
            "to plant bombs and fire on checkpoints.\n\n\"On paper we have six coordination "
            "centres. On the ground, two work properly,\" a senior Peshmerga officer in Kirkuk "
            "said, asking not to be named because he was not authorised to speak to the "
            "media.\n\nAn Iraqi Joint Operations Command spokesman said the delays were "
            "\"logistical, not political,\" citing budget disputes over salaries and equipment "
            "for the Kurdish units.\n\nThe stakes are not abstract. Attacks in Wadi al-Shay, "
            "Hamrin and the Qarachogh range killed more than 20 members of the security forces "
            "last year, according to a Reuters tally of official statements, and villagers in "
            "parts of Daquq and Tuz Khurmatu say they still sleep in town rather than on their "
            "farms.\n\nDiplomats in Baghdad said the U.S.-led coalition, which is scaling down "
            "its presence, has pressed both sides to finish the deployment before its mission "
            "ends in September 2026.\n\n(Reporting by Reuters staff; Editing by Desk)",
            "2025-08-20", ()),
    # AFP style; the field in the headline; "late Tuesday"; production halted; no casualties;
    # earlier strikes on the same field as background.
    Article("en",
            "Drone strike halts work at Iraqi Kurdistan's Khor Mor gas field\n\nSULAIMANIYAH, "
            "Iraq (AFP) – An explosive-laden drone hit a storage area at the Khor Mor gas field "
            "in Iraq's autonomous Kurdistan region late Tuesday, forcing a temporary shutdown "
            "that cut electricity to parts of the region, officials said.\n\n\"There were no "
            "casualties, but a tank caught fire and teams worked for hours to put it out,\" a "
            "spokesman for the field's operator, the UAE-based Dana Gas, told AFP.\n\nThe "
            "Kurdistan Region's counter-terrorism directorate said in a statement that the "
            "drone had been launched \"from an area under the control of outlaw groups,\" "
            "without naming them. No group claimed responsibility.\n\nKhor Mor, located between "
            "Chamchamal and Kalar, has been targeted repeatedly since 2022. A similar attack in "
            "April 2024 killed four Yemeni workers.\n\nKurdish officials have accused "
            "Iran-backed factions of trying to undermine the region's energy sector, a charge "
            "the groups deny.",
            "2025-09-03", (Gold(E, "Khor Mor", "2025-09-02", 0),)),
    # Xinhua roundup; two incidents on two weekdays; a kidnapping with no death reported;
    # mountain named with its district.
    Article("en",
            "Iraqi soldier killed in roadside bomb blast north of Baghdad\n\nBAGHDAD, Sept. 14 "
            "(Xinhua) -- An Iraqi soldier was killed and two others were wounded on Saturday "
            "when a roadside bomb went off near their patrol in the Tarmiyah area, some 50 km "
            "north of the capital Baghdad, an Iraqi security source said.\n\nThe bomb struck "
            "the patrol as it was searching orchards in a farming area that IS militants have "
            "used as a hideout, the source told Xinhua on condition of "
            "anonymity.\n\nSeparately, on Friday gunmen believed to belong to IS abducted two "
            "shepherds near the Qarachogh mountain range in Makhmour district, southwest of "
            "Erbil, the capital of the Kurdistan region, a local official said, adding that "
            "their fate remained unknown.\n\nThe security situation in Iraq has improved since "
            "Iraqi forces defeated IS in 2017, but remnants of the militants still carry out "
            "sporadic attacks against security forces and civilians, especially in the rugged "
            "areas between the provinces of Kirkuk, Salahudin, Diyala and Nineveh.",
            "2025-09-14", (Gold(E, "Tarmiyah", "2025-09-13", 1),
                           Gold(V, "Qarachogh", "2025-09-12", None))),
    # AP long feature; the event is buried in paragraph five; 2014 genocide as background.
    Article("en",
            "In Sinjar, returning Yazidis find peace is still out of reach\n\nSINJAR, Iraq (AP) "
            "— The school in the village has new windows now, and the pale blue paint is still "
            "fresh. But Hadiya Khalaf, a mother of four who came back from a displacement camp "
            "in Duhok last spring, keeps her children home on most days.\n\n\"Every week there "
            "is something,\" she said, standing in a yard strewn with sun-bleached plastic "
            "toys. \"A plane, a drone, men with guns we do not know.\"\n\nMore than a decade "
            "after Islamic State militants swept through this mountainous district, killing and "
            "enslaving thousands of Yazidis, only about half of those who fled have returned. "
            "The district is still contested between Baghdad and the Kurdistan regional "
            "government, and armed groups of different loyalties share the "
            "checkpoints.\n\nTurkey regards some of those groups as an extension of the PKK and "
            "has struck the area repeatedly. Residents say the strikes make rebuilding "
            "impossible.\n\nOn Thursday, a drone hit a car on the road between Sinuni and "
            "Khanasor, killing a man that local officials described as a member of a Yazidi "
            "armed unit. Turkey's defense ministry did not comment. The blast shattered windows "
            "of a nearby bakery, its owner said.\n\nOfficials in Baghdad say a 2020 agreement "
            "to normalize Sinjar's administration and remove outside forces has never been "
            "implemented. The Sinjar mayor's office is still split between two rival "
            "administrators.\n\nBack at the school, the headmaster counts his pupils every "
            "morning. \"Ninety-six enrolled,\" he said. Forty came today, he added.",
            "2025-09-20", (Gold(E, "Sinuni", "2025-09-18", 1),)),
    # The New Arab style; tribal clash with a distance description; numbers in words.
    Article("en",
            "Three dead as land feud erupts into gunfight west of Kirkuk\n\nThe New Arab Staff "
            "& Agencies\n\nThree people were killed and five wounded on Monday when two clans "
            "exchanged fire with machine guns over disputed farmland in the al-Abbasi "
            "subdistrict, some 30 kilometres west of Kirkuk city, a police source told The New "
            "Arab.\n\nThe quarrel, which local elders said had simmered since the wheat "
            "harvest, turned violent after members of one family began ploughing a plot the "
            "other side claims under a 1970s land deed. Police and army units deployed to the "
            "area and set up checkpoints between the two villages, and a curfew was declared "
            "until the evening.\n\nTribal disputes in Iraq frequently escalate into armed "
            "clashes because of the wide availability of weapons. The Iraqi government has "
            "launched several campaigns to disarm the tribes, with limited success.\n\nKirkuk's "
            "governor said a committee of sheikhs would meet both parties on Wednesday.",
            "2025-10-01", (Gold(B, "Abbasi", "2025-09-29", 3),)),
    # Kurdistan24; Peshmerga ministry statement and anniversary of unification; no incident.
    Article("en",
            "Peshmerga ministry: 13 unified brigades ready, more to follow\n\nERBIL "
            "(Kurdistan24) – The Kurdistan Region's Ministry of Peshmerga Affairs said on "
            "Monday that thirteen brigades now operate under its direct command rather than "
            "under party-affiliated units 70 and 80, calling the step \"historic\" on the "
            "anniversary of the unification agreement.\n\nMinistry secretary-general Bakhtiar "
            "Mohammed told reporters that the remaining forces would be merged by the end of "
            "next year, in line with a memorandum signed with the US-led coalition. He said "
            "coalition support for salaries and equipment \"continues, but the responsibility "
            "is ours.\"\n\nAsked about ISIS activity along the line with federal forces, he "
            "said the threat \"has not disappeared,\" referring to attacks in Garmiyan and "
            "Makhmour earlier this year, and urged Baghdad to speed the formation of joint "
            "brigades.\n\nPeshmerga forces will hold a ceremony in Erbil on Thursday to mark "
            "the occasion.",
            "2025-10-06", ()),
    # Rudaw; Asayish arrests; the city given in its Kurdish spelling; nothing violent.
    Article("en",
            "Sulaimani Asayish arrest three over alleged ISIS financing\n\nSULAIMANI, Kurdistan "
            "Region – Security forces (Asayish) in Sulaimani province arrested three suspects "
            "on Wednesday accused of transferring money to Islamic State (ISIS) members held in "
            "camps in northeast Syria, the agency said in a statement on Thursday.\n\nThe "
            "statement said the suspects, among them a money changer in the city's bazaar, had "
            "sent \"tens of thousands of dollars\" via informal hawala networks over more than "
            "a year. Phones and ledgers were seized during raids on two houses.\n\n\"The "
            "investigation is ongoing and the suspects have been referred to the judiciary,\" "
            "it added.\n\nKurdish security services announce such arrests regularly. In August "
            "the Kurdistan Region Security Council said it had dismantled a cell plotting "
            "attacks in Erbil.",
            "2025-10-09", (Gold(S, "Sulaymaniyah", "2025-10-08", None),)),
    # Shafaq News English; casualty update; the incident's date is Sunday, the death Tuesday.
    Article("en",
            "Federal police officer wounded in Sulaiman Bek sniper attack dies\n\nShafaq News/ "
            "A federal police first lieutenant who was shot by an ISIS sniper on Sunday near "
            "Sulaiman Bek, in Salahuddin's Tuz Khurmatu district, succumbed to his wounds on "
            "Tuesday, a medical source said.\n\nThe officer had been hit in the chest while "
            "inspecting a checkpoint on the edge of the subdistrict's orchards and was "
            "transferred to a hospital in Kirkuk, where he underwent two operations.\n\nA "
            "security source told Shafaq News that search operations in the nearby Hamrin "
            "foothills have not yet found the shooter.",
            "2025-10-21", (Gold(B, "Sulaiman Bek", "2025-10-19", 1),)),
    # Reuters; drone intercepted at Erbil airport; "early Saturday"; no casualties; a Harir
    # attack as background.
    Article("en",
            "Drone downed near Erbil airport, no damage - Kurdish officials\n\nERBIL, Iraq, Oct "
            "25 (Reuters) - Air defences shot down a drone as it approached Erbil international "
            "airport, which hosts U.S.-led coalition troops, shortly after midnight early on "
            "Saturday, the Kurdistan Region's counter-terrorism service said.\n\n\"The drone "
            "was intercepted before reaching its target and caused no casualties or damage,\" "
            "the service said in a statement. Flights were not affected, an airport official "
            "said.\n\nThere was no immediate claim of responsibility. Iran-aligned armed groups "
            "in Iraq have attacked bases housing U.S. troops, including Erbil airport and the "
            "Harir base north of the city, dozens of times since late 2023.\n\nThe attack comes "
            "as Iraq's caretaker government tries to keep the country out of regional tensions "
            "ahead of the formation of a new cabinet.",
            # (gold corrected: ACLED codes a drone intercepted in the air as Strategic
            # developments, Disrupted weapons use; the batch's writer had coded an explosion)
            "2025-10-25", (Gold(S, "Erbil", "2025-10-25", 0),)),
    # AFP; court verdict on an old attack; a place and a death toll that belong to 2023.
    Article("en",
            "Iraq court sentences five to death over 2023 Kirkuk bombing\n\nBAGHDAD (AFP) – An "
            "Iraqi court on Tuesday sentenced five men to death for their role in a 2023 car "
            "bombing in Kirkuk that killed seven people, the judiciary said.\n\nThe Kirkuk "
            "criminal court found the defendants guilty under the anti-terrorism law of "
            "\"planning and executing\" the attack on a busy street in the city's south, the "
            "Supreme Judicial Council said in a statement.\n\nRights groups have criticised "
            "Iraqi courts for trials they say rely on confessions obtained under duress. "
            "Hundreds of people, including foreigners, have been sentenced to death or life in "
            "prison for belonging to the Islamic State group since 2017.",
            "2025-11-04", ()),
    # INA English; Security Media Cell; air strike; range of militants killed.
    Article("en",
            "Iraqi F-16s strike ISIS hideout in Hamrin mountains\n\nBaghdad-INA\n\nThe Security "
            "Media Cell announced on Wednesday that Iraqi Air Force F-16 jets carried out an "
            "air strike on Tuesday on a hideout used by ISIS terrorist gangs in the Hamrin "
            "mountains, based on accurate intelligence from the Joint Operations "
            "Command.\n\nThe cell said in a statement received by the Iraqi News Agency (INA) "
            "that the strike \"resulted in the destruction of the hideout and the killing of "
            "between four and six terrorists,\" adding that a ground force was moving to search "
            "the site.\n\nThe statement noted that the operation came within the framework of "
            "continuous operations to pursue the remnants of terrorism in the mountainous areas "
            "between the provinces of Diyala, Salahuddin and Kirkuk.",
            "2025-11-12", (Gold(E, "Hamrin Mountains", "2025-11-11", 4),)),
    # Flash, 964-style; a denial of rumoured blasts; controlled detonation of old ordnance.
    Article("en",
            "Kirkuk police: no explosion in city, blasts were controlled detonations\n\nKirkuk "
            "police denied on Tuesday reports on social media of explosions in the city's Domiz "
            "neighbourhood, saying the sounds heard in the morning came from an engineering "
            "team destroying old munitions at a site outside the city. \"There is no security "
            "incident. We urge citizens to rely on official sources,\" the police said in a "
            "statement.",
            "2025-11-18", ()),
    # --- Arabic ----------------------------------------------------------------------------
    # Shafaq News flash; sub-district with its district; wounded only; "مساء أمس".
    Article("ar",
            "شفق نيوز/ أفاد مصدر أمني في محافظة كركوك، اليوم الأحد، بإصابة جنديين من الجيش "
            "العراقي بجروح إثر انفجار عبوة ناسفة استهدفت عجلتهم مساء أمس في ناحية الرياض "
            "التابعة لقضاء الحويجة.\n\nوقال المصدر لوكالة شفق نيوز، إن العبوة كانت مزروعة على "
            "جانب طريق ترابي يربط بين قريتين، وإن المصابين نقلا إلى مستشفى الحويجة العام لتلقي "
            "العلاج.",
            "2025-08-03", (Gold(E, "Hawija", "2025-08-02", None),)),
    # INA; Counter-Terrorism Service statement; arrest in Daquq; "اليوم الخميس".
    Article("ar",
            "جهاز مكافحة الإرهاب يطيح بإرهابي \"خطير\" في داقوق\n\nبغداد - واع\n\nأعلن جهاز "
            "مكافحة الإرهاب، اليوم الخميس، القبض على أحد عناصر عصابات داعش الإرهابية في قضاء "
            "داقوق جنوبي محافظة كركوك.\n\nوذكر الجهاز في بيان تلقته وكالة الأنباء العراقية "
            "(واع)، أن \"قوة من الجهاز، وبإسناد من جهاز المخابرات، نفذت عملية نوعية أسفرت عن "
            "اعتقال الإرهابي المكنى (أبو حذيفة)، وهو من المطلوبين وفق أحكام المادة 4 إرهاب\"، "
            "مبيناً أن \"المتهم كان يشغل منصب ما يسمى مسؤول الإمداد لقاطع وادي "
            "الشاي\".\n\nوأضاف البيان أن \"العملية جاءت بعد متابعة استخبارية استمرت أسابيع\"، "
            "لافتاً إلى أنه \"تم تسليمه إلى الجهات المختصة لاتخاذ الإجراءات القانونية بحقه\".",
            "2025-08-14", (Gold(S, "Daquq", "2025-08-14", None),)),
    # Alsumaria; shepherd killed by gunmen near Jalawla; "فجر اليوم"; Diyala named first.
    Article("ar",
            "ديالى.. مقتل راعٍ برصاص مسلحين مجهولين قرب جلولاء\n\nالسومرية نيوز/ ديالى\nأفاد "
            "مصدر في شرطة محافظة ديالى، فجر اليوم السبت، بمقتل راعي أغنام بهجوم شنه مسلحون "
            "مجهولون على أطراف ناحية جلولاء شمال شرق بعقوبة.\n\nوقال المصدر للسومرية نيوز، إن "
            "\"مسلحين يستقلون دراجات نارية أطلقوا النار على الراعي أثناء وجوده مع قطيعه في "
            "منطقة زراعية مفتوحة، ما أدى إلى مقتله في الحال، قبل أن يلوذوا بالفرار\"، مشيراً "
            "إلى أن \"قوة أمنية طوقت المكان وباشرت عمليات تفتيش بحثاً عن الجناة\".\n\nوتشهد "
            "المناطق المحيطة بجلولاء والسعدية بين الحين والآخر خروقات أمنية تنسب لخلايا داعش "
            "التي تستغل الطبيعة الوعرة وبساتين حوض حمرين.",
            "2025-08-23", (Gold(V, "Jalawla", "2025-08-23", 1),)),
    # Baghdad Today; village with sub-district and district; numbers in words; PMF position.
    Article("ar",
            "بغداد اليوم - ديالى\n\nكشف مصدر أمني، اليوم الخميس، عن حصيلة الهجوم الذي استهدف "
            "نقطة مرابطة للحشد الشعبي مساء الأربعاء في قرية تابعة لناحية السعدية ضمن قضاء "
            "خانقين شمال شرقي ديالى.\n\nوقال المصدر في حديث لـ\"بغداد اليوم\"، إن \"عناصر من "
            "داعش هاجموا النقطة بالأسلحة الخفيفة والمتوسطة من ثلاثة محاور، واستمر الاشتباك "
            "قرابة نصف ساعة\"، مبيناً أن \"الهجوم أسفر عن استشهاد اثنين من المقاتلين وإصابة "
            "ثلاثة آخرين بجروح متفاوتة\".\n\nوأضاف أن \"تعزيزات من الجيش والحشد وصلت إلى "
            "المنطقة وبدأت عملية تمشيط للبساتين المحاذية لنهر ديالى\".\n\nيذكر أن المنطقة ذاتها "
            "شهدت في تموز الماضي هجوماً مماثلاً دون أن يسفر عن خسائر.",
            "2025-08-28", (Gold(B, "Saadiya", "2025-08-27", 2),)),
    # Kurdistan24 Arabic; the sub-district only in the headline; no casualties.
    Article("ar",
            "قصف تركي يطال أطراف كاني ماسي\n\nكوردستان24 - دهوك\n\nتعرضت مناطق جبلية تابعة "
            "للناحية، ظهر اليوم الأحد، لقصف مدفعي وجوي تركي استمر لأكثر من ساعتين، بحسب ما أفاد "
            "به سكان محليون.\n\nوقال مسؤول محلي لكوردستان24، إن القصف تركز على المرتفعات "
            "القريبة من قريتي سردشت وبيرمز، وأدى إلى اندلاع حرائق في الغابات والبساتين، لافتاً "
            "إلى أنه \"لم يسفر عن أي خسائر بشرية\".\n\nوأشار إلى أن أهالي عدد من القرى الحدودية "
            "في قضاء العمادية اضطروا خلال السنوات الماضية إلى ترك منازلهم جراء تكرار القصف.",
            "2025-09-07", (Gold(E, "Kani Masi", "2025-09-07", 0),)),
    # Rudaw Arabic; the same Khor Mor attack as the AFP item, in a separate article; Arabic
    # spelling; "مساء الثلاثاء" on a Wednesday.
    Article("ar",
            "هجوم بطائرة مسيّرة على حقل كورمور الغازي\n\nروداو - السليمانية\n\nتعرض حقل كورمور "
            "الغازي في قضاء جمجمال، مساء الثلاثاء، لهجوم بطائرة مسيّرة مفخخة، ما أدى إلى توقف "
            "ضخ الغاز إلى محطات توليد الكهرباء في إقليم كوردستان.\n\nوذكر بيان لمديرية مكافحة "
            "الإرهاب في إقليم كوردستان أن المسيّرة سقطت قرب أحد الخزانات وتسببت باندلاع حريق "
            "تمت السيطرة عليه، مؤكداً عدم وقوع إصابات بين العاملين.\n\nوقالت وزارة الكهرباء في "
            "حكومة الإقليم، في بيان منفصل، إن انقطاع الغاز سيؤدي إلى خفض ساعات التجهيز في أربيل "
            "والسليمانية ودهوك \"إلى حين استئناف العمل\".\n\nوهذه ليست المرة الأولى التي يستهدف "
            "فيها الحقل، إذ تعرض لعشرات الهجمات بالصواريخ والمسيّرات منذ عام 2019.",
            "2025-09-03", (Gold(E, "Khor Mor", "2025-09-02", 0),)),
    # Al-Mada long feature; the kidnapping is buried; sub-district with its district;
    # "مساء الخميس الماضي" on a Saturday.
    Article("ar",
            "طوزخورماتو.. مدينة بين خطين وفراغ أمني لا يغلق\n\nالمدى/ خاص\n\nعلى الطريق الممتد "
            "من كركوك نحو طوزخورماتو، تتناوب على الحواجز قوات من الجيش والشرطة الاتحادية والحشد "
            "الشعبي، فيما تبقى القرى الواقعة على سفوح حمرين شبه خالية من سكانها منذ "
            "سنوات.\n\nيقول أحد وجهاء القضاء لـ(المدى) إن \"الأهالي لم يعودوا يثقون بأن الأمن "
            "مستتب، فكل بضعة أسابيع نسمع عن عبوة أو هجوم على نقطة عسكرية\". ويضيف أن \"الخلاف "
            "السياسي على إدارة المنطقة بين بغداد وأربيل انعكس على الملف الأمني بشكل "
            "مباشر\".\n\nويستذكر مسؤولون محليون سلسلة من الحوادث خلال العام الجاري، أبرزها هجوم "
            "استهدف مزارعين في حزيران الماضي. غير أن أحدث ما يقلق السكان هو اختطاف شابين من "
            "أهالي ناحية آمرلي التابعة للقضاء مساء الخميس الماضي، على يد مسلحين اعترضوا "
            "سيارتهما على طريق زراعي، من دون أن تعرف جهة الاختطاف أو مصيرهما حتى الآن، وفق مصدر "
            "في شرطة صلاح الدين.\n\nويرى الخبير الأمني (ع. م) أن \"تشكيل الألوية المشتركة "
            "وتفعيل مراكز التنسيق الستة هما الحل الوحيد لسد الثغرات بين القطعات\"، مشيراً إلى "
            "أن \"خلايا داعش تتحرك في المساحات التي لا يمسكها أحد\".\n\nوفي السوق الكبير وسط "
            "المدينة، يغلق أصحاب المحال أبوابهم قبل المغرب. يقول أحدهم: \"نعيش هنا منذ عقود، "
            "لكننا لم نعرف الاستقرار الحقيقي يوماً\".",
            "2025-09-27", (Gold(V, "Amerli", "2025-09-25", None),)),
    # The New Arab Arabic; roundup of two incidents in Nineveh on two days; mukhtar
    # assassinated; IED with wounded only; town named with its distance from Mosul.
    Article("ar",
            "اغتيال مختار قرية جنوبي الموصل وإصابة جنديين بتفجير في الحضر\n\nالعربي الجديد - "
            "الموصل\n\nاغتال مسلحون مجهولون، مساء أمس الجمعة، مختار إحدى القرى التابعة لناحية "
            "القيارة، نحو 60 كيلومتراً جنوبي مدينة الموصل، بحسب ما أفاد به مسؤول محلي "
            "لـ\"العربي الجديد\".\n\nوأوضح المسؤول، الذي طلب عدم ذكر اسمه، أن \"المسلحين أطلقوا "
            "النار على المختار أمام منزله وفروا إلى جهة مجهولة\"، مرجحاً أن يكون للحادث علاقة "
            "بتعاونه مع الأجهزة الأمنية في الإبلاغ عن تحركات مشبوهة.\n\nوفي حادث آخر، أصيب "
            "جنديان بجروح صباح اليوم السبت، جراء انفجار عبوة ناسفة على دورية للجيش في صحراء "
            "قضاء الحضر جنوب غربي نينوى، وفق ما أكدته مصادر أمنية.\n\nوتبقى المناطق الصحراوية "
            "الممتدة بين الحضر والقيارة والحدود مع الأنبار من أبرز المناطق التي تشهد نشاطاً "
            "لخلايا تنظيم داعش.",
            "2025-10-04", (Gold(V, "Qayyarah", "2025-10-03", 1),
                           Gold(E, "Hatra", "2025-10-04", None))),
    # Shafaq News; two bodies found bound and shot; Arabic-Indic digits; district named.
    Article("ar",
            "شفق نيوز/ عثرت قوات الشرطة في محافظة كركوك، صباح اليوم الأربعاء، على جثتين لشخصين "
            "مجهولي الهوية في منطقة زراعية تابعة لقضاء الدبس شمال غربي المحافظة.\n\nوقال مصدر "
            "أمني لوكالة شفق نيوز، إن الجثتين كانتا مقيدتي الأيدي وتحملان آثار إطلاق نار في "
            "الرأس، وتعودان لرجلين تتراوح أعمارهما بين ٣٠ و٤٠ عاماً، مبيناً أنه تم نقلهما إلى "
            "دائرة الطب العدلي.\n\nوأضاف المصدر أن التحقيقات جارية لمعرفة هوية الضحيتين "
            "وملابسات الحادث.",
            "2025-10-15", (Gold(V, "Dibis", "2025-10-15", 2),)),
    # 964 style; deployment of a joint Peshmerga-army brigade; no violence.
    Article("ar",
            "وصول أول لواء مشترك من البيشمركة والجيش إلى مخمور\n\n964\n\nبدأ لواء مشترك يضم "
            "قوات من البيشمركة والجيش العراقي، اليوم الثلاثاء، الانتشار في المناطق الفاصلة بين "
            "الجانبين في قضاء مخمور جنوب غرب أربيل، تنفيذاً لاتفاق التنسيق الأمني بين بغداد "
            "وأربيل.\n\nوقال ضابط في قيادة العمليات المشتركة لـ964 إن \"اللواء تسلم مواقعه على "
            "سفوح جبل قرةچوغ، وسيتولى مسك الأرض وتنفيذ دوريات مشتركة في المنطقة التي ظلت لسنوات "
            "ثغرة يستغلها داعش\".\n\nمن جهته، قال مسؤول في وزارة البيشمركة إن \"هذه خطوة أولى، "
            "وستتبعها ألوية أخرى في مناطق كركوك وديالى ونينوى\".",
            "2025-10-28", (Gold(S, "Makhmour", "2025-10-28", None),)),
    # Kurdistan24 Arabic; Peshmerga ministry denial; no incident.
    Article("ar",
            "وزارة البيشمركة تنفي انسحاب قواتها من خطوط التماس في گرميان\n\nأربيل - "
            "كوردستان24\n\nنفت وزارة شؤون البيشمركة في إقليم كوردستان، اليوم الأحد، الأنباء "
            "المتداولة على مواقع التواصل الاجتماعي بشأن انسحاب قواتها من مواقعها في إدارة "
            "گرميان وأطراف قضاء كفري.\n\nوقالت الوزارة في بيان، إن \"ما نشر عار عن الصحة، "
            "وقواتنا مستمرة بأداء واجباتها في حماية المنطقة بالتنسيق مع القوات الاتحادية\"، "
            "داعية وسائل الإعلام إلى \"تحري الدقة واعتماد المصادر الرسمية\".",
            "2025-11-02", ()),
    # Security Media Cell monthly tally for October; numbers, no single incident.
    Article("ar",
            "خلية الإعلام الأمني تعلن حصيلة عملياتها خلال شهر تشرين الأول\n\nبغداد/ "
            "المدى\n\nأعلنت خلية الإعلام الأمني، اليوم السبت، حصيلة العمليات التي نفذتها "
            "القطعات الأمنية خلال شهر تشرين الأول الماضي في عموم البلاد.\n\nوذكرت الخلية في "
            "بيان أن القوات الأمنية نفذت 312 عملية استباقية أسفرت عن قتل 17 إرهابياً والقبض على "
            "94 آخرين، فضلاً عن تدمير 41 وكراً ومضافة، وضبط 230 عبوة ناسفة، مشيرة إلى أن أغلب "
            "العمليات تركزت في محافظات كركوك وصلاح الدين وديالى ونينوى.\n\nوأضافت أن طيران "
            "الجيش والقوة الجوية نفذا 19 ضربة جوية على أوكار التنظيم في سلسلة جبال حمرين ووادي "
            "الشاي وصحراء الحضر.",
            "2025-11-01", ()),
    # INA; mass-grave exhumation in Sinjar on the genocide anniversary; the 2014 killings are
    # history, not an event.
    Article("ar",
            "في ذكرى الإبادة.. فرق الطب العدلي تفتح مقبرة جماعية جديدة في سنجار\n\nنينوى - "
            "واع\n\nباشرت فرق دائرة شؤون وحماية المقابر الجماعية، اليوم الأحد، بفتح مقبرة "
            "جماعية في قرية تابعة لقضاء سنجار غربي نينوى، يعتقد أنها تضم رفات ضحايا من "
            "الإيزيديين أعدمهم تنظيم داعش في آب 2014.\n\nوقال مدير الدائرة لوكالة الأنباء "
            "العراقية (واع)، إن \"العمل يتزامن مع الذكرى الحادية عشرة للإبادة الجماعية\"، "
            "مبيناً أن \"المقبرة قد تضم رفات ما بين 20 و30 شخصاً، وسيتم نقلها إلى بغداد "
            "لمطابقتها بعينات الحمض النووي لذويهم\".\n\nوأحيا آلاف الإيزيديين في سنجار ودهوك، "
            "اليوم، الذكرى بوقفات ومسيرات بالشموع.",
            "2025-08-03", ()),
    # Alsumaria; a weapons cache found, no clash, no arrest.
    Article("ar",
            "العثور على مضافة لداعش تحتوي صواريخ وأحزمة ناسفة في وادي الشاي\n\nالسومرية نيوز/ "
            "كركوك\nأعلنت قيادة عمليات كركوك، اليوم الخميس، العثور على مضافة لعصابات داعش "
            "الإرهابية خلال عملية تفتيش في وادي الشاي جنوبي المحافظة.\n\nوقالت القيادة في بيان، "
            "إن المضافة كانت تحتوي على خمسة صواريخ محلية الصنع وحزامين ناسفين وكميات من المواد "
            "الغذائية وأجهزة اتصال، مبينة أنه تم تدمير المضافة ونقل المواد إلى جهة الاختصاص، من "
            "دون تسجيل أي احتكاك مع العدو.",
            # (gold corrected: ACLED codes a cache seized as Strategic developments,
            # Disrupted weapons use; the batch's writer had coded no event)
            "2025-11-20", (Gold(S, "Wadi al-Shay", "2025-11-20", None),)),
    # Baghdad Today; political statement on the six coordination centres plus a drill; no event.
    Article("ar",
            "بغداد اليوم - أربيل\n\nقال عضو في لجنة الأمن والدفاع النيابية، اليوم الأربعاء، إن "
            "مراكز التنسيق الستة بين الجيش العراقي والبيشمركة \"لم تفعّل بشكل كامل حتى الآن\"، "
            "محذراً من أن داعش \"قد يستغل فصل الشتاء والضباب لتصعيد هجماته في المناطق المتنازع "
            "عليها\".\n\nوأوضح في حديث لـ\"بغداد اليوم\"، أن \"التمرين المشترك الذي جرى الأسبوع "
            "الماضي قرب التون كوبري كان خطوة إيجابية، لكنه لا يكفي من دون قرار سياسي بتوحيد "
            "القيادة\".\n\nوأشار إلى أن البرلمان سيستضيف قادة أمنيين من الطرفين خلال الأسابيع "
            "المقبلة لمناقشة الملف.",
            "2025-11-26", ()),
)  # fmt: skip


#: A fourteenth batch written blind (30 reports, 12 en and 18 ar) as the final held-out
#: measure, scored once after the WIRE4-8 rules: en P 0.67 R 0.91 (location 0.90, date 1.00,
#: fatalities 0.80), ar P 0.93 R 0.93 (location 0.85, date 0.85, fatalities 1.00); the coder
#: of bf33157 had en P 0.53 R 0.91, ar P 0.62 R 0.93.
WIRE9: tuple[Article, ...] = (
    # ======================================================================== ENGLISH ==
    # Kurdistan24 (English). Turkish drone strike; the village is not in the gazetteer, so the
    # district (Amedi) is gold; "Tuesday evening" against a Wednesday dateline; PKK "members".
    Article("en",
            "Turkish drone strike hits vehicle in Duhok's Amedi district, two killed\n\nDUHOK, "
            "Kurdistan Region (Kurdistan24) - Two people described by local officials as "
            "members of the Kurdistan Workers' Party (PKK) were killed on Tuesday evening when "
            "a Turkish drone struck the pickup truck they were travelling in outside the "
            "village of Sharanish Bala, in the mountainous Amedi district.\n\nThe mayor of the "
            "nearby sub-district told Kurdistan24 by phone that the vehicle \"was completely "
            "burned\" and that villagers had heard \"a very loud bang, then a second, smaller "
            "one\" shortly after sunset. \"The bodies were taken to the hospital in Amedi town. "
            "We do not yet know their names,\" he said, asking that his name be withheld "
            "because he was not authorised to speak to the media.\n\nAnkara has not commented "
            "on the strike. The Turkish defence ministry routinely announces the "
            "\"neutralisation\" of PKK fighters in northern Iraq in its weekly briefings, "
            "without giving locations.\n\nResidents of Amedi's border villages say the drones "
            "have become a fact of daily life. More than a hundred villages in the district "
            "have been emptied over the past decade, according to the Christian Peacemaker "
            "Teams, a rights group that documents civilian harm from the cross-border "
            "campaign.\n\nThe strike comes despite the PKK's announcement earlier this year "
            "that it would lay down its arms, a process that both sides say is continuing. In "
            "July, a group of fighters burned their weapons in a ceremony near Sulaimani.",
            "2025-08-06", (Gold(E, "Amedi", "2025-08-05", 2),)),

    # Reuters. Drone on Khor Mor gas field; explicit "no casualties" (0); "late on Saturday"
    # on a Sunday dateline; background of earlier attacks (2024, April) must not be coded. The
    # same incident is reported by a Kurdistan24 Arabic article below (its own gold event).
    Article("en",
            "Drone attack halts output at Iraq's Khor Mor gas field, no "
            "casualties\n\nSULAIMANIYAH, Iraq, Sept 14 (Reuters) - A drone packed with "
            "explosives struck a storage tank at the Khor Mor gas field in Iraq's Kurdistan "
            "region late on Saturday, forcing a temporary halt in production and cutting power "
            "supplies to parts of the region, two company sources and a local official "
            "said.\n\nNo one was hurt in the attack, said a spokesperson for Pearl Petroleum, "
            "the consortium led by the UAE's Dana Gas and Crescent Petroleum that operates the "
            "field, adding that teams had put out a fire and were assessing damage.\n\n\"Our "
            "priority is the safety of our staff. Production will resume as soon as it is safe "
            "to do so,\" the spokesperson said in a written statement.\n\nThe Kurdistan "
            "Regional Government's electricity ministry said the stoppage had removed around "
            "2,000 megawatts from the grid. Khor Mor, in Chamchamal district, feeds most of the "
            "region's power plants.\n\nNo group claimed responsibility. Khor Mor has been "
            "targeted repeatedly; a drone strike in April 2024 killed four Yemeni workers, and "
            "a series of drone attacks on oil fields in the region in July damaged several "
            "facilities. Kurdish officials have blamed Iran-aligned armed factions, which deny "
            "involvement.\n\n(Reporting by a Reuters correspondent in Sulaimaniyah; Writing by "
            "the Baghdad newsroom; Editing by the Middle East desk)",
            "2025-09-14", (Gold(E, "Khor Mor", "2025-09-13", 0),)),

    # AFP. Roundup of two incidents: an ambush in the Hamrin hills on Wednesday night (2 dead)
    # and an IED on Thursday morning with a wounded count only (None); number words.
    Article("en",
            "Two Iraqi soldiers killed in IS ambush, police wounded in separate "
            "bombing\n\nKIRKUK, Iraq (AFP) - Jihadists ambushed an Iraqi army patrol in the "
            "Hamrin mountains overnight Wednesday, killing two soldiers, security officials "
            "said, in the latest reminder that remnants of the Islamic State group still "
            "operate in the rugged hills north of Baghdad.\n\nThe patrol came under fire from "
            "\"several directions\" as it drove along a dirt track in the range, which "
            "straddles the provinces of Kirkuk, Salaheddin and Diyala, an army officer told AFP "
            "on condition of anonymity. Two soldiers died at the scene and the attackers fled "
            "under cover of darkness, he said.\n\nHours later, on Thursday morning, a roadside "
            "bomb went off as a federal police vehicle passed near the town of Daquq, south of "
            "Kirkuk city, wounding three policemen, a police source said. Their condition was "
            "described as stable.\n\nNeither attack was immediately claimed.\n\nIS seized "
            "swathes of Iraq in 2014 before being declared defeated in the country in late "
            "2017. Its cells now mostly strike at security forces in remote areas, particularly "
            "in the so-called disputed territories claimed by both Baghdad and the autonomous "
            "Kurdistan region, where gaps between the two sides' forces have long been "
            "exploited by militants.\n\nA US-led coalition that helped defeat IS is due to wind "
            "down its mission in federal Iraq by September 2025 and in Kurdistan by the end of "
            "2026.",
            "2025-10-02", (Gold(B, "Hamrin Mountains", "2025-10-01", 2),
                           Gold(E, "Daquq", "2025-10-02", None))),

    # The New Arab (English). Long analysis of the joint brigades; one buried event (a
    # shepherd shot near Makhmour "on Sunday") among several background mentions of old attacks.
    Article("en",
            "Analysis: Two years on, Iraq's joint Peshmerga-army brigades remain largely on "
            "paper\n\nThe New Arab - Erbil\n\nWhen Baghdad and Erbil agreed to form joint "
            "brigades to police the no-man's land between the Kurdish Peshmerga and the federal "
            "army, officials on both sides promised the move would finally close the gaps that "
            "Islamic State (IS) cells have used for years to hide, regroup and "
            "strike.\n\nToday, only two such brigades are operational, and even those are "
            "understaffed, according to three officials interviewed by The New Arab. Funding "
            "for the remaining units has been caught up in the wider budget dispute between the "
            "two governments.\n\n\"The plan exists. The maps exist. The soldiers do not,\" said "
            "a Peshmerga commander stationed near the Qarachogh mountain, who requested "
            "anonymity. He pointed at a line of empty hilltop positions. \"Those were supposed "
            "to be manned by a joint force by spring.\"\n\nThe consequences are felt most "
            "acutely by villagers. On Sunday, gunmen opened fire on a shepherd grazing his "
            "flock near a village on the outskirts of Makhmour, killing him instantly, "
            "according to a relative and a local official. The attackers, believed by residents "
            "to be IS members, took several sheep and disappeared into the valleys towards the "
            "Tigris.\n\nSuch incidents are not new. In 2023, an IS attack on a Peshmerga "
            "position in the same area killed several fighters, and last year two farmers were "
            "shot dead near Gwer. But residents say the frequency has crept up since the "
            "summer.\n\nThe six joint coordination centres set up in Baghdad, Erbil, Kirkuk, "
            "Nineveh, Diyala and Makhmour are meant to share intelligence and plan operations. "
            "A member of the Kirkuk centre acknowledged that meetings have become \"irregular\" "
            "and that information is often passed on \"too late to be useful\".\n\nIraq's "
            "Ministry of Peshmerga Affairs says it has submitted lists of fighters to be "
            "assigned to new brigades and is awaiting Baghdad's approval. The federal defence "
            "ministry did not respond to requests for comment.\n\nAnalysts warn that the "
            "coalition's drawdown could make the gaps more dangerous. \"The US provided "
            "surveillance and air cover that neither side can fully replace,\" said a "
            "researcher at a think-tank in Sulaimani. \"If the brigades are not completed, IS "
            "will keep finding room to breathe.\"",
            "2025-10-21", (Gold(V, "Makhmour", "2025-10-19", 1),)),

    # Xinhua (English). Arrest operation announced by the security media cell; "on Monday".
    Article("en",
            "Iraqi forces arrest four IS suspects in Kirkuk province\n\nBAGHDAD, Aug. 19 "
            "(Xinhua) -- Iraqi security forces arrested four suspected Islamic State (IS) "
            "militants in an operation in Iraq's northern province of Kirkuk, the Iraqi "
            "Security Media Cell said on Tuesday.\n\nActing on intelligence information, a "
            "force from the Iraqi army, backed by the intelligence directorate, raided hideouts "
            "near the town of Hawija, some 55 km southwest of the provincial capital Kirkuk, on "
            "Monday and arrested the suspects, who were wanted on terrorism charges, the cell "
            "said in a statement.\n\nThe statement said the detainees had taken part in attacks "
            "against security forces and civilians in the area in previous years, without "
            "giving further details.\n\nThe security situation in Iraq has improved since Iraqi "
            "forces defeated the IS militants across the country in late 2017. However, IS "
            "remnants have since melted into urban centers, deserts and rugged areas, carrying "
            "out frequent guerrilla attacks against security forces and civilians.",
            "2025-08-19", (Gold(S, "Hawija", "2025-08-18", None),)),

    # Rudaw (English). No event: a court verdict on a 2023 attack, with casualty numbers of the
    # old attack and a place; nothing happened in the reporting window.
    Article("en",
            "Kirkuk court sentences three men to death over 2023 attack on checkpoint\n\nERBIL, "
            "Kurdistan Region - A criminal court in Kirkuk on Wednesday sentenced three men to "
            "death after convicting them of taking part in an Islamic State attack on a "
            "security checkpoint in the province's Daquq district in 2023 that killed five "
            "members of the federal police, the Supreme Judicial Council said.\n\nThe court "
            "found the defendants guilty under Article 4 of Iraq's anti-terrorism law, the "
            "council said in a statement, adding that the verdict is subject to appeal.\n\nOne "
            "of the men had confessed to monitoring the checkpoint for weeks before the attack "
            "and to providing the attackers with motorbikes, according to the statement. The "
            "other two were accused of hiding weapons used in the assault in farmland near the "
            "Wadi al-Shay valley.\n\nRights groups have repeatedly criticised Iraq's terrorism "
            "trials, saying many rely on confessions extracted under duress and that defendants "
            "are given little time with lawyers. The judicial council says the proceedings meet "
            "legal standards.\n\nRelatives of the slain policemen gathered outside the "
            "courthouse. \"Two years we waited for this day,\" said the brother of one of them.",
            "2025-09-24", ()),

    # Kurdistan24 (English). No event: a monthly tally with numbers, places and fatalities.
    Article("en",
            "October saw 14 IS attacks in disputed areas, Peshmerga official says\n\nERBIL, "
            "Kurdistan Region (Kurdistan24) - Islamic State militants carried out 14 attacks in "
            "the disputed territories during October, killing seven people including four "
            "members of the Iraqi security forces, a senior official at the Ministry of "
            "Peshmerga Affairs said on Sunday.\n\nMost of the attacks took place in the "
            "southwest of Kirkuk province, around the Hawija district, and in the Hamrin "
            "mountains, the official told Kurdistan24. Others were recorded in Diyala's "
            "Khanaqin district and in the Makhmour area.\n\n\"The numbers are not high compared "
            "to previous years, but the trend worries us,\" he said. \"These cells are testing "
            "the gaps between our forces and the Iraqi army.\"\n\nThe official said the figures "
            "were compiled from reports by Peshmerga units and the joint coordination centres, "
            "and that September had seen nine attacks.\n\nHe renewed calls for the completion "
            "of the joint brigades agreed between Erbil and Baghdad.",
            "2025-11-02", ()),

    # Shafaq News (English). Casualty update: a soldier wounded by sniper fire on Thursday died;
    # the event is the Thursday sniper attack, with the latest toll (1). Saturday dateline.
    Article("en",
            "Soldier wounded in Tarmiyah sniper attack succumbs to injuries\n\nShafaq News/ An "
            "Iraqi soldier who was shot by a sniper in Tarmiyah, north of Baghdad, on Thursday "
            "died of his wounds in hospital on Saturday, a security source told Shafaq News "
            "Agency.\n\nThe soldier, from the army's 22nd brigade, had been hit in the chest "
            "while standing guard at an observation post overlooking orchards on the edge of "
            "the district, the source said. He was first taken to Tarmiyah hospital and later "
            "transferred to a hospital in Baghdad's Kadhimiya, where he passed away this "
            "morning.\n\n\"The shot came from the groves, at a distance. Our forces combed the "
            "area afterwards but found nothing,\" the source added.\n\nTarmiyah, which borders "
            "Salahuddin province, has long been a hideout for Islamic State remnants because of "
            "its dense vegetation and a network of irrigation canals. Security forces regularly "
            "launch sweeps there.\n\nEarlier this year, a similar attack killed an officer in "
            "the same area.",
            "2025-11-08", (Gold(B, "Tarmiyah", "2025-11-06", 1),)),

    # AP. Iranian artillery on border villages near Penjwen; "no one was hurt" (0); "Tuesday".
    Article("en",
            "Iranian artillery pounds Iraqi Kurdish border villages, officials "
            "say\n\nSULAIMANIYAH, Iraq (AP) - Iranian artillery shelled the outskirts of "
            "several villages near the town of Penjwen in Iraq's northern Kurdish region on "
            "Tuesday, setting fire to orchards and pastures but causing no casualties, local "
            "officials said.\n\nThe shells fell over about two hours in the afternoon, said the "
            "mayor of Penjwen, who added that residents of at least two hamlets had fled to the "
            "town for the night. \"People are frightened. It is harvest time and they cannot go "
            "to their fields,\" he said.\n\nIran's Revolutionary Guard has periodically "
            "targeted the border areas of Iraqi Kurdistan, saying they host armed Iranian "
            "Kurdish opposition groups. Under a 2023 security agreement, Baghdad pledged to "
            "disarm those groups and move them away from the frontier, and Iranian officials "
            "have since accused Iraq of moving too slowly.\n\nThere was no immediate comment "
            "from Tehran. Iraq's foreign ministry has in the past summoned Iranian diplomats "
            "over cross-border strikes.",
            "2025-09-03", (Gold(E, "Penjwen", "2025-09-02", 0),)),

    # Xinhua-style (English). No event: a denial of social-media reports of a rocket attack on
    # Erbil airport, with the alleged attack's place and time.
    Article("en",
            "Kurdish authorities deny reports of rocket attack on Erbil airport\n\nERBIL, Iraq, "
            "Oct. 9 (Xinhua) -- Authorities in Iraq's semi-autonomous Kurdistan region on "
            "Thursday denied reports circulating on social media that rockets had struck near "
            "Erbil International Airport overnight.\n\n\"The news is completely false. No "
            "attack took place on the airport or its surroundings, and flights are operating "
            "normally,\" the region's counter-terrorism directorate said in a "
            "statement.\n\nSeveral accounts had posted videos purporting to show explosions "
            "near the airport late Wednesday. The directorate said the footage was from an "
            "attack in 2021 and warned that those spreading \"fabricated news aimed at causing "
            "panic\" would face legal action.\n\nErbil airport, which hosts a base used by the "
            "US-led coalition, has been targeted by rockets and drones several times in recent "
            "years, attacks usually blamed on Iran-aligned armed factions.",
            "2025-10-09", ()),

    # Reuters. Tribal clash (Battles) with a range "between two and four" killed -> 2.
    Article("en",
            "Tribal feud turns deadly in Iraq's Shirqat, police say\n\nTIKRIT, Iraq, Nov 17 "
            "(Reuters) - A land dispute between two tribes erupted into a gunfight in the "
            "northern Iraqi district of Shirqat on Sunday, killing between two and four people "
            "and wounding several others, police and medical sources said.\n\nMembers of the "
            "two clans exchanged fire with rifles and at least one machine gun in farmland on "
            "the eastern bank of the Tigris, a police officer said. Police sources gave "
            "differing death tolls, with one saying two had died and another putting the figure "
            "at four.\n\nSecurity forces were deployed to separate the sides and imposed a "
            "curfew on the area, the officer said. Tribal elders from neighbouring areas were "
            "mediating, he added.\n\nTribal disputes, often over land, water or honour, "
            "regularly turn violent in Iraq, where many households hold weapons. The government "
            "has launched several campaigns to buy up or confiscate arms, with limited success.",
            "2025-11-17", (Gold(B, "Shirqat", "2025-11-16", 2),)),

    # Kurdistan24 (English). Two incidents: a Yazidi man kidnapped in Sinuni on Tuesday night
    # (no deaths reported -> None) and, as a separate item, a joint-brigade deployment near Gwer.
    Article("en",
            "Yazidi man abducted in Sinjar's Sinuni; joint force deploys near "
            "Makhmour\n\nDUHOK, Kurdistan Region (Kurdistan24) - Unidentified gunmen abducted a "
            "young Yazidi man in the Sinuni sub-district of Sinjar on Tuesday night, his family "
            "and a local official told Kurdistan24.\n\nThe 24-year-old was seized by men in a "
            "car without plates as he left a grocery shop in the town centre, according to his "
            "cousin. \"They put a bag over his head and drove off towards the south. We have "
            "heard nothing since,\" he said on Thursday.\n\nThe director of Sinuni, Nayef Sido, "
            "said the incident had been reported to the police and that \"all security bodies\" "
            "had been informed. Sinjar is controlled by a patchwork of forces, including the "
            "Iraqi army, local Yazidi units affiliated with the Popular Mobilisation Forces and "
            "groups linked to the PKK, which residents say complicates investigations.\n\nIn a "
            "separate development, the Ministry of Peshmerga Affairs said a battalion of one of "
            "the joint brigades formed with the Iraqi army deployed on Wednesday to positions "
            "in villages between Makhmour and Gwer, along the Great Zab river, an area where "
            "militants have exploited security gaps.\n\nA ministry spokesman said the "
            "deployment \"is the first step\" and that additional units would follow once their "
            "logistical needs were met.",
            "2025-11-27", (Gold(V, "Sinuni", "2025-11-25", None),
                           Gold(S, "Gwer", "2025-11-26", None))),

    # ========================================================================= ARABIC ==
    # شفق نيوز. عبوة على عجلة للجيش فجر اليوم؛ "جنديين" (2)؛ قرية غير معروفة للقاموس -> القضاء.
    Article("ar",
            "استشهاد جنديين بانفجار عبوة ناسفة شرقي طوزخورماتو\n\nشفق نيوز/ أفاد مصدر أمني في "
            "محافظة صلاح الدين، فجر اليوم الاثنين، باستشهاد جنديين من الجيش العراقي بانفجار "
            "عبوة ناسفة استهدفت عجلتهم قرب قرية البو حسن التابعة لقضاء طوزخورماتو.\n\nوقال "
            "المصدر لوكالة شفق نيوز، إن \"عبوة ناسفة كانت مزروعة على جانب طريق ترابي انفجرت "
            "لحظة مرور عجلة عسكرية تابعة للفرقة الخامسة، ما أدى إلى استشهاد جنديين وإلحاق أضرار "
            "بالعجلة\".\n\nوأضاف أن \"قوة من الجيش طوقت المكان وباشرت بعملية تفتيش بحثاً عن "
            "المتورطين، فيما جرى نقل الجثتين إلى مستشفى طوزخورماتو العام، حيث أودعتا في دائرة "
            "الطب العدلي\".\n\nويشهد قضاء طوزخورماتو والقرى المحيطة به بين الحين والآخر هجمات "
            "لخلايا تنظيم داعش، مستغلة الفراغ الأمني بين قطعات الجيش الاتحادي والبيشمركة في "
            "المناطق المتنازع عليها.",
            "2025-08-11", (Gold(E, "Tuz Khurmatu", "2025-08-11", 2),)),

    # روداو عربية. قصف تركي ليلة أمس على قرى ناحية كاني ماسي؛ "لم يسفر عن خسائر بشرية" (0).
    Article("ar",
            "قصف تركي يطال أطراف ناحية كاني ماسي في قضاء العمادية\n\nرووداو ديجيتال\n\nتعرضت "
            "أطراف قريتين تابعتين لناحية كاني ماسي في قضاء العمادية بمحافظة دهوك، ليلة أمس "
            "السبت، لقصف مدفعي تركي استمر قرابة ساعة، بحسب مسؤول محلي.\n\nوذكر مدير ناحية كاني "
            "ماسي في تصريح لشبكة رووداو الإعلامية أن \"المدفعية التركية قصفت المرتفعات المطلة "
            "على القريتين، وسقطت بعض القذائف قرب البساتين\"، مبيناً أن القصف \"لم يسفر عن خسائر "
            "بشرية، لكنه ألحق أضراراً بأشجار الجوز وخلايا النحل\".\n\nوأشار إلى أن الأهالي "
            "\"يعيشون حالة من القلق الدائم\"، لافتاً إلى أن عشرات العائلات غادرت قراها في "
            "السنوات الأخيرة بسبب العمليات العسكرية.\n\nولم يصدر عن أنقرة أي تعليق بشأن القصف. "
            "وتقول تركيا إن عملياتها في إقليم كوردستان تستهدف مسلحي حزب العمال الكوردستاني، "
            "الذي أعلن في وقت سابق من العام الجاري حل نفسه وإلقاء السلاح.",
            "2025-08-24", (Gold(E, "Kani Masi", "2025-08-23", 0),)),

    # واع. بيان خلية الإعلام الأمني؛ اعتقال (٣) في وادي الشاي يوم أمس مع ضبط مضافة في العملية
    # نفسها (حدث واحد)؛ أرقام هندية بين أقواس.
    Article("ar",
            "خلية الإعلام الأمني: القبض على (٣) إرهابيين جنوبي كركوك\n\nبغداد - واع\n\nأعلنت "
            "خلية الإعلام الأمني، اليوم الأحد، القبض على ثلاثة إرهابيين في محافظة "
            "كركوك.\n\nوذكر بيان للخلية، تلقته وكالة الأنباء العراقية (واع)، أنه \"بناءً على "
            "معلومات استخبارية دقيقة، تمكنت مفارز مديرية الاستخبارات العسكرية، وبالتعاون مع "
            "قطعات الفرقة الثامنة، يوم أمس، من نصب كمين محكم في منطقة وادي الشاي ضمن قاطع "
            "عمليات كركوك، أسفر عن القبض على (٣) إرهابيين مطلوبين وفق أحكام المادة (٤) "
            "إرهاب\".\n\nوأضاف البيان أن \"القوة عثرت خلال العملية على مضافة تحتوي على أسلحة "
            "خفيفة وأعتدة ومواد غذائية، جرى التعامل معها أصولياً\"، مشيراً إلى أن \"المقبوض "
            "عليهم أحيلوا إلى الجهات المختصة لاتخاذ الإجراءات القانونية بحقهم\".\n\nيذكر أن "
            "وادي الشاي يعد من أبرز المناطق التي تتخذها فلول داعش ملاذاً، نظراً لطبيعته الوعرة "
            "وكثافة القصب والأشجار فيه.",
            "2025-09-07", (Gold(S, "Wadi al-Shay", "2025-09-06", None),)),

    # السومرية. حصاد: (1) مقتل راع بنيران مسلحين مساء أمس قرب العباسي؛ (2) "وفي سياق آخر" حادث
    # سير (ليس حدثاً)؛ (3) "إلى ذلك" إصابة منتسب بعبوة صباح اليوم في جلولاء (جرحى فقط -> None).
    Article("ar",
            "مقتل راعٍ غربي كركوك وإصابة منتسب بانفجار عبوة في ديالى\n\nالسومرية نيوز - "
            "كركوك\n\nلقي راعي أغنام حتفه، مساء أمس السبت، بنيران مسلحين مجهولين قرب ناحية "
            "العباسي غربي محافظة كركوك.\n\nوقال مصدر في شرطة كركوك للسومرية نيوز، إن \"مسلحين "
            "يستقلون دراجات نارية أطلقوا النار على راعٍ كان يرعى أغنامه في أرض زراعية قرب "
            "الناحية، ما أدى إلى مقتله في الحال\"، مبيناً أن \"المسلحين لاذوا بالفرار باتجاه "
            "المناطق الزراعية المحاذية لنهر الزاب\".\n\nوفي سياق آخر، فارق شابان الحياة وأصيب "
            "ثالث بجروح إثر حادث سير مروع على الطريق الرابط بين كركوك وأربيل، بعد انقلاب عجلتهم "
            "نتيجة السرعة الزائدة، بحسب مديرية المرور.\n\nإلى ذلك، أصيب منتسب في الحشد الشعبي "
            "بجروح، صباح اليوم الأحد، بانفجار عبوة ناسفة أثناء قيام قوة بعملية تفتيش في بساتين "
            "ناحية جلولاء التابعة لقضاء خانقين شمال شرقي ديالى، وجرى نقله إلى المستشفى لتلقي "
            "العلاج.",
            "2025-08-31", (Gold(V, "Abbasi", "2025-08-30", 1),
                           Gold(E, "Jalawla", "2025-08-31", None))),

    # بغداد اليوم. لا حدث: تصريح سياسي عن الألوية المشتركة ومراكز التنسيق الستة، مع ذكر هجمات
    # سابقة كخلفية.
    Article("ar",
            "نائب عن كركوك: الألوية المشتركة \"حبر على ورق\" ومراكز التنسيق الستة "
            "معطلة\n\nبغداد اليوم - كركوك\n\nانتقد عضو مجلس النواب عن محافظة كركوك، اليوم "
            "الثلاثاء، تأخر الحكومتين الاتحادية وإقليم كردستان في استكمال تشكيل الألوية "
            "المشتركة بين الجيش والبيشمركة، واصفاً إياها بأنها \"ما زالت حبراً على "
            "ورق\".\n\nوقال النائب في حديث لـ\"بغداد اليوم\"، إن \"الاتفاق على تشكيل الألوية "
            "المشتركة مضى عليه أكثر من عامين، ولم يتحقق منه سوى القليل، في حين أن الفراغات "
            "الأمنية بين خطوط الطرفين في جنوب غربي كركوك وأطراف مخمور ما تزال قائمة\".\n\nوأضاف "
            "أن \"مراكز التنسيق المشترك الستة لا تجتمع بانتظام، وأن تبادل المعلومات الاستخبارية "
            "يجري ببطء\"، مطالباً القائد العام للقوات المسلحة بـ\"التدخل العاجل وتخصيص الأموال "
            "اللازمة\".\n\nوأشار النائب إلى أن \"الهجمات التي شهدتها مناطق الرياض والرشاد خلال "
            "الأشهر الماضية دليل على أن داعش يستغل هذا الفراغ\".\n\nمن جهتها، تقول وزارة شؤون "
            "البيشمركة إنها أرسلت أسماء المقاتلين المخصصين للألوية الجديدة إلى بغداد وتنتظر "
            "الموافقة.",
            "2025-09-16", ()),

    # كوردستان24 عربية. الحادث نفسه الذي نقلته رويترز (خور مور، ليلة أمس)، بصيغة مختلفة:
    # "كورمور"، "لم تسجل أي إصابات" (0).
    Article("ar",
            "هجوم بطائرة مسيرة يستهدف حقل كورمور الغازي ويوقف الإنتاج\n\nكوردستان24 - "
            "السليمانية\n\nتعرض حقل كورمور الغازي في قضاء جمجمال التابع لمحافظة السليمانية، "
            "ليلة أمس السبت، لهجوم بطائرة مسيرة مفخخة، ما أدى إلى توقف الإنتاج بشكل "
            "مؤقت.\n\nوذكر بيان لوزارة الكهرباء في حكومة إقليم كوردستان أن \"الهجوم الإرهابي "
            "أدى إلى خروج كميات كبيرة من الطاقة من الشبكة\"، مؤكداً أن الفرق الفنية تعمل على "
            "إعادة التشغيل \"بأسرع وقت ممكن\".\n\nمن جهته، قال مصدر في الحقل لكوردستان24 إن "
            "\"المسيرة سقطت على أحد خزانات المكثفات واندلع حريق تمت السيطرة عليه\"، مضيفاً أنه "
            "\"لم تسجل أي إصابات بين العاملين\".\n\nوأدان رئيس حكومة إقليم كوردستان الهجوم، "
            "داعياً الحكومة الاتحادية إلى \"كشف الجهات التي تقف وراء هذه الاعتداءات المتكررة "
            "ومحاسبتها\".\n\nويذكر أن الحقل ذاته تعرض لهجمات عدة خلال السنوات الماضية، أبرزها "
            "هجوم في نيسان 2024 أودى بحياة أربعة عمال يمنيين.",
            "2025-09-14", (Gold(E, "Khor Mor", "2025-09-13", 0),)),

    # المدى. تقرير مطوّل عن الفراغ الأمني في مخمور، فيه حدث مدفون: اشتباك "يوم أمس الأول" قتل
    # فيه مقاتل من البيشمركة؛ هجمات سابقة خلفية فقط.
    Article("ar",
            "مخمور.. قرى بين خطّين وسكان يعدّون الليالي\n\nالمدى/ أربيل\n\nعلى سفوح جبل قره "
            "چوغ، تبدو القرى الصغيرة وكأنها معلّقة بين خطّين: مواقع البيشمركة إلى الشمال، ونقاط "
            "الجيش العراقي إلى الجنوب، وبينهما أودية لا يحرسها أحد. هنا، يقول السكان، يأتي "
            "المسلحون ليلاً ويرحلون قبل الفجر.\n\n\"منذ سنوات ونحن نسمع عن الألوية المشتركة\"، "
            "يقول مختار إحدى القرى وهو يشير إلى تلة مهجورة. \"كانت هناك نقطة للجيش، ثم انسحبت. "
            "الآن لا شيء\".\n\nولم تكن الأيام الماضية استثناءً. فيوم أمس الأول، اشتبكت قوة من "
            "البيشمركة مع مجموعة من مسلحي داعش حاولت التسلل إلى قرية قريبة من قضاء مخمور، وأسفر "
            "الاشتباك عن استشهاد مقاتل من البيشمركة وإصابة اثنين آخرين، بحسب ما أكده ضابط في "
            "المحور لـ(المدى)، مشيراً إلى أن المهاجمين انسحبوا باتجاه الوادي بعد تبادل لإطلاق "
            "النار استمر نحو ساعة.\n\nويستعيد الأهالي هجمات سابقة: في عام 2023 قُتل عدد من "
            "مقاتلي البيشمركة في هجوم على موقع في المنطقة ذاتها، وفي الصيف الماضي أُحرقت حقول "
            "قمح في قرى عدة.\n\nويرى خبير أمني تحدث لـ(المدى) أن \"المشكلة ليست في عدد داعش، "
            "فهو محدود، بل في غياب التنسيق\"، موضحاً أن \"مركز التنسيق المشترك في مخمور يعمل "
            "بالحد الأدنى، والمعلومة تصل غالباً بعد وقوع الهجوم\".\n\nوفي المقابل، تؤكد قيادة "
            "العمليات المشتركة أن الخطط جاهزة وأن تشكيل لواءين جديدين سيكتمل \"قريباً\"، من دون "
            "أن تحدد موعداً.\n\nأما في القرى، فالناس لا ينتظرون الخطط. \"نغلق الأبواب عند "
            "المغرب\"، تقول امرأة تبيع الحليب على الطريق، \"ونعدّ الليالي\".",
            "2025-10-13", (Gold(B, "Makhmour", "2025-10-11", 1),)),

    # شفق نيوز. لا حدث: استخراج رفات من مقبرة جماعية في سنجار (أعداد وأماكن بلا حدث جديد).
    Article("ar",
            "فرق الطب العدلي تباشر فتح مقبرة جماعية جديدة للإيزيديين في سنجار\n\nشفق نيوز/ "
            "باشرت فرق دائرة شؤون وحماية المقابر الجماعية، اليوم الخميس، بفتح مقبرة جماعية "
            "جديدة في قرية تابعة لقضاء سنجار غربي نينوى، يُعتقد أنها تضم رفات ضحايا من المكون "
            "الإيزيدي قتلهم تنظيم داعش عام 2014.\n\nوقال مسؤول محلي لوكالة شفق نيوز، إن "
            "\"المقبرة تضم بحسب المعلومات الأولية رفات ما بين 20 و30 شخصاً، وقد عُثر عليها "
            "بناءً على شهادات ناجين\"، مبيناً أن \"الرفات ستُنقل إلى بغداد لإجراء فحوص الحمض "
            "النووي ومطابقتها مع عينات ذوي المفقودين\".\n\nوأضاف أن \"العمل سيستمر لعدة أيام "
            "بمشاركة فريق دولي\"، لافتاً إلى أن \"أكثر من 80 مقبرة جماعية عُثر عليها في سنجار "
            "حتى الآن، وما زال مصير الآلاف مجهولاً\".\n\nوكان تنظيم داعش قد اجتاح سنجار في آب "
            "2014، وارتكب مجازر بحق الإيزيديين، واختطف آلاف النساء والأطفال.",
            "2025-08-14", ()),

    # الصباح. لا حدث: تمرين تعبوي مشترك في كركوك بذخيرة حية (أفعال "اقتحام" و"اشتباك" وهمية).
    Article("ar",
            "تمرين تعبوي مشترك بالذخيرة الحية لقطعات الجيش والشرطة في كركوك\n\nكركوك - "
            "الصباح\n\nنفذت قطعات من الجيش العراقي والشرطة الاتحادية، صباح الأحد، تمريناً "
            "تعبوياً مشتركاً بالذخيرة الحية في ميدان للرمي جنوب غربي محافظة كركوك، بإشراف قائد "
            "عمليات كركوك.\n\nوتضمن التمرين، الذي حمل اسم \"درع الشمال\"، محاكاة لاقتحام وكر "
            "إرهابي والاشتباك مع مجموعة مسلحة وإخلاء جرحى بطائرات مروحية، فضلاً عن تدريب على "
            "كشف العبوات الناسفة ومعالجتها.\n\nوقال قائد العمليات في كلمة عقب التمرين، إن "
            "\"الهدف رفع الجاهزية القتالية وتعزيز التنسيق بين الصنوف، استعداداً لأي طارئ\"، "
            "مؤكداً أن \"الوضع الأمني في المحافظة مستقر ومسيطر عليه\".\n\nوحضر التمرين ممثلون "
            "عن مركز التنسيق المشترك في كركوك وضباط من البيشمركة بصفة مراقبين.",
            "2025-10-05", ()),

    # 964. قصف إيراني ظهر اليوم على أطراف سيدكان (غير موجودة في القاموس -> قضاء سوران)؛ إصابة
    # مدني بجروح فقط (None).
    Article("ar",
            "قصف إيراني على أطراف سيدكان يصيب مزارعاً\n\n964 - أربيل\n\nأصيب مزارع بجروح، ظهر "
            "اليوم الأحد، جراء قصف مدفعي إيراني طال أطراف قرى تابعة لناحية سيدكان في قضاء سوران "
            "شمال شرقي أربيل، وفق ما أفاد به مسؤول محلي لشبكة 964.\n\nوقال المسؤول إن \"نحو ٧ "
            "قذائف سقطت في محيط القرى الحدودية المقابلة للحدود الإيرانية، إحداها قرب حقل كان "
            "المزارع يعمل فيه، وجرى نقله إلى مستشفى سوران، وحالته مستقرة\".\n\nوأضاف أن \"القصف "
            "أثار الذعر بين الأهالي، خصوصاً أنه تزامن مع موسم جني الرمان\".\n\nوتتعرض المناطق "
            "الحدودية في سيدكان بين فترة وأخرى لقصف إيراني وتركي، إذ تقول طهران إن المنطقة تضم "
            "مقرات لأحزاب كردية إيرانية معارضة.",
            "2025-10-26", (Gold(E, "Soran", "2025-10-26", None),)),

    # الشرق الأوسط. متابعة: ارتفاع حصيلة هجوم مساء السبت قرب الحويجة إلى أربعة قتلى؛ الحدث هو
    # الهجوم (Battles) بتاريخه وبآخر حصيلة؛ عرض لهجمات سابقة كخلفية.
    Article("ar",
            "ارتفاع حصيلة هجوم «داعش» جنوب غربي كركوك إلى 4 قتلى\n\nبغداد: «الشرق "
            "الأوسط»\n\nارتفعت حصيلة الهجوم الذي شنه مسلحون يُعتقد أنهم من تنظيم «داعش» على "
            "نقطة تفتيش للجيش العراقي قرب قضاء الحويجة، مساء السبت، إلى أربعة قتلى، بعد وفاة "
            "جنديين متأثرين بجروحهما، وفق ما أفادت به مصادر أمنية وطبية الاثنين.\n\nوكانت "
            "المصادر قد تحدثت في البداية عن مقتل جنديين وإصابة ثلاثة، عندما هاجم المسلحون "
            "النقطة الواقعة في قرية تابعة للقضاء بأسلحة متوسطة وقنابل يدوية، قبل أن ينسحبوا إثر "
            "وصول تعزيزات.\n\nوقال مصدر أمني في كركوك لـ«الشرق الأوسط» إن «الحصيلة ارتفعت بعدما "
            "فارق جنديان الحياة في مستشفى كركوك العام صباح اليوم، بينما لا يزال الجريح الثالث "
            "يتلقى العلاج».\n\nويأتي الهجوم بعد أسابيع من هجوم مماثل في المنطقة ذاتها، ووسط "
            "مخاوف من عودة نشاط التنظيم في المناطق المتنازع عليها بين بغداد وأربيل، لا سيما مع "
            "انسحاب قوات التحالف الدولي من عدد من القواعد.\n\nوتتهم أوساط كردية الحكومة "
            "الاتحادية بالتلكؤ في إنجاز الألوية المشتركة، بينما تقول بغداد إن الملف «يسير وفق "
            "السياقات».",
            "2025-11-03", (Gold(B, "Hawija", "2025-11-01", 4),)),

    # بيان نفي (رووداو/شفق). لا حدث: قيادة العمليات تنفي هجوماً مزعوماً في خانقين.
    Article("ar",
            "قيادة عمليات ديالى تنفي تعرض نقطة للجيش في خانقين لهجوم\n\nديالى - شفق نيوز\n\nنفت "
            "قيادة عمليات ديالى، اليوم الخميس، صحة الأنباء التي تداولتها مواقع التواصل "
            "الاجتماعي عن تعرض نقطة عسكرية في قضاء خانقين لهجوم مسلح أسفر عن سقوط "
            "ضحايا.\n\nوذكر بيان للقيادة أن \"ما نُشر عارٍ عن الصحة جملة وتفصيلاً، ولم تُسجل أي "
            "حادثة أمنية في القاطع خلال الساعات الماضية\"، داعية وسائل الإعلام إلى \"توخي الدقة "
            "واستقاء المعلومات من مصادرها الرسمية\".\n\nوكانت صفحات محلية قد نشرت مساء أمس "
            "أنباء عن هجوم على نقطة قرب قرية حدودية شرقي خانقين، ومقتل جنديين، وهو ما نفته "
            "القيادة.\n\nوأكد البيان أن \"القطعات الأمنية تواصل عمليات التفتيش وتأمين الطرق "
            "الخارجية في القضاء\".",
            "2025-11-20", ()),

    # العربي الجديد. تقرير سياسي مطوّل عن سنجار، فيه ضربة مسيّرة تركية "مساء الأحد الماضي"
    # قتلت اثنين قرب خانصور (غير موجودة -> سنجار)، مع ضربات 2024 كخلفية.
    Article("ar",
            "سنجار بين اتفاق معطّل ومسيّرات لا تغيب\n\nأربيل ــ العربي الجديد\n\nبعد نحو خمس "
            "سنوات على توقيع \"اتفاق سنجار\" بين بغداد وأربيل، لا يزال القضاء الواقع غربي نينوى "
            "يعيش على إيقاع التجاذبات نفسها: إدارتان متنافستان، وفصائل مسلحة متعددة، ونازحون "
            "يترددون في العودة إلى بيوتهم.\n\nوفي أحدث فصول التوتر، قُتل شخصان مساء الأحد "
            "الماضي بضربة من طائرة مسيّرة تركية استهدفت سيارة كانا يستقلانها قرب بلدة خانصور "
            "شمالي جبل سنجار، وفق ما أكده مسؤول محلي لـ\"العربي الجديد\"، موضحاً أن أحدهما عضو "
            "في \"وحدات مقاومة سنجار\" المرتبطة بحزب العمال الكردستاني، فيما لم تُعرف هوية "
            "الآخر.\n\nولم تعلّق أنقرة على الضربة، التي تأتي بعد سلسلة ضربات مماثلة شهدها "
            "القضاء عام 2024، قُتل في إحداها قيادي بارز في الوحدات.\n\nويقول ناشطون إيزيديون إن "
            "هذه الضربات \"تعطّل أي أمل بالاستقرار\"، إذ تدفع العائلات النازحة في مخيمات دهوك "
            "إلى التريث في العودة. ويقدّر عدد الإيزيديين الذين ما زالوا يعيشون في المخيمات "
            "بأكثر من مائة ألف.\n\nأما على الصعيد السياسي، فيتبادل الطرفان الاتهامات؛ إذ ترى "
            "أربيل أن بغداد لم تُخرج المسلحين من القضاء كما نص الاتفاق، بينما تقول بغداد إن "
            "تشكيل قوة أمنية محلية يحتاج إلى وقت وتمويل.\n\nوفي سياق متصل، أكد قائممقام سنجار "
            "أن \"الخدمات ما زالت في أدنى مستوياتها\"، مشيراً إلى أن إعادة إعمار المستشفى العام "
            "لم تكتمل بعد.",
            "2025-08-28", (Gold(E, "Sinjar", "2025-08-24", 2),)),

    # شينخوا عربي. ضربة جوية عراقية "أمس السبت" في جبال حمرين قتلت ثلاثة مسلحين (عدد بالكلمات).
    Article("ar",
            "العراق: مقتل ثلاثة مسلحين من داعش بضربة جوية في جبال حمرين\n\nبغداد 21 سبتمبر 2025 "
            "(شينخوا) قُتل ثلاثة مسلحين من تنظيم الدولة الإسلامية (داعش) في ضربة جوية نفذتها "
            "طائرات عراقية على وكر لهم في سلسلة جبال حمرين شمال شرقي العراق، حسبما أعلنت خلية "
            "الإعلام الأمني اليوم (الأحد).\n\nوقالت الخلية في بيان إن طائرات \"إف-16\" "
            "العراقية، وبناءً على معلومات دقيقة من جهاز المخابرات، وجهت أمس السبت ضربة جوية "
            "لوكر يتحصن فيه عناصر من التنظيم في جبال حمرين، ما أسفر عن مقتل ثلاثة منهم وتدمير "
            "الوكر.\n\nوأضاف البيان أن قوة برية توجهت إلى موقع الضربة وعثرت على الجثث وأسلحة "
            "وأحزمة ناسفة.\n\nويتحصن مسلحو داعش في المناطق الجبلية والصحراوية الوعرة منذ "
            "هزيمتهم عسكرياً في العراق عام 2017، وتشن القوات العراقية عمليات متواصلة لملاحقتهم.",
            "2025-09-21", (Gold(E, "Hamrin Mountains", "2025-09-20", 3),)),

    # بغداد اليوم. لا حدث: حريق في محطة وقود بالدبس سببه تماس كهربائي (بلا قتلى).
    Article("ar",
            "حريق يلتهم محطة وقود في الدبس والدفاع المدني يكشف السبب\n\nبغداد اليوم - "
            "كركوك\n\nاندلع حريق، مساء أمس الثلاثاء، في محطة لتعبئة الوقود داخل قضاء الدبس شمال "
            "غربي كركوك، فيما تمكنت فرق الدفاع المدني من السيطرة عليه ومنع امتداده إلى الخزانات "
            "الرئيسية.\n\nوقال مصدر في مديرية الدفاع المدني لـ\"بغداد اليوم\"، إن \"ثلاث فرق "
            "إطفاء هرعت إلى المكان وأخمدت النيران خلال ساعة\"، مؤكداً أن \"الحادث لم يسفر عن "
            "خسائر بشرية، واقتصرت الأضرار على المواد\".\n\nوأضاف أن \"التحقيقات الأولية أظهرت "
            "أن سبب الحريق تماس كهربائي في مولدة المحطة\"، نافياً ما تداولته صفحات محلية عن "
            "\"عمل تخريبي\".\n\nوتشهد المحافظة مع ارتفاع درجات الحرارة وقلة الصيانة حرائق "
            "متكررة في المحال والمحطات.",
            "2025-11-05", ()),

    # 964. اغتيال شاب أمام منزله "صباح الأربعاء" (يوم النشر) في الدبس (V، 1)؛ "فارق الحياة"
    # بعد النقل.
    Article("ar",
            "مسلحون يغتالون شاباً أمام منزله في قضاء الدبس\n\n964 - كركوك\n\nفارق شاب الحياة، "
            "صباح الأربعاء، بعد تعرضه لإطلاق نار من قبل مسلحين مجهولين أمام منزله في أحد أحياء "
            "قضاء الدبس شمال غربي كركوك.\n\nوذكر مصدر في شرطة القضاء لشبكة 964 أن \"مسلحَين "
            "اثنين يستقلان دراجة نارية أطلقا عدة عيارات نارية على الشاب، وهو في العشرينيات من "
            "عمره، لحظة ترجله من سيارته، ثم لاذا بالفرار\"، مضيفاً أنه \"جرى نقله إلى مستشفى "
            "القضاء لكنه فارق الحياة متأثراً بجراحه بعد وقت قصير\".\n\nوبيّن المصدر أن \"الشرطة "
            "فتحت تحقيقاً بالحادث، ولم تُعرف دوافعه حتى الآن، ولا يُستبعد أن يكون نزاعاً "
            "شخصياً\".\n\nوطالب ذوو الضحية الأجهزة الأمنية بالكشف عن الجناة \"في أسرع وقت\".",
            "2025-11-12", (Gold(V, "Dibis", "2025-11-12", 1),)),

    # رووداو عربية. لا حدث: ذكرى الإبادة الإيزيدية، بأرقام ضحايا 2014 وأسماء أماكن.
    Article("ar",
            "في الذكرى الحادية عشرة للإبادة.. الإيزيديون يحيون ذكرى ضحاياهم في سنجار\n\nرووداو "
            "ديجيتال\n\nأحيا آلاف الإيزيديين، اليوم الأحد، الذكرى الحادية عشرة للإبادة الجماعية "
            "التي ارتكبها تنظيم داعش بحقهم في قضاء سنجار، وسط مطالبات بالكشف عن مصير المختطفين "
            "وإعادة إعمار مناطقهم.\n\nوتجمع المشاركون عند مزار شرف الدين وفي مجمعات سنجار "
            "والنازحون في مخيمات دهوك، حاملين صور ذويهم، فيما أوقدت الشموع وأُقيمت صلوات على "
            "أرواح الضحايا.\n\nوبحسب مكتب إنقاذ المختطفين الإيزيديين، فقد اختطف التنظيم أكثر من "
            "6400 إيزيدي في آب 2014، عاد منهم نحو 3600، فيما لا يزال أكثر من 2600 في عداد "
            "المفقودين.\n\nوقال رئيس إقليم كوردستان في رسالة بالمناسبة إن \"ما تعرض له "
            "الإيزيديون جريمة لن تُنسى\"، داعياً إلى \"تطبيق اتفاق سنجار وتهيئة الظروف لعودة "
            "النازحين\".\n\nمن جهة أخرى، زار وفد حكومي من بغداد القضاء للمشاركة في المراسيم، "
            "وتعهد بتخصيص مبالغ لإعمار البنى التحتية.",
            "2025-08-03", ()),

    # شفق نيوز. حدثان: هجوم على نقطة للجيش ليلة أمس قرب داقوق (قتيل و"(٣)" جرحى) ثم "من جهة
    # أخرى" اعتقال مطلوب صباح اليوم في طوزخورماتو؛ "يذكر أن" يذكر هجوماً سابقاً (ليس حدثاً).
    Article("ar",
            "استشهاد جندي وإصابة (٣) آخرين بهجوم لداعش جنوبي كركوك\n\nشفق نيوز/ أفاد مصدر أمني "
            "في كركوك، اليوم الاثنين، باستشهاد جندي وإصابة ثلاثة آخرين بهجوم شنه عناصر من تنظيم "
            "داعش على نقطة عسكرية قرب قضاء داقوق جنوبي المحافظة.\n\nوقال المصدر لوكالة شفق "
            "نيوز، إن \"مجموعة من عناصر داعش هاجمت ليلة أمس نقطة تابعة للواء 45 في الجيش "
            "العراقي بالأسلحة الخفيفة والمتوسطة، واندلع اشتباك استمر قرابة نصف ساعة، ما أسفر عن "
            "استشهاد جندي وإصابة ثلاثة بجروح متفاوتة\".\n\nوأضاف أن \"المصابين جرى نقلهم إلى "
            "مستشفى كركوك العام، في حين انسحب المهاجمون باتجاه وادي الشاي، وتجري حالياً عمليات "
            "تمشيط واسعة\".\n\nمن جهة أخرى، اعتقلت قوة من شرطة صلاح الدين، صباح اليوم، متهماً "
            "مطلوباً وفق المادة 4 إرهاب في قضاء طوزخورماتو، بحسب المصدر ذاته.\n\nيذكر أن "
            "المنطقة ذاتها شهدت الشهر الماضي هجوماً مماثلاً أسفر عن مقتل منتسبين اثنين.",
            "2025-11-24", (Gold(B, "Daquq", "2025-11-23", 1),
                           Gold(S, "Tuz Khurmatu", "2025-11-24", None))),
)  # fmt: skip

#: A fifteenth batch written blind (28 reports, 16 en and 12 ar: AP, Reuters, AFP, Xinhua,
#: Kurdistan24, Rudaw, Shafaq News, The New Region, Al-Monitor, The National, INA,
#: Alsumaria, Baghdad Today, Al-Araby Al-Jadeed, Al-Mada), long backgrounds with dated and
#: undated earlier incidents, hypothetical quotes, a defusal, a tribal clash, a casualty
#: update. First run (the coder of a4c4e8b scored the same): en P 0.75 R 0.92 (location
#: 0.92, date 0.92, fatalities 0.83), ar P 0.69 R 0.90 (location 1.00, date 1.00,
#: fatalities 0.89). Rules then: a bomb defused or a cache found is Disrupted weapons use;
#: "in the past", "weeks after", بعد نحو ستة أسابيع, نهاية يونيو and يذكر أن are background,
#: and so is a series' latest dated long ago; a modal before a trigger; an ambush laid to
#: arrest; a rocket-propelled grenade is a clash's; where attackers fled and a border are
#: no event's place; "no one was killed" is none.
WIRE10: tuple[Article, ...] = (
    # AP. Hard: the event is told in the lead, then background names a January attack in the same
    # town (with a death) and a 2022 attack with 11 dead; a quote speaks of bombs in general.
    Article("en",
            "Roadside bomb kills 2 Iraqi soldiers north of Baghdad\n\nBAGHDAD (AP) — A roadside "
            "bomb struck an Iraqi army vehicle on Monday in a farming area north of the "
            "capital, killing two soldiers and wounding three others, two security officials "
            "said.\n\nThe explosion tore through the Humvee as it was returning from a search "
            "of orchards outside the town of Tarmiyah, about 50 kilometers (30 miles) north of "
            "Baghdad, the officials said. They spoke on condition of anonymity because they "
            "were not authorized to brief reporters.\n\nNo group immediately claimed "
            "responsibility, but suspicion fell on the Islamic State group, whose sleeper cells "
            "remain active in the palm groves and irrigation canals that surround Tarmiyah and "
            "make it hard to patrol.\n\n\"They plant these things at night on the roads they "
            "know we use, and then they disappear into the orchards,\" one of the officials "
            "said. \"You can search every farm and still miss one.\"\n\nIraq declared victory "
            "over IS in December 2017 after a costly three-year campaign, but the group's "
            "remnants continue to stage sporadic attacks, mostly against security forces, in "
            "rural parts of the north and center of the country.\n\nIn January, gunmen opened "
            "fire on an army checkpoint near the same town, killing an officer. In January "
            "2022, 11 soldiers were killed when militants overran an army post in the Al-Adhaim "
            "area of neighboring Diyala province, one of the deadliest single attacks on the "
            "military since the war ended.\n\nThe U.S.-led coalition formed to fight IS has "
            "been winding down its mission in federal Iraq under an agreement with Baghdad, "
            "with the remaining advisers due to relocate to the semi-autonomous Kurdish region "
            "in the north. Iraqi officials insist their forces can handle what is left of the "
            "militant threat on their own.",
            "2026-03-10", (Gold(E, "Tarmiyah", "2026-03-09", 2),)),
    # Reuters. Hard: "late on Tuesday" in a Wednesday story; explicit no casualties; background
    # gives a 2024 attack with four dead and an undated 2025 strike; a quote about attacks in
    # general. The same incident is reported separately in Arabic by Baghdad Today (_AR9).
    Article("en",
            "Drone attack halts output at Iraqi Kurdistan's Khor Mor gas field\n\nERBIL, Iraq, "
            "April 22 (Reuters) - A drone attack late on Tuesday hit a storage area at the Khor "
            "Mor gas field in Iraq's Kurdistan region, forcing a temporary halt to production "
            "and causing widespread power cuts, two industry sources and a Kurdish official "
            "said.\n\nThe drone struck a condensate tank shortly before midnight, starting a "
            "fire that firefighters brought under control early on Wednesday, one of the "
            "sources said. No one was killed or injured in the attack.\n\nDana Gas and Crescent "
            "Petroleum, the Gulf companies that operate the field, said in a statement that all "
            "staff were safe and accounted for and that an assessment of the damage was under "
            "way. They did not say when production would resume.\n\n\"Every time the field is "
            "hit, millions of people lose their electricity within hours. Whoever does this is "
            "not attacking a company, they are attacking people's homes,\" a spokesperson for "
            "the Kurdistan Regional Government said.\n\nThe region's electricity ministry said "
            "the loss of gas feed had cut output at power plants in Erbil and Sulaimaniyah by "
            "around 2,500 megawatts.\n\nNo group claimed responsibility. Kurdish officials have "
            "in the past blamed Iran-aligned armed factions for attacks on the field, which "
            "lies in Chamchamal district between Kirkuk and Sulaimaniyah. The factions have "
            "denied involvement.\n\nKhor Mor has been targeted repeatedly since 2022. A rocket "
            "attack in April 2024 killed four Yemeni workers, and another drone set a tank "
            "ablaze late last year, knocking out electricity across much of the region for "
            "several days.\n\n(Reporting by the Erbil newsroom; Writing by the Baghdad bureau; "
            "Editing by the Middle East desk)",
            "2026-04-22", (Gold(E, "Khor Mor gas field", "2026-04-21", 0),)),
    # Kurdistan24 English. Hard: village unknown to the gazetteer inside a named subdistrict and
    # district; "Saturday afternoon" in a Sunday story; background on the PKK and earlier strikes.
    Article("en",
            "Turkish drone strike kills two in Duhok's Amedi district\n\nERBIL (Kurdistan24) – "
            "Two people were killed on Saturday afternoon when a Turkish drone targeted a "
            "vehicle near the village of Sargele in the Kani Masi subdistrict of Duhok "
            "province's Amedi district, a local official told Kurdistan24.\n\nThe director of "
            "Kani Masi subdistrict said the car was hit on a dirt road outside Sargele at "
            "around 3:00 p.m. \"We do not yet know who the two victims were. Their bodies were "
            "badly burned and have been taken to the hospital in Amedi for identification,\" he "
            "said.\n\nHe added that residents of the mountain villages live in constant fear. "
            "\"People here no longer go up to their orchards. Any car that moves on these roads "
            "could become a target.\"\n\nTurkey has not commented on the strike. Ankara has for "
            "years carried out air and ground operations against the Kurdistan Workers' Party "
            "(PKK) in the Kurdistan Region's border areas and describes those it targets as "
            "militants.\n\nThe PKK announced last year that it was dissolving itself and laying "
            "down its arms, but Turkish troops have kept dozens of outposts inside the "
            "Kurdistan Region, and drone activity over the Amedi and Zakho border areas has not "
            "entirely stopped.\n\nAccording to Community Peacemaker Teams, a US-based group "
            "that monitors the conflict, Turkish strikes have killed more than a hundred "
            "civilians in the Kurdistan Region since 2015. In one of the deadliest incidents, a "
            "strike on a resort in Zakho's Parakh area in July 2022 killed nine tourists from "
            "central and southern Iraq.\n\nHundreds of villages in the Amedi, Zakho and Sidakan "
            "border areas have been emptied of their inhabitants over the past decade.",
            "2026-05-17", (Gold(E, "Kani Masi", "2026-05-16", 2),)),
    # Rudaw English. Hard: the day is not given ("earlier this week"), only a wounded count;
    # background names Sidakan shelling and the 2022 missile strikes on Koya with deaths.
    Article("en",
            "Iranian shelling wounds shepherd in Penjwen border area\n\nSULAIMANI, Kurdistan "
            "Region - Iranian artillery shelled the mountainous border area of Penjwen earlier "
            "this week, wounding a young shepherd and setting pastures on fire, local officials "
            "told Rudaw on Thursday.\n\n\"The shells landed on the hills above the villages "
            "while families were out with their flocks. A 17-year-old boy was hit by shrapnel "
            "in his leg and was taken to Penjwen hospital. His condition is stable,\" Penjwen's "
            "mayor said.\n\nHe said the bombardment lasted for about an hour and that "
            "firefighters needed most of the night to put out the blaze on the slopes. \"People "
            "are worried. This is the harvest season and they have nowhere else to "
            "go.\"\n\nIranian forces frequently shell the border areas of Penjwen and Sidakan, "
            "saying they are targeting Iranian Kurdish opposition groups that Tehran accuses of "
            "smuggling weapons and fighters across the frontier. In September 2022, Iran's "
            "Revolutionary Guards fired missiles and drones at the bases of Iranian Kurdish "
            "parties near Koya and Sulaimani, killing more than a dozen people, among them a "
            "pregnant woman.\n\nBaghdad and Tehran signed a security agreement in March 2023 "
            "under which Iraq pledged to disarm the groups and move them away from the border. "
            "Iraqi officials say the deal has largely been implemented, but Iranian officials "
            "have repeatedly warned that they would strike again if \"threats\" emerged from "
            "Iraqi soil.\n\nThe Kurdistan Region's interior ministry has yet to comment on this "
            "week's shelling.",
            "2026-06-04", (Gold(E, "Penjwen", None, None),)),
    # Shafaq News English. Hard: same-day "on Wednesday"; background on the security vacuum, the
    # joint brigades, and two earlier incidents (one "earlier this month", one in late January).
    Article("en",
            "ISIS sniper kills Iraqi soldier southwest of Kirkuk\n\nShafaq News/ An Iraqi army "
            "soldier was killed on Wednesday by sniper fire from ISIS remnants in Wadi al-Shay, "
            "southwest of Kirkuk, a security source told Shafaq News Agency.\n\nThe source said "
            "the soldier, from the army's 8th Division, was shot in the head while manning an "
            "observation post overlooking the valley. \"Troops combed the area afterwards but "
            "the sniper had already withdrawn into the orchards,\" the source added.\n\nWadi "
            "al-Shay, a rugged valley stretching between Kirkuk's Daquq district and the "
            "borders of Salahuddin, is regarded as one of the last refuges of ISIS cells in the "
            "region, its dense vegetation and caves offering cover from air "
            "surveillance.\n\nThe area lies within what officials call the security vacuum, a "
            "strip of land along the disputed territories where neither Iraqi forces nor the "
            "Kurdistan Region's Peshmerga keep a permanent presence. Baghdad and Erbil agreed "
            "in 2021 to form joint brigades to fill the gaps, but only two have so far been "
            "deployed, according to Peshmerga officials.\n\n\"As long as there are gaps between "
            "the army and the Peshmerga, these cells will keep moving through them. It is not a "
            "question of if they will attack, but where,\" a Kirkuk security official told "
            "Shafaq News earlier this month.\n\nEarlier in February, two soldiers were wounded "
            "by an improvised explosive device in the same valley, while in late January "
            "militants attacked a Federal Police post in the Rashad subdistrict, killing three "
            "policemen.",
            "2026-02-18", (Gold(B, "Wadi al-Shay", "2026-02-18", 1),)),
    # The New Region. No event: a Peshmerga-army agreement, plans for brigades and six coordination
    # centres; the late-June Qarachogh attack (four dead) is background only; a hypothetical quote
    # about attacks in the gaps.
    Article("en",
            "Erbil and Baghdad agree to activate six joint coordination centres as third "
            "brigade stalls\n\nThe New Region – Erbil\n\nThe Kurdistan Region's Ministry of "
            "Peshmerga and Iraq's Joint Operations Command agreed on Tuesday to fully activate "
            "six joint security coordination centres along the disputed territories by the end "
            "of the summer, officials from both sides told The New Region.\n\nThe centres, in "
            "Kirkuk, Makhmour, Khanaqin, Tuz Khurmatu, Sinjar and the Nineveh Plains, were set "
            "up on paper years ago to share intelligence and coordinate operations against ISIS "
            "cells, but most have operated only sporadically.\n\n\"The terrorists live in the "
            "gaps. Wherever there are ten or twenty kilometres between our forces and the army, "
            "ISIS will use them to move, to plant bombs and to attack villages,\" a senior "
            "Peshmerga commander said after the meeting. \"If we close the gaps, we close the "
            "door on them.\"\n\nTwo joint brigades made up of Peshmerga and Iraqi army troops "
            "have been formed since 2021 under an agreement brokered with the US-led coalition. "
            "A third brigade, which was meant to deploy to the area between Makhmour and Kirkuk "
            "this year, is still awaiting funding from the federal budget, according to a "
            "member of the Iraqi parliament's security and defence committee.\n\nThe meeting "
            "came after the deadliest attack on the Peshmerga in more than a year, when ISIS "
            "militants stormed a position near Qarachogh mountain in late June, killing four "
            "fighters. Kurdish officials said at the time that the attackers had crossed from "
            "an area with no army or Peshmerga presence.\n\nA US military delegation attended "
            "the talks, the Peshmerga ministry said, adding that the two sides would meet again "
            "next month to discuss the deployment of the third brigade.",
            "2026-07-08", ()),
    # Al-Monitor-style analysis with a news peg. Hard: a long analysis in which only the peg is a
    # new event; many dated earlier incidents (March Tarmiyah, June Qarachogh, a 2020 attack) and
    # hypothetical quotes; "Sunday" then "the Aug. 23 attack".
    Article("en",
            "Deadly Hamrin ambush exposes limits of Iraq's push to close its security "
            "gaps\n\nIslamic State militants killed three fighters of the Popular Mobilization "
            "Forces (PMF) in an ambush in the Hamrin mountains on Sunday, the latest reminder "
            "that the group's remnants can still strike in the rugged seam where Diyala, "
            "Salahuddin and Kirkuk provinces meet.\n\nThe Aug. 23 attack targeted a PMF patrol "
            "on a track in the mountains, according to a PMF statement, which said the "
            "militants opened fire with machine guns and rocket-propelled grenades before "
            "fleeing toward the valleys to the north. Two other fighters were wounded. The "
            "Islamic State claimed the ambush a day later through its Amaq outlet.\n\nThe "
            "attack is small by the standards of a decade ago, when the group held a third of "
            "Iraq. But it fits a pattern that Iraqi and Kurdish officials have been warning "
            "about for years: small cells of a few fighters, living in caves and moving at "
            "night through the areas that no single force controls.\n\n\"Any attack in Hamrin "
            "is, by definition, an attack on the seam between three provinces and three chains "
            "of command,\" said a Baghdad-based security analyst who has advised the "
            "government. \"If you hit a patrol there, the army will say it is the PMF's sector, "
            "the PMF will blame the police, and everyone will blame the Peshmerga for not being "
            "there.\"\n\nThis year has offered several examples. In March, a roadside bomb "
            "killed two soldiers near Tarmiyah, north of Baghdad. In late June, militants "
            "stormed a Peshmerga position near Qarachogh mountain in Makhmour, killing four. In "
            "May 2020, at the height of the coronavirus lockdowns, a coordinated assault near "
            "Mekeshifa in Salahuddin killed ten PMF fighters.\n\nThe government's answer has "
            "been the joint brigades, mixed Peshmerga and army units meant to fill the vacuum "
            "left since October 2017, when federal forces retook Kirkuk and the Peshmerga "
            "withdrew from much of the disputed territories. Two brigades have been formed; the "
            "others exist mostly on paper. Six joint coordination centres were supposed to be "
            "fully operating by the end of the summer.\n\nA Peshmerga officer who serves in one "
            "of the brigades put it bluntly. \"If the brigades are not fully deployed by the "
            "end of the year, we will see many more Sundays like this one,\" he said, asking "
            "not to be named because he was not authorized to speak to the media.\n\nFor a "
            "government that has staked its reputation on Iraq's return to stability, the "
            "Hamrin ambush is a manageable embarrassment rather than a crisis. But with US-led "
            "coalition forces winding down their presence in federal Iraq, the question of who "
            "watches the gaps is becoming harder to avoid.",
            "2026-08-27", (Gold(B, "Hamrin Mountains", "2026-08-23", 3),)),
    # The National. Hard: "shortly after midnight on Tuesday" in a Tuesday story; explicit no
    # casualties; background lists attacks on Harir base, the July 2025 oil-field drones and 2021.
    Article("en",
            "Drone explodes near Erbil airport in latest attack on Kurdish region\n\nErbil, "
            "Iraq: An explosives-laden drone crashed and exploded near the perimeter of Erbil "
            "International Airport shortly after midnight on Tuesday, Kurdish officials said, "
            "in the latest in a string of attacks on sites hosting US-led coalition forces in "
            "northern Iraq.\n\nThe Kurdistan Region's Counter-Terrorism Directorate said the "
            "drone came down in an empty area outside the airport's outer fence. \"There were "
            "no casualties and no damage to the airport facilities,\" it said in a statement, "
            "adding that flights were operating normally.\n\nResidents of the nearby districts "
            "told The National they heard a loud bang at about 12.30am, followed by the wail of "
            "sirens from the base.\n\nThe airport hosts a military facility used by the "
            "coalition, which under an agreement with Baghdad is moving the remainder of its "
            "forces from federal Iraq to the Kurdistan Region before the end of next "
            "year.\n\nNo group claimed the attack. Iran-aligned armed factions have in the past "
            "claimed drone and rocket attacks on the airport and on the Harir air base, "
            "north-east of Erbil, which also hosts US troops.\n\nIn July last year, a wave of "
            "drone attacks struck oil fields across the region, including Khurmala, west of "
            "Erbil, and several fields in Duhok province, forcing operators to halt production "
            "for days. In September 2021, two drones laden with explosives targeted the airport "
            "in an attack that caused no casualties.\n\n\"These attacks do not need to kill "
            "anyone to do damage,\" an official at the region's Department of Foreign Relations "
            "said. \"Every drone tells investors that Erbil is not safe, and that is the "
            "message.\"\n\nIraq's Prime Minister has ordered an investigation, his office said.",
            "2026-09-15", (Gold(E, "Erbil International Airport", "2026-09-15", 0),)),
    # AFP roundup. Two events: shooting of three family members (Monday evening) and a mortar round
    # in Jalawla on Sunday with a wounded count only. Hard: "separately"; background on the 2021 Al-
    # Rashad massacre and the vacuum since 2017.
    Article("en",
            "Gunmen kill three from one family in eastern Iraq\n\nKhanaqin (Iraq) (AFP) - "
            "Gunmen shot dead a farmer and his two sons on the outskirts of the eastern Iraqi "
            "town of Khanaqin on Monday evening, security and medical sources told AFP, in an "
            "attack that rekindled fears in the disputed border region.\n\nThe assailants, who "
            "arrived in a pick-up truck, opened fire on the three men as they were irrigating "
            "their land and fled toward the Hamrin hills, a police officer said, asking not to "
            "be named.\n\n\"They were simple people. They had no problems with anyone,\" a "
            "relative said outside the morgue of Khanaqin hospital, where the bodies were "
            "taken.\n\nThe motive was not immediately clear. Police said they were "
            "investigating whether the killings were the work of jihadists from the Islamic "
            "State group or linked to a land dispute.\n\nSeparately, a mortar round crashed "
            "into a residential street in the town of Jalawla, some 30 kilometres (20 miles) to "
            "the southwest, on Sunday, wounding two children, a local official said.\n\nDiyala "
            "province, which borders Iran, is a patchwork of Arab, Kurdish and Turkmen "
            "communities, and the Khanaqin area is claimed both by Baghdad and by the "
            "autonomous Kurdistan region. Kurdish officials have long complained of a "
            "\"security vacuum\" since Peshmerga fighters withdrew from much of the area in "
            "October 2017.\n\nIn October 2021, gunmen killed at least 11 people in the village "
            "of Al-Rashad near Muqdadiya, sparking revenge attacks on neighbouring villages.",
            "2026-10-06", (Gold(V, "Khanaqin", "2026-10-05", 3),
                           Gold(E, "Jalawla", "2026-10-04", None))),
    # Xinhua. Hard: Saturday dateline, strike "on Friday"; the place is a district described by
    # distance from Mosul; the closing boilerplate speaks of attacks in general.
    Article("en",
            "Iraqi airstrike kills 4 IS militants in northern Iraq\n\nBAGHDAD, March 28 "
            "(Xinhua) -- Four Islamic State (IS) militants were killed in an Iraqi airstrike on "
            "their hideout in Iraq's northern province of Nineveh, the Iraqi military said on "
            "Saturday.\n\nActing on intelligence reports, Iraqi F-16 fighter jets on Friday "
            "bombed an IS hideout in a desert area in Hatra district, some 80 km southwest of "
            "the provincial capital Mosul, the Security Media Cell, an affiliate of the Joint "
            "Operations Command, said in a statement.\n\nIraqi ground forces later searched the "
            "site and found the bodies of the four militants, along with weapons, ammunition "
            "and a number of explosive belts, the statement said.\n\nThe security situation in "
            "Iraq has improved since the defeat of IS in 2017, but the extremist group's "
            "remnants have melted into urban centers, deserts and rugged areas, carrying out "
            "frequent guerrilla attacks against the security forces and civilians.\n\nIraqi "
            "forces have stepped up operations in recent months against IS hideouts in the vast "
            "deserts of Nineveh and Anbar, which border Syria.",
            "2026-03-28", (Gold(E, "Hatra", "2026-03-27", 4),)),
    # Reuters. Strategic development (arrest), deaths not reported. Hard: statement on Tuesday,
    # arrest "on Monday"; background describes attacks the man allegedly planned (2024, ten dead).
    Article("en",
            "Iraqi counter-terrorism forces detain senior Islamic State figure near "
            "Kirkuk\n\nBAGHDAD, May 5 (Reuters) - Iraq's Counter-Terrorism Service (CTS) said "
            "on Tuesday it had detained a senior Islamic State official in Kirkuk province whom "
            "it accused of planning attacks on security forces across the country's disputed "
            "territories.\n\nThe man, identified only by his nom de guerre, was arrested on "
            "Monday in a raid in Hawija district, southwest of the city of Kirkuk, based on "
            "intelligence gathered over several months, the CTS said in a statement.\n\nIt "
            "described him as the group's top official for the \"Kirkuk sector\", responsible "
            "for cells operating in Wadi al-Shay and the Hamrin mountains, and said he had been "
            "involved in planning a series of attacks in 2024 that killed at least 10 members "
            "of the security forces.\n\nA CTS spokesman said the service was \"pursuing the "
            "remaining members of the network\" and that further arrests were expected.\n\nIraq "
            "declared victory over Islamic State in 2017, but the group retains the ability to "
            "mount small-scale attacks, mainly in the rural areas between Kirkuk, Salahuddin "
            "and Diyala, where a lack of coordination between federal forces and the Kurdish "
            "Peshmerga has left gaps that militants exploit.\n\n(Reporting by the Baghdad "
            "newsroom; Editing by the Middle East desk)",
            "2026-05-05", (Gold(S, "Hawija", "2026-05-04", None),)),
    # Kurdistan24 English. No event: a mass-grave exhumation; background on the 2014 genocide and
    # earlier exhumations.
    Article("en",
            "Iraqi teams begin exhuming new mass grave of Yezidi victims in Sinjar\n\nERBIL "
            "(Kurdistan24) – Iraqi forensic teams on Saturday began exhuming a mass grave "
            "believed to contain the remains of Yezidis killed by the Islamic State (ISIS) in "
            "2014, south of Mount Sinjar, officials said.\n\nThe Martyrs Foundation, which "
            "oversees the exhumation of mass graves in Iraq, said the grave was found near the "
            "village of Kocho, where ISIS militants executed hundreds of men and abducted women "
            "and children in August 2014.\n\n\"We expect the remains of at least 30 victims to "
            "be in this grave. The samples will be sent to Baghdad for DNA matching with the "
            "families,\" the head of the foundation's mass graves department told Kurdistan24 "
            "at the site.\n\nFamilies of the missing gathered at the edge of the site, some "
            "holding photographs of their relatives. \"I have been waiting for twelve years. I "
            "just want a grave I can visit,\" said a woman who lost her husband and two "
            "brothers.\n\nISIS attacked Sinjar on August 3, 2014, killing thousands of Yezidis "
            "and enslaving thousands of women and girls. The United Nations and several "
            "parliaments, including Iraq's, have recognized the crimes as genocide.\n\nMore "
            "than 90 mass graves have been found in the Sinjar area since its liberation in "
            "2015, and dozens of them have yet to be opened. Around 2,600 Yezidis are still "
            "missing, according to the Kurdistan Region's office for rescuing abductees.",
            "2026-06-20", ()),
    # AP. No event: a court verdict on an attack in 2025, which is described with date, place and
    # deaths; a second conviction in Nineveh also concerns an old attack.
    Article("en",
            "Iraqi court sentences man to death over 2025 Kirkuk market bombing\n\nBAGHDAD (AP) "
            "— An Iraqi criminal court on Tuesday sentenced a man to death after convicting him "
            "of planting a bomb that killed four people at a crowded vegetable market in the "
            "northern city of Kirkuk last year, the country's judiciary said.\n\nThe blast, in "
            "September 2025, also wounded 12 people, including two children, when a device "
            "hidden in a handcart exploded in the early morning as traders set up their "
            "stalls.\n\nThe Supreme Judicial Council said in a statement that the defendant, "
            "whom it did not name, had confessed to belonging to the Islamic State group and to "
            "carrying out the attack on orders from a cell leader who was killed in an "
            "airstrike earlier this year.\n\nThe verdict can be appealed.\n\nIn a separate "
            "case, a court in the northern city of Mosul convicted two men of taking part in "
            "the 2014 massacre of hundreds of air force cadets at Camp Speicher near Tikrit, "
            "the statement said.\n\nRights groups have criticized Iraq's terrorism trials, "
            "saying they often rely on confessions obtained under duress and that defendants "
            "have little access to lawyers. Iraqi officials say the trials are fair.",
            "2026-07-21", ()),
    # Rudaw English. Casualty update: the attack was "late on Saturday", a wounded fighter died on
    # Tuesday, the story is from Wednesday; latest toll four. Hard: "over the weekend", three killed
    # first, then four.
    Article("en",
            "Death toll from ISIS attack on Peshmerga in Makhmour rises to four\n\nERBIL, "
            "Kurdistan Region - A Peshmerga fighter wounded in an Islamic State (ISIS) attack "
            "near Qarachogh mountain in Makhmour over the weekend died of his wounds on "
            "Tuesday, bringing the death toll from the assault to four, the Ministry of "
            "Peshmerga said on Wednesday.\n\nThe attack late on Saturday targeted a Peshmerga "
            "position on the southern slopes of Qarachogh. Three fighters were killed on the "
            "spot and five others wounded in the fighting, which lasted for more than an hour, "
            "a Peshmerga commander in the area told Rudaw on Sunday.\n\n\"Our fighters fought "
            "back with everything they had. The attackers came from the area below the mountain "
            "where there is no army and no Peshmerga, and they went back the same way,\" the "
            "commander said.\n\nThe ministry mourned the fighter, a 24-year-old from Erbil, in "
            "a statement and renewed its call on Baghdad to speed up the deployment of the "
            "joint brigades along the frontlines of the disputed territories.\n\nMakhmour has "
            "seen repeated ISIS attacks since 2019. In December 2021, militants killed several "
            "Peshmerga and villagers in an assault on a village at the foot of Qarachogh, and "
            "ISIS cells have since then set off several explosive devices on the roads around "
            "the Makhmour refugee camp.",
            "2026-07-01", (Gold(B, "Qarachogh", "2026-06-27", 4),)),
    # Shafaq News English. No event: a denial of a reported attack, with the denied attack's place,
    # time and death toll spelled out; background on earlier real incidents.
    Article("en",
            "Peshmerga ministry denies reports of ISIS attack in Garmiyan\n\nShafaq News/ The "
            "Kurdistan Region's Ministry of Peshmerga on Wednesday denied reports circulated on "
            "social media of an ISIS attack on Peshmerga positions in the Garmiyan "
            "administration, describing them as \"baseless\".\n\n\"Reports claiming that ISIS "
            "militants attacked a Peshmerga post near Kalar last night and killed two fighters "
            "are completely false,\" the ministry said in a statement. \"The situation in "
            "Garmiyan is stable and our forces are in full control of their positions.\"\n\nThe "
            "ministry urged media outlets and social media users to verify information with "
            "official sources, warning that \"spreading rumours serves the terrorists' "
            "goals.\"\n\nThe videos shared online, which purported to show the aftermath of the "
            "attack, appeared to date from an incident in 2022, a Peshmerga official told "
            "Shafaq News.\n\nThe area between Kifri, Qara Tapa and Tuz Khurmatu has witnessed "
            "sporadic ISIS activity in recent years. In 2021 and 2022, ISIS cells killed "
            "several Peshmerga fighters and civilians in night attacks on villages around "
            "Kifri.",
            "2026-09-02", ()),
    # The New Region. Hard: a death range ("between two and four", low = 2) from conflicting
    # accounts; "on Sunday" in a Monday story; background on the 2020 Sinjar Agreement and the 2022
    # clashes.
    Article("en",
            "Deadly clashes erupt between Iraqi army and YBS fighters in Sinjar's Sinuni\n\nThe "
            "New Region – Sinjar\n\nClashes broke out on Sunday between the Iraqi army and "
            "fighters of the Sinjar Resistance Units (YBS) in the Sinuni subdistrict north of "
            "Mount Sinjar, leaving between two and four people dead, including a soldier, "
            "according to conflicting accounts from local officials and security "
            "sources.\n\nThe fighting started after a dispute at an army checkpoint on the main "
            "road through Sinuni and quickly spread to nearby neighbourhoods, a local official "
            "told The New Region. \"Families locked themselves in their homes. We heard heavy "
            "machine guns for almost three hours,\" he said.\n\nAn Iraqi army statement said "
            "one soldier had been killed and several wounded by \"outlaw gunmen\", without "
            "giving further details. A YBS-affiliated outlet said two of its fighters and a "
            "civilian had been killed.\n\nCalm returned by the evening after the intervention "
            "of Yezidi tribal leaders and a delegation from the Joint Operations Command, "
            "residents said.\n\nBaghdad and Erbil signed the Sinjar Agreement in October 2020 "
            "to remove armed groups from the district and to restore a single administration, "
            "but the deal has never been fully implemented. In May 2022, similar clashes "
            "between the army and YBS fighters in Sinuni forced thousands of Yezidis to flee "
            "toward the Kurdistan Region.",
            "2026-10-19", (Gold(B, "Sinuni", "2026-10-18", 2),)),
    # Shafaq News Arabic. Hard: Arabic-Indic digits; unnamed village "تابعة لقضاء داقوق"; background
    # attack in January with three dead.
    Article("ar",
            "مقتل ضابط وإصابة جنديين بانفجار عبوة ناسفة جنوبي كركوك\n\nشفق نيوز/ أفاد مصدر أمني "
            "في محافظة كركوك، اليوم الاثنين، بمقتل ضابط برتبة ملازم أول وإصابة جنديين اثنين "
            "بانفجار عبوة ناسفة استهدفت عجلتهم في قرية تابعة لقضاء داقوق جنوبي "
            "المحافظة.\n\nوقال المصدر لوكالة شفق نيوز، إن \"عبوة ناسفة مزروعة على جانب طريق "
            "ترابي انفجرت صباح اليوم لدى مرور عجلة عسكرية تابعة للفرقة الثامنة في الجيش العراقي "
            "خلال قيامها بواجب تفتيش، ما أسفر عن مقتل ضابط وإصابة ٢ من المنتسبين بجروح "
            "متفاوتة\".\n\nوأضاف أن \"الجرحى نقلوا إلى مستشفى كركوك العام لتلقي العلاج، فيما "
            "فرضت القوات الأمنية طوقاً حول المنطقة وشرعت بعملية تفتيش بحثاً عن عبوات "
            "أخرى\".\n\nويذكر أن قضاء داقوق والمناطق المحيطة به، ولا سيما وادي الشاي ووادي "
            "زغيتون، تشهد بين الحين والآخر هجمات لخلايا تنظيم داعش التي تستغل الفراغ الأمني بين "
            "القوات الاتحادية والبيشمركة، وكان آخرها في كانون الثاني الماضي حين قتل ٣ من عناصر "
            "الشرطة الاتحادية بهجوم على نقطة مراقبة في ناحية الرشاد.",
            "2026-02-09", (Gold(E, "Daquq", "2026-02-09", 1),)),
    # Baghdad Today. Hard: date in parentheses after "اليوم الثلاثاء"; kidnapping then killing (V by
    # shooting); one victim still missing; background on earlier kidnappings in 2024.
    Article("ar",
            "العثور على جثة راعٍ بعد ساعات من اختطافه مع شقيقه شمال شرقي ديالى\n\nبغداد اليوم - "
            "ديالى\n\nأفاد مصدر أمني في محافظة ديالى، اليوم الثلاثاء (17 آذار 2026)، بالعثور "
            "على جثة راعٍ اختطفه مسلحون مجهولون فجر اليوم برفقة شقيقه في أطراف ناحية قره تبه "
            "شمال شرقي المحافظة.\n\nوقال المصدر في حديث لـ\"بغداد اليوم\"، إن \"مسلحين يستقلون "
            "دراجات نارية اختطفوا راعيين شقيقين من أهالي المنطقة أثناء رعيهما الأغنام قرب "
            "التلال المحاذية لحدود محافظة صلاح الدين، واقتادوهما إلى جهة مجهولة\".\n\nوأضاف أن "
            "\"قوة أمنية عثرت بعد ساعات على جثة أحدهما وعليها آثار إطلاقات نارية في الرأس "
            "والصدر، فيما لا يزال مصير الآخر مجهولاً\"، مبيناً أن \"عمليات بحث واسعة انطلقت "
            "بمشاركة قطعات الجيش والحشد الشعبي وطيران الجيش لتعقب الخاطفين\".\n\nوتعد المنطقة "
            "الممتدة بين قره تبه وجلولاء وحوض حمرين من أكثر المناطق هشاشة أمنياً في ديالى، بسبب "
            "وعورة تضاريسها وقربها من الحدود الإدارية لثلاث محافظات، وشهدت خلال عام 2024 عمليات "
            "خطف مماثلة طالت رعاة وجامعي كمأ، انتهى بعضها بمقتل المختطفين.",
            "2026-03-17", (Gold(V, "Qara Tapa", "2026-03-17", 1),)),
    # INA. Strategic development (arrest by national security), deaths not reported. Hard: the
    # confession describes old attacks (2016) in Baiji and south of Mosul.
    Article("ar",
            "الأمن الوطني يطيح بإرهابي بارز في الشرقاط\n\nبغداد - واع\n\nأعلن جهاز الأمن "
            "الوطني، اليوم الخميس، القبض على إرهابي بارز مطلوب وفق أحكام المادة 4 إرهاب في قضاء "
            "الشرقاط بمحافظة صلاح الدين.\n\nوذكر الجهاز في بيان تلقته وكالة الأنباء العراقية "
            "(واع)، أن \"مفارز الجهاز في محافظة صلاح الدين، وبعد ورود معلومات استخبارية دقيقة "
            "وعمليات رصد ومتابعة استمرت أسابيع، تمكنت من نصب كمين محكم والقبض على الإرهابي "
            "المدعو (ع. ح) الذي كان يشغل منصب ما يسمى مسؤول المفارز في قاطع الشرقاط\".\n\nوأضاف "
            "البيان أن \"المتهم اعترف خلال التحقيق الأولي بمشاركته في هجمات استهدفت القوات "
            "الأمنية والمواطنين في مناطق جنوب الموصل وأطراف قضاء بيجي عام 2016، فضلاً عن تورطه "
            "بزرع عبوات ناسفة على الطريق الرابط بين الشرقاط والقيارة\".\n\nوأشار إلى أن "
            "\"المتهم أودع التوقيف لاستكمال الإجراءات القانونية بحقه وإحالته إلى القضاء لينال "
            "جزاءه العادل\".",
            "2026-04-09", (Gold(S, "Shirqat", "2026-04-09", None),)),
    # Alsumaria. Tribal clash: number words (شخصين، خمسة); "مساء أمس الأحد" in a Monday story;
    # curfew, not an arrest.
    Article("ar",
            "مقتل شخصين وإصابة خمسة بنزاع عشائري في الدبس شمال غربي كركوك\n\nالسومرية نيوز - "
            "كركوك\n\nأفاد مصدر أمني في محافظة كركوك، اليوم الاثنين، بمقتل شخصين وإصابة خمسة "
            "آخرين بنزاع عشائري اندلع في قضاء الدبس شمال غربي المحافظة.\n\nوقال المصدر للسومرية "
            "نيوز، إن \"نزاعاً مسلحاً اندلع مساء أمس الأحد بين عشيرتين في إحدى القرى التابعة "
            "لقضاء الدبس على خلفية خلاف قديم حول ملكية أرض زراعية، استخدمت فيه الأسلحة الخفيفة "
            "والمتوسطة\"، مبيناً أن \"النزاع أسفر عن مقتل شخصين من طرفي النزاع وإصابة خمسة "
            "آخرين نقلوا إلى مستشفى الدبس العام\".\n\nوأضاف المصدر أن \"قوة مشتركة من الجيش "
            "والشرطة انتشرت في المنطقة وفرضت حظراً للتجوال في القرية، فيما تدخل وجهاء وشيوخ "
            "عشائر لاحتواء الموقف ومنع تجدد الاشتباكات\".\n\nوتشهد مناطق متفرقة من كركوك بين "
            "فترة وأخرى نزاعات عشائرية بسبب خلافات على الأراضي والمياه، وسط مطالبات بحصر السلاح "
            "بيد الدولة.",
            "2026-05-25", (Gold(B, "Dibis", "2026-05-24", 2),)),
    # Kurdistan24 Arabic. Hard: "ظهر اليوم" in a Saturday story; place is the mountain; number word
    # "ثلاثة"; background about the PKK's dissolution and the Sinjar Agreement.
    Article("ar",
            "مقتل ثلاثة أشخاص بقصف لمسيرة تركية على جبل سنجار\n\nكوردستان24 - سنجار\n\nأفاد "
            "مصدر محلي في قضاء سنجار، اليوم السبت، بمقتل ثلاثة أشخاص بقصف نفذته طائرة مسيرة "
            "تركية على موقع في جبل سنجار غربي محافظة نينوى.\n\nوقال المصدر لكوردستان24 إن "
            "\"طائرة مسيرة تركية استهدفت ظهر اليوم عجلة كانت متوقفة قرب موقع على الجهة الشمالية "
            "من الجبل، ما أدى إلى احتراقها بالكامل ومقتل ثلاثة أشخاص كانوا بداخلها\"، مشيراً "
            "إلى أن \"هويات الضحايا لم تعرف بعد، ولم يتضح ما إذا كانوا من المسلحين أم من "
            "المدنيين\".\n\nولم يصدر أي تعليق من الجانب التركي أو من قيادة العمليات المشتركة "
            "العراقية حتى الآن.\n\nوتقول أنقرة إن عملياتها في سنجار تستهدف عناصر مرتبطة بحزب "
            "العمال الكردستاني، رغم إعلان الحزب العام الماضي حل نفسه. ونصت اتفاقية سنجار "
            "الموقعة بين بغداد وأربيل في تشرين الأول 2020 على إخراج الجماعات المسلحة من القضاء، "
            "إلا أن بنودها لم تطبق بشكل كامل حتى الآن.",
            "2026-06-13", (Gold(E, "Sinjar Mountains", "2026-06-13", 3),)),
    # Al-Araby Al-Jadeed. Hard: a range ("ما بين ثلاثة وخمسة", low = 3) from conflicting accounts;
    # "مساء الأحد" in a Tuesday story; long background on the June Qarachogh attack and a
    # hypothetical quote about the brigades.
    Article("ar",
            "قتلى من الجيش العراقي بهجوم لـ\"داعش\" في مخمور.. وتحذيرات من الفراغ "
            "الأمني\n\nبغداد - العربي الجديد\n\nقُتل ما بين ثلاثة وخمسة جنود عراقيين، في هجوم "
            "شنّه مسلحون يُعتقد أنهم من تنظيم \"داعش\" على موقع للجيش في أطراف قضاء مخمور جنوب "
            "غربي أربيل، مساء الأحد، وفقاً لروايات متضاربة أدلى بها مسؤولون أمنيون لـ\"العربي "
            "الجديد\".\n\nوقال ضابط في قيادة عمليات نينوى، طلب عدم ذكر اسمه، إن \"مجموعة من "
            "المسلحين هاجمت الموقع بالأسلحة الرشاشة والقنابل اليدوية، واشتبكت مع الجنود لأكثر "
            "من ساعة قبل أن تنسحب باتجاه المناطق الوعرة\"، مؤكداً مقتل ثلاثة جنود وإصابة أربعة "
            "آخرين. فيما تحدث مصدر آخر في المنطقة عن خمسة قتلى، بينهم ضابط برتبة نقيب.\n\nويأتي "
            "الهجوم بعد نحو ستة أسابيع من هجوم مماثل استهدف مواقع لقوات البيشمركة قرب جبل قره "
            "جوغ في القضاء نفسه نهاية يونيو/حزيران الماضي، وأسفر عن مقتل أربعة من "
            "عناصرها.\n\nويرى خبراء أمنيون أن مخمور، الواقعة ضمن المناطق المتنازع عليها بين "
            "بغداد وأربيل، تعاني من فراغ أمني منذ انسحاب البيشمركة من أجزاء واسعة منها في "
            "أكتوبر/تشرين الأول 2017. ويقول خبير أمني عراقي، فضّل عدم ذكر اسمه، لـ\"العربي "
            "الجديد\" إن \"أي هجوم في هذه المنطقة سيبقى ممكناً ما دامت الألوية المشتركة غير "
            "مكتملة، فالتنظيم لا يحتاج إلا إلى ثغرة بعرض بضعة كيلومترات\".\n\nوكانت بغداد "
            "وأربيل قد اتفقتا على تشكيل ألوية مشتركة من الجيش والبيشمركة لسد الفراغات على خطوط "
            "التماس، إلا أن لواءين فقط دخلا الخدمة حتى الآن.",
            "2026-08-11", (Gold(B, "Makhmour", "2026-08-09", 3),)),
    # Al-Mada. No event: MPs' statements on the joint brigades and the six coordination centres; the
    # Makhmour attack "last month" is background.
    Article("ar",
            "نواب: المراكز التنسيقية الستة \"حبر على ورق\".. والألوية المشتركة تنتظر "
            "التمويل\n\nالمدى/ خاص\n\nانتقد نواب عن محافظات كركوك ونينوى وديالى تأخر تفعيل "
            "المراكز التنسيقية الستة المشتركة بين الجيش العراقي وقوات البيشمركة في المناطق "
            "المتنازع عليها، محذرين من أن استمرار الفراغ الأمني سيمنح خلايا تنظيم داعش فرصة "
            "لإعادة تنظيم صفوفها.\n\nوقال عضو لجنة الأمن والدفاع النيابية لـ(المدى)، إن "
            "\"المراكز التنسيقية في كركوك ومخمور وخانقين وطوزخورماتو وسنجار وسهل نينوى ما تزال "
            "حبراً على ورق، إذ لا يوجد تبادل حقيقي للمعلومات الاستخبارية بين الطرفين\"، مضيفاً "
            "أن \"اللواء الثالث من الألوية المشتركة لم يتسلم حتى الآن تخصيصاته المالية من "
            "الموازنة\".\n\nوأشار النائب إلى أن \"الهجمات الأخيرة، ومنها هجوم مخمور في الشهر "
            "الماضي، أثبتت أن التنظيم يتحرك في المناطق التي لا يوجد فيها أي طرف، وإذا لم تغلق "
            "هذه الثغرات فإننا سنشهد هجمات أكبر في الأشهر المقبلة\".\n\nمن جهته، قال مسؤول في "
            "وزارة البيشمركة إن \"الوزارة أكملت استعداداتها لنشر قواتها ضمن اللواء الثالث، "
            "والكرة الآن في ملعب الحكومة الاتحادية\"، لافتاً إلى أن \"اجتماعاً مرتقباً بين "
            "الجانبين سيعقد خلال الأسبوعين المقبلين لحسم الملف\".\n\nوتشكلت الألوية المشتركة "
            "بموجب تفاهمات رعاها التحالف الدولي منذ عام 2021، بهدف سد الفراغات الممتدة على طول "
            "خطوط التماس من خانقين شرقاً حتى ربيعة غرباً.",
            "2026-09-08", ()),
    # Shafaq News Arabic. No event: a monthly tally with Arabic-Indic digits that names some of the
    # month's incidents (one with a day of the month).
    Article("ar",
            "إحصائية: ١٤ قتيلاً و٢٣ جريحاً بهجمات في المناطق المتنازع عليها خلال أيلول\n\nشفق "
            "نيوز/ كشفت إحصائية أعدتها وكالة شفق نيوز، اليوم الخميس، عن مقتل ١٤ شخصاً وإصابة ٢٣ "
            "آخرين في هجمات وحوادث أمنية متفرقة شهدتها المناطق المتنازع عليها بين بغداد وأربيل "
            "خلال شهر أيلول الماضي.\n\nوبحسب الإحصائية، فإن محافظة كركوك تصدرت القائمة بـ٦ "
            "قتلى، تلتها ديالى بـ٤ قتلى ثم صلاح الدين ونينوى، فيما توزعت الحوادث بين تفجير "
            "عبوات ناسفة وهجمات مسلحة وعمليات قنص.\n\nوكان أبرز الحوادث خلال الشهر انفجار عبوة "
            "ناسفة بعجلة للشرطة الاتحادية في ناحية الرياض جنوب غربي كركوك يوم ١٢ أيلول، أسفر عن "
            "مقتل ثلاثة منتسبين، إضافة إلى هجوم على نقطة للحشد الشعبي في أطراف قضاء "
            "خانقين.\n\nويلاحظ من الإحصائية تراجع أعداد الضحايا مقارنة بشهر آب الذي سجل ١٩ "
            "قتيلاً، فيما يعزو مسؤولون أمنيون ذلك إلى تكثيف العمليات الاستباقية في حوض حمرين "
            "ووادي الشاي.",
            "2026-10-01", ()),
    # Baghdad Today. The same Khor Mor drone attack as _EN2, reported separately: "مساء أمس
    # الثلاثاء" in a Wednesday story; "دون تسجيل خسائر بشرية"; Arabic name كورمور.
    Article("ar",
            "توقف ضخ الغاز من حقل كورمور بعد استهدافه بطائرة مسيرة\n\nبغداد اليوم - "
            "السليمانية\n\nتعرض حقل كورمور الغازي في قضاء جمجمال التابع لمحافظة السليمانية، "
            "مساء أمس الثلاثاء، لهجوم بطائرة مسيرة مفخخة، ما أدى إلى توقف الإنتاج بشكل مؤقت "
            "وانقطاع التيار الكهربائي عن مناطق واسعة من إقليم كردستان.\n\nوقال مصدر في إدارة "
            "الحقل لـ\"بغداد اليوم\"، إن \"الطائرة المسيرة سقطت على أحد خزانات المكثفات داخل "
            "الحقل قرابة الساعة الحادية عشرة والنصف ليلاً، ما تسبب باندلاع حريق تمت السيطرة "
            "عليه فجر اليوم الأربعاء، دون تسجيل خسائر بشرية\".\n\nبدورها، أعلنت وزارة الكهرباء "
            "في حكومة الإقليم خروج عدد من محطات التوليد في أربيل والسليمانية عن الخدمة بسبب "
            "توقف إمدادات الغاز، مؤكدة أن الفرق الفنية تعمل على إعادة التيار تدريجياً.\n\nولم "
            "تعلن أي جهة مسؤوليتها عن الهجوم، فيما يعد هذا الاستهداف الأحدث في سلسلة هجمات طالت "
            "الحقل منذ عام 2022، أبرزها هجوم في نيسان 2024 أودى بحياة أربعة عمال يمنيين.",
            "2026-04-22", (Gold(E, "Khor Mor gas field", "2026-04-21", 0),)),
    # Rudaw Arabic. Hard: Iranian drone on an Iranian Kurdish party base in Koya "فجر اليوم"; one
    # party member killed, two wounded; background on the 2022 strikes and the 2023 agreement.
    Article("ar",
            "مقتل عنصر من حزب كردي إيراني معارض بقصف مسيّرة على مقر في كويه\n\nرووداو "
            "ديجيتال\n\nقُتل عنصر في الحزب الديمقراطي الكردستاني الإيراني وأصيب اثنان آخران، "
            "فجر اليوم الثلاثاء، بقصف نفذته طائرة مسيّرة على أحد مقار الحزب في أطراف قضاء كويه "
            "التابع لمحافظة أربيل.\n\nوقال مسؤول في الحزب لشبكة رووداو الإعلامية إن \"طائرة "
            "مسيّرة قادمة من جهة الحدود الإيرانية أطلقت صاروخين على مبنى داخل المقر نحو الساعة "
            "الرابعة فجراً، ما أسفر عن مقتل أحد رفاقنا وإصابة اثنين آخرين نقلا إلى مستشفى "
            "كويه\".\n\nوأضاف أن \"المقر يضم عائلات لاجئين، ولا يوجد فيه أي نشاط مسلح منذ "
            "سنوات، التزاماً بالاتفاق الأمني بين بغداد وطهران\".\n\nولم يصدر تعليق رسمي من "
            "الجانب الإيراني حتى الآن، فيما أدانت وزارة الداخلية في إقليم كوردستان القصف ووصفته "
            "بـ\"الانتهاك الصارخ للسيادة\".\n\nوسبق أن شن الحرس الثوري الإيراني في أيلول 2022 "
            "هجمات بالصواريخ والمسيّرات على مقار الأحزاب الكردية الإيرانية في كويه ومحيط "
            "السليمانية، أسفرت عن مقتل أكثر من عشرة أشخاص، قبل أن توقع بغداد وطهران اتفاقاً "
            "أمنياً في آذار 2023 يقضي بنزع سلاح تلك الأحزاب وإبعادها عن الشريط الحدودي.",
            "2026-07-14", (Gold(E, "Koya", "2026-07-14", 1),)),
    # INA. No event: anniversary of the breaking of the 2014 siege of Amerli; figures of the siege's
    # victims are background.
    Article("ar",
            "آمرلي تستذكر الذكرى الثانية عشرة لفك الحصار عنها\n\nصلاح الدين - واع\n\nيستذكر "
            "أهالي ناحية آمرلي التابعة لقضاء طوزخورماتو في محافظة صلاح الدين، اليوم الاثنين، "
            "الذكرى الثانية عشرة لفك الحصار الذي فرضه تنظيم داعش الإرهابي على الناحية صيف عام "
            "2014.\n\nوقال مدير الناحية لوكالة الأنباء العراقية (واع)، إن \"أهالي آمرلي صمدوا "
            "أكثر من ثمانين يوماً في ظل حصار خانق، من دون ماء أو كهرباء أو دواء، وقدموا عشرات "
            "الشهداء قبل أن تتمكن القوات الأمنية والحشد الشعبي والمتطوعون من كسر الحصار في "
            "الحادي والثلاثين من آب 2014\".\n\nوأضاف أن \"الناحية تستعد لإقامة مهرجان استذكاري "
            "بمشاركة ذوي الشهداء وممثلين عن الحكومة المحلية، إلى جانب افتتاح نصب تذكاري جديد في "
            "مركز الناحية\".\n\nويعد فك الحصار عن آمرلي أول انتصار كبير للقوات العراقية على "
            "تنظيم داعش بعد سقوط الموصل في حزيران 2014.",
            "2026-08-31", ()),
    # Shafaq News Arabic roundup. Two events: sniper fire wounding a policeman in Tuz Khurmatu "مساء
    # أمس" (B, wounded only), and two IEDs defused near Abbasi "صباح اليوم" (S).
    Article("ar",
            "إصابة شرطي بنيران قناص في طوزخورماتو وتفكيك عبوتين جنوب غربي كركوك\n\nشفق نيوز/ "
            "أفاد مصدر أمني في محافظة صلاح الدين، اليوم الثلاثاء، بإصابة منتسب في الشرطة بنيران "
            "قناص استهدفت نقطة تفتيش على أطراف قضاء طوزخورماتو.\n\nوقال المصدر لوكالة شفق نيوز، "
            "إن \"قناصاً يُرجح انتماؤه لتنظيم داعش أطلق النار مساء أمس الاثنين من بساتين قريبة "
            "على نقطة تفتيش للشرطة عند المدخل الجنوبي للقضاء، ما أدى إلى إصابة أحد المنتسبين "
            "بجروح في كتفه\"، مبيناً أن \"قوة أمنية ردت على مصدر النيران وباشرت بتمشيط "
            "البساتين\".\n\nوفي محافظة كركوك، ذكر مصدر أمني آخر أن \"مفارز الجهد الهندسي في "
            "الجيش العراقي تمكنت صباح اليوم من تفكيك عبوتين ناسفتين محليتي الصنع عثر عليهما "
            "مزروعتين قرب طريق زراعي في قرية تابعة لناحية العباسي غربي قضاء الحويجة\".\n\nويشار "
            "إلى أن المناطق الواقعة بين طوزخورماتو والحويجة تشهد بين حين وآخر هجمات متفرقة "
            "لخلايا التنظيم، مستغلة الفراغ الأمني ووعورة التضاريس.",
            "2026-10-13", (Gold(B, "Tuz Khurmatu", "2026-10-12", None),
                           Gold(S, "Abbasi", "2026-10-13", None))),
)  # fmt: skip

#: A sixteenth batch written blind (28 reports, 15 en and 13 ar), held out and scored once
#: after the WIRE10 rules: en P 0.65 R 0.92 (location 0.91, date 0.82, fatalities 0.82), ar
#: P 0.71 R 0.91 (location 1.00, date 0.90, fatalities 0.80); the coder of a4c4e8b had en P
#: 0.67 R 1.00 (0.83, 0.83, 0.75), ar P 0.64 R 0.82 (1.00, 0.89, 0.78). Rules then: "N years
#: later", ففي/وفي before a month, a similar attack, مذكراً, a tally's highlight, ينفذ هجوماً;
#: "of abducted Yazidis" is an adjective; a toll's later day; "nobody"; مقتلهما; a statement's
#: explicit day in brackets; الإطاحة; عملية ... محكمة is "precise"; "between A and B" is at A;
#: "the subdistrict" refers back; "in nearby Kifri"; "while" reaches ten words.
WIRE11: tuple[Article, ...] = (
    # AP. Long wire: the ambush is "late Monday" but the story is filed Tuesday; the wounded go to
    # Tikrit (not the place); an older bombing near Tarmiyah with its toll is background only.
    Article("en",
            "Islamic State militants kill 3 Iraqi soldiers in ambush in northern "
            "mountains\n\nBAGHDAD (AP) — Islamic State militants ambushed an Iraqi army patrol "
            "in the rugged Hamrin mountains late Monday, killing three soldiers, including an "
            "officer, and wounding two others, Iraqi security officials said Tuesday.\n\nThe "
            "patrol was combing a valley near the point where Salahuddin, Diyala and Kirkuk "
            "provinces meet when gunmen opened fire on it from higher ground, two officials "
            "told The Associated Press. They spoke on condition of anonymity because they were "
            "not authorized to brief reporters.\n\nA first lieutenant was among the dead, one "
            "of the officials said. The two wounded soldiers were flown to a military hospital "
            "in Tikrit, where one was in serious condition.\n\nIraq's Security Media Cell "
            "confirmed the deaths in a terse statement, saying \"terrorist remnants\" had "
            "targeted a force \"carrying out a search and inspection operation\" and that army "
            "aviation was pursuing the attackers. It did not say whether any militants had been "
            "killed.\n\nNo group immediately claimed the attack, but the Hamrin range, a long "
            "ridge of caves and dry gullies, has for years sheltered small IS cells that slip "
            "between provinces where the army, the federal police, the Popular Mobilization "
            "Forces and Kurdish peshmerga have overlapping or unclear responsibilities.\n\nIt "
            "was the deadliest attack on Iraqi forces in the area since November, when four "
            "soldiers died in a roadside bombing near Tarmiyah, north of Baghdad.\n\nIS seized "
            "large parts of northern and western Iraq in 2014 and was declared defeated in the "
            "country in late 2017. The group no longer holds territory, but its remnants still "
            "carry out hit-and-run attacks, mostly at night and in remote areas. Iraqi "
            "officials have said the threat is manageable as the U.S.-led coalition winds down "
            "its military mission in the country.",
            "2026-02-17", (Gold(B, "Hamrin Mountains", "2026-02-16", 3),)),
    # Reuters. "late on Wednesday" at 11:40 pm local time; the 2024 attack that killed four Yemeni
    # workers is background with a toll; megawatt numbers as distractors.
    Article("en",
            "Drone attack halts gas output at Iraqi Kurdistan's Khor Mor field\n\nERBIL, Iraq, "
            "April 23 (Reuters) - A drone struck the Khor Mor gas field in Iraq's Kurdistan "
            "region late on Wednesday, setting a condensate storage tank on fire and forcing a "
            "halt to production that feeds power plants across the region, two officials at the "
            "field said.\n\nNobody was hurt in the attack, which hit the field in the "
            "Chamchamal district of Sulaimaniyah province at around 11:40 p.m. (2040 GMT), the "
            "officials said, speaking on condition of anonymity.\n\nPearl Petroleum, the "
            "consortium led by the UAE's Dana Gas and Crescent Petroleum that operates Khor "
            "Mor, said in a statement on Thursday that all staff were safe and accounted for "
            "and that firefighting teams had brought the blaze under control by early "
            "morning.\n\nThe Kurdistan Regional Government's electricity ministry said the "
            "stoppage had taken around 2,500 megawatts off the grid and that residents of "
            "Erbil, Sulaimaniyah and Duhok should expect longer power cuts until output "
            "resumed.\n\nNo group claimed responsibility. The field has been hit by rockets and "
            "drones several times since 2022. An attack in April 2024 killed four Yemeni "
            "workers and briefly shut the field down.\n\nThe KRG's interior ministry blamed "
            "\"outlaw groups\" and called on the federal government in Baghdad to identify and "
            "prosecute those behind the attack, which it described as an assault on \"the "
            "livelihood of all Iraqis\".\n\nA spokesman for Iraq's prime minister said a "
            "committee had been formed to investigate.\n\n(Reporting by Erbil newsroom; Writing "
            "by Reuters Baghdad bureau; Editing by Reuters desk)",
            "2026-04-23", (Gold(E, "Khor Mor gas field", "2026-04-22", 0),)),
    # AFP. Court verdict on an old market bombing in Daquq: numbers, place and a year, but no new
    # event.
    Article("en",
            "Iraq court sentences man to death over 2024 market bombing\n\nKirkuk (Iraq) (AFP) "
            "– A court in Iraq's northern city of Kirkuk on Wednesday sentenced a man to death "
            "for his role in a 2024 bombing that killed five people at a livestock market, the "
            "judiciary said.\n\nThe Supreme Judicial Council said the Kirkuk criminal court had "
            "convicted the defendant, whom it did not name, under Iraq's anti-terrorism law "
            "after he admitted planting an explosive device at the Friday market in Daquq, "
            "south of Kirkuk, on behalf of the Islamic State group.\n\nTwo other men were "
            "sentenced to life in prison for sheltering him and transporting the explosives, "
            "the council said in a statement. All three can appeal.\n\nThe bombing in September "
            "2024 also wounded more than 20 people, most of them traders and farmers from "
            "surrounding villages, according to local officials at the time.\n\nIraqi courts "
            "have sentenced hundreds of people to death or life in prison on terrorism charges "
            "since the jihadists' defeat in 2017, many after trials that rights groups have "
            "described as hasty and overly reliant on confessions.\n\nAmnesty International and "
            "Human Rights Watch have repeatedly urged Baghdad to halt executions, which resumed "
            "at a faster pace in recent years.\n\nKirkuk province, claimed by both Baghdad and "
            "the autonomous Kurdistan region, remains one of the areas where IS cells still "
            "mount sporadic attacks, particularly in its rural south and west.",
            "2026-05-06", ()),
    # Xinhua. Statement on Tuesday, strike on Monday evening; dateline BAGHDAD; the Baiji bombing "a
    # week" earlier is background.
    Article("en",
            "Iraqi airstrike kills 4 IS militants in Kirkuk province\n\nBAGHDAD, March 3 "
            "(Xinhua) -- Four Islamic State (IS) militants were killed in an Iraqi airstrike on "
            "their hideout in the country's northern province of Kirkuk, the Iraqi military "
            "said on Tuesday.\n\nActing on intelligence information, Iraqi F-16 fighter jets on "
            "Monday evening struck a cave used by the militants in Wadi al-Shay area, some 40 "
            "km south of the provincial capital Kirkuk, the Security Media Cell, an affiliate "
            "of the Joint Operations Command, said in a statement.\n\nA ground force later "
            "searched the site and found the bodies of the four militants, as well as rifles, "
            "an explosive belt and communication devices, the statement said.\n\nThe airstrike "
            "came about a week after a roadside bomb struck an army vehicle near the town of "
            "Baiji in Salahuddin province, killing two soldiers.\n\nThe security situation in "
            "Iraq has improved since the defeat of IS in 2017, but IS remnants have since "
            "melted into urban centers, deserts and rugged areas, carrying out frequent "
            "guerrilla attacks against security forces and civilians.",
            "2026-03-03", (Gold(E, "Wadi al-Shay", "2026-03-02", 4),)),
    # Kurdistan24 English. Drone strike near Sinuni; Khanasor (not in the gazetteer) named too; the
    # Turkish weekly "neutralized" count and a 2023 strike are distractors.
    Article("en",
            "Turkish drone strike kills two in Sinjar, local officials say\n\nERBIL "
            "(Kurdistan24) – Two members of a local armed group were killed on Monday afternoon "
            "when a Turkish drone targeted their vehicle near the town of Sinuni, north of "
            "Mount Sinjar, local officials told Kurdistan24.\n\nA Sinjar district official, who "
            "requested anonymity because he was not authorized to speak to the media, said the "
            "drone fired two missiles at a pickup truck on the road between Sinuni and the "
            "Khanasor complex at around 4:00 p.m.\n\n\"Both men inside were killed instantly, "
            "and the car was completely burned. Their bodies were taken to Sinuni hospital,\" "
            "he said.\n\nThe two were members of the Sinjar Resistance Units (YBS), a Yezidi "
            "armed group formed in 2014 that Ankara considers an offshoot of the Kurdistan "
            "Workers' Party (PKK).\n\nTurkey's Ministry of National Defense did not comment on "
            "the strike directly. In its weekly briefing last Thursday, it said 14 "
            "\"terrorists\" had been \"neutralized\" in northern Iraq over the previous seven "
            "days, without naming locations.\n\nYezidi leaders have long complained that "
            "repeated strikes keep displaced families from returning to Sinjar, nearly 12 years "
            "after the Islamic State's genocidal assault on the community. A similar strike on "
            "a car near Sinjar city in August 2023 killed three people.\n\nThe 2020 Sinjar "
            "Agreement between Baghdad and Erbil, which called for the withdrawal of armed "
            "groups and a unified local administration, has yet to be implemented.",
            "2026-06-09", (Gold(E, "Sinuni", "2026-06-08", 2),)),
    # Rudaw English. Village names unknown to the gazetteer, so the district (Penjwen); explicit "no
    # human casualties" but livestock killed; the 2022 Koya strikes are background.
    Article("en",
            "Iranian artillery pounds Penjwen border area, no casualties\n\nRUDAW - Iranian "
            "artillery shelled the mountains around several border villages in Sulaimani "
            "province's Penjwen district on Wednesday morning, local officials told Rudaw, "
            "setting orchards and pastureland on fire.\n\nPenjwen mayor Azad Karim said at "
            "least 15 shells landed near the villages of Sharbazher Kon and Nalparez from "
            "around 6:00 am. \"Thankfully there are no human casualties, but two farmers lost "
            "their sheep and many beehives were burned,\" he said, adding that civil defence "
            "teams were struggling to reach the fires because of the terrain.\n\nA resident of "
            "one of the villages told Rudaw that families had spent the morning in the valley "
            "below. \"We hear this every summer. We plant, and then they burn it,\" he "
            "said.\n\nThere was no comment from Tehran. The Islamic Revolutionary Guard Corps "
            "(IRGC) has for years shelled the Kurdistan Region's border areas, saying it is "
            "targeting Iranian Kurdish opposition parties based there.\n\nUnder a security "
            "agreement signed between Baghdad and Tehran in 2023, Iraq pledged to disarm the "
            "groups and move their members away from the border. Iranian officials have since "
            "accused Baghdad and Erbil of failing to fully implement it.\n\nIn September 2022, "
            "IRGC missile and drone strikes on the bases of Iranian Kurdish parties near Koya "
            "killed more than a dozen people.",
            "2026-07-15", (Gold(E, "Penjwen", "2026-07-15", 0),)),
    # Shafaq News English. Tribal clash in a subdistrict ("al-Abbasi"); the wounded go to Hawija
    # hospital; Basra clashes are background.
    Article("en",
            "Tribal feud over farmland leaves two dead in Kirkuk\n\nShafaq News/ A tribal "
            "dispute over farmland in Kirkuk's al-Abbasi subdistrict turned deadly on Saturday "
            "evening, leaving two men dead and four others wounded, a security source told "
            "Shafaq News Agency.\n\nThe source said members of two clans exchanged fire with "
            "light and medium weapons in a village of the subdistrict after an argument over "
            "irrigation shares from a nearby canal escalated.\n\n\"The shooting lasted nearly "
            "an hour before army and police reinforcements arrived and separated the two "
            "sides,\" the source added, noting that the wounded were transferred to Hawija "
            "General Hospital, one of them in critical condition.\n\nSecurity forces set up a "
            "cordon around the village, and elders from both tribes were expected to meet on "
            "Sunday to agree a truce, according to a local official.\n\nTribal conflicts remain "
            "a persistent security challenge in Iraq, fuelled by the spread of unlicensed "
            "weapons. Similar disputes in northern Basra have repeatedly closed roads and "
            "killed dozens in recent years.",
            "2026-09-20", (Gold(B, "Abbasi", "2026-09-19", 2),)),
    # The New Region. Long feature on Makhmour; earlier incidents as background; one new incident
    # (wounded only) reported near the end, "on Saturday night".
    Article("en",
            "Between two armies: Makhmour's villagers live with the gap\n\nThe New "
            "Region\n\nMAKHMOUR — From the roof of his house in a village at the foot of "
            "Qarachogh mountain, Hajji Saleh can see both of them: the Peshmerga positions on "
            "the ridge to the north, and, on a clear day, the Iraqi army's sand berms to the "
            "south. What he cannot see, he says, is who is responsible for the land in "
            "between.\n\n\"At night the army is there, the Peshmerga is there, and in the "
            "middle are us and our sheep,\" he said. \"And sometimes others.\"\n\nThe others, "
            "residents and officials agree, are the small cells of the Islamic State that have "
            "used the valleys of Qarachogh and the Makhmour plain as a corridor between Kirkuk, "
            "Salahuddin and the Nineveh countryside since the group lost its last "
            "territory.\n\nMakhmour district, administered by the Kurdistan Region before "
            "October 2017, has been a textbook case of the disputed territories' security "
            "vacuum. After federal forces returned to the area, the Peshmerga pulled back to "
            "the mountain, and for years the two forces ran separate patrols with little "
            "coordination.\n\nThat has started to change. A joint coordination centre opened in "
            "the district last year, and officers on both sides say intelligence is now shared "
            "\"within hours rather than weeks\". A joint brigade of army and Peshmerga troops, "
            "long promised under a US-backed plan, is supposed to take up positions along the "
            "gap.\n\nBut residents remain sceptical. In 2020, an attack on a Peshmerga post "
            "near the mountain killed an officer. Two years later, IS fighters ambushed an army "
            "unit near Gwer. Farmers here still talk about the nights when gunmen came down to "
            "demand food and money.\n\n\"The joint centre is on paper. The fear is real,\" said "
            "a local councillor who asked not to be named.\n\nPeshmerga commanders say the "
            "number of attacks has fallen sharply. \"We used to see something every week. Now "
            "it is once every two or three months,\" said a brigade commander in the "
            "area.\n\nYet even as this report was being prepared, the gap showed itself again. "
            "On Saturday night, militants fired on a Peshmerga position on the slopes of "
            "Qarachogh, wounding one fighter, according to a statement from the Peshmerga "
            "ministry, which said its forces returned fire and the attackers fled toward the "
            "south.\n\nHajji Saleh shrugged when told of the attack. \"You see,\" he said. "
            "\"Once every two or three months.\"",
            "2026-05-25", (Gold(B, "Qarachogh", "2026-05-23", None),)),
    # The National. Anniversary feature on Sinjar: many numbers, strikes and camps from the past, no
    # new incident.
    Article("en",
            "Twelve years on, Yazidis mark genocide anniversary with few answers\n\nFamilies "
            "gathered on Mount Sinjar on Monday to mark the 12th anniversary of the ISIS "
            "assault that killed and enslaved thousands of Yazidis, as community leaders said "
            "the slow pace of reconstruction and repeated security scares keep most of the "
            "displaced away.\n\nHundreds of people, many dressed in white, walked to the shrine "
            "of Sharaf Al Din and laid flowers at a memorial listing the names of the missing. "
            "In Sinjar city, shops closed and black banners hung from the few rebuilt buildings "
            "on the main street.\n\n\"Every year we say this will be the last anniversary we "
            "spend in tents,\" said Khalida, 41, who lives in a camp in Duhok province and "
            "travelled back for the day. \"Every year we are still in the tents.\"\n\nAbout "
            "2,600 Yazidis remain missing, according to the Kurdistan Region's office for the "
            "rescue of abducted Yazidis. More than 90 mass graves have been identified in the "
            "district, and exhumation teams have so far recovered remains from fewer than two "
            "thirds of them.\n\nOn August 3, 2014, ISIS fighters overran Sinjar, killing men "
            "and older women and taking thousands of women and children captive. The UN has "
            "recognised the atrocities as genocide.\n\nSince then, the district has been "
            "contested between Baghdad, the Kurdistan Regional Government and local armed "
            "groups. Turkish drone strikes against fighters Ankara says are linked to the PKK "
            "have killed dozens of people in the area since 2021, and clashes between the Iraqi "
            "army and the Sinjar Resistance Units in 2022 forced thousands to flee "
            "again.\n\nIraq's Ministry of Migration says about 200,000 Yazidis still live in "
            "camps in the Kurdistan Region, even as Baghdad has announced plans to close them "
            "and offered grants for families who return.\n\n\"Return to what?\" asked Qassim, a "
            "former teacher. \"There is no hospital, no water, and two administrations that do "
            "not speak to each other.\"",
            "2026-08-03", ()),
    # Al-Monitor. Analysis of the joint brigades and the six coordination centres; past deployments
    # and past attacks with dates and tolls as background; no event.
    Article("en",
            "Iraq's joint brigades with peshmerga stall over funding, command "
            "disputes\n\nNearly two years after Baghdad and Erbil agreed to field joint "
            "army-peshmerga brigades along the disputed territories, only one of the planned "
            "units is fully operational, and the six joint coordination centres meant to knit "
            "the two forces together are working at very different speeds, Iraqi and Kurdish "
            "officials told Al-Monitor.\n\nThe first brigade, which deployed in 2025 along a "
            "stretch of the Kirkuk-Makhmour line, has carried out joint patrols and shares a "
            "headquarters with an Iraqi army division. A second was supposed to take over "
            "sectors in Diyala and Salahuddin this spring but has yet to receive salaries and "
            "vehicles, a peshmerga ministry official said.\n\n\"Every month there is a new "
            "committee, and every month the gap is still there,\" the official said.\n\nThe "
            "coordination centres, in Baghdad, Erbil, Kirkuk, Diyala, Nineveh and Makhmour, "
            "were created to exchange intelligence and deconflict operations between the "
            "federal forces and the peshmerga. Officials in Kirkuk and Makhmour described "
            "regular meetings and a shared operations room. In Diyala, by contrast, a Kurdish "
            "officer said the centre \"meets when there is a crisis\".\n\nUS officials, who "
            "have pushed the arrangement as part of the transition of the anti-IS coalition's "
            "mission, see it as a test of whether Baghdad and Erbil can manage security in the "
            "territories without a foreign arbiter.\n\nThe risks of failure are not abstract. "
            "Islamic State cells exploited the seam between the two forces in the years after "
            "2017, including in a 2021 series of attacks in Kirkuk and Makhmour that killed "
            "more than a dozen peshmerga. In March this year, an ambush near Khanaqin killed "
            "two soldiers, an attack a Kurdish lawmaker blamed on \"the vacuum that everyone "
            "knows about\".\n\nIraqi Defence Ministry spokesmen insist the brigades will be "
            "completed by the end of the year. Kurdish officials are less sure, pointing to "
            "disagreements over who commands the units and whether peshmerga can be stationed "
            "inside Kirkuk city.\n\n\"It is not a technical issue. It is the old political "
            "issue wearing a uniform,\" said an Iraqi analyst based in Sulaimaniyah.",
            "2026-10-07", ()),
    # AP. Casualty update of Thursday's Tuz Khurmatu market bombing (also reported the same day by
    # Alsumaria, below): latest toll, the incident's date, not the update's.
    Article("en",
            "Death toll in northern Iraq market bombing rises to 5\n\nBAGHDAD (AP) — The death "
            "toll from a bombing at a crowded market in the northern Iraqi town of Tuz Khurmatu "
            "rose to five on Saturday after two of the wounded died in hospital, a local health "
            "official said.\n\nThe explosive device, hidden in a vegetable cart, went off "
            "Thursday evening as residents shopped for the iftar meal that breaks the daily "
            "Ramadan fast. Fourteen people remain in hospital, three of them in critical "
            "condition, said the official, who spoke on condition of anonymity because he was "
            "not authorized to brief journalists.\n\nNo group has claimed responsibility for "
            "the attack, but security officials have pointed to the Islamic State group, whose "
            "cells remain active in the countryside between Salahuddin, Kirkuk and Diyala "
            "provinces.\n\nTuz Khurmatu, a mixed town of Turkmens, Kurds and Arabs, lies in "
            "territory disputed between Iraq's central government and the semi-autonomous "
            "Kurdish region in the north. It has seen some of the deadliest attacks in the area "
            "over the past decade, including a truck bombing in 2013 that killed "
            "dozens.\n\nIraq's prime minister ordered an investigation and the dismissal of the "
            "local police commander on Friday, his office said.",
            "2026-03-14", (Gold(E, "Tuz Khurmatu", "2026-03-12", 5),)),
    # Reuters. Arrest in a raid near Hawija "on Sunday", announced Monday; the Tuz Khurmatu bombing
    # is named as background with its toll.
    Article("en",
            "Iraqi forces detain Islamic State official suspected over Tuz Khurmatu "
            "blast\n\nBAGHDAD, March 30 (Reuters) - Iraqi counter-terrorism forces detained a "
            "senior Islamic State official in a dawn raid on a village near Hawija in Kirkuk "
            "province on Sunday, the Counter-Terrorism Service said on Monday, accusing him of "
            "planning this month's market bombing in Tuz Khurmatu that killed five "
            "people.\n\nThe service said in a statement that the man, whom it identified only "
            "by a nom de guerre, was the group's \"wali\", or provincial leader, for Kirkuk and "
            "had been under surveillance for several weeks.\n\nTroops landed by helicopter and "
            "arrested him without a fight, the statement said, adding that weapons, forged "
            "identity cards and a laptop were seized.\n\nA security official in Kirkuk, who "
            "asked not to be named, said the suspect had moved between the Hawija area and the "
            "Hamrin mountains since 2019 and was wanted for several attacks on security "
            "forces.\n\nIslamic State no longer controls territory in Iraq but its remaining "
            "fighters, estimated by the United Nations at a few hundred in the country, still "
            "stage occasional attacks in rural areas of the north.\n\n(Reporting by Baghdad "
            "newsroom; Editing by Reuters desk)",
            "2026-03-30", (Gold(S, "Hawija", "2026-03-29", None),)),
    # Rudaw English. Kidnapping and killing of a shepherd near Gwer (Makhmour district): V, one
    # dead, the second man escaped; dates by weekday.
    Article("en",
            "Shepherd killed after suspected ISIS abduction near Gwer\n\nRUDAW - Suspected "
            "Islamic State militants abducted two shepherds near Gwer on Tuesday evening and "
            "killed one of them, while the other managed to escape, a local official and "
            "relatives told Rudaw on Thursday.\n\nThe two men, both from a village in Makhmour "
            "district's Gwer subdistrict, were grazing their sheep near the Great Zab river "
            "when armed men arrived in a pickup truck and forced them into the vehicle, Gwer "
            "director Hussein Hamad said.\n\n\"One of them jumped from the truck when it slowed "
            "near the river and hid in the reeds until morning. The body of the other was found "
            "a few hours later with gunshot wounds,\" Hamad said.\n\nThe surviving shepherd, "
            "19, told relatives the gunmen spoke Arabic and asked him whether his family worked "
            "with the Peshmerga.\n\nA Peshmerga official in the area said forces had searched "
            "the riverbank on Wednesday but found no trace of the kidnappers, who are believed "
            "to have crossed toward the Makhmour plain.\n\nMakhmour and Gwer have seen sporadic "
            "ISIS activity for years, with militants exploiting the gap between Peshmerga and "
            "Iraqi army lines. Iraqi and Kurdish officials announced last year that a joint "
            "brigade would be deployed to close the gap.",
            "2026-08-27", (Gold(V, "Gwer", "2026-08-25", 1),)),
    # Kurdistan24 English. Roundup of two Diyala incidents on different days: a farmer shot in an
    # unnamed village of Khanaqin district (V) and an IED in Kifri that wounded two (E, no toll).
    Article("en",
            "Farmer shot dead in Khanaqin as IED wounds two soldiers in Kifri\n\nKHANAQIN "
            "(Kurdistan24) – Gunmen shot dead a Kurdish farmer in his orchard in a village of "
            "Khanaqin district on Sunday night, a local security official told Kurdistan24 on "
            "Monday, while two Iraqi soldiers were wounded in a separate roadside bombing in "
            "nearby Kifri a day earlier.\n\nThe farmer, a father of four in his fifties, was "
            "irrigating his land on the outskirts of the village when two men on a motorcycle "
            "opened fire on him and fled toward the Hamrin hills, the official said. He died on "
            "the way to Khanaqin hospital.\n\n\"The families here have asked many times for a "
            "permanent checkpoint. Every time something happens, a force comes for a week and "
            "then leaves,\" said a relative of the victim.\n\nIn Kifri, an improvised explosive "
            "device struck an army vehicle on a rural road on Saturday afternoon, wounding two "
            "soldiers, according to a military source. The road was closed for several hours "
            "while engineering teams searched for other devices.\n\nKurdish officials in Diyala "
            "have repeatedly warned that Kurdish villages in the disputed areas of the province "
            "are being emptied by intimidation, kidnappings and attacks on farmers, and have "
            "called for the Peshmerga to return to the area in coordination with federal "
            "forces.",
            "2026-10-12", (Gold(V, "Khanaqin", "2026-10-11", 1),
                           Gold(E, "Kifri", "2026-10-10", None))),
    # Shafaq News English. Monthly tally: numbers by province and a "deadliest" incident (Baiji,
    # June 14) cited as part of the count; no event.
    Article("en",
            "Iraq's disputed areas recorded 31 security incidents in June, Shafaq News tally "
            "shows\n\nShafaq News/ Iraq's disputed territories saw 31 security incidents during "
            "June, in which 19 people were killed and 34 wounded, according to a monthly count "
            "compiled by Shafaq News from security sources and official statements.\n\nKirkuk "
            "accounted for the largest share with 11 incidents, most of them roadside bombs and "
            "attacks on checkpoints in the Daquq and Hawija areas, followed by Diyala with "
            "eight and Salahuddin with seven. Nineveh recorded three incidents and the Makhmour "
            "area two.\n\nMembers of the security forces made up 12 of the dead, while seven "
            "were civilians, among them three shepherds.\n\nThe deadliest single incident was a "
            "roadside bomb on June 14 that killed three soldiers near Baiji, the tally "
            "showed.\n\nSecurity forces announced the arrest of 46 suspects on terrorism "
            "charges across the four provinces during the month, and air strikes on hideouts in "
            "the Hamrin mountains and Wadi al-Shay killed at least nine militants, according to "
            "statements from the Joint Operations Command.\n\nThe figures are slightly lower "
            "than those recorded in May, when 36 incidents were counted.",
            "2026-07-01", ()),
    # INA. Counter-Terrorism Service statement: arrest "اليوم الثلاثاء" in Tarmiyah, airdrop.
    Article("ar",
            "جهاز مكافحة الإرهاب يطيح بإرهابيين اثنين في الطارمية\n\nبغداد - واع\n\nأعلن جهاز "
            "مكافحة الإرهاب، اليوم الثلاثاء، الإطاحة بإرهابيين اثنين بعملية إنزال جوي في قضاء "
            "الطارمية شمالي العاصمة بغداد.\n\nوذكر الجهاز في بيان تلقته وكالة الأنباء العراقية "
            "(واع)، أنه \"بناءً على معلومات استخبارية دقيقة، وبعد متابعة ورصد استمرا لأكثر من "
            "شهر، نفذت قوة من جهاز مكافحة الإرهاب عملية إنزال جوي محكمة في إحدى المناطق "
            "الزراعية التابعة لقضاء الطارمية، أسفرت عن إلقاء القبض على إرهابيين "
            "اثنين\".\n\nوأضاف البيان أن \"المتهمين متورطان بتنفيذ عمليات إرهابية ضد القطعات "
            "الأمنية والمواطنين في مناطق شمال بغداد وجنوب صلاح الدين خلال السنوات الماضية، "
            "فضلاً عن تقديمهم الدعم اللوجستي لعصابات داعش الإرهابية\".\n\nوأشار إلى أن "
            "\"المقبوض عليهما أُحيلا إلى الجهات المختصة لاتخاذ الإجراءات القانونية "
            "بحقهما\".\n\nوتشهد مناطق شمال بغداد عمليات أمنية مستمرة لملاحقة بقايا فلول داعش "
            "الإرهابي.",
            "2026-02-24", (Gold(S, "Tarmiyah", "2026-02-24", None),)),
    # Shafaq News. Roundup of two Kirkuk incidents on two days: remnant IED kills a shepherd near
    # Daquq "فجر اليوم", and an attack on a federal police checkpoint west of Hawija "مساء أمس
    # السبت" with two wounded (no toll); an unnamed village.
    Article("ar",
            "مقتل راعٍ بانفجار عبوة في داقوق وإصابة شرطيين بهجوم غربي الحويجة\n\nشفق نيوز/ أفاد "
            "مصدر أمني في محافظة كركوك، اليوم الأحد، بمقتل راعي أغنام بانفجار عبوة ناسفة جنوبي "
            "المحافظة، فيما أصيب منتسبان في الشرطة الاتحادية بهجوم مسلح غربيها.\n\nوقال المصدر "
            "لوكالة شفق نيوز، إن \"عبوة ناسفة من مخلفات عصابات داعش انفجرت فجر اليوم على راعٍ "
            "كان يرعى أغنامه في أطراف إحدى القرى التابعة لقضاء داقوق، ما أدى إلى مقتله في الحال "
            "ونفوق عدد من المواشي\".\n\nوأضاف أن \"مسلحين يُعتقد انتماؤهم لبقايا التنظيم هاجموا "
            "مساء أمس السبت نقطة تفتيش تابعة للشرطة الاتحادية في منطقة زراعية غربي قضاء "
            "الحويجة، ما أسفر عن إصابة منتسبَين اثنين بجروح متفاوتة، نُقلا على إثرها إلى مستشفى "
            "كركوك العام\".\n\nوتابع المصدر أن \"القوات الأمنية ردت على مصدر النيران، وانسحب "
            "المهاجمون باتجاه المناطق الوعرة، فيما انطلقت عملية تفتيش واسعة في "
            "المنطقة\".\n\nويشكو سكان القرى الواقعة جنوب وغرب كركوك من انتشار مخلفات الحرب "
            "والعبوات غير المنفلقة في الأراضي الزراعية والمراعي، والتي تسببت بسقوط عدد من "
            "الضحايا خلال السنوات الماضية، في ظل بطء عمليات المسح والتطهير.\n\nيذكر أن المناطق "
            "الممتدة بين الحويجة وداقوق وجبال حمرين تشهد بين الحين والآخر هجمات لخلايا داعش "
            "تستهدف القوات الأمنية والمدنيين.",
            "2026-04-05", (Gold(E, "Daquq", "2026-04-05", 1),
                           Gold(B, "Hawija", "2026-04-04", None))),
    # Alsumaria. Same Tuz Khurmatu market bombing as the AP update above, reported the evening it
    # happened with the first toll (3 dead, 16 wounded).
    Article("ar",
            "مقتل وإصابة 19 شخصاً بانفجار عبوة ناسفة في سوق بطوزخورماتو\n\nالسومرية نيوز/ صلاح "
            "الدين\n\nأفاد مصدر أمني في محافظة صلاح الدين، مساء اليوم الخميس، بمقتل ثلاثة "
            "مدنيين وإصابة 16 آخرين بانفجار عبوة ناسفة وسط سوق شعبي في قضاء طوزخورماتو.\n\nوقال "
            "المصدر لـ السومرية نيوز، إن \"عبوة ناسفة كانت موضوعة داخل عربة لبيع الخضار انفجرت "
            "في سوق الخضار وسط القضاء قبيل موعد الإفطار، ما أسفر عن مقتل ثلاثة مدنيين بينهم طفل "
            "وإصابة 16 آخرين بجروح متفاوتة\".\n\nوأضاف المصدر، أن \"سيارات الإسعاف نقلت الجرحى "
            "إلى مستشفى طوزخورماتو العام، فيما نُقلت الحالات الحرجة إلى مستشفيات كركوك\"، "
            "مبيناً أن \"القوات الأمنية فرضت طوقاً حول مكان الحادث وباشرت التحقيق لمعرفة الجهة "
            "التي تقف وراء التفجير\".\n\nمن جانبه، أعلن قائممقام طوزخورماتو الحداد ثلاثة أيام "
            "على أرواح الضحايا، داعياً الحكومة الاتحادية إلى \"تعزيز الجهد الاستخباري في القضاء "
            "ومحيطه\".\n\nويعد قضاء طوزخورماتو من المناطق المتنازع عليها بين بغداد وأربيل، وشهد "
            "خلال السنوات الماضية تفجيرات دامية وهجمات متكررة.",
            "2026-03-12", (Gold(E, "Tuz Khurmatu", "2026-03-12", 3),)),
    # Baghdad Today. Drone on the Bai Hassan field (not in the gazetteer), in Dibis district; "في
    # ساعة متأخرة من ليل أمس"; Gregorian date in parentheses; no human losses.
    Article("ar",
            "مصدر أمني يكشف تفاصيل استهداف حقل باي حسن بطائرة مسيرة\n\nبغداد اليوم - "
            "كركوك\n\nكشف مصدر أمني في محافظة كركوك، اليوم السبت (20 حزيران 2026)، عن تفاصيل "
            "استهداف حقل باي حسن النفطي بطائرة مسيرة مفخخة في ساعة متأخرة من ليل أمس.\n\nوقال "
            "المصدر في حديث لـ\"بغداد اليوم\"، إن \"طائرة مسيرة مجهولة المصدر استهدفت أحد "
            "خزانات الحقل الواقع ضمن قضاء الدبس شمال غربي كركوك، ما أدى إلى اندلاع حريق محدود "
            "تمكنت فرق الدفاع المدني من السيطرة عليه خلال أقل من ساعة\".\n\nوأضاف أن "
            "\"الاستهداف لم يسفر عن أي خسائر بشرية، واقتصرت الأضرار على الجانب المادي\"، لافتاً "
            "إلى أن \"الإنتاج في الحقل لم يتوقف\".\n\nوأشار المصدر إلى أن \"لجنة فنية وأمنية "
            "مشتركة وصلت إلى الموقع لجمع بقايا الطائرة وتحديد المكان الذي انطلقت منه\".\n\nمن "
            "جهتها، أدانت شركة نفط الشمال الاعتداء، مؤكدة في بيان أن \"استهداف المنشآت النفطية "
            "هو استهداف لقوت العراقيين\".\n\nويأتي هذا الاستهداف بعد أسابيع من هجمات مماثلة "
            "طالت حقولاً نفطية وغازية في إقليم كردستان، أبرزها الهجوم على حقل خورمور في نيسان "
            "الماضي.",
            "2026-06-20", (Gold(E, "Dibis", "2026-06-19", 0),)),
    # 964. Short denial from Sinjar's district office, with the 2022 clashes as background.
    Article("ar",
            "قائممقامية سنجار: لا صحة لأنباء الاشتباكات بين الجيش ووحدات مقاومة "
            "سنجار\n\n964\n\nنفت قائممقامية قضاء سنجار، الخميس، صحة الأنباء المتداولة على مواقع "
            "التواصل الاجتماعي عن اندلاع اشتباكات بين الجيش العراقي ووحدات مقاومة سنجار داخل "
            "مركز القضاء.\n\nوقالت القائممقامية في بيان مقتضب: \"نطمئن أهلنا في سنجار والنازحين "
            "في المخيمات بأن الوضع الأمني مستقر تماماً، ولم يُسجل أي احتكاك أو إطلاق نار، وما "
            "يُنشر عارٍ عن الصحة ويهدف إلى إرباك عودة العائلات\".\n\nوأكد مسؤول محلي لـ964 أن "
            "\"ما جرى هو إغلاق مؤقت لأحد الطرق الداخلية بسبب خلاف إداري حول نقطة تفتيش، وتم حله "
            "خلال ساعات\".\n\nوشهد القضاء في أيار 2022 اشتباكات بين الجيش ووحدات مقاومة سنجار "
            "أسفرت عن سقوط قتلى ونزوح آلاف العائلات نحو إقليم كردستان.",
            "2026-05-14", ()),
    # Al-Mada. Long analysis of the security vacuum in the disputed belt with several earlier
    # incidents, places and tolls, and the coordination centres; no new event.
    Article("ar",
            "فراغ أمني على خطوط التماس.. الألوية المشتركة تنتظر التمويل وداعش يستثمر "
            "الثغرات\n\nبغداد/ المدى\n\nبعد أكثر من عام على الإعلان عن تشكيل الألوية المشتركة "
            "بين الجيش العراقي والبيشمركة، لا تزال مساحات واسعة من المناطق المتنازع عليها، "
            "الممتدة من سهل نينوى وحتى أطراف خانقين، تعيش ما يصفه مسؤولون محليون بـ\"الفراغ "
            "المزمن\"، في وقت تحذر فيه لجان برلمانية من أن خلايا داعش تعيد ترتيب صفوفها في "
            "الأودية والمناطق الوعرة.\n\nويقول عضو في لجنة الأمن والدفاع النيابية لـ(المدى)، إن "
            "\"اللواء المشترك الأول بدأ عمله فعلاً في محور كركوك – مخمور، لكن اللواء الثاني "
            "المخصص لديالى وصلاح الدين ما زال حبراً على ورق بسبب الخلاف على التخصيصات المالية "
            "وسلسلة القيادة\".\n\nويضيف النائب، الذي طلب عدم الكشف عن اسمه، أن \"مراكز التنسيق "
            "المشتركة الستة، في بغداد وأربيل وكركوك وديالى ونينوى ومخمور، تعمل بمستويات "
            "متفاوتة، وبعضها لا يجتمع إلا عند وقوع حادث\".\n\nوتكشف متابعة (المدى) للأشهر "
            "الماضية أن أغلب الهجمات وقعت في مناطق التماس تحديداً. ففي آذار الماضي قتل خمسة "
            "مدنيين بتفجير سوق طوزخورماتو، وفي أيار أصيب مقاتل من البيشمركة بهجوم على سفوح جبل "
            "قره جوغ، فيما قتل راعيان قرب قره تبه شمالي ديالى في آب.\n\nويرى الخبير الأمني أحمد "
            "الشريفي أن \"المشكلة ليست في عدد القوات، بل في غياب جهة واحدة مسؤولة عن الأرض، "
            "فالمسلح الذي ينفذ هجوماً في حدود كركوك يعبر خلال ساعة إلى حدود صلاح الدين أو "
            "ديالى، حيث تتغير القيادة والصلاحيات\".\n\nفي المقابل، تؤكد وزارة الدفاع أن \"الوضع "
            "تحت السيطرة\"، وأن الضربات الجوية التي تنفذها طائرات F-16 على أوكار التنظيم في "
            "حمرين ووادي الشاي \"أفقدت الخلايا قدرتها على المبادرة\".\n\nويطالب أهالي القرى "
            "الكردية والتركمانية والعربية على حد سواء بنقاط ثابتة بدلاً من الدوريات المؤقتة، "
            "مؤكدين أن كثيراً من العائلات لم تعد إلى قراها منذ 2014، وأن من عاد منها يغادر "
            "ليلاً إلى مراكز الأقضية خوفاً من الهجمات.",
            "2026-09-02", ()),
    # Kurdistan24 Arabic. Turkish artillery near Kani Masi (Amedi district) "ظهر اليوم الثلاثاء";
    # Arabic-Indic digits; no human losses.
    Article("ar",
            "قصف مدفعي تركي يطال محيط قرى ناحية كاني ماسي في دهوك\n\nكوردستان24 - دهوك\n\nتعرضت "
            "المناطق الجبلية المحيطة بعدد من قرى ناحية كاني ماسي التابعة لقضاء العمادية في "
            "محافظة دهوك، ظهر اليوم الثلاثاء، لقصف مدفعي تركي مكثف، ما أدى إلى اندلاع حرائق في "
            "البساتين والغابات.\n\nوقال مدير ناحية كاني ماسي لكوردستان24، إن \"أكثر من ٢٠ قذيفة "
            "مدفعية سقطت منذ الساعة ١٢ ظهراً قرب قريتين في الناحية\"، مضيفاً أن \"القصف لم يسفر "
            "عن خسائر بشرية، لكن الأهالي أصيبوا بحالة من الهلع، واضطر بعضهم إلى مغادرة منازلهم "
            "مؤقتاً\".\n\nوأوضح أن \"فرق الدفاع المدني لم تتمكن حتى الآن من الوصول إلى أماكن "
            "الحرائق بسبب وعورة المنطقة واستمرار تحليق الطائرات المسيرة\".\n\nويشن الجيش التركي "
            "منذ سنوات عمليات عسكرية برية وجوية في المناطق الحدودية لإقليم كوردستان ضد مقاتلي "
            "حزب العمال الكوردستاني، وتقول منظمات محلية إن أكثر من ٨٠٠ قرية في محافظة دهوك "
            "أُخليت كلياً أو جزئياً بسبب هذه العمليات.",
            "2026-07-28", (Gold(E, "Kani Masi", "2026-07-28", 0),)),
    # Rudaw Arabic. Mass-grave exhumation in Sinjar district (not an event), numbers of remains and
    # 2014 killings.
    Article("ar",
            "فتح مقبرة جماعية جديدة لضحايا الإيزيديين في سنجار\n\nروداو - سنجار\n\nباشرت فرق "
            "دائرة شؤون وحماية المقابر الجماعية، اليوم الخميس، بفتح مقبرة جماعية جديدة في قرية "
            "تابعة لقضاء سنجار، يُعتقد أنها تضم رفات عشرات الإيزيديين الذين قتلهم مسلحو داعش في "
            "آب 2014.\n\nوقال مسؤول في الفريق لشبكة رووداو الإعلامية، إن \"العمل سيستمر نحو "
            "أسبوعين، والتقديرات الأولية تشير إلى وجود رفات ما بين 40 و50 شخصاً، أغلبهم من "
            "الرجال وكبار السن\"، مبيناً أن \"الرفات ستُنقل إلى بغداد لإجراء فحوصات الحمض "
            "النووي ومطابقتها مع عينات ذوي المفقودين\".\n\nوحضر عملية الفتح ممثلون عن فريق "
            "الأمم المتحدة وعدد من ذوي الضحايا، الذين تجمعوا عند أطراف الموقع وهم يحملون صور "
            "أبنائهم.\n\nوقال أحد الحاضرين، وقد فقد ثلاثة من أشقائه: \"انتظرنا 12 عاماً لهذا "
            "اليوم، نريد فقط أن ندفنهم بكرامة\".\n\nوبحسب مكتب إنقاذ المختطفين الإيزيديين، ما "
            "زال مصير أكثر من 2600 إيزيدي مجهولاً، فيما جرى تحديد أكثر من 90 مقبرة جماعية في "
            "قضاء سنجار وحده.",
            "2026-04-16", ()),
    # Al-Araby Al-Jadeed. Reporter byline, killing of two shepherds near Qara Tapa "مساء الاثنين" in
    # an article published Wednesday; background of earlier attacks in northern Diyala.
    Article("ar",
            "مقتل راعيين شمالي ديالى.. مخاوف من عودة نشاط \"داعش\" في المناطق المتنازع "
            "عليها\n\nبغداد ــ العربي الجديد\n\nقُتل راعيا أغنام برصاص مسلحين يُعتقد أنهم من "
            "بقايا تنظيم \"داعش\" قرب ناحية قره تبه، شمالي محافظة ديالى، في حادث أعاد إلى "
            "الواجهة المخاوف من تصاعد نشاط التنظيم في المناطق المتنازع عليها بين بغداد "
            "وأربيل.\n\nوقال مسؤول محلي في الناحية لـ\"العربي الجديد\"، إن \"مسلحين اثنين "
            "اعترضا مساء الاثنين راعيين من أبناء المنطقة أثناء عودتهما بالأغنام من المراعي "
            "القريبة من سفوح حمرين، وأطلقا النار عليهما بشكل مباشر، ما أدى إلى مقتلهما في "
            "الحال، قبل أن يلوذا بالفرار ويستوليا على جزء من القطيع\".\n\nوأضاف المسؤول، الذي "
            "طلب عدم ذكر اسمه، أن \"الأهالي عثروا على الجثتين بعد ساعات، وتم نقلهما إلى دائرة "
            "الطب العدلي في بعقوبة\"، مشيراً إلى أن \"المنطقة تفتقر إلى نقاط أمنية ثابتة منذ "
            "انسحاب بعض القطعات العام الماضي\".\n\nولم يصدر عن الأجهزة الأمنية في ديالى أي بيان "
            "رسمي بشأن الحادث حتى ظهر أمس الثلاثاء، فيما أكد مصدر في الشرطة المحلية فتح تحقيق "
            "في الحادثة.\n\nمن جهته، قال عضو في مجلس محافظة ديالى إن \"الهجمات على الرعاة "
            "والمزارعين في قره تبه وجلولاء وخانقين باتت تتكرر بشكل مقلق\"، مذكراً بمقتل مزارع "
            "وإصابة آخر في هجوم مماثل قرب جلولاء مطلع الصيف.\n\nويؤكد مراقبون أن التنظيم، الذي "
            "أعلنت بغداد هزيمته عسكرياً نهاية 2017، لا يزال يحتفظ بخلايا صغيرة تتحرك بين حمرين "
            "ومطيبيجة ووادي الشاي، مستفيدة من تداخل الصلاحيات بين القوات الاتحادية والبيشمركة.",
            "2026-08-12", (Gold(V, "Qara Tapa", "2026-08-10", 2),)),
    # Shafaq News. Attack on a PMF post near Sulaiman Beg "فجر اليوم الأربعاء", toll as a range "ما
    # بين 3 إلى 5" (gold takes the low end).
    Article("ar",
            "هجوم لداعش على موقع للحشد قرب سليمان بيك يوقع قتلى وجرحى\n\nشفق نيوز/ أفاد مصدر "
            "أمني في محافظة صلاح الدين، اليوم الأربعاء، بسقوط قتلى وجرحى من عناصر الحشد الشعبي "
            "بهجوم شنه مسلحو تنظيم داعش على موقع عسكري قرب ناحية سليمان بيك شرقي "
            "المحافظة.\n\nوقال المصدر لوكالة شفق نيوز، إن \"مجموعة من عناصر داعش هاجمت فجر "
            "اليوم بالأسلحة الخفيفة والمتوسطة موقعاً للحشد الشعبي على الطريق الرابط بين سليمان "
            "بيك وأطراف جبال حمرين، واندلع اشتباك استمر قرابة ساعة\".\n\nوأضاف أن \"الهجوم أسفر "
            "بحسب حصيلة أولية عن مقتل ما بين 3 إلى 5 من عناصر الحشد وإصابة آخرين، نُقلوا إلى "
            "مستشفى طوزخورماتو\"، مرجحاً \"ارتفاع الحصيلة بسبب خطورة بعض الإصابات\".\n\nوأشار "
            "إلى أن \"تعزيزات عسكرية وصلت إلى المكان، وانطلقت عملية تعقب للمهاجمين بإسناد من "
            "طيران الجيش\".\n\nولم تصدر هيئة الحشد الشعبي بياناً رسمياً حتى ساعة إعداد "
            "الخبر.\n\nوتتعرض المناطق المحصورة بين طوزخورماتو وسليمان بيك وآمرلي بين حين وآخر "
            "لهجمات تنفذها خلايا داعش المتحصنة في سلسلة جبال حمرين.",
            "2026-09-09", (Gold(B, "Sulaiman Beg", "2026-09-09", 3),)),
    # INA. Security Media Cell: a cache found and IEDs dismantled in Wadi al-Shay "اليوم"; a
    # seizure/defusal (S), no shots fired.
    Article("ar",
            "الإعلام الأمني: العثور على مضافة لداعش وتفكيك أربع عبوات في وادي الشاي\n\nكركوك - "
            "واع\n\nأعلنت خلية الإعلام الأمني، اليوم الثلاثاء، العثور على مضافة لعصابات داعش "
            "الإرهابية وتفكيك أربع عبوات ناسفة في منطقة وادي الشاي جنوبي محافظة كركوك.\n\nوذكرت "
            "الخلية في بيان تلقته وكالة الأنباء العراقية (واع)، أن \"قوة من الفرقة الثامنة في "
            "الجيش العراقي، وبالتنسيق مع مديرية الاستخبارات العسكرية، نفذت عملية تفتيش في وادي "
            "الشاي، أسفرت عن العثور على مضافة تحتوي على مواد غذائية وأغطية ومواد تستخدم في "
            "تصنيع العبوات، إضافة إلى أربع عبوات ناسفة معدة للتفجير\".\n\nوأضاف البيان أن "
            "\"مفارز الجهد الهندسي قامت بتفكيك العبوات، فيما تم تدمير المضافة "
            "بالكامل\".\n\nوأكدت الخلية \"استمرار العمليات لملاحقة بقايا العصابات الإرهابية "
            "وتجفيف منابعها\".",
            "2026-05-19", (Gold(S, "Wadi al-Shay", "2026-05-19", None),)),
    # Alsumaria. Turkish drone strike in the Makhmour refugee camp "عصر اليوم السبت", one killed;
    # the camp's place is the district (Makhmour).
    Article("ar",
            "مقتل شخص وإصابة اثنين بقصف لطائرة مسيرة تركية على مخيم مخمور\n\nالسومرية نيوز/ "
            "أربيل\n\nأفاد مصدر محلي في قضاء مخمور، عصر اليوم السبت، بمقتل شخص وإصابة اثنين "
            "آخرين بقصف نفذته طائرة مسيرة تركية استهدف مبنى داخل مخيم مخمور للاجئين.\n\nوقال "
            "المصدر لـ السومرية نيوز، إن \"طائرة مسيرة يُعتقد أنها تركية أطلقت صاروخاً على مبنى "
            "يستخدم كمقر إداري داخل المخيم، ما أدى إلى مقتل شخص كان بداخله وإصابة اثنين من "
            "المارة بجروح\"، مشيراً إلى أن \"الجرحى نقلوا إلى مستشفى مخمور\".\n\nوأضاف أن "
            "\"حالة من الخوف سادت بين سكان المخيم، وأغلب قاطنيه من الكرد الذين نزحوا من تركيا "
            "في تسعينيات القرن الماضي\".\n\nولم يصدر تعليق رسمي من الجانب التركي حتى الآن، فيما "
            "تتهم أنقرة المخيم بإيواء عناصر من حزب العمال الكردستاني، وهو ما ينفيه "
            "سكانه.\n\nويقع مخيم مخمور على بعد نحو 60 كيلومتراً جنوب غرب أربيل، وتعرض لعدة "
            "ضربات جوية تركية في السنوات الأخيرة، أبرزها قصف عام 2021 الذي أسفر عن سقوط ضحايا "
            "مدنيين.",
            "2026-10-03", (Gold(E, "Makhmour", "2026-10-03", 1),)),
    # Baghdad Today. Sniper kills a soldier near Jalawla "مساء أمس"; "استشهاد جندي" with no digit;
    # mention of Khanaqin and Saadiya around it.
    Article("ar",
            "استشهاد جندي بنيران قناص قرب جلولاء\n\nبغداد اليوم - ديالى\n\nأفاد مصدر أمني في "
            "محافظة ديالى، اليوم الأحد، باستشهاد جندي في الجيش العراقي بنيران قناص قرب ناحية "
            "جلولاء شمال شرقي المحافظة.\n\nوقال المصدر لـ\"بغداد اليوم\"، إن \"جندياً في أحد "
            "الأفواج الماسكة للأرض أصيب بطلقة قناص مساء أمس أثناء وجوده في برج للمراقبة على "
            "أطراف ناحية جلولاء، ما أدى إلى استشهاده قبل وصوله إلى المستشفى\".\n\nوأضاف أن "
            "\"القوات الأمنية شرعت بعملية تمشيط للبساتين القريبة التي يُرجح أن القناص أطلق "
            "النار منها، من دون تسجيل أي اعتقالات حتى الآن\".\n\nوتقع جلولاء ضمن قضاء خانقين، "
            "وتجاور ناحية السعدية ومناطق حوض حمرين التي تنشط فيها خلايا لتنظيم داعش، وتعد من "
            "أبرز المناطق المتنازع عليها في ديالى.",
            "2026-02-08", (Gold(B, "Jalawla", "2026-02-07", 1),)),
)  # fmt: skip

#: A seventeenth batch written blind (28 reports, 16 en and 12 ar), scored once after the
#: WIRE11 rules: en P 0.62 R 1.00 (location 1.00, date 0.92, fatalities 0.92), ar P 0.77 R
#: 1.00 (1.00, 1.00, 1.00); the coder of a4c4e8b had en P 0.65 R 1.00, ar P 0.71 R 1.00.
#: Rules then: a court's verdict over "and of planting"; "in 2023" dates the clause, not one
#: weapon; social media's claims; the dead of incidents set aside are theirs; "Suspected IS
#: militants" is an actor, not a charge; a rank (ملازم ثان, "second lieutenant") is not a
#: second incident; "a lieutenant and a soldier" are two; a place before "hospital"; الأخرى
#: of two drones; a death after the date (فارق الحياة صباح اليوم متأثراً بجراحه).
WIRE12: tuple[Article, ...] = (
    # AP. Hard: AP dateline and "officials who spoke on condition of anonymity"; two earlier attacks
    # in Tarmiyah (January checkpoint shooting, last year's ambush with five dead) are background
    # only; "30 miles"/"50 kilometers" numbers near the toll.
    Article("en",
            "Roadside bomb kills 2 Iraqi soldiers north of Baghdad\n\nBAGHDAD (AP) — A roadside "
            "bomb tore through an Iraqi army vehicle on Monday in the Tarmiyah area north of "
            "Baghdad, killing two soldiers and wounding three others, security officials "
            "said.\n\nThe officials, who spoke on condition of anonymity because they were not "
            "authorized to brief reporters, said the bomb had been buried on a dirt track along "
            "an irrigation canal and went off as the vehicle was returning from a night patrol "
            "in farmland east of the town. The wounded were taken to a hospital in the capital, "
            "one of them in serious condition.\n\nNo group immediately claimed responsibility, "
            "but the officials blamed the Islamic State group, whose remaining cells move "
            "through the orchards and palm groves that stretch from Tarmiyah toward the edge of "
            "Salahuddin province.\n\nTarmiyah, about 50 kilometers (30 miles) north of Baghdad, "
            "has been one of the more stubborn pockets of militant activity in central Iraq. In "
            "January, gunmen opened fire on a checkpoint on the town's main road, and last year "
            "five soldiers were killed in an ambush in the same farmland.\n\nIraq declared "
            "victory over the Islamic State group in 2017 after three years of war, but the "
            "extremists have kept up a low-level insurgency in rural areas of the north and "
            "center, mostly hit-and-run attacks and roadside bombs targeting security "
            "forces.\n\nThe U.S.-led coalition formally ended its combat mission in Iraq years "
            "ago and has since been winding down its remaining presence under an agreement with "
            "Baghdad.",
            "2026-02-17", (Gold(E, "Tarmiyah", "2026-02-16", 2),)),
    # Reuters. Hard: damage/power figures (2,500 megawatts), "no one was hurt" stated through the
    # operator; the November 2025 attack that shut the field is background; political reactions from
    # Erbil and Baghdad; "late on Wednesday" against a Thursday dateline.
    Article("en",
            "Drone attack halts output at Iraqi Kurdistan's Khor Mor gas field\n\nERBIL, Iraq, "
            "March 5 (Reuters) - A drone struck a storage area at the Khor Mor gas field in "
            "Iraq's Kurdistan region late on Wednesday, forcing a halt to production and "
            "cutting power supplies to much of the region, the field's operator and two "
            "industry sources said.\n\nThe drone hit a condensate tank shortly before midnight "
            "and started a fire that civil defence teams brought under control in the early "
            "hours of Thursday, one of the sources said. No one was hurt, according to a "
            "statement from the operating consortium, which said it had shut the facility \"as "
            "a precaution\" while damage was assessed.\n\nThe regional electricity ministry "
            "said the stoppage had taken around 2,500 megawatts off the grid, leaving "
            "households in Erbil, Sulaimaniyah and Duhok with only a few hours of state power a "
            "day.\n\nThe Kurdistan Regional Government condemned what it called \"a terrorist "
            "attack on the livelihood of citizens\" and urged the federal government to "
            "identify and punish those behind it. A spokesman for the Iraqi prime minister said "
            "a joint committee had been formed to investigate.\n\nThere was no immediate claim "
            "of responsibility. Khor Mor, in the Chamchamal district of Sulaimaniyah province, "
            "has been hit repeatedly by rockets and drones since 2022. An attack in November "
            "2025 shut it down for several days.\n\nKurdish officials have in the past blamed "
            "Iran-aligned armed factions for such attacks, an accusation the groups "
            "deny.\n\n(Reporting by Erbil newsroom; Writing by Baghdad bureau; Editing by "
            "Middle East desk)",
            "2026-03-05", (Gold(E, "Khor Mor gas field", "2026-03-04", 0),)),
    # Kurdistan24 English. Hard: Turkish weekly claim of 11 "neutralised" militants in "northern
    # Iraq" (no place/day, not an event); victims' status unknown; subdistrict mayor as source;
    # earlier displacement figures in the background.
    Article("en",
            "Turkish drone strike kills two in Duhok's Amedi district\n\nERBIL (Kurdistan24) – "
            "Two people were killed on Saturday afternoon when a Turkish drone struck a vehicle "
            "on a mountain road near the village of Kani Masi in the Amedi district of Duhok "
            "province, a local official told Kurdistan24.\n\nThe director of Kani Masi "
            "subdistrict said the car was hit at around 3:30 p.m. while it was travelling "
            "toward a cluster of summer pastures close to the border. \"The car was completely "
            "burned. Two bodies were recovered and taken to the hospital in Amedi,\" he said, "
            "adding that their identities had not yet been established.\n\n\"We cannot say yet "
            "whether they were civilians or members of the PKK. People from this area go up to "
            "the pastures every day at this time of year,\" the official said.\n\nTurkey's "
            "Defence Ministry, in its weekly press briefing, said its forces had "
            "\"neutralised\" 11 PKK militants in northern Iraq over the past week, without "
            "specifying where or when. Ankara often uses the term to mean killed, captured or "
            "surrendered.\n\nThe mountainous border strip of Amedi and Zakho districts has "
            "borne the brunt of Turkey's long-running campaign against the Kurdistan Workers' "
            "Party (PKK). Local authorities say hundreds of villages have been emptied over the "
            "past decade and thousands of acres of farmland and forest burned by shelling and "
            "air strikes.\n\nThe Kurdistan Region's presidency has repeatedly called on both "
            "sides to keep the fighting away from civilian areas.",
            "2026-04-12", (Gold(E, "Kani Masi", "2026-04-11", 2),)),
    # Rudaw English. Hard: shell count ("more than 20 shells"), "no casualties" after a fire report;
    # Sidakan and the 2022 Koya strikes only as background; the Iranian claim about "terrorist
    # groups"; the date is "on Tuesday" against a Wednesday publication.
    Article("en",
            "Iranian artillery shells border areas near Penjwen, orchards set "
            "ablaze\n\nSULAIMANI, Kurdistan Region (Rudaw) — Iranian artillery shelled "
            "mountainous areas on the outskirts of several villages near the town of Penjwen, "
            "in Sulaimani province, on Tuesday, setting orchards and pastures on fire, local "
            "officials told Rudaw. No casualties were reported.\n\n\"More than 20 shells fell "
            "between 10 in the morning and one in the afternoon. Thank God nobody was hurt, but "
            "the farmers have lost a season of work,\" the mayor of Penjwen told Rudaw English "
            "by phone. Civil defence teams from Penjwen and Sulaimani worked until evening to "
            "put out the fires, he added.\n\nVillagers said the shells landed on slopes a few "
            "hundred metres from houses. Several families left for relatives in the town "
            "overnight, fearing more bombardment.\n\nIran's Revolutionary Guards have for years "
            "shelled the border areas of Penjwen and Sidakan, saying they target Iranian "
            "Kurdish opposition groups that Tehran describes as \"terrorist\". In 2022, Iranian "
            "missiles and drones struck the camps of Kurdish parties near Koya, killing more "
            "than a dozen people.\n\nUnder a security agreement signed in 2023, Baghdad and "
            "Erbil committed to disarming the Iranian Kurdish groups and moving them away from "
            "the border. Iranian officials have since said the deal has not been fully "
            "implemented.\n\nThe Kurdistan Region's interior ministry did not immediately "
            "comment on Tuesday's shelling.",
            "2026-05-20", (Gold(E, "Penjwen", "2026-05-19", 0),)),
    # Shafaq News English. Hard: the attackers are a range ("between six and eight") that is not a
    # toll; the dead are an officer and a soldier (no number); Daquq is named as background
    # geography; the same incident is reported in Arabic below with a higher toll.
    Article("en",
            "ISIS attack kills Iraqi army officer, soldier in Kirkuk's Wadi al-Shay\n\nShafaq "
            "News/ An Iraqi army officer and a soldier were killed, and three other soldiers "
            "were wounded, when ISIS remnants attacked a military post in Wadi al-Shay, "
            "southwest of Kirkuk, late on Saturday, a security source said.\n\nThe source told "
            "Shafaq News Agency that the militants, estimated at between six and eight, "
            "approached the post from the direction of the valley's orchards at around 11 pm "
            "and opened fire with medium weapons, sparking a clash that lasted nearly an "
            "hour.\n\n\"A second lieutenant and a soldier were killed in the exchange of fire, "
            "and three soldiers were wounded and taken to Kirkuk General Hospital,\" the source "
            "said, adding that the attackers withdrew toward the foothills before "
            "reinforcements arrived.\n\nArmy units, backed by the Popular Mobilization Forces "
            "(PMF), launched a search operation in the area at dawn on Sunday.\n\nWadi al-Shay, "
            "a rugged valley that runs between Kirkuk and the Daquq district, has long served "
            "as a hideout for ISIS cells because of its dense vegetation and its position on "
            "the seam between the areas held by federal forces and the Kurdish "
            "Peshmerga.\n\nLocal officials in Kirkuk have repeatedly warned of the security "
            "gaps in the area and called for the joint brigades agreed upon by Baghdad and "
            "Erbil to be deployed there.",
            "2026-03-22", (Gold(B, "Wadi al-Shay", "2026-03-21", 2),)),
    # The New Region. Hard: casualty update published two days later (toll rose from two to four;
    # the incident keeps its Thursday date); Tikrit hospital named as a place that is not the
    # incident's; a 2025 Hamrin attack as background.
    Article("en",
            "Death toll from Hamrin roadside bomb rises to four\n\nThe New Region – Two more "
            "Iraqi soldiers have died of wounds sustained in Thursday's roadside bomb attack in "
            "the Hamrin mountains, bringing the death toll to four, a military source told The "
            "New Region on Saturday.\n\nThe bomb struck a Humvee belonging to an army division "
            "during a clearance operation in a valley of the Hamrin range, which straddles the "
            "provinces of Kirkuk, Salahaddin and Diyala. Two soldiers were killed instantly and "
            "three were wounded in the blast.\n\n\"Two of the wounded succumbed to their "
            "injuries at the military hospital in Tikrit late on Friday. The third is in stable "
            "condition,\" the source said, speaking on condition of anonymity.\n\nThe Iraqi "
            "army's command in the area said in a brief statement that the operation was "
            "continuing and that engineering teams had since cleared several other devices "
            "planted along the same track.\n\nThe Hamrin mountains have remained one of the "
            "main refuges of ISIS remnants since the group's territorial defeat in 2017. The "
            "rugged terrain, caves and sparse population make the range difficult to secure, "
            "and the militants have repeatedly used it to launch attacks on the surrounding "
            "towns. In 2025, an ambush in the range killed several soldiers, including an "
            "officer.\n\nKurdish officials say the lack of coordination between the Iraqi army "
            "and the Peshmerga along the disputed areas has allowed the militants to move "
            "between the two sides' lines.",
            "2026-06-13", (Gold(E, "Hamrin Mountains", "2026-06-11", 4),)),
    # AFP. No event: 12th anniversary of the 2014 Sinjar attack; mass-grave exhumations, a "Turkish
    # drone strike last year" and the camps are all background; many numbers.
    Article("en",
            "Yazidis mark 12 years since IS onslaught on Sinjar\n\nSINJAR, Iraq (AFP) - "
            "Hundreds of Yazidis gathered on Monday at a memorial on the slopes of Mount Sinjar "
            "to mark 12 years since the Islamic State group swept into their homeland, killing "
            "and enslaving thousands in what the United Nations has recognised as a "
            "genocide.\n\nWomen in white headscarves carried portraits of missing relatives as "
            "the names of the dead were read out. \"Every year we come here and every year "
            "there are still mothers who do not know where their daughters are,\" said a "
            "47-year-old woman from the village of Kocho, who lost her husband and two sons in "
            "August 2014.\n\nAccording to Yazidi organisations, more than 2,600 Yazidis remain "
            "missing. Iraqi teams, working with UN investigators, have exhumed dozens of mass "
            "graves around Sinjar, and the remains of hundreds of victims have been identified "
            "and returned to their families.\n\nTwelve years on, much of the district remains "
            "in ruins and more than 200,000 Yazidis still live in displacement camps in the "
            "Kurdistan region, aid groups say.\n\nMany say they are afraid to return to a "
            "district where rival armed groups vie for control, and where a Turkish drone "
            "strike last year killed members of a local Yazidi force. A 2020 agreement between "
            "Baghdad and Erbil to restore a single administration in Sinjar has yet to be "
            "implemented.\n\n\"We were promised reconstruction, compensation and security. We "
            "got speeches,\" said a young activist at the ceremony.",
            "2026-08-03", ()),
    # Xinhua. Hard: roundup of two incidents on the same day (an air strike on a hideout in Wadi
    # Zghaytoun near Hawija, an attack on an outpost near Shirqat); distances as numbers; Xinhua's
    # boilerplate background paragraph on 2017.
    Article("en",
            "Iraqi airstrike kills 5 IS militants in Kirkuk\n\nBAGHDAD, July 8 (Xinhua) -- "
            "Iraqi warplanes killed five Islamic State (IS) militants in an airstrike on their "
            "hideout in the country's northern province of Kirkuk, the Iraqi military said on "
            "Wednesday.\n\nActing on intelligence information, Iraqi F-16 fighter jets on "
            "Tuesday pounded an IS hideout in the area of Wadi Zghaytoun near the town of "
            "Hawija, some 55 km southwest of the provincial capital Kirkuk, killing five IS "
            "militants, the Security Media Cell said in a statement.\n\nA ground force later "
            "searched the site and found the bodies of the militants, along with weapons and "
            "explosive belts, the statement said.\n\nIn a separate incident, an Iraqi soldier "
            "was killed and another wounded when IS militants attacked an army outpost near the "
            "town of Shirqat in Salahudin province on Tuesday night, a provincial police source "
            "told Xinhua on condition of anonymity.\n\nThe security situation in Iraq has "
            "improved since Iraqi security forces fully defeated IS militants across the "
            "country in late 2017. However, IS remnants have since melted into urban centers, "
            "deserts and rugged areas, carrying out frequent guerilla attacks against security "
            "forces and civilians.",
            "2026-07-08", (Gold(E, "Hawija", "2026-07-07", 5),
                           Gold(B, "Shirqat", "2026-07-07", 1))),
    # Al-Monitor. No event: analysis of the joint brigades and the six coordination centres; the
    # June Hamrin bomb, the March Wadi al-Shay attack and the May Amerli attack are cited as
    # background with dates and tolls.
    Article("en",
            "Baghdad-Erbil joint brigades still on paper as IS exploits disputed "
            "areas\n\nIraq's federal government and the Kurdistan Regional Government agreed "
            "more than three years ago to form joint brigades of Iraqi army and Peshmerga "
            "troops to police the gaps between their lines in the disputed territories. On the "
            "ground, residents of Kirkuk, Makhmour and Diyala say little has changed.\n\nTwo of "
            "the planned brigades have been formed, according to officials in both capitals, "
            "but only one has been deployed in full, and the six joint coordination centres "
            "that were supposed to share intelligence along the line stretching from Khanaqin "
            "to Rabia meet irregularly, a Peshmerga officer told Al-Monitor.\n\n\"The centres "
            "exist, the offices exist, the flags are up. But when something happens at night, "
            "the army calls its people and we call ours,\" he said, asking not to be named "
            "because he was not authorized to speak to the media.\n\nThe cost of that gap has "
            "been visible this year. In March, militants killed an army officer and soldiers at "
            "a post in Wadi al-Shay, southwest of Kirkuk. In May, an attack on a Popular "
            "Mobilization Forces position near Amerli killed a fighter. And on June 11, a "
            "roadside bomb in the Hamrin mountains killed four soldiers, the deadliest single "
            "attack in the area in months.\n\nAn Iraqi Defense Ministry official said the "
            "delays were \"technical and financial,\" pointing to disputes over the brigades' "
            "salaries and command structure. Kurdish officials counter that Baghdad has been "
            "reluctant to allow Peshmerga units back into areas they left in October 2017, when "
            "federal forces retook Kirkuk after the Kurdish independence "
            "referendum.\n\nAnalysts say the militants, whose numbers are estimated by Iraqi "
            "officials at a few hundred fighters, have learned to operate precisely in the no "
            "man's land between the two forces. \"They do not need to hold territory. They only "
            "need the seams,\" said a researcher in Erbil who follows the insurgency.\n\nThe "
            "US-led coalition, which for years provided air support and intelligence, has "
            "scaled down its role, leaving the two Iraqi forces to close those seams on their "
            "own.",
            "2026-06-30", ()),
    # Reuters. No event: a court verdict on a 2024 bombing in Kirkuk (toll of the old attack given);
    # an acquittal; a second old case in the background.
    Article("en",
            "Iraqi court sentences man to death over 2024 Kirkuk bombing\n\nBAGHDAD, April 28 "
            "(Reuters) - An Iraqi criminal court sentenced a man to death on Tuesday after "
            "convicting him of planting a bomb that killed three people at a market in the "
            "northern city of Kirkuk in 2024, the country's Supreme Judicial Council "
            "said.\n\nThe Kirkuk criminal court found the defendant guilty under Iraq's "
            "anti-terrorism law of belonging to Islamic State and of planting an explosive "
            "device in a crowded market in the south of the city, the council said in a "
            "statement. Two other defendants in the same case were acquitted for lack of "
            "evidence.\n\nThe council said the convicted man had confessed to the charges and "
            "that his confession was supported by \"technical evidence and witness testimony\". "
            "His lawyer could not be reached for comment. The verdict can be appealed.\n\nIraqi "
            "courts have handed down hundreds of death sentences on terrorism charges since the "
            "defeat of Islamic State in 2017. Human rights groups have criticised the trials as "
            "hasty and say many convictions rely on confessions obtained under duress, an "
            "accusation the Iraqi authorities reject.\n\nIn a separate case last month, a court "
            "in Baghdad sentenced two men to life imprisonment over an attack on a checkpoint "
            "near Tuz Khurmatu in 2023 that killed two policemen.\n\n(Reporting by Baghdad "
            "newsroom; Editing by Middle East desk)",
            "2026-04-28", ()),
    # The National. Hard: "late on Friday" against a Sunday publication; rockets fell near the base
    # and in a field, "no casualties"; Erbil airport attacks and the coalition's relocation are
    # background; Shaqlawa named as the district.
    Article("en",
            "Rockets land near Harir air base in Iraq's Kurdistan region\n\nThree rockets "
            "landed near the Harir air base in northern Iraq's Kurdistan region late on Friday, "
            "local officials said, in the first attack on the facility this year.\n\nOne of the "
            "rockets fell inside the perimeter of the base, which hosts Kurdish and foreign "
            "forces, and the other two landed in farmland near a village on the road to "
            "Shaqlawa, the mayor of the Harir subdistrict told The National. \"There were no "
            "casualties. One of the rockets damaged an irrigation pump, that is all,\" he "
            "said.\n\nThe Kurdistan Region's counter-terrorism directorate said in a statement "
            "on Saturday that the rockets had been fired from an area outside the region's "
            "borders and that an investigation was under way. It did not say who it believed "
            "was responsible.\n\nHarir, about 70 kilometres north-east of Erbil, has hosted "
            "US-led coalition troops since the war against ISIS. Under an agreement between "
            "Washington and Baghdad, the coalition has been drawing down its presence in "
            "federal Iraq and consolidating its remaining forces in the Kurdistan "
            "region.\n\nErbil International Airport and bases hosting coalition troops were "
            "targeted dozens of times by rockets and drones in 2023 and 2024, attacks claimed "
            "by or attributed to Iran-aligned armed groups. The attacks largely stopped after a "
            "truce announced by the main factions.\n\nIraq's government has not commented on "
            "Friday's attack.",
            "2026-09-06", (Gold(E, "Harir", "2026-09-04", 0),)),
    # Middle East Eye. Hard: a kidnapping on Wednesday whose victim was found dead on Friday (one V
    # event on the kidnapping day, one death); two shepherds released; long background on the
    # Makhmour camp, Turkish strikes and the security vacuum.
    Article("en",
            "Iraq: IS kidnaps shepherds near Makhmour as security vacuum persists\n\nSuspected "
            "Islamic State fighters abducted three shepherds in the Qarachogh mountain area "
            "near the town of Makhmour on Wednesday, killing one of them and freeing the other "
            "two after their families paid a ransom, relatives and local officials told Middle "
            "East Eye.\n\nThe body of the third man, a 34-year-old father of four, was found on "
            "Friday morning in a ravine a few kilometres from where the three had been grazing "
            "their flocks, a relative said. He had been shot in the head.\n\n\"They came on "
            "motorcycles, four or five of them, with their faces covered. They took the men and "
            "more than a hundred sheep,\" said the relative, who asked not to be named for fear "
            "of reprisals. \"Two came back on Thursday night after we paid. The third, they "
            "said he had worked with the army.\"\n\nA security official in Makhmour confirmed "
            "the kidnapping and the killing, and said that army units had begun a search of the "
            "valleys on the southern slopes of Qarachogh.\n\nMakhmour lies on one of the most "
            "fragile stretches of the line that separates federal Iraqi forces from the Kurdish "
            "Peshmerga. Kurdish forces withdrew from much of the district in October 2017, and "
            "the army units that replaced them have struggled to hold the mountain, which "
            "overlooks the plain and the road to Erbil.\n\nThe district is also home to a camp "
            "of Kurdish refugees from Turkey that Ankara says is a base for the Kurdistan "
            "Workers' Party (PKK). Turkish drones have struck the camp and its surroundings "
            "several times over the past years.\n\nFarmers in the villages around Qarachogh say "
            "the overlapping conflicts have left them with nobody to turn to. \"The army says "
            "it is the Peshmerga's area, the Peshmerga say it is the army's. Meanwhile we are "
            "the ones who pay,\" said a village mukhtar.",
            "2026-05-02", (Gold(V, "Qarachogh", "2026-04-29", 1),)),
    # Kurdistan24 English. No event: denial of reported clashes between the Peshmerga and the Iraqi
    # army near Makhmour and Gwer, calling them fabricated; a coordination meeting.
    Article("en",
            "Peshmerga ministry denies reports of clashes with Iraqi army near "
            "Makhmour\n\nERBIL (Kurdistan24) – The Kurdistan Region's Ministry of Peshmerga "
            "Affairs on Monday denied reports circulating on social media of armed clashes "
            "between Peshmerga forces and the Iraqi army near Makhmour and Gwer, describing "
            "them as \"completely fabricated\".\n\n\"No incident of any kind took place between "
            "the Peshmerga and our brothers in the Iraqi army. Relations between the two forces "
            "are good and coordination is ongoing,\" the ministry said in a statement.\n\nThe "
            "statement called on media outlets and social media users \"not to spread rumours "
            "that serve the enemies of Iraq and the Kurdistan Region,\" and to rely on official "
            "sources.\n\nSeveral pages on social media had claimed on Sunday that an exchange "
            "of fire broke out at a checkpoint between the two towns and that several soldiers "
            "had been wounded. A spokesman for the Iraqi Joint Operations Command also denied "
            "the reports in comments to Kurdistan24.\n\nThe denial came a day after officers "
            "from both sides met at the joint coordination centre in Makhmour to discuss the "
            "deployment of the joint brigades and the closing of security gaps exploited by "
            "ISIS remnants in the area.",
            "2026-07-27", ()),
    # AP. Hard: tribal clash (B) with a range toll "between two and four"; a land dispute as cause;
    # police curfew; an older tribal clash in Hawija as background.
    Article("en",
            "Tribal clash over farmland kills at least 2 in northern Iraq\n\nKIRKUK, Iraq (AP) "
            "— Fighting between two rival clans over a plot of farmland in the town of Dibis, "
            "northwest of the city of Kirkuk, killed between two and four people on Friday, "
            "according to conflicting accounts from police and health officials.\n\nA police "
            "officer said the clash began in the afternoon when members of one clan arrived "
            "with a tractor to plough a field that the other claims as its own. Within minutes, "
            "men on both sides had brought out assault rifles and the shooting spread to nearby "
            "homes, he said.\n\nA health official in Kirkuk said at least seven people were "
            "wounded and taken to hospitals in Dibis and Kirkuk. The officials spoke on "
            "condition of anonymity because they were not authorized to brief "
            "reporters.\n\nPolice and army reinforcements were sent to the town and a curfew "
            "was imposed overnight. Tribal elders were trying to negotiate a truce on Saturday, "
            "the police officer said.\n\nTribal disputes over land, water and honor frequently "
            "turn deadly in Iraq, where weapons are widespread. Last year, a similar dispute in "
            "the Hawija area of Kirkuk province left three people dead.\n\nIraq's government "
            "has launched campaigns to buy back weapons from citizens and register them, but "
            "the effort has made little progress in rural areas.",
            "2026-10-10", (Gold(B, "Dibis", "2026-10-09", 2),)),
    # Rudaw English. Hard: the CTS statement is dated (Tuesday) but the arrest is "in recent days"
    # (date unknown); the suspect's role in past attacks (Daquq, 2024) is background.
    Article("en",
            "CTS arrests senior ISIS official in Kirkuk\n\nERBIL, Kurdistan Region (Rudaw) — "
            "Iraq's Counter-Terrorism Service (CTS) said on Tuesday that it had arrested a "
            "senior ISIS official in the city of Kirkuk, accusing him of planning attacks on "
            "security forces in the province.\n\nThe suspect, described as the group's \"wali\" "
            "of Kirkuk, was captured in an operation carried out in recent days \"based on "
            "accurate intelligence information and after careful monitoring,\" the CTS said in "
            "a statement, without saying exactly when or in which neighbourhood the operation "
            "took place.\n\nAccording to the statement, the man was involved in planning "
            "several attacks on army and police posts, including a bombing near Daquq in 2024, "
            "and was in charge of moving fighters and funds between the Hamrin mountains and "
            "the Kirkuk belt.\n\nA Kirkuk security official told Rudaw English that the arrest "
            "was \"an important blow\" to ISIS cells in the province, but warned that the group "
            "had \"many small cells that work independently\".\n\nThe CTS and Iraqi "
            "intelligence agencies regularly announce the arrest of ISIS suspects in the "
            "disputed areas. The group no longer holds territory in Iraq but keeps up a "
            "low-level insurgency in rural areas.",
            "2026-02-25", (Gold(S, "Kirkuk", None, None),)),
    # Shafaq News English. Hard: a monthly tally (August: attacks, dead, wounded across several
    # provinces; not events) and, in the last paragraphs, a new incident on Monday: a sniper killed
    # a soldier near Sulaiman Bek.
    Article("en",
            "ISIS attacks in Iraq's disputed areas fall in August: security data\n\nShafaq "
            "News/ ISIS attacks in Iraq's disputed territories fell in August compared with the "
            "previous month, according to data compiled by Shafaq News Agency from security "
            "sources and official statements.\n\nThe data showed 11 attacks across the "
            "provinces of Kirkuk, Salahuddin, Diyala and Nineveh during August, down from 17 in "
            "July. The attacks killed nine people, including six members of the security "
            "forces, and wounded 14 others.\n\nKirkuk recorded the highest number of attacks, "
            "at four, most of them in the Wadi al-Shay area and the countryside of Daquq and "
            "Hawija, followed by Diyala with three, mainly on the outskirts of Khanaqin and "
            "Jalawla.\n\nA security expert told Shafaq News that the drop reflected intensified "
            "air strikes and search operations in the Hamrin mountains during the summer, but "
            "warned that ISIS \"usually returns in autumn, when the vegetation gives it "
            "cover\".\n\nMeanwhile, a security source in Salahuddin said on Tuesday that an "
            "Iraqi army soldier was killed by ISIS sniper fire on Monday evening while on duty "
            "at a watchtower near Sulaiman Bek, east of Tuz Khurmatu.\n\nThe source said the "
            "shot came from the direction of the Hamrin foothills and that army units combed "
            "the area afterwards without finding the sniper.",
            "2026-09-01", (Gold(B, "Sulaiman Bek", "2026-08-31", 1),)),
    # Shafaq News Arabic. Hard: the same Wadi al-Shay attack as the English Shafaq item, with a
    # later toll (a wounded soldier died this morning: three dead); "مساء أمس السبت"; "استشهاد".
    Article("ar",
            "ارتفاع حصيلة هجوم داعش في وادي الشاي جنوب غربي كركوك إلى ثلاثة شهداء\n\nشفق نيوز/ "
            "أفاد مصدر أمني في محافظة كركوك، اليوم الأحد، بارتفاع حصيلة الهجوم الذي شنه عناصر "
            "من تنظيم داعش على نقطة للجيش العراقي في منطقة وادي الشاي جنوب غربي المحافظة، مساء "
            "أمس السبت، إلى ثلاثة شهداء.\n\nوقال المصدر لوكالة شفق نيوز، إن \"مفرزة من بقايا "
            "داعش هاجمت نقطة مراقبة تابعة للجيش في وادي الشاي بالأسلحة المتوسطة، ما أدى إلى "
            "اندلاع اشتباك استمر قرابة ساعة، أسفر عن استشهاد ضابط برتبة ملازم ثان وجندي وإصابة "
            "ثلاثة آخرين\".\n\nوأضاف أن \"أحد الجرحى فارق الحياة صباح اليوم متأثراً بجراحه في "
            "مستشفى كركوك العام، لترتفع الحصيلة إلى ثلاثة شهداء وجريحين\".\n\nوأشار إلى أن "
            "\"قطعات من الجيش والحشد الشعبي باشرت فجر اليوم بعملية تفتيش واسعة في الوادي "
            "والبساتين المحيطة به بحثاً عن المهاجمين الذين انسحبوا باتجاه المناطق "
            "الوعرة\".\n\nويُعد وادي الشاي، الممتد بين كركوك وقضاء داقوق، من أبرز المناطق التي "
            "تتخذها خلايا داعش ملاذاً لها، بسبب كثافة البساتين ووعورة التضاريس ووقوعه ضمن مناطق "
            "الفراغ الأمني بين القوات الاتحادية وقوات البيشمركة.",
            "2026-03-22", (Gold(B, "Wadi al-Shay", "2026-03-21", 3),)),
    # INA. Hard: Security Media Cell statement with Arabic-Indic digits (٤ إرهابيين, F-16); "فجر
    # اليوم الأربعاء"; Hatra desert; the strike count of "وكرين" is not a toll.
    Article("ar",
            "خلية الإعلام الأمني: مقتل ٤ إرهابيين بضربة جوية في صحراء الحضر\n\nبغداد – "
            "واع\n\nأعلنت خلية الإعلام الأمني، اليوم الأربعاء، مقتل ٤ إرهابيين بضربة جوية "
            "نفذتها طائرات القوة الجوية في صحراء الحضر جنوب غربي محافظة نينوى.\n\nوذكرت الخلية "
            "في بيان تلقته وكالة الأنباء العراقية (واع)، أنه \"بناءً على معلومات استخبارية "
            "دقيقة لمديرية الاستخبارات العسكرية، وبعد متابعة ورصد مستمرين، نفذت طائراتنا من نوع "
            "F-16 فجر اليوم الأربعاء ضربة جوية استهدفت وكرين لعصابات داعش الإرهابية في صحراء "
            "الحضر\".\n\nوأضاف البيان أن \"الضربة أسفرت عن تدمير الوكرين ومقتل ٤ إرهابيين\"، "
            "مبيناً أن \"قوة من قيادة عمليات نينوى تقدمت إلى مكان الضربة وعثرت على جثث "
            "الإرهابيين وأسلحة وأحزمة ناسفة\".\n\nوأكدت الخلية أن \"العمليات مستمرة لملاحقة "
            "بقايا العصابات الإرهابية في جميع المناطق حتى تطهيرها بشكل كامل\".",
            "2026-06-24", (Gold(E, "Hatra", "2026-06-24", 4),)),
    # Alsumaria. Hard: wounded only (two farmers), no deaths reported; an old IS device ("من مخلفات
    # داعش") under a tractor; "صباح اليوم الأحد"; Daquq district and a village not in the gazetteer.
    Article("ar",
            "إصابة مزارعين اثنين بانفجار عبوة ناسفة جنوبي كركوك\n\nالسومرية نيوز/ كركوك\nأفاد "
            "مصدر أمني في محافظة كركوك، صباح اليوم الأحد، بإصابة مزارعين اثنين بانفجار عبوة "
            "ناسفة من مخلفات عصابات داعش في قضاء داقوق جنوبي المحافظة.\n\nوقال المصدر للسومرية "
            "نيوز، إن \"عبوة ناسفة قديمة انفجرت على جرار زراعي أثناء حراثة أرض زراعية في قرية "
            "تابعة لناحية الرشاد بقضاء داقوق، ما أسفر عن إصابة مزارعين اثنين بجروح متفاوتة نقلا "
            "على إثرها إلى المستشفى\".\n\nوأضاف المصدر أن \"القوات الأمنية طوقت المكان وحضرت "
            "فرق الجهد الهندسي لتفتيش الأراضي المجاورة خشية وجود عبوات أخرى\".\n\nوتعاني مناطق "
            "جنوب وغرب كركوك من انتشار العبوات والمقذوفات غير المنفلقة التي خلفها تنظيم داعش "
            "خلال سيطرته على تلك المناطق بين عامي 2014 و2017، والتي لا تزال تحصد أرواح المدنيين "
            "بين الحين والآخر.",
            "2026-07-19", (Gold(E, "Daquq", "2026-07-19", None),)),
    # Baghdad Today. Hard: dual number (راعيين) with no digit; "مساء أمس الأحد"; the killers took
    # the sheep; a village "تابعة لناحية جلولاء"; Khanaqin as the district.
    Article("ar",
            "مسلحون يقتلون راعيين ويستولون على أغنامهما قرب جلولاء\n\nبغداد اليوم - "
            "ديالى\n\nكشف مصدر أمني في محافظة ديالى، اليوم الاثنين، عن مقتل راعيين على يد "
            "مسلحين مجهولين في أطراف ناحية جلولاء التابعة لقضاء خانقين شمال شرقي "
            "المحافظة.\n\nوقال المصدر لـ\"بغداد اليوم\"، إن \"مسلحين يُرجح انتماؤهم لتنظيم داعش "
            "أطلقوا النار مساء أمس الأحد على راعيين أثناء رعيهما الأغنام في منطقة زراعية تابعة "
            "لناحية جلولاء، ما أدى إلى مقتلهما في الحال، قبل أن يستولوا على قطيع الأغنام "
            "ويلوذوا بالفرار إلى جهة مجهولة\".\n\nوأضاف أن \"قوة أمنية وصلت إلى المكان ونقلت "
            "الجثتين إلى دائرة الطب العدلي، فيما انطلقت عملية تفتيش في البساتين والمناطق "
            "المحيطة بحثاً عن الجناة\".\n\nوتشهد المناطق المحاذية لسلسلة جبال حمرين في ديالى "
            "بين فترة وأخرى هجمات تستهدف الرعاة والمزارعين، وسط مطالبات محلية بتعزيز الانتشار "
            "الأمني وسد الثغرات بين القطعات.",
            "2026-02-09", (Gold(V, "Jalawla", "2026-02-08", 2),)),
    # 964. Hard: Turkish drone strike near Sinuni; "ظهر اليوم"; the dead man's affiliation disputed
    # (YBŞ vs civilian); the wounded count as a number word; earlier strikes in Sinjar as
    # background.
    Article("ar",
            "مسيرة تركية تقصف سيارة قرب سنوني.. قتيل وجريحان\n\n964\n\nقصفت طائرة مسيرة تركية، "
            "ظهر اليوم الأربعاء، سيارة على الطريق الرابط بين ناحية سنوني ومجمع خانصور شمال قضاء "
            "سنجار غربي نينوى، ما أسفر عن مقتل شخص وإصابة اثنين آخرين، بحسب مصادر "
            "محلية.\n\nوقال مسؤول محلي في سنوني لشبكة 964، إن \"الطائرة استهدفت السيارة "
            "بصاروخين أثناء مرورها قرب أحد المجمعات السكنية، وقتل سائقها على الفور فيما نقل "
            "الجريحان إلى مستشفى سنجار\".\n\nوأضاف أن \"القتيل من أهالي المنطقة، ولا نعرف إن "
            "كان ينتمي إلى وحدات مقاومة سنجار\"، فيما قالت صفحات مقربة من الوحدات إن "
            "\"المستهدفين مدنيون\".\n\nولم يصدر تعليق فوري من وزارة الدفاع التركية، التي تعلن "
            "بشكل دوري عن \"تحييد\" عناصر من حزب العمال الكردستاني في شمال العراق.\n\nوتعرضت "
            "مناطق في قضاء سنجار لعدة ضربات تركية خلال السنوات الماضية، أوقعت قتلى بين عناصر "
            "الوحدات ومدنيين، في ظل صراع على إدارة القضاء لم يحسمه اتفاق سنجار الموقع بين بغداد "
            "وأربيل عام 2020.",
            "2026-08-19", (Gold(E, "Sinuni", "2026-08-19", 1),)),
    # Al-Mada. Hard: long roundup with analysis: an IED on a police patrol in Al-Abbasi (wounded
    # only, "يوم أمس الأحد") and an attack on a PMF post near Amerli ("فجر اليوم", one killed);
    # background on the security vacuum and an MP's statement.
    Article("ar",
            "هجومان لداعش في كركوك وصلاح الدين خلال 24 ساعة.. ومطالبات بسد الفراغ "
            "الأمني\n\nالمدى/ كركوك\n\nشهدت محافظتا كركوك وصلاح الدين خلال الساعات الأربع "
            "والعشرين الماضية هجومين لخلايا تنظيم داعش، في تصعيد جديد يعيد إلى الواجهة الحديث "
            "عن الثغرات الأمنية في المناطق المتنازع عليها.\n\nوقال مصدر في شرطة كركوك "
            "لـ(المدى)، إن \"عبوة ناسفة انفجرت يوم أمس الأحد على دورية للشرطة الاتحادية على "
            "طريق ترابي قرب ناحية العباسي التابعة لقضاء الحويجة غربي كركوك، ما أدى إلى إصابة "
            "ثلاثة من منتسبي الدورية بجروح، ووصفت حالة أحدهم بالحرجة\".\n\nوفي صلاح الدين، أفاد "
            "مصدر أمني بأن \"عناصر من داعش هاجموا فجر اليوم الاثنين نقطة للحشد الشعبي في أطراف "
            "ناحية آمرلي التابعة لقضاء طوزخورماتو، بالأسلحة الخفيفة والقناصات، ما أسفر عن "
            "استشهاد أحد المقاتلين قبل أن ينسحب المهاجمون باتجاه سلسلة جبال حمرين\".\n\nويرى "
            "مراقبون أن تكرار الهجمات في المنطقة الممتدة من الحويجة إلى طوزخورماتو يعود إلى "
            "\"غياب التنسيق الفعلي\" بين القوات الاتحادية والبيشمركة، رغم الإعلان عن تشكيل "
            "الألوية المشتركة ومراكز التنسيق الستة.\n\nوقال نائب عن محافظة كركوك لـ(المدى)، إن "
            "\"الحديث عن الألوية المشتركة ما زال حبراً على ورق، والمواطن في القرى هو من يدفع "
            "الثمن\"، داعياً القائد العام للقوات المسلحة إلى \"مراجعة الخطط الأمنية في المناطق "
            "المحاذية لحمرين\".\n\nيذكر أن المنطقة ذاتها شهدت خلال الأشهر الماضية هجمات عدة، "
            "أبرزها هجوم وادي الشاي في آذار الماضي الذي أودى بحياة ضابط وجنديين.",
            "2026-05-11", (Gold(E, "Al-Abbasi", "2026-05-10", None),
                           Gold(B, "Amerli", "2026-05-11", 1))),
    # Kurdistan24 Arabic. Hard: a drone that exploded near Erbil International Airport "ليلة أمس
    # الجمعة"; "دون وقوع خسائر بشرية"; air defence claim of a second drone downed (part of the same
    # attack); Harir and 2024 attacks as background.
    Article("ar",
            "انفجار طائرة مسيرة في محيط مطار أربيل الدولي دون خسائر بشرية\n\nكوردستان24 – "
            "أربيل\n\nأعلنت مديرية مكافحة الإرهاب في إقليم كوردستان، اليوم السبت، أن طائرة "
            "مسيرة مفخخة سقطت وانفجرت في محيط مطار أربيل الدولي ليلة أمس الجمعة، دون أن تسفر عن "
            "وقوع خسائر بشرية.\n\nوذكرت المديرية في بيان، أن \"طائرتين مسيرتين مفخختين استهدفتا "
            "محيط المطار عند الساعة الحادية عشرة والنصف من ليلة أمس، تمكنت منظومة الدفاع الجوي "
            "التابعة للتحالف الدولي من إسقاط إحداهما، فيما سقطت الأخرى وانفجرت في أرض خالية قرب "
            "السياج الخارجي للمطار\".\n\nوأضاف البيان أن \"الهجوم لم يسفر عن أي خسائر بشرية أو "
            "مادية تذكر، وحركة الملاحة الجوية مستمرة بشكل طبيعي\".\n\nودانت حكومة إقليم "
            "كوردستان الهجوم، ووصفته بأنه \"عمل إرهابي جبان يستهدف أمن واستقرار الإقليم\"، "
            "مطالبة الحكومة الاتحادية بالكشف عن الجهات التي تقف وراءه.\n\nوسبق أن تعرض مطار "
            "أربيل الدولي وقاعدة حرير لعشرات الهجمات بالصواريخ والطائرات المسيرة خلال عامي 2023 "
            "و2024، تبنت أغلبها فصائل مسلحة موالية لإيران.",
            "2026-10-03", (Gold(E, "Erbil International Airport", "2026-10-02", 0),)),
    # Rudaw Arabic. Hard: a deployment (S) of a joint army-Peshmerga brigade in Makhmour today,
    # mixed with statements on the six coordination centres and future deployments (plans).
    Article("ar",
            "بدء انتشار لواء مشترك من الجيش والبيشمركة في مخمور\n\nروداو - أربيل\n\nبدأت قوات "
            "من اللواء المشترك الأول المؤلف من الجيش العراقي وقوات البيشمركة، اليوم الاثنين، "
            "بالانتشار في المناطق الفاصلة بين الجانبين في قضاء مخمور، في خطوة هي الأولى من "
            "نوعها منذ أحداث تشرين الأول 2017.\n\nوقال ضابط في وزارة شؤون البيشمركة لشبكة روداو "
            "الإعلامية، إن \"نحو 800 مقاتل من الجيش والبيشمركة انتشروا صباح اليوم في عدد من "
            "النقاط على سفوح جبل قرجوغ والقرى المحيطة به، تحت قيادة مشتركة\".\n\nوأضاف أن "
            "\"مهمة اللواء هي سد الثغرات الأمنية التي تستغلها خلايا داعش، وملاحقة تلك الخلايا "
            "في المنطقة الممتدة بين مخمور وكوير\".\n\nمن جانبه، قال المتحدث باسم قيادة العمليات "
            "المشتركة إن \"انتشار اللواء الثاني سيكون في مناطق جنوب غرب كركوك خلال الأشهر "
            "المقبلة\"، مشيراً إلى أن \"مراكز التنسيق المشتركة الستة ستتولى تبادل المعلومات بين "
            "الطرفين\".\n\nوكانت بغداد وأربيل قد اتفقتا على تشكيل ألوية مشتركة لحماية المناطق "
            "المتنازع عليها، إلا أن تنفيذ الاتفاق تأخر لأسباب مالية وإدارية.",
            "2026-04-06", (Gold(S, "Makhmour", "2026-04-06", None),)),
    # INA. No event: exhumation of a mass grave of Yazidi victims near Kocho in Sinjar; numbers of
    # remains and graves; "جريمة الإبادة" of 2014.
    Article("ar",
            "فريق من مؤسسة الشهداء يباشر بفتح مقبرة جماعية جديدة لضحايا داعش في سنجار\n\nنينوى "
            "– واع\n\nباشر فريق من دائرة شؤون وحماية المقابر الجماعية في مؤسسة الشهداء، اليوم "
            "الثلاثاء، بفتح مقبرة جماعية جديدة تضم رفات ضحايا من المكون الإيزيدي قرب قرية كوجو "
            "جنوب قضاء سنجار.\n\nوقال مدير الدائرة لوكالة الأنباء العراقية (واع)، إن \"الفريق "
            "بدأ أعمال الفتح بالتنسيق مع فريق التحقيق الأممي وقيادة عمليات غرب نينوى، ومن "
            "المتوقع أن تضم المقبرة رفات ما بين 20 و30 ضحية\"، مبيناً أن \"الرفات ستنقل إلى "
            "بغداد لإجراء فحوصات الحمض النووي ومطابقتها مع ذوي الضحايا\".\n\nوأضاف أن \"عدد "
            "المقابر التي جرى فتحها في سنجار منذ تحريرها بلغ أكثر من 90 مقبرة، فيما لا تزال "
            "عشرات المقابر بانتظار الفتح\".\n\nوكان تنظيم داعش قد ارتكب في آب 2014 جريمة إبادة "
            "جماعية بحق الإيزيديين في سنجار، راح ضحيتها آلاف القتلى والمختطفين.",
            "2026-03-10", ()),
    # Shafaq News Arabic. No event: political reactions on the joint brigades and the six
    # coordination centres; "هجوم الأسبوع الماضي" and the Hamrin bomb as background.
    Article("ar",
            "نائب كردي: مراكز التنسيق الستة بلا صلاحيات والألوية المشتركة لم تكتمل\n\nشفق نيوز/ "
            "انتقد عضو لجنة الأمن والدفاع النيابية عن الحزب الديمقراطي الكوردستاني، اليوم "
            "الأربعاء، تأخر استكمال الألوية المشتركة بين الجيش العراقي والبيشمركة، مؤكداً أن "
            "مراكز التنسيق الستة في المناطق المتنازع عليها \"تعمل بلا صلاحيات حقيقية\".\n\nوقال "
            "النائب لوكالة شفق نيوز، إن \"اتفاق تشكيل الألوية المشتركة وقع قبل أكثر من ثلاث "
            "سنوات، ولم يكتمل حتى الآن سوى لواءين، أحدهما فقط انتشر على الأرض\"، مضيفاً أن "
            "\"مراكز التنسيق في خانقين وكركوك ومخمور وربيعة وغيرها تجتمع بشكل متقطع ولا تملك "
            "قرار تحريك القطعات\".\n\nوأشار إلى أن \"هجوم الأسبوع الماضي، وقبله تفجير حمرين "
            "الذي راح ضحيته أربعة جنود، دليل على أن داعش يتحرك في الفراغ بين القوتين\".\n\nفي "
            "المقابل، قال عضو آخر في اللجنة عن الإطار التنسيقي إن \"الملف يسير وفق جدول زمني "
            "متفق عليه مع وزارة الدفاع\"، لافتاً إلى أن \"التأخير سببه الخلاف على تمويل رواتب "
            "عناصر البيشمركة في الألوية\".\n\nومن المقرر أن تعقد اللجنة العليا المشتركة بين "
            "بغداد وأربيل اجتماعاً الشهر المقبل لبحث استكمال تشكيل الألوية وتوسيع عمل مراكز "
            "التنسيق.",
            "2026-08-26", ()),
    # Baghdad Today. No event: a September tally for Kirkuk and Salahuddin in Arabic-Indic digits
    # (attacks, dead, wounded, arrests), and the places where they happened.
    Article("ar",
            "حصيلة أيلول: ١٣ هجوماً لداعش في كركوك وصلاح الدين و٨ قتلى\n\nبغداد اليوم - "
            "كركوك\n\nكشفت إحصائية أعدتها \"بغداد اليوم\" استناداً إلى مصادر أمنية وبيانات "
            "رسمية، اليوم الخميس، عن تسجيل ١٣ هجوماً لتنظيم داعش في محافظتي كركوك وصلاح الدين "
            "خلال شهر أيلول الماضي.\n\nوبحسب الإحصائية، فإن الهجمات أسفرت عن مقتل ٨ أشخاص، "
            "بينهم ٥ من منتسبي القوات الأمنية والحشد الشعبي، وإصابة ١٩ آخرين، فيما اعتقلت "
            "القوات الأمنية خلال الشهر ذاته ٢٧ متهماً بالانتماء للتنظيم.\n\nوتصدرت مناطق جنوب "
            "غرب كركوك، ولا سيما وادي الشاي وأطراف الرياض والعباسي، قائمة المناطق الأكثر "
            "استهدافاً، تلتها أطراف طوزخورماتو وآمرلي وبيجي في صلاح الدين.\n\nوقال خبير أمني "
            "لـ\"بغداد اليوم\"، إن \"ارتفاع الهجمات مقارنة بشهر آب أمر متوقع مع نهاية الصيف\"، "
            "محذراً من أن \"الأشهر المقبلة قد تشهد تصعيداً ما لم تحسم مسألة الألوية المشتركة\".",
            "2026-10-01", ()),
    # Shafaq News Arabic. Hard: clash near Qara Tapa "فجر اليوم"; two soldiers wounded and one
    # militant killed (the toll is the militant); Kifri and the Hamrin foothills named.
    Article("ar",
            "مقتل داعشي وإصابة جنديين باشتباك قرب قرة تبة شمالي ديالى\n\nشفق نيوز/ أفاد مصدر "
            "أمني في محافظة ديالى، اليوم الثلاثاء، بمقتل عنصر من تنظيم داعش وإصابة جنديين اثنين "
            "خلال اشتباك مسلح قرب ناحية قرة تبة شمالي المحافظة.\n\nوقال المصدر لوكالة شفق نيوز، "
            "إن \"قوة من الجيش العراقي رصدت فجر اليوم تحركاً لمفرزة من داعش في أحد الوديان "
            "القريبة من ناحية قرة تبة، واشتبكت معها بالأسلحة الخفيفة والمتوسطة لأكثر من نصف "
            "ساعة\".\n\nوأضاف أن \"الاشتباك أسفر عن مقتل أحد عناصر التنظيم وفرار البقية باتجاه "
            "سفوح حمرين، فيما أصيب جنديان بجروح طفيفة نقلا إلى مستشفى كفري\".\n\nوأشار المصدر "
            "إلى أن \"القوات عثرت في مكان الاشتباك على جثة الإرهابي وبندقية كلاشنكوف وجهاز "
            "اتصال لاسلكي\"، لافتاً إلى أن \"عمليات التفتيش ما زالت مستمرة\".\n\nوتقع ناحية قرة "
            "تبة ضمن المناطق المتنازع عليها بين بغداد وأربيل، وتشهد بين حين وآخر هجمات لخلايا "
            "التنظيم المتحصنة في سلسلة جبال حمرين.",
            "2026-09-15", (Gold(B, "Qara Tapa", "2026-09-15", 1),)),
)  # fmt: skip

#: An eighteenth batch written blind (28 reports, 15 en and 13 ar), held out and scored once
#: after the WIRE12 rules: en P 0.71 R 1.00 (location 0.92, date 0.92, fatalities 0.92), ar P
#: 0.82 R 0.82 (location 1.00, date 1.00, fatalities 0.89); the coder of a4c4e8b had en P
#: 0.73 R 0.92 (0.91, 0.91, 0.91), ar P 0.77 R 0.91 (1.00, 1.00, 0.90). Rules then: a
#: possessive weekday dates what it names; a drone circling; "the deadliest incident of the
#: month was"; لم يقع أي هجوم; ولم يقع ضحايا is none dead; dismantle, seize, defuse; a tribal
#: clash is a battle; بسقوط ٣ قذائف is shells; two kinds at two names in one sentence.
WIRE13: tuple[Article, ...] = (
    # AP. Long wire story: the ambush place is a valley (Wadi al-Shay), while Kirkuk (dateline,
    # hospital), the Hamrin mountains (escape route) and Daquq (a January bombing, background) are
    # also named; "late Tuesday" against a Wednesday publication; an officer among the dead.
    Article("en",
            "Islamic State ambush kills 3 Iraqi soldiers south of Kirkuk\n\nKIRKUK, Iraq (AP) — "
            "Islamic State militants ambushed an Iraqi army patrol in a rugged valley south of "
            "the northern city of Kirkuk late Tuesday, killing three soldiers, among them a "
            "lieutenant, and wounding two others, two security officials said Wednesday.\n\nThe "
            "patrol came under small-arms fire and rocket-propelled grenades as it moved along "
            "a dirt track in Wadi al-Shay, a maze of dry riverbeds, reeds and abandoned "
            "orchards that has sheltered remnants of the extremist group for years, the "
            "officials said. They spoke on condition of anonymity because they were not "
            "authorized to brief journalists.\n\nThe two wounded soldiers were taken to a "
            "hospital in Kirkuk, where one was in serious condition. The attackers pulled back "
            "toward the Hamrin mountains before reinforcements could reach the site, one of the "
            "officials said.\n\nNo one immediately claimed responsibility, but the ambush bore "
            "the hallmarks of IS, which keeps small cells in the rough terrain where the "
            "provinces of Kirkuk, Salahuddin and Diyala meet.\n\nIraq declared victory over IS "
            "in 2017 after three years of fighting, and the group's attacks have fallen sharply "
            "since. But its fighters continue to exploit gaps between Iraqi federal forces and "
            "the Kurdish peshmerga in a belt of territory claimed by both Baghdad and the "
            "semi-autonomous Kurdish region in the north.\n\nIn January, two police officers "
            "were killed when a roadside bomb struck their car on a highway near the town of "
            "Daquq, about 25 kilometers (15 miles) from the site of Tuesday's "
            "ambush.\n\nKirkuk's governor condemned the attack in a statement and urged the "
            "federal government to speed up the deployment of joint army-peshmerga brigades, "
            "which officials in both Baghdad and Irbil have said would close the gaps.\n\n\"At "
            "night these valleys belong to nobody,\" said Khalaf al-Obeidi, a tribal elder from "
            "a village on the edge of the valley. \"The army comes in the morning and leaves "
            "before sunset, and everybody here knows it.\"\n\nThe U.S.-led coalition, which is "
            "winding down its mission in federal Iraq, has carried out dozens of airstrikes in "
            "the area over the past decade.",
            "2026-03-11", (Gold(B, "Wadi al-Shay", "2026-03-10", 3),)),
    # Reuters. Short: the field has an operator, a district and an old deadly strike in the
    # background (four Yemeni workers, 2024); "No casualties were reported" is the only toll.
    Article("en",
            "Drone attack hits Iraqi Kurdistan's Khor Mor gas field, output cut - "
            "sources\n\nSULAIMANIYAH, Iraq, April 27 (Reuters) - A drone struck a storage "
            "facility at the Khor Mor gas field in Iraq's Kurdistan region on Sunday evening, "
            "forcing operators to halt part of the field's production, two security sources and "
            "an industry official said on Monday.\n\nNo casualties were reported, the sources "
            "said.\n\nKhor Mor, run by a consortium led by the UAE's Dana Gas and Crescent "
            "Petroleum, feeds power stations that generate much of the region's electricity. A "
            "spokesperson for the Kurdistan Regional Government's electricity ministry said the "
            "region had lost around 2,500 megawatts of supply within hours of the attack.\n\nNo "
            "group claimed responsibility.\n\nThe field, in the Chamchamal district between "
            "Kirkuk and Sulaimaniyah, has been targeted repeatedly by rockets and drones in "
            "recent years, including a strike in April 2024 that killed four Yemeni workers. "
            "Kurdish officials have in the past blamed Iran-aligned armed factions, which deny "
            "involvement.\n\nIraq's prime minister ordered an investigation, his office said in "
            "a statement.\n\n(Reporting by Dler Hawrami in Sulaimaniyah and Hamid Saleh in "
            "Baghdad; Editing by Peter Hollis)",
            "2026-04-27", (Gold(E, "Khor Mor gas field", "2026-04-26", 0),)),
    # Kurdistan24. Turkish drone strike near a subdistrict centre; the dead are described as
    # fighters of a PKK-linked group; hospital in Sinjar town, camps in Duhok and the 2020 Sinjar
    # agreement in the background; the incident is on the publication day.
    Article("en",
            "Turkish drone strike kills two near Sinjar's Sinuni\n\nERBIL (Kurdistan24) – Two "
            "people were killed on Tuesday afternoon when a Turkish drone targeted a vehicle on "
            "the road north of Sinuni, in the Sinjar district of Nineveh province, a local "
            "official told Kurdistan24.\n\nKhudeida Elias, an official in the Sinuni "
            "subdistrict administration, said the car was struck at around 3:30 pm near the "
            "entrance of the town. \"The two men inside were killed instantly, and the car was "
            "completely burned,\" he said, adding that their bodies were transferred to the "
            "hospital in Sinjar town.\n\nAccording to Elias, the two were members of the Sinjar "
            "Resistance Units (YBS), an armed group that Ankara considers an extension of the "
            "Kurdistan Workers' Party (PKK).\n\nThere was no immediate comment from the Turkish "
            "Ministry of National Defense, which regularly says its operations in the Kurdistan "
            "Region and northern Iraq target PKK positions and \"terrorists.\"\n\nTuesday's "
            "strike is the latest in a long series of Turkish attacks on Sinjar, where "
            "thousands of Yazidis remain displaced in camps in Duhok province more than a "
            "decade after the Islamic State's genocide against the community in August "
            "2014.\n\nThe Erbil–Baghdad agreement on Sinjar, signed in October 2020, called for "
            "the removal of armed groups from the district and the formation of a unified local "
            "administration, but it remains largely unimplemented.\n\nLocal officials say "
            "repeated drone strikes have discouraged families from returning. \"People ask us "
            "why they should rebuild their houses when drones are flying over their heads every "
            "week,\" Elias told Kurdistan24.",
            "2026-06-16", (Gold(E, "Sinuni", "2026-06-16", 2),)),
    # Shafaq News English. Casualty update: the bombing was on Sunday, the update on Tuesday; the
    # toll to code is the latest (four), the first toll (two) is also given; the wounded died in
    # Kirkuk, which must not become the place.
    Article("en",
            "Death toll from Tuz Khurmatu market bombing rises to four\n\nShafaq News/ The "
            "death toll from a motorcycle bomb that exploded in a crowded market in Tuz "
            "Khurmatu on Sunday evening has risen to four, after two more of the wounded died "
            "of their injuries, a medical source told Shafaq News on Tuesday.\n\nThe source "
            "said the two men, aged 19 and 46, had been transferred from Tuz General Hospital "
            "to Kirkuk Teaching Hospital with severe burns and shrapnel wounds. \"Nine people "
            "are still being treated, three of them in critical condition,\" he said.\n\nThe "
            "blast went off near the vegetable market in the center of the district, which lies "
            "in the east of Salahuddin province, killing two people on the spot and wounding "
            "eleven, according to the first toll issued by the district's health "
            "department.\n\nNo party has claimed responsibility. A police officer in Tuz said "
            "investigators believe the explosive charge was hidden in the motorcycle's fuel "
            "tank and detonated remotely.\n\nTuz Khurmatu, home to a mix of Turkmen, Kurds and "
            "Arabs, has long been one of the flashpoints of the dispute between Baghdad and "
            "Erbil over the territories covered by Article 140 of the Iraqi constitution. Local "
            "Turkmen and Kurdish politicians traded accusations on Monday over responsibility "
            "for the security lapse.\n\nThe district witnessed a string of car bombings between "
            "2013 and 2017, and a rocket attack in 2023 that wounded several residents.",
            "2026-05-19", (Gold(E, "Tuz Khurmatu", "2026-05-17", 4),)),
    # The National. Long feature with no new incident: past drone strikes, a genocide, a drone
    # "heard" this week with no strike, numbers of returnees and camps, and many place names.
    Article("en",
            "In Sinjar, returnees rebuild under the hum of drones\n\nNearly twelve years after "
            "ISIS overran their homeland, Yazidi families are trickling back to northern Iraq's "
            "Sinjar, but the district's future is still hostage to rival armed groups and "
            "distant capitals\n\nSinjar, Iraq — The bakery on the main road into Sinuni opened "
            "again in March, its owner says, for the first time since 2014. Dakhil Qasim, 52, "
            "rebuilt the oven with his own hands and a grant from an aid organisation. His "
            "sons, who grew up in a tent in a camp near Zakho, now knead dough before "
            "dawn.\n\n\"Every week a new family comes back,\" Mr Qasim says, sliding a tray of "
            "flatbread onto the counter. \"And every week, somebody leaves again.\"\n\nAbout "
            "200,000 Yazidis have returned to Sinjar district since it was retaken from ISIS in "
            "2015, according to the International Organization for Migration, but an estimated "
            "130,000 still live in camps and informal settlements across Duhok province. The "
            "Iraqi government has set successive deadlines to close the camps; all have "
            "slipped.\n\nThe reasons people give for staying away are remarkably consistent: "
            "ruined houses, no jobs, unreliable electricity and water, and above all "
            "insecurity. Sinjar is patrolled by the Iraqi army, federal police, the Popular "
            "Mobilisation Forces, a local Yazidi force linked to the PKK, and, from a distance, "
            "by Turkish drones.\n\nResidents of Sinuni said a drone circled the town for "
            "several hours on Thursday, causing shops to close early, although no strike was "
            "reported. In April, a Turkish drone strike on a car near the Sinjar mountain road "
            "killed three members of the Sinjar Resistance Units, and last year strikes hit a "
            "hospital compound and a checkpoint in the district.\n\n\"Children can tell the "
            "sound of a Turkish drone from an Iraqi one,\" says Layla Hassan, a teacher in "
            "Sinjar town. \"That is not something a child should know.\"\n\nThe 2020 Sinjar "
            "agreement between Baghdad and the Kurdistan Regional Government was meant to "
            "settle the question of who governs and who guards the district. It has barely "
            "moved. A joint security plan announced last autumn has not been implemented, and "
            "the district still has two rival mayors, one appointed by Baghdad and one by "
            "Erbil.\n\nOn the mountain, the Sharaf Al Din shrine is being restored with "
            "international money. Down in the plain, the mass graves keep yielding remains: "
            "Iraqi teams have exhumed more than 90 sites in the district since 2019, and the "
            "identification of victims can take years.\n\nMr Qasim says he will stay. \"If we "
            "all wait for the politicians, there will be no Yazidis left in Sinjar,\" he says.",
            "2026-08-01", ()),
    # Xinhua. Short formula story; the strikes are on Thursday, the statement on Friday; the dead
    # are the militants; the place is a mountain range that spans three provinces.
    Article("en",
            "Iraqi airstrikes kill 5 IS militants in Salahudin\n\nBAGHDAD, Feb. 20 (Xinhua) -- "
            "Iraqi F-16 fighter jets carried out airstrikes on hideouts of the Islamic State "
            "(IS) militants in the Hamrin Mountains in Iraq's central province of Salahudin, "
            "killing five militants, the Iraqi military said on Friday.\n\nActing on "
            "intelligence information, the jets on Thursday pounded a cave and a tunnel used by "
            "the IS militants in the rugged area, destroying them and killing the five "
            "militants inside, the Security Media Cell, affiliated with the Joint Operations "
            "Command, said in a statement.\n\nA ground force later searched the site and found "
            "the bodies of the militants along with weapons and ammunition, the statement "
            "said.\n\nThe security situation in Iraq has improved since Iraqi security forces "
            "defeated IS militants across the country in late 2017. However, IS remnants have "
            "since melted into urban centers, deserts and rugged areas, carrying out frequent "
            "guerrilla attacks against security forces and civilians.",
            "2026-02-20", (Gold(E, "Hamrin Mountains", "2026-02-19", 5),)),
    # AFP. Court verdict on an old bombing: the 2024 attack has a place, a date and a toll, but
    # nothing happened now except the verdict; other convictions are mentioned too.
    Article("en",
            "Iraq court sentences man to death over 2024 Kirkuk car bombing\n\nKirkuk (Iraq) "
            "(AFP) - An Iraqi court on Wednesday sentenced a man to death for his role in a "
            "2024 car bombing in the northern city of Kirkuk that killed seven people, the "
            "country's judiciary said.\n\nThe Kirkuk criminal court found the defendant, whose "
            "name was not released, guilty of \"transporting and preparing the car bomb\" that "
            "exploded near a busy intersection in the city's Tisin district in October 2024, "
            "the Supreme Judicial Council said in a statement.\n\nThe court \"issued a death "
            "sentence by hanging against the terrorist in accordance with the provisions of "
            "Article 4 of the anti-terrorism law,\" the statement said, adding that the verdict "
            "can be appealed.\n\nThe bombing, claimed by the Islamic State group, also wounded "
            "more than 20 people and was the deadliest attack in the ethnically mixed city in "
            "several years.\n\nTwo other suspects in the case were sentenced to life in prison "
            "in March, according to a judicial source who asked not to be named.\n\nIraqi "
            "courts have sentenced hundreds of people to death or life imprisonment for "
            "membership of IS since the jihadists were defeated in 2017. Rights groups have "
            "criticised trials that sometimes last only minutes and rely on confessions that "
            "defendants say were extracted under torture.\n\nIraq carried out dozens of "
            "executions in 2025, according to Amnesty International, which described the "
            "country as one of the world's top executioners.",
            "2026-07-08", ()),
    # Al-Monitor. Analysis of the joint brigades and the coordination centres: statements, plans,
    # quotes, and a background killing in Garmiyan "last month"; no new incident.
    Article("en",
            "Iraq's joint army-peshmerga brigades face test as ISIS exploits gaps in disputed "
            "areas\n\nMore than three years after Baghdad and Erbil agreed to form joint "
            "brigades to secure the disputed territories, only one of the planned units is "
            "fully operational, and officials on both sides say the delay is costing "
            "lives.\n\nERBIL — When two peshmerga fighters were killed by a roadside bomb in "
            "the Garmiyan region last month, Kurdish officials were quick to point to what they "
            "call the \"security vacuum\" in the strip of land separating Kurdish and Iraqi "
            "federal forces from Khanaqin in the east to Rabia on the Syrian border.\n\n\"The "
            "enemy knows exactly where our lines end and where the army's lines begin,\" a "
            "senior official in the Kurdistan Region's Ministry of Peshmerga Affairs told "
            "Al-Monitor on condition of anonymity. \"They live in the space in between.\"\n\nIn "
            "2021 the two sides set up six joint coordination centers, in Baghdad, Erbil, "
            "Kirkuk, Nineveh, Diyala and Makhmour, with support from the US-led coalition. The "
            "centers were meant to be the first step toward joint brigades that would patrol "
            "the gaps together. Two such brigades were announced in 2023, and a third was "
            "approved in the federal budget in early 2025.\n\nYet deployment has lagged. "
            "Officers in Erbil say the second brigade still lacks vehicles and salaries; "
            "officials in Baghdad blame disagreements over command and over which areas the "
            "units should cover. Kirkuk's Arab and Turkmen politicians have opposed any return "
            "of the peshmerga to the province, which federal forces retook in October 2017 "
            "after the Kurdish independence referendum.\n\nIraq's Defense Ministry spokesperson "
            "said on Tuesday that the ministry was \"committed to completing the joint brigades "
            "according to the agreed timetable,\" without giving a date. A coalition "
            "spokesperson said the coalition \"continues to support coordination between the "
            "Iraqi Security Forces and the peshmerga.\"\n\nAnalysts say the political stakes go "
            "well beyond security. \"Who patrols a village is not a technical question in "
            "Iraq's disputed territories,\" said Karwan Saleem, a researcher who focuses on "
            "northern Iraq. \"It is a statement about who owns it.\"\n\nISIS attacks in the "
            "disputed areas have fallen by more than 80% since 2020, according to coalition "
            "figures, but they remain concentrated in a handful of zones: the Hamrin range, "
            "Wadi al-Shay south of Kirkuk, the Qarachogh mountains near Makhmour and the "
            "orchards around Jalawla and Saadiya.",
            "2026-09-10", ()),
    # Rudaw English. Iranian artillery on a subdistrict that the gazetteer lacks (Sidakan): the
    # place to code is its district, Soran; the mayor speaks; "no casualties" explicitly.
    Article("en",
            "Iranian artillery shells Sidakan border villages\n\nRUDAW – Erbil\nIranian "
            "artillery on Thursday morning shelled mountainous areas around Sidakan, a "
            "subdistrict of the Soran administration near the Kurdistan Region's border with "
            "Iran, damaging orchards and grazing land, a local official said.\n\n\"Since around "
            "7 am more than 20 shells have landed near the villages on the slopes facing the "
            "border,\" Kawa Ahmed, the head of Sidakan subdistrict, told Rudaw. \"Thankfully "
            "there were no casualties, but several farmers had to leave their fields and a fire "
            "broke out in an orchard.\"\n\nAhmed said the shelling stopped shortly before noon. "
            "Peshmerga forces stationed in the area did not respond.\n\nIranian forces "
            "periodically shell the border areas of Sidakan and Bradost, saying they target "
            "Iranian Kurdish opposition parties based in the Kurdistan Region. Tehran and "
            "Baghdad signed a security agreement in March 2023 under which Iraq pledged to "
            "disarm the groups and move them away from the border.\n\nIn September 2022, "
            "Iranian missile and drone attacks on the groups' headquarters near Koya killed "
            "more than a dozen people, including a pregnant woman.\n\nResidents of the border "
            "villages, most of whom live from beekeeping and fruit farming, say the shelling "
            "has emptied several hamlets over the past decade. \"Every summer we plant, and "
            "every summer something burns,\" a farmer from the area told Rudaw by phone.",
            "2026-09-24", (Gold(E, "Soran", "2026-09-24", 0),)),
    # Kurdistan24. Arrests announced without a day ("in a recent operation"), so the date is
    # unknown; Kifri and Peshmerga posts are named only as planned targets.
    Article("en",
            "KRSC says it dismantled ISIS cell planning attacks in Garmiyan\n\nERBIL "
            "(Kurdistan24) – The Kurdistan Region Security Council (KRSC) announced on Tuesday "
            "that its forces had arrested four members of an ISIS cell who were planning "
            "attacks on Peshmerga positions and civilians in the Garmiyan administration.\n\nIn "
            "a statement, the KRSC said the suspects were detained in Kalar \"in a recent "
            "operation, after months of surveillance and with the support of the International "
            "Coalition.\" The statement did not say when the arrests were made.\n\nAccording to "
            "the KRSC, the cell had been in contact with ISIS members in the Hamrin mountains "
            "and had received instructions to target Peshmerga posts near Kifri and a market in "
            "Kalar. Security forces seized two explosive belts, components for making roadside "
            "bombs, and a number of mobile phones, the statement added.\n\n\"The suspects have "
            "confessed to their links to the terrorist organization and have been referred to "
            "the relevant court,\" the KRSC said, publishing blurred photographs of the four "
            "men and the seized material.\n\nGarmiyan borders the disputed areas of Diyala and "
            "Salahuddin, where ISIS remnants continue to exploit the security vacuum between "
            "Peshmerga and Iraqi forces. In recent years the group has carried out several "
            "deadly attacks on Peshmerga forces in the area, including an assault in 2021 that "
            "killed three Peshmerga and two civilians.",
            "2026-10-06", (Gold(S, "Kalar", None, None),)),
    # AP. Roundup of two incidents on two days in two provinces, of two types (a bomb on soldiers, a
    # shooting of a civilian), with a background attack "last month".
    Article("en",
            "Bomb, shooting kill 3 in northern Iraq as IS remnants step up attacks\n\nBAGHDAD "
            "(AP) — A roadside bomb killed two Iraqi soldiers north of Baghdad on Sunday, and "
            "suspected Islamic State militants shot dead a shepherd west of the city of Kirkuk, "
            "Iraqi officials said.\n\nThe bomb went off as an army vehicle drove along a farm "
            "road in the Tarmiyah area, about 50 kilometers (30 miles) north of the capital, "
            "killing the two soldiers and wounding a third, an army officer said. He spoke on "
            "condition of anonymity in line with regulations.\n\nIn the separate attack, late "
            "Saturday, gunmen opened fire on a shepherd grazing his flock near a village in the "
            "al-Abbasi district west of Kirkuk, killing him and driving off dozens of his "
            "sheep, a police official in Kirkuk said. The man's body was found by relatives on "
            "Sunday morning.\n\nNo group immediately claimed responsibility for either "
            "attack.\n\nLast month, four members of a Sunni tribal militia allied with the "
            "government were killed in an attack on their checkpoint near Baiji, in Salahuddin "
            "province.\n\nThe Islamic State group lost its last territory in Iraq in 2017, but "
            "sleeper cells remain active in rural areas of the north, where they target "
            "security forces and civilians they accuse of cooperating with the government.",
            "2026-05-04", (Gold(E, "Tarmiyah", "2026-05-03", 2),
                           Gold(V, "Abbasi", "2026-05-02", 1))),
    # Reuters. Drones shot down near the airport (an interception is still remote violence); "no
    # damage or casualties"; the coalition and older attacks in the background.
    Article("en",
            "Drones shot down near Erbil airport hosting U.S.-led coalition troops\n\nERBIL, "
            "Iraq, Feb 10 (Reuters) - Air defences shot down two explosive-laden drones "
            "approaching Erbil International Airport, which hosts troops of the U.S.-led "
            "coalition, early on Tuesday, the Kurdistan region's counter-terrorism service "
            "said.\n\nThere was no damage or casualties, it said in a statement.\n\nA U.S. "
            "defence official, speaking on condition of anonymity, confirmed that the drones "
            "had been \"engaged and destroyed\" before reaching the base. The official did not "
            "say who was believed to have launched them.\n\nNo group immediately claimed "
            "responsibility. Iran-aligned Iraqi armed groups claimed dozens of drone and rocket "
            "attacks on bases hosting U.S. forces in Iraq and Syria after the outbreak of the "
            "Gaza war in October 2023, including several on Erbil's airport.\n\nUnder an "
            "agreement reached in 2024, the coalition's military mission in federal Iraq is due "
            "to end, while some forces remain in the Kurdistan region into 2026.\n\n(Reporting "
            "by Haider Kadhim in Baghdad and Shwan Aziz in Erbil; Writing by Leila Haddad; "
            "Editing by Tom Ward)",
            "2026-02-10", (Gold(E, "Erbil International Airport", "2026-02-10", 0),)),
    # INA English. Translated-statement style; IEDs dismantled (a defusal); the road runs from
    # Jalawla to "the villages of the Hamrin basin"; no toll at all.
    Article("en",
            "Security Media Cell: nine explosive devices dismantled in "
            "Diyala\n\nBaghdad-INA\nThe Security Media Cell announced, on Tuesday, that "
            "engineering detachments dismantled nine explosive devices left behind by terrorist "
            "gangs in Jalawla area of Diyala Governorate.\n\nThe Cell said in a statement, "
            "received by the Iraqi News Agency (INA), that \"based on accurate intelligence "
            "information, the engineering detachments of the 5th Division, in cooperation with "
            "the Diyala Police Command, were able today to dismantle nine explosive devices of "
            "different sizes planted on an agricultural road linking Jalawla with the villages "
            "of the Hamrin basin.\"\n\nThe statement added that \"the devices were treated "
            "according to the technical procedures without any damage,\" noting that search and "
            "inspection operations are continuing in the area.",
            "2026-07-21", (Gold(S, "Jalawla", "2026-07-21", None),)),
    # The New Region. The same sniper killing as Baghdad Today's Arabic report below, told a day
    # later ("late Monday"); the 2023 attack on the same mountain is background.
    Article("en",
            "Iraqi soldier killed by ISIS sniper on Qarachogh mountain\n\nThe New Region – "
            "Erbil\nAn Iraqi army soldier was killed late on Monday by sniper fire from "
            "suspected ISIS militants at a military post on the slopes of Qarachogh mountain in "
            "the Makhmour district, a security source told The New Region on Tuesday.\n\nThe "
            "source, who asked not to be named as he is not authorized to speak to the media, "
            "said the soldier was shot in the head while on guard duty shortly after 9 pm. "
            "\"Troops returned fire with medium weapons, but the attackers escaped into the "
            "valleys towards the Tigris,\" he said.\n\nQarachogh, a mountain range overlooking "
            "the plains of Makhmour and Gwer, sits on the line separating Iraqi army and "
            "Peshmerga positions and has been used for years as a refuge by ISIS remnants. In "
            "May 2023, an ISIS attack in the area killed two Peshmerga fighters and an Iraqi "
            "officer.\n\nMakhmour is administratively part of Erbil province but has been under "
            "the control of Iraqi forces since October 2017. Kurdish officials have repeatedly "
            "called for a joint security force to be stationed in the area.",
            "2026-08-25", (Gold(B, "Qarachogh", "2026-08-24", 1),)),
    # Shafaq News English. Monthly tally with a per-province breakdown and "the deadliest" incident
    # of the month named with a date and a toll; none of it is a new event.
    Article("en",
            "ISIS attacks in Iraq's disputed territories drop in September, Shafaq News tally "
            "shows\n\nShafaq News/ ISIS remnants carried out 11 attacks in Iraq's disputed "
            "territories during September, killing seven people and wounding 15, according to a "
            "monthly tally compiled by Shafaq News from security sources and official "
            "statements.\n\nKirkuk province recorded the highest number of incidents with four, "
            "followed by Diyala with three, Salahuddin with two and Nineveh and the Makhmour "
            "district with one each. Six of the dead were members of the security forces, and "
            "one was a civilian.\n\nThe deadliest incident of the month was an ambush on an "
            "Iraqi army patrol in the Wadi al-Shay area on September 12, which killed three "
            "soldiers.\n\nThe figure compares with 16 attacks and 12 deaths in August, and with "
            "23 attacks in September last year.\n\nSecurity expert Ali al-Maamouri told Shafaq "
            "News that the decline \"reflects the improved coordination between the federal "
            "forces and the Peshmerga, but the sleeper cells are still capable of striking "
            "whenever they find a gap.\"\n\nThe joint coordination centers set up by Baghdad "
            "and Erbil are expected to review the September figures at their meeting in Kirkuk "
            "next week.",
            "2026-10-01", ()),
    # Baghdad Today. The same incident as The New Region's report above, told the same evening
    # ("مساء اليوم الاثنين" plus a bracketed date); "استشهاد" for killed; Arabic spelling of the
    # mountain (قره چوغ) and of the district (مخمور).
    Article("ar",
            "استشهاد جندي بنيران قناص من \"داعش\" في سلسلة جبال قره چوغ\n\nبغداد اليوم - "
            "نينوى\n\nأفاد مصدر أمني، مساء اليوم الاثنين (24 آب 2026)، باستشهاد جندي في الجيش "
            "العراقي بنيران قناص من بقايا عصابات داعش الإرهابية في سلسلة جبال قره چوغ التابعة "
            "لقضاء مخمور.\n\nوقال المصدر لـ\"بغداد اليوم\"، إن \"قناصاً من عناصر داعش استهدف "
            "نقطة للجيش العراقي على سفوح جبال قره چوغ، ما أدى إلى استشهاد أحد الجنود على "
            "الفور\"، مبيناً أن \"القوات الأمنية ردت على مصدر النيران وباشرت بعملية تفتيش "
            "للوديان المحيطة\".\n\nوأضاف أن \"جثمان الجندي نقل إلى مستشفى مخمور العام، فيما "
            "وصلت تعزيزات عسكرية إلى المنطقة\".\n\nوتعد جبال قره چوغ من أبرز المناطق التي "
            "تتخذها خلايا داعش ملاذاً لها، مستغلة الفراغ الأمني بين خطوط الجيش العراقي وقوات "
            "البيشمركة.",
            "2026-08-24", (Gold(B, "Qarachogh", "2026-08-24", 1),)),
    # Shafaq News Arabic. Short; Arabic-Indic digits; wounded only, so no death toll; "فجر اليوم
    # الاثنين"; Kirkuk is the province and the hospital, Daquq the place.
    Article("ar",
            "إصابة ٣ منتسبين في الشرطة الاتحادية بانفجار عبوة ناسفة جنوبي كركوك\n\nشفق نيوز/ "
            "أفاد مصدر أمني في محافظة كركوك، فجر اليوم الاثنين، بإصابة ٣ منتسبين في الشرطة "
            "الاتحادية بانفجار عبوة ناسفة استهدفت عجلتهم في قضاء داقوق جنوبي المحافظة.\n\nوقال "
            "المصدر لوكالة شفق نيوز، إن \"عبوة ناسفة كانت مزروعة على جانب طريق ترابي انفجرت لدى "
            "مرور عجلة تابعة للواء ١٩ في الشرطة الاتحادية خلال واجب تفتيش في إحدى القرى التابعة "
            "للقضاء، ما أسفر عن إصابة ثلاثة من المنتسبين بجروح متفاوتة\".\n\nوأضاف أن "
            "\"المصابين نقلوا إلى مستشفى كركوك العام لتلقي العلاج، فيما فرضت القوات الأمنية "
            "طوقاً على المنطقة\".\n\nويشهد قضاء داقوق ومناطق وادي الشاي المجاورة له بين الحين "
            "والآخر هجمات لخلايا داعش تستهدف القوات الأمنية والمدنيين.",
            "2026-03-23", (Gold(E, "Daquq", "2026-03-23", None),)),
    # Alsumaria. Turkish air strike on the evening before publication ("مساء أمس الأربعاء");
    # villages around Kani Masi subdistrict in Amedi district; explicitly no human casualties.
    Article("ar",
            "قصف جوي تركي يطال محيط قرى في ناحية كاني ماسي بدهوك\n\nالسومرية نيوز – دهوك\nأفاد "
            "مصدر محلي في محافظة دهوك، اليوم الخميس، بأن طائرات حربية تركية قصفت مساء أمس "
            "الأربعاء محيط عدد من القرى التابعة لناحية كاني ماسي في قضاء العمادية، ما أدى إلى "
            "اندلاع حرائق في البساتين والأراضي الزراعية.\n\nوقال المصدر للسومرية نيوز، إن "
            "\"القصف استمر لنحو ساعة واستهدف مناطق جبلية يعتقد أنها تضم مواقع لمسلحي حزب العمال "
            "الكردستاني\"، مؤكداً أن \"القصف لم يسفر عن إصابات بشرية، إلا أنه ألحق أضراراً "
            "بأشجار الجوز والتفاح وبمناحل عائدة للأهالي\".\n\nوأضاف أن \"فرق الدفاع المدني لم "
            "تتمكن من الوصول إلى مواقع الحرائق بسبب وعورة المنطقة وخشية تجدد القصف\".\n\nوتنفذ "
            "القوات التركية منذ سنوات عمليات عسكرية برية وجوية في المناطق الحدودية من إقليم "
            "كوردستان، وتتخذ قواعد لها في عدد من المرتفعات، ما أدى إلى إخلاء عشرات القرى في "
            "قضاءي العمادية وزاخو من سكانها.",
            "2026-06-04", (Gold(E, "Kani Masi", "2026-06-03", 0),)),
    # INA Arabic. Counter-Terrorism Service arrest in Hawija; old attacks in Wadi Zghaytun (2020)
    # given only as what the suspect took part in; no toll.
    Article("ar",
            "جهاز مكافحة الإرهاب يطيح بإرهابي في الحويجة\n\nبغداد - واع\nأعلن جهاز مكافحة "
            "الإرهاب، اليوم الخميس، القبض على أحد الإرهابيين في قضاء الحويجة بمحافظة "
            "كركوك.\n\nوذكر الجهاز في بيان تلقته وكالة الأنباء العراقية (واع)، أن \"أبطال جهاز "
            "مكافحة الإرهاب، وبعد عملية استخبارية دقيقة ومتابعة مستمرة، تمكنوا من إلقاء القبض "
            "على أحد الإرهابيين في قضاء الحويجة، وفقاً لأحكام المادة ٤ إرهاب\".\n\nوأضاف البيان "
            "أن \"الإرهابي المعتقل كان يشغل منصب ما يسمى بالمسؤول الإداري لقاطع الحويجة في "
            "عصابات داعش الإرهابية، وشارك في عدد من الهجمات التي استهدفت القوات الأمنية في "
            "منطقة وادي زغيتون عام 2020\".\n\nوأشار إلى أن \"الإرهابي أحيل إلى الجهات المختصة "
            "لينال جزاءه العادل\".",
            "2026-04-09", (Gold(S, "Hawija", "2026-04-09", None),)),
    # Al-Araby Al-Jadeed. Long feature: the incident is "مساء الأحد الماضي" against a Wednesday
    # publication; an unnamed village in Sulaiman Bek subdistrict of Tuz district, on the edge of
    # Hamrin; two shepherds killed by gunfire, a third kidnapped; quotes, an earlier kidnapping in
    # August (background), dual month names.
    Article("ar",
            "مقتل راعيين وخطف ثالث قرب طوزخورماتو... فراغ أمني يتسع على أطراف حمرين\n\nبغداد ــ "
            "العربي الجديد\n\nقُتل راعيان وخُطف ثالث، مساء الأحد الماضي، في هجوم نفذه مسلحون "
            "يُعتقد أنهم من بقايا تنظيم \"داعش\" على قرية زراعية صغيرة تتبع ناحية سليمان بيك، "
            "شرقي قضاء طوزخورماتو في محافظة صلاح الدين، في حادثة أعادت الجدل حول الفراغ الأمني "
            "في المناطق المتنازع عليها بين بغداد وأربيل.\n\nوقال مسؤول محلي في ناحية سليمان بيك "
            "لـ\"العربي الجديد\"، مشترطاً عدم ذكر اسمه، إن \"مجموعة مسلحة مؤلفة من خمسة إلى ستة "
            "عناصر نزلت من سفوح جبال حمرين قبيل الغروب، وأطلقت النار على ثلاثة رعاة كانوا "
            "يجمعون أغنامهم على أطراف القرية، فقُتل اثنان منهم على الفور، فيما اقتاد المسلحون "
            "الثالث، وهو فتى في السابعة عشرة من عمره، إلى جهة مجهولة\". وأضاف أن \"المسلحين "
            "استولوا أيضاً على نحو ثمانين رأساً من الأغنام\".\n\nوأوضح المسؤول أن \"القوات "
            "الأمنية وصلت إلى المكان بعد أكثر من ساعتين، ولم تتمكن من ملاحقة المهاجمين بسبب "
            "حلول الظلام ووعورة المنطقة\"، مشيراً إلى أن \"ذوي الفتى المخطوف لم يتلقوا حتى الآن "
            "أي اتصال من الخاطفين\".\n\nولا تبعد القرية سوى كيلومترات قليلة عن خطوط التماس بين "
            "القوات الاتحادية وقوات البيشمركة، وهي منطقة يصفها السكان بـ\"الأرض المتروكة\". "
            "ويقول أحد وجهاء الناحية، ويدعى الحاج حسين البياتي، إن \"الأهالي طالبوا مراراً "
            "بنقاط ثابتة على مداخل القرى، لكن الجواب دائماً أن الملف عالق بين بغداد "
            "وأربيل\".\n\nوليست هذه الحادثة الأولى من نوعها، ففي أغسطس/ آب الماضي خطف مسلحون "
            "راعيين من قرية مجاورة، وعُثر على جثتيهما بعد أسبوع في أحد أودية حمرين. كما شهدت "
            "مناطق آمرلي وطوزخورماتو خلال العام الماضي هجمات متفرقة بعبوات ناسفة استهدفت عجلات "
            "مدنية.\n\nمن جهته، قال عضو في مجلس النواب عن محافظة صلاح الدين لـ\"العربي "
            "الجديد\"، إن \"تأخر تشكيل الألوية المشتركة بين الجيش والبيشمركة ترك شريطاً طويلاً "
            "من القرى من دون حماية حقيقية\"، داعياً القائد العام للقوات المسلحة إلى \"إرسال قوة "
            "إضافية إلى سليمان بيك وآمرلي بشكل عاجل\".\n\nأما الخبير الأمني عماد الجبوري، فيرى "
            "أن \"التنظيم لم يعد قادراً على مسك الأرض، لكنه يعتمد على الضربات الخاطفة ضد "
            "الحلقات الأضعف، أي الرعاة والمزارعين، لإرسال رسالة مفادها أنه ما زال موجوداً\"، "
            "مضيفاً أن \"الحل لا يكون بالحملات الموسمية، بل بوجود دائم وجهد استخباري يعتمد على "
            "أبناء المنطقة\".\n\nوكانت قيادة عمليات صلاح الدين قد أعلنت، مطلع فبراير/ شباط "
            "الجاري، إطلاق عملية لتفتيش سلسلة جبال حمرين، من دون أن تعلن نتائجها حتى الآن.",
            "2026-02-25", (Gold(V, "Sulaiman Bek", "2026-02-22", 2),)),
    # Al-Mada. Mass-grave exhumation in a Sinjar village (no event): old massacre, numbers of
    # victims and graves, officials' statements, foreign experts.
    Article("ar",
            "فتح مقبرة جماعية جديدة لضحايا الإيزيديين في سنجار\n\nسنجار / المدى\n\nباشرت فرق "
            "دائرة شؤون وحماية المقابر الجماعية، أمس الاثنين، بفتح مقبرة جماعية جديدة في قرية "
            "كوجو جنوبي قضاء سنجار، يعتقد أنها تضم رفات عشرات الضحايا من الإيزيديين الذين "
            "أعدمهم تنظيم داعش في آب 2014.\n\nوقال مدير الدائرة في حديث لـ(المدى)، إن \"المقبرة "
            "هي الثالثة التي يتم فتحها في كوجو خلال العام الحالي، وقد تم تحديد موقعها بناء على "
            "شهادات ناجين\"، مبيناً أن \"عمليات النبش تجري بإشراف فريق من الطب العدلي وبمشاركة "
            "خبراء من فريق التحقيق الدولي، وسيتم نقل الرفات إلى بغداد لإجراء فحوصات الحمض "
            "النووي ومطابقتها مع عينات ذوي المفقودين\".\n\nوأضاف أن \"الدائرة فتحت منذ عام 2019 "
            "أكثر من 90 مقبرة جماعية في قضاء سنجار وحده، وما زالت عشرات المواقع الأخرى بانتظار "
            "فتحها بسبب نقص الكوادر والتخصيصات المالية\".\n\nوحضر ذوو الضحايا عملية الفتح، وسط "
            "أجواء حزينة، حيث رفعت النساء صور أبنائهن المفقودين. وقال أحد الناجين من مجزرة كوجو "
            "لـ(المدى): \"ننتظر منذ اثني عشر عاماً أن نعرف أين دُفن آباؤنا وإخوتنا، بعضنا لا "
            "يريد شيئاً سوى قبر يزوره\".\n\nوكان تنظيم داعش قد اجتاح قضاء سنجار في الثالث من آب "
            "2014، وقتل الآلاف من أبنائه واختطف أكثر من ستة آلاف امرأة وطفل، ولا يزال مصير نحو "
            "2600 منهم مجهولاً بحسب مكتب إنقاذ المختطفين الإيزيديين في دهوك.",
            "2026-05-12", ()),
    # 964. Short, punchy; a tribal dispute over land turns into an armed clash "ليلة أمس" in a
    # village of Qara Tapa subdistrict (Kifri district, Diyala); one dead, four wounded.
    Article("ar",
            "نزاع عشائري على أرض زراعية يتحول إلى اشتباك مسلح في قره تبه.. قتيل و4 "
            "جرحى\n\n964\n\nاندلع نزاع عشائري مسلح، ليلة أمس، بين عشيرتين في إحدى قرى ناحية قره "
            "تبه شمالي ديالى، على خلفية خلاف قديم حول ملكية أرض زراعية، ما أسفر عن مقتل شخص "
            "وإصابة 4 آخرين.\n\nوقال مصدر في شرطة الناحية لشبكة 964، إن \"الخلاف بدأ بمشادة "
            "كلامية بين شبان من العشيرتين قرب قناة للري، ثم تطور سريعاً إلى تبادل لإطلاق النار "
            "بالأسلحة المتوسطة والخفيفة استمر قرابة ساعة\".\n\nوأضاف أن \"قوة من الشرطة والجيش "
            "تدخلت وفرضت طوقاً على القرية، واعتقلت عدداً من المتورطين، فيما نقل الجرحى إلى "
            "مستشفى كفري العام\".\n\nوبحسب المصدر فإن \"وجهاء من الناحية بدأوا صباح اليوم مساعي "
            "للتهدئة وعقد جلسة عشائرية لحل النزاع\".\n\nوتتكرر النزاعات العشائرية في مناطق شمال "
            "ديالى بسبب الخلافات على الأراضي والمياه، وسط انتشار واسع للسلاح خارج سيطرة الدولة.",
            "2026-07-14", (Gold(B, "Qara Tapa", "2026-07-13", 1),)),
    # Kurdistan24 Arabic. A drone on an oil field the gazetteer lacks (Bai Hassan), located by its
    # district (Dibis) northwest of Kirkuk; "دون وقوع إصابات بشرية"; older drone attacks on Khor Mor
    # and on Kirkuk's fields in July 2025 are background.
    Article("ar",
            "طائرة مسيرة مفخخة تستهدف حقل باي حسن النفطي شمال غربي كركوك\n\nكوردستان24/ "
            "أربيل\nاستهدفت طائرة مسيرة مفخخة، فجر اليوم الثلاثاء، حقل باي حسن النفطي التابع "
            "لقضاء الدبس شمال غربي كركوك، دون وقوع إصابات بشرية.\n\nوذكر مصدر في شركة نفط "
            "الشمال لكوردستان24، أن \"المسيرة سقطت قرب إحدى محطات عزل الغاز في الحقل، وتسببت "
            "باندلاع حريق محدود تمت السيطرة عليه\"، لافتاً إلى أن \"عمليات الإنتاج لم "
            "تتوقف\".\n\nمن جانبها، أعلنت قيادة العمليات المشتركة في بيان مقتضب أنها شكلت لجنة "
            "للتحقيق في الحادث، مؤكدة أن \"هذه الاعتداءات تستهدف الاقتصاد الوطني\".\n\nويأتي "
            "الهجوم بعد أشهر من سلسلة هجمات بطائرات مسيرة استهدفت حقولاً نفطية في إقليم "
            "كوردستان ومحافظة كركوك خلال شهر تموز 2025، أدت إلى توقف إنتاج عدد منها، فضلاً عن "
            "الهجمات المتكررة على حقل كورمور للغاز في قضاء جمجمال.",
            "2026-09-15", (Gold(E, "Dibis", "2026-09-15", 0),)),
    # Shafaq News Arabic. Roundup of two incidents in Diyala on two days: mortar shells on a village
    # in Saadiya subdistrict "مساء أمس" with no human losses, then an attack on an army post in
    # Khanaqin district "فجر اليوم" killing one soldier; Arabic-Indic digits; an attack in Jalawla
    # "a week ago" is background.
    Article("ar",
            "ديالى.. قذائف هاون على قرية في السعدية وهجوم على نقطة للجيش في خانقين\n\nشفق نيوز/ "
            "أفاد مصدر أمني في محافظة ديالى، اليوم الثلاثاء، بسقوط ٣ قذائف هاون على قرية في "
            "ناحية السعدية، فيما قُتل جندي بهجوم لمسلحين على نقطة عسكرية في قضاء خانقين شمال "
            "شرقي المحافظة.\n\nوقال المصدر لوكالة شفق نيوز، إن \"ثلاث قذائف هاون مجهولة المصدر "
            "سقطت مساء أمس الاثنين على أطراف قرية زراعية تابعة لناحية السعدية، من دون أن تسفر "
            "عن خسائر بشرية، واقتصرت الأضرار على بستان ومنزل طيني\".\n\nوأضاف أنه \"في حادث "
            "منفصل، تعرضت نقطة تابعة للفرقة الخامسة في الجيش العراقي، فجر اليوم، لهجوم بالأسلحة "
            "الخفيفة نفذه عناصر من داعش في إحدى قرى قضاء خانقين، ما أدى إلى استشهاد جندي وإصابة "
            "آخر بجروح\"، مبيناً أن \"المهاجمين انسحبوا باتجاه حوض حمرين\".\n\nوتأتي هذه "
            "التطورات بعد نحو أسبوع من هجوم مماثل استهدف نقطة للشرطة في ناحية جلولاء، أسفر عن "
            "إصابة منتسبَين اثنين.\n\nوتشهد المناطق الواقعة بين خانقين والسعدية وجلولاء نشاطاً "
            "متقطعاً لخلايا داعش، مستغلة الطبيعة الجغرافية الوعرة والبساتين الكثيفة.",
            "2026-10-13", (Gold(E, "Saadiya", "2026-10-12", 0),
                           Gold(B, "Khanaqin", "2026-10-13", 1))),
    # Rudaw Arabic. Denial: the ministry says the reported ISIS attack near Kifri never happened and
    # the gunfire was a live-fire exercise; no event.
    Article("ar",
            "وزارة البيشمركة تنفي تعرض قواتها لهجوم في كفري\n\nروداو - أربيل\nنفت وزارة شؤون "
            "البيشمركة في حكومة إقليم كوردستان، اليوم الاثنين، الأنباء التي تحدثت عن تعرض نقطة "
            "لقوات البيشمركة لهجوم من قبل عناصر داعش في محيط قضاء كفري، ووصفتها بأنها \"عارية "
            "عن الصحة\".\n\nوقالت الوزارة في بيان، إن \"بعض المواقع ووسائل التواصل الاجتماعي "
            "تناقلت خلال الساعات الماضية أخباراً عن هجوم استهدف قواتنا في منطقة كرميان وسقوط "
            "ضحايا، ونؤكد أنه لم يقع أي هجوم\".\n\nوأوضح البيان أن \"أصوات إطلاق النار التي "
            "سمعها الأهالي ليلة أمس كانت ناجمة عن تمرين عسكري بالذخيرة الحية نفذته إحدى وحدات "
            "البيشمركة ضمن برنامجها التدريبي المعتاد\"، داعياً وسائل الإعلام إلى \"توخي الدقة "
            "واستقاء المعلومات من مصادرها الرسمية\".\n\nوكان مسؤول في إدارة كرميان قد أبلغ "
            "روداو في وقت سابق أن الوضع في كفري \"طبيعي ولا يوجد ما يدعو للقلق\".\n\nوتنتشر "
            "قوات البيشمركة في مناطق كرميان المحاذية لمحافظتي ديالى وصلاح الدين، وتعرضت خلال "
            "السنوات الماضية لهجمات متفرقة من خلايا داعش.",
            "2026-03-02", ()),
    # Alsumaria. Anniversary of the Sinjar genocide: statements by officials, numbers of the killed,
    # abducted and missing, a demonstration; no event.
    Article("ar",
            "في الذكرى الثانية عشرة لإبادة الإيزيديين.. دعوات لإعمار سنجار وإعادة "
            "النازحين\n\nالسومرية نيوز – دهوك\nأحيا الآلاف من الإيزيديين، اليوم الاثنين، الذكرى "
            "الثانية عشرة للإبادة الجماعية التي ارتكبها تنظيم داعش بحق أبناء المكون في قضاء "
            "سنجار، وسط مطالبات بإعادة إعمار القضاء وتنفيذ اتفاق سنجار وإعادة النازحين من "
            "المخيمات.\n\nونظم ذوو الضحايا وقفة في مجمع شاريا بمحافظة دهوك، وأخرى عند النصب "
            "التذكاري في سفح جبل سنجار، رفعوا خلالها صور المختطفين والمفقودين، وأوقدوا "
            "الشموع.\n\nوقال رئيس الجمهورية في بيان بالمناسبة، إن \"جريمة الإبادة التي تعرض لها "
            "الإيزيديون ستبقى وصمة عار في جبين الإرهاب\"، مطالباً بـ\"الإسراع في الكشف عن مصير "
            "المختطفين وتعويض المتضررين\".\n\nمن جهته، قال مسؤول مكتب إنقاذ المختطفين "
            "الإيزيديين للسومرية نيوز، إن \"عدد المختطفين بلغ ٦٤١٧ شخصاً، تم تحرير ٣٥٨٠ منهم "
            "حتى الآن، فيما لا يزال مصير أكثر من ٢٦٠٠ مجهولاً\".\n\nوكان تنظيم داعش قد اجتاح "
            "سنجار في الثالث من آب عام 2014، وارتكب مجازر بحق المدنيين في كوجو وحردان وتل عزير، "
            "فيما فر عشرات الآلاف إلى جبل سنجار.",
            "2026-08-03", ()),
    # Baghdad Today. A range of dead ("ما بين 3 إلى 5", code the low number) in a first, unfinished
    # toll; IED on an army vehicle in Baiji district, Salahuddin, the same evening.
    Article("ar",
            "حصيلة أولية.. سقوط ما بين 3 إلى 5 شهداء من الجيش بانفجار عبوة في بيجي\n\nبغداد "
            "اليوم - صلاح الدين\n\nأفاد مصدر أمني في محافظة صلاح الدين، مساء اليوم السبت (27 "
            "حزيران 2026)، بسقوط ما بين 3 إلى 5 شهداء من الجيش العراقي بانفجار عبوة ناسفة "
            "استهدفت عجلة عسكرية في قضاء بيجي شمالي المحافظة.\n\nوقال المصدر لـ\"بغداد اليوم\"، "
            "إن \"عبوة ناسفة شديدة الانفجار انفجرت على عجلة همر تابعة للجيش خلال واجب تمشيط في "
            "المناطق الصحراوية غربي قضاء بيجي\"، مشيراً إلى أن \"الحصيلة الأولية تتراوح بين "
            "ثلاثة وخمسة شهداء، إضافة إلى عدد من الجرحى، وهي غير نهائية\".\n\nوأضاف أن \"قوة من "
            "الجيش وصلت إلى موقع الانفجار وفرضت طوقاً أمنياً، فيما نقل الجرحى إلى مستشفى تكريت "
            "التعليمي\".\n\nولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن، فيما يرجح أن يكون من "
            "تنفيذ خلايا داعش التي تنشط في المناطق الممتدة بين بيجي والشرقاط وصولاً إلى صحراء "
            "الحضر.",
            "2026-06-27", (Gold(E, "Baiji", "2026-06-27", 3),)),
    # INA Arabic. An actual deployment of a joint army-Peshmerga brigade "today" in Makhmour, told
    # through a Joint Operations Command statement full of plans and the six centres.
    Article("ar",
            "العمليات المشتركة: اللواء المشترك الأول يباشر الانتشار في قضاء مخمور\n\nبغداد - "
            "واع\nأعلنت قيادة العمليات المشتركة، اليوم الثلاثاء، مباشرة قطعات اللواء المشترك "
            "الأول المؤلف من الجيش العراقي وقوات البيشمركة الانتشار في المناطق الفاصلة بقضاء "
            "مخمور.\n\nوقال نائب قائد العمليات المشتركة في تصريح لوكالة الأنباء العراقية (واع)، "
            "إن \"قطعات اللواء المشترك الأول باشرت صباح اليوم الانتشار في المناطق الواقعة بين "
            "خطوط الجيش العراقي والبيشمركة في قضاء مخمور، بعد استكمال تدريبها وتجهيزها\"، "
            "مبيناً أن \"اللواء سيتولى مسك الأرض وتنفيذ واجبات التفتيش وملاحقة بقايا عصابات "
            "داعش الإرهابية في تلك المناطق\".\n\nوأضاف أن \"مراكز التنسيق المشتركة الستة في "
            "بغداد وأربيل وكركوك ونينوى وديالى ومخمور ستواصل عملها في تبادل المعلومات "
            "الاستخبارية\"، لافتاً إلى أن \"اللواء المشترك الثاني سيباشر الانتشار في مناطق أخرى "
            "خلال الأشهر المقبلة وفق الخطة المعدة\".\n\nوأشار إلى أن \"هذه الخطوة تأتي لسد "
            "الثغرات الأمنية التي طالما استغلتها عصابات داعش لتنفيذ هجماتها\".",
            "2026-04-14", (Gold(S, "Makhmour", "2026-04-14", None),)),
)  # fmt: skip

#: A nineteenth batch written blind (28 reports, 16 en and 12 ar: a week of coverage), scored
#: once after the WIRE13 rules: en P 0.48 R 0.77 (location 0.80, date 1.00, fatalities 0.90),
#: ar P 0.82 R 1.00 (1.00, 0.89, 1.00); the coder of a4c4e8b had en P 0.48 R 0.77, ar P 0.57 R
#: 0.89. Rules then: a drone intercepted or shot down is Disrupted weapons use and takes a
#: count of none; "previous attacks"; "to be fully deployed"; "to mark 12 years since"; "a
#: soldier from Dhi Qar"; sporadic and intermittent strikes; "comes days after"; "bomb
#: disposal"; (سبع حالات) in a tally; بعد أقل من أسبوع; a vague past ("days ago", قبل أيام)
#: leaves the day unknown; a quote opening the sentence retells.
WIRE14: tuple[Article, ...] = (
    # AFP wire. Hard: the headline has no number, the lead says three dead, a later paragraph says a
    # fourth soldier died overnight (4); background attacks in March and May in the same district; a
    # decoy range of IS fighters ("between 1,500 and 3,000").
    Article("en",
            "IS ambush kills Iraqi soldiers north of Baghdad\n\nBaghdad (AFP) - Jihadists "
            "ambushed an Iraqi army patrol late Friday in a farming area north of Baghdad, "
            "killing three soldiers including an officer, security sources told AFP on "
            "Saturday.\n\nThe attack took place in Tarmiyah, a district of orchards, reed beds "
            "and irrigation canals about 50 kilometres (30 miles) north of the capital that has "
            "long served as a hideout for remnants of the Islamic State group.\n\n\"A group of "
            "Daesh terrorists opened fire on the patrol as it was heading back to its base near "
            "the river,\" an army officer said, requesting anonymity because he was not "
            "authorised to speak to the media and using an Arabic acronym for IS. The gunmen "
            "used light and medium weapons before slipping away into the palm groves, he "
            "said.\n\nTwo other soldiers were wounded and taken to hospital in Baghdad. One of "
            "them, hit in the chest, died of his wounds overnight, a medical source said on "
            "Saturday afternoon, bringing the toll to four.\n\nThe Security Media Cell, which "
            "speaks for Iraq's armed forces, said in a short statement that \"a cowardly "
            "terrorist attack\" had targeted troops \"in the northern Baghdad operations "
            "sector\" and that reinforcements had been sent to comb the area. It gave no "
            "casualty figures.\n\nTarmiyah sits at the southern end of a belt of rugged and "
            "sparsely policed territory that runs through Salaheddin and Diyala provinces up to "
            "Kirkuk, where IS sleeper cells still stage hit-and-run attacks despite the group's "
            "territorial defeat in 2017.\n\nIn March, four soldiers were killed in a similar "
            "night-time attack in the same district, and in May a roadside bomb there wounded "
            "three members of the Hashed al-Shaabi, a former paramilitary alliance now "
            "integrated into the regular forces.\n\nIS seized swathes of Iraq and neighbouring "
            "Syria in 2014 and declared a \"caliphate\". Iraqi forces backed by a US-led "
            "coalition declared victory over the group in late 2017, but a UN report estimated "
            "this year that between 1,500 and 3,000 IS fighters remain across the two "
            "countries.\n\nThe coalition has ended its mission in federal Iraq under an "
            "agreement with Baghdad, with its remaining advisers operating from the autonomous "
            "Kurdistan region until September 2026.\n\nbur-sf/jsa",
            "2026-08-01", (Gold(B, "Tarmiyah", "2026-07-31", 4),)),
    # Al-Mada (Arabic). Hard: a monthly tally full of counts, places and kinds of attack, with
    # Arabic-Indic digits, air strikes and arrests in aggregate; no single incident, no event.
    Article("ar",
            "تموز الأقل دموية منذ مطلع العام.. ١٤ هجوماً لداعش في \"المتنازع عليها\" والخبراء: "
            "الأرقام لا تعكس الواقع\n\nبغداد/ المدى\n\nكشفت إحصائية أعدتها \"المدى\" استناداً "
            "إلى بيانات خلية الإعلام الأمني وما أعلنته قيادات العمليات في كركوك وديالى وصلاح "
            "الدين ونينوى، عن تسجيل ١٤ هجوماً نفذتها خلايا تنظيم داعش خلال شهر تموز الماضي في "
            "المناطق المتنازع عليها بين بغداد وأربيل، مقابل ١٩ هجوماً في حزيران، و٢٢ في "
            "أيار.\n\nوبحسب الإحصائية، فإن الهجمات أسفرت عن مقتل ٢٣ شخصاً، بينهم ١٥ من منتسبي "
            "القوات الأمنية والحشد الشعبي والبيشمركة، وإصابة ٣١ آخرين، فيما تصدرت كركوك القائمة "
            "بستة هجمات أغلبها في وادي الشاي ومناطق جنوب غربي المحافظة، تلتها ديالى بأربعة "
            "هجمات، ثم صلاح الدين بثلاثة، وهجوم واحد في قضاء مخمور.\n\nوتوزعت الهجمات بين تفجير "
            "عبوات ناسفة (سبع حالات)، وهجمات مباشرة بالأسلحة الخفيفة والمتوسطة على ربايا ونقاط "
            "تفتيش (خمس حالات)، وعمليتي قنص استهدفتا جنوداً في نقاط مراقبة متقدمة.\n\nفي "
            "المقابل، أعلنت القوات الأمنية خلال الشهر ذاته اعتقال ٤٧ متهماً بالإرهاب، وتنفيذ ٢٢ "
            "ضربة جوية على مضافات وأوكار في سلسلة جبال حمرين ووادي زغيتون وصحراء الحضر، قالت "
            "إنها أسفرت عن مقتل ما لا يقل عن ٣٠ عنصراً من التنظيم، من دون أن يتسنى التحقق من "
            "هذه الأرقام بشكل مستقل.\n\nويقول الخبير في الشأن الأمني أحمد الشريفي لـ\"المدى\"، "
            "إن \"تراجع عدد الهجمات لا يعني تراجع قدرة التنظيم، فالخلايا تعيد ترتيب صفوفها في "
            "الفراغات الموجودة بين خطوط الجيش والبيشمركة\"، مضيفاً أن \"الأرقام الحقيقية قد "
            "تكون أعلى، لأن كثيراً من الحوادث التي تقع في القرى النائية لا يعلن عنها رسمياً، أو "
            "يعلن عنها بعد أيام\".\n\nوأشار إلى أن \"تأخر اكتمال تشكيل الألوية المشتركة ومراكز "
            "التنسيق الستة جعل مناطق مثل قره جوغ ومطيبيجة وحوض حمرين ساحات مفتوحة لحركة "
            "المسلحين، خصوصاً في ساعات الليل\".\n\nمن جهته، يرى عضو سابق في لجنة الأمن والدفاع "
            "النيابية أن \"المقارنة الشهرية مضللة أحياناً\"، لافتاً إلى أن \"شهر تموز شهد موجة "
            "حر غير مسبوقة قللت من العمليات العسكرية من الطرفين، والتنظيم عادة ما يصعّد هجماته "
            "في الخريف\".\n\nيذكر أن الأشهر السبعة الأولى من العام الحالي شهدت، وفق إحصائية "
            "\"المدى\"، ما مجموعه ١٣٦ هجوماً، أودت بحياة ١٨٨ شخصاً بين مدني وعسكري.",
            "2026-08-01", ()),
    # Reuters wire. Hard: the field is called "Kormor" in the CTD quote, "Khor Mor" elsewhere;
    # Chamchamal and Sulaimaniyah are also named; explicit no casualties (0); an April 2024 attack
    # that killed four is background only.
    Article("en",
            "Drone attack hits Iraqi Kurdistan's Khor Mor gas field, no casualties\n\nERBIL, "
            "Iraq, Aug 2 (Reuters) - A drone struck the Khor Mor gas field in Iraq's Kurdistan "
            "region on Saturday evening, damaging a storage area but causing no casualties, the "
            "region's counter-terrorism service and an industry source said.\n\nThe drone hit "
            "close to a condensate storage tank at about 9:40 p.m. (1840 GMT), sparking a fire "
            "that was brought under control within two hours, the source at the field "
            "said.\n\n\"There are no injuries among the staff, and production was only partly "
            "affected,\" the source said, adding that output had been reduced as a precaution "
            "while engineers inspected the site.\n\nThe Kurdistan Region's Counter-Terrorism "
            "Directorate said in a statement that \"a drone loaded with explosives\" had "
            "targeted the Kormor field in Chamchamal district, east of Kirkuk, calling it \"a "
            "terrorist attack on the livelihood of the people of Kurdistan\".\n\nNo group "
            "immediately claimed responsibility.\n\nKhor Mor, operated by the Pearl Petroleum "
            "consortium led by UAE-based Dana Gas and Crescent Petroleum, supplies gas to power "
            "stations that generate most of the Kurdistan region's electricity. Previous "
            "attacks on the field have caused power cuts across Erbil and Sulaimaniyah "
            "provinces.\n\nThe field has been hit repeatedly by rockets and drones in recent "
            "years. Four Yemeni workers were killed in an April 2024 drone strike on the "
            "site.\n\nKurdish officials have often blamed Iran-aligned armed factions for "
            "attacks on energy infrastructure in the region, an accusation the groups deny. "
            "Baghdad has pledged to find those behind previous attacks, but the findings of "
            "several investigations have not been made public.\n\nA spokesperson for Pearl "
            "Petroleum declined to comment on the extent of the damage. An official at the "
            "region's electricity ministry said supply to the grid had dropped by around 300 "
            "megawatts overnight but was expected to recover by Monday.\n\n(Reporting by Erbil "
            "newsroom; Writing by Baghdad newsroom; Editing by Alison Williams)",
            "2026-08-02", (Gold(E, "Khor Mor gas field", "2026-08-01", 0),)),
    # Rudaw English. Hard: same incident as the Shafaq Arabic report of the next day (each is its
    # own gold); Sinuni given with its Kurdish spelling; Borek, Sinjar hospital and Qandil also
    # named; the anniversary and past strikes are background.
    Article("en",
            "Turkish drone strike kills two YBS fighters near Sinjar's Sinuni: "
            "officials\n\nERBIL, Kurdistan Region - A Turkish drone targeted a vehicle near the "
            "town of Sinuni (Snune) in northern Sinjar on Sunday afternoon, killing two members "
            "of the Sinjar Resistance Units (YBS), local officials told Rudaw English.\n\n\"A "
            "drone struck a pickup truck on the road between Sinuni and the village of Borek at "
            "around 3:30 pm. Both men inside were killed,\" a Sinuni sub-district official, who "
            "asked not to be named, said. The car was burned out and the bodies were taken to "
            "Sinjar hospital, he added.\n\nA source within the YBS confirmed the deaths to "
            "Rudaw and said the two were \"fighters of the units returning from a checkpoint\", "
            "without giving their names.\n\nThe YBS is affiliated with the Kurdistan Workers' "
            "Party (PKK) and some of its members receive salaries through the Popular "
            "Mobilization Forces (PMF). Ankara considers the group an extension of the PKK and "
            "has repeatedly threatened to expand its operations into the Yazidi-majority "
            "district, which it describes as \"a second Qandil\".\n\nTurkey's defence ministry "
            "did not comment on Sunday's strike. The ministry routinely announces that its "
            "forces have \"neutralised\" PKK militants in northern Iraq, without giving "
            "locations.\n\nTurkish drones have carried out dozens of strikes in Sinjar since "
            "2021, killing YBS commanders as well as civilians. The pace of the strikes slowed "
            "after the PKK announced last year that it was dissolving and laying down its "
            "weapons, but local officials say they have never fully stopped.\n\nSunday's strike "
            "came a day before Yazidis mark the 12th anniversary of the genocide committed "
            "against them by the Islamic State (ISIS), which overran Sinjar on August 3, "
            "2014.\n\nThe 2020 Sinjar Agreement between Baghdad and Erbil, which called for the "
            "removal of armed groups including the YBS from the district and for a unified "
            "local administration, has still not been implemented.",
            "2026-08-02", (Gold(E, "Sinuni", "2026-08-02", 2),)),
    # Shafaq News (Arabic). Hard: headline lumps "killed and wounded 5"; the first casualty figure
    # (2) is later updated by another outlet; Daquq and Hamrin named as background geography; a June
    # attack is background.
    Article("ar",
            "مقتل وإصابة 5 من الشرطة الاتحادية بتفجير عبوة ناسفة في وادي الشاي جنوبي "
            "كركوك\n\nشفق نيوز/ أفاد مصدر أمني في محافظة كركوك، اليوم الأحد، بمقتل اثنين من "
            "منتسبي الشرطة الاتحادية وإصابة ثلاثة آخرين بانفجار عبوة ناسفة استهدفت عجلتهم في "
            "منطقة وادي الشاي جنوبي المحافظة.\n\nوقال المصدر لوكالة شفق نيوز، إن \"عبوة ناسفة "
            "محلية الصنع انفجرت فجر اليوم على عجلة من نوع همر تابعة للفوج الثاني في أحد ألوية "
            "الشرطة الاتحادية، أثناء قيامها بواجب تفتيش وتعقب في عمق وادي الشاي التابع لقضاء "
            "داقوق، ما أسفر عن استشهاد منتسبَين اثنين، وإصابة ثلاثة آخرين بينهم ضابط برتبة "
            "ملازم أول\".\n\nوأضاف أن \"الجرحى نقلوا إلى مستشفى كركوك العام لتلقي العلاج، وحالة "
            "الضابط حرجة\"، مبيناً أن \"قوة من الشرطة الاتحادية طوقت المكان وشرعت بعملية تفتيش "
            "واسعة بحثاً عن المتورطين\".\n\nويعد وادي الشاي، الذي يمتد جنوب كركوك باتجاه تلال "
            "حمرين، من أبرز المناطق التي تتحصن فيها بقايا خلايا داعش في المحافظة، نظراً لوعورة "
            "تضاريسه وكثافة الأحراش والبساتين المهجورة فيه.\n\nيذكر أن المنطقة شهدت في حزيران "
            "الماضي هجوماً مماثلاً أسفر عن إصابة أربعة من منتسبي الشرطة الاتحادية بجروح "
            "متفاوتة.",
            "2026-08-02", (Gold(E, "Wadi al-Shay", "2026-08-02", 2),)),
    # Alsumaria (Arabic). Hard: a casualty update of the Wadi al-Shay bomb; the incident is dated
    # "أمس الأحد", the officer died "ليلة أمس"; latest toll 3 in words (ثلاثة); the original figures
    # recur as background.
    Article("ar",
            "ارتفاع حصيلة تفجير وادي الشاي في كركوك إلى ثلاثة قتلى\n\nالسومرية نيوز – "
            "كركوك\n\nأعلن مصدر أمني في محافظة كركوك، اليوم الاثنين، ارتفاع حصيلة ضحايا التفجير "
            "الذي استهدف عجلة للشرطة الاتحادية في منطقة وادي الشاي جنوبي المحافظة، أمس الأحد، "
            "إلى ثلاثة قتلى.\n\nوقال المصدر للسومرية نيوز، إن \"الملازم أول الذي أصيب بجروح "
            "بليغة جراء انفجار العبوة الناسفة فارق الحياة متأثراً بجراحه في مستشفى كركوك العام "
            "في ساعة متأخرة من ليلة أمس\"، لافتاً إلى أن \"الجريحين الآخرين حالتهما مستقرة وقد "
            "يغادران المستشفى خلال الأيام المقبلة\".\n\nوأضاف أن \"عمليات التفتيش ما زالت "
            "مستمرة في الوادي والمناطق المحيطة به بمشاركة قطعات من الجيش والحشد الشعبي، ولم يتم "
            "الإعلان عن اعتقال أي مشتبه به حتى الآن\".\n\nوكانت عبوة ناسفة قد انفجرت فجر الأحد "
            "على عجلة تابعة للشرطة الاتحادية خلال واجب تفتيش في عمق وادي الشاي التابع لقضاء "
            "داقوق، ما أدى إلى مقتل منتسبَين اثنين وإصابة ثلاثة آخرين.\n\nوشيّع أهالي ناحية "
            "الرشاد وقضاء الحويجة، ظهر اليوم، جثماني المنتسبَين، فيما من المقرر أن يشيع جثمان "
            "الضابط في محافظة صلاح الدين غداً الثلاثاء.",
            "2026-08-03", (Gold(E, "Wadi al-Shay", "2026-08-02", 3),)),
    # Shafaq News (Arabic). Hard: second outlet on the Sinuni drone strike (own gold); "مساء أمس
    # الأحد"; a civilian motorcyclist wounded (deaths stay 2); Makhmour and Qandil named as places
    # of other strikes.
    Article("ar",
            "مسيّرة تركية تقتل اثنين من \"اليبشة\" قرب سنوني شمالي سنجار\n\nشفق نيوز/ أفاد مصدر "
            "محلي في قضاء سنجار غربي محافظة نينوى، اليوم الاثنين، بمقتل اثنين من عناصر وحدات "
            "مقاومة سنجار المعروفة محلياً بـ\"اليبشة\"، بقصف نفذته طائرة مسيرة تركية مساء أمس "
            "الأحد.\n\nوقال المصدر لوكالة شفق نيوز، إن \"طائرة مسيرة يعتقد أنها تركية استهدفت "
            "عجلة نوع بيك آب على الطريق الرابط بين ناحية سنوني وقرية بورك شمالي سنجار، ما أدى "
            "إلى مقتل شخصين كانا بداخلها واحتراق العجلة بالكامل\".\n\nوأضاف أن \"سائق دراجة "
            "نارية من أهالي المنطقة كان يمر بالقرب من المكان لحظة القصف أصيب بجروح طفيفة ونقل "
            "إلى مستشفى سنوني\"، مؤكداً أن \"القتيلين من عناصر اليبشة\".\n\nوترتبط وحدات مقاومة "
            "سنجار بحزب العمال الكردستاني، ويتقاضى قسم من عناصرها رواتب ضمن هيئة الحشد الشعبي، "
            "وهو ما تعده أنقرة تهديداً لأمنها القومي.\n\nولم يصدر عن وزارة الدفاع التركية أي "
            "تعليق بشأن القصف حتى ساعة إعداد هذا الخبر.\n\nويأتي القصف عشية الذكرى الثانية عشرة "
            "لاجتياح تنظيم داعش قضاء سنجار وارتكابه جرائم إبادة بحق الإيزيديين في الثالث من آب "
            "2014.\n\nوتنفذ القوات التركية بين حين وآخر ضربات جوية بطائرات مسيرة على مواقع تقول "
            "إنها تابعة لحزب العمال في سنجار ومخمور وجبال قنديل، رغم إعلان الحزب العام الماضي "
            "حل نفسه وإلقاء السلاح.",
            "2026-08-03", (Gold(E, "Sinuni", "2026-08-02", 2),)),
    # AP wire feature. Hard: an anniversary with many numbers (missing, rescued, mass graves, camp
    # residents), places (Kocho, Solagh, Sinjar mountain, Duhok camps) and a reference to the
    # previous day's drone strike near Sinuni as background only; no event.
    Article("en",
            "Twelve years after IS massacres, Yazidis mourn in a homeland still in "
            "limbo\n\nSINJAR, Iraq (AP) — Hundreds of Yazidis gathered Monday among the ruins "
            "of Sinjar and at the village of Kocho to mark 12 years since Islamic State "
            "militants swept into their ancestral homeland, killing thousands of men and "
            "enslaving thousands of women and girls.\n\nWomen in white headscarves carried "
            "framed photographs of husbands, sons and brothers who have never been found. At "
            "the memorial in Kocho, where IS fighters rounded up and shot the village's men in "
            "August 2014, a list of names was read out over loudspeakers for nearly an "
            "hour.\n\n\"I come every year and I ask the same question: where are they?\" said "
            "Khalida, 44, who lost her husband and two sons in Kocho and spent three years in "
            "captivity in Syria. She asked that her family name not be used for fear of "
            "reprisals against relatives still in camps.\n\nAccording to the office for "
            "rescuing kidnapped Yazidis in the Kurdistan region, more than 2,500 Yazidis remain "
            "missing. Some 3,600 have been rescued or returned over the years, many after being "
            "bought back from captivity by relatives.\n\nIraqi authorities and international "
            "teams have exhumed dozens of mass graves in the Sinjar area since the district was "
            "retaken, and the remains of hundreds of victims have been returned to their "
            "families after DNA identification. Dozens more sites have yet to be opened.\n\nThe "
            "anniversary comes amid continued insecurity in the district. On Sunday, a day "
            "before the commemorations, a Turkish drone strike near the town of Sinuni killed "
            "two members of a local armed group that Ankara links to the Kurdistan Workers' "
            "Party, or PKK.\n\nTens of thousands of Yazidis still live in displacement camps "
            "around Duhok, in the Kurdistan region, despite Baghdad's repeated deadlines to "
            "close them. Many of those who returned say they found their houses destroyed, few "
            "jobs and little electricity or water.\n\n\"The government tells us to go home, but "
            "home has no hospital, no school for my daughters, and too many men with guns,\" "
            "said Dakhil, a shopkeeper who returned to Sinjar town in 2024.\n\nA 2020 agreement "
            "between the federal government and the Kurdistan Regional Government to normalize "
            "the district's administration and security has largely stalled, leaving Sinjar "
            "contested between rival forces, including the Iraqi army, the Popular Mobilization "
            "Forces and local militias.\n\nA United Nations investigative team, the European "
            "Parliament and several national parliaments have recognized the crimes committed "
            "against the Yazidis as genocide. In Iraq, a Yazidi survivors' law passed in 2021 "
            "promised compensation, but survivors say payments have been slow and uneven.\n\nOn "
            "Mount Sinjar, where tens of thousands fled in the summer of 2014 and many died of "
            "thirst and heat, survivors lit candles at sunset on Monday.",
            "2026-08-03", ()),
    # Kurdistan24 English. Hard: a political statement on the joint brigades and the six
    # coordination centres that names many places (Khanaqin, Kirkuk, Makhmour, Sinjar, Rabia) and
    # talks about attacks in general; no event.
    Article("en",
            "Peshmerga ministry: second joint brigade to be fully deployed 'within "
            "weeks'\n\nERBIL (Kurdistan24) – The Kurdistan Region's Ministry of Peshmerga "
            "Affairs said on Monday that the second of two joint brigades formed with the Iraqi "
            "army will complete its deployment in the disputed territories \"within weeks\", "
            "calling the units the most serious attempt yet to close the security gaps "
            "exploited by the Islamic State (ISIS).\n\nIn a press conference in Erbil, the "
            "ministry's spokesperson, Brigadier General Karwan Hama Salih, said the first joint "
            "brigade had been operating \"for several months\" along the line between Khanaqin "
            "and Kirkuk, while the second would take responsibility for areas between Makhmour, "
            "the Tigris and the outskirts of Mosul.\n\n\"These are not symbolic units. Each "
            "brigade has Peshmerga and Iraqi army battalions under a joint command, with shared "
            "intelligence and shared operations rooms,\" he said. \"The areas between our "
            "forces and the Iraqi forces have been a no-man's-land for years, and ISIS has used "
            "them to move, to hide and to attack both sides.\"\n\nHe said the six joint "
            "coordination centres established in Baghdad, Erbil, Kirkuk, Khanaqin, Makhmour and "
            "Sinjar-Rabia were now \"connected to each other\" and meeting weekly, and that the "
            "US-led coalition continued to provide training, equipment and salaries support for "
            "the Peshmerga units involved.\n\nAsked about delays, the spokesperson acknowledged "
            "that \"financial and administrative issues\" between Erbil and Baghdad had slowed "
            "the process, but denied reports that the Iraqi Ministry of Defense had withheld "
            "weapons for the second brigade.\n\nThe Iraqi Joint Operations Command has not "
            "commented on the timeline. A senior Iraqi officer told Kurdistan24 on condition of "
            "anonymity that the federal side was \"committed to the joint brigades\" but that "
            "\"every meter of the line must be agreed politically before it is agreed "
            "militarily.\"\n\nKurdish officials have repeatedly warned that the security vacuum "
            "in the disputed territories – stretching from Khanaqin on the Iranian border to "
            "Rabia on the Syrian border – would allow ISIS to regroup, especially after the "
            "drawdown of the US-led coalition from federal Iraq.\n\nThe joint brigades were "
            "agreed in 2021 and approved by the two governments in 2023, but their formation "
            "has been repeatedly postponed.",
            "2026-08-03", ()),
    # Rudaw English. Hard: Iranian artillery with explicit "no one was killed or wounded" (0); the
    # villages are unnamed-to-the-gazetteer, district Penjwen; past strikes on Koya and Sidakan are
    # background; dated "Monday evening", published Tuesday.
    Article("en",
            "Iranian artillery shells Penjwen border villages, sparking fires\n\nSULAIMANI, "
            "Kurdistan Region - Iranian forces shelled the outskirts of several villages in "
            "Sulaimani province's Penjwen district on Monday evening, setting orchards and "
            "pastureland ablaze, local officials said, with no casualties reported.\n\n\"More "
            "than 15 artillery shells landed around the villages of Sheniya and Kani Spi, "
            "starting at around 7 pm and lasting for nearly an hour,\" Penjwen district mayor "
            "Hawar Omar told Rudaw on Tuesday. \"Thankfully no one was killed or wounded, but "
            "the fire burned a large area of walnut trees and vineyards that families depend "
            "on.\"\n\nCivil defence teams from Penjwen and Sulaimani worked through the night "
            "and the fires were put out by Tuesday morning, he said. Several families left the "
            "villages for the town of Penjwen as a precaution.\n\nIranian officials did not "
            "comment on the shelling. Iran's Islamic Revolutionary Guard Corps (IRGC) has in "
            "the past said that it targets \"bases of separatist terrorist groups\", a "
            "reference to the Iranian Kurdish opposition parties that have been based in the "
            "Kurdistan Region for decades.\n\nUnder a security agreement signed with Tehran in "
            "2023, Baghdad pledged to disarm the groups and relocate their members away from "
            "the border into camps. Iraqi and Kurdish officials say the agreement has been "
            "implemented, but Iranian shelling and drone strikes on border areas have continued "
            "intermittently.\n\nIn 2022, IRGC missile and drone strikes on party headquarters "
            "near Koya killed more than a dozen people, and border areas of Sidakan in Erbil "
            "province have been shelled several times this year.\n\nResidents say the shelling "
            "has devastated farming and smuggling-dependent livelihoods in the mountainous "
            "border strip, where many villages have been emptied since the 1980s.\n\n\"We are "
            "caught between two governments, and neither of them can protect us,\" said one "
            "villager, who asked not to be named.",
            "2026-08-04", (Gold(E, "Penjwen", "2026-08-03", 0),)),
    # The New Region. Hard: sniper fire on a soldier = Battles; "late Monday" published Tuesday; the
    # place is the mountain inside Makhmour district; June incidents and the joint brigade are
    # background.
    Article("en",
            "ISIS sniper kills Iraqi soldier near Qarachogh mountain\n\nThe New Region - An "
            "Iraqi army soldier was killed late Monday by sniper fire from ISIS militants while "
            "on guard at an outpost on the slopes of Qarachogh mountain in Makhmour district, a "
            "security source and a local official told The New Region.\n\nThe soldier was shot "
            "in the head at around 11 pm as he stood watch on the roof of the outpost, the "
            "security source said. \"His comrades returned fire with medium weapons, but the "
            "attackers withdrew into the valleys. They know the terrain better than anyone,\" "
            "the source added.\n\nThe soldier, a 26-year-old from Dhi Qar province, was "
            "pronounced dead on arrival at Makhmour hospital, according to a medical "
            "official.\n\nRizgar Mustafa, a member of the Makhmour district council, said the "
            "attack showed that Qarachogh \"is still a safe haven for ISIS because it sits "
            "exactly in the gap between Peshmerga and Iraqi army lines.\"\n\n\"Farmers in the "
            "villages at the foot of the mountain no longer go out to their fields after "
            "sunset. Every few weeks there is a sniper, a bomb, or a fire in the wheat,\" he "
            "said.\n\nIn June, two Peshmerga were wounded in a similar attack on the eastern "
            "side of the mountain, and ISIS militants set fire to hundreds of dunams of wheat "
            "fields in the area in May.\n\nThe Iraqi army and Kurdistan Region's Peshmerga "
            "forces have agreed to deploy a joint brigade in the Makhmour area, but the "
            "arrangement has yet to be fully implemented on the ground.\n\nIraq declared "
            "territorial victory over ISIS in late 2017, but the group's remnants continue to "
            "operate in the rugged terrain stretching between Kirkuk, Salahaddin, Nineveh and "
            "Erbil provinces.",
            "2026-08-04", (Gold(B, "Qarachogh", "2026-08-03", 1),)),
    # Kurdistan24 Arabic. Hard: a denial; the reported "drone attack" on Lanaz refinery was a
    # technical fire; it mentions Saturday's Khor Mor strike and last year's oilfield attacks as
    # background; no event.
    Article("ar",
            "أسايش أربيل تنفي استهداف مصفى لاناز: الحريق ناجم عن خلل فني\n\nأربيل (كوردستان24)- "
            "نفت المديرية العامة للأسايش في أربيل، اليوم الثلاثاء، صحة الأنباء التي تداولتها "
            "وسائل إعلام ومواقع للتواصل الاجتماعي بشأن تعرض مصفى لاناز النفطي لهجوم بطائرة "
            "مسيرة ليلة أمس، مؤكدة أن الحريق الذي اندلع في أحد أقسام المصفى ناجم عن خلل "
            "فني.\n\nوقالت المديرية في بيان تلقت كوردستان24 نسخة منه، إن \"حريقاً محدوداً اندلع "
            "قرابة الساعة العاشرة من مساء أمس الاثنين في إحدى وحدات التكرير بسبب تسرب في أحد "
            "الأنابيب، وتمكنت فرق الدفاع المدني وفرق الإطفاء التابعة للمصفى من إخماده خلال وقت "
            "قصير دون تسجيل أي إصابات\".\n\nوأضاف البيان أن \"ما نشر عن سماع دوي انفجار وتحليق "
            "طائرة مسيرة فوق المصفى لا أساس له من الصحة\"، داعياً وسائل الإعلام إلى \"توخي "
            "الدقة واستقاء المعلومات من مصادرها الرسمية، وعدم نشر الشائعات التي تثير القلق لدى "
            "المواطنين\".\n\nمن جانبها، أكدت إدارة مجموعة شركات كار المشغلة للمصفى أن العمل "
            "استؤنف بشكل طبيعي صباح اليوم، وأن الحريق لم يؤثر على تجهيز المشتقات النفطية للسوق "
            "المحلية.\n\nويأتي هذا النفي بعد أيام من استهداف حقل كورمور الغازي في قضاء جمجمال "
            "بطائرة مسيرة مساء السبت الماضي، وهو الهجوم الذي لم يسفر عن خسائر بشرية، لكنه تسبب "
            "بانخفاض في تجهيز الطاقة الكهربائية.\n\nوكانت حقول نفطية عدة في إقليم كوردستان قد "
            "تعرضت خلال العام الماضي لسلسلة هجمات بطائرات مسيرة مفخخة أدت إلى توقف الإنتاج في "
            "عدد منها لأسابيع.",
            "2026-08-04", ()),
    # INA (Arabic). Hard: a Counter-Terrorism Service arrest statement in its stock idiom; the
    # village is unnamed, district Hawija; Riyadh and Abbasi appear in the suspect's record; no
    # deaths reported (None).
    Article("ar",
            "مكافحة الإرهاب يطيح بإرهابي بارز في كركوك\n\nبغداد - واع\n\nأعلن جهاز مكافحة "
            "الإرهاب، اليوم الثلاثاء، القبض على أحد أبرز قياديي عصابات داعش الإرهابية في محافظة "
            "كركوك.\n\nوذكر الجهاز في بيان تلقته وكالة الأنباء العراقية (واع)، أنه \"بعمليةٍ "
            "نوعيةٍ استندت إلى معلوماتٍ استخباريةٍ دقيقة، وبعد متابعةٍ ورصدٍ استمرا أكثر من "
            "شهر، تمكن أبطال جهاز مكافحة الإرهاب فجر اليوم من إلقاء القبض على الإرهابي الذي "
            "يشغل ما يسمى (مسؤول قاطع جنوب غرب كركوك) في عصابات داعش الإرهابية، في إحدى قرى "
            "قضاء الحويجة\".\n\nوأضاف البيان أن \"الإرهابي متورط بعمليات إرهابية عدة استهدفت "
            "القطعات الأمنية والمواطنين الأبرياء في قواطع الحويجة والرياض والعباسي، فضلاً عن "
            "مشاركته في عمليات التعرض على قطعاتنا الأمنية خلال السنوات الماضية\"، مشيراً إلى أن "
            "\"العملية نفذت بإسناد من طيران الجيش العراقي وبالتنسيق مع خلية الصقور "
            "الاستخبارية\".\n\nوتابع أن \"المتهم أحيل إلى الجهات المختصة لاستكمال الإجراءات "
            "القانونية بحقه\"، مؤكداً أن \"الجهاز مستمر بملاحقة بقايا فلول داعش الإرهابية أينما "
            "وجدوا\".\n\nوكان جهاز مكافحة الإرهاب قد أعلن الشهر الماضي تنفيذ سلسلة عمليات في "
            "محافظات كركوك وصلاح الدين وديالى أسفرت عن اعتقال عدد من المطلوبين وتدمير أوكار "
            "للتنظيم.",
            "2026-08-04", (Gold(S, "Hawija", "2026-08-04", None),)),
    # Xinhua wire. Hard: an Iraqi air strike (remote violence) with the range "between three and
    # five" (3); the official statement says "a number of"; "Tuesday night" published Wednesday; a
    # place that spans three provinces; stock background paragraph.
    Article("en",
            "Iraqi airstrikes kill IS militants in Hamrin Mountains\n\nBAGHDAD, Aug. 5 (Xinhua) "
            "-- Iraqi F-16 fighter jets carried out airstrikes on Tuesday night on a hideout of "
            "the Islamic State (IS) militants in the Hamrin Mountains in northeastern Iraq, "
            "killing between three and five militants, a provincial security source said on "
            "Wednesday.\n\nActing on intelligence reports, the jets pounded a cave and a number "
            "of tunnels used by the IS militants in the rugged area that straddles the "
            "provinces of Salahudin, Diyala and Kirkuk, the source told Xinhua on condition of "
            "anonymity.\n\nIn a statement, the media office of the Iraqi Joint Operations "
            "Command said the airstrikes \"destroyed a terrorist den and killed a number of "
            "terrorists,\" without giving further details.\n\nThe statement added that ground "
            "troops would search the targeted site to recover the bodies and collect "
            "evidence.\n\nThe security situation in Iraq has been improved since the Iraqi "
            "security forces fully defeated the IS militants across the country late in "
            "2017.\n\nHowever, IS remnants have since melted into urban centers, deserts and "
            "rugged areas, carrying out frequent guerilla attacks against the security forces "
            "and civilians.",
            "2026-08-05", (Gold(E, "Hamrin Mountains", "2026-08-04", 3),)),
    # Shafaq News English security brief. Hard: a roundup of two new incidents in two provinces
    # (wounded only, None; and a defused IED, Strategic development) plus a June blast and the
    # Sunday Wadi al-Shay bomb as background.
    Article("en",
            "Iraq security brief: Bomb wounds two farmers in Diyala; IED dismantled near "
            "Kirkuk\n\nShafaq News – Diyala/Kirkuk\n\nTwo farmers were wounded on Tuesday when "
            "an improvised explosive device (IED) went off in an orchard on the outskirts of "
            "Jalawla, in Diyala's Khanaqin district, a local security source told Shafaq "
            "News.\n\nThe source said the device, believed to have been planted by ISIS "
            "remnants, exploded as the two men were opening an irrigation channel between rows "
            "of date palms. \"One of them suffered serious injuries to his legs and was "
            "transferred to Khanaqin hospital, while the other had shrapnel wounds,\" he "
            "said.\n\nJalawla, a mixed Arab, Kurdish and Turkmen town northeast of Baqubah, has "
            "seen a string of similar incidents. In June, a roadside bomb killed a shepherd "
            "near the nearby town of Saadiya.\n\nIn Kirkuk, a bomb disposal team from the "
            "provincial police dismantled an IED planted on the side of a rural road linking "
            "Laylan subdistrict to the Kirkuk–Sulaymaniyah highway early Wednesday, a police "
            "source said.\n\nThe device, containing about 10 kilograms of locally made "
            "explosives and connected to a pressure plate, was found by a farmer who alerted "
            "the police, the source added.\n\nThe discovery came three days after a roadside "
            "bomb killed three Federal Police personnel in Wadi al-Shay, south of Kirkuk, the "
            "deadliest attack in the province in months.\n\nSecurity experts warn that ISIS "
            "cells are exploiting the gaps between Iraqi federal forces and the Kurdistan "
            "Region's Peshmerga in the disputed areas, where joint security arrangements remain "
            "incomplete.",
            "2026-08-05", (Gold(E, "Jalawla", "2026-08-04", None),
                           Gold(S, "Laylan", "2026-08-05", None))),
    # Alsumaria (Arabic). Hard: a tribal clash (Battles) over farmland; "مساء أمس" published
    # Wednesday; Arabic-Indic digit (٣) next to the word "شخص"; Hawija named as the district and as
    # the hospital; a July clash in Riyadh is background.
    Article("ar",
            "مقتل شخص وإصابة ٣ آخرين بنزاع عشائري في ناحية العباسي غربي كركوك\n\nالسومرية نيوز "
            "– كركوك\n\nأفاد مصدر أمني في محافظة كركوك، اليوم الأربعاء، بمقتل شخص وإصابة ثلاثة "
            "آخرين بنزاع عشائري اندلع مساء أمس في ناحية العباسي التابعة لقضاء الحويجة غربي "
            "المحافظة.\n\nوقال المصدر للسومرية نيوز، إن \"خلافاً قديماً على عائدية أرض زراعية "
            "بين عشيرتين في الناحية تطور مساء أمس إلى اشتباك بالأسلحة الخفيفة والمتوسطة استمر "
            "قرابة ساعة، ما أسفر عن مقتل شاب في العشرينيات من عمره، وإصابة ٣ آخرين نقلوا إلى "
            "مستشفى الحويجة العام\".\n\nوأضاف أن \"قوة من الشرطة والجيش انتشرت في المنطقة وفرضت "
            "طوقاً أمنياً حول القريتين، فيما شرع وجهاء وشيوخ عشائر المنطقة بمساعٍ لاحتواء "
            "النزاع ومنع تجدده\"، مبيناً أنه \"لم تسجل أي حالات اعتقال حتى الآن\".\n\nوتشهد "
            "مناطق جنوب غربي كركوك بين الحين والآخر نزاعات عشائرية تستخدم فيها أسلحة متوسطة، "
            "غالباً بسبب خلافات على الأراضي الزراعية أو حصص المياه، في ظل انتشار السلاح بيد "
            "العشائر.\n\nوكان نزاع مماثل قد اندلع في ناحية الرياض الشهر الماضي وأسفر عن إصابة "
            "خمسة أشخاص، قبل أن ينتهي بصلح عشائري.",
            "2026-08-05", (Gold(B, "Al-Abbasi", "2026-08-04", 1),)),
    # Baghdad Today (Arabic). Hard: a kidnapping that ends in a killing (Violence against
    # civilians); the body is found "بعد ساعات" the same night; a second shepherd escaped; Tuz
    # Khurmatu and Hamrin also named; the place is the subdistrict Sulaiman Beg.
    Article("ar",
            "بعد ساعات من خطفه.. العثور على جثة راعٍ قرب سليمان بيك وآخر ينجو بأعجوبة\n\nبغداد "
            "اليوم - صلاح الدين\n\nأفاد مصدر أمني في محافظة صلاح الدين، اليوم الأربعاء (5 آب "
            "2026)، بالعثور على جثة راعٍ اختطفه مسلحون يشتبه بانتمائهم لتنظيم داعش، مساء أمس، "
            "قرب ناحية سليمان بيك التابعة لقضاء طوز خورماتو شرقي المحافظة.\n\nوقال المصدر في "
            "حديث لـ\"بغداد اليوم\"، إن \"مسلحين اثنين يستقلان دراجة نارية اقتادا راعيين اثنين "
            "كانا يرعيان الأغنام في الأراضي الزراعية الواقعة شرق سليمان بيك، عند أطراف تلال "
            "حمرين، قرابة الساعة السابعة مساء أمس الثلاثاء\".\n\nوأضاف أن \"أحد الراعيين تمكن "
            "من الفرار مستغلاً حلول الظلام ووصل إلى أقرب نقطة للجيش وأبلغ عن الحادث، فيما عثرت "
            "قوة مشتركة على جثة الراعي الثاني بعد ساعات وعليها آثار إطلاقات نارية في الرأس، على "
            "بعد نحو كيلومترين من مكان الخطف\".\n\nوبين المصدر أن \"الجثة نقلت إلى دائرة الطب "
            "العدلي في طوز خورماتو، وأن المسلحين استولوا على عدد من رؤوس الأغنام قبل أن يلوذوا "
            "بالفرار باتجاه عمق حمرين\".\n\nوأشار إلى أن \"القوات الأمنية باشرت عملية بحث "
            "وتفتيش في المنطقة، ولم تتمكن حتى الآن من الوصول إلى الجناة\".\n\nويشكو أهالي القرى "
            "المحيطة بسليمان بيك وآمرلي من تكرار حوادث الخطف وسرقة المواشي، مطالبين بتعزيز "
            "الانتشار الأمني في المناطق الزراعية المحاذية للتلال، التي تعد ممراً لخلايا التنظيم "
            "بين صلاح الدين وديالى وكركوك.",
            "2026-08-05", (Gold(V, "Sulaiman Beg", "2026-08-04", 1),)),
    # Kurdistan24 English. Hard: a drone shot down before it hit (Strategic development, disrupted
    # weapons use, not an explosion); "no damage or casualties" (0); Harir town and Shaqlawa
    # district both named; Khor Mor and 2024 Erbil attacks are background.
    Article("en",
            "Drone shot down near Harir base, Kurdistan Region CTD says\n\nERBIL (Kurdistan24) "
            "– An explosive-laden drone was intercepted and shot down late Wednesday near Harir "
            "air base, northeast of Erbil, the Kurdistan Region's Counter-Terrorism Directorate "
            "(CTD) said, adding that the incident caused no damage or casualties.\n\n\"At 11:20 "
            "pm on Wednesday, a drone loaded with explosives was shot down by the air defence "
            "system in the vicinity of Harir base in Shaqlawa district. There were no "
            "casualties and no material damage,\" the CTD said in a brief statement.\n\nThe "
            "statement did not say where the drone had been launched from or who was behind "
            "it.\n\nA resident of the town of Harir told Kurdistan24 that people heard \"a loud "
            "bang in the sky\" followed by the sound of air defence fire. \"We went out to the "
            "roofs, but there was no fire and no smoke on the ground,\" he said.\n\nHarir base "
            "hosts US-led coalition forces, whose remaining advisers moved to the Kurdistan "
            "Region under an agreement between Washington and Baghdad to wind down the "
            "coalition's mission in federal Iraq.\n\nThe base, Erbil International Airport and "
            "several energy sites in the Kurdistan Region have been targeted repeatedly by "
            "drones and rockets in recent years, attacks that Kurdish officials have blamed on "
            "Iran-aligned Iraqi armed groups.\n\nThe interception comes days after a drone "
            "struck the Khor Mor gas field in Sulaimani province on Saturday evening, causing a "
            "fire but no casualties.\n\nKurdistan Region President Nechirvan Barzani and Prime "
            "Minister Masrour Barzani have repeatedly called on the federal government to "
            "\"hold accountable\" those responsible for the attacks.",
            "2026-08-06", (Gold(S, "Harir", "2026-08-05", 0),)),
    # Al-Monitor analysis. Hard: a long analysis whose news peg is a deployment (Strategic
    # development) in Gwer on Wednesday; Monday's sniper killing at Qarachogh, the 2023 approval and
    # many places (Makhmour, Qarachogh, Kirkuk, Mosul, Sinjar) are background.
    Article("en",
            "Joint Iraqi-Kurdish battalion moves into Makhmour gap as IS probes front line\n\nA "
            "battalion of the newly formed second joint brigade of the Iraqi army and the "
            "Kurdistan Region's Peshmerga took over positions near Gwer on Wednesday, the first "
            "time in nearly a decade that federal and Kurdish troops have shared a single "
            "command on the ground in one of the most contested stretches of northern "
            "Iraq.\n\nAbout 400 soldiers — roughly half Peshmerga, half Iraqi army — moved into "
            "a string of outposts along the Great Zab river in Gwer subdistrict of Makhmour, "
            "according to two officers involved in the deployment who spoke to Al-Monitor on "
            "condition of anonymity. The battalion replaced Iraqi army units that had manned "
            "the area alone since October 2017, when federal forces pushed the Peshmerga back "
            "from much of the disputed territories after the Kurdistan Region's independence "
            "referendum.\n\n\"It is a small step on the map, but a big step politically,\" said "
            "one of the officers, a Peshmerga colonel. \"For the first time the army officer "
            "and the Peshmerga officer sit in the same room and look at the same "
            "screens.\"\n\nThe deployment comes two days after an Islamic State sniper killed "
            "an Iraqi soldier at an outpost on Qarachogh mountain, a few dozen kilometers to "
            "the south — a reminder of why the arrangement was conceived in the first place. "
            "For years, IS remnants have used the unguarded strip between the two forces to "
            "move between the Hamrin range, the Qarachogh ridge and the desert west of the "
            "Tigris.\n\nThe joint brigades were first discussed in 2021 under pressure from the "
            "US-led coalition, which has paid part of the Peshmerga salaries and provided "
            "equipment. They were approved by the federal and regional governments in 2023, but "
            "their formation was delayed by disputes over command, funding and the exact lines "
            "each brigade would hold.\n\nThe first brigade has operated since early this year "
            "in the area between Khanaqin and Kirkuk. The second is meant to cover the arc from "
            "Makhmour to the outskirts of Mosul. Six joint coordination centers, in Baghdad, "
            "Erbil, Kirkuk, Khanaqin, Makhmour and Sinjar-Rabia, are meant to tie the "
            "arrangement together.\n\nNot everyone is convinced. Arab tribal leaders in "
            "Makhmour have complained that they were not consulted, and some Shiite factions "
            "within the Popular Mobilization Forces view any return of Peshmerga to the "
            "disputed areas as a slippery slope toward Kurdish control. \"Today it is a joint "
            "battalion, tomorrow it is Peshmerga checkpoints in Kirkuk,\" a PMF commander told "
            "Al-Monitor.\n\nKurdish officials, for their part, frame the brigades as a security "
            "necessity, not a territorial claim. \"ISIS does not care whose map it is,\" a "
            "senior official in the Ministry of Peshmerga Affairs said.\n\nWhether the "
            "experiment survives will depend less on soldiers than on politicians in Baghdad "
            "and Erbil, who have yet to settle the status of the disputed territories under "
            "Article 140 of the constitution — a process that was supposed to be completed by "
            "2007.",
            "2026-08-06", (Gold(S, "Gwer", "2026-08-05", None),)),
    # Rudaw Arabic. Hard: Turkish warplanes (remote violence) with "دون أن يسفر عن خسائر بشرية" (0);
    # "أمس الأربعاء" published Thursday; subdistrict Kani Masi inside Amedi district; 2019
    # evacuations and Turkish bases are background.
    Article("ar",
            "قصف تركي يطال محيط قرى في ناحية كاني ماسي بقضاء العمادية\n\nرووداو ديجيتال\n\nقصفت "
            "طائرات حربية تركية، أمس الأربعاء، محيط عدد من القرى التابعة لناحية كاني ماسي في "
            "قضاء العمادية بمحافظة دهوك، ما تسبب باندلاع حرائق في الغابات والبساتين، دون أن "
            "يسفر القصف عن خسائر بشرية.\n\nوقال مدير ناحية كاني ماسي لشبكة رووداو الإعلامية، إن "
            "\"القصف بدأ قرابة الساعة الرابعة عصراً واستمر نحو ساعتين، واستهدف المرتفعات المطلة "
            "على قرى سرگلي وبيرسڤي ومحيطها\"، مشيراً إلى أن \"النيران التهمت مساحات واسعة من "
            "أشجار البلوط والجوز، ولم تتمكن فرق الإطفاء من الوصول إلى بعض المواقع بسبب وعورة "
            "المنطقة واستمرار تحليق الطائرات\".\n\nوأوضح أن \"أغلب هذه القرى أخليت من سكانها "
            "منذ سنوات بسبب العمليات العسكرية، لكن الأهالي يعودون في الصيف للعناية ببساتينهم "
            "وخلايا النحل، وهم اليوم خائفون من العودة\".\n\nولم تصدر وزارة الدفاع التركية أي "
            "تعليق بشأن القصف، فيما تقول أنقرة عادة إن عملياتها في إقليم كوردستان تستهدف مسلحي "
            "حزب العمال الكردستاني.\n\nوتنشر تركيا عشرات القواعد والنقاط العسكرية داخل أراضي "
            "محافظة دهوك، لا سيما في قضاءي العمادية وزاخو، وقد أدت عملياتها منذ عام 2019 إلى "
            "إخلاء مئات القرى الحدودية، بحسب منظمات محلية.\n\nويأتي القصف رغم إعلان حزب العمال "
            "الكردستاني العام الماضي حل نفسه وبدء عملية تسليم السلاح ضمن مسار السلام مع أنقرة.",
            "2026-08-06", (Gold(E, "Kani Masi", "2026-08-05", 0),)),
    # INA (Arabic). Hard: a mass-grave exhumation with a decoy range ("ما بين ٢٠ و٣٠ ضحية"), the
    # 2014 massacre date and places in Sinjar; not an event.
    Article("ar",
            "مؤسسة الشهداء تباشر فتح مقبرة جماعية جديدة لضحايا الإيزيديين جنوبي سنجار\n\nنينوى "
            "– واع\n\nباشرت دائرة شؤون وحماية المقابر الجماعية في مؤسسة الشهداء، اليوم الخميس، "
            "أعمال فتح مقبرة جماعية جديدة تضم رفات ضحايا من المكون الإيزيدي أعدمتهم عصابات داعش "
            "الإرهابية في آب عام ٢٠١٤ جنوبي قضاء سنجار.\n\nوقال مدير الدائرة لوكالة الأنباء "
            "العراقية (واع)، إن \"فريقاً متخصصاً من الدائرة، بمشاركة دائرة الطب العدلي ومديرية "
            "شؤون الإيزيديين، باشر أعمال الحفر والكشف في الموقع الواقع قرب قرية كوجو\"، مبيناً "
            "أن \"المؤشرات الأولية تفيد بأن المقبرة تضم رفات ما بين ٢٠ و٣٠ ضحية\".\n\nوأضاف أن "
            "\"الرفات ستنقل بعد استخراجها إلى بغداد لإجراء فحوصات الحمض النووي ومطابقتها مع "
            "عينات ذوي المفقودين، تمهيداً لتسليمها إلى عوائلهم\"، لافتاً إلى أن \"الدائرة فتحت "
            "حتى الآن أكثر من ٨٠ مقبرة جماعية في قضاء سنجار وحده\".\n\nوأشار إلى أن \"عدد "
            "المقابر الجماعية المكتشفة في القضاء يتجاوز ٩٠ مقبرة، ما زال عدد منها بانتظار الفتح "
            "بسبب نقص التخصيصات المالية والكوادر\".\n\nويأتي ذلك بعد أيام من إحياء الإيزيديين "
            "الذكرى الثانية عشرة للإبادة الجماعية التي ارتكبها تنظيم داعش بحقهم، والتي أسفرت عن "
            "مقتل الآلاف واختطاف أكثر من ستة آلاف شخص، غالبيتهم من النساء والأطفال.",
            "2026-08-06", ()),
    # Middle East Eye feature. Hard: a long feature whose news peg is a shooting of a Kakai farmer
    # (Violence against civilians) "on Wednesday evening" in a village unknown to the gazetteer
    # (district Daquq); police suggest a personal dispute; 2020-2021 attacks on Kakai villages and
    # Khanaqin are background.
    Article("en",
            "'They want us gone': Killing of Kakai farmer revives fears in Kirkuk's disputed "
            "villages\n\nGunmen on a motorcycle shot dead a farmer from Iraq's Kakai religious "
            "minority in his field near the town of Daquq on Wednesday evening, relatives and "
            "community leaders told Middle East Eye, in a killing that has revived fears of a "
            "renewed campaign to drive the small community off its land.\n\nHussein Ali, 52, "
            "was irrigating his tomato plots on the edge of the village of Topzawa, in Kirkuk "
            "province's Daquq district, when two men pulled up on a motorcycle shortly before "
            "sunset and opened fire, his nephew said by phone.\n\n\"They did not say a word. "
            "They shot him five times and drove toward the valley,\" said the nephew, who asked "
            "to be identified only by his first name, Rebwar. \"We heard the shots from the "
            "house and ran, but he was already gone.\"\n\nThe Kakai, also known as Yarsan or "
            "Ahl-e Haqq, follow a syncretic faith with roots in western Iran and number in the "
            "tens of thousands in Iraq, mostly in villages in Kirkuk, Nineveh and Diyala "
            "provinces. Many of their villages around Daquq lie in the disputed territories "
            "claimed by both Baghdad and the Kurdistan Regional Government, and have been hit "
            "repeatedly by the Islamic State group.\n\nIn 2020 and 2021, IS attacks on Kakai "
            "villages south of Kirkuk and near Khanaqin killed several residents and prompted "
            "dozens of families to leave. Community leaders say only a fraction have "
            "returned.\n\n\"Every time there is an attack, another five or ten families pack "
            "up. Nobody needs to force us out - fear does the job,\" said Rajab Kakai, a "
            "community elder in Kirkuk.\n\nA spokesperson for Kirkuk police said an "
            "investigation had been opened and that \"all possibilities\" were being examined, "
            "including a personal or land dispute. He declined to say whether anyone had been "
            "detained.\n\nKakai leaders reject that explanation. \"He had no problems with "
            "anyone. He was a farmer who wanted to be left alone,\" said the nephew.\n\nThe "
            "area around Daquq has been held since October 2017 by federal forces, after the "
            "Peshmerga withdrew in the wake of the Kurdish independence referendum. Residents "
            "have long complained that the line between federal and Kurdish forces has left "
            "their villages in a security vacuum, with neither side willing to take "
            "responsibility.\n\nBaghdad and Erbil have agreed to form joint brigades and "
            "coordination centres to close those gaps, but residents say they have seen little "
            "change on the ground.\n\n\"We hear about joint brigades on television,\" Rebwar "
            "said. \"Here, at night, there is nobody.\"",
            "2026-08-06", (Gold(V, "Daquq", "2026-08-05", 1),)),
    # The National analysis. Hard: an energy-security analysis that recalls this week's Khor Mor
    # drone strike, the Harir interception and the Lanaz "false alarm" with days and places, all as
    # background; no new incident, no event.
    Article("en",
            "Drones, gas and power cuts: why attacks on Kurdistan's energy sites keep "
            "coming\n\nErbil: For the people of Sulaimaniyah, the first sign that something had "
            "happened at Khor Mor on Saturday night was the lights going out.\n\nThe drone that "
            "struck the gas field, the Kurdistan region's main source of fuel for power "
            "generation, caused no casualties and only limited damage, according to the "
            "region's counter-terrorism authorities. But within hours, supply to the grid had "
            "dropped by about 300 megawatts, and neighbourhoods across the province were back "
            "on generator power in the middle of a heatwave.\n\nIt was the latest in a long "
            "line of attacks on the region's energy infrastructure. Khor Mor alone has been hit "
            "more than a dozen times since 2022, including a strike in April 2024 that killed "
            "four Yemeni workers. Oilfields in Duhok and Erbil provinces were repeatedly "
            "targeted by drones last year, forcing international operators to suspend "
            "production for weeks.\n\nThis week brought more jitters. On Monday night, social "
            "media users reported that the Lanaz refinery near Erbil had been hit, claims that "
            "the region's security services later said were false, attributing a fire at the "
            "site to a technical fault. On Wednesday night, air defences shot down a drone near "
            "Harir base, which hosts coalition forces.\n\n\"The message is political, not "
            "military,\" said a Kurdish energy analyst who asked not to be named. \"Every time "
            "Erbil gets closer to a deal with Baghdad or with foreign investors, something "
            "falls from the sky.\"\n\nPearl Petroleum, the consortium that runs Khor Mor, is in "
            "the middle of a US-backed expansion meant to raise output by half and eventually "
            "supply gas to power plants in federal Iraq. Washington has described the project "
            "as a way to reduce Iraq's dependence on Iranian gas imports.\n\nKurdish officials "
            "have long pointed the finger at Iran-aligned armed factions inside Iraq's Popular "
            "Mobilisation Forces. The factions deny involvement, and no group has claimed this "
            "week's attack. Investigations announced by Baghdad after previous incidents have "
            "rarely produced public results.\n\n\"There is no accountability,\" said a former "
            "Iraqi security official. \"When the same sites are hit again and again, and nobody "
            "is named, the attackers conclude they can do it again.\"\n\nIraq's federal "
            "government, which is trying to keep the country out of the confrontation between "
            "Iran and the US, has condemned the strikes and pledged to protect energy "
            "installations across the country.\n\nFor residents, the geopolitics matter less "
            "than the electricity bill. \"We pay for the government grid and for the generator, "
            "and in August we get neither,\" said a shopkeeper in Sulaimaniyah's bazaar.",
            "2026-08-07", ()),
    # AP wire. Hard: a court verdict (Thursday) on a 2024 bombing that killed six near Daquq; the
    # old attack has a place, a month and a death toll, but it is not an event.
    Article("en",
            "Iraqi court sentences man to death over 2024 bombing that killed 6 "
            "soldiers\n\nKIRKUK, Iraq (AP) — An Iraqi court on Thursday sentenced a man to "
            "death after convicting him of planting a roadside bomb that killed six soldiers "
            "near the town of Daquq two years ago, the country's judiciary said.\n\nThe Kirkuk "
            "Criminal Court found the defendant guilty under Iraq's anti-terrorism law for his "
            "role in the September 2024 attack on an army convoy south of the city of Kirkuk, "
            "the Supreme Judicial Council said in a statement. It did not name him.\n\nThe "
            "council said the man had confessed to being a member of the Islamic State group "
            "and to having planted the explosive device on the orders of a local IS commander "
            "who was later killed in an airstrike. A second defendant was sentenced to life in "
            "prison for providing shelter and transport to the cell.\n\nThe verdicts can be "
            "appealed.\n\nThe September 2024 bombing was one of the deadliest attacks on Iraqi "
            "forces that year, and came amid a wave of IS hit-and-run attacks in the belt of "
            "disputed territory between Kirkuk and the Hamrin mountains.\n\nIraqi courts have "
            "sentenced hundreds of people to death on terrorism charges since the defeat of IS "
            "in 2017. Human rights groups have criticized the trials as hasty and say some "
            "confessions have been extracted under torture, claims that Iraqi authorities "
            "deny.\n\nIraq has carried out dozens of executions in recent years, mostly at a "
            "prison in the southern city of Nasiriyah, drawing condemnation from the United "
            "Nations and rights organizations.",
            "2026-08-07", ()),
    # Reuters wire. Hard: a kidnapping (Violence against civilians) at a fake checkpoint near an
    # oilfield unknown to the gazetteer, so the gold is its district Dibis; perpetrators unknown; no
    # deaths reported (None); "on Thursday" published Friday.
    Article("en",
            "Gunmen abduct two oil engineers near Iraq's Bai Hassan field - security "
            "sources\n\nKIRKUK, Iraq, Aug 7 (Reuters) - Gunmen abducted two engineers working "
            "for Iraq's state-run North Oil Company (NOC) near the Bai Hassan oilfield "
            "northwest of Kirkuk on Thursday, two security sources said.\n\nThe men were seized "
            "at a fake checkpoint set up by gunmen wearing military-style uniforms on a rural "
            "road in Dibis district as they drove home after their shift, the sources "
            "said.\n\n\"We don't know yet who is behind it. It could be Islamic State, or it "
            "could be a criminal gang looking for ransom,\" one of the sources said. No group "
            "has claimed responsibility and there has been no contact with the kidnappers, he "
            "added.\n\nNOC said in a statement that operations at Bai Hassan were not affected "
            "and that it was working with security forces \"to ensure the safe return of our "
            "colleagues\".\n\nBai Hassan is one of the main fields in the Kirkuk area, where BP "
            "signed an agreement last year to help redevelop production. The fields lie in "
            "territory long disputed between Baghdad and the Kurdistan Regional Government, and "
            "have been under federal control since 2017.\n\nKidnappings for ransom have been "
            "reported intermittently in the rural areas around Kirkuk, where Islamic State "
            "remnants and criminal networks operate in the gaps between federal and Kurdish "
            "forces.\n\n(Reporting by Kirkuk newsroom; Editing by Timothy Heritage)",
            "2026-08-07", (Gold(V, "Dibis", "2026-08-06", None),)),
    # Amwaj.media analysis. Hard: a Turkish drone strike that killed a man local officials call a
    # civilian (remote violence, not violence against civilians); Batifa (a Zakho subdistrict, no
    # district in the gazetteer); Turkish ministry claims "neutralised"; long Turkey-KRG background.
    Article("en",
            "Analysis: Turkish drones keep flying over Duhok, peace process or not\n\nA Turkish "
            "drone strike on a car near Batifa in the Kurdistan Region's Duhok province on "
            "Thursday has once again exposed the gap between the rhetoric of peace in Ankara "
            "and the reality on the ground in northern Iraq.\n\nThe strike hit a car on a "
            "mountain road just outside Batifa, a subdistrict of Zakho close to the Turkish "
            "border, at around noon. One man was killed. Local officials in Zakho told "
            "Amwaj.media that he was a civilian from a nearby village who was driving to his "
            "orchard; his family said he had no links to any armed group.\n\nTurkey's Ministry "
            "of National Defense said in a post on social media that its forces had "
            "\"neutralised\" a militant of the Kurdistan Workers' Party (PKK) in \"the "
            "Zap-Metina region\", without naming the village. The ministry routinely describes "
            "those killed in its operations in Iraq as \"terrorists\".\n\nThe strike is the "
            "first deadly Turkish attack in Duhok province in several weeks. It comes more than "
            "a year after the PKK announced its dissolution and began a symbolic handover of "
            "weapons, part of a process that Turkish President Recep Tayyip Erdogan has hailed "
            "as the path to a \"terror-free Turkey\".\n\nYet on the Iraqi side of the border, "
            "little has changed. Turkey maintains dozens of bases and outposts inside Duhok "
            "province, and Kurdish and Iraqi officials say Turkish forces have continued to "
            "expand roads and positions around Amedi and in the mountains above "
            "Batifa.\n\n\"Ankara wants to keep its leverage until the last PKK rifle is handed "
            "over, and maybe after,\" said a Kurdish researcher in Duhok who asked not to be "
            "named. \"For the villagers, the peace process so far means the drones fly a little "
            "less often.\"\n\nFor the Kurdistan Regional Government (KRG), the issue is "
            "delicate. The ruling Kurdistan Democratic Party (KDP) has close economic ties with "
            "Turkey, which is the main route for the region's oil exports and its largest "
            "trading partner. Erbil rarely criticises Turkish operations publicly, and its "
            "response to Thursday's strike was limited to a call by the Zakho administration "
            "for an investigation.\n\nBaghdad has been more vocal in recent years, summoning "
            "Turkish diplomats after deadly strikes, including the 2022 shelling of a resort in "
            "Zakho's Parakh area that killed nine tourists. But Iraq has also grown closer to "
            "Turkey through the Development Road project and water agreements, and in 2024 it "
            "designated the PKK a \"banned organisation\".\n\nIn Batifa, residents say they are "
            "less interested in the diplomacy than in their safety. \"We were told the war was "
            "ending,\" said a shopkeeper in the town. \"Then why are we still burying people?\"",
            "2026-08-07", (Gold(E, "Batifa", "2026-08-06", 1),)),
    # 964 (Arabic). Hard: a legacy landmine blast (remote violence) that the report dates only "قبل
    # أيام" (date None); the shepherd was wounded, no death (None); village unknown to the
    # gazetteer, district Sinjar.
    Article("ar",
            "لغم من مخلفات داعش يبتر ساق راعٍ شمالي سنجار.. والأهالي: الأرض ما زالت مزروعة "
            "بالموت\n\n964\n\nأصيب راعٍ من أهالي قرية حردان شمالي قضاء سنجار بجروح بليغة، قبل "
            "أيام، بانفجار لغم أرضي من مخلفات عصابات داعش أثناء رعيه الأغنام في أرض زراعية قرب "
            "القرية، ما أدى إلى بتر ساقه اليمنى، بحسب ما أفاد ذووه لشبكة 964.\n\nوقال شقيق "
            "المصاب، إن \"أخي خرج صباحاً كعادته مع الغنم، وبعد نحو ساعة سمعنا صوت الانفجار، "
            "وعندما وصلنا وجدناه ملقى على الأرض والدماء تغطيه\"، مضيفاً أن \"سيارة الإسعاف "
            "تأخرت، فنقلناه بسيارتنا إلى مستشفى سنوني، ثم حول إلى مستشفى دهوك بسبب خطورة "
            "حالته\".\n\nوتابع أن \"هذه الأرض كانت خط تماس أيام داعش، والجميع يعرف أنها مزروعة "
            "بالألغام، لكن لا أحد جاء لتطهيرها، ونحن لا نملك مكاناً آخر نرعى فيه\".\n\nويقول "
            "مختار القرية لـ964، إن \"أكثر من عشرة أشخاص من القرية والقرى المجاورة أصيبوا أو "
            "قتلوا بالألغام منذ عودة الأهالي\"، مطالباً الجهات المعنية بـ\"إرسال فرق لإزالة "
            "الألغام قبل أن نخسر المزيد من أبنائنا\".\n\nوتقدر جهات معنية بشؤون الألغام أن "
            "مساحات واسعة من أراضي قضاء سنجار ما زالت ملوثة بالألغام والعبوات والمقذوفات غير "
            "المنفلقة، رغم مرور سنوات على تحرير القضاء من سيطرة التنظيم عام 2015.",
            "2026-08-07", (Gold(E, "Sinjar", None, None),)),
    # Al-Araby Al-Jadeed (Arabic). Hard: "ليل أمس الخميس" published Friday; an attack on an army
    # post (Battles) near Qara Tapa wrapped in a security analysis that recalls the Tarmiyah ambush,
    # Tuesday's air strikes and a monthly figure as background.
    Article("ar",
            "هجوم لـ\"داعش\" على ربيئة للجيش العراقي شمال شرقي ديالى.. وتحذيرات من اتساع الفراغ "
            "الأمني\n\nبغداد ـ العربي الجديد\n\nقُتل جندي عراقي وأصيب اثنان آخران، ليل أمس "
            "الخميس، بهجوم شنّه مسلحون يُعتقد أنهم من تنظيم \"داعش\" على ربيئة عسكرية في محيط "
            "ناحية قره تبه شمال شرقي محافظة ديالى، وفقاً لمصادر أمنية عراقية.\n\nوقال ضابط في "
            "قيادة عمليات ديالى، لـ\"العربي الجديد\"، طالباً عدم ذكر اسمه، إن \"مجموعة مسلحة "
            "تضم ما بين خمسة وسبعة عناصر هاجمت الربيئة بالأسلحة الخفيفة والقاذفات، واشتبكت مع "
            "الجنود لنحو نصف ساعة قبل أن تنسحب باتجاه المناطق الوعرة المحاذية لحدود محافظة صلاح "
            "الدين\"، مضيفاً أن \"الجريحين نقلا إلى مستشفى جلولاء، وحالتهما مستقرة\".\n\nويأتي "
            "الهجوم بعد أقل من أسبوع على كمين نصبه التنظيم لدورية للجيش في قضاء الطارمية شمالي "
            "بغداد، أدى إلى مقتل أربعة جنود، وبعد يومين من غارات جوية قالت السلطات إنها استهدفت "
            "مخابئ للتنظيم في سلسلة جبال حمرين.\n\nويرى مراقبون أن المنطقة الممتدة من قره تبه "
            "وجلولاء شرقاً إلى حوض حمرين ومطيبيجة غرباً تمثل واحدة من أكثر البيئات ملاءمة لتحرك "
            "خلايا التنظيم، بسبب وعورة تضاريسها وضعف التنسيق بين القوات الاتحادية وقوات "
            "البيشمركة المنتشرة على تخومها.\n\nوقال النائب عن محافظة ديالى، في حديث مع \"العربي "
            "الجديد\"، إن \"الحديث عن الألوية المشتركة ومراكز التنسيق ما زال حبراً على ورق في "
            "كثير من المناطق\"، مؤكداً أن \"الجنود في الربايا النائية يواجهون هجمات ليلية من "
            "دون غطاء جوي أو كاميرات حرارية كافية\".\n\nوبحسب إحصائيات غير رسمية، شهدت المناطق "
            "المتنازع عليها خلال الشهر الماضي 14 هجوماً للتنظيم، أسفرت عن مقتل 23 شخصاً، في حين "
            "تؤكد الحكومة العراقية أن \"داعش\" فقد قدرته على تنفيذ عمليات واسعة، وأن ما تبقى "
            "منه \"فلول\" تلاحقها القوات الأمنية.\n\nويحذر خبراء أمنيون من أن الانسحاب التدريجي "
            "لقوات التحالف الدولي من قواعده في العراق الاتحادي قد يمنح التنظيم هامشاً أوسع "
            "للحركة، ما لم تسد الفجوات الأمنية في المناطق الفاصلة بين بغداد وأربيل.",
            "2026-08-07", (Gold(B, "Qara Tapa", "2026-08-06", 1),)),
)  # fmt: skip

#: A twentieth batch written blind (28 reports, 15 en and 13 ar), held out and scored once
#: after the WIRE14 rules: en P 0.73 R 0.92 (location 1.00, date 1.00,
#: fatalities 1.00), ar P 0.67 R 0.91 (1.00, 1.00, 1.00); the coder of a4c4e8b had en P 0.73
#: R 0.92 (1.00, 0.91, 1.00), ar P 0.64 R 0.82 (1.00, 1.00, 1.00). Rules then: "previously";
#: what social media and Telegram channels told; "nobody has been arrested"; what IS "has
#: the ability" to do; "the remains"; a theme with no place or count; an old frame carried
#: back over "and"; "in a separate incident" after a roundup lead is its item.
WIRE15: tuple[Article, ...] = (
    # AP. Hard: the army statement gives no figures; an earlier Hamrin attack in background; the
    # long closing paragraphs on the disputed belt name other provinces.
    Article("en",
            "Roadside bomb kills 2 Iraqi soldiers south of Kirkuk\n\nBAGHDAD (AP) — A roadside "
            "bomb tore through an Iraqi army patrol in a rugged valley south of the northern "
            "city of Kirkuk on Monday, killing two soldiers and wounding three others, two "
            "security officials said.\n\nThe bomb went off as the patrol's lead Humvee was "
            "moving along a dirt track in Wadi al-Shay, a chain of dry riverbeds and abandoned "
            "villages that straddles the border between Kirkuk and Salahuddin provinces, the "
            "officials said. They spoke on condition of anonymity because they were not "
            "authorized to brief reporters.\n\nThe army's 8th Division said in a terse "
            "statement that its forces had \"foiled an attempt by terrorist remnants\" in the "
            "area and launched a search operation. It did not mention casualties.\n\nNo group "
            "immediately claimed responsibility, but suspicion fell on the Islamic State group, "
            "whose cells have used the valley for years as a hideout and a staging ground for "
            "hit-and-run attacks. Last month, three members of the state-sanctioned Popular "
            "Mobilization Forces were killed when militants stormed their position in the "
            "nearby Hamrin mountains.\n\nIS once ruled a self-declared caliphate across a third "
            "of Iraq and Syria. Iraq declared victory over the extremists in December 2017 "
            "after a costly three-year war, but sleeper cells still operate in a belt of "
            "territory stretching from Diyala in the east to Nineveh in the north that is "
            "claimed by both the federal government in Baghdad and the semi-autonomous Kurdish "
            "region.\n\nKurdish and federal officials have for years blamed gaps between their "
            "forces in the area for allowing the militants to move freely, and the two sides "
            "have repeatedly pledged to form joint brigades to fill them. Progress has been "
            "slow.\n\nThe number of IS attacks in Iraq has dropped sharply in recent years, and "
            "the U.S.-led coalition has been winding down its military mission in the country "
            "under an agreement with Baghdad.\n\n___\n\nAssociated Press writer Qassim "
            "Abdul-Zahra contributed to this report.",
            "2026-03-17", (Gold(E, "Wadi al-Shay", "2026-03-16", 2),)),
    # Reuters. Hard: business framing (output, megawatts, shares); the 2024 deadly attack is
    # background; Chamchamal/Kirkuk named; "late on Wednesday" on a Thursday dateline.
    Article("en",
            "Drone attack halts output at Iraqi Kurdistan's Khor Mor gas field "
            "-sources\n\nSULAIMANIYAH, Iraq, April 23 (Reuters) - A drone attack on the Khor "
            "Mor gas field in Iraq's Kurdistan region late on Wednesday forced operators to "
            "suspend production and triggered widespread power cuts, two industry sources and a "
            "Kurdish official said on Thursday.\n\nThe drone struck near a condensate storage "
            "tank at the field, which is run by the Pearl Petroleum consortium led by the "
            "United Arab Emirates' Dana Gas and Crescent Petroleum, starting a fire that was "
            "put out in the early hours, the sources said. There were no "
            "casualties.\n\n\"Production has been stopped as a precaution until the technical "
            "teams finish assessing the damage,\" said one of the sources, who asked not to be "
            "named because he was not authorised to speak to the media.\n\nThe region's "
            "electricity ministry said in a statement that the outage had cut supplies to power "
            "plants in Erbil, Sulaimaniyah and Duhok, and that the region had lost roughly half "
            "of its generating capacity overnight.\n\nNo group claimed responsibility. Kurdish "
            "officials have previously blamed Iran-aligned armed factions for attacks on the "
            "field, which lies between Chamchamal and the boundary with Kirkuk province, an "
            "area where the Kurdistan Regional Government and Baghdad have long disputed "
            "control.\n\nKhor Mor has been targeted repeatedly in recent years, including a "
            "rocket attack in April 2024 that killed four Yemeni workers and prompted Pearl to "
            "temporarily pull foreign staff.\n\nThe Iraqi prime minister's office said it had "
            "formed a committee to investigate the attack and \"hold the perpetrators "
            "accountable,\" a pledge Kurdish officials say has been made after every previous "
            "strike without result.\n\nDana Gas said in a filing to the Abu Dhabi stock "
            "exchange that it was \"evaluating the impact on operations\" and would update the "
            "market.\n\n(Reporting by Amina Ismail in Sulaimaniyah and Ahmed Rasheed in "
            "Baghdad; Editing by Louise Heavens)",
            "2026-04-23", (Gold(E, "Khor Mor gas field", "2026-04-22", 0),)),
    # Kurdistan24. Hard: same incident as the Shafaq Arabic piece below (different toll); the 2021
    # Qarachogh attack is background; statement plus a commander's quote.
    Article("en",
            "Two Peshmerga killed, one critically wounded in ISIS attack near Makhmour\n\nERBIL "
            "(Kurdistan24) – Two Peshmerga fighters were killed and a third was critically "
            "wounded on Tuesday night when Islamic State (ISIS) militants attacked a Peshmerga "
            "outpost on Qarachogh mountain, near the town of Makhmour, the Ministry of "
            "Peshmerga Affairs announced on Wednesday.\n\nIn a statement, the ministry said a "
            "group of militants \"took advantage of the darkness and the rugged terrain\" to "
            "approach the position at around 11 p.m. and opened fire with light and medium "
            "weapons. Peshmerga forces returned fire, and the exchange continued for nearly an "
            "hour before the attackers withdrew toward the area that separates Kurdish and "
            "Iraqi forces.\n\n\"Our heroic Peshmerga stood firm and repelled the attack,\" the "
            "statement read, offering condolences to the families of the fallen. The wounded "
            "fighter was taken to the Emergency Hospital in Erbil.\n\nA Peshmerga officer on "
            "the Makhmour front, who requested anonymity as he was not authorized to speak to "
            "the media, told Kurdistan24 that ISIS cells continue to exploit what he called "
            "\"the no man's land\" between the two forces.\n\n\"We have warned again and again "
            "that this gap must be filled. The terrorists move at night from the villages on "
            "the other side, hit us, and go back. Nobody follows them,\" he said.\n\nThe "
            "ministry renewed its call on the federal government to speed up the activation of "
            "the joint Peshmerga-Iraqi army brigades, which the two sides agreed to form with "
            "the support of the US-led coalition.\n\nQarachogh mountain, which overlooks the "
            "plain between Makhmour and the Gwer subdistrict, has been the scene of frequent "
            "ISIS activity. In late 2021, a coordinated assault on a village at its foot left "
            "more than a dozen Peshmerga fighters and civilians dead.",
            "2026-05-06", (Gold(B, "Qarachogh", "2026-05-05", 2),)),
    # Rudaw English. Hard: conflicting tolls (locals say two, Ankara "neutralized" three with no
    # place); the peace process and earlier strikes are background.
    Article("en",
            "Turkish drone strike kills two in Sinjar's Sinuni: local officials\n\nRUDAW – A "
            "Turkish drone struck a car on a road outside the town of Sinuni, north of Mount "
            "Sinjar, on Saturday afternoon, killing both people inside, local officials told "
            "Rudaw.\n\n\"The drone hit the car at around 3:30 in the afternoon on the road "
            "between Sinuni and Khanasor. There were two men in it, and both of them were "
            "killed. The car burned completely,\" Sinuni's subdistrict director told Rudaw "
            "English by phone.\n\nHe said the two were members of the Sinjar Resistance Units "
            "(YBŞ), a Yazidi armed group that emerged during the war against the Islamic State "
            "(ISIS) and that Ankara regards as an extension of the Kurdistan Workers' Party "
            "(PKK). Part of the group has since been folded into Iraq's Popular Mobilization "
            "Forces (PMF).\n\nTurkey's defense ministry said on Saturday evening that its "
            "forces had \"neutralized\" three \"terrorists\" in northern Iraq, without "
            "specifying where. Turkish officials use the term to mean killed, captured, or "
            "surrendered.\n\nA Yazidi activist in Sinuni, who asked not to be named for fear of "
            "reprisals, said residents had rushed to the scene after hearing the blast. "
            "\"People are afraid to travel on this road now. It's the third time this year a "
            "car has been hit around here,\" he said.\n\nThe strike came despite the peace "
            "process between Ankara and the PKK, which announced last year that it would "
            "dissolve itself and lay down its arms. Turkish officials have said that operations "
            "will continue until the disarmament is verified, including in Sinjar and the "
            "Qandil mountains.\n\nThe Iraqi government has repeatedly condemned Turkish strikes "
            "on its territory as violations of its sovereignty. Under the 2020 Sinjar Agreement "
            "between Baghdad and Erbil, armed groups were supposed to leave the district and be "
            "replaced by local police, but the deal has yet to be implemented.",
            "2026-06-14", (Gold(E, "Sinuni", "2026-06-13", 2),)),
    # The National. No event: analysis; past attacks in Wadi al-Shay, Qarachogh and Tuz are all
    # background; figures on brigades and coordination centres.
    Article("en",
            "Iraq's joint Kurdish-federal brigades remain more promise than reality in disputed "
            "north\n\nOfficials say two brigades are ready on paper but troops have yet to "
            "deploy to the gaps exploited by ISIS\n\nErbil – When Iraq's federal government and "
            "the Kurdistan Regional Government agreed to form joint army-Peshmerga brigades to "
            "patrol the belt of disputed land between them, the plan was hailed as a turning "
            "point for a region where ISIS remnants have for years slipped through the "
            "cracks.\n\nNearly three years on, the brigades exist largely on paper.\n\n\"We "
            "have the names, the commanders, even the uniforms,\" a senior Peshmerga officer "
            "told The National in Erbil. \"What we don't have is a single unit actually holding "
            "ground in the places where the attacks happen.\"\n\nThose places are well known. "
            "In March, two Iraqi soldiers were killed by a roadside bomb in Wadi al-Shay, south "
            "of Kirkuk. In May, three Peshmerga died when militants stormed an outpost on "
            "Qarachogh mountain near Makhmour. Security sources in Salahuddin say the "
            "countryside around Tuz Khurmatu, Amerli and the Hamrin range has seen sniper fire "
            "and small ambushes almost every month this year.\n\nUnder the arrangement, "
            "brokered with the help of the US-led coalition, the two sides also set up six "
            "joint coordination centres in Baghdad, Erbil, Kirkuk, Diyala, Nineveh and Makhmour "
            "to share intelligence and plan operations. Officials on both sides say the centres "
            "have improved communication.\n\n\"Before, if there was an attack on the Kurdish "
            "side, we heard about it on television,\" said a federal army officer posted in "
            "Kirkuk, who asked not to be named. \"Now there is a phone call. That is progress, "
            "but it is not enough.\"\n\nIraq's Ministry of Defence says the delays are "
            "logistical. A ministry spokesman said in June that \"the two brigades will be "
            "fully operational within months\" once funding issues were settled. Kurdish "
            "officials counter that Baghdad has dragged its feet for political reasons, fearing "
            "that joint deployment in Kirkuk would be seen as a return of Peshmerga to the "
            "province, from which they were pushed out in October 2017.\n\nArab and Turkmen "
            "politicians in Kirkuk have voiced similar concerns from the other side. \"Any "
            "Peshmerga presence inside the city is a red line,\" one Turkmen MP said last "
            "month.\n\nMeanwhile, the number of ISIS attacks has fallen dramatically. According "
            "to figures compiled by the coalition, the group carried out fewer than 100 attacks "
            "in Iraq in 2025, compared with more than 1,000 in 2019. But analysts warn that the "
            "militants are patient.\n\n\"They don't need to hold territory. They need the gap, "
            "and the gap is still there,\" said a researcher at a Sulaimaniyah-based think "
            "tank.",
            "2026-07-02", ()),
    # Xinhua. Hard: roundup of two incidents; the second gives only the province and a wounded
    # count; the strike day (Monday) differs from the statement day (Tuesday).
    Article("en",
            "Iraqi airstrike kills 4 IS militants in Hamrin mountains\n\nBAGHDAD, July 21 "
            "(Xinhua) -- Four Islamic State (IS) militants were killed in an Iraqi airstrike on "
            "their hideout in the Hamrin mountains in eastern Iraq, the Iraqi Security Media "
            "Cell said on Tuesday.\n\nActing on intelligence reports, Iraqi F-16 fighter jets "
            "on Monday bombed a cave used by IS militants in the rugged Hamrin mountain range, "
            "which stretches across the provinces of Diyala, Salahuddin and Kirkuk, the cell "
            "said in a statement.\n\nA ground force later searched the site and found the "
            "bodies of four militants, as well as weapons, explosive belts and communication "
            "devices, the statement said.\n\nIn a separate incident, an Iraqi soldier was "
            "wounded on Tuesday morning when a roadside bomb went off near his patrol in Diyala "
            "province, a provincial police source told Xinhua on condition of anonymity.\n\nThe "
            "security situation in Iraq has improved since Iraqi forces defeated IS militants "
            "across the country late in 2017. However, IS remnants have since moved into urban "
            "areas, deserts and rugged areas, carrying out frequent guerilla attacks against "
            "security forces and civilians.",
            "2026-07-21", (Gold(E, "Hamrin Mountains", "2026-07-20", 4),
                           Gold(E, "Diyala", "2026-07-21", None))),
    # AFP. No event: mass-grave exhumation on the genocide anniversary; executions and killings of
    # 2014 described vividly; many Sinjar place names.
    Article("en",
            "Twelve years on, Iraq digs up another Yazidi mass grave near Sinjar\n\nKocho "
            "(Iraq) (AFP) – Under a white tent pitched against the August sun, forensic workers "
            "in overalls brush the dust from a jawbone, then from a rusted belt buckle, then "
            "from a child's plastic sandal.\n\nThe remains belong to some of the Yazidis "
            "rounded up and shot by Islamic State group jihadists when they swept into the "
            "Sinjar region of northern Iraq on August 3, 2014, according to the team from "
            "Iraq's Mass Graves Directorate, which opened the site last week.\n\n\"We believe "
            "there are at least 20 people here, men and teenage boys,\" said the team leader, "
            "who asked to be identified only by his first name, Ahmed. \"They were lined up at "
            "the edge of this ditch and executed.\"\n\nThe exhumation came as Yazidis gathered "
            "on Monday at Sinjar's temples and in camps in the Kurdistan region to mark the "
            "12th anniversary of what the United Nations has recognised as a genocide.\n\nIS "
            "fighters killed thousands of Yazidi men, and abducted thousands of women and girls "
            "who were then sold as slaves, raped and forced to fight. More than 2,500 Yazidis "
            "are still missing, according to the Kurdistan region's office for abducted "
            "Yazidis.\n\nMore than 90 mass graves have been found in the Sinjar district, but "
            "only around half have been fully excavated, officials say. DNA samples from "
            "relatives are sent to Baghdad for matching, a process that can take "
            "years.\n\nStanding behind the cordon, Khalaf, 58, watched the workers in silence. "
            "He lost two sons and a brother in Kocho, the village where jihadists massacred "
            "hundreds of men in a single afternoon.\n\n\"Every time they open a grave, I "
            "come,\" he said. \"Maybe this time I will be able to bury them.\"\n\nTwelve years "
            "after the attack, some 200,000 Yazidis are still living in displacement camps "
            "around Duhok, unable or unwilling to return to a district where Baghdad, the "
            "Kurdish authorities and several armed groups compete for control, and where "
            "reconstruction has barely begun.",
            "2026-08-03", ()),
    # Shafaq News English. Hard: arrest (S) with 2022 Hawija attacks as background and a January CTS
    # tally (not an event) in the same piece.
    Article("en",
            "Iraqi CTS nabs ISIS \"financial official\" in Kirkuk's Al-Abbasi\n\nShafaq News/ "
            "Iraq's Counter-Terrorism Service (CTS) arrested on Thursday an ISIS operative "
            "accused of managing the group's finances in the western countryside of Kirkuk, a "
            "security source told Shafaq News.\n\nThe source said a CTS unit, acting on "
            "intelligence provided by the Kirkuk Operations Command, raided a house in "
            "Al-Abbasi subdistrict, west of Kirkuk, and detained the suspect, who was wanted "
            "under Article 4 of the Anti-Terrorism Law.\n\n\"The detainee was responsible for "
            "collecting money from families of ISIS members and transferring it to cells hiding "
            "in the Hamrin mountains and Wadi al-Shay,\" the source added, speaking on "
            "condition of anonymity. \"He also took part in attacks against security forces in "
            "Hawija in 2022.\"\n\nThe suspect was handed over to the relevant authorities to "
            "complete legal procedures.\n\nIn a separate statement, the CTS said its units "
            "carried out 31 operations across several Iraqi provinces in January, killing 9 "
            "\"terrorists\" and arresting 46 others.\n\nHawija and the surrounding villages in "
            "western Kirkuk were among the last areas in Iraq to be retaken from ISIS, in "
            "October 2017. The area still sees sporadic attacks by the group's remnants, mostly "
            "targeting security checkpoints and shepherds.",
            "2026-02-19", (Gold(S, "Abbasi", "2026-02-19", None),)),
    # Kurdistan24. Hard: wounded only; count of shells; earlier shelling of Sidakan is background;
    # the 2023 security agreement and IRGC rationale.
    Article("en",
            "Iranian artillery shells border villages in Penjwen, shepherd wounded\n\nSULAIMANI "
            "(Kurdistan24) – Iranian artillery shelled several villages along the border in the "
            "Penjwen district of Sulaimani province on Tuesday morning, wounding a shepherd and "
            "setting fire to farmland and orchards, a local official said.\n\nThe mayor of "
            "Penjwen told Kurdistan24 that the shelling began at around 7 a.m. and continued "
            "intermittently for nearly two hours. \"More than 20 shells fell on the outskirts "
            "of three villages. A young shepherd was hit by shrapnel while he was with his "
            "flock, and he was taken to Penjwen hospital,\" he said.\n\nThe official said "
            "firefighting teams struggled to reach the burning fields because of the rough "
            "terrain and fears of further shelling. Several beehives and dozens of walnut trees "
            "were destroyed, according to residents.\n\nIran's Islamic Revolutionary Guard "
            "Corps (IRGC) has not commented, but Tehran has in the past justified such attacks "
            "as targeting Iranian Kurdish opposition groups that it accuses of using the "
            "Kurdistan Region as a base.\n\nUnder a security agreement signed in March 2023, "
            "Baghdad and Erbil pledged to disarm those groups and move them away from the "
            "border. Iranian officials have nonetheless continued to accuse the groups of "
            "infiltrating across the frontier.\n\nIn June, Iranian drones struck the "
            "mountainous area of Sidakan in Erbil province's Soran district, causing material "
            "damage.\n\nLocal residents have repeatedly appealed to the Kurdistan Regional "
            "Government and the federal government to protect the border villages, many of "
            "which have been emptied as families move to nearby towns.",
            "2026-09-08", (Gold(E, "Penjwen", "2026-09-08", None),)),
    # AP. Hard: casualty update (the article is published the day after; the initial toll of three
    # is also given); the 2017 clashes are background.
    Article("en",
            "Death toll from car bombing in northern Iraq town rises to 5\n\nBAGHDAD (AP) — The "
            "death toll from a bombing in the ethnically mixed northern Iraqi town of Tuz "
            "Khurmatu rose to five on Tuesday after two of the wounded died in hospital, a "
            "local health official said.\n\nThe explosive device, which officials said had been "
            "attached to a parked car, went off on a busy commercial street on Monday evening "
            "as shops were closing. Three people were killed at the scene and seven were "
            "wounded, officials said at the time.\n\nThe health official, who spoke on "
            "condition of anonymity because he was not authorized to talk to journalists, said "
            "two of the wounded, a man and a teenage boy, died overnight. He said two others "
            "remain in critical condition.\n\nThere was no immediate claim of responsibility. "
            "Police said they were investigating whether the car's owner, a Turkmen businessman "
            "who was not in the vehicle at the time, had been the target.\n\nTuz Khurmatu, home "
            "to Turkmens, Kurds and Arabs, lies in a strip of territory disputed between "
            "Baghdad and the Kurdish regional government. It has seen periodic bombings and "
            "ethnic tensions, and was the scene of deadly clashes in 2017 between federal "
            "forces, Shiite militias and Kurdish fighters after the Kurdish region held a "
            "referendum on independence.\n\nThe town's mayor called on the federal government "
            "to send reinforcements, saying the local police were \"stretched thin.\"\n\nCar "
            "bombings have become rare in Iraq since the defeat of the Islamic State group, but "
            "smaller \"sticky bombs\" attached to vehicles are still used in targeted killings "
            "and disputes.",
            "2026-10-06", (Gold(E, "Tuz Khurmatu", "2026-10-05", 5),)),
    # Reuters. Hard: short; base name (Zilkan) not in gazetteer, town given; explicit zero.
    Article("en",
            "Rockets target Turkish military base in northern Iraq, no casualties -security "
            "sources\n\nMOSUL, Iraq, March 29 (Reuters) - Three rockets were fired at a Turkish "
            "military base near the town of Bashiqa, northeast of Mosul, on Saturday, two Iraqi "
            "security sources said, adding that there were no casualties.\n\nTwo of the rockets "
            "landed inside the perimeter of the Zilkan base and the third fell in farmland "
            "nearby, one of the sources said.\n\nThere was no immediate claim of "
            "responsibility. Turkey's defence ministry did not immediately respond to a request "
            "for comment.\n\nTurkey maintains dozens of military posts in northern Iraq, which "
            "it says are needed to fight Kurdish militants. Baghdad has repeatedly demanded "
            "their withdrawal.\n\n(Reporting by Khalid al-Mousily; Writing by Timour Azhari; "
            "Editing by Alison Williams)",
            "2026-03-29", (Gold(E, "Bashiqa", "2026-03-28", 0),)),
    # The New Region. No event: a denial of clashes; "standoff", "shots" and place names.
    Article("en",
            "Peshmerga ministry denies reports of clashes with Iraqi army near "
            "Makhmour\n\nERBIL — The Kurdistan Region's Ministry of Peshmerga Affairs on "
            "Tuesday denied reports circulating on social media of armed clashes between "
            "Peshmerga forces and the Iraqi army near Makhmour, describing them as \"completely "
            "baseless.\"\n\nSeveral Iraqi Telegram channels and at least two satellite TV "
            "stations reported on Monday night that the two forces had exchanged fire near the "
            "Gwer bridge, claiming that several soldiers had been wounded.\n\n\"No shot was "
            "fired, and there is no problem between the Peshmerga and our brothers in the Iraqi "
            "army,\" the ministry's spokesperson told The New Region. \"What happened is that a "
            "unit of the army arrived at an area that is under the responsibility of the "
            "Peshmerga without prior coordination. The commanders spoke by phone and the matter "
            "was resolved within an hour.\"\n\nA senior officer in the Iraqi army's Nineveh "
            "Operations Command also told The New Region that the reports were \"fabricated,\" "
            "and that the unit had been on a routine reconnaissance mission.\n\nThe Makhmour "
            "district, which is administratively part of Nineveh province but has been run by "
            "the Kurdistan Region since 2003, is one of the disputed areas covered by Article "
            "140 of the Iraqi constitution. After October 2017, Iraqi forces took over the town "
            "itself, while the Peshmerga remain on the surrounding heights and on Qarachogh "
            "mountain.\n\nThe six joint coordination centres set up by Baghdad and Erbil are "
            "meant to prevent exactly this kind of misunderstanding, the spokesperson said, "
            "adding that the ministry would ask the centre in Makhmour to review the "
            "incident.\n\nKurdish lawmakers in Baghdad have accused \"certain parties\" of "
            "spreading false news to sabotage the formation of the joint brigades.",
            "2026-08-25", ()),
    # Al-Monitor. Hard: the incident is an anecdote inside an analysis piece, dated only "last week"
    # (date None); earlier land disputes and Sargaran are background.
    Article("en",
            "In Kirkuk, old land disputes turn deadly as harvest season ends\n\nKurdish farmers "
            "in Kirkuk's countryside say decades-old property claims dating to the Baath era "
            "are flaring again, and the state is doing little to stop it.\n\nLast week, gunmen "
            "shot dead a Kurdish farmer as he was loading wheat onto a truck in his field near "
            "Daquq, south of Kirkuk, according to the local police and relatives. The "
            "43-year-old father of five had been locked in a dispute for two years with a "
            "family from a neighboring Arab village over ownership of the land.\n\n\"They came "
            "on a motorcycle, two of them. They didn't say anything. They just fired,\" his "
            "brother told Al-Monitor by phone. \"Everyone knows who they are, but nobody has "
            "been arrested.\"\n\nThe killing has revived tensions that run through much of "
            "Kirkuk province. Under the Arabization policy of Saddam Hussein's government, "
            "thousands of Kurdish and Turkmen families were expelled from villages around "
            "Kirkuk and their land was handed to Arab families brought from central and "
            "southern Iraq. After 2003, many of the original owners returned, and Article 140 "
            "of the constitution was supposed to settle the claims. It never has.\n\nSince "
            "federal forces took control of Kirkuk from the Peshmerga in October 2017, Kurdish "
            "farmers in areas such as Sargaran, Dibis and Daquq have complained that Arab "
            "claimants, sometimes backed by local security officials, have tried to seize their "
            "fields at harvest time. In 2024 and 2025 several confrontations ended with shots "
            "fired in the air and, in at least one case, a farmer wounded.\n\nA Kirkuk "
            "provincial council member from the Kurdistan Democratic Party said the latest "
            "killing showed that \"the law is not being applied equally.\" An Arab member of "
            "the same council said the dispute was \"a private matter between two families\" "
            "and warned against turning it into an ethnic issue.\n\nThe Iraqi cabinet in 2023 "
            "canceled a number of the Baath-era decisions on confiscated land, but lawyers say "
            "implementation has been slow and that thousands of cases remain stuck in the "
            "courts.\n\n\"Every summer we wait for the harvest and we wait for trouble,\" said "
            "a farmer from a village near Daquq. \"Now the trouble has come.\"\n",
            "2026-09-18", (Gold(V, "Daquq", None, 1),)),
    # Rudaw English. Hard: kidnapping (V) with no deaths reported; "late Sunday" on a Tuesday;
    # ransom calls and an earlier kidnapping as background.
    Article("en",
            "Two shepherds abducted near Mandali, families plead for release\n\nRUDAW – Gunmen "
            "abducted two shepherds late Sunday in the countryside east of Mandali, near the "
            "Iranian border in Diyala province, a local official and relatives told Rudaw on "
            "Tuesday.\n\nThe two men, brothers aged 19 and 24, had taken their sheep to graze "
            "in an area of low hills about 10 kilometers from the town when a pickup truck "
            "carrying \"between five and seven armed men\" stopped next to them, a relative "
            "said.\n\n\"They took the boys and left the sheep. Since then, we have received one "
            "phone call from an unknown number asking for money,\" the relative said, asking "
            "that his name not be published for fear of endangering the captives.\n\nThe "
            "director of Mandali subdistrict confirmed the abduction and said security forces "
            "had launched a search of the area. \"We don't yet know who is behind it, whether "
            "it is a terrorist cell or a criminal gang,\" he told Rudaw.\n\nMandali, a mostly "
            "Kurdish Faili and Arab town, is among the areas disputed between Baghdad and "
            "Erbil. Residents have long complained of the presence of ISIS remnants in the "
            "nearby Hamrin foothills as well as of criminal gangs involved in smuggling across "
            "the border.\n\nLast year, a shepherd from the same area was kidnapped and later "
            "found dead, a case that has not been solved.",
            "2026-06-02", (Gold(V, "Mandali", "2026-05-31", None),)),
    # INA English. No event: court verdict on a 2024 bombing described in detail.
    Article("en",
            "Kirkuk court sentences terrorist to death over 2024 market bombing\n\nKirkuk – "
            "INA\nThe Kirkuk Criminal Court on Tuesday sentenced a terrorist to death by "
            "hanging for his involvement in the bombing of a popular market in the city in "
            "2024, the Supreme Judicial Council said.\n\nThe council's media office said in a "
            "statement received by the Iraqi News Agency (INA) that the court \"issued a death "
            "sentence against a terrorist who confessed to planting an explosive device in a "
            "popular market in the centre of Kirkuk, which killed two citizens and wounded "
            "eleven others\".\n\nThe statement added that the convict, a member of ISIS "
            "terrorist gangs, had also confessed to monitoring the movements of security forces "
            "in the Hawija and Rashad areas and transmitting information to the gangs' "
            "leaders.\n\nThe sentence was issued under Article 4/1 of the Anti-Terrorism Law "
            "No. 13 of 2005, and is subject to appeal before the Federal Court of "
            "Cassation.\n\nThe security services had arrested the convict in an intelligence "
            "operation in the Kirkuk district in early 2025.",
            "2026-10-20", ()),
    # Shafaq News. Hard: same incident as the Kurdistan24 piece (toll updated to three); Kurdish
    # spelling of the mountain; the earlier ministry toll is quoted.
    Article("ar",
            "ارتفاع حصيلة هجوم داعش على البيشمركة في مخمور إلى ثلاثة قتلى\n\nشفق نيوز/ أفاد "
            "مصدر في وزارة شؤون البيشمركة، اليوم الأربعاء، بارتفاع حصيلة الهجوم الذي شنه عناصر "
            "من تنظيم داعش على ربيئة للبيشمركة في جبل قرە چوغ التابع لقضاء مخمور إلى ثلاثة "
            "قتلى.\n\nوقال المصدر لوكالة شفق نيوز، إن \"المقاتل الذي أصيب بجروح بليغة في الهجوم "
            "الذي وقع مساء أمس الثلاثاء فارق الحياة صباح اليوم في مستشفى الطوارئ بأربيل متأثراً "
            "بجراحه، لترتفع حصيلة الضحايا إلى ثلاثة من منتسبي البيشمركة\".\n\nوأضاف أن \"مسلحي "
            "التنظيم هاجموا الربيئة بالأسلحة الخفيفة والمتوسطة وقاذفات الـ RPG، واستمر الاشتباك "
            "قرابة ساعة قبل أن ينسحبوا باتجاه المناطق الفاصلة بين قوات البيشمركة والجيش "
            "العراقي\".\n\nوكانت وزارة شؤون البيشمركة قد أعلنت في بيان صدر في وقت سابق من "
            "اليوم، مقتل اثنين من مقاتليها وإصابة ثالث بجروح خطيرة.\n\nويشهد جبل قرە چوغ والقرى "
            "المحيطة به نشاطاً متكرراً لخلايا داعش، التي تستغل الفراغ الأمني في المناطق "
            "المتنازع عليها بين بغداد وأربيل لشن هجمات على القوات الأمنية والمدنيين.\n\nيذكر أن "
            "الحكومة الاتحادية وحكومة إقليم كوردستان اتفقتا على تشكيل ألوية مشتركة من الجيش "
            "والبيشمركة لسد هذا الفراغ، إلا أن الاتفاق لم يدخل حيز التنفيذ الفعلي حتى الآن.",
            "2026-05-06", (Gold(B, "Qarachogh", "2026-05-05", 3),)),
    # INA (Security Media Cell). Hard: seizure/defusal (S); Arabic-Indic digits; the operation was
    # "yesterday Monday" in a Tuesday statement; province named as sector.
    Article("ar",
            "خلية الإعلام الأمني: العثور على ٤ أوكار لداعش وتفكيك ١٢ عبوة ناسفة في "
            "حمرين\n\nبغداد – واع\n\nأعلنت خلية الإعلام الأمني، اليوم الثلاثاء، العثور على "
            "أربعة أوكار لعصابات داعش الإرهابية وتفكيك ١٢ عبوة ناسفة ضمن سلسلة جبال حمرين في "
            "قاطع عمليات ديالى.\n\nوذكرت الخلية في بيان تلقته وكالة الأنباء العراقية (واع)، أن "
            "\"قطعات الفرقة الخامسة في الجيش العراقي، وبالتعاون مع الحشد الشعبي وبإسناد من "
            "طيران الجيش، نفذت يوم أمس الاثنين عملية تفتيش واسعة في عمق سلسلة جبال حمرين، بناءً "
            "على معلومات استخبارية دقيقة\".\n\nوأضاف البيان أن \"العملية أسفرت عن العثور على ٤ "
            "أوكار تحتوي على مواد غذائية وأغطية وأجهزة اتصال، فضلاً عن تفكيك ١٢ عبوة ناسفة معدة "
            "للتفجير، و٣ أحزمة ناسفة، وكمية من مادة الـ C4\"، مبيناً أن \"الأوكار دُمرت "
            "بالكامل، فيما نُقلت المواد المضبوطة إلى الجهات المختصة\".\n\nوأكدت الخلية أن "
            "\"العمليات مستمرة لملاحقة بقايا العصابات الإرهابية وتجفيف منابعها في جميع "
            "القواطع\".",
            "2026-02-24", (Gold(S, "Hamrin Mountains", "2026-02-23", None),)),
    # Alsumaria. Hard: sniper fire on a PMF post (B); "مساء أمس الجمعة" on a Saturday; Tuz Khurmatu
    # and Hamrin named as reference points.
    Article("ar",
            "استشهاد منتسب في الحشد الشعبي بنيران قناص قرب آمرلي\n\nالسومرية نيوز/ صلاح "
            "الدين\nأفاد مصدر أمني في محافظة صلاح الدين، اليوم السبت، باستشهاد منتسب في الحشد "
            "الشعبي بنيران قناص قرب ناحية آمرلي شرقي قضاء طوزخورماتو.\n\nوقال المصدر للسومرية "
            "نيوز، إن \"قناصاً ينتمي لعصابات داعش الإرهابية استهدف مساء أمس الجمعة نقطة مراقبة "
            "متقدمة تابعة لأحد ألوية الحشد الشعبي عند أطراف الناحية المحاذية لتلال حمرين، ما "
            "أسفر عن استشهاد أحد المنتسبين على الفور\".\n\nوأضاف المصدر، أن \"قوة أمنية شرعت "
            "بعملية تفتيش للمنطقة بحثاً عن القناص، فيما نُقل جثمان الشهيد إلى دائرة الطب العدلي "
            "في طوزخورماتو\".\n\nوتشهد المناطق الممتدة بين آمرلي وسليمان بيك وتلال حمرين بين "
            "الحين والآخر هجمات متفرقة لبقايا داعش، تستهدف في الغالب القوات الأمنية والرعاة.",
            "2026-04-11", (Gold(B, "Amerli", "2026-04-10", 1),)),
    # Baghdad Today. Hard: tribal clash (B); a range "between 3 and 5" in Arabic-Indic digits;
    # village unnamed, district only.
    Article("ar",
            "نزاع عشائري بالأسلحة المتوسطة في الحويجة.. وحصيلة أولية متضاربة\n\nبغداد اليوم - "
            "كركوك\n\nأفاد مصدر أمني في محافظة كركوك، فجر اليوم الأربعاء، بسقوط قتلى وجرحى في "
            "نزاع عشائري اندلع في إحدى القرى التابعة لقضاء الحويجة غربي المحافظة.\n\nوقال "
            "المصدر في حديث لـ\"بغداد اليوم\"، إن \"نزاعاً مسلحاً اندلع منذ الساعات الأولى من "
            "فجر اليوم بين عشيرتين في القرية على خلفية خلاف قديم حول ملكية أرض زراعية، "
            "واستُخدمت فيه الأسلحة الخفيفة والمتوسطة\".\n\nوأضاف أن \"الحصيلة الأولية تراوحت "
            "بين ٣ و٥ قتلى بحسب روايات متضاربة من أهالي المنطقة، إضافة إلى عدد من الجرحى نُقلوا "
            "إلى مستشفى الحويجة العام\"، مبيناً أن \"قوة من قيادة عمليات كركوك وصلت إلى المكان "
            "وفرضت طوقاً أمنياً للفصل بين الطرفين\".\n\nوأشار المصدر إلى أن \"شيوخ ووجهاء من "
            "العشائر تدخلوا لاحتواء الموقف، فيما باشرت الأجهزة الأمنية بالبحث عن "
            "المتورطين\".\n\nوتتكرر النزاعات العشائرية في أقضية ونواحي كركوك الجنوبية والغربية "
            "بسبب الخلافات على الأراضي والمياه، وسط مطالبات بحصر السلاح بيد الدولة.",
            "2026-08-12", (Gold(B, "Hawija", "2026-08-12", 3),)),
    # 964. Hard: short; Turkish drone; wounded only; village given via its subdistrict.
    Article("ar",
            "مسيرة تركية تقصف محيط قرية في كاني ماسي.. وإصابة مدني\n\n964 - دهوك\n\nقصفت طائرة "
            "مسيرة تركية، ظهر اليوم الأربعاء، محيط قرية حدودية في ناحية كاني ماسي التابعة لقضاء "
            "العمادية شمالي دهوك، ما أدى إلى إصابة مدني بجروح.\n\nوقال مسؤول محلي في الناحية "
            "لشبكة 964، إن \"المسيرة استهدفت بصاروخين منطقة زراعية قرب القرية، وأصيب رجل في "
            "الخمسينات من عمره كان يعمل في حقله بشظايا، ونُقل إلى مستشفى العمادية\".\n\nوأضاف "
            "\"الناس هنا تعبت، كل أسبوع قصف، والقرى فرغت من أهلها\".\n\nويشن الجيش التركي منذ "
            "سنوات عمليات جوية وبرية في المناطق الحدودية بإقليم كردستان بحجة ملاحقة مسلحي حزب "
            "العمال الكردستاني.",
            "2026-07-08", (Gold(E, "Kani Masi", "2026-07-08", None),)),
    # Al-Mada. No event: analysis of the security vacuum; past attacks, statements on joint brigades
    # and the six coordination centres.
    Article("ar",
            "الفراغ الأمني في المناطق المتنازع عليها.. ألوية مشتركة على الورق وهجمات على "
            "الأرض\n\nبغداد/ المدى\n\nرغم مرور أكثر من عامين على الاتفاق بين بغداد وأربيل على "
            "تشكيل ألوية مشتركة من الجيش والبيشمركة، ما يزال الشريط الممتد من خانقين وجلولاء "
            "شرقاً حتى سنجار وربيعة غرباً يعاني من فراغ أمني تستغله بقايا تنظيم داعش.\n\nويقول "
            "ضابط في قيادة العمليات المشتركة لـ(المدى)، إن \"المسافة بين آخر نقطة للجيش وأول "
            "نقطة للبيشمركة تصل في بعض المناطق إلى عشرة كيلومترات، خصوصاً في محيط مخمور وقره "
            "چوغ وجنوب غربي كركوك، وهذه المساحات هي ممرات آمنة لعناصر التنظيم\".\n\nوبحسب "
            "إحصاءات حصلت عليها (المدى)، شهدت المناطق المتنازع عليها خلال العام الماضي أكثر من "
            "ستين هجوماً، تنوعت بين زرع العبوات الناسفة والقنص والهجمات على الربايا، أبرزها "
            "الهجوم على ربيئة للجيش في وادي الشاي الذي أدى إلى مقتل أربعة جنود، والهجوم على "
            "قرية قرب داقوق الذي أسفر عن مقتل ثلاثة مدنيين.\n\nوكانت وزارة الدفاع قد أعلنت في "
            "وقت سابق عن افتتاح ستة مراكز تنسيق مشتركة في بغداد وأربيل وكركوك وديالى ونينوى "
            "ومخمور، لتبادل المعلومات الاستخبارية وتنسيق العمليات بين الطرفين.\n\nويرى النائب "
            "عن محافظة كركوك في حديث لـ(المدى)، أن \"المراكز المشتركة خطوة جيدة، لكنها لا تكفي "
            "ما لم تنتشر الألوية على الأرض\"، مضيفاً أن \"الخلافات السياسية بين القوى الكردية "
            "والعربية والتركمانية حول دور البيشمركة في كركوك هي السبب الحقيقي وراء "
            "التأخير\".\n\nفي المقابل، يؤكد مسؤول في وزارة شؤون البيشمركة أن \"الوزارة أكملت "
            "استعداداتها لتشكيل اللواءين المخصصين لها منذ أشهر، وتنتظر التمويل والموافقات من "
            "بغداد\".\n\nأما الخبير الأمني سرمد البياتي، فيرى أن \"داعش اليوم لا يملك القدرة "
            "على مسك الأرض، لكنه يملك القدرة على الإرباك، وكل هجوم صغير في هذه المناطق له أثر "
            "سياسي كبير\".\n\nويتوقع مراقبون أن يبقى ملف الألوية المشتركة رهين التفاهمات "
            "السياسية بين بغداد وأربيل، خصوصاً مع اقتراب استحقاقات الموازنة ورواتب موظفي "
            "الإقليم.",
            "2026-03-05", ()),
    # Al-Araby Al-Jadeed. No event: monthly tally, "the latest" attack as reference only.
    Article("ar",
            "تسع هجمات لـ\"داعش\" في ديالى وصلاح الدين وكركوك خلال آب\n\nبغداد ــ العربي "
            "الجديد\n\nكشفت مصادر أمنية عراقية عن تسجيل تسع هجمات نفذها مسلحو تنظيم \"داعش\" في "
            "محافظات ديالى وصلاح الدين وكركوك خلال شهر آب/أغسطس الماضي، أسفرت عن مقتل سبعة "
            "أشخاص، بينهم أربعة من عناصر الأمن، وإصابة 11 آخرين.\n\nوقال مسؤول في قيادة "
            "العمليات المشتركة لـ\"العربي الجديد\"، طالباً عدم ذكر اسمه، إن \"أغلب الهجمات وقعت "
            "في المناطق الوعرة، مثل حوض حمرين ووادي الشاي ومحيط قضاء طوزخورماتو، وهي مناطق تقع "
            "ضمن ما يعرف بالمناطق المتنازع عليها\"، مشيراً إلى أن \"التنظيم يعتمد على العبوات "
            "الناسفة والقنص بدلاً من المواجهة المباشرة\".\n\nوأضاف أن \"هذا العدد أقل من الشهر "
            "نفسه في العام الماضي، لكنه يبقى مؤشراً على أن خلايا التنظيم ما زالت قادرة على "
            "الحركة\"، لافتاً إلى أن آخر تلك الهجمات كان استهداف نقطة للحشد الشعبي قرب ناحية "
            "العظيم نهاية الشهر.\n\nمن جهته، قال عضو في لجنة الأمن والدفاع البرلمانية "
            "لـ\"العربي الجديد\"، إن \"استمرار الهجمات في هذه المناطق سببه غياب التنسيق الحقيقي "
            "بين الجيش والبيشمركة، والخلافات حول إدارة الملف الأمني في كركوك ومخمور "
            "وسنجار\".\n\nويأتي ذلك في وقت تتحدث فيه الحكومة العراقية عن انتهاء الخطر الأكبر "
            "للتنظيم، مع استمرار المفاوضات مع واشنطن حول مستقبل وجود قوات التحالف الدولي في "
            "البلاد.",
            "2026-09-02", ()),
    # Shafaq News. Hard: roundup of two incidents on two days (a shooting "last evening" and an IED
    # "this morning"); wounded only in the second; "days after" background.
    Article("ar",
            "ديالى.. مقتل مزارع بهجوم مسلح شمال شرقي المقدادية وإصابة جنديين بانفجار عبوة في "
            "جلولاء\n\nشفق نيوز/ أفاد مصدر أمني في محافظة ديالى، اليوم الأربعاء، بمقتل مزارع "
            "بهجوم مسلح شمال شرقي قضاء المقدادية، فيما أصيب جنديان بانفجار عبوة ناسفة في ناحية "
            "جلولاء.\n\nوقال المصدر لوكالة شفق نيوز، إن \"مسلحين مجهولين أطلقوا النار مساء أمس "
            "على مزارع داخل بستانه في إحدى القرى التابعة لقضاء المقدادية، ما أدى إلى مقتله في "
            "الحال\"، مبيناً أن \"المسلحين لاذوا بالفرار إلى جهة مجهولة\".\n\nوفي حادث منفصل، "
            "أضاف المصدر أن \"عبوة ناسفة انفجرت صباح اليوم على دورية للجيش العراقي على الطريق "
            "الزراعي بين جلولاء وقرية مجاورة، ما أسفر عن إصابة جنديين بجروح متفاوتة، نُقلا على "
            "إثرها إلى مستشفى خانقين العام\".\n\nويأتي ذلك بعد أيام من هجوم مماثل استهدف رعاة "
            "أغنام في أطراف ناحية السعدية.\n\nوتشهد مناطق شمال شرقي ديالى، المحاذية لسلسلة جبال "
            "حمرين، بين فترة وأخرى هجمات لخلايا داعش، فضلاً عن حوادث قتل مرتبطة بنزاعات عشائرية "
            "وثأرية.",
            "2026-10-14", (Gold(V, "Muqdadiya", "2026-10-13", 1),
                           Gold(E, "Jalawla", "2026-10-14", None))),
    # Al-Sabah. Hard: clash (B) whose toll must be summed (3 militants + 1 PMF fighter); Makhoul
    # range not in the gazetteer, nearest town Baiji; "أمس الأحد".
    Article("ar",
            "مقتل ثلاثة إرهابيين واستشهاد مقاتل في اشتباك بسلسلة مكحول\n\nصلاح الدين – "
            "الصباح\n\nتمكنت قطعات الحشد الشعبي، أمس الأحد، من قتل ثلاثة إرهابيين خلال اشتباك "
            "مسلح في سلسلة جبال مكحول شمالي قضاء بيجي، فيما استشهد أحد المقاتلين وأصيب اثنان "
            "آخران.\n\nوذكر بيان لهيئة الحشد الشعبي تلقت (الصباح) نسخة منه، أن \"قوة من اللواء "
            "المنتشر في قاطع عمليات صلاح الدين رصدت تحركاً لمجموعة إرهابية في أحد الوديان "
            "الوعرة بسلسلة مكحول، واشتبكت معها بمختلف أنواع الأسلحة، ما أسفر عن قتل ثلاثة من "
            "عناصرها، بينهم انتحاري يرتدي حزاماً ناسفاً\".\n\nوأضاف البيان أن \"الاشتباك أسفر "
            "كذلك عن استشهاد أحد مقاتلي الحشد وإصابة اثنين آخرين بجروح طفيفة\"، مشيراً إلى أن "
            "\"القوة عثرت على أسلحة وأعتدة وأجهزة اتصال بحوزة الإرهابيين\".\n\nوتعد سلسلة "
            "مكحول، الممتدة بين بيجي والشرقاط، من أبرز المناطق التي تتخذها بقايا داعش ملاذاً، "
            "لوعورة تضاريسها وكثرة الكهوف فيها.",
            "2026-06-22", (Gold(B, "Baiji", "2026-06-21", 4),)),
    # Alsumaria. Hard: ISIS-era landmine kills a shepherd (E), son wounded; "عصر اليوم".
    Article("ar",
            "مقتل راعٍ وإصابة نجله بانفجار لغم من مخلفات داعش في الشرقاط\n\nالسومرية نيوز/ صلاح "
            "الدين\n\nأفاد مصدر أمني في محافظة صلاح الدين، اليوم السبت، بمقتل راعي أغنام وإصابة "
            "نجله بانفجار لغم أرضي من مخلفات عصابات داعش الإرهابية في قضاء الشرقاط شمالي "
            "المحافظة.\n\nوقال المصدر للسومرية نيوز، إن \"لغماً أرضياً انفجر عصر اليوم براعي "
            "أغنام ونجله أثناء رعيهما الماشية في منطقة زراعية على الساحل الأيسر للقضاء، ما أسفر "
            "عن مقتل الأب في الحال وإصابة نجله البالغ من العمر ١٤ عاماً بجروح "
            "بليغة\".\n\nوأضاف، أن \"الجريح نُقل إلى مستشفى الشرقاط العام لتلقي العلاج، فيما "
            "نُقلت الجثة إلى دائرة الطب العدلي\".\n\nوما تزال مساحات واسعة من الأراضي الزراعية "
            "في الشرقاط ومناطق جنوب الموصل ملوثة بالألغام والعبوات التي زرعها التنظيم قبل طرده "
            "من المنطقة عام 2016، وسط مطالبات للجهات المختصة بتسريع عمليات التطهير.",
            "2026-05-23", (Gold(E, "Shirqat", "2026-05-23", 1),)),
    # Baghdad Today. No event: denial of an ISIS infiltration; names Dibis and Altun Kupri.
    Article("ar",
            "عمليات كركوك تنفي تسلل عناصر من داعش إلى الدبس: الوضع مستقر\n\nبغداد اليوم - "
            "كركوك\n\nنفت قيادة عمليات كركوك، اليوم الأحد، الأنباء التي تحدثت عن تسلل مجموعة من "
            "عناصر تنظيم داعش إلى قرى تابعة لقضاء الدبس شمال غربي المحافظة، مؤكدة أن الوضع "
            "الأمني \"مستقر تماماً\".\n\nوقال مصدر في القيادة لـ\"بغداد اليوم\"، إن \"ما تم "
            "تداوله على مواقع التواصل الاجتماعي حول تسلل عناصر إرهابية واشتباكها مع القوات "
            "الأمنية قرب الدبس عارٍ عن الصحة\"، مبيناً أن \"القطعات الأمنية نفذت يوم أمس عملية "
            "تفتيش روتينية في المنطقة بين الدبس وآلتون كوبري ولم تسجل أي خرق\".\n\nوأضاف أن "
            "\"بعض الصفحات تتعمد نشر أخبار كاذبة لإثارة الذعر بين المواطنين\"، داعياً وسائل "
            "الإعلام إلى \"استقاء المعلومات من المصادر الرسمية\".\n\nوكانت صفحات محلية قد "
            "تناقلت، مساء أمس، أنباء عن سماع إطلاق نار كثيف في إحدى القرى القريبة من الدبس.",
            "2026-09-27", ()),
    # Rudaw Arabic. Hard: farmers shot at over a land dispute (V); wounded only; Kurdish spelling;
    # earlier disputes as background; "يوم أمس الاثنين".
    Article("ar",
            "إصابة مزارع كوردي بإطلاق نار في سركران.. والأهالي يتهمون \"مستوطنين\"\n\nروداو - "
            "كركوك\n\nأصيب مزارع كوردي بجروح، يوم أمس الاثنين، إثر إطلاق نار من قبل مسلحين على "
            "مجموعة من المزارعين في ناحية سركران التابعة لقضاء الدبس في محافظة كركوك.\n\nوقال "
            "أحد المزارعين لشبكة روداو الإعلامية، إن \"مجموعة من المسلحين جاؤوا بسيارتين "
            "وأطلقوا النار علينا أثناء حراثة أراضينا، وأصيب أحد أبناء القرية في قدمه ونُقل إلى "
            "مستشفى كركوك\"، مضيفاً \"هذه أرضنا منذ زمن أجدادنا، ولدينا كل الأوراق "
            "الرسمية\".\n\nوأوضح أن المسلحين ينتمون إلى عائلات عربية استقدمت إلى المنطقة في عهد "
            "النظام السابق ضمن سياسة التعريب، وأنهم يطالبون بالأرض استناداً إلى عقود زراعية "
            "قديمة.\n\nمن جانبه، قال مدير ناحية سركران لروداو، إن \"الشرطة فتحت تحقيقاً في "
            "الحادث\"، مطالباً الحكومة الاتحادية بـ\"حسم ملف الأراضي المتنازع عليها قبل أن "
            "تتطور الأمور إلى ما هو أسوأ\".\n\nوتشهد مناطق سركران وداقوق وبعض قرى الدبس منذ عام "
            "2017 نزاعات متكررة بين مزارعين كورد وعرب على ملكية الأراضي الزراعية، خاصة في موسمي "
            "الحراثة والحصاد.",
            "2026-10-27", (Gold(V, "Sargaran", "2026-10-26", None),)),
    # INA. Hard: deployment (S) of a joint brigade, wrapped in statements on the joint brigades;
    # Makhmour district and Gwer subdistrict both named.
    Article("ar",
            "انتشار أول لواء مشترك من الجيش والبيشمركة في ناحية الكوير\n\nأربيل – واع\n\nأعلنت "
            "قيادة العمليات المشتركة، اليوم الأحد، انتشار أول لواء مشترك من الجيش العراقي وقوات "
            "البيشمركة في ناحية الكوير التابعة لقضاء مخمور، ضمن الاتفاق المبرم بين الحكومة "
            "الاتحادية وحكومة إقليم كوردستان لسد الفراغات الأمنية.\n\nوقال نائب قائد العمليات "
            "المشتركة في تصريح لوكالة الأنباء العراقية (واع)، إن \"اللواء المشترك باشر صباح "
            "اليوم بالانتشار في المناطق الفاصلة بين قطعات الجيش والبيشمركة في محيط الكوير، "
            "وسيتولى مسك الأرض وتنفيذ عمليات التفتيش والملاحقة لبقايا عصابات داعش "
            "الإرهابية\".\n\nوأضاف أن \"اللواء يضم ثلاثة أفواج، اثنان منها من الجيش وفوج من "
            "البيشمركة، ويعمل تحت قيادة مشتركة بالتنسيق مع مركز التنسيق المشترك في "
            "مخمور\".\n\nمن جانبه، أكد الأمين العام لوزارة شؤون البيشمركة أن \"هذه الخطوة تمثل "
            "بداية لتطبيق الاتفاق بشكل فعلي، ونأمل أن يتبعها انتشار اللواء الثاني في مناطق أخرى "
            "من كركوك وديالى خلال الأشهر المقبلة\".\n\nيذكر أن بغداد وأربيل اتفقتا على تشكيل "
            "لواءين مشتركين بدعم من التحالف الدولي، وافتتاح ستة مراكز تنسيق مشتركة في المناطق "
            "المتنازع عليها.",
            "2026-02-08", (Gold(S, "Gwer", "2026-02-08", None),)),
)  # fmt: skip

#: A twenty-first batch written blind (28 reports, 16 en and 12 ar: briefs, features, a live
#: blog, an interview), scored once after the WIRE15 rules: en P 0.81 R 0.93 (location 0.69,
#: date 1.00, fatalities 0.77), ar P 0.75 R 1.00 (1.00, 1.00, 0.89); the coder of a4c4e8b had
#: en P 0.76 R 0.93, ar P 0.64 R 1.00. Rules then: "an officer and three soldiers" and قيادي
#: واثنان من مرافقيه are one and a count; a drone shot down beside a strike is that strike's;
#: وسائل التواصل; a tally's breakdown (تنوعت الهجمات); عادةً.
WIRE16: tuple[Article, ...] = (
    # AFP. The headline says four dead, but the body adds an attacker killed in the firefight (five
    # deaths in all); the ambush opens with a bomb (still an ambush on forces, Battles); dateline
    # city (Kirkuk) is not the incident place; the Hamrin mountains and other provinces are only
    # where the attackers fled and background.
    Article("en",
            "Jihadist ambush kills four Iraqi soldiers near Kirkuk\n\nKirkuk (Iraq) (AFP) - "
            "Jihadists ambushed an Iraqi army patrol south of the northern city of Kirkuk late "
            "Tuesday, killing an officer and three soldiers, security officials said Wednesday, "
            "one of the deadliest attacks on the military in months.\n\nThe patrol was hit in "
            "Wadi al-Shay, a string of orchards and dry riverbeds in Daquq district that "
            "Islamic State group remnants have used as a hideout for years, a Kirkuk police "
            "officer told AFP, asking not to be named because he was not authorised to speak to "
            "the media.\n\n\"They set off a bomb under the first Humvee to stop the convoy, "
            "then opened fire with machine guns from the orchards on both sides,\" he said. Two "
            "more soldiers were wounded and taken to hospital in Kirkuk.\n\nAn army officer in "
            "the province said troops fought back for nearly an hour and killed one of the "
            "assailants, whose body was found at dawn near the riverbed. The rest of the group "
            "escaped towards the Hamrin mountains, he said.\n\nThere was no immediate claim of "
            "responsibility, but IS has carried out most such attacks in the area since Iraq "
            "declared the jihadists defeated at the end of 2017.\n\nThe group's remaining cells "
            "operate mainly in the rugged belt where Kirkuk, Salaheddin and Diyala provinces "
            "meet, territory that both the federal government in Baghdad and the autonomous "
            "Kurdistan region claim. Kurdish peshmerga fighters pulled out of much of it in "
            "October 2017, and officials on both sides have long complained that the line "
            "between the two forces leaves gaps the jihadists exploit.\n\nBaghdad and Arbil "
            "agreed in recent years to set up joint brigades to patrol those gaps, but the plan "
            "has moved slowly.\n\nWadi al-Shay has seen repeated attacks. In one of the worst, "
            "several soldiers were killed in an ambush in the same area more than two years "
            "ago.",
            "2026-02-18", (Gold(B, "Wadi al-Shay", "2026-02-17", 5),)),
    # Kurdistan24 English. Dateline Erbil; the strike is near Batifa (Zakho district); an earlier
    # strike near Kani Masi "earlier this month" is background only; casualties given as bodies
    # taken to hospital.
    Article("en",
            "Turkish drone strike kills two near Batifa in Duhok province\n\nERBIL "
            "(Kurdistan24) - Two people were killed on Saturday afternoon when a Turkish drone "
            "struck a vehicle on a rural road outside the town of Batifa, in Duhok province's "
            "Zakho district, a local official told Kurdistan24.\n\nBatifa's mayor, Sarbast "
            "Haji, said the pickup truck was hit twice as it was travelling from a nearby "
            "village towards the town centre.\n\n\"The car was completely burned. We took the "
            "two bodies to the hospital in Zakho, and so far we have not been able to identify "
            "them,\" Haji said, adding that the strike caused no damage to nearby "
            "homes.\n\nTurkey's defence ministry did not comment on the incident. Ankara "
            "usually says its air and drone strikes in the Kurdistan Region target positions of "
            "the Kurdistan Workers' Party (PKK), which has fought the Turkish state for four "
            "decades.\n\nResidents of the area told Kurdistan24 that drones had been flying "
            "over the valley for most of the week.\n\nThe strike came despite the ongoing peace "
            "process between Ankara and the PKK, which many border villagers had hoped would "
            "bring an end to the bombardment of their lands. Earlier this month, a drone strike "
            "hit farmland near the resort town of Kani Masi in Amedi district without causing "
            "casualties.\n\nKurdistan Region officials have repeatedly called on both sides to "
            "keep the conflict away from civilian areas. According to local rights groups, "
            "hundreds of villages along the border with Turkey have been emptied of their "
            "residents over the years because of the fighting.",
            "2026-04-12", (Gold(E, "Batifa", "2026-04-11", 2),)),
    # Rudaw English. Double dateline (Erbil / Sulaimani); explicit no casualties; Sidakan shelling
    # "last week" is a background reference (and unknown to the gazetteer); a count of shells that
    # is not a toll.
    Article("en",
            "Iranian artillery shells villages near Penjwen, damaging orchards\n\nERBIL / "
            "SULAIMANI, Kurdistan Region - Iranian artillery shelled the outskirts of several "
            "border villages in Penjwen district on Wednesday, setting fire to orchards and "
            "pastures and causing panic among residents, but no casualties were reported, a "
            "local official told Rudaw.\n\n\"More than 20 shells landed between noon and "
            "sunset. Some fell just a few hundred metres from houses,\" said Ako Mahmoud, head "
            "of the Penjwen district council.\n\nFarmers in the area said fires burned for "
            "hours on the hillsides, destroying walnut and pomegranate trees shortly before the "
            "harvest season. \"We had already taken our sheep up to the summer pastures. Now we "
            "had to bring everything down again,\" one villager, who asked that his name be "
            "withheld, told Rudaw by phone.\n\nThere was no immediate comment from Tehran. "
            "Iran's Revolutionary Guard (IRGC) has frequently shelled the mountainous border "
            "areas of the Kurdistan Region, saying it is targeting armed Iranian Kurdish "
            "opposition groups based there.\n\nLast week, the IRGC shelled areas near Sidakan, "
            "in Erbil province's Soran district, according to local officials there.\n\nUnder a "
            "security agreement signed by Baghdad and Tehran in 2023, Iraq pledged to disarm "
            "the Iranian Kurdish opposition groups and move them away from the border. Iraqi "
            "and Kurdish officials say the deal has been implemented, but Iranian officials "
            "have accused the groups of still operating in the area.\n\nPenjwen district lies "
            "on the border with Iran, east of Sulaimani city.",
            "2026-05-21", (Gold(E, "Penjwen", "2026-05-20", 0),)),
    # Shafaq News English one-paragraph brief. The oil field is not in the gazetteer, so the gold
    # place is its district (Dibis); "without causing casualties" means 0.
    Article("en",
            "Shafaq News/ A Katyusha rocket landed on Thursday near the Bai Hassan oil field in "
            "Dibis district, northwest of Kirkuk, without causing casualties or damage to the "
            "facilities, a security source told Shafaq News Agency.",
            "2026-07-09", (Gold(E, "Dibis", "2026-07-09", 0),)),
    # Reuters. Many numbers that are not tolls (megawatts, cubic feet, percentages); a deadly 2024
    # attack on the same field is background; "late on Wednesday" with a Thursday dateline; no one
    # was hurt.
    Article("en",
            "Drone attack halts output at Iraqi Kurdistan's Khor Mor gas field, cuts "
            "power\n\nERBIL, Iraq, June 25 (Reuters) - A drone attack on the Khor Mor gas field "
            "in Iraq's Kurdistan region late on Wednesday forced operators to halt production, "
            "knocking out about 2,500 megawatts of power generation across the region, "
            "officials said on Thursday.\n\nThe drone hit a condensate storage tank, starting a "
            "fire that was brought under control by early morning, the Kurdistan Regional "
            "Government's interior ministry said in a statement. No one was hurt, it said.\n\nA "
            "second drone was shot down before it reached the field, two security sources "
            "said.\n\nThe Khor Mor field, in Sulaimaniyah province's Chamchamal district, is "
            "operated by the Pearl Petroleum consortium, which is led by the UAE's Dana Gas and "
            "Crescent Petroleum. It supplies gas to power plants that generate most of the "
            "region's electricity.\n\n\"Production has been stopped as a precaution while "
            "technical teams assess the damage,\" a company official said, speaking on "
            "condition of anonymity. He said the field had been producing around 500 million "
            "standard cubic feet of gas per day before the attack.\n\nElectricity supply in the "
            "cities of Erbil, Sulaimaniyah and Duhok fell by as much as 80% within hours, the "
            "region's electricity ministry said, as temperatures topped 45 degrees Celsius (113 "
            "Fahrenheit).\n\nNo group claimed responsibility. Kurdish officials have in the "
            "past blamed Iran-aligned armed groups for attacks on the field, which have "
            "continued despite promises by Baghdad to find those responsible.\n\nIn April 2024, "
            "a drone attack on Khor Mor killed four Yemeni workers and briefly halted "
            "production.\n\nThe Kurdistan Region's prime minister called the attack \"an act of "
            "terrorism against the people's livelihood\" and urged the federal government to "
            "act.\n\n(Reporting by Dilan Hassan in Erbil and Ahmed Kareem in Baghdad; Editing "
            "by Michael Ward)",
            "2026-06-25", (Gold(E, "Khor Mor gas field", "2026-06-24", 0),)),
    # AP. Toll as "a soldier and two fighters" (3); wounded count as distractor; Mount Sinjar and
    # Sinjar district around the town; 2022 clashes and the 2014 genocide as background.
    Article("en",
            "Clashes between Iraqi army and Yazidi fighters kill 3 in Sinjar\n\nBAGHDAD (AP) - "
            "Clashes broke out Sunday between the Iraqi army and a Yazidi armed group in "
            "northern Iraq's Sinjar region, killing a soldier and two fighters, Iraqi officials "
            "said.\n\nThe fighting erupted in the town of Sinuni, north of Mount Sinjar, after "
            "troops tried to remove a checkpoint set up by the Sinjar Resistance Units, known "
            "by their Kurdish initials YBS, two security officials said. At least five other "
            "people were wounded, among them a civilian woman hit by a stray bullet, said an "
            "official at the Sinuni hospital. The officials spoke on condition of anonymity "
            "because they were not authorized to talk to reporters.\n\nThe army said in a "
            "statement that its forces had been fired upon by \"outlaw elements\" and that calm "
            "had been restored by the evening. It did not give a toll.\n\nA statement "
            "attributed to the YBS said two of its members had been \"martyred\" and accused "
            "the army of trying to impose its control on the area by force.\n\nThe local "
            "authorities imposed a curfew on Sinuni on Sunday night, and some families were "
            "seen leaving towards camps in the neighboring Kurdistan region on Monday "
            "morning.\n\nThe YBS was formed in 2014 with the help of the Kurdistan Workers' "
            "Party, or PKK, to defend Yazidis after Islamic State group militants overran "
            "Sinjar and killed and enslaved thousands of members of the religious minority. "
            "Turkey considers the group an extension of the PKK and has repeatedly struck its "
            "members with drones.\n\nA 2020 agreement between Baghdad and the Kurdistan "
            "regional government was supposed to remove armed groups from Sinjar and set up a "
            "new local administration, but it has never been fully implemented. Similar clashes "
            "in May 2022 killed several people and forced thousands to flee.",
            "2026-03-02", (Gold(B, "Sinuni", "2026-03-01", 3),)),
    # Xinhua. Two incidents in one story: air strikes on Monday reported on Tuesday (the Security
    # Media Cell "said Tuesday"), and a separate roadside bomb on Tuesday with only wounded; Diyala
    # province named for the Hamrin mountains that straddle three provinces.
    Article("en",
            "Iraqi airstrikes kill 5 IS militants in Hamrin mountains\n\nBAGHDAD, May 12 "
            "(Xinhua) -- Iraqi warplanes killed five Islamic State (IS) militants in airstrikes "
            "on their hideouts in the Hamrin mountains in northeastern Iraq, the Iraqi Security "
            "Media Cell said Tuesday.\n\nActing on intelligence information, Iraqi F-16 fighter "
            "jets carried out the airstrikes on Monday evening on two caves used by IS "
            "militants in the rugged area of the Hamrin mountains in Diyala province, the cell "
            "said in a statement.\n\nGround forces later searched the targeted site and found "
            "the bodies of five militants, along with weapons, explosive belts and a "
            "motorcycle, the statement said.\n\nIn a separate incident, three Iraqi soldiers "
            "were wounded on Tuesday morning when a roadside bomb struck their patrol on a "
            "rural road near the town of Tuz Khurmatu in Salahudin province, a provincial "
            "police source told Xinhua on condition of anonymity.\n\nThe security situation in "
            "Iraq has improved since Iraqi forces defeated IS militants across the country late "
            "in 2017. However, IS remnants have since moved into urban areas, deserts and "
            "rugged areas, carrying out frequent guerilla attacks against the security forces "
            "and civilians.\n\nThe Hamrin mountain range, which stretches across Diyala, "
            "Salahudin and Kirkuk provinces, has long been a hotbed for the extremist "
            "militants.",
            "2026-05-12", (Gold(E, "Hamrin Mountains", "2026-05-11", 5),
                           Gold(E, "Tuz Khurmatu", "2026-05-12", None))),
    # The National. Long feature on the joint brigades and coordination centres: plans, statements
    # and an earlier ambush (February) as background; many places, no event.
    Article("en",
            "Iraq's joint Kurdish-federal brigades face slow start in disputed lands\n\nMonths "
            "after the first recruits graduated, the units meant to close the security gaps "
            "exploited by ISIS are still largely on paper\n\nERBIL // On a dusty parade ground "
            "outside Makhmour, a few hundred soldiers in two different uniforms stand in line "
            "for a photograph. Some wear the olive fatigues of the Kurdish Peshmerga, others "
            "the desert camouflage of the Iraqi army. Officially, they belong to the same "
            "brigade.\n\nIn practice, commanders on both sides admit, the joint units that "
            "Baghdad and Erbil agreed to form to patrol the strip of disputed land between "
            "their forces are still finding their feet.\n\n\"The idea is simple. ISIS lives in "
            "the space between our lines. If we stand together in that space, there is nowhere "
            "left for them,\" said Brig Gen Hazhar Omar, a Peshmerga officer involved in the "
            "planning. \"The implementation is not simple at all.\"\n\nThe disputed "
            "territories, a belt of land stretching from Sinjar near the Syrian border to "
            "Khanaqin on the frontier with Iran, have been contested by the federal government "
            "and the Kurdistan Regional Government since 2003. After Kurdish forces withdrew "
            "from much of the area in October 2017, following the region's independence "
            "referendum, a no man's land of several kilometres opened between the two forces in "
            "places such as the Qarachogh mountain, the Wadi Al Shay valley south of Kirkuk and "
            "the countryside around Tuz Khurmatu.\n\nSecurity officials say ISIS cells, "
            "numbering a few hundred fighters at most, have used those gaps to stage ambushes, "
            "plant roadside bombs and extort villagers. In February, an ambush in Wadi Al Shay "
            "killed four soldiers and renewed calls to speed up the joint deployment.\n\nUnder "
            "the arrangement, six joint coordination centres, in Baghdad, Erbil, Kirkuk, "
            "Diyala, Nineveh and Makhmour, share intelligence and plan operations. Two joint "
            "brigades are to be deployed along the line, with the first expected to take up "
            "positions by the end of this year, according to a senior official at the Iraqi "
            "Joint Operations Command.\n\n\"The salaries and the equipment are the issue. Who "
            "pays, who arms, who commands,\" the official said, speaking on condition of "
            "anonymity. \"These are political questions, not military ones.\"\n\nThe US-led "
            "coalition, which has helped to fund and train the brigades, says progress has been "
            "real but uneven. A coalition adviser in Erbil told The National that joint patrols "
            "near Makhmour had become \"routine\" but that elsewhere \"the trust still needs to "
            "be built, one checkpoint at a time\".\n\nFor residents, the timetable matters less "
            "than results. In a village on the edge of Daquq district, Abu Khalid, a farmer in "
            "his sixties, says he has not harvested his land near the valley for three "
            "seasons.\n\n\"At night the army is on one hill and the Peshmerga on another, and "
            "the men of Daesh walk in the middle,\" he said, using the Arabic acronym for ISIS. "
            "\"If the brigade comes and stays, I will plant again.\"\n\nKurdish politicians "
            "also see the brigades as a first step towards resolving the wider dispute over the "
            "territories, which the Iraqi constitution's Article 140 was supposed to settle "
            "through a census and referendum that have never been held.\n\nArab and Turkmen "
            "leaders in Kirkuk are more sceptical. \"A joint force is welcome if it fights "
            "terrorism. It must not become a way to redraw the map,\" said a Turkmen member of "
            "Kirkuk's provincial council.\n\nThe Peshmerga ministry says it has completed its "
            "share of the manpower for the first brigade and is waiting for Baghdad to approve "
            "the budget line. The federal defence ministry did not respond to a request for "
            "comment.",
            "2026-08-20", ()),
    # Al-Monitor analysis. Turkish bases and PKK disarmament; past strikes referred to only in
    # general; a governor's office denial of shelling near Kani Masi; no event.
    Article("en",
            "Turkey's bases in Iraqi Kurdistan stay put as PKK disarmament drags on\n\nDespite "
            "a peace process with the PKK, Turkey has given no sign it will pull back from the "
            "dozens of outposts it built in Duhok province in recent years.\n\nWhen the "
            "Kurdistan Workers' Party (PKK) announced it would lay down its arms, many in the "
            "mountain villages of Duhok province expected the Turkish soldiers on the "
            "surrounding ridges to follow the fighters out. More than a year later, the bases "
            "are still there, and in some places residents say they have grown.\n\nTurkey has "
            "built a network of military posts stretching along the border from Zakho to the "
            "Bradost area, with the densest concentration in Amedi district. Local officials "
            "estimate there are now more than 100 Turkish outposts inside Iraqi territory, "
            "connected by new roads cut into the mountainsides.\n\n\"Turkey is not going to "
            "leave because of a ceremony,\" a senior Kurdistan Democratic Party official told "
            "Al-Monitor on condition of anonymity. \"They will stay until they are convinced "
            "the mountains are empty, and that will take years.\"\n\nThe pace of Turkish "
            "strikes has slowed markedly since the beginning of the process, according to "
            "monitoring groups, though drone strikes on suspected PKK members have not stopped "
            "entirely, particularly around Sinjar and the Makhmour camp.\n\nOn Sunday, the "
            "office of the Duhok governor denied reports on social media that Turkish artillery "
            "had shelled villages near Kani Masi, saying no shells had landed in the area and "
            "urging people not to circulate \"unverified news.\"\n\nBaghdad's position remains "
            "ambiguous. The federal government designated the PKK a banned organization in 2024 "
            "and has deepened security cooperation with Ankara, including on the Development "
            "Road project, which is planned to pass through the border region. At the same "
            "time, Iraqi officials have said publicly that the Turkish presence violates Iraqi "
            "sovereignty.\n\nFor the Kurdistan Regional Government, the priority is returning "
            "displaced villagers. The KRG says more than 150 villages in Duhok province have "
            "been fully or partly abandoned because of the conflict. Some families have begun "
            "visiting their orchards again in the daytime, but few have moved back.\n\n\"We go "
            "in the morning, we come back before dark,\" said a man from a village in the "
            "Barwari Bala area. \"Nobody has told us it is finished.\"",
            "2026-09-15", ()),
    # Middle East Eye. Abduction and killing of truffle hunters (violence against civilians) on
    # Sunday, published Wednesday; a third man escaped; Qara Tapa belongs to Kifri district though
    # reported with Diyala, Khanaqin and Jalawla around it; truffle-season deaths of earlier years
    # as background.
    Article("en",
            "Iraq: Suspected IS militants kill two truffle hunters in Diyala "
            "desert\n\nRelatives say the men had gone out before dawn, despite warnings, to "
            "gather the desert truffles that fetch high prices in Baghdad's "
            "markets\n\nSuspected Islamic State (IS) militants abducted three men who had gone "
            "truffle hunting in the desert near Qara Tapa, in Iraq's eastern Diyala province, "
            "on Sunday, killing two of them, relatives and local officials told Middle East "
            "Eye.\n\nThe third man managed to escape and walked for several hours before "
            "reaching an army checkpoint, according to a cousin of one of the victims, who "
            "asked not to be named for his safety.\n\n\"They were taken from their car by men "
            "with rifles and covered faces. My cousin said they were asked whether they worked "
            "with the army or the Hashd,\" he said, referring to the Popular Mobilisation "
            "Forces. \"Then they separated them. He ran when the gunmen were "
            "distracted.\"\n\nThe bodies of the other two men, both in their twenties and from "
            "the same clan, were found hours later by a search party, shot in the head, a local "
            "official in Qara Tapa said.\n\nTruffle season, which runs from February to April, "
            "draws hundreds of people from across Iraq into the open desert and hills between "
            "Diyala, Salahuddin and Anbar provinces. Each year it brings deaths, from landmines "
            "left over from the war against IS and from attacks by militant cells that still "
            "roam the area.\n\nIn previous seasons, dozens of truffle hunters were killed or "
            "kidnapped in similar incidents, prompting the authorities to warn people to stay "
            "away from certain areas.\n\nQara Tapa, a largely Arab and Turkmen subdistrict, "
            "sits on the edge of the disputed territories between Baghdad and the Kurdistan "
            "Region, not far from Jalawla and Khanaqin. Security there is split between the "
            "Iraqi army, the PMF and, a few kilometres to the north, Kurdish Peshmerga "
            "forces.\n\nA security official in Diyala said forces had stepped up patrols in the "
            "area, but conceded that the desert was impossible to cover fully. \"You cannot put "
            "a soldier behind every bush,\" he said.\n\nFor families in the area, truffles are "
            "a vital source of income. A kilogram can sell for as much as 25,000 Iraqi dinars "
            "(about $19) at the start of the season.\n\n\"We know the risk,\" said the cousin. "
            "\"But there is no other work.\"",
            "2026-03-18", (Gold(V, "Qara Tapa", "2026-03-15", 2),)),
    # Arab News. An arrest (strategic development) on Friday announced on Saturday; the detainee's
    # role in past attacks as background; no deaths reported at all.
    Article("en",
            "Iraqi counter-terror forces arrest senior Daesh figure in Kirkuk province\n\nArab "
            "News\n\nBAGHDAD: Iraq's Counter-Terrorism Service said on Saturday that it had "
            "arrested a senior Daesh official in an operation in Hawija district, southwest of "
            "Kirkuk, on Friday.\n\nThe detainee, whom the service did not name, had served as "
            "the group's \"administrative official\" for the area south of Kirkuk and was "
            "involved in planning attacks on security forces in Hawija and the nearby Zab "
            "region, the service said in a statement.\n\nThe operation was carried out \"after "
            "precise intelligence tracking that lasted several months,\" the statement added, "
            "without giving further details.\n\nA security source in Kirkuk told Arab News that "
            "the man was detained at a house in a village on the outskirts of the town and that "
            "no shots were fired. He is being interrogated in Baghdad.\n\nHawija was one of the "
            "last urban strongholds of Daesh in Iraq and was retaken by Iraqi forces in October "
            "2017. Although large-scale fighting has ended, the surrounding countryside, along "
            "with the Hamrin mountains to the east, remains a refuge for small militant "
            "cells.\n\nIraq's security services regularly announce arrests of suspected "
            "militants, many of them based on a counterterrorism law under which membership of "
            "Daesh is punishable by death.",
            "2026-10-03", (Gold(S, "Hawija", "2026-10-02", None),)),
    # AP. Casualty update: Tuesday's bombing, published Thursday, toll rises from four to six; the
    # IS claim on Wednesday is not an event; the same incident as the Shafaq Arabic report below
    # (each coded in its own article).
    Article("en",
            "Death toll from bombing at Iraqi livestock market rises to 6\n\nKIRKUK, Iraq (AP) "
            "- The death toll from a bombing at a crowded livestock market in northern Iraq on "
            "Tuesday has risen to six after two of the wounded died in the hospital, health "
            "officials said Thursday.\n\nThe explosive device had been hidden in a cart near "
            "the entrance of the market in the town of Daquq, about 45 kilometers (28 miles) "
            "south of the city of Kirkuk, police said. Four people were killed at the scene and "
            "11 were wounded, including two children.\n\nTwo of the wounded died late Wednesday "
            "and early Thursday, a spokesman for Kirkuk's health department said. Three others "
            "remain in serious condition.\n\nThe Islamic State group claimed responsibility for "
            "the attack in a statement posted Wednesday on its Aamaq news agency, saying it had "
            "targeted \"apostates.\" The claim could not be independently verified.\n\nDaquq "
            "lies in an area that is claimed both by the central government in Baghdad and the "
            "Kurdistan regional government. Residents say security has deteriorated in the "
            "villages around the town in recent years as the militants exploit gaps between "
            "federal forces and Kurdish peshmerga fighters.\n\nThe Iraqi prime minister's "
            "office said it had ordered an investigation into the attack, and security forces "
            "set up additional checkpoints in the area.",
            "2026-08-13", (Gold(E, "Daquq", "2026-08-11", 6),)),
    # Kurdistan24 English live blog, newest first, with updates running past midnight: the attack is
    # on Sunday night, the page dated Monday; a rumoured second drone over Harir is denied (not an
    # event); no casualties.
    Article("en",
            "LIVE UPDATES: Drone attack targets Erbil International Airport\n\nLast updated "
            "Monday, 09:05 Erbil time\n\n09:05 - The Kurdistan Region's Counter-Terrorism "
            "Directorate (CTD) says in a statement that a fixed-wing drone \"loaded with "
            "explosives\" was shot down by the air defences of the international coalition at "
            "around 11:10 pm on Sunday near Erbil International Airport. \"The attack resulted "
            "in no human casualties or material damage,\" the statement says.\n\n07:30 - "
            "Flights are operating normally this morning, airport director Ahmed Hoshyar tells "
            "Kurdistan24.\n\n01:20 - Erbil Governor says the situation is under control and "
            "urges citizens not to share unconfirmed videos.\n\n00:15 - Reports circulating on "
            "social media of a second drone over the Harir base north of Erbil are "
            "\"baseless,\" a Peshmerga official tells Kurdistan24. \"There was no attack on "
            "Harir tonight.\"\n\nSunday, 23:40 - Sirens sounded inside the airport compound, "
            "which also hosts US-led coalition forces. Kurdistan24 correspondents report that "
            "security forces have closed the road leading to the airport's main "
            "gate.\n\nSunday, 23:12 - A loud explosion was heard near Erbil International "
            "Airport, residents of the nearby neighbourhoods tell Kurdistan24. Smoke was seen "
            "rising from an open area west of the runway.\n\nBackground: Erbil airport and the "
            "coalition's base there have been targeted several times by drones and rockets in "
            "recent years. Most of those attacks were blamed on Iran-aligned armed groups.",
            "2026-06-15", (Gold(E, "Erbil International Airport", "2026-06-14", 0),)),
    # AFP. Court verdict over an old attack (not an event): the attack's place, toll and date are
    # all given, but only as the subject of a trial.
    Article("en",
            "Iraq court sentences three to death over Kirkuk attack\n\nBaghdad (AFP) - An Iraqi "
            "court on Tuesday sentenced three men to death for their role in a jihadist attack "
            "that killed eight people in Kirkuk province last year, the country's judiciary "
            "said.\n\nThe Kirkuk criminal court found the men guilty of belonging to the "
            "Islamic State group and of taking part in an ambush on a convoy of the Popular "
            "Mobilisation Forces in the Daquq area in November, the Supreme Judicial Council "
            "said in a statement.\n\nThe sentences were handed down \"under Article 4 of the "
            "anti-terrorism law\", the statement said, and can be appealed.\n\nIraqi courts "
            "have handed down hundreds of death sentences and life terms to people convicted of "
            "IS membership since the jihadists' defeat in 2017. Rights groups have criticised "
            "the trials as hasty and often based on confessions obtained under duress.",
            "2026-07-21", ()),
    # The New Region. Explainer with a news peg: the peg (Saturday night attack, reported by the
    # ministry on Sunday, published Monday) is the event; the Q&A sections add places (Makhmour,
    # Gwer, Hamrin, Kirkuk) and earlier attacks as background.
    Article("en",
            "Explainer: Why Qarachogh keeps bleeding, and what the joint brigades are supposed "
            "to fix\n\nERBIL - Two Peshmerga fighters were killed and three others wounded on "
            "Saturday night when Islamic State (IS) militants attacked an outpost on Qarachogh "
            "mountain in Makhmour district, the Ministry of Peshmerga Affairs said on "
            "Sunday.\n\nThe attack is the latest in a long series on the mountain, which has "
            "become shorthand in the Kurdistan Region for the unfinished war against IS in the "
            "disputed territories. The New Region explains why.\n\nWhere is "
            "Qarachogh?\n\nQarachogh is a ridge of about 40 kilometres rising above the plain "
            "of Makhmour, southwest of Erbil. To its south and west lie the Tigris river valley "
            "and the desert of Salahaddin and Nineveh provinces. The mountain overlooks the "
            "main roads between Erbil, Gwer and Makhmour town.\n\nWho controls it?\n\nNobody "
            "fully. The Peshmerga hold positions on the northern slopes and the summit, while "
            "the Iraqi army is deployed on the plain below. Between them lie deep valleys and "
            "abandoned villages that IS cells use to hide, move fighters and store "
            "weapons.\n\n\"The militants come up at night from the valleys. They know every "
            "path,\" a Peshmerga officer stationed on the mountain told The New Region by phone "
            "on Sunday. He said Saturday's attackers used thermal scopes and fled after about "
            "30 minutes of fighting.\n\nWhy does IS keep coming back?\n\nThe gap between the "
            "forces is the main reason, officials on both sides say. Qarachogh also links IS "
            "hideouts in the Hamrin mountains and south of Kirkuk with the desert to the west, "
            "making it a corridor as much as a hideout.\n\nWhat are the joint brigades?\n\nIn "
            "response to repeated attacks, Erbil and Baghdad agreed to create joint "
            "Peshmerga-army brigades, backed by the US-led coalition, to fill the gaps. Joint "
            "coordination centres already operate in Makhmour and other areas.\n\nWhat happens "
            "now?\n\nThe Peshmerga ministry on Sunday renewed its call on the federal "
            "government to speed up the deployment of the joint forces. \"Our fighters should "
            "not be left alone on the front line,\" the ministry said in its statement.",
            "2026-09-07", (Gold(B, "Qarachogh", "2026-09-05", 2),)),
    # Rudaw English interview (Q&A). The only incident is mentioned in passing by the interviewee
    # ("two nights ago"), with one wounded and no deaths; the rest is views, plans and background.
    Article("en",
            "'The line is quiet, but it is not safe': Peshmerga commander on the Gwer-Makhmour "
            "front\n\nRudaw sat down with Brig. Gen. Karwan Sleman, a Peshmerga commander "
            "responsible for a sector of the front south of Erbil, to discuss the security "
            "situation along the line with the Iraqi army and the future of the joint brigades. "
            "The interview has been edited for length and clarity.\n\nRudaw: How would you "
            "describe the situation on your front today?\n\nKarwan Sleman: Compared with three "
            "or four years ago, it is much better. Attacks are fewer. But quiet does not mean "
            "safe. Just two nights ago, a sniper fired at one of our positions near Gwer, and "
            "one of our fighters was hit in the shoulder. Thank God, he is in stable condition. "
            "They fire from the other side of the river and disappear.\n\nRudaw: Who are "
            "\"they\"?\n\nSleman: Daesh. Small groups, three, four, five men. They do not hold "
            "territory any more, but they move between the villages on the plain and the "
            "hills.\n\nRudaw: What has changed with the joint coordination centres?\n\nSleman: "
            "We now share information with the Iraqi army every day. When we see movement, we "
            "call them, and they call us. That did not exist before. But sharing information is "
            "not the same as standing in the same trench.\n\nRudaw: When will the joint "
            "brigades be on the ground in your area?\n\nSleman: We were told by the end of the "
            "year. We are ready. Our people are trained. The problem is not with us.\n\nRudaw: "
            "Do you need more support from the coalition?\n\nSleman: The coalition has helped "
            "us a lot, with equipment and with air support when needed. We need night-vision "
            "equipment and drones more than anything, because the enemy works at "
            "night.\n\nRudaw: What is your message to Baghdad?\n\nSleman: This is not a Kurdish "
            "problem or an Arab problem. If Daesh is strong in Gwer, it will be strong in Mosul "
            "and in Baghdad too.",
            "2026-10-14", (Gold(B, "Gwer", "2026-10-12", None),)),
    # Shafaq News Arabic. The first report of the Daquq market bombing (same incident as the AP
    # update above): initial toll four, Arabic-Indic digits for the wounded, "today Tuesday".
    Article("ar",
            "مقتل وإصابة ١٥ شخصاً بانفجار داخل سوق للمواشي في داقوق جنوبي كركوك\n\nشفق نيوز/ "
            "أفاد مصدر أمني في محافظة كركوك، اليوم الثلاثاء، بمقتل أربعة مدنيين وإصابة ١١ آخرين "
            "بانفجار عبوة ناسفة داخل سوق شعبي لبيع المواشي في قضاء داقوق جنوبي "
            "المحافظة.\n\nوقال المصدر لوكالة شفق نيوز، إن \"عبوة ناسفة كانت موضوعة داخل عربة "
            "متروكة قرب مدخل السوق انفجرت صباح اليوم أثناء اكتظاظ السوق بالمتبضعين، ما أسفر عن "
            "مقتل أربعة أشخاص وإصابة ١١ آخرين بينهم طفلان\"، مبيناً أن \"الجرحى نقلوا إلى "
            "مستشفى داقوق العام ومستشفى آزادي في مدينة كركوك، وحالة بعضهم خطرة\".\n\nوأضاف أن "
            "\"القوات الأمنية فرضت طوقاً حول مكان الحادث وباشرت بالتحقيق لمعرفة الجهة التي تقف "
            "وراءه\".\n\nولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.\n\nويقع قضاء داقوق على "
            "بعد نحو ٤٥ كيلومتراً جنوب مدينة كركوك، ويشهد بين الحين والآخر هجمات يشنها عناصر "
            "تنظيم داعش، لا سيما في القرى المحاذية لوادي الشاي وسلسلة جبال حمرين.",
            "2026-08-11", (Gold(E, "Daquq", "2026-08-11", 4),)),
    # INA. Security Media Cell statement quoted in full; the arrest was "yesterday Saturday"; the
    # detainees' earlier attacks are only charges; Tarmiyah "north of Baghdad".
    Article("ar",
            "خلية الإعلام الأمني: القبض على إرهابيين اثنين في الطارمية\n\nبغداد - واع\n\nأعلنت "
            "خلية الإعلام الأمني، اليوم الأحد، القبض على إرهابيين اثنين في قضاء الطارمية شمالي "
            "العاصمة بغداد.\n\nوذكرت الخلية في بيان تلقته وكالة الأنباء العراقية (واع)، أنه "
            "\"بناءً على معلومات استخبارية دقيقة، وبعد متابعة ميدانية مستمرة، تمكنت مفارز "
            "مديرية الاستخبارات العسكرية بالاشتراك مع قطعات قيادة عمليات بغداد، يوم أمس السبت، "
            "من نصب كمين محكم أسفر عن إلقاء القبض على إرهابيين اثنين في قضاء الطارمية، مطلوبين "
            "للقضاء وفق أحكام المادة ٤ / إرهاب، لانتمائهما لعصابات داعش الإرهابية\".\n\nوأضاف "
            "البيان، أن \"الإرهابيين المذكورين شاركا في عمليات إرهابية عدة استهدفت القوات "
            "الأمنية والمواطنين في المنطقة خلال السنوات الماضية، وقد جرى تسليمهما إلى الجهات "
            "المختصة لاتخاذ الإجراءات القانونية بحقهما\".\n\nوأكدت الخلية \"استمرار العمليات "
            "الاستباقية لملاحقة بقايا عصابات داعش الإرهابية وتجفيف منابعها في عموم قواطع "
            "المسؤولية\".",
            "2026-02-22", (Gold(S, "Tarmiyah", "2026-02-21", None),)),
    # Alsumaria News brief. Sniper fire on a soldier ("martyred"), this evening; Amerli is given as
    # a subdistrict of Tuz Khurmatu in eastern Salahuddin.
    Article("ar",
            "السومرية نيوز/ صلاح الدين\nاستشهد جندي في الجيش العراقي، مساء اليوم الجمعة، بنيران "
            "قناص ينتمي لعصابات داعش الإرهابية قرب ناحية آمرلي التابعة لقضاء طوزخورماتو شرقي "
            "محافظة صلاح الدين.\n\nوقال مصدر أمني في المحافظة للسومرية نيوز، إن \"قناصاً من "
            "عصابات داعش استهدف نقطة مراقبة تابعة للجيش العراقي في أطراف ناحية آمرلي، ما أدى "
            "إلى استشهاد أحد الجنود\"، لافتاً إلى أن \"القوات الأمنية شرعت بعملية تفتيش للمنطقة "
            "بحثاً عن المنفذ\".\n\nوتشهد المناطق المحاذية لسلسلة جبال حمرين بين الحين والآخر "
            "هجمات متفرقة لبقايا التنظيم.",
            "2026-04-24", (Gold(B, "Amerli", "2026-04-24", 1),)),
    # Baghdad Today. Date in parentheses after "today", killing "at dawn today"; Jalawla placed
    # relative to Baqubah; earlier incidents "days ago" as background.
    Article("ar",
            "مقتل مزارع بنيران مسلحين مجهولين في أطراف جلولاء\n\nبغداد اليوم - ديالى\n\nأفاد "
            "مصدر أمني في محافظة ديالى، اليوم الثلاثاء (2 حزيران 2026)، بمقتل مزارع بنيران "
            "مسلحين مجهولين في أطراف ناحية جلولاء شمال شرقي بعقوبة.\n\nوقال المصدر في حديث "
            "لـ\"بغداد اليوم\"، إن \"مسلحين مجهولين يستقلون دراجة نارية أطلقوا النار فجر اليوم "
            "على مزارع في العقد الخامس من عمره أثناء وجوده داخل بستانه قرب قرية زراعية تابعة "
            "لناحية جلولاء، ما أدى إلى مقتله في الحال\".\n\nوأضاف أن \"القوات الأمنية نقلت "
            "الجثة إلى دائرة الطب العدلي، فيما فتحت تحقيقاً بالحادث\"، مرجحاً أن \"يكون الدافع "
            "وراء الجريمة ثأراً عشائرياً أو محاولة لإرهاب الأهالي ودفعهم لترك "
            "أراضيهم\".\n\nويأتي الحادث بعد أيام من اعتداءات مماثلة طالت مزارعين في قرى حوض "
            "حمرين، وسط مطالبات من الأهالي بتعزيز الانتشار الأمني في المناطق الزراعية المحاذية "
            "للحدود الإدارية مع إقليم كوردستان.",
            "2026-06-02", (Gold(V, "Jalawla", "2026-06-02", 1),)),
    # 964. Short-paragraph style; toll in words ("a commander and two of his companions");
    # "yesterday Wednesday afternoon"; the complex named (Khanasor) is unknown to the gazetteer, so
    # the gold place is Sinjar; Turkish ministry claim and YBS naming.
    Article("ar",
            "قتلى بقصف تركي على سيارة في سنجار\n\n964 - سنجار\n\nقُتل قيادي في وحدات مقاومة "
            "سنجار \"اليبشة\" واثنان من مرافقيه، عصر أمس الأربعاء، بقصف طائرة مسيّرة تركية "
            "استهدف سيارتهم قرب مجمع خانصور شمالي جبل سنجار.\n\nمصدر محلي قال لـ964 إن المسيّرة "
            "أطلقت صاروخين على السيارة أثناء خروجها من المجمع باتجاه مركز القضاء، ما أدى إلى "
            "احتراقها بالكامل.\n\nالجثث نُقلت إلى مستشفى سنوني، بحسب المصدر.\n\nوزارة الدفاع "
            "التركية لم تعلّق على القصف حتى ظهر اليوم، لكنها عادةً تقول إن ضرباتها في سنجار "
            "تستهدف عناصر حزب العمال الكردستاني والمجموعات المرتبطة به.\n\nوهذه ليست المرة "
            "الأولى التي يُستهدف فيها قياديون في \"اليبشة\" داخل القضاء، إذ تكررت الضربات "
            "المماثلة خلال السنوات الماضية، وسط احتجاجات من الحكومة العراقية التي تعدّها خرقاً "
            "للسيادة.",
            "2026-07-30", (Gold(E, "Sinjar", "2026-07-29", 3),)),
    # Al-Mada. Long feature on Kirkuk's security vacuum with tallies, past attacks and plans, quotes
    # from officials, farmers and a researcher; no event.
    Article("ar",
            "كركوك بين فراغين: أمني وسياسي.. والقرى الجنوبية تدفع الثمن\n\nالمدى/ كركوك\n\nفي "
            "قرى جنوب كركوك، لا يحتاج الأهالي إلى بيانات رسمية ليعرفوا أن الأمن ليس على ما "
            "يرام. يكفي أن ينظر المزارع إلى أرضه المتروكة منذ ثلاثة مواسم، أو إلى الطريق "
            "الترابي الذي صار يتجنبه بعد غروب الشمس.\n\nيقول حاج محمود، وهو مزارع من إحدى القرى "
            "التابعة لقضاء داقوق، إن \"نصف أهالي القرية غادروا إلى المدينة، والنصف الآخر يأتي "
            "نهاراً ويعود ليلاً\". ويضيف للمدى: \"الجيش في مكان، والبيشمركة في مكان آخر، "
            "وبينهما أرض لا يملكها أحد إلا هؤلاء الذين يأتون من الوادي\".\n\nمنذ انسحاب قوات "
            "البيشمركة من كركوك والمناطق المتنازع عليها في تشرين الأول 2017، تشكّلت بين خطوط "
            "انتشار القوات الاتحادية وقوات الإقليم مساحات واسعة يصفها مسؤولون أمنيون بـ\"الفراغ "
            "الأمني\"، وتمتد من سهل مخمور وجبل قره جوغ إلى وادي الشاي وسلسلة حمرين وصولاً إلى "
            "أطراف خانقين.\n\nوبحسب إحصائية اطلعت عليها المدى، أعدّتها جهة أمنية في المحافظة، "
            "فإن كركوك شهدت خلال العام الماضي أكثر من ثلاثين هجوماً نسبت إلى بقايا تنظيم داعش، "
            "أغلبها في أقضية داقوق والحويجة والدبس، أسفرت عن مقتل وإصابة عشرات من المنتسبين "
            "والمدنيين، فيما تراجع العدد بشكل ملحوظ مقارنة بالأعوام التي سبقته.\n\nويرى ضابط في "
            "قيادة عمليات كركوك، طلب عدم الكشف عن اسمه، أن \"الأرقام لا تعكس الصورة كاملة\"، "
            "موضحاً أن \"الخطر الحقيقي ليس في عدد الهجمات، بل في قدرة هذه المجاميع على التنقل "
            "بين المحافظات عبر المناطق التي لا تغطيها أي قوة\".\n\nوكانت الحكومة الاتحادية "
            "وحكومة الإقليم قد اتفقتا على تشكيل ألوية مشتركة من الجيش والبيشمركة لسد هذه "
            "الثغرات، إلى جانب ستة مراكز تنسيق مشتركة تعمل في بغداد وأربيل وكركوك وديالى ونينوى "
            "ومخمور. غير أن تنفيذ الاتفاق ما زال يسير ببطء، بسبب الخلافات حول التمويل والقيادة، "
            "بحسب مصادر سياسية.\n\nويقول عضو في مجلس محافظة كركوك للمدى إن \"الملف الأمني في "
            "كركوك لا ينفصل عن الملف السياسي\"، مشيراً إلى أن \"كل طرف ينظر إلى الألوية "
            "المشتركة من زاويته: الكرد يرونها خطوة نحو عودة البيشمركة، والعرب والتركمان يخشون "
            "أن تكون مدخلاً لتغيير الواقع الإداري\".\n\nأما الباحث في الشأن الأمني أحمد الشريفي "
            "فيرى أن \"المعالجة الأمنية وحدها لن تكفي\"، لافتاً إلى أن \"إعادة إعمار القرى "
            "وعودة النازحين وتوفير فرص عمل للشباب هي السد الحقيقي أمام عودة التنظيم\".\n\nوفي "
            "انتظار أن تتحول الاتفاقات إلى واقع على الأرض، يواصل حاج محمود زيارة أرضه كل صباح. "
            "\"أنظر إليها وأعود\"، يقول، \"مثل من يزور قبراً\".",
            "2026-03-25", ()),
    # Kurdistan24 Arabic. Peshmerga ministry denial quoted in full (no clash took place); names
    # Makhmour and Qarachogh; no event.
    Article("ar",
            "وزارة البيشمركة تنفي وقوع اشتباك مع الجيش العراقي في مخمور\n\nأربيل (كوردستان24) - "
            "نفت وزارة شؤون البيشمركة في إقليم كوردستان، اليوم الاثنين، الأنباء التي تداولتها "
            "بعض المواقع الإلكترونية ومنصات التواصل الاجتماعي بشأن وقوع اشتباك بين قوات "
            "البيشمركة والجيش العراقي في قضاء مخمور.\n\nوجاء في بيان للوزارة، تلقت كوردستان24 "
            "نسخة منه، ما نصه:\n\n\"تداولت بعض المواقع ووسائل التواصل الاجتماعي خلال الساعات "
            "الماضية أخباراً عن حدوث اشتباك مسلح بين قوات البيشمركة وقطعات الجيش العراقي في "
            "محور مخمور وجبل قرەچوغ. إن وزارة شؤون البيشمركة تنفي هذه الأنباء جملةً وتفصيلاً، "
            "وتؤكد أنه لم يقع أي اشتباك أو احتكاك بين الطرفين، وأن التنسيق بين قوات البيشمركة "
            "والجيش العراقي مستمر عبر مراكز التنسيق المشتركة بأعلى المستويات لمواجهة خطر "
            "إرهابيي داعش. وتدعو الوزارة وسائل الإعلام إلى توخي الدقة وعدم نشر الأخبار غير "
            "الموثوقة التي تهدف إلى إثارة الفتنة وتعكير الأجواء الإيجابية بين "
            "الجانبين.\"\n\nوكانت حسابات على مواقع التواصل الاجتماعي قد نشرت مقاطع مصورة قالت "
            "إنها توثق تبادلاً لإطلاق النار في المنطقة، قبل أن يتبين أنها تعود إلى تمرين عسكري "
            "مشترك.\n\nوتنتشر قوات البيشمركة والجيش العراقي على خطوط متقاربة في قضاء مخمور جنوب "
            "غرب أربيل، وهي من المناطق التي تشهد نشاطاً لخلايا تنظيم داعش.",
            "2026-05-04", ()),
    # Rudaw Arabic. Iranian drone strike on an Iranian Kurdish opposition party's compound in Koya,
    # "yesterday Friday evening", no human losses; the 2022 strikes as background.
    Article("ar",
            "قصف بطائرة مسيّرة إيرانية يستهدف مقراً لحزب كوردي إيراني معارض في كويه\n\nروداو - "
            "أربيل\n\nاستهدفت طائرة مسيّرة إيرانية، مساء أمس الجمعة، مقراً للحزب الديمقراطي "
            "الكوردستاني الإيراني في أطراف قضاء كويه (كويسنجق) التابع لمحافظة أربيل، دون أن "
            "يسفر القصف عن خسائر بشرية.\n\nوقال عضو في المكتب السياسي للحزب لشبكة روداو "
            "الإعلامية، إن \"الطائرة المسيّرة ألقت قنبلتين على مبنى خالٍ داخل المجمع، ما تسبب "
            "بأضرار مادية فقط\"، مضيفاً أن \"أعضاء الحزب وعوائلهم كانوا قد نقلوا من المقر بموجب "
            "الترتيبات الأمنية الأخيرة\".\n\nمن جهته، أكد قائممقام كويه، في تصريح لروداو، أن "
            "\"القصف لم يسفر عن أي إصابات بين المدنيين\"، مطالباً الحكومة الاتحادية \"باتخاذ "
            "موقف حازم إزاء الاعتداءات المتكررة على أراضي إقليم كوردستان\".\n\nولم يصدر أي "
            "تعليق من الجانب الإيراني حتى الآن.\n\nويذكر أن الحرس الثوري الإيراني شن في عام "
            "2022 سلسلة هجمات بالصواريخ والطائرات المسيّرة على مقار الأحزاب الكوردية الإيرانية "
            "المعارضة في كويه ومناطق أخرى من الإقليم، أسفرت عن سقوط عشرات القتلى والجرحى.",
            "2026-09-26", (Gold(E, "Koysinjaq", "2026-09-25", 0),)),
    # Al-Araby Al-Jadeed roundup: two new incidents (a Sunday-evening attack on an army post in
    # Shirqat with two dead; a Monday-morning IED in Abbasi, wounded only) plus a Tarmiyah attack
    # "last week" as background; Salahuddin and Kirkuk named around them.
    Article("ar",
            "تصعيد لـ\"داعش\" في صلاح الدين وكركوك: قتيلان من الجيش وجرحى من \"الحشد\"\n\nبغداد "
            "ــ العربي الجديد\n\nقُتل جنديان عراقيان وأصيب ثالث، مساء الأحد، بهجوم شنّه مسلحون "
            "يُعتقد أنهم من تنظيم \"داعش\" على نقطة عسكرية في منطقة الجزيرة التابعة لقضاء "
            "الشرقاط شمالي محافظة صلاح الدين، فيما أصيب ثلاثة من عناصر \"الحشد الشعبي\" بانفجار "
            "عبوة ناسفة في كركوك صباح اليوم الاثنين، وفقاً لمصادر أمنية عراقية.\n\nوقال ضابط في "
            "الجيش العراقي برتبة نقيب لـ\"العربي الجديد\"، إن \"مجموعة مسلحة مؤلفة من خمسة إلى "
            "سبعة عناصر هاجمت النقطة بالأسلحة المتوسطة والقنابل اليدوية، واشتبكت مع الجنود نحو "
            "نصف ساعة قبل أن تنسحب باتجاه المناطق الصحراوية غربي الشرقاط\"، مضيفاً أن \"الهجوم "
            "أسفر عن مقتل جنديين وإصابة ثالث بجروح متوسطة\".\n\nوفي كركوك، أوضح مصدر في الشرطة "
            "أن \"عبوة ناسفة انفجرت صباح اليوم على عجلة تابعة للحشد الشعبي على طريق ترابي قرب "
            "ناحية العباسي، التابعة لقضاء الحويجة، غربي المحافظة، ما أدى إلى إصابة ثلاثة عناصر "
            "نقلوا إلى المستشفى\".\n\nويأتي التصعيد بعد أسبوع من هجوم مماثل استهدف قوة أمنية في "
            "قضاء الطارمية شمالي بغداد، وأسفر عن سقوط قتلى وجرحى، ما أعاد الحديث عن قدرة "
            "التنظيم على تنفيذ هجمات متزامنة في أكثر من محافظة.\n\nويرى الخبير الأمني العراقي، "
            "مؤيد الجحيشي، في حديث مع \"العربي الجديد\"، أن \"التنظيم يستغل التضاريس الوعرة "
            "والفراغات بين القطعات العسكرية، خصوصاً في المناطق المتنازع عليها بين بغداد "
            "وأربيل\"، مشدداً على \"ضرورة الإسراع بتفعيل الألوية المشتركة وتعزيز الجهد "
            "الاستخباري بدلاً من الاعتماد على الانتشار التقليدي\".\n\nورغم إعلان العراق النصر "
            "على \"داعش\" نهاية عام 2017، لا تزال خلايا التنظيم تنشط في مناطق متفرقة، أبرزها "
            "سلسلة جبال حمرين ووادي الشاي ومناطق جنوب غربي كركوك وصحراء الأنبار.",
            "2026-10-19", (Gold(B, "Shirqat", "2026-10-18", 2),
                           Gold(E, "Abbasi", "2026-10-19", None))),
    # Asharq Al-Awsat. Anniversary of the 2014 Yazidi genocide with a mass-grave exhumation in Kojo;
    # old tolls and numbers of missing; no event.
    Article("ar",
            "في الذكرى الثانية عشرة لـ\"الإبادة\".. الإيزيديون يفتحون مقبرة جماعية جديدة في "
            "كوجو\n\nأربيل: «الشرق الأوسط»\n\nأحيا الإيزيديون في العراق، اليوم الاثنين، الذكرى "
            "الثانية عشرة لاجتياح تنظيم «داعش» قضاء سنجار في الثالث من أغسطس (آب) 2014، وسط "
            "مطالبات بالكشف عن مصير آلاف المفقودين، وبالتزامن مع بدء فرق مختصة فتح مقبرة جماعية "
            "جديدة في قرية كوجو جنوب القضاء.\n\nوقالت دائرة شؤون وحماية المقابر الجماعية في "
            "بيان، إن فرقها «باشرت بالتعاون مع فريق دولي أعمال فتح مقبرة جماعية يُعتقد أنها تضم "
            "رفات ضحايا من أهالي القرية الذين أعدمهم التنظيم في أغسطس 2014»، مشيرة إلى أن "
            "«الرفات سيُنقل إلى بغداد لإجراء فحوص الحمض النووي ومطابقتها مع عينات ذوي "
            "الضحايا».\n\nوكانت كوجو قد شهدت واحدة من أبشع المجازر التي ارتكبها التنظيم، حيث "
            "قتل مئات الرجال واقتيد النساء والأطفال سبايا.\n\nوتجمّع مئات الإيزيديين عند معبد "
            "لالش في قضاء الشيخان، وفي مجمعات النازحين في محافظة دهوك، لإحياء المناسبة. وقال "
            "ناشط إيزيدي لـ«الشرق الأوسط»، إن «أكثر من 2500 امرأة وطفل لا يزالون في عداد "
            "المفقودين، فيما يعيش عشرات الآلاف في المخيمات منذ 12 عاماً».\n\nوتتهم منظمات "
            "إيزيدية الحكومتين الاتحادية والإقليمية بالتقصير في تطبيق «اتفاقية سنجار» الموقعة "
            "عام 2020، التي نصت على إخراج الجماعات المسلحة من القضاء وتوحيد إدارته، ما حال دون "
            "عودة أعداد كبيرة من النازحين إلى ديارهم.",
            "2026-08-03", ()),
    # Shafaq News. Monthly tally for May across the disputed provinces: numbers, provinces and a
    # deadliest attack of the month given only as a statistic; no event.
    Article("ar",
            "حصيلة أيار: ٢٣ قتيلاً وجريحاً بهجمات لداعش في المناطق المتنازع عليها\n\nشفق نيوز/ "
            "أظهرت إحصائية أعدتها وكالة شفق نيوز، استناداً إلى بيانات أمنية وتقارير ميدانية، أن "
            "المناطق المتنازع عليها بين بغداد وأربيل شهدت خلال شهر أيار الماضي ١٤ هجوماً نُسبت "
            "إلى عناصر تنظيم داعش، أسفرت عن مقتل ٩ أشخاص وإصابة ١٤ آخرين.\n\nوبحسب الإحصائية، "
            "فقد تصدرت محافظة كركوك قائمة المحافظات الأكثر تعرضاً للهجمات بواقع ستة هجمات، "
            "تلتها محافظة ديالى بأربعة هجمات، ثم صلاح الدين بثلاثة هجمات، ونينوى بهجوم "
            "واحد.\n\nوتنوعت الهجمات بين تفجير عبوات ناسفة واستهداف نقاط عسكرية بالأسلحة "
            "الخفيفة وعمليات قنص، فيما كان أكثرها دموية الهجوم الذي استهدف مقاتلين في سلسلة "
            "جبال حمرين منتصف الشهر.\n\nوفي المقابل، أعلنت الأجهزة الأمنية خلال الشهر ذاته "
            "تنفيذ أكثر من ٤٠ عملية تفتيش واعتقال، أسفرت عن القبض على ٣١ متهماً بالإرهاب، إضافة "
            "إلى ضربات جوية نفذتها طائرات القوة الجوية العراقية على أوكار التنظيم.\n\nويُلاحظ "
            "من خلال المقارنة مع الأشهر السابقة أن عدد الهجمات شهد انخفاضاً طفيفاً، إلا أن "
            "مختصين في الشأن الأمني يحذرون من أن التنظيم ما زال يحتفظ بقدرة على المناورة في "
            "المناطق الوعرة.",
            "2026-06-01", ()),
    # Baghdad Today. Tribal clash (communal armed groups: Battles) "yesterday Saturday evening" in a
    # village of Sargaran subdistrict; conflicting tolls as a range ("between three and five") and
    # the wounded count; a deployment that only contains it.
    Article("ar",
            "نزاع عشائري يوقع قتلى وجرحى في سركران شمال غربي كركوك\n\nبغداد اليوم - "
            "كركوك\n\nأفاد مصدر محلي في محافظة كركوك، اليوم الأحد (8 آذار 2026)، بسقوط قتلى "
            "وجرحى جراء نزاع عشائري مسلح اندلع مساء أمس السبت في إحدى القرى التابعة لناحية "
            "سركران شمال غربي المحافظة.\n\nوقال المصدر في حديث لـ\"بغداد اليوم\"، إن \"خلافاً "
            "على حدود أراضٍ زراعية بين عشيرتين تطور إلى اشتباك مسلح استخدمت فيه الأسلحة "
            "المتوسطة والخفيفة، واستمر لأكثر من ساعتين\"، مبيناً أن \"الاشتباك أسفر بحسب روايات "
            "متضاربة عن مقتل ما بين ثلاثة إلى خمسة أشخاص وإصابة سبعة آخرين على "
            "الأقل\".\n\nوأضاف أن \"قوة من الشرطة وقطعات من الجيش وصلت إلى القرية وفرضت طوقاً "
            "أمنياً حولها، فيما تجري مساعٍ لوجهاء المنطقة لاحتواء الخلاف ومنع تجدده\".\n\nولم "
            "يصدر حتى الآن أي بيان رسمي من قيادة شرطة كركوك بشأن الحادث.\n\nوتشهد قرى ناحية "
            "سركران وقضاء الدبس بين فترة وأخرى نزاعات على ملكية الأراضي الزراعية، تعود جذورها "
            "إلى عقود من التغييرات الإدارية والسكانية في المحافظة.",
            "2026-03-08", (Gold(B, "Sargaran", "2026-03-07", 3),)),
)  # fmt: skip

#: A twenty-second batch written blind (28 reports, 15 en and 13 ar), held out: scored once
#: after the WIRE16 rules and not developed on (news_gold.UNDEVELOPED):
#: en P 0.83 R 0.83 (location 0.90, date 1.00, fatalities 1.00), ar P 0.67 R 0.91 (1.00,
#: 1.00, 1.00); the coder of a4c4e8b had en P 0.77 R 0.83 (1.00, 1.00, 1.00), ar P 0.56 R
#: 0.82 (1.00, 1.00, 1.00).
WIRE17: tuple[Article, ...] = (
    # AP. Dateline Kirkuk but the ambush was in Wadi al-Shay; "late Tuesday" against a Wednesday
    # publication; a December IED with five dead is background only; AP's "Irbil" spelling; Daquq
    # and the Hamrin mountains mentioned as context.
    Article("en",
            "Islamic State ambush kills 3 Iraqi soldiers south of Kirkuk\n\nKIRKUK, Iraq (AP) — "
            "Islamic State militants ambushed an Iraqi army patrol in a remote valley south of "
            "the northern city of Kirkuk late Tuesday, killing three soldiers, among them a "
            "lieutenant, and wounding two others, two security officials said Wednesday.\n\nThe "
            "patrol had stopped to check a pickup truck left on a dirt track in Wadi al-Shay, a "
            "belt of ravines and farmland between Kirkuk and the town of Daquq, when gunmen "
            "hidden in the brush opened fire with machine guns and rocket-propelled grenades, "
            "the officials said. The truck was later found burned out.\n\nReinforcements backed "
            "by an army helicopter combed the area through the night, but the attackers got "
            "away, one of the officials said. Both spoke on condition of anonymity because they "
            "were not authorized to brief journalists.\n\n\"They know every path in that "
            "valley. We know them too, but they move at night and we cannot be on every hill,\" "
            "a soldier from the unit said by phone, also asking that his name not be "
            "used.\n\nThere was no immediate claim of responsibility.\n\nThe Islamic State "
            "group, which at its height ruled roughly a third of Iraq, was declared defeated in "
            "2017, but its remnants still stage sporadic hit-and-run attacks from hideouts in "
            "the Hamrin mountains and the valleys around Kirkuk. In December, five members of "
            "the state-sanctioned Popular Mobilization Forces were killed when a roadside bomb "
            "hit their vehicle near Daquq.\n\nMuch of the violence is concentrated in the "
            "so-called disputed territories, a strip of land running from the Syrian border to "
            "Iran that is claimed by both the federal government in Baghdad and the "
            "semi-autonomous Kurdish region in the north. Officials on both sides have long "
            "complained that gaps between the Iraqi army and Kurdish peshmerga forces leave "
            "room for militants to operate.\n\nBaghdad and Irbil agreed in 2023 to form joint "
            "brigades to cover those gaps, but the plan has moved slowly.\n\n___\n\nAssociated "
            "Press writers in Baghdad contributed to this report.",
            "2026-03-04", (Gold(B, "Wadi al-Shay", "2026-03-03", 3),)),
    # Reuters. "on Sunday night" against a Monday dateline; explicit no casualties; several
    # provinces and cities named for the power cuts; an April 2024 attack with four dead and a
    # late-2025 strike as background.
    Article("en",
            "Drone strike sparks fire at Iraqi Kurdistan's Khor Mor gas field, output "
            "halted\n\nSULAIMANIYA, Iraq, April 27 (Reuters) - A drone hit a storage tank at "
            "the Khor Mor gas field in Iraq's Kurdistan region on Sunday night, starting a fire "
            "and halting production that feeds most of the region's power stations, two "
            "industry sources and a Kurdish official said on Monday.\n\nNo casualties were "
            "reported, according to the sources, who declined to be named because they were not "
            "authorised to speak to the media.\n\nCivil defence teams brought the blaze under "
            "control early on Monday, the Kurdistan Regional Government's (KRG) interior "
            "ministry said in a statement, calling the strike a \"terrorist attack on the "
            "livelihood of the people of Kurdistan\".\n\nThe KRG's electricity ministry said "
            "the loss of gas would take about 2,500 megawatts off the grid, leaving homes in "
            "Erbil, Sulaimaniya and Duhok with only a few hours of state power a day until "
            "supplies resume.\n\nKhor Mor, in Chamchamal district between Kirkuk and "
            "Sulaimaniya, is operated by the Pearl Petroleum consortium, led by UAE-based Dana "
            "Gas and Crescent Petroleum. Pearl said its staff were safe and that it was "
            "assessing the damage, without saying when output would restart.\n\nNo group "
            "immediately claimed responsibility.\n\nThe field has been targeted repeatedly by "
            "rockets and drones. An attack in April 2024 killed four Yemeni workers, and a "
            "drone strike late last year cut supplies for several days. Kurdish officials have "
            "blamed earlier attacks on Iran-aligned armed factions, which have not "
            "commented.\n\n(Reporting by Sulaimaniya bureau and Baghdad newsroom; Writing by "
            "Middle East desk; Editing by Desk editor)",
            "2026-04-27", (Gold(E, "Khor Mor gas field", "2026-04-26", 0),)),
    # Kurdistan24. Place is "near Sinuni" on the Sinuni-Khanasor road (Khanasor not in the
    # gazetteer); the Turkish ministry's claim of four "neutralized" differs from the local toll of
    # two; a wounded shepherd; 2017/2025 background; Erbil dateline.
    Article("en",
            "Turkish drone strike kills two near Sinuni in Sinjar, local official says\n\nERBIL "
            "(Kurdistan24) – Two people were killed on Monday afternoon when a Turkish drone "
            "struck a vehicle near Sinuni, a sub-district north of Mount Sinjar, a local "
            "official told Kurdistan24.\n\nSpeaking by phone, the official, who asked not to be "
            "named for security reasons, said the car was travelling on the main road between "
            "Sinuni and Khanasor when it was hit by at least one missile.\n\n\"The two men "
            "inside the car died instantly. A shepherd grazing his sheep nearby was lightly "
            "injured by shrapnel and taken to Sinuni hospital,\" he said.\n\nAccording to the "
            "official, both men were affiliated with the Sinjar Resistance Units (YBS), an "
            "Ezidi armed group that Ankara regards as an offshoot of the Kurdistan Workers' "
            "Party (PKK).\n\nHours later, the Turkish Ministry of National Defense said on X "
            "that four \"terrorists\" had been \"neutralized\" in northern Iraq on Monday, "
            "without specifying where. Turkish officials use the term to mean killed, captured "
            "or surrendered.\n\nThe Sinjar district administration condemned the strike in a "
            "statement and urged the federal government in Baghdad to \"protect Iraq's "
            "sovereignty and the lives of its citizens.\"\n\nTurkey has carried out dozens of "
            "drone strikes in Sinjar since 2017, killing senior YBS figures but also civilians. "
            "The strikes have continued despite the PKK's announcement last year that it would "
            "dissolve and disarm, a process Ankara says has not been completed in the Sinjar "
            "region.\n\nSinjar, the historic heartland of the Ezidi community, is one of the "
            "areas disputed between Erbil and Baghdad. A 2020 agreement meant to normalize its "
            "administration and security has never been fully implemented, and around 200,000 "
            "Ezidis remain displaced, many of them in camps in Duhok province.",
            "2026-05-19", (Gold(E, "Sinuni", "2026-05-18", 2),)),
    # Rudaw English. Wounded only (fatalities None); "late Thursday" against a Friday publication;
    # Iranian shelling near Sidakan "last week" is background; Sulaimani and the 2023 security
    # agreement as context.
    Article("en",
            "Iranian shelling wounds farmer, burns wheat fields in "
            "Penjwen\n\nRudaw\n\nSULAIMANI, Kurdistan Region – Iranian artillery shells hit the "
            "outskirts of three villages in Penjwen district late Thursday, wounding a farmer "
            "and setting fire to wheat fields days before the harvest, a local official told "
            "Rudaw.\n\n\"Nine shells landed on the farms between nine in the evening and "
            "midnight,\" Penjwen's deputy mayor told Rudaw English on Friday. \"A 45-year-old "
            "man who was guarding his crops was hit in the leg. He was taken to hospital in "
            "Sulaimani and his condition is stable.\"\n\nFirefighters from Penjwen and Said "
            "Sadiq worked until dawn to contain the flames, which the official said consumed "
            "around 60 dunams of wheat and barley.\n\nThere was no comment from Tehran. Iran's "
            "Islamic Revolutionary Guard Corps (IRGC) regularly shells the Kurdistan Region's "
            "border areas, saying it targets Iranian Kurdish opposition parties. Under a "
            "security agreement signed with Baghdad in March 2023, Iraq committed to disarming "
            "those groups and moving them away from the frontier.\n\nResidents say the "
            "bombardment has continued regardless. Last week, shells fell near Sidakan in Erbil "
            "province, damaging an irrigation channel.\n\n\"Every summer we lose part of the "
            "crop and nobody compensates us,\" said a villager who gave his name as Hiwa. \"The "
            "government in Erbil issues a statement, Baghdad issues a statement, and then we "
            "wait for the next shell.\"",
            "2026-06-12", (Gold(E, "Penjwen", "2026-06-11", None),)),
    # Xinhua. Militants' deaths; the strike was "on Tuesday night" while the statement is
    # Wednesday's; the Makhoul mountains are not in the gazetteer, so the district (Baiji); Baghdad
    # dateline and "200 km north of Baghdad".
    Article("en",
            "Iraqi airstrikes kill 5 IS militants in Salahudin\n\nBAGHDAD, July 8 (Xinhua) -- "
            "Iraqi fighter jets carried out airstrikes on hideouts of the Islamic State (IS) "
            "militant group in Iraq's northern province of Salahudin, killing five militants, "
            "the Iraqi military said on Wednesday.\n\nActing on intelligence reports, Iraqi "
            "F-16 jets on Tuesday night pounded IS hideouts in the Makhoul mountains near the "
            "town of Baiji, some 200 km north of Baghdad, the Security Media Cell, affiliated "
            "with the Joint Operations Command, said in a statement.\n\nA ground force later "
            "searched the bombed sites and found the bodies of five IS militants, as well as "
            "rifles, explosive belts and a motorcycle, the statement said.\n\nThe security "
            "situation in Iraq has improved since Iraqi security forces defeated IS militants "
            "across the country in late 2017. However, IS remnants have since melted into urban "
            "centers, deserts and rugged areas, carrying out frequent guerrilla attacks against "
            "security forces and civilians.",
            "2026-07-08", (Gold(E, "Baiji", "2026-07-07", 5),)),
    # The National. Analysis, no event: the joint brigades and the six coordination centres, a
    # first-half tally, earlier attacks (Wadi al-Shay, Khor Mor, the March deployment) cited as
    # background, a meeting "on Monday".
    Article("en",
            "Iraq's joint Kurdish-federal brigades were meant to close ISIS gaps. Three years "
            "on, most remain on paper\n\nErbil and Baghdad agree on the threat. They still "
            "disagree on who pays, who commands and who controls the land\n\nThe "
            "National\n\nWhen three Iraqi soldiers were killed in an ambush in Wadi al-Shay, "
            "south of Kirkuk, in March, officers in the city knew exactly where the attackers "
            "had come from: a strip of orchards and ravines that falls between the areas "
            "patrolled by the Iraqi army and those watched by Kurdish Peshmerga forces.\n\nThat "
            "no man's land, stretching in patches from Sinjar near the Syrian border to "
            "Khanaqin on the Iranian frontier, is the reason Baghdad and the Kurdistan Regional "
            "Government agreed in 2023, with the backing of the US-led coalition, to form joint "
            "brigades of Iraqi and Peshmerga troops.\n\nThe plan envisaged two brigades, "
            "supported by six joint coordination centres in Baghdad, Erbil, Kirkuk, Nineveh, "
            "Diyala and Makhmour, where officers from both sides would share intelligence and "
            "plan operations.\n\nProgress has been slow. The first brigade began taking up "
            "positions near Makhmour in March. The second has yet to be fully manned, and "
            "officials on both sides say at least two of the coordination centres meet only "
            "irregularly.\n\n\"The soldiers are ready. The problem is salaries, equipment and a "
            "clear chain of command,\" a senior official at the Kurdistan Region's Ministry of "
            "Peshmerga Affairs told The National. \"Nobody wants to put troops under someone "
            "else's flag without guarantees.\"\n\nA spokesman for Iraq's Joint Operations "
            "Command said co-ordination with the Peshmerga was \"at its best level in years\" "
            "and that joint operations in the Qarachogh mountains and the Hamrin range had "
            "\"inflicted heavy losses on terrorist remnants\".\n\nFigures compiled by a "
            "Baghdad-based security monitor show 61 attacks attributed to ISIS in the disputed "
            "territories in the first half of 2026, down from 94 in the same period last year. "
            "Fatalities fell by about a third.\n\nBut the attacks that do happen are more "
            "damaging, analysts say. April's drone strike on the Khor Mor gas field in "
            "Sulaymaniyah province left much of the Kurdistan Region without power for days, "
            "and it is not covered by the brigade arrangement at all.\n\n\"The brigades are "
            "designed for ISIS in the valleys. They do nothing about drones launched by "
            "factions, or about Turkish and Iranian strikes on the border,\" said an "
            "Erbil-based analyst.\n\nOn Monday, senior Iraqi and Peshmerga officers met in "
            "Erbil to discuss funding for the second brigade. No date has been set for its "
            "deployment.",
            "2026-07-22", ()),
    # AFP. Mass-grave exhumation, no event: old killings, a range of expected bodies, the 2014
    # anniversary, missing counts, Kocho not in the gazetteer.
    Article("en",
            "Iraq exhumes mass grave of Yazidis killed by IS near Sinjar\n\nKOCHO, Iraq (AFP) - "
            "Forensic teams in northern Iraq on Thursday began exhuming a mass grave near the "
            "village of Kocho believed to hold the remains of dozens of Yazidis executed by the "
            "Islamic State group in 2014, officials said.\n\nWomen in black stood behind a "
            "cordon as workers in white overalls scraped at the dry earth with trowels, while "
            "relatives held up faded photographs of the missing.\n\n\"We expect between 30 and "
            "40 bodies, most of them men and older boys,\" an official from the mass graves "
            "directorate of the Martyrs Foundation told AFP, asking not to be named as he was "
            "not authorised to speak to the press.\n\n\"I have been waiting 12 years. My father "
            "and three of my brothers were taken from this village,\" said Nadia, 31, who now "
            "lives in a camp for displaced people near Duhok.\n\nThe exhumation comes days "
            "after Yazidis marked the 12th anniversary of the August 3, 2014 assault on Sinjar, "
            "when IS jihadists killed thousands of men and abducted women and girls as slaves "
            "in what the United Nations has recognised as a genocide.\n\nMore than 90 mass "
            "graves have been identified in the Sinjar district, according to Iraqi officials, "
            "and dozens remain unopened. Some 2,600 Yazidis are still listed as missing.\n\nThe "
            "remains will be taken to Baghdad for DNA identification, a process families say "
            "can take years.\n\nSinjar itself remains largely in ruins, caught in a tug-of-war "
            "between Baghdad, the Kurdistan regional government in Arbil, and armed groups, "
            "including fighters linked to the Kurdistan Workers' Party (PKK) that Turkey "
            "regularly targets with air strikes.",
            "2026-08-06", ()),
    # Shafaq News English. Roundup of two incidents (IED with wounded only; an arrest in Kirkuk's
    # Wasiti neighbourhood, a name that looks like Wasit); the suspect's Hawija past and an earlier
    # Tarmiyah blast are background.
    Article("en",
            "IED wounds two Iraqi soldiers north of Baghdad; ISIS suspect held in "
            "Kirkuk\n\nShafaq News/ Two Iraqi soldiers were wounded on Wednesday night when an "
            "improvised explosive device (IED) went off beside their vehicle in Tarmiyah, north "
            "of Baghdad, a security source said on Thursday.\n\nThe source told Shafaq News "
            "that the device, planted on the edge of a farm road, targeted a Humvee of the "
            "Iraqi army during a routine patrol in the orchards east of the district centre. "
            "The two wounded were taken to a hospital in Baghdad, and their condition was "
            "described as stable.\n\nTarmiyah, about 50 km north of the capital, has long been "
            "a flashpoint where ISIS remnants take cover in dense palm groves and irrigation "
            "canals linking the area to Salahuddin and Diyala.\n\nEarlier this month, a soldier "
            "was killed and another wounded in a similar blast in the same "
            "district.\n\nSeparately, Kirkuk police arrested a man wanted under Article 4 of "
            "the anti-terrorism law in the city's Wasiti neighborhood on Thursday morning, the "
            "Kirkuk police command said in a statement.\n\nAccording to the statement, the "
            "suspect served in the so-called \"Hisba\" of ISIS in Hawija during the group's "
            "control of the district between 2014 and 2017, and had been living in Kirkuk under "
            "a false name.",
            "2026-08-20", (Gold(E, "Tarmiyah", "2026-08-19", None),
                           Gold(S, "Kirkuk", "2026-08-20", None))),
    # The New Region. Tribal clash (Battles); death toll as a range "between two and four" (low
    # number); conflicting accounts; wounded count; Arabisation background.
    Article("en",
            "Tribal clash over farmland leaves dead and wounded in Kirkuk's Dibis\n\nThe New "
            "Region – Kirkuk\n\nBetween two and four people were killed and several others "
            "wounded on Tuesday in a gunfight between two Arab tribes over disputed farmland in "
            "Kirkuk province's Dibis district, according to local sources and a police "
            "officer.\n\nThe fighting broke out in the early afternoon in a village northwest "
            "of Dibis town, when members of one tribe tried to plough a plot that the other "
            "tribe claims, the sources said. Medium and light weapons were used, and the "
            "exchange of fire lasted more than an hour.\n\nA police officer in Dibis told The "
            "New Region that two people were confirmed dead and five wounded. A tribal source, "
            "however, said that two of the wounded later died at Azadi hospital in Kirkuk. The "
            "New Region could not independently verify the higher figure.\n\nKirkuk police "
            "command sent reinforcements to separate the two sides, and elders from "
            "neighbouring tribes were mediating on Wednesday to reach a truce.\n\nLand disputes "
            "are a chronic source of tension in Kirkuk, where Baath-era \"Arabisation\" "
            "policies transferred farmland from Kurdish and Turkmen owners to Arab settlers. "
            "Parliament voted in 2025 to annul the decrees of the former regime's Revolutionary "
            "Command Council on the lands, but implementation has been slow, and disputes, "
            "including between Arab tribes themselves, frequently turn violent.",
            "2026-09-02", (Gold(B, "Dibis", "2026-09-01", 2),)),
    # AP. Court verdict on an old bombing, no event: "on Tuesday sentenced", a 2024 toll, acquittal,
    # rights-group context.
    Article("en",
            "Iraqi court sentences 2 men to death over 2024 Kirkuk car bombing\n\nBAGHDAD (AP) "
            "— An Iraqi court on Tuesday sentenced two men to death for their role in a 2024 "
            "car bombing in the northern city of Kirkuk that killed four people and wounded 17, "
            "Iraq's judiciary said.\n\nThe Kirkuk criminal court found the two guilty under the "
            "country's anti-terrorism law of preparing the car and driving it to a busy market "
            "street in the city's south, the Supreme Judicial Council said in a statement. A "
            "third defendant was acquitted for lack of evidence.\n\nThe statement said the men "
            "had confessed to belonging to the Islamic State group. It did not say whether they "
            "had lawyers.\n\nHuman rights groups have long criticized Iraqi terrorism trials, "
            "saying they often rely on confessions extracted under duress and last only "
            "minutes. Iraqi officials say the trials are fair.\n\nDeath sentences in Iraq must "
            "be ratified by the president before they can be carried out. Iraq has executed "
            "dozens of people convicted of terrorism in recent years, drawing condemnation from "
            "the United Nations.\n\nKirkuk, an oil-rich city claimed by both the federal "
            "government and the Kurdish region, was hit by repeated bombings in the years after "
            "the 2003 U.S.-led invasion.",
            "2026-09-16", ()),
    # Reuters. Drones shot down, "no casualties or damage" (0); "late on Wednesday" against a
    # Thursday dateline; Erbil dateline vs Harir; coalition drawdown and earlier attacks on Erbil
    # airport as background.
    Article("en",
            "Drones shot down near base hosting US troops in Iraq's Kurdistan region\n\nERBIL, "
            "Iraq, Oct 1 (Reuters) - Two explosive-laden drones were shot down late on "
            "Wednesday near the Harir air base north of Erbil, which hosts U.S. and other "
            "foreign troops, the Kurdistan region's counter-terrorism service said.\n\nThere "
            "were no casualties or damage, the service said in a statement, adding that the "
            "drones were brought down by the base's air defences before reaching their "
            "target.\n\nA U.S. defence official, speaking on condition of anonymity, confirmed "
            "the incident and said it was being investigated.\n\nNo group claimed "
            "responsibility. Iran-aligned Iraqi armed factions have in the past claimed drone "
            "and rocket attacks on Harir and on Erbil international airport, where coalition "
            "forces are also based.\n\nUnder an agreement between Baghdad and Washington, the "
            "U.S.-led coalition wound down its presence at bases in federal Iraq last year, "
            "while a smaller force continues to operate from the Kurdistan "
            "region.\n\n(Reporting by Erbil bureau; Additional reporting by Baghdad newsroom; "
            "Editing by Desk editor)",
            "2026-10-01", (Gold(E, "Harir", "2026-09-30", 0),)),
    # Kurdistan24. Casualty update of Saturday's blast published Monday: one event on the incident's
    # date with the latest toll (three), the third soldier dying on Sunday; the village is not in
    # the gazetteer; October 2017 background. (Shafaq's first report is in Arabic below.)
    Article("en",
            "Death toll from Daquq roadside bomb rises to three\n\nERBIL (Kurdistan24) – A "
            "third Iraqi soldier has died of wounds sustained in a roadside bomb attack in "
            "Kirkuk province's Daquq district, a medical source told Kurdistan24 on Monday, "
            "raising the death toll from Saturday's attack to three.\n\nThe soldier died late "
            "Sunday at Kirkuk General Hospital, where he had been in intensive care since the "
            "blast, the source said. Another soldier wounded in the attack remains in "
            "hospital.\n\nThe bomb struck an army Humvee on Saturday on a rural road near the "
            "village of Albu Mohammed, west of Daquq town. Two soldiers were killed at the "
            "scene.\n\nNo group has claimed the attack, but Iraqi security officials blamed "
            "Islamic State (ISIS) remnants, who remain active in the countryside of Daquq and "
            "the nearby Wadi al-Shay valley.\n\nKurdish officials say the security situation in "
            "the area deteriorated after Kurdish Peshmerga forces withdrew from Kirkuk in "
            "October 2017, following the Kurdistan Region's independence referendum, leaving "
            "gaps that ISIS cells have exploited.\n\nPeshmerga and Iraqi officials have "
            "repeatedly said that the joint brigades agreed in 2023 would close these gaps, but "
            "deployment in Kirkuk province has not started.",
            "2026-10-12", (Gold(E, "Daquq", "2026-10-10", 3),)),
    # Al-Monitor. Feature, no event: Zummar farmers and mines, a mine blast "last month" only as
    # background, Mosul Dam and Rabia named, changes of control since 2014.
    Article("en",
            "Mines and drought keep farmers of Iraq's Zummar from their fields\n\nNearly a "
            "decade after IS was driven out, farmers in the disputed sub-district of Zummar "
            "northwest of Mosul still face unexploded devices, shrinking water and two rival "
            "authorities.\n\nZUMMAR, Iraq — Ahmed, a 54-year-old wheat farmer, points at a line "
            "of red-painted stones across his brother's land. \"Beyond that line nobody goes. "
            "We plant what we can on this side,\" he said.\n\nZummar, a sub-district of Tal "
            "Afar on the western shore of the Tigris near the Mosul Dam lake, has changed hands "
            "several times since 2014: held by the Peshmerga, overrun by IS, retaken by Kurdish "
            "forces, then handed to federal forces and the Popular Mobilization Forces after "
            "the Kurdish independence referendum of 2017. Both the Kurdistan Regional "
            "Government and the Nineveh provincial administration still claim it.\n\nDemining "
            "teams say the fields around the sub-district, which IS used as a front line facing "
            "Peshmerga positions, are among the most contaminated in Nineveh. A shepherd lost "
            "his leg last month when a mine went off near his flock, residents said, the latest "
            "of several such incidents since the spring.\n\nThe Iraqi Directorate of Mine "
            "Action says it has cleared about 40% of the contaminated area in the sub-district, "
            "but funding cuts by international donors have slowed the work. \"We have two teams "
            "for an area that needs ten,\" a deminer said.\n\nDrought has added to the "
            "pressure. Water levels in the Mosul Dam reservoir fell this summer to their lowest "
            "in decades, and irrigation canals that once fed Zummar's fields run dry by "
            "July.\n\nSome families have left for Mosul, Duhok or Rabia, near the Syrian "
            "border, to find work. Those who stay say they feel forgotten. \"Baghdad says we "
            "belong to Nineveh, Erbil says we belong to Kurdistan,\" Ahmed said. \"Neither of "
            "them has come to clear my brother's land.\"",
            "2026-10-07", ()),
    # Rudaw English. Kidnapping of shepherds, one found dead the next day (V, on the day of the
    # abduction); Qarachogh mountain in Makhmour district; the Makhmour camp and Gwer mentioned;
    # "Sunday night" against a Tuesday publication.
    Article("en",
            "ISIS abducts three shepherds in Makhmour, one found dead\n\nRudaw\n\nERBIL, "
            "Kurdistan Region – Islamic State (ISIS) militants abducted three shepherds on "
            "Sunday night near the Qarachogh mountain in Makhmour district, and the body of one "
            "of them was found on Monday morning, local officials told Rudaw.\n\n\"A group of "
            "armed men came down from the mountain after sunset and took the three young men "
            "with their flock,\" Makhmour's mayor told Rudaw English on Tuesday. \"The body of "
            "one of them, a 22-year-old, was found yesterday morning in a valley with gunshot "
            "wounds. The other two were released in the afternoon after villagers and Iraqi "
            "forces searched the area.\"\n\nThe two freed shepherds told security forces that "
            "the kidnappers had demanded money and asked them about the positions of the Iraqi "
            "army and the Peshmerga, the mayor said.\n\nQarachogh, a mountain range between "
            "Makhmour and the Tigris river, has been a hideout for ISIS remnants since the "
            "group's territorial defeat. The range lies between the areas held by Iraqi forces "
            "and the Peshmerga front line near Gwer, and officials in the district have long "
            "demanded joint operations to clear it.\n\nMakhmour district, which also hosts a "
            "camp for some 12,000 Kurdish refugees from Turkey, is among the areas disputed "
            "between Erbil and Baghdad.",
            "2026-02-24", (Gold(V, "Qarachogh", "2026-02-22", 1),)),
    # AFP. A deployment (S), "on Wednesday" against a Thursday publication; Makhmour dateline;
    # "between Makhmour and Gwer"; numbers ("around 3,000") that are not casualties.
    Article("en",
            "Iraqi, Kurdish forces deploy first joint brigade in disputed north\n\nMAKHMOUR, "
            "Iraq (AFP) - Iraqi army and Kurdish peshmerga troops on Wednesday began deploying "
            "a joint brigade along a stretch of the former front line south of Arbil, officials "
            "said, in a long-delayed move to close gaps exploited by Islamic State group "
            "jihadists.\n\nTwo battalions, one from each side, took up positions at outposts "
            "between the towns of Makhmour and Gwer, the Kurdistan region's peshmerga ministry "
            "said in a statement.\n\nThe brigade, which will eventually number around 3,000 "
            "men, is the first of two agreed in 2023 by Baghdad and the Kurdish regional "
            "government with the support of the US-led coalition, which has funded part of its "
            "equipment.\n\n\"This is a historic day. For the first time since 2017, Iraqi and "
            "Kurdish soldiers are standing side by side in the same positions,\" a peshmerga "
            "officer told AFP at a ceremony attended by coalition advisers.\n\nThe area around "
            "Makhmour, and the nearby Qarachogh mountains in particular, has long served as a "
            "refuge for IS remnants, who move between the federal and Kurdish lines at "
            "night.\n\nThe second brigade is expected to deploy later in Kirkuk and Diyala "
            "provinces, officials said, though no date has been announced.",
            "2026-03-26", (Gold(S, "Makhmour", "2026-03-25", None),)),
    # شفق نيوز. "مساء أمس" against a Tuesday publication; number word "اثنين"; Amerli as a ناحية of
    # Tuz Khurmatu; Hamrin and Kifri as context; last month's attack as background.
    Article("ar",
            "مقتل منتسبَين في الحشد الشعبي وإصابة ثالث بانفجار عبوة ناسفة قرب آمرلي\n\nشفق "
            "نيوز/ أفاد مصدر أمني في محافظة صلاح الدين، اليوم الثلاثاء، بمقتل اثنين من منتسبي "
            "الحشد الشعبي وإصابة ثالث بجروح، إثر انفجار عبوة ناسفة استهدفت عجلتهم مساء أمس قرب "
            "ناحية آمرلي التابعة لقضاء طوزخورماتو شرقي المحافظة.\n\nوقال المصدر لوكالة شفق "
            "نيوز، إن \"عبوة ناسفة مزروعة على جانب طريق ترابي انفجرت لدى مرور عجلة تابعة لأحد "
            "ألوية الحشد، خلال تنفيذها واجب تفتيش في المنطقة الواقعة بين آمرلي وتلال حمرين\"، "
            "مبيناً أن \"الانفجار أسفر عن مقتل اثنين من المنتسبين في الحال، وإصابة ثالث بجروح "
            "وصفت بالمتوسطة نقل على إثرها إلى مستشفى طوزخورماتو العام\".\n\nوأضاف أن \"قوة "
            "مشتركة من الجيش والحشد فرضت طوقاً أمنياً حول مكان الحادث، وباشرت بعملية تفتيش "
            "بحثاً عن عبوات أخرى ربما زرعها عناصر داعش في الطريق ذاته\".\n\nوتشهد المناطق "
            "المحصورة بين طوزخورماتو وكفري وسلسلة جبال حمرين بين حين وآخر هجمات ينفذها عناصر "
            "تنظيم داعش، مستغلين الفراغ الأمني بين القوات الاتحادية وقوات البيشمركة، وكان آخرها "
            "هجوم بالأسلحة الخفيفة على نقطة للجيش العراقي أطراف قضاء طوزخورماتو الشهر الماضي "
            "أسفر عن إصابة جندي.",
            "2026-02-17", (Gold(E, "Amerli", "2026-02-16", 2),)),
    # بغداد اليوم. Sniper fire on an army post (B); "فجر اليوم" with the date in parentheses;
    # Baqubah as reference point; a Qara Tapa attack two weeks earlier as background; Saadiya named.
    Article("ar",
            "بغداد اليوم - ديالى\n\nأفاد مصدر أمني في محافظة ديالى، اليوم الخميس (12 آذار "
            "2026)، باستشهاد جندي بنيران قناص في أطراف ناحية جلولاء شمال شرقي بعقوبة.\n\nوقال "
            "المصدر في حديث لـ\"بغداد اليوم\"، إن \"قناصاً يرجح انتماؤه لخلايا داعش استهدف فجر "
            "اليوم ربيئة متقدمة للجيش العراقي في أطراف جلولاء، قرب الحدود الإدارية مع محافظة "
            "صلاح الدين، ما أدى إلى استشهاد أحد الجنود بإصابة مباشرة في الرأس\".\n\nوأضاف أن "
            "\"القطعات الماسكة للأرض ردت على مصدر النيران، واستقدمت تعزيزات إضافية، وباشرت "
            "بعملية تفتيش واسعة للبساتين والوديان القريبة، من دون العثور على المهاجمين لغاية "
            "الآن\".\n\nويأتي هذا الحادث بعد نحو أسبوعين من هجوم مماثل استهدف نقطة للجيش في "
            "ناحية قرة تبة المجاورة، أسفر عن إصابة جنديين.\n\nوتعد المنطقة الممتدة بين جلولاء "
            "والسعدية وقرة تبة من أكثر المناطق تعقيداً من الناحية الأمنية في ديالى، بسبب "
            "تضاريسها الوعرة وقربها من سلسلة جبال حمرين، فضلاً عن كونها من المناطق المتنازع "
            "عليها بين بغداد وأربيل.",
            "2026-03-12", (Gold(B, "Jalawla", "2026-03-12", 1),)),
    # واع (INA). CTS arrest (S), "فجر اليوم", dual forms; past attacks by the detainees as
    # background; Baghdad dateline.
    Article("ar",
            "مكافحة الإرهاب يعلن القبض على إرهابيَّين اثنين في الشرقاط\n\nبغداد - واع\n\nأعلن "
            "جهاز مكافحة الإرهاب، اليوم الثلاثاء، القبض على إرهابيَّين اثنين في قضاء الشرقاط "
            "بمحافظة صلاح الدين.\n\nوذكر الجهاز في بيان تلقته وكالة الأنباء العراقية (واع)، أنه "
            "\"بناءً على معلومات استخبارية دقيقة، وبعد متابعة ورصد استمرا أسابيع عدة، نفذ أبطال "
            "جهاز مكافحة الإرهاب، فجر اليوم، عملية نوعية في قضاء الشرقاط، أسفرت عن القبض على "
            "إرهابيَّين اثنين من عصابات داعش الإرهابية\".\n\nوأضاف البيان أن \"المعتقلَين كانا "
            "ينشطان ضمن ما يسمى (ولاية دجلة)، وشاركا في عمليات إرهابية استهدفت القوات الأمنية "
            "والمواطنين في مناطق متفرقة من المحافظة خلال السنوات الماضية\"، مشيراً إلى أنه "
            "\"جرى تسليمهما إلى الجهات المختصة لاتخاذ الإجراءات القانونية بحقهما\".\n\nوأكد "
            "الجهاز \"استمرار عملياته لملاحقة ما تبقى من فلول العصابات الإرهابية في جميع "
            "المناطق\".",
            "2026-04-14", (Gold(S, "Shirqat", "2026-04-14", None),)),
    # السومرية نيوز. Leftover ordnance kills a child (E); Arabic-Indic digits; Tal Qasab (not in the
    # gazetteer) in Sinjar district; "عصر اليوم"; 2014 background.
    Article("ar",
            "مقتل طفل وإصابة شقيقه بانفجار مقذوف من مخلفات الحرب في سنجار\n\nالسومرية نيوز - "
            "نينوى\n\nأفاد مصدر في محافظة نينوى، اليوم الأربعاء، بمقتل طفل وإصابة شقيقه بانفجار "
            "مقذوف من مخلفات الحرب في قضاء سنجار غربي الموصل.\n\nوقال المصدر للسومرية نيوز، إن "
            "\"طفلين شقيقين عثرا عصر اليوم على جسم غريب أثناء رعيهما الأغنام قرب مجمع تل قصب "
            "جنوبي سنجار، وحاولا العبث به ما أدى إلى انفجاره\"، مبيناً أن \"الانفجار أسفر عن "
            "مقتل الطفل البالغ من العمر ١٢ عاماً في الحال، وإصابة شقيقه البالغ ٩ أعوام بجروح "
            "بليغة نقل على إثرها إلى مستشفى سنجار العام\".\n\nوأضاف المصدر أن \"فرقاً من مديرية "
            "شؤون الألغام وصلت إلى المكان لتمشيط المنطقة خشية وجود مقذوفات أخرى\".\n\nوتنتشر في "
            "مناطق واسعة من قضاء سنجار آلاف العبوات والمقذوفات غير المنفجرة التي خلفها تنظيم "
            "داعش والمعارك التي شهدها القضاء منذ عام ٢٠١٤، وسط مطالبات محلية متكررة بتسريع "
            "عمليات التطهير قبل عودة النازحين إلى قراهم.",
            "2026-05-06", (Gold(E, "Sinjar", "2026-05-06", 1),)),
    # روداو عربية. Turkish shelling, "دون خسائر بشرية" (0); "مساء أمس الأحد" against a Monday
    # publication; Amedi and Duhok named; a drone strike near Batifa "last week" is background.
    Article("ar",
            "قصف مدفعي تركي يطال قرى في ناحية كاني ماسي دون خسائر بشرية\n\nرووداو - "
            "دهوك\n\nقصفت المدفعية التركية، مساء أمس الأحد، محيط ثلاث قرى تابعة لناحية كاني "
            "ماسي في قضاء العمادية بمحافظة دهوك، ما أدى إلى اندلاع حرائق في بساتين ومراعٍ، من "
            "دون أن يسفر القصف عن خسائر بشرية.\n\nوقال مدير ناحية كاني ماسي لشبكة رووداو "
            "الإعلامية، إن \"أكثر من ٢٠ قذيفة سقطت على أطراف القرى بين الساعة الثامنة والحادية "
            "عشرة ليلاً، واحترقت مساحات من بساتين الجوز والكروم\"، لافتاً إلى أن \"فرق الدفاع "
            "المدني لم تتمكن من الوصول إلى بعض المواقع بسبب استمرار القصف ووعورة "
            "المنطقة\".\n\nوأشار إلى أن \"سكان القرى الحدودية يعيشون حالة من القلق الدائم، وقد "
            "اضطرت عائلات عدة إلى ترك منازلها خلال السنوات الماضية والانتقال إلى مركز القضاء أو "
            "مدينة دهوك\".\n\nوكانت طائرة مسيرة تركية قد قصفت الأسبوع الماضي موقعاً قرب ناحية "
            "باتيفا في قضاء زاخو، وفق مصادر محلية.\n\nوتشن تركيا منذ سنوات عمليات عسكرية برية "
            "وجوية في المناطق الحدودية لإقليم كوردستان، تقول إنها تستهدف مسلحي حزب العمال "
            "الكوردستاني، فيما تؤكد السلطات المحلية أن القصف يلحق أضراراً كبيرة بالمدنيين "
            "وممتلكاتهم.",
            "2026-06-01", (Gold(E, "Kani Masi", "2026-05-31", 0),)),
    # العربي الجديد. Analysis with tallies, no event: Arabic-Indic totals, earlier attacks in Amerli
    # and Jalawla as background, quotes from an MP and an expert.
    Article("ar",
            "«فراغ أمني» في المناطق المتنازع عليها بالعراق: هجمات متفرقة وتعثر الألوية "
            "المشتركة\n\nبغداد - العربي الجديد\n\nتتواصل الهجمات المتفرقة التي تتبناها أو تنسب "
            "إلى بقايا تنظيم \"داعش\" في المناطق المتنازع عليها بين بغداد وأربيل، الممتدة من "
            "سنجار غرباً حتى خانقين شرقاً، وسط تعثر خطة تشكيل ألوية عسكرية مشتركة بين الجيش "
            "العراقي وقوات البيشمركة لسد الثغرات الأمنية.\n\nوبحسب إحصائية أعدتها جهة رقابية "
            "محلية واطلعت عليها \"العربي الجديد\"، سجلت تلك المناطق ٣٧ هجوماً منذ مطلع العام "
            "الحالي، أسفرت عن مقتل ٢٤ شخصاً بين عسكريين ومدنيين، وإصابة أكثر من ٤٠ آخرين، تركز "
            "معظمها في كركوك وديالى وأطراف صلاح الدين.\n\nومن أبرز تلك الهجمات، انفجار عبوة "
            "ناسفة قرب ناحية آمرلي في فبراير/ شباط الماضي أودى بحياة اثنين من عناصر الحشد "
            "الشعبي، ومقتل جندي بنيران قناص في أطراف جلولاء في مارس/ آذار.\n\nوقال نائب كردي في "
            "البرلمان العراقي لـ\"العربي الجديد\"، مشترطاً عدم ذكر اسمه، إن \"الاتفاق على تشكيل "
            "لواءين مشتركين وستة مراكز للتنسيق ما زال يراوح مكانه بسبب الخلافات على التمويل "
            "والقيادة\"، مضيفاً أن \"اللواء الأول انتشر في مخمور، لكن كركوك وديالى ما زالتا من "
            "دون أي قوة مشتركة\".\n\nفي المقابل، يرى الخبير الأمني العراقي أحمد الشريفي أن "
            "\"تراجع عدد الهجمات مقارنة بالأعوام السابقة يدل على أن التنظيم فقد قدرته على "
            "المبادرة\"، لكنه حذر من أن \"الخلايا الصغيرة ما زالت قادرة على إيقاع خسائر، "
            "مستفيدة من التضاريس الوعرة في حمرين ووادي الشاي ومكحول\".\n\nويعود ملف المناطق "
            "المتنازع عليها إلى المادة ١٤٠ من الدستور العراقي، التي نصت على إجراء التطبيع "
            "والإحصاء ثم الاستفتاء لتحديد مصيرها، وهو ما لم يُنفذ حتى اليوم.",
            "2026-06-24", ()),
    # المدى. Political statements on the coordination centres, no event: a press conference "أمس",
    # the Dibis clash and crop fires cited as background, the operations command's reply.
    Article("ar",
            "نواب كرد في كركوك يطالبون بتفعيل مراكز التنسيق المشتركة.. وقيادة العمليات: الوضع "
            "مستقر\n\nالمدى/ كركوك\n\nطالب أعضاء كرد في مجلس محافظة كركوك، الحكومة الاتحادية "
            "ووزارة البيشمركة، بالإسراع في تفعيل مركز التنسيق الأمني المشترك في المحافظة، "
            "وإشراك قوات البيشمركة في مسك المناطق الواقعة جنوب وغرب كركوك.\n\nوقال عضو المجلس "
            "عن الاتحاد الوطني الكردستاني، خلال مؤتمر صحفي عقده أمس الثلاثاء في مبنى المجلس، إن "
            "\"مركز التنسيق في كركوك هو واحد من ستة مراكز اتفق عليها الجانبان، لكنه لم يجتمع "
            "سوى مرتين منذ مطلع العام\"، مضيفاً أن \"الاشتباك العشائري الذي شهده قضاء الدبس "
            "الأسبوع الماضي، وحرق محاصيل المزارعين في القرى المحاذية لداقوق خلال الصيف، دليل "
            "على وجود ثغرات لا يمكن سدها من دون تعاون حقيقي\".\n\nوأشار إلى أن \"أهالي القرى "
            "الكردية والتركمانية في أطراف المحافظة يشعرون بعدم الأمان، وبعضهم لم يعد إلى أرضه "
            "منذ عام ٢٠١٧\".\n\nفي المقابل، قال مصدر في قيادة عمليات كركوك لـ\"المدى\"، إن "
            "\"الوضع الأمني في المحافظة مستقر ومسيطر عليه\"، وإن \"القطعات الأمنية تنفذ عمليات "
            "تفتيش وملاحقة بشكل مستمر في وادي الشاي وحوض الزاب وجنوب غربي كركوك\".\n\nويعد ملف "
            "إدارة الأمن في كركوك من أكثر الملفات حساسية بين بغداد وأربيل منذ انسحاب قوات "
            "البيشمركة من المحافظة في تشرين الأول/ أكتوبر ٢٠١٧، وبسط القوات الاتحادية سيطرتها "
            "عليها.",
            "2026-09-09", ()),
    # 964. Kidnapping of two shepherds (V), no deaths reported (None); "مساء أمس الثلاثاء" against a
    # Wednesday publication; Iranian border and Baladruz as context; a tribe's appeal.
    Article("ar",
            "مجهولون يخطفون شقيقين من رعاة الأغنام قرب مندلي.. وعشيرتهما تناشد\n\n964\n\nاختطف "
            "مسلحون مجهولون، مساء أمس الثلاثاء، شقيقين يعملان في رعي الأغنام في منطقة زراعية "
            "شرقي مندلي قرب الشريط الحدودي مع إيران، بحسب ما أفاد أحد أقاربهما لشبكة "
            "964.\n\nوقال القريب إن \"الشقيقين خرجا كعادتهما بالأغنام نحو المراعي القريبة من "
            "الحدود، وعند المغرب جاء مسلحون بسيارة رباعية الدفع واقتادوهما إلى جهة مجهولة، "
            "وتركوا القطيع في مكانه\"، مضيفاً أن \"العائلة لم تتلقَّ أي اتصال حتى الآن، ولا "
            "نعرف إن كانوا يريدون فدية أو شيئاً آخر\".\n\nوأكد مصدر في شرطة ديالى لـ964 أن "
            "\"قوة من الشرطة والجيش باشرت عمليات بحث في المنطقة والطرق المؤدية إلى قضاء "
            "بلدروز\"، من دون أن يحدد الجهة التي تقف وراء عملية الخطف.\n\nوناشد شيوخ العشيرة في "
            "بيان، القائد العام للقوات المسلحة والقيادات الأمنية في ديالى \"التدخل العاجل لكشف "
            "مصير الشقيقين وإعادتهما سالمين\".\n\nوتشهد المناطق الحدودية في مندلي حوادث خطف "
            "وسرقة مواشٍ بين فترة وأخرى، في ظل طبيعة جغرافية مفتوحة وضعف الانتشار الأمني فيها.",
            "2026-07-15", (Gold(V, "Mandali", "2026-07-14", None),)),
    # شفق نيوز. Assassination of a village mukhtar (V); "في ساعة متأخرة من ليلة أمس" against a
    # Tuesday publication; the village not named in the gazetteer -> Khanaqin district; an earlier
    # killing in Saadiya as background.
    Article("ar",
            "مسلحون يغتالون مختار قرية في خانقين ويلوذون بالفرار\n\nشفق نيوز/ أفاد مصدر أمني في "
            "محافظة ديالى، اليوم الثلاثاء، بمقتل مختار إحدى القرى برصاص مسلحين مجهولين في قضاء "
            "خانقين شمال شرقي المحافظة.\n\nوقال المصدر لوكالة شفق نيوز، إن \"مسلحين اثنين "
            "يستقلان دراجة نارية أطلقا النار في ساعة متأخرة من ليلة أمس على مختار قرية تقع جنوب "
            "غربي مركز القضاء، أمام منزله، ما أدى إلى مقتله على الفور\"، مبيناً أن \"الجناة "
            "لاذوا بالفرار إلى جهة مجهولة\".\n\nوأضاف أن \"قوة من الشرطة طوقت مكان الحادث، فيما "
            "نقلت الجثة إلى دائرة الطب العدلي، وفتح تحقيق لمعرفة دوافع الجريمة\".\n\nوبحسب "
            "المصدر، فإن المختار كان قد تلقى تهديدات في وقت سابق بسبب تعاونه مع القوات الأمنية "
            "في الإبلاغ عن تحركات مشبوهة في محيط القرية.\n\nويعد هذا الحادث الثاني من نوعه خلال "
            "أقل من شهر، بعد اغتيال مختار آخر في ناحية السعدية التابعة للقضاء ذاته في تموز "
            "الماضي.",
            "2026-08-11", (Gold(V, "Khanaqin", "2026-08-10", 1),)),
    # شفق نيوز. First report of the Daquq blast (same incident as Kurdistan24's update above,
    # separate article): dual "جنديين" as the only death count; "ظهر اليوم"; "حصيلة أولية".
    Article("ar",
            "استشهاد جنديين وإصابة آخرين بانفجار عبوة ناسفة في داقوق جنوبي كركوك\n\nشفق نيوز/ "
            "أفاد مصدر أمني في محافظة كركوك، اليوم السبت، باستشهاد جنديين وإصابة اثنين آخرين "
            "بانفجار عبوة ناسفة استهدفت عجلة عسكرية في قضاء داقوق جنوبي المحافظة.\n\nوقال "
            "المصدر لوكالة شفق نيوز، إن \"عبوة ناسفة انفجرت ظهر اليوم على عجلة نوع همر تابعة "
            "للجيش العراقي أثناء مرورها على طريق ريفي قرب قرية البو محمد غربي داقوق\"، موضحاً "
            "أن \"الحصيلة الأولية تشير إلى استشهاد جنديين وإصابة اثنين آخرين بجروح، أحدهما في "
            "حالة حرجة\".\n\nوأضاف أن \"المصابين نقلا إلى مستشفى كركوك العام، فيما فرضت القوات "
            "الأمنية طوقاً حول المنطقة وشرعت بعمليات تفتيش في القرى المجاورة\".\n\nولم تعلن أي "
            "جهة مسؤوليتها عن الهجوم حتى الآن، إلا أن أصابع الاتهام تتجه عادة إلى خلايا تنظيم "
            "داعش التي تنشط في المناطق الزراعية الممتدة بين داقوق ووادي الشاي.",
            "2026-10-10", (Gold(E, "Daquq", "2026-10-10", 2),)),
    # بغداد اليوم. Denial, no event: "مساء أمس" and a drone named, the flare mistaken for smoke, a
    # 2025 attack on the field as background; Bai Hassan not in the gazetteer.
    Article("ar",
            "بغداد اليوم - كركوك\n\nنفت شركة نفط الشمال، اليوم الثلاثاء (8 أيلول 2026)، الأنباء "
            "التي تحدثت عن تعرض حقل باي حسن النفطي غربي كركوك لهجوم بطائرة مسيرة.\n\nوقال مصدر "
            "في الشركة لـ\"بغداد اليوم\"، إن \"ما جرى تداوله على مواقع التواصل الاجتماعي بشأن "
            "استهداف الحقل بطائرة مسيرة مساء أمس عارٍ عن الصحة جملةً وتفصيلاً\"، مؤكداً أن "
            "\"العمل في الحقل يجري بشكل طبيعي ولم تتأثر معدلات الإنتاج\".\n\nوأوضح أن \"الدخان "
            "الذي ظهر في المقاطع المتداولة ناتج عن حرق الغاز المصاحب في الشعلة، وهو أمر اعتيادي "
            "في الحقول النفطية\"، داعياً وسائل الإعلام إلى \"توخي الدقة وعدم الانجرار وراء "
            "الشائعات\".\n\nمن جهتها، أكدت خلية الإعلام الأمني في بيان مقتضب أن \"لا صحة لتعرض "
            "أي منشأة نفطية في محافظة كركوك لأي هجوم\".\n\nوكان حقل باي حسن، أحد أكبر حقول "
            "كركوك، قد تعرض في عام 2025 لهجوم بطائرة مسيرة أدى إلى توقف جزء من عمليات الإنتاج "
            "لساعات، ضمن سلسلة هجمات طالت منشآت النفط والغاز في كركوك وإقليم كوردستان.",
            "2026-09-08", ()),
    # الشرق الأوسط. Rockets on K1 base (not in the gazetteer -> Kirkuk), "مساء الثلاثاء" against a
    # Wednesday paper, no injuries (0); the launch site south-west of Kirkuk; coalition withdrawal
    # and faction politics as context.
    Article("ar",
            "صواريخ على قاعدة عسكرية في كركوك... ولا إصابات\n\nالفصائل تنفي... وبغداد تتحدث عن "
            "«محاولة لخلط الأوراق»\n\nبغداد: «الشرق الأوسط»\n\nسقط صاروخان على الأقل، مساء "
            "الثلاثاء، داخل قاعدة «كي وان» العسكرية شمال غربي مدينة كركوك، من دون أن يسفر ذلك "
            "عن إصابات بشرية، وفق ما أفادت مصادر أمنية عراقية.\n\nوقالت خلية الإعلام الأمني، في "
            "بيان، إن «الصاروخين سقطا في أرض فارغة داخل القاعدة»، مشيرة إلى أن «القوات الأمنية "
            "حددت مكان الإطلاق في منطقة زراعية جنوب غربي كركوك، وباشرت التحقيق لمعرفة الجهة "
            "المنفذة».\n\nوتضم القاعدة مقرات لقيادة عمليات كركوك وقطعات من الجيش العراقي، وسبق "
            "أن استضافت مستشارين من التحالف الدولي قبل انسحابهم منها.\n\nولم تتبنَّ أي جهة "
            "الهجوم، فيما نفى مسؤول في أحد الفصائل المسلحة، في تصريح لـ«الشرق الأوسط»، أي علاقة "
            "لفصيله به، معتبراً أن «هناك من يريد توريط المقاومة في توقيت حساس».\n\nويأتي الهجوم "
            "في ظل ترتيبات إنهاء مهمة التحالف الدولي في العراق، بموجب الاتفاق المبرم بين بغداد "
            "وواشنطن، الذي قضى بانسحاب قواته من القواعد الواقعة خارج إقليم كردستان وانتقال ما "
            "تبقى من مهامه إلى أربيل.\n\nوقال مسؤول حكومي عراقي إن الهجوم «محاولة لخلط "
            "الأوراق»، مؤكداً أن «الحكومة لن تسمح لأي جهة بجر البلاد إلى صراعات إقليمية».",
            "2026-09-23", (Gold(E, "Kirkuk", "2026-09-22", 0),)),
    # الصباح. Roundup from a Security Media Cell statement: a clash near Samarra with three
    # militants killed (Arabic-Indic digit, منطقة الجزيرة looks like another place) and IEDs defused
    # in Baiji "في اليوم ذاته"; "أمس الثلاثاء" against a Wednesday paper.
    Article("ar",
            "مقتل ٣ إرهابيين بمواجهة شمال غربي سامراء وتفكيك عبوات في بيجي\n\nبغداد / "
            "الصباح\n\nتمكنت القوات الأمنية، أمس الثلاثاء، من قتل ٣ إرهابيين خلال اشتباك مسلح "
            "في منطقة الجزيرة شمال غربي سامراء، فيما فككت مفارز الجهد الهندسي عبوات ناسفة في "
            "قضاء بيجي.\n\nوذكر بيان لخلية الإعلام الأمني، تلقته «الصباح»، أن «قوة من قيادة "
            "عمليات سامراء، وبعد ورود معلومات استخبارية عن وجود مفرزة إرهابية في منطقة الجزيرة، "
            "شمال غربي القضاء، اشتبكت معها بمختلف الأسلحة، ما أسفر عن مقتل ٣ إرهابيين وإصابة "
            "أحد المنتسبين بجروح طفيفة»، مبيناً أن «القوة ضبطت أسلحة وأحزمة ناسفة ومواد لوجستية "
            "كانت بحوزتهم».\n\nوأضاف البيان أن «مفارز الجهد الهندسي التابعة لقيادة عمليات صلاح "
            "الدين عثرت في اليوم ذاته على ثلاث عبوات ناسفة معدة للتفجير على طريق ترابي في قضاء "
            "بيجي، وجرى تفكيكها من دون حوادث».\n\nوتشن القوات العراقية بشكل متواصل عمليات "
            "لملاحقة بقايا عصابات «داعش» في المناطق الصحراوية والوعرة بين صلاح الدين والأنبار "
            "ونينوى، ولا سيما في منطقة الجزيرة وسلسلة جبال مكحول.",
            "2026-10-14", (Gold(B, "Samarra", "2026-10-13", 3),
                           Gold(S, "Baiji", "2026-10-13", None))),
)  # fmt: skip

#: A twenty-third batch written blind (28 reports, 16 en and 12 ar), scored once after the
#: WIRE16 rules and the finer place told next: en P 0.75 R 0.92 (location 0.83, date 1.00,
#: fatalities 0.67), ar P 0.77 R 1.00 (0.80, 1.00, 1.00); the coder of a4c4e8b had en P 0.69
#: R 0.85, ar P 0.71 R 1.00. Rules then: "was killing our shepherds" is what went on;
#: بستة هجمات is a tally's count; عار عن الصحة denies; forces deployed after an incident are
#: its aftermath.
WIRE18: tuple[Article, ...] = (
    # Kurdistan24 style. Kurdish spellings (Batifa, Kani Balav), "late on Friday" against a Saturday
    # publication, a weekly Turkish "neutralised 17" tally that is not an event, and background on
    # the PKK process and emptied villages in Amedi.
    Article("en",
            "Turkish drone strike kills two near Batifa in Duhok's Zakho "
            "administration\n\nERBIL (Kurdistan24) – Two people were killed late on Friday when "
            "a Turkish drone struck a car on the mountain road between the town of Batifa and "
            "the village of Kani Balav, in the Zakho administration of Duhok province, a local "
            "official told Kurdistan24 on Saturday.\n\nBatifa sub-district director Hakim "
            "Sulaiman said the vehicle was \"completely burnt out\" and that the bodies of the "
            "two men inside had been taken to the forensic department in Zakho.\n\n\"Until now "
            "we cannot say who they were, civilians or fighters. The families of the area are "
            "afraid and nobody went near the car for almost two hours because the drone was "
            "still in the sky,\" he said.\n\nThe Turkish Ministry of National Defense did not "
            "comment on the strike. At its weekly press briefing on Thursday, the ministry said "
            "its forces had \"neutralised\" 17 \"terrorists\" in northern Iraq and northern "
            "Syria over the past week, without giving locations.\n\nThe Kurdistan Workers' "
            "Party (PKK) announced last year that it would dissolve itself and lay down its "
            "arms, and a group of its fighters burned their weapons near Sulaimani in a "
            "symbolic ceremony in July 2025. Yet Turkish bases and outposts inside the "
            "Kurdistan Region have not been withdrawn, and residents of border areas say drones "
            "remain a daily presence.\n\nAccording to local officials, more than 150 villages "
            "in the Amedi, Zakho and Barzan areas have been fully or partially emptied since "
            "Turkey expanded its military operations in 2019.\n\nKurdistan24 tried to reach the "
            "Peshmerga ministry for comment, without success.",
            "2026-03-14", (Gold(E, "Batifa", "2026-03-13", 2),)),
    # Reuters style. Incident late Tuesday with a GMT conversion, reported Wednesday; "no one was
    # hurt"; electricity megawatt numbers and a background strike in November 2025.
    Article("en",
            "Drone attack halts output at Iraqi Kurdistan's Khor Mor gas field, no "
            "casualties\n\nSULAIMANIYAH, Iraq, April 22 (Reuters) - A drone attack on the Khor "
            "Mor gas field in Iraq's Kurdistan region late on Tuesday set a condensate storage "
            "tank on fire and forced a halt in production, cutting electricity supply across "
            "much of the region, Kurdish officials and a source at the operating consortium "
            "said on Wednesday.\n\nNo one was hurt in the attack, which hit the field in "
            "Chamchamal district at about 11:45 p.m. (2045 GMT), the source said, speaking on "
            "condition of anonymity because he was not authorised to talk to the "
            "media.\n\nFirefighting teams brought the blaze under control by early Wednesday "
            "morning, the source added, but it was not yet clear when production would "
            "resume.\n\nThe Kurdistan Regional Government's electricity ministry said the "
            "shutdown had taken around 2,300 megawatts off the grid, and that power stations in "
            "Erbil, Sulaimaniyah and Duhok were running at a fraction of capacity.\n\nNo group "
            "immediately claimed responsibility. Kurdish officials have previously blamed "
            "Iran-aligned armed factions for attacks on the field, including a drone strike in "
            "November 2025 that also shut down production for several days. Those factions have "
            "denied involvement.\n\n\"These attacks target the livelihood of every family in "
            "the region, not just a gas company,\" a KRG spokesperson said in a statement, "
            "calling on Baghdad to \"find and punish\" those responsible.\n\nIraq's prime "
            "minister ordered an investigation into the attack, his office said.\n\nKhor Mor is "
            "operated by Pearl Petroleum, a consortium led by the UAE's Dana Gas and Crescent "
            "Petroleum, and supplies the bulk of the gas used by power plants in the Kurdistan "
            "region.\n\n(Reporting by Reuters staff; Editing by ...)",
            "2026-04-22", (Gold(E, "Khor Mor gas field", "2026-04-21", 0),)),
    # AFP style feature with no new event: a dateline town, quotes, an AFP tally, the March Riyadh
    # attack as background only, and a future deployment that is a plan, not an event.
    Article("en",
            "In Iraq's disputed lands, joint brigades fill a vacuum -- slowly\n\nDAQUQ, Iraq, "
            "May 9, 2026 (AFP) - On a bare ridge above the dry valley of Wadi al-Shay, a "
            "handful of Iraqi soldiers and Kurdish peshmerga fighters share a prefabricated "
            "outpost, a water tank and a single thermal camera.\n\n\"At night the camera is our "
            "only friend,\" said a peshmerga lieutenant who asked to be identified only as "
            "Karwan. \"The jihadists know this land better than we do. They walk between the "
            "valley and the Hamrin hills like it is their garden.\"\n\nThe outpost belongs to "
            "one of the joint brigades that Baghdad and the autonomous Kurdistan region agreed "
            "to form years ago to plug the security gap along the \"disputed territories\" -- a "
            "band of land stretching from the Syrian border to Iran that both governments "
            "claim.\n\nSince federal forces retook Kirkuk and much of the area in October 2017, "
            "after a Kurdish independence referendum, the gap between the two armies has become "
            "a corridor for the remnants of the Islamic State group, analysts say.\n\nIn early "
            "March, jihadists killed two soldiers in an attack on an army post near the Riyadh "
            "subdistrict, west of Kirkuk. It was the deadliest attack in the province so far "
            "this year, according to an AFP tally based on security sources, which counts at "
            "least 11 members of the security forces killed in the disputed areas since "
            "January.\n\nThe brigades are supposed to be run from six joint coordination "
            "centres, including in Kirkuk, Diyala, Nineveh and Makhmour. But officers on both "
            "sides complain of a lack of funding and equipment, and of political wrangling over "
            "who commands what.\n\n\"On paper we are one force. In reality we have two chains "
            "of command and two sets of radios,\" an Iraqi army captain said in Daquq, a mixed "
            "town of Kurds, Arabs and Turkmen about 40 kilometres (25 miles) south of "
            "Kirkuk.\n\nA second battalion is due to deploy in the area \"within weeks\", "
            "according to the commander of the brigade, who did not want to be named. He did "
            "not give a date.\n\nFor residents of the villages strung along the valley, the "
            "stakes are simple. \"When the army and the peshmerga were fighting each other with "
            "words, Daesh was killing our shepherds,\" said Abu Hussein, a farmer in his "
            "sixties, using an Arabic acronym for IS. \"Now they sit together. Let us see if it "
            "lasts.\"\n\nThe Islamic State group seized a third of Iraq in 2014. Baghdad "
            "declared it defeated in late 2017, but sleeper cells continue to carry out "
            "sporadic attacks in rural areas.\n\nburs/xx",
            "2026-05-09", ()),
    # Rudaw English style. The place is a mountain (Qarachogh) with an unknown village, the day is
    # "Monday evening" on a Tuesday, soldiers and a lieutenant among the dead, wounded numbers and a
    # background IED "last month" that is not an event.
    Article("en",
            "Two Iraqi soldiers killed in ISIS ambush near Makhmour's Qarachogh\n\nERBIL, "
            "Kurdistan Region - Two Iraqi army soldiers, one of them a first lieutenant, were "
            "killed and three others wounded when Islamic State (ISIS) militants ambushed their "
            "patrol on the slopes of Mount Qarachogh on Monday evening, a security source told "
            "Rudaw.\n\n\"The militants opened fire with medium weapons on a patrol from the "
            "army's 14th Division as it was returning from a search operation near the village "
            "of Kharab Bakr,\" the source said on Tuesday. \"The fighting lasted around half an "
            "hour before the militants withdrew towards the valleys.\"\n\nThe wounded were "
            "transferred to hospitals in Makhmour and Erbil, the source added.\n\nQarachogh, a "
            "mountain range overlooking Makhmour town and the plains stretching toward the "
            "Tigris, has been one of the most active ISIS hideouts since the group's "
            "territorial defeat. Last month two Peshmerga fighters were wounded by a roadside "
            "bomb in the same area.\n\nA Peshmerga commander on the Makhmour front, who asked "
            "not to be named because he was not authorized to speak, told Rudaw that the "
            "mountain \"is still a no-man's-land between our lines and the army's "
            "lines.\"\n\n\"We have asked more than once for joint operations with the army. "
            "Without coordination, ISIS will keep using these gaps,\" he said.\n\nThe Iraqi "
            "army's Joint Operations Command has not issued a statement on the "
            "attack.\n\nMakhmour is one of the disputed areas claimed by both Erbil and "
            "Baghdad. Peshmerga and Iraqi forces have been discussing the deployment of joint "
            "brigades there since 2021.",
            "2026-02-17", (Gold(B, "Qarachogh", "2026-02-16", 2),)),
    # Shafaq News English style roundup: two incidents on two different days in two provinces; one
    # wounded-only (fatalities None), one sniper killing. Headline has both.
    Article("en",
            "Two soldiers wounded in Tarmiyah blast; Federal Police member killed by ISIS "
            "sniper in Kirkuk\n\nShafaq News/ Two Iraqi soldiers were wounded on Wednesday when "
            "an improvised explosive device (IED) went off near their vehicle in the orchards "
            "of al-Tarmiyah district, north of Baghdad, a security source said.\n\nThe source "
            "told Shafaq News Agency that the device had been planted on an agricultural road "
            "used by the army during search operations, adding that the two soldiers were taken "
            "to a hospital in Baghdad's al-Kadhimiya with \"moderate injuries.\"\n\nIn Kirkuk, "
            "a member of the Federal Police was killed late on Tuesday by sniper fire from ISIS "
            "remnants hiding in Wadi al-Shay, south of the city, another source said.\n\n\"The "
            "sniper targeted a watchtower of the Federal Police's 5th Division at around 11 pm. "
            "The officer was hit in the head and died on the spot,\" the source told Shafaq "
            "News Agency. \"Our forces returned fire and combed the area, but the attackers "
            "fled.\"\n\nWadi al-Shay, a rugged valley stretching between Kirkuk's Daquq "
            "district and the edges of Salah al-Din, has for years served as a refuge for ISIS "
            "cells, which exploit the area's dense vegetation and the security gap between "
            "federal and Kurdish forces.\n\nAl-Tarmiyah, around 45 kilometers north of the "
            "capital, has also witnessed repeated attacks on security forces and civilians "
            "since 2019.",
            "2026-06-03", (Gold(E, "Tarmiyah", "2026-06-03", None),
                           Gold(B, "Wadi al-Shay", "2026-06-02", 1))),
    # AP style. The dateline (Erbil) is not the place; "on Thursday" against a Friday date; wounded
    # only; the same incident is reported by Kurdistan24 Arabic below; background on the 2022
    # attacks near Koya and the 2023 security pact.
    Article("en",
            "Iranian artillery shells Iraqi Kurdish border area, wounding shepherd\n\nERBIL, "
            "Iraq (AP) — Iranian artillery shelled mountainous areas on the outskirts of "
            "Penjwen, a town in Iraq's semi-autonomous Kurdish region near the Iranian border, "
            "on Thursday, wounding a shepherd and setting farmland and orchards on fire, local "
            "officials said.\n\nAbout 20 shells landed over roughly three hours in the hills "
            "between the town and the border strip, the mayor of Penjwen, Nasih Hama Amin, told "
            "The Associated Press by phone. The shepherd, a man in his forties, was hit by "
            "shrapnel while grazing his flock and was taken to a hospital in Sulaimaniyah, he "
            "said.\n\n\"People are tired of this. Every few months it is the same — they shell, "
            "the fields burn and nobody asks about us,\" the mayor said.\n\nThere was no "
            "immediate comment from Iran. Iran's Revolutionary Guard has repeatedly shelled and "
            "launched drones at areas in northern Iraq where Iranian Kurdish opposition groups "
            "have bases, accusing them of smuggling weapons and fighters across the border. In "
            "September 2022, a wave of Iranian missile and drone strikes near Koya, east of "
            "Erbil, killed more than a dozen people.\n\nIn 2023, Baghdad and Tehran signed a "
            "security agreement under which Iraq pledged to disarm the groups and move them "
            "away from the border. Iraqi officials say the agreement has been implemented, but "
            "Iranian officials have continued to complain about the groups' presence.\n\nThe "
            "Kurdistan Regional Government's interior ministry said it was \"following up\" on "
            "the shelling with the federal government.",
            "2026-07-10", (Gold(E, "Penjwen", "2026-07-09", None),)),
    # Xinhua style brief. "on Thursday" against a Friday; a Kirkuk neighbourhood (Domiz) that shares
    # its name with a camp in Duhok; the boilerplate background paragraph.
    Article("en",
            "Iraqi forces arrest 3 IS suspects in Kirkuk\n\nBAGHDAD, April 3 (Xinhua) -- Iraqi "
            "security forces on Thursday arrested three suspected militants of the Islamic "
            "State (IS) group in the northern province of Kirkuk, a police officer "
            "said.\n\nActing on intelligence reports, a police force raided two hideouts in the "
            "Domiz neighborhood in southern Kirkuk city and arrested the three suspects, who "
            "were wanted by the judiciary on terrorism charges, police Captain Ahmed Jassim "
            "from Kirkuk police told Xinhua.\n\nThe security situation in Iraq has improved "
            "since the Iraqi security forces defeated the IS militants across the country in "
            "late 2017. However, IS remnants have since melted into urban centers, deserts and "
            "rugged areas, carrying out frequent guerilla attacks against the security forces "
            "and civilians. Enditem",
            "2026-04-03", (Gold(S, "Kirkuk", "2026-04-02", None),)),
    # The National style explainer with no event: Q&A headers, many places and numbers, Article 140,
    # October 2017, coordination centres, joint brigades, statistics.
    Article("en",
            "Explained: what are Iraq's disputed territories and who secures them?\n\nNearly a "
            "decade after Baghdad's forces rolled back Kurdish control of Kirkuk, the strip of "
            "land claimed by both the federal government and the Kurdistan Region remains one "
            "of Iraq's most fragile areas\n\nWhat are the disputed territories?\n\nThe term "
            "refers to a belt of land running for about 1,000 kilometres from Sinjar, near the "
            "Syrian border, through Nineveh plains, Makhmour, Kirkuk and Tuz Khurmatu down to "
            "Khanaqin and Mandali on the Iranian border. It is home to Kurds, Arabs, Turkmen, "
            "Yazidis, Christians and Shabak, and sits on some of Iraq's richest oil "
            "fields.\n\nArticle 140 of the 2005 constitution called for a process of "
            "\"normalisation\", a census and a referendum to decide whether these areas would "
            "join the Kurdistan Region. The deadline, the end of 2007, passed without any of "
            "the steps being completed.\n\nWhat changed in 2017?\n\nPeshmerga forces took over "
            "much of the territory in 2014, when the Iraqi army collapsed in the face of ISIS. "
            "After the Kurdistan Region's independence referendum in September 2017, federal "
            "forces and the Popular Mobilisation Forces retook Kirkuk and most of the disputed "
            "areas in a matter of days in mid-October.\n\nThe result was a front line of sorts, "
            "with the Peshmerga on one side and federal troops on the other — and, between "
            "them, stretches of farmland, hills and valleys controlled by neither.\n\nWhy does "
            "that matter?\n\nISIS cells have used these gaps to regroup. Areas such as the "
            "Hamrin mountains, Wadi al-Shay south of Kirkuk, Qarachogh near Makhmour and the "
            "orchards around Jalawla and Qara Tapa in Diyala have seen most of the group's "
            "attacks in recent years.\n\nAccording to figures compiled by the Kurdistan "
            "Region's security council, ISIS carried out more than 300 attacks in the disputed "
            "areas between 2020 and 2023, killing hundreds of soldiers, Peshmerga and "
            "civilians. Attacks have fallen sharply since then, but have not stopped.\n\nWhat "
            "are the joint brigades?\n\nIn 2021, the federal defence ministry and the Peshmerga "
            "ministry agreed to form joint brigades to patrol the gap, coordinated from six "
            "joint operation centres. The first units began deploying in parts of Makhmour and "
            "Kirkuk, but the process has moved slowly, held back by budget disputes and "
            "political rivalry.\n\n\"Both sides want the brigades, but each wants them under "
            "its own command,\" said a western diplomat in Erbil. \"That is the whole problem "
            "in one sentence.\"\n\nWhat happens next?\n\nOfficials in Baghdad and Erbil say "
            "they intend to expand the brigades to Diyala and Nineveh by the end of next year. "
            "Kurdish officials also want Article 140 revived, something Arab and Turkmen "
            "parties in Kirkuk firmly oppose.",
            "2026-09-15", ()),
    # Al-Monitor style analysis with a new incident in the lead (Darkar, Tuesday, on a Thursday),
    # contested civilian/PKK identity, a CPT tally and a June strike as background.
    Article("en",
            "Turkish drones keep striking Duhok despite PKK disarmament\n\nA Turkish drone "
            "strike on a car near Darkar, a subdistrict of Zakho close to the Turkish border, "
            "killed one man on Tuesday, local officials told Al-Monitor, in what residents "
            "described as the first deadly strike in the area in months.\n\nLocal officials "
            "identified the man as a 38-year-old shop owner from the village who was driving "
            "back from his orchard. Turkish security sources quoted by the pro-government press "
            "said the strike had targeted a \"PKK logistics official.\" Neither claim could be "
            "independently verified.\n\nThe strike came more than a year after the Kurdistan "
            "Workers Party (PKK) announced it would disband and end its four-decade armed "
            "struggle against the Turkish state. Ankara has welcomed the move and launched a "
            "parliamentary process to oversee it, but Turkish troops remain deployed at dozens "
            "of bases inside the Kurdistan Region of Iraq, and drone flights over the border "
            "areas of Amedi, Zakho and Sidakan continue.\n\nCommunity Peacemaker Teams (CPT), a "
            "US-based group that monitors cross-border attacks, counted 142 Turkish attacks in "
            "the Kurdistan Region in the first six months of 2026, down from more than 600 in "
            "the same period of 2024. Most of them were artillery shelling of uninhabited "
            "mountainsides, the group said.\n\n\"Numbers are down, but for a family that loses "
            "someone, the numbers do not matter,\" said a CPT researcher based in Sulaimaniyah. "
            "In June, a strike near Amedi wounded two farmers, he noted.\n\nThe Kurdistan "
            "Regional Government has generally avoided publicly criticizing Ankara, its key "
            "economic partner. Baghdad has summoned the Turkish charge d'affaires several times "
            "in past years over deadly strikes, but officials say such protests have had little "
            "effect.\n\n\"Turkey believes the peace process on its side of the border does not "
            "oblige it to leave our side,\" said a Kurdish lawmaker from Duhok who requested "
            "anonymity. \"Until there is an agreement on the bases, the drones will "
            "stay.\"\n\nFor residents of Darkar, the question is more immediate. \"We want to "
            "go to our fields without looking at the sky,\" one villager said.",
            "2026-08-20", (Gold(E, "Darkar", "2026-08-18", 1),)),
    # Kurdistan24 style casualty update: the attack was on Sunday (two killed), a third man died on
    # Monday, the report is Tuesday; the gold keeps Sunday's date with the new toll.
    Article("en",
            "Death toll from Tuz Khurmatu roadside bomb rises to three\n\nERBIL (Kurdistan24) – "
            "The death toll from a roadside bomb that hit a minibus carrying farm workers "
            "outside Tuz Khurmatu on Sunday has risen to three, after a wounded man died in "
            "hospital, a medical source said on Tuesday.\n\nThe man, in his twenties, died of "
            "his wounds on Monday night at Kirkuk's Azadi Teaching Hospital, the source told "
            "Kurdistan24. Five others remain under treatment, two of them in critical "
            "condition.\n\nThe explosive device was planted on the side of the road between Tuz "
            "Khurmatu and the village of Bastamli, east of the town, and detonated as the "
            "minibus passed early on Sunday morning. Two workers were killed at the "
            "scene.\n\nNo group has claimed responsibility, but local officials blamed Islamic "
            "State (ISIS) remnants who are active in the nearby Hamrin mountains.\n\nTuz "
            "Khurmatu, a mixed town of Turkmen, Kurds and Arabs in Salahaddin province, is "
            "among the disputed territories between Erbil and Baghdad. Kurdish residents and "
            "officials have repeatedly called for the return of the Peshmerga to the area, or "
            "for joint forces to be deployed, saying the security vacuum left since October "
            "2017 has allowed ISIS to operate in its surroundings.\n\n\"This is not the first "
            "bomb on this road and it will not be the last unless the security file is handled "
            "seriously,\" a member of the Tuz Khurmatu council said.",
            "2026-05-26", (Gold(E, "Tuz Khurmatu", "2026-05-24", 3),)),
    # Reuters style: an intercepted drone at Erbil airport, "no casualties or damage", the
    # coalition's 2026 drawdown as background, flights suspended.
    Article("en",
            "Drone shot down near Erbil airport, no casualties - Kurdish "
            "counter-terrorism\n\nERBIL, Iraq, Oct 6 (Reuters) - Air defences shot down a drone "
            "approaching Erbil International Airport early on Tuesday, the Kurdistan region's "
            "counter-terrorism service said, adding that there were no casualties or "
            "damage.\n\nThe drone was downed at 3:10 a.m. local time (0010 GMT), near the "
            "perimeter of the airport, which also hosts U.S. troops and other forces of the "
            "U.S.-led coalition against Islamic State, the service said in a brief "
            "statement.\n\nFlights were suspended for about an hour as a precaution, an airport "
            "official told Reuters.\n\nNo group claimed responsibility. Erbil airport and the "
            "coalition base there have been targeted by drones and rockets many times since "
            "2020, attacks that U.S. officials have blamed on Iran-aligned armed groups in "
            "Iraq.\n\nUnder an agreement between Baghdad and Washington, the coalition ended "
            "its mission in federal Iraq in September 2025 and was due to wind down its "
            "presence in the Kurdistan region by the end of September 2026. A U.S. official "
            "said last week that a \"small advisory presence\" would remain in Erbil for "
            "now.\n\n(Reporting by Reuters Erbil bureau; Writing by ...; Editing by ...)",
            "2026-10-06", (Gold(E, "Erbil airport", "2026-10-06", 0),)),
    # Middle East Eye style anniversary feature with no new event: August 3 anniversary, returnees,
    # mass graves, a 2021 strike on a Sinjar clinic and vague "drones" as background.
    Article("en",
            "Twelve years after the genocide, Sinjar's Yazidis still wait to go home\n\nOn the "
            "anniversary of the Islamic State assault on Sinjar, survivors say the camps of "
            "Duhok feel more permanent than ever\n\nSINJAR, Iraq - Twelve years after Islamic "
            "State fighters swept into Sinjar on 3 August 2014, killing and enslaving thousands "
            "of Yazidis, Khairi Elias still keeps the keys to his house in Kocho in a plastic "
            "bag.\n\n\"The house is there, the walls are there. But there is no school, no "
            "water, no work, and nobody knows who rules the town,\" said the 52-year-old, who "
            "has lived in a tent camp near Duhok since 2014.\n\nAccording to Iraq's ministry of "
            "migration, around 200,000 Yazidis remain displaced, most of them in the Kurdistan "
            "Region. Returns picked up in 2023 and 2024, but many families who went back have "
            "since left again.\n\nThe 2020 Sinjar Agreement between Baghdad and Erbil was meant "
            "to settle who governs and secures the district, and to remove armed groups. Six "
            "years on, it has still not been fully implemented. Federal forces, the Yazidi-led "
            "Sinjar Resistance Units, and Kurdish parties all claim a stake.\n\nTurkey has "
            "struck the area several times over the years, saying it targets PKK-linked "
            "fighters. In August 2021, a Turkish drone strike on a clinic in Sikeniye, on the "
            "mountain, killed eight people. Residents say the buzz of drones over the mountain "
            "has never completely gone.\n\nTeams from the Iraqi government and the UN continue "
            "to exhume mass graves across the district. More than 90 have been identified so "
            "far, and the remains of hundreds of victims are still awaiting DNA "
            "identification.\n\nAt a ceremony in Solagh on Monday, families lit candles and "
            "read out the names of the dead. Some held photographs of women and children who "
            "are still missing. \"We are commemorating, but for us it is not the past,\" said "
            "Nadia, 29, who was held by ISIS for two years. \"Two thousand six hundred of our "
            "people are still missing.\"\n\nIraq's parliament recognised the 2014 killings as "
            "genocide in 2021. Germany, the UK and several other countries have also done so.",
            "2026-08-03", ()),
    # Rudaw English live-updates style: timestamped entries, the toll rising through the day (one,
    # then two killed), a curfew and reinforcements within the same incident, and elders from Amerli
    # and Tuz meeting.
    Article("en",
            "LIVE: Tribal clash in Sulaiman Beg\n\nUpdated 16:40\n\n16:40 - Tribal elders from "
            "Amerli and Tuz Khurmatu have arrived in Sulaiman Beg to mediate between the two "
            "families, a local official says. A truce is expected to be announced this "
            "evening.\n\n14:05 - Salahaddin Operations Command says army reinforcements have "
            "reached the town and a curfew has been imposed until further notice. \"Any armed "
            "person in the streets will be arrested,\" it says in a statement.\n\n12:40 - The "
            "toll has risen to two dead and six wounded, including a woman, according to the "
            "director of the Tuz Khurmatu general hospital, where the wounded were "
            "taken.\n\n11:15 - Residents tell Rudaw the dispute began over irrigation water "
            "from a canal shared by the two families. Both sides used machine guns and hand "
            "grenades.\n\n10:25 - A security source tells Rudaw that one person has been killed "
            "and at least three others wounded.\n\n09:10 - Heavy gunfire has been heard since "
            "the early morning in the Arab-majority subdistrict of Sulaiman Beg, north of Tuz "
            "Khurmatu, where two clans are fighting, local sources say. Security forces have "
            "closed the main road to Kirkuk.\n\nSulaiman Beg lies in Salahaddin province on the "
            "edge of the Hamrin mountains. Tribal disputes in the area frequently turn deadly, "
            "with clans owning large quantities of weapons left over from years of war.",
            "2026-09-27", (Gold(B, "Sulaiman Bek", "2026-09-27", 2),)),
    # AP style. Abduction on Saturday and a body found hours later, reported on Monday; the second
    # shepherd missing; anonymous officials; the Diyala background.
    Article("en",
            "Gunmen kill shepherd, abduct another near Iraq's Jalawla\n\nBAGHDAD (AP) — Gunmen "
            "abducted two shepherds from pastures near the town of Jalawla in Iraq's eastern "
            "Diyala province on Saturday, and one of them was found shot dead hours later, "
            "Iraqi security officials said Monday.\n\nThe body of the man, who was in his "
            "thirties, was found with gunshot wounds to the head in a dry riverbed a few "
            "kilometers from where the two were seized, the officials said. The fate of the "
            "second shepherd, his cousin, remains unknown, and their sheep were driven "
            "off.\n\nThe officials spoke on condition of anonymity because they were not "
            "authorized to brief reporters. No group claimed the abduction, but suspicion fell "
            "on Islamic State militants who still operate in the orchards and hills between "
            "Jalawla and the Hamrin mountains.\n\nHerders are frequent targets in the area, "
            "where the militants steal livestock to finance themselves and punish villagers "
            "they accuse of informing on them to security forces.\n\nJalawla, a town of Arabs "
            "and Kurds, lies in a strip of territory claimed by both Iraq's central government "
            "and the Kurdish regional government. It was seized by the Islamic State group in "
            "2014 and retaken by Kurdish and Shiite militia forces later that year.",
            "2026-03-30", (Gold(V, "Jalawla", "2026-03-28", 1),)),
    # Arab News style court report with no event: a death sentence over a 2024 bombing with its old
    # toll, a verdict "on Wednesday", other sentences.
    Article("en",
            "Iraqi court sentences man to death over 2024 Kirkuk bombing\n\nBAGHDAD: An Iraqi "
            "court has sentenced a man to death for his role in a 2024 bombing in the northern "
            "city of Kirkuk that killed four people and wounded 17, the judiciary said on "
            "Thursday.\n\nThe Kirkuk Criminal Court issued the verdict on Wednesday against the "
            "defendant, who was convicted of transporting the explosives used in the attack on "
            "a crowded market, the Supreme Judicial Council said in a statement.\n\nTwo other "
            "men were sentenced to life in prison for helping to plan the bombing, the "
            "statement said. It did not name the defendants. The verdicts can be "
            "appealed.\n\nThe sentences were issued under Iraq's anti-terrorism law, which "
            "carries the death penalty for anyone convicted of carrying out, planning or "
            "supporting terrorist acts.\n\nRights groups, including Amnesty International and "
            "Human Rights Watch, have repeatedly criticized Iraq's terrorism trials, saying "
            "they are often rushed and rely on confessions obtained under duress. Iraqi "
            "authorities say the trials meet legal standards.\n\nKirkuk, an ethnically mixed, "
            "oil-rich province claimed by both Baghdad and the Kurdistan Regional Government, "
            "has seen far fewer bombings in recent years than during the height of the "
            "insurgency.",
            "2026-06-18", ()),
    # Shafaq News English style: a mass-grave exhumation (not an event) with numbers and a separate
    # paragraph on a defusal in al-Baaj "on Tuesday" (an event).
    Article("en",
            "Iraqi teams begin exhuming new mass grave in Sinjar; army defuses ISIS bombs in "
            "al-Baaj\n\nShafaq News/ Iraqi forensic teams on Wednesday began exhuming a mass "
            "grave believed to contain the remains of dozens of Yazidi victims of ISIS near "
            "Kocho village, south of Sinjar, a local official said.\n\nSinjar district official "
            "Nayef Sido told Shafaq News Agency that the grave, the 95th to be opened in the "
            "district, was discovered by a farmer last year. \"We expect it to contain between "
            "40 and 60 bodies, most of them men and boys who were executed in August 2014,\" he "
            "said.\n\nThe exhumation is being carried out by the Martyrs Foundation's mass "
            "graves directorate with support from UN forensic experts, and the remains will be "
            "sent to Baghdad for DNA testing.\n\nSeparately, an engineering team from the Iraqi "
            "army's 20th Division defused three improvised explosive devices on Tuesday that "
            "had been planted by ISIS remnants in an abandoned orchard in the al-Baaj district, "
            "southwest of Sinjar, a security source said.\n\n\"The devices were old but still "
            "active, and were connected to a pressure plate,\" the source added.\n\nAl-Baaj, a "
            "remote desert district near the Syrian border, was one of the last ISIS "
            "strongholds in Nineveh.",
            "2026-02-25", (Gold(S, "Baaj", "2026-02-24", None),)),
    # Shafaq News Arabic style: "مساء أمس الاثنين" inside the source's quote, number words (جنديين
    # اثنين)، an unknown village "تابعة لناحية الرياض", background "يذكر أن".
    Article("ar",
            "مقتل جنديين وإصابة ثالث بهجوم لـ\"داعش\" جنوب غربي كركوك\n\nشفق نيوز/ أفاد مصدر "
            "أمني في محافظة كركوك، اليوم الثلاثاء، بمقتل جنديين اثنين وإصابة ثالث بهجوم شنه "
            "عناصر من تنظيم داعش على نقطة مراقبة للجيش العراقي جنوب غربي المحافظة.\n\nوقال "
            "المصدر لوكالة شفق نيوز، إن \"مجموعة من عناصر التنظيم هاجمت مساء أمس الاثنين نقطة "
            "تابعة للفوج الثاني قرب قرية بئر أحمد التابعة لناحية الرياض، مستخدمة الأسلحة "
            "المتوسطة وبنادق القنص، ما أسفر عن مقتل جنديين وإصابة آخر بجروح وصفت "
            "بالمتوسطة\".\n\nوأضاف أن \"قوة من الجيش والحشد الشعبي طوقت المنطقة وشرعت بعملية "
            "تفتيش واسعة بحثاً عن المهاجمين الذين لاذوا بالفرار باتجاه الوديان القريبة\"، "
            "مشيراً إلى أن \"الجريح نقل إلى مستشفى الحويجة العام لتلقي العلاج\".\n\nيذكر أن "
            "مناطق جنوب وغرب كركوك، ولا سيما أطراف الحويجة والرياض والعباسي، تشهد بين الحين "
            "والآخر هجمات لبقايا تنظيم داعش تستهدف القوات الأمنية والمدنيين، مستغلة الطبيعة "
            "الجغرافية الوعرة والفراغ الأمني بين القوات الاتحادية والبيشمركة.",
            "2026-03-03", (Gold(B, "Ar Riyad", "2026-03-02", 2),)),
    # Baghdad Today style short brief: "فجر اليوم الثلاثاء (14 نيسان 2026)", wounded only, an
    # unknown village, "ضمن قاطع قضاء خانقين".
    Article("ar",
            "إصابة ثلاثة من الحشد بانفجار عبوة ناسفة في خانقين\n\nبغداد اليوم - ديالى\n\nأفاد "
            "مصدر أمني في محافظة ديالى، فجر اليوم الثلاثاء (14 نيسان 2026)، بإصابة ثلاثة من "
            "منتسبي الحشد الشعبي بانفجار عبوة ناسفة شمال شرقي المحافظة.\n\nوقال المصدر "
            "لـ\"بغداد اليوم\"، إن \"عبوة ناسفة محلية الصنع انفجرت على عجلة تابعة لأحد ألوية "
            "الحشد خلال واجب تفتيش على طريق ترابي قرب قرية قولاي ضمن قاطع قضاء خانقين، ما أدى "
            "إلى إصابة ثلاثة منتسبين بجروح متفاوتة\".\n\nوأشار إلى أن \"المصابين نقلوا إلى "
            "مستشفى خانقين العام، فيما فتحت الأجهزة الأمنية تحقيقاً بالحادث\".",
            "2026-04-14", (Gold(E, "Khanaqin", "2026-04-14", None),)),
    # INA style security-cell statement: "اليوم الاثنين" in the lead, "أمس الأحد" inside the quoted
    # statement, legal boilerplate (المادة 4 إرهاب), an arrest (S).
    Article("ar",
            "الإعلام الأمني: القبض على إرهابيين اثنين في الحويجة\n\nبغداد - واع\n\nأعلنت خلية "
            "الإعلام الأمني، اليوم الاثنين، القبض على إرهابيين اثنين في محافظة كركوك.\n\nوذكرت "
            "الخلية في بيان تلقته وكالة الأنباء العراقية (واع)، أنه \"بعملية نوعية واستناداً "
            "إلى معلومات استخبارية دقيقة، تمكنت مفارز وكالة الاستخبارات والتحقيقات الاتحادية في "
            "وزارة الداخلية، أمس الأحد، من إلقاء القبض على إرهابيين اثنين مطلوبين وفق أحكام "
            "المادة 4 إرهاب في قضاء الحويجة\".\n\nوأضاف البيان، أن \"المتهمين اعترفا بانتمائهما "
            "إلى عصابات داعش الإرهابية وعملهما ضمن ما يسمى (ولاية كركوك)، واشتراكهما بعمليات "
            "إرهابية ضد القوات الأمنية والمواطنين\"، مبيناً أنه \"جرى تدوين أقوالهما ابتدائياً "
            "وإحالتهما إلى الجهات المختصة لينالا جزاءهما العادل\".",
            "2026-05-18", (Gold(S, "Hawija", "2026-05-17", None),)),
    # Alsumaria style: a range "ما بين ثلاثة وخمسة", "ظهر اليوم الاثنين", a complex near the
    # mountain unknown to the gazetteer (Khanasor), the YBŞ acronym, no Turkish comment.
    Article("ar",
            "مقتل عدد من عناصر \"اليبشه\" بقصف تركي شمالي جبل سنجار\n\nالسومرية نيوز/ "
            "نينوى\n\nأفاد مصدر محلي في قضاء سنجار غربي محافظة نينوى، اليوم الاثنين، بمقتل ما "
            "بين ثلاثة إلى خمسة من عناصر وحدات مقاومة سنجار المعروفة محلياً بـ\"اليبشه\"، بقصف "
            "لطائرة مسيرة تركية.\n\nوقال المصدر للسومرية نيوز، إن \"طائرة مسيرة يعتقد أنها "
            "تركية استهدفت ظهر اليوم عجلة رباعية الدفع كانت تقل عدداً من عناصر الوحدات على "
            "الطريق الرابط بين مجمع خانصور والسفح الشمالي لجبل سنجار، ما أدى إلى احتراق العجلة "
            "بالكامل ومقتل من كانوا بداخلها\"، مبيناً أن \"العدد النهائي للقتلى لم يتضح بعد "
            "بسبب تفحم الجثث\".\n\nوأضاف أن \"قوة من الجيش العراقي وصلت إلى مكان الحادث وفرضت "
            "طوقاً أمنياً\"، فيما لم يصدر أي تعليق من الجانب التركي حتى الآن.\n\nوتنفذ القوات "
            "التركية بين فترة وأخرى ضربات جوية في قضاء سنجار تقول إنها تستهدف مسلحين مرتبطين "
            "بحزب العمال الكردستاني، وسط انتقادات من الحكومة العراقية التي تعدها خرقاً للسيادة.",
            "2026-06-22", (Gold(E, "Sinjar", "2026-06-22", 3),)),
    # Rudaw Arabic style statement with no event: the Peshmerga ministry on the joint brigades and
    # the six coordination centres, a future deployment, a past one as background.
    Article("ar",
            "وزارة البيشمركة: الألوية المشتركة ستنتشر في المناطق الفاصلة قبل نهاية "
            "العام\n\nروداو - أربيل\n\nأعلنت وزارة شؤون البيشمركة في إقليم كوردستان، اليوم "
            "الأربعاء، التوصل إلى تفاهمات \"نهائية\" مع وزارة الدفاع الاتحادية بشأن نشر لوائين "
            "مشتركين في المناطق الفاصلة بين قوات البيشمركة والجيش العراقي، قبل نهاية العام "
            "الجاري.\n\nوقال الأمين العام للوزارة في مؤتمر صحفي عقده في أربيل، إن \"الاجتماع "
            "الأخير للجنة العليا المشتركة، الذي عقد في بغداد الأسبوع الماضي، حسم مسألة القيادة "
            "والتسليح والرواتب، وسيبدأ اللواء الأول بالانتشار في محور مخمور - كوير، فيما سينتشر "
            "اللواء الثاني في محور كركوك - داقوق - طوزخورماتو\".\n\nوأضاف أن \"مراكز التنسيق "
            "المشتركة الستة في بغداد وأربيل وكركوك وديالى ونينوى ومخمور ستبقى هي المرجع لإدارة "
            "العمليات المشتركة وتبادل المعلومات الاستخبارية\"، لافتاً إلى أن \"وجود هذه المناطق "
            "من دون قوات ماسكة منذ عام 2017 أعطى فرصة لتنظيم داعش لإعادة تنظيم "
            "صفوفه\".\n\nوكانت قوة مشتركة من البيشمركة والجيش قد نفذت العام الماضي عمليات تفتيش "
            "في جبل قره جوخ ووادي الشاي، إلا أن نشر الألوية بشكل دائم تأخر مراراً بسبب خلافات "
            "مالية وسياسية بين أربيل وبغداد.\n\nولم يصدر تعليق فوري من وزارة الدفاع العراقية "
            "على تصريحات المسؤول الكوردي.",
            "2026-07-01", ()),
    # Al-Mada style long feature: the lead is a landmine that wounds a shepherd "صباح الأحد الماضي"
    # (an event), the rest is background on Makhmour's vacuum with old attacks.
    Article("ar",
            "مخمور وكوير.. أرض بين خطّين لا يحرسها أحد\n\nالمدى/ خاص\n\nلم يكن الراعي الشاب "
            "يعرف، صباح الأحد الماضي، أن الأرض التي يرعى فيها أغنامه منذ طفولته قرب ناحية كوير "
            "ما زالت تخبئ لغماً من مخلفات الحرب. انفجر اللغم تحت قدميه، فبترت ساقه اليمنى وأصيب "
            "بشظايا في صدره، ونقله أقاربه على ظهر جرار زراعي إلى مستشفى مخمور قبل أن يحال إلى "
            "أربيل.\n\nيقول أحد أقاربه لـ(المدى) إن \"المنطقة كانت خط تماس بين البيشمركة وداعش "
            "في 2014 و2015، ولم تأتِ أي فرق لتطهيرها حتى الآن. الناس يعرفون أن هناك ألغاماً، "
            "لكن لا بديل لهم عن الرعي\".\n\nهذه الحادثة ليست سوى تفصيل صغير في مشهد أكبر تعيشه "
            "مخمور وكوير جنوب غربي أربيل، حيث تتقاطع خطوط البيشمركة والجيش العراقي من دون أن "
            "تلتقي، وحيث يبقى جبل قره جوخ المطل على المنطقة ملاذاً لخلايا تنظيم داعش.\n\nوبحسب "
            "مسؤول محلي في قضاء مخمور، فإن المنطقة شهدت خلال السنوات الخمس الماضية عشرات "
            "الهجمات، أبرزها هجوم عام 2021 على مواقع للبيشمركة قرب قرية لهيبان الذي راح ضحيته "
            "عدد من المقاتلين، إضافة إلى هجمات متكررة على الجيش في السفوح الجنوبية للجبل، كان "
            "آخرها في شباط الماضي.\n\nويضيف المسؤول، الذي طلب عدم ذكر اسمه، أن \"الاتفاق على "
            "الألوية المشتركة ما زال حبراً على ورق في معظم المناطق. هنا نقطة للجيش، وهناك نقطة "
            "للبيشمركة، وبينهما كيلومترات من الوديان لا يدخلها أحد إلا الرعاة "
            "والمسلحون\".\n\nأما سكان القرى العربية والكردية المحيطة، فيتحدثون عن ضرائب يفرضها "
            "مسلحون على الرعاة، وعن ليالٍ يسمعون فيها إطلاق النار من دون أن يعرفوا مصدره. يقول "
            "مختار إحدى القرى: \"نحن لا نطلب كثيراً. نريد جهة واحدة نتصل بها عندما يحدث "
            "شيء\".\n\nوفي ظل غياب إحصاءات رسمية دقيقة، تقدّر منظمات محلية أن أكثر من ثلاثين "
            "مدنياً قتلوا أو أصيبوا بانفجار ألغام ومخلفات حربية في قضاء مخمور وحده منذ عام "
            "2017.",
            "2026-07-21", (Gold(E, "Gwer", "2026-07-19", None),)),
    # Kurdistan24 Arabic style: the same Penjwen shelling as the AP report, published the same day
    # as the incident ("عصر اليوم الخميس"), a different shell count, wounded only.
    Article("ar",
            "قصف مدفعي إيراني يطال أطراف بنجوين ويصيب راعياً\n\nأربيل (كوردستان24)- تعرضت "
            "المناطق الحدودية التابعة لقضاء بنجوين في محافظة السليمانية، عصر اليوم الخميس، لقصف "
            "مدفعي من جانب الحرس الثوري الإيراني، ما أدى إلى إصابة راعٍ بجروح واندلاع حرائق في "
            "المراعي والبساتين.\n\nوقال قائممقام بنجوين لكوردستان24، إن \"أكثر من خمس عشرة "
            "قذيفة سقطت في المرتفعات القريبة من الشريط الحدودي منذ الساعة الثالثة عصراً\"، "
            "مبيناً أن \"أحد الرعاة أصيب بشظايا ونقل إلى مستشفى السليمانية، وحالته "
            "مستقرة\".\n\nوأضاف أن \"فرق الدفاع المدني تحاول السيطرة على النيران، إلا أن وعورة "
            "المنطقة واستمرار سقوط القذائف يعرقلان عملها\".\n\nولم يصدر أي تعليق رسمي من طهران "
            "حول القصف، الذي يأتي بعد أشهر من الهدوء النسبي على الحدود. وكانت القوات الإيرانية "
            "قد قصفت خلال السنوات الماضية مراراً مناطق في سيدكان وبنجوين بذريعة ملاحقة أحزاب "
            "كوردية إيرانية معارضة.",
            "2026-07-09", (Gold(E, "Penjwen", "2026-07-09", None),)),
    # 964 style short report: "ليلة أمس" (Monday night), a mukhtar shot at his door, "تابعة لناحية
    # العباسي", direct killing of a civilian (V).
    Article("ar",
            "اغتيال مختار قرية غربي كركوك أمام منزله\n\n964\n\nاغتال مسلحون مجهولون، ليلة أمس، "
            "مختار قرية تابعة لناحية العباسي غربي كركوك، بإطلاق النار عليه أمام باب "
            "منزله.\n\nوقال أحد أقارب المختار لشبكة 964 إن \"مسلحين اثنين كانا يستقلان دراجة "
            "نارية أطلقا عليه أكثر من عشر رصاصات عند عودته من صلاة العشاء، وفارق الحياة قبل "
            "وصوله إلى المستشفى\".\n\nوبحسب مصدر في شرطة كركوك، فإن المختار كان يتعاون مع "
            "القوات الأمنية في الإبلاغ عن تحركات مشبوهة في القرى المحيطة، مرجحاً أن تكون خلايا "
            "داعش وراء الحادث.\n\nوفتحت شرطة الناحية تحقيقاً، فيما انتشرت قوة من الجيش عند "
            "مداخل القرية.",
            "2026-08-11", (Gold(V, "Abbasi", "2026-08-10", 1),)),
    # Al-Araby Al-Jadeed style monthly tally with no event: many numbers and places, a source-based
    # count for August, comparisons with earlier months.
    Article("ar",
            "14 هجوماً في شهر واحد.. داعش يعود إلى \"المناطق المتنازع عليها\"\n\nبغداد - العربي "
            "الجديد\n\nسجلت المناطق المتنازع عليها بين بغداد وأربيل، خلال شهر آب/ أغسطس الماضي، "
            "14 هجوماً نسبت إلى تنظيم \"داعش\"، أسفرت عن مقتل تسعة أشخاص بينهم خمسة من أفراد "
            "القوات الأمنية، وإصابة 21 آخرين، وفقاً لإحصائية أعدّها \"العربي الجديد\" استناداً "
            "إلى مصادر أمنية ومحلية.\n\nوتوزعت الهجمات على محافظات كركوك وديالى وصلاح الدين "
            "ونينوى، إضافة إلى قضاء مخمور التابع إدارياً لمحافظة نينوى والخاضع أمنياً لسيطرة "
            "مشتركة. وكانت حصة كركوك الأكبر بستة هجمات، تركزت في وادي الشاي وأطراف الرياض "
            "والعباسي، تلتها ديالى بأربعة هجمات في محيط جلولاء وقره تبه، فيما توزعت الهجمات "
            "الأخرى على طوزخورماتو وسلسلة جبال حمرين ومخمور.\n\nويمثل هذا الرقم ارتفاعاً مقارنة "
            "بشهر تموز/ يوليو الذي سُجّل فيه ثمانية هجمات، وشهر حزيران/ يونيو الذي شهد تسعة "
            "هجمات، بحسب المصادر ذاتها.\n\nوقال ضابط في قيادة العمليات المشتركة، طلب عدم ذكر "
            "اسمه، لـ\"العربي الجديد\"، إن \"أغلب هذه الهجمات محدودة، وتعتمد على العبوات "
            "الناسفة والقنص والهجمات الليلية الخاطفة على النقاط المعزولة\"، مضيفاً أن \"التنظيم "
            "لا يملك القدرة على مسك الأرض، لكنه يستغل الفراغ بين خطوط الجيش والبيشمركة\".\n\nفي "
            "المقابل، يرى خبير أمني تحدث لـ\"العربي الجديد\" أن \"الأرقام لا تعكس الصورة كاملة، "
            "لأن كثيراً من الحوادث لا يُعلن عنها، خصوصاً في القرى النائية\"، داعياً إلى "
            "\"الإسراع بتفعيل الألوية المشتركة ومراكز التنسيق الستة التي اتُّفق عليها منذ "
            "سنوات\".\n\nوكان انفجار عبوة ناسفة استهدف حافلة تقل عمالاً زراعيين قرب طوزخورماتو "
            "في أيار/ مايو الماضي قد أوقع ثلاثة قتلى، في واحد من أكثر الهجمات دموية منذ مطلع "
            "العام.",
            "2026-09-02", ()),
    # Al-Sabah style denial with no event: the operations command denies an attack in Tuz Khurmatu
    # and says a gas cylinder exploded in a house (an accident, wounded two).
    Article("ar",
            "عمليات صلاح الدين تنفي تعرض قرية في طوزخورماتو لهجوم إرهابي\n\nطوزخورماتو - "
            "الصباح\n\nنفت قيادة عمليات صلاح الدين، أمس الثلاثاء، الأنباء التي تداولتها مواقع "
            "التواصل الاجتماعي بشأن تعرض إحدى القرى التابعة لقضاء طوزخورماتو لهجوم إرهابي، "
            "مؤكدة أن الوضع الأمني في القضاء \"مستقر تماماً\".\n\nوذكرت القيادة في بيان، أن "
            "\"ما نشرته بعض الصفحات عن هجوم لعصابات داعش وسقوط ضحايا عار عن الصحة\"، موضحة أن "
            "\"الانفجار الذي سمعه الأهالي مساء الاثنين ناجم عن انفجار قنينة غاز داخل أحد "
            "المنازل، ما أدى إلى إصابة امرأة وطفلها بحروق طفيفة، وقد نقلا إلى "
            "المستشفى\".\n\nوأهابت القيادة بوسائل الإعلام \"توخي الدقة واستقاء المعلومات من "
            "مصادرها الرسمية\"، محذرة من أن \"نشر الأخبار الكاذبة يخدم أجندات تسعى إلى زعزعة "
            "الاستقرار في المناطق المحررة\".\n\nمن جانبه، أكد قائممقام طوزخورماتو لـ\"الصباح\" "
            "أن \"القوات الأمنية تسيطر على جميع مداخل القضاء ومخارجه، ولم يسجل أي خرق أمني خلال "
            "الأيام الماضية\".",
            "2026-10-14", ()),
    # Shafaq News Arabic style roundup: a sniper wounding a soldier "مساء أمس" in Qara Tapa (wounded
    # only) and an IED killing a policeman "صباح اليوم" in Dibis, two provinces.
    Article("ar",
            "إصابة جندي بنيران قناص في ديالى ومقتل شرطي بانفجار عبوة في كركوك\n\nشفق نيوز/ "
            "أفادت مصادر أمنية، اليوم الثلاثاء، بإصابة جندي بنيران قناص في محافظة ديالى، ومقتل "
            "منتسب في الشرطة بانفجار عبوة ناسفة في محافظة كركوك.\n\nوقال مصدر أمني في ديالى "
            "لوكالة شفق نيوز، إن \"قناصاً من بقايا داعش استهدف مساء أمس الاثنين برج مراقبة "
            "للجيش العراقي في أطراف ناحية قره تبه شمال شرقي المحافظة، ما أسفر عن إصابة جندي "
            "بجروح في كتفه\"، مبيناً أن \"القوات الأمنية ردت على مصدر النيران وفتشت البساتين "
            "المحيطة من دون العثور على المهاجم\".\n\nوفي كركوك، ذكر مصدر في الشرطة للوكالة، أن "
            "\"عبوة ناسفة انفجرت صباح اليوم على دورية للشرطة المحلية على الطريق الزراعي المؤدي "
            "إلى قضاء الدبس شمال غربي المحافظة، ما أدى إلى مقتل منتسب وإلحاق أضرار "
            "بالعجلة\".\n\nوتشهد المناطق المتنازع عليها في ديالى وكركوك نشاطاً متقطعاً لخلايا "
            "التنظيم، رغم العمليات العسكرية المستمرة لملاحقتها.",
            "2026-09-08", (Gold(B, "Qara Tapa", "2026-09-07", None),
                           Gold(E, "Dibis", "2026-09-08", 1))),
    # Baghdad Today style with Arabic-Indic digits in the date and time, "من ليلة الاثنين" against a
    # Tuesday date, "دون خسائر" (fatalities 0), Harir base north of Erbil.
    Article("ar",
            "سقوط صاروخين قرب قاعدة حرير شمالي أربيل دون خسائر\n\nبغداد اليوم - أربيل\n\nأفاد "
            "مصدر أمني في إقليم كردستان، اليوم الثلاثاء (٢٠ تشرين الأول ٢٠٢٦)، بسقوط صاروخين من "
            "نوع كاتيوشا قرب قاعدة حرير الجوية شمالي محافظة أربيل.\n\nوقال المصدر لـ\"بغداد "
            "اليوم\"، إن \"صاروخين سقطا في تمام الساعة ١١:٤٠ من ليلة الاثنين في أرض زراعية تبعد "
            "نحو ٣ كيلومترات عن محيط القاعدة، ولم يسفرا عن أي خسائر بشرية أو مادية\".\n\nوأضاف "
            "أن \"القوات الأمنية عثرت على منصة الإطلاق في منطقة جبلية قريبة، وباشرت التحقيق "
            "لمعرفة الجهة المنفذة\".\n\nوتضم قاعدة حرير، الواقعة في قضاء شقلاوة، قوات من "
            "التحالف الدولي، وتعرضت خلال السنوات الماضية لعدة هجمات بالصواريخ والطائرات "
            "المسيرة.",
            "2026-10-20", (Gold(E, "Harir", "2026-10-19", 0),)),
)  # fmt: skip

#: A twenty-fourth batch written blind (28 reports, 15 en and 13 ar) as the final held-out
#: measure, scored once after the WIRE18 rules and not developed on (news_gold.UNDEVELOPED):
#: en P 0.71 R 0.83 (location 1.00, date 1.00, fatalities 0.90), ar P 0.77 R 0.91 (0.90,
#: 1.00, 0.90); the coder of a4c4e8b had en P 0.71 R 0.83 (1.00, 1.00, 0.90), ar P 0.75 R 0.82
#: (0.89, 0.89, 0.89).
WIRE19: tuple[Article, ...] = (
    # English Kurdistan24. Hard: Kurdish name "Shingal", the strike is on a road between the town
    # and Khanasor (not in the gazetteer), Turkey claims four "neutralized" against two killed (the
    # conservative local toll), a third passenger escaped, earlier strikes as background.
    Article("en",
            "Turkish drone strike kills two YBŞ fighters in Shingal\n\nERBIL (Kurdistan24) – "
            "Two members of the Sinjar Resistance Units (YBŞ) were killed on Monday evening "
            "when a Turkish drone struck their vehicle in Shingal (Sinjar), a local security "
            "source told Kurdistan24.\n\nThe source, who spoke on condition of anonymity "
            "because he was not authorized to talk to the media, said the pickup truck was hit "
            "at around 7:30 p.m. on the road that links the centre of Sinjar town with the "
            "Khanasor area on the northern side of the mountain.\n\n\"The car caught fire "
            "straight away. The two men inside died on the spot,\" he said, adding that a third "
            "man who was travelling with them managed to jump out before a second missile hit "
            "the vehicle.\n\nIn a statement issued on Tuesday, Turkey's Ministry of National "
            "Defense said its forces had \"neutralized four PKK terrorists\" in what it "
            "described as the Sinjar region, without giving the exact location or the time of "
            "the operation. Turkish officials routinely use the word \"neutralized\" for "
            "militants who are killed, captured or who surrender.\n\nA Yazidi official in the "
            "district's administration condemned the strike, saying the people of Shingal "
            "\"have paid enough\" and calling on the federal government in Baghdad to protect "
            "Iraqi airspace. Iraq's Foreign Ministry had not commented by the time of "
            "publication.\n\nAnkara regards the YBŞ, which was formed in 2014 after the Islamic "
            "State (ISIS) overran Sinjar and committed genocide against the Yazidis, as an "
            "offshoot of the Kurdistan Workers' Party (PKK). Turkish drones have hit targets in "
            "the district dozens of times since 2021, including a strike on a car near the "
            "Sinuni subdistrict in the autumn that wounded a child.\n\nThe 2020 Sinjar "
            "Agreement between Baghdad and Erbil, which provides for the removal of armed "
            "groups from the district and the appointment of a new, unified administration, "
            "remains largely unimplemented, and more than 180,000 Yazidis are still living in "
            "camps in the Kurdistan Region.\n",
            "2026-02-17", (Gold(E, "Sinjar", "2026-02-16", 2),)),
    # Rudaw English. Hard: wounded only (one critical), valley between Daquq and Hamrin, hospital in
    # Kirkuk, an earlier deadly IED in January in the same valley as background.
    Article("en",
            "Roadside bomb wounds three Iraqi soldiers in Kirkuk's Wadi al-Shay\n\nRUDAW – "
            "Three Iraqi soldiers were wounded on Friday afternoon when an improvised explosive "
            "device (IED) went off next to their Humvee in the Wadi al-Shay valley southeast of "
            "Kirkuk, an officer in the Iraqi army told Rudaw English.\n\nThe soldiers, from a "
            "brigade of the army's 8th Division, were on a routine patrol along a dirt track "
            "inside the valley when the bomb exploded at around 3 p.m., the officer said on "
            "condition of anonymity. All three were taken to Kirkuk General Hospital, where one "
            "of them was said to be in a critical condition.\n\n\"The device was buried in the "
            "track and detonated as the vehicle passed. We believe it was planted overnight,\" "
            "he said, adding that army engineers later combed the area and found no other "
            "explosives.\n\nWadi al-Shay, a rugged valley of orchards and caves that stretches "
            "between Daquq district and the Hamrin mountains, has for years been used by ISIS "
            "remnants as a hideout and as a corridor between Kirkuk, Salahaddin and Diyala "
            "provinces. In January, two soldiers were killed when a similar bomb hit their "
            "vehicle in the same valley.\n\nKurdish officials say the group has exploited the "
            "security gap left in the disputed territories since October 2017, when Iraqi "
            "forces took control of Kirkuk and Peshmerga forces withdrew from areas they had "
            "held since 2014.\n\n\"As long as there is no coordination on the ground, these "
            "valleys will remain a safe haven for ISIS,\" Sherko Mirwais, a Kurdish member of "
            "Kirkuk provincial council, told Rudaw. Baghdad and Erbil agreed in 2021 to form "
            "joint brigades to fill the gaps, but only a small part of the plan has been "
            "carried out.\n",
            "2026-03-14", (Gold(E, "Wadi al-Shay", "2026-03-13", None),)),
    # AFP. Hard: "late Saturday" in a Sunday story, explicit no casualties, GMT time, prior attacks
    # on the same field in 2024 and 2025 (with deaths) only as background, operator quote,
    # Sulaimaniyah dateline and Chamchamal mentioned.
    Article("en",
            "Drone hits Iraq Kurdistan gas field, no casualties\n\nSulaimaniyah (Iraq) (AFP) – "
            "A drone attack struck the Khor Mor gas field in Iraq's autonomous Kurdistan region "
            "late Saturday, sparking a fire but causing no casualties, the field's operator and "
            "Kurdish officials said.\n\n\"A drone hit an area near the storage tanks at around "
            "11:40 pm (2040 GMT),\" an official of the Pearl Petroleum consortium, which runs "
            "the field, told AFP, asking not to be named. \"Our teams put out the fire within "
            "an hour. None of our staff were hurt.\"\n\nProduction was briefly halted as a "
            "precaution and resumed on Sunday morning, the official added.\n\nThe Kurdistan "
            "Region's interior ministry condemned what it called a \"terrorist attack\" on "
            "\"the economic lifeline of the region\" and called on the federal government in "
            "Baghdad to identify the perpetrators.\n\nThere was no immediate claim of "
            "responsibility. Kurdish officials have in the past accused Iran-aligned armed "
            "groups, which operate within Iraq's state security apparatus, of carrying out such "
            "attacks, a charge the groups deny.\n\nKhor Mor lies in Chamchamal district, on the "
            "edge of the territories disputed between the Kurdish region and the federal "
            "government, and its gas feeds power stations that supply most of the region's "
            "electricity.\n\nIt has been targeted repeatedly. In April 2024 a drone strike "
            "killed four Yemeni workers there, and a rocket attack in late November 2025 caused "
            "widespread power cuts across the region for several days.\n\nIraq has been "
            "relatively stable in recent years, but rocket and drone attacks on oil and gas "
            "facilities in the north remain frequent and are rarely claimed.\n",
            "2026-04-12", (Gold(E, "Khor Mor gas field", "2026-04-11", 0),)),
    # Reuters. Hard: dateline KIRKUK and headline "north of Baghdad" while the attack is near
    # Sulaiman Bek (Salahuddin); "late on Saturday" in a Sunday story; first toll (two) later raised
    # in a separate Shafaq report; stock background paragraph.
    Article("en",
            "Islamic State attack kills two Iraqi soldiers north of Baghdad -security "
            "sources\n\nKIRKUK, Iraq, March 8 (Reuters) - Islamic State militants attacked an "
            "army checkpoint near the town of Sulaiman Bek in Iraq's Salahuddin province late "
            "on Saturday, killing two soldiers and wounding three others, two security sources "
            "said.\n\nThe militants used sniper rifles and medium machine guns in the assault, "
            "which lasted nearly an hour before reinforcements arrived from nearby positions, "
            "one of the sources said. The wounded were taken to a hospital in Kirkuk.\n\nThere "
            "was no immediate claim of responsibility, but the sources said the attackers "
            "withdrew towards the Hamrin mountains, where Islamic State cells are known to "
            "hide.\n\nSulaiman Bek lies about 70 km (45 miles) south of Kirkuk, in a belt of "
            "territory claimed by both the federal government and the Kurdistan Regional "
            "Government.\n\nAlthough Islamic State was declared defeated in Iraq in 2017, it "
            "still carries out sporadic attacks, mostly against security forces in rural areas "
            "between Kirkuk, Salahuddin and Diyala provinces. Such attacks have become less "
            "frequent over the past two years.\n\n(Reporting by Kirkuk newsroom; Writing by "
            "Baghdad newsroom; Editing by Alison Williams)\n",
            "2026-03-08", (Gold(B, "Sulaiman Bek", "2026-03-07", 2),)),
    # Shafaq News English. Hard: arrest (no fatalities reported), Zab subdistrict is not in the
    # gazetteer (code the district, Hawija), a background CTS airstrike "last month" that killed
    # five, plan/attack history of the detainee across three provinces.
    Article("en",
            "CTS nabs senior ISIS figure in Kirkuk's Hawija\n\nShafaq News/ Iraq's "
            "Counter-Terrorism Service (CTS) on Tuesday arrested a senior ISIS operative who "
            "acted as the group's so-called \"wali\" (governor) of Kirkuk, in an operation in "
            "the Hawija district, the service said.\n\nIn a statement, the CTS said its forces, "
            "\"acting on accurate intelligence and under a judicial warrant,\" raided a house "
            "in the Zab subdistrict, west of Hawija, and detained the suspect \"without any "
            "resistance.\"\n\nThe statement did not name the man, but said he had planned and "
            "supervised attacks against the security forces and civilians in Kirkuk, Salahuddin "
            "and the Hamrin mountains since 2019, and had been \"under technical and field "
            "surveillance for months.\"\n\nA security source told Shafaq News that the "
            "detainee, in his forties, had returned to the area two weeks earlier after moving "
            "between hideouts in the Wadi Zghaytun valley and the desert south of Hawija, and "
            "that he had been transferred to Baghdad for interrogation.\n\n\"He is one of the "
            "last remaining leaders of the group's Kirkuk network. His arrest will give us "
            "information on cells that are still active,\" the source said.\n\nHawija, about 55 "
            "km southwest of Kirkuk city, was one of ISIS's last strongholds in Iraq before it "
            "was recaptured in October 2017. The group's remnants still operate in remote "
            "villages and river islands along the Zab and Tigris.\n\nLast month, the CTS "
            "announced that five ISIS members were killed in an Iraqi airstrike on a cave "
            "complex near Wadi Zghaytun.\n",
            "2026-05-05", (Gold(S, "Hawija", "2026-05-05", None),)),
    # Xinhua. Hard: a roundup of two incidents on different days (Wednesday IED, Tuesday evening
    # abduction), numerals in the headline, kidnapping with no deaths reported (two freed, two
    # missing), distances from Baghdad, truffle-season background.
    Article("en",
            "1 killed, 4 abducted in separate incidents in Iraq's Salahudin\n\nBAGHDAD, Feb. 26 "
            "(Xinhua) -- A shepherd was killed by a roadside bomb while four truffle hunters "
            "were abducted by unidentified gunmen in separate incidents in Iraq's Salahudin "
            "province, a provincial police source said on Thursday.\n\nOn Wednesday, an "
            "improvised explosive device (IED) went off while the shepherd was grazing his "
            "sheep near a village in the desert east of the town of Shirqat, some 300 km north "
            "of Baghdad, killing him instantly, the source told Xinhua on condition of "
            "anonymity.\n\nIn a separate incident, gunmen on Tuesday evening abducted four men "
            "who were collecting desert truffles west of the city of Baiji, about 180 km north "
            "of Baghdad, and drove them to an unknown destination, the source said.\n\nTwo of "
            "the abducted men were released early on Wednesday, while the fate of the other two "
            "remained unknown, the source said, adding that security forces had launched a "
            "search operation in the area.\n\nEvery year, in the truffle season between "
            "February and April, hundreds of Iraqis head to the deserts of western and northern "
            "Iraq to collect truffles, despite the danger of explosives left behind by the "
            "Islamic State (IS) militants and attacks by the group's remnants.\n\nThe security "
            "situation in Iraq has improved since Iraqi forces defeated the IS in 2017. "
            "However, IS remnants have since moved into deserts and rugged areas and have often "
            "carried out guerilla attacks against security forces and civilians.\n",
            "2026-02-26", (Gold(E, "Shirqat", "2026-02-25", 1),
                           Gold(V, "Baiji", "2026-02-24", None))),
    # AP. Hard: AP dateline Duhok, village Kani Masi in Amadiya district, explicit "No one was
    # hurt", eyewitness quote with numbers of shells ("maybe ten or twelve"), PKK disarmament
    # background, emptied villages, no Turkish comment.
    Article("en",
            "Turkish shelling sets orchards ablaze in northern Iraq despite PKK peace "
            "process\n\nDUHOK, Iraq (AP) — Turkish artillery shelled the outskirts of a mostly "
            "Christian village in northern Iraq's Kurdish region on Monday, setting fire to "
            "orchards and vineyards, local officials said. No one was hurt.\n\nThe shells "
            "landed in farmland around Kani Masi, a village in Duhok province's Amadiya "
            "district a few miles from the Turkish border, said the head of the local "
            "subdistrict administration, who asked that his name not be used because he was not "
            "authorized to speak to reporters. Residents and firefighters battled the flames "
            "for several hours with buckets and a water tanker, he said.\n\n\"We were picking "
            "grapes. Then the shells started falling — maybe ten or twelve of them. Everyone "
            "ran for the houses,\" said a 54-year-old farmer who gave only his first name, "
            "Youkhana. \"Half of my vineyard is gone.\"\n\nTurkey's Defense Ministry did not "
            "immediately respond to a request for comment.\n\nThe shelling came more than a "
            "year after the Kurdistan Workers' Party, or PKK, announced that it would disband "
            "and lay down its arms, ending a four-decade insurgency against the Turkish state. "
            "In a ceremony near Sulaymaniyah last July, a group of fighters burned their "
            "weapons.\n\nBut Turkey has kept dozens of military bases and outposts inside "
            "Iraq's Kurdish region, and residents of border areas say strikes and shelling have "
            "slowed but not stopped. Turkish officials say the bases will remain until the "
            "disarmament is complete.\n\nOver the years, dozens of villages in the Amadiya and "
            "Zakho districts have been emptied as residents fled the fighting, and local "
            "authorities say thousands of acres of farmland have been burned.\n",
            "2026-08-25", (Gold(E, "Kani Masi", "2026-08-24", 0),)),
    # Rudaw English. Hard: tribal armed clash coded as Battles, number words ("one man dead and four
    # others wounded"), village not in the gazetteer (code Daquq), "Tuesday night" in a Wednesday
    # story, police intervention and mediation (no separate event), land/Arabisation background.
    Article("en",
            "One dead, four wounded as tribal land dispute turns violent in Daquq\n\nERBIL, "
            "Kurdistan Region - A long-running dispute between two Arab clans over farmland in "
            "Daquq district, south of Kirkuk, turned deadly on Tuesday night, leaving one man "
            "dead and four others wounded, a local official told Rudaw English on "
            "Wednesday.\n\nMembers of the two clans exchanged fire with light and medium "
            "weapons for more than two hours in the village of Tal al-Ward, about ten "
            "kilometres west of the town of Daquq, said the official, who asked not to be named "
            "because of the sensitivity of the issue.\n\n\"It started as an argument about who "
            "has the right to plough a piece of land, and within minutes the rifles were out,\" "
            "he said. Iraqi police and an army unit stationed nearby intervened after midnight "
            "to end the fighting, and elders from both sides met on Wednesday to try to broker "
            "a truce.\n\nThe wounded were taken to Daquq hospital and later transferred to "
            "Kirkuk. One of them is in a serious condition, according to a medical "
            "source.\n\nLand disputes are common in Kirkuk province, where successive "
            "governments resettled Arab families on land owned by Kurdish and Turkmen farmers "
            "during the Baath era. Since 2017, Kurdish farmers in Daquq, Sargaran and Dibis "
            "have complained that they are being prevented from farming land they say belongs "
            "to them, and several disputes have ended in violence.\n\nA committee formed by the "
            "Iraqi cabinet to settle land ownership in the province has yet to publish its "
            "findings.\n",
            "2026-05-27", (Gold(B, "Daquq", "2026-05-26", 1),)),
    # INA English. Hard: deployment (S) in a stiff official register, the deployment has begun in
    # Qarachogh while the rest is planned for Gwer and Sultan Abdullah, six coordination centres
    # listed by province, no fatalities.
    Article("en",
            "Joint Operations: Army-Peshmerga joint brigade begins deployment in "
            "Qarachogh\n\nBaghdad-INA\n\nThe Joint Operations Command announced on Monday the "
            "start of deployment of a joint brigade of the Iraqi army and the Peshmerga forces "
            "of the Kurdistan Region in the Qarachogh mountain area of Makhmour district, to "
            "fill the security vacuum between the two forces.\n\nThe Deputy Commander of Joint "
            "Operations said in a statement received by the Iraqi News Agency (INA) that \"the "
            "first battalion of the joint brigade took up its positions today in the Qarachogh "
            "area, in coordination with the Ministry of Peshmerga Affairs and the command of "
            "the ground forces,\" noting that \"the remaining battalions will complete their "
            "deployment in the coming weeks along the line extending towards Gwer and Sultan "
            "Abdullah.\"\n\nHe added that \"this step comes within the framework of the "
            "agreement between the federal government and the Kurdistan Regional Government to "
            "secure the areas located between the two forces, and will be followed by similar "
            "steps in Kirkuk and Diyala,\" explaining that \"the six joint coordination centres "
            "in Baghdad, Erbil, Kirkuk, Nineveh, Diyala and Makhmour will supervise the "
            "exchange of intelligence and the conduct of joint operations.\"\n\nThe statement "
            "stressed that \"the deployment will deny the remnants of ISIS terrorist gangs any "
            "foothold in the rugged areas that they exploited in previous years.\"\n\nThe "
            "Qarachogh mountain, southwest of Erbil, was used by ISIS remnants as a base for "
            "attacks on the Peshmerga, the army and villagers in Makhmour district, and was the "
            "scene of several joint operations supported by the international coalition.\n",
            "2026-06-29", (Gold(S, "Qarachogh", "2026-06-29", None),)),
    # Kurdistan24. Hard: sniper fire on a position (Battles), time of day, Garmiyan headline while
    # the post is near Qara Tapa (Diyala), "last week" IED near Kalar that wounded two as
    # background, Peshmerga "martyred" idiom.
    Article("en",
            "Peshmerga soldier killed by ISIS sniper fire in Garmiyan\n\nERBIL (Kurdistan24) – "
            "A Peshmerga soldier was killed early on Tuesday when suspected Islamic State "
            "(ISIS) militants opened sniper fire on a Peshmerga position near Qara Tapa in the "
            "Garmiyan administration, the Ministry of Peshmerga Affairs said.\n\n\"At 3:10 "
            "a.m., ISIS terrorists targeted one of our positions on the Qara Tapa axis with "
            "sniper fire, as a result of which a Peshmerga soldier of the 2nd Brigade was "
            "martyred,\" the ministry said in a statement. Peshmerga forces returned fire and "
            "the attackers withdrew towards the villages south of the front line, it "
            "added.\n\nThe soldier, 27, from the town of Kalar, was buried in his hometown on "
            "Tuesday afternoon.\n\nThe area lies along the line separating Peshmerga forces "
            "from Iraqi army units between Kifri and Jalawla, a strip of mostly abandoned "
            "villages and farmland where ISIS cells have moved with ease since 2017.\n\nLast "
            "week, two Peshmerga were wounded when an improvised explosive device hit their "
            "vehicle near Kalar.\n\nSpeaking to Kurdistan24, a Peshmerga commander in Garmiyan "
            "said the lack of coordination with the Iraqi army was to blame. \"We know where "
            "they are hiding. They are in the no man's land between us and the army. Without "
            "joint brigades, they will keep hitting us and then disappear,\" he said.\n",
            "2026-07-21", (Gold(B, "Qara Tapa", "2026-07-21", 1),)),
    # The New Arab. Hard: the range "between two and four" (code the low number), differing tolls
    # from two sources, village not in the gazetteer (code Khanaqin), ISIS vs land feud uncertainty,
    # an April IED near Jalawla as background, analysis paragraphs.
    Article("en",
            "Gunmen kill farmers in Iraq's Diyala as fears grow in disputed areas\n\nGunmen "
            "killed at least two farmers on Sunday in an attack on an agricultural area in "
            "Iraq's eastern Diyala province, local sources told The New Arab, in the latest "
            "incident to rattle the territories disputed between Baghdad and Erbil.\n\nThe "
            "attack took place in the village of Kolajo in Khanaqin district, near the border "
            "with Iran, where gunmen on motorcycles opened fire on a group of farmers working "
            "in their fields in the late afternoon.\n\nAccounts of the death toll differed. A "
            "police officer in Khanaqin said two farmers were killed and a third was wounded, "
            "while a local official put the death toll at between two and four, saying that "
            "\"two men who were with them are still missing and we fear the worst.\"\n\nNo "
            "group claimed responsibility. Security officials said they suspected an ISIS cell "
            "operating from the Hamrin mountains, but a relative of one of the victims said the "
            "family had been involved in a dispute over land with a neighbouring "
            "clan.\n\n\"These attacks are not new,\" said a Kurdish member of parliament from "
            "Khanaqin, who asked not to be named. \"Since 2017 many of the villages between "
            "Khanaqin, Jalawla and Qara Tapa have been abandoned, because there is no one to "
            "protect them. The army is in one place, the Peshmerga in another, and the farmers "
            "are left in between.\"\n\nIn April, a Kurdish shepherd was killed by a roadside "
            "bomb near Jalawla, and in the summer several orchards in the area were set on "
            "fire.\n\nThe federal government and the Kurdistan Regional Government have agreed "
            "in principle to form joint brigades to secure the gaps between their forces, but "
            "the plan has moved slowly, with disagreements over command, funding and the areas "
            "to be covered.\n\nDiyala, which borders Iran, has also seen a rise in tribal and "
            "sectarian tensions in recent years.\n",
            "2026-09-22", (Gold(V, "Khanaqin", "2026-09-20", 2),)),
    # Rudaw English. No event: mass-grave exhumation; numbers of victims and missing, ISIS killings
    # of August 2014, "on Monday", Kocho and Sinjar.
    Article("en",
            "Exhumation of mass grave begins near Shingal's Kocho\n\nERBIL, Kurdistan Region - "
            "Iraqi forensic teams on Monday began exhuming a mass grave near the Yazidi village "
            "of Kocho in Shingal (Sinjar), believed to contain the remains of dozens of people "
            "killed by the Islamic State (ISIS) in August 2014, officials told Rudaw "
            "English.\n\nThe work is being carried out by the mass graves directorate of the "
            "Martyrs Foundation, with the support of the Kurdistan Region's office for Yazidi "
            "affairs and international experts, said an official at the directorate.\n\n\"From "
            "the testimony of survivors we expect to find between 40 and 60 victims in this "
            "site. It is one of the graves that have never been opened,\" he said. The remains "
            "will be sent to Baghdad for DNA testing and identification.\n\nRelatives of the "
            "missing gathered at the edge of the site, some holding photographs. \"My father "
            "and my three brothers were taken from the school in Kocho. I just want to bury "
            "them,\" said one woman.\n\nOn August 15, 2014, ISIS militants rounded up the men "
            "of Kocho, shot hundreds of them and abducted the women and children. In all, the "
            "group killed thousands of Yazidis in Sinjar and took more than 6,400 captive, "
            "according to the Kurdistan Region's figures; around 2,600 are still "
            "missing.\n\nMore than 90 mass graves have been found in Sinjar district since its "
            "liberation, and several dozen have yet to be excavated. Yazidi activists say the "
            "slow pace of exhumation and identification has prolonged the suffering of "
            "families.\n",
            "2026-03-23", ()),
    # Kurdistan24. No event: political statement on the joint brigades and the six coordination
    # centres; past attacks only as background ("the attack in May" with a toll), plans.
    Article("en",
            "Peshmerga ministry: joint brigades will close the gaps in disputed areas\n\nERBIL "
            "(Kurdistan24) – The Ministry of Peshmerga Affairs said on Sunday that the joint "
            "brigades agreed between Erbil and Baghdad would be \"the only real solution\" to "
            "the security vacuum in the disputed territories, as officials from both sides met "
            "with commanders of the US-led coalition in Erbil.\n\n\"The security gap between "
            "the Peshmerga and the Iraqi army, from Khanaqin to Rabia, has cost us dearly. ISIS "
            "has used it to hit our forces, the army and the villagers,\" the ministry's "
            "secretary-general told reporters after the meeting.\n\nHe said the first of two "
            "joint brigades was ready and would begin deploying \"within weeks,\" starting with "
            "Makhmour and the Qarachogh mountain, before moving to the Kirkuk and Diyala "
            "fronts. Each brigade is to have about 2,000 troops, half of them Peshmerga and "
            "half from the Iraqi army, under a joint command.\n\nHe added that the six joint "
            "coordination centres, in Baghdad, Erbil, Kirkuk, Nineveh, Diyala and Makhmour, "
            "were \"working, but not at the level we want,\" and called on the coalition to "
            "keep providing air support and intelligence.\n\nThe coalition's deputy commander "
            "praised \"the growing cooperation\" between the two forces and said the coalition "
            "would continue to advise both.\n\nSince the Peshmerga's withdrawal from Kirkuk and "
            "other disputed areas in October 2017, dozens of Peshmerga and Iraqi soldiers have "
            "been killed in ISIS attacks along the line. In May, two Peshmerga were killed and "
            "three wounded in an attack on a position near Qara Tapa.\n\nKurdish officials have "
            "long complained that the brigades, first agreed in 2021, have been delayed by "
            "disputes over funding and command.\n",
            "2026-06-07", ()),
    # Monthly tally (Shafaq News English style). No event: counts by province and by weapon, a named
    # deadliest incident with its date (background), deaths and wounded numbers.
    Article("en",
            "September security toll: 11 killed in attacks across Iraq's disputed "
            "territories\n\nShafaq News/ At least 11 people were killed and 19 wounded in "
            "attacks across Iraq's disputed territories in September, according to a monthly "
            "tally compiled by Shafaq News from security sources and official "
            "statements.\n\nThe dead included five members of the security forces, two "
            "Peshmerga and four civilians. Kirkuk province recorded the highest toll with four "
            "deaths, followed by Diyala with three, Salahuddin with three and Nineveh with "
            "one.\n\nImprovised explosive devices remained the deadliest weapon, accounting for "
            "six of the deaths, while sniper and small-arms attacks killed four people. One "
            "person was killed in a drone strike in Sinjar district.\n\nThe deadliest single "
            "incident of the month was the killing of two farmers in a village of Khanaqin "
            "district on September 20, an attack that local officials blamed on ISIS "
            "remnants.\n\nSecurity forces announced the arrest of 37 suspects on terrorism "
            "charges in the four provinces during the month, and the Counter-Terrorism Service "
            "said it had carried out 14 operations, including eight airstrikes, in the Hamrin "
            "mountains, Wadi al-Shay and the Makhmour desert.\n\nThe figures are slightly "
            "higher than August, when eight people were killed, but well below the levels "
            "recorded before 2022. Officials attribute the decline to improved intelligence and "
            "to joint operations between the army and the Peshmerga.\n",
            "2026-10-01", ()),
    # Court verdict (Rudaw English style). No event: death sentences on Monday for a 2025 attack
    # described in detail (IED then gunfire, four killed), Daquq and Kirkuk.
    Article("en",
            "Kirkuk court sentences three ISIS members to death over 2025 Daquq "
            "attack\n\nERBIL, Kurdistan Region - A criminal court in Kirkuk on Monday sentenced "
            "three men to death for their role in a 2025 ambush that killed four members of "
            "Iraq's federal police near Daquq, Iraq's Supreme Judicial Council "
            "said.\n\nAccording to the council, the three were members of an ISIS cell that "
            "planted a roadside bomb on the road between Daquq and Tuz Khurmatu in June 2025 "
            "and then opened fire on a police convoy after the blast, killing four officers and "
            "wounding five.\n\nThe men were arrested in separate operations in Kirkuk and "
            "Hawija in the months after the attack. The court ruled under Article 4 of Iraq's "
            "anti-terrorism law, which carries the death penalty. The verdicts can be "
            "appealed.\n\n\"The court reviewed the confessions of the accused, the testimony of "
            "the survivors and the forensic evidence,\" the council said in a "
            "statement.\n\nHuman rights groups have criticized Iraq's terrorism trials, saying "
            "they are often brief and rely heavily on confessions that defendants say were "
            "extracted under duress. Iraqi authorities deny the allegations.\n\nRelatives of "
            "the slain officers welcomed the ruling. \"It will not bring my son back, but at "
            "least there is justice,\" the father of one of the victims told Rudaw from "
            "Daquq.\n",
            "2026-10-20", ()),
    # Arabic Shafaq News (Arabic). Hard: casualty update of the Reuters incident above: the toll
    # rises to three, the attack was on Saturday night (published Monday), a search operation since
    # Sunday (no outcome, not an event), a November IED as background.
    Article("ar",
            "ارتفاع حصيلة هجوم داعش على نقطة للجيش قرب سليمان بيك إلى ثلاثة قتلى\n\nشفق نيوز/ "
            "أفاد مصدر أمني في محافظة صلاح الدين، اليوم الاثنين، بارتفاع حصيلة الهجوم الذي شنّه "
            "عناصر من تنظيم داعش على نقطة تفتيش للجيش العراقي قرب ناحية سليمان بيك إلى ثلاثة "
            "قتلى.\n\nوقال المصدر لوكالة شفق نيوز، إن \"جندياً ثالثاً فارق الحياة صباح اليوم "
            "متأثراً بجروحه البليغة في مستشفى كركوك العام، بعد أن كان قد أصيب في الهجوم الذي "
            "وقع ليلة السبت\"، لافتاً إلى أن \"جريحين آخرين ما زالا يتلقيان العلاج وحالتهما "
            "مستقرة\".\n\nوأضاف أن \"المهاجمين استخدموا أسلحة قنص وأسلحة متوسطة، وانسحبوا "
            "باتجاه المرتفعات بعد وصول التعزيزات\"، مبيناً أن \"القطعات الأمنية باشرت منذ صباح "
            "أمس الأحد عملية تفتيش واسعة في القرى المحيطة بالناحية وصولاً إلى أطراف سلسلة جبال "
            "حمرين، بحثاً عن المنفذين، من دون أن تسفر حتى الآن عن نتائج\".\n\nوتقع ناحية سليمان "
            "بيك التابعة لقضاء طوزخورماتو على بعد نحو ٧٠ كيلومتراً جنوب كركوك، وتعد من المناطق "
            "المتنازع عليها بين بغداد وأربيل، وتشهد بين الحين والآخر هجمات لبقايا "
            "التنظيم.\n\nيذكر أن اثنين من منتسبي الحشد الشعبي قتلا في تشرين الثاني الماضي "
            "بانفجار عبوة ناسفة استهدفت عجلتهما في المنطقة ذاتها.\n",
            "2026-03-09", (Gold(B, "Sulaiman Bek", "2026-03-07", 3),)),
    # INA (Arabic). Hard: official statement style, Arabic-Indic digits in parentheses, defusal plus
    # cache seizure in one operation (one S event), "north-east of Baquba" as a distractor, the
    # announcement day ("اليوم الخميس").
    Article("ar",
            "عمليات ديالى تعلن تفكيك (٤) عبوات ناسفة وضبط وكر لداعش في حمرين\n\nديالى - "
            "واع\n\nأعلنت قيادة عمليات ديالى، اليوم الخميس، تفكيك أربع عبوات ناسفة وضبط وكر "
            "يحتوي على أسلحة ومواد متفجرة تعود لعصابات داعش الإرهابية في سلسلة جبال "
            "حمرين.\n\nوذكرت القيادة في بيان تلقته وكالة الأنباء العراقية (واع)، أنه \"بناءً "
            "على معلومات استخبارية دقيقة، وبإشراف مباشر من قائد العمليات، نفذت قطعات الفرقة "
            "الخامسة بالاشتراك مع ألوية الحشد الشعبي عملية تفتيش وتطهير واسعة في الوديان "
            "والمرتفعات الوعرة من سلسلة جبال حمرين شمال شرقي بعقوبة\".\n\nوأضاف البيان أن "
            "\"العملية أسفرت عن العثور على (٤) عبوات ناسفة معدة للتفجير جرى تفكيكها من قبل "
            "الجهد الهندسي، فضلاً عن وكر يحتوي على (٣) بنادق كلاشنكوف و(٢٠٠) إطلاقة وكمية من "
            "مادة نترات الأمونيوم وأغذية ومستلزمات إيواء\".\n\nوأشار إلى أن \"المضبوطات نقلت "
            "إلى مقر القيادة لاتخاذ الإجراءات الأصولية\"، مؤكداً أن \"عمليات ملاحقة بقايا "
            "العصابات الإرهابية مستمرة ولن تتوقف حتى تطهير آخر شبر من أرض المحافظة\".\n",
            "2026-04-02", (Gold(S, "Hamrin Mountains", "2026-04-02", None),)),
    # Baghdad Today - Kirkuk. Hard: date in parentheses, "مساء أمس الأحد", wounded only (منتسبَين
    # اثنين), village of Abbasi subdistrict west of Hawija (code Abbasi), Hawija hospital, a
    # "similar attack days ago" as background.
    Article("ar",
            "إصابة منتسبين في الشرطة الاتحادية بانفجار عبوة جنوب غربي كركوك\n\nبغداد اليوم - "
            "كركوك\n\nأفاد مصدر أمني في محافظة كركوك، اليوم الاثنين (20 نيسان 2026)، بإصابة "
            "منتسبَين اثنين في الشرطة الاتحادية بانفجار عبوة ناسفة جنوب غربي المحافظة.\n\nوقال "
            "المصدر، في حديث لـ\"بغداد اليوم\"، إن \"عبوة ناسفة محلية الصنع انفجرت مساء أمس "
            "الأحد على دورية تابعة للفرقة السادسة في الشرطة الاتحادية أثناء مرورها على طريق "
            "ترابي قرب قرية تابعة لناحية العباسي غربي قضاء الحويجة\"، مبيناً أن \"الانفجار أسفر "
            "عن إصابة منتسبين اثنين بجروح متفاوتة وإلحاق أضرار بالعجلة\".\n\nوأضاف أن "
            "\"الجريحين نقلا إلى مستشفى الحويجة العام لتلقي العلاج، فيما فرضت القوات الأمنية "
            "طوقاً على المنطقة وشرعت بعملية تفتيش بحثاً عن عبوات أخرى\".\n\nويأتي هذا الانفجار "
            "بعد أيام من هجوم مماثل استهدف عجلة عسكرية على الطريق الرابط بين الحويجة والرياض، "
            "من دون أن يسفر عن خسائر.\n\nوتشهد المناطق الواقعة غربي وجنوب غربي كركوك، ولا سيما "
            "الحويجة ونواحيها، نشاطاً متقطعاً لخلايا تنظيم داعش التي تتخذ من المناطق الوعرة "
            "ووادي زغيتون مأوى لها.\n",
            "2026-04-20", (Gold(E, "Abbasi", "2026-04-19", None),)),
    # Alsumaria News. Hard: Iranian shelling of Sidakan (not in the gazetteer; code its
    # administration, Soran), "صباح اليوم السبت", Arabic-Indic "١٥", explicit no human losses,
    # Turkish and Iranian shelling and the 2023 security deal as background.
    Article("ar",
            "قصف مدفعي إيراني يستهدف قرى حدودية في سيدكان بإقليم كردستان\n\nالسومرية نيوز/ "
            "أربيل\n\nأفاد مصدر محلي في إدارة سوران بإقليم كردستان، اليوم السبت، بأن المدفعية "
            "الإيرانية قصفت قرى حدودية تابعة لناحية سيدكان، فيما أكد عدم وقوع خسائر "
            "بشرية.\n\nوقال المصدر للسومرية نيوز، إن \"المدفعية الإيرانية قصفت صباح اليوم بأكثر "
            "من ١٥ قذيفة أطراف عدد من القرى الحدودية ضمن ناحية سيدكان التابعة لإدارة سوران\"، "
            "مبيناً أن \"القصف ألحق أضراراً بالبساتين والمراعي وأدى إلى نفوق عدد من المواشي، "
            "ولم يسفر عن ضحايا في صفوف المدنيين\".\n\nوأضاف أن \"أهالي القرى القريبة غادروا "
            "منازلهم باتجاه مركز الناحية خشية تجدد القصف\"، مطالباً الحكومة الاتحادية وحكومة "
            "الإقليم بـ\"التحرك لوقف هذه الاعتداءات المتكررة\".\n\nويتعرض الشريط الحدودي في "
            "إقليم كردستان بين الحين والآخر لقصف إيراني وتركي، إذ تقول طهران إنها تلاحق أحزاباً "
            "كردية إيرانية معارضة، في حين تستهدف أنقرة مواقع حزب العمال الكردستاني.\n\nيذكر أن "
            "بغداد وطهران وقعتا في آذار 2023 اتفاقاً أمنياً يقضي بنزع سلاح جماعات المعارضة "
            "الكردية الإيرانية ونقلها بعيداً عن الحدود.\n",
            "2026-05-16", (Gold(E, "Soran", "2026-05-16", 0),)),
    # Rudaw Arabic. Hard: number word (ثلاثة), drone of unknown identity (perpetrator unknown),
    # Makhmour camp (code Makhmour), bystanders wounded, Turkish strikes of 2019/2021 and the peace
    # process as background.
    Article("ar",
            "مقتل ثلاثة أشخاص بقصف طائرة مسيّرة قرب مخيم مخمور\n\nروداو - أربيل\n\nقُتل ثلاثة "
            "أشخاص، عصر اليوم الخميس، إثر استهداف طائرة مسيّرة مجهولة الهوية سيارة مدنية قرب "
            "مخيم مخمور للاجئين الكورد القادمين من كوردستان تركيا، بحسب مصادر من داخل "
            "المخيم.\n\nوقال مسؤول في إدارة المخيم لشبكة رووداو الإعلامية إن \"المسيّرة أطلقت "
            "صاروخين على سيارة كانت متوقفة قرب المدخل الشرقي للمخيم، ما أسفر عن مقتل ثلاثة "
            "كانوا بداخلها، بينهم امرأة\"، مضيفاً أن \"شخصين آخرين من المارة أصيبا بجروح نقلا "
            "على إثرها إلى مستشفى مخمور\".\n\nولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة "
            "إعداد هذا الخبر، فيما لم يصدر أي تعليق من وزارة الدفاع التركية.\n\nويقع مخيم مخمور "
            "على بعد نحو ٦٠ كيلومتراً جنوب غرب أربيل، ويضم أكثر من ١٢ ألف لاجئ، وتعتبره أنقرة "
            "معقلاً لمسلحي حزب العمال الكردستاني، وهو ما تنفيه إدارة المخيم.\n\nوتعرض المخيم "
            "خلال السنوات الماضية لعدة ضربات جوية تركية، أبرزها في عامي 2019 و2021، كما يأتي "
            "الهجوم رغم إعلان الحزب حل نفسه وإلقاء السلاح العام الماضي ضمن عملية السلام مع "
            "تركيا.\n",
            "2026-06-18", (Gold(E, "Makhmour", "2026-06-18", 3),)),
    # Shafaq News (Arabic). Hard: roundup of two incidents in two provinces on two days ("مساء أمس
    # الأربعاء" assassination in Dibis; "فجر اليوم" sticky bomb in Tuz, wounded only).
    Article("ar",
            "مقتل مختار قرية باغتيال وإصابة مسؤول تركماني بعبوة لاصقة في كركوك "
            "وطوزخورماتو\n\nشفق نيوز/ أفادت مصادر أمنية في كركوك وصلاح الدين، اليوم الخميس، "
            "بمقتل مختار قرية باغتيال مسلح، وإصابة مسؤول محلي تركماني بانفجار عبوة لاصقة، في "
            "حادثين منفصلين.\n\nوقال مصدر أمني في كركوك لوكالة شفق نيوز، إن \"مسلحين مجهولين "
            "يستقلون دراجة نارية أطلقوا النار مساء أمس الأربعاء على مختار إحدى القرى التابعة "
            "لقضاء الدبس شمال غربي كركوك، أثناء جلوسه أمام منزله، ما أدى إلى مقتله في الحال\"، "
            "مبيناً أن \"المسلحين لاذوا بالفرار إلى جهة مجهولة\".\n\nوأضاف أن \"الجثة نقلت إلى "
            "دائرة الطب العدلي، فيما فتحت الأجهزة المختصة تحقيقاً لمعرفة دوافع الحادث\"، من دون "
            "أن يستبعد أن \"يكون الحادث على خلفية نزاع عشائري\".\n\nوفي حادث منفصل، ذكر مصدر "
            "أمني في قضاء طوزخورماتو، أن \"عبوة لاصقة انفجرت فجر اليوم بسيارة عضو في المجلس "
            "المحلي للقضاء كانت مركونة أمام منزله في حي جميلة وسط القضاء، ما أسفر عن إصابته "
            "بجروح وصفت بالمتوسطة وتضرر السيارة بالكامل\".\n\nويشهد قضاء طوزخورماتو، ذو "
            "الغالبية التركمانية والكردية، بين فترة وأخرى حوادث تفجير واغتيال تطال شخصيات "
            "سياسية وعشائرية.\n",
            "2026-07-09", (Gold(V, "Dibis", "2026-07-08", 1),
                           Gold(E, "Tuz Khurmatu", "2026-07-09", None))),
    # Al-Araby Al-Jadeed. Hard: analytical piece, army vs YBŞ clash (Battles) "أمس الثلاثاء",
    # conflicting accounts of who fired first, 2022 clashes and Turkish strikes as background,
    # Sinjar agreement, several places (Sinuni, Sinjar, Mosul, Duhok camps).
    Article("ar",
            "اشتباكات بين الجيش و\"اليبشة\" في سنوني تعيد اتفاق سنجار إلى الواجهة\n\nبغداد - "
            "العربي الجديد\n\nقُتل جندي عراقي وأصيب ثلاثة آخرون، أمس الثلاثاء، في اشتباكات "
            "اندلعت بين قوة من الجيش العراقي ومسلحين من \"وحدات مقاومة سنجار\" المعروفة محلياً "
            "باسم \"اليبشة\"، في ناحية سنوني شمالي قضاء سنجار غربي محافظة نينوى، وفقاً لمسؤول "
            "محلي ومصدر عسكري تحدثا لـ\"العربي الجديد\".\n\nوقال المصدر العسكري، الذي طلب عدم "
            "ذكر اسمه، إن \"الاشتباك بدأ عندما حاولت قوة من الجيش إزالة نقطة تفتيش أقامها مسلحو "
            "الوحدات على الطريق الرئيسي داخل الناحية، ففتح المسلحون النار عليها\"، مضيفاً أن "
            "\"تبادل إطلاق النار استمر نحو ساعة، قبل أن يتدخل وجهاء المنطقة لوقفه\".\n\nفي "
            "المقابل، قال ناشط إيزيدي مقرّب من الوحدات إن \"الجيش هو من بادر بإطلاق النار\"، "
            "وإن اثنين من عناصر الوحدات أصيبا بجروح، وهو ما لم يتسن التحقق منه من مصادر "
            "مستقلة.\n\nوأعاد الحادث إلى الأذهان المواجهات التي شهدتها سنوني في أيار/مايو 2022، "
            "والتي أدت إلى نزوح آلاف العائلات مجدداً نحو مخيمات محافظة دهوك.\n\nويرى مراقبون أن "
            "استمرار تعثر تطبيق اتفاق سنجار، الموقّع بين بغداد وأربيل في تشرين الأول/أكتوبر "
            "2020، يبقي القضاء ساحة مفتوحة لتعدد الجهات المسلحة، بين الجيش والحشد الشعبي ووحدات "
            "مقاومة سنجار، فضلاً عن الضربات الجوية التركية المتكررة التي تستهدف ما تقول أنقرة "
            "إنه مواقع لحزب العمال الكردستاني.\n\nويقول الباحث في الشأن العراقي، أحمد الجبوري، "
            "لـ\"العربي الجديد\"، إن \"سنجار لن تستقر ما لم يتم الاتفاق على إدارة موحدة وقوة "
            "أمنية من أبناء المنطقة\"، محذراً من أن \"كل اشتباك جديد يؤخر عودة النازحين سنوات "
            "أخرى\".\n",
            "2026-08-12", (Gold(B, "Sinuni", "2026-08-11", 1),)),
    # Al-Mada. Hard: kidnapping ("مساء الثلاثاء", published Thursday) with one body found the same
    # night, the other missing, sheep stolen; last October's kidnapping as background, Jalawla vs
    # Khanaqin district.
    Article("ar",
            "اختطاف راعيين في جلولاء والعثور على جثة أحدهما.. والأهالي: المنطقة بلا "
            "حماية\n\nديالى/ المدى\n\nاختطف مسلحون مجهولون، مساء الثلاثاء، راعيين اثنين من "
            "أهالي ناحية جلولاء التابعة لقضاء خانقين شمال شرقي ديالى، قبل أن يُعثر على جثة "
            "أحدهما في ساعة متأخرة من الليلة ذاتها، فيما لا يزال مصير الآخر مجهولاً.\n\nوقال "
            "مصدر في شرطة ديالى لـ(المدى)، إن \"مسلحين يستقلون عجلة رباعية الدفع اقتادوا "
            "الراعيين من منطقة رعي زراعية شمالي الناحية، واستولوا على نحو ١٥٠ رأساً من "
            "الأغنام\"، مبيناً أن \"قوة أمنية عثرت بعد ساعات على جثة أحدهما، وهو في العقد "
            "الثالث من العمر، وعليها آثار إطلاق نار في الرأس\".\n\nوأضاف المصدر أن \"عمليات "
            "البحث عن الراعي الثاني ما زالت متواصلة بمشاركة الجيش والحشد\"، مرجحاً أن \"تكون "
            "خلية تابعة لداعش تنشط في المناطق الفاصلة بين ديالى وكفري وراء الحادث\".\n\nمن "
            "جانبه، قال أحد وجهاء الناحية لـ(المدى)، إن \"المناطق الزراعية المحيطة بجلولاء "
            "أصبحت مكشوفة تماماً، ولا يجرؤ الرعاة على الخروج إليها إلا بمجاميع\"، داعياً إلى "
            "\"نشر قوات ثابتة في القرى المهجورة\".\n\nيذكر أن مسلحين اختطفوا في تشرين الأول "
            "الماضي ثلاثة رعاة من المنطقة ذاتها، أُطلق سراحهم بعد دفع فدية بحسب مصادر محلية.\n",
            "2026-09-03", (Gold(V, "Jalawla", "2026-09-01", 1),)),
    # Kurdistan24 Arabic. Hard: drone intercepted and shot down ("no losses"), time "11:20 from
    # Sunday night" in a Monday story, Erbil airport, coalition air defence, earlier attacks as
    # background.
    Article("ar",
            "إسقاط طائرة مسيرة مفخخة حاولت استهداف مطار أربيل الدولي\n\nكوردستان24 - "
            "أربيل\n\nأعلنت المديرية العامة لمكافحة الإرهاب في إقليم كوردستان، فجر اليوم "
            "الاثنين، إسقاط طائرة مسيرة مفخخة حاولت استهداف مطار أربيل الدولي، من دون أن يسفر "
            "ذلك عن أي خسائر.\n\nوذكرت المديرية في بيان مقتضب، أن \"طائرة مسيرة مفخخة حاولت عند "
            "الساعة 11:20 من ليلة الأحد استهداف مطار أربيل الدولي، وتم التصدي لها وإسقاطها من "
            "قبل منظومة الدفاع الجوي التابعة للتحالف الدولي\"، مؤكدة أن \"الحادث لم يسفر عن أي "
            "خسائر بشرية أو مادية\".\n\nوأكدت إدارة المطار في تصريح لكوردستان24 أن حركة الملاحة "
            "الجوية \"لم تتأثر\"، وأن الرحلات المجدولة صباح اليوم انطلقت في مواعيدها.\n\nولم "
            "تتبنَّ أي جهة الهجوم حتى الآن، فيما دعت حكومة إقليم كوردستان الحكومة الاتحادية إلى "
            "\"الكشف عن الجهات التي تقف وراء هذه الاعتداءات ومحاسبتها\".\n\nوتعرض مطار أربيل، "
            "الذي يضم قاعدة لقوات التحالف الدولي، خلال السنوات الماضية لعشرات الهجمات بالصواريخ "
            "والطائرات المسيرة، تبنت بعضها فصائل مسلحة موالية لإيران.\n",
            "2026-09-14", (Gold(E, "Erbil International Airport", "2026-09-13", 0),)),
    # INA (Arabic). Hard: CTS arrest of a three-member cell, Arabic-Indic digits, neighbourhood of
    # Kirkuk city, the cell's planned attacks (not events), seized explosive belts.
    Article("ar",
            "جهاز مكافحة الإرهاب يطيح بخلية إرهابية من (٣) عناصر في كركوك\n\nكركوك - "
            "واع\n\nأعلن جهاز مكافحة الإرهاب، اليوم الثلاثاء، اعتقال (٣) إرهابيين ضمن خلية كانت "
            "تخطط لتنفيذ عمليات إرهابية في محافظة كركوك.\n\nوذكر الجهاز في بيان تلقته وكالة "
            "الأنباء العراقية (واع)، أنه \"بعد متابعة استخبارية استمرت لأكثر من شهرين، وبإشراف "
            "مباشر من رئيس الجهاز، نفذت قوة من جهاز مكافحة الإرهاب عملية دهم محكمة في حي "
            "الواسطي جنوبي مدينة كركوك، أسفرت عن إلقاء القبض على (٣) إرهابيين مطلوبين للقضاء "
            "وفق أحكام المادة (٤) من قانون مكافحة الإرهاب\".\n\nوأضاف البيان أن \"المعتقلين "
            "كانوا يخططون لاستهداف القوات الأمنية وتجمعات المواطنين في المدينة\"، مبيناً أن "
            "\"القوة ضبطت بحوزتهم حزامين ناسفين وعبوة معدة للتفجير وأسلحة خفيفة وأجهزة "
            "اتصال\".\n\nوأشار إلى أن \"المعتقلين سلموا إلى الجهات المختصة لاستكمال الإجراءات "
            "القانونية بحقهم\".\n",
            "2026-10-06", (Gold(S, "Kirkuk", "2026-10-06", None),)),
    # Baghdad Today - Kirkuk. No event: police denial of a rumoured ISIS attack (the rumour gives a
    # place, a time and three deaths).
    Article("ar",
            "شرطة كركوك تنفي تعرض قرية في الملتقى لهجوم من داعش: أنباء عارية عن الصحة\n\nبغداد "
            "اليوم - كركوك\n\nنفت قيادة شرطة محافظة كركوك، اليوم الثلاثاء (13 تشرين الأول "
            "2026)، الأنباء التي تحدثت عن هجوم مسلح لعناصر تنظيم داعش على قرية تابعة لناحية "
            "الملتقى غربي المحافظة، أسفر عن سقوط قتلى من الأهالي.\n\nوقال مدير إعلام القيادة، "
            "في تصريح لـ\"بغداد اليوم\"، إن \"ما تم تداوله على بعض مواقع التواصل الاجتماعي بشأن "
            "مقتل ثلاثة مواطنين واختطاف آخرين في القرية مساء أمس عارٍ عن الصحة جملة وتفصيلاً\"، "
            "مبيناً أن \"ما حصل هو حريق اندلع في أحد البساتين بسبب تماس كهربائي، وتمت السيطرة "
            "عليه من قبل الدفاع المدني من دون خسائر\".\n\nوأضاف أن \"الأوضاع الأمنية في الملتقى "
            "وعموم مناطق جنوب غربي كركوك مستقرة ومسيطر عليها\"، داعياً وسائل الإعلام إلى \"توخي "
            "الدقة واستقاء المعلومات من مصادرها الرسمية\".\n\nوأكد أن \"القيادة ستتخذ الإجراءات "
            "القانونية بحق الصفحات التي تروج للشائعات وتسعى لإثارة الهلع بين المواطنين\".\n",
            "2026-10-13", ()),
    # Shafaq News (Arabic). No event: anniversary of the Yazidi genocide; numbers of victims,
    # abductees, missing and mass graves; places Sinjar, Kocho, Duhok.
    Article("ar",
            "في الذكرى الثانية عشرة للإبادة.. الإيزيديون يستذكرون ضحاياهم في سنجار ويطالبون "
            "بالعودة والتعويض\n\nشفق نيوز/ أحيا الإيزيديون، اليوم الاثنين، الذكرى السنوية "
            "الثانية عشرة للإبادة الجماعية التي ارتكبها تنظيم داعش بحقهم في قضاء سنجار غربي "
            "نينوى في الثالث من آب/أغسطس 2014، وسط مطالبات بتسريع إعادة النازحين وتعويض "
            "المتضررين.\n\nوتجمع المئات من ذوي الضحايا في قرية كوجو جنوبي سنجار وأمام المقبرة "
            "الجماعية في مجمع سولاغ، حاملين صور أبنائهم المفقودين، فيما أقيمت مراسم مماثلة في "
            "مخيمات النزوح بمحافظة دهوك.\n\nوقال مسؤول مكتب إنقاذ المختطفين الإيزيديين لوكالة "
            "شفق نيوز، إن \"عدد المختطفين بلغ ٦٤١٧ شخصاً، تم تحرير ٣٥٨٨ منهم، فيما لا يزال مصير "
            "أكثر من ٢٦٠٠ مجهولاً حتى الآن\".\n\nوأضاف أن \"الفرق المختصة عثرت منذ التحرير على "
            "أكثر من ٩٠ مقبرة جماعية في القضاء، وما زالت عشرات منها بانتظار الفتح\".\n\nمن "
            "جهته، قال قائممقام سنجار في كلمة خلال المراسم، إن \"أهالي سنجار لن يعودوا ما لم "
            "يُطبق اتفاق سنجار وتُوحد الإدارة وتُعوض البيوت المهدمة\"، مشيراً إلى أن \"نحو ٢٠٠ "
            "ألف نازح ما زالوا يعيشون في المخيمات\".\n\nيشار إلى أن البرلمان العراقي أقر عام "
            "2021 قانون الناجيات الإيزيديات، الذي اعترف بما تعرض له الإيزيديون بوصفه إبادة "
            "جماعية.\n",
            "2026-08-03", ()),
    # Alsumaria News. No event: a Kirkuk MP's statement on the security vacuum, the joint brigades
    # and the six coordination centres; recent attacks cited only as background.
    Article("ar",
            "نائب عن كركوك: الفراغ بين البيشمركة والجيش ثغرة يستغلها داعش ومراكز التنسيق الستة "
            "\"حبر على ورق\"\n\nالسومرية نيوز/ كركوك\n\nأكد النائب عن محافظة كركوك، اليوم "
            "الثلاثاء، أن الفراغ الأمني بين قوات البيشمركة والقوات الاتحادية في المناطق "
            "المتنازع عليها ما زال يمثل \"الثغرة الأخطر\" التي يستغلها تنظيم داعش، فيما وصف "
            "مراكز التنسيق المشتركة الستة بأنها \"حبر على ورق\".\n\nوقال النائب في حديث "
            "للسومرية نيوز، إن \"الهجمات الأخيرة في وادي الشاي وسليمان بيك وقره تبة أودت بحياة "
            "عدد من المنتسبين، وجميعها وقعت في مناطق لا تخضع لسيطرة واضحة من أي طرف\"، مبيناً "
            "أن \"مراكز التنسيق في بغداد وأربيل وكركوك ونينوى وديالى ومخمور تعقد اجتماعاتها، "
            "لكن لا أثر لها على الأرض\".\n\nوأضاف أن \"الألوية المشتركة التي اتُّفق على تشكيلها "
            "منذ سنوات لم يكتمل منها سوى جزء بسيط، وما زالت الخلافات قائمة حول القيادة "
            "والتمويل\"، مطالباً رئيس الوزراء بـ\"حسم هذا الملف قبل نهاية العام\".\n\nوأشار إلى "
            "أن \"أهالي القرى في أطراف داقوق والدبس والحويجة يعيشون في خوف دائم، وكثير منهم "
            "هجروا أراضيهم الزراعية بسبب التهديدات\".\n\nوكانت قيادة العمليات المشتركة قد أعلنت "
            "في حزيران الماضي بدء انتشار أول لواء مشترك في منطقة قرجوغ بقضاء مخمور، على أن "
            "يستكمل الانتشار في كركوك وديالى لاحقاً.\n",
            "2026-08-25", ()),
)  # fmt: skip
