"""Issue 12: who an unspoken or misread subject is, on sentences written for these tests."""

from conftest import quote_speakers, quotes_of


def test_adverbial_accusative_after_the_cue_is_no_speaker(nlp):
    found = quotes_of(nlp, "قال الوزير أحمد سالم إن الاتفاق انتهى. وأضاف، تعقيبا على سؤال، أن الحكومة لن تستقيل.")
    assert [quote["text"] for quote in found] == ["الاتفاق انتهى", "الحكومة لن تستقيل"]
    assert quote_speakers(found) == ["الوزير أحمد سالم", "الوزير أحمد سالم"]


def test_named_subject_after_the_cue_still_speaks(nlp):
    (quote,) = quotes_of(nlp, "وأضاف وزير الداخلية، تعليقا على الهجوم، أن التحقيق مستمر.")
    assert quote_speakers([quote]) == ["وزير الداخلية"]


def test_particle_after_a_plural_verb_is_no_speaker(nlp):
    text = ("واتهم المصدر ذاته الأطباء بالإهمال، حيث لم يتدخلوا إلا بعد الولادة، "
            "مضيفا أن الرضيع لا يزال في المستشفى.")
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker"]["text"] == "المصدر ذاته"


def test_subordinate_clause_subject_is_not_the_antecedent(nlp):
    text = "وصل الوزير أحمد سالم إلى المطار حيث استقبله السفير خالد عمر، وقال إن الزيارة ناجحة."
    assert quote_speakers(quotes_of(nlp, text)) == ["الوزير أحمد سالم"]


def test_subordinate_clause_that_reports_speech_keeps_its_speaker(nlp):
    text = "التقى الوزير أحمد سالم بالسفير خالد عمر، حيث قال السفير إن العلاقات جيدة، وأضاف أن التعاون سيتعزز."
    assert quote_speakers(quotes_of(nlp, text)) == ["السفير", "السفير"]


def test_indefinite_occasion_after_fi_ends_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وأكدت الحركة في وثيقة سياسية جديدة أنها ستنهي ارتباطها بالجماعة.")
    assert quote["speaker"]["text"] == "الحركة"


def test_body_in_construct_after_fi_stays_in_the_speaker(nlp):
    (quote,) = quotes_of(nlp, "وقال ضابط في جهاز الأمن إن الهجوم فشل.")
    assert quote["speaker"]["text"] == "ضابط في جهاز الأمن"


def test_two_letter_doubled_verb_before_a_title_has_that_subject(nlp):
    text = "حث رئيس النادي الأمير فيصل بن تركي اللاعبين على تقديم صورة مشرفة. وقال: أنا على ثقة كبيرة بكم."
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker"]["text"] == "رئيس النادي الأمير فيصل بن تركي"


def test_nationality_before_a_persons_name_opens_the_verbs_subject(nlp):
    text = "أثنى السويسري جياني إنفانتينو رئيس الاتحاد الدولي لكرة القدم على روسيا قائلا إنها استضافت النسخة الأفضل."
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker"]["text"] == "السويسري جياني إنفانتينو"


def test_an_after_without_reports_nothing(nlp):
    text = ("وأفادت المصادر أن خطة الحوثي تقضي بالانكماش، معربة عن تحذيرها للمقاومة من التهور "
            "دون أن تتم عملية فحص للجبال.")
    assert [quote["text"] for quote in quotes_of(nlp, text)] == ["خطة الحوثي تقضي بالانكماش"]
