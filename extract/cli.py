"""Command line: a thin layer over the library (`extract run`, `extract eval`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterator, Sequence, TextIO

from extract import __version__
from extract.document import FIELDS
from extract.read import list_inputs, read_file

OUTPUT_SUFFIXES = (".jsonl", ".csv", ".parquet")
PROGRESS_MIN_FILES = 5


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
    run.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    run.add_argument("--ner", default=None, choices=["lexicon", "camel", "stanza"],
                     help="NER backend (default: lexicon, the one that ships)")
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
    evaluate.set_defaults(handler=command_eval)

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
    """Writes each record as soon as it is made, so a long run's output grows as it goes."""

    def __init__(self, handle: TextIO):
        self.handle = handle

    def write(self, record: dict[str, Any]) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()

    def close(self) -> None:
        if self.handle is not sys.stdout:
            self.handle.close()


class _TableWriter:
    """Collects records and writes one table (.csv or .parquet) at the end."""

    def __init__(self, path: Path):
        self.path, self.records = path, []

    def write(self, record: dict[str, Any]) -> None:
        self.records.append(record)

    def close(self) -> None:
        from extract.record import to_frames

        frames = to_frames(self.records)
        table = frames["articles"][["id", "source", "status", "error", "warnings"]].merge(
            frames["items"], on=["id", "source"], how="left")
        if self.path.suffix == ".csv":
            table.to_csv(self.path, index=False)
        else:
            table.to_parquet(self.path, index=False)


def _open_writer(output: str):
    if output == "-":
        return _JsonlWriter(sys.stdout)
    path = Path(output)
    if path.suffix.lower() not in OUTPUT_SUFFIXES:
        raise UsageError(f"output must end in {', '.join(OUTPUT_SUFFIXES)} or be -: {output}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "w", encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {output}: {error.strerror or error}") from None
    if path.suffix.lower() == ".jsonl":
        return _JsonlWriter(handle)
    handle.close()
    return _TableWriter(path)


def command_run(args: argparse.Namespace) -> int:
    from extract.pipeline import Pipeline

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    inputs = _collect_inputs(args.paths)
    writer = _open_writer(args.output)
    nlp = Pipeline(ner=args.ner) if args.ner else Pipeline()
    started = time.perf_counter()
    statuses: Counter[str] = Counter()
    items: Counter[str] = Counter()
    has_jsonl = any(path.suffix.lower() == ".jsonl" for path, _ in inputs)
    show = not args.no_progress and len(inputs) >= PROGRESS_MIN_FILES
    with _progress(None if has_jsonl else len(inputs), show) as bar:
        for record in nlp.pipe(_documents(inputs), jobs=args.jobs):
            writer.write(record)
            statuses[record["status"]] += 1
            for name in FIELDS:
                items[name] += len(record[name])
            bar.update(1)
    try:
        writer.close()
    except OSError as error:
        raise UsageError(f"cannot write {args.output}: {error}") from None
    if not args.quiet:
        _print_summary(len(inputs), statuses, items, time.perf_counter() - started, args.output)
    return 0


def _print_summary(files: int, statuses: Counter[str], items: Counter[str], seconds: float, output: str) -> None:
    documents = sum(statuses.values())
    print(f"files: {files}  articles: {documents}  ok: {statuses['ok']}  errors: {statuses['error']}  "
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
    report = evaluate_folder(gold_dir, Path(args.pred) if args.pred else None)
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
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
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
