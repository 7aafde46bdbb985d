"""Speakers (issue 12), classes read off stop 21's corpus chunks: the definite noun phrase before a
relative pronoun is the subject of the relative clause's cue, not the main verb's subject; a title
phrase of several words said again is the person named after it earlier, whether that person spoke
then or not. Sentences written for the test."""

from __future__ import annotations

import pytest

from conftest import quotes_of
from extract import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text, speaker", [
    ("وانتقد باراك أوباما الوزير الذي قال إن الحرب ستنتهي قريبا.", "الوزير"),
    ("واستقبل الملك عبدالله السفير الفرنسي الذي أكد أن بلاده تدعم الحوار.", "السفير الفرنسي"),
    ("وهاجم وزير الخارجية سيرغي لافروف الصحفي البريطاني الذي كتب أن موسكو تدعم المتمردين.",
     "الصحفي البريطاني"),
    ("والتقى الوزير مدير المنظمة الذي قال إن المساعدات وصلت.", "مدير المنظمة"),
    ("والتقى الوزير مدير المنظمة التي قالت إن المساعدات وصلت.", "المنظمة"),
])
def test_the_antecedent_of_a_relative_cue_is_its_speaker(nlp: Pipeline, text: str, speaker: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker"]["text"] == speaker
    assert quote["speaker_actor"] is None


def test_a_named_antecedent_keeps_its_actor(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وأشاد الوزير بالحكومة السورية التي قالت إنها ستواصل الحوار.")
    assert quote["speaker"]["text"] == "الحكومة السورية"


def test_an_antecedent_that_disagrees_with_the_relative_is_not_the_speaker(nlp: Pipeline) -> None:
    # الاحترافية is feminine, الذي masculine: the relative's head lies further back
    quotes = quotes_of(nlp, "ورفض المدرب التصرف البعيد عن الاحترافية الذي أكد أن الفريق ضعيف.")
    assert all(quote["speaker"] is None or quote["speaker"]["text"] != "الاحترافية" for quote in quotes)


@pytest.mark.parametrize("text, speaker, actor", [
    ("اضطر رئيس الوزراء بن علي يلدريم إلى قطع زيارته. وقال رئيس الوزراء في تصريحات صحفية إن الوضع تحت السيطرة.",
     "رئيس الوزراء", "بن علي يلدريم"),
    ("والتقى الوزير منسق فريق الخبراء التابع للأمم المتحدة أحمد حميشي. وأشار منسق فريق الخبراء إلى أن الوضع صعب.",
     "منسق فريق الخبراء", "أحمد حميشي"),
    ("وقال مستشار الأمن الوطني البريطاني سير مارك سيدويل إن التحقيق مستمر. "
     "وقال مستشار الأمن البريطاني إن وسائل استخدام هذا العنصر كثيرة.", "مستشار الأمن البريطاني", "مارك سيدويل"),
])
def test_a_title_phrase_said_again_is_the_person_named_after_it(nlp: Pipeline, text: str, speaker: str,
                                                                actor: str) -> None:
    quote = quotes_of(nlp, text)[-1]
    assert (quote["speaker"]["text"], quote["speaker_actor"]) == (speaker, actor)


def test_a_title_phrase_with_other_words_is_not_that_person(nlp: Pipeline) -> None:
    quote = quotes_of(nlp, "اضطر رئيس الوزراء بن علي يلدريم إلى قطع زيارته. "
                           "وقال رئيس البرلمان في تصريحات صحفية إن الوضع تحت السيطرة.")[-1]
    assert quote["speaker"]["text"] == "رئيس البرلمان"
    assert quote["speaker_actor"] != "بن علي يلدريم"


@pytest.mark.parametrize("text, speaker", [
    ("وتتهم النيابة رونالدو بأنه أخفى أرباحه.", "النيابة"),
    ("واتهمت الشرطة محمد العلي بأنه سرق السيارة.", "الشرطة"),
])
def test_a_person_right_after_a_body_is_the_verbs_object(nlp: Pipeline, text: str, speaker: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote["speaker"]["text"], quote["speaker_actor"]) == (speaker, None)


def test_a_body_in_a_titles_genitive_keeps_the_name_after_it(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وأكد مسؤول الشرطة ماركوس دانلادي أن 13 شخصا قتلوا في الهجوم.")
    assert (quote["speaker"]["text"], quote["speaker_actor"]) == ("مسؤول الشرطة ماركوس دانلادي", "ماركوس دانلادي")


@pytest.mark.parametrize("text, speaker", [
    ("وقام الشرطي بالدخول إلى الحافلة مدعيا أن الحافلة متكسرة.", "الشرطي"),
    ("وطالب الادعاء بإنزال عقوبة السجن بحق المتهم، معتبرا أن الجريمة خطيرة.", "الادعاء"),
    ("وطالب المحتجون بالإفراج عن المعتقلين، مؤكدين أن مطالبهم سلمية.", "المحتجون"),
])
def test_the_ba_complement_of_the_verb_is_no_part_of_its_subject(nlp: Pipeline, text: str, speaker: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert quote["speaker"]["text"] == speaker


def test_a_body_after_ba_stays_in_the_speaker(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وأكد مدير الصحة البيئية بالإدارة الجهوية أن المياه صالحة للشرب.")
    assert quote["speaker"]["text"] == "مدير الصحة البيئية بالإدارة الجهوية"


def test_almaha_ila_anna_reports(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وألمح الوزير إلى أن الحكومة قد تستقيل قريبا.")
    assert (quote["speaker"]["text"], quote["text"]) == ("الوزير", "الحكومة قد تستقيل قريبا")
    assert quotes_of(nlp, "وألمح الرئيس إلى استقالته في خطابه.") == []


@pytest.mark.parametrize("text, speaker, said", [
    ('وحمل المدير الحكومة "مسؤولية التأخير".', "المدير", "مسؤولية التأخير"),
    ('وأرجع الوزير التأخير إلى "ظروف خارجة عن إرادتنا".', "الوزير", "ظروف خارجة عن إرادتنا"),
    ('وعزا الوزير الأزمة إلى "سوء الإدارة السابقة".', "الوزير", "سوء الإدارة السابقة"),
])
def test_a_quoted_phrase_after_an_attributing_verbs_object_is_its_subjects(nlp: Pipeline, text: str, speaker: str,
                                                                          said: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, said)


def test_a_quoted_name_after_a_visit_is_no_quote(nlp: Pipeline) -> None:
    assert quotes_of(nlp, 'وزار الوزير مدينة "نيوم" أمس.') == []


def test_ali_with_ya_goes_on_with_the_speakers_name_where_the_article_writes_ala_with_maqsura(nlp: Pipeline) -> None:
    quote = quotes_of(nlp, "وعبر مدرب المنتخب محمد علي الرواحي عن استغرابه مما صدر عن والدة اللاعبة، "
                           "مشيرا إلى أن اللاعبة موهوبة.")[-1]
    assert quote["speaker"]["text"] == "مدرب المنتخب محمد علي الرواحي"


@pytest.mark.parametrize("text, speaker, said", [
    ('وانتقد الحزب الاتفاق واعتبره "خيانة للثورة".', "الحزب", "خيانة للثورة"),
    ('واعتبرته المعارضة "خطوة إلى الوراء".', "المعارضة", "خطوة إلى الوراء"),
    ("واعتبر الوزير أن الوضع مستقر.", "الوزير", "الوضع مستقر"),
])
def test_itabara_with_its_object_pronoun_labels_a_quoted_phrase(nlp: Pipeline, text: str, speaker: str,
                                                               said: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert (quote["speaker"]["text"], quote["text"]) == (speaker, said)


def test_itabara_with_an_unquoted_label_reports_nothing(nlp: Pipeline) -> None:
    assert quotes_of(nlp, "واعتبره المدرب أفضل لاعب في الفريق.") == []


@pytest.mark.parametrize("text", [
    "وقالت الكاتبة آن رايس إن الرواية ستصدر قريبا.",
    "وقال الباحث المشرف على الدراسة، آن غابرييل، إن النتائج مشجعة.",
])
def test_the_name_aan_written_with_a_madda_is_no_complementizer(nlp: Pipeline, text: str) -> None:
    (quote,) = quotes_of(nlp, text)
    assert quote["text"] in ("الرواية ستصدر قريبا", "النتائج مشجعة")


def test_a_former_holder_or_another_persons_title_is_not_the_title_said_again(nlp: Pipeline) -> None:
    quote = quotes_of(nlp, "على غرار زيارة الرئيس الأميركي السابق ريتشارد نيكسون للصين. "
                           "وقال الرئيس الأميركي إن العلاقة جيدة.")[-1]
    assert quote["speaker_actor"] != "ريتشارد نيكسون"
    quote = quotes_of(nlp, "والتقى الرئيس الأميركي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون. "
                           "وقال الرئيس الأميركي إن اللقاء ناجح.")[-1]
    assert quote["speaker_actor"] == "دونالد ترامب"


def test_an_accusative_after_a_nominative_plural_subject_is_the_object(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, 'فيما اعتبره مراقبون غيابا كاملا "للمنافسة الحقيقية".')
    assert quote["speaker"]["text"] == "مراقبون"
    (quote,) = quotes_of(nlp, "وقال مسؤولون أمنيون إن الهجوم فشل.")
    assert quote["speaker"]["text"] == "مسؤولون أمنيون"


def test_tanabba_reports_a_prediction(nlp: Pipeline) -> None:
    (quote,) = quotes_of(nlp, "وتنبأ الخبير بأن ترتفع الأسعار في الصيف.")
    assert (quote["speaker"]["text"], quote["text"]) == ("الخبير", "ترتفع الأسعار في الصيف")
