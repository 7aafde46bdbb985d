"""The word layer's corpus evidence for definite nouns (extract/data/definite_word_shares_ar.tsv.gz):
a definite word the corpus seldom writes after a definite word is a noun, one it mostly writes
there is an adjective."""

from __future__ import annotations

import pytest

from extract.normalize import normalize_string
from extract.words import definite_noun, definite_word_shares


@pytest.mark.parametrize("word", ["الهجوم", "الحكومة", "المدينة", "الاتفاق", "البيان"])
def test_common_definite_nouns(word: str) -> None:
    assert definite_noun(normalize_string(word))


@pytest.mark.parametrize("word", ["السوري", "السابق", "الجديد", "المتحدة", "الرسمي", "الأحمر",
                                  "الأسد", "الصدر"])  # adjectives, and family names, which follow given names
def test_adjectives_and_family_names_are_no_nouns(word: str) -> None:
    assert not definite_noun(normalize_string(word))


def test_an_unlisted_form_is_no_noun_and_shares_are_fractions() -> None:
    assert not definite_noun("الزنبرككيه")
    shares = definite_word_shares()
    assert len(shares) > 5000 and all(0.0 <= share <= 1.0 for pair in shares.values() for share in pair)
