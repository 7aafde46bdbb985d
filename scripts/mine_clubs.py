"""Mine sports club names from the news corpus into extract/data/clubs_mined_ar.tsv.

Usage: python scripts/mine_clubs.py ../shared/data/corpus/arabic_news.jsonl.gz [--limit N]

A club's name is what sports writing puts after the nouns that only a team takes: نادي X، فريق X،
لاعب X، لاعبو X، مهاجم X، حارس X، مدافع X، مدرب X، جماهير X، and between a match verb and its
preposition (فاز X على Y، تغلب X على Y، تعادل X مع Y، خسر X أمام Y): both lists are in
extract/data/club_context_ar.tsv, which the pipeline reads too. The name is a run of one to three
words that ends where the name does: punctuation, a number, a function word, a word with و, a
given name (مهاجم ليفربول محمد صلاح), or a country's nationality adjective, which sports writing
adds to say where a club is from (لاعب الهلال السعودي، فريق أريس ليماسول القبرصي). A run still
going after three words is not taken.

A name is kept when it follows those nouns at least MIN_HEADED times in at least MIN_ARTICLES
articles, after at least two kinds of them (see keep()). `share` is how many of its corpus
occurrences are in such a context (for a longer name, of its rarest word's occurrences, a bound
that never overstates it): a club that is also a city or a common word (العين، الجزيرة،
الاتحاد، الهلال، برشلونة) has a low share, and the pipeline then takes it only where the text
says it is a team (extract/ner/clubs.py).

Articles of the real-text evaluation set (samples/real/manifest.tsv) are left out. Only names and
counts are written, never corpus text.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from mine_places import TOKEN, articles, conjunction_stem, evaluation_ids, has_preposition, is_nisba, norm

from extract.extractors.places import nationality_countries
from extract.extractors.entities import lexicon_key
from extract.lexicons import place_gazetteer, word_frequencies
from extract.ner.clubs import club_context
from extract.ner.persons import is_accusative_common_word, looks_like_verb, takes_article
from extract.ner.words import function_words, given_names
from extract.tokenize import clitic_stems

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "extract" / "data" / "clubs_mined_ar.tsv"
MAX_NAME_WORDS = 3
MIN_HEADED = 5
MIN_ARTICLES = 3
# A name follows at least two groups of team nouns (a position or a person follows one: حارس المرمى،
# مدرب مورينيو); a one-word name with the article that is also a common noun (الوسط، العمل، الاتحاد،
# الهلال) is a club only when it follows this many.
MIN_GROUPS = 3
# A longer name must be a collocation: its team contexts alone are this share of its last word's
# occurrences (ريال مدريد of مدريد), not a club and the next word (النصر تدريباته).
MIN_COLLOCATION = 0.1
OTHER_FORM_MIN = 20
OTHER_FORM_RATIO = 0.1
# A definite name that is also a common noun needs team contexts for this share of its occurrences.
MIN_COMMON_SHARE = 0.015
PLURAL_SINGULAR_MIN = 100
# Any one-word name: a word this much more often something else (ما، مثل، فقط) is not one.
MIN_SHARE = 0.005
HEADER = """# Sports club names mined from the news corpus (../shared/data/corpus/arabic_news.jsonl.gz) by
# scripts/mine_clubs.py: names after nouns only a team takes (نادي، فريق، لاعب، مهاجم، مدرب، جماهير …)
# and between a match verb and its preposition (فاز X على). headed: such contexts; articles: in how
# many articles; groups: how many kinds of team noun it follows; share: headed / all occurrences. Names and counts only, no corpus text.
# Derived from the corpus's articles, which belong to their publishers; this list: MIT.
"""
COLUMNS = ("name", "headed", "articles", "groups", "share")


def team_group(word: str) -> str | None:
    """The group of a team noun (لاعب → player), read with or without proclitics."""
    nouns = club_context()["team_noun"]
    return next((nouns[stem] for _, stem in clitic_stems(word) if stem in nouns), None)


def _is_team_noun(word: str) -> bool:
    bare = word[2:] if word.startswith("ال") else word
    return team_group(word) is not None or bare in club_context()["team_word"]


def _is_common_word_form(word: str) -> bool:
    """يسجل، شارك (verbs, by their other persons), فقط (an adverb), فريقه، بلاده، فيها (a noun or a
    preposition with a pronoun): a team noun is followed by a clause as well as by a club."""
    if looks_like_verb(word) or is_accusative_common_word(word):
        return True
    for suffix in ("ها", "هم", "ه"):
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and (stem in function_words() or len(stem) >= 3 and takes_article(stem)):
            return True
    return False


def _name_word(word: str, first: bool) -> bool:
    if not word.isalpha() or len(word.removeprefix("ال")) < 2 or word in function_words() or _is_team_noun(word) \
            or word in nationality_countries() or has_preposition(word) or word in given_names():
        return False  # مهاجم ليفربول محمد صلاح: a given name starts the player's name
    if _is_common_word_form(word):
        return False
    if first:
        return conjunction_stem(word) is None  # وآخر
    # a later word is not a nisba (السعودي) nor an adjective or noun that takes the article (السابق،
    # الجديد، بطل), which a name's later word seldom does (مدريد، ميونخ)
    return not (word.startswith("و") or is_nisba(word) or not word.endswith("ي") and _other_form_is_common(word))


def name_run(words: list[str], position: int) -> int:
    """How many words of a club name start at `position`: 0 when none, or when the run is too long."""
    length = 0
    while position + length < len(words) and _name_word(words[position + length], first=length == 0):
        length += 1
        if length > MAX_NAME_WORDS:
            return 0
    return length


class Evidence:
    """What the corpus says about each candidate name (normalized)."""

    def __init__(self) -> None:
        self.headed: Counter[str] = Counter()
        self.articles: defaultdict[str, set[int]] = defaultdict(set)
        self.groups: defaultdict[str, set[str]] = defaultdict(set)
        self.surfaces: defaultdict[str, Counter[str]] = defaultdict(Counter)

    def merge(self, other: "Evidence") -> None:
        self.headed.update(other.headed)
        for name in other.headed:
            self.articles[name] |= other.articles[name]
            self.groups[name] |= other.groups[name]
            self.surfaces[name].update(other.surfaces[name])


def mine_article(number: int, text: str, evidence: Evidence) -> None:
    surface_words = TOKEN.findall(text)
    words = [norm(word) for word in surface_words]
    for position, word in enumerate(words[:-1]):
        start = position + 1
        group = team_group(word)
        if group is not None:
            length = name_run(words, start)
        elif word in club_context()["match_verb"]:
            group = "match"
            length = name_run(words, start)
            if start + length >= len(words) or words[start + length] != club_context()["match_verb"][word]:
                length = 0
        else:
            continue
        if length:
            name = " ".join(words[start:start + length])
            evidence.headed[name] += 1
            evidence.articles[name].add(number)
            evidence.groups[name].add(group)
            evidence.surfaces[name][" ".join(surface_words[start:start + length])] += 1


def _other_form_is_common(word: str) -> bool:
    """عمل/العمل، كبير/الكبير: the word with the article added or removed is common, so it is a noun or
    an adjective; a name seldom changes (برشلونة، هجر)."""
    other = word[2:] if word.startswith("ال") else "ال" + word
    frequency = word_frequencies().get(other, 0)
    return frequency >= OTHER_FORM_MIN and frequency >= OTHER_FORM_RATIO * word_frequencies().get(word, 0)


def occurrences(name: str) -> int:
    """A one-word name's corpus frequency; for a longer one its rarest word's, which bounds the
    phrase's own count from above (so `share` is never overstated)."""
    return min(word_frequencies().get(word, 0) for word in name.split())


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    return frozenset(lexicon_key(alias) for place in place_gazetteer() if place["kind"] == "country"
                     for alias in place["aliases"])


def _is_plural_of_common_noun(word: str) -> bool:
    """المنتخبات، الفرق: a sound plural whose singular is common."""
    bare = word.removeprefix("ال")
    return len(bare) >= 5 and bare.endswith(("ات", "ين", "ون")) \
        and word_frequencies().get(bare[:-2], 0) >= PLURAL_SINGULAR_MIN


def keep(name: str, count: int, articles_seen: int, groups: int) -> bool:
    if count < MIN_HEADED or articles_seen < MIN_ARTICLES or groups < 2:
        return False  # one kind of noun only: مدرب مورينيو is a person, حارس المرمى a position
    if name in country_names():
        return False  # لاعب فرنسا: a national side, and a bare country name is a place (RECORD.md)
    words = name.split()
    if len(words) > 1:
        return groups >= MIN_GROUPS or count >= MIN_COLLOCATION * word_frequencies().get(words[-1], 0)
    if _is_plural_of_common_noun(name):
        return False
    if name.startswith("ال") and word_frequencies().get(name[2:], 0) >= OTHER_FORM_MIN:
        # الهلال، الاتحاد; not الدوري، الدفاع، الموسم, which team nouns seldom precede
        return groups >= MIN_GROUPS and count >= MIN_COMMON_SHARE * occurrences(name)
    return not _other_form_is_common(name) and count >= MIN_SHARE * occurrences(name)  # not كبير، مثل


def select(evidence: Evidence) -> list[dict[str, object]]:
    rows = []
    for name, count in sorted(evidence.headed.items()):
        if keep(name, count, len(evidence.articles[name]), len(evidence.groups[name])):
            surface = min(evidence.surfaces[name].items(), key=lambda item: (-item[1], item[0]))[0]
            rows.append({"name": surface, "headed": count, "articles": len(evidence.articles[name]),
                         "groups": len(evidence.groups[name]),
                         "share": round(min(1.0, count / max(occurrences(name), count)), 4)})
    return rows


def mine_shard(job: tuple[Path, int, int, int | None]) -> Evidence:
    """Every `jobs`-th article from `shard` on: the corpus read in parallel, merged in a fixed order."""
    corpus, shard, jobs, limit = job
    evidence = Evidence()
    for number, text in articles(corpus, evaluation_ids(), limit):
        if number % jobs == shard:
            mine_article(number, text, evidence)
    return evidence


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="read only the first N corpus lines")
    parser.add_argument("--jobs", type=int, default=1, help="processes reading the corpus (same output for any N)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    shards = [(args.corpus, shard, args.jobs, args.limit) for shard in range(args.jobs)]
    if args.jobs == 1:
        parts = [mine_shard(shards[0])]
    else:
        with multiprocessing.Pool(args.jobs) as pool:
            parts = pool.map(mine_shard, shards)
    evidence = Evidence()
    for part in parts:
        evidence.merge(part)
    rows = select(evidence)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(HEADER + "\t".join(COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(str(row[column]) for column in COLUMNS) + "\n")
    print(f"{len(rows)} mined clubs -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
