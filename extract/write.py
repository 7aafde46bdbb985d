"""Writing records: JSONL line by line (locked, resumable), tables and pages atomically.

A JSONL output gets each record as one whole `write` the moment it is made, so a run killed at
any moment leaves complete lines only, and `--resume` continues it. An exclusive lock on the output
keeps a second run from interleaving its lines. CSV, Parquet and HTML are written to a hidden
temporary file beside the target and renamed over it at the end, so an interrupted or failed run
leaves the previous file (or nothing), never a truncated one.
"""

from __future__ import annotations

import fcntl
import json
import math
import os
import signal
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from extract.fields import TABLE_FIELDS

RecordKey = tuple[str | None, str]
OUTPUT_SUFFIXES = (".jsonl", ".csv", ".parquet")
STDOUT = "-"


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM: the run stops cleanly and says what it kept."""

    def __init__(self, signal_number: int):
        super().__init__(signal.Signals(signal_number).name)
        self.signal_number = signal_number


class _Deferral:
    depth = 0
    pending: int | None = None


def stop_handler(signal_number: int, frame: Any) -> None:
    """Handler for SIGINT and SIGTERM: raise Interrupted, or, inside `interrupts_deferred`, as soon
    as it ends."""
    if _Deferral.depth:
        _Deferral.pending = signal_number
        return
    raise Interrupted(signal_number)


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    _Deferral.depth += 1
    try:
        yield
    finally:
        _Deferral.depth -= 1
    if not _Deferral.depth and _Deferral.pending is not None:
        signal_number, _Deferral.pending = _Deferral.pending, None
        raise Interrupted(signal_number)


class OutputError(Exception):
    """The output cannot be opened or written; the message says why."""


def json_line(record: dict[str, Any]) -> bytes:
    """The record as one line of strict JSON in UTF-8 (no NaN or Infinity, no lone surrogates)."""
    try:
        text = json.dumps(record, ensure_ascii=False, allow_nan=False)
    except ValueError:
        text = json.dumps(_finite(record), ensure_ascii=False, allow_nan=False)
    try:
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate no reader caught: \u escapes are still valid JSON
        return (json.dumps(json.loads(text), ensure_ascii=True) + "\n").encode("ascii")


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(child) for key, child in value.items()}
    if isinstance(value, list):
        return [_finite(child) for child in value]
    return value


def record_key(record: dict[str, Any]) -> RecordKey:
    return record.get("source"), record["id"]


class JsonlWriter:
    """Appends records to a .jsonl file held under an exclusive lock for the whole run.

    `resume=False` empties the file (only once the lock is held); `resume=True` keeps its complete
    records, drops a torn last line, blank lines and damaged lines, and `done` counts the records
    kept per (source, id), so duplicates are resumed exactly.
    """

    def __init__(self, path: Path, resume: bool = False):
        self.path = path
        self.written = 0
        self.dropped_lines = 0
        self.done: Counter[RecordKey] = Counter()
        try:
            self.descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as error:
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
        try:
            fcntl.flock(self.descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.descriptor)
            raise OutputError(f"another extract run is writing {path}; wait for it to finish or choose "
                              "another output") from None
        if resume:
            self.done, self.dropped_lines = resume_output(path)
        else:
            os.ftruncate(self.descriptor, 0)

    @property
    def kept(self) -> int:
        """Complete records in the file: those resumed and those written by this run."""
        return sum(self.done.values()) + self.written

    def write(self, record: dict[str, Any]) -> None:
        data = json_line(record)
        with interrupts_deferred():  # the line is written and counted, or neither: the count said is exact
            while data:
                data = data[os.write(self.descriptor, data):]
            self.written += 1

    def close(self) -> None:
        os.close(self.descriptor)  # closing releases the lock

    def abort(self) -> None:
        self.close()  # every line written is complete: keep them for --resume


RECORD_START = b'{"schema": '


def resume_output(path: Path) -> tuple[Counter[RecordKey], int]:
    """Read a JSONL output once, streaming: the count of complete records per (source, id), and
    how many lines were dropped (blank, damaged, or a torn last line). Records after a damaged line
    are kept; the file is compacted in place so that it holds records only."""
    done: Counter[RecordKey] = Counter()
    dropped = 0
    with open(path, "rb") as reader, open(path, "r+b") as writer:
        read_at = write_at = 0
        for line in reader:
            read_at += len(line)
            key = _key_of_line(line) if line.endswith(b"\n") else None
            if key is None and line.endswith(b"\n") and line.rfind(RECORD_START) > 0:
                # a torn line that a later run appended to: the record after the fragment is whole
                line = line[line.rfind(RECORD_START):]
                key = _key_of_line(line)
                dropped += 1
            if key is None:
                dropped += 1 if line.strip() else 0
                continue
            done[key] += 1
            if write_at != read_at - len(line):  # something before was dropped: move this line down
                writer.seek(write_at)
                writer.write(line)
            write_at += len(line)
        writer.truncate(write_at)
    return done, dropped


def _key_of_line(line: bytes) -> RecordKey | None:
    try:
        record = json.loads(line)
        return record_key(record) if isinstance(record, dict) and isinstance(record.get("id"), str) else None
    except (ValueError, UnicodeDecodeError):
        return None


class StdoutWriter:
    """JSONL on a stream (stdout), flushed after each record so a reader sees it at once."""

    def __init__(self, stream: Any):
        self.stream = stream
        self.written = 0
        self.done: Counter[RecordKey] = Counter()

    @property
    def kept(self) -> int:
        return self.written

    def write(self, record: dict[str, Any]) -> None:
        line = json_line(record)
        binary = getattr(self.stream, "buffer", None)
        if binary is not None:
            binary.write(line)
            binary.flush()
        else:
            self.stream.write(line.decode("utf-8"))
            self.stream.flush()
        self.written += 1

    def close(self) -> None:
        pass

    def abort(self) -> None:
        pass


class AtomicFile:
    """A hidden temporary file beside `path`, renamed over it by `commit` and removed by `abort`.

    Creating it at once checks that the folder is writable before any work is done."""

    def __init__(self, path: Path):
        import tempfile  # only for tables: its import (shutil, random, bz2, lzma) was a seventieth of a one-file run

        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
        except OSError as error:
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
        os.close(descriptor)
        self.temporary = Path(name)

    def commit(self, write: Callable[[Path], None]) -> None:
        try:
            write(self.temporary)
            os.chmod(self.temporary, 0o644)
            os.replace(self.temporary, self.path)
        except BaseException as error:
            self.abort()
            if isinstance(error, OSError):
                raise OutputError(f"cannot write {self.path}: {error.strerror or error}") from None
            raise

    def abort(self) -> None:
        try:
            self.temporary.unlink()
        except FileNotFoundError:
            pass


def write_text_atomically(path: Path, content: str) -> None:
    AtomicFile(path).commit(lambda temporary: temporary.write_text(content, encoding="utf-8"))


class TableWriter:
    """Collects records and writes them as tables at the end, atomically: `OUT.csv` or
    `OUT.parquet` holds the articles and every extracted item (one row per item, articles without
    items kept), and `OUT.FIELD.csv` / `OUT.FIELD.parquet` one table per field with one row per
    mention, as `to_frames` gives them."""

    def __init__(self, path: Path):
        self.path = path
        self.records: list[dict[str, Any]] = []
        self.done: Counter[RecordKey] = Counter()
        self.files = {name: AtomicFile(self.field_path(name)) for name in (None, *TABLE_FIELDS)}

    @property
    def kept(self) -> int:
        return 0  # nothing is on disk before close()

    @property
    def written(self) -> int:
        return len(self.records)

    def field_path(self, name: str | None) -> Path:
        if name is None:
            return self.path
        return self.path.with_name(f"{self.path.stem}.{name}{self.path.suffix}")

    def write(self, record: dict[str, Any]) -> None:
        self.records.append(record)

    def close(self) -> None:
        from extract.record import to_frames, to_table

        frames = to_frames(self.records)
        tables = {None: to_table(frames), **{name: frames[name] for name in TABLE_FIELDS}}
        for name, atomic in self.files.items():
            atomic.commit(lambda temporary, table=tables[name]: self._write_table(table, temporary))

    def _write_table(self, table: Any, temporary: Path) -> None:
        if self.path.suffix.lower() == ".csv":
            table.to_csv(temporary, index=False)
        else:
            table.to_parquet(temporary, index=False)

    def abort(self) -> None:
        for atomic in self.files.values():
            atomic.abort()


RecordWriter = JsonlWriter | StdoutWriter | TableWriter


def output_path(output: str | os.PathLike, resume: bool = False) -> Path | None:
    """The output file (None for "-", standard output), checked before any work: OutputError for
    a suffix other than .jsonl/.csv/.parquet, a folder, or --resume on anything but a .jsonl file."""
    if str(output) == STDOUT:
        if resume:
            raise OutputError("--resume needs an output file, not -")
        return None
    path = Path(output)
    if path.suffix.lower() not in OUTPUT_SUFFIXES:
        raise OutputError(f"output must end in {', '.join(OUTPUT_SUFFIXES)} or be -: {output}")
    if resume and path.suffix.lower() != ".jsonl":
        raise OutputError("--resume works with .jsonl output only")
    if path.is_dir():
        raise OutputError(f"the output {output} is a folder")
    return path


def open_writer(output: str | os.PathLike, resume: bool = False, stream: Any = None) -> RecordWriter:
    """The writer for `output`: a locked, resumable JsonlWriter for .jsonl, a TableWriter for .csv
    and .parquet (written atomically at close), a StdoutWriter for "-" (on `stream`, default
    sys.stdout). With `resume`, the writer's `done` counts the records already in the file."""
    path = output_path(output, resume)
    if path is None:
        import sys

        return StdoutWriter(stream if stream is not None else sys.stdout)
    try:
        if path.suffix.lower() == ".jsonl":
            path.parent.mkdir(parents=True, exist_ok=True)
            return JsonlWriter(path, resume=resume)
        return TableWriter(path)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None


def write_records(records: Iterable[dict[str, Any]], output: str | os.PathLike, resume: bool = False) -> int:
    """Write records to a .jsonl, .csv or .parquet file (or "-") as `extract run` does, and return
    how many were written. An interruption or error leaves complete JSONL lines, or the previous
    tables, never a torn file. With `resume`, records whose (source, id) the JSONL file already
    holds are not written again."""
    writer = open_writer(output, resume)
    try:
        for record in skip_done(records, writer.done, record_key) if writer.done else records:
            writer.write(record)
        writer.close()
    except BaseException:
        writer.abort()
        raise
    return writer.written


def skip_done(items: Iterable[Any], done: Counter[RecordKey], key: Callable[[Any], RecordKey]) -> Iterable[Any]:
    """The items not yet done: each (source, id) in `done` is skipped as many times as it was kept."""
    remaining = Counter(done)
    for item in items:
        item_key = key(item)
        if remaining[item_key] > 0:
            remaining[item_key] -= 1
            continue
        yield item
