"""A CRF NER learned from human-annotated Arabic news (ANERcorp), run on our own tokens.

The model (extract/data/ner_crf.npz, built by `make train-ner`, scripts/train_crf.py) is a
linear-chain CRF (CRFsuite) over BIOES tags of PER, LOC, ORG and MISC (a model file with BIO tags
decodes as well). Its features are what Arabic needs and what the pipeline already has: the
normalized word and its clitic-stripped stem, prefixes and suffixes, word shape, corpus frequency,
word clusters and the stem's reduced floret vector (real-valued), membership of the project's word
lists (given names, places, titles, head nouns, listed actors and clubs), and the lexicon NER's own
tags as evidence, never as overrides. A word's scores are computed once per normalized form and
cached (CrfModel), so tagging costs a few array additions per token and a numpy Viterbi. The scores
of the corpus's most frequent forms are computed from the weights and the current word lists on
first use and kept in cache_dir() (`word_table`), never shipped: a list changed after training
counts for a frequent word as for a rare one.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import math
import os
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, NamedTuple, Sequence

if TYPE_CHECKING:
    import numpy as np

from extract.document import Document, Span, Token
from extract.data import FOLDER as DATA_FOLDER
from extract.lexicons import (_cache_path, _store, actor_lexicon, cache_dir, cached_array, cached_result, cached_value, data_path,
                              per_million, read_tsv, word_frequencies)
from extract.ner.registry import CRF_MODEL_RESOURCE, crf_model_path
from extract.packed import PackedWords, StoredRows, pack_words, packable, packed_or_plain
from extract.normalize import normalize_string
from extract.quantities import DUAL_MIN_SINGULAR_PER_MILLION, dual_singular
from extract.timex import ordinal_words
from extract.words import (ORG_HEADS, fa_inna, function_words, given_names, institution_heads, name_particles, place_heads,
                           place_words, title_words, word_set)

try:  # the decoders' position loops, compiled (setup.py builds it where a C compiler is found)
    import extract.ner._chain as _chain
except ImportError:
    _chain = None

MODEL_RESOURCE = CRF_MODEL_RESOURCE
CLUSTERS_RESOURCE = "word_clusters_ar.tsv.gz"
VECTORS_RESOURCE = "word_vectors_ar.npz"
# Larger name lists (GeoNames places, person-name tables), features only: scripts/build_ner_gazetteer.py.
GAZETTEER_RESOURCE = "ner_gazetteer_ar.tsv.gz"
# How the corpus uses each frequent stem (scripts/build_context_stats.py): one share level (0-4) per
# context, in the order of these letters: after a title, an organisation head, a team noun, a place
# head, a place preposition, a given name, a number; after a reporting verb, before one; before بن;
# before a nationality adjective.
CONTEXTS_RESOURCE = "word_contexts_ar.tsv.gz"
CONTEXT_KINDS = "tomlpgnvqba"
# A multi-word name of the lists is matched over at most this many tokens.
GAZETTEER_MAX_WORDS = 5
# The real-valued features of a word: its stem's reduced floret vector, seen by itself and by the
# words just before and after it (the view order of `word_features`: own, -2, -1, +1, +2).
DENSE_VIEWS = {0: "", 2: "-1:", 3: "1:"}
DENSE_ATTRIBUTE = re.compile(r"(?:-1:|1:)?v(\d+)")
# Context words on each side that a token's features look at.
WINDOW = 2
# Word forms outside the word table whose scores a model keeps (float32, 5 views x 17 BIOES labels:
# about 10 MB at most); past it the words added while tagging are dropped and computed again.
SENTENCE_BLOCK = 256  # sentences decoded together (sentence_blocks): the speed of one pass, a bounded memory
WORD_CACHE_SIZE = 30_000  # the first 1,000 corpus articles add 12,000 forms and look up 14,000
# The word lists' lookups (SortedLookup) serve only the forms scored live, right after a document's
# new forms are looked up at once (prefetch): what they remember past that document is rarely
# asked again, so they keep little (the stems of a document or two).
LOOKUP_CACHE_SIZE = 4_096
# The corpus's most frequent Arabic word forms (200,000: every one of the frequency file's 161,000),
# whose view scores are computed at first use and kept in cache_dir() (55 MB at 17 labels, read a
# row at a time as forms are first seen; 3 MB of packed forms, memory-mapped): most of an article's words.
TABLE_WORDS = 200_000
# The code that computes a word's features (with every file of extract/data, what the table is
# keyed on besides the model file).
FEATURE_CODE = ("ner/crf.py", "words.py", "tokenize.py", "lexicons.py", "normalize.py", "chars.py")


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    """Word classes from extract/data, keyed by the feature name that marks membership."""
    # Building the word lists and the multi-word names from their files was a sixth of a one-file
    # run's start-up: both are kept in cache_dir(), keyed on feature_sources_key().
    return cached_result("crf-word-lists", feature_sources_key(), _build_word_lists)


class WordClasses:
    """The word lists of _word_lists as one lookup: word -> the bit mask of the lists that hold it
    (bit i: the i-th list), over sorted packed words (SortedLookup, memory-mapped from cache_dir()),
    and a small dict for the words that cannot be packed. The lists as frozensets of strings were
    10 MB of every process's memory, for the few thousand words a run scores live."""

    def __init__(self, names: Sequence[str], packed: SortedLookup, others: dict[str, int]):
        self.names, self._packed, self._others = tuple(names), packed, others

    def classes(self, words: Iterable[str]) -> list[str]:
        """The names of the lists that hold any of `words`, in the order of the lists."""
        mask = 0
        for word in words:
            mask |= self._others.get(word, 0) or self._packed.get(word, 0)
        return [name for bit, name in enumerate(self.names) if mask >> bit & 1]

    def prefetch(self, words: Iterable[str]) -> None:
        self._packed.prefetch(words)


@lru_cache(maxsize=1)
def word_classes() -> WordClasses:
    """_word_lists() as a WordClasses, kept in cache_dir() keyed on feature_sources_key()."""
    import numpy as np

    key = feature_sources_key()
    built: list = []

    def build() -> tuple:
        if not built:
            lists = _word_lists()
            masks: dict[str, int] = {}
            for bit, words in enumerate(lists.values()):
                for word in words:
                    masks[word] = masks.get(word, 0) | 1 << bit
            packable_words = sorted(word for word in masks if packable(word))
            others = {word: mask for word, mask in masks.items() if not packable(word)}
            built.extend([list(lists), others, pack_words(packable_words),
                          np.array([masks[word] for word in packable_words], dtype=np.int64)])
        return built

    names, others = cached_result("crf-word-classes", key, lambda: build()[:2])
    keys, values = (_cached_keyed_array(f"crf-word-classes-{key}-{member}", lambda position=position: build()[position])
                    for position, member in ((2, "keys"), (3, "masks")))
    return WordClasses(names, SortedLookup(keys, values), others)


def _cached_keyed_array(name: str, build: Callable[[], "np.ndarray"]) -> "np.ndarray":
    """`build()`, a numpy array kept in cache_dir() as `name`.npy (a name that says what it depends
    on) and memory-mapped from there afterwards."""
    import numpy as np

    path = cache_dir() / f"{name}.npy"
    try:
        return np.asarray(np.load(path, mmap_mode="r"))
    except (OSError, ValueError):
        pass
    array = build()
    _store(path, lambda handle: np.save(handle, array))
    return array


def _build_word_lists() -> dict[str, frozenset[str]]:
    heads = {_bare(normalize_string(row["head"]).split()[0]) for row in institution_heads()}
    place_single_words = {word for word in place_words() if " " not in word}
    place_parts = {part for word in place_words() for part in word.split() if len(part) > 2}
    actor_names = {normalize_string(name) for row in actor_lexicon() for name in (row["name"], *row["aliases"])}
    club_names = {normalize_string(row["name"]) for row in read_tsv("clubs_mined_ar.tsv")}
    return {"given": given_names(), "place": frozenset(place_single_words), "placepart": frozenset(place_parts),
            "title": title_words(), "func": function_words(), "particle": name_particles(),
            "placehead": frozenset(map(_bare, place_heads())),
            "orghead": frozenset(map(_bare, set(ORG_HEADS) | heads)),
            "actor": _single_words(actor_names), "actorpart": _name_parts(actor_names),
            "club": _single_words(club_names), "clubpart": _name_parts(club_names),
            "teamctx": frozenset(normalize_string(row["word"]) for row in read_tsv("club_context_ar.tsv")),
            **{"g" + kind: frozenset(names) for kind, names in _gazetteer_single_words().items()}}


@lru_cache(maxsize=1)
def _gazetteer_entries() -> tuple[tuple[str, str], ...]:
    """(normalized name, kind) of the larger name lists, () without the file."""
    path = data_path(GAZETTEER_RESOURCE)
    if not path.is_file():
        return ()
    return tuple(map(tuple, cached_value(path, _read_gazetteer)))


def _read_gazetteer(path: Path) -> list[list[str]]:
    """The (name, kind) rows of the gzipped TSV, its comments and header left out (marshal-cached)."""
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [row[:2] for row in rows[1:]]


def _gazetteer_single_words() -> dict[str, set[str]]:
    """The one-word names of the larger lists by kind (place, given, surname, name)."""
    found: dict[str, set[str]] = {}
    for name, kind in _gazetteer_entries():
        if " " not in name:
            found.setdefault(kind, set()).add(name)
    return found


@lru_cache(maxsize=1)
def multiword_names() -> dict[str, frozenset[tuple[str, ...]]]:
    """Multi-word names as word tuples by kind: places (the larger lists' and the project's own
    gazetteer's), persons (the name tables') and organisations (listed actors and mined clubs)."""
    return cached_result("crf-multiword-names", feature_sources_key(), _build_multiword_names)


def _build_multiword_names() -> dict[str, frozenset[tuple[str, ...]]]:
    found: dict[str, set[tuple[str, ...]]] = {"place": set(), "person": set(), "org": set()}
    for name, kind in _gazetteer_entries():
        found["place" if kind == "place" else "person"].add(tuple(name.split()))
    found["place"].update(tuple(word.split()) for word in place_words())
    organisations = {normalize_string(name) for row in actor_lexicon() for name in (row["name"], *row["aliases"])}
    organisations |= {normalize_string(row["name"]) for row in read_tsv("clubs_mined_ar.tsv")}
    found["org"].update(tuple(name.split()) for name in organisations)
    return {kind: frozenset(words for words in names if 1 < len(words) <= GAZETTEER_MAX_WORDS)
            for kind, names in found.items()}


@lru_cache(maxsize=1)
def _multiword_index() -> tuple[frozenset[str], frozenset[tuple[str, ...]], dict[tuple[str, ...], tuple[str, ...]]]:
    """_multiword_first_words() and _multiword_prefixes() as one value kept in cache_dir(), keyed on
    feature_sources_key(): built from multiword_names() at each start, they were a tenth of the
    NER's first document, and the names themselves are then never loaded."""
    return tuple(cached_result("crf-multiword-index", feature_sources_key(),
                               lambda: (_build_multiword_first_words(), *_build_multiword_prefixes())))


def _multiword_first_words() -> frozenset[str]:
    return _multiword_index()[0]


def _build_multiword_first_words() -> frozenset[str]:
    return frozenset(words[0] for names in multiword_names().values() for words in names)


def _multiword_prefixes() -> tuple[frozenset[tuple[str, ...]], dict[tuple[str, ...], tuple[str, ...]]]:
    """Every beginning of two or more words of a multi-word name, and each name's kinds in the order
    of multiword_names(): a match stops growing at the first words that begin no name."""
    index = _multiword_index()
    return index[1], index[2]


def _build_multiword_prefixes() -> tuple[frozenset[tuple[str, ...]], dict[tuple[str, ...], tuple[str, ...]]]:
    prefixes: set[tuple[str, ...]] = set()
    kinds: dict[tuple[str, ...], list[str]] = {}
    for kind, names in multiword_names().items():
        for words in names:
            prefixes.update(words[:length] for length in range(2, len(words) + 1))
            kinds.setdefault(words, []).append(kind)
    return frozenset(prefixes), {words: tuple(found) for words, found in kinds.items()}


def indexed_features(sentences: Sequence[Sequence[Token]],
                     features_of: Callable[[Sequence[Token], int], Iterable[tuple[int, str]]],
                     index: dict[str, int]) -> tuple[list[int], list[int]]:
    """The (token position over all sentences, row in `index`) of each feature `features_of(sentence,
    sentence number)` gives (position in the sentence, feature) that `index` holds, in order."""
    positions, rows, first = [], [], 0
    for number, sentence in enumerate(sentences):
        for position, feature in features_of(sentence, number):
            row = index.get(feature)
            if row is not None:
                positions.append(first + position)
                rows.append(row)
        first += len(sentence)
    return positions, rows


def gazetteer_matches(tokens: Sequence[Token], name_starts: Sequence[int] | None = None) -> list[tuple[int, str]]:
    """(position, feature) where a multi-word listed name covers the sentence's tokens: G=B-kind on
    its first token (read without its proclitics too: وخان شيخون), G=I-kind on the others.
    `name_starts`: the sorted document indices of the tokens with a stem that begins a listed name
    (name_start_tokens), where only they are visited."""
    firsts = _multiword_first_words()
    prefixes, kinds_of = _multiword_prefixes()
    found: set[tuple[int, str]] = set()
    if name_starts is None:
        visited: Iterable[int] = range(len(tokens) - 1)
    else:
        base = tokens[0].index if tokens else 0
        visited = [index - base for index in
                   name_starts[bisect_left(name_starts, base):bisect_left(name_starts, base + len(tokens) - 1)]]
    for position in visited:
        token = tokens[position]
        forms = {stem for _, stem in token.stems if stem in firsts} if token.stems else \
            ({token.norm} if token.norm in firsts else ())
        if not forms:
            continue
        following = [token.norm for token in tokens[position + 1:position + GAZETTEER_MAX_WORDS]]
        for form in forms:
            words: tuple[str, ...] = (form,)
            for length, word in enumerate(following, 1):
                words += (word,)
                if words not in prefixes:
                    break
                for kind in kinds_of.get(words, ()):
                    found.add((position, f"G=B-{kind}"))
                    found.update((position + step, f"G=I-{kind}") for step in range(1, length + 1))
    return sorted(found)


def name_start_tokens(doc: Document) -> list[int]:
    """The indices of the document's tokens with a stem that begins a multi-word listed name, from
    its stem index: the only tokens gazetteer_matches needs to visit."""
    return doc.tokens_with_stem("crf-name-first-words", _multiword_first_words())


def _single_words(names: set[str]) -> frozenset[str]:
    return frozenset(name for name in names if " " not in name)


def _name_parts(names: set[str]) -> frozenset[str]:
    return frozenset(part for name in names if " " in name for part in name.split() if len(part) > 2)


class SortedLookup:
    """Key -> value over two arrays, the keys sorted (packed, extract.packed) and their values,
    memory-mapped from cache_dir(): the word lists that only the words scored live read (clusters,
    vector rows), without a dict of all their keys built at each start-up. A lookup is a binary
    search and is remembered; `prefetch` searches for many keys at once (a document's new forms).
    Of equal keys the last wins, as in a dict built from the rows."""

    def __init__(self, keys, values):
        self._keys, self._values = PackedWords(keys), values
        self._seen: dict[str, object] = {}

    def get(self, key: str, default=None):
        if key not in self._seen:
            self.prefetch([key])
        found = self._seen[key]
        return default if found is None else found

    def prefetch(self, keys) -> None:
        wanted = [key for key in set(keys) if key not in self._seen]
        if not wanted:
            return
        if len(self._seen) + len(wanted) > LOOKUP_CACHE_SIZE:  # bounded memory on long runs
            self._seen.clear()
        self._seen.update(dict.fromkeys(wanted))
        for key, row in self._keys.find(wanted).items():
            self._seen[key] = self._values[row].item()


def _sorted_lookup(source: str, name: str, rows: Callable[[], tuple[list[str], list]]) -> SortedLookup:
    """A SortedLookup of (keys, values) that `rows()` reads from the file `source`, both arrays kept
    in cache_dir() (cached_array) under `name`."""
    import numpy as np

    def build() -> tuple:
        keys, values = rows()
        order = np.argsort(np.array(keys), kind="stable")
        return packed_or_plain(np.array(keys)[order].tolist()), np.asarray(values)[order]

    built: list = []

    def member(position: int):
        if not built:
            built.extend(build())
        return built[position]

    return SortedLookup(cached_array(source, f"{name}-packed-keys", lambda: member(0)),
                        cached_array(source, f"{name}-values", lambda: member(1)))


def _shipped_lookup(resource: str, read: Callable[[Path], dict[str, str]]) -> SortedLookup | dict[str, str]:
    """A shipped stem -> value file as a memory-mapped sorted lookup, or {} without the file."""
    path = data_path(resource)
    if not path.is_file():
        return {}

    def rows() -> tuple[list[str], list[str]]:
        table = read(path)
        return list(table), list(table.values())

    return _sorted_lookup(str(path), "lookup", rows)


@lru_cache(maxsize=1)
def word_clusters() -> SortedLookup | dict[str, str]:
    """Normalized stem -> its cluster ids, coarse to fine ("17.203.911"), or {} without the file."""
    return _shipped_lookup(CLUSTERS_RESOURCE, _read_word_clusters)


def _read_contexts(path: Path) -> dict[str, str]:
    contexts = _read_two_columns(path)
    contexts.pop("stem", None)  # the header row
    return contexts


@lru_cache(maxsize=1)
def word_contexts() -> SortedLookup | dict[str, str]:
    """Normalized stem -> its context levels, a digit per letter of CONTEXT_KINDS, or {} without the file."""
    return _shipped_lookup(CONTEXTS_RESOURCE, _read_contexts)


def context_features(stem: str, bare: str) -> list[str]:
    """The stem's corpus context levels as features (cxt=4: mostly after a title), cx=none for a rare stem."""
    levels = word_contexts().get(stem) or word_contexts().get(bare)
    if not levels:
        return ["cx=none"]
    return [f"cx{kind}={level}" for kind, level in zip(CONTEXT_KINDS, levels)]


def _read_two_columns(path: Path) -> dict[str, str]:
    """The two whitespace-free columns of a gzipped TSV after its comment lines, split in one call."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    body_start = 0
    while text.startswith("#", body_start):
        body_start = text.index("\n", body_start) + 1
    cells = text[body_start:].split()
    if len(cells) % 2:
        raise ValueError(f"{path.name}: expected two columns")
    return dict(zip(cells[0::2], cells[1::2]))


def _read_word_clusters(path: Path) -> dict[str, str]:
    """The body is split in one call, as word_frequencies(): stems and ids never contain whitespace."""
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    body_start = 0
    while text.startswith("#", body_start):  # the header's comment lines
        body_start = text.index("\n", body_start) + 1
    cells = text[body_start:].split()
    if len(cells) % 2:
        raise ValueError(f"{CLUSTERS_RESOURCE}: expected two columns, word and cluster")
    return dict(zip(cells[0::2], cells[1::2]))


@lru_cache(maxsize=1)
def word_vectors() -> tuple[SortedLookup | dict[str, int], object]:
    """Normalized stem -> row, and the (stems x dimensions) float16 table of their reduced floret
    vectors (extract/data/word_vectors_ar.npz, scripts/build_word_clusters.py); ({}, None) without it."""
    path = data_path(VECTORS_RESOURCE)
    if not path.is_file():
        return {}, None
    # Uncompressed in cache_dir() (cached_array): decompressing the file was a tenth of a start-up.
    vectors = cached_array(str(path), "vectors", lambda: _npz_member(str(path), "vectors"))

    def rows() -> tuple[list[str], list[int]]:
        words = _npz_member(str(path), "words").tobytes().decode("utf-8").split("\n")
        return words, list(range(len(words)))

    return _sorted_lookup(str(path), "lookup", rows), vectors


def _prefetch_word_lists(forms) -> None:
    """Look up at once the clusters and vector rows of the stems of the forms about to be scored."""
    stems, words = set(), set()
    for norm, kind in forms:
        stem = _stems(norm, kind)[-1]
        stems.update((stem, _bare(stem)))
        words.add(norm)
    for lookup in (word_clusters(), word_vectors()[0], word_contexts()):
        if isinstance(lookup, SortedLookup):
            lookup.prefetch(stems)
    word_classes().prefetch(stems | words)


def _npz_member(path: str, name: str):
    import numpy as np

    with np.load(path) as data:
        return data[name]


def stem_vector(norm: str, kind: str) -> "np.ndarray | None":
    """The reduced floret vector of the word's stem (or of the stem without the article), or None."""
    if kind != "arabic":
        return None
    rows, table = word_vectors()
    stem = _stems(norm, kind)[-1]
    row = rows.get(stem)
    if row is None:
        row = rows.get(_bare(stem))
    return None if row is None else table[row]


def dense_features(norm: str, kind: str) -> tuple[dict[str, float], ...]:
    """The word's real-valued features at offset 0 and as seen from the next and previous word
    (the views of DENSE_VIEWS), empty when its stem has no vector."""
    vector = stem_vector(norm, kind)
    if vector is None:
        return ({}, {}, {})
    values = [float(value) for value in vector]
    return tuple({f"{prefix}v{dimension}": value for dimension, value in enumerate(values)}
                 for prefix in DENSE_VIEWS.values())


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


@lru_cache(maxsize=4096)  # a new form's stems are read three times: prefetch, features, vector
def _stems(norm: str, kind: str) -> tuple[str, ...]:
    if kind != "arabic":
        return (norm,)
    from extract.tokenize import clitic_stems

    return tuple(stem for _, stem in clitic_stems(norm))


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
    classes = word_classes().classes({stem, bare, norm})
    own += [f"in={name}" for name in classes]
    cluster = word_clusters().get(stem) or word_clusters().get(bare)
    cluster_features = [f"c{level}={part}" for level, part in enumerate(cluster.split("."))] if cluster else ["c=none"]
    own += cluster_features
    contexts = context_features(stem, bare) if kind == "arabic" else []
    own += contexts
    context = [f"s={stem}", f"b={bare}", f"k={kind}", *(f"in={name}" for name in classes), *cluster_features[:2]]
    near = context + ([f"x2={norm[-2:]}", f"p2={norm[:2]}", *contexts] if kind == "arabic" else [])
    views = [tuple(own)]
    for offset, features in ((-2, context), (-1, near), (1, near), (2, context)):
        views.append(tuple(f"{offset}:{feature}" for feature in features))
    return tuple(views)


def document_lexicon_tags(doc: Document, spans: Sequence[Span]) -> list[str]:
    """The lexicon's BIO tag of each of the document's tokens (a token a span touches takes its
    label, so بالموصل is B-LOC for the span الموصل)."""
    tags = ["O"] * len(doc.tokens)
    for span in spans:
        first = doc.token_index_at(span.start)
        if first and doc.tokens[first - 1].end > span.start:
            first -= 1
        for position in range(first, doc.token_index_at(span.end)):
            tags[position] = ("B-" if position == first else "I-") + span.label
    return tags


# Training lists every token's features; tagging keeps each word's scores instead (CrfModel), so
# only training goes through this cache.
cached_word_features = lru_cache(maxsize=50_000)(word_features)
cached_dense_features = lru_cache(maxsize=50_000)(dense_features)


def lexicon_tags(doc: Document, tokens: Sequence[Token], spans: Sequence[Span]) -> list[str]:
    """The lexicon's tags of one sentence's tokens; a span begun in an earlier sentence begins again."""
    if not tokens:
        return []
    return _sentence_slice(document_lexicon_tags(doc, spans), tokens)


def _sentence_slice(tags: list[str], tokens: Sequence[Token]) -> list[str]:
    piece = tags[tokens[0].index:tokens[-1].index + 1]
    if piece and piece[0].startswith("I-"):
        piece[0] = "B-" + piece[0][2:]
    return piece


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


def sentence_features(tokens: Sequence[Token], lexicon: Sequence[str] | None = None) -> list[dict[str, float]]:
    """CRFsuite items for one sentence: each token's features, its neighbours', and the lexicon's tags
    (value 1), and the real-valued vector features of the token and its neighbours ±1."""
    views = [cached_word_features(token.norm, token.kind) for token in tokens]
    lexicon = lexicon or ["O"] * len(tokens)
    items = []
    count = len(tokens)
    matches: dict[int, list[str]] = {}
    for position, feature in gazetteer_matches(tokens):
        matches.setdefault(position, []).append(feature)
    for position in range(count):
        features = list(views[position][0])
        for offset in (-2, -1, 1, 2):
            neighbour = position + offset
            if 0 <= neighbour < count:
                features += views[neighbour][_VIEW[offset]]
            elif abs(offset) == 1:
                features.append("BOS" if offset < 0 else "EOS")
        features += dynamic_features(tokens, lexicon, position)
        features += matches.get(position, [])
        item = dict.fromkeys(features, 1.0)
        for offset, view in ((0, 0), (-1, 1), (1, 2)):
            if 0 <= position + offset < count:
                item.update(cached_dense_features(tokens[position + offset].norm, tokens[position + offset].kind)[view])
        items.append(item)
    return items


def span_tags(length: int, label: str, bioes: bool = False) -> list[str]:
    """The tags of an entity's tokens: B- I- I-, or in BIOES B- I- E- (S- for one token)."""
    if not bioes:
        return [("B-" if position == 0 else "I-") + label for position in range(length)]
    if length == 1:
        return ["S-" + label]
    return ["B-" + label, *(["I-" + label] * (length - 2)), "E-" + label]


def tags_to_spans(doc: Document, tokens: Sequence[Token], tags: Sequence[str]) -> list[Span]:
    """Spans of BIO or BIOES tags over a sentence's tokens; an I- after O or another label starts a span."""
    spans, label, first = [], None, 0
    for position, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" and label is None:  # most tags: nothing open, nothing to open
            continue
        prefix, _, kind = tag.partition("-")
        prefix = {"S": "B", "E": "I"}.get(prefix, prefix)
        if label is not None and (prefix != "I" or kind != label):
            spans.append(doc.tokens_span(tokens[first].index, tokens[position - 1].index, label))
            label = None
        if prefix in ("B", "I") and label is None:
            label, first = kind, position
    return spans


def compiled_loops() -> bool:
    """Whether the decoders run their position loops compiled (extract/ner/_chain.c, when it was
    built): EXTRACT_NUMPY_DECODER=1 makes them run the numpy loops (the tests compare the two)."""
    return os.environ.get("EXTRACT_NUMPY_DECODER", "") in ("", "0")


class _Stack(NamedTuple):
    """Sentences stacked position by position for decoding, longest first: the rows of position p
    are first_row[p] .. first_row[p] + running[p], one per sentence longer than p, in the order
    `order` (so the sentences still running at a position are always a leading run of its rows).
    Every row is a token's (`cells`: each token's row, the tokens in text order), so the stack is
    as large as the scores, however long the longest sentence: padding each sentence to the
    longest (positions x sentences x labels) made a long article's few decoding arrays tens of MB."""

    order: list[int]
    sorted_lengths: list[int]
    cells: "np.ndarray"
    running: list[int]
    first_row: list[int]


class ChainDecoder:
    """Decoding over a linear chain of label scores: Viterbi and marginals over (tokens x labels)
    state scores and a (labels x labels) transition matrix, all of a document's sentences at once.
    The CRF (CrfModel) and the neural NER (extract.ner.nn) give their scores to it."""

    labels: list[str]
    transitions: "np.ndarray"
    _exp_transitions: "np.ndarray | None" = None

    def state_scores(self, sentences: Sequence[Sequence[Token]], lexicons: Sequence[Sequence[str]],
                     name_starts: Sequence[int] | None = None):
        raise NotImplementedError

    def _layout(self, lengths: Sequence[int]) -> "_Stack":
        """How the decoders stack the sentences: position by position, longest sentence first, so
        that at each position the sentences still running are a leading run of rows (_Stack)."""
        import numpy as np

        lengths_array = np.asarray(lengths)
        order = np.argsort(-lengths_array, kind="stable")
        count, longest = len(lengths), int(lengths_array.max())
        sorted_lengths = lengths_array[order]
        starts = np.concatenate([[0], np.cumsum(lengths_array)[:-1]])
        row_of = np.empty(count, dtype=np.intp)
        row_of[order] = np.arange(count)
        running = np.searchsorted(-sorted_lengths, -np.arange(longest), side="left")
        first_row = np.concatenate([[0], np.cumsum(running)[:-1]])
        offsets = np.arange(int(lengths_array.sum())) - np.repeat(starts, lengths_array)
        cells = first_row[offsets] + np.repeat(row_of, lengths_array)
        return _Stack(order.tolist(), sorted_lengths.tolist(), cells, running.tolist(), first_row.tolist())

    def viterbi(self, scores, lengths: Sequence[int]) -> list[list[str]]:
        """The best tag path of each sentence, all sentences decoded in one pass over positions."""
        import numpy as np

        stack = self._layout(lengths)
        running, first_row, sorted_lengths = stack.running, stack.first_row, stack.sorted_lengths
        longest, count, size = len(running), len(lengths), len(self.labels)
        best = np.empty((len(scores), size))
        best[stack.cells] = scores  # each token's row in one assignment
        # best's rows of a position become the best path's score to each label there, in place. The
        # buffer is laid out (from, sentence, to): the maximum over the first axis is an element-wise
        # maximum of contiguous slices, several times faster than one over a short last axis.
        if _chain is not None and compiled_loops():
            columns = np.zeros((longest, count), dtype=np.int64)
            last_rows = np.asarray(first_row, dtype=np.int64)[np.asarray(sorted_lengths) - 1] + np.arange(count)
            _chain.viterbi(best, np.ascontiguousarray(self.transitions, dtype=np.float64),
                           np.asarray(running, dtype=np.int64), np.asarray(first_row, dtype=np.int64), last_rows, columns)
            return self._paths(stack, columns, len(lengths))
        candidates_buffer = np.empty((size, count, size))
        transitions = self.transitions
        add, maximum = np.add, np.maximum.reduce  # without np.max's Python wrapper, called per position
        for position in range(1, longest):
            active, here, before = running[position], first_row[position], first_row[position - 1]
            candidates = add(best[before:before + active].T[:, :, None], transitions[:, None, :],
                             out=candidates_buffer[:, :active])
            best[here:here + active] += maximum(candidates, axis=0)
        # No back-pointers kept: going back, each sentence's previous label is the argmax of the same
        # sums, for its chosen label only (the same values, so the same first maximum).
        incoming = np.ascontiguousarray(transitions.T)
        last_cells = np.asarray(first_row)[np.asarray(sorted_lengths) - 1] + np.arange(count)
        state = best[last_cells].argmax(axis=1)
        columns = np.zeros((longest, count), dtype=np.intp)
        for position in range(longest - 1, 0, -1):
            active, before = running[position], first_row[position - 1]
            columns[position, :active] = state[:active]
            state[:active] = (best[before:before + active] + incoming[state[:active]]).argmax(axis=1)
        columns[0] = state
        return self._paths(stack, columns, len(lengths))

    def _paths(self, stack: "_Stack", columns, count: int) -> list[list[str]]:
        """Each sentence's tags from the (positions x sentences) label indices, in stack order."""
        paths: list[list[str]] = [[] for _ in range(count)]
        labels = self.labels
        for row, (sentence, labels_of_row) in enumerate(zip(stack.order, columns.T.tolist())):
            paths[sentence] = [labels[label] for label in labels_of_row[:stack.sorted_lengths[row]]]
        return paths

    def marginals(self, scores):
        """(tokens x labels) probability of each label at each token of one sentence: forward-backward
        over the scores and transitions Viterbi uses, in scaled probabilities (no logarithms)."""
        return self.sentence_marginals(scores, [len(scores)])[0]

    def sentence_marginals(self, scores, lengths: Sequence[int]) -> list:
        """`marginals` of each sentence of `scores` (the sentences' tokens in order, `lengths` long),
        all sentences computed in one pass over positions, as `viterbi` decodes them."""
        import numpy as np

        return np.split(self.token_marginals(scores, lengths), np.cumsum(lengths)[:-1].tolist())

    def token_marginals(self, scores, lengths: Sequence[int]):
        """`sentence_marginals` as one (tokens x labels) table, the sentences' rows in order."""
        import numpy as np

        if self._exp_transitions is None:
            self._exp_transitions = np.exp(self.transitions - self.transitions.max())
        moves = self._exp_transitions
        outgoing = np.ascontiguousarray(moves.T)
        stack = self._layout(lengths)
        running, first_row, cells = stack.running, stack.first_row, stack.cells
        longest, count, size = len(running), len(lengths), len(self.labels)
        # Stacked as viterbi stacks them: one row per token, no padding past a sentence's end.
        emissions = np.empty((len(scores), size))
        emissions[cells] = np.exp(scores - scores.max(axis=1, keepdims=True))
        forward, backward, scale = np.zeros_like(emissions), np.ones_like(emissions), np.ones((len(scores), 1))
        if _chain is not None and compiled_loops():
            _chain.forward_backward(emissions, np.ascontiguousarray(moves, dtype=np.float64),
                                    np.asarray(running, dtype=np.int64), np.asarray(first_row, dtype=np.int64),
                                    forward, backward, scale)
            return self._products(forward, backward, cells)
        forward[:count] = emissions[:count]
        scale[:count] = forward[:count].sum(axis=1, keepdims=True)
        forward[:count] /= scale[:count]
        matmul, multiply = np.matmul, np.multiply
        for position in range(1, longest):
            active, here, before = running[position], first_row[position], first_row[position - 1]
            step = matmul(forward[before:before + active], moves, out=forward[here:here + active])
            step *= emissions[here:here + active]
            total = step.sum(axis=1, keepdims=True, out=scale[here:here + active])
            step /= total
        weighted = np.empty((count, size))  # what the product below reads, apart from its output
        for position in range(longest - 2, -1, -1):
            active, here, after = running[position + 1], first_row[position], first_row[position + 1]
            # the sentences that go on after `position`
            multiplied = multiply(emissions[after:after + active], backward[after:after + active],
                                  out=weighted[:active])
            step = matmul(multiplied, outgoing, out=backward[here:here + active])
            step /= scale[after:after + active]
        return self._products(forward, backward, cells)

    @staticmethod
    def _products(forward, backward, cells):
        """Each token's marginals (in text order) from the stacked forward and backward passes."""
        products = forward[cells] * backward[cells]
        products /= products.sum(axis=1, keepdims=True)
        return products

    def batch_marginals(self, scores, lengths: Sequence[int]):
        """`marginals` of every sentence at once, over the concatenated (tokens x labels) scores:
        forward-backward over padded sentences, one step per position for all of them."""
        import numpy as np

        if self._exp_transitions is None:
            self._exp_transitions = np.exp(self.transitions - self.transitions.max())
        moves = self._exp_transitions
        lengths_array = np.asarray(lengths)
        count, longest, size = len(lengths_array), int(lengths_array.max()), len(self.labels)
        starts = np.concatenate([[0], np.cumsum(lengths_array)[:-1]])
        rows = np.repeat(np.arange(count), lengths_array)
        columns = np.arange(len(scores)) - np.repeat(starts, lengths_array)
        emissions = np.ones((count, longest, size))
        emissions[rows, columns] = np.exp(scores - scores.max(axis=1, keepdims=True))
        forward, backward = np.empty_like(emissions), np.ones_like(emissions)
        forward[:, 0] = emissions[:, 0] / emissions[:, 0].sum(axis=1, keepdims=True)
        for position in range(1, longest):
            step = (forward[:, position - 1] @ moves) * emissions[:, position]
            forward[:, position] = step / step.sum(axis=1, keepdims=True)
        for position in range(longest - 2, -1, -1):
            step = (emissions[:, position + 1] * backward[:, position + 1]) @ moves.T
            step /= step.sum(axis=1, keepdims=True)
            ended = lengths_array <= position + 1  # the sentence's last token is at or before here
            step[ended] = 1.0
            backward[:, position] = step
        products = (forward * backward)[rows, columns]
        return products / products.sum(axis=1, keepdims=True)

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


class _AttributesByPrefix:
    """A model's attributes (in row order) by prefix: a model file from CRFsuite (from_crfsuite) lists
    them sorted, and then a prefix's attributes are one run found by bisection; scanning all of
    them for each prefix was a fiftieth of a one-file run."""

    def __init__(self, attributes: Sequence[str]):
        self._attributes = attributes
        self._sorted = all(map(str.__lt__, attributes, itertools.islice(attributes, 1, None)))

    def starting_with(self, prefix: str) -> Iterable[tuple[str, int]]:
        """(attribute, row) of each attribute that starts with `prefix`, in row order."""
        attributes = self._attributes
        if not self._sorted:
            return ((attribute, row) for row, attribute in enumerate(attributes) if attribute.startswith(prefix))
        first = bisect_left(attributes, prefix)
        # every string that starts with the prefix sorts below the prefix with its last character raised
        end = bisect_left(attributes, prefix[:-1] + chr(ord(prefix[-1]) + 1), first)
        return zip(attributes[first:end], range(first, end))


class CrfModel(ChainDecoder):
    """A trained linear-chain CRF: a weight row per attribute, a transition matrix, Viterbi decoding.

    CRFsuite trains it; we decode it ourselves, because a token's state scores split into parts
    that depend on one word each (its own features, and how it looks from each neighbour), and
    those parts are cached per word form (`word_views`; the frequent forms' in `word_table`), so
    tagging a token costs a few array additions instead of looking up fifty feature strings.
    """

    def __init__(self, labels: Sequence[str], attributes: Sequence[str], weights, transitions):
        import numpy as np

        self.labels = list(labels)
        self.index = dict(zip(attributes, range(len(attributes))))
        weights = np.asarray(weights)
        # A zero row at the end, so that every view sums at least one row (np.add.reduceat needs it);
        # the weights are the rows above it.
        self._padded_weights = np.zeros((len(weights) + 1, len(self.labels)))
        self._padded_weights[:-1] = weights
        self.weights = self._padded_weights[:-1]
        self.transitions = np.asarray(transitions, dtype=np.float64)
        self._zero = np.zeros(len(self.labels))
        # Word form -> row of its view scores (own, at -2, -1, +1, +2) in _word_table: the key is the
        # form for an Arabic word, (form, kind) for another. A form of the word_table (its sorted
        # forms _table_forms, looked up on a form's first sight) has its row read from the table's
        # file (_table_views); another's is computed. _added rows are in use.
        self._word_ids: dict[str | tuple[str, str], int] = {}
        self._table_forms = PackedWords(np.zeros(0, dtype="S1"))
        self._table_views: StoredRows | np.ndarray = np.zeros((0, 5, len(self.labels)), dtype=np.float32)
        self._added = 0
        self._exp_transitions = None
        self._word_table = np.zeros((1024, 5, len(self.labels)), dtype=np.float32)
        by_prefix = _AttributesByPrefix(attributes)
        self._bigrams = {}
        for prefix in ("-1|0=", "0|1="):
            for attribute, row in by_prefix.starting_with(prefix):
                self._bigrams[(prefix, *attribute[len(prefix):].split("|", 1))] = row
        self._bigram_pairs = frozenset(key[1:] for key in self._bigrams)
        tags = ["^", "$", *(f"{prefix}-{label}" for label in {label[2:] for label in self.labels if label != "O"}
                            for prefix in "BI"), "O"]
        self._tag_ids = {tag: position for position, tag in enumerate(tags)}
        self._tag_tables = {prefix: np.stack([self.score([f"{prefix}L={tag}"]) for tag in tags])
                            for prefix in ("", "-1:", "1:")}
        self._dense = self._dense_weights(by_prefix)
        # A model trained without the multi-word name matches (gazetteer_matches) skips them.
        self._has_gazetteer_matches = any(True for _ in by_prefix.starting_with("G="))

    def _dense_weights(self, by_prefix: "_AttributesByPrefix"):
        """(views x dimensions x labels) weights of the vector features, or None in a model without them."""
        import numpy as np

        found = [DENSE_ATTRIBUTE.fullmatch(attribute) for prefix in ("v", "-1:v", "1:v")
                 for attribute, _ in by_prefix.starting_with(prefix)]
        dimensions = 1 + max((int(match.group(1)) for match in found if match), default=-1)
        if not dimensions:
            return None
        return np.stack([np.stack([self.score([f"{prefix}v{dimension}"]) for dimension in range(dimensions)])
                         for prefix in DENSE_VIEWS.values()])

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
        # An older file's stored word scores ("words", "word_views") are stale. The members are kept
        # uncompressed in cache_dir() (cached_array): decompressing them was a fiftieth of a start-up.
        data = {name: cached_array(str(path), f"model-{name}", lambda name=name: _npz_member(str(path), name))
                for name in ("labels", "attributes", "weights", "transitions")}
        labels = data["labels"].tobytes().decode("utf-8").split("\n")
        attributes = data["attributes"].tobytes().decode("utf-8").split("\n")
        model = cls(labels, attributes, data["weights"], data["transitions"])
        table = word_table(model, path)
        if table is not None:
            model.use_table(*table)
        return model

    def use_table(self, forms: PackedWords, views: StoredRows | np.ndarray) -> None:
        """Take the view scores of these Arabic word forms (the rows of `views`, read when a form is
        first seen; the forms sorted) as computed."""
        import numpy as np

        self._table_forms = forms
        self._table_views = views
        self._word_ids = {}
        self._added = 0
        self._word_table = np.zeros((1024, *self._word_table.shape[1:]), dtype=np.float32)

    @property
    def table_size(self) -> int:
        """How many word forms the word table holds."""
        return len(self._table_forms)

    def table_form(self, row: int) -> str:
        """The word table's form at `row` (the forms are sorted)."""
        return self._table_forms.word(row)

    def table_row(self, norm: str) -> int | None:
        """The word table's row of an Arabic word form, or None."""
        return self._table_forms.find([norm]).get(norm)

    def table_views(self, rows: Sequence[int]) -> "np.ndarray":
        """The word table's (len(rows) x views x labels) float32 scores of the forms at these rows."""
        if isinstance(self._table_views, StoredRows):
            return self._table_views.read(rows)
        return self._table_views[list(rows)]

    def _add_table_forms(self, forms: Sequence[str]) -> None:
        """Give those of `forms` that the word table holds their rows of _word_table, read from the
        table: one binary search and one read a form, for all of a document's new forms at once."""
        found = self._table_forms.find(forms)
        if not found:
            return
        rows = sorted(found.values())
        self._reserve(len(rows))
        self._word_table[self._added:self._added + len(rows)] = self.table_views(rows)
        slot = dict(zip(rows, range(self._added, self._added + len(rows))))
        self._word_ids.update((form, slot[row]) for form, row in found.items())
        self._added += len(rows)

    def _reserve(self, count: int) -> None:
        """Room in _word_table for `count` more rows."""
        import numpy as np

        needed = self._added + count
        if needed > len(self._word_table):
            # Never past WORD_CACHE_SIZE rows unless one document needs more: the cache is emptied there.
            size = max(needed, min(len(self._word_table) * 3 // 2, WORD_CACHE_SIZE))
            grown = np.zeros((size, *self._word_table.shape[1:]), dtype=np.float32)
            grown[:self._added] = self._word_table[:self._added]
            self._word_table = grown

    def word_views(self, norm: str, kind: str):
        """(views x labels) float32 scores of a word form's features: own, as seen from -2, -1, +1, +2."""
        import numpy as np

        padding, known = len(self.weights), self.index.get
        rows, starts = [], []
        for view in word_features(norm, kind):
            starts.append(len(rows))
            rows.extend(row for row in map(known, view) if row is not None)
            rows.append(padding)
        views = np.add.reduceat(self._padded_weights[rows], starts, axis=0)
        vector = stem_vector(norm, kind)
        if vector is not None and self._dense is not None:  # the real-valued features: vector · weights
            values = vector[:self._dense.shape[1]].astype(np.float64)
            views[list(DENSE_VIEWS)] += np.einsum("d,vdl->vl", values, self._dense)
        return views.astype(np.float32)

    def score(self, attributes: Sequence[str] | dict[str, float]):
        """The label scores of a feature list, or of features with values (CRFsuite's weighted items)."""
        import numpy as np

        rows = [self.index[attribute] for attribute in attributes if attribute in self.index]
        if not rows:
            return self._zero
        if not isinstance(attributes, dict):
            return self.weights[rows].sum(axis=0)
        scale = [attributes[attribute] for attribute in attributes if attribute in self.index]
        return (self.weights[rows] * np.asarray(scale)[:, None]).sum(axis=0)

    def _word_id(self, norm: str, kind: str) -> int:
        """The row of a word form's cached view scores (own, at -2, -1, +1, +2), computed on first sight."""
        key = norm if kind == "arabic" else (norm, kind)
        found = self._word_ids.get(key)
        if found is not None:
            return found
        self._reserve(1)
        found = self._added
        self._word_table[found] = self.word_views(norm, kind)
        self._word_ids[key] = found
        self._added += 1
        return found

    def _add_new_forms(self, tokens: Sequence[Token], keys: list, ids: list, missing: list[int]) -> None:
        """Fill in `ids` at the `missing` positions: the word table's rows of the forms it holds (one
        search for all of them), view scores computed for the others."""
        self._add_table_forms(list({keys[position] for position in missing if tokens[position].kind == "arabic"}))
        _prefetch_word_lists({(tokens[position].norm, tokens[position].kind) for position in missing
                              if keys[position] not in self._word_ids})
        known = self._word_ids.get  # most new forms are the table's, found just now: a dict lookup each
        for position in missing:
            ids[position] = known(keys[position])
        for position in missing:
            if ids[position] is None:
                ids[position] = self._word_id(tokens[position].norm, tokens[position].kind)

    def state_scores(self, sentences: Sequence[Sequence[Token]], lexicons: Sequence[Sequence[str]],
                     name_starts: Sequence[int] | None = None):
        """(tokens x labels) scores of all sentences' tokens, in order: what `sentence_features` lists,
        summed from cached per-word parts. `name_starts`: as gazetteer_matches takes it."""
        import numpy as np

        tokens = [token for sentence in sentences for token in sentence]
        if self._added + len(tokens) > WORD_CACHE_SIZE:  # bounded memory on long runs
            self._word_ids = {}
            self._added = 0
        lengths = np.array([len(sentence) for sentence in sentences])
        ends = np.cumsum(lengths)
        starts = ends - lengths
        # A form's key: the form for an Arabic word, (form, kind) for another (as _word_id keys it).
        keys = [token.norm if token.kind == "arabic" else (token.norm, token.kind) for token in tokens]
        ids = list(map(self._word_ids.get, keys))  # the usual case, without a call of _word_id per token
        missing = [position for position, row in enumerate(ids) if row is None]
        if missing:
            self._add_new_forms(tokens, keys, ids, missing)
        ids = np.array(ids, dtype=np.int64)
        # One view of all tokens at a time, not every view of every token: a long document's
        # (tokens x views x labels) copy was the largest array of its run.
        table = self._word_table
        sentence_ids = np.repeat(np.arange(len(sentences)), lengths)
        scores = table[ids, 0].astype(np.float64)
        for offset in (-2, -1, 1, 2):
            if abs(offset) >= len(tokens):
                continue
            if offset < 0:
                same = (sentence_ids[-offset:] == sentence_ids[:offset])[:, None]
                scores[-offset:] += table[ids[:offset], _VIEW[offset]] * same
            else:
                same = (sentence_ids[:-offset] == sentence_ids[offset:])[:, None]
                scores[:-offset] += table[ids[offset:], _VIEW[offset]] * same
        scores[starts] += self.score(["BOS"])
        scores[ends - 1] += self.score(["EOS"])
        # The lexicon's tags: own, previous (^ at a sentence start), next ($ at its end).
        tag_id, outside = self._tag_ids.get, self._tag_ids["O"]
        tag_ids = np.array([tag_id(tag, outside) for tags in lexicons for tag in tags])
        previous, following = np.roll(tag_ids, 1), np.roll(tag_ids, -1)
        previous[starts], following[ends - 1] = self._tag_ids["^"], self._tag_ids["$"]
        scores += self._tag_tables[""][tag_ids] + self._tag_tables["-1:"][previous] + self._tag_tables["1:"][following]
        # Stem bigrams, the one feature that depends on two words.
        positions, rows = [], []
        bigrams, bigram_pairs = self._bigrams, self._bigram_pairs
        # All sentences' stems (_stem_of) in one list, each sentence between ^ and $: its token at
        # row r sits at r + 2 * sentence + 1. Most neighbouring stems form no bigram the model knows:
        # only the positions next to a known pair are looked at, in the order of a visit of every
        # position of every sentence.
        stems = []
        for sentence in sentences:
            stems += ["^", *[token.stems[-1][1] if token.stems else token.norm for token in sentence], "$"]
        known_pairs = [pair for pair, stem_pair in enumerate(zip(stems, stems[1:])) if stem_pair in bigram_pairs]
        if known_pairs:
            boundaries = {0, *(ends + 2 * np.arange(len(sentences)) + 1).tolist(),
                          *(ends + 2 * np.arange(len(sentences)) + 2).tolist()}  # every ^ and $
            sentence_of = np.repeat(np.arange(len(sentences)), lengths + 2).tolist()
            for position in sorted({pair + step for pair in known_pairs for step in (0, 1)} - boundaries):
                row = bigrams.get(("-1|0=", stems[position - 1], stems[position]))
                if row is not None:
                    positions.append(position - 2 * sentence_of[position] - 1)
                    rows.append(row)
                row = bigrams.get(("0|1=", stems[position], stems[position + 1]))
                if row is not None:
                    positions.append(position - 2 * sentence_of[position] - 1)
                    rows.append(row)
        if rows:
            np.add.at(scores, positions, self.weights[rows])
        self._add_gazetteer_scores(sentences, scores, name_starts)
        return scores

    def _add_gazetteer_scores(self, sentences: Sequence[Sequence[Token]], scores,
                              name_starts: Sequence[int] | None = None) -> None:
        """Add the weights of the multi-word name matches (`gazetteer_matches`) to `scores`."""
        import numpy as np

        if not self._has_gazetteer_matches:
            return
        positions, rows = indexed_features(sentences, lambda sentence, _: gazetteer_matches(sentence, name_starts),
                                           self.index)
        if rows:
            np.add.at(scores, positions, self.weights[rows])


def frequent_words(count: int) -> list[str]:
    """The corpus's most frequent Arabic word forms (extract/data/ar_word_frequencies.tsv.gz)."""
    arabic = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+")
    ranked = sorted(word_frequencies().items(), key=lambda item: (-item[1], item[0]))
    return [word for word, _ in ranked if arabic.fullmatch(word)][:count]


@lru_cache(maxsize=1)  # the package's files do not change under a running process
def feature_sources_key() -> str:
    """A digest of what a word's features are read from: every file of extract/data (word lists,
    frequencies, clusters, vectors, clitics) and the feature code, by name, size and modification
    time. Wider than the lists the features read, so that no list is forgotten: a changed data
    file costs one rebuild of the table."""
    package = Path(__file__).resolve().parents[1]
    data = DATA_FOLDER
    files = sorted(path for path in data.iterdir() if path.is_file()) + [package / name for name in FEATURE_CODE]
    digest = hashlib.sha1()
    for file in files:
        status = file.stat()
        digest.update(f"{file.name}\0{status.st_size}\0{status.st_mtime_ns}\n".encode("utf-8"))
    return digest.hexdigest()[:16]


def word_table(model: CrfModel, path) -> "tuple[PackedWords, StoredRows | np.ndarray] | None":
    """The TABLE_WORDS most frequent word forms, sorted and packed (extract.packed), and their view
    scores under `model`, kept in cache_dir(), where they are written on first use, keyed on the
    model file and feature_sources_key(); older tables of the same model file are removed then.
    The forms are memory-mapped (3 MB); the scores are read from their file a row at a time as forms
    are first seen (StoredRows), so that only the rows in use count in the process's memory. None
    where the cache cannot be written: every word is then scored on first sight, as a rare word
    always is."""
    import numpy as np

    key = feature_sources_key()
    words_path, table_path = (_cache_path(path, f"table-{key}-{member}.npy") for member in ("forms", "views"))
    try:
        words = np.asarray(np.load(words_path, mmap_mode="r"))  # a plain array over the mapping
        table = StoredRows(table_path)
        if len(table) == len(words) and words.dtype.kind in "SU":
            return PackedWords(words), table
    except (OSError, ValueError):
        pass
    if not _writable(cache_dir()):
        return None
    sorted_words = sorted(frequent_words(TABLE_WORDS))
    words = packed_or_plain(sorted_words)
    table = np.empty((len(sorted_words), *model._word_table.shape[1:]), dtype=np.float32)
    for row, word in enumerate(sorted_words):
        table[row] = model.word_views(word, "arabic")
    _store(words_path, lambda handle: np.save(handle, words))
    _store(table_path, lambda handle: np.save(handle, table))
    prefix = _cache_path(path, "table-").name
    for stale in cache_dir().glob(f"{prefix}*.npy"):
        if stale not in (words_path, table_path):
            stale.unlink(missing_ok=True)
    try:  # the run that built the table reads it as later runs do, not 55 MB held to its end
        stored = StoredRows(table_path)
        if len(stored) == len(table):
            return PackedWords(words), stored
    except (OSError, ValueError):
        pass
    return PackedWords(words), table


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def model_path(path: str | None = None) -> str:
    """The CRF model file: `path`, $EXTRACT_CRF_MODEL, or the one shipped in extract/data."""
    return str(crf_model_path(path))


@lru_cache(maxsize=4)
def load_model(path: str) -> CrfModel:
    return CrfModel.load(path)


# A decoding choice made on the dev split (models/README.md): CONSISTENCY_WEIGHT times the highest
# probability that another occurrence of the same stem in the document is a name of a label is
# added to that label's scores before Viterbi (an article repeats its names, and a name read in a
# clear context is the same name in an unclear one).
CONSISTENCY_WEIGHT = 4.0
# In lexicon+crf too since issue 10's fifth round, with the combination's rules re-tuned for it
# (extract/ner/model.py: a verb at a span's start, additions' bars ...): ANERcorp dev 0.684 → 0.702,
# real-text dev actors 0.824 → 0.832, blind-annotated fresh actors 0.810 → 0.824 (models/README.md).
CONSISTENCY_IN_COMBINATION = True
# Stems shorter than this give and take no evidence.
CONSISTENCY_MIN_LENGTH = 3
# Evidence below this probability is none: a word half read as a name elsewhere (كمال الحياة, عدم
# كمال الناس) does not make it one here.
CONSISTENCY_MIN_PROBABILITY = 0.5


def document_scores(model: ChainDecoder, sentences: Sequence[Sequence[Token]], scores):
    """The state scores of a document's sentences with the consistency evidence added."""
    if not CONSISTENCY_WEIGHT:
        return scores
    return scores + CONSISTENCY_WEIGHT * consistency_evidence(model, sentences, scores)


def consistency_evidence(model: ChainDecoder, sentences: Sequence[Sequence[Token]], scores):
    """(tokens x labels): for each token, the highest probability (first-pass marginals) that another
    occurrence of its stem in the document is a name of each label, spread over that label's tags."""
    import numpy as np

    from extract.ner.model import readings  # the most frequent clitic reading: كمال is no ك + مال

    stems = readings(itertools.chain.from_iterable(sentences))
    functions = function_words()
    occurrences: dict[str, list[int]] = {}
    for position, stem in enumerate(stems):
        if len(stem) >= CONSISTENCY_MIN_LENGTH and stem not in functions:
            occurrences.setdefault(stem, []).append(position)
    repeated = [positions for positions in occurrences.values() if len(positions) > 1]
    if not repeated:
        return np.zeros_like(scores)
    names = sorted({label[2:] for label in model.labels if label != "O"})
    # A label's column in the (tokens x names) tables, the O label's an extra column of zeros.
    name_of_label = [names.index(label[2:]) if label != "O" else len(names) for label in model.labels]
    by_name = np.zeros((len(scores), len(names) + 1))
    lengths = [len(tokens) for tokens in sentences]
    # A block of sentences at a time: only the (tokens x names) sums outlive a block's marginals.
    for first, end, low, high in sentence_blocks(lengths):
        marginals = model.token_marginals(scores[low:high], lengths[first:end])
        np.add.at(by_name[low:high].T, name_of_label, marginals.T)
    by_name[:, -1] = 0.0
    others = np.zeros_like(by_name)
    # All stems' occurrences at once, each stem's rows together: (occurrences x names).
    positions = np.fromiter(itertools.chain.from_iterable(repeated), dtype=np.intp)
    sizes = np.fromiter((len(group) for group in repeated), dtype=np.intp, count=len(repeated))
    group_starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    probabilities = by_name[positions]
    best = np.maximum.reduceat(probabilities, group_starts, axis=0)
    best_of_row = np.repeat(best, sizes, axis=0)
    is_best = probabilities >= best_of_row
    # The second best: the best again where two occurrences share it, else the best below it.
    below = np.maximum.reduceat(np.where(is_best, -np.inf, probabilities), group_starts, axis=0)
    shared = np.add.reduceat(is_best.astype(np.intp), group_starts, axis=0) >= 2
    second = np.where(shared, best, below)
    # Each occurrence's evidence is the best of the others: the second best for the best one.
    others[positions] = np.where(is_best, np.repeat(second, sizes, axis=0), best_of_row)
    others[others < CONSISTENCY_MIN_PROBABILITY] = 0.0
    return others[:, name_of_label]


def sentence_blocks(lengths: Sequence[int]) -> list[tuple[int, int, int, int]]:
    """The sentences in blocks of SENTENCE_BLOCK: (first sentence, end sentence, first token row,
    end token row) of each. Decoded a block at a time, a document's decoding arrays (and its
    consistency pass's marginals) stay the size of one block's, not the document's."""
    blocks = []
    row = 0
    for first in range(0, len(lengths), SENTENCE_BLOCK):
        end = min(first + SENTENCE_BLOCK, len(lengths))
        size = sum(lengths[first:end])
        blocks.append((first, end, row, row + size))
        row += size
    return blocks


def crf_entities(doc: Document, model: ChainDecoder, lexicon_spans: Sequence[Span] = ()) -> list[Span]:
    return crf_entities_with_confidence(doc, model, lexicon_spans)[0]


def crf_entities_with_confidence(doc: Document, model: ChainDecoder, lexicon_spans: Sequence[Span] = (),
                                 consistent: bool = True) -> tuple[list[Span], Callable[[Span], float]]:
    """The CRF's spans, and a function giving a span's confidence: the lowest probability, over its
    tokens, of the tag the span gives the token (computed only for the sentences asked about).
    `consistent`: with the document's consistency evidence (`document_scores`)."""
    sentences = [tokens for tokens in doc.sentence_tokens() if tokens]
    document_tags = document_lexicon_tags(doc, lexicon_spans)
    lexicons = [_sentence_slice(document_tags, tokens) for tokens in sentences]
    if not sentences:
        return [], lambda span: 0.0
    scores = model.state_scores(sentences, lexicons, name_start_tokens(doc))
    if consistent:
        scores = document_scores(model, sentences, scores)
    lengths = [len(tokens) for tokens in sentences]
    blocks = sentence_blocks(lengths)
    paths = [path for first, end, low, high in blocks for path in model.viterbi(scores[low:high], lengths[first:end])]
    spans = [span for tokens, path in zip(sentences, paths) for span in tags_to_spans(doc, tokens, path)]
    starts = [tokens[0].index for tokens in sentences]
    recent: dict[int, list] = {}  # block -> its sentences' marginals, the last two blocks asked about
    column = {label: position for position, label in enumerate(model.labels)}

    def marginals_of(sentence: int):
        block = sentence // SENTENCE_BLOCK
        if block not in recent:  # the block's sentences at its first question: one pass costs about what one does
            if len(recent) >= 2:
                del recent[next(iter(recent))]
            first, end, low, high = blocks[block]
            recent[block] = model.sentence_marginals(scores[low:high], lengths[first:end])
        return recent[block][sentence - block * SENTENCE_BLOCK]

    asked: dict[tuple[int, int, str | None], float] = {}

    def confidence(span: Span) -> float:
        # The combination rules ask of the same span several times (each rule its own bar).
        key = (span.start, span.end, span.label)
        found = asked.get(key)
        if found is None:
            found = asked[key] = span_confidence(span)
        return found

    def span_confidence(span: Span) -> float:
        first, end = doc.token_index_holding(span.start), doc.token_index_at(span.end)
        sentence = bisect_right(starts, first) - 1
        table = marginals_of(sentence)
        base = starts[sentence]
        if first < base or end - base > len(table) or span.label is None:
            return 0.0
        # BIO's reading of the span, whatever the model's scheme: its first token begins a name of the
        # label (B-, or S- in BIOES) and every other token is inside one (I-, or E-). So a span that
        # is the first words of a longer name is as sure as it is in BIO, which the combination
        # rules (cutting and extending names word by word) rely on.
        groups = [("B-", "S-")] + [("I-", "E-")] * (end - first - 1)
        wanted = [[column[prefix + span.label] for prefix in group if prefix + span.label in column]
                  for group in groups]
        if any(not columns for columns in wanted):
            return 0.0
        return float(min(sum(table[index - base, label] for label in columns)
                         for index, columns in zip(range(first, end), wanted)))

    return spans, confidence


def crf_entities_function(path: str | None = None,
                          lexicon: Callable[[Document], list[Span]] | None = None,
                          combine: Callable[..., list[Span]] | None = None
                          ) -> Callable[[Document], list[Span]]:
    """The CRF's spans (the lexicon's tags among its features); with `combine`, combined with the lexicon."""
    return decoder_entities_function(load_model(model_path(path)), lexicon, combine)


def decoder_entities_function(model: ChainDecoder, lexicon: Callable[[Document], list[Span]] | None = None,
                              combine: Callable[..., list[Span]] | None = None) -> Callable[[Document], list[Span]]:
    """The spans of a model's state scores decoded with document consistency (the CRF's, the neural
    NER's or both together); with `combine`, combined with the lexicon's by the rules of model.py."""

    def entities(doc: Document) -> list[Span]:
        lexicon_spans = lexicon(doc) if lexicon is not None else []
        if combine is None:
            return crf_entities(doc, model, lexicon_spans)
        found, confidence = crf_entities_with_confidence(doc, model, lexicon_spans, CONSISTENCY_IN_COMBINATION)
        return combine(doc, lexicon_spans, found, confidence)

    return entities


# A word the corpus writes as it is at least this often against its reading without a proclitic is
# a word of its own (كيري against ك + يري: 0.63, لوكاس against ل + وكاس: 0.48), not a clitic and a
# word (وصالح: 0.13, وسامر: 0.28, والحنان: 0.40).
PROCLITIC_KEEP_RATIO = 0.45


def without_proclitic(doc: Document, span: Span) -> Span:
    """The span from its first word's most frequent clitic reading on: وصالح الأحمد → صالح الأحمد,
    بأبي جمال → أبي جمال; وزير stays (the corpus writes وزير far more often than زير). A name nobody
    has counted loses its conjunction or preposition (وسافرونكوف → سافرونكوف). A listed given name
    stays whole (ليلى is no ل + يلى, فورد no ف + ورد), and so does بو glued to one (بوعلي); a reading
    is cut no deeper than such a name (وبوعلي → بوعلي, not وعلي), unless what is left is a name
    particle, the name's own start (لأبي القاسم → أبي القاسم)."""
    first = doc.tokens[doc.token_index_at(span.start)]
    if len(first.stems) < 2 or first.start != span.start:
        return span
    frequencies = word_frequencies()
    offset, reading = max(first.stems, key=lambda reading: (frequencies.get(reading[1], 0), reading[0]))
    if reading not in name_particles():
        named = next(((stem_offset, stem) for stem_offset, stem in first.stems
                      if stem_offset < offset and (stem in given_names() or _maghrebi_bu_name(stem))), None)
        if named is not None:
            offset, reading = named  # the shallowest reading that is a given name
            if offset == 0:
                return span
    whole = frequencies.get(first.stems[0][1], 0)
    if offset == 0 or (whole and whole >= PROCLITIC_KEEP_RATIO * frequencies.get(reading, 0)):
        return span
    if not frequencies.get(reading, 0):
        # nobody counted any reading (فلاديمر بوتين, a misspelt فلاديمير): only the conjunction و
        # comes off; ف, ب, ل and a pair of clitics start foreign names as often as not
        if not first.norm.startswith("و"):
            return span
        offset = 1
    start = doc.normalized.to_original(first.norm_start + offset, first.norm_end)[0]
    return doc.span(start, span.end, span.label)


def _before_a_clause_particle(doc: Document, span: Span) -> Span | None:
    """شيزو آبي فقد تقرر، بومبيو فإن روحاني: a CRF span cut before the clause particle فإن/فقد inside it
    (None when nothing is left); the particle opens the main clause, no name goes on over it."""
    first, end = doc.token_index_holding(span.start), doc.token_index_at(span.end)
    cut = next((index for index in range(first + 1, end) if fa_inna(doc.tokens[index])), None)
    if cut is None:
        return span
    return doc.span(span.start, doc.tokens[cut - 1].end, span.label)


def _maghrebi_bu_name(word: str) -> bool:
    """بوعلي، بوزيد، بوبكر: بو (أبو, "father of") glued to a given name is a Maghrebi given name or
    family name, not ب + a word (وعلي)."""
    return word.startswith("بو") and len(word) >= 5 and word[2:] in given_names()


def _has_name_word(doc: Document, span: Span) -> bool:
    """Whether the span has an Arabic word of two letters or more that is no function word and no
    ordinal: ANERcorp is Arabic text, so on a run of Latin words the CRF has nothing to go on; a lone
    conjunction or preposition (و before a bracket, في) names nothing, and an ordinal names nobody
    alone (النائب الثاني لرئيس الوزراء, where the document's عبدالله الثاني lends it a name's score)."""
    return any(token.kind == "arabic" and len(token.norm) >= 2 and token.norm not in function_words()
               and token.norm not in ordinal_words()
               for token in doc.tokens[doc.token_index_at(span.start):doc.token_index_at(span.end)])


def _only_duals(doc: Document, span: Span) -> bool:
    """حزامان ناسفان، سريتان هاربتان: two or more words that all read as duals of common words (a noun
    and its agreeing adjective), none a given name, are no person's name."""
    tokens = doc.tokens[doc.token_index_at(span.start):doc.token_index_at(span.end)]
    return len(tokens) >= 2 and all(token.kind == "arabic" and token.norm not in given_names()
                                    and (dual_singular(token) is not None or _feminine_dual_of_a_word(token.norm))
                                    for token in tokens)


def _feminine_dual_of_a_word(word: str) -> bool:
    """هاربتان، ناسفتين: تان/تين after a common word's stem (its masculine or feminine singular) is a
    feminine dual (a feminine plural ends in ات), however rare the dual itself is."""
    frequencies = word_frequencies()
    return word.endswith(("تان", "تين")) and len(word) >= 6 and frequencies.get(word[:-3], 0) \
        + frequencies.get(word[:-3] + "ه", 0) >= per_million(DUAL_MIN_SINGULAR_PER_MILLION)


# Labels the CRF may add where the lexicon found nothing. Not LOC: the gazetteer and head-noun
# places already find what the CRF finds on the development sets, and its own LOC additions there
# were mostly persons it read as places (measured in models/README.md).
ADDED_LABELS = ("PER", "ORG", "MISC")


# الملقب بأبي سمير، المعروف باسم ...: what follows is another name of the person just named.
NICKNAME_WORDS = word_set("nickname")


def _after_nickname_word(doc: Document, span: Span) -> bool:
    before = doc.tokens_before(span.start, 2)
    return any(token.norm in NICKNAME_WORDS for token in before)


def split_coordinated(doc: Document, span: Span) -> list[Span]:
    """ميسي ودي ماريا وبافون: names joined by و are several names. A person's span, or a span with no
    definite word (وزارة العمل والشؤون الاجتماعية is one institution), splits before each word that
    is و + a word the corpus writes more often than the whole."""
    from extract.words import starts_with_conjunction

    tokens = doc.tokens[doc.token_index_at(span.start):doc.token_index_at(span.end)]
    if span.label not in ("PER", "ORG", "MISC") or len(tokens) < 2:
        return [span]
    if span.label != "PER" and any(token.norm.startswith("ال") for token in tokens):
        return [span]
    cuts = [position for position in range(1, len(tokens)) if starts_with_conjunction(tokens[position])]
    if not cuts:
        return [span]
    bounds = [0, *cuts, len(tokens)]
    return [doc.tokens_span(tokens[first].index, tokens[last - 1].index, span.label)
            for first, last in zip(bounds, bounds[1:])]


def combine_with_crf(doc: Document, lexicon_spans: list[Span], crf_spans: list[Span],
                     confidence: Callable[[Span], float] | None = None) -> list[Span]:
    """The lexicon's spans, extended where the CRF read a longer name of the same label, plus the
    CRF's spans where the lexicon found nothing and they look like names (the rules of
    `extract.ner.model.combine_with_model`, written for the same task with the spaCy model)."""
    from extract.ner.model import combine_with_model

    candidates, whole = [], {}
    for span in crf_spans:
        span = _before_a_clause_particle(doc, span)
        if span is None or not _has_name_word(doc, span) \
                or span.label == "PER" and (_after_nickname_word(doc, span) or _only_duals(doc, span)):
            continue
        for part in split_coordinated(doc, span):
            whole[part] = span
            candidates.append(part)
    part_confidence = None if confidence is None else (lambda part: confidence(whole.get(part, part)))
    combined = combine_with_model(doc, lexicon_spans, candidates, part_confidence)
    lexicon_keys = {(span.start, span.end, span.label) for span in lexicon_spans}
    return [span if (span.start, span.end, span.label) in lexicon_keys else without_proclitic(doc, span)
            for span in combined if span.label in ADDED_LABELS or (span.start, span.end, span.label) in lexicon_keys]
