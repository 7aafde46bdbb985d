"""Optional NER backends over libraries whose models we cannot ship (camel-tools, stanza).

Both map their token-level BIO output onto our tokens' original offsets. Neither downloads:
missing libraries or data raise BackendUnavailable with the install instructions.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

from extract.document import Document, Span
from extract.ner.base import BackendUnavailable

CAMEL_HELP = ("the camel NER backend needs camel-tools with its NER model: pip install '.[camel]', "
              "then install the data offline (camel_data -i ner-arabert, or copy a data folder) and set "
              "CAMELTOOLS_DATA to the folder that holds it")
STANZA_HELP = ("the stanza NER backend needs stanza and an Arabic model folder: pip install '.[stanza]', "
               "copy the Arabic models (tokenize, mwt, ner) into a folder, and pass stanza_dir=... or set "
               "EXTRACT_STANZA_DIR")


def bio_to_spans(doc: Document, token_indices: list[int], tags: Iterable[str]) -> list[Span]:
    """Spans over our tokens from BIO tags given for `token_indices` (B-X starts, I-X continues)."""
    spans, open_label, first, last = [], None, None, None
    for index, tag in zip(token_indices, list(tags)):
        prefix, _, label = tag.partition("-")
        label = label.upper()
        if prefix == "I" and open_label == label:
            last = index
            continue
        if open_label is not None:
            spans.append(doc.tokens_span(first, last, open_label))
        open_label, first, last = (label, index, index) if prefix in ("B", "I") and label else (None, None, None)
    if open_label is not None:
        spans.append(doc.tokens_span(first, last, open_label))
    return spans


def _camel_data_present() -> bool:
    data_dir = os.environ.get("CAMELTOOLS_DATA")
    return data_dir is not None and (Path(data_dir) / "data" / "ner").is_dir()


def camel_entities_function() -> Callable[[Document], list[Span]]:
    # camel_tools.ner reads its data catalogue at import time and tries the network when the data
    # is missing, so look for the data before importing it.
    if not _camel_data_present():
        raise BackendUnavailable(CAMEL_HELP + " (CAMELTOOLS_DATA is unset or has no data/ner folder)")
    try:
        from camel_tools.ner import NERecognizer
    except Exception as error:  # ImportError, or the catalogue failing offline
        raise BackendUnavailable(f"{CAMEL_HELP} ({type(error).__name__}: {error})") from None
    recognizer = NERecognizer.pretrained()

    def entities(doc: Document) -> list[Span]:
        spans: list[Span] = []
        for tokens in doc.sentence_tokens():
            tags = recognizer.predict_sentence([token.text for token in tokens])
            spans.extend(bio_to_spans(doc, [token.index for token in tokens], tags))
        return spans

    return entities


def stanza_entities_function(stanza_dir: str | None) -> Callable[[Document], list[Span]]:
    if not stanza_dir or not Path(stanza_dir).is_dir():
        raise BackendUnavailable(f"{STANZA_HELP} (model folder {stanza_dir!r} not found)")
    try:
        import stanza
    except ImportError:
        raise BackendUnavailable(STANZA_HELP + " (stanza is not installed)") from None
    try:
        pipeline = stanza.Pipeline("ar", dir=stanza_dir, processors="tokenize,mwt,ner",
                                   download_method=None, tokenize_pretokenized=True)
    except Exception as error:
        raise BackendUnavailable(f"{STANZA_HELP} ({type(error).__name__}: {error})") from None

    def entities(doc: Document) -> list[Span]:
        sentences = doc.sentence_tokens()
        if not sentences:
            return []
        result = pipeline([[token.text for token in sentence] for sentence in sentences])
        spans: list[Span] = []
        for ours, theirs in zip(sentences, result.sentences):
            tags = [token.ner.replace("S-", "B-").replace("E-", "I-") for token in theirs.tokens]
            spans.extend(bio_to_spans(doc, [token.index for token in ours], tags))
        return spans

    return entities
