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
