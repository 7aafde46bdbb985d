"""Events, eighth round (issue 16): one event told with its report day and its event day. A date in the
attribution that closes the trigger's clause (بحسب ما ذكرته وسائل إعلام السبت، حسبما أوردت الوكالة
اليوم) is the day the source told it; a date past a relative pronoun after the trigger (الذي قتل في
غارة في 3 أيار) is the relative clause's deed; a month agrees with a day inside it; an attack of no
named kind by a strike's perpetrator, in its town, on its day, is that strike told again. Each rule has
a negative: two events of one type in one article stay two.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from conftest import events_of

from extract.extractors.events import _month_holds_day

PUBLISHED = "2021-06-12"  # a Saturday


def of_type(nlp, text: str, kind: str) -> list[dict]:
    return [event for event in events_of(nlp, text, published=PUBLISHED) if event["type"] == kind]


def test_a_date_in_the_closing_attribution_is_the_report_day(nlp):
    text = ("قتل خمسة مسلحين في غارة جوية شنتها طائرات الجيش على بلدة الحصن، بحسب ما ذكرته وسائل إعلام السبت. "
            "وجاءت الغارة مساء الجمعة على البلدة.")
    found = of_type(nlp, text, "airstrike")
    assert len(found) == 1
    assert found[0]["date"]["value"] == "2021-06-11"  # the event day told later, not the report's Saturday


def test_a_report_day_weeks_after_a_strike_in_an_attribution_keeps_two_strikes(nlp):
    text = ("قتل خمسة مسلحين في غارة جوية على بلدة الحصن، بحسب ما ذكرته وسائل إعلام السبت. "
            "وكانت غارة جوية على البلدة قد وقعت في 2 أيار/مايو.")
    assert len(of_type(nlp, text, "airstrike")) == 2


def test_a_date_past_a_relative_pronoun_is_the_relative_clause_s_own(nlp):
    text = ("شيع آلاف اليوم القائد سالم الحداد الذي قتل في غارة جوية على مدينة الحصن في 3 أيار/مايو، "
            "وذلك بعد غارة جوية على المدينة مساء الجمعة.")
    dates = sorted(event["date"]["value"] for event in of_type(nlp, text, "airstrike"))
    assert dates == ["2021-05-03", "2021-06-11"]


def test_a_month_agrees_with_a_day_inside_it_but_not_with_another_month():
    assert _month_holds_day("2021-05", "2021-05-03")
    assert _month_holds_day("2021-05-03", "2021-05")
    assert not _month_holds_day("2021-04", "2021-05-03")
    assert not _month_holds_day("2021", "2021-05-03")  # a year is too wide to tell one event
    assert not _month_holds_day("2021-05-03", "2021-05-04")


def test_an_attack_by_the_strike_s_doer_in_its_town_on_its_day_is_the_strike(nlp):
    text = ("شنت طائرات التحالف العربي مساء الجمعة غارة جوية على مدينة الحصن. "
            "ومساء الجمعة استهدف التحالف العربي مبنى حكوميا في مدينة الحصن.")
    found = events_of(nlp, text, published=PUBLISHED)
    assert [event["type"] for event in found] == ["airstrike"]


def test_an_attack_on_another_day_or_by_another_doer_stays_apart(nlp):
    other_day = ("شنت طائرات التحالف العربي مساء الجمعة غارة جوية على مدينة الحصن. "
                 "وفي 2 أيار/مايو استهدف التحالف العربي مبنى حكوميا في مدينة الحصن.")
    assert len(events_of(nlp, other_day, published=PUBLISHED)) == 2
    other_doer = ("شنت طائرات التحالف العربي مساء الجمعة غارة جوية على مدينة الحصن. "
                  "ومساء الجمعة استهدف مسلحون مجهولون حاجزا للشرطة في مدينة الحصن.")
    assert len(events_of(nlp, other_doer, published=PUBLISHED)) == 2


# --- police seizures (ضبط) and stings (كمين) ---

def test_a_seizure_of_people_is_an_arrest(nlp):
    assert [e["type"] for e in events_of(nlp, "وتمكنت دورية من ضبط 3 متهمين بترويج المخدرات في حي الزهور.")] == ["arrest"]
    assert [e["type"] for e in events_of(nlp, "وتم ضبط شخص يحمل سلاحا في محطة القطار.")] == ["arrest"]


def test_a_seizure_of_goods_or_a_controlling_is_no_arrest(nlp):
    assert events_of(nlp, "وتمكنت الجمارك من ضبط 3 أطنان من المخدرات في الميناء.") == []
    assert events_of(nlp, "ودعا الوزير إلى ضبط الأسعار في الأسواق.") == []
    assert events_of(nlp, "وأشاد المدرب باللاعب بعد ضبطه إيقاع اللعب في الشوط الثاني.") == []


def test_an_ambush_laid_for_a_suspect_before_his_arrest_is_the_arrest(nlp):
    text = "ونصب أعوان الأمن كمينا للمشتبه به قبل أن يتم ضبطه متلبسا بتسلم الرشوة."
    assert [e["type"] for e in events_of(nlp, text)] == ["arrest"]


def test_fighters_ambush_before_an_abduction_stays_an_attack(nlp):
    text = "ونصب مسلحون كمينا لدورية للجيش قرب البلدة واعتقلوا جنديين."
    assert sorted(e["type"] for e in events_of(nlp, text)) == ["arrest", "attack"]


# --- the habitual present in a quote ---

def test_a_quoted_present_with_only_a_country_says_what_they_do(nlp):
    assert events_of(nlp, "وقال المسؤول «إنهم يستهدفون الأكراد في تركيا».") == []
    assert events_of(nlp, "وقال المسؤول «إن مقاتلي التنظيم يهاجمون القرى في العراق».") == []


def test_a_quoted_present_with_a_town_is_the_fighting_told(nlp):
    found = events_of(nlp, "وقال المسؤول «إن مقاتلي التنظيم يهاجمون الآن قرية الحمدانية».")
    assert [e["type"] for e in found] == ["attack"]
    found = events_of(nlp, "وقال المسؤول «إنهم يقصفون مدينة حلب الآن بالمدفعية».")
    assert [e["type"] for e in found] == ["shelling"]


# --- an event noun called daily or repeated ---

def test_an_event_noun_called_daily_or_repeated_is_a_habit(nlp):
    assert events_of(nlp, "وقال الناطق «إن عمليات القتل الإسرائيلية اليومية للمواطنين هدفها ضرب الاستقرار».") == []
    assert events_of(nlp, "وأدان الوزير الاعتداءات المتكررة على المصلين في المدينة.") == []


def test_the_latest_attack_on_the_same_people_is_an_event(nlp):
    found = events_of(nlp, "وأدان الوزير الاعتداء الأخير على المصلين في مدينة الخليل.")
    assert [e["type"] for e in found] == ["attack"]


# --- a present verb describing a superlative ---

def test_a_present_verb_after_a_superlative_ranks_no_event(nlp):
    assert events_of(nlp, "وكان الصماد أكبر مسؤول في الجماعة يقتل منذ بداية النزاع.") == []


def test_a_present_verb_with_no_superlative_is_the_fighting_told(nlp):
    found = events_of(nlp, "وقال إن المسلحين يهاجمون الآن قرية الحمدانية.")
    assert [e["type"] for e in found] == ["attack"]
    found = events_of(nlp, "وقتل ثلاثة في أعنف قصف تشهده المدينة.")  # a superlative before a noun keeps it
    assert [e["type"] for e in found] == ["shelling"]
