"""Build extract/data/places_admin_ar.tsv: admin units and towns the gazetteer lacks, kept where the
news corpus uses their Arabic name as a place.

Usage: python scripts/build_places_admin.py ../shared/data/gazetteers/derived ../shared/data/corpus/arabic_news.jsonl.gz [COUNTS_CACHE.json]

Candidates (see ../shared/data/gazetteers/SOURCES.md) are the units that scripts/place_coverage.py
lists and `link_place` does not link yet: admin-1 units (mena_admin1_ar.tsv, countrystatecity,
ODbL-1.0), admin-2 units and towns (dr5hn_mena_cities_ar.tsv, dr5hn/countries-states-cities-database,
ODbL-1.0 + DbCL-1.0) and CLDR exemplar cities (cldr_tz_cities_ar.tsv, Unicode License v3). Their
Arabic names include machine transliterations, so a name is kept only where the corpus confirms it:
it occurs often enough right after a place word (في، إلى، محافظة، ولاية، مدينة، معتمدية …) and that
context is a large enough share of its occurrences. A one-word name that is also a common word or
a given name (build_places.py's test, given names included) is written as weak: the extractor takes it only where
its context says it is a place. Output is sorted, so the same inputs give the same file.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_places import _is_common_word  # noqa: E402  (the shared common-word test)

from extract.extractors.places import link_place  # noqa: E402
from extract.lexicons import per_million, read_tsv, word_frequencies  # noqa: E402
from extract.normalize import normalize_string  # noqa: E402
from extract.words import context_words, function_words, place_heads  # noqa: E402

OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "places_admin_ar.tsv"
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
# Corpus-relevant countries first: where two countries' units share a name, the first one owns it.
COUNTRIES = ("SA", "EG", "TN", "SY", "IQ", "YE", "LY", "JO", "PS", "LB", "AE", "KW", "QA", "BH", "OM",
             "SD", "MA", "DZ")
LEVELS = {"admin1": ("governorate", 0), "adm1": ("governorate", 0), "adm2": ("district", 1),
          "city": ("town", 2), "capital": ("city", 2), "cldr": ("city", 3)}
PREPOSITIONS = frozenset(normalize_string(word) for word in "في إلى الى من قرب داخل شمال جنوب شرق غرب".split())
# Head nouns that name a place of a kind (with ب/ل/و); after one of them a word is a place name.
HEAD_WORDS = frozenset(normalize_string(prefix + head) for prefix in ("", "ب", "ل", "و")
                       for head in "محافظة ولاية مدينة مركز منطقة إمارة معتمدية بلدة قرية إقليم عاصمة".split())
# A name is confirmed when the corpus writes it after a place word at least this often (0.1 per
# million words: about a dozen times in the 72k articles) and in at least a fifth of its uses.
MIN_PLACE_CONTEXT_RATE = 0.1
MIN_PLACE_SHARE = 0.2
# Below this share a one-word name is weak (taken only with a place context), as in build_places.py.
WEAK_PLACE_SHARE = 0.5
# A name that is also a common word needs a head noun before it in this share of its uses.
MIN_HEAD_SHARE = 0.1
MAX_WORDS = 3


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _arabic(name: str) -> bool:
    return bool(name) and all("\u0621" <= char <= "\u064a" or char == " " for char in name)


def _geonames_cities(derived: Path) -> dict[str, dict[str, str]]:
    """English name -> the most populous GeoNames city of that name (mena_places_ar.tsv: cities500 of
    the region, and the world's cities of 500,000 or more, CC BY 4.0)."""
    cities: dict[str, dict[str, str]] = {}
    for row in _rows(derived / "mena_places_ar.tsv"):
        known = cities.get(row["name"])
        if known is None or int(row["population"] or 0) > int(known["population"] or 0):
            cities[row["name"]] = row
    return cities


def candidates(derived: Path) -> list[dict[str, object]]:
    """Units with an Arabic name that the gazetteer does not link, best source first."""
    found: list[dict[str, object]] = []
    for row in _rows(derived / "mena_admin1_ar.tsv"):
        found.append({"names": [row["name_native_ar"]], "name_en": row["name_en"], "level": "admin1",
                      "country": row["country"], "lat": row["lat"], "lon": row["lon"], "wikidata": ""})
    for row in _rows(derived / "dr5hn_mena_cities_ar.tsv"):
        if row["type"] in LEVELS:
            found.append({"names": [row["native"], row["name_ar"]], "name_en": row["name"], "level": row["type"],
                          "country": row["country"], "lat": row["lat"], "lon": row["lon"], "wikidata": row["wikidata"]})
    geonames = _geonames_cities(derived)
    for row in _rows(derived / "cldr_tz_cities_ar.tsv"):
        city = geonames.get(row["city_en"])
        if city is not None:  # a time-zone city GeoNames lacks (Troll, a station) has no point: left out
            found.append({"names": [row["city_ar"]], "name_en": row["city_en"], "level": "cldr",
                          "country": city["country"], "lat": city["lat"], "lon": city["lon"],
                          "wikidata": "", "geonames_id": city["geonameid"]})
    kept = []
    for unit in found:
        if unit["level"] != "cldr" and unit["country"] not in COUNTRIES:
            continue
        names = sorted({name.strip() for name in unit["names"] if _arabic(name.strip())})
        if names and not any(link_place(name) is not None for name in names):
            unit["names"] = names
            kept.append(unit)
    order = {country: rank for rank, country in enumerate(COUNTRIES)}
    return sorted(kept, key=lambda unit: (LEVELS[unit["level"]][1], order.get(unit["country"], len(order)),
                                          unit["name_en"]))


def corpus_word_lists(corpus: Path) -> Iterator[list[str]]:
    """The normalized Arabic words of each article of the corpus (JSON lines, gzip)."""
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield ARABIC_WORD.findall(normalize_string(json.loads(line).get("text", "")))


def corpus_counts(corpus: Path, keys: set[tuple[str, ...]]) -> dict[tuple[str, ...], list[int]]:
    """For each name key (its words): [all its corpus occurrences, those after a preposition of place
    or with ب, those after a place head noun]."""
    first_words = {key[0] for key in keys}
    counts: dict[tuple[str, ...], list[int]] = {}
    for words in corpus_word_lists(corpus):
        for position, word in enumerate(words):
            stems = [word] + [word[len(prefix):] for prefix in ("و", "ب", "وب", "ل", "ول") if word.startswith(prefix)]
            for stem in stems:
                if stem not in first_words:
                    continue
                for length in range(1, MAX_WORDS + 1):
                    key = (stem, *words[position + 1:position + length])
                    if len(key) != length or key not in keys:
                        continue
                    previous = words[position - 1] if position else ""
                    row = counts.setdefault(key, [0, 0, 0])
                    row[0] += 1
                    row[1] += previous in PREPOSITIONS or word[:len(word) - len(stem)] in ("ب", "وب")
                    row[2] += previous in HEAD_WORDS and stem == word
    return counts


def _key(name: str) -> tuple[str, ...]:
    return tuple(normalize_string(name).split())


def _generic_words() -> frozenset[str]:
    """Head nouns, context words (directions, العاصمة) and function words: never a place name alone."""
    return frozenset(place_heads()) | frozenset(context_words()) | function_words()


def _one_word_verdict(name: str, counts: list[int], minimum: int) -> str | None:
    """'strong', 'weak' or None (left out) for a one-word name, from its corpus uses.

    A name that is also a common word or a given name (حرب، موسم، منزل، العودة) is after في as
    often as any noun, so only head nouns confirm it (محافظة الخرج): it needs them in a share of
    its uses, and is weak. So does a definite name (الشرفة: a balcony after من as often as a town).
    Another name is confirmed by a preposition of place too, and is weak
    unless most of its uses are so placed."""
    total, after_preposition, after_head = counts
    key = normalize_string(name)
    if key in _generic_words() or len(key) < 3:
        return None
    headed = after_head >= minimum and after_head >= MIN_HEAD_SHARE * total
    if _is_common_word(name, 0):
        return "weak" if headed else None
    if key.startswith("ال") and not headed:
        return None  # من الشرفة، في الباحة: a definite noun follows prepositions whether or not it is a place
    placed = after_preposition + after_head
    if placed < minimum or placed < MIN_PLACE_SHARE * total:
        return None
    return "strong" if placed >= WEAK_PLACE_SHARE * total else "weak"


def select(units: list[dict[str, object]], counts: dict[tuple[str, ...], list[int]]) -> list[dict[str, object]]:
    stoplist = {normalize_string(row["alias"]) for row in read_tsv("places_stoplist_ar.tsv")}
    minimum = max(per_million(MIN_PLACE_CONTEXT_RATE), 5)
    owned: set[tuple[str, ...]] = set()
    chosen = []
    for unit in units:
        aliases, weak, evidence = [], [], 0
        for name in unit["names"]:
            key = _key(name)
            if key in owned or " ".join(key) in stoplist:
                continue
            total, after_preposition, after_head = counts.get(key, [0, 0, 0])
            if len(key) == 1:
                verdict = _one_word_verdict(name, [total, after_preposition, after_head], minimum)
            else:
                placed = after_preposition + after_head
                verdict = "strong" if placed >= minimum and placed >= MIN_PLACE_SHARE * total else None
            if verdict is None:
                continue
            owned.add(key)
            aliases.append(name)
            evidence += after_preposition + after_head
            if verdict == "weak":
                weak.append(name)
        if aliases:
            kind, _ = LEVELS[unit["level"]]
            chosen.append({**unit, "aliases": aliases, "weak": weak, "kind": kind, "evidence": evidence})
    return chosen


HEADER = """# Admin units and towns of the corpus's countries, and world cities, that places_ar.tsv lacks.
# Built by scripts/build_places_admin.py from countrystatecity-countries (admin-1) and
# dr5hn/countries-states-cities-database (admin-2, towns): ODbL-1.0 (database) and DbCL-1.0
# (contents), so this derived file is ODbL-1.0 too; CLDR exemplar cities via babel (Unicode License
# v3). A name is kept only where ../shared/data/corpus/arabic_news.jsonl.gz writes it after a place
# word often enough (`evidence`: such occurrences; counts only, no text). weak_aliases: one-word names
# that are also common words or given names, taken only where context says they are places.
# coordinates: point (the database's point for the unit; for a CLDR city, its GeoNames point and id).
name\tname_en\tkind\tcountry\tlat\tlon\tpopulation\tgeonames_id\tcoordinates\taliases\tshared_aliases\tweak_aliases\tevidence
"""


def _coordinate(value: str) -> str:
    return f"{float(value):.4f}" if value else ""


def write(chosen: list[dict[str, object]]) -> None:
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write(HEADER)
        for unit in chosen:
            name = max(unit["aliases"], key=lambda alias: (word_frequencies().get(normalize_string(alias), 0), alias))
            coordinates = "point" if unit["lat"] else ""
            handle.write(f"{name}\t{unit['name_en']}\t{unit['kind']}\t{unit['country']}\t{_coordinate(unit['lat'])}\t"
                         f"{_coordinate(unit['lon'])}\t\t{unit.get('geonames_id', '')}\t{coordinates}\t{'|'.join(unit['aliases'])}\t\t"
                         f"{'|'.join(unit['weak'])}\t{unit['evidence']}\n")


def _cached_counts(corpus: Path, keys: set[tuple[str, ...]], cache: Path | None,
                   count=None) -> dict[tuple[str, ...], list[int]]:
    """The corpus counts (`count`, corpus_counts unless told), read from `cache` when an earlier run
    wrote it (the scan takes minutes)."""
    if cache is not None and cache.exists():
        return {tuple(key): counts for key, counts in json.loads(cache.read_text(encoding="utf-8"))}
    counts = (count or corpus_counts)(corpus, keys)
    if cache is not None:
        cache.write_text(json.dumps(sorted([list(key), value] for key, value in counts.items())), encoding="utf-8")
    return counts


def main(derived: str, corpus: str, cache: str | None = None) -> None:
    OUTPUT.write_text(HEADER, encoding="utf-8")  # candidates are judged against the gazetteer without this file
    units = candidates(Path(derived))
    keys = {_key(name) for unit in units for name in unit["names"] if len(_key(name)) <= MAX_WORDS}
    counts = _cached_counts(Path(corpus), keys, Path(cache) if cache else None)
    chosen = select(units, counts)
    write(chosen)
    print(f"{len(units)} candidates, {len(chosen)} kept -> {OUTPUT}")


if __name__ == "__main__":
    main(*sys.argv[1:4])  # an optional third argument: a file caching the corpus counts between runs
