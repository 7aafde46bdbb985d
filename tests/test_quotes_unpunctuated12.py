"""Issue 12: the new speaker rules on a paragraph with no punctuation at all (some archives strip it)."""

from conftest import quote_speakers, quotes_of

PARAGRAPH = ("وصل الوزير خالد عمر إلى المطار حيث استقبله السفير سامي نور وقال إن الزيارة ناجحة "
             "وأضاف تعقيبا على سؤال أن العلاقات متينة")


def test_unpunctuated_paragraph_keeps_the_main_clauses_subject(nlp):
    found = quotes_of(nlp, PARAGRAPH)
    assert [quote["text"] for quote in found] == ["الزيارة ناجحة", "العلاقات متينة"]
    assert quote_speakers(found) == ["الوزير خالد عمر", "الوزير خالد عمر"]


def test_subject_before_an_unconjoined_verb_still_speaks(nlp):
    (quote,) = quotes_of(nlp, "حملة المرشح قالت إن النتائج مزورة")
    assert quote["speaker"]["text"] == "حملة المرشح"
