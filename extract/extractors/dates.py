"""Dates: every time expression with its ISO value (RECORD.md §4.1), a thin component over extract.timex.

The grammar (month names in every regional form, Hijri conversion, relative words) lives in
extract/timex.py; this component only picks the publication date and writes the field, a range as its two ends. The
publication date is the document's `published` or `date` (JSON input, `--published`), else the
component's `published` setting, else none: relative expressions are then listed with value null.
"""

from __future__ import annotations

from extract.document import Document
from extract.registry import register
from extract.timex import document_time_expressions, range_ends

PUBLISHED_KEYS = ("published", "date")


def publication_date(doc: Document, default: str | None = None) -> str | None:
    for key in PUBLISHED_KEYS:
        value = doc.meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return default


def extract_dates(doc: Document, published: str | None = None) -> Document:
    anchor = publication_date(doc, published)
    # a range is listed as the two dates that bound it (RECORD.md §4.1 values are single dates)
    doc.fields["dates"] = [end for expression in document_time_expressions(doc, anchor or "")
                           for end in range_ends(expression)]
    return doc


@register("dates", requires=("normalized",), provides=("dates",))
def make_dates(published: str | None = None):
    """Component: the `dates` field; `published` is the fallback publication date (YYYY-MM-DD)."""
    return lambda doc: extract_dates(doc, published)
