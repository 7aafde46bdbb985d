"""Dates on unseen general news, round 5 (issue 16): each rule of extract/timex.py added in this round,
on sentences written for these tests, with negatives beside them (RECORD.md §4.1)."""

import pytest

from conftest import assert_offsets, time_values

PUBLISHED = "2019-10-16"  # a Wednesday


def values(text, published=PUBLISHED):
    return time_values(text, published)


@pytest.mark.parametrize("text, expected", [
    # a Hijri year alone is the Gregorian year that holds most of it (the year of its middle)
    ("وافتتح المبنى عام 1397هـ", ["1977"]),
    ("وتبدأ الدراسة في العام 1441 هـ", ["2020"]),
    ("وتقبل الطلبات للعام الجامعي 1440/1441هـ", ["2019/2020"]),
])
def test_a_hijri_year_is_the_gregorian_year_holding_most_of_it(text, expected):
    assert values(text) == expected


def test_a_hijri_month_and_year_still_convert_at_month_precision():
    assert values("وصدر النظام في شوال 1440هـ") == ["2019-06"]


@pytest.mark.parametrize("text, expected", [
    # with a month or عام/سنة a year may be older than 1900
    ("وولد الكاتب في الثالث من مايو عام 1879", ["1879-05-03"]),
    ("وشيدت القلعة سنة 1760 على التل", ["1760"]),
    ("وصدرت الطبعة الأولى في أكتوبر 1885", ["1885-10"]),
])
def test_older_years_with_a_cue(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "وبلغ عدد الزوار 1760 زائرا",  # a count
    "ويضم المتحف 1850 قطعة",
    "وصدر القرار عام 1441",  # a Hijri year written without its era is still left out
])
def test_older_numbers_without_a_cue_are_no_years(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وانضم إلى النادي عام ،2012 قادما من الخارج", ["2012"]),  # a comma typed before the year
    ("وأسس الفرقة عام 2003وكان عمره عشرين", ["2003"]),  # the next word glued to the year
    ("وتخرج سنة 1998مع زملائه", ["1998"]),
])
def test_typing_slips_after_am(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "ووصل عدد المشاركين إلى 2003وفق الأرقام",  # no عام: a glued number is not read as a year
    "وسجل المؤشر في 2003والسوق مغلقة",
])
def test_glued_numbers_without_am_are_no_years(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # السابق/التالي count from the period told before; with none told, السابق counts from publication
    ("وتراجعت الصادرات في أغسطس 2017 مقارنة بالشهر السابق", ["2017-08", "2017-07"]),
    ("وافتتح الفرع عام 2011 ثم أغلق في العام التالي", ["2011", "2012"]),
    ("وارتفع التضخم 2% مقارنة بالشهر السابق", ["2019-09"]),
    ("وأغلق المصنع أبوابه الشهر الفارط", ["2019-09"]),  # the Tunisian الفارط is a past word
])
def test_periods_before_and_after_the_one_told(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "وسيعود الفريق في العام التالي",  # nothing told: no year we can name
    "وحضر الأمين العام السابق للمنظمة",  # العام السابق: general and former
    "وأكد المدير العام نفسه أن المشروع جاهز",
])
def test_told_shifts_without_a_told_period_or_after_a_title(text):
    assert values(text) == []


def test_an_adverb_of_last_year_after_a_definite_noun_stays_a_date():
    assert values("وفازت فرنسا بكأس العالم العام الماضي") == ["2018"]


@pytest.mark.parametrize("text, expected", [
    ("وأوقفت الدورية الليلة الماضية ثلاثة مهربين", ["2019-10-15"]),
    ("ووصل الوفد الليلة قبل الماضية", ["2019-10-14"]),
    ("وتواصلت الأمطار منذ الليلة الفارطة", ["2019-10-15"]),
])
def test_last_night(text, expected):
    assert values(text) == expected


def test_a_bare_night_is_not_listed():
    assert values("وقضى اللاعبون الليلة في الفندق") == []


@pytest.mark.parametrize("text", [
    "ويفتح المتحف أبوابه أيام الأحد والاثنين",
    "ويفتح السوق أيام الخميس والجمعة والسبت",
    "ويجتمع المجلس كل خميس",
    "ويقام السوق الثلاثاء من كل أسبوع",
])
def test_recurring_weekdays_are_no_date(text):
    assert values(text) == []


def test_a_weekday_pair_is_still_read():
    assert values("وزار الوزير المدينة الثلاثاء والأربعاء") == ["2019-10-15", "2019-10-16"]


@pytest.mark.parametrize("text, expected", [
    ("وانهار الجسر يوم 3 مارس 2016 وفي ذلك اليوم أغلقت الطرق", ["2016-03-03", "2016-03-03"]),
    ("وغادر البلاد يوم 9 يناير 2010 ومنذ ذلك اليوم لم يعد", ["2010-01-09", "2010-01-09"]),
])
def test_that_day_is_the_day_told(text, expected):
    assert values(text) == expected


def test_that_day_with_no_day_told_is_not_listed():
    assert values("وفي ذلك اليوم أغلقت الطرق") == []


@pytest.mark.parametrize("text, expected", [
    ("ويلتقي المنتخبان يومي 9 و 10 نوفمبر المقبل", ["2019-11-09", "2019-11-10"]),
    ("وتقام العروض أيام 4 و 5 و 6 مارس 2020", ["2020-03-04", "2020-03-05", "2020-03-06"]),
])
def test_day_lists_with_a_space_after_wa(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "وتوفي ثلاثة ونجا الاثنان، ونجاة الاثنين الآخرين",
    "وتمكن المسعفون من إنقاذ الاثنين الباقيين",
])
def test_the_two_others_are_no_monday(text):
    assert values(text) == []


@pytest.mark.parametrize("text", [
    'وسمي المهرجان باسم إله البحر "أغسطس" منذ القدم',
    "وتحمل السفينة اسم «يوليو» نسبة إلى الثورة",
])
def test_a_month_name_alone_in_quotation_marks_is_a_name(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # a part of the current year or month with no direction word
    ("وارتفع سهم الشركة 8% منذ بداية العام", ["2019"]),
    ("ويتوقع البنك نموا أقوى في النصف الثاني من العام", ["2019"]),
    ("وتراجعت المبيعات في الربع الثالث من السنة", ["2019"]),
    ("وتصرف الرواتب مطلع الشهر", ["2019-10"]),
    ("ويكتمل المشروع بحلول نهاية العام", ["2019"]),
])
def test_parts_of_the_current_period(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتنتهي الامتحانات نهاية العام الدراسي", []),  # an adjective: the school year
    ("ويبدأ التسجيل مطلع العام الهجري", []),
    ("ويفتتح المعرض مطلع العام 2020", ["2020"]),  # the year named is read by the year reader
    ("وتراجعت الأسعار منذ نهاية العام الماضي", ["2018"]),
])
def test_parts_of_a_period_with_more_after_them(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وتقبل الطلبات من 5 – 3 – 1441هـ", ["2019-11-02"]),  # an en dash between the parts
    ("وجرت القرعة في 12 – 4 – 2018", ["2018-04-12"]),
])
def test_numeric_dates_with_en_dashes(text, expected):
    assert values(text) == expected


def test_a_score_with_an_en_dash_is_no_date():
    assert values("وانتهت المباراة بنتيجة 2 – 1 لصالح الضيوف") == []


def test_counts_leave_the_older_year_aside(nlp):
    text = "وافتتحت القناة عام 1869 بحضور 6 ملوك"
    record = nlp(text)
    assert_offsets(record, text)
    assert [item["value"] for item in record["counts"]] == [6]


@pytest.mark.parametrize("text, expected", [
    # نفس/ذات before اليوم, العام or الشهر: the period told before
    ("وغرقت السفينة يوم 2 مايو 2014 وانتشلت الجثث مساء نفس اليوم", ["2014-05-02", "2014-05-02"]),
    ("وتأسس الحزب عام 1999 وفي نفس العام دخل البرلمان", ["1999", "1999"]),
    ("وأعلنت الهدنة في مارس 2016 وانهارت في ذات الشهر", ["2016-03", "2016-03"]),
])
def test_the_same_period_told_before(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "ويغادر المريض المستشفى في نفس اليوم",  # nothing told: "the same day" in general
    "ويقضي الزوار باقي اليوم في الحديقة",  # the rest of the day, a length
    "وأغلقت البورصة عند الساعة 1430 بتوقيت مكة",  # a clock time, not a year
])
def test_no_day_or_year_in_general_phrases(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # a future auxiliary or مزمع before a bare weekday makes it the next one
    ("وسيكون الفريق جاهزا يوم الاثنين", ["2019-10-21"]),
    ("وتحدث عن لقاء مزمع يوم الجمعة", ["2019-10-18"]),
])
def test_future_cues_before_a_weekday(text, expected):
    assert values(text) == expected


def test_a_past_weekday_without_a_future_cue_stays_past():
    assert values("وكان الفريق جاهزا يوم الاثنين") == ["2019-10-14"]


def test_a_day_of_the_same_month_told_before():
    assert values("وافتتح المعرض في 3 أبريل 2018، وأغلق في 12 من نفس الشهر") == ["2018-04-03", "2018-04-12"]


@pytest.mark.parametrize("text, expected", [
    ("وتذكر الناس حرب تموز وما جرى فيها", []),  # an event named by its month
    ("واحتفلت البلاد بذكرى ثورة يوليو", []),
    ("واندلعت الحرب في تموز", ["2019-07"]),  # a preposition: the month itself
])
def test_events_named_by_a_month(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ويستمر العرض حتى 30 أغسطس من العام الحالي", ["2019-08-30"]),  # one date, not a day and a year
    ("ووقعت الاتفاقية في 12 مارس من العام الماضي", ["2018-03-12"]),
    ("وتفتتح الدورة في 5 يناير من العام المقبل", ["2020-01-05"]),
])
def test_a_day_and_month_of_a_year_named_by_direction(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "وأحيا العمال ذكرى «الخميس الأسود» في العاصمة",  # a weekday inside a quoted name
    'وتجمعت "أمهات السبت" في الساحة',
])
def test_a_weekday_in_a_quoted_name_is_no_date(text):
    assert values(text) == []


def test_a_weekday_in_a_quoted_sentence_is_still_a_date():
    assert values('وقال الوزير: "وصلت الشحنة الأحد إلى الميناء وسنوزعها قريبا"') == ["2019-10-13"]


def test_a_weekday_between_two_quotations_is_still_a_date():
    assert values('ونشرت "الصباح" عنوانا الخميس "لا للظلم"') == ["2019-10-10"]


@pytest.mark.parametrize("text, expected", [
    # a day and month without a year after a date of another year told with its year, in order
    ("وبدأ الإضراب يوم 26 يناير 1978 ونزل الجيش إلى الشوارع يوم 27 يناير", ["1978-01-26", "1978-01-27"]),
    ("ووصلت البعثة في 20 ديسمبر 2015 وغادرت في 5 يناير", ["2015-12-20", "2016-01-05"]),
])
def test_a_day_and_month_follow_the_dated_story(text, expected):
    assert values(text) == expected


def test_after_a_date_of_the_publication_year_the_closest_year_stands():
    assert values("وصل الوفد في 3 سبتمبر 2019 وغادر في 5 أكتوبر") == ["2019-09-03", "2019-10-05"]


def test_a_dated_story_in_another_paragraph_does_not_carry_over():
    assert values("وبدأ الإضراب يوم 26 يناير 1978.\nوتعقد الندوة يوم 27 يناير") == ["1978-01-26", "2019-01-27"]


@pytest.mark.parametrize("text, expected", [
    # the future prefix س on an imperfect, or لن, before a bare weekday or month: the coming one
    ("وقالت الوزارة إنها ستطلق الحملة الاثنين", ["2019-10-21"]),
    ("وأكد المدرب أن الفريق لن يسافر الجمعة", ["2019-10-18"]),
    ("وقال إن القرار لن يصدر إلا في مارس", ["2020-03"]),
])
def test_future_verbs_before_a_weekday_or_month(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("واشترى سيارة جديدة الاثنين", ["2019-10-14"]),  # سيارة is no future verb
    ("وارتفع النمو السنوي في مارس", ["2019-03"]),
    ("وزاد العجز 5% على أساس سنوي في مارس", ["2019-03"]),
])
def test_nouns_shaped_like_future_verbs(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, value", [
    ("وأشير إلى كتابي لمقامكم بتاريخ 7/يوليو/2015 م الذي طلبت فيه الدعم.", "2015-07-07"),
    ("وتبدأ الهدنة يوم الأحد (10/شوال/1436هـ) عند الظهر.", "2015-07-26"),
])
def test_a_month_name_between_slashes_is_one_date(text: str, value: str) -> None:
    from extract import Pipeline
    assert [date["value"] for date in Pipeline()(text)["dates"]] == [value]


def test_a_score_against_zero_is_no_date_of_safar() -> None:
    from extract import Pipeline
    assert Pipeline()("وفاز الفريق على منافسه بنتيجة (1/صفر) في الدقائق الأولى.")["dates"] == []
