"""The neural NER (extract/ner/nn.py): its numpy forward pass is the network PyTorch trains (checked
against PyTorch where it is installed), its batched BiLSTM equals a plain per-sentence loop, and its
backends run through the pipeline with the offsets kept."""

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from extract import Pipeline, read_text
from extract.ner.crf import ChainDecoder
from extract.ner.nn import MAX_CHARS, EnsembleModel, NnModel, merged_network, static_features

ROOT = Path(__file__).resolve().parent.parent
TOKENIZER = Pipeline(components=["normalize", "tokenize"])
LABELS = ["O", "B-LOC", "E-LOC", "I-LOC", "S-LOC", "B-PER", "E-PER", "I-PER", "S-PER"]
SENTENCES = ["وصل الرئيس الكيني وليام روتو إلى نيروبي مساء أمس.",
             "قالت الشركة إن المصنع الجديد في مدينة ليون سيفتح أبوابه في الربيع.",
             "فاز الفريق بثلاثة أهداف."]


def _sentences(text):
    doc = TOKENIZER.process(read_text(text))
    return doc, [tokens for tokens in doc.sentence_tokens() if tokens]


def _random_model(hidden=5, seed=0, extra=0):
    """A small network with random weights over a vocabulary of a few stems, features and letters
    (`extra`: the inputs of a stacked network beyond the word's own)."""
    rng = np.random.default_rng(seed)
    strings = {"labels": LABELS, "words": ["الرئيس", "روتو", "نيروبي"], "features": ["L=O", "in=given", "k=arabic"],
               "chars": list("اأإبتثجحخدرزسشصضطظعغفقكلمنهوي")}
    words, features, chars, filters = 3, 4, 3, 6
    inputs = words + features + filters + 33 + extra
    arrays = {"transitions": rng.normal(size=(len(LABELS), len(LABELS))),
              "word_embeddings": rng.normal(size=(len(strings["words"]) + 2, words)),
              "feature_embeddings": rng.normal(size=(len(strings["features"]) + 1, features)),
              "char_embeddings": rng.normal(size=(len(strings["chars"]) + 2, chars)),
              "conv_weights": rng.normal(size=(filters, chars, 3)), "conv_bias": rng.normal(size=filters),
              "output_weights": rng.normal(size=(len(LABELS), 2 * hidden + extra)), "output_bias": rng.normal(size=len(LABELS))}
    for direction in ("forward", "backward"):
        arrays[f"{direction}_input"] = rng.normal(size=(4 * hidden, inputs)) * 0.3
        arrays[f"{direction}_hidden"] = rng.normal(size=(4 * hidden, hidden)) * 0.3
        arrays[f"{direction}_bias"] = rng.normal(size=4 * hidden)
    arrays["word_embeddings"][0] = arrays["feature_embeddings"][0] = arrays["char_embeddings"][0] = 0.0
    return NnModel(strings, arrays), strings


def _plain_lstm(inputs, weights_in, weights_hidden, bias):
    """One direction of an LSTM over one sentence, step by step (PyTorch's gate order i, f, g, o)."""
    size = weights_hidden.shape[1]
    hidden, cell, outputs = np.zeros(size), np.zeros(size), []
    for vector in inputs:
        gates = weights_in @ vector + weights_hidden @ hidden + bias
        i, f = 1 / (1 + np.exp(-gates[:size])), 1 / (1 + np.exp(-gates[size:2 * size]))
        g, o = np.tanh(gates[2 * size:3 * size]), 1 / (1 + np.exp(-gates[3 * size:]))
        cell = f * cell + i * g
        hidden = o * np.tanh(cell)
        outputs.append(hidden)
    return np.array(outputs)


def test_sentences_run_together_get_the_scores_of_a_plain_loop_over_each_alone():
    model, _ = _random_model()
    doc, sentences = _sentences(" ".join(SENTENCES))
    assert len(sentences) == 3 and len({len(tokens) for tokens in sentences}) == 3  # padding is exercised
    lexicons = [["O"] * len(tokens) for tokens in sentences]
    together = model.state_scores(sentences, lexicons)
    arrays = model.arrays
    expected = []
    for tokens in sentences:
        inputs = model.form_inputs([(token.norm, token.kind) for token in tokens])
        inputs[:, 3:7] += arrays["feature_embeddings"][model.feature_ids["L=O"]]  # every token's lexicon tag
        forward = _plain_lstm(inputs, arrays["forward_input"], arrays["forward_hidden"], arrays["forward_bias"])
        backward = _plain_lstm(inputs[::-1], arrays["backward_input"], arrays["backward_hidden"],
                               arrays["backward_bias"])[::-1]
        states = np.concatenate([forward, backward], axis=1)
        expected.append(states @ arrays["output_weights"].T + arrays["output_bias"])
    np.testing.assert_allclose(together, np.concatenate(expected), rtol=1e-4, atol=1e-4)


def test_the_character_cnn_is_a_plain_width_three_convolution_with_max_pooling():
    model, strings = _random_model()
    word = "نيروبي"
    ids = [strings["chars"].index(char) + 2 for char in word]
    embedded = model.arrays["char_embeddings"][ids]
    padded = np.vstack([np.zeros((1, embedded.shape[1])), embedded, np.zeros((1, embedded.shape[1]))])
    weights, bias = model.arrays["conv_weights"], model.arrays["conv_bias"]
    convolved = [bias + sum(weights[:, :, k] @ padded[position + k] for k in range(3)) for position in range(len(word))]
    expected = np.maximum(np.array(convolved), 0).max(axis=0)
    chars = np.zeros((1, MAX_CHARS), dtype=np.intp)
    chars[0, :len(ids)] = ids
    np.testing.assert_allclose(model.char_cnn(chars)[0], expected, rtol=1e-5, atol=1e-5)


def test_a_saved_model_loads_with_the_same_scores(tmp_path):
    model, strings = _random_model()
    model.save(tmp_path / "model.npz", strings)
    loaded = NnModel.load(tmp_path / "model.npz")
    _, sentences = _sentences(SENTENCES[0])
    lexicons = [["O"] * len(tokens) for tokens in sentences]
    np.testing.assert_allclose(loaded.state_scores(sentences, lexicons), model.state_scores(sentences, lexicons),
                               rtol=1e-6)
    assert loaded.labels == LABELS


def test_the_letters_of_a_word_are_no_static_feature():
    features = static_features("نيروبي", "arabic")
    assert "k=arabic" in features
    assert not [feature for feature in features if feature.startswith(("w=", "s=", "p1=", "x3="))]


def test_the_ensemble_adds_the_two_models_scores_and_transitions():
    first, _ = _random_model(seed=1)
    second, _ = _random_model(seed=2)
    ensemble = EnsembleModel(first, second, 0.5)
    _, sentences = _sentences(SENTENCES[1])
    lexicons = [["O"] * len(tokens) for tokens in sentences]
    np.testing.assert_allclose(ensemble.state_scores(sentences, lexicons),
                               first.state_scores(sentences, lexicons) + 0.5 * second.state_scores(sentences, lexicons))
    np.testing.assert_allclose(ensemble.transitions, first.transitions + 0.5 * second.transitions)
    assert isinstance(ensemble, ChainDecoder)


@pytest.mark.parametrize("extra", [0, 4])
def test_networks_merged_into_one_give_the_mean_of_their_scores_and_transitions(extra):
    networks = [_random_model(seed=seed, extra=extra)[0] for seed in (1, 2, 3)]
    merged = merged_network(networks, _random_model()[1])
    _, sentences = _sentences(" ".join(SENTENCES))
    lexicons = [["O"] * len(tokens) for tokens in sentences]
    inputs = np.random.default_rng(4).random((sum(map(len, sentences)), extra)) if extra else None
    expected = sum(network.state_scores(sentences, lexicons, None, inputs) for network in networks) / 3
    np.testing.assert_allclose(merged.state_scores(sentences, lexicons, None, inputs), expected, rtol=1e-4, atol=1e-4)
    np.testing.assert_allclose(merged.transitions, sum(network.transitions for network in networks) / 3, rtol=1e-5)
    assert merged.hidden == 3 * networks[0].hidden and merged.extra_size == extra


def test_an_ensemble_of_models_with_other_labels_is_refused():
    first, _ = _random_model()
    other, _ = _random_model()
    other.labels = list(reversed(other.labels))
    with pytest.raises(ValueError, match="labels"):
        EnsembleModel(first, other, 1.0)


def _train_nn():
    spec = importlib.util.spec_from_file_location("train_nn", ROOT / "scripts" / "train_nn.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_nn"] = module
    spec.loader.exec_module(module)
    return module


def test_the_numpy_forward_gives_the_torch_networks_scores_and_tags(tmp_path):
    torch = pytest.importorskip("torch")
    train_nn = _train_nn()
    doc, sentences = _sentences(" ".join(SENTENCES))
    items = train_nn.sentence_items(doc, ["O"] * len(doc.tokens))
    vocabulary = train_nn.Vocabulary.build([items])
    torch.manual_seed(3)
    network = train_nn.Network(vocabulary, len(LABELS), train_nn.Settings(hidden=8, word_size=6, feature_size=5,
                                                                          char_size=4, filters=7))
    with torch.no_grad():  # random transitions, so that decoding reads them
        network.transitions.normal_()
    network.eval()
    path = tmp_path / "nn.npz"
    train_nn.export([network], vocabulary, LABELS, path)
    model = NnModel.load(path)
    encoded = [train_nn.encode(item, vocabulary, None) for item in items]
    with torch.no_grad():
        theirs = [scores for scores in train_nn.emissions_of(network, encoded)]
    lexicons = [train_nn.lexicon_of(item) for item in items]
    ours = model.state_scores(sentences, lexicons)
    np.testing.assert_allclose(ours, np.concatenate(theirs), rtol=1e-4, atol=1e-4)
    paths = model.viterbi(ours, [len(tokens) for tokens in sentences])
    transitions = network.transitions.detach().numpy()
    assert paths == [[LABELS[label] for label in train_nn.viterbi(scores, transitions)] for scores in theirs]


@pytest.mark.parametrize("backend", ["nn", "lexicon+nn", "crf+nn", "lexicon+crf+nn"])
def test_the_neural_backends_keep_offsets(backend):
    from extract.ner.registry import nn_model_path

    try:
        nn_model_path()
    except Exception:
        pytest.skip("no neural NER model shipped")
    text = "  وقال الرئيس الكيني وليام روتو،  في نيروبي: «سنفتح الحدود»\n\nوأضاف  أن شركة سفاريكوم ستستثمر."
    doc = Pipeline(components=["normalize", "tokenize", {"name": "ner", "backend": backend}]).process(read_text(text))
    assert doc.entities and all(text[span.start:span.end] == span.text for span in doc.entities)
    assert {span.label for span in doc.entities} <= {"PER", "LOC", "ORG", "MISC"}


def test_forms_past_the_cache_tables_first_size_score_as_in_a_fresh_model():
    model, _ = _random_model()
    fresh, _ = _random_model()
    model._form_table = model._form_table[:2]  # the table grows while a document's new forms are added
    _, sentences = _sentences(" ".join(SENTENCES))
    lexicons = [["O"] * len(tokens) for tokens in sentences]
    np.testing.assert_allclose(model.state_scores(sentences, lexicons), fresh.state_scores(sentences, lexicons),
                               rtol=1e-6)


def test_forms_whose_projections_were_dropped_score_again_from_their_kept_features(monkeypatch):
    import extract.ner.nn as nn_module

    model, _ = _random_model()
    fresh, _ = _random_model()
    monkeypatch.setattr(nn_module, "FORM_CACHE_SIZE", 4)  # every sentence empties the projections' cache
    _, sentences = _sentences(" ".join(SENTENCES))
    lexicons = [["O"] * len(tokens) for tokens in sentences]
    for tokens, lexicon in zip(sentences, lexicons):
        model.state_scores([tokens], [lexicon])
    assert len(model._static) == len({(token.norm, token.kind) for tokens in sentences for token in tokens})
    np.testing.assert_allclose(model.state_scores(sentences, lexicons), fresh.state_scores(sentences, lexicons),
                               rtol=1e-6)


def test_a_document_scored_in_blocks_of_sentences_gets_the_scores_of_one_pass(monkeypatch):
    import extract.ner.crf as crf_module

    model, _ = _random_model()
    _, sentences = _sentences(" ".join(SENTENCES * 3))
    lexicons = [["O"] * len(tokens) for tokens in sentences]
    whole = model.state_scores(sentences, lexicons)
    monkeypatch.setattr(crf_module, "SENTENCE_BLOCK", 2)
    np.testing.assert_allclose(model.state_scores(sentences, lexicons), whole, rtol=1e-4, atol=1e-4)


def test_a_stacked_networks_numpy_forward_gives_the_torch_scores_with_the_crfs_marginals(tmp_path):
    torch = pytest.importorskip("torch")
    train_nn = _train_nn()
    doc, sentences = _sentences(" ".join(SENTENCES))
    items = train_nn.sentence_items(doc, ["O"] * len(doc.tokens))
    vocabulary = train_nn.Vocabulary.build([items])
    rng = np.random.default_rng(4)
    for item in items:  # marginals as a CRF would give them: rows that sum to one
        values = rng.random((len(item.tokens), len(train_nn.LABELS)))
        item.extra = (values / values.sum(axis=1, keepdims=True)).astype(np.float32)
    torch.manual_seed(5)
    network = train_nn.Network(vocabulary, len(train_nn.LABELS),
                               train_nn.Settings(hidden=6, word_size=4, feature_size=5, char_size=3, filters=4,
                                                 extra=len(train_nn.LABELS)))
    network.eval()
    train_nn.export([network], vocabulary, train_nn.LABELS, tmp_path / "stacked.npz")
    model = NnModel.load(tmp_path / "stacked.npz")
    assert model.extra_size == len(train_nn.LABELS)
    with torch.no_grad():
        theirs = train_nn.emissions_of(network, [train_nn.encode(item, vocabulary, item.extra) for item in items])
    ours = model.state_scores(sentences, [item.lexicon for item in items],
                              extra=np.concatenate([item.extra for item in items]))
    np.testing.assert_allclose(ours, np.concatenate(theirs), rtol=1e-4, atol=1e-4)
