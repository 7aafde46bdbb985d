"""Candidate indexes (issue 17): a rule that visits only the tokens an index names must visit every
token the old scan over all tokens accepted. Each test states the old scan here, as the reference,
and checks it against the index on sentences written for the test (Eastern Arabic digits, number
words and duals behind clitics, suffixed fractions, quotation marks, cue words)."""

from __future__ import annotations

import pytest

from extract import Pipeline
from extract.document import Document
from extract.extractors import actors, agents, counts, events, places, quotes
from extract.quantities import WEEKDAY_HOMOGRAPHS, _b_dual_stems, _ordinal_teens, _weekday_homographs, dual_singular
from extract.read import read_text
from extract.speech.cues import cue_forms
from extract.speech.marks import QUOTE_MARKS, pair_marks, pair_marks_at
from extract.timex import ordinal_words
from extract.words import nationality_countries, word_set

SENTENCES = [
    "قتل ٣ أشخاص وأصيب ١٢ آخرون في هجومين منفصلين، وقال مسؤول إن ثلثهم من الأطفال وإن نصفها دمر.",
    "وصل خمسة آلاف وثلاثمائة لاجئ إلى المدينة، وعشرات الآلاف ينتظرون، وفاز الفريق بهدفين مقابل هدف.",
    "اجتمع الطرفان الاثنين في الحادي عشر من الشهر، وحضر الأعضاء الخمسة عشر وللثلاثة أيام 2.5 مليون متابع.",
    "وأكد الوزير أن الحكومة ستواصل عملها، وبين المتحدث أن «الوضع مستقر»، فيما قالت الصحيفة إن \"المفاوضات متعثرة\".",
    "أعلنت وزارة الدفاع الأمريكية أن الجيش السوري استخدم غاز السارين في هجوم كيماوي على بلدة بريف دمشق، "
    "وقالت الوزارة إن الأسلحة الكيميائية محظورة، وأشار المركز إلى أن الصحيفة نقلت عن مسؤول يمني وآخر عراقي.",
    "وبحسب ما نقلته وكالة الأنباء الرسمية، فإن القانون يحظر الإساءة إلى الأديان، وحسبما أوردته الصحيفة، فإن الجلسة أجلت.",
    "ووبين الفريقين فرق كبير، ولثلثيهم رأي آخر، وبربعه اشترى سيارتين ووسيارتين أخريين يوم الأحد.",
]


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(ner="lexicon")


@pytest.fixture(scope="module")
def docs(rules: Pipeline) -> list[Document]:
    return [rules.process(read_text(text)) for text in SENTENCES]


def test_count_candidates_hold_every_token_that_may_start_a_number(docs: list[Document]) -> None:
    accepted = 0
    for doc in docs:
        candidates = set(doc.tokens_with_stem("counts:may_start_number", counts._number_stems(),
                                              counts._digits_or_dual_endings))
        for token in doc.tokens:
            if counts._may_start_number(token):
                assert token.index in candidates, token.text
                accepted += 1
    assert accepted >= 20  # digits in both digit sets, number words, duals and fractions behind clitics


def _old_suffixed_fraction(stem: str) -> bool:
    return any(stem.endswith(suffix) and "fraction" in counts.number_words().get(stem[:-len(suffix)], {})
               for suffix in counts.PRONOUN_SUFFIXES)


@pytest.mark.parametrize("stem", ["ثلثهم", "نصفها", "ربعه", "ثلثيهم", "نصفهما", "ثلثهن", "نصف", "هم", "ه", "مثلهم",
                                  "نصفهمان", "الثلثهم"])
def test_suffixed_fractions_are_the_old_reading(stem: str) -> None:
    assert (stem in counts._suffixed_fractions()) == _old_suffixed_fraction(stem)


def test_suffixed_fraction_keeps_its_value(docs: list[Document]) -> None:
    token = next(token for token in docs[0].tokens if token.text == "ثلثهم")
    fraction = counts._suffixed_fraction(token)
    assert fraction is not None and fraction.fraction == "1/3"


def test_quantity_candidates_hold_the_old_scans(docs: list[Document]) -> None:
    found = {"weekday": 0, "teen": 0, "b_dual": 0}
    for doc in docs:
        for tokens in doc.sentence_tokens():
            old_weekdays = [position for position, token in enumerate(tokens) if token.kind == "arabic"
                            and token.norm in WEEKDAY_HOMOGRAPHS
                            and (position == 0 or dual_singular(tokens[position - 1]) is None)]
            assert _weekday_homographs(doc, tokens) == old_weekdays
            old_teens = {position for position in range(1, len(tokens)) if tokens[position].norm in ("عشر", "عشره")
                         and tokens[position - 1].kind == "arabic"
                         and any(stem in ordinal_words() for _, stem in tokens[position - 1].stems)}
            assert _ordinal_teens(doc, tokens) == old_teens
            b_duals = {token.index for token in tokens if token.norm.startswith("ب") and dual_singular(token) is not None}
            assert b_duals <= set(doc.tokens_with_stem("quantities:b_duals", (), _b_dual_stems))
            found["weekday"] += len(old_weekdays)
            found["teen"] += len(old_teens)
            found["b_dual"] += len(b_duals)
    assert all(found.values()), found  # each scan accepted something, so the comparison means something


def test_b_dual_stems_are_those_that_start_with_b_and_end_as_a_dual() -> None:
    assert _b_dual_stems(["بهدفين", "بلدين", "بهدف", "وبسيارتان", "هدفين", "بسيارتان"]) == ["بهدفين", "بلدين", "بسيارتان"]


def test_quote_starts_hold_every_cue_relay_and_opening_mark(docs: list[Document]) -> None:
    cues = relays = 0
    for doc in docs:
        finder = quotes._QuoteFinder(doc)
        starts = set(finder.starts())
        for index, token in enumerate(doc.tokens):
            if finder.cue_at(index) is not None:
                assert index in starts, token.text
                cues += 1
        assert set(finder.closing_of) <= starts
        for index, token in enumerate(doc.tokens):
            if finder.relay_clause_at(index) is not None:
                assert index in starts, token.text
                relays += 1
    assert relays >= 2  # وبحسب ما نقلته ... فإن، وحسبما أوردته ... فإن
    assert cues >= 6  # أكد، وبين (its shadda unwritten, before أن)، قالت، وقالت، أشار، نقلت


def test_bayyana_forms_are_found_behind_any_conjunctions() -> None:
    assert quotes._bayyana_forms(["ووبين", "وبين", "بين", "فبين", "بينما", "وبينت"]) == ["ووبين", "وبين", "بين", "فبين"]
    assert "ووبين" not in cue_forms()


def test_event_cues_only_start_at_indexed_tokens(docs: list[Document]) -> None:
    found = 0
    for doc in docs:
        context = events.EventContext(doc)
        for index in range(len(doc.tokens)):
            old = events.cue_at(doc, index)
            assert context.cue(index) == old
            found += old is not None
        assert context.cue(-1) is None and context.cue(len(doc.tokens)) is None
    assert found


def test_agent_context_from_the_index_is_the_old_scan(docs: list[Document]) -> None:
    cues, chemical = word_set("agent_context"), word_set("chemical")

    def has_stem(token, words) -> bool:
        return any(stem in words for _, stem in token.stems)

    for doc in docs:
        assert agents._weapon_sentences(doc) == {token.sentence for token in doc.tokens if has_stem(token, cues)}
        old = any(has_stem(doc.tokens[index], chemical) and has_stem(doc.tokens[index - 1], cues)
                  for index in range(1, len(doc.tokens)))
        assert agents._about_chemical_weapons(doc) == old
    assert agents._about_chemical_weapons(docs[4])  # هجوم كيماوي


def test_country_votes_from_the_index_are_the_old_scan(docs: list[Document]) -> None:
    words, adjectives = actors._country_words(), nationality_countries()
    for doc in docs:
        old: dict[str, int] = {}
        old_votes: dict[str, int] = {}
        for token in doc.tokens:
            code = next((words[stem] for _, stem in token.stems if stem in words), None)
            if code is not None:
                old[code] = old.get(code, 0) + 1
            code = next((adjectives[stem] for _, stem in token.stems if stem in adjectives), None)
            if code is not None:
                old_votes[code] = old_votes.get(code, 0) + 1
        assert list(actors.article_countries(doc).items()) == list(old.items())
        nationality_votes = places.article_countries(doc)
        for code, votes in old_votes.items():
            assert nationality_votes[code] >= votes  # LOC entities add their own votes
    assert {"US", "SY", "YE", "IQ"} <= actors.article_countries(docs[4]).keys()


def test_stem_index_walks_either_side_alike(docs: list[Document]) -> None:
    doc = docs[4]
    everything = frozenset(stem for token in doc.tokens for _, stem in token.stems) | {f"كلمة{n}" for n in range(5000)}
    few = frozenset({"الصحيفه", "هجوم", "غير موجود"})
    assert len(everything) > len(doc.stem_positions()) > len(few)
    assert doc.tokens_with_stem("test:all", everything) == list(range(len(doc.tokens)))
    assert [doc.tokens[index].norm for index in doc.tokens_with_stem("test:few", few)] == ["هجوم", "الصحيفه"]


def _old_pair_marks(text: str) -> dict[int, int]:
    """pair_marks as it was: the pairing over a loop on every character, not the regex's candidates."""
    return pair_marks_at(text, ((position, char) for position, char in enumerate(text)
                                if char == "\n" or char in QUOTE_MARKS))


@pytest.mark.parametrize("text", [
    "قال «إن \"الوضع\" مستقر» ثم أضاف: “لن نتراجع”",
    "كتب \"أولا\n\"ثانيا\" و«ثالثا»»",
    "«بداية «داخل» نهاية» و„مقتبس“",
])
def test_pair_marks_by_regex_is_the_old_walk_over_every_character(text: str) -> None:
    pairs = pair_marks(text)
    assert pairs == _old_pair_marks(text)
    marks = [position for position, char in enumerate(text) if char in QUOTE_MARKS]
    assert set(pairs) <= set(marks)
    assert all(pairs[pairs[position]] == position for position in pairs)
    assert all("\n" not in text[min(a, b):max(a, b)] for a, b in pairs.items())
    assert pairs  # every sentence here has a pair


def test_organisation_heads_index_holds_every_token_the_old_scan_visited() -> None:
    from extract.ner.organisations import quoted_organisations
    from extract.words import ORG_HEADS

    doc = Pipeline(ner="lexicon").process(read_text(
        "ونقلت وصحيفة \"الأخبار اليومية\" عن مركز الدراسات، وذكر موقع «المرصد» أن حزب \"النور\" بدأ عمله."))
    heads = set(doc.tokens_with_stem("organisations:heads", ORG_HEADS.keys()))
    visited = {token.index for token in doc.tokens if any(stem in ORG_HEADS for _, stem in token.stems)}
    assert heads == visited and len(visited) >= 3
    assert "الأخبار اليومية" in [span.text for span in quoted_organisations(doc)]  # behind the clitic و
