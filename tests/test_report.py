"""The HTML report: spans highlighted, hostile text inert, right-to-left, checked in headless Chromium."""

import shutil
import struct
import subprocess
import zlib

import pytest

from extract import Pipeline
from extract.cli import main
from extract.report import highlight, records_page

HOSTILE = ('قال المرصد السوري إن 5 مدنيين قتلوا في حلب. '
           '<script>document.title="PWNED"</script> <img src=x onerror="document.title=\'PWNED\'">')
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def test_highlight_escapes_and_marks_fields():
    record = Pipeline()(HOSTILE)
    html = highlight(HOSTILE, record)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "&lt;img" in html
    assert "f-places" in html and "حلب" in html
    assert "f-counts" in html and "f-quotes" in html


def test_page_has_no_script_and_forbids_one():
    record = Pipeline()(HOSTILE)
    page = records_page([(record, HOSTILE)])
    assert "<script" not in page.lower()
    assert "script-src" not in page and "default-src 'none'" in page
    assert '<html lang="ar" dir="rtl">' in page


def _png_rows(path):
    """Decode an 8-bit RGB or RGBA, non-interlaced PNG into rows of pixel tuples."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, width = 8, b"", 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            chunks += body
        position += 12 + length
    raw, stride, rows, previous = zlib.decompress(chunks), width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - channels] if x >= channels else 0
            up, up_left = previous[x], previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                estimate = left + up - up_left
                distances = (abs(estimate - left), abs(estimate - up), abs(estimate - up_left))
                line[x] = (line[x] + (left, up, up_left)[distances.index(min(distances))]) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return rows


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_report_renders_rtl_in_chromium_and_runs_nothing(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    report = tmp_path / "report.html"
    assert main(["show", str(folder), "-o", str(report)]) == 0
    common = CHROMIUM_FLAGS + [f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,800"]
    dom = subprocess.run([CHROMIUM, *common, "--dump-dom", report.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    assert "<title>extract report</title>" in dom and "PWNED</title>" not in dom
    assert "<script" not in dom and "<img" not in dom
    assert "&lt;script&gt;" in dom and 'dir="rtl"' in dom and "حلب" in dom
    screenshot = tmp_path / "report.png"
    subprocess.run([CHROMIUM, *common, f"--screenshot={screenshot}", report.as_uri()],
                   capture_output=True, timeout=120, check=True)
    rows = _png_rows(screenshot)
    # The heading is right-aligned: its dark pixels sit in the right half of the page.
    dark = [x for row in rows[10:70] for x, pixel in enumerate(row) if sum(pixel) < 200]
    assert dark, "nothing was drawn"
    assert sum(dark) / len(dark) > len(rows[0]) * 0.6
