"""extract: Arabic news articles in, structured records out.

    from extract import Pipeline
    nlp = Pipeline()
    record = nlp("نص الخبر ...")
"""

from __future__ import annotations

__version__ = "0.1.0"

from extract.document import Document, Span, Token  # noqa: E402
from extract.engines import run_paths  # noqa: E402
from extract.pipeline import Pipeline, PipelineError  # noqa: E402
from extract.read import read, read_text  # noqa: E402
from extract.record import to_frames, to_record  # noqa: E402
from extract.registry import Component, register  # noqa: E402
from extract.write import write_records  # noqa: E402


def to_spacy(record, text=None, nlp=None):  # type: ignore[no-untyped-def]
    """A spaCy Doc with a record's entities as `doc.ents` and the record as `doc._.record`
    (see extract.spacy_component; imported on first use, so `import extract` stays light)."""
    from extract.spacy_component import to_spacy as convert

    return convert(record, text, nlp)

__all__ = ["Component", "Document", "Pipeline", "PipelineError", "Span", "Token", "__version__",
           "read", "read_text", "register", "run_paths", "to_frames", "to_record", "to_spacy", "write_records"]
