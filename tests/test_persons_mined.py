"""Mined person names (issue 11 / issue 10): full names the news introduces with a title again and again
(extract/data/persons_mined_ar.tsv, scripts/mine_persons.py) are persons without a title, their family
name extends a given name however frequent it is, their first name starts a name after a title, and a
month inside one is a given name. Sentences written for these tests."""

import json
import sys
from pathlib import Path

import pytest

from extract import Pipeline
from extract.ner.persons import mined_first_names, mined_names, mined_surnames
from extract.normalize import normalize_string

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import mine_persons  # noqa: E402


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(ner="lexicon")


def persons(nlp, text):
    return [entity["text"] for entity in nlp(text)["entities"] if entity["label"] == "PER"]


def test_the_shipped_list_holds_frequent_full_names_and_no_common_phrase():
    names = {" ".join(name) for name in mined_names()}
    assert {"دونالد ترامب", "رجب طيب اردوغان", "محمد بن سلمان"} <= names
    assert not names & {"خادم الحرمين", "للامم المتحده", "كاس العالم"}
    assert "ترامب" in mined_surnames() and "دونالد" in mined_first_names()
    assert not {"عدد", "كاس"} & mined_surnames()


def test_a_mined_full_name_is_a_person_without_a_title(nlp):
    assert persons(nlp, "وأكد دونالد ترامب في خطابه أن بلاده لن تتراجع.") == ["دونالد ترامب"]


def test_a_title_s_name_goes_on_over_a_frequent_mined_family_name(nlp):
    assert persons(nlp, "وصرح الرئيس دونالد ترامب للصحفيين بأن الاتفاق قريب.") == ["دونالد ترامب"]


def test_a_mined_family_name_extends_a_listed_given_name(nlp):
    assert persons(nlp, "وقالت سارة ترامب إنها لم تحضر الحفل.") == ["سارة ترامب"]


def test_a_mined_family_name_does_not_follow_a_common_noun(nlp):
    # سياسة is no given name: the family name alone does not make a person of the phrase
    assert not any("سياسة" in name for name in persons(nlp, "وانتقد المحلل سياسة ترامب الاقتصادية أمس."))


def test_a_mined_first_name_starts_a_name_after_a_title(nlp):
    assert persons(nlp, "وزار الرئيس دونالد هوفمان المصنع الجديد.") == ["دونالد هوفمان"]


def test_a_month_inside_a_mined_name_is_a_given_name(nlp):
    assert persons(nlp, "واستقبل رجب طيب أردوغان الوفد في القصر.") == ["رجب طيب أردوغان"]


def test_a_month_outside_a_mined_name_is_still_a_month(nlp):
    assert persons(nlp, "وسافر الوفد في شهر رجب الماضي إلى المدينة.") == []


def _corpus(texts):
    """Corpus lines as the miner reads them."""
    return [json.dumps({"text": text}, ensure_ascii=False) for text in texts]


def test_the_miner_keeps_a_name_repeated_after_titles_and_drops_common_phrases():
    texts = ["قال الرئيس الفنلندي ساولي نينيستو إن الحوار مستمر."] * 3 \
        + ["وأعلن الرئيس ساولي نينيستو عن زيارة قريبة."] * 2 \
        + ["ووصل ساولي نينيستو إلى المطار."] \
        + ["وقال اللاعب قبيل انطلاق المباراة إنه جاهز."] * 5 \
        + ["وأكد الوزير ضرورة إرسالها في الموعد."] * 5 \
        + ["وشارك اللاعب محمد كريمو مرة واحدة."]
    rows = {" ".join(name): (titled, count) for name, titled, count in mine_persons.mine(_corpus(texts))}
    assert rows == {normalize_string("ساولي نينيستو"): (5, 6)}


def test_the_miner_drops_a_name_that_one_word_nearly_always_follows():
    # خادم الحرمين is cut from خادم الحرمين الشريفين: not a name of its own
    texts = ["واستقبل الأمير خادم الحرمين الشريفين في الرياض."] * 6
    assert mine_persons.mine(_corpus(texts)) == []


def test_the_default_backend_keeps_a_mined_full_name_the_crf_reads_as_no_name():
    # the CRF, reading only the sentence, gives دونالد too little probability of a person here
    entities = Pipeline()("وقالت بكين إنها سترد إذا مضى الرئيس الأمريكي دونالد ترامب قدما في تهديده بزيادة الرسوم.")["entities"]
    assert [entity["text"] for entity in entities if entity["label"] == "PER"] == ["دونالد ترامب"]


def test_a_mined_name_ends_before_the_next_name(nlp):
    assert persons(nlp, "وتتهم الحكومة التي يقودها رجب طيب أردوغان غولن بتدبير الانقلاب.") == ["رجب طيب أردوغان"]


def test_a_mined_name_goes_on_with_its_lineage(nlp):
    assert persons(nlp, "واستقبل الأمير محمد بن سلمان بن عبدالعزيز الوفد.") == ["محمد بن سلمان بن عبدالعزيز"]


def test_the_preposition_after_a_title_is_no_mined_first_name(nlp):
    # على normalizes to علي, a mined first name, but keeps its ى
    assert persons(nlp, "وحصل المدرب الإسباني على مهمة تحسين أداء الفريق.") == []


def test_a_mined_name_ending_in_a_father_s_name_goes_on_to_the_family_name(nlp):
    assert persons(nlp, "وقال الشيخ محمد بن إبراهيم الحمدان إن الموعد قريب.") == ["محمد بن إبراهيم الحمدان"]


def test_a_mined_name_does_not_take_the_preposition_on_for_a_name(nlp):
    assert persons(nlp, "وحصل محمد على جائزة التفوق في المسابقة.") == []


def test_the_miner_reads_a_family_name_after_al_and_no_institution_s_adjective():
    texts = ["وقال المستشار تركي آل الشيخ إن الموسم ناجح."] * 5 \
        + ["وافتتح الأمير جامعة الملك عبدالله العالمية للعلوم."] * 5
    rows = [" ".join(name) for name, _, _ in mine_persons.mine(_corpus(texts))]
    assert rows == [normalize_string("تركي آل الشيخ")]
