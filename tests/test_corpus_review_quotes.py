"""Quote speakers, an error class found by reading the records of unlabelled corpus articles (issue
12), tested on sentences written for the test: a lone demonstrative after the cue verb (واعتبر ذلك،
وأضافت هذه) is the verb's object or a pointer back, never the speaker; the dropped subject is
resolved as for a cue with no subject."""

from __future__ import annotations

import pytest

from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text, speaker", [
    ("وأوضح الوزير أن المشروع سيكتمل في العام المقبل. واعتبر ذلك أن المدينة ستستفيد كثيرا.", "الوزير"),
    ("وقالت المتحدثة باسم الوزارة إن المفاوضات مستمرة، وأضافت هذه أن الجولة المقبلة ستعقد في جنيف.",
     "المتحدثة باسم الوزارة"),
])
def test_a_lone_demonstrative_after_the_cue_is_no_speaker(nlp: Pipeline, text: str, speaker: str) -> None:
    quotes = nlp(text)["quotes"]
    assert len(quotes) == 2
    assert [quote["speaker"]["text"] for quote in quotes] == [speaker, speaker]


def test_a_demonstrative_before_its_noun_still_speaks(nlp: Pipeline) -> None:
    quotes = nlp("وأكد هذا المسؤول أن المفاوضات مستمرة.")["quotes"]
    assert [quote["speaker"]["text"] for quote in quotes] == ["هذا المسؤول"]


def test_feminine_plural_participles_that_are_nouns_are_no_cues() -> None:
    from extract.speech.cues import cue_forms

    forms = cue_forms()
    assert "لافتات" not in forms and "ناقلات" not in forms and "مطالبات" not in forms  # banners, tankers, demands
    assert {"لافتا", "لافته", "لافتين", "مشيرا", "مشيرات"} <= forms.keys()


def test_a_feminine_participle_cue_still_reports(nlp: Pipeline) -> None:
    quotes = nlp("وقالت الوزيرة إن الوضع مستقر، لافتة إلى أن الحكومة تتابع التطورات.")["quotes"]
    assert [(quote["cue"]["text"], quote["speaker"]["text"]) for quote in quotes] == [("وقالت", "الوزيرة"), ("لافتة", "الوزيرة")]
