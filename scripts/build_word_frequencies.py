"""Build extract/data/ar_word_frequencies.tsv.gz from the unlabeled news corpus.

Usage: python scripts/build_word_frequencies.py ../shared/data/corpus/arabic_news.jsonl.gz

Counts normalized Arabic word forms (clitics kept: والعراق and العراق are separate entries) and
keeps those seen at least MIN_COUNT times. The list holds word forms and counts only, no text.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

from extract.normalize import normalize_string

MIN_COUNT = 3
OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "ar_word_frequencies.tsv.gz"
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def count_words(corpus_path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    with gzip.open(corpus_path, "rt", encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            text = normalize_string(article.get("title", "") + "\n" + article.get("text", ""))
            counts.update(ARABIC_WORD.findall(text))
    return counts


def main(corpus_path: str) -> None:
    counts = count_words(Path(corpus_path))
    kept = sorted(((word, count) for word, count in counts.items() if count >= MIN_COUNT),
                  key=lambda item: (-item[1], item[0]))
    with gzip.GzipFile(OUTPUT, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as handle:
        handle.write("# Arabic word-form frequencies, normalized as extract.normalize does.\n")
        handle.write("# Source: counts over ../shared/data/corpus/arabic_news.jsonl.gz (72k articles from\n")
        handle.write("# SaudiNewsNet, CC BY-NC-SA 4.0, and the ANT corpus, Apache-2.0 / research use).\n")
        handle.write("# Only word forms and counts are kept; no text. Built by scripts/build_word_frequencies.py\n")
        handle.write(f"# with MIN_COUNT={MIN_COUNT}.\n")
        handle.write("word\tcount\n")
        for word, count in kept:
            handle.write(f"{word}\t{count}\n")
    print(f"{len(kept)} word forms -> {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1])
