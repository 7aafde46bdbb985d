"""Dev-split experiment (issue 10): a two-stage stacked CRF, stage 2 seeing stage 1's tags.

    python scripts/stack_crf_experiment.py ../shared/data/ner/anercorp/train.conll --folds 3 --work /tmp/stack

Train split: the first 90% of the file's sentences, read as documents of 10 consecutive sentences;
dev: the last 10%, the same way (as train_crf.py --dev-fraction 0.1 --group 10). Stage 1 (the CRF of
extract/ner/crf.py) is trained on k-1 folds of the train documents and tags the held-out fold, so
stage 2 learns from realistic stage-1 errors; stage 1 trained on all train documents tags dev.
Stage 2 has stage 1's features plus its tags: the token's, its neighbours', and what stage 1 read
the same word as elsewhere in the document (labels and the best marginal per label). Both stages are
decoded here with CRFsuite's own tagger (plain Viterbi, no consistency), so stage 1's row is the
"no consistency" reference. Measurement only: nothing here is shipped.
"""

from __future__ import annotations

import argparse
import os
import sys
from bisect import bisect_left, bisect_right
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.evaluate import bio_entities, document_groups, format_ner_table, ner_scores  # noqa: E402
from extract.ner import lexicon_entities  # noqa: E402
from extract.ner.crf import lexicon_tags, sentence_features, tags_to_spans  # noqa: E402
from extract.read import read_text  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_crf import read_sentences, to_bioes, tokenizer  # noqa: E402

GROUP = 10


def document_items(document, nlp):
    """One document of CoNLL sentences: our doc, its sentences' tokens, features, gold BIOES tags,
    and the CoNLL tokens' start offsets (to project our tags back)."""
    starts, position, words, gold_tags = [], 0, [], []
    for sentence in document:
        for token, tag in sentence:
            starts.append(position)
            position += len(token) + 1
            words.append(token)
            gold_tags.append(tag)
        position += 1
    doc = nlp.process(read_text("\n\n".join(" ".join(token for token, _ in sentence) for sentence in document)))
    tags = ["O"] * len(doc.tokens)
    for first, last, label in bio_entities(gold_tags):
        start, end = starts[first], starts[last] + len(words[last])
        inside = [token.index for token in doc.tokens if token.start < end and start < token.end]
        for offset, index in enumerate(inside):
            tags[index] = ("B-" if offset == 0 else "I-") + label
    tags = to_bioes(tags)
    spans = lexicon_entities(doc)
    sentences = [tokens for tokens in doc.sentence_tokens() if tokens]
    lexicons = [lexicon_tags(doc, tokens, spans) for tokens in sentences]
    features = [sentence_features(tokens, lexicon) for tokens, lexicon in zip(sentences, lexicons)]
    gold = [[tags[token.index] for token in tokens] for tokens in sentences]
    return {"doc": doc, "sentences": sentences, "features": features, "gold": gold, "lexicons": lexicons,
            "starts": starts, "words": words, "conll": document}


def train(items, path: str, c1: float, c2: float, iterations: int) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, tags in items:
        trainer.append(features, tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    trainer.train(path)


def tag_with(path: str, documents, stacked: bool = False):
    """Tags and marginals (per token, per label) of each document's sentences."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    labels = tagger.labels()
    out = []
    for document in documents:
        tags, marginals = [], []
        for index, features in enumerate(document["features"]):
            items = document["stacked"][index] if stacked else features
            path_tags = tagger.tag(pycrfsuite.ItemSequence(items))
            tags.append(path_tags)
            marginals.append([{label: tagger.marginal(label, position) for label in labels}
                              for position in range(len(path_tags))])
        out.append((tags, marginals))
    return out


def tag_with_model(path: str, documents):
    """`tag_with` for a model file of ours (train_crf.py's output), plain Viterbi, our decoder."""
    from extract.ner.crf import CrfModel

    model = CrfModel.load(path)
    out = []
    for document in documents:
        lengths = [len(tokens) for tokens in document["sentences"]]
        scores = model.state_scores(document["sentences"], document["lexicons"])
        paths = model.viterbi(scores, lengths)
        table = model.batch_marginals(scores, lengths)
        marginals, first = [], 0
        for length in lengths:
            marginals.append([dict(zip(model.labels, row)) for row in table[first:first + length].tolist()])
            first += length
        out.append((paths, marginals))
    return out


def stacked_features(document, tags, marginals) -> list[list[dict[str, float]]]:
    """Stage 2's items: stage 1's features plus its tags (own, -1, +1) and the document's view of
    the same word form (stem): labels stage 1 gave its other occurrences, and their best marginal."""
    from extract.ner.model import _reading

    flat = [(index, position, _reading(token)) for index, tokens in enumerate(document["sentences"])
            for position, token in enumerate(tokens)]
    by_stem: dict[str, list[tuple[int, int]]] = {}
    for index, position, stem in flat:
        if len(stem) >= 3:
            by_stem.setdefault(stem, []).append((index, position))
    out = []
    for index, features in enumerate(document["features"]):
        sentence_tags = tags[index]
        items = []
        for position, item in enumerate(features):
            item = dict(item)
            item[f"T={sentence_tags[position]}"] = 1.0
            item[f"-1:T={sentence_tags[position - 1] if position else '^'}"] = 1.0
            item[f"1:T={sentence_tags[position + 1] if position + 1 < len(sentence_tags) else '$'}"] = 1.0
            stem = _reading(document["sentences"][index][position])
            others = [place for place in by_stem.get(stem, []) if place != (index, position)]
            best: dict[str, float] = {}
            for other_index, other_position in others:
                label = tags[other_index][other_position]
                item[f"D={label[2:] if label != 'O' else 'O'}"] = 1.0
                for tag, probability in marginals[other_index][other_position].items():
                    if tag != "O":
                        best[tag[2:]] = max(best.get(tag[2:], 0.0), probability)
            for label, probability in best.items():
                if probability >= 0.5:
                    item[f"DP={label}"] = probability
            items.append(item)
        out.append(items)
    return out


def conll_tags(document, tags) -> list[list[str]]:
    """Our tokens' tags projected onto the CoNLL tokens (as extract.evaluate.predict_conll_document)."""
    doc, starts, words = document["doc"], document["starts"], document["words"]
    projected = ["O"] * len(words)
    for tokens, sentence_tags in zip(document["sentences"], tags):
        for span in tags_to_spans(doc, tokens, sentence_tags):
            first = bisect_right(starts, span.start) - 1
            last = bisect_left(starts, span.end)
            inside = [index for index in range(max(first, 0), last) if span.start < starts[index] + len(words[index])]
            for offset, index in enumerate(inside):
                projected[index] = ("B-" if offset == 0 else "I-") + span.label
    out, first = [], 0
    for sentence in document["conll"]:
        out.append(projected[first:first + len(sentence)])
        first += len(sentence)
    return out


def score(documents, tagged) -> str:
    pairs = []
    for document, (tags, _) in zip(documents, tagged):
        for sentence, predicted in zip(document["conll"], conll_tags(document, tags)):
            pairs.append(([tag for _, tag in sentence], predicted))
    return format_ner_table(ner_scores(pairs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--stage1-model", help="stage 1 trained on the whole train split (train_crf.py "
                        "--dev-fraction 0.1 -o FILE), instead of training it again here")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    sentences = read_sentences(args.train)
    held_out = int(len(sentences) * 0.1)
    nlp = tokenizer()
    train_docs = [document_items(group, nlp) for group in document_groups(sentences[:len(sentences) - held_out], GROUP)]
    dev_docs = [document_items(group, nlp) for group in document_groups(sentences[len(sentences) - held_out:], GROUP)]
    print(f"{len(train_docs)} train documents, {len(dev_docs)} dev documents", file=sys.stderr, flush=True)

    def items_of(documents, stacked=False):
        return [(features, gold) for document in documents
                for features, gold in zip(document["stacked"] if stacked else document["features"], document["gold"])]

    folds = [train_docs[fold::args.folds] for fold in range(args.folds)]
    jobs = [(str(args.work / f"stage1-fold{fold}.crfsuite"),
             [document for other in range(args.folds) if other != fold for document in folds[other]])
            for fold in range(args.folds)]
    if not args.stage1_model:
        jobs.append((str(args.work / "stage1.crfsuite"), train_docs))
    children = []
    for path, documents in jobs:  # the stage-1 trainings in parallel (forked, each niced)
        pid = os.fork()
        if pid == 0:
            train(items_of(documents), path, args.c1, args.c2, args.iterations)
            os._exit(0)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)
    print("stage 1 trained", file=sys.stderr, flush=True)
    for fold in range(args.folds):
        for document, (tags, marginals) in zip(folds[fold], tag_with(jobs[fold][0], folds[fold])):
            document["stacked"] = stacked_features(document, tags, marginals)
    dev_tagged = tag_with_model(args.stage1_model, dev_docs) if args.stage1_model else tag_with(jobs[-1][0], dev_docs)
    print("stage 1 (all train, plain Viterbi), dev:\n" + score(dev_docs, dev_tagged), flush=True)
    for document, (tags, marginals) in zip(dev_docs, dev_tagged):
        document["stacked"] = stacked_features(document, tags, marginals)
    stage2 = str(args.work / "stage2.crfsuite")
    train(items_of(train_docs, stacked=True), stage2, args.c1, args.c2, args.iterations)
    print("stage 2, dev:\n" + score(dev_docs, tag_with(stage2, dev_docs, stacked=True)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
