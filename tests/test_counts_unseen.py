"""Counts in general news (issue 11): the quantity grammar's rules, each with sentences written for
these tests and negatives beside them."""

import pytest

from conftest import assert_offsets


def values(nlp, text):
    record = nlp(text)
    assert_offsets(record, text)
    return [(item["text"], item["value"]) for item in record["counts"]]


@pytest.mark.parametrize("text, expected", [
    # a number word after a definite noun that carries a proclitic
    ("فاز الفريق بالمباريات الخمس التي لعبها", [("بالمباريات الخمس", 5)]),
    ("وزار الوفد للمدن الثلاث في الجنوب", [("للمدن الثلاث", 3)]),
    # a number word with a partitive after a label noun
    ("وتحاكم في هذه القضية أربع من قريباته", [("أربع", 4)]),
    # and after a noun with a possessive pronoun
    ("وحضر أبناؤها الخمسة حفل التخرج", [("أبناؤها الخمسة", 5)]),
    # a label noun (المجموعة، العدد) before a number that counts the accusative noun after it
    ("تضم المجموعة 45 لاعبا من عشرة بلدان", [("45 لاعبا", 45), ("عشرة بلدان", 10)]),
    ("ونشر العدد 30 مقالا عن الرواية", [("30 مقالا", 30)]),
    # a definite fraction after a word of proportion, and fractions with a pronoun suffix
    ("انخفضت المبيعات بنسبة الربع خلال الصيف", [("الربع", 0.25)]),
    ("وصل الطلاب متأخرين وغاب ثلثهم عن الامتحان", [("ثلثهم", 0.3333)]),
    ("وقالت إن نصفها بيع في المزاد", [("نصفها", 0.5)]),
    ("وحصل الورثة على سدس التركة", [("سدس التركة", 0.1667)]),
    # a feminine dual whose first letter is also a proclitic
    ("وتوفيت فتاتان في الحادث", [("فتاتان", 2)]),
    # a vague plural before a bare scale word
    ("ويقطن المنطقة عشرات آلاف من السكان", [("عشرات آلاف من السكان", 10000)]),
    # a teen after a number word that follows its definite noun
    ("واجتمع أعضاء اللجنة الأحد عشر والوزراء الثلاثة عشر", [("والوزراء الثلاثة عشر", 13)]),
    ("وصوت أعضاء المجلس الخمسة عشر", [("المجلس الخمسة عشر", 15)]),
    # بين asks for two: a dual as common as its singular, with its nisba adjectives
    ("وتوطدت العلاقات بين البلدين.", [("البلدين", 2)]),
    ("وتحسنت الروابط بين البلدين الخليجيين الكبيرين", [("البلدين الخليجيين الكبيرين", 2)]),
    ("وهز العاصمة تفجيرين انتحاريين", [("تفجيرين", 2)]),
    # a present-tense dual verb whose stem is also a verbal noun (تعرفان beside يعرفان) is no count
    ("والفتاتان تعرفان الطريق جيدا", [("الفتاتان", 2)]),
])
def test_counts_read(nlp, text, expected):
    assert values(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a dual that names its two members, and an adjective agreeing with a dual that did
    "يحمل المهندس الجنسيتين الفرنسية والمغربية",
    "زار الوزير مقري الشرطة والبلدية التابعين للمحافظة",
    "وتحدث الزعيمين الفرنسي إيمانويل ماكرون والألماني أولاف شولتس هاتفيا",
    "وبحث الحوار بين الأديان في المؤتمر",
    # label nouns before a number, with an adverb or a function word after it
    "سجل اللاعب هدفه في الدقيقة 70 تقريبا",
    "تراجع الفريق إلى المرتبة 12 عالميا",
    "سجل الهدف في الدقيقة 55 عندما تقدم المهاجم",
    "احتل النادي المركز 4 بفارق الأهداف",
    # a label noun under a possessive pronoun, a model number and the list after it, an age
    "افتتح المهرجان دورته 40 بحضور الوزير",
    "تعمل اللعبة على أجهزة بلاي ستيشن 4 و3",
    "توفي رجل في 70 من العمر",
    "وقال الادعاء إن القضية \"3000\" لم تغلق",
    # a score before a function word, a round of sixteen, a version after a Latin name,
    # a currency glued to the word after it
    "وعاد الفريق بعد فوزه 2 - 0 على مضيفه",
    "وودع البطولة من دور الستة عشر",
    "ويعمل التطبيق على نظام iOS 12.1 بعد التحديث",
    "وأغلق الخام عند 70.5 دولارللبرميل أمس",
    # an abbreviated unit of mass, a score closed by نظيفين
    "وباعت المزرعة 300 كجم من التمور",
    "وانتهى الشوط الأول بهدفين نظيفين",
    # minutes of a clock time and a leading-zero code
    "انطلقت الرحلة نحو الساعة 14،00 بالتوقيت المحلي",
    # a definite fraction that names a part of the year or a stage
    "ارتفعت الأرباح في الربع الأول من العام",
    "تأهل المنتخب إلى نصف النهائي",
    # a sound plural in ين whose ون plural the corpus knows (طيارين، لاعبين), and an adjective in ين
    "نقل الجيش الطيارين إلى القاعدة",
    "وبطبيعة معظم موظفينا المحلين فإنهم يعملون بجد",
    # adjectives in ين whose ان form the corpus does not list
    "وكان الشهود صادقين تماما في أقوالهم",
    "وكان اللاعبون غير مبهرين في المباراة",
])
def test_not_counts(nlp, text):
    assert values(nlp, text) == []


@pytest.mark.parametrize("text", [
    "وقال العقيد ماجد نجمان للصحفيين إن الوضع هادئ. ووصف العقيد نجمان قدرة المسلحين بالضعيفة.",
    "وقال العقيد سمير قمران للصحفيين إن الوضع هادئ. ووصف العقيد قمران قدرة المسلحين بالضعيفة.",
])
def test_a_family_name_repeated_alone_is_the_person_not_a_dual(nlp, text):
    assert nlp(text)["counts"] == []


def test_a_dual_that_is_no_family_name_of_the_article_still_counts(nlp):
    text = "وقال العقيد ماجد الحربي للصحفيين إن الوضع هادئ. ووصف العقيد الحربي نجمين في الأفق."
    assert [count["value"] for count in nlp(text)["counts"]] == [2]
