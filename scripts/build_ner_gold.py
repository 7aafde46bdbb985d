"""Write samples/ner_gold.conll: our own NER test set, from the samples' gold records.

Usage: python scripts/build_ner_gold.py

Every sentence of every sample article, tokenized as the pipeline does, with BIO tags projected
from the gold record: actors whose kind is person are PER, other actors ORG, places LOC; the
longest gold alias wins where aliases overlap. Spans are names: a person without title, a place
without مدينة/ريف/شمال, and no bare back-reference (المركز، الصحيفة). The articles were written for this project and are
never used for training. Review the file after regenerating it.
"""

from __future__ import annotations

import json
from pathlib import Path

from extract import Pipeline
from extract.read import read_file
from extract.evaluate import gold_pairs
from extract.matcher import PhraseMatcher
from extract.words import ORG_HEADS
from extract.normalize import normalize_string

GENERIC_HEADS = set(ORG_HEADS) | {normalize_string(word) for word in "وزاره خليه مفوضيه منظمه قطاع".split()}

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "samples" / "ner_gold.conll"


# Words that introduce a name but are not part of it in NER spans (titles, region and settlement words),
# and generic heads that refer back to a name (المركز، الصحيفة) and are not names themselves.
NOT_NAME_STARTS = {normalize_string(word) for word in
                   "مدينة بلدة قرية ريف محافظة ناحية قضاء ولاية شمال جنوب شرق غرب وسط".split()}


def _is_name_alias(alias: str, name: str, kind: str) -> bool:
    words, name_words = normalize_string(alias).split(), normalize_string(name).split()
    if kind == "person":  # the name and its parts, without titles (الكولونيل جون دوريان → جون دوريان)
        return set(words) <= set(name_words)
    if words[0] in NOT_NAME_STARTS and words[0] != name_words[0]:
        return False
    return len(words) > 1 or words == name_words or not (words[0].startswith("ال") and words[0][2:] in GENERIC_HEADS)


def gold_matcher(gold: dict) -> PhraseMatcher:
    phrases = []
    for actor in gold.get("actors", []):
        label = "PER" if actor.get("kind") == "person" else "ORG"
        phrases += [(alias, label) for alias in actor["aliases"] if _is_name_alias(alias, actor["name"], actor.get("kind"))]
    for place in gold.get("places", []):
        phrases += [(alias, "LOC") for alias in place["aliases"] if _is_name_alias(alias, place["name"], "place")]
    return PhraseMatcher(phrases)


def main() -> None:
    tokenizer = Pipeline(components=["normalize", "tokenize"])
    lines = []
    for article, gold_path in gold_pairs(ROOT / "samples"):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        matcher = gold_matcher(gold)
        for doc in read_file(article, article.name):
            doc = tokenizer.process(doc)
            tags = ["O"] * len(doc.tokens)
            for match in matcher.find(doc):
                for offset, index in enumerate(range(match.first, match.last + 1)):
                    if doc.tokens[index].norm not in ('"', "'"):
                        tags[index] = ("B-" if offset == 0 else "I-") + match.payload
            previous_sentence = None
            for token, tag in zip(doc.tokens, tags):
                if previous_sentence is not None and token.sentence != previous_sentence:
                    lines.append("")
                lines.append(f"{token.text}\t{tag}")
                previous_sentence = token.sentence
            lines.append("")
    OUTPUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{sum(1 for line in lines if not line)} sentences -> {OUTPUT}")


if __name__ == "__main__":
    main()
