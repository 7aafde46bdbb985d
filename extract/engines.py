"""Where the pipeline runs: this process (with optional worker processes) or a Dask cluster.

Both yield records in input order, identical to a single-process run. Dask is an optional extra
(`pip install 'extract[dask]'`); without `scheduler` a LocalCluster of `jobs` worker processes is
started and stopped around the run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator

from extract.document import Document
from extract.pipeline import DEFAULT_MAX_CHARS, Pipeline
from extract.read import read_file

FILES_PER_PARTITION = 16
_worker_pipelines: dict[tuple[str | None, int], Pipeline] = {}


def _records_for_files(items: Iterable[tuple[str, str]], ner: str | None = None,
                       max_chars: int = DEFAULT_MAX_CHARS) -> list[dict[str, Any]]:
    """Records of the documents in (path, source) files; the pipeline is built once per worker."""
    key = (ner, max_chars)
    if key not in _worker_pipelines:
        _worker_pipelines[key] = Pipeline(ner=ner, max_chars=max_chars) if ner else Pipeline(max_chars=max_chars)
    nlp = _worker_pipelines[key]
    return [nlp(doc) for path, source in items for doc in read_file(Path(path), source)]


def dask_records(inputs: list[tuple[Path, str]], scheduler: str | None = None, jobs: int = 2,
                 ner: str | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                 skip: set[tuple[str | None, str]] | None = None) -> Iterator[dict[str, Any]]:
    """Records for the input files, computed on a Dask cluster in partitions, yielded in order."""
    try:
        import dask.bag as bag
        from distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("the dask engine needs Dask: pip install 'extract[dask]'") from None
    items = [(str(path), source) for path, source in inputs]
    if not items:
        return
    cluster = None if scheduler else LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        partitions = bag.from_sequence(items, partition_size=FILES_PER_PARTITION).map_partitions(
            _records_for_files, ner=ner, max_chars=max_chars).to_delayed()
        for future in client.compute(partitions):
            for record in future.result():
                if skip is None or (record.get("source"), record["id"]) not in skip:
                    yield record
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def local_records(nlp: Pipeline, documents: Iterable[Document], jobs: int = 1,
                  skip: set[tuple[str | None, str]] | None = None) -> Iterator[dict[str, Any]]:
    """Records from this process (or `jobs` worker processes), skipping (source, id) pairs in `skip`."""
    if skip:
        documents = (doc for doc in documents if (doc.source, doc.id) not in skip)
    yield from nlp.pipe(documents, jobs=jobs)
