"""How much of the administrative map of the corpus's countries the gazetteer can name.

Usage: python scripts/place_coverage.py ../shared/data/gazetteers/derived [--missing CC]

For each country the corpus is about, it lists the admin-1 units (countrystatecity, ODbL-1.0),
admin-2 units and towns (dr5hn cities, ODbL-1.0) and GeoNames cities500 places of 50,000 people or
more (CC BY 4.0) that have an Arabic name, plus world cities (GeoNames, a million or more, and
capitals) and CLDR exemplar cities, and counts those whose Arabic name `link_place` links.
A unit counts as covered when any of its Arabic names links. Nothing here is written to disk.
"""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from extract.extractors.places import link_place

COUNTRIES = ("SA", "TN", "EG", "AE", "KW", "QA", "BH", "OM", "SY", "LB", "JO", "PS", "IQ", "YE", "LY",
             "MA", "DZ", "SD")
CITY_POPULATION = 50_000
WORLD_CITY_POPULATION = 1_000_000
DR5HN_TYPES = {"adm1": "admin1", "adm2": "admin2", "city": "town", "capital": "town"}


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _arabic(name: str) -> bool:
    return any("\u0621" <= char <= "\u064a" for char in name) and not any("a" <= char.lower() <= "z" for char in name)


def units(derived: Path) -> list[tuple[str, str, str, list[str]]]:
    """(country, level, English name, Arabic names) for every unit the check asks about."""
    found: list[tuple[str, str, str, list[str]]] = []
    for row in _rows(derived / "mena_admin1_ar.tsv"):
        if row["country"] in COUNTRIES and _arabic(row["name_native_ar"]):
            found.append((row["country"], "admin1", row["name_en"], [row["name_native_ar"].strip()]))
    for row in _rows(derived / "dr5hn_mena_cities_ar.tsv"):
        level = DR5HN_TYPES.get(row["type"])
        names = sorted({name.strip() for name in (row["native"], row["name_ar"]) if _arabic(name)})
        if level and row["country"] in COUNTRIES and names:
            found.append((row["country"], level, row["name"], names))
    for row in _rows(derived / "mena_places_ar.tsv"):
        names = [name for name in row["ar_names"].split("|") if _arabic(name)]
        population = int(row["population"] or 0)
        if not names:
            continue
        if row["country"] in COUNTRIES and population >= CITY_POPULATION:
            found.append((row["country"], "city50k", row["name"], names))
        elif row["country"] not in COUNTRIES and (population >= WORLD_CITY_POPULATION or row["is_capital"] == "1"):
            found.append(("world", "city1M/capital", row["name"], names))
    for row in _rows(derived / "cldr_tz_cities_ar.tsv"):
        if _arabic(row["city_ar"]):
            found.append(("world", "cldr_city", row["city_en"], [row["city_ar"]]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("derived", type=Path)
    parser.add_argument("--missing", default="", help="list the units of this country (or 'world') not linked")
    args = parser.parse_args()
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    missing: list[str] = []
    for country, level, name_en, names in units(args.derived):
        linked = any(link_place(name) is not None for name in names)
        totals[(country, level)][0] += linked
        totals[(country, level)][1] += 1
        if not linked and country == args.missing:
            missing.append(f"{level}\t{name_en}\t{'|'.join(names)}")
    print("country\tlevel\tlinked\tunits\tshare")
    all_linked = all_units = 0
    for (country, level), (linked, count) in sorted(totals.items()):
        print(f"{country}\t{level}\t{linked}\t{count}\t{linked / count:.2f}")
        all_linked, all_units = all_linked + linked, all_units + count
    print(f"all\tall\t{all_linked}\t{all_units}\t{all_linked / all_units:.2f}")
    for line in missing:
        print(line)


if __name__ == "__main__":
    main()
