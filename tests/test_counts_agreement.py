"""The noun a number counts, read by agreement (issue 11), from corpus chunks of this stop and tested
on sentences written for the tests: a noun with a possessive pronoun is definite and no number's
counted noun (لقي 42 مصرعهم), though a fraction's or a vague plural's genitive may be (ثلث مقاعده،
عشرات أنصاره); a hamza on the alef keeps ال in the word (ألقاب is no ال + قاب); a definite nisba
adjective between a noun and its definite number describes the noun (الدول الغربية الثلاث counts
الدول); a dual adjective makes the ين/ان noun before it a dual (بحفلين كبيرين), unless the pair is a
predicate (إنهما فريقان مختلفان); a decimal times a scale word is the figure as written."""

from __future__ import annotations

import pytest

from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def counts(nlp: Pipeline, text: str) -> list[tuple[float, str | None]]:
    return [(count["value"], count["unit"]) for count in nlp(text)["counts"]]


def spans(nlp: Pipeline, text: str) -> list[str]:
    return [count["text"] for count in nlp(text)["counts"]]


@pytest.mark.parametrize("text, expected", [
    ("ولقي نحو 42 مصرعهم في انفجار المصنع.", [(42, None)]),
    ("وأصيب 3 عناصرها بجروح طفيفة.", [(3, None)]),
    ("وقال الطبيب إن بين الجرحى 4 إصاباتهم خطيرة.", [(4, None)]),
    ("وخسر الحزب ثلث مقاعده في البرلمان.", [(0.3333, "مقاعده")]),
    ("وشارك عشرات أنصاره في المسيرة.", [(10, "أنصاره")]),
    ("وتضم الواحة 3 مياه جوفية.", [(3, "مياه")]),
    ("وسجل المؤشر 12 اتجاها صاعدا.", [(12, "اتجاها")]),
])
def test_a_possessed_noun_is_no_counted_noun(nlp: Pipeline, text: str, expected: list) -> None:
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وحصد النادي خمسة ألقاب في عشر سنوات.", [(5, "ألقاب")]),
    ("وصمم الفنان ثلاثة ألواح من الخشب.", [(3, "ألواح")]),
    ("واختارت الشركة 4 ألوان جديدة لسياراتها.", [(4, "ألوان")]),
    ("وقتل خمسة الأطفال في الحادث.", [(5, "أطفال")]),
])
def test_a_hamza_alef_is_the_words_own(nlp: Pipeline, text: str, expected: list) -> None:
    assert counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected, span", [
    ("واتهمت الدول الغربية الثلاث الحكومة بالمماطلة.", [(3, "دول")], "الدول الغربية الثلاث"),
    ("وزار الوفد المدارس الليبية الأربع في المدينة.", [(4, "مدارس")], "المدارس الليبية الأربع"),
    ("وتنافست الأحزاب السياسية الثلاثة على المقاعد.", [(3, "أحزاب")], "الأحزاب السياسية الثلاثة"),
    ("واجتمع وزراء الدول الثلاث في الرياض.", [(3, "دول")], "الدول الثلاث"),
])
def test_a_nisba_adjective_before_the_number_describes_the_noun(nlp: Pipeline, text: str, expected: list,
                                                                 span: str) -> None:
    assert counts(nlp, text) == expected
    assert spans(nlp, text) == [span]


@pytest.mark.parametrize("text, expected, span", [
    ("وأحيا المطرب بحفلين كبيرين في العاصمة.", [(2, "حفلين")], "حفلين كبيرين"),
    ("وارتكب الحارس خطأين كبيرين في المباراة.", [(2, "خطأين")], "خطأين كبيرين"),
    ("وتعاقد النادي مع لاعبين جديدين قبل الموسم.", [(2, "لاعبين")], "لاعبين جديدين"),
    ("ووقعت سيارتين جديدتين في الحادث.", [(2, "سيارتين")], "سيارتين جديدتين"),
])
def test_a_dual_adjective_makes_its_noun_a_dual(nlp: Pipeline, text: str, expected: list, span: str) -> None:
    assert counts(nlp, text) == expected
    assert spans(nlp, text) == [span]


@pytest.mark.parametrize("text", [
    "وقال المدرب إنهما فريقان مختلفان تماما.",
    "وهاجم المسلحين المتطرفين القرية.",
])
def test_no_pair_where_agreement_proves_none(nlp: Pipeline, text: str) -> None:
    assert counts(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("وتداول المستثمرون 267.4 مليون سهم أمس.", 267_400_000),
    ("وزار المدينة 4.1 مليون سائح في العام الماضي.", 4_100_000),
    ("وبلغ عدد السكان 33.3 مليون نسمة.", 33_300_000),
])
def test_a_decimal_times_a_scale_word_is_the_written_figure(nlp: Pipeline, text: str, expected: int) -> None:
    values = [value for value, _ in counts(nlp, text)]
    assert values == [expected]
    assert isinstance(values[0], int)
