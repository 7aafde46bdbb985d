"""Benchmark of the default pipeline (`make bench`).

Builds a corpus from samples/ and, when present, ../shared/data/news (repeated to --articles), plus
unique articles from ../shared/data/corpus/arabic_news.jsonl.gz, and reports for --jobs 1 and 2:
articles/s, tokens/s and peak RSS, the bare spaCy Arabic tokenizer's time on the same texts as a
ratio, and peak RSS at two corpus sizes to show whether memory grows with the number of articles.
Each measurement runs in a fresh process so that peak memory is its own.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"


def build_texts(kind: str, count: int) -> Iterator[str]:
    """The texts, streamed (the corpus is read as it is processed, so memory shows the pipeline's own)."""
    from extract import read

    if kind == "corpus":
        path = SHARED / "corpus" / "arabic_news.jsonl.gz"
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            yield from (json.loads(line)["text"] for line in itertools.islice(handle, count))
        return
    sources = [ROOT / "samples"] + ([SHARED / "news"] if (SHARED / "news").is_dir() else [])
    base = [doc.text for doc in read(sources) if doc.ok]
    yield from itertools.islice(itertools.cycle(base), count)


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def measure(kind: str, count: int, jobs: int) -> dict[str, float]:
    from extract import Pipeline

    nlp = Pipeline()
    nlp("تهيئة")  # load lexicons before timing
    started = time.perf_counter()
    records = sum(1 for _ in nlp.pipe(build_texts(kind, count), jobs=jobs))
    seconds = time.perf_counter() - started
    tokenizer = Pipeline(components=["normalize", "tokenize"])
    tokens = sum(len(tokenizer.process(doc).tokens) for doc in _docs(build_texts(kind, count)))
    return {"articles": records, "seconds": seconds, "articles_per_s": records / seconds,
            "tokens_per_s": tokens / seconds, "peak_rss_mb": peak_rss_mb()}


def _docs(texts: Iterable[str]) -> Iterator:
    from extract import read_text

    return (read_text(text) for text in texts)


def measure_spacy(kind: str, count: int) -> dict[str, float]:
    import spacy

    texts = list(build_texts(kind, count))
    nlp = spacy.blank("ar")
    started = time.perf_counter()
    for text in texts:
        nlp.tokenizer(text)
    return {"seconds": time.perf_counter() - started}


def _run(*args: str) -> dict[str, float]:
    output = subprocess.run([sys.executable, __file__, "--measure", *args], capture_output=True, text=True,
                            check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="articles per run (default 1000)")
    parser.add_argument("--measure", nargs=3, metavar=("KIND", "COUNT", "JOBS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        kind, count, jobs = args.measure[0], int(args.measure[1]), int(args.measure[2])
        result = measure_spacy(kind, count) if jobs == 0 else measure(kind, count, jobs)
        print(json.dumps(result))
        return
    kinds = ["samples+news"] + (["corpus"] if (SHARED / "corpus" / "arabic_news.jsonl.gz").exists() else [])
    print(f"{'corpus':<14}{'jobs':>5}{'articles':>9}{'seconds':>9}{'art/s':>9}{'tokens/s':>10}{'peak MB':>9}"
          f"{'x spaCy':>9}")
    for kind in kinds:
        bare = _run(kind, str(args.articles), "0")["seconds"]
        for jobs in (1, 2):
            result = _run(kind, str(args.articles), str(jobs))
            print(f"{kind:<14}{jobs:>5}{result['articles']:>9.0f}{result['seconds']:>9.2f}"
                  f"{result['articles_per_s']:>9.0f}{result['tokens_per_s']:>10.0f}{result['peak_rss_mb']:>9.0f}"
                  f"{result['seconds'] / bare:>9.1f}")
        print(f"{kind:<14} spaCy blank('ar') tokenizer alone: {bare:.2f} s")
    sizes = (args.articles // 4, args.articles, args.articles * 4)
    peaks = [_run(kinds[-1], str(size), "1")["peak_rss_mb"] for size in sizes]
    print(f"peak RSS, jobs 1, {kinds[-1]}: " + ", ".join(f"{size} articles {peak:.0f} MB" for size, peak in zip(sizes, peaks)))


if __name__ == "__main__":
    main()
