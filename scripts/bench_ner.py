"""Speed of the NER layer alone, one process (`make bench`).

    python scripts/bench_ner.py --articles 300 --ner lexicon crf lexicon+crf

Normalizes and tokenizes the first --articles corpus articles (untimed), then times each backend's
NER component on the same documents and prints tokens/s of NER time only (process CPU time, so
other jobs on a shared machine disturb it less than wall time would).
"""

from __future__ import annotations

import argparse
import copy
import gzip
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract import read_text  # noqa: E402
from extract.pipeline import Pipeline, default_config  # noqa: E402
from extract.registry import make_component  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "arabic_news.jsonl.gz"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--ner", nargs="+", default=["lexicon", "lexicon+crf"])
    args = parser.parse_args()
    tokenizer = Pipeline(components=[item for item in default_config() if item["name"] in ("normalize", "tokenize")])
    with gzip.open(args.corpus, "rt", encoding="utf-8") as handle:
        docs = [tokenizer.process(read_text(json.loads(line)["text"]))
                for line in itertools.islice(handle, args.articles)]
    tokens = sum(len(doc.tokens) for doc in docs)
    print(f"{len(docs)} articles, {tokens} tokens ({tokens / max(len(docs), 1):.0f} per article)")
    for backend in args.ner:
        ner = make_component("ner", backend=backend)
        ner(copy.copy(docs[0]))  # load lexicons and model before timing
        started = time.process_time()
        for doc in docs:
            ner(doc)
        seconds = time.process_time() - started
        print(f"ner {backend:<14} {tokens / seconds:>9,.0f} tokens/s  ({seconds:.2f} s CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
