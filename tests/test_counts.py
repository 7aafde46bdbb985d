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


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة آلاف شخص", [("خمسة آلاف شخص", 5000, None, "شخص")]),
    ("قتل نحو 5 آلاف كردي", [("نحو 5 آلاف كردي", 5000, "about", "كردي")]),
    ("قتل ما لا يقل عن ستة آلاف و259 مدنيا", [("ما لا يقل عن ستة آلاف و259 مدنيا", 6259, "at_least", "مدنيا")]),
    ("قدر عدد القتلى ما بين ألفين وثلاثة آلاف", [("ألفين", 2000, None, None), ("ثلاثة آلاف", 3000, None, None)]),
    ("وقع هجوم واحد فقط", [("هجوم واحد", 1, None, "هجوم")]),
    ("استهدفت الغارة عربتين عسكريتين", [("عربتين عسكريتين", 2, None, "عربتين")]),
    ("قتل مدنيان وأصيب آخران", [("مدنيان", 2, None, "مدنيان"), ("آخران", 2, None, "آخران")]),
    ("وقعت في هاتين المحافظتين", [("المحافظتين", 2, None, "محافظتين")]),
    ("وقعت قرابة خمس غارات", [("قرابة خمس غارات", 5, "about", "غارات")]),
    ("قتل العشرات من المسلحين", [("العشرات من المسلحين", 10, "at_least", "مسلحين")]),
    ("وتؤكد الدول الثلاث موقفها", [("الدول الثلاث", 3, None, "دول")]),
])
def test_more_count_forms(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "قصفت طائرات F-16 المواقع", "زار أحد أحياء المدينة", "انتظر ساعة واحدة", "مرت السنوات السبع",
    "كانتا تمتلكان برامج", "في 19 فيفري الماضي", "في الذكرى الثلاثين للمجزرة", "قتل مدنيين كثيرين",
])
def test_more_non_counts(nlp, text):
    assert counts(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("نزح مليون ونصف شخص", [("مليون ونصف شخص", 1500000, None, "شخص")]),
    ("دمر 30% من المباني", [("30%", 30, None, "%")]),
    ("قتل 2,5 مليون شخص", [("2,5 مليون شخص", 2500000, None, "شخص")]),
])
def test_scales_halves_and_percent_signs(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قتل 7 يرجح أنهم مسلحون", [("7", 7, None, None)]),
    ("استمر النزاع أكثر من عقدين", []),
    ("وقع الهجوم في 16 تشرين الثاني", []),
])
def test_verbs_decades_and_month_names(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("تظاهر المئات في الساحة", [("المئات", 100, "at_least", None)]),
    ("وقع أكثر من ثلث هذه الهجمات في المدينة", [("أكثر من ثلث هذه الهجمات", 0.3333, "more_than", "هجمات")]),
])
def test_function_words_are_not_units(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_dual_span_leaves_out_the_conjunction(nlp):
    assert counts(nlp, "أصيب أربعة أطفال وامرأتين") == [("أربعة أطفال", 4, None, "أطفال"),
                                                      ("امرأتين", 2, None, "امرأتين")]


@pytest.mark.parametrize("text, expected", [
    ("خصصت الحكومة 500 مليون روبية", []),
    ("ضخ 31 مليون برميل", []),
    ("استمر الحصار 18 شهرا", []),
    ("قتل 3 على الطريق", [("3", 3, None, None)]),
])
def test_money_measures_and_prepositions(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("حاسبوا المنفذين على الفور", []),
    ("ارتفع المؤشر 3.6 نقطة", []),
    ("قتل شخصين في الهجوم", [("شخصين", 2, None, "شخصين")]),
])
def test_plurals_and_index_points(nlp, text, expected):
    assert counts(nlp, text) == expected
