"""The word layer: the word lists and word classes that NER, the extractors and speech share.

Every list is a TSV under extract/data/ (source and licence in its header), normalized here at load,
so a rule never holds a spelling of its own. Corpus-frequency thresholds are stated as rates per
million words and turned into counts of the shipped frequency file by `lexicons.per_million`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from extract.chars import normalize_string
from extract.lexicons import cached_derived, cached_load, per_million, person_titles, place_gazetteer, read_tsv, word_frequencies

if TYPE_CHECKING:
    from extract.document import Document, Token


# Files of closed word classes, one row per word and set: the shared classes, the events extractor's, the agents'.
WORD_SET_FILES = ("word_sets_ar.tsv", "event_words_ar.tsv", "agent_words_ar.tsv")


@lru_cache(maxsize=1)
def _word_sets() -> dict[str, frozenset[str]]:
    """Every closed word class, read back from cache_dir(): the modules take theirs at import."""
    return {name: frozenset(words) for name, words in cached_load("word-sets", WORD_SET_FILES, _read_word_sets).items()}


def _read_word_sets() -> dict[str, list[str]]:
    sets: dict[str, set[str]] = {}
    for file_name in WORD_SET_FILES:
        for row in read_tsv(file_name):
            sets.setdefault(row["set"], set()).add(normalize_string(row["word"]))
    return {name: sorted(words) for name, words in sets.items()}


def word_set(name: str) -> frozenset[str]:
    """A small closed class of normalized words (column `set` of a file in WORD_SET_FILES)."""
    return _word_sets()[name]


def _org_heads() -> dict[str, str]:
    return {normalize_string(row["head"]): row["kind"] for row in read_tsv("org_heads_ar.tsv")}


# Normalized head noun that introduces an organisation's name -> the actor kind it makes.
ORG_HEADS: dict[str, str] = _org_heads()


@lru_cache(maxsize=1)
def institution_heads() -> tuple[dict[str, str], ...]:
    """Rows of institution_heads_ar.tsv: head (as written), takes, kind."""
    return tuple(read_tsv("institution_heads_ar.tsv"))


# The place kinds of a settlement or a province: a district head before one of these names a district
# after it (حي الخليل), not the place itself.
SETTLEMENT_KINDS = frozenset({"city", "town", "governorate"})


@lru_cache(maxsize=1)
def place_heads() -> dict[str, tuple[str, str]]:
    """Normalized head noun -> (naming, place kind), from extract/data/place_heads_ar.tsv."""
    return {normalize_string(row["head"]): (row["naming"], row["kind"]) for row in read_tsv("place_heads_ar.tsv")}


@lru_cache(maxsize=1)
def place_heads_with_hamza() -> frozenset[str]:
    """Normalized heads whose spelling has a hamza on an alef (أرض، إقليم): another head written
    with one is some other word (وأدى is no وادي)."""
    return frozenset(normalize_string(row["head"]) for row in read_tsv("place_heads_ar.tsv")
                     if set("أإآ") & set(row["head"]))


@lru_cache(maxsize=1)
def located_name_heads() -> frozenset[str]:
    """Heads that are also a common verbal noun (قضاء): an unlisted name after them needs a
    preposition of place before the head, or is a rare word before the place it lies in."""
    return frozenset(normalize_string(row["head"]) for row in read_tsv("place_heads_ar.tsv") if row.get("unlisted") == "located")


@lru_cache(maxsize=1)
def parent_placed_heads() -> frozenset[str]:
    """Heads that name groups as often as places (جبهة النصرة، جبهة صرواح): an unlisted name after
    them needs the place it lies in after it (جبهة صرواح في مأرب)."""
    return frozenset(normalize_string(row["head"]) for row in read_tsv("place_heads_ar.tsv") if row.get("unlisted") == "parent")


# A definite word that follows a definite word in under this share of its corpus uses is a noun
# (الهجوم 0.01, الحكومة 0.02), not an adjective (السوري 0.86, السابق 0.69): definite_word_shares_ar.tsv.gz.
DEFINITE_NOUN_SHARE = 0.2
# One that follows a given name this often is a family name (الأسد 0.46, الصدر 0.35; الهجوم 0.04).
FAMILY_NAME_SHARE = 0.2


@lru_cache(maxsize=1)
def definite_word_shares() -> dict[str, tuple[float, float]]:
    """Normalized definite word form -> the shares of its corpus uses right after a definite word
    and right after a given name."""
    return {row["word"]: (float(row["after_definite"]), float(row["after_given_name"]))
            for row in read_tsv("definite_word_shares_ar.tsv.gz")}


@lru_cache(maxsize=1)
def person_descriptors() -> frozenset[str]:
    """Words the corpus writes right before a person's name again and again (الصحافية، المحلل،
    التشكيلية، الثنائي; extract/data/person_descriptors_mined_ar.tsv, scripts/mine_person_descriptors.py)."""
    return frozenset(row["word"] for row in read_tsv("person_descriptors_mined_ar.tsv"))


def definite_noun(word: str) -> bool:
    """A definite word form that the corpus writes as a common noun: it seldom follows a definite
    word, whose adjective it would then be, or a given name, whose family name it would be. An
    unlisted form is no noun by this evidence."""
    shares = definite_word_shares().get(word)
    return shares is not None and shares[0] < DEFINITE_NOUN_SHARE and shares[1] < FAMILY_NAME_SHARE


@lru_cache(maxsize=1)
def measure_words() -> frozenset[str]:
    """Normalized units of measure (extract/data/measures_ar.tsv), which no name takes after a number."""
    return frozenset(normalize_string(row["word"]) for row in read_tsv("measures_ar.tsv"))


@lru_cache(maxsize=1)
def bare_name_heads() -> frozenset[str]:
    """Heads after which an unlisted name is written without the article (ولاية كيرالا), their
    other sense taking a definite genitive (ولاية الفقيه)."""
    return frozenset(normalize_string(row["head"]) for row in read_tsv("place_heads_ar.tsv") if row.get("unlisted") == "bare")


@lru_cache(maxsize=1)
def definite_facility_heads() -> frozenset[str]:
    """Heads that, with the article and a definite adjective, name one facility (المسجد الحرام)."""
    return frozenset("ال" + normalize_string(row["head"]) for row in read_tsv("place_heads_ar.tsv")
                     if row.get("definite") == "yes")


@lru_cache(maxsize=1)
def _institution_kinds() -> tuple[tuple[str, str], ...]:
    return tuple((normalize_string(row["head"]) + " ", row["kind"]) for row in institution_heads())


def institution_kind(text: str) -> str | None:
    """The actor kind an institution phrase's head gives it, if it has one (a radio station's
    name ends in its band: الجوهرة أف أم)."""
    key = " ".join(normalize_string(text).split())
    words = key.split()
    if ends_with_radio_band(words):
        return "media"
    kind = next((kind for head, kind in _institution_kinds() if key.startswith(head)), None)
    if kind == "media" and len(words) > 1 and words[1] in word_set("state_agency_field"):
        return "government"  # وكالة المخابرات المركزية: an agency of a state, not of news
    return kind


# A radio station's name ends in its band, written in Arabic letters (أف أم، إف إم) or Latin (FM).
RADIO_BANDS = (("اف", "ام"), ("fm",))


def ends_with_radio_band(words: list[str]) -> bool:
    """Whether normalized words end in a radio band (the band alone names nothing)."""
    lowered = [word.lower() for word in words]
    return any(len(lowered) > len(band) and tuple(lowered[-len(band):]) == band for band in RADIO_BANDS)


@lru_cache(maxsize=1)
def list_heads() -> dict[str, str]:
    """Normalized plural or dual head (قرى، منطقتي) -> its singular (places_head_forms_ar.tsv)."""
    return {normalize_string(row["form"]): normalize_string(row["head"]) for row in read_tsv("places_head_forms_ar.tsv")}


@lru_cache(maxsize=1)
def dual_heads() -> frozenset[str]:
    """Normalized dual heads (قريتي، منطقتي): a list of exactly two names follows."""
    return frozenset(normalize_string(row["form"]) for row in read_tsv("places_head_forms_ar.tsv") if row["number"] == "dual")


@lru_cache(maxsize=1)
def organisation_fields() -> frozenset[str]:
    """Normalized definite fields an organisation's name gives after لل (organisation_fields_ar.tsv)."""
    return frozenset(normalize_string(row["word"]) for row in read_tsv("organisation_fields_ar.tsv"))


@lru_cache(maxsize=1)
def context_words() -> dict[str, str]:
    """Normalized word -> its role around a place name (places_context_ar.tsv)."""
    return {normalize_string(row["word"]): row["role"] for row in read_tsv("places_context_ar.tsv")}


def context_role(token: Token) -> str | None:
    """A token's role (locative, direction …), read with or without proclitics (بريف، وفي)."""
    for _, stem in token.stems:
        role = context_words().get(stem)
        if role is not None:
            return role
    return None


@lru_cache(maxsize=1)
def mined_places() -> dict[str, tuple[dict, ...]]:
    """Normalized mined name -> its rows (one per country), from places_mined_ar.tsv (kept in
    cache_dir(), as given_names)."""
    return cached_load("mined-places", ("places_mined_ar.tsv",), _read_mined_places)


def _read_mined_places() -> dict[str, tuple[dict, ...]]:
    rows: dict[str, list[dict]] = {}
    for row in read_tsv("places_mined_ar.tsv"):
        rows.setdefault(normalize_string(row["name"]), []).append(
            {"name": row["name"], "kind": row["kind"], "country": row["country"] or None,
             "parent": row["parent"] or None, "headed": int(row["headed"]), "share": float(row["share"]),
             "countries": dict((code, int(votes)) for code, _, votes in
                               (item.partition(":") for item in row["countries"].split("|") if item))})
    return {key: tuple(value) for key, value in rows.items()}


@lru_cache(maxsize=1)
def time_words() -> dict[str, dict[str, str]]:
    """Role -> normalized word -> value, in file order (extract/data/time_words_ar.tsv)."""
    roles: dict[str, dict[str, str]] = {}
    for row in read_tsv("time_words_ar.tsv"):
        roles.setdefault(row["role"], {})[normalize_string(row["word"])] = row["value"]
    return roles


# Function words spelled with ى that normalize onto a name (على → علي).
MAQSURA_FUNCTION_WORDS = word_set("maqsura_function")


# A clitic reading (بمواجهات → مواجهات) counts when its stem is a word the corpus uses (2.8 per million, about 50 times).
CLITIC_STEM_MIN_PER_MILLION = 2.8


# نظيره is نظير + ه when the stem is common (5.63 per million, about 100 times), not the given name نظيرة.
PRONOUN_STEM_MIN_PER_MILLION = 5.63


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Function words, reporting verbs and time words (extract/data/name_stopwords_ar.tsv)."""
    return frozenset(normalize_string(row["word"]) for row in read_tsv("name_stopwords_ar.tsv"))


def is_function_word(token: Token) -> bool:
    """A function, reporting or time word; على counts too, though its normalized form is a name."""
    return token.norm in function_words() or (token.text.endswith("ى") and token.norm in MAQSURA_FUNCTION_WORDS)


# ي is left out: بي، مني are also a Latin letter's name and a given name (منى).
OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "كما", "كم", "نا", "ه", "ك")


def preposition_with_pronoun(word: str) -> bool:
    """بينهم، علينا، لديه، منها: a preposition with a pronoun suffix (normalized), a function word that
    no rule should read as a noun."""
    prepositions = word_set("suffixed_preposition")
    return any(word.endswith(pronoun) and word[:-len(pronoun)] in prepositions
               and (len(word) - len(pronoun) > 1 or pronoun != "ك") for pronoun in OBJECT_PRONOUNS)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    # 12,000 names normalized one by one at every start-up: kept in cache_dir() instead.
    return cached_load("given-names", ("given_names_ar.tsv", "given_names_definite_ar.tsv"), _read_given_names)


def _read_given_names() -> frozenset[str]:
    return frozenset(normalize_string(row["name"]) for name in ("given_names_ar.tsv", "given_names_definite_ar.tsv")
                     for row in read_tsv(name))


@lru_cache(maxsize=1)
def name_compounds() -> frozenset[str]:
    """Second elements of compound given names (extract/data/name_compounds_ar.tsv)."""
    return frozenset(normalize_string(row["word"]) for row in read_tsv("name_compounds_ar.tsv"))


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    return frozenset(normalize_string(row["word"]) for row in read_tsv("name_particles_ar.tsv"))


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    return frozenset(cached_derived("place-words", lambda: sorted(
        {normalize_string(alias) for place in place_gazetteer() for alias in place["aliases"]})))


def plain_word(token: Token) -> bool:
    return token.kind == "arabic" and len(token.norm) >= 2 and token.norm not in function_words()


SPORT_ARTICLE_MIN_WORDS = 3  # مباراة، الجولة، نقاط: an article about sport says so more than once


def writes_alif_maqsura(doc: Document) -> bool:
    """Whether the article writes على، إلى، حتى with their ى (most do; some archives write ي for
    both, and there علي may be the preposition): where it does, علي written with ي is the name."""
    return any(doc.tokens[index].text.endswith("ى")
               for index in doc.tokens_with_stem("words:maqsura", MAQSURA_FUNCTION_WORDS))


def is_sport_article(doc: Document) -> bool:
    """An article about sport: at least SPORT_ARTICLE_MIN_WORDS words of word set sport_word."""
    return len(doc.tokens_with_stem("places:sport", word_set("sport_word"))) >= SPORT_ARTICLE_MIN_WORDS


def possessed_common_noun(token: Token) -> bool:
    """رأسه، أجدادهم: a noun with a pronoun suffix that the corpus knows bare and with the article, not
    a word that stresses the name before it (emphatic_apposition: نفسها، وحدها). A one-word name right
    before one is the first term of a construct, a common noun (مسقط رأسه is a birthplace), since a
    name takes no genitive."""
    if token.kind != "arabic" or token.norm.startswith(("ال", "و", "ف")) or not plain_word(token):
        return False
    suffix = next((suffix for suffix in CONSTRUCT_PRONOUN_SUFFIXES if token.text.endswith(suffix)
                   and len(token.text) > len(suffix) + 1), None)
    if suffix is None:
        return False
    stem = normalize_string(token.text[:-len(suffix)])
    floor = per_million(PRONOUN_CONSTRUCT_STEM_MIN_PER_MILLION)
    # a noun, which the corpus writes with the article too (الرأس), not a verb (مهرجان أبها يجمعنا)
    return stem not in word_set("emphatic_apposition") \
        and word_frequencies().get(stem, 0) >= floor and word_frequencies().get("ال" + stem, 0) >= floor


CONSTRUCT_PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")
PRONOUN_CONSTRUCT_STEM_MIN_PER_MILLION = 5.63  # the noun seen about 100 times bare and as many with the article


def is_given_name(token: Token) -> bool:
    # على and إلى normalize to علي and الي: the original ى says they are not names; نظيره is
    # نظير + a pronoun, not the name نظيرة.
    if not plain_word(token) or token.norm not in given_names():
        return False
    if token.text.endswith("ى") and token.norm in MAQSURA_FUNCTION_WORDS:
        return False
    return not has_pronoun_suffix(token)


def has_pronoun_suffix(token: Token) -> bool:
    """نظيره، كيفه: a word written with a final ه whose stem is a common word is the stem and the
    pronoun ه, not a name spelled with ة (نظيرة، كيفة)."""
    return token.text.endswith("ه") and word_frequencies().get(token.norm[:-1], 0) \
        >= per_million(PRONOUN_STEM_MIN_PER_MILLION)


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    words = set()
    for title in person_titles():
        first = normalize_string(title).split()[0]
        words.update({first, first[2:] if first.startswith("ال") else first})
    return frozenset(words)


@lru_cache(maxsize=1)
def definite_title_words() -> frozenset[str]:
    """The first words of titles with the article (الشيخ، الدكتور، الرئيس، الوزير), normalized."""
    words = {normalize_string(title.split()[0]) for title in person_titles()}
    return frozenset(word for word in words if word.startswith("ال")) | frozenset(
        "ال" + word for word in words if not word.startswith("ال"))


def is_title_word(token: Token) -> bool:
    return token.norm in title_words()


def has_preposition(token: Token) -> bool:
    """A ب/ل/و/ف proclitic before a known word (بمواجهات، للصحفيين); ك is left alone (كيري)."""
    if token.norm.startswith("لل") and word_frequencies().get("ا" + token.norm[1:], 0) \
            >= per_million(CLITIC_STEM_MIN_PER_MILLION):
        return True
    return any(word_frequencies().get(stem, 0) >= per_million(CLITIC_STEM_MIN_PER_MILLION) and not token.norm[:offset].endswith("ك")
               for offset, stem in token.stems if offset)


def is_definite_adjective(token: Token) -> bool:
    # القى (ألقى, a verb) normalizes like a nisba; its ى says it is none
    return token.kind == "arabic" and token.norm.startswith("ال") and token.norm.endswith(("ي", "يه")) \
        and token.norm not in function_words() and not token.text.endswith("ى")


def starts_with_conjunction(token: Token) -> bool:
    """وتحديد is و + تحديد; وزير is a word that happens to start with و."""
    if token.kind != "arabic" or not token.norm.startswith("و") or len(token.stems) < 2:
        return False
    return word_frequencies().get(token.stems[1][1], 0) > word_frequencies().get(token.norm, 0)


@lru_cache(maxsize=1)
def country_places() -> dict[str, dict]:
    return {place["country"]: place for place in place_gazetteer() if place["kind"] == "country" and place["country"]}


@lru_cache(maxsize=1)
def nationality_countries() -> dict[str, str]:
    """A nationality adjective's normalized forms (الأردني، الأردنية، عماني) -> country code, derived
    from each country's one-word names: strip ال and a final ا (or يا, يه), add ي/يه; a ستان country
    also gives its people's nisba (أفغانستان → الأفغاني)."""
    adjectives: dict[str, str] = {}
    for code, place in country_places().items():
        for alias in place["aliases"]:
            stem = normalize_string(alias)
            if " " in stem:
                continue
            stem = stem[2:] if stem.startswith("ال") else stem
            # السعودية (normalized السعوديه) is itself a nisba: its stem is سعود, not سعودي
            stem = stem[:-2] if stem.endswith(("يا", "يه")) else stem[:-1] if stem.endswith(("ا", "ه")) else stem
            stems = [stem]
            if stem.endswith(STAN) and len(stem) - len(STAN) >= MIN_STAN_NISBA_LETTERS:
                stems.append(stem[:-len(STAN)])  # أفغانستان → الأفغاني (باكستان keeps its ستان)
            for stem in stems:
                for form in (stem + "ي", stem + "يه", stem + "يون", stem + "يين"):
                    adjectives.setdefault(form, code)
                    adjectives.setdefault("ال" + form, code)
    return adjectives


STAN = "ستان"
MIN_STAN_NISBA_LETTERS = 4  # أفغان، كازاخ، أوزبك: a people's name; باك (Pakistan) is none


MIN_CONSTRUCT_PLURAL_LETTERS = 4  # three stem letters + و
COMMON_NOUN_MIN_PER_MILLION = 2.8  # rate of ال + word (about 50) that makes a word a common noun


def construct_plural(word: str) -> bool:
    """موظفو، مسؤولو: a sound masculine plural in construct, its ن dropped before the genitive."""
    return len(word) >= MIN_CONSTRUCT_PLURAL_LETTERS and word.endswith("و") and not word.startswith("ال") \
        and word_frequencies().get("ال" + word[:-1] + "ون", 0) >= per_million(COMMON_NOUN_MIN_PER_MILLION)


# A verb by corpus evidence (counts from ar_word_frequencies): it shows its other persons (تستمر/يستمر،
# قرر/قرروا) and hardly takes the article. Read by the NER (a verb is no name) and the extractors (a
# verb is no counted noun).
COMMON_ARTICLE_SHARE = 0.3
VERB_OTHER_PERSON_SHARE = 0.25
VERB_PLURAL_SHARE = 0.05
VERB_MIN_PER_MILLION = 1.1  # enough forms (about 20) to tell a verb's paradigm from chance
PRESENT_PREFIXES = "يتنا"
# أ (normalized ا) starts many names (إبراهيم، أيمن): the other persons must outnumber the word itself.
FIRST_PERSON_OTHER_SHARE = 1.0


def _count(word: str) -> int:
    return word_frequencies().get(word, 0)


def looks_like_verb(word: str) -> bool:
    """A verb by its other persons in the corpus: تستمر beside يستمر/نستمر, قرر beside قرروا, انفصلت beside انفصلوا."""
    frequency = max(_count(word), 1)
    if word.startswith("س") and len(word) >= 5 and word[1] in PRESENT_PREFIXES and looks_like_verb(word[1:]):
        return True  # سيغيب: the future prefix before a present verb
    if len(word) >= 4 and word[0] in PRESENT_PREFIXES:
        others = sum(_count(prefix + word[1:]) for prefix in "يتن" if prefix != word[0])
        share = FIRST_PERSON_OTHER_SHARE if word[0] == "ا" else VERB_OTHER_PERSON_SHARE
        if frequency >= per_million(VERB_MIN_PER_MILLION) and others >= max(per_million(VERB_MIN_PER_MILLION), share * frequency) \
                and _count("ال" + word) < COMMON_ARTICLE_SHARE * frequency:
            return True
    if word.endswith("وا") and len(word) >= 5 and _count(word[:-2]) >= max(per_million(VERB_MIN_PER_MILLION), frequency):
        return True  # شاركوا beside شارك: a perfect plural
    plural = (word[:-1] if word.endswith("ت") else word) + "وا"
    if _count(plural) >= max(per_million(VERB_MIN_PER_MILLION), VERB_PLURAL_SHARE * frequency):
        return True
    # شهد/شهدت، بات/باتت: a perfect verb shows its feminine form about as often as itself
    return not word.endswith("ت") and _count(word + "ت") >= max(per_million(VERB_MIN_PER_MILLION), VERB_OTHER_PERSON_SHARE * frequency)


def dual_imperfect(word: str) -> bool:
    """يواصلان، تلعبان: an imperfect verb with the dual ending after two names (X و Y يواصلان), by the
    singular's paradigm in the corpus; no name (سليمان، ريان are no verb's duals)."""
    return len(word) >= 6 and word[0] in "يت" and word.endswith("ان") and looks_like_verb(word[:-2])


def fa_inna(token: Token) -> bool:
    """فإن، فإنه، فقد: the conjunction before a clause ends a name; normalized, فإن is the particle فان
    of Dutch names (لويس فان غال), which is never written with a hamza."""
    return token.text.startswith(("فإن", "فأن")) or token.norm == "فقد"
