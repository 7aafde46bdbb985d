"""Word classes the NER rules consult: function words, given names, titles, place words."""

from __future__ import annotations

from functools import lru_cache

from extract.document import Token
from extract.lexicons import person_titles, place_gazetteer, read_tsv, word_frequencies
from extract.normalize import normalize_string

# Function words spelled with ى that normalize onto a name (على → علي).
MAQSURA_FUNCTION_WORDS = frozenset({"علي", "الي", "حتي", "لدي", "متي"})


CLITIC_STEM_MIN_FREQUENCY = 50


PRONOUN_STEM_MIN_FREQUENCY = 100


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Function words, reporting verbs and time words (extract/data/name_stopwords_ar.tsv)."""
    return frozenset(row["word"] for row in read_tsv("name_stopwords_ar.tsv"))


def is_function_word(token: Token) -> bool:
    """A function, reporting or time word; على counts too, though its normalized form is a name."""
    return token.norm in function_words() or (token.text.endswith("ى") and token.norm in MAQSURA_FUNCTION_WORDS)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset(row["name"] for row in read_tsv("given_names_ar.tsv"))


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    return frozenset(normalize_string(row["word"]) for row in read_tsv("name_particles_ar.tsv"))


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    return frozenset(normalize_string(alias) for place in place_gazetteer() for alias in place["aliases"])


def plain_word(token: Token) -> bool:
    return token.kind == "arabic" and len(token.norm) >= 2 and token.norm not in function_words()


def is_given_name(token: Token) -> bool:
    # على and إلى normalize to علي and الي: the original ى says they are not names; نظيره is
    # نظير + a pronoun, not the name نظيرة.
    if not plain_word(token) or token.norm not in given_names():
        return False
    if token.text.endswith("ى") and token.norm in MAQSURA_FUNCTION_WORDS:
        return False
    return not (token.text.endswith("ه") and word_frequencies().get(token.norm[:-1], 0) >= PRONOUN_STEM_MIN_FREQUENCY)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    words = set()
    for title in person_titles():
        first = normalize_string(title).split()[0]
        words.update({first, first[2:] if first.startswith("ال") else first})
    return frozenset(words)


def is_title_word(token: Token) -> bool:
    return token.norm in _title_words()


def has_preposition(token: Token) -> bool:
    """A ب/ل/و/ف proclitic before a known word (بمواجهات، للصحفيين); ك is left alone (كيري)."""
    if token.norm.startswith("لل") and word_frequencies().get("ا" + token.norm[1:], 0) >= CLITIC_STEM_MIN_FREQUENCY:
        return True
    return any(word_frequencies().get(stem, 0) >= CLITIC_STEM_MIN_FREQUENCY and not token.norm[:offset].endswith("ك")
               for offset, stem in token.stems if offset)


def is_definite_adjective(token: Token) -> bool:
    return token.kind == "arabic" and token.norm.startswith("ال") and token.norm.endswith(("ي", "يه")) \
        and token.norm not in function_words()


def starts_with_conjunction(token: Token) -> bool:
    """وتحديد is و + تحديد; وزير is a word that happens to start with و."""
    if token.kind != "arabic" or not token.norm.startswith("و") or len(token.stems) < 2:
        return False
    return word_frequencies().get(token.stems[1][1], 0) > word_frequencies().get(token.norm, 0)
