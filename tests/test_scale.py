"""Parallel and distributed runs, crash safety with --resume, and hostile input."""

import json
import os
import signal
import subprocess
import sys
import time
import zipfile

import pytest

from extract.cli import main

ARTICLE = "قال المرصد السوري إن {n} مدنيين قتلوا في قصف على مدينة إدلب بغاز الكلور، وأضاف أن الطيران الروسي شارك."


def _folder(tmp_path, count):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(count):
        (folder / f"a{n:04d}.txt").write_text(ARTICLE.format(n=n + 3), encoding="utf-8")
    return folder


def _lines(path):
    return path.read_bytes().decode("utf-8").splitlines()


def test_jobs_give_identical_records(tmp_path):
    folder = _folder(tmp_path, 30)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["run", str(folder), "-o", str(one), "-q", "--no-progress"]) == 0
    assert main(["run", str(folder), "-o", str(two), "-q", "--no-progress", "--jobs", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(_lines(one)) == 30


def test_dask_local_cluster_matches_single_process(tmp_path):
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    folder = _folder(tmp_path, 40)
    single, distributed_out = tmp_path / "single.jsonl", tmp_path / "dask.jsonl"
    assert main(["run", str(folder), "-o", str(single), "-q", "--no-progress"]) == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert main(["run", str(folder), "-o", str(distributed_out), "-q", "--no-progress",
                     "--engine", "dask", "--scheduler", cluster.scheduler_address]) == 0
    assert single.read_bytes() == distributed_out.read_bytes()


def test_sigkill_leaves_a_valid_prefix_and_resume_completes_it(tmp_path):
    folder = _folder(tmp_path, 800)
    reference, output = tmp_path / "reference.jsonl", tmp_path / "killed.jsonl"
    assert main(["run", str(folder), "-o", str(reference), "-q", "--no-progress"]) == 0
    process = subprocess.Popen([sys.executable, "-m", "extract", "run", str(folder), "-o", str(output),
                                "--no-progress", "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300  # a loaded machine, or a cache built again on first use, starts slowly
    while time.time() < deadline and (not output.exists() or len(_lines(output)) < 20):
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    written = output.read_bytes()
    assert written, "nothing written before the kill"
    assert written.endswith(b"\n"), "a torn last line"
    prefix = [json.loads(line) for line in written.decode("utf-8").splitlines()]
    assert 20 <= len(prefix) < 800
    assert written == reference.read_bytes()[:len(written)]
    assert main(["run", str(folder), "-o", str(output), "-q", "--no-progress", "--resume"]) == 0
    assert output.read_bytes() == reference.read_bytes()


def test_resume_cuts_a_torn_line(tmp_path):
    folder = _folder(tmp_path, 5)
    reference, output = tmp_path / "reference.jsonl", tmp_path / "torn.jsonl"
    main(["run", str(folder), "-o", str(reference), "-q"])
    full = reference.read_bytes()
    cut = full.index(b"\n", full.index(b"\n") + 1) + 40  # two whole lines and part of the third
    output.write_bytes(full[:cut])
    assert main(["run", str(folder), "-o", str(output), "-q", "--resume"]) == 0
    assert output.read_bytes() == full


def test_resume_needs_jsonl(tmp_path, capsys):
    assert main(["run", str(_folder(tmp_path, 1)), "-o", str(tmp_path / "x.csv"), "--resume"]) == 2
    assert "--resume" in capsys.readouterr().err


def _hostile_corpus(folder):
    text = "قصف الطيران مدينة حلب وقتل 5 مدنيين"
    files = {
        "cp1256.txt": text.encode("cp1256"),
        "utf16le.txt": b"\xff\xfe" + text.encode("utf-16-le"),
        "utf16be.txt": b"\xfe\xff" + text.encode("utf-16-be"),
        "bom.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "invalid.txt": text.encode("utf-8")[:10] + b"\xff\xfe\xc3\x28" + text.encode("utf-8")[10:],
        "image.txt": b"\x89PNG\r\n\x1a\n" + os.urandom(200),
        "empty.txt": b"",
        "blank.txt": b"  \n\t \r\n",
        "long_line.txt": ("ب" * 100_000).encode("utf-8"),
        "page.html": f"<html><style>p{{}}</style><script>alert(1)</script><p>{text}</p></html>".encode(),
        "latin.txt": b"Only English text here, about 5 people in Aleppo.",
        "mixed.txt": f"{text} (Reuters) - Aleppo 5 killed، {text}".encode(),
        "invisible.txt": ("\u200f\u202b" + text.replace(" ", " \u200b") + "\u202c\u2066x\u2069").encode(),
        "huge.txt": (text + ". ").encode() * 600_000,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    with zipfile.ZipFile(folder / "archive.txt", "w") as archive:
        archive.writestr("inner.txt", text)
    os.symlink(folder / "nowhere.txt", folder / "broken.txt")
    return len(files) + 2


def test_hostile_inputs_each_get_one_record(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    expected = _hostile_corpus(folder)
    output = tmp_path / "hostile.jsonl"
    result = subprocess.run([sys.executable, "-m", "extract", "run", str(folder), "-o", str(output), "--no-progress"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    records = {record["source"]: record for record in map(json.loads, _lines(output))}
    assert len(records) == expected
    for source in ("cp1256.txt", "utf16le.txt", "utf16be.txt", "bom.txt", "page.html", "mixed.txt", "invisible.txt"):
        assert records[source]["status"] == "ok", source
        assert [place["name"] for place in records[source]["places"]][:1] == ["حلب"], source
    assert "alert" not in json.dumps(records["page.html"])
    for source, error in [("image.txt", "binary"), ("archive.txt", "binary"), ("empty.txt", "empty"),
                          ("blank.txt", "empty"), ("broken.txt", "read"), ("huge.txt", "too_large")]:
        assert records[source]["status"] == "error" and records[source]["error"]["type"] == error, source
        assert records[source]["error"]["message"]
    assert records["invalid.txt"]["status"] == "ok" and "invalid UTF-8 bytes" in records["invalid.txt"]["warnings"][0]
    assert [place["name"] for place in records["invalid.txt"]["places"]] == ["حلب"]
    assert records["long_line.txt"]["status"] == "ok" and records["latin.txt"]["status"] == "ok"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file_in_a_run(tmp_path):
    folder = _folder(tmp_path, 2)
    (folder / "a0000.txt").chmod(0)
    output = tmp_path / "out.jsonl"
    assert main(["run", str(folder), "-o", str(output), "-q"]) == 0
    assert json.loads(_lines(output)[0])["error"]["type"] == "read"
