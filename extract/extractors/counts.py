"""Counts: quantities of people, events and objects, in digits or words, with qualifier and unit.

Numbers are read from digit tokens (either digit set, thousands separators, decimals, a following
ألف/مليون and a compound tail: 29 ألفا و358) or from number words (ثلاثمائة وخمسة عشر). Vague
plurals (عشرات، مئات، آلاف) count with qualifier at_least; fractions (نصف، ثلث، ربع) keep their
fraction. Years, dates, times, money, measures and numbers in names (القرار 2235) are skipped.
Dual nouns (هجومين) are not read yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract.document import Document, Token
from extract.lexicons import read_tsv
from extract.normalize import normalize_string
from extract.registry import register

YEAR_RANGE = (1900, 2100)
DATE_PUNCTUATION = frozenset("/:-")


@dataclass(frozen=True)
class NumberWord:
    kind: str  # unit, ten, hundred, scale, vague, fraction
    value: float
    fraction: str | None = None


@lru_cache(maxsize=1)
def number_words() -> dict[str, NumberWord]:
    words = {}
    for row in read_tsv("number_words_ar.tsv"):
        if row["kind"] == "fraction":
            numerator, denominator = row["value"].split("/")
            words[normalize_string(row["word"])] = NumberWord("fraction", int(numerator) / int(denominator), row["value"])
        else:
            words[normalize_string(row["word"])] = NumberWord(row["kind"], float(row["value"]))
    return words


@lru_cache(maxsize=1)
def count_context() -> dict[str, dict[tuple[str, ...], str]]:
    context: dict[str, dict[tuple[str, ...], str]] = {}
    for row in read_tsv("count_context_ar.tsv"):
        words = tuple(normalize_string(row["phrase"]).replace("%", " % ").split())
        context.setdefault(row["role"], {})[words] = row["value"]
    return context


def parse_digits(norm: str) -> float | None:
    """270.000 and 270,000 are thousands; 2.5 is a decimal."""
    groups = norm.replace(",", ".").split(".")
    if len(groups) > 1 and all(len(group) == 3 for group in groups[1:]):
        return float("".join(groups))
    try:
        return float(norm.replace(",", "."))
    except ValueError:
        return None


def _word(token: Token) -> tuple[NumberWord | None, bool]:
    """The number word a token is (with or without a leading و), and whether it had the و."""
    for offset, stem in token.stems:
        found = number_words().get(stem)
        if found is not None:
            return found, offset > 0 and token.norm.startswith("و")
    return None, False


@dataclass
class _Number:
    first: int
    last: int
    value: float
    qualifier: str | None = None
    fraction: str | None = None


def _read_scale_and_tail(tokens: list[Token], index: int, value: float) -> tuple[float, int]:
    """Apply ألف/مليون after tokens[index] and a compound tail (و358, ومئتان)."""
    last = index
    if last + 1 < len(tokens):
        word, _ = _word(tokens[last + 1])
        if word is not None and word.kind == "scale" and tokens[last + 1].norm[:1] != "و":
            value *= word.value
            last += 1
            if last + 2 < len(tokens) and tokens[last + 1].norm == "و" and tokens[last + 2].kind == "number":
                tail = parse_digits(tokens[last + 2].norm)
                if tail is not None and tail < word.value:
                    value += tail
                    last += 2
    return value, last


def _read_words(tokens: list[Token], index: int) -> _Number | None:
    word, _ = _word(tokens[index])
    if word is None:
        return None
    if word.kind in ("vague", "fraction"):
        return _Number(index, index, word.value, "at_least" if word.kind == "vague" else None, word.fraction)
    total, current, last = 0.0, 0.0, index
    previous: NumberWord | None = None
    position = index
    while position < len(tokens):
        word, joined = _word(tokens[position])
        if word is None or word.kind in ("vague", "fraction"):
            break
        teen = word.value == 10 and not joined and previous is not None and previous.kind == "unit"
        if position > index and not joined and word.kind != "scale" and not teen:
            break
        if word.kind == "scale":
            current = max(current, 1.0) * word.value
            total, current = total + current, 0.0
        else:
            current += word.value
        previous, last = word, position
        position += 1
    total += current
    return _Number(index, last, total) if total else None


def _sentence_ranges(doc: Document) -> list[tuple[int, int]]:
    ranges, start = [], 0
    for index in range(1, len(doc.tokens) + 1):
        if index == len(doc.tokens) or doc.tokens[index].sentence != doc.tokens[start].sentence:
            ranges.append((start, index))
            start = index
    return ranges


def _phrase_before(tokens: list[Token], first: int, phrases: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    for words, value in sorted(phrases.items(), key=lambda item: -len(item[0])):
        begin = first - len(words)
        if begin >= 0 and tuple(token.norm for token in tokens[begin:first]) == words:
            return begin, value
    return None


def _phrase_after(tokens: list[Token], last: int, phrases: dict[tuple[str, ...], str]) -> tuple[int, str] | None:
    for words, value in sorted(phrases.items(), key=lambda item: -len(item[0])):
        end = last + 1 + len(words)
        if end <= len(tokens) and tuple(token.norm for token in tokens[last + 1:end]) == words:
            return end - 1, value
    return None


def _bare_unit(doc: Document, token: Token) -> str:
    """The counted noun as written, without proclitics or the article."""
    offset, stem = token.stems[-1]
    start = doc.normalized.to_original(token.norm_start + offset, token.norm_end)[0]
    text = doc.text[start:token.end]
    return text[2:] if stem.startswith("ال") and len(stem) > 4 else text


def _is_excluded(tokens: list[Token], number: _Number, unit: Token | None) -> bool:
    context = count_context()
    first = tokens[number.first]
    if first.kind == "number":
        if "." not in first.norm and "," not in first.norm and YEAR_RANGE[0] <= number.value <= YEAR_RANGE[1]:
            return True
        for neighbour in (number.first - 1, number.last + 1):
            if 0 <= neighbour < len(tokens) and tokens[neighbour].norm in DATE_PUNCTUATION \
                    and (tokens[neighbour].start in (first.end, tokens[number.last].end) or tokens[neighbour].end == first.start):
                return True
    if number.first > 0 and any(stem in {words[0] for words in context["not_count_before"]}
                                for _, stem in tokens[number.first - 1].stems):
        return True
    if unit is not None and any(stem in {words[0] for words in context["not_count_unit"]} for _, stem in unit.stems):
        return True
    return False


def _count_item(doc: Document, tokens: list[Token], number: _Number) -> dict[str, Any] | None:
    context = count_context()
    span_first, span_last = number.first, number.last
    glued = number.first > 0 and tokens[number.first - 1].end == tokens[number.first].start \
        and tokens[number.first - 1].kind == "arabic" and tokens[number.first].kind == "number"
    if glued:
        span_first -= 1
    percent = _phrase_after(tokens, number.last, context["percent"])
    unit_token = None
    unit = None
    if percent is not None:
        span_last, unit = percent[0], "%"
    elif number.last + 1 < len(tokens) and tokens[number.last + 1].kind == "arabic":
        unit_token = tokens[number.last + 1]
        if _word(unit_token)[0] is None:
            span_last = number.last + 1
            unit = _bare_unit(doc, unit_token)
    if _is_excluded(tokens, number, unit_token):
        return None
    if number.fraction is None and number.qualifier == "at_least" and unit is None:
        return None  # a vague plural must count something
    if number.fraction is not None and unit_token is None:
        return None
    qualifier = number.qualifier
    before = _phrase_before(tokens, span_first, context["qualifier_before"])
    if before is not None:
        span_first, qualifier = before
    after = _phrase_after(tokens, span_last, context["qualifier_after"])
    if after is not None:
        span_last, qualifier = after
    span = doc.span(tokens[span_first].start, tokens[span_last].end)
    item: dict[str, Any] = {"text": span.text, "start": span.start, "end": span.end,
                            "value": round(number.value, 4) if number.fraction else _plain(number.value),
                            "qualifier": qualifier, "unit": unit}
    if number.fraction:
        item["fraction"] = number.fraction
    return item


def _plain(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def extract_counts(doc: Document) -> Document:
    counts = []
    for start, end in _sentence_ranges(doc):
        tokens = doc.tokens[start:end]
        index = 0
        while index < len(tokens):
            token = tokens[index]
            number = None
            if token.kind == "number":
                value = parse_digits(token.norm)
                if value is not None:
                    value, last = _read_scale_and_tail(tokens, index, value)
                    number = _Number(index, last, value)
            elif token.kind == "arabic":
                number = _read_words(tokens, index)
            if number is None:
                index += 1
                continue
            item = _count_item(doc, tokens, number)
            if item is not None:
                counts.append(item)
            index = number.last + 1
    doc.fields["counts"] = counts
    return doc


@register("counts", requires=("tokens",), provides=("counts",))
def make_counts():
    """Component: the `counts` field."""
    return extract_counts


__all__ = ["extract_counts", "make_counts", "parse_digits"]
