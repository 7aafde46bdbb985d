"""Build extract/data/given_names_ar.tsv from the given-name table of the arabic-name-romanizer package.

Usage: python scripts/build_given_names.py ../shared/data/gazetteers/derived/given_names_ar.tsv
Keeps rows with role "given" seen at least MIN_COUNT times (keys are already normalized).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from extract.normalize import normalize_string

MIN_COUNT = 2
OUTPUT = Path(__file__).resolve().parent.parent / "extract" / "data" / "given_names_ar.tsv"


def main(source: str) -> None:
    with open(source, encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row["role"] == "given" and int(row["count"]) >= MIN_COUNT]
    names = sorted({normalize_string(row["arabic_key_normalised"]) for row in rows})
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("# Arabic-script given names (normalized). Source: PyPI arabic-name-romanizer 0.2.0,\n")
        handle.write("# resources/names.sqlite3 table units (MIT; built from Wikidata person labels, CC0,\n")
        handle.write("# and DziriNames, MIT). Built by scripts/build_given_names.py.\n")
        handle.write("name\n")
        handle.writelines(f"{name}\n" for name in names)
    print(f"{len(names)} given names -> {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1])
