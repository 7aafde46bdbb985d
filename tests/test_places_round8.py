"""Places round 8 (issue 13, blind-annotated fresh draws): toponyms that begin with a listed word or
take a second toponym start (حسي الفريد، خان بني سعد، وتل الذهب), beaches as place heads (شواطئ X
وY), and a one-word town before a masculine nisba, which is the common noun it qualifies (الرباط
الصليبي). Every sentence here was written for these tests."""

import pytest

from conftest import places_by_name
from extract import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


places_of = places_by_name


@pytest.mark.parametrize("text, name", [
    ("انقطعت الكهرباء عن منطقة حسي الفريد منذ يومين", "حسي الفريد"),
    ("عاد النازحون إلى بلدة خان بني سعد بعد المعارك", "خان بني سعد"),
    ("وصلت قافلة المساعدات إلى قرية حاسي بحبح مساء أمس", "حاسي بحبح"),
])
def test_a_toponym_start_takes_the_rest_of_the_name(pipeline, text, name):
    found = places_of(pipeline, text)
    assert name in found
    assert name.split()[0] not in found


def test_a_short_toponym_start_is_a_list_member(pipeline):
    found = places_of(pipeline, "قصفت المدفعية قرى المنصورة والحميدية وتل الرمان بريف حلب")
    assert {"المنصورة", "الحميدية", "تل الرمان", "حلب"} <= set(found)


def test_a_toponym_start_before_a_function_word_stays_alone(pipeline):
    assert "خان في" not in places_of(pipeline, "قال إنه خان في الماضي عهوده مع سكان قرية الشيخ")


def test_every_beach_under_a_plural_head_is_a_place(pipeline):
    found = places_of(pipeline, "بدأت البلدية تنظيف شواطئ البرقوقة والزيتونة قبل الصيف")
    assert {"البرقوقة", "الزيتونة"} <= set(found)


@pytest.mark.parametrize("text", [
    "جلس المصطافون على شاطئ البحر حتى الغروب",
    "تراجعت أعداد الزوار إلى شواطئ عديدة هذا العام",
])
def test_a_beach_head_before_a_common_word_names_nothing(pipeline, text):
    assert places_of(pipeline, text) == {}


@pytest.mark.parametrize("text, town", [
    ("أجرى المهاجم عملية في الرباط الصليبي للركبة اليسرى", "الرباط"),
    ("خضع الحارس لعملية الرباط الصليبي الأسبوع الماضي", "الرباط"),
])
def test_a_town_before_a_masculine_nisba_is_no_place(pipeline, text, town):
    assert town not in places_of(pipeline, text)


@pytest.mark.parametrize("text, town", [
    ("وصل الوزير إلى الرباط قادما من باريس", "الرباط"),
    ("افتتح الأمير معرض الرياض الدولي للكتاب", "الرياض"),
    ("سقطت قذائف على ريف حلب الشمالي ليلا", "حلب"),
    ("التقى الوزير في نيويورك السفير الفرنسي", "نيويورك"),
    ("استقبل في جدة الدكتور محمد وفدا من التجار", "جدة"),
])
def test_a_town_after_a_noun_or_before_no_nisba_stays_a_place(pipeline, text, town):
    assert town in places_of(pipeline, text)


@pytest.mark.parametrize("text, town", [
    ("تبرعت الجمعية الخيرية بسكاكا للمرضى", "سكاكا"),
    ("كرمت الجمعية الخيرية بسكاكا المرضى المنومين", "سكاكا"),
])
def test_a_town_with_its_proclitic_before_a_word_in_ya_stays_a_place(pipeline, text, town):
    assert town in places_of(pipeline, text)


def test_a_neighbourhood_named_after_a_titled_person_keeps_its_head(pipeline):
    found = places_of(pipeline, "انقطعت الكهرباء عن منازل في حي الأمير سلطان في تبوك")
    assert "حي الأمير سلطان" in found and "سلطان" not in {actor["name"] for actor in pipeline("في حي الأمير سلطان")["actors"]}


def test_a_title_after_a_place_head_begins_the_place_name(pipeline):
    record = pipeline("قصف الطيران بلدة الشيخ مسعود في ريف حلب الجنوبي")
    mentions = {mention["text"] for place in record["places"] for mention in place["mentions"]}
    assert "الشيخ مسعود" in mentions
    assert not any(actor["name"].endswith("مسعود") for actor in record["actors"])


def test_common_definite_words_under_a_plural_head_are_places_before_their_parent(pipeline):
    found = places_of(pipeline, "انقطعت المياه عن أحياء الورود والربوة والسليمانية بالرياض")
    assert {"الورود", "الربوة"} <= set(found)


@pytest.mark.parametrize("text", [
    "عاد اللاجئون من مناطق النزاعات والقتال في ليبيا",
    "زار الوزير مناطق الشمال والوسط في تونس",
    "تضررت قرى المحافظة والمدن المجاورة لها",
])
def test_common_words_under_a_plural_head_without_names_are_no_places(pipeline, text):
    found = places_of(pipeline, text)
    assert not {"النزاعات", "القتال", "الشمال", "الوسط", "المحافظة", "المدن"} & set(found)


@pytest.mark.parametrize("text, name", [
    ("نظم أهالي محافظة قلوة حفل تكريم للطلاب", "قلوة"),
    ("نشرت إمارة منطقة الجوف صورة للموقع", "الجوف"),
])
def test_a_name_after_a_singular_head_before_a_noun_in_two_forms_is_a_place(pipeline, text, name):
    assert name in places_of(pipeline, text)


def test_an_indefinite_plural_head_before_a_noun_and_its_adjective_names_nothing(pipeline):
    assert places_of(pipeline, "خصصت البلدية مناطق نزهات عائلية في الحديقة") == {}


@pytest.mark.parametrize("text, name", [
    ("عقد المؤتمر في مدينة ليل الفرنسية الأسبوع الماضي", "ليل"),
    ("فاز المرشح في ولاية نيو هامبشر الأمريكية", "نيو هامبشر"),
    ("زار الحجاج مدينة مشهد الإيرانية", "مشهد"),
])
def test_words_after_a_feminine_head_before_a_nationality_are_a_place(pipeline, text, name):
    assert name in places_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "أصبحت المنطقة مدينة كبيرة الفرنسية الطابع",
    "زار الوفد مدينة في الفرنسية",
])
def test_an_adjective_or_a_function_word_before_a_nationality_is_no_place(pipeline, text):
    found = places_of(pipeline, text)
    assert "كبيرة" not in found and "في" not in found


@pytest.mark.parametrize("text, word", [
    ("أرسل الأمير برقية شكر وإعزاز للجنود", "أعزاز"),
    ("طالب المزارعون بإدرار الدعم على القطاع", "أدرار"),
])
def test_a_form_four_verbal_noun_is_not_the_town_spelled_without_its_hamza(pipeline, text, word):
    assert word not in places_of(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("تقدمت الفصائل نحو أعزاز صباحا", "أعزاز"),
    ("وصل اللاعب إلى إسطنبول للتوقيع", "اسطنبول"),
])
def test_a_town_in_its_own_spelling_stays_a_place(pipeline, text, name):
    assert name in places_of(pipeline, text)


@pytest.mark.parametrize("text", [
    "سقطت قذيفة على معسكر للمتمردين في ريف إدلب",
    "تحولت المدينة إلى ساحة للصراع بين الفصائل",
])
def test_a_head_before_a_complement_with_lam_names_nothing(pipeline, text):
    assert not any(name.startswith(("معسكر", "ساحة")) for name in places_of(pipeline, text))


def test_the_country_of_a_national_team_is_a_place_and_the_team_stays_an_organisation(pipeline):
    text = "فاز منتخب كرواتيا على منتخب البرتغال في المباراة الودية"
    record = pipeline(text)
    places = {place["name"]: place for place in record["places"]}
    assert {"كرواتيا", "البرتغال"} <= set(places)
    mention = places["كرواتيا"]["mentions"][0]
    assert text[mention["start"]:mention["end"]] == "كرواتيا"
    assert "منتخب كرواتيا" in {actor["name"] for actor in record["actors"]}


def test_a_team_not_named_by_a_country_adds_no_place(pipeline):
    assert places_of(pipeline, "فاز منتخب الناشئين بالبطولة العربية") == {}


def test_an_electoral_district_keeps_its_number(pipeline):
    found = places_of(pipeline, "ترشحت النائبة عن دائرة نابل 1 وزميلها عن دائرة ألمانيا")
    assert "نابل 1" in found and "نابل" not in found and "ألمانيا" in found


def test_a_number_after_a_place_without_a_district_head_stays_apart(pipeline):
    found = places_of(pipeline, "وصل إلى نابل 3 من المسؤولين")
    assert "نابل 3" not in found


def test_ben_begins_a_toponym_after_a_head(pipeline):
    assert "بن عمران" in places_of(pipeline, "أوقفت الشرطة مهربا في مدينة بن عمران أمس")
