import pytest

from conftest import assert_offsets


def counts(nlp, text):
    record = nlp(text)
    assert_offsets(record, text)
    return [(item["text"], item["value"], item["qualifier"], item["unit"]) for item in record["counts"]]


@pytest.mark.parametrize("text, expected", [
    ("قتل ٢٣ شخصا في القصف", [("٢٣ شخصا", 23, None, "شخصا")]),
    ("أصيب أكثر من 40 مدنيا", [("أكثر من 40 مدنيا", 40, "more_than", "مدنيا")]),
    ("قتل ما لا يقل عن 270.000 شخص", [("ما لا يقل عن 270.000 شخص", 270000, "at_least", "شخص")]),
    ("نفذ التحالف 29 ألفا و358 غارة", [("29 ألفا و358 غارة", 29358, None, "غارة")]),
    ("وقع 19 هجوما على الأقل", [("19 هجوما على الأقل", 19, "at_least", "هجوما")]),
    ("قتل نحو 300 مقاتل", [("نحو 300 مقاتل", 300, "about", "مقاتل")]),
    ("قتل اثنان وخمسون مدنيا", [("اثنان وخمسون مدنيا", 52, None, "مدنيا")]),
    ("قتل ثلاثمائة وخمسة عشر جنديا", [("ثلاثمائة وخمسة عشر جنديا", 315, None, "جنديا")]),
    ("دمر 90 بالمائة من المنازل", [("90 بالمائة", 90, None, "%")]),
    ("أصيب عشرات المدنيين", [("عشرات المدنيين", 10, "at_least", "مدنيين")]),
    ("نزح آلاف السكان", [("آلاف السكان", 1000, "at_least", "سكان")]),
    ("من ال52 هجوما", [("ال52 هجوما", 52, None, "هجوما")]),
])
def test_counts(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_fraction_keeps_its_fraction(nlp):
    (item,) = nlp("سيطرت القوات على ثلث المدينة")["counts"]
    assert item["value"] == pytest.approx(1 / 3, rel=1e-3) and item["fraction"] == "1/3"


@pytest.mark.parametrize("text", [
    "بدأ الهجوم في عام 2014", "استمر القصف خمسة أيام", "انتظرنا 50 دقيقة", "كلف 25 مليون دولار",
    "صدر القرار 2235 أمس", "سار عشرين كلم", "في 19/03/2017 وقع الانفجار",
])
def test_not_counts(nlp, text):
    assert counts(nlp, text) == []
