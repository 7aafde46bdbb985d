"""Persons: a title and a name (الكولونيل جون دوريان), or a listed given name and more (بشار الأسد)."""

from __future__ import annotations

import unicodedata

from functools import lru_cache
from typing import Iterable, Sequence

from extract.document import Document, Span, Token, cached_by_form
from extract.lexicons import cached_derived, per_million, person_titles, read_tsv, word_frequencies
from extract.matcher import PhraseMatcher
from extract.normalize import normalize_string
from extract.timex import month_names
from extract.words import (COMMON_ARTICLE_SHARE, name_compounds, PRONOUN_STEM_MIN_PER_MILLION, dual_imperfect, fa_inna, looks_like_verb, function_words, given_names, title_words, has_preposition, starts_with_conjunction, is_definite_adjective, is_function_word, is_given_name,
                           has_pronoun_suffix, is_title_word, name_particles, nationality_countries, place_heads,
                           place_words, plain_word, word_set, writes_alif_maqsura)

MAX_NAME_TOKENS = 4
# A lineage (nasab) runs longer: فهد بن عبدالله بن عبدالعزيز بن مساعد.
MAX_NASAB_TOKENS = 10
NASAB_WORDS = word_set("nasab")
LINEAGE_WORDS = NASAB_WORDS | {"ال"}  # آل (the family) normalizes to ال
GLUED_ABD = "عبدال"
# The second word of a theophoric compound given name (المعتصم بالله، منتصر بالله): it completes the
# word before it and never begins a name (the given-name table lists it alone).
THEOPHORIC_SECOND_WORDS = frozenset({"بالله"})
DIVINE_NAMES = frozenset({"الله"})  # the second word of compound family names (نصر الله، فضل الله، جاب الله)
FAMILY_NAME_MAX_PER_MILLION = 28.13  # البار 106، السويلم 70; الوفد (925) is the next noun


# How common a word may be and still be part of a name: a surname after a given name
# (الأسد) may be fairly common; a word standing for a name after a bare title must be rare.
SURNAME_MAX_PER_MILLION = 450.13  # a surname after a given name may be fairly common (الأسد)


NAME_MAX_PER_MILLION = 84.4  # a word standing for a name after a bare title is rarer than common nouns


UNLISTED_FIRST_NAME_MAX_PER_MILLION = 16.9  # an unlisted first name is rare; more common words are ordinary words


NAME_ARTICLE_RATIO = 0.05


MIN_NAME_PART_LENGTH = 3


NATIONALITY_MIN_ARTICLE_PER_MILLION = 5.63  # a nationality adjective is common with the article (السعودي)


ARTICLE_SURNAME_BARE_RATIO = 0.3


# Corpus evidence that a word is a common word, not a name (counts from ar_word_frequencies):
# a noun or adjective takes the article readily (النداء، الحياة), a verb shows its other persons
# (تستمر/يستمر، قرر/قرروا), an accusative adverb is a common stem plus ا (عاجلا، حرصا، رئيسا).
COMMON_MIN_ARTICLE_PER_MILLION = 1.1  # seen with the article about 20 times: a noun or adjective, not chance
ACCUSATIVE_MIN_STEM_PER_MILLION = 5.63  # a stem seen about 100 times is a common word (عاجل in عاجلا)
RARE_NAME_PART_PER_MILLION = 2.8  # a word this rare (about 50) is more likely a name part than a common word
# A given name is ambiguous when the corpus writes it with the article this often (الصافي، الأمل):
# lower than for unlisted words, since only the next part's evidence is then asked for.
AMBIGUOUS_NAME_ARTICLE_SHARE = 0.15
PLURAL_SINGULAR_MIN_PER_MILLION = 22.5  # the singular of a plural is a common noun (لاعب, about 400)
RARE_PLACE_SURNAME_PER_MILLION = 2.8  # a place name used as a surname is rare as a word (about 50)
HAMZA_ALEFS = frozenset("أإ")
ADJECTIVE_PLURAL_SHARE = 0.2  # جاهز beside جاهزون/جاهزين: an adjective, not a name
SOUND_PLURAL_MIN_PER_MILLION = 0.56  # about 10 plural forms: an adjective's paradigm, not chance
NISBA_FEMININE_SHARE = 0.1  # رسميا beside رسمية; كوريا has hardly any كورية beside it  # اللاعبين: the singular لاعب is a common word


def _frequency(word: str) -> int:
    return word_frequencies().get(word, 0)


def takes_article(word: str) -> bool:
    """The corpus writes the word with the article often: a common noun or adjective (نداء → النداء)."""
    definite = _frequency("ال" + word)
    return definite >= per_million(COMMON_MIN_ARTICLE_PER_MILLION) and definite >= COMMON_ARTICLE_SHARE * _frequency(word)


def is_accusative_common_word(word: str) -> bool:
    """عاجلا، حرصا، رئيسا، قريبا: a common stem (it takes the article) with the accusative ا."""
    if len(word) < 3 or not word.endswith("ا"):
        return False
    stem = word[:-1]
    if _frequency(stem) >= per_million(ACCUSATIVE_MIN_STEM_PER_MILLION) and _frequency("ال" + stem) >= per_million(COMMON_MIN_ARTICLE_PER_MILLION):
        return True
    # تلقائيا، رسميا: a nisba adverb, its adjective seen with the article and in the feminine
    return stem.endswith("ي") and _frequency("ال" + stem) >= per_million(COMMON_MIN_ARTICLE_PER_MILLION) \
        and _frequency(stem + "ه") >= NISBA_FEMININE_SHARE * _frequency(word)


def _is_common_word_form(token: Token) -> bool:
    """A verb, an accusative adverb, a dual or plural of a common noun, or a noun with a pronoun."""
    word = token.norm
    if looks_like_verb(word) or is_accusative_common_word(word) or dual_imperfect(word):
        return True
    if word.startswith("ال") and word.endswith(("ين", "ون", "ات")) and len(word) >= 7 \
            and _frequency(word[2:-2]) + _frequency(word[:-2]) >= per_million(PLURAL_SINGULAR_MIN_PER_MILLION):
        return True  # اللاعبين: a plural of a common noun
    if _is_function_word_with_pronoun(word):
        return True
    if not word.startswith("ال") and _is_dual_of_common_noun(token):
        return True  # أرماني مرتين
    for suffix in ("ها", "هم", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and takes_article(word[: -len(suffix)]) \
                and _frequency(word[: -len(suffix)]) >= per_million(ACCUSATIVE_MIN_STEM_PER_MILLION):
            return True  # أداءه، حقوقه: a common noun with a pronoun
    return False


def _is_function_word_with_pronoun(word: str) -> bool:
    """إليه، عليها، لديهم: a preposition with a pronoun."""
    return any(word.endswith(suffix) and word[: -len(suffix)] in function_words()
               for suffix in ("هما", "ها", "هم", "ه", "كم", "ك"))


def _is_dual_of_common_noun(token: Token) -> bool:
    """مرتين، هدفين: the oblique dual of a common noun (names end in ان far more often: عثمان، دوريان)."""
    from extract.quantities import dual_singular  # imported here: extract.quantities imports extract.words
    return token.norm.endswith("ين") and dual_singular(token) is not None


def _has_sound_plural(word: str) -> bool:
    """جاهز beside جاهزون/جاهزين: an adjective or participle; asked only of an unlisted word after a
    title (الفريق جاهز), since surnames such as جاد or مؤيد have such forms too."""
    plurals = _frequency(word + "ون") + _frequency(word + "ين")
    return not word.startswith("ال") and plurals >= max(per_million(SOUND_PLURAL_MIN_PER_MILLION), ADJECTIVE_PLURAL_SHARE * _frequency(word))


def _is_ambiguous_given_name(token: Token) -> bool:
    """A listed given name that the corpus mostly uses as a common word (أمل، حياة، نداء، تأتي)."""
    word = conjoined_given_name(token) or token.norm
    definite = _frequency("ال" + word)
    return definite >= per_million(COMMON_MIN_ARTICLE_PER_MILLION) and definite >= AMBIGUOUS_NAME_ARTICLE_SHARE * _frequency(word) \
        or looks_like_verb(word) or is_accusative_common_word(word)


def conjoined_given_name(token: Token) -> str | None:
    """وخالد: the listed given name after the conjunction و (a second person in a list), else None.
    Not وعلى (على, normalized علي, keeps its ى)."""
    if not starts_with_conjunction(token) or token.text.endswith("ى"):
        return None
    stem = token.stems[1][1]
    if token.stems[1][0] != 1 or stem not in given_names() or stem in function_words():
        return None
    # ونظيره: the conjunction before نظير and its pronoun, not before the name نظيرة
    pronoun = token.text.endswith("ه") and word_frequencies().get(stem[:-1], 0) >= per_million(PRONOUN_STEM_MIN_PER_MILLION)
    return None if pronoun else stem


def _parts_to_check(tokens: list[Token], first: int, last: int) -> range:
    """A verb-like first word needs the very next part to be a name (شهد تتويج ريتشارد); a noun-like
    one any later part (فيصل مؤيد القاسم)."""
    return range(first + 1, first + 2) if looks_like_verb(tokens[first].norm) else range(first + 1, last + 1)


def _is_strong_name_part(token: Token) -> bool:
    """After an ambiguous given name the next part must look like a name on its own: a listed name,
    a surname with the article (فيصل القاسم، نور الدين), or a rare word (مطلق شايع)."""
    if token.norm in name_particles() or is_given_name(token):
        return True
    if token.norm.startswith("ال"):
        # فيصل القاسم، نور الدين، هاني المصري (a nisba surname), but not حياة الناس
        return _frequency(token.norm) < per_million(NAME_MAX_PER_MILLION) or token.norm in name_compounds() \
            or token.text.endswith("ي") or token.norm[2:] in given_names()  # أسماء الأسد، ناصر العمر
    frequency = _frequency(token.norm)
    if token.norm.endswith("ا") and _frequency(token.norm[:-1]) > frequency:
        return False  # كاذبا: an accusative of a commoner stem (كاذب), even when rare
    never_definite = _frequency("ال" + token.norm) < NAME_ARTICLE_RATIO * frequency  # خاشقجي، أردوغان
    return frequency < per_million(RARE_NAME_PART_PER_MILLION) or never_definite \
        or (frequency < per_million(UNLISTED_FIRST_NAME_MAX_PER_MILLION) and not takes_article(token.norm))


@lru_cache(maxsize=1)
def mined_names() -> frozenset[tuple[str, ...]]:
    """Full names the corpus introduces with a title again and again (extract/data/persons_mined_ar.tsv,
    built by scripts/mine_persons.py), as normalized words."""
    return frozenset(tuple(row["name"].split()) for row in read_tsv("persons_mined_ar.tsv"))


@lru_cache(maxsize=1)
def _mined_matcher() -> PhraseMatcher:
    return PhraseMatcher((" ".join(name), name) for name in sorted(mined_names()))  # sorted: a set's order changes from run to run


@lru_cache(maxsize=1)
def mined_surnames() -> frozenset[str]:
    """The last words of mined names that are no given name, no particle and no article word
    (ترامب، بومبيو): a family name that may follow any given name, however common it is as a word."""
    return frozenset(cached_derived("mined-surnames", lambda: sorted({
        name[-1] for name in mined_names()
        if name[-1] not in given_names() and not name[-1].startswith("ال") and name[-2] not in name_particles()
        and _is_name_like(name[-1])})))


def _is_name_like(word: str) -> bool:
    """The corpus hardly writes the word with the article, and it is no verb or accusative (ترامب)."""
    return _frequency("ال" + word) < NAME_ARTICLE_RATIO * _frequency(word) \
        and not looks_like_verb(word) and not is_accusative_common_word(word)


@lru_cache(maxsize=1)
def mined_first_names() -> frozenset[str]:
    """The first words of mined names that are no particle (دونالد، إيمانويل): a given name after a title."""
    return frozenset(cached_derived("mined-first-names", lambda: sorted({
        name[0] for name in mined_names() if name[0] not in name_particles()
        and (name[0] in given_names() or _is_name_like(name[0]))})))


@lru_cache(maxsize=1)
def _title_matcher() -> PhraseMatcher:
    return PhraseMatcher((title, title) for title in person_titles())


def _never_definite(word: str) -> bool:
    """بنزيمة، خاشقجي: a word the corpus writes, but hardly ever with the article (no common noun)."""
    frequency = _frequency(word)
    return not word.startswith("ال") and frequency > 0 and _frequency("ال" + word) < NAME_ARTICLE_RATIO * frequency


def _is_name_part(token: Token, previous_is_name: bool, after_particle: bool = False, after_nasab: bool = False) -> bool:
    if token.kind == "arabic" and token.norm in name_particles():
        return True
    if token.text.endswith("ى") and is_function_word(token):
        return False  # محمد على الفيسبوك: the preposition على, whose normalized form is the name علي
    if previous_is_name and token.kind == "arabic" and token.norm in DIVINE_NAMES and token.text.startswith("ال"):
        return True  # حسن نصر الله، محمد فضل الله: a compound family name ends in the divine name
    if after_nasab and token.kind == "arabic" and token.norm in month_names():
        return True  # بن رمضان، بن شعبان: a month's name after the lineage word is the father's name
    if after_particle and plain_word(token) and token.text.startswith("ال") and len(token.norm) > 3:
        return True  # عبد الكريم، آل الشيخ: after a particle an article word completes the name, title or not
    if not plain_word(token) or len(token.norm) < MIN_NAME_PART_LENGTH or is_title_word(token) \
            or _is_function_word_with_pronoun(token.norm):
        return False
    if token.kind == "arabic" and not after_particle and (is_accusative_common_word(token.norm) or
                                                          not is_given_name(token) and _is_common_word_form(token)):
        return False  # نداء عاجلا، محرز قرر، جيمس أداءه: a common word after the name (a listed
        # name that is also a verb, يونس، نجيب، stays)
    if after_particle and token.norm.startswith("ال"):
        return True  # عبد الكريم، أبو الفضل
    if after_nasab and token.kind == "arabic" and not has_preposition(token) and not looks_like_verb(token.norm):
        return True  # بن عبدالعزيز، بن مساعد: the word after بن names the father, however common it is
    if has_preposition(token) and token.norm not in given_names():
        return False  # بمواجهات
    if not token.norm.startswith("ال") and token.norm.endswith("ي") \
            and word_frequencies().get("ال" + token.norm, 0) >= per_million(NATIONALITY_MIN_ARTICLE_PER_MILLION):
        return False  # سمير روسي: a nationality adjective, not a surname
    if is_given_name(token) or _is_glued_abd_name(token):
        return True
    if previous_is_name and token.norm in mined_surnames():
        return True  # دونالد ترامب، إيفانكا ترامب: a mined family name, frequent as it is
    if takes_article(token.norm) and not after_particle and _frequency(token.norm) >= per_million(UNLISTED_FIRST_NAME_MAX_PER_MILLION):
        # تدريب، صفقات: a frequent unlisted word the corpus uses with the article is a common noun
        # (rare ones stay: Gulf surnames are written both ways, الشايع/شايع)
        return False

    if any(stem in name_particles() for offset, stem in token.stems if offset):  # بأبي: another name
        return False
    if token.norm in place_words() and previous_is_name and token.norm.startswith("ال") \
            and _frequency(token.norm) < per_million(RARE_PLACE_SURNAME_PER_MILLION):
        return True  # محمد المغير: a village the corpus hardly names, right after a name, is a surname
    if token.text.endswith("ة") and previous_is_name and token.norm not in place_words() and _never_definite(token.norm):
        return True  # كريم بنزيمة: a word in ة the corpus never writes with the article is a foreign family name
    if token.norm in place_words() or token.text.endswith(("ة", "ى")):  # verbs like أعطى end in ى
        return False
    frequency = word_frequencies().get(token.norm, 0)
    if token.norm.startswith("ال"):
        # الأسد، الروسي: yes; الهجمات: no, the corpus uses هجمات as an ordinary word.
        bare_frequency = word_frequencies().get(token.norm[2:], 0)
        return previous_is_name and frequency < per_million(SURNAME_MAX_PER_MILLION) \
            and (bare_frequency < ARTICLE_SURNAME_BARE_RATIO * max(frequency, 1) or token.norm[2:] in given_names())
    if token.norm.startswith(("و", "ف")):
        return False
    # A frequent word may still be a surname (بوتين) if the corpus never writes it with the article.
    name_like = word_frequencies().get("ال" + token.norm, 0) < NAME_ARTICLE_RATIO * frequency
    return frequency < per_million(NAME_MAX_PER_MILLION) or (previous_is_name and name_like and frequency < per_million(SURNAME_MAX_PER_MILLION))


BORN = "ولد"  # ولد يوسف الشاهد في 1975: the passive "was born"; in a name (محمد ولد عبد العزيز) it comes between names


@cached_by_form
def _can_start_name(token: Token, after_title: bool) -> bool:
    if token.norm in THEOPHORIC_SECOND_WORDS or token.norm == BORN:
        return False
    if any(stem in name_particles() for offset, stem in token.stems if offset):
        return False  # بأبي سمير: a nickname after a preposition
    if any(stem in function_words() and HAMZA_ALEFS & set(token.text[:offset + 3]) for offset, stem in token.stems
           if offset):
        return False  # بأي، لأي: a preposition and a hamzated function word (باول, Powell, has no hamza)
    if not after_title and conjoined_given_name(token):
        return True
    if has_preposition(token) and token.norm not in given_names() or is_title_word(token):
        return False
    if is_given_name(token) or _is_glued_abd_name(token) or (token.kind == "arabic" and token.norm in name_particles()):
        return True
    if not after_title or not plain_word(token) or token.norm.startswith(("ال", "و", "ف")):
        return False
    if token.norm in mined_first_names() and not _is_common_word_form(token) and not is_function_word(token):
        return True  # الرئيس دونالد: a first name of a mined full name
    if token.norm in place_words() or token.text.endswith("ة") or _is_common_word_form(token) \
            or _has_sound_plural(token.norm) \
            or takes_article(token.norm) and _frequency(token.norm) >= per_million(UNLISTED_FIRST_NAME_MAX_PER_MILLION):
        return False  # اللواء X يتفقد: a verb after a title is no name
    frequency = word_frequencies().get(token.norm, 0)
    name_like = word_frequencies().get("ال" + token.norm, 0) < NAME_ARTICLE_RATIO * frequency
    return frequency < per_million(UNLISTED_FIRST_NAME_MAX_PER_MILLION) or (name_like and frequency < per_million(NAME_MAX_PER_MILLION))


def person_name_after(doc: Document, index: int, after_title: bool = True) -> tuple[int, int] | None:
    """(first, last) token indices of a personal name starting at `index`, or None.

    After a title one unlisted rare word will do (الكولونيل دوريان); without a title the name must
    start with a listed given name and have at least two parts (بشار الأسد).
    """
    tokens = doc.tokens
    if index >= len(tokens) or not _can_start_name(tokens[index], after_title):
        return None
    last = index
    position = index + 1
    while position < len(tokens) and (position - index < MAX_NAME_TOKENS or _continues_nasab(tokens, position)) \
            and position - index < MAX_NASAB_TOKENS \
            and tokens[position].sentence == tokens[index].sentence \
            and tokens[position].start - tokens[position - 1].end <= 1 \
            and not fa_inna(tokens[position]) \
            and _is_name_part(tokens[position], previous_is_name=True,
                              after_particle=tokens[position - 1].norm in name_particles(),
                              after_nasab=tokens[position - 1].norm in NASAB_WORDS
                              or _after_nasab_pair(tokens, position)):
        last = position
        position += 1
        # An article surname (الأسد، المجيد) ends a name unless it completes عبد/أبو (عبد الكريم).
        if tokens[last].norm.startswith("ال") and tokens[last].norm not in name_particles() \
                and tokens[last - 1].norm not in name_particles() and tokens[last].norm not in DIVINE_NAMES:
            # (the divine name ends a compound given name, not the whole name: حبيب الله سياري)
            break  # (آل, normalized ال, is the family particle, not an article surname)
    while last > index and tokens[last].norm in name_particles():
        last -= 1
    if not after_title and last > index and _is_ambiguous_given_name(tokens[index]) \
            and not any(_is_strong_name_part(tokens[position]) for position in _parts_to_check(tokens, index, last)):
        return None  # صافي ربح، أمل إنجاز: a given name that is also a common word, before a common word
    if tokens[last].norm in name_particles() or (not after_title and last == index):
        return None
    return index, _mined_name_last(doc, index, last)


def _is_glued_abd_name(token: Token) -> bool:
    """عبدالعزيز، عبدالرحمن: عبد glued to a divine name with the article is a given name."""
    return token.kind == "arabic" and token.norm.startswith(GLUED_ABD) and len(token.norm) >= len(GLUED_ABD) + 3


def _continues_nasab(tokens: list[Token], position: int) -> bool:
    """بن X بن Y آل Z: past the usual length, a name goes on through بن/بنت/آل and the name after it,
    and a family name with the article closes it (أسامة بن فضل البار)."""
    return tokens[position].norm in LINEAGE_WORDS or tokens[position - 1].norm in LINEAGE_WORDS \
        or _after_nasab_pair(tokens, position)


def _after_nasab_pair(tokens: list[Token], position: int) -> bool:
    """The family name after بن X: حمد بن عبدالعزيز السويلم."""
    token = tokens[position]
    if not (position >= 2 and tokens[position - 2].norm in NASAB_WORDS and token.norm.startswith("ال")
            and token.kind == "arabic" and token.norm not in function_words()):
        return False
    # a family name (البار، السويلم), not the sentence's next noun (بن مساعد الوفد): not a frequent word,
    # or a nisba, or a given name with the article
    return _frequency(token.norm) < per_million(FAMILY_NAME_MAX_PER_MILLION) or token.text.endswith("ي") or token.norm[2:] in given_names()


def _skip_modifiers(doc: Document, index: int) -> int:
    """Skip adjectives after a title (وزير الخارجية الأمريكي جون كيري، الرئيس العراقي الراحل صدام حسين)."""
    skipped = 0
    while index < len(doc.tokens) and skipped < 3 and doc.tokens[index].norm.startswith("ال") \
            and not is_title_word(doc.tokens[index]) \
            and not is_given_name(doc.tokens[index]) and person_name_after(doc, index) is None:
        index += 1
        skipped += 1
    return index


def _portfolio_with_pronoun(doc: Document, index: int) -> bool:
    """خارجيته، وزرائها، دفاعها after a title, before a listed given name: the title's genitive with a
    pronoun for the country (وزير خارجيته), not the start of the name."""
    tokens = doc.tokens
    return index + 1 < len(tokens) and tokens[index].sentence == tokens[index + 1].sentence \
        and tokens[index].kind == "arabic" and _noun_with_pronoun(tokens[index].norm) and not is_given_name(tokens[index]) \
        and is_given_name(tokens[index + 1])


PORTFOLIO_MIN_PER_MILLION = 5  # الخارجية، الدفاع، الوزراء: the noun is common with the article


def _noun_with_pronoun(word: str) -> bool:
    """خارجيته (الخارجية + ه)، وزرائها، دفاعها: a common noun (frequent with the article) and a pronoun."""
    for suffix in ("ها", "هم", "ه"):
        stem = word[:-len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        forms = [stem, stem[:-1] + "ه"] if stem.endswith("ت") else [stem]
        if any(_frequency("ال" + form) >= per_million(PORTFOLIO_MIN_PER_MILLION) for form in forms):
            return True
    return False


TENURE_ADJECTIVES = word_set("tenure_adjective")  # الرئيس السابق برفيز مشرف: an adjective of the title


def title_persons(doc: Document) -> list[Span]:
    persons = []
    for match in _title_matcher().find(doc):
        position = _skip_modifiers(doc, match.last + 1)
        if position == match.last + 1 and _portfolio_with_pronoun(doc, position):
            position += 1  # وزير خارجيته إبراهيم الجعفري: the title's noun with a pronoun, then the name
        if match.key[-1] == "باسم":  # المتحدث باسم الجيش X: the organisation, then the name
            position = _skip_modifiers(doc, position + 1)
        if match.payload.endswith(ABBREVIATION_DOT) and position < len(doc.tokens) \
                and doc.tokens[position].text == ABBREVIATION_DOT:
            position += 1  # د. سفر الحلي: the abbreviation's dot is a token of its own
        skipped = doc.tokens[match.last + 1:position]
        only_adjectives = all(is_definite_adjective(token) or token.norm in TENURE_ADJECTIVES for token in skipped)
        abbreviated = all(token.text == ABBREVIATION_DOT for token in skipped)  # د. سفر الحلي
        if skipped and not only_adjectives and not abbreviated \
                and (position >= len(doc.tokens) or not is_given_name(doc.tokens[position])):
            continue  # past other words, only a listed given name is trusted to start the name
        name = person_name_after(doc, position)
        if name is None and abbreviated and match.payload in honorific_titles():
            name = _common_word_with_family_name(doc, position)
        if name and doc.tokens[name[0]].sentence == doc.tokens[match.first].sentence:
            persons.append(doc.tokens_span(name[0], name[1], "PER"))
    return persons


ABBREVIATION_DOT = "."


@lru_cache(maxsize=1)
def honorific_titles() -> frozenset[str]:
    """الدكتور، د.، السيد، الشيخ: the titles of class honorific in titles_ar.tsv, which stand before a
    person's name only (a rank or an office may stand before a body's name too)."""
    return frozenset(row["title_ar"] for row in read_tsv("titles_ar.tsv") if row["class"] == "honorific")


def _family_name_word(token: Token) -> bool:
    """القحطاني، الحلي، العيبان: a definite word that is a family name, a nisba or a word the corpus
    rarely writes (a family name), not a place, a title or a function word."""
    if token.kind != "arabic" or not plain_word(token) or not token.norm.startswith("ال") or len(token.norm) < 5 \
            or token.norm in place_words() or is_title_word(token) or is_function_word(token):
        return False
    return token.text.endswith("ي") or _frequency(token.norm) < per_million(FAMILY_NAME_MAX_PER_MILLION)


def is_titled_family_name(doc: Document, span: Span) -> bool:
    """Whether the span is a first name and a family name right after an honorific (د. سفر الحلي):
    the title and the family name together are the evidence of a person."""
    first, last = doc.token_index_holding(span.start), doc.token_index_at(span.end) - 1
    if last != first + 1 or first == 0 or not _family_name_word(doc.tokens[last]):
        return False
    before = first - 1 if doc.tokens[first - 1].text != ABBREVIATION_DOT else first - 2
    if before < 0:
        return False
    title = doc.tokens[before].norm + (ABBREVIATION_DOT if before < first - 1 else "")
    return title in _honorific_title_forms()


@lru_cache(maxsize=1)
def _honorific_title_forms() -> frozenset[str]:
    """honorific_titles() as a token's norm reads them (an abbreviation with its dot kept as written)."""
    return frozenset(normalize_string(word) if not word.endswith(ABBREVIATION_DOT) else word
                     for word in honorific_titles())


def _common_word_with_family_name(doc: Document, index: int) -> tuple[int, int] | None:
    """د. سفر الحلي، الدكتور مساعد العيبان: after an honorific a first name that is also a common word
    (سفر "travel", مساعد "assistant") is a name when a family name follows it."""
    tokens = doc.tokens
    if index + 1 >= len(tokens) or tokens[index + 1].sentence != tokens[index].sentence:
        return None
    first = tokens[index]
    if first.kind != "arabic" or not plain_word(first) or first.norm.startswith(("ال", "و", "ف")) \
            or is_function_word(first) or is_title_word(first) or first.norm in place_words():
        return None
    return (index, index + 1) if _family_name_word(tokens[index + 1]) else None


APPOSITION_COMMAS = frozenset({"،", ","})
APPOSED_TITLE_WINDOW = 7  # وزير الخارجية التركي، / رئيس الاتحاد السوري لكرة القدم،: a title phrase this long


def _title_phrase_before(doc: Document, comma: int) -> bool:
    """Whether the words before a comma are a title phrase: a title word a few words back in the
    sentence, with only words (no punctuation) between it and the comma."""
    tokens = doc.tokens
    for index in range(comma - 1, max(-1, comma - 1 - APPOSED_TITLE_WINDOW), -1):
        if tokens[index].sentence != tokens[comma].sentence or tokens[index].kind not in ("arabic", "number"):
            return False
        if any(stem in title_words() for _, stem in tokens[index].stems):
            return True
    return False


MAX_APPOSED_NAME_TOKENS = 4


def _apposed_name_part(token: Token) -> bool:
    """A word between the commas that may be part of the name: not a function word, a title, a verb
    or another common word form."""
    return token.kind == "arabic" and plain_word(token) and not is_function_word(token) and not is_title_word(token) \
        and (is_given_name(token) or not _is_common_word_form(token))


def apposed_title_persons(doc: Document) -> list[Span]:
    """وزير الخارجية التركي، مولود تشاووش أوغلو، / رئيس الاتحاد السوري لكرة القدم، صلاح رمضان،: the
    words between commas right after a title phrase, two to four of them that start like a name
    after a title and read as name parts, are the person the title names."""
    tokens, persons = doc.tokens, []
    for comma in range(1, len(tokens) - 3):
        if tokens[comma].norm not in APPOSITION_COMMAS or not _title_phrase_before(doc, comma):
            continue
        closing = next((index for index in range(comma + 1, min(len(tokens), comma + 2 + MAX_APPOSED_NAME_TOKENS))
                        if tokens[index].kind != "arabic"), None)
        if closing is None or tokens[closing].norm not in APPOSITION_COMMAS or closing - comma - 1 < 2 \
                or tokens[closing].sentence != tokens[comma].sentence:
            continue
        first, last = comma + 1, closing - 1
        if _can_start_name(tokens[first], True) and all(_apposed_name_part(tokens[index]) for index in range(first, last + 1)):
            persons.append(doc.tokens_span(first, last, "PER"))
    return persons


def _definite_name_after_definite_noun(doc: Document, index: int) -> bool:
    """النبي الحبيب محمد: a given name written with the article right after a definite noun (no title)
    is that noun's adjective, not the start of a name (الحبيب الصيد starts one)."""
    token = doc.tokens[index]
    if index == 0 or not token.norm.startswith("ال"):
        return False
    before = doc.tokens[index - 1]
    return before.sentence == token.sentence and before.kind == "arabic" and before.norm.startswith("ال") \
        and not is_title_word(before)


def named_persons(doc: Document) -> list[Span]:
    """Persons without a title: a listed given name and at least one more name part, or a mined full
    name (دونالد ترامب)."""
    persons, index = [], 0
    # Only tokens that may start a name without a title (a superset of what _can_start_name(token,
    # after_title=False) accepts: a given name, a particle, عبدال...) are tried.
    for candidate in doc.tokens_with_stem("persons:name_start", _untitled_name_starts(), _glued_abd_stems):
        if candidate < index or _definite_name_after_definite_noun(doc, candidate):
            continue
        name = person_name_after(doc, candidate, after_title=False)
        if name is None:
            continue
        first = doc.tokens[name[0]]
        start = doc.normalized.to_original(first.norm_start + 1, first.norm_end)[0] if conjoined_given_name(first) else first.start
        persons.append(doc.span(start, doc.tokens[name[1]].end, "PER"))
        index = name[1] + 1
    return _with_mined_names(doc, persons)


# How often the corpus must introduce a family name with a title (over all its mined full names)
# before the family name alone is read as that person (ترامب: 2,944; بوغبا: 25). Rarer ones are
# too little evidence that the word names someone whenever it stands alone.
LONE_SURNAME_MIN_TITLED = 20


@lru_cache(maxsize=1)
def lone_surnames() -> frozenset[str]:
    """Mined family names that name their person even alone (ترامب، ماكرون، بوغبا): frequent after a
    title, no given name or part of a nasab chain (عبدالعزيز of سلمان بن عبدالعزيز), not a word
    the corpus writes with the article."""
    return frozenset(cached_derived("lone-surnames", _frequently_titled_surnames))


def _frequently_titled_surnames() -> list[str]:
    titled: dict[str, int] = {}
    for row in read_tsv("persons_mined_ar.tsv"):
        words = row["name"].split()
        if len(words) > 1 and words[-1] in mined_surnames() and not words[-1].startswith(GLUED_ABD) \
                and not NASAB_WORDS & set(words):
            titled[words[-1]] = titled.get(words[-1], 0) + int(row["titled"])
    return sorted(word for word, count in titled.items() if count >= LONE_SURNAME_MIN_TITLED)


def lone_surname_persons(doc: Document) -> list[Span]:
    """قال ترامب، وطردت إدارة ترمب: a frequent mined family name standing alone, with no given name
    before it, is its person (the full name may never be written out)."""
    persons = []
    for index in doc.tokens_with_stem("persons:lone_surnames", lone_surnames()):
        token = doc.tokens[index]
        if token.kind != "arabic" or (index > 0 and (is_given_name(doc.tokens[index - 1])
                                                     or doc.tokens[index - 1].norm in name_particles())):
            continue
        offset = next(offset for offset, stem in token.stems if stem in lone_surnames())
        start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
        persons.append(doc.span(start, token.end, "PER"))
    return persons


def is_lone_surname(doc: Document, span: Span) -> bool:
    """Whether the span is one frequent mined family name alone (ترامب): the corpus's evidence that
    it is a person, as for a whole mined name."""
    first, last = doc.token_index_holding(span.start), doc.token_index_at(span.end) - 1
    return first == last and any(stem in lone_surnames() and doc.tokens[first].norm.endswith(stem)
                                 for _, stem in doc.tokens[first].stems)


# شقيقته، زميلها: a noun with a possessive pronoun is never written with the article either.
PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")


def _foreign_first_name(token: Token) -> bool:
    """نغولو، غابريال، يوشوا: an unlisted word that may be a foreign given name: rare, never written
    with the article, no verb, no function or title word, no common word's inflection."""
    return token.kind == "arabic" and plain_word(token) and not token.norm.startswith(("ال", "و", "ف")) \
        and not token.text.endswith(PRONOUN_ENDINGS) \
        and not has_preposition(token) and not is_function_word(token) and not is_title_word(token) \
        and token.norm not in place_words() and not looks_like_verb(token.norm) and not _is_common_word_form(token) \
        and _frequency(token.norm) < per_million(UNLISTED_FIRST_NAME_MAX_PER_MILLION) and _never_definite(token.norm)


def foreign_given_name_persons(doc: Document) -> list[Span]:
    """نغولو كونتي، غابريال ميركادو: a rare word never written with the article right before a listed
    name starts the name with it (the list holds many foreign family names, few foreign given names)."""
    persons, tokens = [], doc.tokens
    for index in doc.tokens_with_stem("persons:listed_names", given_names()):
        if index == 0 or not is_given_name(tokens[index]) or tokens[index].norm not in given_names() \
                or _is_ambiguous_given_name(tokens[index]):
            continue  # سأكون: a listed "name" that is a verb gives no evidence
        before = tokens[index - 1]
        if before.sentence != tokens[index].sentence or tokens[index].start - before.end > 1 or not _foreign_first_name(before):
            continue
        name = person_name_after(doc, index - 1)
        if name is not None and name[1] >= index:
            persons.append(doc.tokens_span(name[0], name[1], "PER"))
    return persons


def mined_persons(doc: Document) -> list[Span]:
    """The mined full names of the article, wherever they stand (a name the news introduces with a
    title again and again is a person without one too: وقال دونالد ترامب)."""
    return [doc.span(match.start, match.end, "PER") for match in _mined_matcher().find(doc)
            if not _holds_maqsura_function_word(doc, match.first, match.last)]


def _holds_maqsura_function_word(doc: Document, first: int, last: int) -> bool:
    """محمد على: the preposition على, normalized as the name علي, is no part of a mined name."""
    return any(token.text.endswith("ى") and is_function_word(token) for token in doc.tokens[first:last + 1])


def is_mined_name(doc: Document, span: Span) -> bool:
    """Whether the span's words are a mined full name, whole (دونالد ترامب): the corpus's evidence that
    they name a person, which a learned model reading only the sentence may lack."""
    first = doc.token_index_holding(span.start)
    return any(match.end == span.end for match in _mined_matcher().matches_at(doc, first))


def _with_mined_names(doc: Document, persons: list[Span]) -> list[Span]:
    """`persons` and the mined names: a mined name that runs past a person's span over the same words
    takes its place (رجب | طيب أردوغان), and ends it unless a particle goes on; one inside a person's
    span gives way to it."""
    result = list(persons)
    for mined in mined_persons(doc):
        overlapping = [span for span in result if span.start < mined.end and mined.start < span.end]
        if any(span.start <= mined.start and mined.end <= span.end for span in overlapping):
            continue
        result = [span for span in result if span not in overlapping]
        start, end = min([mined.start, *(span.start for span in overlapping)]), max([mined.end, *(span.end for span in overlapping)])
        if end > mined.end and _ends_in_family_name(doc, doc.token_index_at(mined.end) - 1):
            end = mined.end  # طيب أردوغان غولن read from طيب: the mined name ends before the next name
        result.append(doc.span(start, end, "PER"))
    return sorted(result, key=lambda span: (span.start, span.end))


def _mined_name_last(doc: Document, first: int, last: int) -> int:
    """The last token of a name read from token `first` to `last`, by the longest mined name that starts
    there: a name cut at a frequent word goes on to the mined name's end (الرئيس دونالد | ترامب), and
    one that runs past it into the next name stops there (رجب طيب أردوغان | غولن), unless a particle
    goes on with the lineage (محمد بن سلمان بن عبدالعزيز)."""
    matches = [match for match in _mined_matcher().matches_at(doc, first)
               if not _holds_maqsura_function_word(doc, match.first, match.last)]
    if not matches:
        return last
    end = matches[0].last
    if end < last and _ends_in_family_name(doc, end):
        return end
    return max(last, end)


def _ends_in_family_name(doc: Document, last: int) -> bool:
    """Whether a name ending at token `last` is complete: its last word is a mined family name (أردوغان)
    and no particle follows. One ending in a father's given name goes on (محمد بن إبراهيم | السبر)."""
    after = last + 1 < len(doc.tokens) and doc.tokens[last + 1].norm in name_particles()
    return doc.tokens[last].norm in mined_surnames() and not after


def _in_mined_name(doc: Document, index: int, first: int, last: int) -> bool:
    """Whether token `index` lies inside a mined name within tokens first..last (رجب طيب أردوغان: the
    month رجب is a given name there)."""
    return any(match.first <= index <= match.last <= last
               for start in range(first, index + 1) for match in _mined_matcher().matches_at(doc, start))


@lru_cache(maxsize=1)
def _untitled_name_starts() -> frozenset[str]:
    return given_names() | name_particles()


def _glued_abd_stems(stems: Iterable[str]) -> list[str]:
    return [stem for stem in stems if stem.startswith(GLUED_ABD)]


def persons_with_place_surnames(doc: Document, persons: list[Span]) -> list[Span]:
    """Of `persons` (named_persons), those whose last part is also a (rarely named) place: محمد المغير.

    Listed before the gazetteer's places so that the surname is not read as a town; not one right
    after a facility head, which the facility is named after (مستشفى الهادي الرايس)."""
    return [span for span in persons if doc.tokens[doc.token_index_at(span.end) - 1].norm in place_words()
            and not _after_facility_head(doc, span)]


def _after_facility_head(doc: Document, span: Span) -> bool:
    index = doc.token_index_holding(span.start)
    return index > 0 and doc.tokens[index].start == span.start \
        and any(stem in NAMED_AFTER_HEADS for _, stem in doc.tokens[index - 1].stems)


NAMED_AFTER_HEADS = word_set("named_after")
OR_CONJUNCTION = "ام"  # أم, normalized: the kunya "mother of" (أم كلثوم) or the conjunction "or"


def begins_with_or(doc: Document, span: Span) -> bool:
    """أم انطفت، شئت أم أبيت، سواء كنت أنا أم غيري: a name's first word أم before a verb or before غير
    with its pronoun is the conjunction "or" opening a clause, not the kunya "mother of" (أم كلثوم،
    أم الشهيد): the span names nobody."""
    index = doc.token_index_holding(span.start)
    tokens = doc.tokens
    if index + 1 >= len(tokens) or tokens[index].start != span.start or tokens[index].norm != OR_CONJUNCTION \
            or tokens[index + 1].sentence != tokens[index].sentence:
        return False
    following = tokens[index + 1].norm
    # (not أم before a spelled letter: ام اس ان بي سي is MSNBC)
    return len(following) >= 3 and (following.startswith("غير") or looks_like_verb(following))


def names_a_place_or_institution(doc: Document, span: Span) -> bool:
    """مستشفى الملك فهد التخصصي، مركز الأمير فهد بن سلطان الاجتماعي: a name after a title that follows a
    facility or institution head names the place or institution after a person, not the person."""
    index = doc.token_index_at(span.start)
    if index < 2 or not is_title_word(doc.tokens[index - 1]):
        return False
    return any(stem in NAMED_AFTER_HEADS for _, stem in doc.tokens[index - 2].stems)


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    return frozenset(word for word, month in month_names().items() if not month.ambiguous)


def is_fathers_month_name(tokens: Sequence[Token], index: int) -> bool:
    """بن رمضان، ابن شعبان: a month's name right after a lineage word is the father's or family's name,
    not a date (a date puts no بن before its month)."""
    return index > 0 and tokens[index].norm in month_names() and tokens[index - 1].norm in NASAB_WORDS \
        and tokens[index - 1].sentence == tokens[index].sentence


def _token_range(doc: Document, span: Span) -> tuple[int, int]:
    """The first and last tokens a span touches (a span may start inside a token, after its proclitic)."""
    first = doc.token_index_holding(span.start)
    return first, max(first, doc.token_index_at(span.end) - 1)


def _after_fi(doc: Document, index: int) -> bool:
    return index > 0 and doc.tokens[index - 1].norm == "في" and doc.tokens[index - 1].sentence == doc.tokens[index].sentence


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _name_only_place_heads() -> frozenset[str]:
    """محافظة، ولاية، قرية: heads whose place is named by the name after them (place_heads_ar.tsv)."""
    return frozenset(head for head, (naming, _) in place_heads().items() if naming == "name_only")


def _words_after_fi(doc: Document) -> dict[str, list[int]]:
    """Normalized word -> the indices of the tokens with that form right after في, or after a head that
    names a place by the name after it (محافظة صلاح الدين), in their sentence; made once per
    tokenization (every person span of the article asks)."""
    cached = doc.scan_cache.get("persons:after_fi")
    if cached is None or cached[0] is not doc.tokens:
        index: dict[str, list[int]] = {}
        heads = _name_only_place_heads()
        tokens = doc.tokens
        # Candidates from the stem index (في is its own stem), kept where the rule holds.
        for before_at in doc.tokens_with_stem("persons:fi_or_head", heads | {"في"}):
            if before_at + 1 >= len(tokens):
                continue
            before, token = tokens[before_at], tokens[before_at + 1]
            if before.sentence == token.sentence and (before.norm == "في" or any(stem in heads for _, stem in before.stems)):
                index.setdefault(token.norm, []).append(before_at + 1)
        cached = doc.scan_cache["persons:after_fi"] = (doc.tokens, index)
    return cached[1]


def _is_place_elsewhere(doc: Document, span: Span, entities: list[Span]) -> bool:
    """فوكوشيما: a name that follows في or a place head (محافظة صلاح الدين) anywhere in the article
    (persons are hardly ever "in" or a governorate's name), or
    that the article reads as a place elsewhere, is the place, not a person."""
    first, last = _token_range(doc, span)
    words = [token.norm for token in doc.tokens[first:last + 1]]
    if any([token.norm for token in doc.tokens[index:index + len(words)]] == words
           for index in _words_after_fi(doc).get(words[0], ())):
        return True
    return normalize_string(span.text) in _place_texts(doc, entities)


def _complement_before_given_name(token: Token, following: Token) -> bool:
    """لدانسي before حسان: a word with the preposition ل that no reading makes a listed name, before a
    listed given name, is a complement of what came before (a title's place), not the name's start."""
    return token.kind == "arabic" and token.norm.startswith("ل") and len(token.stems) > 1 \
        and not any(stem in given_names() or stem in word_set("nasab") or stem in name_particles() for _, stem in token.stems) \
        and not is_function_word(token) \
        and is_given_name(following)


def _after_place_head(doc: Document, first: int) -> bool:
    """وحي ابن خلدون، شارع عمر المختار، مركز محمد بن نايف: a name right after a place head or the head
    of an institution named after someone (word set eponym_head) in the construct (no article) is
    the place's or the institution's name, not a person."""
    if first == 0 or doc.tokens[first - 1].sentence != doc.tokens[first].sentence:
        return False
    head = doc.tokens[first - 1]
    return head.end < doc.tokens[first].start and any(
        (stem in place_heads() or stem in word_set("eponym_head")) and not stem.startswith("ال") for _, stem in head.stems)


PLACE_NAME_STARTS = word_set("place_name_start")


def _toponym_after_preposition(doc: Document, span: Span, first: int) -> bool:
    """بسيدي عمر، في عين دراهم: a name that starts with a word toponyms start with (سيدي، عين، بئر),
    after ب or في, is the place (a person is not "in" or "at" someone)."""
    token = doc.tokens[first]
    if token.start < span.start:  # the span starts after a proclitic
        return token.norm.startswith("ب") and token.stems[-1][1] in PLACE_NAME_STARTS
    return token.norm in PLACE_NAME_STARTS and _after_fi(doc, first)


def _place_texts(doc: Document, entities: list[Span]) -> frozenset[str]:
    """The normalized texts of the LOC spans among `entities`: made once per list (every person span
    of the article asks of the same list)."""
    cached = doc.scan_cache.get("persons:place_texts")
    if cached is None or cached[0] is not entities:
        texts = frozenset(normalize_string(other.text) for other in entities if other.label == "LOC")
        cached = doc.scan_cache["persons:place_texts"] = (entities, texts)
    return cached[1]


# ب and ك are a name's first letter far more often than a preposition before a foreign name
# (بيترسون، كولتر، بايبال): read off only where what is left is a word the corpus knows this well.
NAME_LETTER_PREPOSITIONS = frozenset("بك")
KNOWN_STEM_MIN_PER_MILLION = 1  # about 18 uses
KNOWN_STEM_MIN_RATIO = 1  # بجامعة 1,100 against جامعة 3,903; كمال 362 against مال 212 keeps its ك


def with_first_letter_kept(doc: Document, span: Span) -> Span:
    """كولتر بيترسون read as ك + ولتر بيترسون, بايبال as ب + ايبال: a span that starts after a ب or ك
    read as a preposition, where the word without it is no word the corpus knows (or hardly more
    common than the whole word), starts with the letter."""
    index = doc.token_index_holding(span.start)
    if index >= len(doc.tokens):
        return span
    token = doc.tokens[index]
    if token.start >= span.start or span.start - token.start != 1 or token.text[:1] not in NAME_LETTER_PREPOSITIONS:
        return span
    stem, whole = token.norm[1:], token.norm
    if _frequency(stem) >= per_million(KNOWN_STEM_MIN_PER_MILLION) and _frequency(stem) >= KNOWN_STEM_MIN_RATIO * _frequency(whole):
        return span
    return doc.span(token.start, span.end, span.label)


@lru_cache(maxsize=1)
def _speech_perfects() -> frozenset[str]:
    """أبان، أبانت، طالب: the third-person singular perfects of the verbs of speech in the quote cue
    lexicon (extract/data/quote_cues_ar.tsv, read as data: NER sits below the speech layer)."""
    forms: set[str] = set()
    for row in read_tsv("quote_cues_ar.tsv"):
        perfect = normalize_string(row["perfect"])
        forms |= {perfect, perfect + "ت"}
    return frozenset(forms)


def _speech_verb_opening(doc: Document, first: int) -> bool:
    """وأبان، فطالب, or أبان opening its clause (at the sentence's start, or after a fronted phrase
    with its pronoun: من جهته، أبان): a perfect verb of speech, which Arabic puts before its subject;
    a name does not begin with و."""
    token = doc.tokens[first]
    if token.kind != "arabic":
        return False
    if token.norm[:1] in ("و", "ف") and token.norm[1:] in _speech_perfects():
        return True
    before = doc.tokens[first - 1] if first else None
    # من جهته، أبان: after a fronted phrase with its pronoun and a comma; not after a title and a comma
    # (مدير الاستخبارات الوطنية، دان كوتس، إن: an apposition)
    opens = before is None or before.sentence != token.sentence or (
        before.kind == "punct" and first > 1 and _side_with_pronoun(doc.tokens[first - 2]))
    return opens and token.norm in _speech_perfects()


@lru_cache(maxsize=1)
def _side_words() -> frozenset[str]:
    """جهة، جانب، ناحية (extract/data/quote_words_ar.tsv, role side), normalized, and بدور."""
    return frozenset(normalize_string(row["word"]) for row in read_tsv("quote_words_ar.tsv") if row["role"] == "side") \
        | {"بدور"}


def _side_with_pronoun(token: Token) -> bool:
    """جهته، جانبها، بدوره: "for his part", a fronted phrase that its clause's verb follows."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if token.norm.endswith(suffix):
            stem = token.norm[: -len(suffix)]
            return stem in _side_words() or (stem.endswith("ت") and stem[:-1] + "ه" in _side_words())
    return False


REPORT_REACH = 15  # words from a name to the أن of the report its verb of speech opens


def _complementizer_after(doc: Document, last: int) -> bool:
    """أن/إن/بأن after the span's last word in its sentence: the report of a verb of speech before it."""
    for following in doc.tokens[last + 1:last + 1 + REPORT_REACH]:
        if following.sentence != doc.tokens[last].sentence:
            return False
        if following.kind == "arabic" and following.norm in ("ان", "بان"):
            return True
    return False


@lru_cache(maxsize=1)
def _accusative_speech_participles() -> frozenset[str]:
    """قائلا، مضيفا، مشيرين: the accusative participles of the verbs of speech in the quote cue
    lexicon (extract/data/quote_cues_ar.tsv, read as data: NER sits below the speech layer)."""
    forms: set[str] = set()
    for row in read_tsv("quote_cues_ar.tsv"):
        if row["participle"] != "-":
            participle = normalize_string(row["participle"].rstrip("!"))
            forms |= {participle + "ا", participle + "ين"}
    return frozenset(forms)


def _accusative_speech_participle(token: Token) -> bool:
    """A participle of a verb of speech in the accusative, a حال after its subject, which no
    name ends in."""
    return token.norm in _accusative_speech_participles()


def _name_ali_after(doc: Document, last: int) -> bool:
    """The given name علي, written with ي, right after a name's last word, in an article that writes
    the preposition على with ى, and not before a definite word (على الهواء) or a pronoun-suffixed
    one: the person's next name (خالد علي، منذر بالحاج علي)."""
    tokens = doc.tokens
    if last + 1 >= len(tokens):
        return False
    ali = tokens[last + 1]
    following = tokens[last + 2] if last + 2 < len(tokens) else None
    after = doc.text[ali.end:ali.end + 1]
    if following is not None and following.kind == "arabic" and (following.norm in name_particles()
                                                                  or following.norm in word_set("nasab")):
        return False  # علي بن نافع: the rules of lineage take the name on
    return ali.kind == "arabic" and doc.text[ali.start:ali.end] == "علي" and not (after and unicodedata.combining(after)) \
        and ali.sentence == tokens[last].sentence \
        and tokens[last].kind == "arabic" and not is_function_word(tokens[last]) \
        and (following is None or following.kind != "arabic" or following.sentence != ali.sentence
             or not (following.norm.startswith("ال") or has_pronoun_suffix(following))) \
        and writes_alif_maqsura(doc)


def checked_person(doc: Document, span: Span, entities: list[Span]) -> Span | None:
    """A backend's person span made to look like a name, or None when it is none: no month name in
    it (أيار/مايو هوجم), a leading definite adjective is the noun phrase before it (الفريق البحثي بول
    شيكيلي), a closing particle takes the word after it (أحمد بن علي آل مريع), and a place is no person."""
    span = with_first_letter_kept(doc, span)
    first, last = _token_range(doc, span)
    inside = doc.tokens[first].start < span.start  # a span after a proclitic keeps its own start
    tokens = doc.tokens
    if first == last and tokens[first].norm.startswith("ال") and tokens[first].norm in nationality_countries():
        return None  # الجيش الوطني الليبي: a nationality adjective alone is nobody's name
    if any(tokens[index].norm in _month_words() and not _in_mined_name(doc, index, first, last)
           and not is_fathers_month_name(tokens, index) for index in range(first, last + 1)):
        return None
    if last > first + 1 and is_definite_adjective(tokens[first]) and tokens[first].norm not in given_names() \
            and tokens[first].norm[2:] not in given_names():
        first += 1
    if last > first and _complement_before_given_name(tokens[first], tokens[first + 1]):
        first += 1  # الإمام السابق لدانسي حسان الشلغومي: "of Drancy", then the name
    if tokens[last].norm in name_particles() and last + 1 < len(tokens) and tokens[last + 1].kind == "arabic" \
            and tokens[last + 1].sentence == tokens[last].sentence and not is_function_word(tokens[last + 1]) \
            and not fa_inna(tokens[last + 1]):
        last += 1
    if _is_place_elsewhere(doc, span, entities) or _after_place_head(doc, first) or _toponym_after_preposition(doc, span, first):
        return None
    if _name_ali_after(doc, last):
        last += 1  # وقال المحامي خالد علي إن: علي with ي where the article writes على with ى is the name
    while last > first and _accusative_speech_participle(tokens[last]):
        last -= 1  # وأكد دي ماريا قائلا: the participle says how he spoke; the name ends before it
    if last > first and _speech_verb_opening(doc, first) and (
            _complementizer_after(doc, last) or tokens[first + 1].norm in nationality_countries()):
        first += 1  # وأبان عساف القرني أن، وطالب البوليفي: و + a verb of speech, then its subject
        if first == last and tokens[first].norm in nationality_countries():
            return None  # the nationality adjective alone is nobody's name
    if (first, last) == _token_range(doc, span):
        return span
    start = span.start if inside and first == _token_range(doc, span)[0] else doc.tokens[first].start
    return doc.span(start, doc.tokens[last].end, "PER")


HYPHENS = frozenset("-‐‑–")


def joined_hyphenated_names(doc: Document, entities: list[Span]) -> list[Span]:
    """غارسيا-لوبيز، جونغ-أون: a person's name goes on over a hyphen written without spaces and the
    word after it (a double family name, a two-syllable Korean given name); a name there joins it."""
    result: list[Span] = []
    extended_to = -1
    for span in sorted(entities, key=lambda span: (span.start, span.end)):
        if span.end <= extended_to:
            continue  # the word taken over the hyphen was a name of its own
        if span.label == "PER":
            last = _token_range(doc, span)[1]
            while last + 2 < len(doc.tokens) and doc.tokens[last + 1].norm in HYPHENS \
                    and doc.tokens[last].end == doc.tokens[last + 1].start == doc.tokens[last + 2].start - 1 \
                    and doc.tokens[last + 2].kind == "arabic" and not is_function_word(doc.tokens[last + 2]):
                last += 2
            if doc.tokens[last].end > span.end:
                extended_to, span = doc.tokens[last].end, doc.span(span.start, doc.tokens[last].end, "PER")
        result.append(span)
    return result


NAME_CONTINUERS = word_set("name_continuer")


def _takes_after_particle(doc: Document, particle: int) -> bool:
    """Whether the word after the particle at token `particle` is the name word it takes (أبو قرنين،
    دل بوترو), not a function word or a place written in two words (أبو ظبي)."""
    tokens = doc.tokens
    if particle + 1 >= len(tokens) or tokens[particle].norm not in NAME_CONTINUERS or fa_inna(tokens[particle]):
        return False  # (بومبيو فإن روحاني: فإن, the conjunction, normalizes to the particle فان)
    word = tokens[particle + 1]
    return (tokens[particle].end + 1 == word.start and plain_word(word) and not is_function_word(word)
            and not is_title_word(word) and not fa_inna(word) and f"{tokens[particle].norm} {word.norm}" not in place_words())


def _continues_over_particle(doc: Document, last: int) -> int:
    """How many words after token `last` a name goes on: a particle it ends in and the word that
    particle takes (فرانك دي | بور), or a particle after it and its word (أبو قرنين)."""
    if _takes_after_particle(doc, last):
        return 1
    if last + 1 < len(doc.tokens) and doc.tokens[last].end + 1 == doc.tokens[last + 1].start \
            and _takes_after_particle(doc, last + 1):
        return 2
    return 0


def joined_name_particles(doc: Document, entities: list[Span]) -> list[Span]:
    """A person's name goes on over a kunya, a family word or a foreign surname's particle and the
    word after it (اللواء محمد بن عبدالله أبو قرنين، خوان مارتن دل بوترو); a person span right after
    another with only a space between is the same name read in two halves (يروين | ديسلبلوم), unless
    it starts with و or ف (متعب النجراني | وروبينهو: two players). Spans the longer name covers give way to it."""
    ordered = sorted(entities, key=lambda span: (span.start, span.end))
    result: list[Span] = []
    for span in ordered:
        if result and result[-1].label == "PER" and span.start < result[-1].end:
            continue  # taken by the name before it
        if span.label == "PER" and result and result[-1].label == "PER" \
                and doc.text[result[-1].end:span.start] == " " and not span.text.startswith(("و", "ف")):
            result[-1] = doc.span(result[-1].start, span.end, "PER")
            continue
        if span.label == "PER":
            last = _token_range(doc, span)[1]
            while (step := _continues_over_particle(doc, last)):
                last += step
            if doc.tokens[last].end > span.end:
                span = doc.span(span.start, doc.tokens[last].end, "PER")
            span = _with_conjoined_particle(doc, span)
        result.append(span)
    return result


def _with_conjoined_particle(doc: Document, span: Span) -> Span:
    """ميسي ودي ماريا: a person span right after و or ف written on a surname's particle (ودي، وفان، وأبو)
    starts with the particle; the conjunction joins it to the name before."""
    first = doc.token_index_holding(span.start)
    if first == 0 or doc.tokens[first].start != span.start:
        return span
    before = doc.tokens[first - 1]
    if before.kind != "arabic" or before.end + 1 != span.start or before.norm[:1] not in ("و", "ف") \
            or before.norm[1:] not in NAME_CONTINUERS or before.sentence != doc.tokens[first].sentence:
        return span
    return doc.span(before.start + 1, span.end, "PER")


KINSHIP_WORDS = word_set("kinship")
AGE_ADJECTIVES = word_set("age_adjective")


def without_kinship_words(doc: Document, entities: list[Span]) -> list[Span]:
    """والد أوباما: a person span that starts with a relative's noun names the person after it (أوباما),
    not the relative, who stays unnamed; one that ends in the adjective of an age (إبراهيم البالغ من
    العمر) names the person before it."""
    result: list[Span] = []
    for span in entities:
        first, last = _token_range(doc, span)
        if span.label == "PER" and last > first and doc.tokens[first].norm in KINSHIP_WORDS:
            span, first = doc.span(doc.tokens[first + 1].start, span.end, "PER"), first + 1
        if span.label == "PER" and last > first and doc.tokens[last].norm in AGE_ADJECTIVES:
            span = doc.span(span.start, doc.tokens[last - 1].end, "PER")
        result.append(span)
    return result
