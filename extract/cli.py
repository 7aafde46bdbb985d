"""Command line: a thin layer over the library (`extract run`, `extract eval`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterator, Sequence

from extract import __version__
from extract.document import FIELDS
from extract.read import list_inputs, read_file

OUTPUT_SUFFIXES = (".jsonl", ".csv", ".parquet")
PROGRESS_MIN_FILES = 5
NER_BACKENDS = ["lexicon", "crf", "lexicon+crf", "model", "lexicon+model", "camel", "stanza"]


class UsageError(Exception):
    """The run cannot proceed (bad arguments, unwritable output): exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract",
        description="Turn Arabic news articles into structured records: counts, places, actors, "
                    "chemical agents and attributed quotes (see README.md and RECORD.md).",
        epilog="Examples:\n  extract run samples/ -o out/samples.jsonl\n"
               "  extract run article.txt -o -\n  extract eval ../shared/seed\n",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"extract {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    run = commands.add_parser(
        "run", help="extract records from files or folders",
        description="Read every .txt, .html/.htm, .json and .jsonl file under PATH (folders recursively, "
                    "in sorted order) and write one record per article. Unreadable files get an error "
                    "record; the exit status is 0 whenever every input got a record.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("paths", nargs="+", metavar="PATH", help="article file or folder")
    run.add_argument("-o", "--output", required=True, metavar="OUT",
                     help="output file ending in .jsonl (one record per line), .csv or .parquet "
                          "(one row per extracted item, articles without items kept), or - for JSONL on stdout")
    run.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                     help="worker processes (default 1); with --engine dask, LocalCluster workers (default 2)")
    run.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local: this machine's processes (default); dask: a Dask cluster (pip install 'extract[dask]')")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --engine dask, the scheduler to use (default: start a LocalCluster)")
    run.add_argument("--resume", action="store_true",
                     help="continue an interrupted .jsonl run: keep its records, drop a torn last line, "
                          "and process only the articles not yet in it")
    run.add_argument("--max-chars", type=int, default=None, metavar="N",
                     help="articles longer than N characters get an error record (default 5,000,000)")
    run.add_argument("--ner", default=None, choices=NER_BACKENDS,
                     help="NER backend (default: lexicon+crf, from the default pipeline; model and lexicon+model use "
                          "the spaCy model in models/ner)")
    run.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    run.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    run.set_defaults(handler=command_run)

    evaluate = commands.add_parser(
        "eval", help="score the pipeline against gold records (RECORD.md section 3)",
        description="Run the pipeline on GOLD_DIR's NAME.txt files (or read --pred records) and score "
                    "them against the NAME.json gold records beside them, as RECORD.md section 3 says.")
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", help="folder with NAME.txt and NAME.json pairs")
    evaluate.add_argument("--pred", metavar="RECORDS.jsonl", help="score these records instead of running")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    evaluate.add_argument("--html", metavar="REPORT.html",
                          help="also write the scores as a bar chart and the colour-coded error list")
    evaluate.add_argument("--ner", default=None, choices=NER_BACKENDS,
                          help="NER backend of the pipeline that is scored (default: the default pipeline's, lexicon+crf)")
    evaluate.set_defaults(handler=command_eval)

    eval_ner = commands.add_parser(
        "eval-ner", help="score the NER layer on a CoNLL file",
        description="FILE has a token and its BIO tag per line and a blank line between sentences. The "
                    "NER runs on the tokens (or, when a third column is present, that column is scored "
                    "as the prediction). Prints precision, recall and F1 per label and overall, entity-level "
                    "exact match as conlleval counts it; the last line is f1=0.xxx.")
    eval_ner.add_argument("file", metavar="FILE", help="CoNLL file, or a folder of .conll files")
    eval_ner.add_argument("--ner", default=None, choices=NER_BACKENDS,
                          help="NER backend (default: the default pipeline's, lexicon+crf)")
    eval_ner.set_defaults(handler=command_eval_ner)

    show = commands.add_parser(
        "show", help="write a self-contained HTML page of the extracted items",
        description="Run the pipeline on PATH (files or folders) and write one right-to-left HTML page "
                    "with every count, place, actor, agent, quote and speaker highlighted in the text and "
                    "the record's tables beside it. The page makes no outside requests and runs no script.")
    show.add_argument("paths", nargs="+", metavar="PATH", help="article file or folder")
    show.add_argument("-o", "--output", required=True, metavar="REPORT.html", help="the HTML file to write")
    show.set_defaults(handler=command_show)
    return parser


def _progress(total: int | None, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, disable=not enabled, dynamic_ncols=True)


def _documents(inputs: list[tuple[Path, str]]) -> Iterator[Any]:
    for path, source in inputs:
        yield from read_file(path, source)


def _collect_inputs(paths: Sequence[str]) -> list[tuple[Path, str]]:
    inputs: list[tuple[Path, str]] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"no such file or folder: {raw}")
        found = list_inputs(path)
        if path.is_dir() and not found:
            print(f"extract: warning: no .txt/.html/.json/.jsonl files under {raw}", file=sys.stderr)
        inputs.extend(found)
    return inputs


class _JsonlWriter:
    """Writes each record as soon as it is made, one whole line per write call, so that a run killed
    at any moment leaves complete lines only."""

    def __init__(self, descriptor: int):
        self.descriptor = descriptor

    def write(self, record: dict[str, Any]) -> None:
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        while data:
            data = data[os.write(self.descriptor, data):]

    def close(self) -> None:
        os.close(self.descriptor)


class _StdoutWriter:
    def write(self, record: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    def close(self) -> None:
        pass


class _TableWriter:
    """Collects records and writes one table (.csv or .parquet) at the end, atomically."""

    def __init__(self, path: Path):
        self.path, self.records = path, []

    def write(self, record: dict[str, Any]) -> None:
        self.records.append(record)

    def close(self) -> None:
        from extract.record import to_frames

        frames = to_frames(self.records)
        table = frames["articles"][["id", "source", "status", "error", "warnings"]].merge(
            frames["items"], on=["id", "source"], how="left")
        partial = self.path.with_name(self.path.name + ".partial")
        if self.path.suffix == ".csv":
            table.to_csv(partial, index=False)
        else:
            table.to_parquet(partial, index=False)
        os.replace(partial, self.path)


def completed_records(path: Path) -> set[tuple[str | None, str]]:
    """(source, id) of the records already in a JSONL output; a torn last line is cut off."""
    done: set[tuple[str | None, str]] = set()
    with open(path, "rb+") as handle:
        data = handle.read()
        keep = data.rfind(b"\n") + 1
        for line in data[:keep].splitlines():
            try:
                record = json.loads(line)
                done.add((record.get("source"), record["id"]))
            except (ValueError, KeyError):
                keep = data.find(line)  # a damaged line: keep only what precedes it
                break
        handle.truncate(keep)
    return done


def _open_writer(output: str, resume: bool):
    if output == "-":
        if resume:
            raise UsageError("--resume needs an output file, not -")
        return _StdoutWriter(), set()
    path = Path(output)
    suffix = path.suffix.lower()
    if suffix not in OUTPUT_SUFFIXES:
        raise UsageError(f"output must end in {', '.join(OUTPUT_SUFFIXES)} or be -: {output}")
    if resume and suffix != ".jsonl":
        raise UsageError("--resume works with .jsonl output only")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        done = completed_records(path) if resume and path.exists() else set()
        if suffix != ".jsonl":
            with open(path, "a", encoding="utf-8"):
                pass  # fail now, not after the run, when the place is not writable
            return _TableWriter(path), done
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        return _JsonlWriter(os.open(path, flags, 0o644)), done
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from None


def _records(args: argparse.Namespace, inputs: list[tuple[Path, str]], done: set[tuple[str | None, str]]):
    from extract.engines import dask_records, local_records
    from extract.pipeline import DEFAULT_MAX_CHARS, Pipeline

    max_chars = args.max_chars or DEFAULT_MAX_CHARS
    if args.engine == "dask":
        workers = args.jobs if args.jobs > 1 else 2
        return dask_records(inputs, scheduler=args.scheduler, jobs=workers, ner=args.ner, max_chars=max_chars, skip=done)
    nlp = Pipeline(ner=args.ner, max_chars=max_chars) if args.ner else Pipeline(max_chars=max_chars)
    return local_records(nlp, _documents(inputs), jobs=args.jobs, skip=done)


def command_run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.max_chars is not None and args.max_chars < 1:
        raise UsageError("--max-chars must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    inputs = _collect_inputs(args.paths)
    writer, done = _open_writer(args.output, args.resume)
    started = time.perf_counter()
    statuses: Counter[str] = Counter()
    items: Counter[str] = Counter()
    has_jsonl = any(path.suffix.lower() == ".jsonl" for path, _ in inputs)
    show = not args.no_progress and len(inputs) >= PROGRESS_MIN_FILES
    try:
        with _progress(None if has_jsonl or done else len(inputs), show) as bar:
            for record in _records(args, inputs, done):
                writer.write(record)
                statuses[record["status"]] += 1
                for name in FIELDS:
                    items[name] += len(record[name])
                bar.update(1)
        writer.close()
    except RuntimeError as error:
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"cannot write {args.output}: {error.strerror or error}") from None
    if not args.quiet:
        if done:
            print(f"resumed: {len(done)} records were already in {args.output}", file=sys.stderr)
        _print_summary(len(inputs), statuses, items, time.perf_counter() - started, args.output)
    return 0


def _print_summary(files: int, statuses: Counter[str], items: Counter[str], seconds: float, output: str) -> None:
    documents = sum(statuses.values())
    print(f"files: {files}  articles written: {documents}  ok: {statuses['ok']}  errors: {statuses['error']}  "
          f"seconds: {seconds:.2f}", file=sys.stderr)
    print("found: " + "  ".join(f"{name}: {items[name]}" for name in FIELDS), file=sys.stderr)
    where = "stdout" if output == "-" else os.path.abspath(output)
    print(f"records written to {where}", file=sys.stderr)


def command_eval(args: argparse.Namespace) -> int:
    from extract.evaluate import evaluate_folder, format_errors, format_table

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        raise UsageError(f"not a folder: {args.gold_dir}")
    if args.pred and not Path(args.pred).is_file():
        raise UsageError(f"no such predictions file: {args.pred}")
    report = evaluate_folder(gold_dir, Path(args.pred) if args.pred else None, ner=args.ner)
    if args.html:
        from extract.report import evaluation_page

        _write_text(args.html, evaluation_page(report.as_dict(), title=f"extract eval {gold_dir}"))
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_table(report))
    if args.errors:
        print(format_errors(report))
    return 0


def _write_text(output: str, content: str) -> None:
    path = Path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from None


def _default_ner() -> str:
    from extract.pipeline import default_config

    return next(item.get("backend", "lexicon") for item in default_config() if item["name"] == "ner")


def command_eval_ner(args: argparse.Namespace) -> int:
    from extract.evaluate import format_ner_table, ner_scores, predict_conll_tags, read_conll
    from extract.pipeline import Pipeline, default_config

    path = Path(args.file)
    files = sorted(path.glob("*.conll")) if path.is_dir() else [path]
    if not files or not all(file.is_file() for file in files):
        raise UsageError(f"no such file: {args.file}")
    try:
        sentences = [sentence for file in files for sentence in read_conll(file)]
    except (ValueError, UnicodeDecodeError) as error:
        raise UsageError(f"not a CoNLL file: {error}") from None
    nlp = None
    pairs = []
    started = time.perf_counter()
    for sentence in sentences:
        tokens, gold = [token for token, _, _ in sentence], [tag for _, tag, _ in sentence]
        if all(predicted is not None for _, _, predicted in sentence):
            predicted = [tag for _, _, tag in sentence]
        else:
            if nlp is None:
                nlp = Pipeline(components=[item for item in default_config() if item["name"] in ("normalize", "tokenize")]
                               + [{"name": "ner", "backend": args.ner or _default_ner()}])
            predicted = predict_conll_tags(tokens, nlp)
        pairs.append((gold, predicted))
    seconds = time.perf_counter() - started
    tokens_total = sum(len(sentence) for sentence in sentences)
    print(f"sentences: {len(sentences)}  tokens: {tokens_total}  tokens/s: {tokens_total / max(seconds, 1e-9):.0f}",
          file=sys.stderr)
    print(format_ner_table(ner_scores(pairs)))
    return 0


def command_show(args: argparse.Namespace) -> int:
    from extract.pipeline import Pipeline
    from extract.record import to_record
    from extract.report import records_page

    inputs = _collect_inputs(args.paths)
    nlp = Pipeline()
    items = []
    for doc in _documents(inputs):
        doc = nlp.process(doc)
        items.append((to_record(doc), doc.text))
    _write_text(args.output, records_page(items))
    print(f"report for {len(items)} articles written to {os.path.abspath(args.output)}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from extract.ner import BackendUnavailable

    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except BackendUnavailable as error:
        print(f"extract: error: {error}", file=sys.stderr)
        return 2
    except UsageError as error:
        print(f"extract: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("extract: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
