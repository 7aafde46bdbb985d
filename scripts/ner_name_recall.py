"""Recall of the gold records' names by the NER layer: persons, organisations, places.

Usage: python scripts/ner_name_recall.py GOLD_DIR [--ner BACKEND ...]

For each gold actor and place in GOLD_DIR (NAME.json beside NAME.txt/.html), is there an entity
span of the right label (PER for persons, ORG for other actors, LOC for places) that matches one
of its aliases as RECORD.md matches? This is what the actor and place extractors can build on.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from extract import Pipeline
from extract.evaluate import name_recall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_dir")
    parser.add_argument("--ner", nargs="+", default=["lexicon"], help="NER backends to compare")
    args = parser.parse_args()
    print(f"{'backend':<16}{'persons':>16}{'organisations':>18}{'places':>16}")
    for backend in args.ner:
        nlp = Pipeline(components=["normalize", "tokenize", {"name": "ner", "backend": backend}])
        found = name_recall(Path(args.gold_dir), nlp)
        cells = "".join(f"{f'{done}/{total} = {done / max(total, 1):.2f}':>{width}}"
                        for (done, total), width in zip(found.values(), (16, 18, 16)))
        print(f"{backend:<16}{cells}")


if __name__ == "__main__":
    main()
