"""Organisations by their full names mined from the corpus (issues 10, 11): the miner's extent of a
head's name (scripts/mine_organisations.py) and the names put into the entities after the backend
(extract/ner/mined_organisations.py). Sentences written for these tests."""

import sys
from pathlib import Path

from extract import Pipeline, read_text
from extract.lexicons import read_tsv
from extract.ner import lexicon_entities
from extract.ner.mined_organisations import mined_organisation_spans, with_mined_organisations
from extract.normalize import normalize_string

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import mine_organisations  # noqa: E402

TOKENIZER = Pipeline(components=["normalize", "tokenize"])
PIPELINE = Pipeline()


def _extent(sentence: str) -> str | None:
    """The name the first head of the sentence starts, as the miner reads it."""
    words = mine_organisations.sentences(sentence)[0]
    head = next(index for index, word in enumerate(words) if mine_organisations.head_of(word))
    end = mine_organisations.extent(words, head)
    return None if end is None else mine_organisations.name_of(words, head, end)


def test_the_miner_reads_adjectives_and_a_complement_after_a_definite_head():
    assert _extent("أعلنت الإدارة الوطنية للتحكيم أمس قائمة الحكام") == normalize_string("الإدارة الوطنية للتحكيم")
    assert _extent("وقال الاتحاد العربي للملاكمة في بيان") == normalize_string("الاتحاد العربي للملاكمة")


def test_the_miner_reads_a_genitive_after_an_indefinite_head_and_stops_at_a_verb_or_a_date():
    assert _extent("وأوضحت هيئة الطيران المدني يوم الأحد أن الرحلات عادت") == normalize_string("هيئة الطيران المدني")
    assert _extent("ونفت وزارة الزراعة العمانية ما نشر") == normalize_string("وزارة الزراعة العمانية")
    assert _extent("انضم اللاعب إلى نادي المريخ السوداني الموسم الماضي") == normalize_string("نادي المريخ السوداني")


def test_the_miner_takes_no_name_where_the_head_names_none():
    assert _extent("ناقش المدرب إدارة في المباراة") is None  # no genitive: the verbal noun
    assert _extent("قاتل عناصر حزب الله اللبنانية") is None  # the adjective agrees with a noun before
    assert _extent("زار وكالة الوزارة للتعليم") is None  # a part of a body named before
    assert _extent("تقع مديرية رازح في الشمال") is None  # a district, not a directorate
    assert _extent("اجتمعت الهيئة أمس") is None  # a definite head without an adjective is an anaphor


def test_the_miner_drops_parts_descriptions_and_names_the_pipeline_knows():
    assert mine_organisations.generic(normalize_string("مجلس إدارة الشركة"))
    assert mine_organisations.generic(normalize_string("الاتحاد الأوروبي الفرنسي"))
    assert not mine_organisations.generic(normalize_string("الحزب الديمقراطي الكردستاني"))
    known = frozenset({normalize_string("الأناضول")})
    assert mine_organisations.holds_known_name(normalize_string("وكالة أنباء الأناضول التركية").split(), known)
    assert not mine_organisations.holds_known_name(normalize_string("المعهد الوطني للإحصاء").split(), known)
    party = frozenset({normalize_string("حزب الله")})
    assert mine_organisations.holds_known_name(normalize_string("حزب الله اللبناني").split(), party)
    union = frozenset({normalize_string("الاتحاد الدولي")})
    assert not mine_organisations.holds_known_name(normalize_string("الاتحاد الدولي لكرة القدم").split(), union)


def test_the_mined_list_has_its_source_and_no_short_or_verbal_noun_names():
    header = Path(mine_organisations.OUTPUT).read_text(encoding="utf-8").split("\nname\t")[0]
    assert "scripts/mine_organisations.py" in header and "MIT" in header
    names = {row["name"] for row in read_tsv("orgs_mined_ar.tsv")}
    assert normalize_string("الاتحاد العالمي لعلماء المسلمين") in names
    assert all(len(name.split()) >= mine_organisations.MIN_WORDS for name in names)
    assert normalize_string("حركة الرياح السطحية") not in names


def _doc(text: str):
    return TOKENIZER.process(read_text(text))


def test_a_mined_name_is_found_past_its_proclitic():
    doc = _doc("وانتقد اللاعب الاتحاد الدولي لكرة القدم، وأشاد المدرب بالاتحاد الدولي لكرة القدم.")
    assert [span.text for span in mined_organisation_spans(doc)] == ["الاتحاد الدولي لكرة القدم"] * 2


def test_a_mined_name_replaces_the_shorter_entities_inside_it_and_gives_way_to_a_known_name():
    doc = _doc("وأعلن الاتحاد العالمي لعلماء المسلمين موقفه.")
    start = doc.text.index("الاتحاد")
    shorter = doc.span(start, start + len("الاتحاد العالمي"), "ORG")
    assert [span.text for span in with_mined_organisations(doc, [shorter])] == ["الاتحاد العالمي لعلماء المسلمين"]
    doc = _doc("نقلت وكالة أنباء الأناضول التركية الرسمية الخبر.")
    start = doc.text.index("الأناضول")
    known = doc.span(start, start + len("الأناضول"), "ORG")
    assert with_mined_organisations(doc, [known]) == [known]


def test_the_pipeline_makes_a_mined_name_an_actor_and_the_crf_features_stay():
    # المعهد الوطني للإحصاء is read by the lexicon's own rules (head, الوطني and its remit), so a
    # mined name no lexicon rule reads shows that the mined list stays out of the CRF's features.
    text = "وقالت أكاديمية الشعر العربي في بيان إن المسابقة تنطلق غدا."
    names = [actor.name for actor in PIPELINE.process(read_text(text)).fields["actors"]]
    assert "أكاديمية الشعر العربي" in names
    # The lexicon's tags (the CRF's features) do not take the mined names.
    assert "أكاديمية الشعر العربي" not in [span.text for span in lexicon_entities(_doc(text))]


def test_sports_and_economy_text_gets_no_mined_actor_from_a_verbal_noun():
    text = "تحسنت حركة الرياح السطحية أمس، وناقش المدرب إدارة الأزمة الحالية مع اللاعبين قبل المباراة."
    assert PIPELINE.process(read_text(text)).fields["actors"] == []


def test_a_head_that_is_also_a_common_noun_needs_the_corpus_to_have_it_act():
    from collections import Counter

    front, party = normalize_string("جبهة الساحل الغربي"), normalize_string("حزب الشعوب الديمقراطي")
    headed = Counter({front: 40, party: 40})
    in_articles = {front: set(range(30)), party: set(range(30))}
    starts = Counter({front: 40, party: 40})
    assert [row["name"] for row in mine_organisations.select(headed, in_articles, starts, Counter())] == [party]
    chosen = mine_organisations.select(headed, in_articles, starts, Counter({front: 2}))
    assert [row["name"] for row in chosen] == sorted([front, party])


def test_the_article_of_a_head_after_li_is_read_back():
    assert mine_organisations.head_of(normalize_string("للجنة")) == normalize_string("اللجنة")
    assert _extent("قدم طلبا للجنة الأولمبية الدولية أمس") == normalize_string("اللجنة الأولمبية الدولية")
