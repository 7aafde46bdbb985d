"""The lexicon+crf combination re-tuned for the document-consistency decoder (issue 10): surname
particles inside a person, a verb at a span's start, an organisation over the words of a place, a
lexicon person inside the model's longer name, and the bars of the model's own additions.
Sentences written for these tests."""

from extract import Pipeline, read_text
from extract.ner import crf
from extract.ner.crf import combine_with_crf
from extract.ner.model import perfect_verb

from conftest import phrase_spans

TOKENIZER = Pipeline(components=["normalize", "tokenize"])


def _doc(text):
    return TOKENIZER.process(read_text(text))


def _combined(doc, lexicon, model_spans, confidence):
    """The combination's spans, the model's confidence given per (text, label), 0 for anything else."""
    def confident(span):
        return confidence.get((span.text, span.label), 0.0)
    return [(span.text, span.label) for span in combine_with_crf(doc, lexicon, model_spans, confident)]


def test_the_combination_decodes_with_document_consistency():
    assert crf.CONSISTENCY_IN_COMBINATION


def test_a_surname_particle_inside_a_person_is_no_function_word():
    # فان is also the normalized فإن, a function word.
    doc = _doc("والتقى الوزير يوهان فان ديرفيلد في المعرض")
    model_spans = phrase_spans(doc, ("يوهان فان ديرفيلد", "PER"))
    assert _combined(doc, [], model_spans, {("يوهان فان ديرفيلد", "PER"): 0.99}) == [("يوهان فان ديرفيلد", "PER")]


def test_a_particle_that_ends_the_span_is_still_a_function_word():
    doc = _doc("وإذا تأخر سامر فان الاجتماع يؤجل")
    model_spans = phrase_spans(doc, ("سامر فان", "PER"))
    assert _combined(doc, [], model_spans, {("سامر فان", "PER"): 0.99}) == []


def test_perfect_verbs_are_told_by_their_imperfects():
    for verb in ("فاز", "حافظت", "انفصلت", "دعا"):
        assert perfect_verb(verb), verb
    # فتح is also a noun (الفتح), and names have no imperfect.
    for word in ("فتح", "كيري", "باريس", "ساندرز", "جامعة"):
        assert not perfect_verb(word), word


def test_a_new_span_that_starts_with_a_verb_is_not_added():
    doc = _doc("فاز ريكاردو بالسباق الأخير")
    model_spans = phrase_spans(doc, ("فاز ريكاردو", "PER"))
    assert _combined(doc, [], model_spans, {("فاز ريكاردو", "PER"): 0.99}) == []
    doc = _doc("حافظت بتروكيم على أرباحها هذا العام")
    model_spans = phrase_spans(doc, ("حافظت بتروكيم", "ORG"))
    assert _combined(doc, [], model_spans, {("حافظت بتروكيم", "ORG"): 0.99}) == []
    model_spans = phrase_spans(doc, ("بتروكيم", "ORG"))
    assert _combined(doc, [], model_spans, {("بتروكيم", "ORG"): 0.99}) == [("بتروكيم", "ORG")]


def test_a_verb_before_a_lexicon_name_does_not_extend_it():
    doc = _doc("فاز ريكاردو بالسباق الأخير")
    lexicon = phrase_spans(doc, ("ريكاردو", "PER"))
    model_spans = phrase_spans(doc, ("فاز ريكاردو", "PER"))
    confidence = {("فاز ريكاردو", "PER"): 0.99, ("ريكاردو", "PER"): 0.99}
    assert _combined(doc, lexicon, model_spans, confidence) == [("ريكاردو", "PER")]


def test_a_sure_organisation_over_a_city_name_is_the_club():
    doc = _doc("وتغلب فالنسيا على ضيفه بهدفين")
    lexicon = phrase_spans(doc, ("فالنسيا", "LOC"))
    model_spans = phrase_spans(doc, ("فالنسيا", "ORG"))
    assert _combined(doc, lexicon, model_spans, {("فالنسيا", "ORG"): 0.9}) == [("فالنسيا", "ORG")]
    assert _combined(doc, lexicon, model_spans, {("فالنسيا", "ORG"): 0.6}) == [("فالنسيا", "LOC")]


def test_a_country_name_stays_a_place_however_sure_the_model_is():
    doc = _doc("وتغلبت إسبانيا على ضيفتها بهدفين")
    lexicon = phrase_spans(doc, ("إسبانيا", "LOC"))
    model_spans = phrase_spans(doc, ("إسبانيا", "ORG"))
    assert _combined(doc, lexicon, model_spans, {("إسبانيا", "ORG"): 0.99}) == [("إسبانيا", "LOC")]


def test_a_city_after_a_preposition_of_place_or_in_a_dateline_stays_a_place():
    for text in ("وأقيم المعرض في فالنسيا أمس", "فالنسيا - أعلنت الشركة أرباحها"):
        doc = _doc(text)
        lexicon = phrase_spans(doc, ("فالنسيا", "LOC"))
        model_spans = phrase_spans(doc, ("فالنسيا", "ORG"))
        assert _combined(doc, lexicon, model_spans, {("فالنسيا", "ORG"): 0.99}) == [("فالنسيا", "LOC")], text


def test_a_lexicon_person_stays_where_the_model_runs_an_organisation_through_title_and_name():
    doc = _doc("وأعلن مدير هيئة الموانئ المهندس سامر الخطيب أن العمل بدأ")
    lexicon = phrase_spans(doc, ("سامر الخطيب", "PER"))
    model_spans = phrase_spans(doc, ("هيئة الموانئ المهندس سامر الخطيب", "ORG"))
    # The model gives the person's words no PER reading at all (confidence 0), and its organisation
    # is not sure enough to replace the person.
    confidence = {("هيئة الموانئ المهندس سامر الخطيب", "ORG"): 0.6}
    assert ("سامر الخطيب", "PER") in _combined(doc, lexicon, model_spans, confidence)


def test_a_person_whose_doubting_model_span_starts_at_the_title_is_dropped():
    # مكتبة الملك سامر: the model reads the title and the name as the institution's name.
    doc = _doc("وزار الطلاب مكتبة الملك سامر أمس")
    lexicon = phrase_spans(doc, ("سامر", "PER"))
    model_spans = phrase_spans(doc, ("الملك سامر", "ORG"))
    assert ("سامر", "PER") not in _combined(doc, lexicon, model_spans, {("الملك سامر", "ORG"): 0.6})


def test_a_plausible_new_name_needs_the_model_half_sure():
    doc = _doc("وقال ماكسيميليان روزنبرغ إن الاتفاق قريب")
    model_spans = phrase_spans(doc, ("ماكسيميليان روزنبرغ", "PER"))
    assert _combined(doc, [], model_spans, {("ماكسيميليان روزنبرغ", "PER"): 0.7}) == [("ماكسيميليان روزنبرغ", "PER")]
    assert _combined(doc, [], model_spans, {("ماكسيميليان روزنبرغ", "PER"): 0.3}) == []


def test_a_new_organisation_of_common_words_needs_a_sure_model():
    # الوحدة is a common noun ("unity"); as a club's name only the model's confidence can let it in.
    doc = _doc("وتعادل الوحدة مع ضيفه في الدوري")
    model_spans = phrase_spans(doc, ("الوحدة", "ORG"))
    assert _combined(doc, [], model_spans, {("الوحدة", "ORG"): 0.9}) == [("الوحدة", "ORG")]
    assert _combined(doc, [], model_spans, {("الوحدة", "ORG"): 0.7}) == []


def test_a_sure_person_over_a_place_and_more_words_is_a_person():
    doc = _doc("وقال المدرب جوزيف مانشستر إن الفريق جاهز")
    lexicon = phrase_spans(doc, ("مانشستر", "LOC"))
    model_spans = phrase_spans(doc, ("جوزيف مانشستر", "PER"))
    assert _combined(doc, lexicon, model_spans, {("جوزيف مانشستر", "PER"): 0.9}) == [("جوزيف مانشستر", "PER")]
    assert _combined(doc, lexicon, model_spans, {("جوزيف مانشستر", "PER"): 0.6}) == [("مانشستر", "LOC")]


def test_a_place_head_or_a_place_name_start_keeps_the_place():
    for text, place, person in (("وزار الوفد ولاية سيدي علوان أمس", "سيدي علوان", "ولاية سيدي علوان"),
                                ("وزار الوفد قرية بيت حانون أمس", "بيت حانون", "قرية بيت حانون")):
        doc = _doc(text)
        lexicon = phrase_spans(doc, (place, "LOC"))
        model_spans = phrase_spans(doc, (person, "PER"))
        assert _combined(doc, lexicon, model_spans, {(person, "PER"): 0.99}) == [(place, "LOC")], text
    doc = _doc("والتقى الوزير سالم بيت حانون أمس")
    lexicon = phrase_spans(doc, ("بيت حانون", "LOC"))
    model_spans = phrase_spans(doc, ("سالم بيت حانون", "PER"))
    assert _combined(doc, lexicon, model_spans, {("سالم بيت حانون", "PER"): 0.99}) == [("بيت حانون", "LOC")]


def test_a_sure_organisation_joins_the_two_lexicon_names_it_is_made_of():
    doc = _doc("وتعاقد لاعب فيردر بريمن الجديد مع النادي")
    lexicon = phrase_spans(doc, ("فيردر", "PER"), ("بريمن", "LOC"))
    model_spans = phrase_spans(doc, ("فيردر بريمن", "ORG"))
    assert _combined(doc, lexicon, model_spans, {("فيردر بريمن", "ORG"): 0.95}) == [("فيردر بريمن", "ORG")]
    # Unsure, it leaves the lexicon's reading (the person the model doubts is dropped, the place stays).
    assert ("بريمن", "LOC") in _combined(doc, lexicon, model_spans, {("فيردر بريمن", "ORG"): 0.6})
