"""Issue 12: short phrases a speaker used (بما وصفه بـ"…"، هدد بـ"…"), on sentences written for the tests."""

from conftest import quote_speakers, quotes_of


def test_labelling_verb_with_its_object_pronoun_after_ma(nlp):
    text = ('قرر الرئيس اليمني عبدربه منصور هادي تعيين معين عبد الملك رئيسا للوزراء، '
            'وذلك بسبب ما وصفه الرئيس اليمني بـ"الإهمال" في أداء الحكومة.')
    found = quotes_of(nlp, text)
    assert [quote["text"] for quote in found] == ["الإهمال"]
    assert quote_speakers(found) == ["الرئيس اليمني"]


def test_labelling_verb_after_ma_with_an_unspoken_subject(nlp):
    text = 'وانتقد الوزير خالد عمر سياسات الحكومة بسبب ما وصفه بـ"الإهمال" في أدائها.'
    found = quotes_of(nlp, text)
    assert quote_speakers(found) == ["الوزير خالد عمر"]


def test_masdar_with_its_pronoun_is_no_verb(nlp):
    found = quotes_of(nlp, 'وعلى حد وصفه فإن الوضع "خطير جدا".')
    assert all(quote["cue"]["text"] == "وصفه" and quote["speaker"] is None for quote in found)


def test_attributing_verb_with_a_titled_subject_and_one_quoted_word(nlp):
    for text in ('وهدد الرئيس الفلبيني بـ"الانفصال" عن الأمم المتحدة.',
                 'وفي منتصف العام، هدد الرئيس الفلبيني "بالانفصال" عن الأمم المتحدة.'):
        (quote,) = quotes_of(nlp, text)
        assert quote["speaker"]["text"] == "الرئيس الفلبيني" and quote["direct"] is True


def test_quoted_word_after_a_verb_that_attributes_nothing(nlp):
    assert quotes_of(nlp, 'وزار الوزير "المدينة" أمس.') == []
