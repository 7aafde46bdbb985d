"""Places: gazetteer names, mined names, and names after a place head noun (قاعدة العند، حي السوق، ناحية القيارة).

Three sources, longest match first:
- the gazetteer (places_ar.tsv and its companions): a one-word name the corpus seldom uses as a
  place (a weak alias: مالي، دوما، أمان) is taken only where its context says it is one;
- the mined gazetteer (places_mined_ar.tsv, see scripts/mine_places.py): after a head noun, or
  alone where the corpus shows the name is nearly always a place and the context agrees;
- a head noun followed by a rare word (حي الصلول), and every conjunct of a list under a plural or
  dual head (في قرى X وY وZ، منطقتي X وY).
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span, Token, cached_by_form
from extract.lexicons import per_million, place_gazetteer, read_tsv, word_frequencies
from extract.matcher import TRANSPARENT, Match, PhraseMatcher
from extract.normalize import normalize_string
from extract.ner.base import non_overlapping
from extract.quantities import currency_words
from extract.words import (PRESENT_PREFIXES, SETTLEMENT_KINDS, dual_imperfect, looks_like_verb, ORG_HEADS, is_definite_adjective, place_heads_with_hamza, bare_name_heads, context_role, context_words, definite_facility_heads, definite_title_words,
                           function_words, given_names, has_preposition, has_pronoun_suffix, institution_heads, is_given_name, list_heads,
                           dual_heads, located_name_heads, parent_placed_heads, measure_words, mined_places, name_particles, nationality_countries,
                           organisation_fields, place_heads, is_sport_article, plain_word, possessed_common_noun, title_words,
                           word_set)


@lru_cache(maxsize=1)
def place_matcher() -> PhraseMatcher:
    return PhraseMatcher((alias, place) for place in place_gazetteer()
                         for alias in place["aliases"] + place.get("shared_aliases", []))


# Normalized, a two-letter name collides with common words (إب and آب، أب): require the spelling.
SHORT_NAME_LENGTH = 2


def _form_four_verbal_noun(word: str) -> bool:
    """إعزاز، إدرار، إكرام: the shape إفعال, the verbal noun of a form-IV verb."""
    return len(word) == 5 and word[0] == "إ" and word[3] == "ا" and "ا" not in word[1:3]


def spelled_as_listed(match: Match) -> bool:
    if _form_four_verbal_noun(match.text) and not any(alias.startswith("إ") for alias in match.payload["aliases"]):
        return False  # وإعزاز (honouring), إدرار: the verbal noun إفعال, not أعزاز، أدرار (no name spelled with إ)
    if len(match.key) > 1 or len(match.key[0]) > SHORT_NAME_LENGTH:
        return True
    return match.text in match.payload["aliases"]


@lru_cache(maxsize=1)
def mined_matcher() -> PhraseMatcher:
    return PhraseMatcher((key, rows) for key, rows in mined_places().items())


# A place name after a head noun is a rare-ish word; a common adjective (عسكرية، كبيرة) is not one.
PLACE_NAME_MAX_PER_MILLION = 84.4  # about 1500: below common adjectives (عسكرية، كبيرة)


ARTICLE_PLACE_NAME_MAX_PER_MILLION = 168.8  # names with the article (الموصل) are more frequent than bare ones


NISBA_MAX_PER_MILLION = 5.63  # a nisba this common (about 100) is an adjective, not a name


def _is_head(token: Token) -> bool:
    return any(stem in place_heads() or stem in list_heads() for _, stem in token.stems)


# A word without the article that the corpus also writes with it (عازلة/العازلة، عديدة/العديدة) is an
# adjective or a noun; a name seldom takes the article (حلب، كفرنبل).
ARTICLE_FORM_MIN_PER_MILLION = 1.1  # seen with the article about 20 times: the word takes it
ARTICLE_FORM_RATIO = 0.1


def _takes_the_article(norm: str) -> bool:
    if norm.startswith("ال"):
        return False
    with_article = word_frequencies().get("ال" + norm, 0)
    return with_article >= per_million(ARTICLE_FORM_MIN_PER_MILLION) and with_article >= ARTICLE_FORM_RATIO * word_frequencies().get(norm, 0)


# An indefinite word in ـية whose nisba family (منجمي، المنجمي، المنجمية) is as common as itself is an
# adjective (مدينة منجمية); a name in ـية has none (حمورية).
NISBA_FAMILY_RATIO = 0.5
NISBA_FAMILY_MIN_PER_MILLION = 0.56  # the adjective's family must be seen (about 10) before it outweighs the name


# A definite word common both with and without the article is a noun (الجزاء/جزاء in منطقة الجزاء،
# الصرف/صرف in سوق الصرف); a rare one is a name even when its bare form is a common verb (قضاء الحضر).
COMMON_DEFINITE_MIN_PER_MILLION = 5.63  # about 100
# A bare form seen this often is a common noun however much commoner the definite is (نزاع beside
# النزاع, أسر beside الأسر): a name's bare form is rare (موصل beside الموصل).
COMMON_BARE_MIN_PER_MILLION = 16.9  # about 300, a common word (مخدرة, seen 150 times beside المخدرة, is not)
COMMON_BARE_RATIO = 0.25


def _is_common_definite_noun(norm: str) -> bool:
    if not norm.startswith("ال") or word_frequencies().get(norm, 0) < per_million(COMMON_DEFINITE_MIN_PER_MILLION):
        return False
    bare, definite = word_frequencies().get(norm[2:], 0), word_frequencies().get(norm, 0)
    return bare > BARE_FORM_MAX_RATIO * definite \
        or bare >= per_million(COMMON_BARE_MIN_PER_MILLION) and bare >= COMMON_BARE_RATIO * definite


def _is_feminine_nisba(norm: str) -> bool:
    if norm.startswith("ال") or not norm.endswith("يه"):
        return False
    frequencies = word_frequencies()
    family = sum(frequencies.get(form, 0) for form in (norm[:-1], "ال" + norm[:-1], "ال" + norm))
    return family >= per_million(NISBA_FAMILY_MIN_PER_MILLION) and family >= NISBA_FAMILY_RATIO * frequencies.get(norm, 0)


def _imperfect_plural(norm: str) -> bool:
    """يبثون، تقولون: the imperfect verb of a plural subject (ي/ت … ون), which names no place (منفذ يبثون منه)."""
    return len(norm) >= 5 and norm.startswith(("ي", "ت")) and norm.endswith("ون")


# An adjective agrees with its noun in definiteness, and a name is definite by itself: a word before an
# indefinite adjective is the common noun it qualifies (سيول جارفة: floods), and an indefinite
# adjective after a head is no name (سوق سوداء، نهر صغير). An adjective is told by its other gender,
# which the corpus writes too, bare and with the article, at least this often (about 20 times each);
# after a head, where a rare noun may name the place (حي منار beside منارة), about 100 times each.
ADJECTIVE_GENDER_MIN_PER_MILLION = 1.1
HEADED_ADJECTIVE_MIN_PER_MILLION = 5.63


def _other_gender(norm: str) -> str | None:
    """صغير → صغيره، واسعه → واسع، سوداء → اسود (فعلاء → أفعل)."""
    if norm.endswith("اء") and len(norm) == 5:
        return "ا" + norm[:3]
    if norm.endswith("ه"):
        return norm[:-1] if len(norm) >= 4 else None
    return norm + "ه" if len(norm) >= 3 else None


def _indefinite_adjective(token: Token, rate: float = ADJECTIVE_GENDER_MIN_PER_MILLION) -> bool:
    """جارفة، واسعة، سوداء، صغير: a bare word whose two genders the corpus writes, bare and definite;
    not a head, a context word, a title or a given name (كريم، سعيد are names as often)."""
    norm = token.norm
    other = _other_gender(norm)
    if other is None or not plain_word(token) or norm.startswith("ال") or _is_head(token) \
            or context_role(token) is not None or norm in given_names() \
            or norm in title_words():
        return False
    floor = per_million(rate)
    frequencies = word_frequencies()
    return all(frequencies.get(form, 0) >= floor for form in (norm, "ال" + norm, other, "ال" + other))


@cached_by_form  # asked of every word after a locative word or a head, again and again
def _is_place_name_token(token: Token, strict: bool = True, after_head: bool = False) -> bool:
    """Could this token be a place's name after a head noun? strict: the name stands alone (مدينة X
    → X), so a word the corpus also writes with the article (عازلة/العازلة) is an adjective or a noun;
    not strict: the head stays in the name (حي منار), which a common word may complete. after_head:
    right after an indefinite head, where a definite nisba cannot be its adjective (an adjective
    agrees in definiteness: قرية الحميدية، حي الجامعية are genitives, names)."""
    if not plain_word(token) or token.norm.startswith(("و", "ف")) and not (after_head and _written_whole(token.norm)) \
            or _is_head(token) \
            or _is_feminine_nisba(token.norm) or context_role(token) is not None or _imperfect_plural(token.norm) \
            or has_preposition(token) or _lam_complement(token) or _bare_word_with_a_pronoun(token) \
            or token.norm in nationality_countries() or _possessed_noun(token.norm) \
            or _feminine_past_verb(token.norm) or _imperfect_by_its_persons(token.norm) \
            or strict and (_takes_the_article(token.norm) or _is_common_definite_noun(token.norm)):
        return False
    frequency = word_frequencies().get(token.norm, 0)
    if token.norm.endswith(("ي", "يه", "يا")) and not (after_head and token.norm.startswith("ال")) \
            and (frequency >= per_million(NISBA_MAX_PER_MILLION)
                 or word_frequencies().get("ال" + token.norm, 0) >= per_million(NISBA_MAX_PER_MILLION)):
        return False  # an adjective (شعبي، عسكرية), which the corpus also writes with the article
    limit = per_million(ARTICLE_PLACE_NAME_MAX_PER_MILLION) if token.norm.startswith("ال") else per_million(PLACE_NAME_MAX_PER_MILLION)
    return frequency < limit


PAST_VERB_STEM_MIN_PER_MILLION = 5.63  # about 100


def _imperfect_by_its_persons(norm: str) -> bool:
    """في سوق يطغى بيع الجملة، بالمنطقة تحيط بها: an unlisted word with an imperfect verb's prefix that
    the corpus shows in the verb's other persons (يطغى beside تطغى) is the verb of the clause, not a
    name after the head. Listed names (تدمر، تعز) are matched before this test; other shapes of verb
    are left alone, as foreign names take them (شارلوا، قم), and so is a word whose other "persons"
    are a given name (تورا beside نورا)."""
    return len(norm) >= 4 and norm[0] in PRESENT_PREFIXES and norm[0] != "ا" \
        and not any(prefix + norm[1:] in given_names() for prefix in PRESENT_PREFIXES) and looks_like_verb(norm)


def _feminine_past_verb(norm: str, rate: float = PAST_VERB_STEM_MIN_PER_MILLION) -> bool:
    """تميزت، شهدت: a bare word in ت whose stem without it is a common word (تميز) is a verb of a
    feminine subject (مدينة تميزت ببرامجها: a city that stood out), not a name (تيزنيت: no تيزني)."""
    return norm.endswith("ت") and len(norm) >= 4 and not norm.startswith("ال") \
        and word_frequencies().get(norm[:-1], 0) >= per_million(rate)


def _adjective_rate(head: str) -> float:
    """How common both genders of a word must be for it to be an adjective after this head: after a
    facility head a rarer adjective counts (سوق مزدحمة، استاد مكتظ), as such heads name with words of
    their own rather than a bare common word."""
    return ADJECTIVE_GENDER_MIN_PER_MILLION if place_heads()[head] == ("with_head", "facility") else HEADED_ADJECTIVE_MIN_PER_MILLION


INDEFINITE_ADJECTIVE_MIN_SHARE = 0.2


def _rarely_indefinite(token: Token) -> bool:
    """حي السوق بمحافظة البكيرية keeps a placed name that is an adjective's form too; a word the corpus
    writes bare at least as a fifth of its uses (جديدة، مزدحمة، مكتظ، خاص) is the adjective of an
    unnamed place however it is placed (مقاطعة جديدة في أميركا، استاد مكتظ جنوبي الصومال)."""
    bare = word_frequencies().get(token.norm, 0)
    return bare < INDEFINITE_ADJECTIVE_MIN_SHARE * (bare + word_frequencies().get("ال" + token.norm, 0))


def _bare_word_with_a_pronoun(token: Token) -> bool:
    """أمامه: a bare word in ه on a common stem is the stem and a pronoun; a definite one takes no
    pronoun, so its ه is a ة written without its dots (حي السلامه)."""
    return not token.norm.startswith("ال") and has_pronoun_suffix(token)


LAM_COMPLEMENT_RATIO = 2


def _lam_complement(token: Token) -> bool:
    """ساحة لتغليب، مخيم لإيواء: a word in ل whose rest the corpus knows far better than the whole is ل
    and a complement of the head (a rarer verbal noun than has_preposition asks for), no name."""
    norm = token.norm
    if not norm.startswith("ل") or norm.startswith("لل") or len(norm) < 4:
        return False
    rest = word_frequencies().get(norm[1:], 0)
    return rest >= per_million(WHOLE_NAME_MIN_PER_MILLION) and rest >= LAM_COMPLEMENT_RATIO * word_frequencies().get(norm, 0)


WHOLE_NAME_MIN_PER_MILLION = 0.17  # seen about 3 times as written
CONJUNCTION_READING_MAX_RATIO = 0.1


def _written_whole(norm: str) -> bool:
    """ويتشيتا، فانكوفر، فيرجينيا: a word in و/ف that the corpus writes whole and (almost) never
    without its first letter is a name that begins with the letter, not و/ف and a word (وقرية); a
    foreign name, it (almost) never takes the article or a feminine ة either, as an Arabic word in و/ف
    does (فخم: الفخم، فخمة)."""
    frequencies = word_frequencies()
    whole = frequencies.get(norm, 0)
    others = (norm[1:], "ال" + norm[1:], "ال" + norm, norm + "ه")
    return whole >= per_million(WHOLE_NAME_MIN_PER_MILLION) \
        and all(frequencies.get(form, 0) <= CONJUNCTION_READING_MAX_RATIO * whole for form in others)


SECOND_PLACE_WORD_MAX_PER_MILLION = 16.9  # a second word of a name (حي منار X) is rare (about 300)
ADJECTIVE_FORM_MIN_PER_MILLION = 1.1  # a masculine seen about 20 times makes the feminine an adjective


def _is_second_place_word(token: Token) -> bool:
    """A second word of a place name (دار سعد، حسي الفريد): rare, and not a word with a preposition
    (للجانب); a definite one completes an indefinite first word as its genitive, and is neither an
    adjective agreeing with the name (المحاصرة، الشرقية، الجنوبي) nor a word of the context (التابعة)."""
    norm = token.norm
    if norm.startswith("ال") and (norm.endswith(("ي", "يه")) or context_role(token) is not None
                                 or norm.endswith("ه") and word_frequencies().get(norm, 0) >= per_million(COMMON_DEFINITE_MIN_PER_MILLION)
                                 and word_frequencies().get(norm[:-1], 0) >= per_million(ADJECTIVE_FORM_MIN_PER_MILLION)):
        return False  # a nisba, or a common feminine whose masculine is common too (المحاصرة/المحاصر)
    return _is_place_name_token(token) and not _read_with_a_proclitic(norm) \
        and not _feminine_past_verb(norm, SECOND_WORD_VERB_STEM_MIN_PER_MILLION) \
        and word_frequencies().get(norm, 0) < per_million(SECOND_PLACE_WORD_MAX_PER_MILLION)


# after a name a verb is likelier than a second word (حي البساتين انفجرت فيه): a rarer stem suffices
SECOND_WORD_VERB_STEM_MIN_PER_MILLION = 1.1


def _read_with_a_proclitic(norm: str) -> bool:
    """لمدة، كبير: a word starting with ل/ب/ك that the corpus knows at least as well without that
    letter is a proclitic and a word; لوغانسكا، بختياري (no وغانسكا، ختياري) are names."""
    return norm.startswith(("ل", "ب", "ك")) and not norm.startswith("ال") \
        and word_frequencies().get(norm[1:], 0) >= max(1, word_frequencies().get(norm, 0))


def _same_sentence(doc: Document, index: int, other: int) -> bool:
    return 0 <= other < len(doc.tokens) and doc.tokens[other].sentence == doc.tokens[index].sentence


def _known_name_at(doc: Document, index: int) -> Match | None:
    """The longest gazetteer or mined name starting exactly at token `index` (no proclitics)."""
    for matcher in (place_matcher(), mined_matcher()):
        for match in matcher.matches_at(doc, index):
            if match.start == doc.tokens[index].start:
                return match
    return None


def _name_end(doc: Document, index: int, strict: bool = True, after_head: bool = False) -> int | None:
    """Last token of a place name starting at `index`: a known name (longest), a toponym's first word
    and the word it takes (عين عيسى، تل أبيض), or a rare word (+ one more)."""
    known = _known_name_at(doc, index)
    compound = _compound_name_end(doc, index)
    if known is not None and (compound is None or known.last >= compound):
        return known.last
    if compound is not None:
        return compound  # حسي الفريد over a listed حسي: a toponym's first word begins a longer name
    if doc.tokens[index].norm in word_set("headed_name_particle") \
            or not _is_place_name_token(doc.tokens[index], strict, after_head):
        return None
    if _same_sentence(doc, index, index + 1) and (doc.tokens[index + 1].kind == "number" and not _before_a_measure(doc, index + 1)
                                                  or _is_second_place_word(doc.tokens[index + 1])
                                                  and not _definite_before_indefinite(doc.tokens[index], doc.tokens[index + 1])):
        return index + 1
    return index


def _definite_before_indefinite(first: Token, second: Token) -> bool:
    """كنيس الغريبة توافد: a definite word takes no indefinite genitive, so a bare word after a definite
    name starts the sentence going on (its verb), not the name's second word."""
    return first.norm.startswith("ال") and not second.norm.startswith("ال")


NUMBER_JOINERS = frozenset("/-")


MAX_COMPOUND_STARTS = 1  # one more toponym start inside a name (خان بني سعد), never a chain


def _compound_name_end(doc: Document, index: int, stem: str | None = None, depth: int = 0) -> int | None:
    """عين عيسى، تل أبيض، كفر سوسة، أبو حمزة، آل حميدان: a word that begins toponyms (word sets
    place_name_start, headed_name_particle; `stem`: the word without its و) and the word after it, which is no function
    word, head or context word and is not joined by و."""
    word = stem if stem is not None else doc.tokens[index].norm
    after = index + 1
    if word not in word_set("place_name_start") and word not in word_set("headed_name_particle") \
            or not _same_sentence(doc, index, after):
        return None
    token = doc.tokens[after]
    if not plain_word(token) or token.norm.startswith(("و", "ف")) or token.norm in function_words() \
            or _is_head(token) or context_role(token) is not None or has_preposition(token) \
            or _reads_as_imperfect_verb(token):
        return None
    if depth < MAX_COMPOUND_STARTS and (longer := _compound_name_end(doc, after, depth=depth + 1)) is not None:
        return longer  # خان بني سعد، تل أبو سعيد: a toponym's first word before another takes that one's word too
    return after


IMPERFECT_PREFIXES = ("ي", "ت")
IMPERFECT_MIN_PER_MILLION = 16.9  # about 300: a common word in ي/ت that is no given name is a verb


def _reads_as_imperfect_verb(token: Token) -> bool:
    """ولاية سيدي يشتبه: a common word in ي/ت after a toponym's first word is the sentence's verb; a
    given name in ي is the toponym's (دير ياسين)."""
    return token.norm.startswith(IMPERFECT_PREFIXES) and not is_given_name(token) \
        and word_frequencies().get(token.norm, 0) >= per_million(IMPERFECT_MIN_PER_MILLION)


def _before_a_measure(doc: Document, number: int) -> bool:
    """الثرثار 35 كلم شمال الفلوجة: a number before a unit (across a slash: 35/ كلم) is a distance, not
    part of the name before it (ناحية 14 تموز، قرية 5)."""
    after = number + 1
    if _same_sentence(doc, number, after) and doc.tokens[after].norm in NUMBER_JOINERS:
        after += 1
    return _same_sentence(doc, number, after) and doc.tokens[after].norm in measure_words()


def _stem_matches(doc: Document, index: int) -> list[Match]:
    """Known names read from token `index` without its proclitics (وكفرنبل → كفرنبل)."""
    return [match for matcher in (place_matcher(), mined_matcher()) for match in matcher.matches_at(doc, index)
            if match.start > doc.tokens[index].start]


def _is_rare_name_word(norm: str) -> bool:
    frequency = word_frequencies().get(norm, 0)
    if norm.endswith(("ي", "يه", "يا")) and (frequency >= per_million(NISBA_MAX_PER_MILLION)
                                            or word_frequencies().get("ال" + norm, 0) >= per_million(NISBA_MAX_PER_MILLION)):
        return False
    return len(norm) >= 2 and frequency < (per_million(ARTICLE_PLACE_NAME_MAX_PER_MILLION) if norm.startswith("ال")
                                            else per_million(PLACE_NAME_MAX_PER_MILLION))


# A conjunct the gazetteers do not know is a name only when the corpus barely knows the word: a
# verb after و (وقتلت) is far more frequent than a village's name. A definite noun (والبريد،
# والضباب) coordinated with a name under a place head is one more name of the list.
UNKNOWN_CONJUNCT_MAX_PER_MILLION = 1.7  # an unknown list member must be a rare word (about 30), not a common one


def _unknown_conjunct(token: Token) -> bool:
    stem = token.norm[1:]
    if stem in function_words():
        return False
    # وصولا، وفقا: a whole bare word the corpus knows, better than the word without و, is no و and a name
    whole = word_frequencies().get(token.norm, 0)
    if not stem.startswith("ال") and whole >= per_million(UNKNOWN_CONJUNCT_MAX_PER_MILLION) and whole >= word_frequencies().get(stem, 0):
        return False
    return _unknown_conjunct_word(stem)


def _unknown_conjunct_word(stem: str) -> bool:
    """The word of an unknown conjunct, its و dropped: a definite word below the commonest (a list of
    names, not an adjective, follows و here: والجمهوري too), or a bare word the corpus barely knows."""
    if stem in function_words():
        return False
    if stem.startswith("ال"):
        return word_frequencies().get(stem, 0) < per_million(ARTICLE_PLACE_NAME_MAX_PER_MILLION)
    if not _is_rare_name_word(stem):
        return False
    return word_frequencies().get(stem, 0) < per_million(UNKNOWN_CONJUNCT_MAX_PER_MILLION) and not _takes_the_article(stem)


def _locality_conjunct_end(doc: Document, position: int) -> int | None:
    """In a list of localities (after a colon), the last token of an unknown conjunct وX or وX Y: X
    no function word, head or common word; Y any plain word not joined by و, since و separates the
    members (وأولاد صالح، وبئر الزيتون)."""
    return _locality_member_end(doc, position, doc.tokens[position].norm[1:])


def _locality_member_end(doc: Document, position: int, stem: str) -> int | None:
    """_locality_conjunct_end for the member at `position` whose word, without its و if any, is `stem`."""
    token = doc.tokens[position]
    if stem in function_words() or _is_head(token) or not _is_rare_name_word(stem):
        return None
    after = position + 1
    if _same_sentence(doc, position, after) and plain_word(doc.tokens[after]) \
            and not doc.tokens[after].norm.startswith(("و", "ف")) and len(doc.tokens[after].stems) == 1:
        return after
    return position


def _conjunct(doc: Document, last: int, localities: bool = False) -> tuple[Span, int] | None:
    """The next conjunct of a list after token `last` (، X or وX, its و dropped) and its last token;
    `localities`: a list the text announces (after a colon), whose unknown members may be commoner
    words and two words long."""
    position = last + 1
    comma = _same_sentence(doc, last, position) and doc.tokens[position].norm == "،"
    position += comma
    if not _same_sentence(doc, last, position):
        return None
    token = doc.tokens[position]
    if token.norm == CONJUNCTION and _same_sentence(doc, position, position + 1):
        return _conjunct_written_apart(doc, position + 1, localities)
    compound = _compound_name_end(doc, position, token.norm[1:]) if token.norm.startswith("و") else None
    if token.kind == "arabic" and token.norm.startswith("و") and (len(token.norm) > 3 or compound is not None):
        known = _stem_matches(doc, position)  # وتل الذهب: a short toponym start is a conjunct too
        if known and localities and max(match.last for match in known) == position:
            end = _locality_conjunct_end(doc, position) or position  # وبئر الزيتون: a longer name than بئر
        elif known and (compound is None or max(match.last for match in known) >= compound):
            end = max(match.last for match in known)
        elif compound is not None:
            end = compound  # وتل أبيض, وتل الذهب over a listed تل
        elif _unknown_conjunct(token) and not _is_head(token):
            end = position
        elif localities and (locality_end := _locality_conjunct_end(doc, position)) is not None:
            end = locality_end
        else:
            return None
        stem_start = doc.normalized.to_original(token.norm_start + 1, token.norm_end)[0]
        return doc.span(stem_start, doc.tokens[end].end, "LOC"), end
    if comma:
        end = _name_end(doc, position)
        return (doc.tokens_span(position, end, "LOC"), end) if end is not None else None
    return None


CONJUNCTION = "و"


def _conjunct_written_apart(doc: Document, position: int, localities: bool) -> tuple[Span, int] | None:
    """و السهيلي: a conjunct after و written as a word of its own (Maghrebi news often spaces it),
    read as the same conjunct written with its و: a known name, a toponym's first word and its word,
    or a word the corpus barely knows."""
    token = doc.tokens[position]
    if token.kind != "arabic" or token.norm.startswith("و") or _is_head(token):
        return None
    known = _known_name_at(doc, position)
    compound = _compound_name_end(doc, position)
    if known is not None and (compound is None or known.last >= compound):
        end = known.last
    elif compound is not None:
        end = compound
    elif _unknown_conjunct_word(token.norm):
        end = position
    elif localities and (locality_end := _locality_member_end(doc, position, token.norm)) is not None:
        end = locality_end
    else:
        return None
    return doc.tokens_span(position, end, "LOC"), end


def _list_places(doc: Document, head_index: int) -> list[Span]:
    """قرى X وY وZ، منطقتي X وY: every conjunct under a plural or dual head is a place."""
    first = head_index + 1
    if not _same_sentence(doc, head_index, first):
        return []
    if _is_head(doc.tokens[first]) and _same_sentence(doc, first, first + 1):  # أحياء حوض الأشراف و…
        name_last = _name_end(doc, first + 1, strict=False)
        if name_last is None:
            return []
        found = [doc.tokens_span(first, name_last, "LOC")]
        return found + _conjuncts(doc, name_last)
    if _listed_place_joined(doc, first):
        last = first
    else:
        last = _name_end(doc, first)
        # an indefinite plural takes a clause as often as a name (مناطق تسيطر عليها): an unknown first
        # name must be a word the corpus barely knows
        if last is None or _known_name_at(doc, first) is None and _compound_name_end(doc, first) is None \
                and word_frequencies().get(doc.tokens[first].norm, 0) >= per_million(UNKNOWN_CONJUNCT_MAX_PER_MILLION):
            return [] if _is_dual_head(doc.tokens[head_index]) else _placed_definite_list(doc, first)
    found = [doc.tokens_span(first, last, "LOC")]
    if _is_dual_head(doc.tokens[head_index]):
        return found + _second_of_two(doc, last)
    return found + _conjuncts(doc, last)


def _definite_list_word(token: Token, norm: str) -> bool:
    """A definite word that can name a neighbourhood or a village (الروضة، النسيم): no function word,
    head, context word (الشمال، الوسط too), nisba or adjective (المجاورة beside a common المجاور), sound
    plural (النزاعات) or word as common as an abstract noun (القتال), and no pronoun form."""
    return token.kind == "arabic" and norm.startswith("ال") and len(norm) > 3 and norm not in function_words() \
        and not _is_head(token) and context_role(token) is None and norm[2:] not in context_words() \
        and not norm.endswith(("ي", "يه")) \
        and norm not in nationality_countries() and not _noun_with_a_pronoun(norm) and not _definite_sound_plural(norm) \
        and word_frequencies().get(norm, 0) < per_million(LOCATED_NAME_MAX_PER_MILLION) \
        and not (norm.endswith("ه") and word_frequencies().get(norm[:-1], 0) >= per_million(ADJECTIVE_FORM_MIN_PER_MILLION))


MIN_PLACED_LIST_MEMBERS = 2


def _placed_definite_list(doc: Document, first: int) -> list[Span]:
    """أحياء الروضة والنسيم والملز بالرياض: under a plural head, common definite words joined by و are
    the list's names when the place they lie in follows the last one, as a single common name is (حي
    السوق بمحافظة البكيرية); without that place (مناطق الشمال والجنوب، قرى المحافظة والمدن) nothing."""
    token = doc.tokens[first]
    if not plain_word(token) or len(token.stems) != 1 or not _definite_list_word(token, token.norm):
        return []
    found, last = [doc.tokens_span(first, first, "LOC")], first
    while _same_sentence(doc, last, last + 1):
        following = doc.tokens[last + 1]
        if not following.norm.startswith("و") or not (_definite_list_word(following, following.norm[1:])
                                                       or any(match.last == last + 1 for match in _stem_matches(doc, last + 1))):
            break  # a listed name may be a member too (والسليمانية)
        start = doc.normalized.to_original(following.norm_start + 1, following.norm_end)[0]
        found.append(doc.span(start, following.end, "LOC"))
        last += 1
    if len(found) < MIN_PLACED_LIST_MEMBERS or not _followed_by_parent(doc, last):
        return []
    return found


def _listed_place_joined(doc: Document, first: int) -> bool:
    """مديريات موزع والوازعية: a bare word under a plural head, however common, is the list's first name
    when a listed place (not a weak name) or a mined one is joined to it by و (a clause would not go
    on with a place)."""
    token, after = doc.tokens[first], first + 1
    if not plain_word(token) or token.norm.startswith(("ال", "و", "ف")) or _is_head(token) or has_preposition(token) \
            or context_role(token) is not None or _known_name_at(doc, first) is not None \
            or _reads_as_imperfect_verb(token) or _is_feminine_nisba(token.norm) \
            or _indefinite_adjective(token, HEADED_ADJECTIVE_MIN_PER_MILLION) \
            or not _same_sentence(doc, first, after) or not doc.tokens[after].norm.startswith("و"):
        return False
    return any(match.last == after and (not isinstance(match.payload, dict) or not _is_weak(match))
               for match in _stem_matches(doc, after))


def _is_dual_head(token: Token) -> bool:
    return any(stem in dual_heads() for _, stem in token.stems)


def _second_of_two(doc: Document, last: int) -> list[Span]:
    """قريتي الفوعة وكفريا، منطقتي X وY: a dual names two places, so the word joined by و after the
    first is the second, however common (no function word, head or context word)."""
    conjunct = _conjunct(doc, last)
    if conjunct is not None:
        return [conjunct[0]]
    position = last + 1
    if not _same_sentence(doc, last, position):
        return []
    token = doc.tokens[position]
    apart = token.norm == CONJUNCTION and _same_sentence(doc, position, position + 1)  # منطقتي X و Y
    if apart:
        position += 1
        token = doc.tokens[position]
    stem = token.norm if apart else token.norm[1:]
    if token.kind != "arabic" or not apart and not token.norm.startswith("و") or len(stem) < 2 or stem in function_words() \
            or _is_head(token) or context_role(token) is not None or _imperfect_plural(stem) \
            or word_frequencies().get(stem, 0) >= per_million(PLACE_NAME_MAX_PER_MILLION):
        return []  # وقتل: a word this common after و is a verb or a noun of the sentence
    start = token.start if apart else doc.normalized.to_original(token.norm_start + 1, token.norm_end)[0]
    return [doc.span(start, token.end, "LOC")]


def _conjuncts(doc: Document, last: int, localities: bool = False) -> list[Span]:
    """The conjuncts after a list's first name. A list puts و before its last member (X، Y وZ; X وY
    وZ): after a member joined by و alone, a comma ends the list (ولايتا تطاوين ومدنين، بدءا من)."""
    found, joined_by_wa = [], False
    while (conjunct := _conjunct(doc, last, localities)) is not None:
        span, end = conjunct
        comma_only = doc.tokens[last + 1].norm == "،" and not doc.tokens[last + 2].norm.startswith("و")
        if joined_by_wa and comma_only:
            break
        joined_by_wa = doc.tokens[last + 1].norm != "،"
        found.append(span)
        last = end
    return found


MAX_PARENT_GAP = 2  # في محافظة لحج: up to two words between a name and the place it lies in


PARENT_ROLES = ("direction", "relation", "locative")
# Without a head noun, only a direction or a relation places a name (في المخدرة غربي مأرب); a
# preposition may say where something goes instead (في طريقها إلى حلب).
DIRECTION_ROLES = ("direction", "relation")


def _followed_by_parent(doc: Document, index: int, roles: tuple[str, ...] = PARENT_ROLES) -> bool:
    """Token `index` is followed by the place it lies in: بمحافظة البكيرية، غربي مأرب، في محافظة لحج، بإدلب."""
    position = index + 1
    for _ in range(MAX_PARENT_GAP + 1):
        if not _same_sentence(doc, index, position):
            return False
        token = doc.tokens[position]
        known = [match for match in _stem_matches(doc, position) if not token.norm.startswith("و")]
        if (known and roles == PARENT_ROLES) or position > index + 1 and _known_name_at(doc, position) is not None:
            return True
        if context_role(token) not in roles and not (_is_head(token) and roles == PARENT_ROLES):
            return False  # without a head noun, أفقر مناطق المغرب places nothing
        position += 1
    return False


# A name with the article is seldom written without it, a common noun often is (معارك/المعارك).
BARE_FORM_MAX_RATIO = 0.7
LOCATED_NAME_MAX_PER_MILLION = 56.27  # a name located by a parent place is rarer than common words (about 1000)


def _name_shaped(norm: str) -> bool:
    """A proper name's shape: with the article, a rarer bare form (المخدرة beside مخدرة, unlike
    الجزاء beside جزاء); without it, no common form with the article (حمورية, unlike عازلة)."""
    if norm.startswith("ال"):
        return word_frequencies().get(norm[2:], 0) <= BARE_FORM_MAX_RATIO * word_frequencies().get(norm, 0)
    return not _takes_the_article(norm)


# A word the corpus barely knows is a name even where a preposition, not a direction, places it
# (في مايوركا في إسبانيا); a commoner one may be anything said to be there (في مستودع في حلب).
BARELY_KNOWN_MAX_PER_MILLION = 1.7  # about 30


def _parent_roles(token: Token) -> tuple[str, ...]:
    if word_frequencies().get(token.norm, 0) < per_million(BARELY_KNOWN_MAX_PER_MILLION) \
            and not _noun_with_a_pronoun(token.norm) and not _definite_sound_plural(token.norm) \
            and not _construct_plural(token.norm):
        return PARENT_ROLES
    return DIRECTION_ROLES


SOUND_PLURAL_ENDINGS = ("ات", "ون", "ين")


CONSTRUCT_PLURAL_MIN_PER_MILLION = 1.1  # the full plural seen about 20 times


def _construct_plural(norm: str) -> bool:
    """مهجري مدينة دوما، نازحو المخيم: a sound plural in the construct state (its ن dropped before a
    genitive), told by its full form, bare or definite (مهجرين، المهجرين، نازحون), being a word of the corpus."""
    full = word_frequencies().get(norm + "ن", 0) + word_frequencies().get("ال" + norm + "ن", 0)
    return norm.endswith(("ي", "و")) and full >= per_million(CONSTRUCT_PLURAL_MIN_PER_MILLION)


def _definite_sound_plural(norm: str) -> bool:
    """المقيمات، المبتعثين: people described, not a place (من المقيمات في لندن)."""
    return norm.startswith("ال") and norm.endswith(SOUND_PLURAL_ENDINGS)


PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
PRONOUN_STEM_MIN_PER_MILLION = 0.17  # the stem seen about 3 times: a word of the language, not a chance spelling


def _noun_with_a_pronoun(norm: str) -> bool:
    """طريقهما، محبسه: a rare form that is a noun of the corpus (bare or definite: المحبس) and a pronoun
    suffix (في طريقهما إلى حلب، داخل محبسه بسجن العقرب)."""
    return any(norm.endswith(suffix) and len(norm) > len(suffix) + 1
               and word_frequencies().get(norm[:-len(suffix)], 0) + word_frequencies().get("ال" + norm[:-len(suffix)], 0)
               >= per_million(PRONOUN_STEM_MIN_PER_MILLION)
               for suffix in PRONOUN_SUFFIXES)


PLURAL_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "كم")  # no place's name ends so (ه، ها، نا end many)


def _noun_with_a_plural_pronoun(norm: str) -> bool:
    """عطلاتهم، منازلهم: a noun of the corpus with a plural or dual pronoun is no place's name."""
    bare = norm[2:] if norm.startswith("ال") else norm
    return any(bare.endswith(suffix) and len(bare) >= len(suffix) + 3
               and word_frequencies().get(bare[:-len(suffix)], 0) + word_frequencies().get("ال" + bare[:-len(suffix)], 0)
               >= per_million(PRONOUN_STEM_MIN_PER_MILLION)
               for suffix in PLURAL_PRONOUN_SUFFIXES)


LOCATING_ROLES = ("locative", "residents")


def located_places(doc: Document) -> list[Span]:
    """في المخدرة غربي مأرب، أهالي الغضابنة من معتمدية قصور الساف: after a preposition of place or a
    noun for a place's people, a rare, name-shaped word followed by the listed place it lies in."""
    found = []
    # Only after a context word (the token before must have a locative role).
    for before in doc.tokens_with_stem("places:context_word", context_words()):
        index = before + 1
        if not 1 <= index < len(doc.tokens) - 1:
            continue
        token, previous = doc.tokens[index], doc.tokens[before]
        if _same_sentence(doc, index, index - 1) and context_role(previous) in LOCATING_ROLES \
                and _is_place_name_token(token) and _name_shaped(token.norm) \
                and word_frequencies().get(token.norm, 0) < per_million(LOCATED_NAME_MAX_PER_MILLION) \
                and _known_name_at(doc, index) is None and not _dual_of_a_common_noun(token.norm) \
                and _followed_by_parent(doc, index, _parent_roles(token)):
            found.append(doc.tokens_span(index, index, "LOC"))
    return found


LOCATIVE_BA_ARTICLE = "بال"


def _rare_locative_ba_stems(stems) -> list[str]:
    return [stem for stem in stems if stem.startswith(LOCATIVE_BA_ARTICLE)
            and word_frequencies().get(stem[1:], 0) < per_million(BARELY_KNOWN_MAX_PER_MILLION)]


def located_with_ba(doc: Document) -> list[Span]:
    """مركز الأمن الوطني بالساحلين من ولاية المنستير: a definite word the corpus barely knows, under the
    locative ب, followed by the listed place it lies in, is a place, as after في."""
    found = []
    for index in doc.tokens_with_stem("places:locative_ba", select=_rare_locative_ba_stems):
        token = doc.tokens[index]
        stem = token.norm[1:]
        if not token.norm.startswith(LOCATIVE_BA_ARTICLE) or token.kind != "arabic" or len(stem) < 5 \
                or stem in function_words() or stem in mined_places() or _is_head(token) or context_role(token) is not None \
                or stem.endswith(("ي", "يه")) or _noun_with_a_pronoun(stem) or not _name_shaped(stem) \
                or _stem_matches(doc, index) or not _followed_by_parent(doc, index):
            continue
        start = doc.normalized.to_original(token.norm_start + 1, token.norm_end)[0]
        found.append(doc.span(start, token.end, "LOC"))
    return found


DUAL_ENDINGS = ("تين", "تان")
DUAL_STEM_MIN_PER_MILLION = 5.63  # the singular seen about 100 times


def _dual_of_a_common_noun(norm: str) -> bool:
    """عمارتين، شقتين: the dual of a common noun in ة (عمارة) counts two things, it names no place."""
    return norm.endswith(DUAL_ENDINGS) and len(norm) > 5 \
        and word_frequencies().get(norm[:-3] + "ه", 0) >= per_million(DUAL_STEM_MIN_PER_MILLION)


COMPLEMENT_LAM = "لل"


def _headed_name_end(doc: Document, name: int, strict: bool) -> int | None:
    """Last token of the name after a singular head; a common word counts when the place it lies in
    follows (حي السوق بمحافظة البكيرية، وادي الحسيني في محافظة لحج), a nisba adjective does not (قرية
    بدوية في الضفة الغربية)."""
    token = doc.tokens[name]
    if _known_name_at(doc, name) is None and token.norm.startswith(COMPLEMENT_LAM):
        return None  # معسكر للنظام، ساحة للتصارع: لل introduces a complement of the head, never its name
    if _known_name_at(doc, name) is None and _noun_with_a_plural_pronoun(token.norm):
        return None  # بقضاء عطلاتهم: the head's homograph (قضاء "spending") before a noun with their pronoun
    if _known_name_at(doc, name) is None and _reads_as_imperfect_verb(token) \
            and token.norm not in word_set("place_name_start") and _compound_name_end(doc, name) is None:
        return None  # منطقة تقع شرق المدينة: a common word in ي/ت right after the head is a relative clause's verb
    last = _name_end(doc, name, strict, after_head=True)
    if last is not None:
        return last
    if token.kind == "arabic" and plain_word(token) and not token.norm.startswith(("و", "ف")) \
            and not _is_head(token) and not _is_feminine_nisba(token.norm) \
            and not has_preposition(token) and not _lam_complement(token) and not _bare_word_with_a_pronoun(token) \
            and context_role(token) not in PARENT_ROLES \
            and not (strict and _organisation_word(token.norm)) and _followed_by_parent(doc, name):
        # منطقة قرب مدينة دياربكر: a preposition of place after the head introduces the place around, no name
        # حي الشرطة بمدينة حمص keeps its head; alone (منطقة الشرطة بتاجروين) an institution's word is no name
        return name
    return None


def _definite_street_name(token: Token) -> bool:
    """السلام، الجمهورية after شارع: one definite word without a proclitic that is no function word,
    head, context word, nisba adjective or word with a pronoun."""
    return plain_word(token) and token.norm.startswith("ال") and len(token.stems) == 1 and not _is_head(token) \
        and context_role(token) is None and token.norm not in nationality_countries() \
        and not _noun_with_a_pronoun(token.norm)


def _second_listed_name_end(doc: Document, name: int, last: int) -> int:
    """مطار تونس قرطاج: after a facility head, a listed name right after a listed name (no و between)
    is the second part of the facility's name, not a place of its own."""
    if _known_name_at(doc, name) is None or not _same_sentence(doc, last, last + 1):
        return last
    second = _known_name_at(doc, last + 1)
    return second.last if second is not None else last


def _before_a_resumptive(doc: Document, last: int) -> bool:
    """منطقة تسيطر عليها، مناطق يعيش فيها: a word before a preposition with a pronoun is the verb of a
    relative clause on the head, not a name."""
    return _same_sentence(doc, last, last + 1) and doc.tokens[last + 1].norm in word_set("resumptive")


def _placed_by_context(doc: Document, head: int, offset: int, last: int) -> bool:
    """في قضاء سنجار، بقضاء تلعفر، منفذ الوديعة بمحافظة حضرموت: a preposition of place before the head
    (or its proclitic ب), or a rare name and the place it lies in after it; أثناء قضاء العطلات، قضاء
    عطلة في دبي and هوية منفذ الهجوم have neither."""
    token = doc.tokens[head]
    if offset and token.norm[:offset].endswith("ب"):
        return True
    # a common noun before a place is the verbal noun's object (قضاء عطلة في دبي): only a rare name counts
    return _previous_role(doc, head) in ("locative", "direction") \
        or _name_end(doc, head + 1) is not None and _followed_by_parent(doc, last)


def _other_sense_genitive(doc: Document, head: str, name: int) -> bool:
    """ولاية اليونيفيل، ولاية الفقيه: after a head whose unlisted names are bare (ولاية كيرالا), an
    unlisted name with the article is the genitive of the head's other sense (a mandate)."""
    return head in bare_name_heads() and doc.tokens[name].norm.startswith("ال") and _known_name_at(doc, name) is None


def _names_a_currency(token: Token) -> bool:
    """منطقة اليورو، منطقة الفرنك: a currency after a head names the currency's zone, not a place."""
    stem = token.norm[2:] if token.norm.startswith("ال") else token.norm
    return currency_words().get(stem) == "currency"


MAX_NATIONALITY_NAMED_WORDS = 2


def _name_before_a_nationality(doc: Document, name: int) -> int | None:
    """مدينة ليل الفرنسية، ولاية لاس فيجاس الأمريكية: after a feminine head, one or two bare words and
    the feminine nationality adjective agreeing with the head are a place's name, however common a
    word (ليل: night) is; the adjective says where it lies."""
    for last in range(name, name + MAX_NATIONALITY_NAMED_WORDS):
        if not _same_sentence(doc, name, last + 1):
            return None
        token = doc.tokens[last]
        if not plain_word(token) or token.norm.startswith(("ال", "و")) \
                or token.norm in function_words() or _is_head(token) or context_role(token) is not None \
                or token.norm in nationality_countries() or token.norm.endswith("ه") and _indefinite_adjective(token):
            return None  # مدينة كبيرة: an adjective agreeing with the head
        adjective = doc.tokens[last + 1].norm
        if adjective.startswith("ال") and adjective.endswith("يه") and adjective in nationality_countries():
            return last
    return None


def _indefinite_nisba_after_a_facility(doc: Document, head: str, name: int, last: int) -> bool:
    """معبد يهودي، مستشفى ميداني، سجن سري: after a facility head a bare word in ي whose feminine in ة the
    corpus knows is the adjective of an unnamed facility, even where the place it lies in follows
    (أقدم معبد يهودي في أفريقيا)."""
    norm = doc.tokens[name].norm
    return place_heads()[head] == ("with_head", "facility") and last == name and _known_name_at(doc, name) is None \
        and not norm.startswith("ال") and norm.endswith("ي") \
        and word_frequencies().get(norm + "ه", 0) >= per_million(ADJECTIVE_GENDER_MIN_PER_MILLION)


@lru_cache(maxsize=1)
def mined_facilities() -> frozenset[str]:
    """Head and common definite word that name one building (قصر السلام), normalized: facilities_mined_ar.tsv."""
    return frozenset(normalize_string(row["name"]) for row in read_tsv("facilities_mined_ar.tsv"))


def _mined_facility(head: str, token: Token) -> bool:
    return plain_word(token) and f"{head} {token.norm}" in mined_facilities()


def headed_places(doc: Document) -> list[Span]:
    """قاعدة العند، سوق الشعارين، حي الصلول، ناحية القيارة → القيارة: names after a place head noun."""
    tokens, found = doc.tokens, []
    for index in doc.tokens_with_stem("places:head", _head_stems()):  # only tokens with a head noun
        if index >= len(tokens) - 1:
            break
        token = tokens[index]
        if any(stem in list_heads() for _, stem in token.stems):
            found.extend(_list_places(doc, index))
            continue
        head = next(((offset, stem) for offset, stem in token.stems if stem in place_heads()), None)
        name = index + 1
        if head is None or tokens[name].sentence != token.sentence or _hamza_not_in_head(doc, token, head) \
                or _sentences_a_person(doc, index, name):
            continue  # بسجن أحمد نظيف: imprisoning a person, no prison
        last = _headed_name_end(doc, name, strict=place_heads()[head[1]][0] != "with_head")
        mined_facility = last is None and _mined_facility(head[1], tokens[name])
        if mined_facility:
            last = name  # قصر السلام: a common word that the corpus shows names one building after this head
        by_nationality = last is None and place_heads()[head[1]][0] == "name_only" and head[1].endswith("ه") \
            and (last := _name_before_a_nationality(doc, name)) is not None
        if by_nationality:
            found.append(doc.tokens_span(name, last, "LOC"))
            continue
        if last is None and head[1] in word_set("street_head_any_name") and _definite_street_name(tokens[name]):
            last = name  # شارع السلام، شارع الجمهورية: a street takes the commonest words as its name
        if last is None or _other_sense_genitive(doc, head[1], name) or _indefinite_nisba_after_a_facility(doc, head[1], name, last) \
                or place_heads()[head[1]] == ("with_head", "facility") and not mined_facility and _facility_sense(doc, name, last) \
                or _known_name_at(doc, name) is None and (last == name and _indefinite_adjective(tokens[name], _adjective_rate(head[1]))
                                                          and not (_followed_by_parent(doc, name) and _rarely_indefinite(tokens[name]))
                                                          or _names_a_currency(tokens[name])):
            continue
        if _known_name_at(doc, name) is None and (_before_a_resumptive(doc, last)
                                                  or last == name and not mined_facility and _common_word_naming_nothing(doc, head[1], name)
                                                  or head[1] in located_name_heads() and not _placed_by_context(doc, index, head[0], last)
                                                  or head[1] in parent_placed_heads() and not _followed_by_parent(doc, last)):
            continue
        if place_heads()[head[1]][0] == "with_head":
            if place_heads()[head[1]][1] == "facility":
                last = _second_listed_name_end(doc, name, last)
            start = doc.normalized.to_original(token.norm_start + head[0], token.norm_end)[0]
            found.append(doc.span(start, tokens[last].end, "LOC"))
        else:
            last = _with_direction_adjective(doc, name, last)
            found.append(doc.tokens_span(name, last, "LOC"))
            found.extend(_places_listed_after_colon(doc, last))
    return found + located_places(doc) + located_with_ba(doc) + definite_facilities(doc) + foreign_prefixed_places(doc) \
        + roads_named_by_destination(doc)


def _destination_word(token: Token) -> bool:
    """المطار، الميناء، البحر، الكورنيش: a definite word without a proclitic that is a facility's head or a
    feature of the coast (word set road_destination)."""
    if not plain_word(token) or not token.norm.startswith("ال") or len(token.stems) != 1:
        return False
    bare = token.norm[2:]
    return place_heads().get(bare, ("", ""))[1] == "facility" or bare in word_set("road_destination")


def _placed_right_after(doc: Document, last: int) -> bool:
    """بصفاقس، بالعريش، في صفاقس right after token `last`: the listed town the named thing lies in."""
    position = last + 1
    if not _same_sentence(doc, last, position):
        return False
    token = doc.tokens[position]
    if token.norm == "في":
        return _same_sentence(doc, last, position + 1) and _known_name_at(doc, position + 1) is not None
    return token.norm.startswith("ب") and any(offset for offset, _ in token.stems) and bool(_stem_matches(doc, position))


def roads_named_by_destination(doc: Document) -> list[Span]:
    """طريق المطار بصفاقس، طريق البحر بالعريش: a road named by where it leads (a facility or the coast) is a
    place with its head where the town it runs through follows; alone, طريق البحر is a sea route and عن
    طريق المطار a means."""
    found = []
    for index in doc.tokens_with_stem("places:road_head", word_set("road_head")):
        head = next((offset for offset, stem in doc.tokens[index].stems if stem in word_set("road_head")), None)
        name = index + 1
        if head is None or not _same_sentence(doc, index, name) or not _destination_word(doc.tokens[name]) \
                or index > 0 and _same_sentence(doc, index - 1, index) and doc.tokens[index - 1].norm in word_set("road_head_other_sense") \
                or not _placed_right_after(doc, name):
            continue
        start = doc.normalized.to_original(doc.tokens[index].norm_start + head, doc.tokens[index].norm_end)[0]
        found.append(doc.span(start, doc.tokens[name].end, "LOC"))
    return found


# The corpus miner (scripts/mine_places.py) judged every word this common that follows place heads:
# one it did not keep is a common noun after a head that also means an area or an arena (منطقة الحرائق،
# ساحة الصراع), unless a parent places it or, after a square's head, a masculine adjective names the
# square (ساحة البريد المركزي).
UNMINED_COMMON_MIN_PER_MILLION = 5.63  # about 100


def _with_direction_adjective(doc: Document, name: int, last: int) -> int:
    """منطقة قبرار الشمالية بمعتمدية الرقاب: after a head, an unlisted name and the definite direction
    adjective after it are one place where the place it lies in follows them, which locates that whole
    name; without it the adjective may qualify the head (قرية عرقوب الشرقية). A listed name keeps its
    own rule (directional_parts: مدينة حلب الشرقية may qualify the city)."""
    if _known_name_at(doc, name) is not None or not _same_sentence(doc, last, last + 1) \
            or doc.tokens[last + 1].norm not in word_set("direction_adjective") or not _followed_by_parent(doc, last + 1):
        return last
    return last + 1


def _common_word_naming_nothing(doc: Document, head: str, name: int) -> bool:
    """منطقة الحرائق، ساحة الصراع: a common unmined word after a head that also names an abstract area or
    arena (word set vague_place_head), which no parent place follows; a nationality adjective after it,
    or a masculine definite adjective, which agrees with the word and not with the feminine head, says a
    named one is meant (منطقة البادية السورية، ساحة البريد المركزي; not وساحة التكنولوجيا الاستهلاكية). A town's, a street's or a district's
    head names whatever follows (بلدة الملاحة، مدينة الحراك، شارع الحريق، حي السلامة)."""
    if head not in word_set("vague_place_head") or not _common_unmined_word(doc.tokens[name]) \
            or _followed_by_parent(doc, name):
        return False
    following = name + 1
    if _same_sentence(doc, name, following) and is_definite_adjective(doc.tokens[following]) \
            and (doc.tokens[following].norm in nationality_countries() or doc.tokens[following].norm.endswith("ي")):
        return False  # منطقة البادية السورية، منطقة الساحل الافريقي، ساحة البريد المركزي
    return True


def _common_unmined_word(token: Token) -> bool:
    """A definite word seen about 100 times or more that is neither listed nor mined."""
    return plain_word(token) and token.norm.startswith("ال") and token.norm not in mined_places() \
        and word_frequencies().get(token.norm, 0) >= per_million(UNMINED_COMMON_MIN_PER_MILLION)


HAMZA_ALEFS = frozenset("أإآ")


def _hamza_not_in_head(doc: Document, token: Token, head: tuple[int, str]) -> bool:
    """وأدى قمع، وأدى ذلك: a head written with a hamza inside it that its noun does not have is another
    word (the verb أدى after و, not وادي); an initial hamza is spelling (إستاد، استاد)."""
    start = doc.normalized.to_original(token.norm_start + head[0], token.norm_end)[0]
    return bool(HAMZA_ALEFS & set(doc.text[start + 1:token.end])) and head[1] not in place_heads_with_hamza()


def foreign_prefixed_places(doc: Document) -> list[Span]:
    """في سان برونو، إلى بورت سان جو، قرب سانتا آنا: after a preposition of place, a direction or a
    place head, the first words of foreign toponyms (word set foreign_place_start: سان، سانت، بورت …)
    and the word they take are a place. A club or a listed name that holds them wins (non_overlapping)."""
    starts, found = word_set("foreign_place_start"), []
    for index in doc.tokens_with_stem("places:foreign_start", starts):
        token = doc.tokens[index]
        if token.norm not in starts or _previous_role(doc, index) not in ("locative", "direction"):
            continue
        last = index + 1
        while _same_sentence(doc, index, last) and doc.tokens[last].norm in starts:
            last += 1
        if not _same_sentence(doc, index, last):
            continue
        name = doc.tokens[last]
        if not plain_word(name) or name.norm.startswith(("و", "ف")) or name.norm in function_words() \
                or _is_head(name) or context_role(name) is not None or has_preposition(name):
            continue
        found.append(doc.tokens_span(index, last, "LOC"))
    return found


# A noun this common after a facility head is the head's other sense (سوق الأسهم); a rarer one names
# the facility (قاعدة النجمة الجوية، سوق الخضار).
FACILITY_SENSE_MIN_PER_MILLION = 27.8  # about 500


def _facility_sense(doc: Document, name: int, last: int) -> bool:
    """سوق الأسهم، سوق العمل، قاعدة البيانات: a facility head before one very common definite noun is
    the head's other sense (a market, a base of something), unless the place it lies in follows; so is
    one before a bare noun that the corpus also writes with the article and its definite genitive (سوق
    تأجير السيارات: the car-rental market; سوق عكاظ بنسخته is a name)."""
    norm = doc.tokens[name].norm
    if last != name or _known_name_at(doc, name) is not None or _followed_by_parent(doc, name):
        return False
    if _is_common_definite_noun(norm):
        return word_frequencies().get(norm, 0) >= per_million(FACILITY_SENSE_MIN_PER_MILLION)
    following = name + 1
    return not norm.startswith("ال") and _takes_the_article(norm) and _same_sentence(doc, name, following) \
        and plain_word(doc.tokens[following]) and doc.tokens[following].norm.startswith("ال") \
        and not doc.tokens[following].norm.endswith(("ي", "يه")) \
        and len(doc.tokens[following].stems) == 1 and _known_name_at(doc, following) is None  # سوق واقف الشعبي: an adjective


COLON = ":"


def _places_listed_after_colon(doc: Document, last: int) -> list[Span]:
    """معتمدية سيدي علوان: سيدي علوان والبعاجلة وزردة: after a place named by its head, a colon opens
    the list of the localities it holds, each a place."""
    colon, first = last + 1, last + 2
    if not _same_sentence(doc, last, first) or doc.tokens[colon].norm != COLON:
        return []
    end = _name_end(doc, first)
    if end is None:
        return []
    conjuncts = _conjuncts(doc, end, localities=True)
    # one name alone after a colon may be anything said about the place; a list is its localities
    return [doc.tokens_span(first, end, "LOC")] + conjuncts if conjuncts else []


def districts_named_after_settlements(doc: Document, headed: list[Span]) -> list[Span]:
    """حي الشامية في منطقة جازان، حي الخليل بتبوك: a district head names its district with the head,
    and a listed city's or province's name after it is the district's name (districts are named after
    other towns), not that town; so the headed span wins over the listed name inside it."""
    found = []
    for span in headed:
        first = doc.token_index_at(span.start)
        if first + 1 >= len(doc.tokens) or doc.tokens[first].start != span.start:
            continue  # a list member after a proclitic (والوازعية) starts inside its token
        head = doc.tokens[first]
        if head.end >= span.end or place_heads().get(head.norm, ("", ""))[1] != "district" \
                or place_heads()[head.norm][0] != "with_head":
            continue
        match = _known_name_at(doc, first + 1)
        if match is not None and match.end == span.end and isinstance(match.payload, dict) \
                and match.payload.get("kind") in SETTLEMENT_KINDS:  # a mined name's payload is its rows
            found.append(span)
    return found


def compound_headed_places(doc: Document, headed: list[Span]) -> list[Span]:
    """عين حلوان، بيت سحم: a headed name that begins with a toponym's first word is longer than the
    listed place its second word may be, and wins over it."""
    return [span for span in headed if span.end > doc.tokens[doc.token_index_holding(span.start)].end
            and any(stem in word_set("place_name_start") for _, stem in doc.tokens[doc.token_index_holding(span.start)].stems)]


def facilities_named_with_head(doc: Document, headed: list[Span], listed: list[Span]) -> list[Span]:
    """The headed spans that name a facility, a street or a natural feature with its head around a
    listed place (مطار كوالالمبور، قصر قرطاج، سد الموصل، وادي سليانة، شارع الإسكندرية): the thing named is
    the place meant, so these win over the name inside them, though not over a longer listed or mined
    name that goes on past them (استاد سانتياغو برنابيو). A district keeps the listed name (حي دمشق)."""
    found = []
    for span in headed:
        if any(other.start < span.end < other.end for other in listed):
            continue
        index = doc.token_index_holding(span.start)  # the head under a proclitic (بقصر)
        if not 0 <= index < len(doc.tokens) - 1 or doc.tokens[index + 1].start >= span.end:
            continue
        heads = [place_heads()[stem] for _, stem in doc.tokens[index].stems if stem in place_heads()]
        after_an_organisation = _same_sentence(doc, index, index - 1) and context_role(doc.tokens[index - 1]) == "organisation_head"
        if heads and heads[0][0] == "with_head" and (heads[0][1] == "facility" or heads[0][1] != "district" and not after_an_organisation):
            found.append(span)  # لشركة وادي مكة للتقنية: a company's name, not a valley
    return found


MAX_NAMESAKE_WORDS = 7  # شارع عثمان بن علي بن أبي طالب


def _personal_name_word(doc: Document, index: int) -> bool:
    """خالد، سلطان، عبدالعزيز after a title: a given name, or an indefinite word that is no function
    word, head, place or word with a preposition (قصر الأمير بالرياض، مستشفى الملك الجديد are not)."""
    token = doc.tokens[index]
    if is_given_name(token):
        return True
    return plain_word(token) and not token.norm.startswith("ال") and len(token.stems) == 1 and not _is_head(token) \
        and _known_name_at(doc, index) is None and token.norm not in nationality_countries()


def _family_name_word(doc: Document, index: int) -> bool:
    """الخطاب، الصديق، الحريري after a given name: one definite word with no proclitic that is no
    function word, head, title, listed place or nationality adjective (ملعب نجيب بالمنستير is not)."""
    token = doc.tokens[index]
    return plain_word(token) and token.norm.startswith("ال") and len(token.stems) == 1 and not _is_head(token) \
        and token.norm not in definite_title_words() and _known_name_at(doc, index) is None \
        and token.norm not in nationality_countries() and not _is_feminine_nisba(token.norm) \
        and context_role(token) is None  # جامع عبد الرحمان الواقع بمنطقة: a participle of place ends the name


def _with_particle(doc: Document, index: int, last: int) -> int:
    """أبو بكر، عبد العزيز، أبي طالب: a name particle takes the word after it."""
    if doc.tokens[last].norm in name_particles() and _same_sentence(doc, index, last + 1) \
            and doc.tokens[last + 1].kind == "arabic":
        return last + 1
    return last


def _namesake_end(doc: Document, index: int, first: int, titled: bool) -> int | None:
    """Last token of the person's name that starts at `first` after the head at `index`: after a title
    any name word (مستشفى الملك خالد); without one a given name or a name particle, and a second name
    (ملعب نجيب الخطاب، شارع أبو بكر الصديق، ميدان جمال عبد الناصر، شارع محمد علي), since one bare given name after a
    head may be a word (شارع جميل)."""
    token = doc.tokens[first]
    if titled and not _personal_name_word(doc, first) \
            or not titled and not (is_given_name(token) or token.norm in name_particles() and plain_word(token)):
        return None
    last = _with_particle(doc, index, first)
    while last + 2 < len(doc.tokens) and last - index < MAX_NAMESAKE_WORDS and _same_sentence(doc, index, last + 2) \
            and doc.tokens[last + 1].norm in word_set("nasab") and (_personal_name_word(doc, last + 2)
                                                                 or doc.tokens[last + 2].norm in name_particles()):
        last = _with_particle(doc, index, last + 2)
    if titled:
        return last
    following = last + 1
    if _same_sentence(doc, index, following) and last - index < MAX_NAMESAKE_WORDS:
        if doc.tokens[following].norm in name_particles() and plain_word(doc.tokens[following]):
            return _with_particle(doc, index, following)  # جمال عبد الناصر
        if _family_name_word(doc, following) or is_given_name(doc.tokens[following]):
            return following  # نجيب الخطاب، محمد علي
    return last if last > first else None


def _person_named_head(doc: Document, index: int) -> tuple[int, str] | None:
    """The head of a facility or a street at token `index` (مستشفى، ملعب، شارع، طريق), with its offset
    in the token; طريق not after عن (عن طريق: by means of); not سجن, a verbal noun before a person
    (word set person_object_head)."""
    token = doc.tokens[index]
    for offset, stem in token.stems:
        if stem in word_set("person_object_head"):
            return None  # قضت بسجن أحمد نظيف: the verbal noun and the person it sentences
        if place_heads().get(stem, ("", ""))[0] == "with_head" \
                and (place_heads()[stem][1] == "facility" or stem in word_set("street_head")):
            return offset, stem
        if stem in word_set("road_head") and not (index > 0 and _same_sentence(doc, index, index - 1)
                                                  and doc.tokens[index - 1].norm in word_set("road_head_other_sense")):
            return offset, stem
    return None


PERSON_CITY_HEAD = "مدينه"
# Heads that name a place after a titled person only: a city or complex (مدينة الملك فهد الطبية) and a
# neighbourhood (حي الملك فهد، حي الأمير سلطان), which keeps its head as a حي does.
PERSON_TITLED_HEADS = frozenset({PERSON_CITY_HEAD, "حي"})


def _city_of_a_person_head(doc: Document, index: int) -> tuple[int, str] | None:
    """مدينة or حي before a title (مدينة الملك فهد الطبية، حي الملك فهد): a place named after the person."""
    return next(((offset, stem) for offset, stem in doc.tokens[index].stems if stem in PERSON_TITLED_HEADS), None)


def _city_adjective(token: Token) -> bool:
    """الرياضية، الطبية، الاقتصادية: the definite feminine adjective that says what a person's city is
    for; not a nationality (السعودية), which says whose."""
    return plain_word(token) and token.norm.startswith("ال") and token.norm.endswith("يه") and len(token.stems) == 1 \
        and token.norm not in nationality_countries()


def facilities_named_after_persons(doc: Document) -> list[Span]:
    """مستشفى الملك خالد، مطار الأمير سلطان بن عبدالعزيز، ملعب نجيب الخطاب، شارع علي بن أبي طالب، طريق
    الملك فهد: a facility or street head, a title or not, and the name (with its lineage) of the person
    it is named after; the head stays in the name. مدينة takes a title and the person (مدينة الملك فهد
    الطبية), and a facility head may come before it (استاد مدينة الملك عبدالله الرياضية)."""
    found = []
    candidates = doc.tokens_with_stem("places:head", _head_stems()) + doc.tokens_with_stem("places:road_head", word_set("road_head"))
    for index in sorted(set(candidates)):
        head = _person_named_head(doc, index) or _city_of_a_person_head(doc, index)
        if head is None or index + 1 >= len(doc.tokens) or not _same_sentence(doc, index, index + 1):
            continue
        city = index + 1 if doc.tokens[index + 1].norm == PERSON_CITY_HEAD and head[1] != PERSON_CITY_HEAD else None
        title = index + 2 if city is not None else index + 1
        if title >= len(doc.tokens) or not _same_sentence(doc, index, title):
            continue
        titled = doc.tokens[title].norm in definite_title_words()
        if (city is not None or head[1] in PERSON_TITLED_HEADS) and not titled:
            continue  # مدينة names a person's city only after a title (مدينة الملك عبدالله)
        first = title + 1 if titled else title
        if first >= len(doc.tokens) or not _same_sentence(doc, index, first):
            continue
        last = _namesake_end(doc, index, first, titled)
        if last is None:
            continue
        if (city is not None or head[1] == PERSON_CITY_HEAD) and _same_sentence(doc, index, last + 1) \
                and _city_adjective(doc.tokens[last + 1]):
            last += 1  # مدينة الملك عبدالله الرياضية، مدينة الملك فهد الطبية
        start = doc.normalized.to_original(doc.tokens[index].norm_start + head[0], doc.tokens[index].norm_end)[0]
        found.append(doc.span(start, doc.tokens[last].end, "LOC"))
    return found


def definite_facilities(doc: Document) -> list[Span]:
    """المسجد الحرام، المسجد النبوي، الملعب الأولمبي: a definite facility head and the definite word
    that names it; not a nationality adjective (الملعب السعودي) nor a listed place."""
    found = []
    for index in doc.tokens_with_stem("places:facility_head", definite_facility_heads()):
        if index + 1 >= len(doc.tokens):
            continue
        token = doc.tokens[index]
        head = next((offset for offset, stem in token.stems if stem in definite_facility_heads()), None)
        name = doc.tokens[index + 1]
        if head is None or not _same_sentence(doc, index, index + 1) or name.kind != "arabic" \
                or not name.norm.startswith("ال") or name.norm in function_words() \
                or name.norm in nationality_countries() or _known_name_at(doc, index + 1) is not None \
                or _is_head(name) or _nisba_of_a_place(name.norm) and is_sport_article(doc) \
                or name.norm in word_set("location_participle"):
            continue  # الملعب القابسي، الملعب التونسي in sport: a club named after its town; المسجد الواقع في
        start = doc.normalized.to_original(token.norm_start + head, token.norm_end)[0]
        found.append(doc.span(start, name.end, "LOC"))
    return found


def _nisba_of_a_place(norm: str) -> bool:
    """القابسي، الصفاقسي: the definite nisba of a listed place (قابس، صفاقس)."""
    if not (norm.startswith("ال") and norm.endswith("ي")) or len(norm) < 5:
        return False
    return norm[2:-1] in _listed_one_word_names()


@lru_cache(maxsize=1)
def _listed_one_word_names() -> frozenset[str]:
    return frozenset(normalize_string(alias) for place in place_gazetteer() for alias in place["aliases"] if " " not in alias)


def _mall_name_start(doc: Document, head: int) -> int | None:
    """First token of the name before a postposed head: one plain word (هيفاء مول), with a name
    particle before it (ابن بطوطة مول); not a function word (قد موّل), nor an organisation's head or a
    definite noun that can be the subject of the verb مَوّل (البنك مول المشروع)."""
    name = head - 1
    if name < 0 or not _same_sentence(doc, head, name):
        return None
    token = doc.tokens[name]
    if token.kind != "arabic" or not plain_word(token) or token.norm in function_words() \
            or token.norm.startswith(("و", "ف")) and token.norm[1:] in function_words() \
            or context_role(token) is not None \
            or any(_organisation_word(stem) for _, stem in token.stems):
        return None
    after = doc.tokens[head + 1] if _same_sentence(doc, head, head + 1) else None
    if after is not None and (after.kind == "number" or after.norm.startswith("ال") and _known_name_at(doc, head + 1) is None):
        return None  # مول المشروع، مول 10 مشاريع: the verb and its object
    before = name - 1
    if before >= 0 and _same_sentence(doc, name, before) and doc.tokens[before].norm in name_particles():
        return before
    return name


@lru_cache(maxsize=1)
def _organisation_words() -> frozenset[str]:
    heads = {normalize_string(row["head"]) for row in institution_heads()} | set(ORG_HEADS)
    return frozenset(heads | {head[2:] for head in heads if head.startswith("ال")})


def _organisation_word(stem: str) -> bool:
    """البنك، الصندوق، الحكومة: a word that heads an organisation's name, with or without the article."""
    return stem in _organisation_words() or stem.startswith("ال") and stem[2:] in _organisation_words()


def postposed_facilities(doc: Document) -> list[Span]:
    """هيفاء مول، عزيز مول: a shopping centre named before its head, the head kept in the name."""
    found = []
    for head in doc.tokens_with_stem("places:postposed_head", word_set("postposed_facility_head")):
        if doc.tokens[head].norm not in word_set("postposed_facility_head"):
            continue  # وبلازا: a proclitic belongs to the name's first word, not to the head
        start = _mall_name_start(doc, head)
        if start is not None:
            first = doc.tokens[start]
            offset = 1 if _has_proclitic(first.norm) else 0
            found.append(doc.span(doc.normalized.to_original(first.norm_start + offset, first.norm_end)[0],
                                  doc.tokens[head].end, "LOC"))
    return found


def _has_proclitic(norm: str) -> bool:
    """بالعثيم، والحديقة: و/ب before the article; ودارين: و before a word the corpus knows as well
    without it (a name may begin with either letter: بانوراما، وليد)."""
    if not norm.startswith(("و", "ب")) or len(norm) < 4:
        return False
    return norm[1:].startswith("ال") or norm.startswith("و") and \
        word_frequencies().get(norm[1:], 0) >= max(1, word_frequencies().get(norm, 0))


MAX_QUOTED_NAME_TOKENS = 4


def quoted_headed_places(doc: Document) -> list[Span]:
    """ملعب "كازان أرينا"، منفذ "سلوى": a quoted name right after a place head noun."""
    found = []
    for index in doc.tokens_with_stem("places:head", _head_stems()):  # only tokens with a head noun
        if index + 2 >= len(doc.tokens):
            continue
        token = doc.tokens[index]
        head = next(((offset, stem) for offset, stem in token.stems if stem in place_heads()), None)
        if head is None or doc.tokens[index + 1].norm not in TRANSPARENT:
            continue
        closing = next((position for position in range(index + 2, min(index + 3 + MAX_QUOTED_NAME_TOKENS,
                                                                        len(doc.tokens)))
                        if doc.tokens[position].kind != "arabic" or not _same_sentence(doc, index, position)), None)
        if closing is None or closing == index + 2 or doc.tokens[closing].norm not in TRANSPARENT \
                or not _same_sentence(doc, index, closing) \
                or head[1] in parent_placed_heads() and not _followed_by_parent(doc, closing):
            continue  # جبهة "النصرة" is a group; جبهة "عكد" بمحافظة أبين a front
        if place_heads()[head[1]][0] == "with_head":
            start = doc.normalized.to_original(token.norm_start + head[0], token.norm_end)[0]
            found.append(doc.span(start, doc.tokens[closing].end, "LOC"))
        else:
            found.append(doc.tokens_span(index + 2, closing - 1, "LOC"))
    return found


def _quoted_name_end(doc: Document, opening: int, limit: int = MAX_QUOTED_NAME_TOKENS) -> int | None:
    """The closing mark of a quoted name of one to `limit` Arabic words starting at mark `opening`."""
    if opening >= len(doc.tokens) or doc.tokens[opening].norm not in TRANSPARENT:
        return None
    for position in range(opening + 1, min(opening + 2 + limit, len(doc.tokens))):
        token = doc.tokens[position]
        if not _same_sentence(doc, opening, position):
            return None
        if token.kind != "arabic":
            return position if token.norm in TRANSPARENT and position > opening + 1 else None
    return None


def quoted_placed_names(doc: Document) -> list[Span]:
    """تحرير "شعب باحواص" و"ظهر البياض" في مديرية الملاجم، باتجاه "حمة صرار"، بمديرية ولد ربيع: two or more
    quoted names joined by و or a comma, or one after a preposition of place or a direction, right
    before a preposition of place and a place head are places, though not after an organisation's head;
    one quoted name after a noun is that noun's name (مكتبة «برتراند» في مدينة لشبونة، مقهى "أبل باريل")."""
    found = []
    for opening in doc.tokens_with_stem("places:quote_mark", TRANSPARENT):
        if doc.tokens[opening].norm not in TRANSPARENT or opening > 0 and doc.tokens[opening - 1].norm in TRANSPARENT:
            continue
        spans, closing = [], _quoted_name_end(doc, opening, MAX_PLACED_QUOTED_TOKENS)
        while closing is not None:
            spans.append(doc.tokens_span(opening + 1, closing - 1, "LOC"))
            joiner = closing + 1
            if not _same_sentence(doc, closing, joiner + 1) or doc.tokens[joiner].norm not in (CONJUNCTION, LIST_COMMA) \
                    or (following := _quoted_name_end(doc, joiner + 1, MAX_PLACED_QUOTED_TOKENS)) is None:
                break
            opening, closing = joiner + 1, following
        last = spans[-1] if spans else None
        if last is None:
            continue
        end = doc.token_index_holding(last.end - 1) + 1  # the closing mark
        if _same_sentence(doc, end, end + 1) and doc.tokens[end + 1].norm == LIST_COMMA:
            end += 1  # "الخشيعا"، بمنطقة الزوب
        first = doc.token_index_holding(spans[0].start) - 1  # the first opening mark
        before = doc.tokens[first - 1] if _same_sentence(doc, first, first - 1) else None
        if any(_function_or_common(doc, span) for span in spans) or not _before_a_headed_parent(doc, end) \
                or len(spans) == 1 and _previous_role(doc, first + 1) not in ("locative", "direction") \
                or before is not None and (_is_head(before) or any(_organisation_word(stem) for _, stem in before.stems)):
            continue  # منظمة "أطباء بلا حدود" في محافظة إدلب: an organisation's quoted name; ملعب "غروباما" is headed
        found.extend(spans)
    return found


def _before_a_headed_parent(doc: Document, index: int) -> bool:
    """في مديرية الملاجم، بمنطقة "الزوب": token `index` is followed by a preposition of place (or ب)
    and a singular place head with its name."""
    position = index + 1
    if _same_sentence(doc, index, position) and context_role(doc.tokens[position]) == "locative" \
            and not doc.tokens[position].norm.startswith("و"):
        position += 1
    elif not (_same_sentence(doc, index, position) and doc.tokens[position].norm.startswith("ب")):
        return False
    if not _same_sentence(doc, index, position + 1):
        return False
    head = doc.tokens[position]
    return any(stem in place_heads() for offset, stem in head.stems if offset <= 1) \
        and (doc.tokens[position + 1].norm in TRANSPARENT or plain_word(doc.tokens[position + 1]))


MAX_PLACED_QUOTED_TOKENS = 3


def _function_or_common(doc: Document, span: Span) -> bool:
    """A quoted phrase with a function word, a verb, a word with a preposition or an indefinite adjective
    in it is a saying or a title (مساعدات "إنسانية عاجلة"، "مزعزعا للاستقرار"), not a name."""
    first, last = doc.token_index_holding(span.start), doc.token_index_holding(span.end - 1)
    return any(token.norm in function_words() or token.kind != "arabic" or _reads_as_imperfect_verb(token)
               or has_preposition(token) or _indefinite_adjective(token) for token in doc.tokens[first:last + 1])


def quoted_listed_places(doc: Document) -> list[Span]:
    """محافظتا «الوجه» و«ضباء»، قرى "X" و"Y": two or more quoted names joined by و right after a dual
    or plural head are the places it names."""
    found = []
    for index in doc.tokens_with_stem("places:list_head", frozenset(list_heads())):
        opening, spans = index + 1, []
        while (closing := _quoted_name_end(doc, opening)) is not None:
            spans.append(doc.tokens_span(opening + 1, closing - 1, "LOC"))
            joiner = closing + 1
            if joiner >= len(doc.tokens) or doc.tokens[joiner].norm != "و" or not _same_sentence(doc, closing, joiner):
                break
            opening = joiner + 1
        if len(spans) > 1:
            found.extend(spans)
    return found


@lru_cache(maxsize=1)
def _head_stems() -> frozenset[str]:
    return frozenset(list_heads()) | frozenset(place_heads())


HASHTAG = "#"


def _previous_role(doc: Document, index: int) -> str | None:
    before = index - 1
    if before > 0 and doc.tokens[before].text == HASHTAG and doc.tokens[before].end == doc.tokens[index].start:
        before -= 1  # في #تعز: a hashtag's mark stands between the preposition and the name
    if not _same_sentence(doc, index, before):
        return None
    previous = doc.tokens[before]
    if _is_head(previous):
        return "locative"
    role = context_role(previous)
    return None if role == "pronoun" and not _is_subject_pronoun(previous) else role  # وكانت is no ك+أنت


def _weak_keys(place: dict) -> set[str]:
    """A place's weak one-word names: those listed as weak, and any other spelling than its own name
    that is a listed given name or is misspelt with ى inside the word (روما's GeoNames spelling رىم
    reads ريم, a woman's name)."""
    own = normalize_string(place["name"])
    return {normalize_string(alias) for alias in place.get("weak_aliases", [])} | {
        normalize_string(alias) for alias in place["aliases"]
        if " " not in alias and normalize_string(alias) != own
        and (normalize_string(alias) in given_names() or "ى" in alias[:-1])}


def _is_weak(match: Match) -> bool:
    return len(match.key) == 1 and match.key[0] in _weak_keys(match.payload)


# A definite weak name that the corpus writes with the locative ب this often (بالمهدية، بالقطيف) is
# a place when so written; an indefinite one may be a preposition and a word (بحجة، بأمان).
LOCATIVE_BA_MIN_SHARE = 0.2


def _with_its_locative_ba(doc: Document, match: Match) -> bool:
    token, key = doc.tokens[match.first], match.key[0]
    if len(match.key) > 1 or not key.startswith("ال") or token.norm != "ب" + key:
        return False
    return word_frequencies().get(token.norm, 0) >= LOCATIVE_BA_MIN_SHARE * max(1, word_frequencies().get(key, 0))


def _before_a_definite_adjective(doc: Document, match: Match) -> bool:
    """السلط الجهوية، السلط المحلية: a weak definite name (a common plural too) right before a definite
    nisba adjective is the common noun it qualifies, not the place."""
    following = match.last + 1
    if not match.key[0].startswith("ال") or not _same_sentence(doc, match.last, following) \
            or match.end != doc.tokens[match.last].end:
        return False
    word = doc.tokens[following].norm
    return word.startswith("ال") and word.endswith("يه") and _known_name_at(doc, following) is None


# A masculine nisba counts as an adjective when the corpus writes its feminine this often (الصليبية).
MASCULINE_NISBA_FEMININE_MIN_PER_MILLION = 0.28  # about 5
TOWN_KINDS = frozenset({"city", "town", "district"})


def _before_a_masculine_nisba(doc: Document, match: Match) -> bool:
    """في الرباط الصليبي، عملية الرباط الصليبي: a town's name is feminine, so a definite masculine nisba
    (in ي, not ى: المرضى; whose feminine in ة the corpus writes) right after a one-word town makes the word
    the common noun it qualifies, or a club named by its seat, not the town. Only a nisba: a title or a
    quantifier with a feminine too follows a town as a new phrase (في نيويورك السفير، في أبها الكثير)."""
    token, following = doc.tokens[match.first], match.last + 1
    if len(match.key) > 1 or match.payload["kind"] not in TOWN_KINDS or match.end != token.end \
            or not _same_sentence(doc, match.last, following):
        return False
    # only after a preposition written apart (في الرباط) or a feminine noun: after a masculine noun the
    # adjective may agree with it (معرض الرياض الدولي، ريف حلب الشمالي), and بسكاكا may end a name
    if match.start != token.start or not _same_sentence(doc, match.first, match.first - 1):
        return False
    previous = doc.tokens[match.first - 1]
    if previous.norm not in function_words() and not doc.text[previous.start:previous.end].endswith("ة"):
        return False  # عملية الرباط المتصالب: a feminine noun before, which the masculine cannot qualify
    adjective = doc.tokens[following]
    word = adjective.norm
    return word.startswith("ال") and doc.text[adjective.end - 1] == "ي" and len(word) > 5 \
        and _known_name_at(doc, following) is None and context_role(adjective) is None \
        and word_frequencies().get(word + "ه", 0) >= per_million(MASCULINE_NISBA_FEMININE_MIN_PER_MILLION)


def _before_an_indefinite_adjective(doc: Document, match: Match) -> bool:
    """وفي سيول واسعة النطاق، سيول جارفة: a weak one-word name before an indefinite adjective is the
    common noun the adjective qualifies (a name takes none)."""
    following = match.last + 1
    return len(match.key) == 1 and match.end == doc.tokens[match.last].end and _same_sentence(doc, match.last, following) \
        and _indefinite_adjective(doc.tokens[following]) and _known_name_at(doc, following) is None


def before_an_indefinite_adjective(doc: Document, span: Span) -> bool:
    """A one-word LOC span from any source (the CRF's too) that is no listed name, or only a weak one,
    before an indefinite adjective: the common noun it qualifies (وفي سيول واسعة النطاق)."""
    first, last = doc.token_index_holding(span.start), doc.token_index_holding(span.end - 1)
    if first != last or span.end != doc.tokens[last].end:
        return False
    strong = any(match.start == span.start and match.end == span.end and not _is_weak(match)
                 for match in place_matcher().matches_at(doc, first))
    if span.start == doc.tokens[first].start and _same_sentence(doc, first, first - 1) \
            and any(stem in place_heads() for _, stem in doc.tokens[first - 1].stems):
        return False  # محافظة ضرماء حفل: a name a singular head introduces, before a noun in two forms (حفل/حفلة)
    following = last + 1
    if _same_sentence(doc, last, following + 1) and doc.tokens[following].norm == NEGATING_NOUN:
        following += 1  # مديات غير مسبوقة: an adjective negated by غير qualifies a noun all the same
    return not strong and _same_sentence(doc, last, following) and _indefinite_adjective(doc.tokens[following]) \
        and _known_name_at(doc, following) is None


NEGATING_NOUN = "غير"


def _before_a_possessed_noun(doc: Document, match: Match) -> bool:
    """عن خالص عزائه: a weak one-word name right before a noun with a pronoun suffix is the common word
    in construct with that noun (an adjective or quantifier before its noun), not a place. Not before
    a word with a proclitic (من التشيك وسائقهم، إلى تولوز لإخضاعه), a function word with a pronoun
    (والباحة لكنها) or an emphatic noun, whose pronoun is the place (في غزة وحدها، المدينة نفسها)."""
    following = match.last + 1
    if len(match.key) != 1 or match.end != doc.tokens[match.last].end or not _same_sentence(doc, match.last, following):
        return False
    token = doc.tokens[following]
    if token.kind != "arabic" or len(token.stems) > 1 or not _with_pronoun(token) or _known_name_at(doc, following) is not None:
        return False
    return not any(token.norm.startswith(stem) for stem in function_words() | EMPHATIC_NOUNS if len(stem) >= 2)


EMPHATIC_NOUNS = frozenset({"وحد", "نفس", "ذات", "كل", "جميع", "بعض", "عين"})  # وحدها، نفسها، كلها: the place's own


def _context_supports(doc: Document, match: Match, matches: list[Match], strong_countries: set[str]) -> bool:
    """A weak name (مالي، دوما، أمان) is a place after a preposition of place, beside a listed place,
    or where the article names other places of its country; never as the conjunct of a common word
    (أمن وأمان), after an indefinite noun it can qualify (دعم مالي), nor before a definite adjective."""
    token = doc.tokens[match.first]
    if _before_a_definite_adjective(doc, match) or _before_an_indefinite_adjective(doc, match) \
            or _before_a_possessed_noun(doc, match):
        return False
    conjunction = match.start > token.start and token.norm.startswith("و")
    role = _previous_role(doc, match.first)
    if role is not None and not conjunction or _with_its_locative_ba(doc, match):
        return True
    previous = _previous_member(doc, match, matches)
    previous_is_place = previous is not None and not _is_weak(previous)
    strong = match.payload["country"] in strong_countries
    if conjunction:
        # والحوطة والخرج after والأفلاج: a list member of a country the article names, after another name
        return previous_is_place or strong and previous is not None
    return previous_is_place or strong


LIST_COMMA = "،"


def _previous_member(doc: Document, match: Match, matches: list[Match]) -> Match | None:
    """The name right before `match`, or before the comma right before it (الأفلاج، والحوطة)."""
    before = match.first - 1
    if before > 0 and doc.tokens[before].norm == LIST_COMMA and _same_sentence(doc, match.first, before - 1):
        before -= 1
    return next((other for other in matches if other.last == before and other is not match), None)


def without_country_names(doc: Document, spans: list[Span]) -> list[Span]:
    """الاتحاد السوفيتي: a head and an adjective that the gazetteer lists whole as a country is that
    country, not an institution: such spans are dropped."""
    if not spans:
        return spans
    countries = {(match.start, match.end) for match in place_matcher().find(doc) if match.payload["kind"] == "country"}
    return [span for span in spans if (span.start, span.end) not in countries]


def _inside_organisation_name(doc: Document, match: Match) -> bool:
    """جامعة دمشق، بنك مصر، نادي الرياض: a place named right after an organisation's head noun is
    part of the organisation's name; so is a place that completes an indefinite noun after the head
    (حزب نداء تونس، حزب آفاق تونس: the place is that noun's genitive)."""
    if match.start != doc.tokens[match.first].start or not _same_sentence(doc, match.first, match.first - 1):
        return False
    return context_role(doc.tokens[match.first - 1]) == "organisation_head" or _completes_a_name(doc, match)


SEAT_PROCLITIC = "ب"


def _seat_of_a_club(doc: Document, match: Match) -> bool:
    """الاتحاد الرياضي بتطاوين، النادي الرياضي بصفاقس: a club's head (word set club_seat_head), الرياضي
    and ب before a place name the club by its seat; the place is part of its name. A sports complex
    in a place (المركب الرياضي برادس) has no club's head and keeps its place."""
    first = doc.tokens[match.first]
    if match.start == first.start or not doc.text[first.start:match.start].endswith(SEAT_PROCLITIC) \
            or match.first < 2 or not _same_sentence(doc, match.first, match.first - 2):
        return False
    adjective, head = doc.tokens[match.first - 1], doc.tokens[match.first - 2]
    return adjective.norm in word_set("club_seat_adjective") \
        and any(stem in word_set("club_seat_head") for _, stem in head.stems)


def _after_a_club_prefix(doc: Document, match: Match) -> bool:
    """ترجي جرجيس، مستقبل قابس، شبيبة القيروان، نجم المتلوي: in an article about sport, a place right
    after a bare noun that Maghrebi clubs are named with (word set club_prefix) is the club's name; in
    other news مستقبل قابس is the town's future and the town a place."""
    if match.start != doc.tokens[match.first].start or not _same_sentence(doc, match.first, match.first - 1):
        return False
    previous = doc.tokens[match.first - 1]
    return any(stem in word_set("club_prefix") for _, stem in previous.stems) and is_sport_article(doc)


def _completes_a_name(doc: Document, match: Match) -> bool:
    """حزب نداء تونس: the place is the genitive of an indefinite noun right after an organisation's head."""
    return match.start == doc.tokens[match.first].start and _same_sentence(doc, match.first, match.first - 2) \
        and _bare_indefinite_noun(doc.tokens[match.first - 1]) \
        and context_role(doc.tokens[match.first - 2]) == "organisation_head"


def organisations_named_with_places(doc: Document) -> list[Span]:
    """حزب نداء تونس، فريق أريس ليماسول: the organisation whose name a place completes (ORG), from its
    head noun (without a proclitic) to the place, or to the field after it (وكالة تونس افريقيا للأنباء)."""
    found = []
    for match in place_matcher().find(doc):
        if _completes_a_name(doc, match):
            head = doc.tokens[match.first - 2]
            offset = next((offset for offset, stem in head.stems if context_words().get(stem) == "organisation_head"), 0)
            end = doc.tokens[match.last + 1].end if _before_an_organisation_genitive(doc, match) else match.end
            found.append(doc.span(doc.normalized.to_original(head.norm_start + offset, head.norm_end)[0], end, "ORG"))
    return found


def _bare_indefinite_noun(token: Token) -> bool:
    """نداء، آفاق، مشروع: a plain word without the article or a proclitic, that is no head, place or
    context word."""
    return plain_word(token) and not token.norm.startswith("ال") and (len(token.stems) == 1 or _whole_word_read(token)) \
        and not _is_head(token) and context_role(token) is None and token.norm not in nationality_countries()


def _whole_word_read(token: Token) -> bool:
    """بترول، فرسان: a word the corpus knows whole, while what is left without its seeming proclitic is no
    word of it (ترول), is that one word."""
    return word_frequencies().get(token.norm, 0) >= per_million(WHOLE_WORD_MIN_PER_MILLION) \
        and all(word_frequencies().get(stem, 0) == 0 for offset, stem in token.stems if offset)


WHOLE_WORD_MIN_PER_MILLION = 1.1  # about 20


def _bare_form_of_a_definite_name(doc: Document, match: Match) -> bool:
    """ظروف قاهرة (compelling circumstances): a one-word name whose own name carries the article
    (القاهرة), written without it and behind no proclitic, is the common word, unless the text spells
    it exactly as one of its listed aliases (قاهره is a listed transliteration, قاهرة is an adjective)."""
    if len(match.key) > 1 or match.start != doc.tokens[match.first].start or match.end != doc.tokens[match.first].end:
        return False
    name = normalize_string(match.payload["name"])
    if not name.startswith("ال") or " " in name or match.key[0] != doc.tokens[match.first].norm or match.key[0].startswith("ال"):
        return False
    return match.text not in match.payload["aliases"] + match.payload.get("shared_aliases", [])


def _read_as_adjective(doc: Document, match: Match) -> bool:
    """الجامعات السعودية، القوات الملكية السعودية، رياضتنا السعودية: a name shaped like a nisba adjective,
    right after a definite word (with the article or a possessive suffix) that is not a place, agrees
    with it as an adjective (a nationality, not a place)."""
    if len(match.key) > 1 or not match.key[0].endswith(("يه", "ي")) or match.start != doc.tokens[match.first].start \
            or not _same_sentence(doc, match.first, match.first - 1):
        return False
    previous = doc.tokens[match.first - 1]
    if previous.kind != "arabic" or previous.norm in function_words() or _known_name_at(doc, match.first - 1) is not None \
            or _is_head(previous):
        return False
    return previous.norm.startswith("ال") or _possessed_noun(previous.norm)


POSSESSIVE_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا")  # not ه, which a normalized ة also ends in
POSSESSED_STEM_MIN_PER_MILLION = 1.1  # the noun seen about 20 times


def _possessed_noun(norm: str) -> bool:
    """رياضتنا، أنديتهم، شركاتها، يقطنها: a noun (or a verb) with a pronoun suffix, on a stem of three
    letters or more that the corpus knows: definite, so a nisba-shaped name right after it is its
    adjective (رياضتنا السعودية) as after a noun with the article, and no name itself after a head
    (منطقة منافسهم، مدينة يقطنها). The noun's ة is written ت before the suffix, its final hamza ئ or ؤ (حلفائها)."""
    return any(norm.endswith(suffix) and _known_possessed_stem(norm[:-len(suffix)]) for suffix in POSSESSIVE_SUFFIXES)


def _known_possessed_stem(stem: str) -> bool:
    """A noun stem before a pronoun suffix that the corpus knows, in its forms before the suffix."""
    if len(stem) < 3:
        return False
    forms = {stem, stem[:-1] + "ه"} if stem.endswith("ت") else {stem[:-1] + "ء", stem} if stem.endswith(("ئ", "ؤ")) else {stem}
    return any(word_frequencies().get(form, 0) + word_frequencies().get("ال" + form, 0)
               >= per_million(POSSESSED_STEM_MIN_PER_MILLION) for form in forms)


def _with_pronoun(token: Token) -> bool:
    """_possessed_noun, or the pronoun ه, which the original writes ه where a normalized ة is ة (عزائه)."""
    return _possessed_noun(token.norm) or token.text.endswith("ه") and _known_possessed_stem(token.norm[:-1])


QUOTED_ADDRESSEE_PROCLITIC = "ل"


def _read_with_a_pronoun(match: Match, doc: Document) -> bool:
    """على كيفه: a one-word name spelled with ة (كيفة) written with ه, on a common stem, is the stem
    and a pronoun."""
    return len(match.key) == 1 and has_pronoun_suffix(doc.tokens[match.last]) \
        and any(alias.endswith("ة") for alias in match.payload["aliases"])


def _function_word_with_a_pronoun(doc: Document, match: Match) -> bool:
    """من حولي، عندي: a one-word name (no country) that is a function word and the pronoun ي is that
    word (حول + ي: around me), not the place it spells (حولي in Kuwait is written after its head or في)."""
    token = doc.tokens[match.first]
    return len(match.key) == 1 and match.payload["kind"] != "country" and match.start == token.start \
        and token.norm.endswith("ي") and token.norm[:-1] in function_words() \
        and _previous_role(doc, match.first) not in ("direction", "relation") \
        and not (match.first > 0 and (_is_head(doc.tokens[match.first - 1])
                                      or doc.tokens[match.first - 1].norm in PLACE_PREPOSITIONS_BEFORE_A_PRONOUN_WORD))


# في حولي، إلى حولي name the place: these take no function word with a pronoun (من حولي is "around me")
PLACE_PREPOSITIONS_BEFORE_A_PRONOUN_WORD = frozenset({"في", "الي"})


def _after_a_kinship_noun(doc: Document, match: Match) -> bool:
    """وزوجته فيكتوريا، ووالدته فيينا: a one-word name (no country) right after a kinship noun (word set
    kinship, with or without a pronoun) is that relative's given name, not a place."""
    if len(match.key) > 1 or match.payload["kind"] == "country" or match.start != doc.tokens[match.first].start \
            or not _same_sentence(doc, match.first, match.first - 1):
        return False
    previous = doc.tokens[match.first - 1]
    kin = word_set("kinship")
    for _, stem in previous.stems:
        forms = {stem} | {stem[:-len(suffix)] for suffix in PRONOUN_SUFFIXES + ("ي",) if stem.endswith(suffix)}
        if any(form in kin or form.endswith("ت") and form[:-1] + "ه" in kin for form in forms):
            return True
    return False


def _medial_hamza(word: str) -> bool:
    stem = word[2:] if word.startswith("ال") else word
    return any(char in HAMZA_ALEFS for char in stem[1:])


def _hamza_not_in_name(doc: Document, match: Match) -> bool:
    """فلجأوا read as ف+ل+جاوا: writers drop a hamza from a name, they do not add one inside it, so a
    word written with a medial hamza (لجأوا) is not a name listed without one (جاوا)."""
    return len(match.key) == 1 and _medial_hamza(doc.text[match.start:match.end]) \
        and not any(_medial_hamza(alias) for alias in match.payload["aliases"] + match.payload.get("shared_aliases", []))


def _quoted_addressee(doc: Document, match: Match) -> bool:
    """قال لـ"الرياض"، أوضح ل»المدينة»: a name in quotation marks right after a bare لـ is the paper or
    channel spoken to, named after its city; a place after لـ is written with it (لسوريا), unquoted."""
    if match.start != doc.tokens[match.first].start or match.first < 2 \
            or not _same_sentence(doc, match.first, match.first - 2):
        return False
    mark, lam, closing = doc.tokens[match.first - 1], doc.tokens[match.first - 2], match.last + 1
    return mark.norm in TRANSPARENT and lam.norm == QUOTED_ADDRESSEE_PROCLITIC \
        and _same_sentence(doc, match.last, closing) and doc.tokens[closing].norm in TRANSPARENT


def _quoted_title(doc: Document, match: Match) -> bool:
    """«الشرق الأوسط» تجولت، قناة "الجزيرة": a listed name wholly in quotation marks that no preposition
    of place, direction or place head introduces is a title (a newspaper, a channel, a film named after
    a place); a place of the text is quoted after one (في «الرقة»), or not quoted at all."""
    opening, closing = match.first - 1, match.last + 1
    if match.start != doc.tokens[match.first].start or opening < 0 or closing >= len(doc.tokens) \
            or doc.tokens[opening].norm not in TRANSPARENT or doc.tokens[closing].norm not in TRANSPARENT \
            or not _same_sentence(doc, opening, closing):
        return False
    return _previous_role(doc, opening) not in ("locative", "direction", "relation")


TANWEEN = frozenset("\u064b\u064c\u064d")


def _read_as_adverb(doc: Document, match: Match) -> bool:
    """A one-word name written with tanween (دوماً) or right after a subject pronoun (نحن دوما) is
    an adverb or a predicate: place names take neither."""
    if len(match.key) > 1:
        return False
    if TANWEEN & set(doc.text[match.start:doc.tokens[match.last].end + 1]):
        return True
    return _same_sentence(doc, match.first, match.first - 1) and _is_subject_pronoun(doc.tokens[match.first - 1])


def _is_subject_pronoun(token: Token) -> bool:
    """نحن، وأنتم: a subject pronoun, written alone or after و; not read through ك (وكانت is no و+ك+أنت)."""
    return any(context_words().get(stem) == "pronoun" for offset, stem in token.stems
               if offset == 0 or offset == 1 and token.norm.startswith("و"))


def _mined_alone_ok(doc: Document, match: Match, headed_keys: set[tuple[str, ...]]) -> bool:
    """A mined name without a head: named with a head elsewhere in the article, or nearly always a
    place in the corpus and here after a preposition of place."""
    if match.key in headed_keys or _nearly_always_headed(match):
        return True
    share = max(row["share"] for row in match.payload)
    return share >= MINED_ALONE_SHARE and _previous_role(doc, match.first) in ("locative", "direction")


MINED_ALONE_SHARE = 0.5
MINED_NAME_SHARE = 0.7
MINED_NAME_MIN_HEADED = 35  # seen after a head this often: no chance reading (السليكون, 31, is also silicon)


def _nearly_always_headed(match: Match) -> bool:
    """المصمك، الدريهمي، حميميم: a one-word definite mined name that the corpus writes after a place head
    most of the times it writes it, and often, is that place wherever it stands."""
    return len(match.key) == 1 and match.key[0].startswith("ال") and any(
        row["share"] >= MINED_NAME_SHARE and row["headed"] >= MINED_NAME_MIN_HEADED for row in match.payload)


def _mined_places(doc: Document) -> list[Span]:
    headed, alone = [], []
    for match in mined_matcher().find(doc):
        if match.start == doc.tokens[match.first].start and match.first > 0 \
                and _same_sentence(doc, match.first, match.first - 1) and _is_head(doc.tokens[match.first - 1]):
            if _sentences_a_person(doc, match.first - 1, match.first):
                continue  # بسجن أحمد نظيف: a person the miner read after سجن
            headed.append(match)
        else:
            alone.append(match)
    headed_keys = {match.key for match in headed}
    spans = [_with_head(doc, match) for match in headed]
    return spans + [doc.span(match.start, match.end, "LOC") for match in alone
                    if _mined_alone_ok(doc, match, headed_keys)]


def _sentences_a_person(doc: Document, head: int, name: int) -> bool:
    """بسجن أحمد نظيف: a head that is also a verbal noun taking a person (word set person_object_head)
    before a given name is that verbal noun and its object, no facility."""
    return any(stem in word_set("person_object_head") for _, stem in doc.tokens[head].stems) \
        and is_given_name(doc.tokens[name])


def _with_head(doc: Document, match: Match) -> Span:
    """A mined name after its head: حي الشيخ رضوان keeps its head, قرية كفرنبل does not."""
    head = doc.tokens[match.first - 1]
    offset, stem = next(((offset, stem) for offset, stem in head.stems if stem in place_heads()), (0, ""))
    if stem and place_heads()[stem][0] == "with_head":
        start = doc.normalized.to_original(head.norm_start + offset, head.norm_end)[0]
        return doc.span(start, match.end, "LOC")
    return doc.span(match.start, match.end, "LOC")


def _read_through_a_word(doc: Document, match: Match) -> bool:
    """لمسة، كريم، بنوا: a one-word name read under a proclitic (ل+مسة، ك+ريم) where the whole token is
    a word the corpus knows at least as well as the name is one word, not a clitic and a place
    (unlike بالموصل، وكفرنبل, far rarer than الموصل، كفرنبل)."""
    token = doc.tokens[match.first]
    if len(match.key) > 1 or match.start == token.start:
        return False
    return word_frequencies().get(token.norm, 0) >= max(1, word_frequencies().get(match.key[0], 0))


KAF = "ك"
KAF_WORD_MIN_PER_MILLION = 1.1  # the whole token seen about 20 times: a word of its own (كسرت), not ك and a name


def _read_through_kaf(doc: Document, match: Match) -> bool:
    """كسرت، كريم: a one-word name (no country) read under the proclitic ك (like) where the whole token
    is a word the corpus knows is that word (a verb, a name); ك before a place is rare and rarer still
    in a written form of its own (كمصر is kept: a country)."""
    token = doc.tokens[match.first]
    if len(match.key) > 1 or match.start == token.start or match.payload["kind"] == "country" \
            or not doc.text[token.start:match.start].endswith(KAF):
        return False
    return word_frequencies().get(token.norm, 0) >= per_million(KAF_WORD_MIN_PER_MILLION)


def _names_a_grade(doc: Document, match: Match) -> bool:
    """خام برنت، خام غرب تكساس الوسيط: a place right after a grade noun, or after it and a direction,
    names the crude that is priced, not a place of the text."""
    if match.start != doc.tokens[match.first].start:
        return False
    for before in (match.first - 1, match.first - 2):
        if not _same_sentence(doc, match.first, before):
            return False
        role = context_role(doc.tokens[before])
        if role == "grade_head":
            return True
        if role != "direction":
            return False
    return False


def _read_as_verb(doc: Document, match: Match) -> bool:
    """الذي عدن، عندما ضمد، لم يمن: right after a relative pronoun, a temporal or conditional
    conjunction or a verb particle (or لا before ي/ت: لا يلام), a bare one-word name (no article, no
    proclitic) is read as the verb those words introduce; a country's name there is kept (إذا مصر), a verb is rarely written so."""
    if len(match.key) > 1 or match.key[0].startswith("ال") or match.start != doc.tokens[match.first].start \
            or match.payload["kind"] == "country" or not _same_sentence(doc, match.first, match.first - 1):
        return False
    previous = doc.tokens[match.first - 1]
    # لا before a noun negates it (لا مصر ولا غيرها), before a word in ي/ت it is the verb's (لا يلام)
    return context_role(previous) == "verb_introducer" \
        or previous.norm == NEGATION and match.key[0].startswith(IMPERFECT_PREFIXES)


NEGATION = "لا"


def _starts_with_a_function_word(doc: Document, match: Match) -> bool:
    """إن صالح، من الحي: a many-word name whose first word is a function word (إن، أن، من) is that
    word and what follows (أن صالح مسلم), unless a preposition of place or a direction introduces it."""
    return len(match.key) > 1 and match.key[0] in function_words() \
        and _previous_role(doc, match.first) not in ("locative", "direction")


ORGANISATION_GENITIVE_PREFIX = "لل"


def _before_an_organisation_genitive(doc: Document, match: Match) -> bool:
    """طوكيو للتأمين، تونس افريقيا للأنباء، قطر للاستثمار: a name followed by لل and a field an
    organisation works in (organisation_fields_ar.tsv) names the company or agency, unless a
    preposition of place introduces it (سافر إلى مصر للاستثمار)."""
    following = match.last + 1
    if not _same_sentence(doc, match.last, following) or match.end != doc.tokens[match.last].end:
        return False
    word = doc.tokens[following].norm
    if not word.startswith(ORGANISATION_GENITIVE_PREFIX):
        return False
    return "ال" + word[2:] in organisation_fields() \
        and _previous_role(doc, match.first) not in ("locative", "direction")


def _inside_organisations(doc: Document, matches: list[Match]) -> set[tuple[int, int]]:
    """The names inside an organisation's name, with each name that follows one of them bare
    (وكالة تونس افريقيا: افريقيا after تونس is the agency's name too)."""
    inside = {(match.start, match.end) for match in matches
              if _inside_organisation_name(doc, match) or _before_an_organisation_genitive(doc, match)
              or _seat_of_a_club(doc, match) or _after_a_club_prefix(doc, match)}
    last_inside = {match.last for match in matches if (match.start, match.end) in inside}
    for match in sorted(matches, key=lambda match: match.first):
        if match.first - 1 in last_inside and match.start == doc.tokens[match.first].start \
                and _same_sentence(doc, match.first, match.first - 1):
            inside.add((match.start, match.end))
            last_inside.add(match.last)
    return inside


def _first_of_a_construct(doc: Document, match: Match) -> bool:
    """مسقط رأسه، سلالة أجدادهم: a one-word name (no country) before a noun with a pronoun suffix is the
    first term of a construct, a common noun, since a name takes no genitive; دمشق نفسها، حلب وحدها
    stress the name (emphatic_apposition)."""
    if len(match.key) > 1 or match.payload["kind"] == "country" or match.end != doc.tokens[match.last].end:
        return False
    following = match.last + 1
    return _same_sentence(doc, match.last, following) and possessed_common_noun(doc.tokens[following]) \
        and _known_name_at(doc, following) is None


def gazetteer_places(doc: Document) -> list[Span]:
    """Listed names (weak ones where context supports them) and mined names, longest first."""
    found = place_matcher().find(doc)
    inside = _inside_organisations(doc, found)
    matches = [match for match in found if spelled_as_listed(match)
               and not _read_as_adverb(doc, match) and (match.start, match.end) not in inside
               and not _read_as_adjective(doc, match) and not _read_through_a_word(doc, match) and not _read_through_kaf(doc, match)
               and not _quoted_addressee(doc, match) and not _quoted_title(doc, match)
               and not _read_with_a_pronoun(match, doc) and not _function_word_with_a_pronoun(doc, match)
               and not _after_a_kinship_noun(doc, match)
               and not _hamza_not_in_name(doc, match) and not _names_a_grade(doc, match)
               and not _read_as_verb(doc, match) and not _starts_with_a_function_word(doc, match)
               and not _first_of_a_construct(doc, match) and not _before_a_masculine_nisba(doc, match)
               and not _bare_form_of_a_definite_name(doc, match)]
    strong_countries = {match.payload["country"] for match in matches if not _is_weak(match)}
    listed = [doc.span(match.start, match.end, "LOC") for match in matches
              if not _is_weak(match) or _context_supports(doc, match, matches, strong_countries)]
    # a quoted name after a head is longer than the listed place it may start with (ملعب "كازان أرينا")
    spans = listed + _mined_places(doc) + quoted_headed_places(doc) + quoted_listed_places(doc) \
        + directional_parts(doc, [match for match in matches if not _is_weak(match)]) + formal_state_names(doc) \
        + numbered_districts(doc, matches)
    ends = [match for match in matches if not _is_weak(match)] + [
        match for match in mined_matcher().find(doc) if max(row["share"] for row in match.payload) >= MINED_ALONE_SHARE]
    spans += places_between_listed(doc, ends) + feature_led_names(doc, matches)
    return non_overlapping(sorted(spans, key=lambda span: span.start - span.end))


def feature_led_names(doc: Document, matches: list[Match]) -> list[Span]:
    """عين جنان، بئر علي، رأس الجبل: a landform's or a spring's word (word set feature_name_start) right
    before a listed name that is no country begins a longer toponym; the listed name alone (جنان, a city in
    China) is not the place meant."""
    found = []
    for match in matches:
        before = match.first - 1
        if before < 0 or match.start != doc.tokens[match.first].start or match.payload["kind"] == "country" \
                or not _same_sentence(doc, before, match.first):
            continue
        token = doc.tokens[before]
        offset = next((offset for offset, stem in token.stems if stem in word_set("feature_name_start")
                       and not token.norm[:offset].strip("وفب")), None)  # وعين، بعين: a conjunction or ب only
        if offset is not None:
            start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
            found.append(doc.span(start, match.end, "LOC"))
    return found


ELECTORAL_DISTRICT_HEADS = frozenset({"دائره", "دوائر"})


def numbered_districts(doc: Document, matches: list[Match]) -> list[Span]:
    """دائرة تونس 2، عن دائرة فرنسا 1: an electoral district named by a listed place and its number is a
    place of its own, the number part of its name."""
    found = []
    for match in matches:
        number = match.last + 1
        if match.start != doc.tokens[match.first].start or not _same_sentence(doc, match.first, match.first - 1) \
                or not _same_sentence(doc, match.last, number) or doc.tokens[number].kind != "number" \
                or not any(stem in ELECTORAL_DISTRICT_HEADS for _, stem in doc.tokens[match.first - 1].stems):
            continue
        found.append(doc.span(match.start, doc.tokens[number].end, "LOC"))
    return found


def formal_state_names(doc: Document) -> list[Span]:
    """المملكة المغربية، الجمهورية التونسية، المملكة الأردنية الهاشمية: a state's formal name, its form of
    state (word set state_form_head) and the feminine nationality adjective of its country, with the
    adjectives such names go on with (state_form_adjective); not المملكة alone, which the gazetteer
    gives Saudi Arabia, nor الدولة التونسية, the state as an institution, nor the office after رئيس
    (word set state_office)."""
    found = []
    for index in doc.tokens_with_stem("places:state_form", word_set("state_form_head")):
        token, following = doc.tokens[index], index + 1
        head = next((offset for offset, stem in token.stems if stem in word_set("state_form_head")), None)
        if head is None or not _same_sentence(doc, index, following) \
                or index > 0 and _same_sentence(doc, index, index - 1) \
                and any(stem in word_set("state_office") for _, stem in doc.tokens[index - 1].stems):
            continue  # رئيس الجمهورية التونسية، رئاسة الجمهورية: the office, not the country
        adjective = doc.tokens[following].norm
        if not (adjective.startswith("ال") and adjective.endswith("يه") and adjective in nationality_countries()):
            continue
        last = following
        while _same_sentence(doc, index, last + 1) and doc.tokens[last + 1].norm in word_set("state_form_adjective"):
            last += 1
        start = doc.normalized.to_original(token.norm_start + head, token.norm_end)[0]
        found.append(doc.span(start, doc.tokens[last].end, "LOC"))
    return found


def directional_parts(doc: Document, matches: list[Match]) -> list[Span]:
    """أستراليا الغربية، لبنان الجنوبي، معتمدية جندوبة الشمالية: a one-word country or region (or a town
    after an administrative head) followed by a definite direction
    adjective (word set direction_adjective) is the part of it that the adjective names, a region of its
    own; a listed name of that shape (كوريا الجنوبية) is matched whole before this. Not a nisba-shaped
    name (السعودية), which is an adjective itself in such a row of adjectives."""
    found = []
    for match in matches:
        following = match.last + 1
        if len(match.key) > 1 or match.key[0].endswith(("يه", "ي")) \
                or match.payload["kind"] not in ("country", "region") and not _after_an_administrative_head(doc, match) \
                or match.end != doc.tokens[match.last].end or not _same_sentence(doc, match.last, following) \
                or doc.tokens[following].norm not in word_set("direction_adjective"):
            continue
        found.append(doc.span(match.start, doc.tokens[following].end, "LOC"))
    return found


ADMINISTRATIVE_KINDS = frozenset({"district", "governorate", "region"})


def _after_an_administrative_head(doc: Document, match: Match) -> bool:
    """معتمدية جندوبة الشمالية، إقليم سوسة الشمالية، ولاية كردفان الشمالية: after the head of an
    administrative unit (named by the name alone) a town and a direction adjective are that unit's
    name, which the town lends to the units around it; elsewhere the adjective may qualify the noun
    before (مدينة حلب الشرقية) or the town be the place meant."""
    token = doc.tokens[match.first]
    if match.start != token.start or not _same_sentence(doc, match.first, match.first - 1):
        return False
    return any(place_heads().get(stem, ("", ""))[0] == "name_only" and place_heads()[stem][1] in ADMINISTRATIVE_KINDS
               and stem != GOVERNORATE_HEAD for _, stem in doc.tokens[match.first - 1].stems)


# ريف محافظة حلب الشمالية: after محافظة the adjective qualifies the governorate or its countryside, a
# Syrian usage; the units named with a direction are districts, states and regions.
GOVERNORATE_HEAD = "محافظه"


MAX_CHAIN_MEMBERS = 8


def _chain_member(doc: Document, position: int) -> tuple[Span, int] | None:
    """One unknown member of a coordinated list and its last token: وX (its و dropped) or ، X, one
    plain word that is no function word, head or context word, or a name particle and its word (وأبو
    الخصيب)."""
    token = doc.tokens[position]
    joined = token.kind == "arabic" and token.norm.startswith("و") and len(token.norm) > 3
    stem = token.norm[1:] if joined else token.norm
    if token.kind != "arabic" or stem in function_words() or _is_head(token) or context_role(token) is not None \
            or not plain_word(token) and not joined or _possessed_noun(stem) \
            or _feminine_past_verb(stem) or dual_imperfect(stem) or _imperfect_by_its_persons(stem):
        return None  # وحلفائها: a noun with a pronoun is no list member however it is placed; وفرضت واشنطن: a verb
    last = position
    if (stem in name_particles() or stem in word_set("place_name_start")) and _same_sentence(doc, position, position + 1) and plain_word(doc.tokens[position + 1]) \
            and not doc.tokens[position + 1].norm.startswith("و"):
        last += 1
    start = doc.normalized.to_original(token.norm_start + 1, token.norm_end)[0] if joined else token.start
    return doc.span(start, doc.tokens[last].end, "LOC"), last


def _direction_before_a_listed_place(doc: Document, position: int, starts: dict[int, Match]) -> bool:
    """وجنوب العراق: a direction joined by و, right before a listed place, closes a list as that place does."""
    token = doc.tokens[position]
    return token.norm.startswith("و") and context_role(token) == "direction" and position + 1 in starts \
        and _same_sentence(doc, position, position + 1)


def places_between_listed(doc: Document, matches: list[Match]) -> list[Span]:
    """عبادان ومعشور والشبيشة والأهواز: the unknown members of a list that runs, word by word through
    و or commas, from one listed place to another (or to a direction before one: والزبير وجنوب العراق)
    are places of that list too (a mined name the corpus nearly always uses as a place counts as listed
    here)."""
    starts = {doc.token_index_holding(match.start): match for match in matches}
    found = []
    for match in matches:
        members, position = [], match.last + 1
        while len(members) <= MAX_CHAIN_MEMBERS and _same_sentence(doc, match.last, position):
            if doc.tokens[position].norm in (LIST_COMMA, CONJUNCTION):
                position += 1  # و written apart (تونس و صفاقس) joins as a comma does
                continue
            if not doc.tokens[position].norm.startswith("و") and doc.tokens[position - 1].norm not in (LIST_COMMA, CONJUNCTION):
                break
            if position in starts or members and _direction_before_a_listed_place(doc, position, starts):
                # a mined end is a place here too: the list places it; so does وجنوب العراق after the members
                ending = starts[position] if position in starts else starts[position + 1]
                found.extend(members + [doc.span(match.start, match.end, "LOC"), doc.span(ending.start, ending.end, "LOC")])
                break
            member = _chain_member(doc, position)
            if member is None:
                break
            members.append(member[0])
            position = member[1] + 1
    return found


MAX_TITLE_TOKENS = 12  # a slogan or a campaign's name is a short phrase


def _opening_of_the_quote_around(doc: Document, first: int) -> int | None:
    """The opening quotation mark of the quote token `first` is inside (within MAX_TITLE_TOKENS), or None."""
    marks, opening = 0, None
    for position in range(first - 1, max(-1, first - 1 - MAX_TITLE_TOKENS), -1):
        if not _same_sentence(doc, first, position):
            break
        if doc.tokens[position].norm in TRANSPARENT:
            marks += 1
            opening = position if opening is None else opening
    return opening if marks % 2 == 1 else None


def in_a_quoted_title(doc: Document, span: Span) -> bool:
    """تحت شعار "جمعة ثوار من أجل القدس"، تظاهرة تحمل اسم "انتفاضة القدس"، بعنوان "ربيع تونس": a place
    inside quotation marks right after a noun that introduces a name or a slogan (word set title_noun)
    is a word of that title, not a place of the text."""
    first = doc.token_index_holding(span.start)
    opening = _opening_of_the_quote_around(doc, first)
    if opening is None or opening == 0 or not _same_sentence(doc, opening, opening - 1):
        return False
    return any(stem in word_set("title_noun") for _, stem in doc.tokens[opening - 1].stems)


def without_places_in_titles(doc: Document, spans: list[Span]) -> list[Span]:
    return [span for span in spans if span.label != "LOC" or not in_a_quoted_title(doc, span)]
