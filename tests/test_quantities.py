"""The quantity grammar (extract/quantities.py): numbers that are not counts, and corpus-read duals.

Each exclusion has a negative beside it: a real count next to money, a date, a score, a dual."""

import pytest

from conftest import assert_offsets


def counts(nlp, text):
    record = nlp(text)
    assert_offsets(record, text)
    return [(item["text"], item["value"]) for item in record["counts"]]


@pytest.mark.parametrize("text", [
    "بلغت كلفة المشروع 3 مليارات و900 مليون جنيه",
    "صرفت الوزارة (4.310.900) ريال على الصيانة",
    "بلغت الأرباح 1,750,000 درهم",
    "حصل اللاعب على مبلغ مليون وخمسمائة ألف يورو",
    "تبلغ المكالمة 19 هللة للدقيقة",
    "رصدت الحكومة 25 مليون دولار أمريكي",
    "اشترى الأسهم بقيمة 500 مليون",
    "بيع الجهاز بـ 300$ في المتاجر",
])
def test_money_is_not_a_count(nlp, text):
    assert counts(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("قتل 12 شخصا وقدرت الخسائر بـ 3 ملايين دولار", [("12 شخصا", 12)]),
    ("وزعت 500 سلة غذائية بقيمة 20 ألف ريال", [("500 سلة", 500)]),
    ("قتل شخصان بين النازحين", [("شخصان", 2)]),  # بين is not ب + ين (the yen)
])
def test_counts_beside_money_stay(nlp, text, expected):
    assert counts(nlp, text) == expected


def test_money_compound_is_one_expression(nlp):
    # The whole amount is money: neither 3 مليارات nor و900 مليون is left as a count.
    assert counts(nlp, "خصصت 3 مليارات و900 مليون جنيه لبناء 40 مدرسة") == [("40 مدرسة", 40)]


@pytest.mark.parametrize("text", [
    "احتفل الأهالي في الرابع عشر من يوليو",
    "توفي يوم 28 شوال 1436هـ في جدة",
    "بدأ العام الدراسي في ٨ ذي القعدة",
    "وقع الانفجار في 26 من الشهر الماضي",
    "أقيم الحفل في 16 كانون الثاني",
    "افتتح المعرض في 5 جانفي 2016",
    "وصلت الطائرة في 21 غشت",
    "ولد عام 1381هـ في مكة",
    "صدر القرار بتاريخ 14/1/1424هـ",
    "تستمر الفعاليات حتى 21 منه",
])
def test_dates_are_not_counts(nlp, text):
    assert counts(nlp, text) == []


def test_count_next_to_a_date_stays(nlp):
    assert counts(nlp, "قتل 9 أشخاص في 26 يونيو الماضي") == [("9 أشخاص", 9)]


@pytest.mark.parametrize("text", [
    "فاز الفريق 2-1 على ضيفه",
    "تغلب عليه 1 - صفر في الملعب",
    "انتهت المباراة بنتيجة 4 - 2",
    "أحرز الهدف في الدقيقة 90",
    "سجل في الدقيقتين 29 و 89",
    "يعقد الاجتماع بصيغة 5+1 في فيينا",
    "صورة شمسية 4×6 مطلوبة",
    "تبدأ المباراة بتوقيت غرينتش +3",
    "تأهل الفريق إلى ربع النهائي",
    "خرج المنتخب من نصف النهائي",
    "احتل المركز الثالث عشر في الترتيب",
    "تنطلق الجولة الثالثة عشرة غدا",
    "حل في المرتبة الـ13 عالميا",
])
def test_scores_ranks_and_formats_are_not_counts(nlp, text):
    assert counts(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("يتناولون الطعام 3 – 7 مرات في الأسبوع", [("3", 3), ("7 مرات", 7)]),  # a range of counts
    ("سيطرت القوات على ربع المدينة", [("ربع المدينة", 0.25)]),
    ("نقل نحو ثلث الجرحى إلى المستشفى", [("نحو ثلث الجرحى", 0.3333)]),
    ("شارك اثنا عشر لاعبا في المباراة", [("اثنا عشر لاعبا", 12)]),
])
def test_ranges_fractions_and_teens_stay(nlp, text, expected):
    assert [(text, pytest.approx(value, rel=1e-3)) for text, value in counts(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "بدأ الحفل الساعة 10:30 صباحا",
    "تفتح الأبواب من الساعة الحادية عشرة",
    "يصل القطار 5 مساء",
    "هبت رياح بسرعة 35 كم/ساعة",
    "سجلت الحرارة 48 درجة مئوية",
    "هطلت أمطار بلغت 40 ملم",
    "تبعد القرية 120 كيلو مترا عن العاصمة",
    "شحنت السفينة 3 آلاف طن من القمح",
    "يبلغ ارتفاع الجبل حوالي 300م",
    "تحطمت طائرة من طراز اليوشن 62 قرب المطار",
    "قصفت مقاتلات ميغ 29 المواقع",
    "اشترت الشركة بوينج 737 جديدة",
    "عرض فيلم \"ماما ميا 2\" في الصالات",
    "للاستفسار الاتصال على جوال 0533616655",
])
def test_times_measures_models_and_phones_are_not_counts(nlp, text):
    assert counts(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("تحطمت 3 طائرات من طراز ميغ", [("3 طائرات", 3)]),
    ("قطع المتظاهرون 120 كيلومترا سيرا وأصيب 4 منهم", [("4 منهم", 4)]),
    ("أصيب 7 أشخاص عند الساعة العاشرة", [("7 أشخاص", 7)]),
])
def test_counts_beside_measures_models_and_times_stay(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "تحدث عن الشعراء المشهورين في العالم",  # a sound plural: مشهورون is the corpus' plural
    "يعاني من فقدان الذاكرة",  # فقدان is a masdar: the corpus has no فقدين
    "تحدث عن العدوان على المدينة",
    "قاد المعركة عدنان العرعور",
    "الطرفين يعملان لمصلحة البلد",  # a dual verb, not a dual noun (the subject is still one)
])
def test_words_in_an_or_in_are_not_duals(nlp, text):
    values = [value for _, value in counts(nlp, text)]
    assert values.count(2) <= (1 if "الطرفين" in text else 0)


@pytest.mark.parametrize("text, expected", [
    ("قتل شخصان في الهجوم", [("شخصان", 2)]),
    ("دمرت الغارة عربتين", [("عربتين", 2)]),
    ("استهدف القصف هجومين متتاليين", [("هجومين", 2)]),
])
def test_real_duals_count_two(nlp, text, expected):
    assert counts(nlp, text)[:1] == expected


def test_number_word_after_a_preposition_needs_a_noun(nlp):
    assert counts(nlp, "وأنا لست في هذه السن") == []
    assert counts(nlp, "تبرع لست عائلات") == [("لست عائلات", 6)]


def test_compound_tail_takes_its_scale(nlp):
    assert counts(nlp, "زار المدينة مليون و800 ألف سائح") == [("مليون و800 ألف سائح", 1800000)]


def test_verb_spelled_like_a_number_is_not_one(nlp):
    assert counts(nlp, "أثنى المدرب على اللاعبين") == []


@pytest.mark.parametrize("text, expected", [
    ("بلغت الودائع 43.5 مليار دولار في أبريل مقابل نحو 42.611 مليار في مارس", []),  # money by ellipsis
    ("قتل 3 ملايين شخص في المجاعة مقابل مليونين في الحرب", [("3 ملايين شخص", 3000000), ("مليونين", 2000000)]),
])
def test_scaled_amount_in_a_money_sentence_is_money(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ارتفع عدد المصابين 2.5 مليون شخص", [("2.5 مليون شخص", 2500000)]),
    ("نجحت العملية بنسبة 5.625%", [("5.625%", 5.625)]),
    ("قتل 270.000 شخص في الحرب", [("270.000 شخص", 270000)]),
])
def test_a_dot_before_a_scale_or_percent_is_a_decimal(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وسجل اللاعب الهدف الأول (13). ثم أضاف الثاني", []),
    ("أزالت البلدية أكثر من (250) منزلا مخالفا", [250]),
])
def test_a_bare_number_in_brackets_is_a_reference(nlp, text, expected):
    assert [value for _, value in counts(nlp, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("قالت الشركة الاثنين إنها ستغلق فروعها", []),
    ("وصل الوفد يوم الأحد إلى العاصمة", []),
    ("اتفق الطرفان الاثنان على الهدنة", [2]),
])
def test_monday_and_sunday_are_not_numbers(nlp, text, expected):
    assert [value for _, value in counts(nlp, text)][:1] == expected


@pytest.mark.parametrize("text, expected", [
    ("المدينة هي واحدة من أفقر المناطق", []),
    ("سقط صاروخ واحد على الحي", [("صاروخ واحد", 1)]),
    ("منحت تأشيرات لثلاثة من الأعضاء", [("لثلاثة", 3)]),
])
def test_one_of_and_partitives(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("يلعب الفريق ذهاب ربع نهائي البطولة", []),
    ("حل المنتخب في المركز الـ 22 عالميا", []),
    ("يستخدم الناس الرقم «4000» للتعبير عن الدهشة", []),
    ("تبدأ المحادثات في الساعة 15,00 (17,00 ت غ) في برلين", []),
    ("يغيب اللاعب ما بين 4 إلى 6 أسابيع", []),
    ("تراوحت الكلفة بين 20 إلى 30 مليون دولار", []),
])
def test_more_non_counts(nlp, text, expected):
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("تراجعت النسبة في المنستير بـ8ر9 بالمائة", [9.8]),
    ("يتراوح عدد المصابين بين 4 إلى 6 أشخاص", [4, 6]),
    ("سيطر الجيش على ربع المناطق الشمالية", [0.25]),
])
def test_more_counts_that_stay(nlp, text, expected):
    assert [pytest.approx(value) for _, value in counts(nlp, text)] == expected


def test_a_number_after_the_word_number_is_still_a_count(nlp):
    assert [value for _, value in counts(nlp, "فتح باب القبول لعدد ( 600 طالب ) من الخريجين")] == [600]


@pytest.mark.parametrize("text", [
    "فاز الفريق على ضيفه بثلاثة أهداف لهدفين",
    "فاز في الذهاب بخمسة أهداف دون مقابل",
    "يقام المعرض بين 9 و12 أيار/مايو",
    "سجل الأهداف في الدقائق 17، 71 و108",
    "تحدثت الفقرتين 16 و17 عن المرجعية",  # a dual that names its two members
])
def test_scores_in_words_date_ranges_and_label_lists(nlp, text):
    assert counts(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("وصلت نسبة البطالة إلى 22 فاصل 5 بالمائة", [22.5]),
    ("بلغ عدد المركبات \"1.7\" مليون مركبة", [1700000]),
    ("حقق الفريق 26 فوزا مقابل 8 تعادلات", [26, 8]),  # a tally, not a score
    ("سجل المهاجم هدفين في المباراة", [2]),
])
def test_decimal_words_quoted_amounts_and_tallies(nlp, text, expected):
    assert [pytest.approx(value) for _, value in counts(nlp, text)] == expected


@pytest.mark.parametrize("text", [
    "30 - أفضل طريقة لاختيار العطر هي التجربة",
    "تبلغ سعة المحرك 1330 سم3 فقط",
    "تستمر الهدنة من الساعة 9 حتى 14 يوميا",
    "سجل سعيد شعبان هدفا رائعا",
])
def test_list_markers_unit_powers_hour_ranges_and_months_as_names(nlp, text):
    assert [value for _, value in counts(nlp, text) if value != 1] == []


def test_half_after_a_dual_scale(nlp):
    assert [value for _, value in counts(nlp, "تضاعف عدد السكان إلى مليونين ونصف نسمة")] == [2500000]


def test_an_amount_with_its_own_noun_after_a_label_list_is_a_count(nlp):
    assert [value for _, value in counts(nlp, "أحرز الهدف في الدقيقة 90 و3 لاعبين أصيبوا")] == [3]


@pytest.mark.parametrize("text", [
    "مدد الاتحاد العقوبات حتى الـ31 من كانون الثاني",
    "يتأهل الفريق إلى دور الـ16 من البطولة",
    "استأجره لمدة ستة أشهر بمبلغ 1.2 مليون أورو",
    "تبلغ الحرارة العليا 23 مئوية",
    "فاز المنتخب على ضيفه بهدفين مقابل هدف",
])
def test_article_days_rounds_maghrebi_euro_celsius_and_dual_scores(nlp, text):
    assert counts(nlp, text) == []


@pytest.mark.parametrize("text", [
    "هبطت الليرة إلى 4.2901 مقابل الدولار",
    "يريد أن يبقى في الحكم (40) عاما",
])
def test_exchange_rates_and_bracketed_durations(nlp, text):
    assert counts(nlp, text) == []
