"""Dates on unseen general news, round 4 (issue 16): each rule of extract/timex.py added in this round,
on sentences written for these tests, with negatives beside them (RECORD.md §4.1)."""

import pytest

from conftest import assert_offsets, time_values
from extract.timex import find_time_expressions

PUBLISHED = "2019-10-16"  # a Wednesday


def values(text, published=PUBLISHED):
    return time_values(text, published)


@pytest.mark.parametrize("text, expected", [
    # العام/السنة/الشهر نفسه (ذاته) is the period of the date told before, in this paragraph or the last
    ("افتتح المصنع عام 2009.\nوفي العام نفسه توسعت الشركة", ["2009", "2009"]),
    ("تأسس النادي في 1975 وفي السنة ذاتها فاز بالكأس", ["1975", "1975"]),
    ("وصلت البعثة في 4 يونيو 2012 وغادرت في 22 من الشهر نفسه", ["2012-06-04", "2012-06-22"]),
    ("انتخب في نوفمبر 2014 واستقال في الشهر ذاته", ["2014-11", "2014-11"]),
    ("وارتفعت الصادرات في مارس مقارنة بالشهر نفسه من العام الماضي", ["2019-03", "2018-03"]),
])
def test_period_told_before(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "وتوسعت الشركة في العام نفسه",  # no year told before: not the publication year
    "وقال الوزير نفسه إن الخطة جاهزة",
])
def test_same_period_with_nothing_told_is_not_listed(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # a day before و takes the month (and year) of the day after it
    ("يلعب المنتخب مباراتين في 8 و12 نوفمبر المقبل", ["2019-11-08", "2019-11-12"]),
    ("وتقام العروض يومي 2 و3 مارس 2020", ["2020-03-02", "2020-03-03"]),
    ("وتوزع الجوائز أيام 5 و6 و7 سبتمبر الماضي", ["2019-09-05", "2019-09-06", "2019-09-07"]),
    ("وينظم المهرجان في 20 و21 صفر 1441هـ", ["2019-10-19", "2019-10-20"]),
    # بين ... و: the stretch's two bounds, as a range's two ends are listed (issue 16)
    ("وتمتد الدورة بين 9 و12 أكتوبر الجاري", ["2019-10-09", "2019-10-12"]),
])
def test_day_lists(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "وسجل اللاعب 12 وصنع 7 أهداف في أكتوبر",  # numbers before و that no month follows at once
    "وأصيب 14 و20 شخصا في الحادث",
])
def test_numbers_joined_by_wa_without_a_month_are_no_days(text):
    assert all(len(value) != 10 for value in values(text) if value)


def test_counts_leave_the_listed_day_aside(nlp):
    record = nlp("ويخوض الفريق مباراتين في 8 و12 نوفمبر المقبل")
    assert_offsets(record, "ويخوض الفريق مباراتين في 8 و12 نوفمبر المقبل")
    assert 8 not in [item["value"] for item in record["counts"]]


@pytest.mark.parametrize("text, expected", [
    # a month with الجاري/الحالي is the month of publication, in the text of the date
    ("وتنتهي المهلة بنهاية أكتوبر الجاري", [("أكتوبر الجاري", "2019-10")]),
    ("ويعقد المؤتمر في 28 أكتوبر الحالي", [("في 28 أكتوبر الحالي", "2019-10-28")]),
    ("ويشهد تشرين الأول/أكتوبر الجاري انتخابات", [("تشرين الأول/أكتوبر الجاري", "2019-10")]),
    # a month and its other-calendar name written side by side are one month
    ("ووقع الاتفاق في 3 يونيو حزيران الماضي", [("في 3 يونيو حزيران الماضي", "2019-06-03")]),
    ("وارتفع المؤشر منذ مارس آذار 2018", [("منذ مارس آذار 2018", "2018-03")]),
    ("وانتهت المهلة في نيسان/أبريل", [("في نيسان/أبريل", "2019-04")]),
])
def test_month_forms(text, expected):
    assert [(item.text, item.value) for item in find_time_expressions(text, PUBLISHED)] == expected


@pytest.mark.parametrize("text, expected", [
    # years listed with و or commas are years, not a range
    ("وتوج بالدوري أعوام 1994 و2001 و2008", ["1994", "2001", "2008"]),
    ("وشارك في الأعوام 2010، 2011، 2012", ["2010", "2011", "2012"]),
    ("وشهدت البلاد فيضانات بين 1950 و 2012", ["1950", "2012"]),
    # a pair after بين or عامي stays a range
    ("وارتفعت الأسعار بين 2011 و2014", ["2011/2014"]),
    # a year after a preposition before a verb or a particle is a year
    ("وأصيب بجلطة في 2013 أقعدته عن العمل", ["2013"]),
    ("وسجل النمو تراجعا منذ 1998 حين انهارت الأسعار", ["1998"]),
    ("وتراجعت الصادرات مقارنة مع 2016 بنسبة كبيرة", ["2016"]),
    ("وارتفع الإنتاج مقارنة بـ2017 في الربع الأول", ["2017"]),
    ("ويكتمل المشروع في موفى 2021", ["2021"]),
    # a year closing a name before a mark or a particle, and a year set in parentheses
    ("وفاز المنتخب ببطولة أوروبا 2016، ثم غاب", ["2016"]),
    ("وغنت في افتتاح كأس العالم (2010) أغنيتها", ["2010"]),
    # a closing parenthesis after a year with its preposition ends the phrase
    ("وكان أفضل إنجاز للفريق (قبل 2014) بلوغ النهائي", ["2014"]),
])
def test_years(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    # numbers of a list that are no years, a number after رقم, a count in parentheses
    "وصدرت القرارات 1835 و1929 عن المجلس",
    "واتصل بالرقم (2020) للاستفسار",
    "وتتسع القاعة لجلوس (2000) شخص",
    # a count after a preposition, and a listed number before its noun
    "ووزعت الجمعية الطعام على 2000 أسرة",
    "وبلغ عدد الطلاب 1990 و2015 طالبا",
])
def test_numbers_that_are_no_years(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # a Hijri month alone is a religious period, not listed; with a day or a year it is a date
    ("ويكثر الزوار خلال شهر رمضان المبارك", []),
    ("ويستحب صيام الست من شوال", []),
    ("وبدأ الصيام في غرة رمضان 1440هـ", ["2019-05-06"]),
    # غرة with القادم is the next first of that month
    ("ويفتح التسجيل في غرة شهر ربيع الأول القادم", ["2019-10-29"]),
])
def test_hijri_months(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare الأحد/الاثنين/الجمعة after a content word is the day
    ("وأعلنت الوزارة الأحد إغلاق المعبر", ["2019-10-13"]),
    ("وانتقدت المعارضة الاثنين الحكومة بشدة", ["2019-10-14"]),
    ("وفرض الاتحاد الجمعة غرامة على النادي", ["2019-10-11"]),
    # two weekdays with يومي and a dual direction word, a night of a weekday
    ("وتعقد القمة يومي الأحد والاثنين المقبلين", ["2019-10-20", "2019-10-21"]),
    ("ووقع الانفجار ليل الاثنين", ["2019-10-14"]),
    # a weekday after و opening a sentence, and the second weekday of a night (ليل السبت-الأحد)
    ("انتهت الجولة.\nوالأحد، التقى الوزير بالسفراء", ["2019-10-13"]),
    ("وارتفعت الأسعار. والخميس قال الوزير إن السوق مستقرة", ["2019-10-10"]),
    ("ووقع الزلزال ليل السبت - الأحد قرب الساحل", ["2019-10-12", "2019-10-13"]),
    # يوم غد and غد + weekday are tomorrow
    ("وتقام المباراة يوم غد في الملعب", ["2019-10-17"]),
    ("وتبدأ الاختبارات غد الخميس", ["2019-10-17"]),
])
def test_bare_weekdays_and_tomorrow(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "وقال إن الاثنين قتلا في الاشتباك",  # the two
    "وتصالح الطرفين الاثنين بعد الخلاف",
    "ووصل الاثنين معا إلى الحفل",
    "ولعب الأحد عشر لاعبا بقوة",  # eleven
    "واشترى الخضار من سوق الأحد",  # a market's name
    "وضبطت الشرطة السلع بسوق الأحد",
    "ولم تترك منابر الجمعة نقد الحكومة",
    "وكتب الزميل محمد الجمعة مقالا",  # a family name
    "ويؤدي المصلون صلاة الجمعة في المسجد",
    "وتتطلع الأجيال إلى غد أفضل",  # a better future
])
def test_weekday_homographs_are_no_days(text):
    assert values(text) == []


@pytest.mark.parametrize("text, expected", [
    # اليوم before a definite object or subject is today; before a nisba or an ordinal it names a day
    ("وكشفت الشركة اليوم النقاب عن هاتفها", ["2019-10-16"]),
    ("وتنطلق اليوم الانتخابات البلدية", ["2019-10-16"]),
    ("ويحتفل العالم في اليوم العالمي للمعلم", []),
    ("وعاد الفريق في اليوم الأخير من المعسكر", []),
    ("والاستقلالية مطلوبة في واقع اليوم", []),  # the present
    ("والأولوية وهي اليوم الإعمار", []),
    # لهذا العام is this year
    ("وفتحت الوزارة التسجيل لهذا العام", ["2019"]),
    # a period word with ب or ل glued to it
    ("وارتفعت الأرباح مقارنة بالعام الماضي", ["2018"]),
    ("وأقرت الحكومة الميزانية للعام المقبل", ["2020"]),
    # a year written after العام المقبل/الحالي names the same year once
    ("ويطبق القرار مطلع العام المقبل 2020 على السلع", ["2020"]),
    ("وقتل العام الماضي 2500 شخص في الحوادث", ["2018"]),
    # أول من أمس is the day before yesterday
    ("وانسحب المسلحون أول من أمس من المدينة", ["2019-10-14"]),
])
def test_today_and_this_year(text, expected):
    assert values(text) == expected
