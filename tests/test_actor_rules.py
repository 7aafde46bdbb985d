"""Actors on general news: the CRF's confidence in the lexicon+crf combination, coordinated names,
institution heads, and how the actors extractor merges mentions. Sentences written for these tests."""

import itertools

import numpy as np
import pytest

from extract import Pipeline, read_text
from extract.extractors.actors import is_apposed_short_name, same_person
from extract.ner import lexicon_entities
from extract.ner.crf import CrfModel, combine_with_crf, split_coordinated

from conftest import phrase_spans

TOKENIZER = Pipeline(components=["normalize", "tokenize"])
LEXICON = Pipeline(ner="lexicon")


def _doc(text):
    return TOKENIZER.process(read_text(text))


def _combined(doc, lexicon, crf, confidence):
    return [(span.text, span.label) for span in combine_with_crf(doc, lexicon, crf, lambda span: confidence)]


def test_marginals_are_the_brute_force_probabilities_of_each_tag():
    rng = np.random.default_rng(0)
    labels = ["O", "B-PER", "I-PER"]
    model = CrfModel(labels, ["w=x"], np.zeros((1, 3)), rng.normal(size=(3, 3)))
    scores = rng.normal(size=(4, 3))
    paths = list(itertools.product(range(3), repeat=4))
    weights = np.array([np.exp(sum(scores[i, tag] for i, tag in enumerate(path))
                               + sum(model.transitions[a, b] for a, b in zip(path, path[1:]))) for path in paths])
    expected = np.zeros((4, 3))
    for path, weight in zip(paths, weights):
        for position, tag in enumerate(path):
            expected[position, tag] += weight
    assert np.allclose(model.marginals(scores), expected / weights.sum())


def test_a_confident_crf_person_passes_where_the_corpus_test_doubts_its_words():
    # غالي is also an adjective ("expensive"), so the corpus test alone rejects the name.
    doc = _doc("وسجل حسام غالي هدفا في المباراة")
    crf = phrase_spans(doc, ("حسام غالي", "PER"))
    assert _combined(doc, [], crf, 0.99) == [("حسام غالي", "PER")]
    # حسام is a listed given name, so a fair confidence (CONFIDENT_EXTENSION) is enough; below it, no.
    assert _combined(doc, [], crf, 0.4) == []


def test_even_a_confident_new_person_holds_no_definite_common_noun():
    doc = _doc("ودعا إلى التعاون وحسن الجوار بين البلدين")
    crf = phrase_spans(doc, ("وحسن الجوار", "PER"))
    assert _combined(doc, [], crf, 0.99) == []


def test_a_person_does_not_run_on_into_a_frequent_definite_noun():
    doc = _doc("استقبل الأمير تميم بن حمد الوفد")
    lexicon = phrase_spans(doc, ("تميم بن حمد", "PER"))
    crf = phrase_spans(doc, ("تميم بن حمد الوفد", "PER"))
    assert _combined(doc, lexicon, crf, 0.99) == [("تميم بن حمد", "PER")]


def test_a_confident_crf_extends_a_lexicon_person_with_a_family_name():
    doc = _doc("وألقى الشيخ صلاح البدير خطبة الجمعة")
    lexicon = phrase_spans(doc, ("صلاح", "PER"))
    crf = phrase_spans(doc, ("صلاح البدير", "PER"))
    assert _combined(doc, lexicon, crf, 0.8) == [("صلاح البدير", "PER")]
    assert _combined(doc, lexicon, crf, 0.3) == [("صلاح", "PER")]


def test_a_confident_longer_organisation_replaces_the_person_inside_it():
    doc = _doc("تخرج في جامعة الملك فيصل عام 2001")
    lexicon = phrase_spans(doc, ("فيصل", "PER"))
    crf = phrase_spans(doc, ("جامعة الملك فيصل", "ORG"))
    assert _combined(doc, lexicon, crf, 0.9) == [("جامعة الملك فيصل", "ORG")]
    assert _combined(doc, lexicon, crf, 0.6) == [("فيصل", "PER")]


def test_an_organisation_no_longer_than_the_place_it_covers_leaves_the_place():
    doc = _doc("فاز بايرن على ضيفه في ميونخ")
    lexicon = phrase_spans(doc, ("ميونخ", "LOC"))
    crf = phrase_spans(doc, ("ميونخ", "ORG"))
    assert _combined(doc, lexicon, crf, 0.99) == [("ميونخ", "LOC")]


def test_a_confident_organisation_does_not_swallow_a_verb_into_a_lexicon_organisation():
    doc = _doc("وقال سكان إن تنظيم الدولة انسحب من البلدة")
    lexicon = phrase_spans(doc, ("تنظيم الدولة", "ORG"))
    crf = phrase_spans(doc, ("تنظيم الدولة انسحب", "ORG"))
    assert _combined(doc, lexicon, crf, 0.7) == [("تنظيم الدولة", "ORG")]


def test_names_joined_by_wa_split_into_names():
    doc = _doc("وسجل غريزمان وجيرو هدفين")
    (span,) = phrase_spans(doc, ("غريزمان وجيرو", "PER"))
    assert [part.text for part in split_coordinated(doc, span)] == ["غريزمان", "وجيرو"]
    assert _combined(doc, [], [span], 0.99) == [("غريزمان", "PER"), ("جيرو", "PER")]


def test_an_institution_with_coordinated_definite_nouns_stays_whole():
    doc = _doc("وأعلنت وزارة العمل والشؤون الاجتماعية القرار")
    (span,) = phrase_spans(doc, ("وزارة العمل والشؤون الاجتماعية", "ORG"))
    assert split_coordinated(doc, span) == [span]


def _lexicon_orgs(text):
    return [span.text for span in lexicon_entities(_doc(text)) if span.label == "ORG"]


@pytest.mark.parametrize("text, organisation", [
    ("أعلنت جامعة جازان عن وظائف", "جامعة جازان"),
    ("وقالت شرطة لندن إنها احتجزت رجلا", "شرطة لندن"),
    ("وقالت شرطة منطقة مكة المكرمة إنها احتجزت رجلا", "شرطة منطقة مكة المكرمة"),
    ("وفاز النادي الصفاقسي على ضيفه", "النادي الصفاقسي"),
    ("وتعادل منتخب الأرجنتين مع ضيفه", "منتخب الأرجنتين"),
    ("ونقلت وكالة الصحافة الفرنسية عن مصدر", "وكالة الصحافة الفرنسية"),
    ("وشاركت جامعة القصيم وجامعة حائل في المعرض", "جامعة حائل"),
])
def test_a_head_noun_with_a_place_or_a_nisba_names_an_institution(text, organisation):
    assert organisation in _lexicon_orgs(text)


def test_a_head_after_a_preposition_is_an_institution_unless_it_says_led_by():
    # issue 11: بمجلس الوزراء، لنقابة الأطباء name their body; بقيادة (led by) names none
    assert "مجلس الوزراء" in " ".join(_lexicon_orgs("وعقد الاجتماع بمجلس الوزراء أمس"))
    assert "قيادة الجيش" not in " ".join(_lexicon_orgs("وهاجمت قوات بقيادة الجيش القرية"))


def test_a_head_with_an_indefinite_common_noun_names_nothing():
    assert _lexicon_orgs("ونقلت وكالة محلية عن مصدر أن منتخب بلاده فاز") == []


def test_an_ordinal_after_a_head_is_a_rank_not_a_name():
    assert _lexicon_orgs("واحتل الفريق المركز الثاني في الترتيب") == []
    assert _lexicon_orgs("وقال المركز الإعلامي في بيان") == ["المركز الإعلامي"]


@pytest.mark.parametrize("mention, name, same", [
    ("جون دوريان", "الكولونيل جون دوريان", True),
    ("دوريان", "جون دوريان", True),
    ("محمد الخزيم", "محمد بن ناصر الخزيم", True),
    ("سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز آل سعود", True),
    # A nasab chain inside a longer one names the father; a name's middle word alone names nobody.
    ("سعود بن عبدالعزيز", "سطام بن سعود بن عبدالعزيز", False),
    ("عبدالعزيز بن سطام بن عبدالعزيز", "سطام بن سعود بن عبدالعزيز", False),
    ("ناصر", "محمد بن ناصر الخزيم", False),
    ("دوريان جون", "جون دوريان", False),
])
def test_a_person_mention_joins_a_name_only_in_its_order(mention, name, same):
    assert same_person(mention.split(), name.split()) is same


def _actors(text):
    return [[mention["text"] for mention in actor["mentions"]] for actor in LEXICON(text)["actors"]]


def test_two_princes_of_one_family_stay_two_persons():
    text = "استقبل الأمير سطام بن سعود بن عبدالعزيز الأمير عبدالعزيز بن سطام بن عبدالعزيز في الرياض."
    persons = [actor["name"] for actor in LEXICON(text)["actors"] if actor["kind"] == "person"]
    assert persons == ["سطام بن سعود بن عبدالعزيز", "عبدالعزيز بن سطام بن عبدالعزيز"]


def test_an_institution_written_with_a_proclitic_or_as_a_hashtag_is_one_actor():
    text = ("أعلن البنك المركزي المصري خفض الفائدة. #البنك_المركزي_المصري. وقالت الحكومة العراقية "
            "إن الوفد وصل، ونقل بيان للحكومة العراقية ذلك.")
    actors = _actors(text)
    assert ["البنك المركزي المصري", "البنك_المركزي_المصري"] in actors
    assert ["الحكومة العراقية", "للحكومة العراقية"] in actors


def test_a_quoted_short_name_right_after_an_organisation_is_that_organisation():
    text = 'وذكرت وكالة الأنباء الرسمية الفلسطينية "وفا" أن شابا أصيب.'
    doc = _doc(text)
    name, short = phrase_spans(doc, ("وكالة الأنباء الرسمية الفلسطينية", "ORG"), ("وفا", "ORG"))
    assert is_apposed_short_name(doc, name, short)


def test_a_second_organisation_named_after_a_conjunction_is_not_an_alias():
    text = 'وذكرت وكالة الأنباء الرسمية الفلسطينية وصحيفة "القدس" أن شابا أصيب.'
    doc = _doc(text)
    name, short = phrase_spans(doc, ("وكالة الأنباء الرسمية الفلسطينية", "ORG"), ("القدس", "ORG"))
    assert not is_apposed_short_name(doc, name, short)


@pytest.mark.parametrize("text, expected", [
    # The authorities are the government the article named; in an article that names no country they
    # make no actor; a ministry is an actor of its own, not the government, so the authorities of
    # the ministry's country are a second actor.
    ("قالت الحكومة المغربية إن الوضع هادئ، ومنعت السلطات التظاهرات.", [["الحكومة المغربية", "السلطات"]]),
    ("منعت السلطات التظاهرات في المدينة.", []),
    ("قالت وزارة الداخلية المغربية إن الوضع هادئ، ومنعت السلطات التظاهرات.", [["وزارة الداخلية المغربية"], ["السلطات"]]),
    ("انتشر الجيش اللبناني في البلدة، وقال الجيش إن الوضع هادئ.", [["الجيش اللبناني", "الجيش"]]),
])
def test_a_bare_state_actor_noun_joins_the_article_s_state_actor(text, expected):
    assert _actors(text) == expected


@pytest.mark.parametrize("text, organisation", [
    ("وقال المركز الإعلامي للغوطة إن القصف مستمر", "المركز الإعلامي للغوطة"),
    ("وأعلن المجلس الأعلى لثوار ليبيا رفضه", "المجلس الأعلى لثوار ليبيا"),
    ("وعقد مجلس التعاون لدول الخليج العربية اجتماعا", "مجلس التعاون لدول الخليج العربية"),
    # Said to a second organisation, or to people: the complement is no part of the name.
    ("وقالت وزارة الداخلية السعودية لوكالة الأنباء إن الحدود آمنة", "وزارة الداخلية السعودية"),
    ("وقالت وزارة الصحة للصحفيين إن المستشفى ممتلئ", "وزارة الصحة"),
])
def test_an_institution_name_goes_on_with_a_lam_complement(text, organisation):
    assert organisation in _lexicon_orgs(text)
