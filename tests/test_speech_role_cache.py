"""has_role read from one cached set of roles per word form (issue 17) answers as the old loop over
the role's words did, for every listed word bare, behind clitics, and written with another hamza."""

from __future__ import annotations

from extract import Pipeline
from extract.document import Token
from extract.read import read_text
from extract.speech.words import _spelled_otherwise, has_role, has_role_before_pronoun, speech_words


def old_has_role(token: Token, role: str, with_clitics: bool = True) -> bool:
    if token.kind != "arabic":
        return False
    words = speech_words().get(role, frozenset())
    return any(stem in words and not _spelled_otherwise(token, offset, stem)
               for offset, stem in (token.stems if with_clitics else token.stems[:1]))


def test_every_role_of_every_listed_word_as_before() -> None:
    words = sorted({word for listed in speech_words().values() for word in listed})
    # Each word bare, after و and وب, and أ-words written with إ; then punctuation and Latin.
    forms = [form for word in words for form in (word, "و" + word, "وب" + word)]
    forms += ["إ" + word[1:] for word in words if word.startswith("ا")]
    text = " ".join(forms) + " ، Reuters 12 أمام إمام"
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text(text))
    roles = list(speech_words()) + ["no_such_role"]
    hits = 0
    for token in doc.tokens:
        for role in roles:
            for with_clitics in (True, False):
                assert has_role(token, role, with_clitics) == old_has_role(token, role, with_clitics), token.text
                hits += has_role(token, role, with_clitics)
    assert hits > len(words)


def test_a_pronoun_suffix_still_reads_after_the_cache() -> None:
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text("في تصريحاته وفي تصريح له"))
    assert has_role_before_pronoun(doc.tokens[1], "circumstance_noun")
    assert has_role_before_pronoun(doc.tokens[3], "circumstance_noun")
    assert not has_role_before_pronoun(doc.tokens[0], "circumstance_noun")
