"""Static word vectors for the NER model, trained on the unlabeled corpus.

Usage: python scripts/train_vectors.py CORPUS.jsonl.gz OUT_DIR [--articles N] [--method floret|word2vec]

Tokens are the pipeline's own, keyed by the model's NORM (normalized, clitic-stripped stem), so
the vectors line up with the NORM feature. Writes OUT_DIR/corpus.txt (one sentence a line) and
OUT_DIR/vectors.floret (floret: fastText with hashed subword rows, so a name never seen in the
corpus still gets a vector from its character n-grams) or OUT_DIR/vectors.txt (word2vec, gensim).
Load them with `spacy init vectors ar FILE models/training/vectors --attr NORM [--mode floret]`.
One thread (and gensim seed 0), so a rebuild gives the same vectors.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
from pathlib import Path

from extract import Pipeline, read_text
from extract.ner import model_norm

DIMENSIONS = 100
FLORET_BUCKETS = 50_000  # rows of the hashed table: 50,000 x 100 floats = 20 MB in the model
FLORET_HASHES = 2


def write_sentences(corpus: str, articles: int, output: Path) -> None:
    tokenizer = Pipeline(components=["normalize", "tokenize"])
    with gzip.open(corpus, "rt", encoding="utf-8") as handle, open(output, "w", encoding="utf-8") as out:
        for line in itertools.islice(handle, articles):
            doc = tokenizer.process(read_text(json.loads(line).get("text", "")))
            for tokens in doc.sentence_tokens():
                words = [model_norm(token) for token in tokens if token.kind != "punct"]
                if words:
                    out.write(" ".join(words) + "\n")


def train_floret(sentences: Path, output: Path) -> None:
    import floret

    model = floret.train_unsupervised(str(sentences), model="cbow", mode="floret", hashCount=FLORET_HASHES,
                                      bucket=FLORET_BUCKETS, minn=3, maxn=5, dim=DIMENSIONS, epoch=5, minCount=5,
                                      thread=1, verbose=0)
    model.save_floret_vectors(str(output))


def train_word2vec(sentences: Path, output: Path) -> None:
    from gensim.models import Word2Vec

    corpus = [line.split() for line in sentences.read_text(encoding="utf-8").splitlines()]
    model = Word2Vec(corpus, vector_size=DIMENSIONS, window=5, min_count=5, workers=1, seed=0, epochs=5)
    model.wv.save_word2vec_format(str(output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("out_dir")
    parser.add_argument("--articles", type=int, default=40000)
    parser.add_argument("--method", choices=("floret", "word2vec"), default="floret")
    args = parser.parse_args()
    out = Path(args.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    sentences = out / "corpus.txt"
    write_sentences(args.corpus, args.articles, sentences)
    if args.method == "floret":
        train_floret(sentences, out / "vectors.floret")
        print(f"floret vectors -> {out / 'vectors.floret'}")
    else:
        train_word2vec(sentences, out / "vectors.txt")
        print(f"word2vec vectors -> {out / 'vectors.txt'}")


if __name__ == "__main__":
    main()
