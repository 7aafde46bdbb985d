"""Run a regular expression only over the stretches of a text where it can match, with the same matches.

A pattern whose every match contains a part (its core: a month name, four digits) and that can
never consume some characters (its barriers: often the full stop) can only match inside a stretch
between two barriers that holds its core. `finditer_in_regions` runs the pattern over those stretches
alone and yields exactly what `pattern.finditer(text)` yields: no match crosses a barrier, the
lookbehinds still see the text before a stretch, and a lookahead at a stretch's end sees no
character, as it would see the barrier (which nothing in the pattern accepts). Patterns that open
with a lookbehind and optional words make the regex engine try every position of the text, so
skipping the stretches without a core is most of their cost.

Which characters are barriers is read from the compiled patterns themselves (`barriers`), so a
pattern edited later stays exact: a character it comes to accept stops being one of its barriers.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Iterable, Iterator

from extract.lexicons import cached_result

# Characters that may end a stretch: punctuation that date and number expressions rarely contain.
BARRIER_CANDIDATES = ".!?؟:;؛\"«»“”[]{}|*"

_CATEGORY_CLASSES = {
    sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_NOT_DIGIT: r"\D",
    sre_constants.CATEGORY_SPACE: r"\s", sre_constants.CATEGORY_NOT_SPACE: r"\S",
    sre_constants.CATEGORY_WORD: r"\w", sre_constants.CATEGORY_NOT_WORD: r"\W",
}
_WIDTHLESS = {sre_constants.AT}  # anchors (^, $, \b) see the end of a stretch unlike a barrier


class _NotAnalysable(Exception):
    """A construct whose behaviour at a stretch's end this module does not reason about."""


def _set_accepts(items: list[tuple[Any, Any]], char: str) -> bool:
    code, accepted, negated = ord(char), False, False
    for op, av in items:
        if op is sre_constants.NEGATE:
            negated = True
        elif op is sre_constants.LITERAL:
            accepted |= av == code
        elif op is sre_constants.RANGE:
            accepted |= av[0] <= code <= av[1]
        elif op is sre_constants.CATEGORY and av in _CATEGORY_CLASSES:
            accepted |= re.fullmatch(_CATEGORY_CLASSES[av], char) is not None
        else:
            raise _NotAnalysable(op)
    return accepted != negated


def _accepts(items: Any, char: str) -> bool:
    """Whether any character-consuming part of the parsed pattern, lookarounds included, accepts `char`."""
    for op, av in items:
        if op is sre_constants.LITERAL:
            if av == ord(char):
                return True
        elif op is sre_constants.NOT_LITERAL:
            if av != ord(char):
                return True
        elif op is sre_constants.ANY:
            return True
        elif op is sre_constants.IN:
            if _set_accepts(av, char):
                return True
        elif op is sre_constants.SUBPATTERN:
            if _accepts(av[-1], char):
                return True
        elif op is sre_constants.BRANCH:
            if any(_accepts(branch, char) for branch in av[1]):
                return True
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
            if _accepts(av[2], char):
                return True
        elif op is sre_constants.ATOMIC_GROUP:
            if _accepts(av, char):
                return True
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            if _accepts(av[1], char):
                return True
        elif op is sre_constants.GROUPREF_EXISTS:
            if any(branch is not None and _accepts(branch, char) for branch in av[1:]):
                return True
        elif op is sre_constants.GROUPREF:
            continue  # accepts what its group accepted, which is looked at where the group is
        elif op in _WIDTHLESS:
            raise _NotAnalysable(op)
        else:
            raise _NotAnalysable(op)
    return False


@lru_cache(maxsize=64)
def barriers(*patterns: re.Pattern) -> str:
    """The characters of BARRIER_CANDIDATES that none of `patterns` can consume or look at; "" when
    a pattern has flags or constructs this module does not reason about (then nothing is skipped).
    Parsing the patterns again takes a tenth of a second at start-up, so the answer is cached on
    disk, under the patterns, the candidates, this analysis's code and the Python version."""
    code = b"".join(marshal.dumps(function.__code__) for function in (_barriers, _accepts, _set_accepts))
    key = repr(([(pattern.pattern, pattern.flags) for pattern in patterns], BARRIER_CANDIDATES, sys.version,
                hashlib.sha1(code).hexdigest()))
    return cached_result("regex-barriers", key, lambda: _barriers(patterns))


def _barriers(patterns: tuple[re.Pattern, ...]) -> str:
    try:
        parsed = [sre_parse.parse(pattern.pattern, pattern.flags & ~re.UNICODE) for pattern in patterns
                  if not pattern.flags & ~re.UNICODE]
        if len(parsed) < len(patterns):
            return ""
        return "".join(char for char in BARRIER_CANDIDATES if not re.fullmatch(r"\w", char)
                       and not any(_accepts(items, char) for items in parsed))
    except _NotAnalysable:
        return ""


@lru_cache(maxsize=64)
def _barrier_expression(chars: str) -> re.Pattern:
    return re.compile("[" + re.escape(chars) + "]")


def word_trie(words: Iterable[str]) -> str:
    """An expression that matches where any of `words` starts (a space in a word matches \\s+), written
    as a trie: the regex engine tries one branch per distinct letter instead of one per word."""
    trie: dict = {}
    for word in words:
        node = trie
        for part in re.findall(r" +|[^ ]", word):
            node = node.setdefault(r"\s+" if part.startswith(" ") else re.escape(part), {})
        node[""] = {}

    def written(node: dict) -> str:
        branches = [key + written(child) for key, child in sorted(node.items()) if key]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return written(trie)


@dataclass(frozen=True)
class Core:
    """A part that every match of a pattern contains: `expression` (plain, without lookarounds); with
    `after` (the inside of a character class: a non-word character and digits), only where it opens the text or
    follows one of those characters. A search for the class and the expression together starts
    from that class's characters alone, which the regex engine finds fast; a lookbehind would make
    it try every position."""

    expression: str
    after: str | None = None

    @cached_property
    def _search(self) -> re.Pattern:
        return re.compile(f"[{self.after}](?:{self.expression})" if self.after else self.expression)

    @cached_property
    def plain(self) -> re.Pattern:
        """The expression alone."""
        return re.compile(self.expression)

    def positions(self, text: str) -> list[int]:
        """Where the core starts in `text`, in order, at least once in every stretch that holds it
        (kept for the last text: readers of one scan share cores)."""
        last = self.__dict__.get("_last")
        if last is not None and last[0] is text:
            return last[1]
        found = self._positions(text)
        self.__dict__["_last"] = (text, found)
        return found

    def _positions(self, text: str) -> list[int]:
        # Occurrences that overlap a found one are not found, which leaves the stretches the same:
        # an occurrence never crosses a barrier that the expression cannot consume (regions()).
        skip = 1 if self.after else 0
        found = [0] if self.after and self.plain.match(text) else []
        found += [match.start() + skip for match in self._search.finditer(text)]
        return found


_last_stops: dict[str, tuple[str, list[int]]] = {}  # barrier characters -> (the last text, their positions)


def _stops(text: str, chars: str) -> list[int]:
    last = _last_stops.get(chars)
    if last is None or last[0] is not text:
        last = _last_stops[chars] = (text, [match.start() for match in _barrier_expression(chars).finditer(text)])
    return last[1]


def regions(text: str, core: Core, chars: str) -> list[tuple[int, int]]:
    """The stretches [start, end) between two of `chars` (or the text's ends) that hold `core`."""
    found = core.positions(text)
    if not found:
        return []
    if not chars:
        return [(0, len(text))]
    stops = _stops(text, chars)
    spans: list[tuple[int, int]] = []
    for position in found:
        after = bisect_left(stops, position)
        start = stops[after - 1] + 1 if after else 0
        if spans and spans[-1][0] == start:
            continue
        spans.append((start, stops[after] if after < len(stops) else len(text)))
    return spans


def finditer_in_regions(pattern: re.Pattern, core: Core, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, for a pattern whose every match contains `core`, run only over the
    stretches that hold it. The barriers are those of the pattern that the core's expression cannot
    consume either, so an occurrence of the core never crosses one."""
    for start, end in regions(text, core, barriers(pattern, core.plain)):
        yield from pattern.finditer(text, start, end)
