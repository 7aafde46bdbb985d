"""Score the events field on the public event-coding sentences (../shared/data/events/, see its README).

For each sentence: is there an event of the matching class (PLOVER ASSAULT or PROTEST, our types mapped
below), and, where the coders named a source or target actor, does a matching event name it? An actor
phrase agrees when its words and the words of one of the event's actors (the actor's name or any of its
mentions in the record) or targets, or its actor_text / target_text (the participant as written, named
or not), reach token F1 >= 0.5, order ignored (the coders reordered words).

    python scripts/eval_events_public.py ../shared/data/events/petrarch_arabic_validation.jsonl [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from extract.evaluate import token_f1
from extract.pipeline import Pipeline
from extract.read import read_text

PLOVER_CLASSES = {
    "ASSAULT": {"chemical_attack", "airstrike", "shelling", "bombing", "attack", "killing", "armed_clash"},
    "PROTEST": {"protest"},
}
AGREEMENT_F1 = 0.5


def iso_date(yyyymmdd: str) -> str | None:
    return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:8]}" if len(yyyymmdd) == 8 and yyyymmdd.isdigit() else None


def actor_strings(record: dict, names: list[str]) -> list[str]:
    by_name = {item["name"]: item for item in record.get("actors", [])}
    strings = []
    for name in names:
        strings.append(name)
        strings.extend(mention["text"] for mention in by_name.get(name, {}).get("mentions", []))
    return strings


def agrees(phrase: str, strings: list[str]) -> bool:
    return any(token_f1(string, phrase) >= AGREEMENT_F1 for string in strings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sentences", type=Path)
    parser.add_argument("--errors", action="store_true", help="list the sentences with no matching event")
    args = parser.parse_args()
    nlp = Pipeline()
    tally: Counter[str] = Counter()
    per_class: Counter[str] = Counter()
    with open(args.sentences, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    for row in rows:
        doc = read_text(row["text"], doc_id=row["id"])
        published = iso_date(row.get("date", ""))
        if published:
            doc.meta["published"] = published
        record = nlp(doc)
        wanted = PLOVER_CLASSES[row["category"]]
        matching = [event for event in record.get("events", []) if event["type"] in wanted]
        tally["sentences"] += 1
        per_class[row["category"] + " sentences"] += 1
        if matching:
            tally["detected"] += 1
            per_class[row["category"] + " detected"] += 1
        elif args.errors:
            print(f"MISS\t{row['category']}\t{row['text']}")
        gold = row["events"][0] if row["events"] else {}
        for role, slot in (("source", "actors"), ("target", "targets")):
            phrase = (gold.get(f"{role}_text") or "").strip()
            if not phrase:
                continue
            tally[f"{role} named"] += 1
            phrase_key = "actor_text" if slot == "actors" else "target_text"
            strings = [string for event in matching for string in actor_strings(record, event[slot])]
            strings += [event[phrase_key] for event in matching if event.get(phrase_key)]
            if agrees(phrase, strings):
                tally[f"{role} agrees"] += 1
    print(f"sentences: {tally['sentences']}")
    print(f"matching-class detection rate: {tally['detected'] / max(tally['sentences'], 1):.3f} "
          f"({tally['detected']}/{tally['sentences']})")
    for category in PLOVER_CLASSES:
        total = per_class[category + " sentences"]
        print(f"  {category}: {per_class[category + ' detected'] / max(total, 1):.3f} "
              f"({per_class[category + ' detected']}/{total})")
    for role in ("source", "target"):
        named = tally[f"{role} named"]
        print(f"{role} actor agreement (sentences where the coders named one): "
              f"{tally[f'{role} agrees'] / max(named, 1):.3f} ({tally[f'{role} agrees']}/{named})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
