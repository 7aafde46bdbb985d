"""Quotes: direct speech in quotation marks and indirect speech after a cue verb + أن/إن.

A cue verb (قال، أضاف، أكد ...) is followed by its speaker and then either a colon or quotation
mark (direct) or أن/إن (indirect: the rest of the sentence). An empty speaker (وقال:) is the last
speaker. `speaker_actor` is the actor whose mention covers the speaker. Relays (`via`) are not
read yet.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from extract.document import Document, Token
from extract.lexicons import read_tsv
from extract.matcher import TRANSPARENT
from extract.normalize import normalize_string
from extract.registry import register

COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم"})
MAX_SPEAKER_TOKENS = 10
MAX_QUOTE_TOKENS = 400


@lru_cache(maxsize=1)
def quote_cues() -> frozenset[str]:
    return frozenset(normalize_string(row["cue"]) for row in read_tsv("quote_cues_ar.tsv"))


def _is_cue(token: Token) -> bool:
    return token.kind == "arabic" and any(stem in quote_cues() for _, stem in token.stems)


def _complementizer(token: Token) -> bool:
    return any(stem in COMPLEMENTIZERS for _, stem in token.stems) or token.norm in ("بان", "بانه")


def _closing_quote(tokens: list[Token], opening: int) -> int | None:
    for position in range(opening + 1, min(opening + MAX_QUOTE_TOKENS, len(tokens))):
        if tokens[position].norm == '"':
            return position
    return None


def _speaker_actor(doc: Document, start: int, end: int) -> str | None:
    for actor in doc.fields.get("actors", []):
        if any(mention["start"] < end and start < mention["end"] for mention in actor["mentions"]):
            return actor["name"]
    return None


def _quote_at(doc: Document, cue: int) -> tuple[dict[str, Any], int] | None:
    tokens = doc.tokens
    sentence = tokens[cue].sentence
    position = cue + 1
    while position < len(tokens) and position - cue <= MAX_SPEAKER_TOKENS and tokens[position].sentence == sentence:
        token = tokens[position]
        if token.norm in (":", '"') or _complementizer(token):
            break
        position += 1
    else:
        return None
    if position >= len(tokens) or position - cue > MAX_SPEAKER_TOKENS:
        return None
    speaker_tokens = [index for index in range(cue + 1, position)
                      if tokens[index].kind in ("arabic", "latin") and tokens[index].norm not in ("من", "في", "عن")]
    opening = position
    if tokens[opening].norm == ":" and opening + 1 < len(tokens) and tokens[opening + 1].norm == '"':
        opening += 1
    if tokens[opening].norm == '"':
        closing = _closing_quote(tokens, opening)
        if closing is None or closing == opening + 1:
            return None
        text_span = doc.span(tokens[opening + 1].start, tokens[closing - 1].end)
        direct, last = True, closing
    elif _complementizer(tokens[position]):
        following = [index for index in range(position + 1, len(tokens)) if tokens[index].sentence == sentence]
        while following and tokens[following[-1]].kind == "punct":
            following.pop()
        if not following:
            return None
        text_span = doc.span(tokens[following[0]].start, tokens[following[-1]].end)
        direct, last = False, following[-1]
    else:
        return None
    speaker = doc.span(tokens[speaker_tokens[0]].start, tokens[speaker_tokens[-1]].end) if speaker_tokens else None
    item = {"text": text_span.text, "start": text_span.start, "end": text_span.end, "direct": direct,
            "cue": doc.span(tokens[cue].start, tokens[cue].end).as_dict(),
            "speaker": speaker.as_dict() if speaker else None,
            "speaker_actor": _speaker_actor(doc, speaker.start, speaker.end) if speaker else None,
            "via": []}
    return item, last


def extract_quotes(doc: Document) -> Document:
    quotes: list[dict[str, Any]] = []
    last_speaker: tuple[dict | None, str | None] = (None, None)
    index = 0
    while index < len(doc.tokens):
        found = _quote_at(doc, index) if _is_cue(doc.tokens[index]) else None
        if found is None:
            index += 1
            continue
        item, last = found
        if item["speaker"] is None:
            item["speaker"], item["speaker_actor"] = last_speaker
        else:
            last_speaker = (item["speaker"], item["speaker_actor"])
        quotes.append(item)
        index = last + 1
    doc.fields["quotes"] = quotes
    return doc


@register("quotes", requires=("tokens", "actors"), provides=("quotes",))
def make_quotes():
    """Component: the `quotes` field."""
    return extract_quotes
