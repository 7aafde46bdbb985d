"""Optional NER backends: clear errors without their data, and their tags mapped onto our spans."""

import pytest

from extract import Pipeline, read_text
from extract.ner.backends import bio_to_spans
from extract.cli import main
from extract.ner import BackendUnavailable
from extract.ner.model import combine_with_model, plausible_model_span
from conftest import phrase_spans


def test_camel_backend_without_data_explains_how_to_install(monkeypatch):
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    with pytest.raises(BackendUnavailable, match="CAMELTOOLS_DATA"):
        Pipeline(ner="camel")


def test_camel_backend_with_an_empty_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    with pytest.raises(BackendUnavailable, match="no data/ner folder"):
        Pipeline(ner="camel")


def test_stanza_backend_without_models(tmp_path):
    with pytest.raises(BackendUnavailable, match="missing.*not found"):
        Pipeline(ner="stanza", stanza_dir=str(tmp_path / "missing"))


def test_cli_reports_a_missing_backend(monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    (tmp_path / "a.txt").write_text("قصف على حلب", encoding="utf-8")
    assert main(["run", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--ner", "camel"]) == 2
    error = capsys.readouterr().err
    assert "CAMELTOOLS_DATA" in error and "Traceback" not in error


def test_unknown_backend():
    with pytest.raises(ValueError, match="unknown NER backend"):
        Pipeline(ner="nonsense")


def test_bio_tags_map_onto_original_offsets():
    text = "قال الكولونيلُ جون دوريان في بالموصل"
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text(text))
    tags = ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]
    spans = bio_to_spans(doc, [token.index for token in doc.tokens], tags)
    assert [(span.text, span.label) for span in spans] == [("جون دوريان", "PER"), ("بالموصل", "LOC")]
    assert all(text[span.start:span.end] == span.text for span in spans)


def test_trained_model_backend_maps_its_entities_onto_our_text():
    text = "قال المتحدث باسم الجيش العراقي إن القوات دخلت مدينة الموصل، وأكد وزير الدفاع خالد العبيدي ذلك."
    doc = Pipeline(components=["normalize", "tokenize", {"name": "ner", "backend": "model"}]).process(read_text(text))
    assert doc.entities, "the model found nothing"
    assert all(text[span.start:span.end] == span.text and span.label in ("PER", "LOC", "ORG") for span in doc.entities)
    assert "الموصل" in [span.text for span in doc.entities if span.label == "LOC"]


def test_model_backend_without_a_model(tmp_path):
    with pytest.raises(BackendUnavailable, match="make train-ner"):
        Pipeline(components=["normalize", "tokenize", {"name": "ner", "backend": "model", "model_dir": str(tmp_path)}])


@pytest.mark.parametrize("phrase, label, plausible", [
    ("دونالد ترامب", "PER", True),
    ("ريكس تيلرسون", "PER", True),
    ("كاليفورنيا", "LOC", True),
    ("مجلس أوروبا", "ORG", True),
    ("تأتي زيارة", "PER", False),  # a verb and a common noun
    ("على المدينة", "PER", False),  # a function word
    ("بيان", "LOC", False),  # البيان is the usual spelling: an ordinary noun
    ("صالح", "PER", False),  # a lone given name that is also an adjective
    ("القوات المسلحة", "ORG", False),  # a head noun with generic words only
    ("ميانمار اتفاقا", "LOC", False),  # an accusative noun
    ("الرئيس ترامب", "PER", False),  # a title inside a person's name
])
def test_model_spans_beside_the_lexicon_must_look_like_names(phrase, label, plausible):
    tokens = Pipeline(components=["normalize", "tokenize"]).process(read_text(phrase)).tokens
    assert plausible_model_span(tokens, label) is plausible


def test_the_model_completes_names_the_lexicon_cut_short_and_adds_only_names():
    text = "وصل عبد الحميد الدبيبة إلى مسقط، وقالت وزارة الصحة السورية إن الزيارة تأتي زيارة في وقتها، واتصل به ريكس تيلرسون."
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text(text))
    lexicon = phrase_spans(doc, ("عبد الحميد", "PER"), ("مسقط", "LOC"), ("وزارة الصحة", "ORG"))
    model = phrase_spans(doc, ("عبد الحميد الدبيبة", "PER"), ("وزارة الصحة السورية", "ORG"), ("تأتي زيارة", "PER"),
                   ("ريكس تيلرسون", "PER"), ("مسقط،", "LOC"))
    combined = [(span.text, span.label) for span in combine_with_model(doc, lexicon, model)]
    assert combined == [("عبد الحميد الدبيبة", "PER"), ("مسقط", "LOC"), ("وزارة الصحة السورية", "ORG"),
                        ("ريكس تيلرسون", "PER")]


def test_the_model_does_not_extend_across_labels_or_with_ordinary_words():
    text = "قال محمد إن الجيش السوري دخل المدينة"
    doc = Pipeline(components=["normalize", "tokenize"]).process(read_text(text))
    lexicon = phrase_spans(doc, ("محمد", "PER"), ("الجيش السوري", "ORG"))
    model = phrase_spans(doc, ("محمد إن", "PER"), ("الجيش السوري دخل", "ORG"))
    assert combine_with_model(doc, lexicon, model) == sorted(lexicon, key=lambda span: span.start)
