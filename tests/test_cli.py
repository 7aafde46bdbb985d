import json
import subprocess
import sys

import pandas as pd
import pytest

from extract.cli import main

ARTICLE = "قال المرصد السوري إن الطيران الروسي قصف مدينة إدلب بغاز الكلور"


@pytest.fixture()
def folder(tmp_path):
    articles = tmp_path / "articles"
    (articles / "nested").mkdir(parents=True)
    (articles / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (articles / "two.txt").write_bytes(ARTICLE.encode("cp1256"))
    (articles / "nested" / "three.html").write_text(f"<p>{ARTICLE}</p><script>alert(1)</script>", encoding="utf-8")
    (articles / "four.txt").write_bytes(b"")
    (articles / "five.jsonl").write_text(json.dumps({"id": "j1", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    return articles


def test_run_writes_one_record_per_article_in_sorted_order(folder, tmp_path, capsys):
    out = tmp_path / "out" / "records.jsonl"
    assert main(["run", str(folder), "-o", str(out), "--no-progress"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [record["source"] for record in records] == ["five.jsonl", "four.txt", "nested/three.html", "one.txt", "two.txt"]
    assert [record["status"] for record in records] == ["ok", "error", "ok", "ok", "ok"]
    assert "cp1256" in records[4]["warnings"][0]
    assert records[3]["places"][0]["name"] == "إدلب"
    summary = capsys.readouterr().err
    assert "articles written: 5" in summary and "errors: 1" in summary and str(out) in summary


def test_output_is_deterministic(folder, tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    main(["run", str(folder), "-o", str(first), "-q"])
    main(["run", str(folder), "-o", str(second), "-q", "--jobs", "2"])
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_tables_keep_every_article(folder, tmp_path, suffix):
    out = tmp_path / f"items{suffix}"
    assert main(["run", str(folder), "-o", str(out), "-q"]) == 0
    table = pd.read_csv(out) if suffix == ".csv" else pd.read_parquet(out)
    assert set(table["source"]) == {"five.jsonl", "four.txt", "nested/three.html", "one.txt", "two.txt"}
    assert "إدلب" in set(table["name"].dropna())


def test_stdout_output(folder, capsys):
    assert main(["run", str(folder / "one.txt"), "-o", "-", "-q"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["id"] == "one"


@pytest.mark.parametrize("args, message", [
    (["run", "/no/such/folder", "-o", "x.jsonl"], "no such file or folder"),
    (["run", ".", "-o", "records.txt"], "must end in"),
    (["run", ".", "-o", "/proc/forbidden/x.jsonl"], "cannot write"),
])
def test_run_cannot_proceed_exits_2(args, message, capsys):
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_help_is_complete():
    result = subprocess.run([sys.executable, "-m", "extract", "run", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for option in ("--output", "--jobs", "--ner", "--no-progress", ".csv", ".parquet"):
        assert option in result.stdout
    top = subprocess.run([sys.executable, "-m", "extract", "--help"], capture_output=True, text=True)
    assert "run" in top.stdout and "eval" in top.stdout


def test_console_script_end_to_end(folder, tmp_path):
    out = tmp_path / "r.jsonl"
    result = subprocess.run([sys.executable, "-m", "extract", "run", str(folder), "-o", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert "Traceback" not in result.stderr
