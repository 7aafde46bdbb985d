"""Scoring records against gold annotations exactly as ../shared/spec/RECORD.md section 3 says.

Which fields are scored, by which scorer (SCORERS), and how they weigh in the macro F1 is the field
table's (extract/fields.py).
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any, Callable, Iterable

from extract.fields import ENTITY_FIELDS, MACRO_FIELDS, MACRO_WEIGHTS, REPORT_FIELDS, SCORED_FIELDS, Field  # noqa: F401
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_ALEFS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_SINGLE_CLITICS = ("و", "ف", "ب", "ل", "ك")
_PAIR_CLITICS = tuple(first + second for first in ("و", "ف") for second in ("ب", "ل", "ك"))
QUOTE_MATCH_F1 = 0.5
COUNT_TOLERANCE = 1e-3


def score_normalize(text: str) -> str:
    """RECORD.md's matching normalization."""
    text = _DIACRITICS.sub("", unicodedata.normalize("NFKC", text)).translate(_ALEFS)
    text = "".join(" " if unicodedata.category(char)[0] in "PS" else char for char in text)
    return " ".join(text.split())


def variants(text: str) -> set[str]:
    """The string and, where a clitic (pair) leads and 3+ letters remain, the string without it."""
    normalized = score_normalize(text)
    found = {normalized}
    if normalized.startswith("لل") and len(normalized) - 2 >= 3:
        found.add("ال" + normalized[2:])
    for prefix in _PAIR_CLITICS + _SINGLE_CLITICS:
        if normalized.startswith(prefix) and len(normalized) - len(prefix) >= 3:
            found.add(normalized[len(prefix):])
    return found


def strings_match(left: str, right: str) -> bool:
    return bool(variants(left) & variants(right))


def token_f1(predicted: str, gold: str) -> float:
    predicted_tokens, gold_tokens = score_normalize(predicted).split(), score_normalize(gold).split()
    if not predicted_tokens or not gold_tokens:
        return 0.0
    remaining = list(gold_tokens)
    common = 0
    for token in predicted_tokens:
        if token in remaining:
            remaining.remove(token)
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(predicted_tokens), common / len(gold_tokens)
    return 2 * precision * recall / (precision + recall)


@dataclass
class FieldScore:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def add(self, other: "FieldScore") -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives

    def as_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.true_positives, "fp": self.false_positives, "fn": self.false_negatives}


@dataclass
class ErrorItem:
    article: str
    field: str
    kind: str  # "false_positive", "false_negative" or "wrong_speaker"
    text: str


@dataclass
class Report:
    scores: dict[str, FieldScore] = field(default_factory=lambda: {name: FieldScore() for name in REPORT_FIELDS})
    errors: list[ErrorItem] = field(default_factory=list)
    articles: int = 0
    # RECORD.md §4: fields the table does not report on every article (dates, events) are scored
    # only where a gold file has them; their scores appear here once one does.
    optional: dict[str, Any] = field(default_factory=dict)

    @property
    def dates(self) -> FieldScore | None:
        return self.optional.get("dates")

    @property
    def events(self) -> Any:
        """An extract.evaluate_events.EventScore, or None."""
        return self.optional.get("events")

    @property
    def macro_f1(self) -> float:
        return sum(MACRO_WEIGHTS[name] * self.scores[name].f1 for name in MACRO_FIELDS) / sum(MACRO_WEIGHTS.values())

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "macro_f1": round(self.macro_f1, 4),
                "fields": {name: score.as_dict() for name, score in self.scores.items()},
                **{name: self.optional[name].as_dict() for name in _optional_order() if name in self.optional},
                "errors": [error.__dict__ for error in self.errors]}


def _optional_order() -> list[str]:
    return [name for row in SCORED_FIELDS if not row.reported for name in row.scores]


def _item_strings(item: dict[str, Any]) -> list[str]:
    return [item.get("name") or ""] + [mention["text"] for mention in item.get("mentions", [])]


def _gold_aliases(item: dict[str, Any]) -> list[str]:
    return list(item.get("aliases") or [item.get("name", "")])


def score_entities(predicted: list[dict], gold: list[dict]) -> tuple[FieldScore, list[str], list[str]]:
    score, used = FieldScore(), set()
    false_positives = []
    for item in predicted:
        strings = [string for string in _item_strings(item) if string]
        match = next((index for index, gold_item in enumerate(gold)
                      if index not in used and any(strings_match(string, alias) for string in strings
                                                   for alias in _gold_aliases(gold_item))), None)
        if match is None:
            score.false_positives += 1
            false_positives.append(item.get("name") or "")
        else:
            used.add(match)
            score.true_positives += 1
    missed = [gold_item.get("name", "") for index, gold_item in enumerate(gold) if index not in used]
    score.false_negatives = len(missed)
    return score, false_positives, missed


def score_values(predicted: list[dict], gold: list[dict],
                 equal: Callable[[Any, Any], bool]) -> tuple[FieldScore, list[str], list[str]]:
    """A greedy multiset match on `value` (RECORD.md: counts and dates): each predicted item takes the
    first unused gold item whose value is `equal` to its own."""
    score, used = FieldScore(), set()
    false_positives = []
    for item in predicted:
        value = item.get("value")
        match = next((index for index, gold_item in enumerate(gold)
                      if index not in used and equal(value, gold_item.get("value"))), None)
        if match is None:
            score.false_positives += 1
            false_positives.append(f"{item.get('text', '')} = {value}")
        else:
            used.add(match)
            score.true_positives += 1
    missed = [f"{gold_item.get('text', '')} = {gold_item.get('value')}" for index, gold_item in enumerate(gold)
              if index not in used]
    score.false_negatives = len(missed)
    return score, false_positives, missed


def _counts_equal(value: Any, gold_value: Any) -> bool:
    return abs(float(value) - float(gold_value)) <= COUNT_TOLERANCE * max(abs(float(gold_value)), 1e-9)


def score_counts(predicted: list[dict], gold: list[dict]) -> tuple[FieldScore, list[str], list[str]]:
    return score_values(predicted, gold, _counts_equal)


def _speaker_correct(quote: dict, gold_quote: dict) -> bool:
    candidates = [(quote.get("speaker") or {}).get("text"), quote.get("speaker_actor")]
    return any(candidate and strings_match(candidate, alias)
               for candidate in candidates for alias in gold_quote.get("speaker") or [])


def _wrong_speaker_line(quote: dict, gold_quote: dict) -> str:
    found = (quote.get("speaker") or {}).get("text")
    said = f"{found} → {quote.get('speaker_actor')}" if quote.get("speaker_actor") else str(found)
    return f"{quote.get('text', '')[:60]} | speaker: {said} | gold: {' / '.join(gold_quote.get('speaker') or [])}"


def score_quotes(predicted: list[dict], gold: list[dict], wrong_speakers: list[str] | None = None
                 ) -> tuple[FieldScore, FieldScore, list[str], list[str]]:
    """Quote and quote-with-speaker scores; a matched quote with a wrong speaker is described in
    `wrong_speakers` when a list is given."""
    quotes, with_speaker, used = FieldScore(), FieldScore(), set()
    false_positives = []
    for quote in predicted:
        best, best_f1 = None, 0.0
        for index, gold_quote in enumerate(gold):
            if index in used:
                continue
            f1 = token_f1(quote.get("text", ""), gold_quote.get("text", ""))
            if f1 >= QUOTE_MATCH_F1 and f1 > best_f1:
                best, best_f1 = index, f1
        if best is None:
            quotes.false_positives += 1
            with_speaker.false_positives += 1
            false_positives.append(quote.get("text", "")[:80])
            continue
        used.add(best)
        quotes.true_positives += 1
        if _speaker_correct(quote, gold[best]):
            with_speaker.true_positives += 1
        else:
            with_speaker.false_positives += 1
            with_speaker.false_negatives += 1
            if wrong_speakers is not None:
                wrong_speakers.append(_wrong_speaker_line(quote, gold[best]))
    missed = [gold_quote.get("text", "")[:80] for index, gold_quote in enumerate(gold) if index not in used]
    quotes.false_negatives = len(missed)
    with_speaker.false_negatives += len(missed)
    return quotes, with_speaker, false_positives, missed


@dataclass
class FieldResult:
    """One field of one article scored: its score lines, what it found wrongly and what it missed,
    and further errors as (score line, kind, text) (a quote's wrong speaker, an event's wrong argument)."""

    scores: dict[str, Any]
    false_positives: list[str]
    missed: list[str]
    errors: list[tuple[str, str, str]] = field(default_factory=list)


Scorer = Callable[[Field, list[dict], list[dict], dict[str, Any]], FieldResult]


def _counts_scorer(row: Field, predicted: list[dict], gold: list[dict], record: dict[str, Any]) -> FieldResult:
    score, false_positives, missed = score_counts(predicted, gold)
    return FieldResult({row.scores[0]: score}, false_positives, missed)


def _entities_scorer(row: Field, predicted: list[dict], gold: list[dict], record: dict[str, Any]) -> FieldResult:
    score, false_positives, missed = score_entities(predicted, gold)
    return FieldResult({row.scores[0]: score}, false_positives, missed)


def _quotes_scorer(row: Field, predicted: list[dict], gold: list[dict], record: dict[str, Any]) -> FieldResult:
    """Two score lines: the quote and, derived from it, the quote with the right speaker."""
    wrong_speakers: list[str] = []
    quotes, with_speaker, false_positives, missed = score_quotes(predicted, gold, wrong_speakers)
    quote_line, speaker_line = row.scores
    return FieldResult({quote_line: quotes, speaker_line: with_speaker}, false_positives, missed,
                       [(speaker_line, "wrong_speaker", line) for line in wrong_speakers])


def _dates_scorer(row: Field, predicted: list[dict], gold: list[dict], record: dict[str, Any]) -> FieldResult:
    from extract.evaluate_events import score_dates

    score, false_positives, missed = score_dates(predicted, gold)
    return FieldResult({row.scores[0]: score}, false_positives, missed)


def _events_scorer(row: Field, predicted: list[dict], gold: list[dict], record: dict[str, Any]) -> FieldResult:
    from extract.evaluate_events import score_events, slot_errors

    events, false_positives, missed = score_events(predicted, gold, record)
    return FieldResult({row.scores[0]: events}, false_positives, missed,
                       [(row.name, "wrong_argument", text) for text in slot_errors(predicted, gold, record)])


SCORERS: dict[str, Scorer] = {"counts": _counts_scorer, "entities": _entities_scorer, "quotes": _quotes_scorer,
                              "dates": _dates_scorer, "events": _events_scorer}


def score_record(record: dict[str, Any], gold: dict[str, Any], report: Report) -> None:
    """Add one article's scores and errors to `report`, field by field of the field table."""
    article = record.get("id") or gold.get("id", "")
    report.articles += 1
    for row in SCORED_FIELDS:
        if not row.reported and row.name not in gold:
            continue  # RECORD.md §4: a gold file without the field is not scored on it
        result = SCORERS[row.scorer](row, record.get(row.name, []), gold.get(row.name, []), record)
        scores = report.scores if row.reported else report.optional
        for name, score in result.scores.items():
            scores.setdefault(name, type(score)()).add(score)
        report.errors.extend(ErrorItem(article, row.name, "false_positive", text) for text in result.false_positives)
        report.errors.extend(ErrorItem(article, row.name, "false_negative", text) for text in result.missed)
        report.errors.extend(ErrorItem(article, name, kind, text) for name, kind, text in result.errors)


def gold_pairs(gold_dir: Path) -> list[tuple[Path, Path]]:
    """(article, gold) pairs: every NAME.json with a NAME.txt/.html/.htm beside it, sorted."""
    pairs = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        for suffix in (".txt", ".html", ".htm"):
            article = gold_path.with_suffix(suffix)
            if article.exists():
                pairs.append((article, gold_path))
                break
    return pairs


def evaluate_folder(gold_dir: str | Path, predictions: str | Path | None = None, ner: str | None = None) -> Report:
    """Score the pipeline's records (with the NER backend `ner`, default lexicon), or the records
    in `predictions`, against a gold folder."""
    from extract.pipeline import Pipeline
    from extract.read import read_file

    pairs = gold_pairs(Path(gold_dir))
    if predictions is not None:
        with open(predictions, encoding="utf-8") as handle:
            by_id = {record["id"]: record for record in map(json.loads, filter(str.strip, handle))}
    else:
        nlp = Pipeline(ner=ner)
        by_id = {}
        for article, gold_path in pairs:
            published = json.loads(gold_path.read_text(encoding="utf-8")).get("published")
            for doc in read_file(article):
                if published and not doc.meta.get("published"):
                    doc.meta["published"] = published  # the article's metadata, kept beside its gold
                by_id[doc.id] = nlp(doc)
    report = Report()
    for article, gold_path in pairs:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        record = by_id.get(article.stem, {"id": article.stem})
        score_record(record, gold, report)
    return report


def format_table(report: Report) -> str:
    from extract.evaluate_events import format_event_table

    lines = [f"articles: {report.articles}", f"{'field':<22}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    lines += [_score_line(name, score) for name, score in report.scores.items()]
    lines.append(f"{'macro F1':<22}{'':>14}{report.macro_f1:>7.3f}")
    for name in _optional_order():
        score = report.optional.get(name)
        if isinstance(score, FieldScore):
            lines.append(_score_line(name, score))
        elif score is not None:
            lines.append(format_event_table(None, score))
    return "\n".join(lines)


def _score_line(name: str, score: FieldScore) -> str:
    return (f"{name:<22}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
            f"{score.true_positives:>6}{score.false_positives:>6}{score.false_negatives:>6}")


def format_errors(report: Report) -> str:
    return "\n".join(f"{error.article}\t{error.field}\t{error.kind}\t{error.text}" for error in report.errors)


# --- NER evaluation on CoNLL files (entity-level exact match, as conlleval counts it) ---

NerSentence = list[tuple[str, str, str | None]]  # (token, gold tag, predicted tag or None)


def read_conll(path: Path) -> list[NerSentence]:
    """Sentences of a CoNLL file: token and BIO tag per line (a third column: a predicted tag),
    blank lines between sentences; `-DOCSTART-` lines are skipped."""
    sentences: list[NerSentence] = [[]]
    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            columns = line.split()
            if not columns:
                if sentences[-1]:
                    sentences.append([])
                continue
            if columns[0] == "-DOCSTART-":
                continue
            if len(columns) < 2:
                raise ValueError(f"{path}:{number}: expected a token and a tag, found {line.strip()!r}")
            sentences[-1].append((columns[0], columns[1], columns[2] if len(columns) > 2 else None))
    return [sentence for sentence in sentences if sentence]


def bio_entities(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first, last, label) of each entity in a BIO or IOB1 tag sequence, as conlleval reads them."""
    entities, start, label = set(), None, None
    for index, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and kind != label)
        if label is not None and (prefix == "O" or begins):
            entities.add((start, index - 1, label))
            start, label = None, None
        if begins or (prefix == "I" and label is None):
            start, label = index, kind
    return entities


def ner_scores(sentences: list[tuple[list[str], list[str]]]) -> dict[str, FieldScore]:
    """Per-label and overall entity scores for (gold tags, predicted tags) per sentence."""
    scores: dict[str, FieldScore] = {"overall": FieldScore()}
    for gold_tags, predicted_tags in sentences:
        gold, predicted = bio_entities(gold_tags), bio_entities(predicted_tags)
        for entity in gold | predicted:
            score = scores.setdefault(entity[2], FieldScore())
            for target in (score, scores["overall"]):
                if entity in gold and entity in predicted:
                    target.true_positives += 1
                elif entity in predicted:
                    target.false_positives += 1
                else:
                    target.false_negatives += 1
    return scores


def predict_conll_tags(tokens: list[str], nlp: Any) -> list[str]:
    """Our NER's BIO tags for given tokens: the tokens are joined by spaces and our entity spans
    projected back onto them (a token is inside an entity when they overlap)."""
    return predict_conll_document([tokens], nlp)[0]


def predict_conll_document(sentences: list[list[str]], nlp: Any) -> list[list[str]]:
    """predict_conll_tags for consecutive sentences read as one document (a blank line between
    them), so that what the NER does across a document's sentences is scored as well."""
    from extract.read import read_text

    starts, position = [], 0
    for tokens in sentences:
        for token in tokens:
            starts.append(position)
            position += len(token) + 1
        position += 1  # the sentence's last space is a newline, and one more newline follows
    words = [token for tokens in sentences for token in tokens]
    doc = nlp.process(read_text("\n\n".join(" ".join(tokens) for tokens in sentences)))
    tags = ["O"] * len(words)
    for span in doc.entities:
        first = bisect_right(starts, span.start) - 1
        last = bisect_left(starts, span.end)  # the first token starting at or after the span's end
        inside = [index for index in range(max(first, 0), last) if span.start < starts[index] + len(words[index])]
        for offset, index in enumerate(inside):
            tags[index] = ("B-" if offset == 0 else "I-") + (span.label or "MISC")
    ends = list(accumulate(len(tokens) for tokens in sentences))
    return [tags[end - len(tokens):end] for tokens, end in zip(sentences, ends)]


def document_groups(sentences: list, size: int) -> list[list]:
    """Consecutive sentences in documents of `size` (0: all of them in one)."""
    size = size or max(len(sentences), 1)
    return [sentences[first:first + size] for first in range(0, len(sentences), size)]


BRACKETED_ENTITY = re.compile(r"\[\[([^\[\]|]+)\|(PER|LOC|ORG|MISC|O)\]\]")


def read_bracketed(line: str) -> tuple[str, list[tuple[int, int, str]]]:
    """A sentence annotated as `[[name|LABEL]]` → its plain text and (start, end, label) spans.

    LABEL `O` marks a phrase the annotator decided is not an entity (a nationality adjective); it
    gives no span.
    """
    pieces, spans, length, last = [], [], 0, 0
    for match in BRACKETED_ENTITY.finditer(line):
        before = line[last:match.start()]
        pieces.append(before)
        length += len(before)
        name, label = match.group(1), match.group(2)
        if label != "O":
            spans.append((length, length + len(name), label))
        pieces.append(name)
        length += len(name)
        last = match.end()
    pieces.append(line[last:])
    text = "".join(pieces)
    if "[[" in text or "]]" in text:
        raise ValueError(f"unbalanced or malformed [[name|LABEL]] in: {line}")
    return text, spans


def bracketed_to_conll(lines: Iterable[str], tokenizer: Any) -> list[list[tuple[str, str]]]:
    """CoNLL sentences (token, BIO tag) of bracket-annotated lines, tokenized by `tokenizer` (a
    normalize + tokenize pipeline). A token is inside an entity when they overlap, so a name with
    an attached clitic (بدمشق) tags the whole token. One line is one sentence; `#` lines are comments."""
    from extract.read import read_text

    sentences = []
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        text, spans = read_bracketed(line)
        doc = tokenizer.process(read_text(text))
        tags = ["O"] * len(doc.tokens)
        for start, end, label in spans:
            inside = [token.index for token in doc.tokens if token.start < end and start < token.end]
            for offset, index in enumerate(inside):
                tags[index] = ("B-" if offset == 0 else "I-") + label
        sentences.append([(token.text, tag) for token, tag in zip(doc.tokens, tags)])
    return sentences


NAME_GROUPS = {"persons": ("PER",), "organisations": ("ORG",), "places": ("LOC",)}


def gold_name_group(field_name: str, item: dict[str, Any]) -> str:
    if field_name == "places":
        return "places"
    return "persons" if item.get("kind") == "person" else "organisations"


def name_recall(gold_dir: str | Path, nlp: Any) -> dict[str, tuple[int, int]]:
    """How many gold actors (persons; organisations and other actors) and places of a gold folder
    the NER layer finds: (found, total) per group. An item is found when an entity span of its
    label matches any of its aliases the way RECORD.md matches (normalized, clitics allowed)."""
    from extract.read import read_file

    found: dict[str, tuple[int, int]] = {group: (0, 0) for group in NAME_GROUPS}
    for article, gold_path in gold_pairs(Path(gold_dir)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        spans = [(span.text, span.label) for doc in read_file(article, article.name)
                 for span in nlp.process(doc).entities]
        for field_name in ("actors", "places"):
            for item in gold.get(field_name, []):
                group = gold_name_group(field_name, item)
                hit = any(label in NAME_GROUPS[group] and strings_match(text, alias)
                          for text, label in spans for alias in _gold_aliases(item))
                done, total = found[group]
                found[group] = (done + hit, total + 1)
    return found


def format_ner_table(scores: dict[str, FieldScore]) -> str:
    lines = [f"{'label':<10}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for label in sorted(name for name in scores if name != "overall") + ["overall"]:
        score = scores[label]
        lines.append(f"{label:<10}{score.precision:>7.3f}{score.recall:>7.3f}{score.f1:>7.3f}"
                     f"{score.true_positives:>6}{score.false_positives:>6}{score.false_negatives:>6}")
    lines.append(f"f1={scores['overall'].f1:.3f}")
    return "\n".join(lines)
