"""Organisations by their full names mined from the corpus (orgs_mined_ar.tsv, see
scripts/mine_organisations.py: الاتحاد العالمي لعلماء المسلمين، الحزب الديمقراطي الكردستاني، النقابة
الوطنية للصحفيين التونسيين): a head noun with the genitive, adjectives and لـ complement that the
rules of organisations.py stop short of.

A mined name is an organisation (ORG) wherever it occurs as a whole phrase (its first word may carry
a proclitic: وللاتحاد الدولي لكرة القدم). `with_mined_organisations` puts the spans into a backend's
entities after the backend has run, so the CRF's features (the lexicon's tags) stay as they were
trained: a mined name replaces the entities inside it (the shorter institution, a place within it:
الاتحاد البرازيلي لكرة القدم holds no place) and gives way to any entity that overlaps it otherwise
(a longer name, a person) or holds an organisation after its first word (وكالة أنباء "الأناضول"
التركية: the known name inside is the body's name; the words around it describe it).
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span
from extract.lexicons import read_tsv
from extract.matcher import PhraseMatcher


@lru_cache(maxsize=1)
def mined_organisation_matcher() -> PhraseMatcher:
    return PhraseMatcher((row["name"], row["kind"]) for row in read_tsv("orgs_mined_ar.tsv"))


def mined_organisation_spans(doc: Document) -> list[Span]:
    """The mined full names in the document (ORG), each without its proclitics."""
    return [doc.span(match.start, match.end, "ORG") for match in mined_organisation_matcher().find(doc)]


def with_mined_organisations(doc: Document, entities: list[Span]) -> list[Span]:
    """`entities` with the mined names put in, by the rules of the module docstring."""
    def inside(span: Span, other: Span) -> bool:
        return span.start <= other.start and other.end <= span.end

    def gives_way(span: Span, other: Span) -> bool:
        if not (other.start < span.end and span.start < other.end):
            return False
        return not inside(span, other) or other.label == "ORG" and other.start > span.start

    added = [span for span in mined_organisation_spans(doc) if not any(gives_way(span, other) for other in entities)]
    if not added:
        return entities
    kept = [other for other in entities if not any(inside(span, other) for span in added)]
    return sorted(kept + added, key=lambda span: (span.start, span.end))
