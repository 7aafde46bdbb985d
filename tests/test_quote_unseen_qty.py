"""Issue 12, round qty: report ends, speakers and actor spans on sentences written for the tests."""

from conftest import quote_speakers, quotes_of


def _texts(found):
    return [quote["text"] for quote in found]


def test_statement_after_colon_stops_at_a_link_back_to_what_was_told(nlp):
    found = quotes_of(nlp, "وقالت الشرطة: إن الوضع هادئ تماما. ومع ذلك انتقد وزير الداخلية تصرف المحتجين.")
    assert _texts(found) == ["إن الوضع هادئ تماما"]
    found = quotes_of(nlp, "وقال المدرب: لم يسافر اللاعب. ورغم ذلك نشرت الصحف صوره في المطار.")
    assert _texts(found) == ["لم يسافر اللاعب"]


def test_statement_after_colon_still_runs_over_its_own_sentences(nlp):
    # negative: a sentence without a link back goes on with the speaker's words
    found = quotes_of(nlp, "وقال المدرب: لم يسافر اللاعب. يعاني من إصابة.")
    assert _texts(found) == ["لم يسافر اللاعب. يعاني من إصابة"]


def test_wa_dhalika_before_a_time_preposition_is_the_narrators(nlp):
    found = quotes_of(nlp, "اعتبر الوزير خالد العمري أن القرار صائب، وذلك بعد الاجتماع الذي عقده أمس مع اللجنة.")
    assert _texts(found) == ["القرار صائب"]
    # negative: no وذلك, the time phrase stays in the words
    found = quotes_of(nlp, "اعتبر الوزير خالد العمري أن القرار صدر بعد الاجتماع الذي عقده أمس.")
    assert _texts(found) == ["القرار صدر بعد الاجتماع الذي عقده أمس"]


def test_report_after_temporal_an_is_a_report_of_its_own(nlp):
    found = quotes_of(nlp, "وأوضحت الوكالة أن السلطات أمرت السكان بإخلاء منازلهم على الفور "
                           "بعد أن قالت إن القناة انهارت.")
    assert _texts(found) == ["السلطات أمرت السكان بإخلاء منازلهم على الفور", "القناة انهارت"]
    # negative: a verb that reports nothing after بعد أن stays inside the words
    found = quotes_of(nlp, "وأكد الوزير أن المصنع أغلق بعد أن تسرب الغاز.")
    assert _texts(found) == ["المصنع أغلق بعد أن تسرب الغاز"]


def test_subject_after_fihi_that_refers_to_a_time_noun(nlp):
    found = quotes_of(nlp, "وسيعمل الفريق على تقييم الموقع، في وقت قال فيه مسؤولون أمريكيون إن تقييمهم يشير إلى الغاز.")
    assert quote_speakers(found) == ["مسؤولون أمريكيون"]
    found = quotes_of(nlp, "ويواصل الفريق عمله، في يوم أكدت فيه الوزارة أن الغاز استخدم.")
    assert quote_speakers(found) == ["الوزارة"]


def test_fihi_after_a_text_noun_is_still_the_text(nlp):
    # negative: فيه refers to the statement, whose author is the subject before it
    found = quotes_of(nlp, "وأصدرت الحركة بيانا قالت فيه إن الهجوم فشل.")
    assert quote_speakers(found) == ["الحركة"]


def test_plural_unspoken_subject_takes_a_collective_noun(nlp):
    found = quotes_of(nlp, "وقالت عائلة الضحية إن ابنها كان طالبا. وأكدوا أنه لا ينتمي إلى أي حزب.")
    assert quote_speakers(found) == ["عائلة الضحية", "عائلة الضحية"]
    found = quotes_of(nlp, "وقالت أسرته إن الشاب كان يعمل في مطعم. وأضافوا أنه لم يشارك في المظاهرة.")
    assert quote_speakers(found) == ["أسرته", "أسرته"]


def test_plural_unspoken_subject_does_not_take_a_singular_person(nlp):
    found = quotes_of(nlp, "وقال الوزير إن المصنع أغلق. وأكدوا أن العمال بخير.")
    assert quote_speakers(found) == ["الوزير", None]


def test_person_span_stops_before_an_accusative_speech_participle(nlp):
    record = nlp('وأكد دي ماريا قائلا "أنا آسف لأن الوضع لم يكن جيدا".')
    names = [entity["text"] for entity in record["entities"] if entity["label"] == "PER"]
    assert names and not any("قائلا" in name for name in names)
    record = nlp("وقال الوزير خالد مضيفا إن العمل مستمر.")
    assert "مضيفا" not in " ".join(actor["name"] for actor in record["actors"])
    # negative: a name whose last word is no participle keeps it
    record = nlp("التقى الرئيس بالسيد رضا الشريف.")
    assert [actor["name"] for actor in record["actors"]] == ["رضا الشريف"]


def test_title_with_a_demonstrative_body_is_the_person_named_before(nlp):
    text = ("وقال ناطق باسم بلدية المدينة سامي خليل ان الحي سيزال قريبا. "
            "واضاف الناطق باسم هذه الهيئة ان «المحكمة أمرت بالإزالة».")
    found = quotes_of(nlp, text)
    assert [quote["speaker_actor"] for quote in found] == ["سامي خليل", "سامي خليل"]


def test_title_with_another_named_body_is_not_the_person_named_before(nlp):
    # negative: الشرطة is a body of its own, not the one named before
    text = ("وقال ناطق باسم بلدية المدينة سامي خليل ان الحي سيزال قريبا. "
            "واضاف الناطق باسم الشرطة ان «المحكمة أمرت بالإزالة».")
    found = quotes_of(nlp, text)
    assert [quote["speaker_actor"] for quote in found] == ["سامي خليل", None]



def test_participle_with_its_own_object_then_a_coordinated_report(nlp):
    found = quotes_of(nlp, "وقدم الأب شكره للمسؤولين، مؤكدا فخره باستشهاد ابنه، وأنه مستعد للتضحية من أجل الوطن.")
    assert len(found) == 1 and "مستعد للتضحية" in found[0]["text"]
    assert quote_speakers(found) == ["الأب"]


def test_participle_with_an_object_and_no_report_reports_nothing(nlp):
    # negative: the object alone, and a later clause with no أن
    assert quotes_of(nlp, "وزار الوزير المصنع، مؤكدا أهمية الصناعة، ثم غادر.") == []
