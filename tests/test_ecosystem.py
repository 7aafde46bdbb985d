"""Fit the tools users already have (issue 15): spaCy, typing, the command line's conventions,
and tables that lose nothing of the record."""

import io
import json
import logging
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import extract
from extract import Pipeline
from extract.cli import main

ARTICLE = "قال المرصد السوري إن الطيران الروسي قصف مدينة حلب بغاز الكلور وقتل ثلث السكان"
SHARED_NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news"


# spaCy

def test_the_spacy_component_is_found_by_name_and_sets_ents_and_the_record():
    import spacy

    nlp = spacy.blank("ar")
    nlp.add_pipe("arabic_news_extract")
    doc = nlp(ARTICLE)
    assert ("حلب", "LOC") in [(span.text, span.label_) for span in doc.ents]
    assert doc._.record["places"][0]["name"] == "حلب"
    assert doc._.record == Pipeline()(ARTICLE)
    for span in doc.ents:
        assert ARTICLE[span.start_char:span.end_char] == span.text


def test_to_spacy_and_displacy_render_a_record():
    from spacy import displacy

    record = Pipeline()(ARTICLE)
    doc = extract.to_spacy(record, ARTICLE)
    assert [span.text for span in doc.ents] == [entity["text"] for entity in record["entities"]]
    html = displacy.render(doc, style="ent")
    assert "حلب" in html and "LOC" in html and 'direction: rtl' in html
    document = Pipeline().process(extract.read_text(ARTICLE))
    assert [span.text for span in extract.to_spacy(document).ents] == [span.text for span in doc.ents]


# Python conventions

def test_the_package_is_typed():
    assert (Path(extract.__file__).parent / "py.typed").exists()
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"extract" = ["py.typed"]' in pyproject


def test_pipe_names_and_pipe_as_tuples_as_spacy_users_expect():
    nlp = Pipeline()
    assert nlp.pipe_names == nlp.component_names and nlp.pipe_names[:2] == ["normalize", "tokenize"]
    texts = [("قصف في حلب", {"n": 1}), ("قصف في دمشق", {"n": 2}), ("قصف في إدلب", {"n": 3})]
    for jobs in (1, 2):
        results = list(nlp.pipe(texts, as_tuples=True, jobs=jobs))
        assert [context["n"] for _, context in results] == [1, 2, 3]
        assert [record["places"][0]["name"] for record, _ in results] == ["حلب", "دمشق", "إدلب"]


def test_remove_pipe_that_fails_leaves_the_order_as_it_was():
    nlp = Pipeline()
    before = list(nlp.pipe_names)
    with pytest.raises(extract.PipelineError):
        nlp.remove_pipe("normalize")
    assert nlp.pipe_names == before
    assert nlp("قصف في حلب")["status"] == "ok"


@pytest.mark.skipif(not SHARED_NEWS.is_dir(), reason="../shared/data/news is not beside the project")
def test_evaluation_functions_accept_str_paths():
    from extract.evaluate import evaluate_folder, name_recall

    assert evaluate_folder(str(SHARED_NEWS)).articles == evaluate_folder(SHARED_NEWS).articles > 0
    nlp = Pipeline(components=["normalize", "tokenize", "ner"])
    assert name_recall(str(SHARED_NEWS), nlp) == name_recall(SHARED_NEWS, nlp)


# The command line

def test_version():
    result = subprocess.run([sys.executable, "-m", "extract", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"extract {extract.__version__}"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _jsonl(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{n}", "text": f"قتل {n + 2} في حلب"}, ensure_ascii=False) + "\n"
                            for n in range(count)), encoding="utf-8")
    return path


def test_the_progress_bar_counts_the_articles_of_one_jsonl(tmp_path, monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["run", str(_jsonl(tmp_path, 30)), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "30 articles" in terminal.getvalue()


def test_quiet_hides_the_progress_bar_and_the_summary(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(ARTICLE, encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["run", str(folder), "-o", str(tmp_path / "out.jsonl"), "-q"]) == 0
    assert terminal.getvalue() == ""


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path, capsys):
    assert main(["run", str(_jsonl(tmp_path, 30)), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "articles/s" not in capsys.readouterr().err


def test_verbose_logs_through_logging(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.docx").write_bytes(b"PK\x03\x04")
    handler_records = []

    class Collect(logging.Handler):
        def emit(self, record):
            handler_records.append(record.getMessage())

    logging.getLogger("extract").addHandler(collect := Collect())
    try:
        assert main(["-v", "run", str(folder), "-o", str(tmp_path / "out.jsonl"), "-q"]) == 0
    finally:
        logging.getLogger("extract").removeHandler(collect)
    assert any("b.docx" in message and "skipped" in message for message in handler_records)
    assert any(message.startswith("pipeline: normalize -> tokenize") for message in handler_records)
    assert "extract: INFO: skipped" in capsys.readouterr().err


@pytest.mark.parametrize("stdin, source", [
    (ARTICLE, "stdin"),
    (json.dumps({"id": "x", "text": ARTICLE}, ensure_ascii=False) + "\n" + json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n", "stdin"),
])
def test_dash_reads_standard_input(stdin, source):
    result = subprocess.run([sys.executable, "-m", "extract", "run", "-", "-o", "-", "-q"], input=stdin.encode("utf-8"),
                            capture_output=True)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert records and all(record["source"] == source and record["places"][0]["name"] == "حلب" for record in records)
    assert len(records) == (1 if stdin.startswith("ق") else 2)


# Tables: one per field, nothing lost

@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_tables_have_one_file_per_field_with_one_row_per_mention(tmp_path, suffix):
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE + ". وقال المرصد إن الهجوم على حلب استمر", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    output = tmp_path / f"out{suffix}"
    assert main(["run", str(source), str(tmp_path / "b.txt"), "-o", str(output), "-q"]) == 0
    read = pd.read_csv if suffix == ".csv" else pd.read_parquet
    record = Pipeline()(source.read_text(encoding="utf-8"), doc_id="a")
    places = read(tmp_path / f"out.places{suffix}")
    aleppo = places[places["name"] == "حلب"]
    assert len(aleppo) == len(record["places"][0]["mentions"]) == 2
    assert list(aleppo["mention"]) == [1, 2] and list(aleppo["start"]) == [m["start"] for m in record["places"][0]["mentions"]]
    counts = read(tmp_path / f"out.counts{suffix}")
    assert "fraction" in counts.columns and "1/3" in set(counts["fraction"].dropna())
    quotes = read(tmp_path / f"out.quotes{suffix}")
    assert {"cue", "cue_start", "speaker", "speaker_start"} <= set(quotes.columns)
    articles = read(tmp_path / f"out.articles{suffix}")
    assert list(articles["error_type"].fillna("")) == ["", "empty"]
    assert set(read(output)["id"]) == {"a", "b"}
