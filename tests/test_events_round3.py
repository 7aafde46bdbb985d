"""Events, third round on fresh text (issue 16): the masdar after أقدم على (its name is whom the deed
befell, the subject of أقدم did it) and tolls told by a toll noun (بلغت حصيلة القتلى ... 12). Each
rule has a positive and a negative.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from conftest import events_of, only_event


def test_name_after_aqdama_ala_qatl_is_the_victim(nlp):
    killing = only_event(events_of(nlp, "أقدم مسلح على قتل الصحفي أحمد سالم في مدينة الموصل."), "killing")
    assert "أحمد سالم" in killing["targets"]
    assert "أحمد سالم" not in killing["actors"]


def test_subject_of_aqdama_is_who_did_it(nlp):
    arrest = only_event(events_of(nlp, "أقدمت القوات الأمريكية على اعتقال القيادي خالد حسن في مدينة بعقوبة."),
                  "arrest")
    assert arrest["actors"] == ["القوات الأمريكية"]
    assert "خالد حسن" in arrest["targets"]


def test_the_verb_qatala_keeps_its_subject_after_it(nlp):
    killing = only_event(events_of(nlp, "قتل الجنود المتظاهر أحمد سالم أمس في مدينة الموصل."), "killing")
    assert "أحمد سالم" not in killing["actors"]
    killing = only_event(events_of(nlp, "وقتل الرجل زوجته في مدينة الموصل بعد شجار."), "killing")
    assert killing["type"] == "killing"


def test_the_name_ali_before_a_verb_is_no_preposition(nlp):
    # علي (the name, written with ي) before قتل leaves قتل a verb whose subject is the name before it
    killing = only_event(events_of(nlp, "وكان الشيخ محمد علي قتل حارسه في مدينة الموصل العام الماضي."), "killing")
    assert killing["type"] == "killing"


def test_toll_noun_with_the_dead_gives_the_count_after_it(nlp):
    attack = only_event(events_of(nlp, "بلغت حصيلة القتلى في الهجوم على السوق 12 شخصا في مدينة كركوك."), "attack")
    assert attack["killed"]["value"] == 12
    assert attack["injured"] is None


def test_toll_noun_with_the_wounded_gives_the_injured(nlp):
    shelling = only_event(events_of(nlp, "وبلغت حصيلة الجرحى في القصف على المدينة 30 شخصا بحسب الأطباء."), "shelling")
    assert shelling["injured"]["value"] == 30
    assert shelling["killed"] is None


def test_number_of_the_dead_rising_to_a_count(nlp):
    bombing = only_event(events_of(nlp, "ارتفع عدد القتلى في التفجير الانتحاري بمدينة كويتا إلى 25."), "bombing")
    assert bombing["killed"]["value"] == 25


def test_number_of_participants_is_no_toll(nlp):
    protest = only_event(events_of(nlp, "بلغ عدد المشاركين في المظاهرة في مدينة الرباط 5000 شخص."), "protest")
    assert protest["killed"] is None and protest["injured"] is None


def test_toll_noun_does_not_reach_past_a_comma(nlp):
    found = events_of(nlp, "وقالت الوزارة إن حصيلة القتلى غير معروفة، وشارك 300 شخص في المظاهرة في مدينة الرباط.")
    protest = only_event(found, "protest")
    assert protest["killed"] is None


def test_killing_undertaken_beside_a_strike_is_its_own_event(nlp):
    found = events_of(nlp, "وبعد إقدام عناصر من تنظيم داعش على قتل شرطيين في بلدة هيت، "
                           "شنت الطائرات غارات على مواقع التنظيم.")
    killing = only_event(found, "killing")
    assert killing["actors"] == ["داعش"]
    assert "هيت" in killing["places"]
    assert only_event(found, "airstrike")["killed"] is None


def test_killing_told_with_a_strike_stays_its_toll(nlp):
    found = events_of(nlp, "قتل ثلاثة شرطيين في غارة جوية على بلدة هيت.")
    assert [event["type"] for event in found] == ["airstrike"]
    assert found[0]["killed"]["value"] == 3


def test_stabbing_with_a_knife_is_an_attack(nlp):
    found = events_of(nlp, "طعن رجل مجهول شرطيا بسكين قرب محطة القطار في مدينة مرسيليا.")
    assert [event["type"] for event in found] == ["attack"]
    assert "مرسيليا" in found[0]["places"]


def test_stabbing_undertaken_is_an_attack(nlp):
    found = events_of(nlp, "أقدم شاب على طعن جاره بسكين في حي شعبي بمدينة وهران.")
    assert [event["type"] for event in found] == ["attack"]


def test_an_appeal_is_no_stabbing(nlp):
    assert events_of(nlp, "طعن المحامي في الحكم أمام محكمة الاستئناف في مدينة وهران.") == []
    assert events_of(nlp, "ويطعن الحزب في نتائج الانتخابات البلدية في مدينة وهران.") == []


def test_a_crashed_plane_exploding_is_no_bombing(nlp):
    assert events_of(nlp, "تحطمت طائرة عسكرية قرب مطار المدينة وانفجرت عند ارتطامها بالأرض في ولاية تكساس.") == []


def test_an_explosive_beside_an_accident_stays_a_bombing(nlp):
    found = events_of(nlp, "قتل خمسة في انفجار عبوة ناسفة عند مرور حافلة بعد حادث سير قرب مدينة كركوك.")
    assert [event["type"] for event in found] == ["bombing"]
    found = events_of(nlp, "قتل ثلاثة في انفجار قرب سوق مدينة كركوك.")
    assert [event["type"] for event in found] == ["bombing"] and found[0]["killed"]["value"] == 3


def test_a_dual_event_noun_counts_events_not_the_dead(nlp):
    bombing = only_event(events_of(nlp, "وفي الشهر الماضي، قتل انفجاران في مدينة كويتا 26 شخصا على الأقل."), "bombing")
    assert (bombing["killed"] or {}).get("value") != 2


def test_a_dual_of_people_is_the_toll(nlp):
    attack = only_event(events_of(nlp, "أسفر الهجوم على مدينة كويتا عن مقتل شخصين."), "attack")
    assert attack["killed"]["value"] == 2


def test_a_running_total_is_no_events_toll(nlp):
    found = events_of(nlp, "وبهجمات أمس على مدينة ماردين يرتفع إجمالي عدد القتلى في صفوف الشرطة إلى 60.")
    assert all(event["killed"] is None for event in found)
    found = events_of(nlp, "وارتفع عدد القتلى منذ بدء الهجوم على مدينة ماردين إلى 60.")
    assert all(event["killed"] is None for event in found)


def test_dual_of_a_person_noun_beside_a_killing_is_two_dead(nlp):
    bombing = only_event(events_of(nlp, "فجر انتحاري حزاما ناسفا قرب حاجز في حي الكرادة، فقتل جنديين."), "bombing")
    assert bombing["killed"]["value"] == 2
    shelling = only_event(events_of(nlp, "قتل طفلان وأصيب رجلان في قصف على بلدة كفرنبل."), "shelling")
    assert shelling["killed"]["value"] == 2 and shelling["injured"]["value"] == 2


def test_a_sound_plural_and_an_arrest_are_no_dual_toll(nlp):
    airstrike = only_event(events_of(nlp, "قتل 30 مدنيين في غارة على بلدة كفرنبل."), "airstrike")
    assert airstrike["killed"]["value"] == 30
    arrest = only_event(events_of(nlp, "اعتقلت الشرطة رجلين في مدينة كركوك."), "arrest")
    assert arrest["killed"] is None


def test_every_day_with_the_present_is_a_habit(nlp):
    assert events_of(nlp, "وقال الوزير: \"إن الاحتلال يقتل الأطفال ويهدم البيوت كل يوم\".") == []
    assert events_of(nlp, "وتقصف الطائرات الأحياء الشرقية من مدينة حلب كل ليلة.") == []


def test_every_day_with_the_past_still_tells_strikes(nlp):
    found = events_of(nlp, "وقصفت الطائرات كل يوم من أيام الأسبوع الماضي مواقع في مدينة حلب.")
    assert [event["type"] for event in found] == ["airstrike"]


def test_every_without_a_span_of_time_is_no_habit(nlp):
    found = events_of(nlp, "وتقصف الطائرات الآن كل المواقع في مدينة حلب.")
    assert [event["type"] for event in found] == ["airstrike"]


def test_a_count_of_protesters_killed_stays_the_toll(nlp):
    found = events_of(nlp, "وقُتل ثلاثة محتجين قرب حقل النفط في مدينة البصرة.")
    assert any((event["killed"] or {}).get("value") == 3 for event in found)


def test_the_town_named_by_its_kind_is_the_last_town_named(nlp):
    found = events_of(nlp, "قصفت الطائرات بلدة كفرنبل في ريف إدلب. وقتل ثلاثة مدنيين في قصف على البلدة.")
    assert found[-1]["places"] == ["كفر نبل"]


def test_the_town_is_the_last_introduced_with_the_same_noun(nlp):
    found = events_of(nlp, "اعتقلت الشرطة لصوصا في قرية البيضاء قرب العاصمة دمشق. "
                           "وفي المساء، قتل شاب في هجوم على القرية.")
    assert len(found[-1]["places"]) == 1 and "البيضاء" in found[-1]["places"][0]
    found = events_of(nlp, "زار الوزير بلدة كفرنبل. وقتل ثلاثة مدنيين في قصف على المدينة.")
    assert found[-1]["places"] == []


def test_an_event_with_its_own_place_keeps_it(nlp):
    found = events_of(nlp, "قصفت الطائرات بلدة كفرنبل. وفي مدينة حماة، قتل ثلاثة في قصف على المدينة.")
    assert "حماة" in found[-1]["places"] and "كفر نبل" not in found[-1]["places"]


def test_a_province_is_no_antecedent_town(nlp):
    found = events_of(nlp, "وتظاهر المئات في محافظة حمص. وفي اليوم التالي قتل شاب في هجوم على القرية.")
    assert all("حمص" not in event["places"] for event in found if event["type"] != "protest")


def test_a_bare_present_in_a_quote_is_what_someone_does(nlp):
    assert events_of(nlp, 'وقال الرئيس: "نحن لسنا خائفين، هم يهددون ويقتلون لأنهم خائفون".') == []
    assert events_of(nlp, 'وقال المتحدث: "إن الميليشيات تقصف المدنيين في كل مكان".') == []


def test_a_placed_present_or_a_past_in_a_quote_is_an_event(nlp):
    found = events_of(nlp, 'وقال شاهد: "الطائرات تقصف الآن الأحياء السكنية في مدينة حلب".')
    assert [event["type"] for event in found] == ["airstrike"]
    found = events_of(nlp, 'وقال شاهد: "قصفت الطائرات الحي فجرا".')
    assert [event["type"] for event in found] == ["airstrike"]


def test_a_bare_present_outside_a_quote_is_not_dropped_by_the_quote_rule(nlp):
    found = events_of(nlp, "وتقصف الطائرات الآن الأحياء السكنية.")
    assert [event["type"] for event in found] == ["airstrike"]


def test_a_pluperfect_dated_by_a_year_is_a_recalled_past(nlp):
    found = events_of(nlp, "قتل خمسة جنود في هجوم على حاجز في مدينة العريش. وكان مسلحون قد هاجموا في "
                           "العام الماضي مسجدا في مدينة بئر العبد فقتلوا أكثر من 300 مصل.")
    assert [event["type"] for event in found] == ["attack"]
    assert found[0]["places"] == ["العريش"]
    assert events_of(nlp, "وكانت الطائرات قد شنت في يونيو 2014 غارات على مدينة الموصل.") == []


def test_a_pluperfect_of_yesterday_or_qad_alone_is_still_told(nlp):
    found = events_of(nlp, "وكان مسلحون قد هاجموا أمس حاجزا للجيش في مدينة العريش.")
    assert [event["type"] for event in found] == ["attack"]
    found = events_of(nlp, "وقد شنت الطائرات في يونيو 2014 غارات على مدينة الموصل.")
    assert [event["type"] for event in found] == ["airstrike"]


def test_a_pluperfect_in_another_clause_does_not_reach_the_event(nlp):
    found = events_of(nlp, "وقال الوزير إن الحكومة كانت قد حذرت العام الماضي من هجمات، "
                           "وقتل أمس 20 شخصا في هجوم على سوق مدينة الموصل.")
    assert [event["type"] for event in found] == ["attack"]


def test_a_pluperfect_report_does_not_make_its_event_recalled(nlp):
    found = events_of(nlp, "وكانت المنظمة قد أكدت في تقرير العام الماضي أن الطائرات قصفت مدينة الموصل "
                           "وقتلت 20 شخصا.")
    assert [event["type"] for event in found] == ["airstrike"]
