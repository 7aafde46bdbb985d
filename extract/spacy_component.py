"""extract as a spaCy pipeline component, and records as spaCy Docs.

    import spacy
    nlp = spacy.blank("ar")
    nlp.add_pipe("arabic_news_extract")        # found through the `spacy_factories` entry point
    doc = nlp("قال المرصد إن الطيران قصف حلب")
    doc.ents                                    # our NER's entities, as spaCy spans
    doc._.record                                # the RECORD.md record

`extract.to_spacy(record_or_document, text)` turns a record (or a processed Document) into a Doc
the same way, for displaCy (`spacy.displacy.render(doc, style="ent")`) or any spaCy tool.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from extract.document import Document
from extract.pipeline import Pipeline
from extract.record import to_record

FACTORY_NAME = "arabic_news_extract"
RECORD_ATTRIBUTE = "record"


def _ensure_extension() -> None:
    from spacy.tokens import Doc

    if not Doc.has_extension(RECORD_ATTRIBUTE):
        Doc.set_extension(RECORD_ATTRIBUTE, default=None)


def set_entities(doc: Any, record: dict[str, Any]) -> Any:
    """Put a record's entities on a spaCy Doc as `doc.ents` (spans widened to spaCy's tokens;
    overlaps resolved longest first) and the record as `doc._.record`."""
    from spacy.util import filter_spans

    _ensure_extension()
    spans = []
    for entity in record.get("entities", []):
        span = doc.char_span(entity["start"], entity["end"], label=entity.get("label") or "ENT",
                             alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.ents = filter_spans(spans)
    doc._.set(RECORD_ATTRIBUTE, record)
    return doc


def to_spacy(record: dict[str, Any] | Document, text: str | None = None, nlp: Any = None) -> Any:
    """A spaCy Doc of `text` (a Document carries its own) with the record's entities and the
    record itself; `nlp` defaults to `spacy.blank("ar")`."""
    import spacy

    if isinstance(record, Document):
        text = record.text if text is None else text
        record = to_record(record)
    if text is None:
        raise ValueError("to_spacy needs the article's text with a record (offsets index it)")
    nlp = nlp or spacy.blank("ar")
    return set_entities(nlp.make_doc(text), record)


class ExtractComponent:
    """Runs the extract pipeline on each Doc's text."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline

    def __call__(self, doc: Any) -> Any:
        return set_entities(doc, self.pipeline(doc.text))


@Language.factory(FACTORY_NAME, default_config={"ner": "lexicon", "max_chars": None},
                  assigns=["doc.ents", f"doc._.{RECORD_ATTRIBUTE}"])
def make_component(nlp: Any, name: str, ner: str = "lexicon", max_chars: int | None = None) -> ExtractComponent:
    """The spaCy factory (`nlp.add_pipe("arabic_news_extract", config={"ner": "lexicon+model"})`)."""
    _ensure_extension()
    settings: dict[str, Any] = {"ner": ner}
    if max_chars is not None:
        settings["max_chars"] = max_chars
    return ExtractComponent(Pipeline(**settings))

