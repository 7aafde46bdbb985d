import codecs
import json
import os

import pytest

from extract.read import decode_bytes, html_to_text, read, read_file, ReadError

ARABIC = "قال المتحدث إن 52 هجوما وقعت في الموصل"


def test_utf8_plain():
    assert decode_bytes(ARABIC.encode("utf-8")) == (ARABIC, [])


def test_utf8_bom_is_dropped():
    text, warnings = decode_bytes(codecs.BOM_UTF8 + ARABIC.encode("utf-8"))
    assert text == ARABIC and warnings == []


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding):
    data = ARABIC.encode(encoding)
    if encoding != "utf-16":
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    assert decode_bytes(data)[0] == ARABIC


def test_utf16_without_bom_is_detected_with_warning():
    text, warnings = decode_bytes(ARABIC.encode("utf-16-le"))
    assert text == ARABIC
    assert warnings == ["decoded as utf-16-le (no byte-order mark)"]


def test_cp1256_fallback_warns():
    text, warnings = decode_bytes(ARABIC.encode("cp1256"))
    assert text == ARABIC
    assert warnings and "cp1256" in warnings[0]


def test_png_is_binary():
    with pytest.raises(ReadError, match="PNG"):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))


def test_random_binary_with_nuls_is_an_error():
    with pytest.raises(ReadError):
        decode_bytes(bytes([0, 1, 2, 3, 255, 0, 7, 0, 0, 9, 200]) * 20)


def test_html_drops_script_and_style():
    html = ("<html><head><title>عنوان</title><style>p{color:red}</style></head><body>"
            "<script>alert('x')</script><p>قصف في <b>حلب</b></p><p>سطر &amp; ثان</p></body></html>")
    text, title = html_to_text(html)
    assert text == "قصف في حلب\n\nسطر & ثان"
    assert title == "عنوان"
    assert "alert" not in text and "color" not in text


def _write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_folder_reading_is_recursive_sorted_and_loses_nothing(tmp_path):
    (tmp_path / "sub").mkdir()
    _write(tmp_path, "b.txt", ARABIC.encode("cp1256"))
    _write(tmp_path, "a.html", f"<p>{ARABIC}</p><script>x()</script>".encode())
    _write(tmp_path, "sub/c.json", json.dumps({"id": "c1", "title": "ع", "text": ARABIC}).encode())
    _write(tmp_path, "d.jsonl", (json.dumps({"text": ARABIC}) + "\n{broken\n" + json.dumps({"x": 1}) + "\n").encode())
    _write(tmp_path, "e.txt", b"")
    _write(tmp_path, "f.txt", b"   \n\t ")
    _write(tmp_path, "g.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    _write(tmp_path, "ignored.png", b"\x89PNG")
    os.symlink(tmp_path / "missing.txt", tmp_path / "h.txt")
    docs = list(read(tmp_path))
    assert [doc.source for doc in docs] == ["a.html", "b.txt", "d.jsonl", "d.jsonl", "d.jsonl",
                                            "e.txt", "f.txt", "g.txt", "h.txt", "sub/c.json"]
    by_id = {doc.id: doc for doc in docs}
    assert by_id["a"].text == ARABIC and by_id["a"].ok
    assert by_id["b"].text == ARABIC and "cp1256" in by_id["b"].warnings[0]
    assert by_id["c1"].meta["title"] == "ع"
    assert by_id["d:1"].ok
    assert by_id["d:2"].error["type"] == "format" and "line 2" in by_id["d:2"].error["message"]
    assert "text" in by_id["d:3"].error["message"]
    assert by_id["e"].error["type"] == "empty"
    assert by_id["f"].error["type"] == "empty"
    assert by_id["g"].error["type"] == "binary"
    assert by_id["h"].error["type"] == "read"


def test_missing_path_raises(tmp_path):
    with pytest.raises(FileNotFoundError):
        list(read(tmp_path / "nope"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_unreadable_file_gets_error_record(tmp_path):
    path = _write(tmp_path, "secret.txt", ARABIC.encode())
    path.chmod(0)
    (doc,) = read_file(path)
    assert doc.error["type"] == "read"


def test_gold_json_beside_an_article_is_not_an_article(tmp_path):
    _write(tmp_path, "x.txt", ARABIC.encode())
    _write(tmp_path, "x.json", b'{"id": "x", "counts": []}')
    _write(tmp_path, "y.json", json.dumps({"text": ARABIC}).encode())
    assert [doc.source for doc in read(tmp_path)] == ["x.txt", "y.json"]


# Hostile inputs (issue 15): each one costs at most its own record, with a warning or an error.

def test_lone_surrogates_in_json_become_replacement_characters_with_a_warning(tmp_path):
    path = _write(tmp_path, "s.jsonl", b'{"id": "a\\ud800", "title": "\\udfff", "text": "\\ud83d ' + ARABIC.encode() + b'"}\n')
    (doc,) = read_file(path)
    assert doc.ok and doc.id == "a\ufffd" and doc.meta["title"] == "\ufffd"
    assert doc.text == "\ufffd " + ARABIC
    assert len(doc.warnings) == 3 and all("lone surrogate" in warning for warning in doc.warnings)
    json.dumps(doc.text, ensure_ascii=False).encode("utf-8")


def test_a_file_name_that_is_not_utf8_is_escaped_with_a_warning(tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(ARABIC.encode())
    (doc,) = read(tmp_path)
    assert doc.ok and doc.source == "caf\\xe9.txt" and doc.id == "caf\\xe9"
    assert "not valid UTF-8" in doc.warnings[0]
    doc.source.encode("utf-8")


def test_json_nested_too_deeply_is_an_error_record(tmp_path):
    _write(tmp_path, "deep.json", b"[" * 10_000 + b"]" * 10_000)
    _write(tmp_path, "deep.jsonl", b"[" * 10_000 + b"]" * 10_000 + b"\n" + json.dumps({"text": ARABIC}).encode())
    docs = list(read(tmp_path))
    assert [(doc.id, doc.error and doc.error["type"]) for doc in docs] == [
        ("deep", "format"), ("deep:1", "format"), ("deep:2", None)]
    assert "nested too deeply" in docs[0].error["message"]


def test_a_fifo_is_an_error_record_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (doc,) = read_file(tmp_path / "pipe.txt")
    assert doc.error["type"] == "read" and "FIFO" in doc.error["message"]


def test_a_symlink_to_a_device_is_not_read(tmp_path):
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    (doc,) = read_file(tmp_path / "zero.txt")
    assert doc.error["type"] == "read" and "device" in doc.error["message"]


def test_a_file_beyond_the_byte_limit_is_not_read_whole(tmp_path):
    path = _write(tmp_path, "big.txt", ARABIC.encode() * 100)
    (doc,) = read_file(path, max_bytes=1000)
    assert doc.error["type"] == "too_large" and "1,000 bytes" in doc.error["message"]
    lines = _write(tmp_path, "big.jsonl", (json.dumps({"text": ARABIC * 50}) + "\n" + json.dumps({"text": ARABIC}) + "\n").encode())
    first, second = read_file(lines, max_bytes=1000)
    assert first.error["type"] == "too_large" and first.id == "big:1"
    assert second.ok and second.id == "big:2"


def test_an_empty_json_array_is_an_error_record(tmp_path):
    (doc,) = read_file(_write(tmp_path, "none.json", b"[]"))
    assert doc.error["type"] == "empty" and "no articles" in doc.error["message"]


def test_files_of_other_kinds_in_a_folder_are_listed_as_skipped(tmp_path):
    from extract.read import scan_inputs

    _write(tmp_path, "a.txt", ARABIC.encode())
    _write(tmp_path, "report.docx", b"PK\x03\x04")
    _write(tmp_path, "notes.md", ARABIC.encode())
    _write(tmp_path, ".hidden.pdf", b"%PDF")
    found, skipped = scan_inputs(tmp_path)
    assert [source for _, source in found] == ["a.txt"]
    assert skipped == ["notes.md", "report.docx"]


@pytest.mark.parametrize("separator", ["\u2028", "\u0085", "\u2029"])
def test_jsonl_lines_end_at_newline_only(tmp_path, separator):
    text = ARABIC + separator + ARABIC
    path = _write(tmp_path, "x.jsonl", (json.dumps({"text": text}, ensure_ascii=False) + "\n").encode())
    (doc,) = read_file(path)
    assert doc.ok and doc.text == text


def test_html_without_closing_head_keeps_its_text():
    html = f"<html><head><title>عنوان</title><meta charset=utf-8><style>p{{}}</style><p>{ARABIC}</p></html>"
    assert html_to_text(html) == (ARABIC, "عنوان")
    assert html_to_text(f"<head><title>ع</title>{ARABIC}")[0] == ARABIC
    assert html_to_text(f"<head><title>ع</title><body>{ARABIC}")[0] == ARABIC


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_bom(encoding):
    data = ARABIC.encode(encoding)
    if encoding != "utf-32":
        data = (codecs.BOM_UTF32_LE if encoding.endswith("le") else codecs.BOM_UTF32_BE) + data
    assert decode_bytes(data) == (ARABIC, [])


def test_one_bad_byte_in_utf8_is_replaced_not_read_as_cp1256():
    data = ARABIC.encode("utf-8")
    text, warnings = decode_bytes(data[:6] + b"\xff" + data[6:])
    assert text == ARABIC[:3] + "\ufffd" + ARABIC[3:]
    assert warnings == ["replaced 1 invalid UTF-8 bytes with U+FFFD (first at byte 6)"]


def test_trailing_nul_bytes_are_dropped_with_a_warning():
    text, warnings = decode_bytes(ARABIC.encode() + b"\x00")
    assert text == ARABIC and warnings == ["dropped 1 NUL bytes at the end of the file"]
    text, warnings = decode_bytes(ARABIC.encode() + b"\x00" * 4096)
    assert text == ARABIC and "4096 NUL" in warnings[0]


def test_a_few_stray_nul_bytes_are_read_as_spaces():
    sentence = (ARABIC + ". ") * 20
    data = sentence.encode()
    text, warnings = decode_bytes(data[:7] + b"\x00" + data[7:])
    assert text == sentence[:4] + " " + sentence[4:]
    assert warnings == ["read 1 stray NUL bytes as spaces"]


def test_binary_with_nul_bytes_is_still_binary():
    with pytest.raises(ReadError):
        decode_bytes(bytes(range(256)) * 8)
    with pytest.raises(ReadError):
        decode_bytes(os.urandom(4096) + b"\x00" * 10)


def test_read_text_keeps_a_leading_bom_so_offsets_index_the_callers_string():
    from extract import Pipeline

    text = "\ufeffقصف الطيران مدينة حلب"
    record = Pipeline()(text)
    (place,) = record["places"]
    mention = place["mentions"][0]
    assert text[mention["start"]:mention["end"]] == "حلب"
