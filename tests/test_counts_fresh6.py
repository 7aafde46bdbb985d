"""Counts on fresh text (issue 11): duals of words in ي with a broken plural, two-thirds, scaled
numbers after a label word, ordinal digits with the article, and ل + ست before a predicate.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extract import Pipeline
from extract.read import read_text


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(ner="lexicon")


def _counts(rules: Pipeline, text: str) -> list[tuple[str, float]]:
    doc = rules.process(read_text(text))
    for count in doc.fields["counts"]:
        assert text[count.start:count.end] == count.text
    return [(count.text, count.value) for count in doc.fields["counts"]]


@pytest.mark.parametrize("text, expected", [
    ("أصيب جنديين بجروح في انفجار عبوة قرب الحاجز.", [("جنديين", 2)]),
    ("وذكر المصدر أن شرطيين لقيا حتفهما في الكمين.", [("شرطيين", 2)]),
    ("وقتل جنديان في الهجوم على الموقع.", [("جنديان", 2)]),
])
def test_dual_of_a_word_in_ya_with_a_broken_plural(rules: Pipeline, text: str, expected: list) -> None:
    assert _counts(rules, text) == expected


@pytest.mark.parametrize("text", [
    "وقالت المنظمة إن مدنيين كثرا فروا من القرية.",
    "واعتقلت القوات فلسطينيين في مداهمات ليلية.",
    "واجتمع الوزير بمسؤولين أمريكيين في العاصمة.",
])
def test_sound_plural_of_a_nisba_is_no_dual(rules: Pipeline, text: str) -> None:
    assert _counts(rules, text) == []


@pytest.mark.parametrize("text, value", [
    ("ودمرت النيران ثلثي المنازل في البلدة.", 2 / 3),
    ("وقال الطبيب إن ثلثا المرضى من الأطفال.", 2 / 3),
    ("وأفاد التقرير بأن ثلثيهم من النساء.", 2 / 3),
])
def test_two_thirds(rules: Pipeline, text: str, value: float) -> None:
    [(_, found)] = _counts(rules, text)
    assert found == pytest.approx(value, rel=1e-3)


def test_a_scaled_number_after_a_label_word_counts(rules: Pipeline) -> None:
    assert _counts(rules, "واستقبلت المتاحف اليوم 3 ملايين زائر من الخارج.") == [("3 ملايين زائر", 3000000)]


def test_a_label_number_stays_out(rules: Pipeline) -> None:
    assert _counts(rules, "وتبنى المجلس القرار 2401 بالإجماع.") == []


@pytest.mark.parametrize("text", [
    "وأحيا أنصاره الذكرى الـ40 لرحيل الشاعر في المدينة.",
    "وتنطلق البطولة في نسختها الـ12 في العاصمة.",
])
def test_digits_with_the_article_after_a_singular_rank_it(rules: Pipeline, text: str) -> None:
    assert _counts(rules, text) == []


@pytest.mark.parametrize("text, expected", [
    ("ونشرت الوزارة أسماء القتلى الـ9 في بيان.", [("9", 9)]),
    ("واستعرض المعرض اللوحات ال30 لوحة للفنان.", [("ال30 لوحة", 30)]),
    ("وصوت أعضاء الهيئة العامة الـ40 الذين حضروا الجلسة.", [("40", 40)]),
])
def test_digits_with_the_article_after_a_plural_or_its_genitive_count(rules: Pipeline, text: str, expected: list) -> None:
    assert _counts(rules, text) == expected


def test_lastu_before_a_predicate_is_no_six(rules: Pipeline) -> None:
    assert _counts(rules, "وقال المدرب: لست قلقا من نتيجة المباراة.") == []


def test_six_behind_a_preposition_before_a_plural_counts(rules: Pipeline) -> None:
    assert _counts(rules, "وقدمت الجمعية مساعدات لست عائلات نازحة.") == [("لست عائلات", 6)]


@pytest.mark.parametrize("text", [
    "وأدى انقطاع الطريق إلى حرمان القرى من المياه.",
    "وشارك الأطباء في التمرين الذي نظمته الوزارة.",
])
def test_a_singular_keeping_its_nun_is_no_dual(rules: Pipeline, text: str) -> None:
    assert _counts(rules, text) == []


def test_a_dual_beside_them_still_counts(rules: Pipeline) -> None:
    assert _counts(rules, "وأجرى الفريق تمرينا شارك فيه طبيبين من المستشفى.") == [("طبيبين", 2)]


@pytest.mark.parametrize("text, expected", [
    ("وعرض المهرجان فيلمين من المغرب.", [("فيلمين", 2)]),
    ("وتأهل فريقين من المجموعة إلى الدور التالي.", [("فريقين", 2)]),
])
def test_a_dual_whose_first_letter_looks_like_a_clitic(rules: Pipeline, text: str, expected: list) -> None:
    assert _counts(rules, text) == expected


@pytest.mark.parametrize("text", [
    "وتعاني البلدان الفقيرة من الجفاف.",
    "وعاد اللاعبون فرحين بالفوز.",
])
def test_a_broken_plural_or_an_adjective_with_such_a_letter_is_no_dual(rules: Pipeline, text: str) -> None:
    assert _counts(rules, text) == []


@pytest.mark.parametrize("text, expected", [
    ("وأمضى المصابون ليلة واحدة في المستشفى.", []),
    ("واستمرت الاشتباكات ثلاث ليال في الحي.", []),
    ("وقتل خمسة مدنيين خلال ليلتين من القصف.", [("خمسة مدنيين", 5)]),
])
def test_nights_are_a_duration(rules: Pipeline, text: str, expected: list) -> None:
    assert _counts(rules, text) == expected
