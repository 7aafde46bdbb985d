"""Dates on unseen general news, round 6 (issue 16): each rule of extract/timex.py added in this round,
on sentences written for these tests, with negatives beside them (RECORD.md §4.1)."""

import pytest

from conftest import checked_record, time_values

PUBLISHED = "2017-04-24"  # a Monday


def values(text, published=PUBLISHED):
    return time_values(text, published)


def texts(text, published=PUBLISHED):
    from extract.timex import find_time_expressions

    return [item.text for item in find_time_expressions(text, published=published)]


@pytest.mark.parametrize("text, expected", [
    # a weekday with its adjective before the date it names is one expression, one value
    ("وتقام المباراة السبت القادم 29 أفريل بالملعب البلدي", ["2017-04-29"]),
    ("ويلتقي الفريقان الأحد المقبل 30 أبريل في العاصمة", ["2017-04-30"]),
    ("ووصل الوفد الأحد الماضي، 23 أفريل، إلى المدينة", ["2017-04-23"]),
    ("وقال يوم الخميس الماضي 20 أفريل 2017 إنه سيستقيل", ["2017-04-20"]),
])
def test_a_weekday_with_its_adjective_and_its_date_is_one_date(text, expected):
    assert values(text) == expected


def test_the_merged_span_holds_the_weekday_and_its_adjective():
    assert texts("وتقام المباراة السبت القادم 29 أفريل بالملعب") == ["السبت القادم 29 أفريل"]


def test_a_weekday_with_its_adjective_alone_still_resolves():
    assert values("وتقام المباراة السبت القادم بالملعب البلدي") == ["2017-04-29"]


@pytest.mark.parametrize("text", [
    "ويحتفل الموقع كل عام في أغسطس بذكرى ميلاد العالم",
    "وسنويا في مارس يقام المعرض الدولي للكتاب",
    "ويقام المعرض في مارس من كل عام بالعاصمة",
    "وتعود الطيور المهاجرة في أكتوبر كل سنة إلى البحيرة",
])
def test_a_month_of_every_year_is_no_date(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وأعلن الوزير في مارس أن كل عام يمر يزيد الأعباء", ["2017-03"]),  # كل عام is not by the month
    ("ووصل الوفد في أغسطس الماضي، وكل عام يزور البلاد", ["2016-08"]),
    ("ويحيي الفلسطينيون في 17 من أبريل من كل عام يوم الأسير", ["2017-04-17"]),  # a day keeps its date
    ("ويقام المعرض في مارس من العام المقبل", ["2018-03"]),
])
def test_a_month_near_every_year_or_with_its_own_year_stays(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # غد after من/حتى/إلى that closes its clause is tomorrow
    ("وتنطلق الحملة ابتداء من غد، في كل المدن", ["2017-04-25"]),
    ("ويفتح باب التسجيل من غد.", ["2017-04-25"]),
    ("ويستمر إغلاق الطريق حتى غد", ["2017-04-25"]),
])
def test_tomorrow_after_a_preposition_closing_its_clause(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "ويعيش السكان خوفا من غد مجهول",
    "ونتطلع إلى غد أفضل لأبنائنا",
    "وتحدث الكاتب عن الأمل في غد",
])
def test_tomorrow_as_the_future_is_no_date(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # a weekday set as the day for something (تحديد، موعد) is the coming one
    ("وتم تحديد يوم الأربعاء لعقد لقاء مع السكان", ["2017-04-26"]),
    ("وحدد الاتحاد موعدا للمباراة يوم السبت", ["2017-04-29"]),
])
def test_a_weekday_set_for_something_is_the_coming_one(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقال الوزير يوم الأربعاء إن موعد الانتخابات لم يحدد", ["2017-04-19"]),  # the cue comes after
    ("وأعلن الاتحاد الخميس عن موعد المباراة", ["2017-04-20"]),
])
def test_a_weekday_before_a_schedule_word_stays_in_the_past(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day number before الجاري/الحالي is that day of the current month
    ("وتستمر المعارض حتى 30 الجاري في المدينة", ["2017-04-30"]),
    ("وكان الاجتماع في 12 الجاري بمقر الوزارة", ["2017-04-12"]),
    ("ويبدأ التسجيل يوم 27 الحالي", ["2017-04-27"]),
])
def test_a_day_of_the_current_month(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "وفقا للفصل 20 الجاري به العمل",  # in force, not the current month
    "وسجلت الشركة 20 الحالية من العقود",
])
def test_a_number_before_jari_in_force_is_no_day(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وتنطلق القافلة صباح الغد من العاصمة", ["2017-04-25"]),
    ("ويبدأ العمل بالقرار اعتبارا من الغد.", ["2017-04-25"]),
    ("وتصل الطائرة يوم الغد", ["2017-04-25"]),
])
def test_al_ghad_with_a_cue_is_tomorrow(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "ونسعى إلى بناء رجال الغد",
    "ونشرت صحيفة الغد الأردنية تقريرا",
    "ونعمل من أجل الغد",
])
def test_al_ghad_as_the_future_or_a_name_is_no_date(text):
    assert values(text) == []


@pytest.mark.parametrize("text", [
    "وتوافد المصلون لصلاة الجمعة في الجامع الكبير",  # the Friday prayer, with ل glued on
    "واستمع الحضور لخطبة الجمعة",
    "وانتشرت الشرطة بمحيط المساجد وبصلاة الجمعة ازدحام",
])
def test_the_friday_prayer_with_a_glued_preposition_is_no_date(text):
    assert values(text) == []


def test_friday_after_a_glued_preposition_on_another_word_stays():
    assert values("وعاد الوزير لبلاده الجمعة بعد الزيارة") == ["2017-04-21"]


@pytest.mark.parametrize("text, expected", [
    # a list of days closed by this month or the month told before
    ("ويلعب الفريق يوم 2 مايو ثم يومي 9 و16 من الشهر نفسه", ["2017-05-02", "2017-05-09", "2017-05-16"]),
    ("وتقام الدورة يومي 27 و28 الجاري", ["2017-04-27", "2017-04-28"]),
    ("وتعقد الجلسات في 3 و4 من الشهر المقبل", ["2017-05-03", "2017-05-04"]),
])
def test_a_day_list_closed_by_a_month_reference(text, expected):
    assert values(text) == expected


def test_a_number_list_before_a_month_word_without_a_reference_is_no_date():
    assert values("وسجل الفريق 3 و4 أهداف من الشهر") == []


def test_a_glued_conjunction_between_two_days():
    assert values("ويمنح المدرب اللاعبين راحة يومي 3و4 ماي") == ["2017-05-03", "2017-05-04"]


@pytest.mark.parametrize("text, expected", [
    # the record lists a range as the two dates that bound it, each with its own span
    ("وارتفعت الأسعار بين عامي 2011 و2014 في البلاد", [("بين عامي 2011", "2011"), ("2014", "2014")]),
    ("وتقام الدورة من 5 إلى 9 ماي بالعاصمة", [("من 5", "2017-05-05"), ("9 ماي", "2017-05-09")]),
    ("وتمتد الخطة الخماسية 2016-2020 على خمس سنوات", [("2016", "2016"), ("2020", "2020")]),
])
def test_a_range_in_the_record_is_its_two_ends(nlp, text, expected):
    record = checked_record(nlp, text, published=PUBLISHED)
    assert [(item["text"], item["value"]) for item in record["dates"]] == expected
    assert {item["kind"] for item in record["dates"]} == {"range"}


def test_a_single_date_in_the_record_stays_whole(nlp):
    record = checked_record(nlp, "ووصل الوفد في 12 أفريل 2017 إلى تونس", published=PUBLISHED)
    assert [(item["text"], item["value"]) for item in record["dates"]] == [("في 12 أفريل 2017", "2017-04-12")]


@pytest.mark.parametrize("text, expected", [
    # a sentence opened by a ي imperfect (one the corpus writes under س too) tells of a day to come
    ("ويلعب الأهلي الخميس أمام الزمالك", ["2017-04-27"]),
    ("ويستضيف النادي نظيره يوم الثلاثاء في مباراة الإياب", ["2017-04-25"]),
    ("يختار الناخبون الأحد ممثليهم في البرلمان", ["2017-04-30"]),
])
def test_a_weekday_in_a_sentence_opened_by_an_imperfect_is_to_come(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ولعب الأهلي الخميس أمام الزمالك", ["2017-04-20"]),  # the perfect
    ("وتصدر الفريق الترتيب الخميس بعد فوزه", ["2017-04-20"]),  # a ت perfect, not an imperfect
    ("ويذكر أن الفريق لعب الخميس أمام منافسه", ["2017-04-20"]),  # the weekday is in the أن clause
    ("ويأتي القرار الخميس بعد احتجاجات", ["2017-04-20"]),  # a present that frames a report
    ("وقال الوزير الخميس إن الحكومة تدرس القرار", ["2017-04-20"]),
])
def test_a_weekday_after_a_perfect_or_a_framing_verb_is_past(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ويشهد البلد احتجاجات منذ يوم الأربعاء في العاصمة", ["2017-04-19"]),  # منذ looks back
    ("وارتفع السعر قبل ساعات من موعد الإغلاق، بعدما وصل الثلاثاء إلى 75 دولارا", ["2017-04-18"]),
])
def test_since_a_weekday_and_a_deadline_noun_keep_the_weekday_past(text, expected):
    assert values(text) == expected


def test_tomorrow_after_a_comparative_is_no_date():
    assert values("وقال إن الحاضر أفضل من الغد.") == []


def test_a_model_number_before_alhali_is_no_day():
    assert values("وستكون الكاميرا مثل إس 9 الحالي لكن أسرع") == []


@pytest.mark.parametrize("text", [
    "ورغم أن الفريق في أمس الحاجة لجمع النقاط",  # the elative "most in need"
    "وفي اليوم الذي يستعد فيه الناس للعيد سافر",  # the day a clause tells
])
def test_elative_ams_and_the_day_of_a_relative_clause_are_no_date(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وقال أمس الوزير إن الحكومة ستتحرك", ["2017-04-23"]),
    ("وصل اليوم الوفد إلى العاصمة", ["2017-04-24"]),
    ("وتبلغ قيمة السبيكة بسعر اليوم التي تزن 50 غراما 6700 ريال", ["2017-04-24"]),  # التي is the ingot's
])
def test_yesterday_and_today_before_a_subject_stay(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a year after في followed by a prepositional noun or a conjunction, not a noun it counts
    ("ووصل عدد المسافرين إلى 2558 في 2016 مقابل 2817 في 2015", ["2016", "2015"]),
    ("ووقع الحادث في 2013 عندما كان في العاصمة", ["2013"]),
])
def test_a_year_before_a_word_it_does_not_count(text, expected):
    assert values(text) == expected


def test_a_number_before_a_noun_it_counts_is_still_no_year():
    assert values("وشيدت الشركة في 2000 منزل جديد") == []


@pytest.mark.parametrize("text, expected", [
    # a weekday in parentheses after the day it glosses is that day, listed once
    ("ودخلت الشاحنة المخيم أمس الأول (السبت) بعد الحصار", ["2017-04-22"]),
    ("ووقع الحادث يوم 16 أبريل (الأحد) في المدينة", ["2017-04-16"]),
    ("ووقع الحادث في 16/4/2017 (الأحد) في المدينة", ["2017-04-16"]),
])
def test_a_weekday_in_parentheses_glosses_the_day_told(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وأعلن الوزير (الأحد) أن الحكومة ستتحرك", ["2017-04-23"]),
    ("وقتل 3 (الأحد) في المدينة", ["2017-04-23"]),  # a count, not a date, before the parenthesis
])
def test_a_weekday_in_parentheses_alone_stays(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the year's word after a month without من gives the month its year, one expression
    ("وأغلق الفندق في الرابع من نوفمبر العام الماضي", [("في الرابع من نوفمبر العام الماضي", "2016-11-04")]),
    ("وتنطلق الدورة في يناير العام المقبل", [("في يناير العام المقبل", "2018-01")]),
    ("ووقع الاتفاق في مارس هذا العام", [("في مارس هذا العام", "2017-03")]),
    ("وتستمر الأشغال حتى ديسمبر هذه السنة", [("حتى ديسمبر هذه السنة", "2017-12")]),
])
def test_a_month_with_the_years_word_without_min(text, expected):
    from extract.timex import find_time_expressions

    assert [(item.text, item.value) for item in find_time_expressions(text, PUBLISHED)] == expected


def test_a_month_before_a_school_year_keeps_its_own_year():
    assert values("وتنتهي الامتحانات في مايو العام الدراسي") == ["2017-05"]


@pytest.mark.parametrize("text", [
    "وتقام الدورة في الأسبوع الأول من مايو",  # the month's first week, not its first day
    "ويتراجع النشاط في العشر الأواخر من رمضان",
])
def test_an_ordinal_after_a_period_of_the_month_is_no_day(text):
    assert "2017-05-01" not in values(text) and all(value is None or len(value) < 10 for value in values(text))


@pytest.mark.parametrize("text, expected", [
    ("ووصل الوفد في اليوم الأول من مايو", ["2017-05-01"]),
    ("ووصل الوفد في الأول من مايو", ["2017-05-01"]),
])
def test_an_ordinal_day_of_a_month_stays(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ويلتحق اللاعب بالفريق في الأسبوع الأول من شهر مايو المقبل", ["2017-05"]),
    ("وسجل المركز 17 حالة خلال النصف الأول من شهر مارس", ["2017-03"]),
])
def test_a_part_of_a_month_is_the_month(text, expected):
    assert values(text) == expected
