"""Mine the words that describe a person right before the name: occupations, roles and
nationalities written before a name (الصحافية، المحلل، التشكيلية، الثنائي البرازيلي، رجل الأعمال).

Usage: python scripts/mine_person_descriptors.py /work/shared/data/corpus/arabic_news.jsonl.gz

Writes extract/data/person_descriptors_mined_ar.tsv. A descriptor is a word that stands one word
before a listed given name (extract/data/given_names_ar.tsv) which another name word follows, or
two words before it with a definite adjective between (المحلل السياسي أمين قمورية). It is kept
when it does so at least MIN_BEFORE_NAME times and in at least MIN_BEFORE_NAME_SHARE of its
occurrences; function words, given names and name particles are no descriptors (a name's own
words follow one another: محمد أحمد). The NER reads a descriptor as evidence that a name the
learned model is sure of is a person's, where the corpus tests alone would doubt its words.
Articles of the real-text evaluation set (samples/real/manifest.tsv) are left out.
Source: the project's news corpus (shared/data/corpus/arabic_news.jsonl.gz). License of the list:
MIT (derived counts, no text).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

from extract.lexicons import read_tsv
from extract.normalize import normalize_string
from extract.words import function_words, given_names, name_particles, place_heads
from mine_places import evaluation_ids

OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "person_descriptors_mined_ar.tsv"
MIN_BEFORE_NAME = 30
MIN_BEFORE_NAME_SHARE = 0.15
WORD = re.compile(r"[\u0621-\u064A]+|[^\s\u0621-\u064A]+")
ARABIC = re.compile(r"[\u0621-\u064A]+")


def count(corpus: str) -> tuple[Counter[str], Counter[str]]:
    skip = evaluation_ids()
    names, closed = given_names(), function_words() | name_particles()
    before_name: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article.get("id") in skip:
                continue
            raw = WORD.findall(article.get("text") or "")
            words = [normalize_string(word) for word in raw]
            seen.update(word for word in words if ARABIC.fullmatch(word))

            def named_at(at: int) -> bool:
                # على normalizes to علي, a given name: a word written with ى is no name
                return words[at] in names and not raw[at].endswith("ى") and at + 1 < len(words) \
                    and bool(ARABIC.fullmatch(words[at + 1])) and words[at + 1] not in closed
            for at in range(len(words) - 2):
                if named_at(at + 1) or (words[at + 1].startswith("ال") and named_at(at + 2)):
                    before_name[words[at]] += 1
    return before_name, seen


def _bare(word: str) -> str:
    """The word without a proclitic (و، ف، ب، ل) and the article: بمستشفي → مستشفي، للملك → ملك."""
    word = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    word = word[1:] if word[:1] in ("ب", "ل") and len(word) > 3 else word
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _heads() -> frozenset[str]:
    """Heads that a name follows as the name of a place or a body (مستشفى الملك فهد، جائزة الشيخ زايد):
    the name there is the place's or the body's, no person described."""
    organisations = {normalize_string(row["head"]) for row in read_tsv("org_heads_ar.tsv")}
    return frozenset(set(place_heads()) | organisations | {"جائزه", "بني"})


def descriptors(before_name: Counter[str], seen: Counter[str]) -> list[tuple[str, int, int]]:
    names, closed, heads = given_names(), function_words() | name_particles(), _heads()
    kept = []
    for word, times in before_name.items():
        if not ARABIC.fullmatch(word) or len(word) < 3 or word in closed or word in names \
                or word.lstrip("وف") in names or times < MIN_BEFORE_NAME or _bare(word) in heads:
            continue
        if times >= MIN_BEFORE_NAME_SHARE * seen[word]:
            kept.append((word, times, seen[word]))
    return sorted(kept)


def main(corpus: str) -> None:
    rows = descriptors(*count(corpus))
    header = [
        "# Words that describe a person right before the name (الصحافية، المحلل، التشكيلية), mined from the",
        "# news corpus (shared/data/corpus/arabic_news.jsonl.gz) by scripts/mine_person_descriptors.py, which",
        f"# documents the thresholds (at least {MIN_BEFORE_NAME} times and {MIN_BEFORE_NAME_SHARE:.0%} of the word's uses before a",
        "# given name and another name word). Columns: the normalized word, how often it stands before a",
        "# name, how often the corpus writes it. Derived counts only, no text. License: MIT.",
        "word\tbefore_name\tcount",
    ]
    OUTPUT.write_text("\n".join(header + [f"{word}\t{times}\t{total}" for word, times, total in rows]) + "\n",
                      encoding="utf-8")
    print(f"{len(rows)} descriptors -> {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1])
