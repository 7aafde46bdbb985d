"""The pieces of reported speech: cue morphology, quotation-mark pairing, agreement."""

import pytest

from extract.normalize import normalize_string
from extract.speech.cues import cue_forms, cue_patterns, matches_need
from extract.speech.marks import mark_direction, pair_marks
from extract.speech.speakers import Speaker, agrees
from extract.document import Span


@pytest.mark.parametrize("form, lemma, kind, gender, number, aspect", [
    ("قالوا", "قال", "verb", "m", "pl", "perfect"),
    ("تزعم", "زعم", "verb", "f", "sg", "imperfect"),
    ("يشير", "أشار", "verb", "m", "sg", "imperfect"),
    ("تؤكد", "أكد", "verb", "f", "sg", "imperfect"),
    ("أكدتا", "أكد", "verb", "f", "du", "perfect"),
    ("وسيقول", "قال", "verb", "m", "sg", "imperfect"),
    ("لتؤكد", "أكد", "verb", "f", "sg", "imperfect"),
    ("فأوضحوا", "أوضح", "verb", "m", "pl", "perfect"),
    ("نفت", "نفى", "verb", "f", "sg", "perfect"),
    ("ينفون", "نفى", "verb", "m", "pl", "imperfect"),
    ("يرون", "رأى", "verb", "m", "pl", "imperfect"),
    ("مضيفة", "أضاف", "participle", "f", "sg", "nominal"),
    ("مشيرين", "أشار", "participle", "m", "pl", "nominal"),
    ("قولها", "قال", "masdar", "f", "sg", "nominal"),
    ("بقوله", "قال", "masdar", "m", "sg", "nominal"),
    ("إشارته", "أشار", "masdar", "m", "sg", "nominal"),
    ("ونقلت", "نقل", "relay", "f", "sg", "perfect"),
])
def test_cue_inflections_are_generated_from_lemmas(form, lemma, kind, gender, number, aspect):
    cue = cue_forms()[normalize_string(form)]
    assert (cue.lemma, cue.kind, cue.gender, cue.number, cue.aspect) == \
        (normalize_string(lemma), kind, gender, number, aspect)


def test_conjunction_marks_a_new_clause():
    assert cue_forms()["وقال"].conjoined and not cue_forms()["قال"].conjoined


@pytest.mark.parametrize("word", [
    "بين",  # the preposition "between" (بيّن with its shadda is the verb)
    "تبين",  # "it turned out": no speaker
    "قول",  # a bare masdar
    "مقر",  # headquarters, not the participle of أقر
    "مفيدة",  # useful
    "باعتباره",  # "as being"
    "قائد", "الأكد", "مضيف",
    "حمل",  # attributes a quoted phrase but reports no speech
])
def test_words_that_are_not_cues(word):
    assert normalize_string(word) not in cue_forms()


def test_multi_word_patterns_are_data():
    assert "عن" in cue_patterns()["اعرب"].needs
    assert cue_patterns()["جاء"].speaker == "after"
    assert cue_patterns()["ذكر"].speaker == "passive_imperfect"
    assert matches_need("اعتقاده", "اعتقاد*") and matches_need("باعتقادها", "اعتقاد*")
    assert not matches_need("قلقه", "اعتقاد*") and not matches_need("الى", "عن")


def _pairs(text):
    return sorted((text[opening + 1:closing]) for opening, closing in pair_marks(text).items() if opening < closing)


def test_straight_marks_pair_and_nest_by_their_neighbours():
    text = 'قالت: "إن تقرير "مرصد الحرب" أكد الهجوم". وانتهى'
    assert _pairs(text) == ['إن تقرير "مرصد الحرب" أكد الهجوم', "مرصد الحرب"]


def test_guillemets_nest():
    text = "قال «أولا «ثانيا» ثالثا» ثم سكت"
    assert _pairs(text) == ["أولا «ثانيا» ثالثا", "ثانيا"]


def test_reversed_curly_marks_still_pair():
    assert _pairs("وقال “لن نتراجع“ ثم غادر") == ["لن نتراجع"]


def test_mark_glued_after_a_comma_closes():
    text = 'وقالت: "الجيش سوري،"مشيرة إلى القرار'
    assert mark_direction(text, text.index('"مشيرة')) == "close"
    assert _pairs(text) == ["الجيش سوري،"]


def test_mark_after_a_proclitic_opens():
    text = 'وندد بـ"الهمجية" التي طالت المدنيين'
    assert mark_direction(text, text.index('"ال')) == "open"
    assert _pairs(text) == ["الهمجية"]


def test_quotation_never_crosses_a_paragraph():
    assert _pairs('قال "بداية بلا نهاية\nوفي فقرة أخرى" كلام') == []


def test_stray_closing_mark_pairs_with_nothing():
    assert _pairs('انتهى الكلام" ثم بدأ') == []


def _speaker(gender, number):
    return Speaker(Span(0, 1, "x"), None, gender, number)


def test_agreement_of_cue_and_speaker():
    feminine, masculine, plural = cue_forms()["قالت"], cue_forms()["قال"], cue_forms()["قالوا"]
    assert agrees(feminine, _speaker("f", "sg")) and not agrees(feminine, _speaker("m", "sg"))
    assert agrees(masculine, _speaker("m", "sg")) and not agrees(masculine, _speaker("f", "sg"))
    assert agrees(plural, _speaker("m", "pl")) and not agrees(plural, _speaker("m", "sg"))
    assert agrees(feminine, _speaker(None, "pl"))  # قالت المصادر: a broken plural


def test_mark_glued_after_a_colon_opens():
    text = 'قوله :"إن الوضع مقلق" ثم'
    assert mark_direction(text, text.index(':"') + 1) == "open"
    assert _pairs(text) == ["إن الوضع مقلق"]
