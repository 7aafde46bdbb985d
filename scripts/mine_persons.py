"""Mine person names from the news corpus: full names that follow a title (الرئيس، الوزير، اللاعب …).

Usage: python scripts/mine_persons.py /work/shared/data/corpus/arabic_news.jsonl.gz

Writes extract/data/persons_mined_ar.tsv. A candidate is the run of name words after a title and its
adjectives (الرئيس الأمريكي دونالد ترامب → دونالد ترامب), cut at a function word, a title, a word with
a preposition or the article (an article word closes the name, as in persons.py: محمد الأسد). A full
name is kept when
- it has two to four words, does not end in a particle (بن، أبو) and starts with a word that may start
  a name (a listed given name or a particle, or a word the corpus hardly writes with the article);
- no word is a common word by the corpus's evidence (a verb form, an accusative, a noun with a
  pronoun or a preposition, an adjective or a frequent noun that takes the article, a place), nor a
  word of a listed club or actor (ليفربول، حماس);
- it follows a title at least MIN_TITLED times and in at least MIN_TITLED_SHARE of its occurrences
  (a name is introduced with its title again and again; a common phrase that once followed a title is not);
- it is not just the start of a longer mined name that nearly always goes on (صلاح عبد → صلاح عبد الله).
Articles of the real-text evaluation set (samples/real/manifest.tsv) are left out.
Source: the project's news corpus (shared/data/corpus/arabic_news.jsonl.gz); the list holds names
of public figures as the news writes them. License of the list: MIT (derived counts, no text).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from extract.lexicons import actor_lexicon, per_million, person_titles, read_tsv, word_frequencies
from extract.words import name_compounds
from extract.ner.persons import (ACCUSATIVE_MIN_STEM_PER_MILLION, RARE_NAME_PART_PER_MILLION, ARTICLE_SURNAME_BARE_RATIO as ARTICLE_BARE_SHARE,
                                 COMMON_MIN_ARTICLE_PER_MILLION, FAMILY_NAME_MAX_PER_MILLION, NAME_ARTICLE_RATIO,
                                 SURNAME_MAX_PER_MILLION, UNLISTED_FIRST_NAME_MAX_PER_MILLION,
                                 is_accusative_common_word, looks_like_verb, takes_article)
from extract.normalize import normalize_string
from extract.words import function_words, given_names, name_particles, place_words, word_set
from mine_places import evaluation_ids

OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "persons_mined_ar.tsv"
MAX_NAME_WORDS = 4
MAX_SKIPPED_ADJECTIVES = 2
MIN_TITLED = 4
MIN_TITLED_SHARE = 0.1
# A word the corpus writes with the article this often (relative to the bare word) is a common noun.
NAME_START_ARTICLE_SHARE = 0.1
# A mined name whose one longer form takes this share of its titled uses is a cut-off of that form.
CUT_OFF_SHARE = 0.8
# A longer form that takes less than this share of a mined name's titled uses is the name and the
# next word of the sentence (دونالد ترامب مذكرة).
EXTENSION_MIN_SHARE = 0.05
PREPOSITION_BARE_SHARE = 0.5
NISBA_OTHER_SHARE = 0.1
# A name that one word (not a function word, a title or a particle: محمد بن نايف ولي العهد، محمد
# بن نايف بن عبدالعزيز) nearly always
# follows is cut from a longer phrase (خادم الحرمين | الشريفين).
NEXT_WORD_MAX_SHARE = 0.6
WORD = re.compile(r"[\u0621-\u064A]+")
CHUNK = re.compile(r"[^\u0621-\u064A\s]+")  # punctuation and digits end a name


def _titles() -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for title in person_titles():
        words = tuple(WORD.findall(normalize_string(title)))
        if words:
            by_first.setdefault(words[0], []).append(words)
    return by_first


def _title_stem(word: str) -> str:
    """والرئيس، للرئيس، فالوزير: the title after و/ف/ل/ب."""
    if word.startswith("لل"):
        return "ال" + word[2:]
    if word[:1] in "وفب" and word[1:3] == "ال":
        return word[1:]
    return word


def _chunks(text: str) -> list[list[str]]:
    # على keeps its ى (normalized it is the name علي) and stops a name as a function word does
    return [[word if word.endswith("على") else normalize_string(word) for word in WORD.findall(chunk)]
            for chunk in CHUNK.split(text)]


def _title_end(words: list[str], index: int, titles: dict[str, list[tuple[str, ...]]]) -> int | None:
    for title in sorted(titles.get(_title_stem(words[index]), ()), key=len, reverse=True):
        if tuple(words[index + 1:index + len(title)]) == title[1:]:
            return index + len(title)
    return None


def _name_words(words: list[str], position: int, title_words: set[str]) -> list[str]:
    stop, particles = function_words(), name_particles()
    name: list[str] = []
    while position < len(words) and len(name) < MAX_NAME_WORDS:
        word = words[position]
        after_particle = bool(name) and name[-1] in particles
        # a month is a time word, but رجب also starts names (رجب طيب أردوغان)
        if word in stop and word not in given_names() or word in title_words and not after_particle \
                or word.endswith("على") or len(word) < 3 and word not in particles:  # آل الشيخ: a family name
            break
        if name and word.startswith(("و", "ف")) and word not in given_names() and not after_particle:
            break
        name.append(word)
        position += 1
        if word.startswith("ال") and not after_particle and word not in particles:
            break
    while name and name[-1] in particles:
        name.pop()
    return name


def _frequency(word: str) -> int:
    return word_frequencies().get(word, 0)


def _has_preposition(word: str) -> bool:
    """لرئيس، بمحافظة، كلاعب، للأمم: ل/ب/ك before a word the corpus writes more often bare (لطيفة stays)."""
    return word.startswith("لل") or word[:1] in "لبك" and len(word) >= 3 \
        and _frequency(word[1:]) >= PREPOSITION_BARE_SHARE * max(_frequency(word), 1)


def _has_pronoun(word: str) -> bool:
    """مشاركته، اسمه، أداءها: a common noun (seen with the article) with a pronoun; ة is ت before it."""
    for suffix in ("ها", "هم", "ه"):
        stem = word[:-len(suffix)]
        if not word.endswith(suffix) or len(stem) < 2:
            continue
        for noun in {stem, stem[:-1] + "ه" if stem.endswith("ت") else stem}:
            if _frequency(noun) >= per_million(ACCUSATIVE_MIN_STEM_PER_MILLION) \
                    and _frequency("ال" + noun) >= per_million(COMMON_MIN_ARTICLE_PER_MILLION):
                return True
    return False


@lru_cache(maxsize=1)
def _other_names() -> frozenset[str]:
    """Words of the clubs the project lists and the actors it names in one word (ليفربول، يونايتد،
    حماس): no person's name. (An actor's longer name may hold a person's: قوات صالح.)"""
    words = {word for row in read_tsv("clubs_mined_ar.tsv") for word in WORD.findall(normalize_string(row["name"]))}
    aliases = (normalize_string(alias) for actor in actor_lexicon() for alias in [actor["name"], *actor["aliases"]])
    return frozenset(words | {alias for alias in aliases if WORD.fullmatch(alias)})


def _is_adjective(word: str) -> bool:
    """الإيطالي، الرياضية: a nisba adjective with the article (its feminine or masculine is common too),
    not a nisba surname (المالكي has hardly a feminine)."""
    if not word.startswith("ال"):
        return False
    if word.endswith("يه"):  # الرياضية، العالمية: a feminine nisba is an institution's adjective
        return _frequency(word[:-1]) >= max(per_million(RARE_NAME_PART_PER_MILLION), NISBA_OTHER_SHARE * _frequency(word))
    # a masculine one only when frequent: السلمي، الحضري are surnames too
    return word.endswith("ي") and _frequency(word) >= per_million(FAMILY_NAME_MAX_PER_MILLION) \
        and _frequency(word + "ه") >= NISBA_OTHER_SHARE * _frequency(word)


def _is_common_word(word: str) -> bool:
    """A verb, an accusative, a place, a kinship noun or a frequent noun that takes the article."""
    if word in given_names() or word in name_particles():
        return False
    if word in place_words() or word in word_set("kinship") or looks_like_verb(word) or is_accusative_common_word(word) \
            or _has_preposition(word) or _has_pronoun(word) or _is_adjective(word):
        return True
    if _frequency(word) >= per_million(SURNAME_MAX_PER_MILLION) \
            and _frequency("ال" + word) >= NAME_ARTICLE_RATIO * _frequency(word):
        return True  # عدد، كأس: a very frequent word is a name only if the corpus never gives it the article (ترامب)
    if word.startswith("ال"):
        # الأسد، الفيصل، المالكي: a surname; الدولي، الحصة: an adjective or noun the corpus writes bare too
        return _frequency(word[2:]) >= ARTICLE_BARE_SHARE * max(_frequency(word), 1) and word[2:] not in given_names() \
            and _frequency(word) >= per_million(FAMILY_NAME_MAX_PER_MILLION)
    return takes_article(word) and _frequency(word) >= per_million(UNLISTED_FIRST_NAME_MAX_PER_MILLION)


def _may_start(word: str) -> bool:
    if word in name_particles():
        return True
    if word in given_names():
        return True  # تركي آل الشيخ، حياة الفهد: the whole name is the evidence, however common the first word
    if _frequency(word) >= per_million(SURNAME_MAX_PER_MILLION):
        return False  # مثل، عدم: an unlisted word this frequent is a common word (دونالد is below)
    if word.startswith(("ال", "و", "ف")) or word.endswith("ه") or _is_common_word(word):
        return False  # ضرورة، حياة: an unlisted word in ة is a noun (a woman's name in ة is listed)
    return _frequency("ال" + word) < NAME_START_ARTICLE_SHARE * max(_frequency(word), 1)


def _plausible(name: tuple[str, ...]) -> bool:
    """Two name words at least besides particles (not عبد الله alone, a given name), a word that may
    start a name, and no common word."""
    if sum(word not in name_particles() for word in name) < 2 or not _may_start(name[0]) or name[-1] in name_particles() \
            or any(" ".join(name[:length]) in place_words() for length in range(2, len(name) + 1)):
        return False  # خميس مشيط is a town
    if len(name) == 2 and name[1] in name_compounds():
        return False  # نور الدين: a compound given name, not a full name
    return not any(_is_common_word(word) for word in name[1:]) and not any(word in _other_names() for word in name)


def mine(lines: list[str]) -> list[tuple[tuple[str, ...], int, int]]:
    titles = _titles()
    title_words = {word for forms in titles.values() for form in forms for word in form}
    titled: Counter[tuple[str, ...]] = Counter()
    for line in lines:
        for words in _chunks(json.loads(line)["text"]):
            for index in range(len(words)):
                end = _title_end(words, index, titles)
                if end is None:
                    continue
                skipped = 0
                while end < len(words) and skipped < MAX_SKIPPED_ADJECTIVES and words[end].startswith("ال") \
                        and words[end] not in given_names() and words[end] not in title_words:
                    end, skipped = end + 1, skipped + 1
                name = _name_words(words, end, title_words)
                for length in range(2, len(name) + 1):
                    titled[tuple(name[:length])] += 1
    candidates = {name: count for name, count in titled.items() if count >= MIN_TITLED and _plausible(name)}
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for name in candidates:
        by_length.setdefault(len(name), set()).add(name)
    total: Counter[tuple[str, ...]] = Counter()
    following: Counter[tuple[tuple[str, ...], str]] = Counter()
    for line in lines:
        for words in _chunks(json.loads(line)["text"]):
            for length, names in by_length.items():
                for index in range(len(words) - length + 1):
                    gram = tuple(words[index:index + length])
                    if gram in names:
                        total[gram] += 1
                        if index + length < len(words) and words[index + length] not in function_words() \
                                and words[index + length] not in title_words \
                                and words[index + length] not in name_particles():
                            following[gram, words[index + length]] += 1
    top_next: Counter[tuple[str, ...]] = Counter()
    for (gram, _), count in following.items():
        top_next[gram] = max(top_next[gram], count)
    kept = []
    for name, count in candidates.items():
        longer = max((other_count for other, other_count in candidates.items()
                      if len(other) == len(name) + 1 and other[:-1] == name), default=0)
        shorter = candidates.get(name[:-1], 0)
        if longer >= CUT_OFF_SHARE * count or count < MIN_TITLED_SHARE * total[name] \
                or count < EXTENSION_MIN_SHARE * shorter or top_next[name] >= NEXT_WORD_MAX_SHARE * total[name]:
            continue
        kept.append((name, count, total[name]))
    return sorted(kept, key=lambda row: (-row[1], row[0]))


HEADER = """# Person names mined from the news corpus (shared/data/corpus/arabic_news.jsonl.gz): full names
# that follow a title (الرئيس، الوزير، اللاعب …) again and again. Built by scripts/mine_persons.py,
# which documents the thresholds; the real-text evaluation articles are left out. Columns: the normalized name, how often it follows a title, how
# often the corpus writes it. Derived counts only, no text. License: MIT.
"""


def main(corpus: str) -> None:
    skip = evaluation_ids()
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        lines = [line for line in handle.read().split("\n") if line.strip() and json.loads(line).get("id") not in skip]
    rows = mine(lines)
    with OUTPUT.open("w", encoding="utf-8") as out:
        out.write(HEADER + "name\ttitled\tcount\n")
        for name, titled, count in rows:
            out.write(f"{' '.join(name)}\t{titled}\t{count}\n")
    print(f"{len(rows)} names written to {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1])
