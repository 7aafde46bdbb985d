"""The hostile-input corpus of issue 15: one input, one record, whatever it is.

Every kind of input below is run alone and all together in one folder, between two sentinel
articles. Nothing may crash the run (exit 0, no traceback), hang it (a timeout), or lose an
article (each input has its record, each sentinel its ok record, the folder run has as many records
as the runs alone). The corpus is generated in tmp_path; the runs happen in one subprocess, so a
hang fails the test instead of stopping the suite.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from extract.pipeline import DEFAULT_MAX_CHARS

TEXT = "قصف الطيران مدينة حلب وقتل 5 مدنيين"
SENTINELS = ("000_sentinel_before.txt", "zzz_sentinel_after.txt")
SKIPPED = ("notes.md", "paper.pdf", "report.docx")
RUN_TIMEOUT_S = 240


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8")


def hostile_files() -> dict[str, bytes]:
    """Name -> content of every hostile regular file (special files are made in build_corpus)."""
    utf8 = TEXT.encode("utf-8")
    return {
        # Unicode that no UTF-8 output can hold
        "surrogate_id.json": b'{"id": "a\\ud800b", "text": "' + utf8 + b'"}',
        "surrogate_title.json": b'{"title": "\\udfff", "text": "' + utf8 + b'"}',
        "surrogate_text.jsonl": b'{"text": "\\ud83d ' + utf8 + b'"}\n',
        # JSON that is not an article
        "deep.json": b"[" * 10_000 + b"]" * 10_000,
        "deep_line.jsonl": b'{"a":' * 5_000 + b"1" + b"}" * 5_000 + b"\n" + _json({"text": TEXT}) + b"\n",
        "empty_array.json": b"[]",
        "number.json": b"42",
        "no_text.json": _json({"title": TEXT}),
        "text_not_string.json": _json({"text": {"body": TEXT}}),
        "three_articles.json": _json([{"text": TEXT}, {"id": 7, "text": TEXT}, {"id": None, "text": TEXT}]),
        "broken_lines.jsonl": _json({"text": TEXT}) + b"\n{broken\n\n\n" + _json({"x": 1}) + b"\n",
        "duplicate_ids.jsonl": _json({"id": "d", "text": TEXT}) + b"\n" + _json({"id": "d", "text": TEXT}) + b"\n",
        "crlf.jsonl": _json({"text": TEXT}) + b"\r\n" + _json({"text": TEXT}) + b"\r\n",
        "u2028.jsonl": _json({"text": TEXT + "\u2028" + TEXT}) + b"\n",
        "u0085.jsonl": _json({"text": TEXT + "\u0085" + TEXT}) + b"\n",
        "trailing_nul.jsonl": _json({"text": TEXT}) + b"\n\x00",
        # Encodings
        "cp1256.txt": TEXT.encode("cp1256"),
        "utf8_bom.txt": codecs.BOM_UTF8 + utf8,
        "utf16le_bom.txt": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        "utf16be_bom.txt": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        "utf16le_no_bom.txt": ("Aleppo " + TEXT).encode("utf-16-le"),
        "utf32le_bom.txt": codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        "utf32be_bom.txt": codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"),
        "one_bad_byte.txt": utf8[:6] + b"\xff" + utf8[6:],
        "trailing_nul.txt": utf8 + b"\x00",
        "trailing_nuls.txt": utf8 + b"\x00" * 1000,
        "stray_nul.txt": (utf8 + b". ") * 10 + b"\x00" + utf8,
        "only_nuls.txt": b"\x00" * 64,
        # Binary files named as text
        "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
        "archive.txt": b"",  # replaced by a real zip in build_corpus
        "gzip.txt": gzip.compress(utf8),
        "elf.txt": b"\x7fELF" + bytes(range(256)),
        "random.txt": bytes((n * 97 + 13) % 256 for n in range(4096)),
        "nul_heavy.txt": bytes([0, 1, 2, 3, 255, 0, 7, 0, 0, 9, 200]) * 20,
        # Empty and odd text
        "empty.txt": b"",
        "blank.txt": b"  \n\t \r\n",
        "latin.txt": b"Only English text here, about 5 people in Aleppo.",
        "digits_only.txt": b"1234567890 " * 50,
        "punctuation_only.txt": "!!! ... ،،، ؟؟ «» — ".encode() * 20,
        "emoji.txt": ("🔥💣 " + TEXT + " 😢").encode(),
        "invisible.txt": ("\u200f\u202b" + TEXT.replace(" ", " \u200b") + "\u202c\u2066x\u2069").encode(),
        "marks_only.txt": "\u064e\u0651\u0650" .encode() * 200,
        "noncharacters.txt": ("\uffff\ufdd0\U0010ffff " + TEXT).encode("utf-8", "surrogatepass"),
        "private_use.txt": ("\ue000\uf8ff " + TEXT).encode(),
        "cr_only.txt": (TEXT + "\r") .encode() * 20,
        "long_word.txt": ("ب" * 100_000).encode(),
        "many_lines.txt": (TEXT + "\n").encode() * 3_000,
        "digits_400.txt": ("قتل " + "9" * 400 + " شخصا في حلب").encode(),
        "digits_1e24.txt": ("قتل 1" + "0" * 24 + " شخصا في حلب").encode(),
        "over_the_limit.txt": ("ب " * (DEFAULT_MAX_CHARS // 2 + 1)).encode(),
        # HTML
        "no_head_end.html": f"<html><head><title>ع</title><meta charset=utf-8><p>{TEXT}</p></html>".encode(),
        "script_only.html": b"<html><script>alert(1)</script><style>p{}</style></html>",
        "comment_only.html": b"<!-- " + utf8 + b" -->",
        "entities.html": f"<p>{TEXT} &amp; &#1581;&#1604;&#1576; &bogus;</p>".encode(),
        "unclosed.html": f"<div><p><b>{TEXT}".encode(),
        # Other kinds inside a folder: skipped, and listed
        "report.docx": b"PK\x03\x04" + bytes(100),
        "paper.pdf": b"%PDF-1.4\n" + bytes(100),
        "notes.md": utf8,
    }


def build_corpus(folder: Path) -> list[str]:
    """Write the corpus into folder; return every input's file name (special files included)."""
    folder.mkdir()
    for name, data in hostile_files().items():
        (folder / name).write_bytes(data)
    with zipfile.ZipFile(folder / "archive.txt", "w") as archive:
        archive.writestr("inner.txt", TEXT)
    os.mkfifo(folder / "fifo.txt")
    os.symlink("/dev/zero", folder / "dev_zero.txt")
    os.symlink(folder / "nowhere.txt", folder / "broken_link.txt")
    (folder / "folder.txt").mkdir()
    (folder / "folder.txt" / "inside.txt").write_text(TEXT, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"name_\xff\xfe.txt"), "wb") as handle:
        handle.write(TEXT.encode())
    return sorted(os.listdir(folder))


DRIVER = """
import json, os, sys
from extract.cli import main
corpus, out = sys.argv[1], sys.argv[2]
codes = {}
for number, name in enumerate(sorted(os.listdir(corpus))):
    codes[name] = main(["run", os.path.join(corpus, name), "-o", os.path.join(out, f"alone_{number}.jsonl"), "-q"])
codes["<folder>"] = main(["run", corpus, "-o", os.path.join(out, "folder.jsonl")])
codes["<folder parquet>"] = main(["run", corpus, "-o", os.path.join(out, "folder.parquet"), "-q"])
print(json.dumps({name.encode("utf-8", "surrogateescape").hex(): code for name, code in codes.items()}))
"""


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_bytes().decode("utf-8").splitlines()]


def test_hostile_corpus_alone_and_in_one_folder_between_sentinels(tmp_path):
    corpus = tmp_path / "corpus"
    names = build_corpus(corpus)
    for name in SENTINELS:
        (corpus / name).write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = subprocess.run([sys.executable, "-c", DRIVER, str(corpus), str(out)], capture_output=True,
                            timeout=RUN_TIMEOUT_S)  # a hang fails here
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0 and "Traceback" not in stderr, stderr[-3000:]
    codes = {bytes.fromhex(key).decode("utf-8", "surrogateescape"): code
             for key, code in json.loads(result.stdout.splitlines()[-1]).items()}
    assert set(codes.values()) == {0}, {name: code for name, code in codes.items() if code}

    alone = {name: _records(out / f"alone_{number}.jsonl") for number, name in enumerate(sorted(os.listdir(corpus)))}
    for name in names:
        if name == "folder.txt":
            continue  # a folder given alone is read as one: its file has the record
        assert alone[name], f"{name} alone has no record"
    folder = _records(out / "folder.jsonl")
    by_source: dict[str, list[dict]] = {}
    for record in folder:
        by_source.setdefault(record["source"], []).append(record)
    for sentinel in SENTINELS:
        (record,) = by_source[sentinel]
        assert record["status"] == "ok" and [place["name"] for place in record["places"]] == ["حلب"]
    assert [record["source"] for record in folder][0] == SENTINELS[0]
    assert [record["source"] for record in folder][-1] == SENTINELS[1]
    lost = [name for name in names if name not in SKIPPED and name != "folder.txt"
            and len(by_source.get(name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"), []))
            != len(alone[name])]
    assert lost == []
    assert by_source["folder.txt/inside.txt"][0]["status"] == "ok"
    for skipped in SKIPPED:
        assert skipped in stderr  # listed in the summary
    for record in folder:
        json.dumps(record, allow_nan=False).encode("utf-8")

    _check_kinds(by_source)
    import pandas as pd

    articles = pd.read_parquet(out / "folder.articles.parquet")
    assert len(articles) == len(folder)


def _check_kinds(by_source: dict[str, list[dict]]) -> None:
    """What each kind of input must give: the article read (ok, with its place) or an error that says why."""
    def first(name: str) -> dict:
        return by_source[name][0]

    readable = ["surrogate_id.json", "surrogate_title.json", "surrogate_text.jsonl", "cp1256.txt", "utf8_bom.txt",
                "utf16le_bom.txt", "utf16be_bom.txt", "utf32le_bom.txt", "utf32be_bom.txt", "one_bad_byte.txt",
                "trailing_nul.txt", "trailing_nuls.txt", "stray_nul.txt", "no_head_end.html", "entities.html",
                "unclosed.html", "emoji.txt", "invisible.txt", "u2028.jsonl", "u0085.jsonl", "trailing_nul.jsonl",
                "name_\\xff\\xfe.txt"]
    for name in readable:
        record = first(name)
        assert record["status"] == "ok", (name, record["error"])
        assert "حلب" in [place["name"] for place in record["places"]], name
    for name in ["surrogate_id.json", "one_bad_byte.txt", "trailing_nul.txt", "stray_nul.txt", "name_\\xff\\xfe.txt"]:
        assert first(name)["warnings"], name
    assert len(by_source["u2028.jsonl"]) == len(by_source["u0085.jsonl"]) == 1
    errors = {"deep.json": "format", "empty_array.json": "empty", "number.json": "format", "no_text.json": "format",
              "text_not_string.json": "format", "only_nuls.txt": "empty", "image.txt": "binary", "archive.txt": "binary",
              "gzip.txt": "binary", "elf.txt": "binary", "random.txt": "binary", "nul_heavy.txt": "binary",
              "empty.txt": "empty", "blank.txt": "empty", "fifo.txt": "read", "dev_zero.txt": "read",
              "broken_link.txt": "read", "over_the_limit.txt": "too_large", "script_only.html": "empty",
              "comment_only.html": "empty", "marks_only.txt": None, "digits_only.txt": None}
    for name, error_type in errors.items():
        record = first(name)
        if error_type is None:
            assert record["status"] == "ok", name
        else:
            assert record["status"] == "error" and record["error"]["type"] == error_type, (name, record["error"])
            assert record["error"]["message"], name
    assert [record["status"] for record in by_source["deep_line.jsonl"]] == ["error", "ok"]
    assert [record["id"] for record in by_source["three_articles.json"]] == ["three_articles:1", "7", "three_articles:3"]
    assert [record["status"] for record in by_source["broken_lines.jsonl"]] == ["ok", "error", "error"]
    assert len(by_source["duplicate_ids.jsonl"]) == 2 and len(by_source["crlf.jsonl"]) == 2
    assert first("digits_400.txt")["counts"] == []
    # A run of 25 digits reads as a code, not a count (extract/quantities.py); the record stays valid
    # JSON, and the table writers' int64 guard is tested on a record built directly (test_pipeline.py).
    assert first("digits_1e24.txt")["status"] == "ok" and first("digits_1e24.txt")["counts"] == []
