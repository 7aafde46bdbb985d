"""Organisations: the actor lexicon, quoted names after a head noun (صحيفة "...") and institutions
named by a head and adjectives (الجيش الإيراني، وزارة الداخلية السعودية)."""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span, Token
from extract.lexicons import actor_lexicon
from extract.matcher import TRANSPARENT, PhraseMatcher
from extract.words import (ORG_HEADS, function_words, has_preposition, institution_heads, is_definite_adjective,
                           is_given_name, is_title_word, place_words, starts_with_conjunction, time_words, word_set)
from extract.normalize import normalize_string
from extract.timex import ordinal_words


MAX_QUOTED_NAME_TOKENS = 6


# A quotation after these is what someone said, not an organisation's name (لوكالة فرانس برس إن "...").
COMPLEMENTIZER_WORDS = word_set("complementizer")


@lru_cache(maxsize=1)
def actor_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, actor) for actor in actor_lexicon() for alias in actor["aliases"])


def _closing_quote(doc: Document, start: int) -> int | None:
    for position in range(start, min(start + MAX_QUOTED_NAME_TOKENS + 1, len(doc.tokens))):
        if doc.tokens[position].norm in TRANSPARENT:
            return position if position > start else None
        if doc.tokens[position].kind == "punct":
            return None
    return None


def quoted_organisations(doc: Document) -> list[Span]:
    """صحيفة "نيويورك تايمز", مركز الأبحاث "آي اتش اس": the quoted name after an organisation head noun."""
    found = []
    for index, token in enumerate(doc.tokens):
        if not any(stem in ORG_HEADS for _, stem in token.stems):
            continue
        position = index + 1
        while position < min(index + 4, len(doc.tokens)) and doc.tokens[position].kind == "arabic" \
                and doc.tokens[position].norm not in COMPLEMENTIZER_WORDS:
            position += 1
        if position < len(doc.tokens) and doc.tokens[position].norm in TRANSPARENT:
            closing = _closing_quote(doc, position + 1)
            if closing is not None:
                found.append(doc.tokens_span(position + 1, closing - 1, "ORG"))
    return found


@lru_cache(maxsize=1)
def _institution_matcher() -> PhraseMatcher:
    return PhraseMatcher((row["head"], (row["takes"], row["kind"])) for row in institution_heads())


MAX_INDEFINITE_GENITIVES = 2


MAX_PLACE_NAME_TOKENS = 4


def _place_name_end(tokens: list[Token], first: int) -> int:
    """The last token of the longest listed place name that starts at `first`, or `first` itself."""
    end = first
    for last in range(first + 1, min(first + MAX_PLACE_NAME_TOKENS, len(tokens))):
        if " ".join(token.norm for token in tokens[first:last + 1]) in place_words():
            end = last
    return end


def _genitive_chain_end(tokens: list[Token], head: int) -> int | None:
    """Last token of the genitive phrase after a head: up to two indefinite nouns, then a definite
    one or a place's name, optionally coordinated once (فريق التحقيق وتحديد الهوية). None when there
    is none."""
    position, indefinite = head + 1, 0
    while position < len(tokens) and tokens[position].sentence == tokens[head].sentence \
            and tokens[position].kind == "arabic":
        token = tokens[position]
        if is_title_word(token) or is_given_name(token):
            return None  # حكومة الرئيس ...، حكومة بشار الأسد: a person's government, named by the person
        if token.norm.startswith("ال") or token.norm in place_words():
            # A place's name is definite as a noun with the article is (جامعة جازان، شرطة لندن), and
            # runs on over its later words (شرطة منطقة مكة المكرمة).
            end = _place_name_end(tokens, position)
            if position + 2 < len(tokens) and starts_with_conjunction(tokens[position + 1]) \
                    and tokens[position + 2].norm.startswith("ال"):
                end = position + 2
            return end
        if indefinite == MAX_INDEFINITE_GENITIVES or token.norm in function_words() or has_preposition(token):
            return None
        indefinite += 1
        position += 1
    return None


def _lam_complement_end(tokens: list[Token], last: int) -> int:
    """An institution's name goes on with a لـ complement naming what or whom it is for: a place
    (المركز الإعلامي للغوطة) or a noun with its genitive (المرصد السوري لحقوق الإنسان، المجلس الأعلى لثوار
    ليبيا، مجلس التعاون لدول الخليج العربية). Not a second organisation (لوكالة الأنباء: said to it)."""
    position = last + 1
    if position >= len(tokens) or tokens[position].sentence != tokens[last].sentence:
        return last
    token = tokens[position]
    if token.kind != "arabic" or not token.norm.startswith("ل") or len(token.stems) < 2 or not has_preposition(token):
        return last
    stem = token.stems[-1][1]
    bare = stem[2:] if stem.startswith("ال") else stem
    if bare in ORG_HEADS or any(head in _institution_head_words() for head in (stem, bare)):
        return last
    if stem in place_words() or bare in place_words():
        return position
    if stem.startswith("ال"):
        return last
    end = _genitive_chain_end(tokens, position)
    if end is None:
        return last
    while end + 1 < len(tokens) and is_definite_adjective(tokens[end + 1]) and tokens[end + 1].sentence == token.sentence:
        end += 1
    return end


@lru_cache(maxsize=1)
def _institution_head_words() -> frozenset[str]:
    return frozenset(normalize_string(row["head"]).split()[0] for row in institution_heads())


def institutions(doc: Document) -> list[Span]:
    """الجيش الإيراني، وزارة الداخلية السعودية، وكالة الأنباء العراقية: a head and its adjectives
    (an ordinal is a rank, not a name: المركز الثاني)."""
    tokens, found = doc.tokens, []
    for match in _institution_matcher().find(doc):
        takes, _ = match.payload
        last = match.last
        if match.start != tokens[match.first].start and not (
                match.start == tokens[match.first].start + 1 and starts_with_conjunction(tokens[match.first])):
            continue  # بقيادة الولايات المتحدة: "led by", not an institution; وجامعة حائل is one
        if match.first > 0 and is_title_word(tokens[match.first - 1]):
            continue  # وزير الخارجية الروسي: part of a title
        if takes == "noun":
            end = _genitive_chain_end(tokens, last)
            if end is None:
                continue
            last = end
        adjectives = 0
        while last + 1 < len(tokens) and adjectives < 2 and is_definite_adjective(tokens[last + 1]) \
                and tokens[last + 1].norm not in ordinal_words() and tokens[last + 1].sentence == tokens[last].sentence:
            last += 1
            adjectives += 1
        if takes == "adjective" and adjectives == 0:
            continue
        last = _lam_complement_end(tokens, last)
        found.append(doc.span(match.start, tokens[last].end, "ORG"))
    return found


TODAY = normalize_string("اليوم")


def _today_as_an_adverb(doc: Document, last: int) -> bool:
    """روسيا اليوم الثلاثاء: a name ending in اليوم ("today") before a weekday says when, and the
    words before it are a place, not the channel."""
    after = last + 1
    return doc.tokens[last].norm == TODAY and after < len(doc.tokens) \
        and doc.tokens[after].sentence == doc.tokens[last].sentence \
        and doc.tokens[after].norm in time_words().get("weekday", {})


def lexicon_actors(doc: Document) -> list[Span]:
    """Known actors: PER for persons, ORG for the rest."""
    return [doc.span(match.start, match.end, "PER" if match.payload["kind"] == "person" else "ORG")
            for match in actor_matcher().find(doc) if not (len(match.key) > 1 and _today_as_an_adverb(doc, match.last))]
