"""Write samples/ner_test.conll: our NER test set of composed news sentences.

Usage: python scripts/build_ner_test.py

Reads the bracket-annotated sentences in samples/ner/*.ner (one sentence a line, entities as
[[name|LABEL]], conventions in samples/ner/README.md), tokenizes them as the pipeline does and
writes token/BIO lines, a blank line between sentences. The sentences were written for this
project and are never used for training; tests check that the CoNLL file matches its sources.
"""

from __future__ import annotations

from pathlib import Path

from extract import Pipeline
from extract.evaluate import bracketed_to_conll

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "samples" / "ner"
OUTPUT = ROOT / "samples" / "ner_test.conll"


def conll_text() -> str:
    tokenizer = Pipeline(components=["normalize", "tokenize"])
    blocks = []
    for source in sorted(SOURCES.glob("*.ner")):
        for sentence in bracketed_to_conll(source.read_text(encoding="utf-8").splitlines(), tokenizer):
            blocks.append("\n".join(f"{token}\t{tag}" for token, tag in sentence))
    return "\n\n".join(blocks) + "\n"


def main() -> None:
    text = conll_text()
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10) + chr(10)) + 1} sentences -> {OUTPUT}")


if __name__ == "__main__":
    main()
