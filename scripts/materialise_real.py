"""Write the real-text evaluation set's texts from the corpus, beside copies of their gold records.

samples/real/manifest.tsv names each article by its corpus line and the SHA-256 of its text; the
texts are not committed (the corpora's licences do not allow redistribution everywhere). This
script reads the corpus once, checks every hash, and writes OUT/{dev,test}/NAME.txt with
OUT/{dev,test}/NAME.json copied from samples/real/{dev,test}/NAME.gold.json where that gold exists, so that
`extract eval OUT/dev` scores it. Exit status 1 when a line is missing or a hash differs.

    python scripts/materialise_real.py ../shared/data/corpus/arabic_news.jsonl.gz out/real
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import json
import shutil
import sys
from pathlib import Path

REAL = Path(__file__).resolve().parent.parent / "samples" / "real"


def read_manifest(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as rows:
        return list(csv.DictReader(rows, delimiter="\t"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--manifest", type=Path, default=REAL / "manifest.tsv")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"materialise_real: corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    wanted = {int(row["line"]): row for row in read_manifest(args.manifest)}
    found: set[int] = set()
    problems: list[str] = []
    with gzip.open(args.corpus, "rt", encoding="utf-8") as lines:
        for line_number, line in enumerate(lines):
            row = wanted.get(line_number)
            if row is None:
                continue
            text = json.loads(line)["text"]
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != row["sha256"]:
                problems.append(f"{row['name']}: corpus line {line_number} does not match its sha256")
                continue
            folder = args.out / row["split"]
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{row['name']}.txt").write_text(text, encoding="utf-8")
            gold = REAL / row["split"] / f"{row['name']}.gold.json"
            if gold.is_file():
                shutil.copyfile(gold, folder / f"{row['name']}.json")
            found.add(line_number)
    problems += [f"{wanted[n]['name']}: corpus has no line {n}" for n in sorted(set(wanted) - found)]
    for problem in problems:
        print(f"materialise_real: {problem}", file=sys.stderr)
    print(f"materialise_real: {len(found)} texts written under {args.out}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
