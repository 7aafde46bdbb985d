"""Where the pipeline runs: this process (with optional worker processes) or a Dask cluster, and
`run_paths`, which does what `extract run` does: read, skip what a resumed output holds, run, write.

Both engines read through `extract.read.read_inputs` (the one reading path) and yield records in
input order, identical to a single-process run, without the articles a resumed output already
holds (a .txt or .html file already done is not even opened). An engine is built (its pipeline
loaded, its scheduler reached) before the run opens its output, so a setup failure never touches an
existing file. Dask is an optional extra (`pip install '.[dask]'`); without `scheduler` a
LocalCluster of `jobs` worker processes is started and stopped around the run.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, ContextManager, Iterable, Iterator

from extract.pipeline import DEFAULT_MAX_CHARS, Pipeline
from extract.read import DEFAULT_MAX_BYTES, Inputs, ReadOptions, collect_inputs, read_inputs
from extract.write import RecordKey, RecordWriter, open_writer

FILES_PER_PARTITION = 16
# Reaching a scheduler that is not there fails after this many seconds, not the default 30.
SCHEDULER_TIMEOUT_S = 10
log = logging.getLogger("extract")
_worker_pipelines: dict[tuple[str | None, int], Pipeline] = {}


def _records_for_files(items: Iterable[tuple[str, str]], ner: str | None = None,
                       max_chars: int = DEFAULT_MAX_CHARS,
                       skip: dict[RecordKey, int] | None = None,
                       options: ReadOptions = ReadOptions()) -> list[dict[str, Any]]:
    """Records of the documents in (path, source) files, without those in `skip`; the pipeline is
    built once per worker."""
    key = (ner, max_chars)
    if key not in _worker_pipelines:
        _worker_pipelines[key] = Pipeline(ner=ner, max_chars=max_chars)
    nlp = _worker_pipelines[key]
    files = [(Path(path), source) for path, source in items]
    return [nlp(doc) for doc in read_inputs(files, options, Counter(skip or {}))]


class LocalEngine:
    """This process, or `jobs` worker processes of it."""

    def __init__(self, nlp: Pipeline, jobs: int = 1):
        self.nlp, self.jobs = nlp, jobs

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        pass

    def records(self, inputs: list[tuple[Path, str]], options: ReadOptions = ReadOptions(),
                skip: Counter[RecordKey] | None = None) -> Iterator[dict[str, Any]]:
        yield from self.nlp.pipe(read_inputs(inputs, options, skip), jobs=self.jobs)


class DaskEngine:
    """A Dask cluster: the scheduler at `scheduler`, or a LocalCluster of `jobs` workers. Each worker
    reads its files itself; articles already done are skipped there, before any work on them."""

    def __init__(self, scheduler: str | None = None, jobs: int = 2, ner: str | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise RuntimeError("the dask engine needs Dask: pip install '.[dask]'") from None
        self.ner, self.max_chars = ner, max_chars
        self.cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                           dashboard_address=None)
        try:
            self.client = Client(scheduler or self.cluster, timeout=SCHEDULER_TIMEOUT_S)
        except BaseException:
            if self.cluster is not None:
                self.cluster.close()
            raise

    def __enter__(self) -> "DaskEngine":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def records(self, inputs: list[tuple[Path, str]], options: ReadOptions = ReadOptions(),
                skip: Counter[RecordKey] | None = None) -> Iterator[dict[str, Any]]:
        from dask import delayed

        items = [(str(path), source) for path, source in inputs]
        tasks = []
        for start in range(0, len(items), FILES_PER_PARTITION):
            partition = items[start:start + FILES_PER_PARTITION]
            sources = {source for _, source in partition}
            # each partition gets only the done records of its own files, not the whole output's
            done = {key: count for key, count in (skip or {}).items() if key[0] in sources}
            tasks.append(delayed(_records_for_files, pure=False)(partition, ner=self.ner, max_chars=self.max_chars,
                                                                 skip=done, options=options))
        for future in self.client.compute(tasks):
            yield from future.result()


@dataclass
class RunSummary:
    """What a run read, wrote and left out."""

    output: str
    inputs: Inputs
    statuses: Counter[str] = field(default_factory=Counter)  # records per status (ok, error)
    items: Counter[str] = field(default_factory=Counter)  # extracted items per record field
    resumed: int = 0  # records already in the output (--resume)
    dropped_lines: int = 0  # damaged lines dropped from a resumed output
    seconds: float = 0.0
    writer: RecordWriter | None = None

    @property
    def written(self) -> int:
        return sum(self.statuses.values())


def run_paths(paths: str | os.PathLike | Iterable[str | os.PathLike], output: str | os.PathLike,
              nlp: Pipeline | None = None, jobs: int = 1, resume: bool = False, published: str | None = None,
              max_chars: int | None = None, ner: str | None = None, engine: str = "local",
              scheduler: str | None = None,
              progress: Callable[[int | None], ContextManager[Any]] | None = None,
              on_inputs: Callable[[Inputs], None] | None = None) -> RunSummary:
    """Do what `extract run PATH... -o OUTPUT` does: read every supported file under `paths`, run
    the pipeline (`nlp`, or the default one with the `ner` backend and `max_chars`), and write the
    records to a .jsonl, .csv or .parquet file ("-": JSONL on stdout), atomically for tables and
    resumably for JSONL (`resume=True` keeps the records already there and processes only the
    rest). `published` is the date of articles whose input gives none. `engine="dask"` runs on a
    Dask cluster (`scheduler`, or a LocalCluster of `jobs` workers; the default pipeline only).
    `progress(total)` may return a tqdm-like bar (`update(1)` per record) used as a context manager;
    `on_inputs(inputs)` is called once the inputs are known (to say what was left out) before any work.

    Raises InputError (extract.read) for a missing input, OutputError (extract.write) for an output
    that cannot be written, RuntimeError for an engine that cannot start; an interruption
    (KeyboardInterrupt) is raised again with a `summary` attribute that says what was kept."""
    from extract.document import FIELDS
    from extract.write import output_path

    output_path(output, resume)  # a bad output fails before anything is read
    inputs = collect_inputs(paths, output)
    if on_inputs is not None:
        on_inputs(inputs)
    options = ReadOptions(max_bytes=max(DEFAULT_MAX_BYTES, 16 * (max_chars or 0)), published=published)
    runner = _engine(nlp, jobs, max_chars or DEFAULT_MAX_CHARS, ner, engine, scheduler)
    writer = open_writer(output, resume)
    summary = RunSummary(str(output), inputs, resumed=sum(writer.done.values()),
                         dropped_lines=getattr(writer, "dropped_lines", 0), writer=writer)
    known_total = not writer.done and all(path.suffix.lower() in (".txt", ".text", ".html", ".htm")
                                          for path, _ in inputs.files)
    started = time.perf_counter()
    bar = progress(len(inputs.files) if known_total else None) if progress else _NoProgress()
    try:
        with runner, bar:
            for record in runner.records(inputs.files, options, skip=writer.done):
                writer.write(record)
                summary.statuses[record["status"]] += 1
                for name in FIELDS:
                    summary.items[name] += len(record[name])
                bar.update(1)
        writer.close()
    except KeyboardInterrupt as interrupt:
        writer.abort()
        summary.seconds = time.perf_counter() - started
        interrupt.summary = summary  # type: ignore[attr-defined]  # what was kept, for the message
        raise
    except BaseException:
        writer.abort()
        raise
    summary.seconds = time.perf_counter() - started
    return summary


class _NoProgress:
    def __enter__(self) -> "_NoProgress":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        pass

    def update(self, count: int) -> None:
        pass


def _engine(nlp: Pipeline | None, jobs: int, max_chars: int, ner: str | None, engine: str,
            scheduler: str | None) -> LocalEngine | DaskEngine:
    if engine == "dask":
        if nlp is not None:
            raise ValueError("the dask engine builds the default pipeline on each worker: give ner and "
                             "max_chars, not nlp")
        try:
            return DaskEngine(scheduler=scheduler, jobs=jobs if jobs > 1 else 2, ner=ner, max_chars=max_chars)
        except (OSError, TimeoutError) as error:
            raise RuntimeError(f"cannot reach the Dask scheduler {scheduler}: {error}") from None
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}: local or dask")
    nlp = nlp if nlp is not None else Pipeline(ner=ner, max_chars=max_chars)
    log.info("pipeline: %s", " -> ".join(nlp.pipe_names))
    return LocalEngine(nlp, jobs=jobs)


def local_records(nlp: Pipeline, documents: Iterable[Any], jobs: int = 1,
                  skip: Counter[RecordKey] | None = None) -> Iterator[dict[str, Any]]:
    """Records of documents (or texts) from this process (or `jobs` worker processes), skipping the
    (source, id) pairs in `skip`."""
    from extract.write import skip_done

    if skip:
        documents = skip_done(documents, skip, lambda doc: (doc.source, doc.id))
    yield from nlp.pipe(documents, jobs=jobs)


def dask_records(inputs: list[tuple[Path, str]], scheduler: str | None = None, jobs: int = 2,
                 ner: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                 skip: Counter[RecordKey] | None = None,
                 options: ReadOptions = ReadOptions()) -> Iterator[dict[str, Any]]:
    """Records for the input files, computed on a Dask cluster in partitions, yielded in order."""
    with DaskEngine(scheduler, jobs, ner, max_chars) as engine:
        yield from engine.records(inputs, options, skip=skip)
