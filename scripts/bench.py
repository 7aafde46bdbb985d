"""Speed and memory of the pipeline (`make bench`). Every figure comes from this one run.

On the first --articles corpus articles (default 1,000), in one warm process each: spaCy's bare
Arabic tokenizer, the rule layers (`Pipeline(ner="lexicon")`), the default pipeline, and the
default NER component alone (tokens/s on one core); CPU seconds and the ratio to spaCy. Then
`extract run` on the same articles as one JSONL file with --jobs 1 and --jobs 2 (wall seconds,
articles/s, tokens/s), peak RSS of `extract run` at 1k, 4k and 16k articles (one JSONL input each,
its size printed), time and peak RSS for one document of 1M and 5M characters, and the start-up
time of `extract run` on one small file. Each measurement runs in a fresh process so that its
peak memory is its own. Needs ../shared/data/corpus/arabic_news.jsonl.gz.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "arabic_news.jsonl.gz"
EXTRACT = str(Path(sys.executable).with_name("extract"))


def corpus_texts(count: int) -> list[str]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in itertools.islice(handle, count)]


def write_jsonl(path: Path, count: int) -> None:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source, path.open("w", encoding="utf-8") as out:
        for index, line in enumerate(itertools.islice(source, count)):
            article = json.loads(line)
            out.write(json.dumps({"id": f"a{index}", "text": article["text"]}, ensure_ascii=False) + "\n")


def cpu_seconds(function, items) -> float:
    function(items[0])  # warm: lexicons and caches loaded before timing
    started = time.process_time()
    for item in items:
        function(item)
    return time.process_time() - started


def component_seconds(pipeline, texts: list[str]) -> tuple[float, dict[str, float]]:
    """CPU seconds of a warm pass of `pipeline` over `texts`, and of each of its components."""
    from extract import read_text

    pipeline.process(read_text(texts[0]))  # warm
    shares = {name: 0.0 for name in pipeline.component_names}
    started = time.process_time()
    for text in texts:
        doc = read_text(text)
        for component in pipeline.components:
            before = time.process_time()
            doc = component(doc)
            shares[component.name] += time.process_time() - before
    return time.process_time() - started, shares


def measure_in_process(count: int) -> dict[str, float]:
    """CPU seconds on one core for spaCy's tokenizer, the rule layers, the default pipeline, NER alone."""
    import spacy

    from extract import Pipeline, read_text

    texts = corpus_texts(count)
    tokenizer = spacy.blank("ar").tokenizer
    # One pass each, after one warm-up text: spaCy's tokenizer caches what it has seen, as our
    # word caches do, so a second pass over the same texts would flatter both.
    spacy_seconds = cpu_seconds(tokenizer, texts)
    rules = Pipeline(ner="lexicon")
    default = Pipeline()
    rule_seconds = cpu_seconds(lambda text: rules.process(read_text(text)), texts)
    default_seconds, components = component_seconds(default, texts)
    before_ner = Pipeline(components=default.components[:default.component_names.index("ner")])
    docs = [before_ner.process(read_text(text)) for text in texts]
    ner = default.components[default.component_names.index("ner")]
    ner_seconds = cpu_seconds(ner, docs)
    tokens = sum(len(doc.tokens) for doc in docs)
    return {"articles": count, "tokens": tokens, "spacy": spacy_seconds, "rules": rule_seconds,
            "default": default_seconds, "ner": ner_seconds, "ner_backend": ner.name, "components": components}


def run_extract(*args: str) -> dict[str, float]:
    """Wall seconds and peak RSS of one `extract run`, measured from a process of its own."""
    started = time.perf_counter()
    subprocess.run([EXTRACT, "run", *args, "-q"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024}


def measure_long_document(characters: int) -> dict[str, float]:
    from extract import Pipeline

    texts, length = [], 0
    for text in itertools.cycle(corpus_texts(2000)):
        texts.append(text)
        length += len(text) + 2
        if length >= characters:
            break
    document = "\n\n".join(texts)[:characters]
    nlp = Pipeline(max_chars=characters)
    nlp("تهيئة")
    started = time.process_time()
    record = nlp(document)
    return {"seconds": time.process_time() - started, "status": record["status"],
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def in_fresh_process(*args: str) -> dict:
    output = subprocess.run([sys.executable, __file__, "--measure", json.dumps(args)], capture_output=True, text=True,
                            check=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="articles for the speed figures (default 1000)")
    parser.add_argument("--memory-sizes", default="1000,4000,16000", help="articles per peak-RSS run")
    parser.add_argument("--documents", default="1000000,5000000", help="characters of the long-document runs")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # a JSON list: what to measure and its arguments
    args = parser.parse_args()
    if args.measure:
        what, *rest = json.loads(args.measure)
        if what == "inprocess":
            result = measure_in_process(int(rest[0]))
        elif what == "document":
            result = measure_long_document(int(rest[0]))
        else:
            result = run_extract(*rest)
        print(json.dumps(result))
        return
    if not CORPUS.is_file():
        sys.exit(f"bench: {CORPUS} not found (../shared/data beside the project)")
    print(f"cores: {os.cpu_count()}; corpus: first {args.articles:,} articles of {CORPUS.name}")

    warm = in_fresh_process("inprocess", str(args.articles))
    print(f"\nIn one process, warm, CPU seconds on one core ({warm['tokens']:,} tokens):")
    for label, key in (("spaCy blank('ar') tokenizer", "spacy"), ('rule layers, Pipeline(ner="lexicon")', "rules"),
                       ("default pipeline, Pipeline()", "default")):
        print(f"  {label:<40}{warm[key]:>8.2f} s {warm[key] / warm['spacy']:>6.2f}x spaCy")
    print(f"  NER alone (default backend){'':<13}{warm['ner']:>8.2f} s {warm['tokens'] / warm['ner']:>9,.0f} tokens/s")
    print("  default pipeline by component (CPU s, share): " + ", ".join(
        f"{name} {seconds:.2f} ({seconds / warm['default']:.0%})" for name, seconds in warm["components"].items()))

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        articles = folder / "articles.jsonl"
        write_jsonl(articles, args.articles)
        print(f"\nextract run on {articles.stat().st_size / 1e6:.1f} MB of JSONL ({args.articles:,} articles):")
        for jobs in (1, 2):
            result = in_fresh_process("run", str(articles), "-o", str(folder / "out.jsonl"), "--jobs", str(jobs))
            print(f"  --jobs {jobs}: {result['seconds']:.2f} s, {args.articles / result['seconds']:.0f} articles/s, "
                  f"{warm['tokens'] / result['seconds']:,.0f} tokens/s, peak RSS {result['peak_rss_mb']:.0f} MB")

        print("\nPeak RSS of extract run --jobs 1 by input size:")
        for size in map(int, args.memory_sizes.split(",")):
            path = folder / f"memory_{size}.jsonl"
            write_jsonl(path, size)
            result = in_fresh_process("run", str(path), "-o", str(folder / "out.jsonl"))
            print(f"  {size:>6,} articles ({path.stat().st_size / 1e6:5.1f} MB JSONL): {result['peak_rss_mb']:.0f} MB, "
                  f"{result['seconds']:.1f} s")
            path.unlink()

        print("\nOne long document (in-process, CPU seconds):")
        for characters in map(int, args.documents.split(",")):
            result = in_fresh_process("document", str(characters))
            print(f"  {characters:>9,} characters: {result['seconds']:.1f} s "
                  f"({result['seconds'] / characters * 1e6:.2f} us/character), peak RSS {result['peak_rss_mb']:.0f} MB, "
                  f"{result['status']}")

        # Start-up as an installed package has it: the modules' bytecode compiled (pip does that at
        # install; under PYTHONDONTWRITEBYTECODE every run would compile them again), and the
        # first run writes the data cache (extract.lexicons.cached_array) that later runs read.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "extract")], check=True,
                       stdout=subprocess.DEVNULL)
        one = folder / "one.txt"
        one.write_text(corpus_texts(1)[0], encoding="utf-8")
        startups = [in_fresh_process("run", str(one), "-o", str(folder / "one.jsonl")) for _ in range(3)]
        print(f"\nStart-up: extract run on one file, median of 3: "
              f"{statistics.median(run['seconds'] for run in startups):.2f} s wall, "
              f"{statistics.median(run['cpu_seconds'] for run in startups):.2f} s CPU")


if __name__ == "__main__":
    main()
