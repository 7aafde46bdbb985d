"""Mine facility names made of a facility head and one common definite word (قصر السلام، قصر الحكم)
into extract/data/facilities_mined_ar.tsv.

Usage: python scripts/mine_facilities.py ../shared/data/corpus/arabic_news.jsonl.gz

After a facility head (place_heads_ar.tsv: kind facility, named with its head) a very common
definite noun is usually the head's other sense (سوق العمل a labour market, قاعدة البيانات a
database, قصر النظر short sight), so the NER takes no such word as a name. Some such pairs are the
names of one building all the same (قصر السلام، قصر الحكم، قصر اليمامة). The corpus tells them apart:

- a name is one thing, so its head is not written in the plural with the same word; a common noun
  phrase is (أسواق العمل، قواعد البيانات): the plural head with the word is at most
  MAX_PLURAL_RATIO of the pair's uses;
- a building is somewhere one goes or is: at least MIN_LOCATIVE_SHARE of the pair's uses follow a
  preposition of place (في، إلى، من، داخل، أمام، قرب، عند) or carry the locative ب (بقصر السلام);
  a quality is not (قصر النظر);
- the pair is seen at least MIN_PAIR times in MIN_ARTICLES articles, and the word is no nisba
  adjective (ي، ية), which agrees with a head rather than naming it, no title or given name (مستشفى
  الملك فهد، سجن الناشط X: the start of a person's name, which the person rules read), no context word
  (مطار العاصمة) and no listed place (مطار القاهرة, which the gazetteer names already).

Articles of the real-text evaluation set (samples/real/manifest.tsv) are left out. Only names and
counts are written, never corpus text.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from extract.lexicons import read_tsv
from extract.ner.places import place_matcher
from extract.normalize import normalize_string
from extract.words import context_words, definite_title_words, given_names

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "extract" / "data" / "facilities_mined_ar.tsv"
MANIFEST = ROOT / "samples" / "real" / "manifest.tsv"
MIN_PAIR = 8
MIN_ARTICLES = 4
MAX_PLURAL_RATIO = 0.05
MIN_LOCATIVE_SHARE = 0.6
# Plurals of the facility heads (Arabic grammar), for the test that a name takes no plural head.
PLURALS = {
    "قاعده": "قواعد", "معسكر": "معسكرات", "مطار": "مطارات", "ميناء": "موانئ", "سوق": "اسواق",
    "مستشفي": "مستشفيات", "سجن": "سجون", "جسر": "جسور", "سد": "سدود", "ملعب": "ملاعب",
    "استاد": "استادات", "قصر": "قصور", "مسجد": "مساجد", "جامع": "جوامع", "منفذ": "منافذ",
    "معبر": "معابر", "متحف": "متاحف", "كنيسه": "كنائس", "متنزه": "متنزهات", "منتجع": "منتجعات",
    "فندق": "فنادق", "ستاد": "ستادات", "كنيس": "كنس", "كاتدرائيه": "كاتدرائيات", "معبد": "معابد",
    "قلعه": "قلاع",
}
LOCATIVE_WORDS = frozenset(normalize_string(word) for word in "في إلى الى من داخل أمام قرب عند".split())
PROCLITICS = ("وب", "فب", "ب", "و", "ف", "ل", "ول", "فل")
WORD = re.compile(r"[\u0621-\u064a]+")


def facility_heads() -> set[str]:
    return {normalize_string(row["head"]) for row in read_tsv("place_heads_ar.tsv")
            if row["naming"] == "with_head" and row["kind"] == "facility"}


def held_out_lines(manifest: Path) -> set[int]:
    with manifest.open(encoding="utf-8", newline="") as rows:
        return {int(row["line"]) for row in csv.DictReader(rows, delimiter="\t")}


def split_head(word: str, forms: dict[str, tuple[str, bool]]) -> tuple[str, bool, str] | None:
    """(singular head, plural?, proclitic) when the word is a head form, bare or with a proclitic."""
    if word in forms:
        return (*forms[word], "")
    for proclitic in PROCLITICS:
        if word.startswith(proclitic) and word[len(proclitic):] in forms:
            return (*forms[word[len(proclitic):]], proclitic)
    return None


def count_pairs(corpus: Path, held_out: set[int]) -> tuple[Counter, Counter, Counter, dict]:
    heads = facility_heads()
    forms = {head: (head, False) for head in heads} | {PLURALS[head]: (head, True) for head in heads if head in PLURALS}
    pairs, plurals, locative = Counter(), Counter(), Counter()
    articles: dict[tuple[str, str], set[int]] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line_number, line in enumerate(lines):
            if line_number in held_out:
                continue
            words = WORD.findall(normalize_string(json.loads(line)["text"]))
            for index in range(len(words) - 1):
                found = split_head(words[index], forms)
                name = words[index + 1]
                if found is None or not name.startswith("ال") or len(name) < 5:
                    continue
                head, plural, proclitic = found
                key = (head, name)
                if plural:
                    plurals[key] += 1
                    continue
                pairs[key] += 1
                articles.setdefault(key, set()).add(line_number)
                if "ب" in proclitic or index > 0 and words[index - 1] in LOCATIVE_WORDS:
                    locative[key] += 1
    return pairs, plurals, locative, articles


def name_like(word: str) -> bool:
    """No nisba, title, given name, context word or listed place (see the module docstring)."""
    return not word.endswith(("ي", "يه")) and word not in definite_title_words() and word not in given_names() \
        and word not in context_words() and word not in place_matcher()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    args = parser.parse_args()
    pairs, plurals, locative, articles = count_pairs(args.corpus, held_out_lines(MANIFEST))
    rows = []
    for (head, name), count in pairs.most_common():
        if count < MIN_PAIR or len(articles[(head, name)]) < MIN_ARTICLES or not name_like(name):
            continue
        if plurals[(head, name)] > MAX_PLURAL_RATIO * count or locative[(head, name)] < MIN_LOCATIVE_SHARE * count:
            continue
        rows.append((f"{head} {name}", count, len(articles[(head, name)]), plurals[(head, name)],
                     round(locative[(head, name)] / count, 3)))
    header = [
        "# Facility names of a head and a common definite word (قصر السلام، قصر الحكم), mined from the news corpus",
        "# (../shared/data/corpus/arabic_news.jsonl.gz) by scripts/mine_facilities.py: pairs whose head the corpus",
        "# never writes in the plural with the word and that mostly follow a preposition of place (see its docstring). count: uses;",
        "# articles: in how many; plural: uses with the plural head; locative: share after a preposition of place.",
        "# Names (normalized) and counts only, no corpus text. License of this file: CC BY-NC-SA 4.0 (the corpus's strictest terms).",
        "name\tcount\tarticles\tplural\tlocative",
    ]
    OUTPUT.write_text("\n".join(header + ["\t".join(map(str, row)) for row in rows]) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} facility names to {OUTPUT}")


if __name__ == "__main__":
    main()
