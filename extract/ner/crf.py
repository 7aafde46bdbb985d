"""A CRF NER learned from human-annotated Arabic news (ANERcorp), run on our own tokens.

The model (extract/data/ner_crf.crfsuite, built by `make train-ner`, scripts/train_crf.py) is a
linear-chain CRF (CRFsuite) over BIO tags of PER, LOC, ORG and MISC. Its features are what Arabic
needs and what the pipeline already has: the normalized word and its clitic-stripped stem, prefixes
and suffixes, word shape, corpus frequency, word clusters, membership of the project's word lists
(given names, places, titles, head nouns), and the lexicon NER's own tags as evidence, never as
overrides. Features of a word are computed once per normalized form and cached, so tagging costs a
few list concatenations per token and CRFsuite's Viterbi in C.
"""

from __future__ import annotations

import gzip
import math
import os
from functools import lru_cache
from importlib import resources
from typing import Callable, Sequence

from extract.document import Document, Span, Token
from extract.lexicons import read_tsv, word_frequencies
from extract.ner.base import BackendUnavailable
from extract.normalize import normalize_string

MODEL_RESOURCE = "ner_crf.npz"
CLUSTERS_RESOURCE = "word_clusters_ar.tsv.gz"
# Context words on each side that a token's features look at.
WINDOW = 2


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    """Word classes from extract/data, keyed by the feature name that marks membership."""
    from extract.ner.organisations import ORG_HEADS
    from extract.ner.places import place_heads
    from extract.ner.words import _title_words, function_words, given_names, name_particles, place_words

    institution_heads = {_bare(normalize_string(row["head"]).split()[0]) for row in read_tsv("institution_heads_ar.tsv")}
    place_single_words = {word for word in place_words() if " " not in word}
    place_parts = {part for word in place_words() for part in word.split() if len(part) > 2}
    return {"given": given_names(), "place": frozenset(place_single_words), "placepart": frozenset(place_parts),
            "title": _title_words(), "func": function_words(), "particle": name_particles(),
            "placehead": frozenset(map(_bare, place_heads())),
            "orghead": frozenset(map(_bare, set(ORG_HEADS) | institution_heads))}


@lru_cache(maxsize=1)
def word_clusters() -> dict[str, str]:
    """Normalized stem -> its cluster ids, coarse to fine ("17.203.911"), or {} without the file."""
    path = resources.files("extract.data").joinpath(CLUSTERS_RESOURCE)
    if not path.is_file():
        return {}
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        return {word: cluster for word, cluster in (line.rstrip("\n").split("\t") for line in handle
                                                    if line.strip() and not line.startswith("#"))}


def _shape(word: str) -> str:
    shape = []
    for char in word:
        kind = "d" if char.isdigit() else "a" if "\u0600" <= char <= "\u06ff" else "x" if char.isalpha() else char
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return "".join(shape)[:6]


def _frequency_bucket(word: str) -> str:
    return str(min(int(math.log2(word_frequencies().get(word, 0) + 1)), 20))


def _article_ratio(stem: str) -> str:
    """How the corpus writes the word: mostly with the article (a common noun) or without (a name)."""
    frequencies = word_frequencies()
    if stem.startswith("ال"):
        bare, definite = frequencies.get(stem[2:], 0), frequencies.get(stem, 0)
    else:
        bare, definite = frequencies.get(stem, 0), frequencies.get("ال" + stem, 0)
    if bare + definite < 5:
        return "rare"
    ratio = definite / (bare + definite)
    return "def" if ratio > 0.8 else "bare" if ratio < 0.05 else "mixed"


def _stems(norm: str, kind: str) -> tuple[str, ...]:
    if kind != "arabic":
        return (norm,)
    from extract.tokenize import clitic_stems

    return tuple(stem for _, stem in clitic_stems(norm))


@lru_cache(maxsize=200_000)
def word_features(norm: str, kind: str) -> tuple[tuple[str, ...], ...]:
    """The features of a word at offset 0 and as seen from its neighbours: (own, at -2, -1, +1, +2)."""
    stems = _stems(norm, kind)
    stem = stems[-1]
    bare = _bare(stem)
    own = [f"w={norm}", f"s={stem}", f"b={bare}", f"k={kind}", f"f={_frequency_bucket(stem)}"]
    if kind == "arabic":
        own += [f"p1={norm[:1]}", f"p2={norm[:2]}", f"p3={norm[:3]}", f"x1={norm[-1:]}", f"x2={norm[-2:]}",
                f"x3={norm[-3:]}", f"bx2={bare[-2:]}", f"bp2={bare[:2]}", f"a={_article_ratio(stem)}",
                f"n={min(len(bare), 8)}", f"cl={len(stems) - 1}"]
    else:
        own.append(f"sh={_shape(norm)}")
    classes = [name for name, words in _word_lists().items() if any(candidate in words for candidate in (stem, bare, norm))]
    own += [f"in={name}" for name in classes]
    cluster = word_clusters().get(stem) or word_clusters().get(bare)
    cluster_features = [f"c{level}={part}" for level, part in enumerate(cluster.split("."))] if cluster else ["c=none"]
    own += cluster_features
    context = [f"s={stem}", f"b={bare}", f"k={kind}", *(f"in={name}" for name in classes), *cluster_features[:2]]
    near = context + ([f"x2={norm[-2:]}", f"p2={norm[:2]}"] if kind == "arabic" else [])
    views = [tuple(own)]
    for offset, features in ((-2, context), (-1, near), (1, near), (2, context)):
        views.append(tuple(f"{offset}:{feature}" for feature in features))
    return tuple(views)


def lexicon_tags(doc: Document, tokens: Sequence[Token], spans: Sequence[Span]) -> list[str]:
    """The lexicon's BIO tag of each token (a token inside a lexicon span takes its label)."""
    if not tokens:
        return []
    tags = ["O"] * len(tokens)
    first_index = tokens[0].index
    for span in spans:
        first = doc.token_index_at(span.start)
        if first and doc.tokens[first - 1].end > span.start:
            first -= 1
        last = doc.token_index_at(span.end)
        for position in range(max(first, first_index), min(last, first_index + len(tokens))):
            tags[position - first_index] = ("B-" if position == first or position == first_index else "I-") + span.label
    return tags


_VIEW = {-2: 1, -1: 2, 1: 3, 2: 4}


def _stem_of(token: Token) -> str:
    return token.stems[-1][1] if token.stems else token.norm  # as `_stems`, from the tokenizer's work


def dynamic_features(tokens: Sequence[Token], lexicon: Sequence[str], position: int) -> list[str]:
    """Features of a token that depend on more than one word: stem bigrams and the lexicon's tags."""
    count = len(tokens)
    stem = _stem_of(tokens[position])
    previous = _stem_of(tokens[position - 1]) if position else "^"
    following = _stem_of(tokens[position + 1]) if position + 1 < count else "$"
    return [f"-1|0={previous}|{stem}", f"0|1={stem}|{following}", f"L={lexicon[position]}",
            f"-1:L={lexicon[position - 1] if position else '^'}",
            f"1:L={lexicon[position + 1] if position + 1 < count else '$'}"]


def sentence_features(tokens: Sequence[Token], lexicon: Sequence[str] | None = None) -> list[list[str]]:
    """CRFsuite items for one sentence: each token's features, its neighbours', and the lexicon's tags."""
    views = [word_features(token.norm, token.kind) for token in tokens]
    lexicon = lexicon or ["O"] * len(tokens)
    items = []
    count = len(tokens)
    for position in range(count):
        features = list(views[position][0])
        for offset in (-2, -1, 1, 2):
            neighbour = position + offset
            if 0 <= neighbour < count:
                features += views[neighbour][_VIEW[offset]]
            elif abs(offset) == 1:
                features.append("BOS" if offset < 0 else "EOS")
        features += dynamic_features(tokens, lexicon, position)
        items.append(features)
    return items


def tags_to_spans(doc: Document, tokens: Sequence[Token], tags: Sequence[str]) -> list[Span]:
    """Spans of BIO tags over a sentence's tokens; an I- after O or another label starts a span."""
    spans, label, first = [], None, 0
    for position, tag in enumerate(list(tags) + ["O"]):
        prefix, _, kind = tag.partition("-")
        if label is not None and (prefix != "I" or kind != label):
            spans.append(doc.tokens_span(tokens[first].index, tokens[position - 1].index, label))
            label = None
        if prefix in ("B", "I") and label is None:
            label, first = kind, position
    return spans


class CrfModel:
    """A trained linear-chain CRF: a weight row per attribute, a transition matrix, Viterbi decoding.

    CRFsuite trains it; we decode it ourselves, because a token's state scores split into parts
    that depend on one word each (its own features, and how it looks from each neighbour), and
    those parts are cached per word form, so tagging a token costs a few array additions instead
    of looking up fifty feature strings.
    """

    def __init__(self, labels: Sequence[str], attributes: Sequence[str], weights, transitions):
        import numpy as np

        self.labels = list(labels)
        self.index = {attribute: row for row, attribute in enumerate(attributes)}
        self.weights = np.asarray(weights, dtype=np.float64)
        self.transitions = np.asarray(transitions, dtype=np.float64)
        self._zero = np.zeros(len(self.labels))
        self._views = lru_cache(maxsize=200_000)(self._word_views)

    @classmethod
    def from_crfsuite(cls, path: str) -> "CrfModel":
        """The weights of a CRFsuite model file (training only: needs python-crfsuite)."""
        import numpy as np
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        labels = sorted(tagger.labels(), key=lambda label: (label != "O", label[2:], label))
        column = {label: position for position, label in enumerate(labels)}
        attributes = sorted({attribute for attribute, _ in info.state_features})
        row = {attribute: position for position, attribute in enumerate(attributes)}
        weights = np.zeros((len(attributes), len(labels)))
        for (attribute, label), weight in info.state_features.items():
            weights[row[attribute], column[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (source, target), weight in info.transitions.items():
            transitions[column[source], column[target]] = weight
        return cls(labels, attributes, weights, transitions)

    def save(self, path) -> None:
        import numpy as np

        attributes = sorted(self.index, key=self.index.get)
        blob = np.frombuffer("\n".join(attributes).encode("utf-8"), dtype=np.uint8)
        with open(path, "wb") as handle:
            np.savez_compressed(handle, labels=np.frombuffer("\n".join(self.labels).encode("utf-8"), dtype=np.uint8),
                                attributes=blob, weights=self.weights.astype(np.float32),
                                transitions=self.transitions.astype(np.float32))

    @classmethod
    def load(cls, path) -> "CrfModel":
        import numpy as np

        with np.load(path) as data:
            labels = data["labels"].tobytes().decode("utf-8").split("\n")
            attributes = data["attributes"].tobytes().decode("utf-8").split("\n")
            return cls(labels, attributes, data["weights"], data["transitions"])

    def score(self, attributes: Sequence[str]):
        rows = [self.index[attribute] for attribute in attributes if attribute in self.index]
        return self.weights[rows].sum(axis=0) if rows else self._zero

    def _word_views(self, norm: str, kind: str):
        import numpy as np

        return np.stack([self.score(view) for view in word_features(norm, kind)])

    def state_scores(self, sentences: Sequence[Sequence[Token]], lexicons: Sequence[Sequence[str]]):
        """(tokens x labels) scores of all sentences' tokens, in order: what `sentence_features` lists,
        summed from cached per-word parts."""
        import numpy as np

        tokens = [token for sentence in sentences for token in sentence]
        lexicon = [tag for tags in lexicons for tag in tags]
        views = np.stack([self._views(token.norm, token.kind) for token in tokens])
        sentence_ids = np.repeat(np.arange(len(sentences)), [len(sentence) for sentence in sentences])
        scores = views[:, 0].copy()
        for offset in (-2, -1, 1, 2):
            if abs(offset) >= len(tokens):
                continue
            if offset < 0:
                same = (sentence_ids[-offset:] == sentence_ids[:offset])[:, None]
                scores[-offset:] += views[:offset, _VIEW[offset]] * same
            else:
                same = (sentence_ids[:-offset] == sentence_ids[offset:])[:, None]
                scores[:-offset] += views[offset:, _VIEW[offset]] * same
        ends = np.cumsum([len(sentence) for sentence in sentences])
        scores[ends - np.array([len(sentence) for sentence in sentences])] += self.score(["BOS"])
        scores[ends - 1] += self.score(["EOS"])
        positions, rows, first = [], [], 0
        index = self.index
        for sentence in sentences:
            stems = ["^", *map(_stem_of, sentence), "$"]
            tags = ["^", *lexicon[first:first + len(sentence)], "$"]
            for position in range(1, len(sentence) + 1):
                for attribute in (f"-1|0={stems[position - 1]}|{stems[position]}",
                                  f"0|1={stems[position]}|{stems[position + 1]}", f"L={tags[position]}",
                                  f"-1:L={tags[position - 1]}", f"1:L={tags[position + 1]}"):
                    row = index.get(attribute)
                    if row is not None:
                        positions.append(first + position - 1)
                        rows.append(row)
            first += len(sentence)
        if rows:
            np.add.at(scores, positions, self.weights[rows])
        return scores

    def viterbi(self, scores, lengths: Sequence[int]) -> list[list[str]]:
        """The best tag path of each sentence, all sentences decoded in one pass over positions."""
        import numpy as np

        count, longest, size = len(lengths), max(lengths), len(self.labels)
        padded = np.zeros((count, longest, size))
        lengths_array = np.asarray(lengths)
        mask = np.arange(longest)[None, :] < lengths_array[:, None]
        padded[mask] = scores
        best = padded[:, 0].copy()
        identity = np.broadcast_to(np.arange(size), (count, size))
        back = []
        for position in range(1, longest):
            candidates = best[:, :, None] + self.transitions[None]
            active = (position < lengths_array)[:, None]
            best = np.where(active, candidates.max(axis=1) + padded[:, position], best)
            back.append(np.where(active, candidates.argmax(axis=1), identity))
        rows = np.arange(count)
        path = [best.argmax(axis=1)]
        for pointers in reversed(back):
            path.append(pointers[rows, path[-1]])
        columns = np.stack(path[::-1], axis=1)
        return [[self.labels[label] for label in columns[row, :length]] for row, length in enumerate(lengths)]

    def tag_sentences(self, sentences: Sequence[Sequence[Token]],
                      lexicons: Sequence[Sequence[str]] | None = None) -> list[list[str]]:
        """BIO tags of each sentence (CRFsuite's Viterbi, over our own tokens)."""
        sentences = [sentence for sentence in sentences]
        if not any(sentences):
            return [[] for _ in sentences]
        lexicons = lexicons or [["O"] * len(sentence) for sentence in sentences]
        kept = [index for index, sentence in enumerate(sentences) if sentence]
        scores = self.state_scores([sentences[index] for index in kept], [lexicons[index] for index in kept])
        paths = self.viterbi(scores, [len(sentences[index]) for index in kept])
        tags: list[list[str]] = [[] for _ in sentences]
        for index, path in zip(kept, paths):
            tags[index] = path
        return tags

    def tag(self, tokens: Sequence[Token], lexicon: Sequence[str] | None = None) -> list[str]:
        return self.tag_sentences([tokens], [lexicon] if lexicon is not None else None)[0]


def model_path(path: str | None = None) -> str:
    """The CRF model file: `path`, $EXTRACT_CRF_MODEL, or the one shipped in extract/data."""
    chosen = path or os.environ.get("EXTRACT_CRF_MODEL")
    if chosen is None:
        chosen = str(resources.files("extract.data").joinpath(MODEL_RESOURCE))
    if not os.path.isfile(chosen):
        raise BackendUnavailable(f"no CRF NER model at {chosen}: run `make train-ner`")
    return chosen


@lru_cache(maxsize=4)
def load_model(path: str) -> CrfModel:
    return CrfModel.load(path)


def crf_entities(doc: Document, model: CrfModel, lexicon_spans: Sequence[Span] = ()) -> list[Span]:
    sentences = doc.sentence_tokens()
    tags = model.tag_sentences(sentences, [lexicon_tags(doc, tokens, lexicon_spans) for tokens in sentences])
    return [span for tokens, path in zip(sentences, tags) for span in tags_to_spans(doc, tokens, path)]


def crf_entities_function(path: str | None = None,
                          lexicon: Callable[[Document], list[Span]] | None = None,
                          combine: Callable[[Document, list[Span], list[Span]], list[Span]] | None = None
                          ) -> Callable[[Document], list[Span]]:
    """The CRF's spans (the lexicon's tags among its features); with `combine`, combined with the lexicon."""
    model = load_model(model_path(path))

    def entities(doc: Document) -> list[Span]:
        lexicon_spans = lexicon(doc) if lexicon is not None else []
        found = crf_entities(doc, model, lexicon_spans)
        return combine(doc, lexicon_spans, found) if combine is not None else found

    return entities


def without_proclitic(doc: Document, span: Span) -> Span:
    """The span from its first word's most frequent clitic reading on: وصالح الأحمد → صالح الأحمد,
    بأبي جمال → أبي جمال; وزير stays (the corpus writes وزير far more often than زير). A name nobody
    has counted loses its conjunction or preposition (وسافرونكوف → سافرونكوف)."""
    first = doc.tokens[doc.token_index_at(span.start)]
    if len(first.stems) < 2 or first.start != span.start:
        return span
    frequencies = word_frequencies()
    offset, _ = max(first.stems, key=lambda reading: (frequencies.get(reading[1], 0), reading[0]))
    if offset == 0:
        return span
    start = doc.normalized.to_original(first.norm_start + offset, first.norm_end)[0]
    return doc.span(start, span.end, span.label)


def _has_arabic(doc: Document, span: Span) -> bool:
    # ANERcorp is Arabic text: on a run of Latin words the CRF has nothing to go on.
    return any(token.kind == "arabic" for token in doc.tokens[doc.token_index_at(span.start):doc.token_index_at(span.end)])


# Labels the CRF may add where the lexicon found nothing. Not LOC: the gazetteer and head-noun
# places already find what the CRF finds on the development sets, and its own LOC additions there
# were mostly persons it read as places (measured in models/README.md).
ADDED_LABELS = ("PER", "ORG", "MISC")


def combine_with_crf(doc: Document, lexicon_spans: list[Span], crf_spans: list[Span]) -> list[Span]:
    """The lexicon's spans, extended where the CRF read a longer name of the same label, plus the
    CRF's spans where the lexicon found nothing and they look like names (the rules of
    `extract.ner.model.combine_with_model`, written for the same task with the spaCy model)."""
    from extract.ner.model import combine_with_model

    combined = combine_with_model(doc, lexicon_spans, [span for span in crf_spans if _has_arabic(doc, span)])
    lexicon_keys = {(span.start, span.end, span.label) for span in lexicon_spans}
    return [span if (span.start, span.end, span.label) in lexicon_keys else without_proclitic(doc, span)
            for span in combined if span.label in ADDED_LABELS or (span.start, span.end, span.label) in lexicon_keys]
