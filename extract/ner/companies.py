"""Companies, platforms and media: ORG spans for names mined from the corpus after the nouns that
say what they are (companies_mined_ar.tsv, see scripts/mine_companies.py: شركة سامسونج، موقع تويتر،
تطبيق إنستغرام، وكالة رويترز).

A mined name is an organisation
- right after one of those head nouns (or the head and a quotation mark: موقع "تويتر");
- anywhere in an article where such a head has already named it;
- anywhere at all when the corpus nearly always writes it after such a head (share ≥ STRONG_SHARE):
  a name news uses for nothing else.
A sector adjective after the name belongs to it (داماك العقارية), a nationality does not.
`with_companies` puts the spans into a backend's entities where no other name covers them (a person
or a longer organisation keeps its words: راجيف سوري، مؤسسة تويتر للإعلام).
"""

from __future__ import annotations

from functools import lru_cache

from extract.document import Document, Span
from extract.lexicons import read_tsv, word_frequencies
from extract.matcher import TRANSPARENT, Match, PhraseMatcher
from extract.normalize import normalize_string
from extract.words import is_definite_adjective, nationality_countries, place_words

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
    return [doc.span(match.start, _name_end(doc, match), "ORG") for match in matches
            if (match.key in named or match.payload["share"] >= STRONG_SHARE) and not _inside_a_known_word(doc, match)]


def _inside_a_known_word(doc: Document, match: Match) -> bool:
    """وفيات (deaths) is no و + فيات (Fiat): a one-word name read after a proclitic inside a word the
    corpus writes whole at least as often as the name itself is that word."""
    token = doc.tokens[match.first]
    if match.first != match.last or match.start == token.start:
        return False
    frequencies = word_frequencies()
    return frequencies.get(token.norm, 0) >= max(frequencies.get(" ".join(match.key), 0), 1)


def _name_end(doc: Document, match: Match) -> int:
    """داماك العقارية، الاتحاد العقارية: a sector adjective after the name is part of it; a nationality
    (مايكروسوفت الأمريكية) only says where the company is from."""
    after = match.last + 1
    if after < len(doc.tokens) and doc.tokens[after].sentence == doc.tokens[match.last].sentence \
            and is_definite_adjective(doc.tokens[after]) and not _of_a_place(doc.tokens[after].norm):
        return doc.tokens[after].end
    return match.end


def _of_a_place(adjective: str) -> bool:
    """الأمريكية، الكورية، السعودية: a nationality, listed or made from a listed place's name."""
    if adjective in nationality_countries():
        return True
    base = adjective[2:-2] if adjective.endswith("يه") else adjective[2:-1]
    return any(form in _place_first_words() for form in (base, base + "ا", base + "يا", "ال" + base + "يه"))


@lru_cache(maxsize=1)
def _place_first_words() -> frozenset[str]:
    """Listed place names and the first words of the longer ones (كوريا of كوريا الجنوبية)."""
    return frozenset(place_words()) | frozenset(name.split()[0] for name in place_words())


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
