"""Mine village, neighbourhood and district names from the news corpus into extract/data/places_mined_ar.tsv.

Usage: python scripts/mine_places.py ../shared/data/corpus/arabic_news.jsonl.gz [--limit N]

A name is a run of one to three words after a place head noun (قرية، بلدة، حي، منطقة، ناحية، مخيم،
ريف … and their plurals and duals: قرى، بلدتي، منطقتي), or a conjunct of such a run (في قرى X وY وZ).
A run counts as complete when the word after it ends the name (punctuation, a function word, a
word with a preposition, a direction, a very frequent word). A name is kept when the corpus shows it
is a place name and not an ordinary word:

- it is complete after a head at least MIN_HEADED times, in at least MIN_ARTICLES articles;
- at least MIN_HEADED_SHARE of all its corpus occurrences are after a head (آمنة in منطقة آمنة is
  also everywhere else; الدريهمي is nearly always منطقة الدريهمي or في الدريهمي);
- its form with the article added (or removed) is not common: that is an adjective or a noun
  (كبيرة/الكبيرة، الجامعة/جامعة), not a name; no word of it is an adjective written with and
  without the article (جوي، السويسرية); and the last word of a longer name mostly occurs in it
  (دير الزور), unlike an adjective that follows any noun (معسكر لبوزة المجاور); and it is not
  nearly always right after a plural head, as an adjective agreeing with it is (مناطق متفرقة); and
  when it starts with a listed name, that name alone is less often complete after a head than the
  longer one (عين ترما beside a listed عين, but not محافظة عدن نائف البكري beside محافظة عدن);
- no word of it is a noun with a possessive pronoun (إجازاتهم، مساحته، عقوبتهما), no later word an indefinite
  accusative (الخليج ارتفاعا، النيل مصدرا: the name and the sentence going on), and its first word carries no
  preposition before a known word (للنازحين in مخيمات للنازحين);
- it is not already in the gazetteer (places_ar.tsv and places_extra_ar.tsv), which has coordinates.

A name that is often placed in one parent below a country (مديرية موزع بمحافظة تعز) has that as
evidence of its own: at least MIN_PARENT_EVIDENCE of its headed uses name the same parent, and then it
needs only MIN_PLACED_SHARE of its uses after a head, and its other form may be common (موزع is also a
word, but a word is not placed in one governorate again and again). Not after a facility head, where a
common noun is placed as readily (سوق الأسهم السعودية، مستشفى طوارئ أبها), nor in a country (مناطق
محاصرة في سوريا), nor for an indefinite word in ة, an adjective agreeing with a feminine head
(قرية بدوية في الضفة الغربية).

A longer name whose first words alone are complete after a head PREFIX_RATIO times as often, whose
last word is common outside it (fewer than MIN_COLLOCATION of its uses) and whose first word starts
no listed toponym (عين، أبو، الشيخ، سيدي …) is that name and the sentence going on (جبهة النصرة خطفت).

Its kind is the commonest head's. Its parent is the gazetteer place it is most often placed in
(بريف إدلب، جنوب دمشق، في محافظة الحديدة، التابعة لمحافظة …), its country the parent's, or else the
majority of two kinds of votes: the countries its own sentences name (a nationality adjective right
after it, مدينة ياماجوتشي اليابانية, or the gazetteer places within NEAR_WINDOW words of it), and the
country most of each of its articles' places are in. An article whose places are mostly in the outlet's
home country (SA for SaudiNewsNet) votes only when the name's sentences name no other country: a Saudi
paper names Saudi places in articles about anywhere. `countries` keeps the votes, so a name found in
two countries can be resolved by the article it is read in. The parent's coordinates stand in
for the name's, marked approximate, when it is loaded; a name with neither parent nor country is loaded
without coordinates and with a coordinates_note.

Articles of the real-text evaluation set (samples/real/manifest.tsv) are left out. Only names and
counts are written, never corpus text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from extract.extractors.entities import lexicon_key
from extract.lexicons import place_gazetteer, read_tsv, word_frequencies
from extract.words import function_words, given_names
from extract.normalize import normalize_string
from extract.tokenize import clitic_stems

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "extract" / "data" / "places_mined_ar.tsv"
MANIFEST = ROOT / "samples" / "real" / "manifest.tsv"
TOKEN = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0670\u0640]+|\d+|\S")
SENTENCE_END = frozenset(".!?؟\n")
MAX_NAME_WORDS = 3
MAX_PARENT_DISTANCE = 5
# Evidence needed to keep a name (see the module docstring).
MIN_HEADED = 3
MIN_ARTICLES = 2
MIN_HEADED_SHARE = 0.2
# A known village (دار سعد، عين ترما) is mostly written without its head: with much evidence, a
# phrase needs only this share (see _phrase_is_name_like).
MIN_PHRASE_HEADED_SHARE = 0.05
OTHER_FORM_RATIO = 0.15
OTHER_FORM_MIN = 20
# A later word of a name this frequent, or a first word this frequent, is an ordinary word.
LATER_WORD_MAX_FREQUENCY = 1000  # a given name may be more frequent (دار سعد)
FIRST_WORD_MAX_FREQUENCY = 20000
# After a facility head (مستشفى، مطار) a common noun is as likely as a name (مستشفى الولادة).
FACILITY_MIN_HEADED_SHARE = 0.4
NISBA_MAX_FREQUENCY = 100
MIN_COLLOCATION = 0.2
# An adjective agreeing with a plural head (مناطق متفرقة) only ever follows it directly; a name is
# also found after a singular head or further along a list (بلدات زملكا وعربين).
MAX_RIGHT_AFTER_PLURAL = 0.7
MIN_PARENT_SHARE = 0.5
MIN_COUNTRY_SHARE = 0.6
MINING_ONLY_HEADS = {"ريف": "other"}
MIN_PARENT_EVIDENCE = 0.25
MIN_PLACED_SHARE = 0.08
NEAR_WINDOW = 8
# The country an outlet is based in: its articles name that country's places whatever they are about.
OUTLET_HOME = {"SaudiNewsNet": "SA"}
DIRECTIONS = frozenset(normalize_string(word) for word in
                       "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط أطراف محيط قرب بالقرب شمالا جنوبا شرقا غربا".split())
# Words allowed between a name and its parent place: بريف، في محافظة، شمال شرق، التابعة لـ.
RELATION_WORDS = DIRECTIONS | frozenset(normalize_string(word) for word in
                                        "ريف في من محافظة مدينة منطقة ناحية قضاء مديرية التابعة التابع الواقعة الواقع".split())


@lru_cache(maxsize=1)
def head_forms() -> dict[str, tuple[str, str, str]]:
    """Normalized head form (singular, plural or dual) -> (kind, number, singular head)."""
    heads = {normalize_string(row["head"]): row["kind"] for row in read_tsv("place_heads_ar.tsv")}
    heads.update(MINING_ONLY_HEADS)
    forms = {head: (kind, "singular", head) for head, kind in heads.items()}
    for row in read_tsv("places_head_forms_ar.tsv"):
        head = normalize_string(row["head"])
        forms[normalize_string(row["form"])] = (heads[head], row["number"], head)
    return forms


@lru_cache(maxsize=200_000)
def norm(word: str) -> str:
    return normalize_string(word)


def head_of(word: str) -> tuple[str, str, str] | None:
    """The head a token is, with or without proclitics (وبقرية، لمدينة), but never with the article."""
    for _, stem in clitic_stems(word):
        if stem in head_forms():
            return head_forms()[stem]
    return None


def conjunction_stem(word: str) -> str | None:
    """وكفرنبل → كفرنبل when the stem is not itself a word starting with و (وادي)."""
    if not word.startswith("و") or len(word) < 4:
        return None
    frequencies = word_frequencies()
    return word[1:] if frequencies.get(word[1:], 0) >= frequencies.get(word, 0) else None


def has_preposition(word: str) -> bool:
    if word.startswith("لل") and word_frequencies().get("ا" + word[1:], 0) >= 50:
        return True  # للنازحين: لـ before النازحين
    return word[:1] in "بلك" and word_frequencies().get(word[1:], 0) >= 50 and word[1:] not in function_words()


PRONOUN_SUFFIXES = ("هما", "هم", "ها", "هن", "كم")
PRONOUN_STEM_MIN_FREQUENCY = 20


def has_pronoun_suffix(word: str) -> bool:
    """إجازاتهم، مساحته: a noun with a possessive pronoun is no name: the noun alone (إجازات،
    مساحة) is a word the corpus knows, at least as often as the whole."""
    stems = [word[:-len(suffix)] for suffix in PRONOUN_SUFFIXES if word.endswith(suffix)]
    stems += [stem[:-1] + "ه" for stem in stems if stem.endswith("ت")]  # عقوبتهما: the noun's ة is ت before it
    if word.endswith("ته"):
        stems.append(word[:-2] + "ه")
    frequency = word_frequencies().get(word, 0)
    return any(len(stem) >= 3 and word_frequencies().get(stem, 0) >= max(PRONOUN_STEM_MIN_FREQUENCY, frequency)
               for stem in stems)


def name_word(word: str, first: bool) -> bool:
    """Could this normalized word be part of a place name at this position?"""
    if not re.fullmatch(r"[\u0621-\u064a]{2,}", word) or word in function_words() or word in DIRECTIONS \
            or head_of(word) is not None:
        return False
    if has_pronoun_suffix(word):
        return False
    if first:
        return conjunction_stem(word) is None and not is_nisba(word) and not has_preposition(word) \
            and word_frequencies().get(word, 0) < FIRST_WORD_MAX_FREQUENCY
    return not word.startswith("و") and not has_preposition(word) and not is_nisba(word) and not is_indefinite_accusative(word) \
        and (word_frequencies().get(word, 0) < LATER_WORD_MAX_FREQUENCY or word in given_names())


ACCUSATIVE_STEM_MIN_FREQUENCY = 100


def is_indefinite_accusative(word: str) -> bool:
    """ارتفاعا، مصدرا، كثيفا: a later word in ا whose form without the ا is a common word (at least as
    common as the whole; five letters or more, so no short foreign word: ياما، سوا) is an indefinite noun or
    adjective in the accusative, which no name ends with
    (الخليج ارتفاعا is الخليج and the sentence going on); a name in ا (كارولاينا) has no such stem."""
    if not word.endswith("ا") or word.startswith("ال") or len(word) < 5:
        return False
    stem = word_frequencies().get(word[:-1], 0)
    return stem >= max(ACCUSATIVE_STEM_MIN_FREQUENCY, word_frequencies().get(word, 0))


def is_nisba(word: str) -> bool:
    """An adjective (جوي، السويسرية): ends in ي/ية and the corpus writes it with and without the article."""
    if not word.endswith(("ي", "يه")):
        return False
    bare = word[2:] if word.startswith("ال") else word
    return min(word_frequencies().get(bare, 0), word_frequencies().get("ال" + bare, 0)) >= NISBA_MAX_FREQUENCY


@lru_cache(maxsize=1)
def gazetteer_index() -> dict[str, dict]:
    index: dict[str, dict] = {}
    for place in place_gazetteer():
        for alias in place["aliases"]:
            index.setdefault(lexicon_key(alias), place)
    return index


def gazetteer_match(words: list[str], position: int) -> tuple[dict, int] | None:
    """The longest gazetteer name starting at `position` (its first word may carry clitics), and its length."""
    for length in range(MAX_NAME_WORDS, 0, -1):
        if position + length > len(words):
            continue
        rest = " ".join(words[position + 1:position + length])
        for _, stem in clitic_stems(words[position]):
            place = gazetteer_index().get(f"{stem} {rest}".strip())
            if place is not None:
                return place, length
    return None


class Evidence:
    def __init__(self) -> None:
        self.headed: Counter[str] = Counter()
        self.articles: defaultdict[str, set[int]] = defaultdict(set)
        self.kinds: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.parents: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.countries: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.near_countries: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.home_countries: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.surfaces: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.unigrams: Counter[str] = Counter()
        self.right_after_plural: Counter[str] = Counter()
        self.listed_complete: Counter[str] = Counter()
        self.listed_prefix: dict[str, str] = {}


def _name_run(words: list[str], position: int) -> int:
    """How many name words start at `position` (0 when none)."""
    length = 0
    while length < MAX_NAME_WORDS and position + length < len(words) \
            and name_word(words[position + length], first=length == 0):
        length += 1
    return length


def _parent(words: list[str], position: int) -> dict | None:
    for offset in range(MAX_PARENT_DISTANCE):
        if position + offset >= len(words) or words[position + offset] in SENTENCE_END:
            return None
        match = gazetteer_match(words, position + offset)
        if match is not None:
            # وجازان after عسير is a second name of the list, not the place عسير lies in
            return None if conjunction_stem(words[position + offset]) else match[0]
        if not any(stem in RELATION_WORDS for _, stem in clitic_stems(words[position + offset])):
            return None
    return None


def article_country(words: list[str]) -> str | None:
    votes: Counter[str] = Counter()
    for position in range(len(words)):
        match = gazetteer_match(words, position)
        if match is not None and match[0]["country"]:
            votes[match[0]["country"]] += 1
    if not votes:
        return None
    country, count = votes.most_common(1)[0]
    return country if count >= 0.5 * sum(votes.values()) else None


@lru_cache(maxsize=1)
def nationalities() -> dict[str, str]:
    from extract.words import nationality_countries
    return nationality_countries()


def _singular_head(word: str) -> bool:
    """الجبل، بالجبل: a singular head with the article (a plural one names states: الولايات المتحدة)."""
    return any((head := head_of(stem.removeprefix("ال"))) is not None and head[1] == "singular"
               for _, stem in clitic_stems(word) if stem.startswith("ال"))


def near_countries(words: list[str], start: int, end: int) -> Counter[str]:
    """Countries the name's own sentence names: a nationality adjective right after it (weighs as
    two), and the gazetteer places within NEAR_WINDOW words either side."""
    votes: Counter[str] = Counter()
    if end < len(words) and (code := nationalities().get(words[end])):
        votes[code] += 2
    for position in range(max(0, start - NEAR_WINDOW), min(len(words), end + NEAR_WINDOW)):
        if start <= position < end:
            continue
        if words[position] in SENTENCE_END:
            if position < start:
                votes.clear()  # an earlier sentence's places are not this one's
                continue
            break
        match = gazetteer_match(words, position)
        if match is not None and match[0]["country"] and not start <= position + match[1] - 1 < end \
                and not (match[1] > 1 and _singular_head(words[position])):
            votes[match[0]["country"]] += 1  # not الجبل الأسود, as often a black mountain as Montenegro
    return votes


def headed_names(words: list[str], position: int) -> list[tuple[int, int]]:
    """(start, length) of each complete name after the head at `position`, conjuncts included."""
    names, cursor = [], position + 1
    while True:
        length = _name_run(words, cursor)
        if length == 0:
            return names
        names.append((cursor, length))
        cursor += length
        if cursor < len(words) and words[cursor] == "،":
            cursor += 1
        if cursor < len(words) and (stem := conjunction_stem(words[cursor])) is not None:
            words[cursor] = stem  # read the conjunct without its و; the list is this function's own copy
            continue
        if cursor < len(words) and words[cursor - 1] == "،":
            continue
        return names


def mine_article(article_id: int, text: str, evidence: Evidence, home: str | None = None) -> None:
    surfaces = TOKEN.findall(text)
    words = [norm(surface) or surface for surface in surfaces]
    for word in words:
        for _, stem in clitic_stems(word):
            evidence.unigrams[stem] += 1
    country: str | None = None
    country_known = False
    working = list(words)
    for position, word in enumerate(words):
        head = head_of(word)
        if head is None:
            continue
        for order, (start, length) in enumerate(headed_names(working, position)):
            name = " ".join(working[start:start + length])
            listed = gazetteer_match(working, start)
            if listed is not None and listed[1] >= length or gazetteer_index().get(f"{head[2]} {name}") is not None:
                evidence.listed_complete[" ".join(working[start:start + length])] += 1
                continue  # a listed name (رام الله), which has coordinates
            if listed is not None:  # عين ترما after a listed عين; محافظة عدن نائف البكري after عدن
                evidence.listed_prefix[name] = " ".join(working[start:start + listed[1]])
            evidence.headed[name] += 1
            evidence.articles[name].add(article_id)
            evidence.kinds[name][head[0]] += 1
            if order == 0 and head[1] != "singular":
                evidence.right_after_plural[name] += 1
            evidence.surfaces[name][" ".join(surfaces[start:start + length])] += 1
            parent = _parent(words, start + length)
            if parent is not None:
                evidence.parents[name][parent["name"]] += 1
            if not country_known:
                country, country_known = article_country(words), True
            if country:
                (evidence.home_countries if country == home else evidence.countries)[name][country] += 1
            evidence.near_countries[name].update(near_countries(words, start, start + length))


def count_phrases(corpus: Path, phrases: set[str], skip: set[str], limit: int | None) -> Counter[str]:
    """Occurrences of multi-word phrases anywhere in the corpus (first word with or without clitics)."""
    by_first: defaultdict[str, set[tuple[str, ...]]] = defaultdict(set)
    for phrase in phrases:
        words = tuple(phrase.split())
        by_first[words[0]].add(words[1:])
    counts: Counter[str] = Counter()
    for _, text, _ in articles(corpus, skip, limit):
        words = [norm(surface) for surface in TOKEN.findall(text)]
        for position, word in enumerate(words):
            for _, stem in clitic_stems(word):
                for rest in by_first.get(stem, ()):
                    if tuple(words[position + 1:position + 1 + len(rest)]) == rest:
                        counts[" ".join((stem,) + rest)] += 1
    return counts


def articles(corpus: Path, skip: set[str], limit: int | None):
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            item = json.loads(line)
            if item.get("id") not in skip:
                yield number, item.get("text", ""), OUTLET_HOME.get(item.get("source", ""))


def evaluation_ids() -> set[str]:
    return {row["corpus_id"] for row in read_tsv_path(MANIFEST)} if MANIFEST.exists() else set()


def read_tsv_path(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:] if line]


def _other_form_is_common(name: str, unigrams: Counter[str]) -> bool:
    if " " in name:
        return False
    other = name[2:] if name.startswith("ال") else "ال" + name
    if other in function_words():
        return False  # العند beside عند says nothing about العند
    return unigrams[other] >= OTHER_FORM_MIN and unigrams[other] >= OTHER_FORM_RATIO * unigrams[name]


def _collocated(name: str, total: int, unigrams: Counter[str]) -> bool:
    """A name's definite last word mostly occurs in it (دير الزور), unlike an adjective that follows
    any noun (لبوزة المجاور): the phrase makes up MIN_COLLOCATION of the last word's occurrences."""
    words = name.split()
    if len(words) == 1 or not words[-1].startswith("ال"):
        return True  # an indefinite last word is a name's (دار سعد), not an adjective agreeing with a head
    return total >= MIN_COLLOCATION * unigrams[words[-1]]


@lru_cache(maxsize=1)
def name_starting_words() -> frozenset[str]:
    """First words of the gazetteer's multi-word names (عين، دار، خان، تل، دير، رأس …)."""
    return frozenset(key.split()[0] for key in gazetteer_index() if " " in key)


def _phrase_is_name_like(name: str, headed: int, total: int) -> bool:
    """A multi-word candidate starts with a rare word or with a word that starts listed names (دار
    سعد، عين ترما, unlike وقت ممتع after قضاء), and is mostly written after a head unless its evidence is
    large."""
    first = name.split()[0]
    if word_frequencies().get(first, 0) >= LATER_WORD_MAX_FREQUENCY and first not in name_starting_words():
        return False
    return headed / total >= MIN_HEADED_SHARE or headed >= MANY_HEADED and headed / total >= MIN_PHRASE_HEADED_SHARE


MANY_HEADED = 20


def select(evidence: Evidence, phrase_counts: Counter[str]) -> list[dict[str, object]]:
    gazetteer_by_name = {place["name"]: place for place in place_gazetteer()}
    kept = []
    for name, headed in evidence.headed.items():
        total = phrase_counts[name] if " " in name else evidence.unigrams[name]
        kind = evidence.kinds[name].most_common(1)[0][0]
        placed = kind != "facility" and not _indefinite_feminine(name) and _placed(evidence, name, headed, gazetteer_by_name)
        min_share = 0.0 if " " in name else MIN_PLACED_SHARE if placed \
            else FACILITY_MIN_HEADED_SHARE if kind == "facility" else MIN_HEADED_SHARE
        if headed < MIN_HEADED * (2 if name.count(" ") >= 2 else 1) or len(evidence.articles[name]) < MIN_ARTICLES \
                or total == 0 or not all(name_word(word, first=False) for word in name.split()[1:]) \
                or headed / total < min_share or not placed and _other_form_is_common(name, evidence.unigrams) \
                or not _collocated(name, total, evidence.unigrams) \
                or " " in name and not _phrase_is_name_like(name, headed, total) \
                or evidence.right_after_plural[name] > MAX_RIGHT_AFTER_PLURAL * headed \
                or " " in name and _prefix_is_the_name(evidence, name, headed, total) \
                or name in evidence.listed_prefix and evidence.listed_complete[evidence.listed_prefix[name]] >= headed:
            continue
        parent_name = _majority(evidence.parents[name], MIN_PARENT_SHARE)
        parent = gazetteer_by_name.get(parent_name) if parent_name else None
        votes = country_votes(evidence, name)
        country = parent["country"] if parent else _majority(votes, MIN_COUNTRY_SHARE)
        kept.append({"name": _surface(evidence.surfaces[name].most_common(1)[0][0], name), "key": name,
                     "kind": kind, "country": country or "",
                     "parent": parent_name or "", "headed": headed, "articles": len(evidence.articles[name]),
                     "share": round(headed / total, 3),
                     "countries": "|".join(f"{code}:{count}" for code, count in votes.most_common(4))})
    return sorted(kept, key=lambda row: (-int(row["headed"]), row["key"]))


def country_votes(evidence: Evidence, name: str) -> Counter[str]:
    """Its sentences' and its articles' countries; the outlet's home country from its articles only
    when its sentences name no other country (see the module docstring)."""
    near = evidence.near_countries[name]
    votes = near + evidence.countries[name]
    home = evidence.home_countries[name]
    if not set(near) - set(home):
        votes += home
    return votes


def _placed(evidence: Evidence, name: str, headed: int, gazetteer_by_name: dict[str, dict]) -> bool:
    """Placed in one parent below a country again and again (مديرية موزع بمحافظة تعز):
    MIN_PARENT_EVIDENCE of its headed uses name the same gazetteer place."""
    parent = _majority(evidence.parents[name], MIN_PARENT_SHARE)
    if parent is None or gazetteer_by_name.get(parent, {}).get("kind") == "country":
        return False
    return evidence.parents[name][parent] >= max(MIN_HEADED, MIN_PARENT_EVIDENCE * headed)


PREFIX_RATIO = 3


def _indefinite_feminine(name: str) -> bool:
    """قرية بدوية، بلدة هادئة: an indefinite word in ة after a feminine head is its adjective."""
    return " " not in name and not name.startswith("ال") and name.endswith("ه")


def _prefix_is_the_name(evidence: Evidence, name: str, headed: int, total: int) -> bool:
    """جبهة النصرة خطفت: the name's first words alone are complete after a head far more often, and
    its last word is no word of a name (see the module docstring)."""
    words = name.split()
    if words[0] in name_starting_words() or total >= MIN_COLLOCATION * evidence.unigrams[words[-1]]:
        return False
    return any(evidence.headed[" ".join(words[:length])] >= PREFIX_RATIO * headed for length in range(1, len(words)))


def _surface(text: str, key: str) -> str:
    """The name as written, without the و a list conjunct carried (وعين ترما → عين ترما)."""
    while text and norm(text.split()[0]) != key.split()[0] and text.startswith("و"):
        text = text[1:].lstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return text


def _majority(votes: Counter[str], share: float) -> str | None:
    if not votes:
        return None
    winner, count = votes.most_common(1)[0]
    return winner if count >= 2 and count >= share * sum(votes.values()) else None


HEADER = """# Place names mined from the news corpus after place head nouns (قرية، بلدة، حي، منطقة، مخيم، ريف …).
# Built by scripts/mine_places.py from ../shared/data/corpus/arabic_news.jsonl.gz (SaudiNewsNet,
# CC BY-NC-SA 4.0, and the ANT corpus, research use): only names and counts are kept, no text.
# headed: complete occurrences after a head; articles: how many articles; share: headed / all
# occurrences; parent: the gazetteer place it is most often placed in (its coordinates stand in,
# approximately); countries: votes of its sentences (a nationality adjective after it, the gazetteer
# places near it) and of its articles (the outlet's home country only when its sentences name no other).
# Coordinates are resolved from the gazetteer when loaded. License of this file: CC BY-NC-SA 4.0
# (the corpus's strictest terms).
"""
COLUMNS = ("name", "kind", "country", "parent", "headed", "articles", "share", "countries")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="read only the first N corpus lines")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the corpus counts in this file and reuse them when it exists (a local file, never shipped)")
    args = parser.parse_args()
    skip = evaluation_ids()
    if args.cache is not None and args.cache.exists():
        with open(args.cache, "rb") as handle:
            evidence, phrase_counts = pickle.load(handle)
    else:
        evidence = Evidence()
        for number, text, home in articles(args.corpus, skip, args.limit):
            mine_article(number, text, evidence, home)
        phrases = {name for name, count in evidence.headed.items() if " " in name and count >= MIN_HEADED}
        phrase_counts = count_phrases(args.corpus, phrases, skip, args.limit)
        if args.cache is not None:
            with open(args.cache, "wb") as handle:
                pickle.dump((evidence, phrase_counts), handle)
    rows = select(evidence, phrase_counts)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(HEADER + "\t".join(COLUMNS) + "\n")
        for row in rows:
            handle.write("\t".join(str(row[column]) for column in COLUMNS) + "\n")
    print(f"{len(rows)} mined places -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
