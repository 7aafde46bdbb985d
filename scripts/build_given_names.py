"""Build extract/data/given_names_ar.tsv from the given-name table of the arabic-name-romanizer package.

Usage: python scripts/build_given_names.py ../shared/data/gazetteers/derived/given_names_ar.tsv \
           ../shared/data/gazetteers/person_names/arabnamer_dict_FINAL.json
Keeps rows with role "given" seen at least MIN_COUNT times (keys are already normalized), and drops
the many common words in that table: short words, words with the article, place names, function
words, and nouns that the news corpus often writes with ال (a given name rarely takes it).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from extract.lexicons import place_gazetteer, read_tsv, word_frequencies
from extract.normalize import normalize_string

MIN_COUNT = 3
MIN_LENGTH = 3
MAX_ARTICLE_RATIO = 0.2
MAX_CORPUS_FREQUENCY = 20_000
# A word the corpus uses far more often than the table has people of that name is a common word.
MAX_CORPUS_PER_PERSON = 150
# A name that many people bear is kept even when it is also a common word (حسين، رائد).
POPULAR_NAME_COUNT = 30
OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "given_names_ar.tsv"


# arabnamer maps English names to Arabic spellings, foreign names included (فلاديمير، ماريا); it has
# no counts, so its names pass only when the corpus does not use them as common words.
ARABNAMER_MAX_FREQUENCY = 2000


def main(source: str, arabnamer: str) -> None:
    with open(source, encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row["role"] == "given" and int(row["count"]) >= MIN_COUNT]
    frequencies = word_frequencies()
    places = {normalize_string(alias) for place in place_gazetteer() for alias in place["aliases"]}
    stopwords = {row["word"] for row in read_tsv("name_stopwords_ar.tsv")}

    def is_name(name: str, count: int) -> bool:
        frequency = frequencies.get(name, 0)
        if len(name) < MIN_LENGTH or name.startswith("ال") or name in places or name in stopwords:
            return False
        if count >= POPULAR_NAME_COUNT:
            return True  # علي: على normalizes to it, so the corpus count says nothing
        if frequency > MAX_CORPUS_FREQUENCY:
            return False
        if name.endswith("ا") and frequencies.get("ال" + name[:-1], 0) > MAX_ARTICLE_RATIO * frequency:
            return False  # بلاغا is بلاغ with the accusative ending
        return frequencies.get("ال" + name, 0) <= MAX_ARTICLE_RATIO * frequency \
            and (count == 0 or frequency <= MAX_CORPUS_PER_PERSON * count)

    people = {}
    for row in rows:
        key = normalize_string(row["arabic_key_normalised"])
        people[key] = people.get(key, 0) + int(row["count"])
    names = {name for name, count in people.items() if is_name(name, count)}
    with open(arabnamer, encoding="utf-8") as handle:
        for arabic in json.load(handle).values():
            name = normalize_string(arabic)
            if " " not in name and frequencies.get(name, 0) <= ARABNAMER_MAX_FREQUENCY and is_name(name, 0):
                names.add(name)
    names = sorted(names)
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("# Arabic-script given names (normalized). Source: PyPI arabic-name-romanizer 0.2.0,\n")
        handle.write("# resources/names.sqlite3 table units (MIT; built from Wikidata person labels, CC0,\n")
        handle.write("# and DziriNames, MIT), and PyPI arabnamer 0.1.3 (CC BY 4.0, attribution: arabnamer).\n")
        handle.write("# Built by scripts/build_given_names.py.\n")
        handle.write("name\n")
        handle.writelines(f"{name}\n" for name in names)
    print(f"{len(names)} given names -> {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
