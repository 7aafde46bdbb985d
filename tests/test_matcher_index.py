"""The phrase matcher's two-word index (issue 17): every match the old scan over all entries with a
token's stem found is found by the index, in the same order, on sentences written for the test
(proclitics, the لل article, multi-word names, entries that overlap or share a first word,
quotation marks between words, a sentence end inside a phrase)."""

from __future__ import annotations

import pytest

from extract import Pipeline
from extract.document import Document
from extract.extractors import events
from extract.matcher import TRANSPARENT, Match, PhraseMatcher, phrase_words
from extract.lexicons import place_gazetteer
from extract.ner.places import place_matcher
from extract.read import read_text

PHRASES = [
    "الامم المتحده", "الامم المتحده للطفوله", "مجلس الامن", "مجلس الامن الدولي", "مجلس",
    "الموصل", "جامعه الدول العربيه", "جامعه الموصل", "جامعه", "تنظيم داعش", "داعش",
    "الولايات المتحده", "الولايات المتحده الامريكيه", "الامن", "الدولي", "المتحده",
]
# Payloads tell apart two entries of the same words (an alias of two actors).
ENTRIES = [(phrase, phrase) for phrase in PHRASES] + [("مجلس الامن", "second"), ("مجلس", "third")]

SENTENCES = [
    "دعت الأمم المتحدة للطفولة ومجلس الأمن الدولي إلى هدنة في الموصل وبالموصل.",
    "وقالت جامعة الدول العربية إن جامعة الموصل أعيد فتحها، وللأمم المتحدة مكتب هناك.",
    "أعلن تنظيم \"داعش\" مسؤوليته، وندد مجلس \"الأمن\" بالهجوم، وقالت الولايات المتحدة الأمريكية إنها تتابع.",
    "اجتمع المجلس. الأمن مستتب والولايات المتحدة\nالأمريكية ليست في الجملة نفسها، وفي مجلس",
    "بالأمم المتحدة وكالأمم والأمم المتحدة للطفولة، وجامعة الدول وجامعة العربية مجلس الأمن",
]


def old_by_first(entries) -> dict[str, list]:
    """The entries by their first word, longest first, as the matcher kept them before the index."""
    by_first: dict[str, list] = {}
    for phrase, payload in entries:
        words = phrase_words(phrase)
        if words:
            by_first.setdefault(words[0], []).append((words, payload))
    for bucket in by_first.values():
        bucket.sort(key=lambda entry: -len(entry[0]))
    return by_first


def place_entries():
    return [(alias, place) for place in place_gazetteer() for alias in place["aliases"] + place.get("shared_aliases", [])]


def old_matches_at(by_first: dict[str, list], doc: Document, index: int) -> list[Match]:
    """The scan before the index: every entry whose first word is a stem of the token, extended."""
    def extend(first: int, words: tuple[str, ...]) -> int | None:
        position = first
        for word in words[1:]:
            position += 1
            while position < len(doc.tokens) and doc.tokens[position].norm in TRANSPARENT:
                position += 1
            if position >= len(doc.tokens) or doc.tokens[position].norm != word \
                    or doc.tokens[position].sentence != doc.tokens[first].sentence:
                return None
        return position

    token = doc.tokens[index]
    found = []
    for offset, stem in token.stems:
        for words, payload in by_first.get(stem, ()):
            last = extend(index, words)
            if last is None:
                continue
            start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
            end = doc.tokens[last].end
            found.append(Match(index, last, start, end, doc.text[start:end], words, payload))
    found.sort(key=lambda match: (-(match.last - match.first), match.start))
    return found


def old_find(by_first: dict[str, list], doc: Document) -> list[Match]:
    matches: list[Match] = []
    next_free = 0
    for index in range(len(doc.tokens)):
        if index < next_free:
            continue
        candidates = old_matches_at(by_first, doc, index)
        if candidates:
            matches.append(candidates[0])
            next_free = candidates[0].last + 1
    return matches


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    tokenizer = Pipeline(components=["normalize", "tokenize"])
    return [tokenizer.process(read_text(text)) for text in SENTENCES]


@pytest.fixture(scope="module")
def matcher() -> PhraseMatcher:
    return PhraseMatcher(ENTRIES)


def test_every_token_matches_as_in_the_old_scan(matcher: PhraseMatcher, docs: list[Document]) -> None:
    for doc in docs:
        for index in range(len(doc.tokens)):
            assert matcher.matches_at(doc, index) == old_matches_at(old_by_first(ENTRIES), doc, index), doc.tokens[index].text


def test_find_is_the_old_longest_first_scan(matcher: PhraseMatcher, docs: list[Document]) -> None:
    for doc in docs:
        assert matcher.find(doc) == old_find(old_by_first(ENTRIES), doc)


def test_the_index_finds_long_names_behind_clitics_and_marks(matcher: PhraseMatcher, docs: list[Document]) -> None:
    found = [(match.text, match.payload) for doc in docs for match in matcher.find(doc)]
    assert ("الأمم المتحدة للطفولة", "الامم المتحده للطفوله") in found
    assert ("مجلس الأمن الدولي", "مجلس الامن الدولي") in found
    assert ("الموصل", "الموصل") in found  # بالموصل: the proclitic stays outside the match
    assert ("الأمم المتحدة", "الامم المتحده") in found  # وللأمم: لل reads as the article
    assert ("تنظيم \"داعش", "تنظيم داعش") in found
    assert ("مجلس \"الأمن", "مجلس الامن") in found
    assert ("الولايات المتحدة الأمريكية", "الولايات المتحده الامريكيه") in found


def test_a_sentence_end_cuts_a_phrase(matcher: PhraseMatcher, docs: list[Document]) -> None:
    texts = [match.text for match in matcher.find(docs[3])]
    assert "الولايات المتحدة" in texts and "الولايات المتحدة\nالأمريكية" not in texts
    assert "الأمن" in texts  # المجلس. الأمن: no مجلس الامن across the full stop
    assert texts[-1] == "مجلس"  # the last word of the text extends into nothing


def test_two_entries_of_the_same_words_keep_their_order(matcher: PhraseMatcher, docs: list[Document]) -> None:
    index = next(token.index for token in docs[4].tokens if token.norm == "مجلس")
    payloads = [match.payload for match in matcher.matches_at(docs[4], index)]
    assert payloads == ["مجلس الامن", "second", "مجلس", "third"]


def test_gazetteer_matches_as_in_the_old_scan(docs: list[Document]) -> None:
    places, by_first = place_matcher(), old_by_first(place_entries())
    for doc in docs:
        assert places.find(doc) == old_find(by_first, doc)
        for index in range(len(doc.tokens)):
            assert places.matches_at(doc, index) == old_matches_at(by_first, doc, index)


def test_phrase_words_are_the_index_keys(matcher: PhraseMatcher) -> None:
    assert phrase_words("مجلس الأمن الدولي")[:2] in matcher._by_two
    assert "مجلس" in matcher._single and "مجلس الأمن" in matcher


def test_find_is_kept_per_tokenization(matcher: PhraseMatcher, docs: list[Document]) -> None:
    first = matcher.find(docs[0])
    first.clear()  # a caller's list is its own
    assert matcher.find(docs[0]) == old_find(old_by_first(ENTRIES), docs[0]) != []
    assert matcher.find(docs[1]) == old_find(old_by_first(ENTRIES), docs[1]) != old_find(old_by_first(ENTRIES), docs[0])
    again = Pipeline(components=["normalize", "tokenize"]).process(read_text(SENTENCES[1][:20]))
    assert matcher.find(again) == old_find(old_by_first(ENTRIES), again)


def old_event_cue_at(doc: Document, index: int) -> tuple[str, int] | None:
    """events.cue_at before its two-word index: every phrase of the stem, longest first."""
    token = doc.tokens[index]
    for _, stem in token.stems[:2]:
        for words, role in events._cues_longest_first().get(stem, ()):
            last = index + len(words) - 1
            if last < len(doc.tokens) and all(doc.tokens[index + k].norm == words[k] for k in range(1, len(words))):
                return role, last
    return None


def test_event_cues_read_as_in_the_old_scan() -> None:
    # Every listed cue phrase, bare, after و, cut before its last word and at the text's end.
    phrases = [" ".join(words) for cues in events.event_cues().values() for words in cues]
    parts = []
    for number, phrase in enumerate(phrases):
        parts.append(("و" if number % 2 else "") + phrase)
        parts.append(phrase.rsplit(" ", 1)[0] + " ثم")
    text = "قال المسؤول إن " + " ثم ".join(parts) + " لم " + phrases[-1].split()[0]
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text(text))
    found = [events.cue_at(doc, index) for index in range(len(doc.tokens))]
    assert found == [old_event_cue_at(doc, index) for index in range(len(doc.tokens))]
    assert sum(1 for index, cue in enumerate(found) if cue is not None and cue[1] > index) > 50  # phrases


def test_relay_starts_are_the_old_scan_over_every_token() -> None:
    from extract.extractors import quotes

    # Every relay word bare, after و and ب, doubled و, and a short word that _without_wa keeps.
    forms = [form for word in sorted(quotes.RELAY_STARTS) for form in (word, "و" + word, "ب" + word, "وو" + word)]
    text = "قال المسؤول إن " + " ثم ".join(forms) + " وحس ووفق."
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text(text))
    finder = quotes._QuoteFinder(doc)
    old = [index for index, token in enumerate(doc.tokens) if quotes._without_wa(token.norm) in quotes.RELAY_STARTS]
    assert len(old) >= len(quotes.RELAY_STARTS)
    assert set(old) <= set(finder.starts())
    new = doc.tokens_with_stem("quotes:relay_starts", quotes.RELAY_STARTS)
    assert [index for index in new if quotes._without_wa(doc.tokens[index].norm) in quotes.RELAY_STARTS] == old


def old_split_shootings(doc: Document) -> list:
    """events._split_shootings before the stem index: every token looked at as a possible object."""
    found: dict = {}
    for position, token in enumerate(doc.tokens):
        if token.norm not in events.FIRE_OBJECTS:
            continue
        for index in range(position - 2, max(-1, position - events.FIRE_REACH - 1), -1):
            verb = doc.tokens[index]
            if verb.sentence != token.sentence or verb.norm in events.CLAUSE_BREAKS:
                break
            bare = verb.norm[1:] if verb.norm[:1] in "وف" and verb.norm[1:] in events.fire_verb_forms() else verb.norm
            if bare in events.fire_verb_forms() and index not in found:
                start = verb.start + (1 if bare != verb.norm else 0)
                found[index] = events.Event("attack", index, start, verb.end, "verb", "اطلق", verb.sentence, False,
                                            mentions=[(start, verb.end)])
                break
    return list(found.values())


def test_shootings_split_by_their_subject_as_in_the_old_scan() -> None:
    text = ("أطلق مسلحون مجهولون النار على حافلة، وفتح جندي إسرائيلي النيران على شاب. "
            "فتحت القوات نيران رشاشاتها، ثم أطلقوا الرصاص، وأطلق الحرس بالنار وفتحوا بابا.")
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text(text))
    found = events._split_shootings(doc, set(), set())
    assert found == old_split_shootings(doc)
    assert [doc.text[event.trigger_start:event.trigger_end] for event in found] == ["أطلق", "فتح", "فتحت"]


def test_document_cues_hold_every_cue_at_every_token() -> None:
    text = ("لم تقصف الطائرات المدينة، ونفى الجيش أنه قصف السوق، وقال إن الهجوم المزعوم في حادث منفصل "
            "سبق أن وقع. ربما تعرضت القرية لقصف جوي، وحكم بالإعدام على المتهم.")
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text(text))
    cues = events.document_cues(doc)
    assert cues == {index: events.cue_at(doc, index) for index in range(len(doc.tokens))
                    if events.cue_at(doc, index) is not None}
    assert len(cues) >= 5
    assert all(events._role_of(doc, index) == (cues[index][0] if index in cues else None)
               for index in range(len(doc.tokens)))


def test_contains_asks_for_the_whole_phrase(matcher: PhraseMatcher) -> None:
    assert "مجلس الأمن الدولي" in matcher and "الموصل" in matcher and "جامعة الموصل" in matcher
    assert "مجلس الأمن القومي" not in matcher and "الأمم" not in matcher and "" not in matcher
