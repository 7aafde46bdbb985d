from conftest import assert_offsets


def quotes(nlp, text):
    record = nlp(text)
    assert_offsets(record, text)
    return record["quotes"]


def test_indirect_quote_with_named_speaker(nlp):
    (quote,) = quotes(nlp, "قال المرصد السوري إن الطيران قصف البلدة ليلا.")
    assert quote["text"] == "الطيران قصف البلدة ليلا" and quote["direct"] is False
    assert quote["speaker"]["text"] == "المرصد السوري"
    assert quote["speaker_actor"] == "المرصد السوري لحقوق الإنسان"
    assert quote["cue"]["text"] == "قال"


def test_direct_quote_after_colon(nlp):
    (quote,) = quotes(nlp, "وقالت منظمة أطباء بلا حدود: «وصلنا عشرات الجرحى خلال ساعة».")
    assert quote["direct"] is True
    assert quote["text"] == "وصلنا عشرات الجرحى خلال ساعة"
    assert quote["speaker_actor"] == "أطباء بلا حدود"


def test_unspoken_subject_takes_the_last_speaker(nlp):
    found = quotes(nlp, "أكد الكولونيل جون دوريان أن القوات جاهزة. وأضاف أن الهجوم سيستمر.")
    assert [quote["text"] for quote in found] == ["القوات جاهزة", "الهجوم سيستمر"]
    assert found[1]["speaker"] == found[0]["speaker"]


def test_no_cue_no_quote(nlp):
    assert quotes(nlp, "بحسب المرصد، قصف الطيران البلدة.") == []
