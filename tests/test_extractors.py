import pytest

from conftest import assert_offsets


def names(record, field):
    return [item["name"] for item in record[field]]


@pytest.mark.parametrize("text, expected", [
    ("سقطت قذائف على بالموصل وحلب", ["الموصل", "حلب"]),
    ("وصل الوفد إلى سورية ثم إلى دمشق", ["سوريا", "دمشق"]),
    ("اجتماع في ادلب", ["إدلب"]),
])
def test_places_are_linked_to_the_gazetteer(nlp, text, expected):
    record = nlp(text)
    assert names(record, "places") == expected
    assert all(place["country"] for place in record["places"])
    assert_offsets(record, text)


def test_nationality_adjectives_are_not_places(nlp):
    record = nlp("قالت القوات العراقية والحكومة السورية والصحف الأمريكية")
    assert names(record, "places") == []


def test_place_has_coordinates(nlp):
    (place,) = nlp("قصف على حلب")["places"]
    assert place["kind"] == "city" and place["country"] == "SY"
    assert 36 < place["lat"] < 37 and 37 < place["lon"] < 38


def test_actor_aliases_merge(nlp):
    record = nlp("هاجم تنظيم \"داعش\" البلدة، وقال سكان إن تنظيم الدولة انسحب وإن الدولة الإسلامية خسرت")
    (actor,) = [item for item in record["actors"] if item["kind"] == "armed_group"]
    assert actor["name"] == "داعش" and len(actor["mentions"]) == 3


def test_person_with_title_and_later_surname(nlp):
    text = "قال وزير الخارجية الأمريكي جون كيري إن الاتفاق قريب. وأضاف كيري أن المحادثات مستمرة"
    record = nlp(text)
    person = next(item for item in record["actors"] if item["kind"] == "person")
    assert person["name"] == "جون كيري"
    assert [mention["text"] for mention in person["mentions"]] == ["جون كيري", "كيري"]
    assert_offsets(record, text)


def test_quoted_newspaper_and_anaphor(nlp):
    text = 'ذكرت صحيفة "الغد المشرق" أن القصف استمر، وأضافت الصحيفة أن المدنيين فروا'
    record = nlp(text)
    paper = next(item for item in record["actors"] if item["name"] == "الغد المشرق")
    assert paper["kind"] == "media"
    assert [mention["text"] for mention in paper["mentions"]] == ["الغد المشرق", "الصحيفة"]


@pytest.mark.parametrize("text, name, cls, cas", [
    ("استخدم غاز السارين في الهجوم", "السارين", "nerve", "107-44-8"),
    ("براميل محملة بالكلور", "الكلور", "choking", "7782-50-5"),
    ("أثار غاز الخردل حروقا", "خردل الكبريت", "blister", "505-60-2"),
    ("عثر على آثار في إكس", "في إكس", "nerve", "50782-69-9"),
])
def test_agents(nlp, text, name, cls, cas):
    (agent,) = nlp(text)["agents"]
    assert (agent["name"], agent["class"], agent["cas"]) == (name, cls, cas)


@pytest.mark.parametrize("text", [
    "استخدم النظام الأسلحة الكيميائية مرارا", "انبعث غاز سام من المصنع", "هجوم بالكيماوي على البلدة",
])
def test_generic_chemical_phrases_are_not_agents(nlp, text):
    assert nlp(text)["agents"] == []


@pytest.mark.parametrize("text, name, kind", [
    ("سقطت قذائف على سوق الخضرة وسط المدينة", "سوق الخضرة", "facility"),
    ("قصفت الطائرات قاعدة النجمة الجوية", "قاعدة النجمة", "facility"),
    ("قتل ثلاثة في قرية المشيرفات", "المشيرفات", "town"),
    ("نزحت عائلات من حي الزهور", "حي الزهور", "district"),
])
def test_unlisted_places_after_a_head_noun(nlp, text, name, kind):
    record = nlp(text)
    place = next(item for item in record["places"] if item["name"] == name)
    assert place["kind"] == kind and place["lat"] is None
    assert_offsets(record, text)


@pytest.mark.parametrize("text", ["في منطقة عسكرية مغلقة", "في مدينة كبيرة", "داخل سوق شعبي"])
def test_head_noun_with_an_adjective_is_not_a_place(nlp, text):
    assert nlp(text)["places"] == []


@pytest.mark.parametrize("text", ["في إطار الاتفاق", "لفترة طويلة على طول الحدود", "ألقى كلمة في المؤتمر"])
def test_common_words_are_not_places(nlp, text):
    assert nlp(text)["places"] == []


@pytest.mark.parametrize("text, person", [
    ("التقى بشار الأسد بالوفد", "بشار الأسد"),
    ("وصل فلاديمير بوتين إلى المطار", "فلاديمير بوتين"),
    ("أعدم الرئيس العراقي الراحل صدام حسين", "صدام حسين"),
    ("وقال عبد الكريم الروسي الملقب بأبي سمير إن", "عبد الكريم الروسي"),
])
def test_persons_without_or_with_titles(nlp, text, person):
    persons = [item["name"] for item in nlp(text)["actors"] if item["kind"] == "person"]
    assert persons == [person]


@pytest.mark.parametrize("text", ["سار على الطريق", "أعطى الأمر بالهجوم", "خلف الهجمات قتلى"])
def test_common_words_are_not_persons(nlp, text):
    assert [item for item in nlp(text)["actors"] if item["kind"] == "person"] == []


@pytest.mark.parametrize("text, name, kind", [
    ("أعلن الجيش الإيراني حالة التأهب", "الجيش الإيراني", "military"),
    ("أصدرت وزارة الداخلية السعودية بيانا", "وزارة الداخلية السعودية", "government"),
    ("بثت وكالة الأنباء العراقية الخبر", "وكالة الأنباء العراقية", "media"),
    ("رفضت المعارضة السورية المبادرة", "المعارضة السورية", "armed_group"),
    ("رفع البنك المركزي المصري أسعار الفائدة", "البنك المركزي المصري", "organization"),
    ("توقع صندوق النقد الدولي نموا ضعيفا", "صندوق النقد الدولي", "organization"),
    ("أعلنت نقابة المهندسين الأردنية الإضراب", "نقابة المهندسين الأردنية", "organization"),
    ("اتهم الحرس الثوري الإيراني واشنطن", "الحرس الثوري الإيراني", "military"),
])
def test_institution_with_nationality_adjective(nlp, text, name, kind):
    actor = next(item for item in nlp(text)["actors"] if item["name"] == name)
    assert actor["kind"] == kind


@pytest.mark.parametrize("text", ["قال مدير المؤسسة إن العمل مستمر", "دخل الطلاب الجامعة صباحا",
                                  "وجد المحققون البنك مغلقا"])
def test_a_definite_head_without_adjective_is_no_institution(nlp, text):
    assert nlp(text)["actors"] == []


@pytest.mark.parametrize("text, person", [
    ("استقبل الأمير تميم بن حمد الوفد", "تميم بن حمد"),
    ("اتهم علي عبد الله صالح خصومه", "علي عبد الله صالح"),
])
def test_names_with_particles(nlp, text, person):
    assert [item["name"] for item in nlp(text)["actors"] if item["kind"] == "person"] == [person]


@pytest.mark.parametrize("text", ["التقى الوزير مع نظيره الروسي", "قتل سمير روسي الجنسية", "نائب مندوب روسيا"])
def test_adjectives_pronouns_and_titles_are_not_names(nlp, text):
    persons = [item["name"] for item in nlp(text)["actors"] if item["kind"] == "person"]
    assert all("روسي" not in name and "مندوب" not in name and "نظيره" not in name for name in persons)


def test_elided_coordination_names_a_second_actor(nlp):
    text = "انتشرت القوات العراقية والأمريكية في المدينة"
    record = nlp(text)
    names = [item["name"] for item in record["actors"]]
    assert names == ["القوات العراقية", "القوات الأمريكية"]
    assert record["actors"][1]["mentions"][0]["text"] == "الأمريكية"


@pytest.mark.parametrize("text, actors, places", [
    ("قال وزير الخارجية الروسي سيرغي لافروف إن الاتفاق قريب", [("سيرغي لافروف", "person")], []),
    ("قصف التحالف الدولي بقيادة الولايات المتحدة المواقع", [("التحالف", "coalition")], ["الولايات المتحدة"]),
    ("انتقد المتظاهرون حكومة بشار الأسد", [("بشار الأسد", "person")], []),
])
def test_titles_led_by_and_governments_named_by_a_person(nlp, text, actors, places):
    record = nlp(text)
    assert [(item["name"], item["kind"]) for item in record["actors"]] == actors
    assert [item["name"] for item in record["places"]] == places


@pytest.mark.parametrize("text", ["يحل شهر رمضان المبارك غدا", "جمع أكبر قدر من المساعدات"])
def test_months_and_comparatives_are_not_persons(nlp, text):
    assert [item for item in nlp(text)["actors"] if item["kind"] == "person"] == []


def test_a_word_starting_with_waw_is_not_a_conjunction(nlp):
    names = [item["name"] for item in nlp("اجتمع مجلس الوزراء وزير الدفاع مع الوفد")["actors"]]
    assert "مجلس الوزراء" in names and all("وزير" not in name for name in names)


def test_class_name_joins_the_one_specific_agent(nlp):
    (agent,) = nlp("أكدت المنظمة استخدام غاز السارين، وهو غاز الأعصاب الأشد فتكا")["agents"]
    assert agent["name"] == "السارين" and [m["text"] for m in agent["mentions"]] == ["غاز السارين", "غاز الأعصاب"]
    (generic,) = nlp("يشتبه باستخدام غاز الأعصاب في الهجوم")["agents"]
    assert generic["name"] == "غاز الأعصاب" and generic["class"] == "nerve"
