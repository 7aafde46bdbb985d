"""Scoring `dates` and `events` exactly as ../shared/spec/RECORD.md §4.1 and §4.2 say.

dates: a multiset match on `value` (null never matches), like counts.
events: a predicted event matches an unused gold event of the same `type` whose trigger forms match
its trigger text, or, failing that, whose places meet its places (greedy in prediction order). For
matched pairs every argument slot is scored: correct when both are empty or the sets meet (names by
RECORD.md's alias matching, a predicted name standing for its record item's name and mentions;
numbers within 1e-3; date values equal; modality equal). Argument accuracy is the mean over slots,
and the event score is event F1 x argument accuracy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extract.evaluate import COUNT_TOLERANCE, FieldScore, score_values, strings_match

NAME_SLOTS = ("actors", "targets", "agents", "places")
NUMBER_SLOTS = ("times", "killed", "injured")
EVENT_SLOTS = (*NAME_SLOTS, "date", *NUMBER_SLOTS, "modality")


@dataclass
class EventScore:
    events: FieldScore = field(default_factory=FieldScore)
    slot_correct: dict[str, int] = field(default_factory=lambda: {slot: 0 for slot in EVENT_SLOTS})
    pairs: int = 0

    def slot_accuracy(self, slot: str) -> float:
        return self.slot_correct[slot] / self.pairs if self.pairs else 0.0

    @property
    def argument_accuracy(self) -> float:
        return sum(self.slot_accuracy(slot) for slot in EVENT_SLOTS) / len(EVENT_SLOTS)

    @property
    def score(self) -> float:
        return self.events.f1 * self.argument_accuracy

    def add(self, other: "EventScore") -> None:
        self.events.add(other.events)
        self.pairs += other.pairs
        for slot in EVENT_SLOTS:
            self.slot_correct[slot] += other.slot_correct[slot]

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.events.precision, 4), "recall": round(self.events.recall, 4),
                "f1": round(self.events.f1, 4), "tp": self.events.true_positives,
                "fp": self.events.false_positives, "fn": self.events.false_negatives, "pairs": self.pairs,
                "slots": {slot: round(self.slot_accuracy(slot), 4) for slot in EVENT_SLOTS},
                "argument_accuracy": round(self.argument_accuracy, 4), "score": round(self.score, 4)}


def score_dates(predicted: list[dict], gold: list[dict]) -> tuple[FieldScore, list[str], list[str]]:
    """RECORD.md §4.1: scored as counts are, on `value`; a null value never matches."""
    return score_values(predicted, gold, lambda value, gold_value: value is not None and value == gold_value)


def _expanded(names: list[str], record: dict[str, Any], field_name: str) -> list[list[str]]:
    """Each predicted name with the mentions of its record item (how entities are matched, §3)."""
    by_name = {item.get("name"): item for item in record.get(field_name, []) if isinstance(item, dict)}
    expanded = []
    for name in names:
        item = by_name.get(name, {})
        expanded.append([name] + [mention["text"] for mention in item.get("mentions", [])])
    return expanded


def _names_meet(predicted: list[list[str]], gold: list[list[str]]) -> bool:
    if not predicted and not gold:
        return True
    return any(strings_match(string, alias) for strings in predicted for string in strings
               for aliases in gold for alias in aliases)


def _number(value: Any) -> float | None:
    if isinstance(value, dict):
        value = value.get("value")
    return None if value is None else float(value)


def _numbers_equal(predicted: Any, gold: Any) -> bool:
    left, right = _number(predicted), _number(gold)
    if left is None or right is None:
        return left is None and right is None
    return abs(left - right) <= COUNT_TOLERANCE * max(abs(right), 1e-9)


def _date_value(value: Any) -> str | None:
    return value.get("value") if isinstance(value, dict) else value


def slot_correct(slot: str, predicted: dict[str, Any], gold: dict[str, Any], record: dict[str, Any]) -> bool:
    if slot in NAME_SLOTS:
        field_name = "actors" if slot == "targets" else slot
        return _names_meet(_expanded(predicted.get(slot) or [], record, field_name), gold.get(slot) or [])
    if slot in NUMBER_SLOTS:
        return _numbers_equal(predicted.get(slot), gold.get(slot))
    if slot == "date":
        return _date_value(predicted.get("date")) == _date_value(gold.get("date"))
    return (predicted.get("modality") or "asserted") == (gold.get("modality") or "asserted")


def _trigger_matches(predicted: dict[str, Any], gold: dict[str, Any]) -> bool:
    texts = [predicted.get("trigger", {}).get("text", "")] + [mention["text"] for mention in predicted.get("mentions", [])]
    return any(text and strings_match(text, form) for text in texts for form in gold.get("trigger") or [])


def score_events(predicted: list[dict], gold: list[dict], record: dict[str, Any]) -> tuple[EventScore, list[str], list[str]]:
    score, used, false_positives = EventScore(), set(), []
    for event in predicted:
        same_type = [index for index, gold_event in enumerate(gold)
                     if index not in used and gold_event.get("type") == event.get("type")]
        match = next((index for index in same_type if _trigger_matches(event, gold[index])), None)
        if match is None:
            places = _expanded(event.get("places") or [], record, "places")
            match = next((index for index in same_type
                          if places and gold[index].get("places") and _names_meet(places, gold[index]["places"])), None)
        if match is None:
            score.events.false_positives += 1
            false_positives.append(f"{event.get('type')}: {event.get('trigger', {}).get('text', '')}")
            continue
        used.add(match)
        score.events.true_positives += 1
        score.pairs += 1
        for slot in EVENT_SLOTS:
            score.slot_correct[slot] += slot_correct(slot, event, gold[match], record)
    missed = [f"{event.get('type')}: {'/'.join(event.get('trigger') or [])}" for index, event in enumerate(gold)
              if index not in used]
    score.events.false_negatives = len(missed)
    return score, false_positives, missed


def slot_errors(predicted: list[dict], gold: list[dict], record: dict[str, Any]) -> list[str]:
    """For the pairs that match, the slots that are wrong: `type trigger: slot predicted != gold`."""
    errors, used = [], set()
    for event in predicted:
        match = next((index for index, gold_event in enumerate(gold) if index not in used
                      and gold_event.get("type") == event.get("type") and _trigger_matches(event, gold_event)), None)
        if match is None:
            continue
        used.add(match)
        for slot in EVENT_SLOTS:
            if not slot_correct(slot, event, gold[match], record):
                errors.append(f"{event['type']} {event.get('trigger', {}).get('text', '')}: {slot} "
                              f"{event.get(slot)!r} != {gold[match].get(slot)!r}")
    return errors


def format_event_table(dates: FieldScore | None, events: EventScore | None) -> str:
    lines = []
    if dates is not None:
        lines.append(f"{'dates':<22}{dates.precision:>7.3f}{dates.recall:>7.3f}{dates.f1:>7.3f}"
                     f"{dates.true_positives:>6}{dates.false_positives:>6}{dates.false_negatives:>6}")
    if events is not None:
        score = events.events
        lines.append(f"{'events':<22}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
                     f"{score.true_positives:>6}{score.false_positives:>6}{score.false_negatives:>6}")
        lines.append("event arguments (accuracy over matched pairs): " + "  ".join(
            f"{slot} {events.slot_accuracy(slot):.3f}" for slot in EVENT_SLOTS))
        lines.append(f"argument accuracy {events.argument_accuracy:.3f}   event score (F1 x accuracy) {events.score:.3f}")
    return "\n".join(lines)
