"""Person false positives rejected by corpus evidence (extract/ner/persons.py): a given name that is
also a common word, or a verb / accusative adverb / common noun taken as the next name part."""

import pytest

from extract import Pipeline

from extract.ner.persons import is_accusative_common_word, looks_like_verb, takes_article


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    """These are the lexicon's person rules (extract/ner/persons.py), so they run with that backend
    alone; the default lexicon+crf may extend a span further (tests/test_ner_crf.py)."""
    return Pipeline(ner="lexicon")


def persons(nlp, text):
    return [entity["text"] for entity in nlp(text)["entities"] if entity["label"] == "PER"]


@pytest.mark.parametrize("word", ["تستمر", "قرر", "قالت", "يحاول", "شهد"])
def test_verbs_by_their_other_persons(word):
    assert looks_like_verb(word)


@pytest.mark.parametrize("word", ["محمد", "خالد", "إبراهيم", "يوسف", "أيمن", "سلمان"])
def test_names_are_not_verbs(word):
    from extract.normalize import normalize_string
    assert not looks_like_verb(normalize_string(word))


def test_accusative_and_article_evidence():
    assert is_accusative_common_word("عاجلا") and is_accusative_common_word("رئيسا")
    assert not is_accusative_common_word("رضا")
    assert takes_article("تدريب") and not takes_article("كوريا")


@pytest.mark.parametrize("text, wrong", [
    ("ووجهت المنظمة نداء عاجلا إلى المانحين", "نداء عاجلا"),
    ("تأتي حرصا على سلامة المواطنين هذه الخطوة", "تأتي حرصا"),
    ("وقال إن المفاوضات وسوف تستمر حتى الصيف", "تستمر"),
    ("أعلن البنك عن صافي ربح كبير هذا العام", "صافي ربح"),
    ("ويعمل الفريق على أمل إنجاز المشروع", "أمل إنجاز"),
    ("وأكد أن اللاعب محرز قرر الرحيل", "محرز قرر"),
    ("وفاز الحزب وأصبح فلاديمير بوتين رئيسا للبلاد", "فلاديمير بوتين رئيسا"),
    ("وتولى ميشيل تدريب المنتخب الوطني", "ميشيل تدريب"),
])
def test_common_words_are_not_names(nlp, text, wrong):
    assert wrong not in persons(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("وقال الرئيس فلاديمير بوتين إن بلاده مستعدة", "فلاديمير بوتين"),
    ("وصرح فيصل القاسم بأن البرنامج مستمر", "فيصل القاسم"),
    ("وتحدث نور الدين الطبوبي في المؤتمر", "نور الدين"),
    ("وحضر الاجتماع محمد حسن عواد وآخرون", "محمد حسن عواد"),
    ("وشارك في الندوة الدكتور مطلق شايع", "مطلق شايع"),
])
def test_real_names_stay(nlp, text, name):
    assert name in persons(nlp, text)


@pytest.mark.parametrize("text, wrong", [
    ("ولم يدل الوزير بأي تعليق على القرار", "بأي تعليق"),
    ("يعود الأمل إلى حياة الناس في المدينة", "حياة الناس"),
    ("وأنقذ الحارس أرماني مرتين في الشوط الأول", "أرماني مرتين"),
    ("وينتمي آل إليه بالنسب", "آل إليه"),
])
def test_function_words_duals_and_frequent_article_words(nlp, text, wrong):
    assert wrong not in persons(nlp, text)


def test_an_ambiguous_given_name_before_a_nisba_surname(nlp):
    assert "هاني المصري" in persons(nlp, "وقال المحلل هاني المصري إن الاتفاق صامد")


@pytest.mark.parametrize("text, wrong", [
    ("أعلن المدرب أن ليونيل ميسي سيغيب عن المباراة", "ليونيل ميسي سيغيب"),
    ("يتأهل بطل دوري الأمير محمد بن سلمان تلقائيا", "محمد بن سلمان تلقائيا"),
    ("زار الرئيسان السابقان كيم داي جونغ ورو مو هيون اللذين", "هيون اللذين"),
])
def test_future_verbs_nisba_adverbs_and_relative_pronouns(nlp, text, wrong):
    assert wrong not in persons(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("وقال محمد المغير إن الوضع صعب", "محمد المغير"),
    ("وأكد خالد الفخاري أن الفريق مستعد", "خالد الفخاري"),
])
def test_a_rare_place_name_after_a_given_name_is_a_surname(nlp, text, name):
    record = nlp(text)
    assert name in persons(nlp, text) and record["places"] == []


def test_a_known_city_after_a_name_and_a_village_after_its_head_stay_places(nlp):
    assert [place["name"] for place in nlp("وصل محمد الرياض أمس")["places"]] == ["الرياض"]
    assert "المغير" in [place["name"] for place in nlp("قصفت الطائرات بلدة المغير شرق رام الله")["places"]]


def test_an_adjective_after_a_title_is_no_name(nlp):
    assert persons(nlp, "وأكد المدرب أن الفريق جاهز للمباراة") == []


def test_a_foreign_name_that_looks_like_a_preposition_and_a_word_stays(nlp):
    assert "باول آدامز" in persons(nlp, "حسبما يوضح باول آدامز مراسل الإذاعة في موسكو")


def test_a_long_lineage_is_one_name(nlp):
    text = "واستقبل الأمير فهد بن عبدالله بن عبدالعزيز بن مساعد الوفد"
    assert "فهد بن عبدالله بن عبدالعزيز بن مساعد" in persons(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("وقال المفتي عبدالعزيز بن عبدالله آل الشيخ إن", "عبدالعزيز بن عبدالله آل الشيخ"),
    ("وحضر الدكتور أسامة بن فضل البار الحفل", "أسامة بن فضل البار"),
])
def test_a_lineage_takes_its_family_name(nlp, text, name):
    assert name in persons(nlp, text)


def test_a_first_person_future_verb_is_no_name(nlp):
    assert persons(nlp, "إذا قلت إنها لم تلمسني سأكون كاذبا") == []
