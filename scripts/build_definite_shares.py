"""Build extract/data/definite_word_shares_ar.tsv.gz: how often each definite word follows another.

Usage: python scripts/build_definite_shares.py ../shared/data/corpus/arabic_news.jsonl.gz [--articles N]

A definite word right after a definite word (الرئيس السوري، الأمم المتحدة) is almost always its
adjective: a definite head takes no genitive, so a definite noun there starts a new phrase, the
verb's object in VSO order (وصف الوزير الهجوم). Over the corpus, adjectives follow a definite word
most of the time (السوري 0.86, السابق 0.69) and nouns seldom do (الهجوم 0.01, الحكومة 0.02), so
the share tells a definite noun from an adjective for words no list holds. A family name (الأسد،
السبسي) seldom follows a definite word either, but mostly follows a given name, so that share is
written beside it (column after_given_name). Written for every
normalized word form with the article (no other clitic) seen MIN_COUNT times or more; the articles
of samples/real/manifest.tsv (the real-text dev and test) are skipped.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from draw_real_set import used_lines  # noqa: E402  (the manifest's corpus lines, 0-based)
from extract.normalize import normalize_string  # noqa: E402
from extract.words import given_names  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "extract" / "data" / "definite_word_shares_ar.tsv.gz"
MANIFEST = ROOT / "samples" / "real" / "manifest.tsv"
MIN_COUNT = 30
TOKEN = re.compile(r"[\u0621-\u064a]+|\d+|\S")
CONJUNCTIONS = ("وال", "فال")  # والوزير: still a definite word before the next


def definite(word: str) -> bool:
    return word.startswith("ال") and len(word) > 3


def count_shares(corpus: Path, articles: int | None, skipped: set[int]) -> tuple[Counter, Counter, Counter]:
    names = given_names()
    totals: Counter = Counter()
    after_definite: Counter = Counter()
    after_name: Counter = Counter()
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):  # 0-based, as the manifest's lines
            if articles is not None and number >= articles:
                break
            if number in skipped:
                continue
            previous_definite = previous_name = False
            for word in TOKEN.findall(normalize_string(json.loads(line).get("text", ""))):
                if definite(word):
                    totals[word] += 1
                    after_definite[word] += previous_definite
                    after_name[word] += previous_name
                previous_definite = definite(word) or (word.startswith(CONJUNCTIONS) and len(word) > 4)
                previous_name = word in names
    return totals, after_definite, after_name


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, help="read only the first N lines (default: all)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    totals, after_definite, after_name = count_shares(args.corpus, args.articles, used_lines(MANIFEST))
    kept = sorted(word for word, count in totals.items() if count >= MIN_COUNT)
    with gzip.GzipFile(args.output, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as handle:
        handle.write("# How often each definite word form follows a definite word, and a given name, in the news\n")
        handle.write("# corpus (read by extract/words.py: a low share is a noun, a high one an adjective; a high\n")
        handle.write("# share after a given name, a family name). Source: counts over\n")
        handle.write("# ../shared/data/corpus/arabic_news.jsonl.gz (72k articles from SaudiNewsNet, CC BY-NC-SA 4.0,\n")
        handle.write("# and the ANT corpus, Apache-2.0 / research use), the articles of samples/real/manifest.tsv\n")
        handle.write("# skipped; word forms and counts only, no text. Built by scripts/build_definite_shares.py:\n")
        handle.write(f"# forms seen {MIN_COUNT}+ times. License: as the corpus counts (ar_word_frequencies.tsv.gz).\n")
        handle.write("word\tcount\tafter_definite\tafter_given_name\n")
        for word in kept:
            handle.write(f"{word}\t{totals[word]}\t{after_definite[word] / totals[word]:.3f}"
                         f"\t{after_name[word] / totals[word]:.3f}\n")
    print(f"{len(kept)} definite forms of {len(totals)} -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
