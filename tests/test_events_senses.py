"""Events on unseen text (issue 16, round evz): a trigger's sense read from its own clause and arguments,
never from the article's topic. A playing position (سيلعب ميسي في الهجوم), a player suspended (إيقاف
المهاجم), a setback (ضربة قاسية with no armed force in the sentence), a career (مسيرة حافلة) and وفّر
'provided' (وفرت 40%، وفر للعائلات) are no events; a habit told in two words (على الدوام، بين الحين والآخر)
or with دأب ... على is none either; a strike scheduled (المزمع تنفيذه) or postponed (تأجيل) is threatened, and
protests a party warns of (حذر من اندلاع احتجاجات) are not told. Each rule has a negative that keeps a real
event: an attack a suspect played a part in, an air strike called painful, a march, people who fled, a strike
held, a shelling after which a warning was given.

Every sentence here was written for these tests; the main branch lists an event in each of the sentences
asserted here to have none.
"""

from __future__ import annotations

from conftest import events_of


def of_type(nlp, text: str, kind: str) -> list[dict]:
    return [event for event in events_of(nlp, text) if event["type"] == kind]


def test_an_attack_noun_after_play_fi_is_a_playing_position(nlp):
    assert not of_type(nlp, "سيلعب أغويرو وميسي في الهجوم أمام كرواتيا يوم الخميس.", "attack")
    assert not of_type(nlp, "يأمل رونالدو أن يلعب بجوار نجم آخر في الهجوم.", "attack")
    # negative: a part played in an attack is the attack's
    assert of_type(nlp, "لعب المتهم دورا في الهجوم على السفارة في بغداد.", "attack")


def test_a_player_after_a_suspension_noun_is_suspended_not_arrested(nlp):
    assert not of_type(nlp, "رفعت اللجنة مدة إيقاف المهاجم الدولي إلى ستة أشهر.", "arrest")
    assert of_type(nlp, "أعلنت الشرطة توقيف المتهم بقتل الحارس في صفاقس.", "arrest")


def test_a_painful_blow_with_no_armed_force_is_a_setback(nlp):
    assert not events_of(nlp, "تعرض ليفربول لضربة قاسية أخرى بإصابة قائده.")
    # negative: aircraft in the sentence make the painful blow a strike
    found = events_of(nlp, "وجهت الطائرات ضربة موجعة لمواقع المسلحين قرب إدلب.")
    assert [event["type"] for event in found] == ["airstrike"]


def test_a_career_adjective_makes_masira_a_career(nlp):
    assert not of_type(nlp, "الفنانة التي ولدت في تونس عام 1975 كانت لها مسيرة حافلة، حيث عملت مغنية ثم اتجهت "
                            "إلى التمثيل.", "protest")
    assert not of_type(nlp, "كتب معجب أن الهزيمة أنهت مسيرة النجم الدولية، فرد عليه الآلاف من عشاقه.", "protest")
    assert of_type(nlp, "شارك الآلاف في مسيرة حاشدة وسط العاصمة للمطالبة برحيل الحكومة.", "protest")


def test_waw_fa_ra_with_no_people_fleeing_is_provided(nlp):
    assert not of_type(nlp, "وفرت المحطة 40% من حاجة المدينة للكهرباء في عام 2019.", "displacement")
    assert not of_type(nlp, "وهو ما وفر للعائلات دخلا إضافيا.", "displacement")
    # negative: people as the bare subject fled
    found = of_type(nlp, "وفر آلاف السكان من القرية بعد القصف.", "displacement")
    assert found and found[0]["targets"] == ["سكان"]


def test_a_habit_in_two_words_or_with_daaba_tells_no_event(nlp):
    assert not events_of(nlp, "تتعرض قرى الحدود على الدوام لقصف مدفعي من الجانب الآخر.")
    assert not of_type(nlp, "ردت الشرطة على هجمات ينفذها المسلحون بين الحين والآخر في المنطقة.", "attack")
    assert not of_type(nlp, "دأبت قوات الأمن والجيش التركيين على استهداف مواقع الحزب وملاحقة عناصره في الجنوب.",
                       "attack")
    # negative: the attacks done on a day, with the perfect light verb
    found = of_type(nlp, "ردت القوات على هجمات نفذها المسلحون أمس في ماردين.", "attack")
    assert found and found[0]["places"] == ["ماردين"]


def test_a_scheduled_or_postponed_strike_is_threatened(nlp):
    scheduled = of_type(nlp, "أعلنت البلدية أن الإضراب المزمع تنفيذه الأسبوع المقبل سيشمل كل المصالح.", "protest")
    postponed = of_type(nlp, "قررت النقابة تأجيل الإضراب إلى ما بعد اللقاء مع الوزير.", "protest")
    assert [event["modality"] for event in scheduled + postponed] == ["threatened", "threatened"]
    held = of_type(nlp, "نفذ عمال الميناء إضرابا عن العمل اليوم.", "protest")
    assert [event["modality"] for event in held] == ["asserted"]


def test_protests_warned_of_are_not_told(nlp):
    assert not of_type(nlp, "حذر حزب المعارضة من اندلاع احتجاجات واسعة في الجنوب.", "protest")
    # negative: a warning given after a shelling leaves the shelling told
    found = of_type(nlp, "حذرت المنظمة من كارثة إنسانية بعد القصف الذي استهدف المدينة أمس.", "shelling")
    assert [event["modality"] for event in found] == ["asserted"]


def test_a_team_s_attack_in_a_sentence_with_a_goal_is_play(nlp):
    assert not events_of(nlp, "وفي الدقائق الأخيرة كثف الضيوف هجومهم ونجحوا في تسجيل هدفين.")
    assert not events_of(nlp, "ولم يتوقف هجوم الوحدة وأهدر لاعبه البديل هدفا محققا.")
    # negatives: an attack with no owner, done beside a goal scored, stays an attack
    assert of_type(nlp, "وشن مسلحون هجوما على حاجز للجيش بعد تسجيل الهدف الثاني.", "attack")
    assert of_type(nlp, "وقع هجوم مسلح على الحافلة بعد تسجيل الهدف الأول.", "attack")


def test_positions_and_idioms_of_match_reports_are_no_events(nlp):
    assert not events_of(nlp, "سيبدأ المهاجم الشاب أساسيا في الهجوم يوم السبت.")
    assert not events_of(nlp, "إلى جانب قلب هجوم الفريق الإيطالي.")
    assert not events_of(nlp, "تأهل الفريق ليضرب موعدا مع ريال مدريد في النهائي.")
    # negative: a village attacked, its dead counted
    found = of_type(nlp, "هاجم مسلحون القرية فجر اليوم وقتلوا خمسة من سكانها.", "attack")
    assert found and found[0]["killed"]["value"] == 5


def test_an_attack_on_a_policy_or_a_trade_is_criticism(nlp):
    assert not events_of(nlp, "وصفت الحكومة القرار بأنه هجوم خطير على التجارة الحرة.")
    assert not of_type(nlp, "قاد الوزير هجوما شنته أحزاب المعارضة ضد سياسة الحكومة الاقتصادية.", "attack")
    # negative: the first على is a village, so the attack is one
    assert of_type(nlp, "شن المسلحون هجوما على القرية ضد سياسة التهجير كما قالوا.", "attack")


def test_talks_aimed_at_a_change_and_money_fleeing_are_no_events(nlp):
    assert not events_of(nlp, "بعد جولة من المفاوضات التي استهدفت مراجعة الاتفاقية التجارية بين البلدين.")
    assert not events_of(nlp, "تسارع نزوح الاستثمارات عن البلاد بسبب الأزمة.")
    # negatives: a strike aimed at a building, people fleeing
    assert of_type(nlp, "استهدفت غارة جوية مقر الحزب في المدينة.", "airstrike")
    assert of_type(nlp, "تسارع نزوح السكان عن البلدة بسبب القصف.", "displacement")


def test_an_attack_with_the_same_dead_and_wounded_as_a_bombing_is_that_bombing(nlp):
    found = events_of(nlp, "انفجرت سيارة مفخخة صباح الأحد قرب سوق المدينة في بغداد مما أسفر عن مقتل سبعة أشخاص "
                           "وإصابة 20 آخرين. وأعلن تنظيم داعش مسؤوليته عن هجوم الأحد. وقال مسؤول في الشرطة إن سبعة "
                           "أشخاص قتلوا في الهجوم وأصيب 20.")
    assert [(event["type"], event["actors"], event["killed"]["value"]) for event in found] == [("bombing", ["داعش"], 7)]
    # negative: another attack with a toll of its own stays apart
    found = events_of(nlp, "انفجرت سيارة مفخخة صباح الأحد قرب سوق المدينة في بغداد مما أسفر عن مقتل سبعة أشخاص "
                           "وإصابة 20 آخرين. وفي هجوم آخر قتل ثلاثة أشخاص وأصيب أربعة في الموصل.")
    assert [event["type"] for event in found] == ["bombing", "attack"]


def test_strikes_stopped_or_refrained_from_and_lasting_since_a_year_are_not_told(nlp):
    assert not events_of(nlp, "توقفت الطائرات الروسية، التي تشن هجمات في سوريا منذ عام 2015، عن قصف مواقع المعارضة "
                              "في الجنوب.")
    assert not events_of(nlp, "امتنع الجيش عن اقتحام المدينة رغم الحصار.")
    # negatives: strikes since this morning, and a clash that stopped after it was fought
    assert of_type(nlp, "تشن الطائرات غارات على المدينة منذ صباح اليوم.", "airstrike")
    assert of_type(nlp, "وقعت اشتباكات بين الجيش والمسلحين ثم توقفت بعد ساعة.", "armed_clash")


def test_an_attack_noun_listed_with_threats_and_lies_is_no_event(nlp):
    assert not events_of(nlp, "وصلنا إلى الاتفاق بعد الكثير من العراقيل والهجمات والتهديدات والأكاذيب.")
    assert of_type(nlp, "وقعت هجمات على ثلاث قرى في الشمال أمس.", "attack")


def test_a_foiled_attack_is_not_told(nlp):
    assert not events_of(nlp, "أفشلت قوات البحرية الثلاثاء هجوما على ناقلة نفط في البحر الأحمر.")
    # negative: an attack that failed was still made
    assert of_type(nlp, "فشل الهجوم على المعسكر بعد أن قتل المسلحون ثلاثة جنود.", "attack")


def test_a_field_or_a_market_entered_is_no_storming(nlp):
    assert not events_of(nlp, "اقتحمت المغنية التمثيل بدور في مسلسل أمريكي.")
    assert not events_of(nlp, "تسعى الشركة إلى اقتحام السوق الأوروبية بسيارات كهربائية.")
    # negatives: forces storming a market after a clash, settlers storming a mosque
    assert of_type(nlp, "اقتحمت القوات السوق بعد اشتباكات مع المسلحين.", "attack")
    assert of_type(nlp, "اقتحم مستوطنون المسجد الأقصى صباح اليوم.", "attack")


def test_a_goal_snatched_is_no_kidnapping(nlp):
    assert not events_of(nlp, "ونجح البديل في خطف هدف الفوز في الدقائق الأخيرة.")
    assert not events_of(nlp, "وخطف البديل هدفا ثمينا في الدقائق الأخيرة.")
    assert of_type(nlp, "خطف مسلحون ثلاثة مهندسين شرق العاصمة.", "attack")


def test_a_hearing_put_off_leaves_the_attack_told(nlp):
    found = of_type(nlp, "قررت المحكمة تأجيل النظر في قضية الاعتداء على مقر الحزب في سوسة.", "attack")
    assert [event["modality"] for event in found] == ["asserted"]


def test_a_strike_in_response_is_another_event(nlp):
    found = events_of(nlp, "هاجم مسلحون مركزا للشرطة في المدينة، ورد الجيش بقصف مواقعهم في الجبل.")
    assert sorted(event["type"] for event in found) == ["attack", "shelling"]
    # negative: ردا على names the attack answered, the strikes are one event
    found = events_of(nlp, "شنت الطائرات غارات على مواقع المسلحين ردا على الهجوم الذي استهدف مركز الشرطة.")
    assert [event["type"] for event in found] == ["airstrike"]
