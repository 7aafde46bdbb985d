"""Counts error classes found by reading the records of unlabelled corpus articles (issue 11), each
tested on sentences written for the test: before a percent phrase (في المائة، بالمائة) one dotted
group is a decimal point, as before %; and ل + ست before a verb is the verb ليس (لستُ أريد), not six."""

from __future__ import annotations

import pytest

from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def values(nlp: Pipeline, text: str) -> list[float]:
    return [count["value"] for count in nlp(text)["counts"]]


@pytest.mark.parametrize("text, value", [
    ("وارتفع المؤشر بنسبة 2.090 في المائة في ختام التداول.", 2.09),
    ("وتراجعت الأسهم بنسبة 1.375 بالمائة أمس.", 1.375),
    ("وارتفع التضخم 5.625% في يونيو.", 5.625),
])
def test_a_dotted_number_before_a_percent_phrase_is_a_decimal(nlp: Pipeline, text: str, value: float) -> None:
    assert values(nlp, text) == [value]


def test_a_dotted_number_before_a_noun_is_still_thousands(nlp: Pipeline) -> None:
    assert values(nlp, "وبلغ عدد الزوار 2.500 زائر في اليوم الأول.") == [2500]


@pytest.mark.parametrize("text", ["وقال: لستُ أريد أن أتحدث عن الماضي.", "لستُ أعرف ما الذي حدث في تلك الليلة."])
def test_lastu_before_a_verb_is_no_six(nlp: Pipeline, text: str) -> None:
    assert values(nlp, text) == []


def test_bi_sitt_before_a_noun_still_counts(nlp: Pipeline) -> None:
    assert values(nlp, "وقصفت المدفعية البلدة بست قذائف.") == [6]
