"""One reading path and one writer module: the library does what `extract run` does."""

import json
from collections import Counter

import pandas as pd
import pytest

import extract
from extract.cli import main
from extract.engines import run_paths
from extract.read import InputError, ReadOptions, collect_inputs, read_inputs, scan_folder
from extract.write import OutputError, write_records

ARTICLE = "قال المرصد السوري إن الطيران الروسي قصف مدينة إدلب أمس بغاز الكلور"


def _folder(tmp_path):
    folder = tmp_path / "in"
    (folder / ".cache").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(json.dumps({"id": f"b{n}", "text": ARTICLE}, ensure_ascii=False)
                                              for n in range(2)) + "\n", encoding="utf-8")
    (folder / ".draft.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / ".cache" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_hidden_files_and_folders_are_listed_not_read(tmp_path):
    scan = scan_folder(_folder(tmp_path))
    assert [source for _, source in scan.files] == ["a.txt", "b.jsonl"]
    assert scan.hidden == [".cache/", ".draft.txt"]


def test_the_summary_names_the_hidden_files_it_did_not_read(tmp_path, capsys):
    assert main(["run", str(_folder(tmp_path)), "-o", str(tmp_path / "out.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "hidden: 2 files and folders whose name starts with a dot were not read" in err
    assert ".draft.txt" in err and ".cache/" in err


def test_run_paths_writes_what_the_cli_writes(tmp_path):
    folder = _folder(tmp_path)
    assert main(["run", str(folder), "-o", str(tmp_path / "cli.jsonl"), "-q", "--published", "2020-01-02"]) == 0
    summary = run_paths(folder, tmp_path / "lib.jsonl", published="2020-01-02")
    assert (tmp_path / "lib.jsonl").read_bytes() == (tmp_path / "cli.jsonl").read_bytes()
    assert summary.written == 3 and summary.statuses["ok"] == 3 and summary.items["places"] >= 3
    assert summary.inputs.hidden == [f"{folder}/.cache/", f"{folder}/.draft.txt"]
    assert extract.run_paths is run_paths


def test_published_reaches_the_relative_dates(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = read_inputs([(path, "a.txt")], ReadOptions(published="2020-01-02"))
    assert doc.meta["published"] == "2020-01-02"
    run_paths(path, tmp_path / "out.jsonl", published="2020-01-02")
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert [date["value"] for date in record["dates"] if date["text"] == "أمس"] == ["2020-01-01"]


def test_resume_does_not_open_a_text_file_already_done(tmp_path, monkeypatch):
    import importlib

    reading = importlib.import_module("extract.read")  # `extract.read` is also the function read()
    folder = _folder(tmp_path)
    opened = []
    real_read_file = reading.read_file
    monkeypatch.setattr(reading, "read_file", lambda path, *args, **kwargs: opened.append(path.name)
                        or real_read_file(path, *args, **kwargs))
    files = collect_inputs(folder).files
    docs = list(read_inputs(files, skip=Counter({("a.txt", "a"): 1, ("b.jsonl", "b0"): 1})))
    assert [doc.id for doc in docs] == ["b1"]
    assert opened == ["b.jsonl"]


def test_a_resumed_run_paths_processes_only_the_rest(tmp_path):
    folder = _folder(tmp_path)
    output = tmp_path / "out.jsonl"
    run_paths(folder, output)
    whole = output.read_bytes()
    output.write_bytes(whole.split(b"\n")[0] + b"\n")
    summary = run_paths(folder, output, resume=True)
    assert summary.resumed == 1 and summary.written == 2
    assert output.read_bytes() == whole


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_write_records_writes_each_format(tmp_path, suffix):
    records = list(extract.Pipeline().pipe([ARTICLE, "قصف في حلب"]))
    output = tmp_path / f"records{suffix}"
    assert write_records(records, output) == 2
    if suffix == ".jsonl":
        assert [json.loads(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()] == ["text:1", "text:2"]
    else:
        table = pd.read_csv(output) if suffix == ".csv" else pd.read_parquet(output)
        assert set(table["id"]) == {"text:1", "text:2"}
        assert output.with_name(f"records.places{suffix}").exists()


def test_the_library_says_what_is_wrong_before_any_work(tmp_path):
    with pytest.raises(OutputError, match="output must end in"):
        run_paths(tmp_path, tmp_path / "out.txt")
    with pytest.raises(OutputError, match="--resume works with .jsonl output only"):
        write_records([], tmp_path / "out.csv", resume=True)
    with pytest.raises(InputError, match="no such file or folder"):
        run_paths(tmp_path / "missing", tmp_path / "out.jsonl")


def test_the_dask_engine_gets_the_publication_date(tmp_path):
    pytest.importorskip("distributed")
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["run", str(path), "-o", str(tmp_path / "local.jsonl"), "-q", "--published", "2020-01-02"]) == 0
    assert main(["run", str(path), "-o", str(tmp_path / "dask.jsonl"), "-q", "--published", "2020-01-02",
                 "--engine", "dask", "--jobs", "1"]) == 0
    assert (tmp_path / "dask.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
