"""Date expressions and their ISO values (extract/timex.py, RECORD.md §4.1)."""

import pytest

from extract.timex import find_time_expressions, hijri_to_gregorian, ordinal_value

PUBLISHED = "2015-08-10"  # a Monday


def values(text, published=None):
    found = find_time_expressions(text, published=published)
    for item in found:
        assert text[item.start:item.end] == item.text
    return [(item.value, item.kind) for item in found]


@pytest.mark.parametrize("text, expected", [
    ("وقع الهجوم في 25 آذار/مارس 2017", [("2017-03-25", "date")]),
    ("وقع الهجوم في 25 مارس (آذار) 2017", [("2017-03-25", "date")]),
    ("افتتح المعرض في 5 جانفي 2016", [("2016-01-05", "date")]),
    ("وصل الوفد يوم 3 يوليوز 2018", [("2018-07-03", "date")]),
    ("ولد في 16 كانون الثاني 1990", [("1990-01-16", "date")]),
    ("انعقد المؤتمر في أيلول 2014", [("2014-09", "date")]),
    ("بدأ الحصار منذ عام 2014", [("2014", "since")]),
    ("تمتد الخطة حتى عام 2030", [("2030", "until")]),
    ("وقع الانفجار في 19/03/2017 صباحا", [("2017-03-19", "date")]),
    ("حكم البلاد من 2011 إلى 2014", [("2011/2014", "range")]),
])
def test_gregorian_dates(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("توفي يوم 28 شوال 1436هـ", [("2015-08-13", "date")]),
    ("صدر القرار بتاريخ 14/1/1424هـ", [("2003-03-17", "date")]),
    ("انتهى البناء عام 1436 هـ", [("2015", "date")]),  # the Gregorian year holding most of 1436 (Oct 2014 - Oct 2015)
])
def test_hijri_dates_are_converted(text, expected):
    found = find_time_expressions(text)
    assert [(item.value, item.kind) for item in found] == expected
    assert found[0].calendar == "hijri"


def test_ordinal_day_words():
    assert values("احتفلت فرنسا في الرابع عشر من يوليو 1989") == [("1989-07-14", "date")]
    assert values("وقع ذلك في الحادي والعشرين من مارس 2003") == [("2003-03-21", "date")]
    assert ordinal_value("الثالث عشر") == 13 and ordinal_value("الحادي والثلاثين") == 31


@pytest.mark.parametrize("text, expected", [
    ("وصل الوفد أمس", [("2015-08-09", "relative")]),
    # the weekday in parentheses glosses the day told, one date as اليوم الاثنين is (issue 16)
    ("أعلن اليوم (الاثنين) عن الخطة", [("2015-08-10", "relative")]),
    ("وقع الهجوم الثلاثاء الماضي", [("2015-08-04", "relative")]),
    ("يعقد الاجتماع الخميس المقبل", [("2015-08-13", "relative")]),
    ("ارتفعت الأسعار الشهر الماضي", [("2015-07", "relative")]),
    ("وقع الحادث في 26 من الشهر الماضي", [("2015-07-26", "relative")]),
    ("يبدأ العام الدراسي في 20 سبتمبر", [("2015-09-20", "date")]),
    ("وقع الانفجار في 16 ديسمبر", [("2014-12-16", "date")]),
])
def test_relative_words_resolve_against_publication(text, expected):
    assert values(text, PUBLISHED) == expected


def test_relative_words_without_publication_are_listed_with_no_value():
    assert values("وصل الوفد أمس") == [(None, "relative")]
    assert values("وقع الانفجار في 16 ديسمبر") == [(None, "date")]


@pytest.mark.parametrize("text", [
    "مارس الضغط على الحكومة",  # مارس the verb, with no day or year
    "وصل أب الضحية",
    "تحدثت رئيسة الوزراء تيريزا ماي",
    "قتل في 2000 منزل",  # a count after a preposition, not a year
    "في اليوم التالي عاد الوفد",
    "قتل خمسة أشخاص",
])
def test_not_dates(text):
    assert values(text) == []


def test_hijri_conversion_outside_the_table_uses_the_tabular_calendar():
    assert hijri_to_gregorian(1436, 10, 28).isoformat() == "2015-08-13"
    assert abs((hijri_to_gregorian(1250, 1, 1) - hijri_to_gregorian(1249, 1, 1)).days - 354) <= 1


def test_a_day_after_a_conjunction():
    found = find_time_expressions("يقام المعرض بين 9 و12 أيار/مايو 2018")
    assert [(item.text, item.value) for item in found] == [("بين 9", "2018-05-09"), ("12 أيار/مايو 2018", "2018-05-12")]


FRIDAY = "2019-11-15"


@pytest.mark.parametrize("text, expected", [
    ("قال المتحدث باسم الشركة، الأحد، إن المصنع سيغلق", [("2019-11-10", "relative")]),
    ("أعلنت الوزارة الاثنين أنها ستفتح المعبر", [("2019-11-11", "relative")]),
    ("وفي وقت سابق الجمعة أغلقت الشرطة الطريق", [("2019-11-15", "relative")]),
    ("تحدث الوزير أمس الخميس عن الموازنة", [("2019-11-14", "relative")]),
    ("نشرت الصحيفة اليوم الجمعة تقريرا", [("2019-11-15", "relative")]),
    ("تعود الفرق إلى الملاعب في آب", [("2019-08", "date")]),
    ("ارتفعت الصادرات في نهاية أكتوبر من العام الماضي", [("2018-10", "date")]),
    ("افتتح الجسر في مارس من هذا العام", [("2019-03", "date")]),
    ("تنتهي الأشغال في يناير المقبل", [("2020-01", "date")]),
    ("صدر القرار في ديسمبر الماضي", [("2018-12", "date")]),
    ("يبدأ التسجيل من يوم السبت 12 / 3 / 1441هـ", [("2019-11-09", "date")]),
])
def test_weekdays_months_and_relative_words_in_context(text, expected):
    assert values(text, FRIDAY) == expected


@pytest.mark.parametrize("text", [
    "ألقى الإمام خطبة الجمعة، ودعا إلى التبرع",  # the Friday prayer, not a day
    "وقع خلاف بين الاثنين، ثم تصالحا",  # "the two"
    "ونحن اليوم نعيش أزمة اقتصادية",  # nowadays
    "والقرية اليوم هي أكبر منتج للزيتون",
    "مارس اللاعب هوايته في نادي المدينة",
])
def test_words_that_look_like_days_or_months(text):
    assert values(text, FRIDAY) == []
