"""Reading articles: files or folders of .txt, .html/.htm, .json and .jsonl, in any common encoding.

Every input yields a Document; one that cannot be read yields a Document with `error` set, so a
run never loses a record. Offsets in records index the text produced here (BOM dropped, HTML
reduced to its visible text); `read_text` keeps the caller's string as it is, so offsets index it.
Only regular files are read, never more than `max_bytes` of them (a FIFO or /dev/zero named .txt
gets an error record, not a hang); JSONL is streamed line by line.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

from extract.document import Document

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl"}
GOLD_ONLY_SUFFIX = ".gold.json"
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
# Far more than any article in any encoding (4 bytes a character, HTML markup around the text); a
# file beyond it gets an error record before it fills the memory. JSONL is limited per line.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
# NUL bytes below this share of a file are damage (a corpus whose files end in NUL), not binary data.
STRAY_NUL_SHARE = 0.01
# A file whose valid multi-byte UTF-8 characters outnumber its invalid bytes this many times over is
# UTF-8 with damage, not Windows-1256 (cp1256 Arabic read as UTF-8 is almost all invalid bytes).
UTF8_VALID_PER_INVALID = 4
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

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
    """Decode article bytes: BOMs, UTF-8, then Windows-1256 (with a warning). Raises ReadError.

    NUL bytes at the end, or a few inside otherwise valid text, are dropped (trailing) or read as
    spaces (inside), with a warning; a file with many NULs is UTF-16 without a BOM, or binary.
    """
    for magic, kind in _MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise ReadError("binary", f"binary file ({kind}), not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom):], encoding, [])
    if b"\x00" not in data:
        return _decode_utf8_or_cp1256(data)
    stripped = data.rstrip(b"\x00")
    stray = stripped.count(b"\x00")
    if stray > len(stripped) * STRAY_NUL_SHARE:
        return _decode_utf16_without_bom(data)
    warnings = []
    if len(stripped) < len(data):
        warnings.append(f"dropped {len(data) - len(stripped)} NUL bytes at the end of the file")
    if stray:
        warnings.append(f"read {stray} stray NUL bytes as spaces")
    text, decode_warnings = _decode_utf8_or_cp1256(stripped.replace(b"\x00", b" "))
    return text, warnings + decode_warnings


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))  # UTF-32 LE first: it starts like UTF-16 LE


def _decode_utf8_or_cp1256(data: bytes) -> tuple[str, list[str]]:
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        utf8_error = error
    repaired = data.decode("utf-8", errors="replace")
    invalid = repaired.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for char in repaired if "\x80" <= char != "\ufffd")
    if multibyte >= UTF8_VALID_PER_INVALID * invalid:
        return repaired, [f"replaced {invalid} invalid UTF-8 bytes with U+FFFD (first at byte {utf8_error.start})"]
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


class _VisibleTextHandlers:
    """Collects the text a reader sees: no script, style, head metadata or comments.

    As browsers do, the head ends at </head>, at <body>, or at the first tag or text that belongs
    in the body, so a page that never closes its head keeps its text. The handlers of an
    html.parser.HTMLParser (_visible_text_class): html.parser is imported for the first HTML input
    only, as its import was a hundredth of a one-file run.
    """

    _HIDDEN = {"script", "style", "noscript", "template", "title", "svg", "iframe", "object"}
    _HEAD_TAGS = {"head", "html", "title", "meta", "link", "base", "style", "script", "noscript", "template"}
    _BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
               "article", "blockquote", "header", "footer", "table", "ul", "ol", "hr", "pre", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.in_head = False
        self.title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "head":
            self.in_head = True
        elif self.in_head and tag not in self._HEAD_TAGS:
            self.in_head = False
        if tag == "title":
            self._in_title = True
        if tag in self._HIDDEN:
            self.hidden_depth += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.in_head and tag not in self._HEAD_TAGS:
            self.in_head = False
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self.in_head = False
        if tag == "title":
            self._in_title = False
        if tag in self._HIDDEN:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        if self.hidden_depth:
            return
        if self.in_head and data.strip():
            self.in_head = False  # text outside title/script/style starts the body
        if not self.in_head:
            self.parts.append(data)


@lru_cache(maxsize=1)
def _visible_text_class() -> type:
    from html.parser import HTMLParser

    return type("_VisibleText", (_VisibleTextHandlers, HTMLParser), {})


def html_to_text(html: str) -> tuple[str, str]:
    """Visible text of an HTML page (paragraphs on their own lines) and its <title>."""
    parser = _visible_text_class()()
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
    warnings: list[str] = []
    text = _without_lone_surrogates(text, "text", warnings)
    doc_id = _without_lone_surrogates(str(obj["id"]), "id", warnings) if obj.get("id") not in (None, "") \
        else default_id
    meta = {"title": _without_lone_surrogates(obj["title"], "title", warnings)} if isinstance(obj.get("title"), str) else {}
    for key in ("published", "date"):  # the publication date that relative dates resolve against
        if isinstance(obj.get(key), str) and obj[key].strip():
            meta[key] = obj[key].strip()
    doc = _checked(Document(text=text, id=doc_id, source=source, meta=meta))
    doc.warnings.extend(warnings)
    return doc


def _without_lone_surrogates(value: str, what: str, warnings: list[str]) -> str:
    """JSON may escape half a surrogate pair ("\\ud800"), which no UTF-8 output can hold: U+FFFD
    replaces it, one character for one, so offsets stay."""
    repaired, count = _LONE_SURROGATE.subn("\ufffd", value)
    if count:
        warnings.append(f"replaced {count} lone surrogates (invalid Unicode) in the {what} with U+FFFD")
    return repaired


def safe_source(name: str) -> tuple[str, list[str]]:
    """A file name that any output can hold: bytes that are not UTF-8 (os gives them as lone
    surrogates) are written as \\xNN escapes, with a warning."""
    if not _LONE_SURROGATE.search(name):
        return name, []
    escaped = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    escaped = _LONE_SURROGATE.sub("\ufffd", escaped)
    return escaped, ["the file name is not valid UTF-8; its bad bytes are written as \\x escapes"]


def _checked(doc: Document) -> Document:
    if not doc.text.strip():
        return doc.fail("empty", "no text: the article is empty or whitespace only")
    return doc


def _error_document(doc_id: str, source: str | None, error_type: str, message: str) -> Document:
    return Document(text="", id=doc_id, source=source).fail(error_type, message)


def read_text(text: str, doc_id: str = "text", source: str | None = None) -> Document:
    """A document from a string already in memory, kept as it is (a leading BOM too), so that
    offsets in the record index the caller's string."""
    warnings: list[str] = []
    doc = _checked(Document(text=_without_lone_surrogates(text, "text", warnings), id=doc_id, source=source))
    doc.warnings.extend(warnings)
    return doc


def _open_regular(path: Path) -> BinaryIO:
    """The file open for reading, if it is a regular file (following symlinks). Opening does not
    block on a FIFO, and nothing but a regular file is read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except IsADirectoryError:
        raise ReadError("read", "is a directory") from None
    except OSError as error:
        raise ReadError("read", f"cannot read file: {error.strerror or error}") from None
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        kind = "a directory" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else \
            "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "a socket" if stat.S_ISSOCK(mode) else "special"
        raise ReadError("read", f"not a regular file ({kind}); only regular files are read")
    os.set_blocking(descriptor, True)
    return os.fdopen(descriptor, "rb")


def _read_limited(handle: BinaryIO, max_bytes: int) -> bytes:
    try:
        data = handle.read(max_bytes + 1)
    except OSError as error:
        raise ReadError("read", f"cannot read file: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise ReadError("too_large", f"the file is larger than the limit of {max_bytes:,} bytes "
                                     "(split it, or use JSONL: one article per line)")
    return data


def read_file(path: Path, source: str | None = None, doc_id: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Documents in one file (one for .txt/.html, one or more for .json/.jsonl)."""
    source, name_warnings = safe_source(source if source is not None else path.name)
    doc_id = doc_id or _id_for(source)
    suffix = path.suffix.lower()
    try:
        handle = _open_regular(path)
    except ReadError as error:
        yield _with_warnings(_error_document(doc_id, source, error.error_type, str(error)), name_warnings)
        return
    with handle:
        try:
            if suffix in JSONL_SUFFIXES and _streamable(handle):
                for doc in _jsonl_stream(handle, doc_id, source, max_bytes):
                    yield _with_warnings(doc, name_warnings)
                return
            docs = list(_whole_file_documents(_read_limited(handle, max_bytes), suffix, doc_id, source))
        except ReadError as error:
            docs = [_error_document(doc_id, source, error.error_type, str(error))]
    for doc in docs:
        yield _with_warnings(doc, name_warnings)


def read_stdin(handle: BinaryIO, source: str = "stdin", max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Documents from a stream: JSONL (read line by line) when it starts with "{", else one text."""
    first = handle.peek(1)[:1] if hasattr(handle, "peek") else b""
    while first in (b" ", b"\t", b"\r", b"\n"):
        handle.read(1)
        first = handle.peek(1)[:1]
    if first == b"{":
        yield from _jsonl_stream(handle, source, source, max_bytes)
        return
    try:
        yield from _whole_file_documents(_read_limited(handle, max_bytes), ".txt", source, source)
    except ReadError as error:
        yield _error_document(source, source, error.error_type, str(error))


def _with_warnings(doc: Document, warnings: list[str]) -> Document:
    doc.warnings[:0] = warnings
    return doc


def _whole_file_documents(data: bytes, suffix: str, doc_id: str, source: str) -> Iterator[Document]:
    if not data.strip():
        raise ReadError("empty", "empty file")
    text, warnings = decode_bytes(data)
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_documents(text.split("\n"), doc_id, source, warnings)
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


def _json_documents(text: str, doc_id: str, source: str, warnings: list[str]) -> Iterator[Document]:
    parsed = _parse_json(text)
    items = parsed if isinstance(parsed, list) else [parsed]
    if not items:
        raise ReadError("empty", "a JSON array with no articles in it")
    for number, item in enumerate(items, start=1):
        default_id = doc_id if len(items) == 1 else f"{doc_id}:{number}"
        try:
            doc = _document_from_object(item, default_id, source)
        except ReadError as error:
            doc = _error_document(default_id, source, error.error_type, str(error))
        doc.warnings.extend(warnings)
        yield doc


def _parse_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ReadError("format", f"invalid JSON at line {error.lineno} column {error.colno}: {error.msg}") from None
    except RecursionError:
        raise ReadError("format", "invalid JSON: nested too deeply to be an article") from None


def _jsonl_documents(lines: Iterable[str], doc_id: str, source: str, warnings: list[str]) -> Iterator[Document]:
    """One document per non-blank line; lines end at "\n" only, as JSON Lines says, so U+2028 or
    U+0085 inside a text do not split it."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield _jsonl_line_document(line, number, doc_id, source, warnings)


def _jsonl_line_document(line: str, number: int, doc_id: str, source: str, warnings: list[str]) -> Document:
    line_id = f"{doc_id}:{number}"
    try:
        doc = _document_from_object(json.loads(line), line_id, source)
    except json.JSONDecodeError as error:
        doc = _error_document(line_id, source, "format", f"line {number}: invalid JSON: {error.msg}")
    except RecursionError:
        doc = _error_document(line_id, source, "format", f"line {number}: invalid JSON: nested too deeply")
    except ReadError as error:
        doc = _error_document(line_id, source, error.error_type, f"line {number}: {error}")
    doc.warnings.extend(warnings)
    return doc


def _streamable(handle: BinaryIO) -> bool:
    """JSONL that can be read line by line as UTF-8: no UTF-16/32 byte-order mark, no NUL-heavy
    start (UTF-16 without a BOM), no binary magic number. Others are decoded whole."""
    head = handle.read(65536)
    handle.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        handle.seek(len(codecs.BOM_UTF8))
        return True
    if any(head.startswith(bom) for bom, _ in _BOMS) or any(head.startswith(magic) for magic in _MAGIC_NUMBERS):
        return False
    return head.rstrip(b"\x00").count(b"\x00") <= len(head) * STRAY_NUL_SHARE


def _jsonl_stream(handle: BinaryIO, doc_id: str, source: str, max_bytes: int) -> Iterator[Document]:
    """Documents of a JSONL file read one line at a time, each line at most `max_bytes`."""
    any_line = False
    for number, line in enumerate(_limited_lines(handle, max_bytes), start=1):
        if line is None:
            yield _error_document(f"{doc_id}:{number}", source, "too_large",
                                  f"line {number}: longer than the limit of {max_bytes:,} bytes")
            any_line = True
            continue
        if not line.strip(b" \t\r\n\x00"):
            continue
        any_line = True
        try:
            text, warnings = decode_bytes(line)
        except ReadError as error:
            yield _error_document(f"{doc_id}:{number}", source, error.error_type, f"line {number}: {error}")
            continue
        yield _jsonl_line_document(text, number, doc_id, source, warnings)
    if not any_line:
        yield _error_document(doc_id, source, "empty", "empty file")


def _limited_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The file's lines split at b"\n"; None for a line longer than max_bytes (skipped unread)."""
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
            yield None
            continue
        yield line.rstrip(b"\n")


def _id_for(source: str) -> str:
    name = source.replace(os.sep, "/")
    stem, dot, suffix = name.rpartition(".")
    return stem if dot and "." + suffix.lower() in SUPPORTED_SUFFIXES else name


def list_inputs(path: Path) -> list[tuple[Path, str]]:
    """(file, source name) for a path: the file itself, or a folder's supported files, sorted."""
    return scan_folder(path).files


def scan_inputs(path: Path) -> tuple[list[tuple[Path, str]], list[str]]:
    """The (file, source name) pairs to read under a path, sorted, and the paths of other kinds
    left out (see `scan_folder`, which also names the hidden files and folders left out)."""
    scan = scan_folder(path)
    return scan.files, scan.skipped


@dataclass
class FolderScan:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (file, source name), sorted by source
    skipped: list[str] = field(default_factory=list)  # files of other kinds, symlinks to folders
    hidden: list[str] = field(default_factory=list)  # files and folders whose name starts with "."


def scan_folder(path: Path) -> FolderScan:
    """What a path holds to read: the file itself, or a folder's files, recursively and sorted.

    Broken symlinks, FIFOs and unreadable entries inside a folder are listed, so they get an error
    record rather than vanishing. Files of other kinds (.docx, .pdf, .md ...) and symlinks to
    folders (not followed) are left out and named in `skipped`; hidden files and folders (a name
    starting with ".", not descended into) are left out and named in `hidden`, so a run can say
    so. A NAME.json beside NAME.txt or NAME.html is that article's gold record (RECORD.md section
    2), not an article, and is left out; so is any NAME.gold.json, a gold record whose text is kept
    elsewhere (samples/real/: the texts are materialised from the corpus).
    """
    if not path.is_dir():
        return FolderScan(files=[(path, path.name)])
    found, skipped, hidden = [], [], []
    for root, dirs, files in os.walk(path):
        relative = Path(root).relative_to(path)
        for name in dirs:
            if name.startswith("."):
                hidden.append(safe_source((relative / name).as_posix() + "/")[0])
            elif os.path.islink(os.path.join(root, name)):
                skipped.append((relative / name).as_posix() + " (a symlink to a folder, not followed)")
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.lower().endswith(GOLD_ONLY_SUFFIX):
                continue
            file_path = Path(root) / name
            source = file_path.relative_to(path).as_posix()
            if name.startswith("."):
                hidden.append(safe_source(source)[0])
                continue
            if Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                skipped.append(safe_source(source)[0])
                continue
            found.append((file_path, source))
    article_stems = {path.with_suffix("") for path, _ in found if path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES}
    found = [(path, source) for path, source in found
             if not (path.suffix.lower() in JSON_SUFFIXES and path.with_suffix("") in article_stems)]
    return FolderScan(sorted(found, key=lambda item: item[1]), sorted(skipped), sorted(hidden))


class InputError(ValueError):
    """A path given to read that cannot be read at all (missing, or the run's own output)."""


STDIN = "-"
STDIN_PATH = Path("/dev/stdin")  # compared by identity: a file named "-" in a folder is a file


@dataclass
class Inputs:
    """The files a run reads, and what it left out (said in its summary)."""

    files: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def collect_inputs(paths: str | os.PathLike | Iterable[str | os.PathLike], output: str | os.PathLike | None = None
                   ) -> Inputs:
    """The files under `paths` ("-" is standard input) in order, and the paths left out. The output
    itself is never read: given as an input it is an InputError, found inside a folder it is left
    out with a warning. A missing path is an InputError."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    inputs = Inputs()
    for raw in map(str, paths):
        if raw == STDIN:
            inputs.files.append((STDIN_PATH, "stdin"))
            continue
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise InputError(f"no such file or folder: {raw}")
        if output is not None and _same_file(path, output):
            raise InputError(f"{raw} is both an input and the output; choose another output")
        scan = scan_folder(path)
        if path.is_dir() and not scan.files:
            inputs.warnings.append(f"no .txt/.html/.json/.jsonl files under {raw}")
        for file_path, source in scan.files:
            if output is not None and path.is_dir() and _same_file(file_path, output):
                inputs.warnings.append(f"leaving out {file_path}: it is this run's output")
                continue
            inputs.files.append((file_path, source))
        inputs.skipped.extend(str(path / name) for name in scan.skipped)
        inputs.hidden.extend(os.path.join(raw, name) for name in scan.hidden)
    return inputs


def _same_file(path: Path, output: str | os.PathLike) -> bool:
    if str(output) == STDIN:
        return False
    try:
        return os.path.samefile(path, output)
    except OSError:
        return os.path.realpath(path) == os.path.realpath(output)


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: the size limit of one file (or JSONL line), and the publication date
    given to documents whose input names none."""

    max_bytes: int = DEFAULT_MAX_BYTES
    published: str | None = None


DocumentKey = tuple[str | None, str]


def read_inputs(files: Iterable[tuple[Path, str]], options: ReadOptions = ReadOptions(),
                skip: Counter[DocumentKey] | None = None, stdin: BinaryIO | None = None) -> Iterator[Document]:
    """The documents of (file, source) pairs in order: the one reading path of the library, the
    CLI and both engines. Each (source, id) in `skip` is left out as many times as it is counted
    there (the records a resumed output already holds); a .txt or .html file left out is not even
    opened, since its id is its name."""
    remaining: Counter[DocumentKey] = Counter(skip or {})
    for path, source in files:
        if remaining and path is not STDIN_PATH and path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES:
            safe = safe_source(source)[0]
            key = (safe, _id_for(safe))
            if remaining[key] > 0:
                remaining[key] -= 1
                continue
        if path is STDIN_PATH:
            documents = read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_bytes=options.max_bytes)
        else:
            documents = read_file(path, source, max_bytes=options.max_bytes)
        for doc in documents:
            if remaining and remaining[(doc.source, doc.id)] > 0:
                remaining[(doc.source, doc.id)] -= 1
                continue
            if options.published and not (doc.meta.get("published") or doc.meta.get("date")):
                doc.meta["published"] = options.published
            yield doc


def read(paths: str | os.PathLike | Iterable[str | os.PathLike], published: str | None = None,
         max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document]:
    """Documents from one or more files or folders (folders recursively, in sorted order), read as
    `extract run` reads them; `published` is the date of articles whose input gives none."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    options = ReadOptions(max_bytes=max_bytes, published=published)
    for path in paths:
        path = Path(path)
        if not path.exists() and not path.is_symlink():
            raise FileNotFoundError(f"no such file or folder: {path}")
        yield from read_inputs(list_inputs(path), options)
