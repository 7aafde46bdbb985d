"""Reading articles: files or folders of .txt, .html/.htm, .json and .jsonl, in any common encoding.

Every input yields a Document; one that cannot be read yields a Document with `error` set, so a
run never loses a record. Offsets in records index the text produced here (BOM dropped, HTML
reduced to its visible text).
"""

from __future__ import annotations

import codecs
import json
import os
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Iterable, Iterator

from extract.document import Document

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl"}
GOLD_ONLY_SUFFIX = ".gold.json"
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

_MAGIC_NUMBERS = {
    b"\x89PNG": "PNG image", b"PK\x03\x04": "ZIP archive", b"%PDF": "PDF document",
    b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image", b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable", b"BZh": "bzip2 archive", b"7z\xbc\xaf": "7z archive",
}


class ReadError(Exception):
    """An input that cannot become a document; its message goes into the error record."""

    def __init__(self, error_type: str, message: str):
        super().__init__(message)
        self.error_type = error_type


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode article bytes: BOMs, UTF-8, then Windows-1256 (with a warning). Raises ReadError."""
    for magic, kind in _MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise ReadError("binary", f"binary file ({kind}), not text")
    if data.startswith(codecs.BOM_UTF8):
        return _decoded(data[len(codecs.BOM_UTF8):], "utf-8", [])
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decoded(data, "utf-16", [])
    if b"\x00" in data:
        return _decode_utf16_without_bom(data)
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        utf8_error = error
    text = data.decode("cp1256", errors="replace")
    if _looks_binary(text):
        raise ReadError("binary", f"not text: invalid UTF-8 at byte {utf8_error.start} and not Windows-1256 either")
    return text, ["decoded as cp1256 (not valid UTF-8)"]


def _decoded(data: bytes, encoding: str, warnings: list[str]) -> tuple[str, list[str]]:
    try:
        return data.decode(encoding), warnings
    except UnicodeDecodeError as error:
        raise ReadError("decode", f"invalid {encoding} at byte {error.start}: {error.reason}") from None


def _decode_utf16_without_bom(data: bytes) -> tuple[str, list[str]]:
    """NUL bytes without a BOM: UTF-16 if one byte order decodes to plausible text, else binary."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, [f"decoded as {encoding} (no byte-order mark)"]
    raise ReadError("binary", "binary file (contains NUL bytes), not text")


def _looks_like_text(text: str) -> bool:
    readable = sum(1 for char in text if char.isalnum() or char.isspace() or unicodedata.category(char)[0] in "PZS")
    return bool(text) and readable / len(text) > 0.95 and not _looks_binary(text)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    controls = sum(1 for char in text if (ord(char) < 32 and char not in "\n\r\t\f\v") or char == "\ufffd")
    return controls / len(text) > 0.05


class _VisibleText(HTMLParser):
    """Collects the text a reader sees: no script, style, head metadata or comments."""

    _HIDDEN = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"}
    _BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
               "article", "blockquote", "header", "footer", "table", "ul", "ol", "hr", "pre", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in self._HIDDEN:
            self.hidden_depth += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        if not self.hidden_depth:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    """Visible text of an HTML page (paragraphs on their own lines) and its <title>."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    lines = ("".join(parser.parts)).split("\n")
    text = "\n".join(" ".join(line.split()) for line in lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.strip(), " ".join("".join(parser.title).split())


def _document_from_object(obj: Any, default_id: str, source: str | None) -> Document:
    if not isinstance(obj, dict):
        raise ReadError("format", "expected a JSON object with a \"text\" field")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError("format", "JSON object has no \"text\" string field")
    doc_id = str(obj["id"]) if obj.get("id") not in (None, "") else default_id
    meta = {"title": obj["title"]} if isinstance(obj.get("title"), str) else {}
    for key in ("published", "date"):  # the publication date that relative dates resolve against
        if isinstance(obj.get(key), str) and obj[key].strip():
            meta[key] = obj[key].strip()
    return _checked(Document(text=text, id=doc_id, source=source, meta=meta))


def _checked(doc: Document) -> Document:
    if not doc.text.strip():
        return doc.fail("empty", "no text: the article is empty or whitespace only")
    return doc


def _error_document(doc_id: str, source: str | None, error_type: str, message: str) -> Document:
    return Document(text="", id=doc_id, source=source).fail(error_type, message)


def read_text(text: str, doc_id: str = "text", source: str | None = None) -> Document:
    """A document from a string already in memory."""
    return _checked(Document(text=text.removeprefix("\ufeff"), id=doc_id, source=source))


def read_file(path: Path, source: str | None = None, doc_id: str | None = None) -> Iterator[Document]:
    """Documents in one file (one for .txt/.html, one or more for .json/.jsonl)."""
    source = source if source is not None else path.name
    doc_id = doc_id or _id_for(source)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        yield _error_document(doc_id, source, "read", "is a directory")
        return
    except OSError as error:
        yield _error_document(doc_id, source, "read", f"cannot read file: {error.strerror or error}")
        return
    suffix = path.suffix.lower()
    try:
        if not data.strip():
            raise ReadError("empty", "empty file")
        text, warnings = decode_bytes(data)
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl_documents(text, doc_id, source, warnings)
            return
        if suffix in JSON_SUFFIXES:
            yield from _json_documents(text, doc_id, source, warnings)
            return
        meta: dict[str, Any] = {}
        if suffix in HTML_SUFFIXES:
            text, title = html_to_text(text)
            meta = {"title": title} if title else {}
        doc = _checked(Document(text=text, id=doc_id, source=source, meta=meta))
        doc.warnings.extend(warnings)
        yield doc
    except ReadError as error:
        yield _error_document(doc_id, source, error.error_type, str(error))


def _json_documents(text: str, doc_id: str, source: str, warnings: list[str]) -> Iterator[Document]:
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError("format", f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}") from None
    items = parsed if isinstance(parsed, list) else [parsed]
    for number, item in enumerate(items, start=1):
        default_id = doc_id if len(items) == 1 else f"{doc_id}:{number}"
        try:
            doc = _document_from_object(item, default_id, source)
        except ReadError as error:
            doc = _error_document(default_id, source, error.error_type, str(error))
        doc.warnings.extend(warnings)
        yield doc


def _jsonl_documents(text: str, doc_id: str, source: str, warnings: list[str]) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_id = f"{doc_id}:{number}"
        try:
            doc = _document_from_object(json.loads(line), line_id, source)
        except json.JSONDecodeError as error:
            doc = _error_document(line_id, source, "format", f"line {number}: invalid JSON: {error.msg}")
        except ReadError as error:
            doc = _error_document(line_id, source, error.error_type, f"line {number}: {error}")
        doc.warnings.extend(warnings)
        yield doc


def _id_for(source: str) -> str:
    name = source.replace(os.sep, "/")
    stem, dot, suffix = name.rpartition(".")
    return stem if dot and "." + suffix.lower() in SUPPORTED_SUFFIXES else name


def list_inputs(path: Path) -> list[tuple[Path, str]]:
    """(file, source name) for a path: the file itself, or a folder's supported files, sorted.

    Broken symlinks and unreadable entries inside a folder are listed too, so they get an error
    record rather than vanishing. A NAME.json beside NAME.txt or NAME.html is that article's gold
    record (RECORD.md section 2), not an article, and is left out; so is any NAME.gold.json, a gold
    record whose text is kept elsewhere (samples/real/: the texts are materialised from the corpus).
    """
    if not path.is_dir():
        return [(path, path.name)]
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith(".") or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            if name.lower().endswith(GOLD_ONLY_SUFFIX):
                continue
            file_path = Path(root) / name
            found.append((file_path, file_path.relative_to(path).as_posix()))
    article_stems = {path.with_suffix("") for path, _ in found if path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES}
    found = [(path, source) for path, source in found
             if not (path.suffix.lower() in JSON_SUFFIXES and path.with_suffix("") in article_stems)]
    return sorted(found, key=lambda item: item[1])


def read(paths: str | os.PathLike | Iterable[str | os.PathLike]) -> Iterator[Document]:
    """Documents from one or more files or folders (folders recursively, in sorted order)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for path in paths:
        path = Path(path)
        if not path.exists() and not path.is_symlink():
            raise FileNotFoundError(f"no such file or folder: {path}")
        for file_path, source in list_inputs(path):
            yield from read_file(file_path, source)
