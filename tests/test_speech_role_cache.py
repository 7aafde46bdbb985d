"""has_role_before_pronoun cached by word form (issue 17) answers as the uncached reading does, for
every listed word bare, behind clitics, with a possessive pronoun and written with another hamza;
a second asking, from another token of the same form, gets the same answer."""

from __future__ import annotations

from extract import Pipeline
from extract.read import read_text
from extract.speech.words import has_role_before_pronoun, speech_words


def test_every_word_with_a_pronoun_reads_as_uncached() -> None:
    uncached = has_role_before_pronoun.__wrapped__
    words = sorted({word for listed in speech_words().values() for word in listed})
    forms = [form for word in words for form in (word, "و" + word, "وب" + word, word + "ها", word[:-1] + "تهم")]
    forms += ["إ" + word[1:] for word in words if word.startswith("ا")]
    text = " ".join(forms) + " ، Reuters 12 أمام إمام"
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text(text))
    roles = list(speech_words()) + ["no_such_role"]
    hits = 0
    for _ in range(2):  # the second pass reads the cache
        for token in doc.tokens:
            for role in roles:
                assert has_role_before_pronoun(token, role) == uncached(token, role), token.text
                hits += has_role_before_pronoun(token, role)
    assert hits > 2 * len(words)


def test_a_pronoun_suffix_still_reads_after_the_cache() -> None:
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text("في تصريحاته وفي تصريح له"))
    for _ in range(2):
        assert has_role_before_pronoun(doc.tokens[1], "circumstance_noun")
        assert has_role_before_pronoun(doc.tokens[3], "circumstance_noun")
        assert not has_role_before_pronoun(doc.tokens[0], "circumstance_noun")
