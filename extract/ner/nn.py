"""A neural NER learned from ANERcorp: a BiLSTM-CRF over our tokens, run with numpy alone.

The model (extract/data/ner_nn.npz, built by `make train-nn`, scripts/train_nn.py with PyTorch) reads
each token as four parts: an embedding of its clitic-stripped stem (the train split's stems seen
twice or more), the sum of embeddings of its discrete CRF features other than the word's own
letters (word lists, gazetteer, clusters, frequency, corpus contexts; extract.ner.crf.word_features)
and of the lexicon's tag and the multi-word name matches, a character CNN over its normalized form,
and the stem's reduced floret vector (extract/data/word_vectors_ar.npz). A one-layer BiLSTM reads the
sentence and a linear layer gives each token's label scores, decoded over the model's transition
matrix by the CRF's own decoder (extract.ner.crf.ChainDecoder), with the same document consistency.

A word's part of the LSTM's input projection depends on its form alone and is cached per form, so
tagging costs a few array operations per token and position; all of a document's sentences run
through the LSTM together, padded, one step per position.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    import numpy as np

from extract.document import Document, Span, Token
from extract.ner.crf import ChainDecoder, _prefetch_word_lists, _stems, gazetteer_matches, indexed_features, stem_vector, word_features

NN_MODEL_RESOURCE = "ner_nn.npz"
# The CRF features the network reads are these less the word's own letters, which the character
# CNN and the stem embedding see instead.
LETTER_FEATURES = ("w=", "s=", "b=", "p1=", "p2=", "p3=", "x1=", "x2=", "x3=", "bx2=", "bp2=")
# Characters of a form the character CNN reads (its start: prefixes matter more than the tail).
MAX_CHARS = 12
FORM_CACHE_SIZE = 20_000  # word forms whose input projections a model keeps (8 x hidden floats: 64 MB at 100)
STATIC_CACHE_SIZE = 100_000  # word forms whose static feature ids a model keeps (about 20 MB)
ARRAYS = ("transitions", "word_embeddings", "feature_embeddings", "char_embeddings", "conv_weights", "conv_bias",
          "forward_input", "forward_hidden", "forward_bias", "backward_input", "backward_hidden", "backward_bias",
          "output_weights", "output_bias")
STRINGS = ("labels", "words", "features", "chars")


def static_features(norm: str, kind: str) -> list[str]:
    """The CRF features of a word form that the network reads (its own view, letters left out)."""
    return [feature for feature in word_features(norm, kind)[0] if not feature.startswith(LETTER_FEATURES)]


def dynamic_features(sentence: Sequence[Token], lexicon: Sequence[str],
                     name_starts: Sequence[int] | None = None) -> list[list[str]]:
    """Each token's features that depend on more than its form: the lexicon's tag, the name matches."""
    found = [[f"L={tag}"] for tag in lexicon]
    for position, feature in gazetteer_matches(sentence, name_starts):
        found[position].append(feature)
    return found


def _sigmoid(values):
    import numpy as np

    return 0.5 * (1.0 + np.tanh(0.5 * values))


class NnModel(ChainDecoder):
    """The BiLSTM-CRF's weights, a per-form cache of input projections, and the numpy forward pass."""

    def __init__(self, strings: dict[str, list[str]], arrays: dict[str, "np.ndarray"]):
        import numpy as np

        self.labels = strings["labels"]
        self.transitions = np.asarray(arrays["transitions"], dtype=np.float64)
        self._exp_transitions = None
        self.arrays = {name: np.asarray(value, dtype=np.float32) for name, value in arrays.items()}
        self.word_ids = {word: index + 2 for index, word in enumerate(strings["words"])}  # 0 padding, 1 unknown
        self.feature_ids = {feature: index + 1 for index, feature in enumerate(strings["features"])}  # 0 padding
        self.char_ids = {char: index + 2 for index, char in enumerate(strings["chars"])}
        self.hidden = self.arrays["forward_hidden"].shape[1]
        word_size = self.arrays["word_embeddings"].shape[1]
        feature_size = self.arrays["feature_embeddings"].shape[1]
        # The input is [stem embedding, feature sum, character CNN, stem vector and its flag]; both
        # directions' input weights side by side, (input x 8 hidden), and their biases.
        self._input = np.concatenate([self.arrays["forward_input"].T, self.arrays["backward_input"].T], axis=1)
        self._bias = np.concatenate([self.arrays["forward_bias"], self.arrays["backward_bias"]])
        # Inputs past the word's own (a stacked network's: the CRF's marginals), and how many of them.
        self._own_size = word_size + feature_size + self.arrays["conv_weights"].shape[0] + 33
        self.extra_size = self._input.shape[0] - self._own_size
        # A feature's contribution to the projection, for the features added per token (lexicon tag, matches).
        self._feature_projection = self.arrays["feature_embeddings"] @ self._input[word_size:word_size + feature_size]
        self._forms: dict[tuple[str, str], int] = {}
        self._static: dict[tuple[str, str], tuple[int, ...]] = {}
        self._form_table = np.zeros((1024, 8 * self.hidden), dtype=np.float32)

    @classmethod
    def load(cls, path) -> "NnModel":
        import numpy as np

        with np.load(str(path)) as data:
            strings = {name: data[name].tobytes().decode("utf-8").split("\n") for name in STRINGS}
            arrays = {name: data[name] for name in ARRAYS}
        for name in ("words", "features", "chars"):
            strings[name] = [item for item in strings[name] if item] if strings[name] != [""] else []
        return cls(strings, arrays)

    def save(self, path, strings: dict[str, list[str]]) -> None:
        """Write the model's arrays (float32) and its vocabularies (training only)."""
        import numpy as np

        blobs = {name: np.frombuffer("\n".join(strings[name]).encode("utf-8"), dtype=np.uint8) for name in STRINGS}
        with open(path, "wb") as handle:
            np.savez_compressed(handle, **blobs, **{name: self.arrays[name].astype(np.float32) for name in ARRAYS})

    def form_inputs(self, forms: Sequence[tuple[str, str]]):
        """(forms x input) network input of word forms: stem embedding, static feature sum, character
        CNN, stem vector (the part of a token's input that depends on its form alone)."""
        import numpy as np

        arrays = self.arrays
        stems = [self.word_ids.get(_stems(norm, kind)[-1], 1) for norm, kind in forms]
        words = arrays["word_embeddings"][stems]
        features = np.zeros((len(forms), arrays["feature_embeddings"].shape[1]), dtype=np.float32)
        for row, ids in enumerate(self._static_ids(forms)):
            if ids:
                features[row] = arrays["feature_embeddings"][list(ids)].sum(axis=0)
        chars = np.zeros((len(forms), MAX_CHARS), dtype=np.intp)
        for row, (norm, _) in enumerate(forms):
            chars[row, :min(len(norm), MAX_CHARS)] = [self.char_ids.get(char, 1) for char in norm[:MAX_CHARS]]
        vectors = np.zeros((len(forms), 33), dtype=np.float32)
        for row, (norm, kind) in enumerate(forms):
            vector = stem_vector(norm, kind)
            if vector is not None:
                vectors[row, :32] = vector
                vectors[row, 32] = 1.0
        return np.concatenate([words, features, self.char_cnn(chars), vectors], axis=1)

    def _static_ids(self, forms: Sequence[tuple[str, str]]) -> list[tuple[int, ...]]:
        """The ids of the forms' static features, kept for more forms than their projections are
        (computing the features is most of a new form's cost; a projection is cheap to redo)."""
        if len(self._static) + len(forms) > STATIC_CACHE_SIZE:
            self._static = {}
        missing = [form for form in dict.fromkeys(forms) if form not in self._static]
        if missing:
            _prefetch_word_lists(missing)  # the word lists' binary searches for all the forms at once
            for norm, kind in missing:
                self._static[norm, kind] = tuple(self.feature_ids[feature] for feature in static_features(norm, kind)
                                                 if feature in self.feature_ids)
        return [self._static[form] for form in forms]

    def char_cnn(self, chars):
        """(forms x filters): width-3 convolution over the character embeddings, ReLU, max over the
        form's characters (zero-padded as in training)."""
        import numpy as np

        embedded = self.arrays["char_embeddings"][chars]  # forms x chars x dimensions
        weights = self.arrays["conv_weights"]  # filters x dimensions x 3
        padded = np.pad(embedded, ((0, 0), (1, 1), (0, 0)))
        out = self.arrays["conv_bias"] + sum(padded[:, offset:offset + MAX_CHARS] @ weights[:, :, offset].T
                                             for offset in range(3))
        out = np.maximum(out, 0.0)
        out[chars == 0] = 0.0
        return out.max(axis=1)

    def _form_rows(self, forms: Sequence[tuple[str, str]]) -> list[int]:
        """The rows of the forms' cached input projections, computed together for the new ones."""
        import numpy as np

        if len(self._forms) + len(forms) > FORM_CACHE_SIZE:
            self._forms = {}
        new = list(dict.fromkeys(form for form in forms if form not in self._forms))
        if new:
            first = len(self._forms)
            if first + len(new) > len(self._form_table):
                grown = np.zeros((max(len(self._form_table), len(new)), self._form_table.shape[1]), dtype=np.float32)
                self._form_table = np.concatenate([self._form_table, grown])
            self._form_table[first:first + len(new)] = self.form_inputs(new) @ self._input[:self._own_size] + self._bias
            self._forms.update(zip(new, range(first, first + len(new))))
        return [self._forms[form] for form in forms]

    def state_scores(self, sentences: Sequence[Sequence[Token]], lexicons: Sequence[Sequence[str]],
                     name_starts: Sequence[int] | None = None, extra=None):
        """(tokens x labels) emission scores of all sentences' tokens, in order. `extra`: the
        (tokens x extra_size) further inputs of a stacked network (StackedModel gives them)."""
        import numpy as np

        from extract.ner.crf import sentence_blocks

        # A block of sentences at a time: the (tokens x 8 hidden) projections of a whole long
        # document would not fit in memory.
        found = [self._block_scores(sentences[first:end], lexicons[first:end], name_starts,
                                    None if extra is None else extra[low:high])
                 for first, end, low, high in sentence_blocks([len(sentence) for sentence in sentences])]
        return np.concatenate(found) if found else np.zeros((0, len(self.labels)))

    def _block_scores(self, sentences: Sequence[Sequence[Token]], lexicons: Sequence[Sequence[str]],
                      name_starts: Sequence[int] | None, extra):
        import numpy as np

        tokens = [token for sentence in sentences for token in sentence]
        rows = self._form_rows([(token.norm, token.kind) for token in tokens])  # may grow the table: first
        projected = self._form_table[rows]
        positions, ids = indexed_features(
            sentences, lambda sentence, number: ((position, feature) for position, features
                                                 in enumerate(dynamic_features(sentence, lexicons[number], name_starts))
                                                 for feature in features),
            self.feature_ids)
        if ids:
            # Most tokens have one such feature (their lexicon tag): added at once, the rest one by one
            # (np.add.at, the only way to add twice to one row, was a fifth of the tagging time).
            positions_array, ids_array = np.asarray(positions), np.asarray(ids)
            first_seen = np.ones(len(positions_array), dtype=bool)
            first_seen[1:] = positions_array[1:] != positions_array[:-1]
            projected[positions_array[first_seen]] += self._feature_projection[ids_array[first_seen]]
            for position, found in zip(positions_array[~first_seen].tolist(), ids_array[~first_seen].tolist()):
                projected[position] += self._feature_projection[found]
        if self.extra_size:
            extra = np.asarray(extra, dtype=np.float32)
            projected += extra @ self._input[self._own_size:]
        states = self._bilstm(projected, [len(sentence) for sentence in sentences])
        weights = self.arrays["output_weights"]
        scores = states @ weights[:, :2 * self.hidden].T + self.arrays["output_bias"]
        if weights.shape[1] > 2 * self.hidden:  # the extra inputs go to the output layer too
            scores += extra @ weights[:, 2 * self.hidden:].T
        return scores.astype(np.float64)

    def _bilstm(self, projected, lengths: Sequence[int]):
        """(tokens x 2 hidden) outputs of both directions, every sentence run at once over positions."""
        import numpy as np

        size = 4 * self.hidden
        lengths_array = np.asarray(lengths)
        # Longest sentence first, so that the sentences still running at a position are a leading slice.
        order = np.argsort(-lengths_array, kind="stable")
        sorted_lengths = lengths_array[order]
        longest, count = int(lengths_array.max()), len(lengths)
        running = np.searchsorted(-sorted_lengths, -np.arange(longest), side="left").tolist()
        starts = np.concatenate([[0], np.cumsum(lengths_array)[:-1]])
        # rows[position, row]: the token at `position` of the sentence in sorted row `row` (forward
        # order), or -1 past its end; the backward direction reads each sentence reversed.
        offsets = np.arange(longest)[:, None]
        sorted_starts = starts[order][None, :]
        sorted_ends = sorted_lengths[None, :]
        inside = offsets < sorted_ends
        forward_rows = np.where(inside, sorted_starts + offsets, -1)
        backward_rows = np.where(inside, sorted_starts + sorted_ends - 1 - offsets, -1)
        outputs = np.zeros((len(projected), 2 * self.hidden), dtype=np.float32)
        unit = self.hidden
        for direction, rows in enumerate((forward_rows, backward_rows)):
            recurrent = self.arrays["forward_hidden" if direction == 0 else "backward_hidden"].T
            # Every position's input gates gathered at once (positions x sentences x 4 hidden).
            gates_in = projected[:, direction * size:(direction + 1) * size][np.maximum(rows, 0)]
            states = np.zeros((longest, count, unit), dtype=np.float32)
            hidden = np.zeros((count, unit), dtype=np.float32)
            cell = np.zeros((count, unit), dtype=np.float32)
            for position in range(longest):
                active = running[position]
                gates = gates_in[position, :active] + hidden[:active] @ recurrent
                squashed = _sigmoid(gates)  # i, f and o; the g gate's tanh below
                cell[:active] = squashed[:, unit:2 * unit] * cell[:active] + squashed[:, :unit] * np.tanh(
                    gates[:, 2 * unit:3 * unit])
                hidden[:active] = squashed[:, 3 * unit:] * np.tanh(cell[:active])
                states[position, :active] = hidden[:active]
            outputs[rows[inside], direction * unit:(direction + 1) * unit] = states[inside]
        return outputs


class EnsembleModel(ChainDecoder):
    """The CRF and the network together: their state scores and transitions added, the network's
    weighted (a choice made on the dev split, models/README.md)."""

    def __init__(self, crf: ChainDecoder, network: NnModel, weight: float):
        import numpy as np

        if list(crf.labels) != list(network.labels):
            raise ValueError("the CRF and the network must share their labels, in one order")
        self.crf, self.network, self.weight = crf, network, weight
        self.labels = list(crf.labels)
        self.transitions = np.asarray(crf.transitions) + weight * network.transitions
        self._exp_transitions = None

    def state_scores(self, sentences: Sequence[Sequence[Token]], lexicons: Sequence[Sequence[str]],
                     name_starts: Sequence[int] | None = None):
        return (self.crf.state_scores(sentences, lexicons, name_starts)
                + self.weight * self.network.state_scores(sentences, lexicons, name_starts))


class StackedModel(ChainDecoder):
    """A network stacked on the CRF: the CRF's label marginals (with document consistency) are
    inputs of the network, whose scores are decoded over its own transitions."""

    def __init__(self, crf: ChainDecoder, network: NnModel):
        if list(crf.labels) != list(network.labels) or network.extra_size != len(crf.labels):
            raise ValueError("a stacked network reads the CRF's marginals: the same labels, in one order")
        self.crf, self.network = crf, network
        self.labels = list(network.labels)
        self.transitions = network.transitions
        self._exp_transitions = None

    def state_scores(self, sentences: Sequence[Sequence[Token]], lexicons: Sequence[Sequence[str]],
                     name_starts: Sequence[int] | None = None):
        return self.network.state_scores(sentences, lexicons, name_starts,
                                         crf_marginals(self.crf, sentences, lexicons, name_starts))


def crf_marginals(crf: ChainDecoder, sentences: Sequence[Sequence[Token]], lexicons: Sequence[Sequence[str]],
                  name_starts: Sequence[int] | None = None):
    """(tokens x labels) marginals of the CRF's document-consistent scores (what a stacked network reads)."""
    import numpy as np

    from extract.ner.crf import document_scores, sentence_blocks

    scores = document_scores(crf, sentences, crf.state_scores(sentences, lexicons, name_starts))
    lengths = [len(sentence) for sentence in sentences]
    return np.concatenate([table for first, end, low, high in sentence_blocks(lengths)
                           for table in crf.sentence_marginals(scores[low:high], lengths[first:end])])


@lru_cache(maxsize=4)
def load_nn_model(path: str) -> NnModel:
    return NnModel.load(path)


# The network's share of the scores in crf+nn (the CRF's is 1), chosen on the dev split (models/README.md).
ENSEMBLE_WEIGHT = 1.0


def nn_entities_function(path: str | None = None, with_crf: bool = False,
                         lexicon: Callable[[Document], list[Span]] | None = None,
                         combine: Callable[..., list[Span]] | None = None) -> Callable[[Document], list[Span]]:
    """The network's spans (or the CRF's and the network's together), decoded as the CRF's are; with
    `combine`, combined with the lexicon's by the CRF's rules (lexicon+crf)."""
    from extract.ner.crf import decoder_entities_function, load_model, model_path
    from extract.ner.registry import nn_model_path

    network = load_nn_model(str(nn_model_path(path)))
    model: ChainDecoder = network
    if network.extra_size:  # a stacked network needs the CRF whatever the backend's name says
        model = StackedModel(load_model(model_path()), network)
    elif with_crf:
        model = EnsembleModel(load_model(model_path()), network, ENSEMBLE_WEIGHT)
    return decoder_entities_function(model, lexicon, combine)


def merged_network(networks: Sequence[NnModel], strings: dict[str, list[str]]) -> NnModel:
    """One network whose scores and transitions are the mean of `networks`' (networks trained alike
    with other seeds, on one vocabulary): their embeddings side by side, their LSTMs and character
    filters as blocks of one wider LSTM and CNN, their output layers averaged. Run as one, the
    ensemble costs about what one network of its width does, not one pass per network."""
    import numpy as np

    first = networks[0]
    own = [network.arrays for network in networks]
    count, hidden = len(networks), first.hidden
    if any(network.hidden != hidden or network.extra_size != first.extra_size
           or network.labels != first.labels for network in networks):
        raise ValueError("merged networks must have one shape and one label set")
    sizes = [own[0][name].shape[1] for name in ("word_embeddings", "feature_embeddings")]
    filters, chars = own[0]["conv_weights"].shape[:2]
    merged = {name: np.concatenate([arrays[name] for arrays in own], axis=1)
              for name in ("word_embeddings", "feature_embeddings", "char_embeddings")}
    conv = np.zeros((count * filters, count * chars, 3), dtype=np.float32)
    for index, arrays in enumerate(own):
        conv[index * filters:(index + 1) * filters, index * chars:(index + 1) * chars] = arrays["conv_weights"]
    merged["conv_weights"] = conv
    merged["conv_bias"] = np.concatenate([arrays["conv_bias"] for arrays in own])
    # A network's input columns: [stem embedding, feature sum, CNN, stem vector + flag, extra]. In the
    # merged input, its own parts are its block of each of the first three; the last two are shared.
    widths = [sizes[0], sizes[1], filters]
    shared = own[0]["forward_input"].shape[1] - sum(widths)
    merged_inputs = count * sum(widths) + shared
    for direction in ("forward", "backward"):
        inputs = np.zeros((count * 4 * hidden, merged_inputs), dtype=np.float32)
        recurrent = np.zeros((count * 4 * hidden, count * hidden), dtype=np.float32)
        bias = np.zeros(count * 4 * hidden, dtype=np.float32)
        for index, arrays in enumerate(own):
            for gate in range(4):  # PyTorch's gate order i, f, g, o, each gate's units network by network
                rows = slice(gate * count * hidden + index * hidden, gate * count * hidden + (index + 1) * hidden)
                source = slice(gate * hidden, (gate + 1) * hidden)
                column, merged_column = 0, 0
                for width in widths:
                    target = merged_column + index * width
                    inputs[rows, target:target + width] = arrays[f"{direction}_input"][source, column:column + width]
                    column, merged_column = column + width, merged_column + count * width
                inputs[rows, merged_column:] = arrays[f"{direction}_input"][source, column:]
                recurrent[rows, index * hidden:(index + 1) * hidden] = arrays[f"{direction}_hidden"][source]
                bias[rows] = arrays[f"{direction}_bias"][source]
        merged[f"{direction}_input"], merged[f"{direction}_hidden"], merged[f"{direction}_bias"] = inputs, recurrent, bias
    # Merged states: [forward of each network, backward of each network], then the extra inputs.
    output = [arrays["output_weights"] / count for arrays in own]
    merged["output_weights"] = np.concatenate(
        [weights[:, :hidden] for weights in output] + [weights[:, hidden:2 * hidden] for weights in output]
        + ([sum(weights[:, 2 * hidden:] for weights in output)] if output[0].shape[1] > 2 * hidden else []), axis=1)
    merged["output_bias"] = sum(arrays["output_bias"] for arrays in own) / count
    merged["transitions"] = sum(arrays["transitions"] for arrays in own) / count
    return NnModel(strings, merged)
