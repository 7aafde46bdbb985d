"""Command line: a thin layer over the library (`extract run`, `extract eval`)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterator, Sequence

from extract import __version__
from extract.fields import DOCUMENT_FIELDS as FIELDS
from extract.ner.registry import backend_names, backends_help
from extract.pipeline import DEFAULT_MAX_CHARS
from extract.ner.base import BackendUnavailable
from extract.read import DEFAULT_MAX_BYTES, Inputs, InputError, ReadOptions, collect_inputs, read_inputs
from extract.write import (OUTPUT_SUFFIXES, AtomicFile, Interrupted, JsonlWriter, OutputError, TableWriter,
                           stop_handler, write_text_atomically)

log = logging.getLogger("extract")
SKIPPED_SHOWN = 10
NER_BACKENDS = backend_names()  # extract/ner/registry.py


class UsageError(Exception):
    """The run cannot proceed (bad arguments, unwritable output): exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="extract",
        description="Turn Arabic news articles into structured records: counts, places, actors, "
                    "chemical agents, attributed quotes, dates and events (see README.md and RECORD.md).",
        epilog="Examples:\n  extract run samples/ -o out/samples.jsonl\n"
               "  extract run article.txt -o -\n  extract eval ../shared/seed\n"
               "  extract incidents out/samples.jsonl -o out/incidents.csv\n",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"extract {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0,
                        help="log what is read and skipped (-vv: debug) through Python's logging, on stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    run = commands.add_parser(
        "run", help="extract records from files or folders",
        description="Read every .txt, .html/.htm, .json and .jsonl file under PATH (folders recursively, "
                    "in sorted order) and write one record per article. Unreadable files get an error "
                    "record; other kinds of files and hidden ones (a name starting with .) are left out and "
                    "named in the summary; the exit status is 0 whenever every input got a record. "
                    "The library does the same: extract.run_paths(paths, output, ...).",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("paths", nargs="+", metavar="PATH",
                     help="article file or folder, or - for standard input (JSONL when it starts with {, else one text)")
    run.add_argument("-o", "--output", required=True, metavar="OUT",
                     help="output file ending in .jsonl (one record per line, written as they come), .csv or .parquet "
                          "(one row per extracted item, articles without items kept; beside it OUT.articles, "
                          "OUT.counts, OUT.places, OUT.actors, OUT.agents, OUT.quotes and OUT.entities, one row "
                          "per mention), or - for JSONL on stdout. The output is never read as an input, and "
                          "is locked (.jsonl) or replaced at the end (tables) so no other run can garble it")
    run.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                     help="worker processes (default 1); with --engine dask, LocalCluster workers (default 2)")
    run.add_argument("--engine", choices=["local", "dask"], default="local",
                     help="local: this machine's processes (default); dask: a Dask cluster (pip install '.[dask]')")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="with --engine dask, the scheduler to use (default: start a LocalCluster)")
    run.add_argument("--resume", action="store_true",
                     help="continue an interrupted .jsonl run: keep its records, drop a torn last line, "
                          "and process only the articles not yet in it")
    run.add_argument("--max-chars", type=int, default=None, metavar="N",
                     help=f"articles longer than N characters get an error record (default {DEFAULT_MAX_CHARS:,})")
    run.add_argument("--ner", default=None, choices=NER_BACKENDS,
                     help=f"NER backend (default: {_default_ner()}, from the default pipeline): {backends_help()}")
    run.add_argument("--published", metavar="YYYY-MM-DD", default=None,
                     help="publication date for articles whose input gives none (JSON `date`/`published`); "
                          "relative dates (أمس، الثلاثاء الماضي) resolve against it")
    run.add_argument("--no-progress", action="store_true", help="never show the progress bar")
    run.add_argument("-q", "--quiet", action="store_true", help="no summary and no progress bar on stderr")
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
                          help=f"NER backend of the pipeline that is scored (default: {_default_ner()}); "
                               f"see extract run --help")
    evaluate.set_defaults(handler=command_eval)

    eval_ner = commands.add_parser(
        "eval-ner", help="score the NER layer on a CoNLL file",
        description="FILE has a token and its BIO tag per line and a blank line between sentences. The "
                    "NER runs on the tokens (or, when a third column is present, that column is scored "
                    "as the prediction). Prints precision, recall and F1 per label and overall, entity-level "
                    "exact match as conlleval counts it; the last line is f1=0.xxx.")
    eval_ner.add_argument("file", metavar="FILE", help="CoNLL file, or a folder of .conll files")
    eval_ner.add_argument("--ner", default=None, choices=NER_BACKENDS,
                          help=f"NER backend (default: {_default_ner()}); see extract run --help")
    eval_ner.add_argument("--group", type=int, default=1, metavar="N",
                          help="read N consecutive sentences of a file as one document, as an article is "
                               "read in extract run (0: each file is one document; default 1)")
    eval_ner.set_defaults(handler=command_eval_ner)

    incidents = commands.add_parser(
        "incidents", help="fuse the events of a run's records into incidents (RECORD.md section 4.3)",
        description="Read RECORDS.jsonl (as `extract run` writes it) and write one incident per real-world "
                    "event reported across the articles: type, country, date, places, actors, agents, the "
                    "articles and sources that report it, first and last report dates, and casualty figures "
                    "as min and max over the reports.")
    incidents.add_argument("records", metavar="RECORDS.jsonl", help="records written by extract run")
    incidents.add_argument("-o", "--output", default="-", metavar="OUT",
                           help="incidents.jsonl, .csv or .parquet, or - for JSONL on stdout (default)")
    incidents.set_defaults(handler=command_incidents)

    backends = commands.add_parser(
        "backends", help="list the NER backends, what each needs and whether it is available here",
        description="One line per NER backend (extract/ner/registry.py): its name, whether it can run on this "
                    "machine (and if not, why), and what it does. No model is loaded.")
    backends.set_defaults(handler=command_backends)

    show = commands.add_parser(
        "show", help="write a self-contained HTML page of the extracted items",
        description="Run the pipeline on PATH (files or folders) and write one right-to-left HTML page "
                    "with every count, place, actor, agent, quote and speaker highlighted in the text and "
                    "the record's tables beside it. The page makes no outside requests and runs no script.")
    show.add_argument("paths", nargs="+", metavar="PATH", help="article file or folder, or - for standard input")
    show.add_argument("-o", "--output", required=True, metavar="REPORT.html", help="the HTML file to write")
    show.set_defaults(handler=command_show)
    return parser


def _progress(total: int | None, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit=" articles", file=sys.stderr, disable=not enabled, dynamic_ncols=True)


def show_progress(args: argparse.Namespace, stream: Any = None) -> bool:
    """The bar counts articles, on a terminal only, unless -q or --no-progress."""
    stream = stream or sys.stderr
    return not (args.quiet or args.no_progress) and stream.isatty()


def _documents(inputs: list[tuple[Path, str]], max_bytes: int = DEFAULT_MAX_BYTES,
               published: str | None = None) -> Iterator[Any]:
    return read_inputs(inputs, ReadOptions(max_bytes=max_bytes, published=published))


def _collect_inputs(paths: Sequence[str], output: str | None = None) -> tuple[list[tuple[Path, str]], list[str]]:
    """The files to read and the paths left out; warnings go to stderr, hidden files to the log."""
    try:
        inputs = collect_inputs(paths, output)
    except InputError as error:
        raise UsageError(str(error)) from None
    _warn_about(inputs)
    return inputs.files, inputs.skipped


def _warn_about(inputs: Inputs) -> None:
    for warning in inputs.warnings:
        print(f"extract: warning: {warning}", file=sys.stderr)
    for name in inputs.skipped:
        log.info("skipped %s (not .txt/.html/.json/.jsonl)", name)
    for name in inputs.hidden:
        log.info("skipped %s (hidden)", name)


def command_run(args: argparse.Namespace) -> int:
    from extract.engines import run_paths

    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if args.max_chars is not None and args.max_chars < 1:
        raise UsageError("--max-chars must be at least 1")
    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if args.engine == "dask" and "-" in args.paths:
        raise UsageError("the dask engine reads files, not stdin (-)")
    if args.published is not None:
        _check_date(args.published)

    def progress(total: int | None):
        return _progress(total, show_progress(args))

    try:
        summary = run_paths(args.paths, args.output, jobs=args.jobs, resume=args.resume, published=args.published,
                            max_chars=args.max_chars, ner=args.ner, engine=args.engine, scheduler=args.scheduler,
                            # no bar, no tqdm import (a fiftieth of a short run's start-up)
                            progress=progress if show_progress(args) else None, on_inputs=_warn_about)
    except KeyboardInterrupt as interrupt:
        kept = getattr(interrupt, "summary", None)
        if kept is not None:
            _report_interrupt(kept.writer, args.output)
        raise
    except BrokenPipeError:
        raise
    except (InputError, OutputError, RuntimeError) as error:
        if isinstance(error, BackendUnavailable):
            raise
        raise UsageError(str(error)) from None
    except OSError as error:
        raise UsageError(f"cannot write {args.output}: {error.strerror or error}") from None
    if not args.quiet:
        if summary.resumed:
            print(f"resumed: {summary.resumed} records were already in {args.output}", file=sys.stderr)
        if summary.dropped_lines:
            print(f"resumed: dropped {summary.dropped_lines} damaged lines from {args.output}", file=sys.stderr)
        _print_summary(len(summary.inputs.files), summary.statuses, summary.items, summary.seconds, args.output,
                       summary.inputs.skipped, summary.inputs.hidden)
    return 0


def _report_interrupt(writer: Any, output: str) -> None:
    if isinstance(writer, TableWriter):
        print(f"extract: interrupted: nothing was written to {output} (tables are written at the end)",
              file=sys.stderr)
    elif isinstance(writer, JsonlWriter):
        print(f"extract: interrupted: {writer.kept} complete records are in {output}; run the same command "
              "with --resume to continue", file=sys.stderr)
    else:
        print(f"extract: interrupted after {writer.written} records", file=sys.stderr)


def _print_summary(files: int, statuses: Counter[str], items: Counter[str], seconds: float, output: str,
                   skipped: Sequence[str] = (), hidden: Sequence[str] = ()) -> None:
    documents = sum(statuses.values())
    print(f"files: {files}  articles written: {documents}  ok: {statuses['ok']}  errors: {statuses['error']}  "
          f"seconds: {seconds:.2f}", file=sys.stderr)
    print("found: " + "  ".join(f"{name}: {items[name]}" for name in FIELDS), file=sys.stderr)
    if skipped:
        shown = ", ".join(skipped[:SKIPPED_SHOWN]) + (f" and {len(skipped) - SKIPPED_SHOWN} more"
                                                     if len(skipped) > SKIPPED_SHOWN else "")
        print(f"skipped: {len(skipped)} paths that are not .txt/.html/.json/.jsonl: {shown}", file=sys.stderr)
    if hidden:
        shown = ", ".join(hidden[:SKIPPED_SHOWN]) + (f" and {len(hidden) - SKIPPED_SHOWN} more"
                                                    if len(hidden) > SKIPPED_SHOWN else "")
        print(f"hidden: {len(hidden)} files and folders whose name starts with a dot were not read: {shown}",
              file=sys.stderr)
    where = "stdout" if output == "-" else os.path.abspath(output)
    print(f"records written to {where}", file=sys.stderr)


def _check_date(value: str) -> None:
    import datetime

    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--published must be a date YYYY-MM-DD: {value}") from None


def command_incidents(args: argparse.Namespace) -> int:
    from extract.incidents import fuse_incidents, read_records, write_incidents

    path = Path(args.records)
    if not path.is_file():
        raise UsageError(f"no such records file: {args.records}")
    try:
        records = read_records(path)
    except (ValueError, UnicodeDecodeError) as error:
        raise UsageError(f"not a JSONL records file: {args.records}: {error}") from None
    incidents = fuse_incidents(records)
    if args.output == "-":
        for item in incidents:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    else:
        output = Path(args.output)
        if output.suffix.lower() not in OUTPUT_SUFFIXES:
            raise UsageError(f"output must end in {', '.join(OUTPUT_SUFFIXES)} or be -: {args.output}")
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            write_incidents(incidents, output)
        except OSError as error:
            raise UsageError(f"cannot write {args.output}: {error.strerror or error}") from None
    events = sum(len(record.get("events", [])) for record in records)
    print(f"records: {len(records)}  events: {events}  incidents: {len(incidents)}", file=sys.stderr)
    return 0


def command_eval(args: argparse.Namespace) -> int:
    from extract.evaluate import evaluate_folder, format_errors, format_table, gold_pairs

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        raise UsageError(f"not a folder: {args.gold_dir}")
    if args.pred and not Path(args.pred).is_file():
        raise UsageError(f"no such predictions file: {args.pred}")
    pairs = gold_pairs(gold_dir)
    if not pairs:
        raise UsageError(f"no gold records in {args.gold_dir}: expected NAME.json beside each NAME.txt or NAME.html")
    for _, gold_path in pairs:
        _check_json_file(gold_path, "gold record")
    if args.pred:
        predicted_ids = _prediction_ids(Path(args.pred))
        if not predicted_ids & {article.stem for article, _ in pairs}:
            raise UsageError(f"no record in {args.pred} has the id of an article in {args.gold_dir} "
                             "(ids are the file names without their suffix)")
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


def _check_json_file(path: Path, what: str) -> None:
    try:
        value = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as error:
        raise UsageError(f"{what} {path} is not UTF-8 (byte {error.start}); save it as UTF-8") from None
    except json.JSONDecodeError as error:
        raise UsageError(f"{what} {path} is not valid JSON: line {error.lineno} column {error.colno}: {error.msg}") \
            from None
    except RecursionError:
        raise UsageError(f"{what} {path} is not valid JSON: nested too deeply") from None
    if not isinstance(value, dict):
        raise UsageError(f"{what} {path} must be a JSON object (RECORD.md section 2)")


def _prediction_ids(path: Path) -> set[str]:
    ids = set()
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                ids.add(record["id"])
            except (ValueError, KeyError, TypeError):
                raise UsageError(f"{path}:{number} is not a record (one JSON object with an id per line)") from None
    return ids


def _write_text(output: str, content: str) -> None:
    try:
        write_text_atomically(Path(output), content)
    except OutputError as error:
        raise UsageError(str(error)) from None


BIO_TAG = re.compile(r"^(O|[BIES]-\S+)$")


def _default_ner() -> str:
    from extract.pipeline import default_config

    return next((item.get("backend", "lexicon") for item in default_config() if item["name"] == "ner"), "lexicon")


def command_eval_ner(args: argparse.Namespace) -> int:
    from extract.evaluate import document_groups, format_ner_table, ner_scores, predict_conll_document, read_conll
    from extract.pipeline import Pipeline, default_config

    path = Path(args.file)
    files = sorted(path.glob("*.conll")) if path.is_dir() else [path]
    if not files or not all(file.is_file() for file in files):
        raise UsageError(f"no such file: {args.file}")
    try:
        by_file = [read_conll(file) for file in files]
        sentences = [sentence for sentences_of_file in by_file for sentence in sentences_of_file]
    except (ValueError, UnicodeDecodeError) as error:
        raise UsageError(f"not a CoNLL file: {error}") from None
    if not sentences:
        raise UsageError(f"not a CoNLL file: no tagged tokens in {args.file}")
    for sentence in sentences:
        for token, tag, predicted in sentence:
            for value in (tag, predicted):
                if value is not None and not BIO_TAG.match(value):
                    raise UsageError(f"not a CoNLL file: {value!r} (after {token!r}) is not a BIO tag "
                                     f"such as O, B-PER or I-LOC")
    nlp = None
    pairs = []
    started = time.perf_counter()
    for document in (group for sentences_of_file in by_file for group in document_groups(sentences_of_file, args.group)):
        to_tag = [sentence for sentence in document if any(predicted is None for _, _, predicted in sentence)]
        if to_tag and nlp is None:
            nlp = Pipeline(components=[item for item in default_config() if item["name"] in ("normalize", "tokenize")]
                           + [{"name": "ner", "backend": args.ner or _default_ner()}])
        tagged = iter(predict_conll_document([[token for token, _, _ in sentence] for sentence in to_tag], nlp)
                      if to_tag else [])
        for sentence in document:
            gold = [tag for _, tag, _ in sentence]
            if all(predicted is not None for _, _, predicted in sentence):
                pairs.append((gold, [tag for _, _, tag in sentence]))
            else:
                pairs.append((gold, next(tagged)))
    seconds = time.perf_counter() - started
    tokens_total = sum(len(sentence) for sentence in sentences)
    print(f"sentences: {len(sentences)}  tokens: {tokens_total}  tokens/s: {tokens_total / max(seconds, 1e-9):.0f}",
          file=sys.stderr)
    print(format_ner_table(ner_scores(pairs)))
    return 0


def command_backends(args: argparse.Namespace) -> int:
    from extract.ner.registry import NER_BACKENDS

    default = _default_ner()
    width = max(map(len, NER_BACKENDS))
    for backend in NER_BACKENDS.values():
        reason = backend.unavailable_reason()
        state = "available" if reason is None else f"unavailable: {reason}"
        marker = " (default)" if backend.name == default else ""
        print(f"{backend.name:<{width}}  {backend.does}{marker}\n{'':<{width}}  {state}"
              + (f"; needs {backend.needs}" if backend.needs else ""))
    return 0


def command_show(args: argparse.Namespace) -> int:
    from extract.pipeline import Pipeline
    from extract.record import to_record
    from extract.report import records_page

    if Path(args.output).suffix.lower() not in (".html", ".htm"):
        raise UsageError(f"the report must end in .html: {args.output}")
    inputs, skipped = _collect_inputs(args.paths, args.output)
    nlp = Pipeline()
    try:
        page = AtomicFile(Path(args.output))  # an unwritable place fails now, not after the work
    except OutputError as error:
        raise UsageError(str(error)) from None
    try:
        items = []
        for doc in _documents(inputs):
            doc = nlp.process(doc)
            items.append((to_record(doc), doc.text))
        content = records_page(items)
        page.commit(lambda temporary: temporary.write_text(content, encoding="utf-8"))
    except OutputError as error:
        raise UsageError(str(error)) from None
    except BaseException:
        page.abort()
        raise
    if skipped:
        print(f"skipped: {len(skipped)} paths that are not .txt/.html/.json/.jsonl", file=sys.stderr)
    print(f"report for {len(items)} articles written to {os.path.abspath(args.output)}", file=sys.stderr)
    return 0


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (a test or a caller may replace it)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


_LOG_HANDLER = _StderrHandler()
_LOG_HANDLER.setFormatter(logging.Formatter("extract: %(levelname)s: %(message)s"))


def _configure_logging(verbosity: int) -> None:
    """-v: INFO, -vv: DEBUG, on stderr; handlers a caller added to the "extract" logger stay."""
    if _LOG_HANDLER not in log.handlers:
        log.addHandler(_LOG_HANDLER)
    log.setLevel(logging.WARNING if verbosity == 0 else logging.INFO if verbosity == 1 else logging.DEBUG)
    log.propagate = False


# The CRF's matrices are a few labels wide: BLAS threads never pay for themselves, their start is a
# third of numpy's import, and under --jobs they oversubscribe the cores. A user's setting wins.
SINGLE_THREAD_BLAS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def main(argv: Sequence[str] | None = None) -> int:
    from extract.ner import BackendUnavailable

    for variable in SINGLE_THREAD_BLAS:
        os.environ.setdefault(variable, "1")
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args.verbose)
    previous = {number: signal.signal(number, stop_handler) for number in (signal.SIGINT, signal.SIGTERM)} \
        if _in_main_thread() else {}
    try:
        return args.handler(args)
    except BackendUnavailable as error:
        print(f"extract: error: {error}", file=sys.stderr)
        return 2
    except UsageError as error:
        print(f"extract: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as interrupt:
        if args.command != "run":
            print("extract: interrupted", file=sys.stderr)
        return 128 + (interrupt.signal_number if isinstance(interrupt, Interrupted) else signal.SIGINT)
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python from complaining at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


if __name__ == "__main__":
    sys.exit(main())
