"""extract: Arabic news articles in, structured records out.

    from extract import Pipeline
    nlp = Pipeline()
    record = nlp("نص الخبر ...")
"""

from __future__ import annotations

__version__ = "0.1.0"

from extract.document import Document, Span, Token  # noqa: E402
from extract.pipeline import Pipeline, PipelineError  # noqa: E402
from extract.read import read, read_text  # noqa: E402
from extract.record import to_frames, to_record  # noqa: E402
from extract.registry import Component, register  # noqa: E402

__all__ = ["Component", "Document", "Pipeline", "PipelineError", "Span", "Token", "__version__",
           "read", "read_text", "register", "to_frames", "to_record"]
