"""Records before and after a refactor: byte-identical or not (issues #14 and #17).

    python scripts/compare_records.py --save out/identity/base     # on the commit before
    python scripts/compare_records.py --check out/identity/base    # on the commit after

Builds the records of samples/, ../shared/data/news and the corpus's first 1,000 articles with
the default pipeline (`extract run`, --jobs 2), writes them under out/identity/current, and with
--check compares each file byte for byte with the saved copy, printing the first differing
record of each set. Exit status 1 when any set differs. Sets whose inputs are missing are skipped
and said so.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "data" / "corpus" / "arabic_news.jsonl.gz"
EXTRACT = str(Path(sys.executable).with_name("extract"))
CORPUS_ARTICLES = 1000


def write_corpus_head(path: Path, count: int) -> None:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source, path.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(source, count))


def input_sets(scratch: Path) -> dict[str, Path]:
    sets = {"samples": ROOT / "samples", "news": SHARED / "data" / "news"}
    if CORPUS.exists():
        head = scratch / "corpus1000.jsonl"
        write_corpus_head(head, CORPUS_ARTICLES)
        sets["corpus1000"] = head
    return {name: path for name, path in sets.items() if path.exists()}


def build(out_dir: Path, jobs: int) -> list[str]:
    out_dir.mkdir(parents=True, exist_ok=True)
    built = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, path in input_sets(Path(scratch)).items():
            target = out_dir / f"{name}.jsonl"
            subprocess.run([EXTRACT, "run", str(path), "-o", str(target), "-j", str(jobs), "-q"], check=True)
            built.append(name)
            print(f"{name}: {sum(1 for _ in target.open(encoding='utf-8'))} records -> {target}")
    return built


def first_difference(left: Path, right: Path) -> str:
    for number, (a, b) in enumerate(itertools.zip_longest(left.open(encoding="utf-8"), right.open(encoding="utf-8")), 1):
        if a != b:
            if a is None or b is None:
                return f"line {number}: one file ends here"
            record_a, record_b = json.loads(a), json.loads(b)
            keys = [key for key in record_a.keys() | record_b.keys() if record_a.get(key) != record_b.get(key)]
            return f"line {number} ({record_a.get('id') or record_a.get('source')}): fields {sorted(keys)} differ"
    return "identical"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, metavar="DIR", help="build the records and keep them in DIR")
    action.add_argument("--check", type=Path, metavar="DIR", help="build the records and compare with DIR")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.save:
        if args.save.exists():
            shutil.rmtree(args.save)
        build(args.save, args.jobs)
        return 0
    current = ROOT / "out" / "identity" / "current"
    differing = 0
    for name in build(current, args.jobs):
        saved = args.check / f"{name}.jsonl"
        if not saved.exists():
            print(f"{name}: no saved copy in {args.check}")
            differing += 1
            continue
        same = saved.read_bytes() == (current / f"{name}.jsonl").read_bytes()
        print(f"{name}: {'byte-identical' if same else 'DIFFERS, ' + first_difference(saved, current / f'{name}.jsonl')}")
        differing += not same
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
