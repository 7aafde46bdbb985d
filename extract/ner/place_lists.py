"""Places in lists: the unknown members of a list whose other members are places.

A list of localities (تربة، رنية، الخرمة، المويه، ميسان، بني سعد، قيا، ظلم) names them all the same
way: one to three words between commas (or و), with nothing else said in between. Where at least
LIST_MIN_KNOWN members, and at least a LIST_MIN_KNOWN_SHARE of them, are places the other rules
found, the remaining members are places too, however common a word one of them is (ظلم، العالية),
as long as it is shaped like a name: no function word, head, context word, verb, pronoun suffix,
nationality adjective, number or very common word. A member a person's name was
read into that starts like a toponym (سيدي عساكر، أولاد صالح) is the place.

The list is read from the spans the lexicon rules found (after their overlaps are resolved), so a
member found by any rule counts: a listed name, a mined one, a headed one (وحي الطرابلسية).
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span, Token
from extract.lexicons import per_million, word_frequencies
from extract.ner.places import (IMPERFECT_MIN_PER_MILLION, LOCATED_NAME_MAX_PER_MILLION, _feminine_past_verb, _imperfect_plural, _indefinite_adjective, _is_head,
                                _possessed_noun, _reads_as_imperfect_verb, _same_sentence)
from extract.words import (context_role, dual_imperfect, function_words, has_pronoun_suffix, is_given_name, list_heads, name_particles,
                           nationality_countries, plain_word, word_set)

LIST_SEPARATORS = frozenset({"،", ",", "و"})
# A list member is followed by a separator or by what closes the list: a bracket, a quotation mark,
# a colon or the sentence's end.
LIST_CLOSERS = frozenset({")", "»", '"', "”", ":", ".", "؛", ";", "(", "«", "“", "-", "–"})
MAX_MEMBER_TOKENS = 3
MAX_LIST_MEMBERS = 40
LIST_MIN_KNOWN = 2
LIST_MIN_KNOWN_SHARE = 0.25
LIST_MIN_MEMBERS = 3
# An unknown member's first word: a definite one below the commonest nouns (الأزمة، الخامس), a bare
# one below common words (ظلم is a place in such a list, حياة، منزل are not names by themselves).
DEFINITE_MEMBER_MAX_PER_MILLION = LOCATED_NAME_MAX_PER_MILLION
BARE_MEMBER_MAX_PER_MILLION = 16.9  # about 300
# A nisba (الحدودية، الشرقية) is an adjective where the corpus knows both its genders this well.
NISBA_MEMBER_MAX_PER_MILLION = 1.7


def _wa_stem(token: Token) -> str | None:
    """وعسير → عسير: the word after a و that is a conjunction, where the corpus knows the word without
    it at least as well as the whole (وادي، واسط are words of their own)."""
    if token.kind != "arabic" or not token.norm.startswith("و") or len(token.norm) < 4:
        return None
    stem = token.norm[1:]
    frequencies = word_frequencies()
    return stem if frequencies.get(stem, 0) >= frequencies.get(token.norm, 0) else None


def _is_separator(token: Token) -> bool:
    return token.norm in LIST_SEPARATORS


def _closed_by_a_function_word(doc: Document, last: int) -> bool:
    following = last + 1
    return _same_sentence(doc, last, following) and doc.tokens[following].norm in function_words() \
        and not _is_separator(doc.tokens[following])


def _closes_list(doc: Document, last: int) -> bool:
    """The member ending at token `last` ends where a list goes on or stops: a separator, a و-joined
    next member, a closing mark, a function word (وأملج التي) or the sentence's end."""
    following = last + 1
    if not _same_sentence(doc, last, following):
        return True
    token = doc.tokens[following]
    return _is_separator(token) or token.norm in LIST_CLOSERS or token.norm in function_words() or _wa_stem(token) is not None


def _member_word(token: Token, norm: str, first: bool) -> bool:
    """Could `norm` (a token's form, its conjunction dropped) be a word of a locality's name? Not a
    word under a preposition or ف (لتنسيق، فسعر), a verb (يبدأ، ولنقارن، وتعرضان، وفرضت: a dual
    imperfect after two names, a feminine perfect), an accusative adverb (انتظاراً), nor a noun with
    a pronoun (ومساره)."""
    if not plain_word(token) or norm in function_words() or len(norm) < 2 or _is_head(token) \
            or context_role(token) is not None or norm in nationality_countries() \
            or _possessed_noun(norm) or _imperfect_plural(norm) or not first and norm.startswith("و") \
            or _under_a_proclitic(norm) or _verb_form(token, norm) or TANWEEN_FATH in token.text \
            or dual_imperfect(norm) or _feminine_past_verb(norm):
        return False
    return not (norm == token.norm and has_pronoun_suffix(token)) \
        and (norm.startswith("ال") or token.text.endswith("ة") or not _common_noun_with_a_pronoun(norm))


PRONOUN_ENDINGS = ("هما", "هم", "ها", "ه")
COMMON_STEM_MIN_PER_MILLION = 16.9  # about 300: مسار in ومساره, not زرد in زردة


def _common_noun_with_a_pronoun(norm: str) -> bool:
    """ومساره، وقواتها: a common noun (bare or definite) and a pronoun suffix; the caller leaves out a
    definite word and one written with ة (زردة، العالية), which take no pronoun."""
    frequencies = word_frequencies()
    return any(norm.endswith(ending) and len(norm) > len(ending) + 2
               and frequencies.get(norm[:-len(ending)], 0) + frequencies.get("ال" + norm[:-len(ending)], 0)
               >= per_million(COMMON_STEM_MIN_PER_MILLION) for ending in PRONOUN_ENDINGS)


TANWEEN_FATH = "\u064b"
PROCLITICS = ("ب", "ل", "ف", "ك")
PROCLITIC_STEM_MIN_PER_MILLION = 1.1  # the word without the letter seen about 20 times
VERB_PREFIXES = ("ي", "ت", "ن")


def _under_a_proclitic(norm: str) -> bool:
    """لتنسيق، فسعر، لرفع: ب، ل، ف or ك before a word the corpus knows better without it."""
    if not norm.startswith(PROCLITICS) or norm.startswith("ال") or len(norm) < 4:
        return False
    rest = word_frequencies().get(norm[1:], 0)
    return rest >= per_million(PROCLITIC_STEM_MIN_PER_MILLION) and rest >= word_frequencies().get(norm, 0)


def _verb_form(token: Token, norm: str) -> bool:
    """يبدأ، لنقارن، تنطلق: an imperfect verb, bare or after the ل of purpose, that the corpus knows as a
    word (a name in ي or ت, يبرود، تربة, is rarer than such a verb or is a listed place)."""
    if norm.startswith("ل") and norm[1:].startswith(VERB_PREFIXES) and len(norm) >= 5 \
            and word_frequencies().get(norm[2:], 0) >= per_million(PROCLITIC_STEM_MIN_PER_MILLION):
        return True  # لنقارن، ليشمل: the ل of purpose before an imperfect (قارن، شمل are words)
    return norm.startswith(VERB_PREFIXES) and len(norm) >= 4 \
        and word_frequencies().get(norm, 0) >= per_million(IMPERFECT_MIN_PER_MILLION) and not is_given_name(token)


def _first_word_shaped_like_a_name(token: Token, norm: str) -> bool:
    """The first word of an unknown member: not too common a word, not a nisba or an adjective, no
    verb (a toponym's first word, سيدي، أولاد، عين, any frequency)."""
    if norm in word_set("place_name_start") or norm in name_particles():
        return True
    frequency = word_frequencies().get(norm, 0)
    if _common_nisba(norm):
        return False
    if norm.startswith("ال"):
        return frequency < per_million(DEFINITE_MEMBER_MAX_PER_MILLION)
    if norm == token.norm and (_reads_as_imperfect_verb(token) or _indefinite_adjective(token)) or _feminine_past_verb(norm):
        return False
    return frequency < per_million(BARE_MEMBER_MAX_PER_MILLION)


def _common_nisba(norm: str) -> bool:
    """الحدودية، الشرقية، العالية: a word in ي/ية that the corpus writes in both genders is an adjective;
    ساقية (no common ساقي) is a noun that may name a place."""
    if not norm.endswith(("ي", "يه")):
        return False
    other = norm[:-1] if norm.endswith("يه") else norm + "ه"
    floor = per_million(NISBA_MEMBER_MAX_PER_MILLION)
    return word_frequencies().get(norm, 0) >= floor and word_frequencies().get(other, 0) >= floor


def _unknown_member_end(doc: Document, position: int, stem: str | None) -> int | None:
    """The last token of an unknown member of one to three words starting at `position` (whose
    conjunction, if any, leaves `stem`), closed by a separator or the list's end."""
    token = doc.tokens[position]
    norm = stem if stem is not None else token.norm
    if not _member_word(token, norm, True) or not _first_word_shaped_like_a_name(token, norm):
        return None
    for last in range(position, position + MAX_MEMBER_TOKENS):
        if last > position:
            if not _same_sentence(doc, position, last) or not _member_word(doc.tokens[last], doc.tokens[last].norm, False):
                return None
        if _closes_list(doc, last):
            if _closed_by_a_function_word(doc, last) and not _may_end_a_list_before_a_function_word(doc, position, last, norm):
                return None  # مكسيكو تقترب من، وإبداء أي، المقررة في: the sentence goes on, no member
            return last
    return None


def _may_end_a_list_before_a_function_word(doc: Document, position: int, last: int, norm: str) -> bool:
    """A last member before a function word (وأملج التي): one word the corpus barely knows, or a
    toponym's first word and its word (وسيدي بنور في)."""
    if last == position:
        return word_frequencies().get(norm, 0) < per_million(BARELY_KNOWN_MEMBER_MAX_PER_MILLION)
    return last == position + 1 and norm in word_set("place_name_start")


BARELY_KNOWN_MEMBER_MAX_PER_MILLION = 1.7  # about 30


def _member_start(doc: Document, position: int) -> tuple[int, str | None] | None:
    """Where the next member starts after a separator at `position` (، or a lone و), or at a token
    with a conjunction: its token and the stem left without the conjunction."""
    if position >= len(doc.tokens):
        return None
    token = doc.tokens[position]
    if _is_separator(token):
        following = position + 1
        while following < len(doc.tokens) and _same_sentence(doc, position, following) and _is_separator(doc.tokens[following]):
            following += 1  # ، و X
        if not _same_sentence(doc, position, following):
            return None
        stem = _wa_stem(doc.tokens[following])
        return following, stem
    stem = _wa_stem(token)
    return (position, stem) if stem is not None else None


def _spans_by_first_token(doc: Document, spans: list[Span]) -> dict[int, Span]:
    return {doc.token_index_holding(span.start): span for span in spans}


def _member_span(doc: Document, position: int, stem: str | None, last: int) -> Span:
    token = doc.tokens[position]
    start = doc.normalized.to_original(token.norm_end - len(stem), token.norm_end)[0] if stem is not None else token.start
    return doc.span(start, doc.tokens[last].end, "LOC")


def _toponym_person(doc: Document, span: Span) -> bool:
    """سيدي عساكر، أولاد صالح read as a person: a name that starts as toponyms do."""
    first = doc.tokens[doc.token_index_holding(span.start)]
    return span.label == "PER" and any(stem in word_set("place_name_start") or stem in {"اولاد", "ولد"} for _, stem in first.stems)


def _list_from(doc: Document, first: Span, by_start: dict[int, Span]) -> tuple[list[Span], list[Span], int]:
    """The list that runs from the place `first`: its known members, its unknown ones (as spans) and
    how many members it passed over."""
    known, unknown, gaps = _members_after(doc, doc.token_index_holding(first.end - 1), by_start)
    return [first] + known, unknown, gaps


def _members_after(doc: Document, last: int, by_start: dict[int, Span], opening: tuple[int, str | None] | None = None,
                   ) -> tuple[list[Span], list[Span], int]:
    """The members of a list after token `last` (or from `opening`, a first member's token and stem):
    the known ones (spans found before), the unknown ones, and how many it passed over."""
    known: list[Span] = []
    unknown: list[Span] = []
    gaps = 0
    while len(known) + len(unknown) + gaps < MAX_LIST_MEMBERS:
        start = opening if opening is not None else _member_start(doc, last + 1)
        opening = None
        if start is None or not _same_sentence(doc, last, start[0]):
            break
        position, stem = start
        span = by_start.get(position)
        if span is not None and span.label == "LOC":
            known.append(span)
            last = doc.token_index_holding(span.end - 1)
            continue
        if span is not None and not _toponym_person(doc, span):
            break
        end = _unknown_member_end(doc, position, stem)
        if end is not None and any(inner in by_start for inner in range(position + 1, end + 1)):
            break  # استضافت باكستان: a found name inside ends the list, it is no word of a member
        if end is not None and (span is None or doc.tokens[end].end == span.end):
            unknown.append(_member_span(doc, position, stem, end))
        elif span is None and (end := _word_run_end(doc, position, stem)) is not None:
            gaps += 1  # العالية: a common word between places is passed over, the list goes on
        else:
            break
        last = end
    return known, unknown, gaps


def _word_run_end(doc: Document, position: int, stem: str | None) -> int | None:
    """The last token of one to three plain words from `position` that a separator closes: a
    member the name test refused, which the list goes on past."""
    for last in range(position, position + MAX_MEMBER_TOKENS):
        token = doc.tokens[last]
        norm = stem if last == position and stem is not None else token.norm
        if not _same_sentence(doc, position, last) or not _member_word(token, norm, last == position):
            return None
        if _closes_list(doc, last):
            return last
    return None


def _members_under_plural_heads(doc: Document, by_start: dict[int, Span]) -> list[Span]:
    """محافظات حقل، ضباء، الوجه وأملج؛ أحياء النسيم، الروضة، الملز والسلي: a plural place head announces
    its list, so every member of a list of two or more that starts right after it (an opening mark or
    bracket between) is a place, as a list with known places is; a definite head does so only through a
    colon or a bracket (المناطق التالية: …، البلدات المتضررة ( … ))."""
    found = []
    for head in doc.tokens_with_stem("places:list_head_any", _list_heads_and_definite_forms()):
        definite = doc.tokens[head].norm.startswith("ال") and doc.tokens[head].norm[2:] in list_heads()
        if not definite and not any(stem in list_heads() for _, stem in doc.tokens[head].stems):
            continue
        first = _first_member_after_head(doc, head)
        if definite and doc.tokens[first - 1].norm not in LIST_OPENERS:
            continue  # المناطق المحررة، …: a definite plural head introduces a list only through a mark
        if not _same_sentence(doc, head, first) or first in by_start and by_start[first].label != "LOC":
            continue
        token = doc.tokens[first]
        if token.norm.startswith("و") or first in by_start or _announced_first_member_end(doc, first) is None:
            known, unknown, gaps = _members_after(doc, first - 1, by_start, (first, None))
        else:
            end = _announced_first_member_end(doc, first)
            known, unknown, gaps = _members_after(doc, end, by_start)
            unknown = [doc.tokens_span(first, end, "LOC")] + unknown
        members = known + unknown
        if len(members) >= MIN_HEADED_LIST_MEMBERS and gaps <= MAX_HEADED_LIST_GAP_SHARE * len(members) \
                and _has_a_comma(doc, first, members) and not token.norm.startswith("و"):
            found.extend(unknown)
    return found


MAX_HEADED_LIST_GAP_SHARE = 0.34


def _announced_first_member_end(doc: Document, first: int) -> int | None:
    """The first member right after a plural head (قرى الرامي، محافظات حقل): any word of a name,
    however common, but no adjective agreeing with the head (مناطق واسعة، المناطق الحدودية: an
    indefinite adjective or a feminine nisba both of whose genders the corpus knows); a masculine
    nisba cannot agree with the plural, so it is the head's genitive, a name (قرى الرامي)."""
    token = doc.tokens[first]
    if not _member_word(token, token.norm, True) or _indefinite_adjective(token) \
            or token.norm.endswith("يه") and _common_nisba(token.norm):
        return None
    for last in range(first, first + MAX_MEMBER_TOKENS):
        if last > first and (not _same_sentence(doc, first, last) or not _member_word(doc.tokens[last], doc.tokens[last].norm, False)):
            return None
        if _closes_list(doc, last):
            return last
    return None


LIST_OPENERS = frozenset({'"', "(", "«", "“", ":"})


@lru_cache(maxsize=1)
def _list_heads_and_definite_forms() -> frozenset[str]:
    return frozenset(list_heads()) | frozenset("ال" + head for head in list_heads())


def _first_member_after_head(doc: Document, head: int) -> int:
    """Where the list after a plural head starts: past an opening mark or bracket, and past a definite
    adjective before a colon or a bracket (المناطق التالية: …، البلدات المتضررة ( … ))."""
    first = head + 1
    if _same_sentence(doc, head, first + 1) and doc.tokens[first].norm.startswith("ال") \
            and doc.tokens[first].norm.endswith(("ه", "يه")) and doc.tokens[first + 1].norm in LIST_OPENERS - {'"'}:
        first += 1
    while _same_sentence(doc, head, first) and doc.tokens[first].norm in LIST_OPENERS:
        first += 1
    return first
MIN_HEADED_LIST_MEMBERS = 2


def _has_a_comma(doc: Document, first: int, members: list[Span]) -> bool:
    """A list written with commas (و alone joins the members the older list rules read)."""
    last = max(doc.token_index_holding(span.end - 1) for span in members)
    return any(doc.tokens[position].norm in {"،", ","} for position in range(first, last))


def with_list_members(doc: Document, spans: list[Span]) -> list[Span]:
    """`spans` with the unknown members of lists of places added as LOC (replacing a person's name
    that starts like a toponym)."""
    by_start = _spans_by_first_token(doc, spans)
    added: list[Span] = _members_under_plural_heads(doc, by_start)
    places = [span for span in spans if span.label == "LOC"]
    covered_until = -1
    for place in places:
        if place.start < covered_until:
            continue
        known, unknown, gaps = _list_from(doc, place, by_start)
        members = len(known) + len(unknown) + gaps
        if unknown and members >= LIST_MIN_MEMBERS and len(known) >= LIST_MIN_KNOWN \
                and len(known) >= LIST_MIN_KNOWN_SHARE * members:
            added.extend(unknown)
            covered_until = max(span.end for span in known + unknown)
    if not added:
        return spans
    replaced = {(span.start, span.end) for span in added}
    kept = [span for span in spans if (span.start, span.end) not in replaced
            and not any(span.start < new.end and new.start < span.end for new in added)]
    return sorted(kept + added, key=lambda span: (span.start, span.end))
