"""Companies, platforms and media: ORG spans for names mined from the corpus after the nouns that
say what they are (companies_mined_ar.tsv, see scripts/mine_companies.py: شركة سامسونج، موقع تويتر،
تطبيق إنستغرام، وكالة رويترز).

A mined name is an organisation
- right after one of those head nouns (or the head and a quotation mark: موقع "تويتر");
- anywhere in an article where such a head has already named it;
- anywhere at all when the corpus nearly always writes it after such a head (share ≥ STRONG_SHARE):
  a name news uses for nothing else.
`with_companies` puts the spans into a backend's entities where no other name covers them (a person
or a longer organisation keeps its words: راجيف سوري، مؤسسة تويتر للإعلام).
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span
from extract.lexicons import read_tsv
from extract.matcher import TRANSPARENT, Match, PhraseMatcher
from extract.normalize import normalize_string

# سامسونج، فيسبوك: at least this share of the name's corpus occurrences follow a head noun.
STRONG_SHARE = 0.15
HEAD_NOUNS = frozenset(normalize_string(word) for word in
                       ("شركة", "موقع", "تطبيق", "منصة", "شبكة", "صحيفة", "قناة", "وكالة", "مصرف", "بنك"))


@lru_cache(maxsize=1)
def company_matcher() -> PhraseMatcher:
    return PhraseMatcher((row["name"], {"share": float(row["share"])}) for row in read_tsv("companies_mined_ar.tsv"))


def _after_head(doc: Document, match: Match) -> bool:
    """شركة سامسونج، وموقع "تويتر": a head noun (with or without its proclitics) right before."""
    before = match.first - 1
    if before >= 0 and doc.tokens[before].norm in TRANSPARENT:
        before -= 1
    if before < 0 or doc.tokens[before].sentence != doc.tokens[match.first].sentence \
            or match.start != doc.tokens[match.first].start:
        return False
    return any(stem in HEAD_NOUNS for _, stem in doc.tokens[before].stems)


def company_spans(doc: Document) -> list[Span]:
    """The document's companies, platforms and media (ORG), by the rules of the module docstring."""
    matches = company_matcher().find(doc)
    named = {match.key for match in matches if _after_head(doc, match)}
    return [doc.span(match.start, match.end, "ORG") for match in matches
            if match.key in named or match.payload["share"] >= STRONG_SHARE]


def with_companies(doc: Document, entities: list[Span]) -> list[Span]:
    """A backend's entities with the document's companies put in: one replaces an entity over the same
    words (a person or place the model took it for) and gives way to any other that overlaps it."""
    def overlaps(span: Span, other: Span) -> bool:
        return other.start < span.end and span.start < other.end and (other.start, other.end) != (span.start, span.end)

    added = [span for span in company_spans(doc) if not any(overlaps(span, other) for other in entities)]
    if not added:
        return entities
    replaced = {(span.start, span.end) for span in added}
    kept = [span for span in entities if (span.start, span.end) not in replaced]
    return sorted(kept + added, key=lambda span: (span.start, span.end))
