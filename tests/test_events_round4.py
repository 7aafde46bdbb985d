"""Events, fourth round on fresh text (issue 16): 'still' is no negation (لا تزال المعارك), a count after
بينهم is part of the count before it, an event noun after منفذي/ضحايا happened whatever threat governs
it, an accusative masdar (احتجاجا على) is the aim of the protest before it, an imperfect result verb
(تؤدي إلى) tells a consequence that may follow, figurative and non-lethal compounds (انفجار الأوضاع،
قنابل مسيلة للدموع، أرض المعركة), a line-up's heading (للهجوم:), and an attack of no named kind told
just before its weapon. Each rule has a positive and a negative.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from conftest import events_of, only_event


def test_la_tazal_is_still_not_a_negation(nlp):
    clash = only_event(events_of(nlp, "ولا تزال الاشتباكات مستمرة بين الجيش والمسلحين في مدينة تعز."), "armed_clash")
    assert clash["modality"] == "asserted"


def test_la_before_a_trigger_still_denies(nlp):
    clash = only_event(events_of(nlp, "وقال الجيش إنه لا اشتباكات في مدينة تعز منذ يومين."), "armed_clash")
    assert clash["modality"] == "denied"


def test_a_count_after_baynahum_is_part_of_the_toll_before_it(nlp):
    shelling = only_event(events_of(nlp, "وقال الأطباء إن أكثر من 50 شخصا بينهم 12 طفلا قتلوا في القصف على مدينة حماة."),
                    "shelling")
    assert shelling["killed"]["value"] == 50


def test_a_part_count_gives_no_toll_of_its_own(nlp):
    bombing = only_event(events_of(nlp, "قتل 30 شخصا بينهم 5 نساء وأصيب 40 آخرون في تفجير سيارة مفخخة في بغداد."),
                   "bombing")
    assert bombing["killed"]["value"] == 30
    assert bombing["injured"]["value"] == 40


def test_an_attack_after_its_perpetrators_happened(nlp):
    attack = only_event(events_of(nlp, "توعدت الحكومة بملاحقة منفذي الهجوم على مدينة الموصل."), "attack")
    assert attack["modality"] == "asserted"


def test_a_threatened_attack_stays_threatened(nlp):
    attack = only_event(events_of(nlp, "توعدت الجماعة بشن هجوم على مدينة الموصل."), "attack")
    assert attack["modality"] == "threatened"


def test_ihtijajan_is_the_aim_of_the_protest_before_it(nlp):
    events = events_of(nlp, "وخرجت التظاهرات في عدة مناطق في الضفة الغربية يوم الاثنين احتجاجا على نقل "
                            "السفارة إلى القدس.")
    assert len(only_event(events, "protest")["mentions"]) == 2


def test_ihtijajan_alone_is_the_protest(nlp):
    # خرج is no trigger: the adverb is all that tells the protest
    protest = only_event(events_of(nlp, "خرج الآلاف في شوارع مدينة عمان احتجاجا على رفع الأسعار."), "protest")
    assert protest["trigger"]["text"] == "احتجاجا"


def test_two_protests_in_two_sentences_stay_two(nlp):
    events = events_of(nlp, "تظاهر المئات في مدينة صفاقس أمس. وفي مدينة قابس خرج العشرات احتجاجا على البطالة.")
    assert len([event for event in events if event["type"] == "protest"]) == 2


def test_an_imperfect_result_verb_tells_no_arrest(nlp):
    events = events_of(nlp, "عرضت الحكومة مكافأة لمن يدلي بمعلومات تؤدي إلى اعتقال القيادي خالد حسن.")
    assert [event for event in events if event["type"] == "arrest"] == []


def test_a_perfect_result_verb_keeps_its_event(nlp):
    events = events_of(nlp, "داهمت الشرطة منزلا في مدينة طنطا ما أدى إلى اعتقال القيادي خالد حسن.")
    assert only_event(events, "arrest")


def test_figurative_and_riot_control_compounds_are_no_bombing(nlp):
    assert events_of(nlp, "وحذر الوزير من انفجار الأوضاع في المنطقة.") == []
    events = events_of(nlp, "أطلقت الشرطة قنابل مسيلة للدموع على المحتجين في مدينة البصرة.")
    assert [event for event in events if event["type"] == "bombing"] == []
    assert only_event(events_of(nlp, "انفجرت قنبلة في سوق مدينة البصرة وقتل 3 أشخاص."), "bombing")


def test_ard_al_maaraka_is_the_battlefield(nlp):
    events = events_of(nlp, "يترك الحرس الثوري جنوده دون حماية في أرض المعركة.")
    assert [event for event in events if event["type"] == "armed_clash"] == []


def test_a_line_up_heading_is_no_attack(nlp):
    text = ("تشكيلة المنتخب: حارس المرمى: أحمد علي، للدفاع: سالم خالد، ماجد حسن، عمر سعيد، للوسط: ياسر "
            "محمود، فهد ناصر، للهجوم: علي مبخوت، أحمد خليل.")
    assert events_of(nlp, text) == []


def test_an_attack_told_again_with_its_weapon_is_one_bombing(nlp):
    events = events_of(nlp, "استهدف هجوم إرهابي مسجدا في مدينة أبها أمس. وأكد شهود أن انتحاريا فجر نفسه بحزام "
                            "ناسف داخل المسجد.")
    assert [event["type"] for event in events] == ["bombing"]


def test_an_attack_and_a_strike_by_other_doers_stay_two(nlp):
    events = events_of(nlp, "هاجم مسلحون حاجزا للجيش في قرية الحسينية. وقصفت الطائرات الحربية القرية بعد ساعات.")
    assert sorted(event["type"] for event in events) == ["airstrike", "attack"]


def test_an_alleged_killing_told_again_as_done_is_one(nlp):
    text = ("يشتبه في أن الرجل ضحية اغتيال في مدينة ألمير. ووقعت جريمة القتل في حي سكني هادئ في مدينة "
            "ألمير الشهر الماضي.")
    assert len(only_all(events_of(nlp, text), "killing")) == 1


def only_all(events: list[dict], kind: str) -> list[dict]:
    return [event for event in events if event["type"] == kind]


def test_a_shooting_that_kills_is_a_killing(nlp):
    killing = only_event(events_of(nlp, "أطلق مسلحون النار على سيارة في مدينة القصرين مما أدى إلى مقتل شخصين."), "killing")
    assert killing["killed"]["value"] == 2


def test_a_shooting_that_wounds_stays_an_attack(nlp):
    attack = only_event(events_of(nlp, "أطلق مسلحون النار على دورية في مدينة القصرين مما أدى إلى إصابة 3 جنود."), "attack")
    assert attack["injured"]["value"] == 3


def test_every_year_with_the_present_is_a_habit(nlp):
    events = events_of(nlp, "وقالت الحركة إن القوات الأمنية تقوم خلال شهر رمضان من كل عام بحملة اعتقالات "
                            "تستهدف الناشطين في مدينة الأحواز.")
    assert [event for event in events if event["type"] == "arrest"] == []


def test_this_year_with_the_past_is_an_event(nlp):
    events = events_of(nlp, "شنت القوات الأمنية حملة اعتقالات في مدينة الأحواز في عيد الفطر من هذا العام.")
    assert only_event(events, "arrest")["places"] == ["الأهواز"]  # the place by its record name (الأحواز is an alias)


def test_a_place_in_a_bracketed_gloss_is_not_the_events(nlp):
    clash = only_event(events_of(nlp, "اندلعت معارك شرسة الأحد بين الجيش وقوات المعارضة (تحالف فصائل تدعمه أنقرة) "
                                "في ريف مدينة حلب."), "armed_clash")
    assert clash["places"] == ["حلب"]


def test_a_threat_noun_with_tanwin_makes_it_threatened(nlp):
    killing = only_event(events_of(nlp, "ووجه وزير الدفاع تهديدا مبطنا باغتيال العلماء في مدينة طهران."), "killing")
    assert killing["modality"] == "threatened"
    killing = only_event(events_of(nlp, "واغتال مسلحون العالم النووي في مدينة طهران أمس."), "killing")
    assert killing["modality"] == "asserted"


def test_one_of_a_series_is_not_the_series(nlp):
    text = ("تعرضت مدينة عدن لهجمات تبناها تنظيم داعش. وأعلنت الوزارة أن حصيلة الهجوم الذي استهدف بسيارة "
            "مفخخة مقرا أمنيا في مدينة عدن بلغت 3 قتلى.")
    assert sorted(event["type"] for event in events_of(nlp, text)) == ["attack", "bombing"]


def test_a_ground_offensive_and_a_series_of_strikes_stay_two(nlp):
    text = ("شنت القوات الحكومية هجوما واسعا على مدينة زبيد. وتزامن ذلك مع شن مقاتلات التحالف سلسلة غارات "
            "على مواقع المسلحين.")
    assert sorted(event["type"] for event in events_of(nlp, text)) == ["airstrike", "attack"]


def test_fi_siyaq_akhar_opens_another_event(nlp):
    text = ("اندلعت اشتباكات بين المسلحين في مدينة الحديدة أمس. وفي سياق آخر، تجددت الاشتباكات بين المسلحين "
            "أمس.")
    assert len(only_all(events_of(nlp, text), "armed_clash")) == 2


def test_ihtajja_lada_is_a_complaint_not_a_protest(nlp):
    assert events_of(nlp, "وقال السفير إنه احتج لدى وزارة الخارجية على طرد الدبلوماسيين.") == []
    assert only_event(events_of(nlp, "احتج مئات العمال أمام مقر الوزارة في مدينة تونس."), "protest")


def test_daaba_ala_is_a_habit(nlp):
    assert events_of(nlp, "ودأبت الميليشيات على استهداف المدنيين في مدينة الحديدة.") == []


def test_a_comparison_with_ka_annama_is_no_bombing(nlp):
    assert events_of(nlp, "يبدو الجسم كأنما قنبلة يدوية انفجرت به.") == []


def test_kana_qad_is_no_comparison(nlp):
    # كأن and كان are one word once hamza is dropped: only كأنما and كأنه are read as a comparison
    assert only_event(events_of(nlp, "والذين كان قد تم اعتقالهم أمس الأول في مدينة الخليل."), "arrest")


def test_a_warrant_is_no_arrest(nlp):
    assert events_of(nlp, "وأصدرت السلطات مذكرة اعتقال بحق الرجل في مدينة تونس.") == []
    assert only_event(events_of(nlp, "واعتقلت السلطات الرجل في مدينة تونس أمس."), "arrest")


def test_the_big_bang_is_no_bombing(nlp):
    assert events_of(nlp, "وقع الانفجار العظيم الذي بدأ به الكون قبل 13.8 مليار سنة.") == []


def test_helicopters_make_an_airstrike(nlp):
    assert only_event(events_of(nlp, "قصفت مروحيات التحالف مواقع المسلحين في مدينة حجة."), "airstrike")


def test_a_permission_tells_no_strike(nlp):
    text = "وافقت تركيا على السماح للجيش الأمريكي بشن ضربات جوية على مواقع التنظيم من قاعدة إنجرليك."
    assert [event for event in events_of(nlp, text) if event["type"] == "airstrike"] == []


def test_an_attack_coordinated_with_criticism_is_words(nlp):
    assert events_of(nlp, "وتعرض اللاعب للانتقاد والهجوم من الجماهير.") == []
    assert only_event(events_of(nlp, "وتعرض الحاجز لهجوم بالأسلحة في مدينة العريش."), "attack")


def test_a_charge_names_no_killing(nlp):
    events = events_of(nlp, "واعتقل الرجل بتهمة القتل في مدينة تونس.")
    assert [event["type"] for event in events] == ["arrest"]


def test_prisoners_escaping_are_no_displacement(nlp):
    assert events_of(nlp, "فرار أكثر من 600 أسير من معسكر تريبلينكا.") == []
    assert only_event(events_of(nlp, "فرار أكثر من 600 مدني من مدينة تلعفر بسبب القصف."), "displacement")


def test_a_shooting_that_leaves_one_dead_is_a_killing(nlp):
    assert only_event(events_of(nlp, "أطلق مهاجمان النار على الرجل في مدينة ألمير فأردياه قتيلا."), "killing")
    assert only_event(events_of(nlp, "أطلق مهاجمان النار على الرجل من مسافة قريبة، فأردياه قتيلا في مدينة ألمير."),
                "killing")


def test_a_shooting_with_no_dead_stays_an_attack(nlp):
    text = "وأطلق الجنود النار في الهواء لتفريق المحتجين، ولم يسجل سقوط قتلى في مدينة البصرة."
    assert only_event(events_of(nlp, text), "attack")
    assert only_event(events_of(nlp, "أطلق الجنود النار على المحتجين دون سقوط قتلى في مدينة البصرة."), "attack")


def test_khatafa_al_anzar_is_an_idiom(nlp):
    assert events_of(nlp, "خطف اللاعب الأنظار في المباراة.") == []
    assert only_event(events_of(nlp, "خطف مسلحون الصحفي في مدينة الموصل."), "attack")


def test_a_toll_with_the_wounded_after_their_number(nlp):
    bombing = only_event(events_of(nlp, "وأسفر التفجير في سوق مدينة الحلة عن 12 قتيلا والجرحى 30."), "bombing")
    assert (bombing["killed"]["value"], bombing["injured"]["value"]) == (12, 30)


def test_a_noun_with_wa_after_a_number_opens_the_next_toll(nlp):
    shelling = only_event(events_of(nlp, "وبلغ عدد القتلى في القصف على مدينة دوما 25 والجرحى 40."), "shelling")
    assert (shelling["killed"]["value"], shelling["injured"]["value"]) == (25, 40)


def test_a_toll_noun_far_before_its_number(nlp):
    attack = only_event(events_of(nlp, "وارتفع عدد قتلى الهجوم على السوق في مدينة الحلة إلى 15 شخصا."), "attack")
    assert attack["killed"]["value"] == 15
    assert attack["injured"] is None


def test_a_count_of_strikes_is_no_toll(nlp):
    events = events_of(nlp, "شنت الطائرات 15 غارة على مدينة الحلة ولم يبلغ عن إصابات.")
    assert only_event(events, "airstrike")["killed"] is None


def test_a_bombardment_then_its_aircraft_is_one_airstrike(nlp):
    text = ("أصيب 18 فلسطينيا في قصف إسرائيلي استهدف مركزا ثقافيا غرب مدينة غزة. وذكرت الوكالة أن طائرات "
            "الاحتلال قصفت المبنى المكون من 5 طوابق.")
    assert [event["type"] for event in events_of(nlp, text)] == ["airstrike"]


def test_shelling_by_a_named_force_then_air_strikes_stay_two(nlp):
    text = "قصف الجيش مواقع المسلحين في مدينة حماة. وشنت الطائرات الحربية غارات على مدينة حماة."
    assert sorted(event["type"] for event in events_of(nlp, text)) == ["airstrike", "shelling"]
    text = "قصفت المدفعية بقذائف الهاون مدينة حماة صباحا. وشنت الطائرات الحربية غارة على مدينة حماة."
    assert sorted(event["type"] for event in events_of(nlp, text)) == ["airstrike", "shelling"]


def test_a_bombing_in_a_country_then_in_a_town_of_it_is_one(nlp):
    text = ("قتل جنديان في انفجار سيارة مفخخة عند مرور قافلة عسكرية جنوب شرق تركيا. وقال المحافظ إن سيارة "
            "مفخخة انفجرت في بلدة ليجي عند مرور الجنود.")
    assert len(only_all(events_of(nlp, text), "bombing")) == 1


def test_a_bombing_in_a_country_then_in_a_town_of_another_stays_two(nlp):
    text = "انفجرت سيارة مفخخة في سوريا أمس. وفي مدينة بغداد انفجرت سيارة مفخخة قرب سوق شعبي."
    assert len(only_all(events_of(nlp, text), "bombing")) == 2


def test_tear_gas_grenades_are_no_bombing(nlp):
    for text in ("أطلقت الشرطة قنابل غاز على المحتجين في مدينة البصرة.",
                 "أطلقت الشرطة قنابل الغاز المسيل للدموع على المحتجين في مدينة البصرة."):
        assert [event for event in events_of(nlp, text) if event["type"] == "bombing"] == []


def test_gas_grenades_with_a_chemical_agent_are_a_chemical_attack(nlp):
    assert only_event(events_of(nlp, "أطلقت قوات النظام قنابل غاز الكلور على مدينة دوما."), "chemical_attack")


def test_smuggled_rockets_are_no_shelling(nlp):
    text = "يرى التحالف في الميناء منطلقا لعمليات عسكرية ولتهريب الصواريخ التي تطلق على السعودية."
    assert [event for event in events_of(nlp, text) if event["type"] == "shelling"] == []


def test_a_noun_joined_to_a_charge_names_no_event(nlp):
    for text in ("واقتادت الميليشيات عشرة من عناصرها بتهمة التفريط والفرار من جبهة الساحل.",
                 'واقتادت الميليشيات عشرة من عناصرها بتهمة "التفريط والفرار" من جبهة الساحل.'):
        assert [event for event in events_of(nlp, text) if event["type"] == "displacement"] == []
    assert only_event(events_of(nlp, "وفر آلاف السكان من مدينة الحديدة والفرار مستمر."), "displacement")


def test_a_strike_held_as_an_object_is_no_aim(nlp):
    text = "ونظم التجار إضرابا عاما في سوق مدينة طهران، وسيروا مظاهرات في مدينة تبريز."
    assert len(only_all(events_of(nlp, text), "protest")) == 2


def test_a_strike_in_a_country_then_a_later_one_in_its_capital_stays_two(nlp):
    text = ("وقبل الثورة دعم التجار المتظاهرين وأعلنوا إضرابا شاملا شل الحركة في إيران. وبعد الثورة أدرك "
            "النظام قوة التجار. وفي عام 2009 نظم التجار إضرابا عاما في سوق مدينة طهران.")
    assert len(only_all(events_of(nlp, text), "protest")) == 2
