import json
import runpy
from pathlib import Path

import pytest

from extract import Pipeline
from extract.cli import main
from extract.document import Span
from extract.evaluate import bio_entities, bracketed_to_conll, name_recall, ner_scores, read_bracketed, read_conll
from extract.ner import lexicon_entities
from extract.registry import Component


@pytest.mark.parametrize("tags, entities", [
    (["B-PER", "I-PER", "O", "B-LOC"], {(0, 1, "PER"), (3, 3, "LOC")}),
    (["I-ORG", "I-ORG", "O"], {(0, 1, "ORG")}),  # IOB1: I- starts an entity after O
    (["B-PER", "B-PER"], {(0, 0, "PER"), (1, 1, "PER")}),
    (["B-PER", "I-LOC"], {(0, 0, "PER"), (1, 1, "LOC")}),
    (["O", "O"], set()),
])
def test_bio_entities(tags, entities):
    assert bio_entities(tags) == entities


def test_exact_match_only():
    scores = ner_scores([(["B-PER", "I-PER", "O"], ["B-PER", "O", "O"]), (["B-LOC"], ["B-LOC"])])
    overall = scores["overall"]
    assert (overall.true_positives, overall.false_positives, overall.false_negatives) == (1, 1, 1)
    assert scores["LOC"].f1 == 1.0 and scores["PER"].f1 == 0.0


def test_eval_ner_scores_a_prediction_column(tmp_path, capsys):
    conll = tmp_path / "pred.conll"
    conll.write_text("جون\tB-PER\tB-PER\nدوريان\tI-PER\tI-PER\nفي\tO\tO\nحلب\tB-LOC\tO\n\n"
                     "داعش\tB-ORG\tB-ORG\n", encoding="utf-8")
    assert main(["eval-ner", str(conll)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1] == "f1=0.800"
    assert any(line.startswith("LOC") and "0.000" in line for line in lines)


def test_eval_ner_runs_the_ner_on_tokens(tmp_path, capsys):
    conll = tmp_path / "gold.conll"
    conll.write_text("قال\tO\nالكولونيل\tO\nجون\tB-PER\nدوريان\tI-PER\nإن\tO\nداعش\tB-ORG\nهاجم\tO\nالموصل\tB-LOC\n",
                     encoding="utf-8")
    assert main(["eval-ner", str(conll)]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "f1=1.000"


def test_eval_ner_bad_file(tmp_path, capsys):
    bad = tmp_path / "bad.conll"
    bad.write_text("onlyonecolumn\n", encoding="utf-8")
    assert main(["eval-ner", str(bad)]) == 2
    assert "not a CoNLL file" in capsys.readouterr().err


def test_read_bracketed_gives_plain_text_and_spans():
    text, spans = read_bracketed("وقال [[رامي عبد الرحمن|PER]] إن القصف طال [[سراقب|LOC]] وطائرات [[روسية|O]] شاركت.")
    assert text == "وقال رامي عبد الرحمن إن القصف طال سراقب وطائرات روسية شاركت."
    assert [(text[start:end], label) for start, end, label in spans] == [("رامي عبد الرحمن", "PER"), ("سراقب", "LOC")]


@pytest.mark.parametrize("line", ["قصف [[حلب|LOC] أمس", "قصف [[حلب|CITY]] أمس", "قصف [[حلب]] أمس"])
def test_read_bracketed_rejects_malformed_markup(line):
    with pytest.raises(ValueError, match="malformed"):
        read_bracketed(line)


def test_bracketed_names_tag_whole_tokens_with_their_clitics():
    tokenizer = Pipeline(components=["normalize", "tokenize"])
    lines = ["# a comment", "", "وصل الوفد [[بالرقة|LOC]] و[[دمشق|LOC]] مع [[الجيش السوري|ORG]]."]
    [sentence] = bracketed_to_conll(lines, tokenizer)
    assert sentence == [("وصل", "O"), ("الوفد", "O"), ("بالرقة", "B-LOC"), ("ودمشق", "B-LOC"), ("مع", "O"),
                        ("الجيش", "B-ORG"), ("السوري", "I-ORG"), (".", "O")]


def test_ner_test_set_matches_its_annotated_sources():
    """samples/ner_test.conll is generated from samples/ner/*.ner: the two must not drift apart."""
    root = Path(__file__).resolve().parent.parent
    build = runpy.run_path(str(root / "scripts" / "build_ner_test.py"))
    conll = (root / "samples" / "ner_test.conll").read_text(encoding="utf-8")
    assert conll == build["conll_text"](), "run `python scripts/build_ner_test.py` after editing samples/ner/"
    sentences = read_conll(root / "samples" / "ner_test.conll")
    assert len(sentences) >= 300
    labels = {tag[2:] for sentence in sentences for _, tag, _ in sentence if tag != "O"}
    assert labels == {"PER", "LOC", "ORG"}


def test_name_recall_counts_gold_names_found_by_label(tmp_path):
    (tmp_path / "a.txt").write_text("قال المرصد السوري لحقوق الإنسان إن طائرات قصفت بلدة سراقب، وقال زهير قطيش إن الوضع صعب.",
                                    encoding="utf-8")
    gold = {"places": [{"name": "سراقب", "aliases": ["سراقب"]}],
            "actors": [{"name": "المرصد السوري لحقوق الإنسان", "kind": "organization",
                        "aliases": ["المرصد السوري لحقوق الإنسان", "المرصد"]},
                       {"name": "زهير قطيش", "kind": "person", "aliases": ["زهير قطيش"]}]}
    (tmp_path / "a.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    found = name_recall(tmp_path, Pipeline(components=["normalize", "tokenize", "ner"]))
    assert found["places"] == (1, 1) and found["organisations"] == (1, 1)
    assert found["persons"][1] == 1
    # The same place under the wrong label is not found.
    found = name_recall(tmp_path, Pipeline(components=["normalize", "tokenize", WRONG_LABELS]))
    assert found["places"] == (0, 1)



def _label_everything_org(doc):
    """A NER function that labels every lexicon span ORG."""
    doc.entities = [Span(span.start, span.end, span.text, "ORG") for span in lexicon_entities(doc)]
    return doc


WRONG_LABELS = Component("ner", _label_everything_org, ("tokens",), ("entities",))


def test_eval_ner_scores_a_folder_of_conll_files(tmp_path, capsys):
    (tmp_path / "a.conll").write_text("جون\tB-PER\tB-PER\nفي\tO\tO\nحلب\tB-LOC\tB-LOC\n", encoding="utf-8")
    (tmp_path / "b.conll").write_text("داعش\tB-ORG\tO\n", encoding="utf-8")
    assert main(["eval-ner", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "sentences: 2" in captured.err
    assert captured.out.strip().splitlines()[-1] == "f1=0.800"


def test_conll_tokens_our_tokenizer_splits_keep_one_tag_each():
    # ANERcorp writes some tokens our tokenizer cuts in two (a number glued to a hyphen, a Latin
    # abbreviation): each CoNLL token still gets exactly one tag, from the spans over its pieces.
    from extract.evaluate import predict_conll_tags
    from extract.pipeline import Pipeline

    nlp = Pipeline(components=["normalize", "tokenize", {"name": "ner", "backend": "lexicon"}])
    tokens = ["قصفت", "الطائرات", "حلب", "في", "2005-2006", "وقالت", "U.S.", "ذلك"]
    tags = predict_conll_tags(tokens, nlp)
    assert len(tags) == len(tokens)
    assert tags[2] == "B-LOC" and tags[4] == "O"


def test_eval_ner_reads_consecutive_sentences_as_one_document(tmp_path, capsys):
    from extract.evaluate import document_groups, predict_conll_document
    from extract.pipeline import Pipeline

    nlp = Pipeline(components=["normalize", "tokenize", {"name": "ner", "backend": "lexicon"}])
    sentences = [["قصفت", "الطائرات", "حلب", "."], ["ثم", "عادت", "إلى", "الموصل"], ["وانتهى", "الأمر"]]
    assert predict_conll_document(sentences, nlp) == [["O", "O", "B-LOC", "O"], ["O", "O", "O", "B-LOC"], ["O", "O"]]
    assert document_groups([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]
    assert document_groups([1, 2, 3], 0) == [[1, 2, 3]]
    conll = tmp_path / "gold.conll"
    conll.write_text("قصفت\tO\nحلب\tB-LOC\n\nثم\tO\nعادت\tO\nإلى\tO\nالموصل\tB-LOC\n", encoding="utf-8")
    assert main(["eval-ner", str(conll), "--group", "2", "--ner", "lexicon"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "f1=1.000"
