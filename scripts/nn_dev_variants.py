"""Score stacked networks and their variants on a CoNLL dev split, through the pipeline's own ner
component (its post-processing included, as `extract eval-ner --group 10` scores them).

    BIASES="O=-0.25;MISC=0.5" CRF_WEIGHTS=0.25,0.5 python scripts/nn_dev_variants.py DEV.conll CRF.npz NN1.npz [NN2.npz ...]

Each network's state scores of a document are computed once; then each network alone, every pair
and all of them averaged in scores and transitions (what `merged_network` ships as one network),
and the last set with each per-label bias of $BIASES added to the state scores (`O=-0.25` lowers
O's score, `MISC=0.5` raises MISC's four tags'); with $CRF_WEIGHTS, first the first network with
each weight times the CRF's own state scores and transitions added. An experiment tool (models/README.md, issue 10's
seventh round): CRF.npz is the CRF the networks' dev marginals come from (the one trained on the
same 90% of train.conll), never the shipped one; DEV.conll the last 10% of train.conll's sentences
(398), written back as CoNLL, which `train_nn.py --dev-fraction 0.1` holds out.
"""
import os
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
dev, crf_path, *nn_paths = sys.argv[1:]
os.environ["EXTRACT_CRF_MODEL"] = crf_path
os.environ["EXTRACT_NN_MODEL"] = nn_paths[0]
from extract.evaluate import document_groups, ner_scores, predict_conll_document, read_conll  # noqa: E402
from extract.ner import nn as nnmod  # noqa: E402
from extract.ner.crf import CrfModel  # noqa: E402
from extract.pipeline import Pipeline, default_config  # noqa: E402

crf = CrfModel.load(crf_path)
networks = [nnmod.StackedModel(crf, nnmod.NnModel.load(p)) for p in nn_paths]
original = nnmod.StackedModel.state_scores
config = {"use": [0], "bias": np.zeros(17)}
cache = {}


def patched(self, sentences, lexicons, name_starts=None):
    key = tuple(t.norm for s in sentences for t in s)
    total = 0
    for which in config["use"]:
        if (which, key) not in cache:
            cache[which, key] = original(networks[which], sentences, lexicons, name_starts)
        total = total + cache[which, key]
    self.transitions = sum(networks[w].transitions for w in config["use"]) / len(config["use"])
    self._exp_transitions = None
    weight = config.get("crf", 0.0)
    if weight:
        if ("crf", key) not in cache:
            cache["crf", key] = crf.state_scores(sentences, lexicons, name_starts)
        self.transitions = self.transitions + weight * np.asarray(crf.transitions)
        return total / len(config["use"]) + config["bias"] + weight * cache["crf", key]
    return total / len(config["use"]) + config["bias"]


nnmod.StackedModel.state_scores = patched
sentences = read_conll(Path(dev))
nlp = Pipeline(components=[c for c in default_config() if c["name"] in ("normalize", "tokenize")]
               + [{"name": "ner", "backend": os.environ.get("BACKEND", "nn")}])
labels = networks[0].labels


def run(name):
    pairs = []
    for group in document_groups(sentences, 10):
        tagged = predict_conll_document([[t for t, _, _ in s] for s in group], nlp)
        pairs.extend(zip([[g for _, g, _ in s] for s in group], tagged))
    scores = ner_scores(pairs)
    o = scores["overall"]
    per = " ".join(f"{k} {scores[k].precision:.3f}/{scores[k].recall:.3f}/{scores[k].f1:.3f}"
                   for k in ("LOC", "ORG", "PER", "MISC") if k in scores)
    print(f"{name}: P {o.precision:.3f} R {o.recall:.3f} F1 {o.f1:.3f} | {per}", flush=True)
    return o.f1


def vector(b):
    return np.array([b.get(l[2:], 0.0) if l != "O" else b.get("O", 0.0) for l in labels])


for weight in [float(w) for w in os.environ.get("CRF_WEIGHTS", "").split(",") if w]:
    config["crf"] = weight
    run(f"net 0 + {weight} x the CRF's scores")
config["crf"] = 0.0
for which in range(len(networks)):
    config["use"] = [which]
    run(f"net {nn_paths[which]}")
if len(networks) > 1:
    import itertools
    for pair in itertools.combinations(range(len(networks)), 2):
        config["use"] = list(pair)
        run(f"ensemble {pair}")
    config["use"] = list(range(len(networks)))
    if len(networks) > 2:
        run(f"ensemble all {len(networks)}")
for spec in os.environ.get("BIASES", "").split(";"):
    if spec:
        b = {k: float(v) for k, v in (part.split("=") for part in spec.split(","))}
        config["bias"] = vector(b)
        run(f"use {config['use']} bias {b}")
