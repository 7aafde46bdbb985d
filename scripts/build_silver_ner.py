"""Silver-standard NER data: the lexicon NER projected onto unlabeled news articles.

Usage: python scripts/build_silver_ner.py CORPUS.jsonl.gz OUT_DIR [--articles N] [--replace-share K]

Writes OUT_DIR/train.spacy and OUT_DIR/dev.spacy (spaCy DocBin). Each sentence keeps our own
tokens; each token's NORM is our normalized, clitic-stripped stem, so that the model sees the
pipeline's normalization. Sentences with at least one entity are kept, and one in five of the
others, so that the model also learns where no entity is. An article goes to dev when the hash of
its id says so (about 5%), so the split is stable.

Mention replacement: for one training sentence with entities in K (default 2), a copy is added in
which every entity is swapped for another name of its label (persons built from the given-name
list and the silver surnames, places from the gazetteer, organisations from the silver set), the
clitics before it kept. A model trained on the lexicon's output alone learns the lexicon's names;
with the names shuffled it has to learn the contexts (الرئيس ...، في مدينة ...، قال ...) that
carry over to names no lexicon lists. Dev sentences are never replaced. Seeded, so deterministic.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import itertools
import random
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from extract import Pipeline, read_text
from extract.document import Document, Token
from extract.lexicons import read_tsv, word_frequencies
from extract.ner.model import name_like, spacy_sentence
from extract.words import is_function_word

EMPTY_SENTENCE_SHARE = 5  # keep one entity-less sentence in five
DEV_SHARE = 20  # one article in twenty goes to dev
MIN_TOKENS = 4
MIN_GIVEN_NAME_COUNT = 50
# Frequent words are taught as O even when they pass the name test (قال is never written القال).
UNKNOWN_NAME_MAX_FREQUENCY = 1000  # a given name must be this frequent in the corpus to be used in replacements
PROCLITICS = "وفبلك"

Mention = tuple[int, int, str]  # first token, last token (inclusive), label


def sentence_mentions(doc: Document) -> list[tuple[list[Token], list[Mention]]]:
    """Each sentence's tokens with the entities inside it as token ranges."""
    sentences = []
    for tokens in doc.sentence_tokens():
        if len(tokens) < MIN_TOKENS:
            continue
        mentions = []
        for span in doc.entities:
            inside = [i for i, token in enumerate(tokens) if token.start < span.end and span.start < token.end]
            if inside:
                mentions.append((inside[0], inside[-1], span.label))
        sentences.append((tokens, mentions))
    return sentences


def bio_tags(tokens: list[Token], mentions: list[Mention], unknown_names: bool = False) -> list[str]:
    """BIO tags; with `unknown_names`, a name-like word outside every mention is left unannotated
    ("") rather than O, so the model is not taught that unlisted names are not names."""
    tags = ["" if unknown_names and could_be_unlisted_name(token) else "O" for token in tokens]
    for first, last, label in mentions:
        for i in range(first, last + 1):
            tags[i] = ("B-" if i == first else "I-") + label
    return tags


def could_be_unlisted_name(token: Token) -> bool:
    return (token.kind == "arabic" and word_frequencies().get(token.norm, 0) < UNKNOWN_NAME_MAX_FREQUENCY
            and not is_function_word(token) and name_like(token))


class NamePools:
    """Replacement names per label, built from the shipped lexicons and the silver mentions seen so far."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        frequencies = word_frequencies()
        self.given_names = sorted(row["name"] for row in read_tsv("given_names_ar.tsv")
                                  if row["name"].isalpha() and len(row["name"]) > 2
                                  and frequencies.get(row["name"], 0) >= MIN_GIVEN_NAME_COUNT)
        self.places = sorted({row["name"] for file in ("places_ar.tsv", "places_extra_ar.tsv")
                              for row in read_tsv(file) if row["name"]})
        self.seen: dict[str, list[str]] = {"PER": [], "LOC": [], "ORG": []}
        self.first_names: list[str] = []
        self.surnames: list[str] = []
        self._seen_sets: dict[str, set[str]] = {label: set() for label in self.seen}

    def remember(self, label: str, tokens: list[Token]) -> None:
        words = [token.text for token in tokens]
        words[0] = words[0][len(clitic_prefix(tokens[0])):]
        if not words[0]:
            return
        name = " ".join(words)
        if label in self.seen and name not in self._seen_sets[label]:
            self._seen_sets[label].add(name)
            self.seen[label].append(name)
            if label == "PER" and len(words) > 1:
                self.first_names.append(words[0])
                if words[-1].startswith("ال"):
                    self.surnames.append(words[-1])

    def person(self) -> str:
        """A new full name: a first name, sometimes a father's name, often a family name."""
        words = [self.rng.choice(self.first_names)]
        if self.rng.random() < 0.3:
            words.append(self.rng.choice(self.first_names if self.rng.random() < 0.7 else self.given_names))
        if self.surnames and self.rng.random() < 0.7:
            words.append(self.rng.choice(self.surnames))
        return " ".join(words)

    def pick(self, label: str) -> str | None:
        if label == "PER" and self.first_names and self.rng.random() < 0.8:
            return self.person()
        if label == "LOC" and self.rng.random() < 0.7:
            return self.rng.choice(self.places)
        return self.rng.choice(self.seen[label]) if self.seen.get(label) else None


def clitic_prefix(token: Token) -> str:
    """The proclitics of an entity's first token (بالموصل → ب, وللقوات → ول), by its clitic stems.

    A stem counts only when the corpus has it more often than the whole word: وزارة is not و + زارة.
    """
    frequencies = word_frequencies()
    for offset, stem in token.stems[1:]:
        prefix = token.norm[:offset]
        if (prefix and all(letter in PROCLITICS for letter in prefix)
                and frequencies.get(stem, 0) > frequencies.get(token.norm, 0)):
            # لل of للقوات is ل + ال: the article belongs to the name.
            return prefix[:-1] if prefix.endswith("ل") and stem.startswith("ال") and token.norm[offset - 1:offset + 1] == "لل" else prefix
    return ""


def attach(prefix: str, name: str) -> str:
    if prefix.endswith("ل") and name.startswith("ال"):
        return prefix + name[1:]  # ل + الرقة → للرقة
    return prefix + name


def replaced_text(tokens: list[Token], mentions: list[Mention], pools: NamePools) -> tuple[str, list[tuple[int, int, str]]] | None:
    """The sentence rebuilt from its tokens with each mention swapped; the new mentions' character spans."""
    starts = {first: (last, label) for first, last, label in mentions}
    pieces: list[str] = []
    spans = []
    length = 0
    i = 0
    while i < len(tokens):
        if i and tokens[i].start > tokens[i - 1].end:
            pieces.append(" ")
            length += 1
        if i in starts:
            last, label = starts[i]
            name = pools.pick(label)
            if name is None:
                return None
            prefix = tokens[i].text[:len(clitic_prefix(tokens[i]))]
            piece = attach(prefix, name)
            spans.append((length + len(piece) - len(name), length + len(piece), label))  # the name, past its clitics
            pieces.append(piece)
            length += len(piece)
            i = last + 1
            continue
        pieces.append(tokens[i].text)
        length += len(tokens[i].text)
        i += 1
    return "".join(pieces), spans


def replaced_docs(tokens: list[Token], mentions: list[Mention], pools: NamePools, tokenizer: Pipeline, vocab,
                  unknown_names: bool = False) -> list[Doc]:
    rebuilt = replaced_text(tokens, mentions, pools)
    if rebuilt is None:
        return []
    text, spans = rebuilt
    doc = tokenizer.process(read_text(text))
    new_mentions = []
    for start, end, label in spans:
        inside = [i for i, token in enumerate(doc.tokens) if token.start < end and start < token.end]
        if inside:
            new_mentions.append((inside[0], inside[-1], label))
    # The rebuilt text is one sentence; a name with a full stop in it could split it, so keep tokens together.
    return [spacy_sentence(vocab, doc.tokens, bio_tags(doc.tokens, new_mentions, unknown_names))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("out_dir")
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--replace-share", type=int, default=2,
                        help="add a name-replaced copy of one training sentence with entities in K (0: none)")
    parser.add_argument("--unknown-names", action="store_true",
                        help="leave name-like words outside the lexicon's mentions unannotated instead of O")
    args = parser.parse_args()
    nlp = Pipeline(components=["normalize", "tokenize", "ner"])
    tokenizer = Pipeline(components=["normalize", "tokenize"])
    vocab = spacy.blank("ar").vocab
    rng = random.Random(0)
    pools = NamePools(rng)
    train, dev = DocBin(store_user_data=False), DocBin(store_user_data=False)
    counts = {"train": 0, "dev": 0, "replaced": 0}
    with gzip.open(args.corpus, "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, args.articles):
            article = json.loads(line)
            doc = nlp.process(read_text(article.get("text", ""), doc_id=str(article.get("id"))))
            if not doc.ok:
                continue
            split = "dev" if int(hashlib.sha1(doc.id.encode()).hexdigest(), 16) % DEV_SHARE == 0 else "train"
            for tokens, mentions in sentence_mentions(doc):
                if not mentions and tokens[0].sentence % EMPTY_SENTENCE_SHARE:
                    continue
                tags = bio_tags(tokens, mentions, args.unknown_names and split == "train")
                (dev if split == "dev" else train).add(spacy_sentence(vocab, tokens, tags))
                counts[split] += 1
                for first, last, label in mentions:
                    pools.remember(label, tokens[first:last + 1])
                if split == "train" and mentions and args.replace_share and rng.randrange(args.replace_share) == 0:
                    for replaced in replaced_docs(tokens, mentions, pools, tokenizer, vocab, args.unknown_names):
                        train.add(replaced)
                        counts["replaced"] += 1
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train.to_disk(out / "train.spacy")
    dev.to_disk(out / "dev.spacy")
    print(f"silver sentences: train {counts['train']} (+{counts['replaced']} with replaced names), "
          f"dev {counts['dev']} -> {out}")


if __name__ == "__main__":
    main()
