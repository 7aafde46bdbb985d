"""The function words of reported speech (quote_words_ar.tsv), by role."""

from __future__ import annotations

from functools import lru_cache

from extract.document import Token, cached_by_form
from extract.lexicons import read_tsv
from extract.normalize import normalize_string


HAMZA_SEATS = frozenset("أإآ")
COMPLEMENTIZER_CLITICS = frozenset("وفب")  # only these may lead أن: لأن is "because", كأن "as if"
_NO_WORDS: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def speech_words() -> dict[str, frozenset[str]]:
    """Role -> normalized words."""
    roles: dict[str, set[str]] = {}
    for row in read_tsv("quote_words_ar.tsv"):
        roles.setdefault(row["role"], set()).add(normalize_string(row["word"]))
    return {role: frozenset(words) for role, words in roles.items()}


@lru_cache(maxsize=1)
def _written_hamzas() -> dict[str, frozenset[str]]:
    """Normalized word -> the hamza seats its listed spellings start with (أمام: {أ})."""
    seats: dict[str, set[str]] = {}
    for row in read_tsv("quote_words_ar.tsv"):
        if row["word"][:1] in HAMZA_SEATS:
            seats.setdefault(normalize_string(row["word"]), set()).add(row["word"][0])
    return {word: frozenset(found) for word, found in seats.items()}


def _spelled_otherwise(token: Token, offset: int, stem: str) -> bool:
    """The text writes a different hamza than the listed word (إمام is not أمام)."""
    written = token.text[offset:offset + 1] if offset < len(token.text) else ""
    listed = _written_hamzas().get(stem)
    return listed is not None and written in HAMZA_SEATS and written not in listed


def has_role(token: Token, role: str, with_clitics: bool = True) -> bool:
    """The token, or (with_clitics) one of its clitic-stripped stems, is a word of `role`."""
    if token.kind != "arabic":
        return False
    words = speech_words().get(role, _NO_WORDS)
    # A loop, not any() over a generator: this runs on most tokens of every quote's context.
    if with_clitics:
        for offset, stem in token.stems:
            if stem in words and not _spelled_otherwise(token, offset, stem):
                return True
        return False
    if not token.stems:
        return False
    offset, stem = token.stems[0]
    return stem in words and not _spelled_otherwise(token, offset, stem)


def has_role_word(word: str, role: str) -> bool:
    """A normalized word, as written, is a word of `role`."""
    return word in speech_words().get(role, frozenset())


KANA_PERFECT = frozenset({"كان", "كانت", "كانوا", "كانا", "كانتا", "كن"})


def is_complementizer(token: Token, following: Token | None = None) -> bool:
    """أنّ/إنّ and their pronoun forms, with a clitic (بأن، وأن) or without. A bare أن before an
    imperfect verb (أن يتم، من شأنه أن يمس) is the subjunctive أنْ, which opens no report."""
    words = speech_words()["complementizer"]
    for offset, stem in token.stems:
        if stem in words and set(token.norm[:offset]) <= COMPLEMENTIZER_CLITICS:
            break
    else:
        return False
    if token.text[offset:offset + 1] == "آ":
        return False  # آن غابرييل، الكاتبة آن رايس: أنّ and إنّ are never written with a madda; آن is a name
    bare = token.norm.lstrip("وفب") == "ان"
    if token.norm == "وان" and following is not None and following.norm in KANA_PERFECT:
        return False  # حتى وإن كانوا، وإن كان: "even if", the conditional إنْ; أنّ never has a verb right after it
    return not (bare and following is not None and following.kind == "arabic"
                and following.norm.startswith("ي") and following.norm != "يوم" and len(following.norm) > 2)


PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")


@cached_by_form
def has_role_before_pronoun(token: Token, role: str) -> bool:
    """Like has_role, also reading the word without a possessive pronoun (برقيته: برقية)."""
    if has_role(token, role):
        return True
    words = speech_words().get(role, frozenset())
    for _, stem in token.stems:
        for suffix in PRONOUN_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                bare = stem[:-len(suffix)]
                if bare in words or (bare.endswith("ت") and bare[:-1] + "ه" in words):
                    return True
    return False
