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


def test_accusative_participle_of_lahaza_opens_a_report(nlp):
    text = "وقال الوزير إن الأرقام دقيقة، ملاحظا أنه لا يمكن أن تتجاوز نسبة الخطأ ثلاثين بالمائة."
    found = quotes_of(nlp, text)
    assert [quote["text"] for quote in found] == ["الأرقام دقيقة", "لا يمكن أن تتجاوز نسبة الخطأ ثلاثين بالمائة"]


def test_noun_malahaza_is_no_cue(nlp):
    (quote,) = quotes_of(nlp, "وقال الوزير إن الأرقام دقيقة، ملاحظة أن النقاش كان سياسيا.")
    assert quote["cue"]["text"] == "وقال"


def test_cue_after_without_an_reports_nothing(nlp):
    text = "وحذفت المغنية كلماتها دون أن توضح للجمهور أنها تراجعت عن قرارها."
    assert quotes_of(nlp, text) == []


def test_name_ending_in_in_is_one_man(nlp):
    text = ("وأجرت الصحيفة اتصالا بممدوح شاهين منتج المسلسل الذي أكد أن التصوير مستمر. "
            'وحول أسباب الأزمة رد قائلا: "لم أسألها عن ذلك".')
    found = quotes_of(nlp, text)
    assert quote_speakers(found)[-1] == "ممدوح شاهين"


def test_preposition_with_a_pronoun_is_no_speaker(nlp):
    text = ('وكان المنتج قد تواصل معها لمعرفة الأسباب، قائلا: "لم تخبرني بشيء".')
    found = quotes_of(nlp, text)
    assert quote_speakers(found) != ["معها"]
