"""The function words of reported speech (quote_words_ar.tsv), by role."""

from __future__ import annotations

from functools import lru_cache

from extract.document import Token
from extract.lexicons import read_tsv
from extract.normalize import normalize_string


@lru_cache(maxsize=1)
def speech_words() -> dict[str, frozenset[str]]:
    """Role -> normalized words."""
    roles: dict[str, set[str]] = {}
    for row in read_tsv("quote_words_ar.tsv"):
        roles.setdefault(row["role"], set()).add(normalize_string(row["word"]))
    return {role: frozenset(words) for role, words in roles.items()}


def has_role(token: Token, role: str, with_clitics: bool = True) -> bool:
    """The token, or (with_clitics) one of its clitic-stripped stems, is a word of `role`."""
    words = speech_words().get(role, frozenset())
    if token.kind != "arabic":
        return False
    if not with_clitics:
        return token.norm in words
    return any(stem in words for _, stem in token.stems)


def is_complementizer(token: Token, following: Token | None = None) -> bool:
    """أنّ/إنّ and their pronoun forms, with a clitic (بأن، وأن) or without. A bare أن before an
    imperfect verb (أن يتم، من شأنه أن يمس) is the subjunctive أنْ, which opens no report."""
    if not has_role(token, "complementizer") or token.norm.startswith(("لان", "ولان", "فلان")):
        return False  # لأن "because" opens a reason, not a report
    bare = token.norm.lstrip("وفب") == "ان"
    return not (bare and following is not None and following.kind == "arabic"
                and following.norm.startswith("ي") and following.norm != "يوم" and len(following.norm) > 2)
