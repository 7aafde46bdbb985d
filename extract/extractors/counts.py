"""Counts: quantities of people, events and objects, in digits or words, with qualifier and unit.

Read forms:
- digits in either digit set, with thousands separators or decimals, a following scale (ألف، آلاف،
  مليون) and a compound tail (29 ألفا و358، ستة آلاف و259);
- number words (ثلاثمائة وخمسة عشر، خمسة آلاف), and a number word after its noun (الدول الثلاث);
- vague plurals (عشرات، مئات، آلاف، العشرات من ...) as at_least; fractions (نصف، ثلث، ربع);
- dual nouns (هجومين، مدنيان، عربتين) as 2;
- qualifiers before (أكثر من، نحو ...) and after (على الأقل), percentages (%، بالمائة).
Skipped: years, dates, times and durations, money and measures, numbers in names (القرار 2235)
and in model names (F-16), and أحد/إحدى X ("one of").
"""

from __future__ import annotations

import math
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from operator import attrgetter
from typing import Iterable

from extract.document import Document, Token, cached_by_form
from extract.items import Count
from extract.lexicons import per_million, read_tsv, word_frequencies
from extract.normalize import normalize_string
from extract.quantities import (DUAL_ENDINGS, NOT_COUNTED_ACCUSATIVES, both_cases_common, counted_after_label, decimal_ra,
                                dual_reading, dual_singular, non_count_tokens)
from extract.registry import register
from extract.words import (is_function_word, looks_like_verb, nationality_countries, preposition_with_pronoun,
                           word_set)

YEAR_RANGE = (1900, 2100)
DECIMAL_WORD = "فاصل"  # 22 فاصل 5 = 22.5
CLOSING_QUOTES = frozenset({"\"", "»", "”"})
DATE_PUNCTUATION = frozenset("/:-")
NUMBER_KINDS = frozenset({"unit", "ten", "hundred", "scale"})
TEENS = word_set("teen")
# The attached pronouns a fraction takes when the pronoun is the whole (ثلثه، نصفهم، ربعها).
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
PROPORTION_WORDS = word_set("proportion")  # بنسبة الثلث
PAIRING_PREPOSITION = "بين"
PARTITIVE_PREPOSITION = "من"
MEMBER_NAME_WORDS = 6  # words a member's name may take before the second member (رجب طيب أردوغان والأمريكي)
DUAL_MIN_ARTICLE_PER_MILLION = 1.1  # a noun takes the article about 20 times or more; a verb (تمتلكان) does not


@dataclass(frozen=True)
class NumberWord:
    kind: str  # unit, ten, hundred, scale, one, vague, fraction
    value: float
    fraction: str | None = None


@lru_cache(maxsize=1)
def number_words() -> dict[str, dict[str, NumberWord]]:
    """Normalized word -> {kind: NumberWord}; a word can have several kinds (آلاف)."""
    words: dict[str, dict[str, NumberWord]] = {}
    for row in read_tsv("number_words_ar.tsv"):
        if row["kind"] == "fraction":
            numerator, denominator = row["value"].split("/")
            word = NumberWord("fraction", int(numerator) / int(denominator), row["value"])
        else:
            word = NumberWord(row["kind"], float(row["value"]))
        words.setdefault(normalize_string(row["word"]), {})[row["kind"]] = word
    return words


@lru_cache(maxsize=1)
def count_context() -> dict[str, dict[tuple[str, ...], str]]:
    context: dict[str, dict[tuple[str, ...], str]] = {}
    for row in read_tsv("count_context_ar.tsv"):
        words = tuple(normalize_string(row["phrase"]).replace("%", " % ").split())
        context.setdefault(row["role"], {})[words] = row["value"]
    return context


@lru_cache(maxsize=None)  # one entry per role: with maxsize=1 two roles asked in turn were rebuilt each time
def _first_words(role: str) -> frozenset[str]:
    return frozenset(words[0] for words in count_context()[role])


def parse_digits(norm: str) -> float | None:
    """270.000 and 270,000 are thousands; 2.5 is a decimal."""
    groups = norm.replace(",", ".").split(".")
    if len(groups) > 1 and all(len(group) == 3 for group in groups[1:]):
        return float("".join(groups))
    try:
        return float(norm.replace(",", "."))
    except ValueError:
        return None


@cached_by_form
def _kinds(token: Token) -> tuple[dict[str, NumberWord], bool]:
    """The number-word readings of a token's longest matching stem, and whether و led it."""
    if token.kind != "arabic":
        return {}, False
    for offset, stem in token.stems:
        kinds = number_words().get(stem)
        if kinds:
            return kinds, offset > 0 and token.norm.startswith("و")
    return {}, False


def _word(token: Token, kinds: frozenset[str] | set[str]) -> tuple[NumberWord | None, bool]:
    """The number word of one of `kinds` a token is, and whether a conjunction و led it."""
    readings, joined = _kinds(token)
    return next((word for kind, word in readings.items() if kind in kinds), None), joined


@dataclass
class _Number:
    first: int
    last: int
    value: float
    qualifier: str | None = None
    fraction: str | None = None
    unit_before: int | None = None  # الدول الثلاث: the counted noun precedes the number
    dual: bool = False
    names_members: bool = False  # الجنسيتين البريطانية والإيرانية: a dual that names its two members
    whole_given: bool = False  # ثلثهم، بنسبة الثلث: a fraction whose whole is a pronoun or told before
    coordinated: int | None = None  # ثلاثة وأربعة أسابيع: where the next number, which names the noun of both, starts


def _read_tail(tokens: list[Token], last: int, scale: float) -> tuple[float, int]:
    """A compound tail after a scale: و358 (written as و + 358), and و800 ألف after مليون, itself
    with a tail (59 مليونا و78 ألف و138 ناخبا is 59,078,138)."""
    if last + 2 < len(tokens) and tokens[last + 1].norm == "و" and tokens[last + 2].kind == "number":
        tail = parse_digits(tokens[last + 2].norm)
        if tail is not None and tail < scale:
            if last + 3 < len(tokens):
                smaller, joined = _word(tokens[last + 3], {"scale"})
                if smaller is not None and not joined and tail * smaller.value < scale:
                    rest, end = _read_tail(tokens, last + 3, smaller.value)
                    return tail * smaller.value + rest, end
            return tail, last + 2
    return 0.0, last


def _decimal_before_scale(tokens: list[Token], index: int) -> float | None:
    """42.611 مليار، 5.625%، 2.090 في المائة: before a scale word or a percent sign or phrase one dotted
    group is a decimal point."""
    norm = tokens[index].norm
    if norm.count(".") != 1 or "," in norm or index + 1 >= len(tokens):
        return None
    following = tokens[index + 1]
    if following.norm == "%" or _word(following, {"scale"})[0] is not None and not _word(following, {"scale"})[1] \
            or _phrase_after(tokens, index, count_context()["percent"]) is not None:
        return float(norm)
    return None


def _gulf_decimal(tokens: list[Token], index: int) -> tuple[float, int] | None:
    """3ر2 (news agencies' style in Gulf and Maghrebi papers: the decimals, ر, then the whole part, as
    the digits are stored; 935ر6 مليون برميل is 6.935 million, 9ر3 بالمائة 3.9%, 000ر22 مسلم 22,000)
    and 22 فاصل 5 (Tunisian papers spell the point out, whole part first): 2.3 and 22.5, one number."""
    if index + 2 >= len(tokens) or tokens[index + 2].kind != "number" or not tokens[index].norm.isdigit() \
            or not tokens[index + 2].norm.isdigit():
        return None
    if decimal_ra(tokens, index + 1):
        decimals, whole = tokens[index].norm, tokens[index + 2].norm
        if len(decimals) == THOUSANDS_GROUP and not decimals.strip("0"):
            return float(whole + decimals), index + 2  # 000ر22: the thousands' group
        return float(f"{whole}.{decimals}"), index + 2
    if tokens[index + 1].norm == DECIMAL_WORD:
        return float(f"{tokens[index].norm}.{tokens[index + 2].norm}"), index + 2
    return None


THOUSANDS_GROUP = 3


def _read_digits(tokens: list[Token], index: int) -> _Number | None:
    gulf = _gulf_decimal(tokens, index)
    value = gulf[0] if gulf else _decimal_before_scale(tokens, index)
    if value is None:
        value = parse_digits(tokens[index].norm)
    if value is None:
        return None
    last = gulf[1] if gulf else index
    quoted = last + 2 < len(tokens) and tokens[last + 1].norm in CLOSING_QUOTES  # "1.7" مليون مركبة
    if quoted and not gulf and _word(tokens[last + 2], {"scale"})[0] is not None:
        norm = tokens[index].norm
        if norm.count(".") + norm.count(",") == 1:
            value = float(norm.replace(",", "."))  # before a scale one separator is a decimal point
        last += 1
    if last + 1 < len(tokens):
        scale, joined = _word(tokens[last + 1], {"scale"})
        if scale is not None and not joined:
            value *= scale.value
            last += 1
            tail, last = _read_tail(tokens, last, scale.value)
            value += tail
            half, last = _read_half(tokens, last, scale.value)
            value += half
    return _Number(index, last, value)


def _read_half(tokens: list[Token], last: int, scale: float) -> tuple[float, int]:
    """مليون ونصف: half of the scale more; مليونين ونصف: half of a million, not of two."""
    if last + 1 < len(tokens) and tokens[last + 1].norm == "ونصف":
        unit = 10 ** math.floor(math.log10(scale)) if scale > 0 else scale
        return unit / 2, last + 1
    return 0.0, last


def _read_words(tokens: list[Token], index: int) -> _Number | None:
    token = tokens[index]
    special, _ = _word(token, {"vague", "fraction"})
    if special is not None and not _word(token, NUMBER_KINDS - {"scale"})[0]:
        if special.kind == "vague" and index + 1 < len(tokens):
            following = tokens[index + 1].norm  # آلاف normalizes to الاف, so the bare form is tried first
            scale = number_words().get(following, {}) or number_words().get(following[2:] if following.startswith("ال") else "", {})
            if "scale" in scale:  # عشرات الآلاف، عشرات آلاف: tens of thousands
                return _Number(index, index + 1, special.value * scale["scale"].value, "at_least")
        return _Number(index, index, special.value, "at_least" if special.kind == "vague" else None, special.fraction)
    one, _ = _word(token, {"one"})
    if one is not None:
        if index + 1 < len(tokens) and tokens[index + 1].norm in TEENS:
            return _Number(index, index + 1, 10 + one.value)
        return None
    if token.norm in TEENS and index > 0 and _ends_with_unit_word(tokens[index - 1]):
        return None  # دور الستة عشر: the ten of a number whose unit was read (or set aside) before it
    total, current, last, previous, coordinated = 0.0, 0.0, index, None, None
    position = index
    while position < len(tokens):
        word, joined = _word(tokens[position], NUMBER_KINDS)
        if word is None:
            break
        teen = tokens[position].norm in TEENS and previous is not None and previous.kind == "unit"
        split_hundred = _split_hundred(word, joined, previous, current)
        if position > index and not joined and word.kind != "scale" and not teen and not split_hundred:
            break
        if joined and previous is not None and previous.kind == word.kind and word.kind in ("unit", "ten"):
            coordinated = position  # خمس وأربع نجوم: two units (or two tens) joined by و are a list, never one sum
            break
        if joined and previous is not None and previous.kind == "scale" and position + 1 < len(tokens) \
                and _word(tokens[position + 1], {"scale"})[0] is not None:
            break  # ألفين وثلاثة آلاف: a range, two numbers
        if word.kind == "scale":
            current = max(current, 1.0) * word.value
            total, current = total + current, 0.0
            tail, position = _read_tail(tokens, position, word.value)
            half, position = _read_half(tokens, position, word.value)
            total += tail + half
        elif split_hundred:
            current *= word.value
        else:
            current += word.value
        previous, last = word, position
        position += 1
    total += current
    if total == 2 and last == index and _emphatic_two(tokens, index):
        return _Number(index, index, 2, unit_before=index - 1)  # صحفيين اثنين (رجلين اثنين is read as the dual)
    if total == 1 and last == index:  # واحد follows its noun: هجوم واحد (not هي واحدة من: "one of")
        one_of = index + 1 < len(tokens) and tokens[index + 1].norm == "من"
        return _Number(index, index, 1, unit_before=index - 1) \
            if index > 0 and tokens[index - 1].kind == "arabic" and _is_noun(tokens[index - 1]) and not one_of else None
    return _Number(index, last, total, coordinated=coordinated) if total else None


TWO_WORDS = frozenset(normalize_string(word) for word in ("اثنان", "اثنين", "اثنتان", "اثنتين"))


def _emphatic_two(tokens: list[Token], index: int) -> bool:
    """صحفيين اثنين، امرأتين اثنتين: اثنين after a noun in ين/ان agrees with it (the noun is the dual,
    or a nisba plural read as one) and counts it, not the word after it."""
    if index == 0 or tokens[index].norm not in TWO_WORDS:
        return False
    before = tokens[index - 1]
    return before.kind == "arabic" and before.norm.endswith(("ين", "ان")) and _is_noun(before) \
        and not looks_like_verb(before.norm)


def _split_hundred(word: NumberWord, joined: bool, previous: NumberWord | None, current: float) -> bool:
    """تسع مئة، ثلاث مائة: a unit written apart from مئة is one hundreds word (تسعمئة), so مليون وتسع
    مئة ألف is 1,900,000."""
    return word.kind == "hundred" and word.value == HUNDRED and not joined and previous is not None \
        and previous.kind == "unit" and 2 < previous.value < 10 and current == previous.value


HUNDRED = 100


def _ends_with_unit_word(token: Token) -> bool:
    """خمسة، الستة: a unit number word, bare or with the article, that a teen word completes."""
    norm = token.norm[2:] if token.norm.startswith("ال") else token.norm
    kinds = number_words().get(norm, {})
    unit = kinds.get("unit") or kinds.get("one")  # الأحد عشر، الاثني عشر
    return unit is not None and unit.value < 10


def _read_article_number(tokens: list[Token], index: int) -> _Number | None:
    """العشرات من الحوثيين (vague with the article) and الدول الثلاث (a number after its noun)."""
    norm = tokens[index].norm
    if not norm.startswith("ال") or tokens[index].kind != "arabic":
        return None
    kinds = number_words().get(norm[2:], {})
    if "vague" in kinds:
        return _Number(index, index, kinds["vague"].value, "at_least")
    unit = kinds.get("unit")
    if unit is not None and index > 0 and tokens[index - 1].kind == "arabic" and _is_definite(tokens[index - 1]) \
            and not _word(tokens[index - 1], NUMBER_KINDS)[0]:
        noun = index - 2 if _nisba_after_definite_noun(tokens, index - 1) else index - 1  # القوى العالمية الست
        if index + 1 < len(tokens) and tokens[index + 1].norm in TEENS and unit.value < 10:
            return _Number(index, index + 1, 10 + unit.value, unit_before=noun)  # أعضاء المجلس الخمسة عشر
        return _Number(index, index, unit.value, unit_before=noun)  # بالمواجهات الأربع
    fraction = kinds.get("fraction")
    if fraction is not None and _definite_fraction_alone(tokens, index):
        return _Number(index, index, fraction.value, fraction=fraction.fraction, whole_given=True)
    return None


def _nisba_after_definite_noun(tokens: list[Token], index: int) -> bool:
    """الدول العربية، القوى العالمية (before الثلاث، الست): a definite nisba adjective (ية/ي) after a
    definite noun describes it, and a number after both counts the noun."""
    adjective = tokens[index]
    if index == 0 or not adjective.norm.startswith("ال") or not adjective.text.endswith(("ية", "ي")) or len(adjective.norm) < 6:
        return False
    noun = tokens[index - 1]
    return noun.kind == "arabic" and _is_definite(noun) and not noun.text.endswith(("ية", "ي")) \
        and not _word(noun, NUMBER_KINDS)[0] and not is_function_word(noun)


def _is_definite(token: Token) -> bool:
    """The noun carries the article, behind a proclitic or not (الدول، بالمواجهات، وللدول), or a
    possessive pronoun (أبناؤه الثلاثة، تصاميمها الثلاثة; ه as written, not the ة that normalizes to it)."""
    return any(stem.startswith("ال") for _, stem in token.stems) or len(token.norm) > 4 and (
        token.norm.endswith(("ها", "هم", "هما")) or token.text.endswith("ه"))


def _definite_fraction_alone(tokens: list[Token], index: int) -> bool:
    """بنسبة الثلث، النصف من المقاعد: a definite fraction of a whole told before, after a word of
    proportion or before من; not الربع الأول (a quarter of the year) nor نصف النهائي (a stage)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and following.kind == "arabic" and _is_definite(following):
        return False
    before = tokens[index - 1] if index > 0 else None
    proportion = before is not None and bool({stem for _, stem in before.stems} & PROPORTION_WORDS)
    return proportion or following is not None and following.norm == "من"


def _read_suffixed_fraction(tokens: list[Token], index: int) -> _Number | None:
    """ثلثه، نصفهم، ربعها: a fraction with a pronoun suffix; the pronoun is the whole it divides."""
    fraction = _suffixed_fraction(tokens[index])
    return _Number(index, index, fraction.value, fraction=fraction.fraction, whole_given=True) if fraction else None


def _suffixed_fraction(token: Token) -> NumberWord | None:
    if token.kind != "arabic":
        return None
    for _, stem in token.stems:
        fraction = _suffixed_fractions().get(stem)
        if fraction is not None:
            return fraction
    return None


@lru_cache(maxsize=1)
def _suffixed_fractions() -> dict[str, NumberWord]:
    """A fraction word with each pronoun suffix (ثلثه، نصفهم) -> the fraction. No suffix ends
    another, so a word has at most one reading."""
    return {word + suffix: kinds["fraction"] for word, kinds in number_words().items() if "fraction" in kinds
            for suffix in PRONOUN_SUFFIXES}


def _read_dual(tokens: list[Token], index: int) -> _Number | None:
    singular = dual_singular(tokens[index])
    if singular is None and (index > 0 and tokens[index - 1].norm == PAIRING_PREPOSITION
                             and tokens[index].norm.startswith("ال") and tokens[index].norm.endswith("ين")
                             or both_cases_common(tokens[index]) and not _partitive_before(tokens, index)):
        # بين البلدين: between takes two, so a dual as common as its singular (البلدين) is one; so is
        # one the corpus uses in both cases (دعا الطرفين beside اتفق الطرفان), unless partitive: in
        # سبعة مقاتلين من الطرفين the sides are the ones just named, and the count is of the fighters
        reading = dual_reading(tokens[index], True)
        singular = reading[1] if reading else None
    if singular is None or singular in _first_words("not_count_unit") or _word(tokens[index], NUMBER_KINDS)[0]:
        return None
    if _dual_noun_before(tokens, index):
        if _predicate_of_a_pronoun(tokens, index - 1) or _agrees_past_members(tokens, index - 1):
            return None  # إنهما فريقان مختلفان: the pair is a predicate, its adjective with it
        last = index
        while last + 1 < len(tokens) and _agreeing_dual(tokens[last + 1]):
            last += 1
        return _Number(index - 1, last, 2, dual=True)
    if _agrees_past_members(tokens, index) or _predicate_of_a_pronoun(tokens, index) or _adjective_of_dual(tokens, index) \
            or tokens[index].norm.startswith("ال") and singular.endswith("يه") and singular in nationality_countries():
        # a definite feminine nationality dual on its own (إذاعة X وقناة Y الفرنسيتين، شركتي الاتصالات
        # الصينيتين) agrees with nouns before it; a masculine one is often the people (حاول الأميركيان)
        return None
    last = index
    while last + 1 < len(tokens) and (_agreeing_dual(tokens[last + 1]) or tokens[last + 1].norm in TWO_WORDS):
        last += 1  # an agreeing dual adjective (عربتين عسكريتين، البلدين العربيين الكبيرين) or اثنين is part of the count
    second_member = _names_two_members(tokens, last)
    if second_member:
        last = second_member
        while last + 1 < len(tokens) and dual_singular(tokens[last + 1]) is not None:
            last += 1
        return _Number(index, last, 2, dual=True, names_members=True)
    return _Number(index, last, 2, dual=True)


def _adjective_of_dual(tokens: list[Token], index: int) -> bool:
    """السنتين القادمتين، اليومين الماضيين: a dual right after a dual of the same definiteness is its
    adjective. A counted dual takes its adjectives into its own span, so one met here follows a dual
    that was set aside (a duration, a name), and counts nothing of its own either."""
    if index == 0 or tokens[index - 1].kind != "arabic" or dual_singular(tokens[index - 1]) is None \
            or _word(tokens[index - 1], NUMBER_KINDS)[0] is not None or not _agreeing_dual(tokens[index]):
        return False
    return _is_definite_dual(tokens[index - 1]) == _is_definite_dual(tokens[index])


def _dual_noun_before(tokens: list[Token], index: int) -> bool:
    """وجهين جديدين، بحفلين كبيرين: a dual adjective agrees with the noun before it in ين/ان, whose own
    dual is too rare in the corpus for dual_reading; the adjective makes it a dual, of a frequent
    singular, of the same definiteness and (تين/تان) gender. Not after a number, whose noun it is."""
    adjective, noun = tokens[index], tokens[index - 1] if index > 0 else None
    reading = dual_reading(adjective)
    if noun is None or noun.kind != "arabic" or reading is None or reading[0] != 0 or dual_singular(noun) is not None \
            or _word(noun, NUMBER_KINDS | {"vague"})[0] is not None or is_function_word(noun):
        return False
    if index > 1 and (tokens[index - 2].kind == "number" or _word(tokens[index - 2], NUMBER_KINDS | {"vague"})[0] is not None):
        return False
    ending = next(ending for ending in ("تين", "تان", "ين", "ان") if adjective.norm.endswith(ending))
    return _dual_stem_by_singular(noun, ending, adjective.norm.startswith("ال")) is not None


def _dual_stem_by_singular(token: Token, ending: str, definite: bool) -> int | None:
    """The offset of the token's stem that is a dual in `ending` of a frequent singular, of the
    given definiteness (بئران: بئر, not ب + ئران), or None."""
    frequencies = word_frequencies()
    for offset, stem in reversed(token.stems):  # the shortest stem first: بحفلين is ب + حفلين
        if not stem.endswith(ending) or stem.startswith("ال") != definite:
            continue
        singular = stem[2 if definite else 0:-len(ending)] + ("ه" if ending.startswith("ت") else "")
        if len(singular) >= 3 and not singular.endswith("ي") \
                and frequencies.get(singular, 0) + frequencies.get("ال" + singular, 0) >= per_million(DUAL_NOUN_SINGULAR_PER_MILLION):
            return offset
    return None


DUAL_NOUN_SINGULAR_PER_MILLION = 10.0


def _is_definite_dual(token: Token) -> bool:
    """الماضيتين، بالسنتين: the dual's stem, behind any proclitic, carries the article."""
    offset = (dual_reading(token) or (0,))[0]
    return token.norm[offset:].startswith("ال") or token.norm.startswith("ال")


def _predicate_of_a_pronoun(tokens: list[Token], index: int) -> bool:
    """كانتا متجهتين، أنهما متورطتان، أننا ملتزمان، نكون حذرين: after a copula or إنّ whose subject is
    a pronoun, a dual-looking word is the predicate, an adjective of people already named."""
    return index > 0 and any(stem in PRONOUN_SUBJECT_VERBS for _, stem in tokens[index - 1].stems)


def _partitive_before(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].norm == PARTITIVE_PREPOSITION


def _agreeing_dual(token: Token) -> bool:
    """A dual adjective after a dual noun: a dual reading, or a definite nisba dual in يين
    (البلدين العربيين الكبيرين), which dual_singular leaves out as it is also the nisba's plural."""
    if token.kind == "arabic" and token.norm.startswith("لل"):
        return False  # للطرفين: behind a preposition, no adjective
    reading = dual_reading(token)
    if reading is not None:  # وسيارتين: a second conjunct, counted on its own (بارزان is no ب + ارزان)
        return reading[0] == 0 or token.norm[reading[0] - 1] not in CONJUNCTIONS
    return token.kind == "arabic" and token.norm.endswith("يين") and len(token.norm) > 5 and token.norm.startswith("ال")


def _names_two_members(tokens: list[Token], last: int) -> int:
    """الجنسيتين البريطانية والإيرانية، الطرفين السوري والتركي: two definite words joined by و right
    after a dual name its two members; so do two nisba adjectives with a name after each (الرئيسين
    التركي رجب طيب أردوغان والأمريكي باراك أوباما). The dual counts nothing of its own (RECORD.md).
    Returns the position of the second member, or 0."""
    if last + 2 >= len(tokens):
        return 0
    first = tokens[last + 1]
    if first.kind != "arabic" or not first.norm.startswith("ال"):
        return 0
    second = tokens[last + 2]
    if second.kind == "arabic" and second.norm.startswith("وال") and len(second.norm) > 4:
        return last + 2
    ending = _nisba_ending(first.norm)
    if ending is None:
        return 0
    for position in range(last + 3, min(len(tokens), last + 2 + MEMBER_NAME_WORDS)):
        token = tokens[position]
        if token.kind != "arabic":
            return 0  # a mark ends the first member's name
        if token.norm.startswith("وال") and _nisba_ending(token.norm) == ending:
            return position
    return 0


def _nisba_ending(norm: str) -> str | None:
    """The nisba ending of an adjective (السوري: ي، البريطانية: يه), or None."""
    return next((ending for ending in ("يه", "ي") if norm.endswith(ending) and len(norm) > len(ending) + 3), None)


def _agrees_past_members(tokens: list[Token], index: int) -> bool:
    """وزارتي الدفاع والداخلية الخاضعتين، الرشاقة واللياقة العاليتين، القدس الشرقية والضفة الغربية
    المحتلتين: a definite dual right after a definite second conjunct (و + ال, alone or with its
    definite adjective or genitive) is an adjective of the two things just named, not a count."""
    token = tokens[index]
    if index < 2 or not token.norm.startswith("ال"):
        return False
    previous, before = tokens[index - 1], tokens[index - 2]
    if previous.kind != "arabic" or before.kind != "arabic":
        return False
    return previous.norm.startswith("وال") or before.norm.startswith("وال") and previous.norm.startswith("ال")


def _sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    """[start, end) token indices of each run of tokens of one sentence."""
    ranges, start = [], 0
    for _, run in groupby(doc.tokens, key=attrgetter("sentence")):
        end = start + len(list(run))
        ranges.append((start, end))
        start = end
    return ranges


def _phrase_before(tokens: list[Token], first: int, phrases: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    """A phrase ending just before token `first`; its first word may carry a clitic (بنحو)."""
    for words, value in sorted(phrases.items(), key=lambda item: -len(item[0])):
        begin = first - len(words)
        if begin < 0:
            continue
        window = tokens[begin:first]
        if any(stem == words[0] for _, stem in window[0].stems) \
                and tuple(token.norm for token in window[1:]) == words[1:]:
            return begin, value
    return None


def _phrase_after(tokens: list[Token], last: int, phrases: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    for words, value in sorted(phrases.items(), key=lambda item: -len(item[0])):
        end = last + 1 + len(words)
        if end <= len(tokens) and tuple(token.norm for token in tokens[last + 1:end]) == words:
            return end - 1, value
    return None


OWN_LETTER_ARTICLE_PER_MILLION = 0.25  # الوزير، الفرد، الوكر: a noun takes the article now and then
NOUN_BEFORE_ARTICLE_PER_MILLION = 1.0


def _shared_noun(tokens: list[Token], coordinated: int) -> Token | None:
    """بين ثلاثة وأربعة أسابيع، فئة خمس وأربع نجوم: the noun after the second of two coordinated
    numbers is the first one's too (so a duration stays a duration)."""
    second = _read_words(tokens, coordinated)
    following = second.last + 1 if second is not None else len(tokens)
    return tokens[following] if following < len(tokens) and _may_be_counted_noun(tokens[following]) else None


def _may_be_counted_noun(token: Token) -> bool:
    """The word after a number may be the noun it counts: a noun, not the next conjunct (بنسبة 1.03
    وقطاع البتروكيماويات، نحو 7 واصيب), not behind a preposition (3.75 من خمسة بتقدير جيد، 3 لعرض
    مسرحيات), not another number word. A counted noun takes no proclitic but the article."""
    if token.kind != "arabic" or not _is_noun(token) or _word(token, NUMBER_KINDS | {"vague", "fraction"})[0] \
            or token.norm in NOT_COUNTED_ACCUSATIVES:
        return False  # 8 آلاف يوميا، 90 تقريبا: an adverb after the number
    if _takes_the_article(token.norm):
        return True  # بحارة، فلبيني، وزير: the first letter is the noun's own (البحارة)
    # واصيب، وغيرها، فقط: a word starting with و/ف that never takes the article is no noun with its
    # own و/ف, whichever reading the corpus counts more often
    return token.norm[:1] not in CONJUNCTIONS and not _led_by_preposition_clitic(token)


def _possessed(token: Token) -> bool:
    """لقي 42 مصرعهم، قتل 5 أبنائه: a noun with a possessive pronoun is definite, and a number's
    counted noun never is (a vague plural's genitive may be: عشرات أنصاره). The whole form must be
    one the corpus never writes with the article (المياه، الاتجاه end in a letter of their own)."""
    written = token.text
    suffix = next((suffix for suffix in PRONOUN_SUFFIXES if written.endswith(suffix)), None)
    if suffix is None or len(token.norm) < len(suffix) + 3:
        return False
    frequencies = word_frequencies()
    if frequencies.get("ال" + token.norm, 0) >= per_million(POSSESSED_WITH_ARTICLE_PER_MILLION):
        return False
    base = token.norm[:-len(suffix)]
    bases = {base, base[:-1] + "ء" if base.endswith(("ئ", "ؤ")) else base}  # أبنائه: الأبناء
    threshold = per_million(POSSESSED_BASE_PER_MILLION)
    return any(frequencies.get(form, 0) >= threshold or frequencies.get("ال" + form, 0) >= threshold for form in bases)


POSSESSED_WITH_ARTICLE_PER_MILLION = 0.05
POSSESSED_BASE_PER_MILLION = 1.0


def _takes_the_article(norm: str, floor_per_million: float = OWN_LETTER_ARTICLE_PER_MILLION,
                       with_pronoun: bool = True) -> bool:
    """الفعالية، الوزير (15 وزيرا، مئات من فروعها): the word, its indefinite accusative's base or
    (`with_pronoun`) the noun before its pronoun is common with ال."""
    if norm.startswith("ال"):
        return False
    bases = {norm, norm[:-1] if norm.endswith("ا") and len(norm) > 3 else norm}
    if with_pronoun:
        bases |= {norm[:-len(suffix)] for suffix in PRONOUN_SUFFIXES if norm.endswith(suffix) and len(norm) > len(suffix) + 2}
    frequencies = word_frequencies()
    threshold = per_million(floor_per_million)
    return any(frequencies.get("ال" + base, 0) >= threshold for base in bases)


def _most_common_stem(token: Token) -> tuple[int, str]:
    frequencies = word_frequencies()
    return max(token.stems, key=lambda item: (frequencies.get(item[1], 0), item[0]))


def _percent_sign_before(tokens: list[Token], number: _Number) -> bool:
    """%80 من المجيبين، ٪ 76: typed right to left, the sign comes before the digits; not the sign of
    a number before it (5% 20)."""
    sign = number.first - 1
    if sign < 0 or tokens[number.first].kind != "number" or tokens[sign].norm not in PERCENT_SIGNS:
        return False
    return sign == 0 or tokens[sign - 1].kind != "number"


PERCENT_SIGNS = frozenset({"%", "٪"})


def _dual_offset(token: Token) -> int:
    """Where a counted dual's stem starts in its token: its dual reading's, or (a dual made one by
    its adjective, وجهين جديدين) the reading _bare_unit takes for a noun."""
    reading = dual_reading(token) or dual_reading(token, True)
    if reading is not None:
        return reading[0]
    ending = next((ending for ending in ("تين", "تان", "ين", "ان") if token.norm.endswith(ending)), "")
    offset = _dual_stem_by_singular(token, ending, False) if ending else None
    if offset is None and ending:
        offset = _dual_stem_by_singular(token, ending, True)
    return offset if offset is not None else _most_common_stem(token)[0]


def _bare_unit(doc: Document, token: Token, offset: int | None = None) -> str:
    """The counted noun as written, without proclitics or the article. `offset`: where its stem
    starts when the caller knows (0 for the word right after its number, which carries no proclitic:
    فعالية، فردا are no ف + عالية، ردا); else a word that takes the article keeps its first letter
    (فعالية واحدة، وزير واحد), and otherwise the reading the corpus knows best is taken."""
    if offset is None:  # a noun before its number often carries a preposition (بيد واحدة): stronger evidence
        offset = 0 if _takes_the_article(token.norm, NOUN_BEFORE_ARTICLE_PER_MILLION) else _most_common_stem(token)[0]
    # the last stem at that offset: للعالمين has العالمين there too (لل is ل + ال)
    stem = [stem for stem_offset, stem in token.stems if stem_offset == offset][-1]
    start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
    text = doc.text[start:token.end]
    # ألقاب، إلهام: a hamza on the alef says the ال is the word's own (normalizing made it ا); NFKC
    # reads a presentation form (ﺍ) as its letter
    if stem.startswith("ال") and len(stem) > 4 and unicodedata.normalize("NFKC", text[:1]) in ARTICLE_FIRST_LETTERS:
        return text[1:] if _preposition_before_own_lam(token.norm[offset:], stem) else text[2:]
    return text


ARTICLE_FIRST_LETTERS = ("ا", "ل")  # ال, or لل where the article's alef is dropped


def _preposition_before_own_lam(written: str, stem: str) -> bool:
    """لليلة واحدة is ل + ليلة, not لل + يلة: the tokenizer reads لل as ل + ال, which a word starting
    with ل also gives; the corpus tells which (ليلة is a word, اليلة is not)."""
    if not written.startswith("لل") or stem == written:
        return False
    frequencies = word_frequencies()
    return frequencies.get(written[1:], 0) > frequencies.get(stem, 0)


VERB_PREFIXES = ("ي", "ت", "ن")
INDEFINITE_BASE_PER_MILLION = 1.0  # راضي، مهتم: the form without its accusative ا is a word of its own
DEMONSTRATIVES = word_set("demonstrative")
PRONOUN_SUBJECT_VERBS = word_set("pronoun_subject_verb")
PERFECT_PLURAL_ENDING = "وا"
FUTURE_PREFIX = "س"
CONJUNCTIONS = "وف"
AMONG_PREPOSITION = "بين"


def _is_noun(token: Token) -> bool:
    """Not a function word (المئات في ...) nor a present-tense verb (قتل 7 يرجح أنهم ...), which
    starts with ي/ت/ن and never takes ال."""
    if len(token.norm) < 2 or is_function_word(token) or _preposition_with_pronoun(token):
        return False  # نحو 20 بينهم اثنان: the preposition's pronoun refers to the counted people
    if _perfect_plural_verb(token):
        return False  # 430 ألفا قاموا بعبوره: a perfect plural verb after the number is its predicate
    if token.norm[:1] == FUTURE_PREFIX and token.norm[1:2] in "يتن" and looks_like_verb(token.norm):
        return False  # 6951 سترتفع إلى: a future verb
    if not token.norm.startswith(VERB_PREFIXES) or token.text.endswith("ة"):
        return True  # نسمة: no verb ends in ة
    # ناخبا: the indefinite accusative's base takes the article (الناخب)
    return _takes_the_article(token.norm, DUAL_MIN_ARTICLE_PER_MILLION, with_pronoun=False)


def _perfect_plural_verb(token: Token) -> bool:
    """قتلوا، قاموا: a perfect plural by its paradigm in the corpus."""
    return token.norm.endswith(PERFECT_PLURAL_ENDING) and looks_like_verb(token.norm)


def _people_after(tokens: list[Token], last: int) -> bool:
    """عشرات الآلاف أصيبوا، بضع مئات بينهم نواب: a plural verb or بين + pronoun after a vague number
    says it counts people, the noun left unsaid."""
    if last + 1 >= len(tokens) or tokens[last + 1].kind != "arabic":
        return False
    following = tokens[last + 1]
    word = following.norm[1:] if following.norm[:1] in CONJUNCTIONS else following.norm
    return word.startswith(AMONG_PREPOSITION) and preposition_with_pronoun(word) \
        or _perfect_plural_verb(following)


def _preposition_with_pronoun(token: Token) -> bool:
    """بينهم، وعلينا: a suffixed preposition, alone or after و/ف (بلدية is no ب + لديه). The partitive
    منهم، منها is left out: ثلاثة منهم counts with it, as the gold writes it."""
    word = token.norm[1:] if token.norm[:1] in CONJUNCTIONS and len(token.norm) > 3 else token.norm
    if token.text.lstrip(CONJUNCTIONS).startswith("آ"):
        return False  # آلية: normalized as إليه, but no preposition is written with آ
    return not word.startswith(PARTITIVE_PREPOSITION) and preposition_with_pronoun(word)


def _bare_stems(token: Token) -> set[str]:
    """A token's clitic stems, each also without the article (السنوات → سنوات)."""
    stems = {stem for _, stem in token.stems}
    stems |= {stem[2:] for stem in stems if stem.startswith("ال")}
    return stems | {stem[:-1] for stem in stems if stem.endswith("ا") and len(stem) > 3}  # شهرا → شهر


def _is_excluded(tokens: list[Token], number: _Number, unit: Token | None) -> bool:
    first = tokens[number.first]
    if first.kind == "number":
        if "." not in first.norm and "," not in first.norm and YEAR_RANGE[0] <= number.value <= YEAR_RANGE[1] \
                and number.last == number.first:
            return True
        if number.first > 0 and tokens[number.first - 1].end == first.start \
                and (tokens[number.first - 1].norm in DATE_PUNCTUATION or tokens[number.first - 1].kind == "latin"):
            return True  # 19/03، F-16
        if number.last + 1 < len(tokens) and tokens[number.last + 1].norm in DATE_PUNCTUATION \
                and tokens[number.last + 1].start == tokens[number.last].end:
            return True
    label = number.first - 1
    if label > 0 and tokens[label].norm == "ال" and tokens[label].end == first.start:
        label -= 1  # القرن الـ21، الدقيقة ال90: the label is the word before the article of the digits
    if label >= 0 and _bare_stems(tokens[label]) & _first_words("not_count_before") \
            and not (first.kind == "number" and counted_after_label(tokens, number.last)) \
            and not (first.kind == "number" and number.last > number.first and unit is not None) \
            and not (first.kind == "arabic" and _partitive_after(tokens, number.last)):
        return True  # القرار 2235، الموسم 2015; but ثلاث من بناته and اليوم 122 مليون سهم (no label takes a scale) count
    return unit is not None and bool(_bare_stems(unit) & _first_words("not_count_unit"))


def _ordinal_after_definite(tokens: list[Token], first: int, unit: Token | None) -> bool:
    """الذكرى السنوية الـ23 لمقتل: digits with the article after a definite singular in ة or with ه
    (after a plural, الضحايا الـ12، they count it), followed by a noun behind a preposition, rank the
    noun (an ordinal). With no such noun after them (أعضاء اللجنة الدولية الـ85 الذين) they may count
    the noun before the genitive, and ال52 هجوما counts its own noun."""
    if tokens[first].kind != "number" or first < 2 or tokens[first - 1].norm != "ال":
        return False
    before = tokens[first - 2]
    if before.kind != "arabic" or not _is_definite(before) or not before.text.endswith(("ة", "ه")):
        return False
    return unit is not None and _led_by_preposition_clitic(unit)


def _led_by_preposition_clitic(token: Token) -> bool:
    """لمقتل، بالمدينة: the word's most common reading is behind ب/ل/ك, so it is no counted noun."""
    offset, _ = _most_common_stem(token)
    return offset > 0 and token.norm[offset - 1] in "بلك"


def _partitive_after(tokens: list[Token], last: int) -> bool:
    """A number word followed by من and a noun (ثلاث من بناته): it counts the noun, whatever precedes."""
    return last + 2 < len(tokens) and tokens[last + 1].norm == "من" and tokens[last + 2].kind == "arabic"


def _count_item(doc: Document, tokens: list[Token], number: _Number) -> Count | None:
    context = count_context()
    span_first, span_last = number.first, number.last
    if number.first > 0 and tokens[number.first - 1].end == tokens[number.first].start \
            and tokens[number.first - 1].kind == "arabic" and tokens[number.first].kind == "number":
        span_first -= 1  # بـ390، ال52
    unit_token, unit = None, None
    percent = _phrase_after(tokens, number.last, context["percent"])
    if number.dual:
        unit_token = tokens[number.first]
        unit = _bare_unit(doc, unit_token, _dual_offset(unit_token))
    elif number.whole_given:
        pass  # ثلثهم: the pronoun is the whole; the word after is no counted noun
    elif number.unit_before is not None:
        span_first = number.unit_before
        unit_token, unit = tokens[number.unit_before], _bare_unit(doc, tokens[number.unit_before])
    elif percent is not None:
        span_last, unit = percent[0], "%"
    else:
        following = number.last + 1
        if number.qualifier == "at_least" and following < len(tokens) and tokens[following].norm == "من":
            following += 1  # العشرات من المسلحين
        if following < len(tokens) and tokens[following].norm in DEMONSTRATIVES:
            following += 1  # ثلث هذه الهجمات
        # بنسبة 1.03 وقطاع البتروكيماويات: a word led by و starts the next conjunct, not the counted noun
        if _percent_sign_before(tokens, number):
            span_first, unit = number.first - 1, "%"  # %43 منهم: the sign, not the word after, is the unit
        elif following < len(tokens) and _may_be_counted_noun(tokens[following]) \
                and not (number.qualifier != "at_least" and number.fraction is None and _possessed(tokens[following])):
            unit_token, unit, span_last = tokens[following], _bare_unit(doc, tokens[following], 0), following
        elif number.coordinated is not None:
            unit_token = _shared_noun(tokens, number.coordinated)
            unit = _bare_unit(doc, unit_token, 0) if unit_token is not None else None
    after = tokens[number.last + 1] if number.last + 1 < len(tokens) else None
    if _ordinal_after_definite(tokens, number.first, unit_token or (after if after is not None and after.kind == "arabic" else None)):
        return None
    if _is_excluded(tokens, number, unit_token or (after if after is not None and after.kind == "arabic" else None)):
        return None
    article_vague = tokens[number.first].norm.startswith("ال") and number.qualifier == "at_least"
    if number.fraction is None and number.qualifier == "at_least" and unit is None and not article_vague \
            and not _people_after(tokens, number.last):
        return None  # a vague plural must count something
    if number.names_members:
        return None
    if number.fraction is not None and unit_token is None and not number.whole_given:
        return None
    partitive = number.last + 1 < len(tokens) and tokens[number.last + 1].norm == "من"  # لثلاثة من أعضاء
    verb_after = unit_token is not None and number.first == number.last and looks_like_verb(unit_token.norm)
    if (unit_token is None or _indefinite_accusative(unit_token) or verb_after) and not partitive \
            and _led_by_preposition(tokens[number.first]):
        return None  # لست في، لست راضيا، لستُ أريد: ل + ست reads as 6, but a number word after a preposition counts a noun
    qualifier = number.qualifier
    before = _phrase_before(tokens, span_first, context["qualifier_before"])
    if before is not None:
        span_first, qualifier = before
    after = _phrase_after(tokens, span_last, context["qualifier_after"])
    if after is not None:
        span_last, qualifier = after
    span_start = tokens[span_first].start
    first = tokens[span_first]
    if span_first == number.first and (_kinds(first)[1] or number.dual):
        # وثلاثة آلاف، وامرأتين: the conjunction or preposition is not part of the count
        offset = 1 if not number.dual else _dual_offset(first)
        span_start = doc.normalized.to_original(first.norm_start + offset, first.norm_end)[0]
    span = doc.span(span_start, tokens[span_last].end)
    return Count(span.text, span.start, span.end,
                 round(number.value, 4) if number.fraction else _plain(number.value), qualifier, unit, number.fraction)


def _indefinite_accusative(token: Token) -> bool:
    """راضيا، مهتما: an indefinite accusative (a predicate or a state) whose bare form is a common word.
    A noun counted by a number word (three to ten) is a genitive plural, never in this case."""
    norm = token.norm
    return len(norm) > 3 and norm.endswith("ا") and not norm.startswith("ال") \
        and word_frequencies().get(norm[:-1], 0) >= per_million(INDEFINITE_BASE_PER_MILLION)


def _led_by_preposition(token: Token) -> bool:
    """A number word carrying ب/ل/ك (لست، بست): و alone is a conjunction and fine (وسبعة)."""
    if token.kind != "arabic" or len(token.stems) < 2:
        return False
    offset = next((offset for offset, stem in token.stems[1:] if stem in number_words()), 0)
    return offset > 0 and token.norm[offset - 1] in "بلك"


def _plain(value: float) -> float | int:
    # A decimal times a scale word carries the float's binary error (267.4 مليون = 267399999.99999997):
    # twelve significant digits are more than any figure in the news has.
    value = float(f"{value:.12g}")
    return int(value) if value.is_integer() else value


@cached_by_form
def _may_start_number(token: Token) -> bool:
    """Whether _read_number can read anything from this token: digits, a number word (with or
    without the article) or a dual. Most tokens are none of these, and are not read at all."""
    if token.kind == "number":
        return True
    if token.kind != "arabic":
        return False
    return bool(_kinds(token)[0]) or (token.norm.startswith("ال") and token.norm[2:] in number_words()) \
        or dual_singular(token) is not None or both_cases_common(token) or _suffixed_fraction(token) is not None


@lru_cache(maxsize=1)
def _number_stems() -> frozenset[str]:
    """Number words, bare and with the article: stems of tokens that may start a number."""
    return frozenset(number_words()) | {"ال" + word for word in number_words()}


def _digits_or_dual_endings(stems: Iterable[str]) -> list[str]:
    """Stems of digit tokens and of possible duals (ان، ين): with _number_stems(), a superset of the
    tokens _may_start_number accepts."""
    suffixed = _suffixed_fractions()
    return [stem for stem in stems if stem.endswith(DUAL_ENDINGS) or stem in suffixed or stem[:1].isdigit()]


def _read_number(tokens: list[Token], index: int) -> _Number | None:
    token = tokens[index]
    if token.kind == "number":
        return _read_digits(tokens, index)
    if token.kind != "arabic":
        return None
    return _read_words(tokens, index) or _read_article_number(tokens, index) or _read_dual(tokens, index) \
        or _read_suffixed_fraction(tokens, index)


def _named_spans(doc: Document) -> list[tuple[int, int]]:
    """Names and agents: a number or dual inside one (سوق الشعارين، بالسارين) is not a count."""
    spans = [(span.start, span.end) for span in doc.entities]
    spans += [(mention.start, mention.end) for agent in doc.fields.get("agents", []) for mention in agent.mentions]
    return spans


def _family_names(doc: Document) -> frozenset[str]:
    """The last words of the article's persons named with two words or more: repeated alone (الكولونيل
    دوريان after جون دوريان) they are the person again, not a dual."""
    names = set()
    for span in doc.entities:
        if span.label == "PER":
            first, end = doc.token_index_at(span.start), doc.token_index_at(span.end)
            if end - first >= 2:
                names.add(doc.tokens[end - 1].norm)
    return frozenset(names)


def extract_counts(doc: Document) -> Document:
    counts = []
    named = doc.covered_tokens(_named_spans(doc))
    family_names = _family_names(doc)
    not_counts = non_count_tokens(doc)
    # Only tokens that may start a number are read; the loop jumps from one to the next.
    candidates = doc.tokens_with_stem("counts:may_start_number", _number_stems(), _digits_or_dual_endings)
    for start, end in _sentence_ranges(doc):
        tokens = doc.tokens[start:end]
        index = 0
        while index < len(tokens):
            following = bisect_left(candidates, start + index)
            if following == len(candidates) or candidates[following] >= end:
                break
            index = candidates[following] - start
            if tokens[index].kind == "arabic" and (tokens[index].index in named or tokens[index].norm in family_names) \
                    or tokens[index].index in not_counts:
                index += 1
                continue
            readable = _may_start_number(tokens[index]) or index > 0 and tokens[index - 1].norm == PAIRING_PREPOSITION
            number = _read_number(tokens, index) if readable else None
            if number is None:
                index += 1
                continue
            if any(tokens[position].index in not_counts for position in range(number.first, number.last + 1)):
                index = number.last + 1  # part of money, a date, a score ... (extract.quantities)
                continue
            item = _count_item(doc, tokens, number)
            index = number.last + 1
            if item is not None:
                counts.append(item)
                while index < len(tokens) and tokens[index].start < item.end:
                    index += 1  # اثنان آخران: the counted noun is no count of its own
    doc.fields["counts"] = counts
    return doc


@register("counts", requires=("tokens", "entities"), provides=("counts",), reads=("agents",))
def make_counts():
    """Component: the `counts` field (run after agents, when present, to skip agent names)."""
    return extract_counts
