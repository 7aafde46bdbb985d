"""Counts in general news (issue 11): a definite dual the corpus uses in both cases counts outside
بين too, a definite dual right after a definite second conjunct is the pair's adjective, and a number
after a transliterated name, glued to the name in its own script, is a model number. Sentences
written for these tests, with negatives beside them."""

import pytest

from conftest import assert_offsets


def values(nlp, text):
    record = nlp(text)
    assert_offsets(record, text)
    return [(item["text"], item["value"]) for item in record["counts"]]


@pytest.mark.parametrize("text, expected", [
    # الطرفين beside الطرفان in the corpus: a dual wherever it stands
    ("دعا الوسيط الطرفين إلى ضبط النفس", [("الطرفين", 2)]),
    ("وتنتظر الجماهير مواجهة الفريقين في النهائي", [("الفريقين", 2)]),
    ("ووقع الطرفان الاتفاق أمس", [("الطرفان", 2)]),
    # a dual not right after a conjunct still counts
    ("التقى الرئيس والوزير أمس الوفدين", [("الوفدين", 2)]),
    # partitive: the two sides were named, the count is of the people from them
    ("دارت معارك بين الجيش والمتمردين قتل فيها أربعة جنود من الطرفين", [("أربعة جنود", 4)]),
])
def test_dual_counts(nlp, text, expected):
    assert values(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a name or title in ين whose ان form the corpus hardly has
    "زار خادم الحرمين الشريفين المدينة المنورة",
    "وصل ملك البحرين إلى الرياض",
    # a dual adjective of the two things just named
    "أبدى الفريق الانضباط والرشاقة واللياقة العاليتين",
    "زار الوفد المدينة القديمة والمنطقة الصناعية المجاورتين",
    "اعتقلت الشرطة متظاهرين في القدس الشرقية والضفة الغربية المحتلتين",
])
def test_not_dual_counts(nlp, text):
    assert values(nlp, text) == []


def test_a_number_repeated_glued_to_the_latin_name_is_a_model_number(nlp):
    assert values(nlp, "وطرحت الشركة سماعة سونوس 5 Sonos5 في الأسواق") == []
    assert values(nlp, "حضر 3 خبراء من شركة Sonos") == [("3 خبراء", 3)]
    assert values(nlp, "وشارك 4 مهندسين Team4 في المشروع") == [("4 مهندسين", 4)]
