"""Actor names, an error class found by reading the records of unlabelled corpus articles (issue 11),
tested on sentences written for the test: an actor first named after ل (للقوات البرية، للسيسي) is
named with its article, since after ل the article's alif is not written and the mention cannot
leave the ل out; the mention keeps the text as written."""

from __future__ import annotations

from extract import Pipeline
from extract.extractors.actors import written_name


def test_the_article_is_restored_after_li() -> None:
    assert written_name("للقوات البرية السعودية") == "القوات البرية السعودية"
    assert written_name("للبنك المركزي الأوروبي") == "البنك المركزي الأوروبي"
    assert written_name("القوات البرية") == "القوات البرية" and written_name("لبنان") == "لبنان"


def test_a_word_known_in_its_lil_form_keeps_it() -> None:
    assert written_name("للغاية") == "للغاية"


def test_an_actor_named_first_after_li_is_named_with_its_article() -> None:
    actors = Pipeline()("ووجه الوزير الشكر للبنك المركزي الأوروبي على دعمه، وقال إن البنك المركزي الأوروبي شريك أساسي.")["actors"]
    banks = [actor for actor in actors if "المركزي" in actor["name"]]
    assert [bank["name"] for bank in banks] == ["البنك المركزي الأوروبي"]
    assert [mention["text"] for mention in banks[0]["mentions"]] == ["للبنك المركزي الأوروبي", "البنك المركزي الأوروبي"]
