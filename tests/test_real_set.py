"""The real-text evaluation set: manifest, gold files, and gold that agrees with its texts.

The texts are not committed; they are materialised from ../shared/data/corpus by
scripts/materialise_real.py, which checks each one's sha256.
"""

from __future__ import annotations

import csv
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.evaluate import score_normalize, variants

from conftest import SHARED

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "samples" / "real"
CORPUS = SHARED / "data" / "corpus" / "arabic_news.jsonl.gz"
GOLD_FIELDS = ("counts", "places", "actors", "agents", "quotes")


def manifest_rows() -> list[dict[str, str]]:
    with (REAL / "manifest.tsv").open(encoding="utf-8", newline="") as rows:
        return list(csv.DictReader(rows, delimiter="\t"))


def gold_files() -> list[Path]:
    return sorted(REAL.glob("*/*.gold.json"))


def test_manifest_is_split_once_and_spread_over_sources() -> None:
    rows = manifest_rows()
    splits = [row["split"] for row in rows]
    assert splits.count("dev") == 60 and splits.count("test") == 15
    assert len({row["line"] for row in rows}) == len(rows) == len({row["name"] for row in rows})
    sources = {row["corpus_id"].split("/")[0] for row in rows}
    assert {"saudinewsnet", "ANT-1.1", "ANT-2.1"} <= sources
    assert all(len(row["sha256"]) == 64 for row in rows)


def test_second_dev_draw_is_appended_after_the_first_and_spread_over_sources() -> None:
    """The first draw (45 rows, 30 dev) stays as it was; the seed-2590 draw adds 10 dev rows per source."""
    rows = manifest_rows()
    assert [row["split"] for row in rows[45:]] == ["dev"] * 30
    appended = [row["corpus_id"].split("/")[0] for row in rows[45:]]
    assert {source: appended.count(source) for source in set(appended)} == {
        "saudinewsnet": 10, "ANT-1.1": 10, "ANT-2.1": 10}


def test_every_manifest_row_has_its_gold() -> None:
    for row in manifest_rows():
        assert (REAL / row["split"] / f"{row['name']}.gold.json").is_file(), row["name"]


def test_gold_files_belong_to_the_manifest_and_have_every_field() -> None:
    names = {(row["split"], row["name"]) for row in manifest_rows()}
    for path in gold_files():
        assert (path.parent.name, path.name.removesuffix(".gold.json")) in names, path
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["id"] == path.name.removesuffix(".gold.json")
        for field in GOLD_FIELDS:
            assert isinstance(gold[field], list), (path, field)


@pytest.fixture(scope="module")
def materialised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.is_file():
        pytest.skip("../shared/data/corpus is not beside the project")
    out = tmp_path_factory.mktemp("real")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "materialise_real.py"), str(CORPUS), str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out


CLITICS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


def text_word_forms(token: str) -> set[str]:
    """A text word and the word without a leading clitic, however short the rest (ولى زيلدن, و5)."""
    forms = variants(token) | {token}
    forms |= {token[len(clitic):] for clitic in CLITICS if token.startswith(clitic) and len(token) > len(clitic)}
    return forms


def occurs(surface: str, text_tokens: list[str]) -> bool:
    """A gold surface form occurs in the text: its first word may carry a clitic in the text
    (للجيش holds الجيش, و5 holds 5), the other words are equal."""
    words = score_normalize(surface).split()
    if not words:
        return False
    first, rest = variants(words[0]), words[1:]
    return any(text_word_forms(text_tokens[i]) & first and text_tokens[i + 1:i + 1 + len(rest)] == rest
               for i in range(len(text_tokens) - len(rest)))


def gold_surfaces(gold: dict) -> list[tuple[str, str]]:
    surfaces = [("counts", item["text"]) for item in gold["counts"]]
    for field in ("places", "actors", "agents"):
        surfaces += [(field, alias) for item in gold[field] for alias in item["aliases"]]
    surfaces += [("quotes", quote["text"]) for quote in gold["quotes"]]
    surfaces += [("dates", date["text"]) for date in gold.get("dates", [])]
    return surfaces


def test_every_gold_surface_form_occurs_in_its_text(materialised: Path) -> None:
    missing = []
    for path in gold_files():
        text_path = materialised / path.parent.name / path.name.replace(".gold.json", ".txt")
        assert text_path.is_file(), text_path
        assert (materialised / path.parent.name / path.name.replace(".gold.json", ".json")).is_file()
        text_tokens = score_normalize(text_path.read_text(encoding="utf-8")).split()
        gold = json.loads(path.read_text(encoding="utf-8"))
        missing += [(path.name, field, surface) for field, surface in gold_surfaces(gold)
                    if not occurs(surface, text_tokens)]
    assert not missing, missing[:20]


def test_gold_only_files_are_not_read_as_articles(tmp_path: Path) -> None:
    from extract import read

    (tmp_path / "a.gold.json").write_text('{"id": "a", "counts": []}', encoding="utf-8")
    (tmp_path / "b.txt").write_text("قال الوزير إن 3 أشخاص قتلوا", encoding="utf-8")
    assert [doc.source for doc in read(tmp_path)] == ["b.txt"]


def synthetic_corpus(path: Path, per_source: int = 30) -> None:
    """A corpus in the shared corpus's shape: every source with articles of 300-3,500 characters,
    and one too short to draw."""
    ids = {"SaudiNewsNet": "saudinewsnet/2015-07-24/{n}", "ANT-1.1": "ANT-1.1/sport/JA-sport-{n}-20170101.txt",
           "ANT-2.1": "ANT-2.1/CNN/sport/CN-sport-{n}-20180101.txt"}
    lines = []
    for source, pattern in ids.items():
        for n in range(per_source):
            text = f"خبر رقم {n} من {source} " + "نص الخبر " * 40
            lines.append({"source": source, "id": pattern.format(n=n), "outlet": "Outlet", "text": text,
                          "date": "2015-07-24" if source == "SaudiNewsNet" else None})
        lines.append({"source": source, "id": pattern.format(n=999), "outlet": "Outlet", "text": "قصير"})
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines))


def run_script(name: str, *args: Path | str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / name), *map(str, args)], capture_output=True, text=True)


def test_appended_dev_draw_keeps_the_first_rows_and_draws_only_unused_lines(tmp_path: Path) -> None:
    corpus, manifest = tmp_path / "corpus.jsonl.gz", tmp_path / "manifest.tsv"
    synthetic_corpus(corpus)
    assert run_script("draw_real_set.py", corpus, manifest).returncode == 0
    first = manifest.read_text(encoding="utf-8")
    done = run_script("draw_real_set.py", corpus, manifest, "--append-dev", "2590")
    assert done.returncode == 0, done.stderr
    text = manifest.read_text(encoding="utf-8")
    assert text.startswith(first)
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    old, new = rows[:45], rows[45:]
    assert [row["split"] for row in new] == ["dev"] * 30
    assert not {row["line"] for row in old} & {row["line"] for row in new}
    assert sorted(row["corpus_id"].split("/")[0] for row in new) == sorted(["saudinewsnet", "ANT-1.1", "ANT-2.1"] * 10)
    assert all("999" not in row["corpus_id"] for row in new)
    again = tmp_path / "again.tsv"
    again.write_text(first, encoding="utf-8")
    run_script("draw_real_set.py", corpus, again, "--append-dev", "2590")
    assert again.read_text(encoding="utf-8") == text


def test_materialise_rejects_a_text_whose_sha256_differs(tmp_path: Path) -> None:
    corpus, manifest = tmp_path / "corpus.jsonl.gz", tmp_path / "manifest.tsv"
    synthetic_corpus(corpus)
    run_script("draw_real_set.py", corpus, manifest)
    assert run_script("materialise_real.py", corpus, tmp_path / "ok", "--manifest", manifest).returncode == 0
    lines = manifest.read_text(encoding="utf-8").splitlines()
    fields = lines[1].split("\t")
    fields[-1] = "0" * 64
    manifest.write_text("\n".join([lines[0], "\t".join(fields), *lines[2:]]) + "\n", encoding="utf-8")
    done = run_script("materialise_real.py", corpus, tmp_path / "bad", "--manifest", manifest)
    assert done.returncode == 1 and "does not match its sha256" in done.stderr
