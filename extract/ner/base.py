"""What the NER modules share: labels, the backend error, and overlap resolution."""

from __future__ import annotations

from extract.document import Span

LABELS = ("PER", "LOC", "ORG", "MISC")


class BackendUnavailable(RuntimeError):
    """An optional NER backend whose library or data is not installed."""


def non_overlapping(spans: list[Span]) -> list[Span]:
    """Keep the earliest-listed span where spans overlap, then sort by position."""
    if not spans:
        return []
    occupied = bytearray(max(span.end for span in spans))
    kept: list[Span] = []
    for span in spans:
        if span.start < span.end and not any(occupied[span.start:span.end]):
            occupied[span.start:span.end] = b"\x01" * (span.end - span.start)
            kept.append(span)
    return sorted(kept, key=lambda span: (span.start, span.end))
