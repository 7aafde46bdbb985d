"""Dates in general news (issue 16): the time grammar's rules, each with sentences written for these
tests and negatives beside them (extract/timex.py, RECORD.md §4.1)."""

import pytest

from conftest import time_values


PUBLISHED = "2016-05-12"  # a Thursday


def values(text, published=PUBLISHED):
    return time_values(text, published)


@pytest.mark.parametrize("text, expected", [
    # a relative day named with its weekday: the weekday decides (a paper dated a day late)
    ("وقال المدرب أمس الثلاثاء إن الفريق جاهز", ["2016-05-10"]),
    ("وافتتح المعرض أمس الأربعاء", ["2016-05-11"]),
    # بعد غد: the day after tomorrow, alone and with its weekday
    ("وتنتهي المهلة بعد غد", ["2016-05-14"]),
    ("ويغلق باب التسجيل بعد غد السبت", ["2016-05-14"]),
    # a day and month with a direction word
    ("وصدرت النسخة الأولى في 17 سبتمبر الماضي", ["2015-09-17"]),
    # this week, this month, this year
    ("وارتفعت الأسعار في وقت سابق من هذا الشهر", ["2016-05"]),
    ("وأعلنت الشركة هذا الأسبوع عن خطتها", ["2016-W19"]),
    ("وتراجعت المبيعات هذه السنة", ["2016"]),
    # a year after لسنة/للعام, and a bare year closing a noun phrase
    ("ونص قانون الجمعيات لسنة 1992 على ذلك", ["1992"]),
    ("وناقش البرلمان موازنة 2017 بسبب العجز", ["2017"]),
    ("وتستضيف قطر بطولة العالم 2019 في الدوحة", ["2019"]),
    # two months joined by و before a dual direction word
    ("وتجري الانتخابات في يونيو ويوليو المقبلين", ["2016-06", "2016-07"]),
    # a month after و without a direction of its own is not read alone
    ("وتنظم القوافل خلال أكتوبر ونوفمبر من العام المقبل", ["2017-10", "2017-11"]),
    # a month of a scheduled event without a year is the next one
    ("ومن المقرر أن يعقد المؤتمر في مارس", ["2017-03"]),
    # a Hijri day and month without a year, resolved against the publication date
    ("وافتتح المهرجان يوم الأحد الخامس من شعبان الجاري", ["2016-05-12"]),
    # منه: the month told just before
    ("وتبدأ الجولة في 3 يونيو وتنتهي في 20 منه", ["2016-06-03", "2016-06-20"]),
    # مساء اليوم before a definite object is today; اليوم before إلى too
    ("ويرعى الوزير مساء اليوم الحفل الختامي", ["2016-05-12"]),
    ("وصل الرئيس، اليوم إلى العاصمة", ["2016-05-12"]),
])
def test_dates_read(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    # اليوم in a paper's name, and ليس بعد اليوم ("no longer")
    "محمد علي – عين اليوم",
    "وقال إن ذلك لن يحدث بعد اليوم",
    # a bare four-digit number that counts a noun, or follows an amount word
    "وبلغ عدد الزوار 2015 زائرا",
    "ووصل عدد المشاركين إلى نحو 2000.",
    "وتضم المكتبة 1950 كتابا",
    # a day named, not today
    "وافتتح المعرض في اليوم الوطني",
    # the length of a day and a rate per day
    "وظل المتظاهرون في الساحة طوال اليوم",
    "وينصح الأطباء بالمشي نصف ساعة مرتين في اليوم",
])
def test_not_dates(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    ("وصل الوفد يوم الثلاثاء 10 مايو، وفي اليوم التالي بدأت المحادثات", ["2016-05-10", "2016-05-11"]),
    ("وأغلقت المدارس يوم الاثنين الماضي، وفي اليوم نفسه أعلن الوزير", ["2016-05-09", "2016-05-09"]),
    ("وفي اليوم التالي عاد الوفد", []),  # no day told before
])
def test_day_told_before(text, expected):
    assert values(text) == expected


def test_relative_day_before_a_full_date_is_that_date():
    # غدا is the day the date names, not a second expression
    assert values("ويؤدي الوزير غدا الجمعة 13 مايو 2016 زيارة") == ["2016-05-13"]


def test_year_and_amount_joined_by_wa_are_no_range():
    assert values("وحج مليونا مسلم في 2015 و30 ألفا في 1950") == ["2015", "1950"]


@pytest.mark.parametrize("text, expected", [
    ("ويقام المعرض في الفترة من 3 – 9 مايو", ["2016-05-03/2016-05-09"]),
    ("وتتواصل الدورة من 14 إلى 18 مارس 2017", ["2017-03-14/2017-03-18"]),
    ("ونظمت الحملة من 2 إلى 8 شعبان 1437هـ", ["2016-05-09/2016-05-15"]),
])
def test_day_ranges(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وقدم الوزير استقالته الاثنين إثر الاحتجاجات", ["2016-05-09"]),
    ("وأقر المجلس القانون في جلسة مغلقة الجمعة بأغلبية كبيرة", ["2016-05-06"]),
    ("ووقع الطرفين الاثنين على الاتفاق", []),
    ("وكان أحد الاثنين في السيارة", []),
    ("وألقى خطب الجمعة في المسجد", []),
])
def test_bare_friday_and_monday(text, expected):
    assert values(text) == expected


def test_weekday_alone_keeps_the_past_reading():
    assert values("وقال الوزير يوم الثلاثاء إن") == ["2016-05-10"]


def test_weekday_of_a_scheduled_event_is_the_next():
    assert values("وتقام المباراة النهائية يوم السبت في العاصمة") == ["2016-05-14"]
    assert values("وقالت الهيئة السبت إن") == ["2016-05-07"]


def test_second_weekday_joined_by_wa():
    assert values("وحذرت الأرصاد من أمطار متوقعة الثلاثاء والأربعاء") == ["2016-05-17", "2016-05-18"]
    assert values("ووصل الوفد والسبت") == []  # والسبت only after a first weekday
