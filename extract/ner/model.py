"""The trained spaCy NER (models/ner) as a backend, run on our own tokens."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Callable

from extract.document import Document, Span, Token
from extract.ner.base import BackendUnavailable, non_overlapping

MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "ner"


def model_norm(token: Token) -> str:
    """The NORM feature of the trained model: our normalized, clitic-stripped stem."""
    return token.stems[-1][1] if token.stems else token.norm


@lru_cache(maxsize=2)
def _load_model(model_dir: str):
    path = Path(model_dir)
    if not (path / "meta.json").is_file():
        raise BackendUnavailable(f"no trained NER model in {path}: run `make train-ner`, or set "
                                 f"EXTRACT_NER_MODEL to a model folder")
    import spacy

    return spacy.load(path)


def spacy_sentence(vocab, tokens: list[Token], entities: list[str] | None = None):
    """A spaCy Doc of our tokens (their spacing kept, NORM set to `model_norm`), optionally with BIO tags."""
    from spacy.tokens import Doc

    spaces = [following.start > token.end for token, following in zip(tokens, tokens[1:])] + [False]
    spacy_doc = Doc(vocab, words=[token.text for token in tokens], spaces=spaces, ents=entities)
    for spacy_token, token in zip(spacy_doc, tokens):
        spacy_token.norm_ = model_norm(token)
    return spacy_doc


def model_entities(doc: Document, model) -> list[Span]:
    """Spans from the trained spaCy model, run on our own tokens sentence by sentence."""
    sentences = doc.sentence_tokens()
    spans = []
    for tokens, spacy_doc in zip(sentences, model.pipe(spacy_sentence(model.vocab, tokens) for tokens in sentences)):
        spans += [doc.tokens_span(tokens[entity.start].index, tokens[entity.end - 1].index, entity.label_)
                  for entity in spacy_doc.ents]
    return spans


def model_entities_function(model_dir: str | None,
                            first: Callable[[Document], list[Span]] | None = None) -> Callable[[Document], list[Span]]:
    """The model's spans; with `first`, those spans come first and the model adds where they do not overlap."""
    model = _load_model(model_dir or os.environ.get("EXTRACT_NER_MODEL") or str(MODEL_DIR))
    if first is None:
        return lambda doc: model_entities(doc, model)
    return lambda doc: non_overlapping(first(doc) + model_entities(doc, model))
