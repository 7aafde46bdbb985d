"""Static word vectors for the NER model, trained on the unlabeled corpus (experiment for issue 4).

Usage: python scripts/train_vectors.py CORPUS.jsonl.gz OUT.txt [--articles N]

Tokens are the pipeline's own, keyed by the model's NORM (normalized, clitic-stripped stem), so
the vectors line up with the NORM feature. word2vec (gensim), 100 dimensions, seed 0, 2 workers.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json

from gensim.models import Word2Vec

from extract import Pipeline, read_text
from extract.ner import model_norm


def sentences(corpus: str, articles: int):
    tokenizer = Pipeline(components=["normalize", "tokenize"])
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, articles):
            doc = tokenizer.process(read_text(json.loads(line).get("text", "")))
            for tokens in doc.sentence_tokens():
                yield [model_norm(token) for token in tokens if token.kind != "punct"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("output")
    parser.add_argument("--articles", type=int, default=40000)
    args = parser.parse_args()
    corpus = list(sentences(args.corpus, args.articles))
    model = Word2Vec(corpus, vector_size=100, window=5, min_count=5, workers=2, seed=0, epochs=5)
    model.wv.save_word2vec_format(args.output)
    print(f"{len(model.wv)} vectors -> {args.output}")


if __name__ == "__main__":
    main()
