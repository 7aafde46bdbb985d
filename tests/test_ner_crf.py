"""The CRF NER: the shipped model loads from the package, decodes as CRFsuite does, and its
combination with the lexicon follows the rules in extract/ner/crf.py."""

import os
import shutil
import subprocess
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import extract.ner.crf as crf
from extract import Pipeline, read_text
from extract.ner import crf as crf_module
from extract.ner.crf import (MODEL_RESOURCE, CrfModel, combine_with_crf, crf_entities_with_confidence, lexicon_tags, load_model,
                             model_path, sentence_features, span_tags, stem_vector, tags_to_spans, without_proclitic)

from conftest import assert_offsets, phrase_spans

ROOT = Path(__file__).resolve().parent.parent
TOKENIZER = Pipeline(components=["normalize", "tokenize"])


def _doc(text):
    return TOKENIZER.process(read_text(text))


def test_the_shipped_model_loads_through_importlib_resources():
    shipped = resources.files("extract.data").joinpath(MODEL_RESOURCE)
    assert shipped.is_file()
    model = load_model(model_path())
    assert Path(model_path()) == Path(str(shipped))
    assert {"O", "B-PER", "I-PER", "B-LOC", "B-ORG", "B-MISC"} <= set(model.labels)
    assert model.weights.shape == (len(model.index), len(model.labels))


def test_the_crf_backend_finds_names_it_was_never_given():
    # Names in none of the project's lists: the CRF reads them from their context.
    text = "وقال وزير الخارجية الأوغندي سام كوتيسا إن الوفد سيزور كمبالا الأسبوع المقبل."
    doc = Pipeline(components=["normalize", "tokenize", {"name": "ner", "backend": "crf"}]).process(read_text(text))
    found = {(span.text, span.label) for span in doc.entities}
    assert ("سام كوتيسا", "PER") in found
    assert all(text[span.start:span.end] == span.text for span in doc.entities)


def test_a_missing_model_file_says_how_to_build_it(tmp_path):
    from extract.ner import BackendUnavailable

    with pytest.raises(BackendUnavailable, match="make train-ner"):
        Pipeline(components=["normalize", "tokenize",
                             {"name": "ner", "backend": "crf", "model_dir": str(tmp_path / "none.npz")}])


def _toy_model():
    """A two-label model by hand: a listed given name is PER, and PER continues into a rare word."""
    labels = ["O", "B-PER", "I-PER"]
    attributes = ["in=given", "f=0", "-1:in=given", "BOS"]
    weights = [[0, 3, 0], [0, 0, 0.5], [0, 0, 2.0], [0.1, 0, 0]]
    transitions = [[0.5, 0, -5], [0, -1, 1], [0, 0, 0]]
    return CrfModel(labels, attributes, weights, transitions)


def test_viterbi_finds_the_best_path_of_a_hand_built_model(tmp_path):
    model = _toy_model()
    doc = _doc("وصل محمد زكوفريتش اليوم")
    tags = model.tag(doc.tokens)
    assert tags == ["O", "B-PER", "I-PER", "O"]
    path = tmp_path / "toy.npz"
    model.save(path)
    again = CrfModel.load(path)
    assert again.tag(doc.tokens) == tags and again.labels == model.labels
    assert np.allclose(again.transitions, model.transitions)


def test_viterbi_scores_match_the_feature_lists_crfsuite_is_trained_on():
    """The cached per-word scores add up to what the listed features give, token by token."""
    model = load_model(model_path())
    doc = _doc("وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن الاتحاد الأوروبي سيرد. وصل الوفد.")
    sentences = doc.sentence_tokens()
    lexicons = [["O"] * len(sentence) for sentence in sentences]
    scores = model.state_scores(sentences, lexicons)
    listed = np.concatenate([[model.score(item) for item in sentence_features(sentence, tags)]
                             for sentence, tags in zip(sentences, lexicons)])
    assert np.allclose(scores, listed, atol=1e-5)  # the table keeps float32 sums


def _same_weights(model):
    return CrfModel(model.labels, sorted(model.index, key=model.index.get), model.weights, model.transitions)


def test_a_frequent_word_scores_the_same_from_the_table_as_computed_live():
    """The shipped model's table of frequent words holds what the current features give: the same
    view scores, and so the same sentence scores, as a model of the same weights that computes
    every word on first sight."""
    model = load_model(model_path())
    assert model.table_size > 150_000
    live = _same_weights(model)
    assert not live.table_size
    words = [*map(model.table_form, range(300)), *map(model.table_form, range(model.table_size - 300, model.table_size)),
             "العالم", "النظام", "المدرب", "ولايه"]
    for word in words:
        row = model.table_row(word)
        assert row is not None and model.table_form(row) == word
        assert np.array_equal(model.table_views([row])[0], live.word_views(word, "arabic")), word
    doc = _doc("قال المدرب إن النظام في العالم تغير. وصل الوفد إلى ولاية الخرطوم.")
    sentences = doc.sentence_tokens()
    lexicons = [["O"] * len(sentence) for sentence in sentences]
    assert np.array_equal(model.state_scores(sentences, lexicons), live.state_scores(sentences, lexicons))


def test_the_table_follows_a_changed_word_list(tmp_path, monkeypatch):
    """The table is built on first use under the cache folder, keyed on the model file and the
    feature sources: with a word list changed (and so the key), the table is built again and gives
    the word its new feature; the stale table is removed."""
    from extract.ner import crf

    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(crf, "TABLE_WORDS", 200)
    path = tmp_path / "toy.npz"
    _toy_model().save(path)
    first = CrfModel.load(path)
    word = first.table_form(0)
    assert first.table_size == 200 and first.table_views([0])[0, 0, 1] == 0  # no in=given
    monkeypatch.setattr(crf, "_word_lists", lambda: {"given": frozenset([word])})
    assert CrfModel.load(path).table_views([0])[0, 0, 1] == 0  # the same key: the stored table
    monkeypatch.setattr(crf, "feature_sources_key", lambda: "changed")
    # What a new process whose lists changed would build; the test's own cache of the classes.
    monkeypatch.setattr(crf, "word_classes", lru_cache(maxsize=1)(crf.word_classes.__wrapped__))
    again = CrfModel.load(path)
    assert again.table_form(0) == word and again.table_views([0])[0, 0, 1] == 3  # in=given's B-PER weight
    assert np.array_equal(again.table_views([0])[0], _toy_model().word_views(word, "arabic"))
    assert sorted(file.name.split("-table-")[1] for file in (tmp_path / "cache").glob("toy.npz-*-table-*")) == [
        "changed-forms.npy", "changed-views.npy"]


def test_a_cache_that_cannot_be_written_scores_every_word_live(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(blocked / "cache"))
    path = tmp_path / "toy.npz"
    _toy_model().save(path)
    model = CrfModel.load(path)
    assert not model.table_size
    assert model.tag(_doc("وصل محمد زكوفريتش اليوم").tokens) == ["O", "B-PER", "I-PER", "O"]


def test_our_decoder_agrees_with_crfsuite(tmp_path):
    pycrfsuite = pytest.importorskip("pycrfsuite")
    doc = _doc("قال محمد علي إن الجيش دخل حمص. وأكد جون سميث ذلك في لندن.")
    trainer = pycrfsuite.Trainer(verbose=False)
    gold = {"محمد": "B-PER", "علي": "I-PER", "جون": "B-PER", "سميث": "I-PER", "حمص": "B-LOC", "لندن": "B-LOC"}
    for sentence in doc.sentence_tokens():
        trainer.append(sentence_features(sentence), [gold.get(token.text, "O") for token in sentence])
    trainer.set_params({"c2": 0.01, "max_iterations": 50, "feature.possible_transitions": True})
    trainer.train(str(tmp_path / "m.crfsuite"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    ours = CrfModel.from_crfsuite(str(tmp_path / "m.crfsuite"))
    test = _doc("قال محمد سميث إن الجيش دخل لندن. وأكد علي ذلك.")
    for sentence in test.sentence_tokens():
        assert ours.tag(sentence) == tagger.tag(sentence_features(sentence))


def test_lexicon_tags_cover_a_name_after_a_clitic():
    doc = _doc("قصفت الطائرات بالموصل أمس")
    spans = phrase_spans(doc, ("الموصل", "LOC"))
    assert lexicon_tags(doc, doc.tokens, spans) == ["O", "O", "B-LOC", "O"]


def test_tags_become_spans_and_a_stray_inside_tag_starts_one():
    doc = _doc("زار جون سميث مدينة لندن")
    spans = tags_to_spans(doc, doc.tokens, ["O", "B-PER", "I-PER", "O", "I-LOC"])
    assert [(span.text, span.label) for span in spans] == [("جون سميث", "PER"), ("لندن", "LOC")]


def test_bioes_tags_become_the_same_spans():
    doc = _doc("زار جون سميث ولندن أمس")
    spans = tags_to_spans(doc, doc.tokens, ["O", "B-PER", "E-PER", "S-LOC", "O"])
    assert [(span.text, span.label) for span in spans] == [("جون سميث", "PER"), ("ولندن", "LOC")]
    assert span_tags(1, "LOC", bioes=True) == ["S-LOC"]
    assert span_tags(3, "ORG", bioes=True) == ["B-ORG", "I-ORG", "E-ORG"]
    assert span_tags(2, "PER") == ["B-PER", "I-PER"]


def test_a_word_gets_its_stems_vector_as_real_valued_features():
    items = sentence_features(_doc("قال الرئيس في لندن").tokens)
    assert stem_vector("الرئيس", "arabic") is not None and stem_vector("London", "latin") is None
    assert isinstance(items[1]["v0"], float)  # its own vector
    assert "-1:v0" in items[2] and "1:v0" in items[0]  # and its neighbours'
    assert items[1]["w=الرئيس"] == 1.0


def test_a_model_with_vector_weights_adds_them_for_a_word_it_has_not_cached():
    """Decoding an unseen word form adds vector · weights to its view scores, as the item lists."""
    labels, attributes = ["O", "B-PER"], ["v0", "1:v0"]
    model = CrfModel(labels, attributes, np.array([[0.0, 2.0], [0.0, -1.0]]), np.zeros((2, 2)))
    sentence = _doc("قال الرئيس").tokens
    listed = np.stack([model.score(item) for item in sentence_features(sentence)])
    scores = model.state_scores([sentence], [["O", "O"]])
    assert np.allclose(scores, listed, atol=1e-3) and np.abs(listed).sum() > 0


@pytest.mark.parametrize("text, phrase, expected", [
    ("وصل وسافرونكوف أمس", "وسافرونكوف", "سافرونكوف"),  # an uncounted name loses its conjunction
    ("التقى بأبي جمال", "بأبي جمال", "أبي جمال"),
    ("قال وزير الدفاع", "وزير الدفاع", "وزير الدفاع"),  # وزير is a word, not و + زير
    ("قال محمد", "محمد", "محمد"),
    # كيري is written as it is about as often as يري (the verb يرى): a name, not ك + يري.
    ("وصرح الوزير كيري للصحفيين", "كيري", "كيري"),
])
def test_a_crf_span_starts_after_a_proclitic_when_the_corpus_says_so(text, phrase, expected):
    doc = _doc(text)
    (span,) = phrase_spans(doc, (phrase, "PER"))
    trimmed = without_proclitic(doc, span)
    assert trimmed.text == expected and text[trimmed.start:trimmed.end] == expected


def test_the_lexicon_keeps_what_it_knows_and_the_crf_adds_names():
    text = "وصل عبد الحميد الدبيبة إلى مسقط، واستقبله وريكاردو كوتيسا في كمبالا، وقالت الزيارة تأتي زيارة في وقتها."
    doc = _doc(text)
    lexicon = phrase_spans(doc, ("عبد الحميد", "PER"), ("مسقط", "LOC"))
    crf = phrase_spans(doc, ("عبد الحميد الدبيبة", "PER"), ("مسقط،", "ORG"), ("وريكاردو كوتيسا", "PER"),
                 ("كمبالا", "LOC"), ("تأتي زيارة", "PER"))
    combined = [(span.text, span.label) for span in combine_with_crf(doc, lexicon, crf)]
    # The lexicon's place stays a place; the CRF completes the person the lexicon cut short, adds a
    # person with its conjunction cut off, adds no place of its own, and no ordinary words.
    assert combined == [("عبد الحميد الدبيبة", "PER"), ("مسقط", "LOC"), ("ريكاردو كوتيسا", "PER")]


def test_the_combination_leaves_latin_runs_to_the_lexicon():
    text = "The ten gold files in this folder were checked again."
    doc = _doc(text)
    crf = phrase_spans(doc, ("ten gold files", "ORG"))
    assert combine_with_crf(doc, [], crf) == []


CRF_NLP = Pipeline(ner="lexicon+crf")
PIECES = ["قال", "وقال", "إن", ":", '"', "«", "»", "،", ".", "\n", " ", "في", "حلب", "بالموصل", "وسام", "كوتيسا",
          "الكولونيل", "جون", "دوريان", "وزارة", "الصحة", "السورية", "بأبي", "جمال", "ـ", "\u064e", "\u200f", "لـ",
          "CNN", "12", "-", "(", ")"]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join))
def test_offsets_hold_with_the_crf_backend(text):
    record = CRF_NLP(text)
    assert record["status"] == "ok" or record["error"]["type"] != "processing", record["error"]
    assert_offsets(record, text)
    doc = CRF_NLP.process(read_text(text))
    assert all(text[span.start:span.end] == span.text for span in doc.entities)


@pytest.mark.skipif(not os.environ.get("EXTRACT_SLOW_TESTS"), reason="slow (a minute or two): set EXTRACT_SLOW_TESTS=1")
def test_a_fresh_non_editable_install_ships_the_model(tmp_path):
    # A plain (non-editable) build of the package into its own folder, run from elsewhere: the
    # model must come from the installed package data, not from this checkout.
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                    "--target", str(target), str(ROOT)], check=True, cwd=tmp_path)
    script = ("from importlib import resources; import extract; from extract import Pipeline;"
              f"assert extract.__file__.startswith({str(target)!r}), extract.__file__;"
              "assert resources.files('extract.data').joinpath('ner_crf.npz').is_file();"
              "doc = Pipeline().process(extract.read_text('قال وزير الخارجية الأوغندي سام كوتيسا في كمبالا'));"
              "print(sorted(span.text for span in doc.entities if span.label == 'PER'));"
              "from extract.ner import crf; print(crf._chain is not None)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(target)})
    assert result.returncode == 0, result.stderr
    names, compiled_loops = result.stdout.split("\n")[:2]
    assert names == "['سام كوتيسا']"
    # setup.py's optional extension: built wherever a C compiler is found (the numpy loops otherwise)
    assert compiled_loops == str(shutil.which("cc") is not None or shutil.which("gcc") is not None)


@pytest.mark.parametrize("text, nickname", [
    ("وصل خالد العمري الملقب بأبي طارق إلى المدينة", "بأبي طارق"),
    ("قتل القيادي المعروف باسم أبو علي الشامي", "أبو علي الشامي"),
])
def test_a_nickname_after_a_person_is_not_a_second_person(text, nickname):
    doc = _doc(text)
    crf = phrase_spans(doc, (nickname, "PER"))
    assert combine_with_crf(doc, [], crf) == []


def test_a_name_after_a_preposition_is_still_added():
    doc = _doc("التقى الوزير بأبي طارق أمس")  # the negative of the nickname rule
    crf = phrase_spans(doc, ("بأبي طارق", "PER"))
    assert [(span.text, span.label) for span in combine_with_crf(doc, [], crf)] == [("أبي طارق", "PER")]


def test_the_first_words_of_a_sure_name_are_as_sure_as_the_name():
    """Confidence reads a span as BIO does, whatever the model's scheme: the first words of a long
    name the CRF is sure of are the start of that name, not a name that ends early (BIOES' E-)."""
    doc = TOKENIZER.process(read_text("وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعمها."))
    spans, confidence = crf_entities_with_confidence(doc, load_model(model_path()))
    whole = next(span for span in spans if span.label == "PER")
    assert whole.text == "إيمانويل ماكرون"
    first_word = doc.span(whole.start, whole.start + len("إيمانويل"), "PER")
    assert confidence(whole) > 0.5
    assert confidence(first_word) >= confidence(whole) - 1e-9
    assert confidence(doc.span(whole.start, whole.end, "LOC")) < 0.5


def test_sentence_blocks_cover_every_sentence_and_token_once():
    lengths = [3, 1, 4, 1, 5] * 120
    blocks = crf_module.sentence_blocks(lengths)
    assert blocks[0][:3] == (0, crf_module.SENTENCE_BLOCK, 0) and blocks[-1][1] == len(lengths)
    assert blocks[-1][3] == sum(lengths)
    for (first, end, low, high), (next_first, _, next_low, _) in zip(blocks, blocks[1:]):
        assert end == next_first and high == next_low and high - low == sum(lengths[first:end])


def test_a_long_document_decoded_in_blocks_gives_the_spans_and_confidences_of_one_pass(monkeypatch):
    """Blocks bound the memory of a long document (positions x sentences x labels); they must not
    change what is found or how sure it is."""
    sentences = ["وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده ستواصل دعمها.",
                 "وزار وزير الخارجية سامح شكري مدينة الإسكندرية أمس.", "وأعلنت شركة أرامكو أرباحها."]
    doc = TOKENIZER.process(read_text(" ".join(sentences * 5)))
    model = load_model(model_path())

    def found(block):
        monkeypatch.setattr(crf_module, "SENTENCE_BLOCK", block)
        spans, confidence = crf_entities_with_confidence(doc, model)
        return [(span.start, span.end, span.label, round(confidence(span), 9)) for span in spans]

    whole = found(10**6)
    assert len(whole) >= 15 and found(2) == whole and found(1) == whole


def _random_model(seed, size=5):
    rng = np.random.default_rng(seed)
    labels = ["O", *(f"{prefix}-X{index}" for index in range(size // 2) for prefix in "BI")][:size]
    return CrfModel(labels, ["w=x"], np.zeros((1, len(labels))), rng.normal(size=(len(labels), len(labels)))), rng


def _brute_force_path(model, scores):
    import itertools

    size = len(model.labels)
    best = max(itertools.product(range(size), repeat=len(scores)),
               key=lambda path: sum(scores[i, tag] for i, tag in enumerate(path))
               + sum(model.transitions[a, b] for a, b in zip(path, path[1:])))
    return [model.labels[tag] for tag in best]


def test_sentences_decoded_together_get_the_paths_each_gets_alone():
    """Viterbi over a document's sentences at once (longest first, shorter ones dropping out) gives
    each sentence its own best path: the brute-force one for short sentences."""
    model, rng = _random_model(1)
    lengths = [3, 1, 5, 2, 5, 4]
    scores = rng.normal(size=(sum(lengths), len(model.labels))) * 2
    starts = np.cumsum([0, *lengths])
    together = model.viterbi(scores, lengths)
    for sentence, (start, end) in enumerate(zip(starts, starts[1:])):
        assert together[sentence] == model.viterbi(scores[start:end], [end - start])[0]
        assert together[sentence] == _brute_force_path(model, scores[start:end])


def test_viterbi_breaks_ties_towards_the_first_label_at_every_step():
    """Equal sums pick the lowest label index, going back as going forward (the previous label is
    found again from the same sums): a model whose scores and transitions are all equal tags O."""
    model, _ = _random_model(2)
    model.transitions = np.zeros_like(model.transitions)
    paths = model.viterbi(np.zeros((9, len(model.labels))), [4, 5])
    assert paths == [[model.labels[0]] * 4, [model.labels[0]] * 5]


def test_marginals_of_sentences_together_equal_each_sentence_alone():
    model, rng = _random_model(2)
    lengths = [4, 1, 7, 2, 7, 3]
    scores = rng.normal(size=(sum(lengths), len(model.labels))) * 3
    starts = np.cumsum([0, *lengths])
    together = model.sentence_marginals(scores, lengths)
    for sentence, (start, end) in enumerate(zip(starts, starts[1:])):
        alone = model.sentence_marginals(scores[start:end], [end - start])[0]
        assert together[sentence].shape == (end - start, len(model.labels))
        assert np.allclose(together[sentence], alone, rtol=0, atol=1e-12)
        assert np.allclose(together[sentence].sum(axis=1), 1)


def test_the_decoding_stack_holds_one_row_per_token_however_long_the_longest_sentence():
    """The sentences are stacked position by position, longest first, without padding: the rows of
    position p are the sentences longer than p, in the same order at every position, and every
    token has its own row (a long sentence beside short ones costs its own tokens, not their
    padding to its length)."""
    model, _ = _random_model(3)
    lengths = [2, 40, 1, 3, 3]
    stack = model._layout(lengths)
    assert sorted(stack.cells.tolist()) == list(range(sum(lengths)))
    assert stack.order == [1, 3, 4, 0, 2]
    assert stack.running[:4] == [5, 4, 3, 1] and stack.running[3:] == [1] * 37
    starts = np.cumsum([0, *lengths])
    for sentence, length in enumerate(lengths):
        row = stack.order.index(sentence)
        for offset in range(length):
            assert stack.cells[starts[sentence] + offset] == stack.first_row[offset] + row


compiled = pytest.mark.skipif(crf._chain is None, reason="extract/ner/_chain.c was not built (no C compiler)")


@compiled
@pytest.mark.parametrize("seed", range(6))
def test_the_compiled_loops_decode_as_the_numpy_loops(seed, monkeypatch):
    """The compiled Viterbi gives the numpy loops' paths exactly (sums of two doubles, exact maxima,
    the first maximum), ties included; the compiled forward-backward their marginals to rounding."""
    model, rng = _random_model(seed, size=9)
    lengths = rng.integers(1, 30, size=int(rng.integers(1, 12))).tolist()
    scores = rng.normal(size=(sum(lengths), len(model.labels))) * 3
    scores[:, 3] = scores[:, 4]  # equal scores: the tie goes to the first label on both sides
    compiled_paths, compiled_marginals = model.viterbi(scores, lengths), model.token_marginals(scores, lengths)
    monkeypatch.setenv("EXTRACT_NUMPY_DECODER", "1")
    assert model.viterbi(scores, lengths) == compiled_paths
    assert np.allclose(model.token_marginals(scores, lengths), compiled_marginals, rtol=0, atol=1e-13)


@compiled
def test_the_compiled_loops_reject_arrays_that_do_not_fit_the_stack():
    """Wrong types or shapes are Python errors, never a read past an array."""
    model, _ = _random_model(1, size=5)
    stack = model._layout([3, 2])
    best = np.zeros((5, 5))
    running, first_row = np.asarray(stack.running, dtype=np.int64), np.asarray(stack.first_row, dtype=np.int64)
    last_rows, columns = np.array([4, 3], dtype=np.int64), np.zeros((3, 2), dtype=np.int64)
    crf._chain.viterbi(best, model.transitions, running, first_row, last_rows, columns)
    with pytest.raises(TypeError):
        crf._chain.viterbi(best.astype(np.float32), model.transitions, running, first_row, last_rows, columns)
    with pytest.raises(ValueError):
        crf._chain.viterbi(best[:4], model.transitions, running, first_row, last_rows, columns)
    with pytest.raises(ValueError):
        crf._chain.viterbi(best, model.transitions, running, first_row, np.array([9, 3], dtype=np.int64), columns)
    with pytest.raises(ValueError):
        crf._chain.forward_backward(best, model.transitions[:2], running, first_row, best.copy(), best.copy(),
                                    np.ones(5))


def test_the_numpy_loops_decode_as_brute_force(monkeypatch):
    """Without the compiled loops (a plain install with no C compiler) Viterbi is still exact."""
    monkeypatch.setenv("EXTRACT_NUMPY_DECODER", "1")
    model, rng = _random_model(4)
    lengths = [4, 1, 3]
    scores = rng.normal(size=(sum(lengths), len(model.labels))) * 2
    starts = np.cumsum([0, *lengths])
    for sentence, path in enumerate(model.viterbi(scores, lengths)):
        assert path == _brute_force_path(model, scores[starts[sentence]:starts[sentence + 1]])


def test_the_table_is_looked_up_by_form_and_misses_what_it_does_not_hold(tmp_path, monkeypatch):
    """Forms are found by a binary search over the table's sorted forms: a held form gives its row
    (the same scores as computed live), an absent or a longer form gives none and is scored live."""
    from extract.ner import crf

    monkeypatch.setenv("EXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(crf, "TABLE_WORDS", 500)
    path = tmp_path / "toy.npz"
    _toy_model().save(path)
    model = CrfModel.load(path)
    held = [model.table_form(row) for row in range(model.table_size)]
    assert held == sorted(held) and len(set(held)) == 500
    for word in (held[0], held[250], held[-1]):
        assert held[model.table_row(word)] == word
        assert np.array_equal(model.table_views([model.table_row(word)])[0], _toy_model().word_views(word, "arabic"))
    longest = max(held, key=len)
    assert model.table_row(longest + "ات") is None and model.table_row("زكوفريتش") is None
    doc = _doc(f"وصل محمد زكوفريتش {held[3]} {longest}ات اليوم")
    lexicons = [["O"] * len(doc.tokens)]
    assert np.allclose(model.state_scores([doc.tokens], lexicons), _toy_model().state_scores([doc.tokens], lexicons))


def test_a_sorted_lookup_answers_as_the_dict_of_its_rows(monkeypatch):
    """Clusters and vector rows are read through binary searches over sorted keys: the same answers
    as a dict built from the rows (the last of equal keys wins), misses and over-long keys included,
    whether asked one by one or prefetched, and with its memory bound reached."""
    from extract.ner import crf

    keys = ["بيت", "سوق", "باب", "سوق", "مدرسة", "ا"]
    values = ["1.2", "3.4", "5.6", "7.8", "9.10", "11.12"]
    order = np.argsort(np.array(keys), kind="stable")
    lookup = crf.SortedLookup(np.array(keys)[order], np.array(values)[order])
    expected = dict(zip(keys, values))
    asked = [*keys, "بيوت", "", "مدرسةالمدينةالكبيرةالجديدة", "س"]
    lookup.prefetch(asked[:3])
    assert [lookup.get(key) for key in asked] == [expected.get(key) for key in asked]
    assert lookup.get("سوق") == "7.8" and lookup.get("بيوت", "none") == "none"
    monkeypatch.setattr(crf, "WORD_CACHE_SIZE", 2)
    assert [lookup.get(key) for key in reversed(asked)] == [expected.get(key) for key in reversed(asked)]


def test_the_shipped_clusters_and_vector_rows_are_the_files():
    from extract.ner import crf

    clusters = crf._read_word_clusters(Path(str(resources.files("extract.data").joinpath(crf.CLUSTERS_RESOURCE))))
    sample = [*list(clusters)[::997], "كلمةغيرموجودة"]
    assert [crf.word_clusters().get(stem) for stem in sample] == [clusters.get(stem) for stem in sample]
    with np.load(str(resources.files("extract.data").joinpath(crf.VECTORS_RESOURCE))) as data:
        words = data["words"].tobytes().decode("utf-8").split("\n")
        vectors = data["vectors"]
    rows, table = crf.word_vectors()
    for row in range(0, len(words), 1009):
        assert rows.get(words[row]) == row and np.array_equal(table[row], vectors[row])
    assert rows.get("كلمةغيرموجودة") is None


CRF_ONLY = Pipeline(components=["normalize", "tokenize", {"name": "ner", "backend": "crf"}])


def test_batch_marginals_are_each_sentences_marginals():
    model = load_model(model_path())
    lengths = [5, 1, 12, 3]
    scores = np.random.default_rng(0).normal(size=(sum(lengths), len(model.labels))) * 3
    together = model.batch_marginals(scores, lengths)
    first = 0
    for length in lengths:
        assert np.allclose(together[first:first + length], model.marginals(scores[first:first + length]))
        first += length


def test_a_name_read_in_a_clear_context_is_read_again_in_an_unclear_one(monkeypatch):
    # Second sentence alone: a verb with a conjunction, then an unknown word. The first sentence
    # gives the same word as a person after a title and a given name.
    text = "استقبل الرئيس التنزاني جون ماجوفولي الوفد في دودوما. وناقش ماجوفولي مع الوفد ملف الطاقة."
    second = text.rindex("ماجوفولي")
    monkeypatch.setattr(crf, "CONSISTENCY_WEIGHT", 0.0)
    assert not any(span.start == second for span in CRF_ONLY.process(read_text(text)).entities)
    monkeypatch.undo()
    found = {(span.start, span.text, span.label) for span in CRF_ONLY.process(read_text(text)).entities}
    assert (second, "ماجوفولي", "PER") in found


def test_a_word_seen_once_gets_no_evidence_from_itself():
    model = load_model(model_path())
    doc = _doc("استقبل الرئيس التنزاني جون ماجوفولي الوفد في دودوما.")
    sentences = [tokens for tokens in doc.sentence_tokens() if tokens]
    scores = model.state_scores(sentences, [["O"] * len(tokens) for tokens in sentences])
    assert not crf.consistency_evidence(model, sentences, scores).any()
    repeated = _doc("استقبل الرئيس التنزاني جون ماجوفولي الوفد. وناقش ماجوفولي الملف.")
    sentences = [tokens for tokens in repeated.sentence_tokens() if tokens]
    scores = model.state_scores(sentences, [["O"] * len(tokens) for tokens in sentences])
    evidence = crf.consistency_evidence(model, sentences, scores)
    words = [token.text for tokens in sentences for token in tokens]
    per = model.labels.index("B-PER")
    later = len(words) - 1 - words[::-1].index("ماجوفولي")
    assert evidence[later, per] >= crf.CONSISTENCY_MIN_PROBABILITY > 0
    assert not evidence[words.index("الرئيس")].any()


def test_a_name_of_the_larger_lists_is_a_feature_of_its_kind():
    # كفرنجة (a Jordanian town in GeoNames, in none of the project's place lists); زيلينسكي in the
    # person-name tables.
    assert "in=gplace" in crf.word_features("كفرنجه", "arabic")[0]
    assert "-1:in=gplace" in crf.word_features("كفرنجه", "arabic")[2]
    assert {"in=gname", "in=gsurname"} & set(crf.word_features("زيلينسكي", "arabic")[0])
    larger = {"in=gplace", "in=ggiven", "in=gsurname", "in=gname"}
    assert not larger & set(crf.word_features("المباحثات", "arabic")[0])


def test_a_listed_multiword_name_marks_its_tokens_after_a_proclitic():
    doc = _doc("وصل الوفد أمس إلى وخان شيخون ثم غادر.")
    tokens = doc.sentence_tokens()[0]
    found = {(tokens[position].text, feature) for position, feature in crf.gazetteer_matches(tokens)}
    assert {("وخان", "G=B-place"), ("شيخون", "G=I-place")} <= found
    assert not any(text in ("الوفد", "أمس", "غادر") for text, _ in found)


def test_a_match_runs_on_to_every_listed_name_its_words_begin(monkeypatch):
    # A person's name that is the first words of a place's name: both match, each over its own words;
    # the place's name cut short matches only the person's.
    names = {"place": frozenset({("دار", "السلام", "الجديد")}), "person": frozenset({("دار", "السلام")}),
             "org": frozenset()}
    monkeypatch.setattr(crf, "multiword_names", lambda: names)
    # The index as built from those names (the stored one is built from the shipped lists).
    monkeypatch.setattr(crf, "_multiword_index",
                        lambda: (crf._build_multiword_first_words(), *crf._build_multiword_prefixes()))
    whole = crf.gazetteer_matches(_doc("زار دار السلام الجديد أمس").sentence_tokens()[0])
    short = crf.gazetteer_matches(_doc("زار دار السلام أمس").sentence_tokens()[0])
    assert whole == [(1, "G=B-person"), (1, "G=B-place"), (2, "G=I-person"), (2, "G=I-place"), (3, "G=I-place")]
    assert short == [(1, "G=B-person"), (2, "G=I-person")]


def test_the_decoder_adds_the_multiword_match_weights_as_the_feature_lists_say():
    labels = ["O", "B-LOC", "I-LOC"]
    attributes = ["G=B-place", "G=I-place", "BOS"]
    weights = [[0, 2.0, 0], [0, 0, 2.0], [0.1, 0, 0]]
    model = CrfModel(labels, attributes, weights, [[0.5, 0, -5], [0, -1, 0], [0, 0, 0]])
    doc = _doc("قصفت الطائرات دير الزور")
    sentence = doc.sentence_tokens()[0]
    scores = model.state_scores([sentence], [["O"] * len(sentence)])
    listed = np.array([model.score(item) for item in sentence_features(sentence)])
    assert np.allclose(scores, listed)
    assert model.tag(sentence) == ["O", "O", "B-LOC", "I-LOC"]


def test_the_name_start_index_gives_the_matches_of_a_visit_of_every_token():
    # Names in the second and third sentences: the index's document positions are read per sentence.
    doc = _doc("زار الوفد المدينة أمس. ثم وصل إلى وخان شيخون مساء. وقال إن خان شيخون ودير الزور بعيدتان.")
    starts = crf.name_start_tokens(doc)
    found = 0
    for tokens in doc.sentence_tokens():
        everywhere = crf.gazetteer_matches(tokens)
        assert crf.gazetteer_matches(tokens, starts) == everywhere
        found += len(everywhere)
    assert found >= 4
    assert "وخان" in {doc.tokens[index].text for index in starts}  # a proclitic before the name's first word
