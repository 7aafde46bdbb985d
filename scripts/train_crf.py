"""Train the CRF NER (extract/ner/crf.py) on human-annotated CoNLL files and score a dev split.

    python scripts/train_crf.py ../shared/data/ner/anercorp/train.conll -o extract/data/ner_crf.npz
    python scripts/train_crf.py TRAIN.conll --dev-fraction 0.1 -o /tmp/dev.npz   # score the held-out tail

The CoNLL tokens are joined by spaces and run through the pipeline's own normalize + tokenize, and
the gold tags are projected onto our tokens (a token inside a gold entity takes its label), so the
model sees at training time exactly the tokens and features it sees in use. With --dev-fraction the
last sentences of the first file are held out and scored (never train on a test file). L-BFGS is
deterministic: the same data and settings give the same model file.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.evaluate import (bio_entities, document_groups, format_ner_table, ner_scores,  # noqa: E402
                              predict_conll_document, read_conll)
from extract.ner import lexicon_entities  # noqa: E402
from extract.ner.crf import CrfModel, lexicon_tags, sentence_features  # noqa: E402
from extract.pipeline import Pipeline, default_config  # noqa: E402
from extract.read import read_text  # noqa: E402

Sentence = list[tuple[str, str]]


def read_sentences(path: Path) -> list[Sentence]:
    return [[(token, tag) for token, tag, _ in sentence] for sentence in read_conll(path)]


def to_bioes(tags: list[str]) -> list[str]:
    """BIO -> BIOES: a one-token entity is S-, an entity's last token E-."""
    out = []
    for position, tag in enumerate(tags):
        following = tags[position + 1] if position + 1 < len(tags) else "O"
        ends = not following.startswith("I-")
        if tag.startswith("B-"):
            out.append(("S-" if ends else "B-") + tag[2:])
        elif tag.startswith("I-"):
            out.append(("E-" if ends else "I-") + tag[2:])
        else:
            out.append(tag)
    return out


def tokenizer() -> Pipeline:
    """The default pipeline's normalize and tokenize steps, with their settings."""
    return Pipeline(components=[item for item in default_config() if item["name"] in ("normalize", "tokenize")])


def training_items(sentence: Sentence, nlp: Pipeline, use_lexicon: bool = True):
    """(features, tags) per sentence of our tokenization of one CoNLL sentence."""
    words = [token for token, _ in sentence]
    starts, position = [], 0
    for word in words:
        starts.append(position)
        position += len(word) + 1
    doc = nlp.process(read_text(" ".join(words)))
    entities = [(starts[first], starts[last] + len(words[last]), label)
                for first, last, label in bio_entities([tag for _, tag in sentence])]
    tags = ["O"] * len(doc.tokens)
    for start, end, label in entities:
        inside = [token.index for token in doc.tokens if token.start < end and start < token.end]
        for offset, index in enumerate(inside):
            tags[index] = ("B-" if offset == 0 else "I-") + label
    spans = lexicon_entities(doc) if use_lexicon else []
    tags = to_bioes(tags)  # measured: BIOES beat BIO on the dev split (models/README.md)
    for tokens in doc.sentence_tokens():
        yield sentence_features(tokens, lexicon_tags(doc, tokens, spans)), [tags[token.index] for token in tokens]


def silver_items(corpus: Path, articles: int, model: CrfModel, threshold: float, nlp: Pipeline):
    """(features, tags) of corpus sentences the model tags with confidence: every token's tag has
    a marginal probability of at least `threshold`, and the sentence has an entity. The articles
    are drawn with a fixed seed, never from samples/real/manifest.tsv (the real-text dev and test)."""
    import csv
    import gzip
    import json
    import random

    manifest = Path(__file__).resolve().parents[1] / "samples" / "real" / "manifest.tsv"
    with manifest.open(encoding="utf-8", newline="") as rows:
        skipped = {int(row["line"]) for row in csv.DictReader(rows, delimiter="\t")}
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        texts = {number: line for number, line in enumerate(lines, 1) if number not in skipped}
    chosen = sorted(random.Random(SILVER_SEED).sample(sorted(texts), articles))
    kept = []
    for number in chosen:
        doc = nlp.process(read_text(json.loads(texts[number])["text"]))
        sentences = [tokens for tokens in doc.sentence_tokens() if tokens]
        if not sentences:
            continue
        spans = lexicon_entities(doc)
        lexicons = [lexicon_tags(doc, tokens, spans) for tokens in sentences]
        scores = model.state_scores(sentences, lexicons)
        paths = model.viterbi(scores, [len(tokens) for tokens in sentences])
        first = 0
        for tokens, lexicon, path in zip(sentences, lexicons, paths):
            table = model.marginals(scores[first:first + len(tokens)])
            first += len(tokens)
            if all(tag == "O" for tag in path) or len(tokens) < 4:
                continue
            if min(table[position, model.labels.index(tag)] for position, tag in enumerate(path)) >= threshold:
                kept.append((sentence_features(tokens, lexicon), path))
    return kept


SILVER_SEED = 10


def train(sentences: list[Sentence], output: Path, c1: float, c2: float, iterations: int,
          use_lexicon: bool = True, min_frequency: int = 1, silver: tuple | None = None) -> None:
    import pycrfsuite

    nlp = tokenizer()
    trainer = pycrfsuite.Trainer(verbose=False)
    items = [item for sentence in sentences for item in training_items(sentence, nlp, use_lexicon)]
    if silver:
        corpus, articles, threshold = silver
        train(sentences, output, c1, c2, iterations, use_lexicon, min_frequency)
        extra = silver_items(corpus, articles, CrfModel.load(output), threshold, nlp)
        print(f"silver: {len(extra)} sentences from {articles} articles", file=sys.stderr)
        items += extra
    for features, tags in items:
        trainer.append(features, tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": min_frequency,
                        "feature.possible_transitions": True})
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        crfsuite_file = str(Path(folder) / "model.crfsuite")
        trainer.train(crfsuite_file)
        # The weights only: the frequent words' scores are computed from them and the current word
        # lists where the model is used (extract.ner.crf.word_table).
        CrfModel.from_crfsuite(crfsuite_file).save(output)


def score(sentences: list[Sentence], model: Path, backend: str, group: int = 1) -> str:
    """The dev split's scores, `group` consecutive sentences read as one document (as eval-ner --group)."""
    import os

    os.environ["EXTRACT_CRF_MODEL"] = str(model)
    components = [*(item for item in default_config() if item["name"] in ("normalize", "tokenize")),
                  {"name": "ner", "backend": backend}]
    nlp = Pipeline(components=components)
    pairs = []
    for document in document_groups(sentences, group):
        predicted = predict_conll_document([[token for token, _ in sentence] for sentence in document], nlp)
        pairs += [([tag for _, tag in sentence], tags) for sentence, tags in zip(document, predicted)]
    return format_ner_table(ner_scores(pairs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", nargs="+", type=Path, help="CoNLL files or folders of .conll files")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--dev-fraction", type=float, default=0.0,
                        help="hold out this last fraction of the first file's sentences and score it")
    parser.add_argument("--c1", type=float, default=0.1, help="L1 penalty (default 0.1)")
    parser.add_argument("--c2", type=float, default=0.05, help="L2 penalty (default 0.05)")
    parser.add_argument("--iterations", type=int, default=150, help="L-BFGS iterations (default 150)")
    parser.add_argument("--min-frequency", type=int, default=1)
    parser.add_argument("--silver", type=Path, help="self-training: the corpus (jsonl.gz) to tag")
    parser.add_argument("--silver-articles", type=int, default=2000)
    parser.add_argument("--silver-threshold", type=float, default=0.95)
    parser.add_argument("--group", type=int, default=10,
                        help="score the dev split N consecutive sentences to a document (default 10, as "
                             "the README's ANERcorp figures; 1: sentence by sentence)")
    parser.add_argument("--no-lexicon", action="store_true", help="leave out the lexicon NER's tags as features")
    args = parser.parse_args()

    files = [file for path in args.train for file in (sorted(path.glob("*.conll")) if path.is_dir() else [path])]
    first = read_sentences(files[0])
    held_out = int(len(first) * args.dev_fraction)
    dev = first[len(first) - held_out:] if held_out else []
    sentences = first[:len(first) - held_out] + [sentence for file in files[1:] for sentence in read_sentences(file)]
    started = time.perf_counter()
    silver = (args.silver, args.silver_articles, args.silver_threshold) if args.silver else None
    train(sentences, args.output, args.c1, args.c2, args.iterations, not args.no_lexicon, args.min_frequency, silver)
    print(f"trained on {len(sentences)} sentences in {time.perf_counter() - started:.0f} s -> {args.output} "
          f"({args.output.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    if dev:
        print(f"dev: last {len(dev)} sentences of {files[0]}")
        print(score(dev, args.output, "crf", args.group))
    return 0


if __name__ == "__main__":
    sys.exit(main())
