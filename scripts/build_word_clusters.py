"""Word clusters for the CRF NER: k-means over the corpus-trained floret vectors.

    python scripts/build_word_clusters.py extract/data/ner_model extract/data/word_clusters_ar.tsv.gz

The words are the clitic-stripped stems (the CRF's `s=` feature, the vectors' NORM) of the word
forms in extract/data/ar_word_frequencies.tsv.gz, the most frequent first. Each gets three cluster
ids, from k-means with 64, 256 and 1,024 centroids on its unit-length floret vector (the vectors of
extract/data/ner_model, built by scripts/train_vectors.py on the corpus). A cluster groups words the corpus uses
alike (names of cities, first names, months), so the CRF can generalize from a name it saw in
ANERcorp to one it did not. Fixed seed, one thread, gzip without a timestamp: the same vectors give
the same file.

With --vectors it also writes the same words' vectors reduced to 32 dimensions (principal components
of the 20,000 most frequent words' unit vectors, each scaled to unit variance there; float16), which
the CRF reads as real-valued features (extract/data/word_vectors_ar.npz, 5 MB).
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.lexicons import word_frequencies  # noqa: E402
from extract.tokenize import clitic_stems  # noqa: E402

SIZES = (64, 256, 1024)
ITERATIONS = 15
MIN_COUNT = 5
SEED = 0
DIMENSIONS = 32
PCA_WORDS = 20_000


def stem_counts(max_words: int) -> list[str]:
    counts: Counter[str] = Counter()
    for word, count in word_frequencies().items():
        if count >= MIN_COUNT:
            counts[clitic_stems(word)[-1][1]] += count
    return [word for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:max_words]]


def kmeans(vectors: np.ndarray, size: int, rng: np.random.Generator) -> np.ndarray:
    """Cluster ids by spherical k-means (cosine), centroids seeded from the most frequent words."""
    centroids = vectors[rng.choice(min(len(vectors), size * 20), size, replace=False)].copy()
    for _ in range(ITERATIONS):
        assignment = np.argmax(vectors @ centroids.T, axis=1)
        for cluster in range(size):
            members = vectors[assignment == cluster]
            if len(members):
                centroid = members.sum(axis=0)
                centroids[cluster] = centroid / max(np.linalg.norm(centroid), 1e-9)
    return np.argmax(vectors @ centroids.T, axis=1)


def reduced(vectors: np.ndarray) -> np.ndarray:
    """Principal components of the most frequent words' unit vectors, each of unit variance there."""
    sample = vectors[:PCA_WORDS].astype(np.float64)
    mean = sample.mean(axis=0)
    _, _, axes = np.linalg.svd(sample - mean, full_matrices=False)
    axes = axes[:DIMENSIONS] * np.sign(axes[:DIMENSIONS, :1] + 1e-12)  # a fixed sign per component
    projected = (vectors.astype(np.float64) - mean) @ axes.T
    return (projected / projected[:PCA_WORDS].std(axis=0)).astype(np.float16)


def write_reduced_vectors(words: list[str], vectors: np.ndarray, output: Path) -> None:
    table = reduced(vectors)
    with output.open("wb") as handle:  # numpy writes the zip members with a fixed date
        np.savez_compressed(handle, words=np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
                            vectors=table)
    print(f"{table.shape} vectors -> {output} ({output.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="a spaCy model folder whose vocab holds the floret vectors")
    parser.add_argument("output", type=Path)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--vectors", type=Path, help="also write the reduced vectors here (.npz)")
    args = parser.parse_args()

    import spacy

    vocab = spacy.load(args.model).vocab  # the vocab alone does not read the floret settings
    words = stem_counts(args.words)
    vectors = np.stack([vocab.get_vector(word) for word in words]).astype(np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    rng = np.random.default_rng(SEED)
    ids = np.stack([kmeans(vectors, size, rng) for size in SIZES], axis=1)
    lines = ["# Word clusters for the CRF NER: k-means (64 / 256 / 1024) over floret vectors trained on",
             "# ../shared/data/corpus/arabic_news.jsonl.gz (SaudiNewsNet CC BY-NC-SA 4.0, ANT corpus).",
             "# Only normalized stems and cluster ids; no text. Built by scripts/build_word_clusters.py."]
    lines += [f"{word}\t{'.'.join(map(str, row))}" for word, row in zip(words, ids.tolist())]
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as handle:
        handle.write(("\n".join(lines) + "\n").encode("utf-8"))
    args.output.write_bytes(buffer.getvalue())
    print(f"{len(words)} words -> {args.output} ({len(buffer.getvalue()) / 1e6:.1f} MB)", file=sys.stderr)
    if args.vectors:
        write_reduced_vectors(words, vectors, args.vectors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
