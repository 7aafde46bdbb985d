"""Issue 12: an unmarked statement after a colon runs over the sentences of its paragraph."""

from conftest import quotes_of


def test_unmarked_statement_runs_over_its_sentences(nlp):
    text = "وقال المدرب للصحفيين: لم يسافر اللاعب. يعاني من إصابة في الركبة. لا تبدو إصابة طويلة."
    (quote,) = quotes_of(nlp, text)
    assert quote["direct"] is True
    assert quote["text"] == "لم يسافر اللاعب. يعاني من إصابة في الركبة. لا تبدو إصابة طويلة"


def test_statement_stops_at_the_narrators_sentence(nlp):
    text = "وقال المدرب: لم يسافر اللاعب. يعاني من إصابة. وكان الفريق قد خسر مباراته الأخيرة."
    (quote,) = quotes_of(nlp, text)
    assert quote["text"] == "لم يسافر اللاعب. يعاني من إصابة"


def test_statement_stops_at_the_next_cue(nlp):
    found = quotes_of(nlp, "وقال المدرب: لن نتراجع. وأضاف: سنقاتل حتى النهاية.")
    assert [quote["text"] for quote in found] == ["لن نتراجع", "سنقاتل حتى النهاية"]


def test_statement_stops_at_a_paragraph_break(nlp):
    text = "وقال المدرب: لن نتراجع أبدا.\nوخسر الفريق مباراته الأخيرة أمام منافسه."
    (quote,) = quotes_of(nlp, text)
    assert quote["text"] == "لن نتراجع أبدا"


def test_statement_stops_at_a_run_of_spaces(nlp):
    text = "وقال المدرب: لن نتراجع أبدا.\u00a0\u00a0\u00a0 ولم توجه أي أسئلة إلى الحكم بعد المباراة."
    (quote,) = quotes_of(nlp, text)
    assert quote["text"] == "لن نتراجع أبدا"


def test_detached_wa_before_a_cue_opens_a_new_report(nlp):
    for text in ("وأضافت الوزارة أن الدورية طاردتهم، و أشار البلاغ إلى أن الأبحاث مازالت متواصلة.",
                 "وأضافت الوزارة أن الدورية طاردتهم لإجبارهم على التوقف،و أشار البلاغ إلى أنّ الأبحاث مازالت متواصلة."):
        found = quotes_of(nlp, text)
        assert [quote["speaker"]["text"] for quote in found] == ["الوزارة", "البلاغ"]
        assert found[1]["text"] == "الأبحاث مازالت متواصلة"
        assert not found[0]["text"].endswith("و")
