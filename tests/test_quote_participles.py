"""Issue 12: a cue's participle (حال) after a report: where the report ends, whose its phrase is."""

from conftest import quote_speakers, quotes_of


def test_feminine_participle_ends_a_feminine_speakers_report(nlp):
    text = 'أعلنت منظمة الصحة العالمية اليوم أن نصف المرافق الصحية مغلقة، مؤكدة وجود "نقص حاد" في الأطباء.'
    found = quotes_of(nlp, text)
    assert [quote["text"] for quote in found] == ["نصف المرافق الصحية مغلقة", "نقص حاد"]
    assert quote_speakers(found) == ["منظمة الصحة العالمية", "منظمة الصحة العالمية"]


def test_noun_in_ta_marbuta_after_a_masculine_speaker_stays_in_the_report(nlp):
    (quote,) = quotes_of(nlp, "قال الوزير إن الخطة جاهزة، متابعة للتطورات.")
    assert quote["text"] == "الخطة جاهزة، متابعة للتطورات"


def test_quoted_phrase_in_a_participles_complement_is_the_subjects(nlp):
    (quote,) = quotes_of(nlp, 'وصل الوزير خالد عمر إلى المدينة، مشددا على أهمية "الحوار الوطني" في هذه المرحلة.')
    assert quote["text"] == "الحوار الوطني" and quote["speaker"]["text"] == "الوزير خالد عمر"
