"""Mine the names of companies, platforms and media from the news corpus into
extract/data/companies_mined_ar.tsv.

Usage: python scripts/mine_companies.py ../shared/data/corpus/arabic_news.jsonl.gz [--limit N]

News writes a company, a web platform or an outlet after the noun that says what it is: شركة X،
موقع X، تطبيق X، منصة X، شبكة X، صحيفة X، قناة X، وكالة X، مصرف X، بنك X (with or without و، ب، ل
before it, the name in quotation marks or not). The name taken is the one word after the head, and
a second word where the two nearly always come together. A word is a name only where it looks like
one: written without the article (a definite word after the head is an anaphor or a common noun:
شركة الكهرباء) and hardly ever with it (جديدة has الجديدة, تويتر has no التويتر), not a function
word, a given name, a listed place, a word with a preposition (للإلكترونيات), a verb or a noun with
a pronoun (شركة تعمل، شركة مقرها: the clause that describes it), nor a one-word name the actor
lexicon has already.

A name is kept when it follows those heads at least MIN_HEADED times in at least MIN_ARTICLES
articles, and a one-word name in at least MIN_SHARE of its occurrences. `share` is the part of all its corpus occurrences that follow a head: the pipeline takes
a name anywhere only when the share is high (nearly always a company: سامسونج، فيسبوك), else only
in an article where a head has named it so (extract/ner/companies.py).

Articles of the real-text evaluation set (samples/real/manifest.tsv) are left out. Only names and
counts are written, never corpus text.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from mine_places import TOKEN, articles, conjunction_stem, evaluation_ids, has_preposition, norm

from extract.lexicons import actor_lexicon, word_frequencies
from extract.ner.persons import is_accusative_common_word, looks_like_verb, takes_article
from extract.words import function_words, given_names, place_words

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "extract" / "data" / "companies_mined_ar.tsv"
HEADS = frozenset(norm(word) for word in
                  ("شركة", "موقع", "تطبيق", "منصة", "شبكة", "صحيفة", "قناة", "وكالة", "مصرف", "بنك"))
PROCLITICS = ("", "و", "ب", "ل", "وب", "ول", "ف")
QUOTES = frozenset('"«“”»\'')
MIN_HEADED = 5
MIN_ARTICLES = 3
MIN_LENGTH = 3
ARTICLE_FORM_MAX_RATIO = 0.05  # as extract/ner/model.py: a name is rarely written with the article
MIN_PAIR_SHARE = 0.5
# A one-word name that follows a head in less than this part of its occurrences is an ordinary word
# the heads happen to precede (شركة ترامب، موقع مثل).
MIN_SHARE = 0.05  # a two-word name: the pair is at least this part of its first word's headed uses
HEADER = """# Names of companies, platforms and media mined from the news corpus
# (../shared/data/corpus/arabic_news.jsonl.gz) by scripts/mine_companies.py: names after the nouns
# شركة، موقع، تطبيق، منصة، شبكة، صحيفة، قناة، وكالة، مصرف، بنك. headed: such contexts; articles: in
# how many articles; share: headed / all its corpus occurrences. Names and counts only, no corpus text.
# Derived from the corpus's articles, which belong to their publishers; this list: MIT.
"""


def is_head(word: str) -> bool:
    return any(word.startswith(clitic) and word[len(clitic):] in HEADS for clitic in PROCLITICS)


def name_word(word: str) -> bool:
    if len(word) < MIN_LENGTH or not all("\u0621" <= char <= "\u064a" for char in word) or word.startswith("ال"):
        return False
    if word in function_words() or word in given_names() or word in place_words() or has_preposition(word) \
            or word.startswith(("لل", "عبد")) or word in _known_names() or conjunction_stem(word) is not None:
        return False
    if looks_like_verb(word) or is_accusative_common_word(word) or _with_pronoun(word):
        return False  # شركة تعمل، شركة مقرها: the clause after the noun, not a name
    frequencies = word_frequencies()
    return frequencies.get("ال" + word, 0) <= ARTICLE_FORM_MAX_RATIO * max(frequencies.get(word, 0), 1)


def _with_pronoun(word: str) -> bool:
    """مقرها، خططها: a common noun with a possessive pronoun."""
    for suffix in ("ها", "هم", "ه"):
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and (takes_article(stem) or stem.endswith("ت") and takes_article(stem[:-1] + "ه")):
            return True  # رؤيتها: رؤية with its pronoun
    return False


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """The actor lexicon's one-word names, which the pipeline finds already (a person: شركة ترامب)."""
    return frozenset(norm(alias) for actor in actor_lexicon() for alias in actor["aliases"] if " " not in alias)


def names_after(words: list[str], index: int) -> tuple[str, str | None] | None:
    """The word after the head at `index` (past a quotation mark), and the pair it starts, if any."""
    position = index + 1
    if position < len(words) and words[position] in QUOTES:
        position += 1
    if position >= len(words) or not name_word(words[position]):
        return None
    pair = None
    if position + 1 < len(words) and name_word(words[position + 1]):
        pair = f"{words[position]} {words[position + 1]}"
    return words[position], pair


def mine(corpus: Path, limit: int | None) -> tuple[Counter, dict[str, set[int]], Counter]:
    headed, in_articles, pairs = Counter(), defaultdict(set), Counter()
    for number, text in articles(corpus, evaluation_ids(), limit):
        words = [norm(token) for token in TOKEN.findall(text)]
        for index, word in enumerate(words):
            if not is_head(word):
                continue
            found = names_after(words, index)
            if found is None:
                continue
            name, pair = found
            headed[name] += 1
            in_articles[name].add(number)
            if pair is not None:
                pairs[pair] += 1
                in_articles[pair].add(number)
    return headed, in_articles, pairs


def rows(headed: Counter, in_articles: dict[str, set[int]], pairs: Counter) -> list[tuple[str, int, int, float]]:
    frequencies = word_frequencies()
    kept = []
    for name, count in headed.items():
        share = round(min(1.0, count / max(frequencies.get(name, 0), 1)), 4)
        if count >= MIN_HEADED and len(in_articles[name]) >= MIN_ARTICLES and share >= MIN_SHARE:
            kept.append((name, count, len(in_articles[name]), share))
    for pair, count in pairs.items():
        first = pair.split()[0]
        if count >= MIN_HEADED and len(in_articles[pair]) >= MIN_ARTICLES and count >= MIN_PAIR_SHARE * headed[first]:
            kept.append((pair, count, len(in_articles[pair]), round(min(1.0, count / max(headed[first], 1)), 4)))
    return sorted(kept)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="read only the first N corpus lines")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    headed, in_articles, pairs = mine(args.corpus, args.limit)
    with args.output.open("w", encoding="utf-8") as handle:
        handle.write(HEADER)
        handle.write("name\theaded\tarticles\tshare\n")
        for name, count, article_count, share in rows(headed, in_articles, pairs):
            handle.write(f"{name}\t{count}\t{article_count}\t{share}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
