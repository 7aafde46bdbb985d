"""Companies, platforms and media mined from the corpus (issues 10, 11): a mined name after the noun
that says what it is, anywhere in an article once so named, and anywhere when the corpus nearly
always writes it so. Sentences written for these tests."""

from extract import Pipeline, read_text
from extract.ner.companies import STRONG_SHARE, company_matcher, company_spans

TOKENIZER = Pipeline(components=["normalize", "tokenize"])
PIPELINE = Pipeline()


def _companies(text):
    return [span.text for span in company_spans(TOKENIZER.process(read_text(text)))]


def _share(name):
    return next(match.payload["share"] for match in company_matcher().find(TOKENIZER.process(read_text(name))))


def test_a_strong_name_is_a_company_anywhere():
    assert _share("تويتر") >= STRONG_SHARE
    assert _companies("نشر اللاعب صورة على تويتر مساء أمس.") == ["تويتر"]


def test_a_weak_name_needs_a_head_noun_in_the_article():
    assert _share("نوكيا") < STRONG_SHARE
    assert _companies("اشترى هاتفا من نوكيا الشهر الماضي.") == []
    assert _companies("أعلنت شركة نوكيا أرباحها. وقالت نوكيا إن المبيعات زادت.") == ["نوكيا", "نوكيا"]


def test_a_quoted_name_after_the_head_counts():
    assert _companies('كتب على موقع "نوكيا" تعليقا.') == ["نوكيا"]


def test_a_verb_or_common_word_after_the_head_is_no_company():
    assert _companies("قالت شركة تعمل في النفط إنها ستوسع أعمالها.") == []
    assert _companies("تأسست شركة جديدة مقرها الرياض.") == []


def test_the_pipeline_makes_a_platform_an_actor_and_a_person_keeps_his_name():
    names = [actor.name for actor in PIPELINE.process(read_text("وكتب سامي الحربي على تويتر أنه سعيد.")).fields["actors"]]
    assert "تويتر" in names and "سامي الحربي" in names


def test_a_sector_adjective_is_part_of_the_name_and_a_nationality_is_not():
    assert _companies("وارتفع سهم شركة داماك العقارية أمس.") == ["داماك العقارية"]
    assert _companies("وأعلنت شركة مايكروسوفت الأمريكية أرباحها.") == ["مايكروسوفت"]


def test_an_adjective_made_from_a_place_name_is_a_nationality():
    assert _companies("وأعلنت شركة سامسونج الكورية أرباحها.") == ["سامسونج"]
