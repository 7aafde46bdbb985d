"""Dates (issue 16), from this stop's corpus chunks: a year after في/منذ/خلال stays a year before a noun
unless it is a round amount (في 2000 منزل) or follows من/بين/إلى, where amounts are usual (إلى 2014
حالة); a count of exactly 2006 things is rare beside the years. Sentences written for the tests."""

from __future__ import annotations

import pytest

from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def dates(nlp: Pipeline, text: str) -> list[tuple[str, str | None, str]]:
    return [(date["text"], date["value"], date["kind"]) for date in nlp(text)["dates"]]


@pytest.mark.parametrize("text, expected", [
    ("وتولى الأمير الحكم في 2006 خلفا لوالده.", [("في 2006", "2006", "date")]),
    ("وانضم اللاعب إلى النادي في 2014 قادما من ليون.", [("في 2014", "2014", "date")]),
    ("ويشهد البلد منذ 2014 نزاعا داميا.", [("منذ 2014", "2014", "since")]),
])
def test_a_year_after_a_preposition_before_a_noun(nlp: Pipeline, text: str, expected: list) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "وشيدت الحكومة في 2000 منزل جديد.",
    "وارتفع عدد المصابين إلى 2014 حالة.",
])
def test_an_amount_after_a_preposition_is_no_year(nlp: Pipeline, text: str) -> None:
    assert dates(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("وتخرج من الجامعة في2016 بتفوق.", [("في2016", "2016", "date")]),
    ("ويعيش اللاجئون في المخيم منذ2011 بلا عمل.", [("منذ2011", "2011", "since")]),
])
def test_a_preposition_glued_to_the_year(nlp: Pipeline, text: str, expected: list) -> None:
    assert dates(nlp, text) == expected


def test_a_range_after_a_glued_preposition(nlp: Pipeline) -> None:
    # a range is written as its two ends, as without the glue (بين 1966 و1970)
    assert dates(nlp, "وحكم البلاد بين1966 و1970 قبل أن يعتزل.") == [
        ("بين1966", "1966", "range"), ("1970", "1970", "range")]
