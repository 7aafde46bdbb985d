"""The one object that flows through the pipeline: a document, its tokens, and what was found.

All offsets (`start`, `end`) are Python str indices into `Document.text`, the original document
text; the normalized text is only a lens for matching.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from functools import wraps
from itertools import chain, groupby
from operator import attrgetter
from typing import Any, Callable, Collection, Iterable, TypeVar

from extract.chars import NormalizedText


def __getattr__(name: str) -> Any:
    """`FIELDS`, the names of `Document.fields`, comes from the field table (extract/fields.py),
    which imports this module (its items hold Spans): it is read when first asked for."""
    if name == "FIELDS":
        from extract.fields import DOCUMENT_FIELDS

        return DOCUMENT_FIELDS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _empty_fields() -> dict[str, list[Any]]:
    from extract.fields import DOCUMENT_FIELDS

    return {name: [] for name in DOCUMENT_FIELDS}


@dataclass(frozen=True)
class Span:
    """A stretch of the original text, optionally labelled."""

    start: int
    end: int
    text: str
    label: str | None = None

    def as_dict(self) -> dict[str, Any]:
        item: dict[str, Any] = {"text": self.text, "start": self.start, "end": self.end}
        if self.label is not None:
            item["label"] = self.label
        return item


# Slotted and set field by field (not frozen): a document makes one Token per word, and a frozen
# dataclass pays an object.__setattr__ call per field. Nothing mutates a token after tokenize.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A token: its original span, its normalized form, and its clitic-stripped stems.

    `stems` lists (normalized offset into `norm`, stem) pairs, longest first: بالموصل gives
    (0, "بالموصل"), (1, "الموصل"). The first is always the whole token.
    """

    index: int
    start: int
    end: int
    text: str
    norm: str
    kind: str  # "arabic", "latin", "number", "punct", "other"
    norm_start: int
    norm_end: int
    sentence: int
    stems: tuple[tuple[int, str], ...] = ()


_SENTENCE_OF = attrgetter("sentence")
_Result = TypeVar("_Result")
# Per function: a dozen functions use it, and an entry with the strings it keeps is about 200 bytes,
# so 20,000 each were some 40 MB of a long run; the forms asked again and again fit in 8,192.
_FORM_CACHE_SIZE = 8_192


def cached_by_form(function: Callable[..., _Result]) -> Callable[..., _Result]:
    """Cache a function of one token that reads only its form (text, norm, kind and the stems that
    follow from norm), never its position: rules ask the same question of the same word thousands
    of times a run. The cache is emptied when full, so a long run's memory stays flat."""
    cache: dict[tuple, Any] = {}

    @wraps(function)
    def cached(token: "Token", *args: Any) -> _Result:
        key = (token.text, token.norm, token.kind, *args)
        try:
            return cache[key]
        except KeyError:
            if len(cache) >= _FORM_CACHE_SIZE:
                cache.clear()
            result = cache[key] = function(token, *args)
            return result

    cached.cache_clear = cache.clear  # type: ignore[attr-defined]
    return cached


@dataclass
class Document:
    """One article as it moves through the pipeline."""

    text: str
    id: str
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: dict[str, str] | None = None
    normalized: NormalizedText | None = None
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    entities: list[Span] = field(default_factory=list)
    fields: dict[str, list[Any]] = field(default_factory=_empty_fields)  # name -> items (extract.items)
    done: list[str] = field(default_factory=list)
    _token_starts: list[int] | None = field(default=None, repr=False, compare=False)
    _stem_positions: dict[str, list[int]] | None = field(default=None, repr=False, compare=False)
    _stem_positions_for: list[Token] | None = field(default=None, repr=False, compare=False)
    # Scans that several components read (timex's date scan: counts and dates), keyed by name; each
    # entry records what it was made from, so a re-normalized document scans again.
    scan_cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return self.error is None

    def span(self, start: int, end: int, label: str | None = None) -> Span:
        """A Span over the original text [start, end)."""
        return Span(start, end, self.text[start:end], label)

    def span_from_normalized(self, norm_start: int, norm_end: int, label: str | None = None) -> Span:
        """The original-text Span behind the normalized slice [norm_start, norm_end)."""
        assert self.normalized is not None, "normalize must run first"
        start, end = self.normalized.to_original(norm_start, norm_end)
        return self.span(start, end, label)

    def normalized_text_of(self, start: int, end: int) -> str:
        """The normalized text behind original [start, end), repaired glue included."""
        assert self.normalized is not None, "normalize must run first"
        first = bisect_left(self.normalized.starts, start)
        last = bisect_left(self.normalized.starts, end)
        return self.normalized.text[first:last]

    def sentence_tokens(self) -> list[list[Token]]:
        """The tokens of each sentence that has any, in order."""
        # Tokens come in sentence order, so each sentence's tokens are one run.
        return [list(run) for _, run in groupby(self.tokens, _SENTENCE_OF)]

    def stem_positions(self) -> dict[str, list[int]]:
        """Every clitic stem of every token (RECORD: بالموصل gives بالموصل and الموصل) -> the indices
        of the tokens that carry it, in order. Built once per tokenization and shared by the matchers."""
        if self._stem_positions is None or self._stem_positions_for is not self.tokens:
            index: defaultdict[str, list[int]] = defaultdict(list)
            for token in self.tokens:
                position = token.index
                for _, stem in token.stems:
                    index[stem].append(position)
            self._stem_positions, self._stem_positions_for = dict(index), self.tokens
        return self._stem_positions

    def tokens_with_stem(self, key: str, words: Collection[str] = frozenset(),
                         select: Callable[[Iterable[str]], Iterable[str]] | None = None) -> list[int]:
        """Sorted indices of the tokens with a stem in `words` or among those `select` picks from all
        the document's stems: the candidates a rule visits instead of every token. Made once per
        tokenization and kept under `key`."""
        cached = self.scan_cache.get(key)
        if cached is None or cached[0] is not self.tokens:
            index = self.stem_positions()
            # Over the smaller side: the given names are far more than one article's stems, a word
            # class far fewer (a keys view's & walks `words` whatever their sizes).
            # filter() with a bound __contains__ walks the smaller side in C.
            smaller, larger = (words, index) if len(words) < len(index) else (index, words)
            stems = set(filter(larger.__contains__, smaller))
            if select is not None:
                stems.update(select(index))
            positions = sorted(set(chain.from_iterable(map(index.__getitem__, stems))))
            cached = self.scan_cache[key] = (self.tokens, positions)
        return cached[1]

    def token_index_at(self, offset: int) -> int:
        """Index of the first token that starts at or after original `offset`."""
        if self._token_starts is None or len(self._token_starts) != len(self.tokens):
            self._token_starts = [token.start for token in self.tokens]
        return bisect_left(self._token_starts, offset)

    def token_index_holding(self, offset: int) -> int:
        """Index of the token that holds original `offset` (a span may start inside one, after its
        proclitic), else of the first token after it."""
        index = self.token_index_at(offset)
        if index > 0 and (index == len(self.tokens) or self.tokens[index].start > offset) \
                and self.tokens[index - 1].end > offset:
            index -= 1
        return index

    def tokens_before(self, offset: int, count: int) -> list[Token]:
        """The `count` tokens that end at or before original `offset`."""
        index = self.token_index_at(offset)
        while index > 0 and self.tokens[index - 1].end > offset:
            index -= 1
        return self.tokens[max(0, index - count):index]

    def covered_tokens(self, spans: list[tuple[int, int]]) -> set[int]:
        """Indices of tokens that start inside any of the original-offset spans."""
        covered: set[int] = set()
        for start, end in spans:
            covered.update(range(self.token_index_at(start), self.token_index_at(end)))
        return covered

    def tokens_span(self, first: int, last: int, label: str | None = None) -> Span:
        """The original-text Span from token `first` through token `last` (inclusive)."""
        return self.span(self.tokens[first].start, self.tokens[last].end, label)

    def fail(self, error_type: str, message: str) -> "Document":
        self.error = {"type": error_type, "message": message}
        return self
