"""Silver-standard NER data: the lexicon NER projected onto unlabeled news articles.

Usage: python scripts/build_silver_ner.py CORPUS.jsonl.gz OUT_DIR [--articles N]

Writes OUT_DIR/train.spacy and OUT_DIR/dev.spacy (spaCy DocBin). Each sentence keeps our own
tokens; each token's NORM is our normalized, clitic-stripped stem, so that the model sees the
pipeline's normalization. Sentences with at least one entity are kept, and one in five of the
others, so that the model also learns where no entity is. An article goes to dev when the hash of
its id says so (about 5%), so the split is stable.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import itertools
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from extract import Pipeline, read_text
from extract.document import Document
from extract.ner.model import spacy_sentence

EMPTY_SENTENCE_SHARE = 5  # keep one entity-less sentence in five
DEV_SHARE = 20  # one article in twenty goes to dev
MIN_TOKENS = 4


def sentence_docs(doc: Document, vocab) -> list[Doc]:
    """One spaCy Doc per sentence, with our tokens, NORMs and BIO entities."""
    docs = []
    for tokens in doc.sentence_tokens():
        if len(tokens) < MIN_TOKENS:
            continue
        entities = ["O"] * len(tokens)
        found = False
        for span in doc.entities:
            inside = [i for i, token in enumerate(tokens) if token.start < span.end and span.start < token.end]
            if not inside:
                continue
            for offset, i in enumerate(inside):
                entities[i] = ("B-" if offset == 0 else "I-") + span.label
            found = True
        if not found and tokens[0].sentence % EMPTY_SENTENCE_SHARE:
            continue
        docs.append(spacy_sentence(vocab, tokens, entities))
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("out_dir")
    parser.add_argument("--articles", type=int, default=20000)
    args = parser.parse_args()
    nlp = Pipeline(components=["normalize", "tokenize", "ner"])
    vocab = spacy.blank("ar").vocab
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    counts = {"train": 0, "dev": 0}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, args.articles):
            article = json.loads(line)
            doc = nlp.process(read_text(article.get("text", ""), doc_id=str(article.get("id"))))
            if not doc.ok:
                continue
            split = "dev" if int(hashlib.sha1(doc.id.encode()).hexdigest(), 16) % DEV_SHARE == 0 else "train"
            for spacy_doc in sentence_docs(doc, vocab):
                (dev if split == "dev" else train).add(spacy_doc)
                counts[split] += 1
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train.to_disk(out / "train.spacy")
    dev.to_disk(out / "dev.spacy")
    print(f"silver sentences: train {counts['train']}, dev {counts['dev']} -> {out}")


if __name__ == "__main__":
    main()
