"""Train the neural NER (extract/ner/nn.py, a BiLSTM-CRF) on ANERcorp and export it for numpy.

    python scripts/train_nn.py ../shared/data/ner/anercorp/train.conll -o extract/data/ner_nn.npz
    python scripts/train_nn.py TRAIN.conll --dev-fraction 0.1 -o /tmp/nn_dev.npz   # score the held-out tail

Needs PyTorch (`pip install torch==2.13.0`, the CPU build; the `train` extra), only here: the model
runs with numpy. The CoNLL sentences are read as documents of 10 consecutive sentences (as `extract
eval-ner --group 10` reads them) and run through the pipeline's own normalize + tokenize; the gold
tags are projected onto our tokens as scripts/train_crf.py does, in BIOES, so the network sees at
training time the tokens and features it sees in `extract run`. Fixed seed, one thread, a fixed
number of epochs: the same data give the same file.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract.document import Document  # noqa: E402
from extract.evaluate import bio_entities, document_groups  # noqa: E402
from extract.ner import lexicon_entities  # noqa: E402
from extract.ner.crf import CrfModel, _sentence_slice, _stems, document_lexicon_tags, name_start_tokens, stem_vector  # noqa: E402
from extract.ner.nn import MAX_CHARS, NnModel, crf_marginals, dynamic_features, merged_network, static_features  # noqa: E402
from extract.read import read_text  # noqa: E402
from train_crf import read_sentences, to_bioes, tokenizer  # noqa: E402
from train_crf import train as train_crf  # noqa: E402

# The CRF's label set and order (CrfModel.from_crfsuite sorts them so), so the two can be added.
LABELS = ["O", *(f"{prefix}-{label}" for label in ("LOC", "MISC", "ORG", "PER") for prefix in "BEIS")]
GROUP = 10  # CoNLL sentences to a document
SEED = 1
MIN_WORD_COUNT = 2  # a stem seen less often in training is the unknown word
MIN_FEATURE_COUNT = 3


@dataclass
class Settings:
    hidden: int = 100
    word_size: int = 50
    feature_size: int = 50
    char_size: int = 25
    filters: int = 40
    dropout: float = 0.5
    learning_rate: float = 2e-3
    batch: int = 16
    epochs: int = 20
    word_dropout: float = 0.0  # the share of training tokens whose stem is read as the unknown word
    extra: int = 0  # inputs beyond the word's: the CRF's marginals of a stacked network (17), else 0


@dataclass
class Item:
    """One sentence of our tokens: (norm, kind, stem, features) per token, the gold BIOES tags and
    the lexicon's BIO tags."""
    tokens: list[tuple[str, str, str, list[str]]]
    tags: list[str]
    lexicon: list[str] = field(default_factory=list)
    extra: np.ndarray | None = None  # (tokens x labels) CRF marginals, for a stacked network


def lexicon_of(item: Item) -> list[str]:
    return item.lexicon


def sentence_items(doc: Document, gold: list[str], crf=None) -> list[Item]:
    """The document's sentences as training items; `gold` gives each of its tokens a BIO tag. With
    `crf`, each item holds that CRF's marginals of its tokens (a stacked network's inputs)."""
    lexicon = document_lexicon_tags(doc, lexicon_entities(doc))
    items = []
    for tokens in doc.sentence_tokens():
        if not tokens:
            continue
        tags, lexicon_tags = _sentence_slice(gold, tokens), _sentence_slice(lexicon, tokens)
        dynamic = dynamic_features(tokens, lexicon_tags)
        items.append(Item([(token.norm, token.kind, _stems(token.norm, token.kind)[-1],
                            static_features(token.norm, token.kind) + dynamic[position])
                           for position, token in enumerate(tokens)], to_bioes(tags), lexicon_tags))
    if crf is not None and items:
        sentences = [tokens for tokens in doc.sentence_tokens() if tokens]
        marginals = crf_marginals(crf, sentences, [item.lexicon for item in items], name_start_tokens(doc))
        first = 0
        for item in items:
            item.extra = marginals[first:first + len(item.tokens)].astype(np.float32)
            first += len(item.tokens)
    return items


def document_items(document: list[list[tuple[str, str]]], nlp, crf=None) -> list[Item]:
    """A document of CoNLL sentences: our tokens, the gold tags projected onto them."""
    words = [word for sentence in document for word, _ in sentence]
    starts, position = [], 0
    for sentence in document:
        for word, _ in sentence:
            starts.append(position)
            position += len(word) + 1
        position += 1
    doc = nlp.process(read_text("\n\n".join(" ".join(word for word, _ in sentence) for sentence in document)))
    gold = ["O"] * len(doc.tokens)
    for first, last, label in bio_entities([tag for sentence in document for _, tag in sentence]):
        start, end = starts[first], starts[last] + len(words[last])
        inside = [token.index for token in doc.tokens if token.start < end and start < token.end]
        for offset, index in enumerate(inside):
            gold[index] = ("B-" if offset == 0 else "I-") + label
    return sentence_items(doc, gold, crf)


@dataclass
class Vocabulary:
    words: dict[str, int]  # stem -> id (0 padding, 1 unknown)
    features: dict[str, int]  # feature -> id (0 padding)
    chars: dict[str, int]  # character -> id (0 padding, 1 unknown)

    @classmethod
    def build(cls, documents: list[list[Item]]) -> "Vocabulary":
        words, features, chars = Counter(), Counter(), Counter()
        for items in documents:
            for item in items:
                for norm, _, stem, own in item.tokens:
                    words[stem] += 1
                    features.update(own)
                    chars.update(norm)
        return cls({word: index + 2 for index, word in enumerate(sorted(w for w, n in words.items() if n >= MIN_WORD_COUNT))},
                   {name: index + 1 for index, name in
                    enumerate(sorted(f for f, n in features.items() if n >= MIN_FEATURE_COUNT))},
                   {char: index + 2 for index, char in enumerate(sorted(c for c, n in chars.items() if n >= MIN_WORD_COUNT))})

    def strings(self, labels: list[str]) -> dict[str, list[str]]:
        def ordered(ids: dict[str, int]) -> list[str]:
            return sorted(ids, key=ids.get)

        return {"labels": list(labels), "words": ordered(self.words), "features": ordered(self.features),
                "chars": ordered(self.chars)}


def encode(item: Item, vocabulary: Vocabulary, extra: np.ndarray | None) -> dict:
    vectors = np.zeros((len(item.tokens), 33), np.float32)
    for position, (norm, kind, _, _) in enumerate(item.tokens):
        vector = stem_vector(norm, kind)
        if vector is not None:
            vectors[position, :32] = vector
            vectors[position, 32] = 1.0
    label = {name: index for index, name in enumerate(LABELS)}
    return {"words": [vocabulary.words.get(stem, 1) for _, _, stem, _ in item.tokens],
            "features": [[vocabulary.features[name] for name in own if name in vocabulary.features]
                         for *_, own in item.tokens],
            "chars": [[vocabulary.chars.get(char, 1) for char in norm[:MAX_CHARS]] for norm, *_ in item.tokens],
            "vectors": vectors, "tags": [label[tag] for tag in item.tags], "extra": extra}


def batches(encoded: list[dict], size: int, rng: random.Random | None):
    """Batches of sentences of about one length (shuffled with `rng`): (indices, tensors, mask, tags)."""
    import torch

    order = sorted(range(len(encoded)), key=lambda index: len(encoded[index]["words"]))
    groups = [order[first:first + size] for first in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(groups)
    for group in groups:
        chosen = [encoded[index] for index in group]
        count, longest = len(chosen), max(len(item["words"]) for item in chosen)
        words = torch.zeros(count, longest, dtype=torch.long)
        chars = torch.zeros(count, longest, MAX_CHARS, dtype=torch.long)
        vectors = torch.zeros(count, longest, 33)
        mask = torch.zeros(count, longest, dtype=torch.bool)
        tags = torch.zeros(count, longest, dtype=torch.long)
        extra = None if chosen[0]["extra"] is None else torch.zeros(count, longest, chosen[0]["extra"].shape[1])
        bag, offsets = [], []
        for row, item in enumerate(chosen):
            length = len(item["words"])
            words[row, :length] = torch.tensor(item["words"])
            vectors[row, :length] = torch.from_numpy(item["vectors"])
            mask[row, :length] = True
            tags[row, :length] = torch.tensor(item["tags"])
            for position, letters in enumerate(item["chars"]):
                chars[row, position, :len(letters)] = torch.tensor(letters, dtype=torch.long)
            if extra is not None:
                extra[row, :length] = torch.from_numpy(item["extra"])
        for item in chosen:  # the feature bags in (sentence, position) order, padded positions empty
            for position in range(longest):
                offsets.append(len(bag))
                if position < len(item["features"]):
                    bag.extend(item["features"][position])
        inputs = (words, chars, vectors, torch.tensor(bag, dtype=torch.long), torch.tensor(offsets, dtype=torch.long), extra)
        yield group, inputs, mask, tags


def _network_class():
    import torch
    from torch import nn

    class Network(nn.Module):
        """Stem embedding + feature bag + character CNN + stem vector -> BiLSTM -> label scores, and
        a CRF transition matrix (no start or end scores, as the CRF's decoder has none)."""

        def __init__(self, vocabulary: Vocabulary, labels: int, settings: Settings):
            super().__init__()
            self.settings = settings
            self.words = nn.Embedding(len(vocabulary.words) + 2, settings.word_size, padding_idx=0)
            self.features = nn.EmbeddingBag(len(vocabulary.features) + 1, settings.feature_size, mode="sum",
                                            padding_idx=0)
            self.chars = nn.Embedding(len(vocabulary.chars) + 2, settings.char_size, padding_idx=0)
            self.conv = nn.Conv1d(settings.char_size, settings.filters, 3, padding=1)
            size = settings.word_size + settings.feature_size + settings.filters + 33 + settings.extra
            self.dropout = nn.Dropout(settings.dropout)
            self.lstm = nn.LSTM(size, settings.hidden, batch_first=True, bidirectional=True)
            # A stacked network's CRF marginals reach the output layer directly too (measured: models/README.md).
            self.output = nn.Linear(2 * settings.hidden + settings.extra, labels)
            self.transitions = nn.Parameter(torch.zeros(labels, labels))

        def forward(self, inputs, mask):
            words, chars, vectors, bag, offsets, extra = inputs
            count, longest = words.shape
            flat = chars.view(count * longest, MAX_CHARS)
            convolved = torch.relu(self.conv(self.chars(flat).transpose(1, 2)))
            letters = convolved.masked_fill(~(flat > 0).unsqueeze(1), 0.0).max(dim=2).values.view(count, longest, -1)
            parts = [self.words(words), self.features(bag, offsets).view(count, longest, -1), letters, vectors]
            if extra is not None:
                parts.append(extra)
            packed = nn.utils.rnn.pack_padded_sequence(self.dropout(torch.cat(parts, -1)), mask.sum(1), batch_first=True,
                                                       enforce_sorted=False)
            states, _ = self.lstm(packed)
            states, _ = nn.utils.rnn.pad_packed_sequence(states, batch_first=True, total_length=longest)
            states = self.dropout(states)
            return self.output(states if extra is None else torch.cat([states, extra], -1))

        def loss(self, scores, mask, tags):
            """The CRF's negative log-likelihood of the gold paths, summed over the batch."""
            transitions = self.transitions
            alpha = scores[:, 0]
            gold = scores[:, 0].gather(1, tags[:, :1]).squeeze(1)
            for position in range(1, scores.shape[1]):
                running = mask[:, position]
                step = torch.logsumexp(alpha.unsqueeze(2) + transitions.unsqueeze(0), 1) + scores[:, position]
                alpha = torch.where(running.unsqueeze(1), step, alpha)
                gained = scores[:, position].gather(1, tags[:, position:position + 1]).squeeze(1)
                gold = gold + (gained + transitions[tags[:, position - 1], tags[:, position]]) * running
            return (torch.logsumexp(alpha, 1) - gold).sum()

    return Network


def Network(vocabulary: Vocabulary, labels: int, settings: Settings):  # noqa: N802 (a class, built lazily)
    return _network_class()(vocabulary, labels, settings)


def emissions_of(network, encoded: list[dict]) -> list[np.ndarray]:
    """Each sentence's (tokens x labels) scores, in the order of `encoded`."""
    found: list = [None] * len(encoded)
    for group, inputs, mask, _ in batches(encoded, 64, None):
        scores = network(inputs, mask).detach().numpy()
        for row, index in enumerate(group):
            found[index] = scores[row, :len(encoded[index]["words"])]
    return found


def viterbi(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    best, back = scores[0].copy(), np.zeros(scores.shape, dtype=int)
    for position in range(1, len(scores)):
        candidates = best[:, None] + transitions
        back[position] = candidates.argmax(0)
        best = candidates.max(0) + scores[position]
    path = [int(best.argmax())]
    for position in range(len(scores) - 1, 0, -1):
        path.append(int(back[position, path[-1]]))
    return path[::-1]


def exported(network, vocabulary: Vocabulary, labels: list[str]) -> NnModel:
    """The network's weights as numpy arrays in NnModel (float32; the LSTM's two biases added)."""
    state = {name: value.detach().numpy().astype(np.float32) for name, value in network.state_dict().items()}
    arrays = {"transitions": state["transitions"], "word_embeddings": state["words.weight"],
              "feature_embeddings": state["features.weight"], "char_embeddings": state["chars.weight"],
              "conv_weights": state["conv.weight"], "conv_bias": state["conv.bias"],
              "output_weights": state["output.weight"], "output_bias": state["output.bias"]}
    for direction, suffix in (("forward", ""), ("backward", "_reverse")):
        arrays[f"{direction}_input"] = state[f"lstm.weight_ih_l0{suffix}"]
        arrays[f"{direction}_hidden"] = state[f"lstm.weight_hh_l0{suffix}"]
        arrays[f"{direction}_bias"] = state[f"lstm.bias_ih_l0{suffix}"] + state[f"lstm.bias_hh_l0{suffix}"]
    return NnModel(vocabulary.strings(labels), arrays)


def export(networks: list, vocabulary: Vocabulary, labels: list[str], path: Path) -> None:
    """The networks (one, or several seeds merged into one ensemble network) in NnModel's file."""
    strings = vocabulary.strings(labels)
    models = [exported(network, vocabulary, labels) for network in networks]
    model = models[0] if len(models) == 1 else merged_network(models, strings)
    path.parent.mkdir(parents=True, exist_ok=True)
    model.save(path, strings)


def train(documents: list[list[Item]], settings: Settings, log=None, seed: int = SEED):
    """The trained network and its vocabulary (fixed seed; Adam, gradient norm clipped at 5)."""
    import torch

    torch.manual_seed(seed)
    rng = random.Random(seed)
    vocabulary = Vocabulary.build(documents)
    encoded = [encode(item, vocabulary, item.extra) for items in documents for item in items]
    network = Network(vocabulary, len(LABELS), settings)
    optimiser = torch.optim.Adam(network.parameters(), lr=settings.learning_rate)
    for epoch in range(settings.epochs):
        network.train()
        started, total = time.perf_counter(), 0.0
        for _, inputs, mask, tags in batches(encoded, settings.batch, rng):
            if settings.word_dropout:  # names unseen in training: the network learns to read them from the rest
                words = inputs[0]
                dropped = (torch.rand(words.shape) < settings.word_dropout) & (words > 1)
                inputs = (words.masked_fill(dropped, 1), *inputs[1:])
            optimiser.zero_grad()
            loss = network.loss(network(inputs, mask), mask, tags)
            (loss / len(tags)).backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), 5.0)
            optimiser.step()
            total += loss.item()
        network.eval()
        if log:
            log(epoch, network, vocabulary, total, time.perf_counter() - started)
    network.eval()
    return network, vocabulary


def main() -> int:
    import torch

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="a CoNLL file (ANERcorp's train.conll)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--dev-fraction", type=float, default=0.0,
                        help="hold out this last fraction of the sentences and score it after each epoch")
    parser.add_argument("--epochs", type=int, default=Settings.epochs)
    parser.add_argument("--hidden", type=int, default=Settings.hidden)
    parser.add_argument("--word-dropout", type=float, default=Settings.word_dropout)
    parser.add_argument("--checkpoints", type=int, nargs="*", default=[],
                        help="also write the network after these epochs (OUTPUT with -eN before its suffix)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--also-train", type=Path, nargs="*", default=[], metavar="CONLL",
                        help="more CoNLL files or folders of them to train the network on (not the CRFs)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[SEED],
                        help="train one network per seed; several are merged into one network averaging their scores")
    parser.add_argument("--stack", type=Path, metavar="FOLDER",
                        help="stack the network on the CRF: train the CRF on each half of the documents in FOLDER "
                             "(kept there, reused when present), and read its marginals of the other half")
    parser.add_argument("--dev-crf", type=Path, help="with --stack and --dev-fraction: the CRF that gives the dev "
                        "split's marginals (trained on the same training sentences; default FOLDER/crf_all.npz)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    sentences = read_sentences(args.train)
    held_out = int(len(sentences) * args.dev_fraction)
    nlp = tokenizer()
    groups = document_groups(sentences[:len(sentences) - held_out], GROUP)
    dev_groups = document_groups(sentences[len(sentences) - held_out:], GROUP) if held_out else []
    if args.stack:
        folds = fold_models(groups, args.stack, dev_crf=args.dev_crf if held_out else None,
                            train_dev_crf=bool(held_out) and args.dev_crf is None)
        half = (len(groups) + 1) // 2
        documents = [document_items(document, nlp, folds[1] if index < half else folds[0])
                     for index, document in enumerate(groups)]
        dev = [document_items(document, nlp, folds[2]) for document in dev_groups]
    else:
        documents = [document_items(document, nlp) for document in groups]
        dev = [document_items(document, nlp) for document in dev_groups]
    for path in args.also_train:  # more training text, never seen by the fold CRFs: either gives its marginals
        documents += [document_items(document, nlp, folds[0] if args.stack else None)
                      for file in (sorted(path.glob("*.conll")) if path.is_dir() else [path])
                      for document in document_groups(read_sentences(file), GROUP)]
    settings = Settings(epochs=args.epochs, hidden=args.hidden, word_dropout=args.word_dropout, extra=len(LABELS) if args.stack else 0)

    def log(epoch, network, vocabulary, loss, seconds):
        line = f"epoch {epoch + 1}: loss {loss:.0f}, {seconds:.0f} s"
        if dev:
            encoded = [encode(item, vocabulary, item.extra) for items in dev for item in items]
            transitions = network.transitions.detach().numpy()
            with torch.no_grad():
                paths = [viterbi(scores, transitions) for scores in emissions_of(network, encoded)]
            gold = [item.tags for items in dev for item in items]
            line += ", dev (our tokens, no consistency) P %.3f R %.3f F1 %.3f" % entity_scores(
                gold, [[LABELS[label] for label in path] for path in paths])
        print(line, file=sys.stderr, flush=True)
        if epoch + 1 in args.checkpoints:
            export([network], vocabulary, LABELS, args.output.with_name(f"{args.output.stem}-e{epoch + 1}{args.output.suffix}"))

    started = time.perf_counter()
    trained = [train(documents, settings, log, seed) for seed in args.seeds]
    export([network for network, _ in trained], trained[0][1], LABELS, args.output)
    print(f"trained on {sum(map(len, documents))} sentences in {time.perf_counter() - started:.0f} s -> {args.output} "
          f"({args.output.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


def _train_crf_file(job: tuple[list, Path]) -> Path:
    sentences, path = job
    if not path.is_file():
        train_crf(sentences, path, 0.1, 0.05, 150)  # the shipped CRF's settings (make train-ner)
    return path


def fold_models(groups: list, folder: Path, dev_crf: Path | None = None, train_dev_crf: bool = False) -> list:
    """The CRFs of a stacked network: trained on the first and on the second half of the documents
    (two processes at once; files kept in `folder` and reused), and the CRF for the dev split's
    marginals (`dev_crf`, or one trained on all the documents with `train_dev_crf`), else None."""
    from concurrent.futures import ProcessPoolExecutor

    folder.mkdir(parents=True, exist_ok=True)
    half = (len(groups) + 1) // 2
    flat = [[sentence for document in part for sentence in document] for part in (groups[:half], groups[half:])]
    jobs = [(flat[0], folder / "crf_first_half.npz"), (flat[1], folder / "crf_second_half.npz")]
    if train_dev_crf:
        jobs.append((flat[0] + flat[1], folder / "crf_all.npz"))
    with ProcessPoolExecutor(2) as pool:
        paths = list(pool.map(_train_crf_file, jobs))
    models = [CrfModel.load(path) for path in paths[:2]]
    if dev_crf is not None or train_dev_crf:
        return [*models, CrfModel.load(dev_crf or paths[2])]
    return [*models, None]


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    found, label, first = set(), None, 0
    for position, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        prefix = {"S": "B", "E": "I"}.get(prefix, prefix)
        if label is not None and (prefix != "I" or kind != label):
            found.add((first, position, label))
            label = None
        if prefix in ("B", "I") and label is None:
            label, first = kind, position
    return found


def entity_scores(gold: list[list[str]], predicted: list[list[str]]) -> tuple[float, float, float]:
    """Exact-match entity P, R, F1 over our tokens (a quick view; the figures of models/README.md
    are conlleval's over the CoNLL tokens, through the pipeline)."""
    hits = found = wanted = 0
    for gold_tags, tags in zip(gold, predicted):
        expected, got = _spans(gold_tags), _spans(tags)
        hits, found, wanted = hits + len(expected & got), found + len(got), wanted + len(expected)
    precision, recall = hits / max(found, 1), hits / max(wanted, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


if __name__ == "__main__":
    sys.exit(main())
