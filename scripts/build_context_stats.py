"""Build extract/data/word_contexts_ar.tsv.gz: how the news corpus uses each frequent word, as CRF features.

Usage: python scripts/build_context_stats.py ../shared/data/corpus/arabic_news.jsonl.gz [--articles N]

For every clitic-stripped stem (the CRF's `s=` feature, extract.ner.crf._stems) seen at least
MIN_COUNT times, the share of its occurrences in each context of CONTEXTS: after a person's title
(الرئيس، اللاعب), an organisation head (وزارة، حزب), a team noun (نادي، فريق), a place head (مدينة،
قرية), a place preposition (في، إلى، من, or its own ب/ل), a given name (the stem is a family name),
a number; before or after a reporting verb (قال، أكد); before بن/ابن; before a nationality
adjective (الإسباني، السعودية: clubs, companies, officials). The share is bucketed into
levels of its lift, the share against the context's rate over all words (never, under half, up to
twice, up to 8 times, more), and written as one digit per context. A name a list has never
seen still has its contexts in the corpus: a family name follows given names, a club follows نادي,
a town follows في. The articles of samples/real/manifest.tsv (the real-text dev and test) are
skipped. The file holds stems and digits only, no text; the word lists come from extract/data.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.lexicons import read_tsv  # noqa: E402
from extract.ner.crf import CONTEXT_KINDS as CONTEXTS  # noqa: E402  (the digits' order, read by the CRF)
from extract.normalize import normalize_string  # noqa: E402
from extract.speech.cues import cue_forms  # noqa: E402
from extract.tokenize import clitic_stems  # noqa: E402
from extract.words import (ORG_HEADS, given_names, institution_heads, nationality_countries, place_heads,  # noqa: E402
                           title_words, word_set)

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "extract" / "data" / "word_contexts_ar.tsv.gz"
MIN_COUNT = 10
# With --shares: upper bounds of the plain share's levels 1, 2, 3 (level 0: never; level 4: the rest).
LEVELS = (0.02, 0.08, 0.25)
# Upper bounds of levels 1, 2, 3 as multiples of the context's rate over all words (the shipped levels).
LIFTS = (0.5, 2.0, 8.0)
TOKEN = re.compile(r"[\u0621-\u064a]+|\d+|\S")
PLACE_PREPOSITIONS = frozenset(normalize_string(word) for word in ("في", "إلى", "من"))


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _word_classes() -> dict[str, frozenset[str]]:
    """The classes of a neighbouring word that define the contexts, by the letter of CONTEXTS."""
    heads = {_bare(normalize_string(row["head"]).split()[0]) for row in institution_heads()}
    team_nouns = {normalize_string(row["word"]) for row in read_tsv("club_context_ar.tsv") if row["role"] == "team_noun"}
    numbers = {normalize_string(row["word"]) for row in read_tsv("number_words_ar.tsv") if "word" in row}
    return {"t": title_words(), "o": frozenset(map(_bare, set(ORG_HEADS) | heads)),
            "m": frozenset(team_nouns | {_bare(word) for word in team_nouns}),
            "l": frozenset(map(_bare, place_heads())), "g": given_names(), "n": frozenset(numbers),
            "v": frozenset(cue_forms()), "b": word_set("nasab"), "a": frozenset(nationality_countries())}


class Reader:
    """A word form's readings (its stems, cached), and which classes it belongs to."""

    def __init__(self) -> None:
        self.classes = _word_classes()
        self._seen: dict[str, tuple[str, frozenset[str], bool]] = {}

    def read(self, word: str) -> tuple[str, frozenset[str], bool]:
        """(stem, classes, led by the preposition ب/ل) of a normalized token."""
        found = self._seen.get(word)
        if found is None:
            if word.isdigit():
                found = (word, frozenset("n"), False)
            else:
                stems = clitic_stems(word)
                stem = stems[-1][1]
                forms = {word, stem, _bare(stem)}
                member = frozenset(letter for letter, words in self.classes.items() if not words.isdisjoint(forms))
                leading = word[stems[-1][0] - 1:stems[-1][0]] if stems[-1][0] else ""
                found = (stem, member, leading in ("ب", "ل") or word[:2] == "لل")
            if len(self._seen) < 2_000_000:
                self._seen[word] = found
        return found


def count_contexts(corpus: Path, articles: int | None, skipped: set[int]) -> tuple[Counter, dict[str, Counter]]:
    reader = Reader()
    totals: Counter = Counter()
    contexts: dict[str, Counter] = {letter: Counter() for letter in CONTEXTS}
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if articles is not None and number > articles:
                break
            if number in skipped:
                continue
            text = normalize_string(json.loads(line).get("text", ""))
            words = TOKEN.findall(text)
            readings = [reader.read(word) if len(word) > 1 or word.isdigit() else ("", frozenset(), False)
                        for word in words]
            for position, (stem, _, led) in enumerate(readings):
                if not stem or stem.isdigit() or len(words[position]) < 2:
                    continue
                totals[stem] += 1
                before = readings[position - 1][1] if position else frozenset()
                after = readings[position + 1][1] if position + 1 < len(readings) else frozenset()
                previous = readings[position - 1][0] if position else ""  # وفي reads as في
                for letter in "tomlgn":
                    if letter in before:
                        contexts[letter][stem] += 1
                if led or previous in PLACE_PREPOSITIONS:
                    contexts["p"][stem] += 1
                if "v" in before:
                    contexts["v"][stem] += 1
                if "v" in after:
                    contexts["q"][stem] += 1
                for letter in "ba":
                    if letter in after:
                        contexts[letter][stem] += 1
    return totals, contexts


def level(share: float) -> int:
    if share == 0:
        return 0
    return next((index for index, bound in enumerate(LEVELS, 1) if share < bound), len(LEVELS) + 1)


def lift_level(share: float, base: float) -> int:
    """The level written (unless --shares): the share against the context's rate over all words:
    0 never, 1 under half, 2 up to twice, 3 up to LIFTS[-1] times, 4 more."""
    if share == 0:
        return 0
    return next((index for index, bound in enumerate(LIFTS, 1) if share < bound * base), len(LIFTS) + 1)


def _cached_counts(corpus: Path, articles: int | None, cache: Path | None) -> tuple[Counter, dict[str, Counter]]:
    """count_contexts, read from `cache` when an earlier run wrote it (the scan takes minutes)."""
    if cache is not None and cache.exists():
        totals, contexts = json.loads(cache.read_text(encoding="utf-8"))
        return Counter(totals), {letter: Counter(counts) for letter, counts in contexts.items()}
    totals, contexts = count_contexts(corpus, articles, manifest_lines())
    if cache is not None:
        cache.write_text(json.dumps([totals, contexts], ensure_ascii=False), encoding="utf-8")
    return totals, contexts


def manifest_lines() -> set[int]:
    with (ROOT / "samples" / "real" / "manifest.tsv").open(encoding="utf-8", newline="") as rows:
        return {int(row["line"]) for row in csv.DictReader(rows, delimiter="\t")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, help="read only the first N lines (default: all)")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    parser.add_argument("--shares", action="store_true",
                        help="levels of the plain share (LEVELS) instead of the share against the context's overall "
                             "rate (measured, lost on the dev split: models/README.md)")
    parser.add_argument("--counts", type=Path, help="a file caching the corpus counts between runs")
    args = parser.parse_args()
    totals, contexts = _cached_counts(args.corpus, args.articles, args.counts)
    kept = sorted(stem for stem, count in totals.items() if count >= MIN_COUNT)
    everything = sum(totals.values())
    rates = {letter: sum(contexts[letter].values()) / everything for letter in CONTEXTS}
    with gzip.GzipFile(args.output, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as handle:
        handle.write("# How often the news corpus writes each frequent stem in each context (CRF features,\n")
        handle.write("# extract/ner/crf.py). Source: counts over ../shared/data/corpus/arabic_news.jsonl.gz (72k\n")
        handle.write("# articles from SaudiNewsNet, CC BY-NC-SA 4.0, and the ANT corpus, Apache-2.0 / research use),\n")
        handle.write("# the articles of samples/real/manifest.tsv skipped; stems and share levels only, no text.\n")
        handle.write(f"# Built by scripts/build_context_stats.py: stems seen {MIN_COUNT}+ times; one digit per context\n")
        if not args.shares:
            handle.write(f"# of '{CONTEXTS}' (see the script), the share against the context's rate over all words\n")
            handle.write(f"# (lift): 0 never, 1 <{LIFTS[0]}x, 2 <{LIFTS[1]}x, 3 <{LIFTS[2]}x, 4 more.\n")
        else:
            handle.write(f"# of '{CONTEXTS}' (see the script), the share's level: 0 never, 1 <{LEVELS[0]}, 2 <{LEVELS[1]},\n")
            handle.write(f"# 3 <{LEVELS[2]}, 4 more.\n")
        handle.write("# License: as the corpus counts (ar_word_frequencies.tsv.gz).\n")
        handle.write("stem\tlevels\n")
        for stem in kept:
            shares = [(contexts[letter][stem] / totals[stem], rates[letter]) for letter in CONTEXTS]
            levels = "".join(str(level(pair[0]) if args.shares else lift_level(*pair)) for pair in shares)
            handle.write(f"{stem}\t{levels}\n")
    print(f"{len(kept)} stems of {len(totals)} -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
