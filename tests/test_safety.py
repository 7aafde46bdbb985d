"""Never destroy the user's data (issue 15): validate before opening the output, never read or
overwrite an input, resume exactly, lock the output, write tables and pages atomically, and stop
cleanly on Ctrl-C, SIGTERM and a closed pipe."""

import errno
import fcntl
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extract.cli import main

ARTICLE = "قال المرصد السوري إن {n} مدنيين قتلوا في قصف على مدينة إدلب بغاز الكلور."
PREVIOUS = b'{"id": "old", "note": "a previous run the user wants to keep"}\n'


def _folder(tmp_path: Path, count: int, name: str = "articles") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for n in range(count):
        (folder / f"a{n:04d}.txt").write_text(ARTICLE.format(n=n + 3), encoding="utf-8")
    return folder


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().decode("utf-8").splitlines()]


def _hidden_leftovers(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".partial"))


# Validate everything before opening the output

@pytest.mark.parametrize("backend", ["stanza", "camel"])
def test_a_backend_without_its_data_leaves_the_output_as_it_was(tmp_path, monkeypatch, capsys, backend):
    monkeypatch.delenv("EXTRACT_STANZA_DIR", raising=False)
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "no-camel-data"))
    output = tmp_path / "out.jsonl"
    output.write_bytes(PREVIOUS)
    assert main(["run", str(_folder(tmp_path, 1)), "-o", str(output), "--ner", backend]) == 2
    assert output.read_bytes() == PREVIOUS
    error = capsys.readouterr().err
    assert backend in error and f"pip install '.[{backend}]'" in error  # the command the README gives


def test_an_unreachable_scheduler_leaves_no_file_behind(tmp_path, monkeypatch, capsys):
    pytest.importorskip("distributed")
    import extract.engines

    monkeypatch.setattr(extract.engines, "SCHEDULER_TIMEOUT_S", 1)
    output = tmp_path / "out.jsonl"
    assert main(["run", str(_folder(tmp_path, 1)), "-o", str(output), "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert not output.exists()
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


# Never read or overwrite an input

def test_the_input_as_output_is_refused(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": ARTICLE.format(n=3)}, ensure_ascii=False) + "\n", encoding="utf-8")
    before = source.read_bytes()
    assert main(["run", str(source), "-o", str(source)]) == 2
    assert source.read_bytes() == before
    assert "both an input and the output" in capsys.readouterr().err


def test_show_refuses_to_overwrite_its_input(tmp_path, capsys):
    page = tmp_path / "p.html"
    page.write_text(f"<p>{ARTICLE.format(n=3)}</p>", encoding="utf-8")
    before = page.read_bytes()
    assert main(["show", str(page), "-o", str(page)]) == 2
    assert page.read_bytes() == before


def test_an_output_inside_the_input_folder_is_not_read_back(tmp_path, capsys):
    folder = _folder(tmp_path, 3)
    output = folder / "out.jsonl"
    assert main(["run", str(folder), "-o", str(output), "-q"]) == 0
    assert main(["run", str(folder), "-o", str(output)]) == 0
    assert [record["source"] for record in _records(output)] == ["a0000.txt", "a0001.txt", "a0002.txt"]
    assert "it is this run's output" in capsys.readouterr().err


# --resume: exact, streaming, robust

def _reference(tmp_path: Path, folder: Path) -> bytes:
    reference = tmp_path / "reference.jsonl"
    assert main(["run", str(folder), "-o", str(reference), "-q"]) == 0
    return reference.read_bytes()


def test_resume_keeps_records_with_duplicate_ids(tmp_path):
    source = tmp_path / "dup.jsonl"
    lines = [json.dumps({"id": "same", "text": ARTICLE.format(n=n)}, ensure_ascii=False) for n in (3, 4, 5)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    full = _reference(tmp_path, source)
    output = tmp_path / "out.jsonl"
    output.write_bytes(full[:full.index(b"\n") + 1])  # one of three "same" records done
    assert main(["run", str(source), "-o", str(output), "-q", "--resume"]) == 0
    assert output.read_bytes() == full


@pytest.mark.parametrize("damage", [b"\n", b"\n\n", b'{"id": "a00', b"not json at all\n"])
def test_resume_keeps_the_records_after_a_blank_or_damaged_line(tmp_path, damage):
    folder = _folder(tmp_path, 5)
    full = _reference(tmp_path, folder)
    lines = full.splitlines(keepends=True)
    output = tmp_path / "out.jsonl"
    output.write_bytes(lines[0] + damage + lines[1] + lines[2])
    assert main(["run", str(folder), "-o", str(output), "-q", "--resume"]) == 0
    assert output.read_bytes() == full


def test_resume_reports_the_damaged_lines_it_dropped(tmp_path, capsys):
    folder = _folder(tmp_path, 3)
    full = _reference(tmp_path, folder)
    output = tmp_path / "out.jsonl"
    output.write_bytes(b"garbage\n" + full)
    assert main(["run", str(folder), "-o", str(output), "--resume"]) == 0
    assert output.read_bytes() == full
    assert "dropped 1 damaged lines" in capsys.readouterr().err


def _peak_memory_of_resume(folder: Path, output: Path) -> int:
    import tracemalloc

    tracemalloc.start()
    try:
        assert main(["run", str(folder), "-o", str(output), "-q", "--resume"]) == 0
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_resume_streams_the_output_instead_of_reading_it_whole(tmp_path):
    folder = _folder(tmp_path, 1)
    full = _reference(tmp_path, folder)
    small, big = tmp_path / "small.jsonl", tmp_path / "big.jsonl"
    small.write_bytes(b"")
    filler = "ن" * 10_000
    with open(big, "wb") as handle:
        for n in range(2_000):  # 40 MB of earlier records
            handle.write(json.dumps({"schema": "x", "id": f"old{n}", "source": "old.txt", "text": filler},
                                    ensure_ascii=False).encode() + b"\n")
    size = big.stat().st_size
    baseline = _peak_memory_of_resume(folder, small)  # the pipeline itself
    peak = _peak_memory_of_resume(folder, big)
    assert big.stat().st_size == size + len(full)
    assert peak - baseline < size / 10, f"{peak - baseline:,} bytes more for a {size:,}-byte output"


# One writer at a time

def test_a_second_run_on_a_locked_output_is_refused(tmp_path, capsys):
    folder = _folder(tmp_path, 2)
    output = tmp_path / "out.jsonl"
    output.write_bytes(PREVIOUS)
    with open(output, "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert main(["run", str(folder), "-o", str(output)]) == 2
    assert output.read_bytes() == PREVIOUS
    assert "another extract run is writing" in capsys.readouterr().err


# Tables and pages are written atomically

def _interrupt_after(monkeypatch, count: int, exception: BaseException) -> None:
    import extract.engines

    real = extract.engines.LocalEngine.records

    def records(self, *args, **kwargs):
        for number, record in enumerate(real(self, *args, **kwargs)):
            if number == count:
                raise exception
            yield record

    monkeypatch.setattr(extract.engines.LocalEngine, "records", records)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_an_interrupted_table_run_leaves_the_previous_file_and_no_partial(tmp_path, monkeypatch, capsys, suffix):
    folder = _folder(tmp_path, 4)
    output = tmp_path / "out" / f"items{suffix}"
    output.parent.mkdir()
    output.write_bytes(b"previous table")
    _interrupt_after(monkeypatch, 2, KeyboardInterrupt())
    assert main(["run", str(folder), "-o", str(output)]) == 130
    assert output.read_bytes() == b"previous table"
    assert os.listdir(output.parent) == [output.name]
    assert "nothing was written" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_a_table_run_interrupted_before_its_first_file_leaves_nothing(tmp_path, monkeypatch, suffix):
    folder = _folder(tmp_path, 4)
    output = tmp_path / "out" / f"items{suffix}"
    _interrupt_after(monkeypatch, 1, KeyboardInterrupt())
    assert main(["run", str(folder), "-o", str(output)]) == 130
    assert not output.parent.exists() or os.listdir(output.parent) == []


def test_a_full_disk_leaves_the_previous_table(tmp_path, monkeypatch, capsys):
    import pandas as pd

    def full_disk(self, path, *args, **kwargs):
        Path(path).write_bytes(b"half a ta")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", full_disk)
    output = tmp_path / "items.csv"
    output.write_bytes(b"previous table")
    assert main(["run", str(_folder(tmp_path, 2)), "-o", str(output)]) == 2
    assert output.read_bytes() == b"previous table"
    assert _hidden_leftovers(tmp_path) == []
    assert "No space left" in capsys.readouterr().err


def test_show_never_leaves_a_truncated_page(tmp_path, monkeypatch):
    page = tmp_path / "report.html"
    page.write_bytes(b"<p>previous page</p>")
    folder = _folder(tmp_path, 1)
    real_write_text = Path.write_text

    def full_disk(self, content, *args, **kwargs):
        real_write_text(self, content[:10], *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full_disk)
    assert main(["show", str(folder), "-o", str(page)]) == 2
    assert page.read_bytes() == b"<p>previous page</p>"
    assert _hidden_leftovers(tmp_path) == []


# Interrupts: a clear message, no worker tracebacks

def _start(folder: Path, output: str, *extra: str, **popen) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extract", "run", str(folder), "-o", output, "--no-progress", *extra],
                            stderr=subprocess.PIPE, **popen)


def _wait_for_lines(output: Path, count: int) -> None:
    deadline = time.time() + 60
    while time.time() < deadline and (not output.exists() or output.read_bytes().count(b"\n") < count):
        time.sleep(0.02)


@pytest.mark.parametrize("signal_number, jobs", [(signal.SIGINT, "1"), (signal.SIGINT, "2"), (signal.SIGTERM, "2")])
def test_an_interrupt_says_what_was_kept_and_how_to_continue(tmp_path, signal_number, jobs):
    folder = _folder(tmp_path, 600)
    output = tmp_path / "out.jsonl"
    process = _start(folder, str(output), "--jobs", jobs, start_new_session=True)
    _wait_for_lines(output, 10)
    os.killpg(process.pid, signal_number)  # as a terminal does: the whole process group
    _, stderr = process.communicate(timeout=60)
    stderr = stderr.decode("utf-8")
    kept = output.read_bytes().count(b"\n")
    assert process.returncode == 128 + signal_number
    assert f"interrupted: {kept} complete records are in {output}" in stderr
    assert "--resume" in stderr
    assert "Traceback" not in stderr and "Error" not in stderr, stderr


def test_a_closed_pipe_stops_quietly(tmp_path):
    folder = _folder(tmp_path, 200)
    process = _start(folder, "-", "--jobs", "2", stdout=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    _, stderr = process.communicate(timeout=60)
    assert json.loads(first)["source"] == "a0000.txt"
    assert process.returncode == 0
    assert stderr.decode("utf-8") == ""


# extract eval and eval-ner refuse to score nothing

def _gold_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.format(n=3), encoding="utf-8")
    (folder / "a.json").write_text(json.dumps({"id": "a", "counts": [{"value": 3}]}), encoding="utf-8")
    return folder


def test_eval_on_a_folder_without_gold_is_an_error(tmp_path, capsys):
    folder = _folder(tmp_path, 2)
    assert main(["eval", str(folder)]) == 2
    assert "no gold records" in capsys.readouterr().err


def test_eval_with_predictions_matching_no_article_is_an_error(tmp_path, capsys):
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps({"id": "other", "counts": []}) + "\n", encoding="utf-8")
    assert main(["eval", str(_gold_folder(tmp_path)), "--pred", str(predictions)]) == 2
    assert "no record in" in capsys.readouterr().err


@pytest.mark.parametrize("content, message", [
    (b'{"id": "a", "counts": [', "not valid JSON"),
    ('{"id": "a"}'.encode("utf-16"), "not UTF-8"),
    (b"[1, 2]", "must be a JSON object"),
])
def test_eval_with_malformed_gold_is_an_error_not_a_crash(tmp_path, capsys, content, message):
    folder = _gold_folder(tmp_path)
    (folder / "a.json").write_bytes(content)
    assert main(["eval", str(folder)]) == 2
    err = capsys.readouterr().err
    assert message in err and "a.json" in err


@pytest.mark.parametrize("content", ["قال المتحدث إن الهجوم وقع\nفي مدينة حلب أمس\n", ""])
def test_eval_ner_on_a_file_that_is_not_conll_is_an_error(tmp_path, capsys, content):
    path = tmp_path / "article.txt"
    path.write_text(content, encoding="utf-8")
    assert main(["eval-ner", str(path)]) == 2
    assert "not a CoNLL file" in capsys.readouterr().err


def test_eval_ner_still_scores_a_conll_file(tmp_path, capsys):
    path = tmp_path / "tiny.conll"
    path.write_text("قصف O\nحلب B-LOC\n\n", encoding="utf-8")
    assert main(["eval-ner", str(path)]) == 0
    assert "f1=" in capsys.readouterr().out


def test_dask_partitions_skip_the_articles_already_done_before_processing_them(tmp_path, monkeypatch):
    import extract.engines
    from extract.engines import _records_for_files

    folder = _folder(tmp_path, 3)
    items = [(str(folder / f"a{n:04d}.txt"), f"a{n:04d}.txt") for n in range(3)]
    processed = []
    real_call = extract.engines.Pipeline.__call__
    monkeypatch.setattr(extract.engines.Pipeline, "__call__",
                        lambda self, doc, *args: processed.append(doc.id) or real_call(self, doc, *args))
    records = _records_for_files(items, skip={("a0000.txt", "a0000"): 1, ("a0002.txt", "a0002"): 1})
    assert [record["id"] for record in records] == ["a0001"]
    assert processed == ["a0001"]


def test_show_fails_before_the_work_when_it_cannot_write(tmp_path, monkeypatch, capsys):
    import extract.pipeline

    processed = []
    real_process = extract.pipeline.Pipeline.process
    monkeypatch.setattr(extract.pipeline.Pipeline, "process", lambda self, doc: processed.append(doc.id) or real_process(self, doc))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["show", str(_folder(tmp_path, 2)), "-o", str(blocker / "report.html")]) == 2
    assert processed == [] and "cannot write" in capsys.readouterr().err
