"""Reported speech in clause shapes the cue scan used to miss: بيّن without its shadda, a
relative clause that reports (التي أكدت أن), a temporal clause (بعد أن قال), and the cues كتب and
ردّ. Sentences written for these tests."""

from conftest import quotes_of


quotes = quotes_of


def test_clause_initial_bayyana_with_its_subject_before_an(nlp):
    (quote,) = quotes(nlp, "وفي الربع الأخير، بين التقرير السنوي أن المبيعات ارتفعت بشكل ملحوظ.")
    assert quote["text"] == "المبيعات ارتفعت بشكل ملحوظ"
    assert quote["speaker"]["text"] == "التقرير السنوي"


def test_bayna_between_is_no_cue(nlp):
    assert quotes(nlp, "ويكمن الفرق بين الخطتين أن الأولى أسرع من الثانية.") == []
    assert quotes(nlp, "وتمتد الحدود بين البلدين مسافة طويلة.") == []


def test_relative_clause_reports_for_its_antecedent(nlp):
    (quote,) = quotes(nlp, "وصدر بيان عن وزارة الخارجية الروسية، التي أكدت أن الاجتماع سيعقد الأسبوع المقبل.")
    assert quote["text"] == "الاجتماع سيعقد الأسبوع المقبل"
    assert quote["speaker_actor"] == "وزارة الخارجية الروسية"


def test_relative_clause_with_the_verbs_object_is_no_report(nlp):
    assert quotes(nlp, "وهذه هي الخطة التي أشار إليها وزير الخارجية الروسي في كلمته.") == []


def test_temporal_clause_after_baada_an_reports(nlp):
    (quote,) = quotes(nlp, "وغادر المدرب الملعب غاضبا بعد أن قال الحكم إن الهدف لم يحتسب بسبب التسلل.")
    assert quote["text"].startswith("الهدف لم يحتسب")
    assert quote["speaker"]["text"] == "الحكم"


def test_masdar_after_governor_still_opens_no_report(nlp):
    assert quotes(nlp, "ورفض ذكر اسمه لأسباب أمنية.") == []


def test_kataba_reports_after_a_colon(nlp):
    (quote,) = quotes(nlp, 'وكتب الرئيس على حسابه في تويتر: "لن نسمح بتكرار ما حدث في المدينة".')
    assert quote["text"] == "لن نسمح بتكرار ما حدث في المدينة" and quote["direct"] is True
    assert quote["speaker"]["text"] == "الرئيس"


def test_radda_reports_only_in_quotation_marks_or_after_a_colon(nlp):
    (quote,) = quotes(nlp, 'ورد اللاعب على منتقديه: "سنعود أقوى في المباراة المقبلة".')
    assert quote["text"] == "سنعود أقوى في المباراة المقبلة"
    assert quote["speaker"]["text"] == "اللاعب"
    assert quotes(nlp, "ورد المدافع الكرة إلى حارس المرمى قبل نهاية الشوط.") == []


def test_judgment_after_baada_an_is_a_reason_not_a_report(nlp):
    assert quotes(nlp, "وجاء القرار بعد أن رأت الحكومة أن الوقت قد حان للتغيير.") == []


def test_quotation_right_after_the_verbs_preposition_is_the_report(nlp):
    found = quotes(nlp, 'وتحدث المسؤول عن الوضع الإنساني، مشيرا إلى "استمرار القصف العنيف على الأحياء الشرقية".')
    assert [quote["text"] for quote in found] == ["استمرار القصف العنيف على الأحياء الشرقية"]


def test_quoted_name_after_the_preposition_stays_the_object(nlp):
    assert quotes(nlp, 'وأعلن الحزب عن "حركة مستقبل تونس" في العاصمة.') == []


def test_added_about_someone_that(nlp):
    found = quotes(nlp, 'وقال رئيس النادي إن المفاوضات انتهت. وأضاف عن المدرب الجديد أنه "يملك خبرة طويلة في الملاعب".')
    assert [quote["speaker"]["text"] for quote in found] == ["رئيس النادي", "رئيس النادي"]
    assert found[1]["text"] == "يملك خبرة طويلة في الملاعب"


def test_answered_tweeted_and_went_on_report_direct_speech(nlp):
    (answer,) = quotes(nlp, 'أجاب المدرب: "لن أتحدث عن التحكيم بعد المباراة".')
    assert answer["speaker"]["text"] == "المدرب"
    (tweet,) = quotes(nlp, 'من جانبه، غرد وزير الرياضة: "كل التوفيق لمنتخبنا في البطولة".')
    assert tweet["speaker"]["text"] == "وزير الرياضة"
    (went_on,) = quotes(nlp, 'وواصل اللاعب: "سنقاتل حتى الدقيقة الأخيرة".')
    assert went_on["text"] == "سنقاتل حتى الدقيقة الأخيرة" and went_on["speaker"]["text"] == "اللاعب"


def test_went_on_and_commented_without_quotation_are_no_cues(nlp):
    assert quotes(nlp, "وواصل الجيش تقدمه نحو المدينة.") == []
    assert quotes(nlp, "وعلق الاتحاد جميع الرحلات إلى المدينة.") == []


def test_continuing_participle_opens_a_second_quote(nlp):
    found = quotes(nlp, 'وقال المهاجم إن الفوز صعب، متابعا: "حلمي مازال هو نفسه".')
    assert [quote["text"] for quote in found] == ["الفوز صعب", "حلمي مازال هو نفسه"]
    assert found[1]["speaker"]["text"] == "المهاجم"


def test_direct_only_cue_needs_its_quotation_close_by(nlp):
    assert quotes(nlp, 'وتتواصل الاحتجاجات في مدن الجنوب منذ أسابيع بسبب البطالة والفقر: "لا للتهميش".') == []
    (quote,) = quotes(nlp, 'وواصل الوزير: "لن نتراجع عن الإصلاحات".')
    assert quote["speaker"]["text"] == "الوزير"


def test_prepositional_phrase_after_the_verb_is_no_subject(nlp):
    found = quotes(nlp, 'وتمتعت العداءة بهدوء كبير وأجابت ببرودة أعصاب على أسئلة الصحافيين، قائلة: "أنا سعيدة جدا".')
    assert [quote["speaker"]["text"] for quote in found] == ["العداءة"]


def test_name_that_starts_with_ba_is_still_the_subject(nlp):
    (quote,) = quotes(nlp, "وقال براد كيسرمان من الصليب الأحمر إن عدد النازحين يرتفع.")
    assert quote["speaker"]["text"].startswith("براد")


def test_person_after_a_non_reporting_an_is_the_next_clauses_subject(nlp):
    text = ('وفازت السباحة الصغيرة بالميدالية. واللافت أن مريم العلي تمتعت بالهدوء وأجابت على أسئلة '
            'الصحافيين بثقة، قائلة: "أنا سعيدة جدا".')
    (quote,) = quotes(nlp, text)
    assert quote["speaker_actor"] == "مريم العلي"


def test_written_tanween_ends_the_speaker_phrase(nlp):
    (quote,) = quotes(nlp, 'وأجاب المدير الفني ضاحكًا: "لا تعليق على التحكيم".')
    assert quote["speaker"]["text"] == "المدير الفني"
    (quote,) = quotes(nlp, "وقال الوزير غاضبًا إن الحكومة لن تتراجع.")
    assert quote["speaker"]["text"] == "الوزير"
    (quote,) = quotes(nlp, 'وقال المدرب العام إن الفريق جاهز للمباراة.')
    assert quote["speaker"]["text"] == "المدرب العام"
