"""Where the pipeline runs: this process (with optional worker processes) or a Dask cluster.

Both yield records in input order, identical to a single-process run, and skip the articles a
resumed output already holds. An engine is built (its pipeline loaded, its scheduler reached) before
the run opens its output, so a setup failure never touches an existing file. Dask is an optional
extra (`pip install '.[dask]'`); without `scheduler` a LocalCluster of `jobs` worker processes
is started and stopped around the run.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

from extract.document import Document
from extract.pipeline import DEFAULT_MAX_CHARS, Pipeline
from extract.read import read_file
from extract.write import RecordKey, skip_done

FILES_PER_PARTITION = 16
# Reaching a scheduler that is not there fails after this many seconds, not the default 30.
SCHEDULER_TIMEOUT_S = 10
_worker_pipelines: dict[tuple[str | None, int], Pipeline] = {}


def _records_for_files(items: Iterable[tuple[str, str]], ner: str | None = None,
                       max_chars: int = DEFAULT_MAX_CHARS,
                       skip: dict[RecordKey, int] | None = None) -> list[dict[str, Any]]:
    """Records of the documents in (path, source) files, without those in `skip`; the pipeline is
    built once per worker."""
    key = (ner, max_chars)
    if key not in _worker_pipelines:
        _worker_pipelines[key] = Pipeline(ner=ner, max_chars=max_chars) if ner else Pipeline(max_chars=max_chars)
    nlp = _worker_pipelines[key]
    documents = (doc for path, source in items for doc in read_file(Path(path), source))
    return [nlp(doc) for doc in skip_done(documents, Counter(skip or {}), lambda doc: (doc.source, doc.id))]


class LocalEngine:
    """This process, or `jobs` worker processes of it."""

    def __init__(self, nlp: Pipeline, jobs: int = 1):
        self.nlp, self.jobs = nlp, jobs

    def __enter__(self) -> "LocalEngine":
        return self

    def __exit__(self, *exc_info: Any) -> None:
        pass

    def records(self, inputs: list[tuple[Path, str]], documents: Iterable[Document],
                skip: Counter[RecordKey] | None = None) -> Iterator[dict[str, Any]]:
        if skip:
            documents = skip_done(documents, skip, lambda doc: (doc.source, doc.id))
        yield from self.nlp.pipe(documents, jobs=self.jobs)


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

    def records(self, inputs: list[tuple[Path, str]], documents: Iterable[Document] = (),
                skip: Counter[RecordKey] | None = None) -> Iterator[dict[str, Any]]:
        import dask.bag as bag

        items = [(str(path), source) for path, source in inputs]
        if not items:
            return
        partitions = bag.from_sequence(items, partition_size=FILES_PER_PARTITION).map_partitions(
            _records_for_files, ner=self.ner, max_chars=self.max_chars, skip=dict(skip or {})).to_delayed()
        for future in self.client.compute(partitions):
            yield from future.result()


def local_records(nlp: Pipeline, documents: Iterable[Document], jobs: int = 1,
                  skip: Counter[RecordKey] | None = None) -> Iterator[dict[str, Any]]:
    """Records from this process (or `jobs` worker processes), skipping the (source, id) pairs in `skip`."""
    yield from LocalEngine(nlp, jobs).records([], documents, skip)


def dask_records(inputs: list[tuple[Path, str]], scheduler: str | None = None, jobs: int = 2,
                 ner: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                 skip: Counter[RecordKey] | None = None) -> Iterator[dict[str, Any]]:
    """Records for the input files, computed on a Dask cluster in partitions, yielded in order."""
    with DaskEngine(scheduler, jobs, ner, max_chars) as engine:
        yield from engine.records(inputs, skip=skip)
