"""The quantity grammar: which numbers in a text are not counts of people, events or objects.

A count is a number of things (قتل 23 شخصا، عشرات الغارات). Numbers that are not: sums of money
(3 مليارات و900 مليون جنيه is ONE expression, (4.310.900) ريال, $25), dates (extract.timex),
times (الساعة 10:30، العاشرة صباحا), scores and formats (2-1، 1 - صفر، 5+1، 4×6، غرينتش +3),
phone and code numbers (0533616655), measures (120 كيلو مترا، 35 كم/ساعة، 40 درجة), model and
product numbers (اليوشن 62، بوينغ 737، "ماما ميا 2"), ordinal phrases (الثالث عشر، الساعة
الحادية عشرة) and fraction words that name a stage (ربع النهائي، نصف النهائي).

`non_count_tokens(doc)` maps each such token's index to what it is; the counts extractor skips
them. `dual_singular(token)` reads a dual only from corpus evidence: the singular is a common noun,
and the corpus shows the ان and ين forms of the same stem alternating (هجومان/هجومين), more often
than a sound plural in ون (المشهورين → مشهورون: a plural; فقدان، غزوان، عمران: no ين form at all).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import Iterable

from extract.document import Document, Token, cached_by_form
from extract.lexicons import per_million, read_tsv, word_frequencies
from extract.normalize import normalize_string
from extract.timex import NUMERIC_FORMS, document_time_expressions, month_names, ordinal_words
from extract.tokenize import clitic_stems
from extract.words import is_function_word, measure_words, word_set

# Separators that join two numbers into one format (a score, a ratio, a range of years).
JOINING_MARKS = frozenset("-–—ـ/:×x+")
# A time of day after the number: 10 صباحا، الخامسة مساء.
DAY_PARTS = word_set("day_part")
TIME_NOUNS = word_set("time_noun")
SCORE_ZERO = "صفر"
PHONE_MIN_DIGITS = 7
# ربع النهائي: a fraction before a definite nisba adjective (ي, not the ى of الجرحى) names a stage.
FRACTION_STAGE_ENDING = "ي"

# Dual evidence from the corpus word frequencies (counts over bare and definite forms).
DUAL_MIN_SINGULAR_PER_MILLION = 2.8  # the singular of a dual must be a word seen about 50 times
DUAL_SINGULAR_RATIO = 5  # the singular is clearly more common than the dual form itself
DUAL_MIN_ARTICLE_PER_MILLION = 1.1  # nouns take the article (تمتلكان is a verb)
DUAL_COMMON_NOUN_PER_MILLION = 112.53  # or are very common bare (امرأة)
DUAL_NOMINATIVE_MIN_PER_MILLION = 0.17  # the nominative dual seen at all (3 is the file's MIN_COUNT)
NISBA_DUAL_NOMINATIVE_PER_MILLION = 1.0  # جنديان: a nominative dual in ي seen about 18 times
NISBA_DUAL_OBLIQUE_RATIO = 6  # جنديين at most six times جنديان (مدنيين: 42 times مدنيان)
STEM_NUN_SUFFIXES = ("ه", "ها", "هم", "ات")  # after a singular's own ن: حرمانه، تمرينات
OWN_FIRST_LETTERS = "فبلك"  # letters read as proclitics that begin many nouns (فيلم، بلد، كتاب)
OWN_LETTER_DEFINITE_PER_MILLION = 1.0  # الفيلمين seen about 18 times
# For an ان form, the ين form must be common too (فقدان has no فقدين): at least this share.
DUAL_OBLIQUE_SHARE = 0.5
# For an ين form, the ان form must exist at this share (تمرين is one word, تمران hardly occurs).
DUAL_NOMINATIVE_SHARE = 0.01
# A definite dual in ين as common as its singular is still a dual when its ان twin is this common beside it
# (الطرفان beside الطرفين), unlike a name or title in ين (البحرين، الحرمين: البحران، الحرمان are rare or other words).
DEFINITE_NOMINATIVE_SHARE = 0.2
# A sound plural in ون seen at half the rate of the ان form or more makes ين a plural, not a dual.
PLURAL_OVER_DUAL = 2
VERB_PREFIXES = ("ي", "ت", "ن")
WEEKDAY_HOMOGRAPHS = word_set("weekday_homograph")
TEEN_TENS = frozenset({"عشر", "عشره"})  # the ten of a teen (normalized)
DUAL_ENDINGS = ("ان", "ين")  # nominative and oblique
NISBA_FEMININE_MIN_PER_MILLION = 1.1  # نهائي → نهائية: an adjective has its feminine form in the corpus
TIME_ZONE_WORDS = word_set("time_zone")
# A range joins two amounts that share the second one's unit: 4 إلى 6 أسابيع، 20 و30 مليار دولار.
RANGE_WORDS = frozenset({"الي", "حتي", "او", "-", "–", "و"})
LIST_SEPARATORS = frozenset({"،", ",", "و"})
LIST_MARKS = frozenset({"-", "–", ".", ")"})
SCORE_LINKS = word_set("score_link")
AGE_NOUNS = word_set("age_noun")  # في 66 من العمر
NOUN_ARTICLE_PER_MILLION = 1.1  # a noun takes the article about 20 times or more (as DUAL_MIN_ARTICLE)
ADVERB_ENDINGS = ("يا",)  # عالميا، يوميا: adverbs in يا after a number
NOT_COUNTED_ACCUSATIVES = word_set("adverb_accusative")  # الدقيقة 90 تقريبا: an adverb, not a counted noun  # بثلاثة أهداف مقابل هدفين، بخمسة أهداف دون مقابل


@lru_cache(maxsize=1)
def currency_words() -> dict[str, str]:
    """Normalized currency word, symbol or money cue -> kind (extract/data/currencies_ar.tsv)."""
    return {normalize_string(row["word"]): row["kind"] for row in read_tsv("currencies_ar.tsv")}


@lru_cache(maxsize=1)
def model_names() -> frozenset[str]:
    """Makers and product lines that take a model number (extract/data/model_names_ar.tsv)."""
    return frozenset(normalize_string(row["word"]) for row in read_tsv("model_names_ar.tsv"))


@lru_cache(maxsize=1)
def label_nouns() -> frozenset[str]:
    """Nouns a number names a member of (القرار 2235، الدقيقة 90، المرتبة 13): count_context_ar.tsv."""
    # As listed: العدد 25 is an issue, but عدد (600) طالب is a number of students.
    return frozenset(normalize_string(row["phrase"]) for row in read_tsv("count_context_ar.tsv")
                     if row["role"] == "not_count_before")


@lru_cache(maxsize=1)
def _number_word_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for row in read_tsv("number_words_ar.tsv"):
        forms.setdefault(normalize_string(row["word"]), set()).add(row["kind"])
    return forms


def _bare_forms(token: Token) -> set[str]:
    """A token's stems without clitics and the article (بالدولار → دولار)."""
    stems = {stem for _, stem in token.stems}
    stems |= {stem[2:] for stem in stems if stem.startswith("ال") and len(stem) > 3}
    return stems


@cached_by_form
def _number_word_kinds(token: Token) -> frozenset[str]:
    return _number_word_kinds_of(token.norm) if token.kind == "arabic" else frozenset()


@lru_cache(maxsize=20_000)  # words a run keeps: the first 1,000 corpus articles ask fewer (one cache 18,000 at most)
def _number_word_kinds_of(norm: str) -> frozenset[str]:
    stems = {stem for _, stem in clitic_stems(norm)}
    stems |= {stem[2:] for stem in stems if stem.startswith("ال") and len(stem) > 3}
    for stem in sorted(stems, key=len, reverse=True):
        if stem in _number_word_forms():
            return frozenset(_number_word_forms()[stem])
    return frozenset()


def _is_chain_number(token: Token) -> bool:
    return token.kind == "number" or bool(_number_word_kinds(token) - {"fraction", "one"})


@lru_cache(maxsize=1)
def _chain_number_stems() -> frozenset[str]:
    """Number words, bare and with the article (len > 3, as _number_word_kinds_of strips it)."""
    words = _number_word_forms()
    return frozenset(words) | {"ال" + word for word in words if len(word) > 1}


def _digit_stems(stems: Iterable[str]) -> list[str]:
    return [stem for stem in stems if stem[:1].isdigit()]


def _number_candidates(doc: Document, tokens: list[Token]) -> list[int]:
    """Positions in `tokens` (one sentence's, consecutive) that may be chain numbers or fractions."""
    return _positions_in(tokens, doc.tokens_with_stem("quantities:chain_number", _chain_number_stems(), _digit_stems))


def _positions_in(tokens: list[Token], candidates: list[int]) -> list[int]:
    """The document token indices `candidates` (sorted) that fall in `tokens` (consecutive), as
    positions in `tokens`: a rule visits those instead of every token of the sentence."""
    if not tokens:
        return []
    first, end = tokens[0].index, tokens[-1].index + 1
    return [index - first for index in candidates[bisect_left(candidates, first):bisect_left(candidates, end)]]


def _b_dual_stems(stems: Iterable[str]) -> list[str]:
    """Stems that may be a dual led by ب (بهدفين): a dual ends in ان or ين, as do all its token's stems."""
    return [stem for stem in stems if stem.startswith("ب") and stem.endswith(DUAL_ENDINGS)]


def _gap(doc: Document, left: Token, right: Token) -> str:
    return doc.text[left.end:right.start]


def _chains(doc: Document, tokens: list[Token]) -> list[tuple[int, int]]:
    """Maximal runs of one amount: 3 مليارات و900 مليون، (4.310.900)، مليون ونصف المليون، 90 و120.

    Returns (first, last) positions in `tokens`.
    """
    chains, index = [], 0
    for candidate in _number_candidates(doc, tokens):
        if candidate < index or not _is_chain_number(tokens[candidate]):
            continue
        index = candidate
        last = index
        position = index + 1
        while position < len(tokens):
            token = tokens[position]
            if _is_chain_number(token) and not _starts_new_amount(doc, tokens, position):
                last = position
            elif token.norm in ("و", "ونصف", "المليون", "المليار", "الالف") and position + 1 <= len(tokens):
                if token.norm == "و" and not (position + 1 < len(tokens) and _is_chain_number(tokens[position + 1])):
                    break
                last = position if token.norm != "و" else last
            elif token.norm in (")", "(") and tokens[last].kind == "number" and token.start == tokens[last].end:
                pass  # (4.310.900) ريال: the closing bracket is not a break
            elif decimal_ra(tokens, position) and position == last + 1:
                last = position + 1  # 935ر6: the news agencies' decimal point joins the two parts
                position += 1
            else:
                break
            position += 1
        chains.append((index, last))
        index = last + 1
    return chains


def decimal_ra(tokens: list[Token], position: int) -> bool:
    """ر glued between two runs of digits (935ر6، 000ر22): a decimal point, or a thousands' mark."""
    return tokens[position].norm == "ر" and 0 < position < len(tokens) - 1 \
        and tokens[position - 1].kind == tokens[position + 1].kind == "number" \
        and tokens[position - 1].end == tokens[position].start and tokens[position].end == tokens[position + 1].start


def _starts_new_amount(doc: Document, tokens: list[Token], position: int) -> bool:
    """Two digit numbers side by side are two amounts (2 1), and so is a bare number word after digits."""
    previous, token = tokens[position - 1], tokens[position]
    if token.kind == "number" and previous.kind == "number":
        return True
    if token.kind == "number":
        # 29 ألفا و358، مليون و800 ألف: a tail after a scale; 90 و3 are two amounts
        after_scale = position >= 2 and "scale" in _number_word_kinds(tokens[position - 2])
        return not (previous.norm == "و" and after_scale)
    kinds = _number_word_kinds(token)
    joined = token.norm.startswith("و")
    return not ("scale" in kinds or joined)


def _next_index(tokens: list[Token], last: int) -> int:
    following = last + 1
    while following < len(tokens) and tokens[following].norm in (")", "(", "\""):
        following += 1
    return following


def _money(doc: Document, tokens: list[Token], first: int, last: int) -> bool:
    following = _next_index(tokens, last)
    for position in (following, following + 1):
        if position < len(tokens) and position <= following + 1:
            # a clitic-stripped reading must keep three letters: بين is not ب + ين (yen)
            forms = {form for form in _bare_forms(tokens[position]) if len(form) > 2} \
                | {tokens[position].norm, tokens[position].text}
            if any(currency_words().get(form) in ("currency", "symbol") for form in forms) \
                    or _glued_currency(tokens[position]):
                return True
            if position == following and tokens[position].kind == "arabic" and not _is_modifier(tokens[position]):
                break  # only an adjective (أمريكي، سعودي) may stand between the amount and its currency
    if following + 1 < len(tokens) and tokens[following].norm == "مقابل" \
            and any(currency_words().get(form) == "currency" for form in _bare_forms(tokens[following + 1])):
        return True  # 4.29 مقابل الدولار: an exchange rate
    before = tokens[first - 1] if first > 0 else None
    if before is not None and (currency_words().get(before.text) == "symbol"
                               or currency_words().get(before.norm) in ("symbol", "cue")
                               or any(currency_words().get(form) == "cue" for form in _bare_forms(before))):
        return True
    return False


def _glued_currency(token: Token) -> bool:
    """63 دولارللبرميل: a currency word run together with a لـ word after it."""
    norm = token.norm
    for split in range(3, len(norm) - 2):
        head, tail = norm[:split], norm[split:]
        if tail.startswith("ل") and currency_words().get(head.removesuffix("ا") if head.endswith("ا") else head) == "currency":
            return True
    return False


def _is_modifier(token: Token) -> bool:
    """A nisba adjective after the amount: 25 مليون دولار أمريكي، 500 ريال سعودي (checked before the currency)."""
    return token.norm.endswith("ي") and not token.norm.startswith("ال")


def _measure(doc: Document, tokens: list[Token], last: int) -> bool:
    following = last + 1
    if following >= len(tokens):
        return False
    token = tokens[following]
    if token.kind in ("arabic", "latin") and (_bare_forms(token) | {token.norm.lower()}) & measure_words():
        # A single-letter unit (م، m) counts only glued to the number: 300م, not 300 من.
        return len(token.norm) > 1 or token.start == tokens[last].end
    return False


def _time(doc: Document, tokens: list[Token], first: int, last: int) -> bool:
    before = tokens[first - 1] if first > 0 else None
    if before is not None and _bare_forms(before) & TIME_NOUNS:
        return True
    following = last + 1
    if following < len(tokens) and ((_bare_forms(tokens[following]) | {tokens[following].norm.lower()}) & TIME_ZONE_WORDS or (
            tokens[following].norm == "ت" and following + 1 < len(tokens) and tokens[following + 1].norm == "غ")):
        return True  # 17,00 ت غ، 15 بتوقيت غرينتش
    return following < len(tokens) and tokens[following].norm in DAY_PARTS and (
        tokens[following].norm not in ("م", "ص") or tokens[following].start == tokens[last].end)


def _joined_format(doc: Document, tokens: list[Token], first: int, last: int) -> bool:
    """2-1، 1 - صفر، 5+1، 4×6، +3، 90+1: a number joined to another by a mark is no count."""
    left = first - 1
    right = last + 1
    if right < len(tokens) and _is_joining(doc, tokens[last], tokens[right]):
        if right + 1 < len(tokens) and (tokens[right + 1].kind == "number" or tokens[right + 1].norm == SCORE_ZERO):
            return not _range_of_counts(doc, tokens, first, right + 1)
        if tokens[right].norm == "+":
            return True
    if left >= 0 and _is_joining(doc, tokens[left], tokens[first]):
        if left - 1 >= 0 and (tokens[left - 1].kind == "number" or tokens[left - 1].norm == SCORE_ZERO):
            return not _range_of_counts(doc, tokens, left - 1, last)
        if tokens[left].norm == "+":
            return True
    return False


def _is_joining(doc: Document, left: Token, right: Token) -> bool:
    """A joining mark between two tokens: the mark itself is a token (- / + ×), or tatweel in the gap."""
    if right.kind == "punct" and right.norm in JOINING_MARKS:
        return True
    if left.kind == "punct" and left.norm in JOINING_MARKS:
        return True
    gap = _gap(doc, left, right)
    return bool(gap.strip()) and all(char in JOINING_MARKS or char.isspace() for char in gap)


def _range_of_counts(doc: Document, tokens: list[Token], first: int, last: int) -> bool:
    """3 – 7 مرات، بين 200 - 250 مراجعا: a dash range of counts keeps its counted noun (or بين)."""
    if tokens[first].norm == SCORE_ZERO or tokens[last].norm == SCORE_ZERO:
        return False
    marks = {token.norm for token in tokens[first:last + 1] if token.kind == "punct"} | set(
        "".join(_gap(doc, a, b) for a, b in zip(tokens[first:last], tokens[first + 1:last + 1])).strip())
    if marks & set("/:×x+"):
        return False
    following = last + 1
    while following < len(tokens) and tokens[following].norm in ("\"", ")"):
        following += 1
    has_noun = following < len(tokens) and tokens[following].kind == "arabic" and len(tokens[following].norm) > 2 \
        and not tokens[following].norm.startswith(VERB_PREFIXES[:1]) and not is_function_word(tokens[following])
    return has_noun or (first > 0 and tokens[first - 1].norm in ("بين", "من"))


def _age(tokens: list[Token], last: int) -> bool:
    """رجل في 66 من العمر: a number before من العمر is an age."""
    return last + 2 < len(tokens) and tokens[last + 1].norm == "من" and tokens[last + 2].norm in AGE_NOUNS


def _phone_or_code(tokens: list[Token], first: int, last: int) -> bool:
    token = tokens[first]
    digits = token.norm
    if first + 1 < len(tokens) and decimal_ra(tokens, first + 1):
        return False  # 05ر3، 000ر22: the decimals or the thousands before ر, not a code
    return token.kind == "number" and digits.isdigit() and (
        (digits.startswith("0") and len(digits) >= PHONE_MIN_DIGITS - 1) or len(digits) >= PHONE_MIN_DIGITS + 2
        or (digits.startswith("0") and len(digits) > 1))  # 00، 05: minutes of a clock time or a code, never a count


def _model_number(doc: Document, tokens: list[Token], first: int, last: int) -> bool:
    """اليوشن 62، ميغ-29، بوينج300، B777، "ماما ميا 2": a number naming a model or a title's part."""
    token = tokens[first]
    if token.kind != "number":
        return False
    before = tokens[first - 1] if first > 0 else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if before is not None and before.norm in model_names():
        return True
    if before is not None and before.kind == "latin" and (after is None or after.kind != "arabic" or not _noun_like(after)
                                                           or "." in token.norm):
        return True  # iOS 11.3 سوف: a version number
    if after is not None and after.kind == "latin" and after.start == tokens[last].end:
        return True  # 300ER، 4G
    if after is not None and after.kind == "latin" and first == last and _glued_number(tokens, last + 1) == token.norm:
        return True  # ايكوبي 3 Ecobee3: the same model number glued to the name in its own script
    if before is not None and before.kind == "arabic" and before.end == token.start \
            and len(before.norm) > 3 and not before.norm.startswith("ال"):
        return True  # بوينج300: a word glued to a number (not ال52 or بـ390)
    # A number closing a quoted title after a word inside the quotes: "ماما ميا 2"
    return before is not None and before.kind == "arabic" and after is not None and after.norm in ("\"", "»", "”") \
        and _inside_quotes(tokens, first)


def _glued_number(tokens: list[Token], latin: int) -> str | None:
    """The number glued to the end of the Latin word at `latin` (Ecobee3 → 3), or None."""
    following = tokens[latin + 1] if latin + 1 < len(tokens) else None
    if following is None or following.kind != "number" or following.start != tokens[latin].end:
        return None
    return following.norm


def _noun_like(token: Token) -> bool:
    return len(token.norm) > 2 and not token.norm.startswith(("ال", "و", "ف", "ب", "ل"))


def _inside_quotes(tokens: list[Token], position: int) -> bool:
    """An opening quote a few words back in the same sentence, with a word between."""
    for back in range(position - 2, max(-1, position - 6), -1):
        if tokens[back].norm in ("\"", "«", "“"):
            return back < position - 1
        if tokens[back].kind == "punct":
            return False
    return False


def _ordinal_teens(doc: Document, tokens: list[Token]) -> set[int]:
    """عشر/عشرة after an ordinal word (الثالث عشر، الحادية عشرة) is part of the ordinal."""
    positions = set()
    for position in _positions_in(tokens, doc.tokens_with_stem("quantities:teen_tens", TEEN_TENS)):
        if position == 0:
            continue
        previous = tokens[position - 1]
        if tokens[position].norm in TEEN_TENS and previous.kind == "arabic" \
                and any(stem in ordinal_words() for _, stem in previous.stems):
            positions.add(position)
    return positions


def _fraction_stages(tokens: list[Token], candidates: list[int]) -> set[int]:
    """ربع النهائي، نصف النهائي: a fraction before a definite adjective names a stage, not a part.
    `candidates`: the positions that may be number words (_number_candidates)."""
    positions = set()
    for position in candidates:
        if position >= len(tokens) - 1:
            break
        following = tokens[position + 1]
        if "fraction" in _number_word_kinds(tokens[position]) and following.kind == "arabic" \
                and (following.text.endswith(FRACTION_STAGE_ENDING) and _is_nisba(following)
                     or _indefinite_feminine_nisba(following)):
            positions.add(position)
    return positions


def _indefinite_feminine_nisba(token: Token) -> bool:
    """بنادق نصف آلية، وكالة شبه رسمية: a fraction before an indefinite adjective in ية makes a
    compound adjective (semi-automatic), not a part; the masculine form in ي is a word of its own."""
    return token.text.endswith("ة") and token.norm.endswith("يه") and not token.text.startswith("ال") \
        and len(token.norm) >= 4 and word_frequencies().get(token.norm[:-1], 0) >= per_million(NISBA_FEMININE_MIN_PER_MILLION)


def _label(doc: Document, tokens: list[Token], first: int) -> bool:
    """الدقيقتين 29 و89، المرتبة الـ13: the number after a label noun (past a glued ال/بـ) names one."""
    before = first - 1
    if before >= 0 and tokens[before].kind == "arabic" and (tokens[before].norm == "ال" or (
            not _gap(doc, tokens[before], tokens[first]).strip(" ـ")
            and " " not in _gap(doc, tokens[before], tokens[first]) and len(tokens[before].norm) <= 2)):
        before -= 1  # الـ13، الـ 22، بـ390
    if before >= 0 and tokens[before].norm in ("«", "\"", "“", "("):
        before -= 1  # الرقم «4000»
    if before < 0 or tokens[before].kind != "arabic":
        return False
    stems = {stem for _, stem in tokens[before].stems}
    stems |= {"ال" + base for base in map(_without_possessive, stems) if base}  # بنسخته 71 → النسخة
    singular = dual_singular(tokens[before]) if tokens[before].norm.endswith(("ين", "ان")) else None
    if singular is not None:
        stems.add("ال" + singular)  # الفقرتين 16 و17
    return bool(stems & label_nouns()) and not counted_after_label(tokens, first)


POSSESSIVE_SUFFIXES = ("ها", "هم", "ه")


def _without_possessive(stem: str) -> str | None:
    """نسخته → نسخه، دورتها → دوره: a feminine noun under a possessive pronoun, its ة written ت
    (a masculine one cannot be told from a noun in ة: عامة is not عام + ه)."""
    for suffix in POSSESSIVE_SUFFIXES:
        base = stem[:-len(suffix)]
        if stem.endswith(suffix) and len(base) >= 4 and base.endswith("ت"):
            return base[:-1] + "ه"
    return None


def counted_after_label(tokens: list[Token], first: int) -> bool:
    """تضم المجموعة 123 منتجا، سجل العدد 40 مقالا: a bare noun in the accusative after the number is
    what it counts, so the noun before is the subject, not a label (الدقيقة 90 تقريبا، المرتبة 13
    عالميا، الساعة 10 صباحا: adverbs; القرار 2235 الصادر: an adjective)."""
    following = first + 1
    if following >= len(tokens) or tokens[following].kind != "arabic":
        return False
    token = tokens[following]
    norm = token.norm
    return len(norm) > 3 and norm.endswith("ا") and not norm.endswith(ADVERB_ENDINGS) \
        and not norm.startswith(("ال", "و")) and norm not in DAY_PARTS \
        and norm not in NOT_COUNTED_ACCUSATIVES and not is_function_word(token) and _takes_article(norm)


def _takes_article(norm: str) -> bool:
    """A counted noun (منتجا → المنتج) takes the article in the corpus; عندما، بينما do not."""
    frequencies = word_frequencies()
    return max(frequencies.get("ال" + norm, 0), frequencies.get("ال" + norm[:-1], 0)) >= per_million(NOUN_ARTICLE_PER_MILLION)


def _bracketed_alone(tokens: list[Token], first: int, last: int) -> bool:
    """(13)، (تونس 1): a bare number closing a bracket with no counted noun after it is a reference."""
    if tokens[first].kind != "number" or last + 1 >= len(tokens) or tokens[last + 1].norm != ")":
        return False
    after = tokens[last + 2] if last + 2 < len(tokens) else None
    if after is not None and _bare_forms(after) & duration_units():
        return True  # (40) عاما: a duration
    return after is None or after.kind != "arabic" or not _noun_like(after) or is_function_word(after)


def _money_by_ellipsis(tokens: list[Token], first: int, last: int, sentence_has_money: bool) -> bool:
    """مقابل نحو 42.6 مليار في مارس: a scaled amount with no noun after it, in a sentence about money."""
    if not sentence_has_money or "scale" not in _number_word_kinds(tokens[last]):
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return after is None or after.kind != "arabic" or is_function_word(after)


def _is_nisba(token: Token) -> bool:
    """نهائي، النهائي: an adjective in ي whose stem is a word of its own (نهائ is not; the corpus
    has نهائيا/النهائية beside it); a noun in ي such as الجرحى ends in ى and never gets here."""
    bare = token.norm[2:] if token.norm.startswith("ال") else token.norm
    return word_frequencies().get(bare + "ه", 0) + word_frequencies().get("ال" + bare + "ه", 0) >= per_million(NISBA_FEMININE_MIN_PER_MILLION)


def _list_marker(tokens: list[Token], first: int, last: int) -> bool:
    """30 - أفضل طريقة، 4. إيقاف التشغيل: a number opening a line, before a dash or a point, numbers an item."""
    return first == 0 and tokens[first].kind == "number" and last + 1 < len(tokens) \
        and tokens[last + 1].norm in LIST_MARKS


def _glued_to_unit(tokens: list[Token], first: int) -> bool:
    """سم3، م2، كم2: a digit glued to a unit of measure is its power, not an amount."""
    before = tokens[first - 1] if first > 0 else None
    return before is not None and tokens[first].kind == "number" and before.end == tokens[first].start \
        and before.kind in ("arabic", "latin") and (before.norm in measure_words() or before.norm.lower() in measure_words())


def _classify(doc: Document, tokens: list[Token], first: int, last: int) -> str | None:
    if _list_marker(tokens, first, last) or _glued_to_unit(tokens, first):
        return "format"
    if tokens[first].kind == "number" and _label(doc, tokens, first):
        return "label"
    if _bracketed_alone(tokens, first, last):
        return "format"
    if _money(doc, tokens, first, last):
        return "money"
    if _time(doc, tokens, first, last):
        return "time"
    if _measure(doc, tokens, last):
        return "measure"
    if _joined_format(doc, tokens, first, last):
        return "format"
    if _age(tokens, last):
        return "age"
    if _phone_or_code(tokens, first, last):
        return "format"
    if _model_number(doc, tokens, first, last):
        return "model"
    return None


def non_count_tokens(doc: Document) -> dict[int, str]:
    """Document token index -> why it is not part of a count (money, date, time, measure, ...)."""
    excluded: dict[int, str] = {}
    date_spans = [(item.start, item.end) for item in document_time_expressions(doc, forms=NUMERIC_FORMS)
                  if any(char.isdigit() for char in item.text) or _has_ordinal(item.text)]
    for index in doc.covered_tokens(date_spans):
        excluded[index] = "date"
    for tokens in doc.sentence_tokens():
        chains = _chains(doc, tokens)
        kinds: list[str | None] = []
        for first, last in chains:
            if any(tokens[position].index in excluded for position in range(first, last + 1)):
                kinds.append("date")
            else:
                kinds.append(_classify(doc, tokens, first, last))
        kinds = _spread_over_ranges(tokens, chains, kinds)
        has_money = "money" in kinds
        for (first, last), kind in zip(chains, kinds):
            if kind is None and _money_by_ellipsis(tokens, first, last, has_money):
                kind = "money"
            if kind is not None:
                for position in range(first, last + 1):
                    excluded.setdefault(tokens[position].index, kind)
            if kind == "label" and first > 0 and dual_singular(tokens[first - 1]) is not None:
                excluded.setdefault(tokens[first - 1].index, "label")  # الفقرتين 16 و17 name their two members
        for position in _scores_in_words(doc, tokens, chains):
            excluded.setdefault(tokens[position].index, "score")
        for position in _weekday_homographs(doc, tokens):
            excluded.setdefault(tokens[position].index, "date")
        for position in _ordinal_teens(doc, tokens):
            excluded.setdefault(tokens[position].index, "ordinal")
        for position in _fraction_stages(tokens, _number_candidates(doc, tokens)):
            excluded.setdefault(tokens[position].index, "stage")
    return excluded


def _spread_over_ranges(tokens: list[Token], chains: list[tuple[int, int]], kinds: list[str | None]) -> list[str | None]:
    """بين 4 إلى 6 أسابيع، بين 20 و30 مليار دولار: the first amount of a range has the second's unit."""
    kinds = list(kinds)
    for position in range(len(chains) - 2, -1, -1):
        (_, last), (next_first, next_last) = chains[position], chains[position + 1]
        between = [token.norm for token in tokens[last + 1:next_first]]
        joined = len(between) == 1 and between[0] in RANGE_WORDS or not between and tokens[next_first].norm.startswith("و")
        if kinds[position] is None and joined:
            if kinds[position + 1] in ("money", "measure", "time", "date"):
                kinds[position] = kinds[position + 1]  # بين 9 و12 مايو
            elif next_last + 1 < len(tokens) and _bare_forms(tokens[next_last + 1]) & duration_units():
                kinds[position] = "duration"
    for position in range(1, len(chains)):
        (_, last), (next_first, next_last) = chains[position - 1], chains[position]
        if _has_counted_noun(tokens, next_last):
            continue  # الدقيقة 90 و3 لاعبين: an amount with its own noun starts a count
        between = [token.norm for token in tokens[last + 1:next_first]]
        listed = all(word in LIST_SEPARATORS for word in between) and (between or tokens[next_first].norm.startswith("و"))
        if kinds[position - 1] in ("label", "model") and kinds[position] is None and listed \
                and tokens[next_first].kind == "number":
            kinds[position] = kinds[position - 1]  # الدقائق 17، 71 و108، بلاي ستيشن 4 و3: the list goes on
        ranged = len(between) == 1 and between[0] in RANGE_WORDS
        if kinds[position - 1] in ("time", "label") and kinds[position] is None and ranged \
                and tokens[next_first].kind == "number":
            kinds[position] = kinds[position - 1]  # من الساعة 9 حتى 14
    return kinds


def _has_counted_noun(tokens: list[Token], last: int) -> bool:
    """A content word right after the amount; يوميا، سنويا (adverbs) and وحسام (the next clause) are not."""
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    return following is not None and following.kind == "arabic" and len(following.norm) > 2 \
        and not is_function_word(following) and not following.norm.endswith("يا") and not following.norm.startswith("و")


@lru_cache(maxsize=1)
def duration_units() -> frozenset[str]:
    """Time units after an amount (أيام، أسابيع، سنوات): role duration in count_context_ar.tsv."""
    return frozenset(normalize_string(row["phrase"]) for row in read_tsv("count_context_ar.tsv") if row["role"] == "duration")


def _scores_in_words(doc: Document, tokens: list[Token], chains: list[tuple[int, int]]) -> list[int]:
    """فاز بثلاثة أهداف لهدفين، بخمسة أهداف دون مقابل: ب + an amount + its noun + ل.../مقابل/دون is a
    score; the other side (لهدفين، مقابل هدف) goes with it."""
    positions = []
    b_duals = _positions_in(tokens, doc.tokens_with_stem("quantities:b_duals", (), _b_dual_stems))  # بهدفين مقابل هدف
    duals = [(position, position - 1) for position in b_duals
             if tokens[position].norm.startswith("ب") and dual_singular(tokens[position]) is not None]
    for first, last in chains + duals:
        led_by_b = tokens[first].norm.startswith("ب") or first > 0 and tokens[first - 1].norm == "ب" \
            and tokens[first - 1].end == tokens[first].start
        noun = last + 1
        link = noun + 1
        if not led_by_b or link >= len(tokens) or tokens[noun].kind != "arabic":
            continue
        other = tokens[link]
        if other.norm in SCORE_LINKS or other.norm.startswith("ل") and (
                dual_singular(other) is not None or _number_word_kinds(other) or
                link + 1 < len(tokens) and tokens[link + 1].kind == "number"):
            positions.extend(range(first, link + 1))
            if other.norm in SCORE_LINKS and link + 1 < len(tokens):
                positions.append(link + 1)
    return positions


def _weekday_homographs(doc: Document, tokens: list[Token]) -> list[int]:
    """الاثنين and الأحد are Monday and Sunday (قالت الشركة الاثنين) unless they agree with a dual
    before them (الطرفين الاثنين)."""
    positions = []
    for position in _positions_in(tokens, doc.tokens_with_stem("quantities:weekday_homographs", WEEKDAY_HOMOGRAPHS)):
        token = tokens[position]
        if token.kind == "arabic" and token.norm in WEEKDAY_HOMOGRAPHS:
            before = tokens[position - 1] if position > 0 else None
            if before is None or dual_singular(before) is None:
                positions.append(position)
    return positions


def _has_ordinal(text: str) -> bool:
    return any(normalize_string(word) in ordinal_words() for word in text.split())


def _frequency(stem: str) -> int:
    frequencies = word_frequencies()
    return frequencies.get(stem, 0) + frequencies.get("ال" + stem, 0)


def both_cases_common(token: Token) -> bool:
    """A definite dual in ين whose definite ان twin is common beside it (الطرفين / الطرفان): the
    corpus uses it in both cases, as a dual is, whatever the sentence around it."""
    stem = token.stems[-1][1] if token.kind == "arabic" and token.stems else ""
    if not (stem.startswith("ال") and stem.endswith("ين")) or stem.endswith("يين"):
        return False
    frequencies = word_frequencies()
    oblique = frequencies.get(stem, 0)
    return oblique > 0 and frequencies.get(stem[:-2] + "ان", 0) >= DEFINITE_NOMINATIVE_SHARE * oblique


def dual_singular(token: Token) -> str | None:
    """The singular of a dual noun (هجومين → هجوم, عربتين → عربه), or None: see the module doc."""
    reading = dual_reading(token)
    return reading[1] if reading else None


@cached_by_form
def dual_reading(token: Token, paired: bool = False) -> tuple[int, str] | None:
    """(offset of the dual's stem in the token, singular), or None. `paired`: the context asks for
    two (بين البلدين), so a dual as common as its singular is read too."""
    if token.kind != "arabic":
        return None
    # the shortest stem first (وسيارتين → سيارتين); a letter read as a clitic may be the noun's own
    # in a feminine dual (فتاتين is not ف + تاتين), whose ات plural cannot be mistaken for it, while
    # بلدان، فرسان are broken plurals
    # ورقتين is ورقة's dual, not و + the dual of رقة: of two readings, the one whose definite dual the
    # corpus writes (الورقتين, not الرقتين) wins; with no evidence, a longer stem whose definite
    # singular is common (فقرتين: الفقرة), else the shortest stem
    frequencies = word_frequencies()
    readings: dict[str, tuple[tuple[int, int, int], int, str]] = {}  # bare stem -> (evidence, offset, singular)
    for position, (offset, stem) in enumerate(reversed(token.stems)):
        if position > 0 and not stem.endswith(("تين", "تان")) and not _dual_with_its_own_first_letter(stem):
            continue
        bare = stem[2:] if stem.startswith("ال") else stem
        if bare in readings:
            continue  # السيارتين after سيارتين: the same reading with its article
        singular = _dual_singular_of(token.norm, bare, stem.startswith("ال"), paired)
        if singular is not None:
            evidence = (frequencies.get("ال" + bare, 0), frequencies.get("ال" + singular, 0) if position else 0, -position)
            readings[bare] = (evidence, offset, singular)
    if not readings:
        return None
    _, offset, singular = max(readings.values())
    return offset, singular


def _dual_singular_of(norm: str, stem: str, definite: bool = False, paired: bool = False) -> str | None:
    if stem in month_names():
        return None  # شعبان، رمضان: months (and names), not duals of شعب، رمض
    for ending, feminine in (("تين", True), ("تان", True), ("ان", False), ("ين", False)):
        if not stem.endswith(ending):
            continue
        base = stem[: -len(ending)]
        singular = base + ("ه" if feminine else "")
        nisba = singular.endswith("ي") and ending == "ين"
        if len(singular) < 3 or nisba and not _oblique_dual_of_nisba(base):
            return None  # مدنيين: the plural of a nisba, not a dual
        if not _dual_forms_alternate(base, ending, feminine):
            return None
        if _keeps_its_nun(stem):
            return None  # حرمانه، تمريناته: the ن is the word's own (حرمان، تمرين), not a dual's
        frequencies = word_frequencies()
        if frequencies.get("ال" + singular, 0) < per_million(DUAL_MIN_ARTICLE_PER_MILLION) \
                and frequencies.get(singular, 0) < per_million(DUAL_COMMON_NOUN_PER_MILLION):
            return None  # not a noun (تمتلكان): nouns take the article (امرأة is a frequent exception)
        if singular.startswith(VERB_PREFIXES) and frequencies.get("ال" + singular, 0) < per_million(DUAL_MIN_ARTICLE_PER_MILLION):
            return None  # يعملان: a present-tense verb
        if not definite and _other_person_of_verb(stem):
            return None  # تعرفان (يعرفان beside it): a verb whose stem is also a verbal noun (التعرف)
        singular_frequency = _frequency(singular)
        if singular_frequency >= per_million(DUAL_MIN_SINGULAR_PER_MILLION) \
                and (paired or nisba or frequencies.get(norm, 0) * DUAL_SINGULAR_RATIO < singular_frequency):
            return singular
        return None
    return None


def _dual_with_its_own_first_letter(stem: str) -> bool:
    """فيلمين، فريقين، بلدين: a dual in ين whose first letter reads as a clitic (ف، ب، ل، ك) but is
    its own: the form with the article (الفريقين) is common. Not in ان, where the whole word may
    be a broken plural (بلدان، فرسان)."""
    return stem.endswith("ين") and stem[:1] in OWN_FIRST_LETTERS \
        and word_frequencies().get("ال" + stem, 0) >= per_million(OWN_LETTER_DEFINITE_PER_MILLION)


def _keeps_its_nun(form: str) -> bool:
    """A dual drops its ن before a pronoun (هجوماه) and has no plural, so a form in ان/ين seen with a
    pronoun or the ات plural after its ن (حرمانهم، تمرينات) is a singular of its own."""
    frequencies = word_frequencies()
    return sum(frequencies.get(form + suffix, 0) for suffix in STEM_NUN_SUFFIXES) \
        >= per_million(DUAL_NOMINATIVE_MIN_PER_MILLION)


def _oblique_dual_of_nisba(base: str) -> bool:
    """جنديين، شرطيين: a word in ي whose plural is broken (جنود، شرطة) writes ين only as the dual, so
    the form is about as common as its nominative dual (جنديان); a nisba with a sound plural
    (مدنيين، فلسطينيين) writes ين far more often than ان, and stays a plural."""
    frequencies = word_frequencies()
    nominative = frequencies.get(base + "ان", 0)
    return nominative >= per_million(NISBA_DUAL_NOMINATIVE_PER_MILLION) \
        and frequencies.get(base + "ين", 0) <= NISBA_DUAL_OBLIQUE_RATIO * nominative


def _other_person_of_verb(form: str) -> bool:
    """The form with its ت/ي prefix swapped is in the corpus too (تعرفان / يعرفان): a verb's
    persons; a noun in ت has no ي twin (تقريرين / يقريرين, تفجيرين / يفجيرين)."""
    if not form.startswith(("ت", "ي")):
        return False
    twin = ("ي" if form[0] == "ت" else "ت") + form[1:]
    return word_frequencies().get(twin, 0) >= per_million(DUAL_NOMINATIVE_MIN_PER_MILLION)


def _dual_forms_alternate(base: str, ending: str, feminine: bool) -> bool:
    """The corpus shows the stem's ان and ين forms alternating, and ان more than a sound plural ون."""
    nominative = _frequency(base + ("تان" if feminine else "ان"))
    oblique = _frequency(base + ("تين" if feminine else "ين"))
    if ending in ("ان", "تان"):
        return oblique >= DUAL_OBLIQUE_SHARE * nominative
    if feminine:
        return True  # a feminine sound plural ends in ات, so ...تين is a dual (محافظتان is rare in news)
    if nominative < per_million(DUAL_NOMINATIVE_MIN_PER_MILLION) or nominative < DUAL_NOMINATIVE_SHARE * oblique:
        return False
    # المشهورين: مشهورون is the plural; طيارين (طيارون beside طياران) is read as one too
    return _frequency(base + "ون") * PLURAL_OVER_DUAL < nominative
