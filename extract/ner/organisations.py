"""Organisations: the actor lexicon, quoted names after a head noun (صحيفة "...") and institutions
named by a head and adjectives (الجيش الإيراني، وزارة الداخلية السعودية)."""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span, Token
from extract.lexicons import actor_lexicon, person_titles, word_frequencies
from extract.matcher import TRANSPARENT, PhraseMatcher
from extract.words import (ORG_HEADS, RADIO_BANDS, definite_title_words, ends_with_radio_band, function_words, has_preposition, has_pronoun_suffix, institution_heads,
                           is_definite_adjective, is_function_word, is_given_name, is_title_word,
                           nationality_countries, place_heads, place_words, starts_with_conjunction, time_words, title_words,
                           word_set)
from extract.ner.persons import looks_like_verb, person_name_after
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
    for index in doc.tokens_with_stem("organisations:heads", ORG_HEADS.keys()):  # only tokens with a head noun
        position = index + 1
        while position < min(index + 4, len(doc.tokens)) and doc.tokens[position].kind == "arabic" \
                and doc.tokens[position].norm not in COMPLEMENTIZER_WORDS:
            position += 1
        if position < len(doc.tokens) and doc.tokens[position].norm in TRANSPARENT:
            closing = _closing_quote(doc, position + 1)
            if closing is not None:
                found.append(doc.tokens_span(position + 1, closing - 1, "ORG"))
    return found


ADDRESSEE_PROCLITIC = "ل"  # لـ written apart, its tatweel dropped by normalization
MAX_ADDRESSEE_TOKENS = 3


def quoted_addressees(doc: Document) -> list[Span]:
    """قال لـ"الوطن"، أوضح لـ"عين اليوم": a short name in quotation marks right after a bare لـ is the
    outlet spoken to (a paper, a channel), an organisation."""
    found, tokens = [], doc.tokens
    for index in range(len(tokens) - 3):
        lam, mark = tokens[index], tokens[index + 1]
        if lam.norm != ADDRESSEE_PROCLITIC or lam.kind != "arabic" or mark.norm not in TRANSPARENT \
                or mark.sentence != lam.sentence:
            continue
        closing = _closing_quote(doc, index + 2)
        if closing is not None and closing - (index + 2) <= MAX_ADDRESSEE_TOKENS \
                and all(token.kind == "arabic" for token in tokens[index + 2:closing]):
            found.append(doc.tokens_span(index + 2, closing - 1, "ORG"))
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


def _definite_conjunct(tokens: list[Token], position: int) -> bool:
    """والمقاييس after هيئة المواصفات: a second definite noun coordinated into the genitive, where it
    names no institution or place of its own (وزارة الداخلية والجيش are two)."""
    if position >= len(tokens) or tokens[position].sentence != tokens[position - 1].sentence:
        return False
    token = tokens[position]
    # و before the article is the conjunction unless what is left is too short for a noun (والي، والد).
    if token.kind != "arabic" or not token.norm.startswith("وال") or len(token.norm) < 6:
        return False
    stem = token.norm[1:]
    return stem not in function_words() and stem not in place_words() and stem not in ordinal_words() and stem[2:] not in ORG_HEADS and stem not in _institution_head_words() \
        and stem[2:] not in _institution_head_words()


def _heads_a_body(word: str) -> bool:
    """منظمة، وزارة، جمعية: a word that heads an organisation's or an institution's name of its own."""
    return word in ORG_HEADS or word in _institution_head_words()


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
        if token.norm in function_words():
            return None  # إلى reads as a definite word once normalized (الي)
        if not token.norm.startswith("ال") and looks_like_verb(token.norm) and not (
                position + 1 < len(tokens) and tokens[position + 1].sentence == token.sentence
                and is_definite_adjective(tokens[position + 1])):
            return None  # حزب يحترم القانون: a verb, the clause describing the head (فريق بادر التطوعي is named)
        if token.norm.startswith("ال") or token.norm in place_words():
            # A place's name is definite as a noun with the article is (جامعة جازان، شرطة لندن), and
            # runs on over its later words (شرطة منطقة مكة المكرمة).
            end = _place_name_end(tokens, position)
            while end + 1 < len(tokens) and tokens[end + 1].sentence == token.sentence and tokens[end + 1].kind == "arabic" \
                    and tokens[end + 1].norm in place_words() and not tokens[end + 1].norm.startswith("ال"):
                end = _place_name_end(tokens, end + 1)  # وكالة تونس إفريقيا: a name made of two places
            if position + 2 < len(tokens) and starts_with_conjunction(tokens[position + 1]) \
                    and not tokens[position + 1].norm.startswith("وال") and tokens[position + 2].norm.startswith("ال") \
                    and tokens[position + 1].norm[1:] not in function_words() and token.norm not in place_words() \
                    and tokens[position + 1].norm[1:] not in QUANTIFIER_NOUNS \
                    and not _heads_a_body(tokens[position + 1].norm[1:]):  # وباقي المؤسسات، ومنظمة الأعراف: another phrase
                # وتحديد الهوية: an indefinite conjunct with its own genitive; a definite one (والجمعية
                # العمومية) is another body unless _definite_conjunct says otherwise. Not ومن المحكمة (a
                # second prepositional phrase) nor after a place's name (شرطة جازان وأفرع الأمن: a second body).
                end = position + 2
            elif _definite_conjunct(tokens, position + 1):
                end = position + 1  # هيئة المواصفات والمقاييس
            return end
        if indefinite == MAX_INDEFINITE_GENITIVES or token.norm in function_words() or has_preposition(token) \
                or has_pronoun_suffix(token):
            return None  # بعثة فريقه: a noun with a pronoun names no body
        indefinite += 1
        position += 1
    return None


def _lam_complement_end(tokens: list[Token], last: int, unit: bool = False) -> int:
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
    if unit and stem in _force_head_words():
        return _adjectives_end(tokens, position)  # فرقة الأبحاث للحرس الوطني: a unit of the force it names
    if tokens[last].norm in LOYALTY_ADJECTIVES and (stem.startswith("ال") or stem in place_words()) \
            and stem not in title_words() and stem not in function_words():
        # القوات الموالية للحكومة، الجيش الموالي للشرعية: whom the force is loyal to names it
        return _adjectives_end(tokens, position)
    if bare in ORG_HEADS or any(head in _institution_head_words() for head in (stem, bare)):
        if not stem.startswith("ال") and tokens[last].norm in INSTITUTION_ADJECTIVES | NATIONAL_ADJECTIVES:
            # المجلس الوطني لعمادة الأطباء: after a remit adjective an indefinite head with its genitive
            # is the body whose council this is, part of the name (لوكالة الأنباء after a verb stays out)
            end = _genitive_chain_end(tokens, position)
            return last if end is None else end
        return last
    if stem in place_words() or bare in place_words():
        return position
    if stem in NAME_COMPLEMENTS:
        return position  # وكالة الإمارات للأنباء: the complement a news agency's name ends with
    if stem.startswith("ال"):
        # للتخصصات الصحية: a definite complement counts with its adjective; bare it is whom the
        # institution spoke to (قالت الهيئة السعودية للصحفيين), and a title is a person (الموالية للرئيس).
        if position + 1 < len(tokens) and tokens[position + 1].sentence == token.sentence \
                and is_definite_adjective(tokens[position + 1]) and stem not in title_words():
            # للتدريب التقني والمهني: with a second adjective joined by و
            return position + 2 if position + 2 < len(tokens) and _coordinated_adjective(tokens[position + 2]) \
                and tokens[position + 2].sentence == token.sentence else position + 1
        # المفوضية العليا للتخطيط، الهيئة العامة للسياحة، المعهد الوطني للاستهلاك: after العليا/العامة or
        # الوطني the complement is the remit (not a plural of persons: الوطنية للصحفيين is whom it told)
        remit = tokens[last].norm in INSTITUTION_ADJECTIVES or (tokens[last].norm in NATIONAL_ADJECTIVES
                                                               and not stem.endswith(("ين", "ون"))) \
            or (tokens[last - 1].norm in GENERAL_ADJECTIVES and tokens[last].norm in nationality_countries()
                and not stem.endswith(("ين", "ون")))  # الاتحاد العام التونسي للشغل
        if (remit or tokens[last].norm in nationality_countries()) and _definite_conjunct(tokens, position + 1) \
                and not stem.endswith(("ين", "ون")) and stem not in title_words():
            # الجمعية العربية السعودية للثقافة والفنون، الشركة الوطنية للماء والكهرباء: two fields are a
            # remit, no addressee
            return position + 1
        return position if remit and stem not in title_words() else last
    end = _genitive_chain_end(tokens, position)
    if end is None:
        return last
    # لأطباء القطاع الخاص: the genitive's adjectives, a nisba or one names are made with
    while end + 1 < len(tokens) and _institution_adjective(tokens[end + 1]) and tokens[end + 1].sentence == token.sentence:
        end += 1
    return end


def _adjectives_end(tokens: list[Token], position: int) -> int:
    while position + 1 < len(tokens) and is_definite_adjective(tokens[position + 1]) \
            and tokens[position + 1].sentence == tokens[position].sentence:
        position += 1
    return position


@lru_cache(maxsize=1)
def _force_head_words() -> frozenset[str]:
    """الحرس، الجيش، الشرطة: the definite one-word heads of armed and security forces."""
    return frozenset(normalize_string(row["head"]) for row in institution_heads()
                     if row["kind"] == "military" and row["takes"] == "adjective" and " " not in row["head"])


@lru_cache(maxsize=1)
def _institution_head_words() -> frozenset[str]:
    return frozenset(normalize_string(row["head"]).split()[0] for row in institution_heads())


def _feminine_adjective_of_masculine_head(head: Token, adjective: Token) -> bool:
    """لوزارة الدفاع الأمريكية: a feminine adjective after a masculine head (الدفاع) agrees with a noun
    before it, so the head alone is no institution (الدفاع المدني، الداخلية السعودية agree). A broken
    plural head takes the feminine itself (الخطوط التونسية)."""
    return not head.norm.endswith(("ه", "ات")) and adjective.norm.endswith("يه") \
        and not any(stem in BROKEN_PLURAL_HEADS for _, stem in head.stems)


GENERAL_ADJECTIVES = frozenset({"العام", "العامه", "العالمي", "العالميه", "الدولي", "الدوليه"})
NAMED_BY_NOUN = word_set("named_by_noun")
NATIONAL_ADJECTIVES = frozenset({"الوطني", "الوطنيه"})
LOYALTY_ADJECTIVES = word_set("loyalty_adjective")


def _closing_general_adjective(tokens: list[Token], position: int) -> bool:
    """الاتحاد الرياضي السوري العام، الاتحاد النسائي الديمقراطي العالمي: العام/العامة (or العالمي،
    الدولي) closes a name after its two nisbas, unless it is the
    noun of a time phrase (العام الماضي، العام المقبل); so does the country's adjective (القوات البرية
    الملكية السعودية، المجلس الوطني الانتقالي الليبي)."""
    if tokens[position].norm in nationality_countries() and tokens[position].norm.startswith("ال"):
        return True
    if tokens[position].norm not in GENERAL_ADJECTIVES:
        return False
    after = position + 1
    if after < len(tokens) and tokens[after].sentence == tokens[position].sentence:
        shifts = time_words()
        return not any(tokens[after].norm in shifts.get(role, ()) for role in ("past", "next", "current", "same", "told_shift"))
    return True


def _opening_general_adjective(tokens: list[Token], position: int) -> bool:
    """الاتحاد العام التونسي للشغل، المؤتمر العام للحزب: العام right after a masculine head, before a nisba
    or a لـ complement that goes on with the name (not العام الماضي, a time phrase)."""
    if tokens[position].norm != "العام" or position + 1 >= len(tokens) \
            or tokens[position + 1].sentence != tokens[position].sentence or _is_feminine(tokens[position - 1]):
        return False
    after = tokens[position + 1]
    lam = after.kind == "arabic" and has_preposition(after) and after.norm.startswith("ل")
    return _closing_general_adjective(tokens, position) and (is_definite_adjective(after) or lam)


def _is_feminine(token: Token) -> bool:
    return token.norm.endswith(("ه", "ات"))


def _agrees_with_no_noun(nouns: list[Token], adjective: Token) -> bool:
    """الحكومة الكندية السلبي، الدفاع الوطني الموالية: a masculine nisba after a name whose nouns are all
    feminine, or a feminine adjective after one whose nouns are all masculine, describes something
    outside the name (the stance; the قوات before it), not the institution (وزارة التعليم العالي
    السعودية has a noun of each gender)."""
    if adjective.norm.endswith("ي"):
        return all(_is_feminine(noun) for noun in nouns)
    return adjective.norm.endswith("يه") and not any(_is_feminine(noun) for noun in nouns)


def _institution_adjective(token: Token) -> bool:
    """A definite adjective of an institution's name: a nisba (الإيراني، الوطنية) or one of the few
    others names are made with (العامة، العليا، الخاصة: extract/data/word_sets_ar.tsv)."""
    return is_definite_adjective(token) or (token.kind == "arabic" and token.norm in INSTITUTION_ADJECTIVES)


def _coordinated_adjective(token: Token) -> bool:
    """والقروية after البلدية (وزارة الشؤون البلدية والقروية): a second nisba adjective joined by و.
    Not a nationality: الجيش اللبناني والسوري are two armies."""
    return token.kind == "arabic" and token.norm.startswith("وال") and token.norm.endswith(("ي", "يه")) \
        and len(token.norm) >= 6 and token.norm[1:] not in place_words() \
        and token.norm[1:] not in nationality_countries()


def _agreeing_dual_adjective(noun: Token, word: Token) -> bool:
    """خادم الحرمين الشريفين: a definite word ending in ين after a definite noun ending in ين is its
    adjective, agreeing in the dual or plural (not a second noun: الحرمين المكيين is one phrase too)."""
    return noun.norm.startswith("ال") and noun.norm.endswith("ين") and word.kind == "arabic" \
        and word.norm.startswith("ال") and word.norm.endswith("ين") and len(word.norm) >= 6 \
        and word.norm not in function_words()


@lru_cache(maxsize=1)
def _two_word_titles() -> frozenset[tuple[str, str]]:
    return frozenset(tuple(words) for words in (normalize_string(title).split() for title in person_titles())
                     if len(words) == 2)


def _title_with_head(title: Token, head: Token) -> bool:
    """وزير الخارجية، رئيس الحكومة: a title whose second word is the head (the ministry named by the
    minister's title, also with a proclitic: لوزير الخارجية الأمريكي), not a title before an institution
    it heads (رئيس مجلس القضاء)."""
    return any(stem in title_words() and (stem, head.stems[-1][1]) in _two_word_titles() for _, stem in title.stems)


# A definite word whose bare form the corpus writes at least this share as often is a common noun
# (التدريس/تدريس، السيارة/سيارة), not a name (الفجيرة, hardly ever فجيرة): model.py's name test.
COMMON_BARE_SHARE = 0.2
NAMED_BY_NATIONALITY = word_set("named_by_nationality")
BROKEN_PLURAL_HEADS = word_set("broken_plural_head")
QUANTIFIER_NOUNS = word_set("quantifier_noun")
PORTFOLIO_WORDS = word_set("portfolio_word")
BOARD_NOUNS = word_set("board_noun")
MANNER_HEADS = word_set("manner_head")
NAME_COMPLEMENTS = word_set("name_complement")
NAMED_AFTER_HEADS = word_set("named_after")
INSTITUTION_ADJECTIVES = word_set("institution_adjective")
BOARD_HEADS = word_set("board_head")
DEPUTY_TITLES = word_set("deputy_title")
FUNCTION_ADJECTIVES = word_set("function_adjective")


def _after_deputy_title(tokens: list[Token], first: int) -> bool:
    """وكيل وزارة الداخلية لشؤون المناطق: after a deputy's title a لـ complement is the deputy's remit."""
    return first > 0 and any(stem in DEPUTY_TITLES for _, stem in tokens[first - 1].stems)


def _named_by_function_only(tokens: list[Token], head_last: int, last: int) -> bool:
    """المجلس التنفيذي، المركز الانتخابي: a definite head with nothing but an adjective of function
    describes a body the article names elsewhere (المجلس التنفيذي لإمارة أبوظبي, with its complement,
    is a name)."""
    return last == head_last + 1 and tokens[head_last].stems[-1][1].startswith("ال") \
        and tokens[last].norm in FUNCTION_ADJECTIVES


def _is_definite_common_noun(token: Token) -> bool:
    norm = token.norm
    if token.kind != "arabic" or not norm.startswith("ال") or norm in place_words():
        return False
    frequencies = word_frequencies()
    return frequencies.get(norm[2:], 0) >= COMMON_BARE_SHARE * max(frequencies.get(norm, 0), 1)


def _generic_body(tokens: list[Token], head: Token, last: int, kind: str, takes: str) -> bool:
    """A head of kind organization with nothing but one definite common noun (هيئة التدريس، صندوق
    السيارة، فريق السياسة) names a function, and a definite one with nothing but a nationality (النادي
    الإنجليزي، المركز السعودي) describes a body named elsewhere: neither is a name. Government and
    military heads do name their body so (مجلس الوزراء، الجيش السوري), except the heads that are
    also verbal nouns of manner (قيادة السيارة driving, مصلحة الجميع everyone's interest) before a
    noun that is no institution's head (قيادة الجيش is the army's command)."""
    if last != head.index + 1:
        return False
    if kind != "organization" and not (_names_a_manner(head) and tokens[last].norm not in _institution_head_words()):
        return False
    if last + 2 < len(tokens) and tokens[last + 1].norm == "في" and tokens[last + 2].norm in place_words():
        return False  # مكتب العمل في جدة: the office of a place is a body
    if last + 1 < len(tokens) and tokens[last + 1].sentence == head.sentence and tokens[last + 1].kind == "arabic" \
            and tokens[last + 1].norm.startswith("ال") and not is_function_word(tokens[last + 1]):
        return False  # معهد الإدارة العامة: a definite word goes on with the name
    if takes == "noun" and any(stem in NAMED_BY_NOUN for _, stem in head.stems):
        return False  # حزب الأمة، حزب الوفد: a party is named by a common noun
    if takes == "noun" and any(stem in FUNCTION_NAMED_HEADS for _, stem in head.stems) and tokens[last].norm.startswith("ال") \
            and tokens[last].norm not in nationality_countries() and tokens[last].norm not in _club_names() \
            and tokens[last].norm not in place_words():  # فريق الأهلي names the club, لجنة الرياض the city's
        return True  # لجنة المالية، فريق الإنقاذ: a committee or team named only by what it does (RECORD.md)
    if takes == "noun":
        return _is_definite_common_noun(tokens[last]) and not is_definite_adjective(tokens[last]) \
            and " ".join(tokens[last].norm.split()) not in _club_names()
    return head.norm.startswith("ال") and tokens[last].norm in nationality_countries() \
        and head.norm not in NAMED_BY_NATIONALITY


@lru_cache(maxsize=1)
def _club_names() -> frozenset[str]:
    from extract.lexicons import read_tsv

    return frozenset(normalize_string(row["name"]) for row in read_tsv("clubs_mined_ar.tsv"))


def _names_a_manner(token: Token) -> bool:
    """بقيادة، تحت قيادة: a head after a preposition that says how something is done (led by)."""
    return any(stem in MANNER_HEADS for _, stem in token.stems)


def _namesake_end(doc: Document, head: int) -> int | None:
    """جامعة الأمير سطام بن عبد العزيز، جامعة طيبة: the last token of the person's name (after a title,
    or starting with a listed given name) that an institution head takes as its own name."""
    tokens, position = doc.tokens, head + 1
    if position < len(tokens) and tokens[position].norm in definite_title_words():
        position += 1
    elif position >= len(tokens) or not is_given_name(tokens[position]):
        return None
    name = person_name_after(doc, position)
    return name[1] if name and tokens[name[1]].sentence == tokens[head].sentence else None


# A definite word rarer than this after ب is a place's name (بالقرجاني 10), not a common noun.
RARE_SEAT_NAME_COUNT = 300
LOCATED_UNIT_HEADS = word_set("located_unit_head")


MAX_SEATS = 2


def _seats_end(tokens: list[Token], last: int) -> int:
    """بسيدي عمر ببوحجلة، بسيدي عمر بوحجلة: a seat and the larger place it lies in."""
    for _ in range(MAX_SEATS):
        end = _seat_end(tokens, last)
        if end == last:
            break
        while end + 1 < len(tokens) and tokens[end + 1].sentence == tokens[end].sentence \
                and tokens[end + 1].norm in place_words():
            end = _place_name_end(tokens, end + 1)
        last = end
    return last


def _seat_end(tokens: list[Token], last: int) -> int:
    """فرقة مكافحة الإرهاب بالقرجاني، مديرية السجون بمنطقة جازان: a local unit's name goes on with ب and
    the place it sits in: a listed place, a rare definite name, a two-word toponym (بسيدي عمر), or a
    place head and its place."""
    position = last + 1
    if position >= len(tokens) or tokens[position].sentence != tokens[last].sentence or tokens[position].kind != "arabic" \
            or not tokens[position].norm.startswith("ب") or len(tokens[position].stems) < 2:
        return last
    stem = tokens[position].stems[-1][1]
    if stem in place_words() or (stem.startswith("ال") and stem[2:] in place_words()):
        return _place_name_end(tokens, position)
    if stem.startswith("ال") and not is_function_word(tokens[position]) \
            and word_frequencies().get(stem, 0) < RARE_SEAT_NAME_COUNT:
        return position
    if stem in word_set("place_name_start") and position + 1 < len(tokens) and tokens[position + 1].kind == "arabic" \
            and tokens[position + 1].sentence == tokens[position].sentence and not is_function_word(tokens[position + 1]):
        return position + 1  # بسيدي عمر: a two-word toponym
    if place_heads().get(stem, ("",))[0] == "name_only" and position + 1 < len(tokens) \
            and tokens[position + 1].sentence == tokens[position].sentence and tokens[position + 1].norm in place_words():
        return _place_name_end(tokens, position + 1)
    return last


# A word the corpus uses this often is a common noun (سجون 397), not a rare place name (غيل 13).
COMMON_GENITIVE_MIN_COUNT = 100


def _head_with_pronoun(tokens: list[Token], head: int) -> bool:
    """فرقه العمرية: a head written with ه where its name has ة, before a definite adjective, is a
    plural with the pronoun ه (his teams) that the adjective describes; the head's ة reading would
    need a genitive noun (فرقه الإنقاذ, written so, stays a name)."""
    token = tokens[head]
    return token.text.endswith("ه") and head + 1 < len(tokens) and tokens[head + 1].sentence == token.sentence \
        and is_definite_adjective(tokens[head + 1])


MANAGEMENT_HEADS = word_set("management_head")
FUNCTION_NAMED_HEADS = word_set("function_named_head")
COMPLEMENTED_HEADS = word_set("complemented_head")
DEPARTMENT_HEADS = word_set("department_head")


def _unnamed_department(tokens: list[Token], first: int, head: int, last: int, lam_end: int, seated_end: int,
                        kind: str) -> bool:
    """Heads that as often describe as name. A definite one (الشركة، المنظمة، الإدارة) names a body only
    with a لـ complement or a seat (الشركة السعودية للصناعات الأساسية; not الإدارة المالية، المنظمة
    الخيرية، والشركة الفنلندية, a company named before), a government head also with a nationality
    (الإدارة الأمريكية). An indefinite department head (إدارة) is also the verbal noun
    "managing" (إدارة الأزمات، إدارة لقاء بلجيكا، إدارة البحرين): a department only with its seat or a
    nationality in its name, or after a title (مدير إدارة شؤون المعلمين، إدارة التعليم بمنطقة القصيم)."""
    stems = {stem for _, stem in tokens[head].stems}
    nationality = any(token.norm in nationality_countries() for token in tokens[head + 1:last + 1])
    if stems & COMPLEMENTED_HEADS:
        return lam_end == last and seated_end == last and not (nationality and kind == "government")
    if stems & DEPARTMENT_HEADS:
        # مدير إدارة: the title in construct with the department (المدرب إدارة الأزمة: a subject and its object)
        titled = first > 0 and tokens[first - 1].sentence == tokens[first].sentence and is_title_word(tokens[first - 1]) \
            and not tokens[first - 1].stems[-1][1].startswith("ال")
        return seated_end == last and not nationality and not titled
    return False


def _manages_a_body(tokens: list[Token], head: int) -> bool:
    """إدارة النادي، إدارة جمعية خيركم: a head that also means "the management of" before an institution's
    own head names that body's management (the body is the actor), not a department of its own (إدارة
    التعليم، إدارة شؤون المعلمين)."""
    if not any(stem in MANAGEMENT_HEADS for _, stem in tokens[head].stems) or head + 1 >= len(tokens) \
            or tokens[head + 1].sentence != tokens[head].sentence:
        return False
    word = tokens[head + 1].norm
    bare = word[2:] if word.startswith("ال") else word
    return any(reading in ORG_HEADS or reading in _institution_head_words() for reading in (word, bare))


def _names_a_district(tokens: list[Token], head: int) -> bool:
    """مديرية غيل باوزير، مديرية المخادر: a head that is also a place head naming its place by the name
    after it (place_heads_ar.tsv: name_only) names a place where the word after it is a place, a rare
    indefinite word or a definite one the corpus hardly writes bare; a common noun after it (مديرية
    سجون جازان، مديرية الأمن) makes it a body."""
    if not any(place_heads().get(stem, ("",))[0] == "name_only" for _, stem in tokens[head].stems):
        return False
    if head + 1 >= len(tokens) or tokens[head + 1].sentence != tokens[head].sentence:
        return True
    word = tokens[head + 1].norm
    if word in place_words() or (word.startswith("ال") and word[2:] in place_words()):
        return True
    if word.startswith("ال"):
        return not _is_definite_common_noun(tokens[head + 1])  # مديرية المخادر: a name, not a noun (الأمن)
    return word_frequencies().get(word, 0) < COMMON_GENITIVE_MIN_COUNT


def institutions(doc: Document) -> list[Span]:
    """الجيش الإيراني، وزارة الداخلية السعودية، وكالة الأنباء العراقية: a head and its adjectives
    (an ordinal is a rank, not a name: المركز الثاني)."""
    tokens, found = doc.tokens, []
    for match in _institution_matcher().find(doc):
        takes, kind = match.payload
        last = match.last
        if match.start != tokens[match.first].start and not (
                match.start == tokens[match.first].start + 1 and starts_with_conjunction(tokens[match.first])) \
                and (not has_preposition(tokens[match.first]) or _names_a_manner(tokens[match.first])):
            continue  # بقيادة الولايات المتحدة: "led by", not an institution; وجامعة حائل، لنقابة الأطباء are one
        if match.first > 0 and _title_with_head(tokens[match.first - 1], tokens[match.first]):
            continue  # وزير الخارجية الروسي: part of a title; رئيس المفوضية الأوروبية names the commission
        if match.first > 1 and tokens[match.first - 1].norm in PORTFOLIO_WORDS \
                and _title_with_head(tokens[match.first - 2], tokens[match.first]):
            continue  # وزير شؤون الدفاع القطري: the title with its portfolio word between
        if match.last + 1 < len(tokens) and tokens[match.last + 1].norm in BOARD_NOUNS \
                and tokens[match.last].norm in BOARD_HEADS:
            continue  # مجلس إدارة الشركة: the company's board, a part of the company
        if takes == "noun" and _head_with_pronoun(tokens, match.last):
            continue  # في فرقه العمرية: its teams (فرق + ه) and their adjective, not فرقة and a genitive
        if takes == "noun" and _names_a_district(tokens, match.last):
            continue  # مديرية غيل باوزير: the head names a place (a district), not a body (مديرية سجون جازان)
        if _manages_a_body(tokens, match.last):
            continue  # إدارة النادي، إدارة الجامعة: the management of a body, not a body of its own
        if takes == "noun":
            end = _genitive_chain_end(tokens, last)
            if end is None and tokens[match.last].stems[-1][1] in NAMED_AFTER_HEADS:
                end = _namesake_end(doc, match.last)
            if end is None:
                continue
            last = end
        adjectives, nouns = 0, tokens[match.first:last + 1]
        while last + 1 < len(tokens) and (adjectives < 2 or adjectives == 2 and _closing_general_adjective(tokens, last + 1)) \
                and (_institution_adjective(tokens[last + 1]) or _agreeing_dual_adjective(tokens[last], tokens[last + 1])
                     or (adjectives == 0 and _opening_general_adjective(tokens, last + 1))
                     or (adjectives and _coordinated_adjective(tokens[last + 1]))
                     or (adjectives == 2 and _closing_general_adjective(tokens, last + 1))) \
                and tokens[last + 1].norm not in ordinal_words() and tokens[last + 1].sentence == tokens[last].sentence \
                and not (adjectives and _agrees_with_no_noun(nouns, tokens[last + 1])):
            last += 1
            adjectives += 1
        if takes in ("adjective", "nationality") and (adjectives == 0 or _feminine_adjective_of_masculine_head(
                tokens[match.first], tokens[match.last + 1])):
            continue
        if takes == "nationality" and tokens[match.last + 1].norm not in nationality_countries():
            continue
        complemented = last if _after_deputy_title(tokens, match.first) \
            else _lam_complement_end(tokens, last, unit=kind == "military" and not tokens[match.first].norm.startswith("ال"))
        lam_end = complemented
        if any(stem in LOCATED_UNIT_HEADS for _, stem in tokens[match.last].stems):
            complemented = _seats_end(tokens, complemented)  # إدارة التعليم بمنطقة القصيم: its seat names it
        if _unnamed_department(tokens, match.first, match.last, last, lam_end, complemented, kind):
            continue
        if complemented == last and (_generic_body(tokens, tokens[match.last], last, kind, takes)
                                     or _named_by_function_only(tokens, match.last, last)):
            continue
        complemented = _before_layout_gap(tokens, match.last, complemented)
        found.append(doc.span(match.start, tokens[complemented].end, "ORG"))
    return found


MINISTRY_PLURALS = word_set("ministry_plural")
MIN_PORTFOLIOS = 2


def _portfolio(token: Token, article: str) -> bool:
    """الدفاع، والداخلية: a definite singular noun that can name a ministry's portfolio (not a plural,
    a place, a title, an institution's head or a function word)."""
    word = token.norm[len(article) - 2:] if article == "وال" else token.norm
    sound_plural = word.endswith(("ات", "ين", "ون")) and len(word) - 4 >= 3  # الشؤون is a broken plural
    return token.kind == "arabic" and token.norm.startswith(article) and len(word) >= 5 and not sound_plural \
        and word not in place_words() and word not in function_words() and word not in title_words() \
        and word[2:] not in ORG_HEADS


def _with_adjectives(tokens: list[Token], position: int) -> int:
    """الشؤون البلدية والقروية: a portfolio with its adjectives, a second one joined by و."""
    adjectives = 0
    while position + 1 < len(tokens) and tokens[position + 1].sentence == tokens[position].sentence and (
            is_definite_adjective(tokens[position + 1]) or (adjectives and _coordinated_adjective(tokens[position + 1]))):
        position, adjectives = position + 1, adjectives + 1
    return position


def coordinated_ministries(doc: Document) -> list[Span]:
    """وزارتي الدفاع والداخلية، وزارات المالية، والتخطيط، والتعليم: a dual or plural ministry head before
    portfolios joined by و names one ministry per portfolio (the first with the head, each later one by
    its portfolio alone, as news names a ministry: الداخلية)."""
    tokens, found = doc.tokens, []
    for index in doc.tokens_with_stem("organisations:ministry_plurals", MINISTRY_PLURALS):
        position = index + 1
        if position >= len(tokens) or tokens[position].sentence != tokens[index].sentence or not _portfolio(tokens[position], "ال"):
            continue
        last = _with_adjectives(tokens, position)
        spans = [doc.span(tokens[index].start, tokens[last].end, "ORG")]
        while True:
            position = last + 1
            if position < len(tokens) and tokens[position].norm in ("،", ","):
                position += 1
            if position >= len(tokens) or tokens[position].sentence != tokens[index].sentence \
                    or not _portfolio(tokens[position], "وال"):
                break
            token = tokens[position]
            last = _with_adjectives(tokens, position)
            start = doc.normalized.to_original(token.norm_start + 1, token.norm_end)[0]
            spans.append(doc.span(start, tokens[last].end, "ORG"))
        if len(spans) >= MIN_PORTFOLIOS:
            found += spans
    return found


def without_latin_spelling(doc: Document, span: Span) -> Span:
    """شركة بايبال PAYPAL: Latin words after an organisation's Arabic name spell that name; the name is
    the Arabic words (a name written in Latin alone stays as it is)."""
    first, last = doc.token_index_holding(span.start), doc.token_index_at(span.end) - 1
    end = last
    while end > first and doc.tokens[end].kind == "latin":
        end -= 1
    if end == last or doc.tokens[end].kind != "arabic" \
            or ends_with_radio_band([token.norm for token in doc.tokens[first:last + 1]]):
        return span  # موزاييك FM: the band is part of a station's name
    return doc.span(span.start, doc.tokens[end].end, span.label)


def _before_layout_gap(tokens: list[Token], head_last: int, last: int) -> int:
    """إتحاد بن قردان  الحكم : a name does not run on over a gap of several spaces or a line break
    (a table's or a list's columns): its last token before the first such gap past the word after
    the head (a gap right after the head is more likely a typing slip: وزارة  الداخلية)."""
    for position in range(head_last + 2, last + 1):
        if tokens[position].start - tokens[position - 1].end > 1:
            return position - 1
    return last


def _name_reading_offset(token: Token) -> int:
    """Where a name starts inside its token: after the proclitics of its most frequent reading, or of
    its last one for a name nobody has counted (لموزاييك → موزاييك، للجوهرة → الجوهرة)."""
    frequencies = word_frequencies()
    readings = list(token.stems)
    return max(readings, key=lambda reading: (frequencies.get(reading[1], 0), reading[0]))[0]


ACRONYM_DOT = "."
MIN_ACRONYM_LETTERS = 2


def dotted_acronyms(doc: Document) -> list[Span]:
    """إل.سي.إي، دي.إتش.إل: the Arabic names of Latin letters joined by dots, with no space between,
    spell an acronym: an organisation's or an outlet's name."""
    tokens, letters, found, position = doc.tokens, word_set("latin_letter"), [], 0
    for first in doc.tokens_with_stem("organisations:latin_letters", letters):
        if first < position or tokens[first].norm not in letters:
            continue
        last = first
        while last + 2 < len(tokens) and tokens[last + 1].text == ACRONYM_DOT and tokens[last + 2].norm in letters \
                and tokens[last + 1].start == tokens[last].end and tokens[last + 2].start == tokens[last + 1].end:
            last += 2
        if (last - first) // 2 + 1 >= MIN_ACRONYM_LETTERS:
            found.append(doc.span(tokens[first].start, tokens[last].end, "ORG"))
        position = last + 1
    return found


def radio_stations(doc: Document) -> list[Span]:
    """الجوهرة أف أم، موزاييك FM، الجوهرة "اف ام": the word before a radio band and the band (quoted or
    not) are a station's name (للجوهرة اف ام: without its conjunction or preposition)."""
    tokens, found = doc.tokens, []
    for band in RADIO_BANDS:
        for index in doc.stem_positions().get(band[0], ()):
            last = index + len(band) - 1
            if tuple(token.norm for token in tokens[index:last + 1]) != band:
                continue
            quoted = index >= 1 and tokens[index - 1].norm in TRANSPARENT
            before = index - 1 - quoted
            if before < 0 or tokens[before].kind != "arabic" or is_function_word(tokens[before]) \
                    or tokens[before].sentence != tokens[last].sentence:
                continue
            if quoted and last + 1 < len(tokens) and tokens[last + 1].norm in TRANSPARENT:
                last += 1
            name = tokens[before]
            start = doc.normalized.to_original(name.norm_start + _name_reading_offset(name), name.norm_end)[0]
            found.append(doc.span(start, tokens[last].end, "ORG"))
    return found


TODAY = normalize_string("اليوم")


def _today_as_an_adverb(doc: Document, last: int) -> bool:
    """روسيا اليوم الثلاثاء: a name ending in اليوم ("today") before a weekday says when, and the
    words before it are a place, not the channel."""
    after = last + 1
    return doc.tokens[last].norm == TODAY and after < len(doc.tokens) \
        and doc.tokens[after].sentence == doc.tokens[last].sentence \
        and doc.tokens[after].norm in time_words().get("weekday", {})


def _common_noun_with_its_adjective(doc: Document, first: int, last: int) -> bool:
    """القاعدة الجوية، التحالف الحاكم: a one-word known name that is also a common noun (its bare form
    common in the corpus), followed by a definite adjective no alias goes on with, is the noun."""
    after = last + 1
    return first == last and _is_definite_common_noun(doc.tokens[first]) and after < len(doc.tokens) \
        and doc.tokens[after].sentence == doc.tokens[first].sentence and is_definite_adjective(doc.tokens[after]) \
        and doc.tokens[after].norm not in nationality_countries()


BODY_OF_HEADS = word_set("body_of_head")


def bodies_of_known_organisations(doc: Document) -> list[Span]:
    """An indefinite head right before a known organisation names a body of it (بعثة الأمم المتحدة،
    مفوضية الأمم المتحدة لحقوق الإنسان), with a لـ complement after it. A place after في stays a place
    of its own (بعثة الأمم المتحدة | في أفغانستان)."""
    tokens, found = doc.tokens, []
    for match in actor_matcher().find(doc):
        head = match.first - 1
        if match.payload["kind"] != "organization" or head < 0 or match.start != tokens[match.first].start \
                or tokens[head].sentence != tokens[match.first].sentence:
            continue
        offset, stem = next(((offset, stem) for offset, stem in tokens[head].stems if stem in BODY_OF_HEADS), (0, None))
        if stem is None:
            continue
        end = _lam_complement_end(tokens, match.last)
        start = doc.normalized.to_original(tokens[head].norm_start + offset, tokens[head].norm_end)[0]
        found.append(doc.span(start, tokens[end].end, "ORG"))
    return found


def lexicon_actors(doc: Document) -> list[Span]:
    """Known actors: PER for persons, ORG for the rest."""
    return [doc.span(match.start, match.end, "PER" if match.payload["kind"] == "person" else "ORG")
            for match in actor_matcher().find(doc)
            if not (len(match.key) > 1 and _today_as_an_adverb(doc, match.last))
            and not _common_noun_with_its_adjective(doc, match.first, match.last)]
