"""Quotes: direct speech in quotation marks and indirect speech after a cue + أن/إن.

- A relay cue (نقلت الوكالة عن المصدر أن) gives the speaker after عن and the relay in `via`.
- A verb cue (قال، أضاف، أكد ...) is followed by its speaker, then a colon or quotation mark
  (direct) or أن/إن (indirect: the rest of the sentence, up to a participle cue that starts the
  next quote). A short quoted name inside the speaker (لـ"فرانس برس") is not the quote.
- A participle or masdar cue (مضيفا أن، نسبت ... إلى X قوله) takes the nearest actor before it in
  the sentence, else the last speaker; so does a verb cue with no speaker (وقال:).
- `speaker` is the speaker phrase's head (an actor mention, or the head noun with its adjectives);
  `speaker_actor` the actor whose mention it is; `via` the actors after بحسب/نقلا عن/وفقا ل in the
  speaker phrase.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from extract.document import Document, Span, Token
from extract.lexicons import read_tsv
from extract.ner import place_words
from extract.normalize import normalize_string
from extract.registry import register

COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "انهما"})
RELAY_WORDS = frozenset({"بحسب", "حسب", "نقلا", "وفقا", "وفق", "نقلته", "نقلت", "اوردته"})
SKIPPABLE_SPEAKER_WORDS = frozenset({"الي", "علي", "في", "من", "عن", "ل", "ب", "امس", "اليوم", "كذلك", "ايضا",
                                     "فيها", "فيه", "لها", "له", "عنها", "عنه", "منها", "منه", "بها", "به"})
# Words that start what follows the speaker: في بيان، خلال مؤتمر، لوكالة ...، أمس، يوم الخميس.
SPEAKER_STOPS = frozenset({"بيان", "تصريح", "تصريحات", "حديث", "مقابله", "مؤتمر", "خلال", "امس", "اليوم", "يوم",
                           "مساء", "صباح", "وكاله", "صحيفه", "لوكاله", "لصحيفه", "لقناه", "الاحد", "الاثنين",
                           "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "كذلك", "ايضا", "تقول", "يقول",
                           "بعد", "عقب", "قبل", "ل"})
CLOSERS = {"«": "»", "“": "”", "„": "”"}
SENTENCE_END = frozenset({".", "؟", "!"})
TRAILING_MARKS = SENTENCE_END | {'"', "'", "،", ",", "؛"}
AFTER_CLOSING = frozenset({".", "،", "؛", ":", ")", "؟", "!", ",", ";", "-"})
MAX_SPEAKER_TOKENS = 24
MAX_QUOTED_NAME_TOKENS = 6
MAX_QUOTE_TOKENS = 600
MAX_HEAD_ADJECTIVES = 2
CIRCUMSTANCE_STARTS = frozenset({"غداه", "عقب", "اثر", "بعد", "قبل", "خلال", "اثناء", "لدي"})
MAX_MENTION_LENGTH = 200  # characters: how far back a mention covering a point may start


@lru_cache(maxsize=1)
def quote_cues() -> dict[str, str]:
    """Normalized cue word -> kind (verb, participle)."""
    return {normalize_string(row["cue"]): row["kind"] for row in read_tsv("quote_cues_ar.tsv")}


def cue_kind(token: Token) -> str | None:
    if token.kind != "arabic":
        return None
    return next((quote_cues()[stem] for _, stem in token.stems if stem in quote_cues()), None)


def _complementizer(token: Token) -> bool:
    return token.kind == "arabic" and any(stem in COMPLEMENTIZERS for _, stem in token.stems)


def _original_char(doc: Document, token: Token) -> str:
    return doc.text[token.start:token.end]


def _is_quoted_name(tokens: list[Token], opening: int) -> int | None:
    """Closing index when the quote at `opening` wraps a short name followed by more text."""
    for position in range(opening + 1, min(opening + MAX_QUOTED_NAME_TOKENS + 2, len(tokens))):
        if tokens[position].norm == '"':
            if position == opening + 1:
                return None
            after = tokens[position + 1] if position + 1 < len(tokens) else None
            return position if after is not None and after.sentence == tokens[opening].sentence \
                and (after.kind in ("arabic", "latin") or after.norm == ":") else None
        if tokens[position].norm in SENTENCE_END:
            return None
    return None


def _closing_quote(doc: Document, opening: int) -> int | None:
    """The token closing the quotation opened at `opening`."""
    tokens = doc.tokens
    opener = _original_char(doc, tokens[opening])
    limit = min(opening + MAX_QUOTE_TOKENS, len(tokens))
    if opener in CLOSERS:
        depth = 0
        for position in range(opening + 1, limit):
            char = _original_char(doc, tokens[position])
            if char == opener:
                depth += 1
            elif char == CLOSERS[opener]:
                if depth == 0:
                    return position
                depth -= 1
        return None
    fallback = None
    for position in range(opening + 1, limit):
        if tokens[position].norm != '"':
            if "\n" in doc.text[tokens[position - 1].end:tokens[position].start]:
                break  # a quotation does not run past its paragraph
            continue
        after = tokens[position + 1] if position + 1 < len(tokens) else None
        if after is None or after.norm in AFTER_CLOSING or "\n" in doc.text[tokens[position].end:after.start]:
            return position
        fallback = position
    return fallback


@dataclass
class _Zone:
    end: int  # index of the colon, quotation mark or complementizer
    how: str  # "colon", "quote", "complementizer"


def _speaker_zone(doc: Document, cue: int) -> _Zone | None:
    tokens = doc.tokens
    position = cue + 1
    while position < len(tokens) and position - cue <= MAX_SPEAKER_TOKENS \
            and tokens[position].sentence == tokens[cue].sentence:
        token = tokens[position]
        if token.norm == '"':
            closing = _is_quoted_name(tokens, position)
            if closing is None:
                return _Zone(position, "quote")
            position = closing + 1
            continue
        if token.norm == ":":
            return _Zone(position, "colon")
        if _complementizer(token):
            return _Zone(position, "complementizer")
        if token.norm in SENTENCE_END or (cue_kind(token) in ("verb", "relay") and token.norm.startswith("و")):
            return None  # "، وقالت ...": a later clause with its own cue and quote
        position += 1
    return None


def _ends_speaker(token: Token) -> bool:
    """Where a speaker phrase stops: a comma or dash, a relay, or a circumstance (في بيان، أمس)."""
    if token.norm in ("،", ",", "-", "(", "؛") or token.norm in RELAY_WORDS or token.text == "على":
        return True
    if cue_kind(token) == "participle":
        return True  # وأضاف المحافظ قائلا
    if token.norm.startswith("لل") and "ا" + token.norm[1:] not in place_words():
        return True  # للصحافيين: who it was said to; but المركز الإعلامي للغوطة names the speaker
    return any(stem in SPEAKER_STOPS for _, stem in token.stems)


def _strip_quote_marks(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    while first < last and tokens[first].norm in ('"', "'"):
        first += 1
    while last > first and tokens[last].norm in TRAILING_MARKS:
        last -= 1
    return first, last


def _indirect_end(doc: Document, start: int) -> int:
    """Last token of an indirect quote: the sentence's end, or before `، مضيفا أن`."""
    tokens = doc.tokens
    position = start
    while position + 1 < len(tokens) and tokens[position + 1].sentence == tokens[start].sentence:
        following = tokens[position + 1]
        if following.norm in ("،", ",") and position + 2 < len(tokens) \
                and cue_kind(tokens[position + 2]) == "participle":
            break
        position += 1
    return position


class _QuoteFinder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.quotes: list[dict[str, Any]] = []
        self.last_speaker: tuple[dict | None, str | None] = (None, None)
        self.kinds = {actor["name"]: actor["kind"] for actor in doc.fields.get("actors", [])}
        self.actor_mentions = sorted(
            ((mention["start"], mention["end"], actor["name"]) for actor in doc.fields.get("actors", [])
             for mention in actor["mentions"]), key=lambda item: item[0])
        self.mention_starts = [start for start, _, _ in self.actor_mentions]

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Actor mentions that start in [start, end), in order."""
        return self.actor_mentions[bisect_left(self.mention_starts, start):bisect_left(self.mention_starts, end)]

    def actor_at(self, start: int, end: int) -> str | None:
        nearby = self.mentions_between(start - MAX_MENTION_LENGTH, end)
        return next((name for mention_start, mention_end, name in nearby
                     if mention_start < end and start < mention_end), None)

    def _speaker_phrase(self, first: int, last: int) -> Span | None:
        """The speaker as written: from the first word to a comma, relay or circumstance phrase."""
        tokens = self.doc.tokens
        while first <= last and (tokens[first].kind not in ("arabic", "latin")
                                 or tokens[first].norm in SKIPPABLE_SPEAKER_WORDS or cue_kind(tokens[first])):
            first += 1
        if first > last or tokens[first].norm in CIRCUMSTANCE_STARTS:
            return None  # غداة لقائه ...: a circumstance, the speaker is elsewhere
        end = first
        while end + 1 <= last and not _ends_speaker(tokens[end + 1]):
            end += 1
        # A person's name ends the phrase (رئيس المجلس محمد الناصر إقرار القانون: the object follows).
        for start, mention_end, name in self.mentions_between(tokens[first].start, tokens[end].end):
            if self.kinds.get(name) == "person" and mention_end <= tokens[end].end:
                end = self.doc.token_index_at(mention_end) - 1
                break
        while end > first and (tokens[end].kind == "punct" or tokens[end].norm in SKIPPABLE_SPEAKER_WORDS):
            end -= 1
        return self.doc.span(tokens[first].start, tokens[end].end)

    def _speaker_actor(self, zone_first: int, zone_last: int, speaker: Span) -> str | None:
        """A person named in the speaker zone, else the actor mentioned in the speaker phrase."""
        tokens = self.doc.tokens
        persons = [name for start, end, name in self.mentions_between(tokens[zone_first].start, tokens[zone_last].end)
                   if end <= tokens[zone_last].end and self.kinds.get(name) == "person"]
        return persons[0] if persons else self.actor_at(speaker.start, speaker.end)

    def _relayed_speaker(self, cue: int, zone_end: int) -> tuple[tuple[dict, str | None] | None, list[str]]:
        """نقلت وكالة رويترز عن مصدر أمني أن ...: the speaker after عن, the relay before it."""
        tokens = self.doc.tokens
        source_at = next((index for index in range(cue + 1, zone_end) if tokens[index].norm == "عن"), None)
        if source_at is None:
            return self._speaker_from_zone(cue, zone_end)
        via = [name for start, end, name in self.mentions_between(tokens[cue].end, tokens[source_at].start)
               if end <= tokens[source_at].start]
        speaker = self._speaker_phrase(source_at + 1, zone_end - 1) if zone_end - 1 > source_at else None
        if speaker is None:
            return None, via
        return (speaker.as_dict(), self._speaker_actor(source_at + 1, zone_end - 1, speaker)), list(dict.fromkeys(via))

    def _speaker_from_zone(self, cue: int, zone_end: int) -> tuple[tuple[dict, str | None] | None, list[str]]:
        tokens = self.doc.tokens
        relay_at = next((index for index in range(cue + 1, zone_end) if tokens[index].norm in RELAY_WORDS), zone_end)
        via = []
        if relay_at < zone_end:
            for start, end, name in self.mentions_between(tokens[relay_at].start, tokens[zone_end - 1].end):
                if end <= tokens[zone_end - 1].end and name not in via:
                    via.append(name)
        last = relay_at - 1
        if cue + 1 < len(tokens) and tokens[cue + 1].norm in ("في", "خلال", "امس"):
            return None, via  # وكانت المنظمة قد أكدت في تقرير أن: the subject came before the cue
        speaker = self._speaker_phrase(cue + 1, last) if last > cue else None
        if speaker is None:
            return None, via
        return (speaker.as_dict(), self._speaker_actor(cue + 1, last, speaker)), via

    def _nearest_actor_before(self, cue: int) -> tuple[dict | None, str | None] | None:
        tokens = self.doc.tokens
        sentence_start = next(index for index in range(cue, -1, -1)
                              if index == 0 or tokens[index - 1].sentence != tokens[cue].sentence)
        lower = max([tokens[sentence_start].start] + [quote["end"] for quote in self.quotes])
        candidates = [(start, end, name) for start, end, name in self.mentions_between(lower, tokens[cue].start)
                      if end <= tokens[cue].start]
        if not candidates:
            return None
        start, end, name = candidates[-1]
        return self.doc.span(start, end).as_dict(), name

    def quote_at(self, cue: int) -> int | None:
        """Record the quote introduced by the cue at `cue`; return the index to continue after."""
        doc, tokens = self.doc, self.doc.tokens
        kind = cue_kind(tokens[cue])
        zone = _speaker_zone(doc, cue)
        if zone is None:
            return None
        text_first, text_last, direct = self._quote_text(zone)
        if text_first is None:
            return None
        if kind == "relay":
            found, via = self._relayed_speaker(cue, zone.end)
        else:
            found, via = self._speaker_from_zone(cue, zone.end) if kind == "verb" else (None, [])
        speaker = found or self._nearest_actor_before(cue) or self.last_speaker
        self.last_speaker = speaker
        text = doc.span(tokens[text_first].start, tokens[text_last].end)
        self.quotes.append({"text": text.text, "start": text.start, "end": text.end, "direct": direct,
                            "cue": doc.span(tokens[cue].start, tokens[cue].end).as_dict(),
                            "speaker": speaker[0], "speaker_actor": speaker[1], "via": via})
        return text_last + 1

    def _quote_text(self, zone: _Zone) -> tuple[int | None, int, bool]:
        tokens = self.doc.tokens
        opening = zone.end
        if zone.how == "colon":
            opening += 1
            if opening >= len(tokens):
                return None, 0, True
            if tokens[opening].norm != '"':  # وقال: بلا علامات اقتباس: the rest of the sentence
                last = _indirect_end(self.doc, opening)
                first, last = _strip_quote_marks(tokens, opening, last)
                return first, last, True
        if zone.how in ("colon", "quote"):
            closing = _closing_quote(self.doc, opening)
            if closing is None or closing <= opening + 1:
                return None, 0, True
            return opening + 1, closing - 1, True
        if zone.end + 1 >= len(tokens) or tokens[zone.end + 1].sentence != tokens[zone.end].sentence:
            return None, 0, False
        first = zone.end + 1
        if tokens[first].norm == '"':
            closing = _closing_quote(self.doc, first)
            sentence_goes_on = closing is not None and closing + 1 < len(tokens) \
                and tokens[closing + 1].sentence == tokens[first].sentence and tokens[closing + 1].kind == "arabic"
            if closing is not None and closing > first + 1 and not sentence_goes_on:
                return first + 1, closing - 1, False
        last = _indirect_end(self.doc, first)
        first, last = _strip_quote_marks(tokens, first, last)
        return (first, last, False) if last >= first else (None, 0, False)


def extract_quotes(doc: Document) -> Document:
    finder = _QuoteFinder(doc)
    index = 0
    while index < len(doc.tokens):
        following = finder.quote_at(index) if cue_kind(doc.tokens[index]) else None
        index = following if following is not None else index + 1
    doc.fields["quotes"] = finder.quotes
    return doc


@register("quotes", requires=("tokens", "actors"), provides=("quotes",))
def make_quotes():
    """Component: the `quotes` field."""
    return extract_quotes
