"""The NER backends, in one table: name, what each does, what it needs, and whether it is available.

The CLI's `--ner` choices and help, `make_ner`'s errors and `extract.ner`'s docs are read from
`NER_BACKENDS`; a backend is one row here and one builder in `extract/ner/__init__.py`. This module
imports nothing heavy, so the CLI can list the backends without loading any model.

Models are looked up in one order: the component's setting (`model_dir`, `stanza_dir`), then the
backend's environment variable, then the copy shipped inside the package (extract/data/); never a
path outside the installed package.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

from extract.data import FOLDER as DATA_FOLDER
from extract.ner.base import BackendUnavailable

CRF_MODEL_RESOURCE = "ner_crf.npz"
NN_MODEL_RESOURCE = "ner_nn.npz"  # the BiLSTM-CRF (extract/ner/nn.py)
SPACY_MODEL_RESOURCE = "ner_model"  # a spaCy model folder (config.cfg, meta.json, ner/, ...)


@dataclass(frozen=True)
class NerBackend:
    name: str
    does: str  # one line for --help and the docs
    needs: str  # what must be installed, "" when the package ships everything
    settings: tuple[str, ...] = ()  # the ner component's settings this backend reads

    def unavailable_reason(self) -> str | None:
        """None when the backend can be built here, else what is missing (no model is loaded)."""
        return _REASONS[self.name]()


def _package_file(name: str) -> Path:
    return DATA_FOLDER / name


def crf_model_path(setting: str | None = None) -> Path:
    """The CRF model file: the `model_dir` setting, $EXTRACT_CRF_MODEL, or extract/data/ner_crf.npz."""
    return _resolved(setting, "EXTRACT_CRF_MODEL", CRF_MODEL_RESOURCE, Path.is_file, "CRF NER model file",
                     "run `make train-ner`")


def nn_model_path(setting: str | None = None) -> Path:
    """The neural NER model file: the `model_dir` setting, $EXTRACT_NN_MODEL, or extract/data/ner_nn.npz."""
    return _resolved(setting, "EXTRACT_NN_MODEL", NN_MODEL_RESOURCE, Path.is_file, "neural NER model file",
                     "run `make train-nn`")


def spacy_model_path(setting: str | None = None) -> Path:
    """The spaCy NER model folder: the `model_dir` setting, $EXTRACT_NER_MODEL, or extract/data/ner_model."""
    return _resolved(setting, "EXTRACT_NER_MODEL", SPACY_MODEL_RESOURCE, lambda path: (path / "meta.json").is_file(),
                     "trained NER model", "run `make train-ner-spacy`")


def _resolved(setting: str | None, variable: str, resource: str, present, what: str, remedy: str) -> Path:
    if setting:
        path, origin = Path(setting), "model_dir"
    elif os.environ.get(variable):
        path, origin = Path(os.environ[variable]), f"${variable}"
    else:
        path, origin = _package_file(resource), "the package"
    if not present(path):
        raise BackendUnavailable(f"no {what} in {path} (from {origin}): {remedy}, pass model_dir=..., "
                                 f"or set {variable} to the model")
    return path


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _missing_model(find) -> str | None:
    try:
        find()
    except BackendUnavailable as error:
        return str(error)
    return None


def _camel_reason() -> str | None:
    if not _installed("camel_tools"):
        return "camel-tools is not installed"
    data_dir = os.environ.get("CAMELTOOLS_DATA")
    if data_dir is None or not (Path(data_dir) / "data" / "ner").is_dir():
        return "CAMELTOOLS_DATA is unset or has no data/ner folder"
    return None


def _stanza_reason() -> str | None:
    if not _installed("stanza"):
        return "stanza is not installed"
    if not os.environ.get("EXTRACT_STANZA_DIR"):
        return "needs stanza_dir=... or EXTRACT_STANZA_DIR"
    return None


_REASONS = {
    "lexicon": lambda: None,
    "crf": lambda: _missing_model(crf_model_path),
    "lexicon+crf": lambda: _missing_model(crf_model_path),
    "nn": lambda: _missing_model(nn_model_path),
    "lexicon+nn": lambda: _missing_model(nn_model_path),
    "crf+nn": lambda: _missing_model(crf_model_path) or _missing_model(nn_model_path),
    "lexicon+crf+nn": lambda: _missing_model(crf_model_path) or _missing_model(nn_model_path),
    "model": lambda: _missing_model(spacy_model_path),
    "lexicon+model": lambda: _missing_model(spacy_model_path),
    "camel": _camel_reason,
    "stanza": _stanza_reason,
}

NER_BACKENDS: dict[str, NerBackend] = {backend.name: backend for backend in (
    NerBackend("lexicon", "gazetteer places, the actor lexicon, organisation heads, title + name patterns", ""),
    NerBackend("crf", "the CRF learned from ANERcorp alone", "", ("model_dir",)),
    NerBackend("lexicon+crf", "the lexicon's spans, completed and extended by the CRF", "", ("model_dir",)),
    NerBackend("nn", "the BiLSTM-CRF learned from ANERcorp, stacked on the CRF's marginals", "", ("model_dir",)),
    NerBackend("lexicon+nn", "the lexicon's spans, completed and extended by the BiLSTM-CRF", "", ("model_dir",)),
    NerBackend("crf+nn", "the CRF's and a plain BiLSTM-CRF's scores added (a stacked network, as shipped: as nn)",
               "", ("model_dir",)),
    NerBackend("lexicon+crf+nn", "the lexicon's spans, completed and extended by crf+nn", "", ("model_dir",)),
    NerBackend("model", "the spaCy NER of `make train-ner-spacy` alone", "", ("model_dir",)),
    NerBackend("lexicon+model", "the lexicon's spans, plus the spaCy model's where they do not overlap", "",
               ("model_dir",)),
    NerBackend("camel", "camel-tools' NERecognizer", "pip install '.[camel]' and its data in $CAMELTOOLS_DATA"),
    NerBackend("stanza", "a stanza Arabic pipeline", "pip install '.[stanza]' and stanza_dir or $EXTRACT_STANZA_DIR",
               ("stanza_dir",)),
)}


def backend_names() -> list[str]:
    return list(NER_BACKENDS)


def get_backend(name: str) -> NerBackend:
    if name not in NER_BACKENDS:
        raise ValueError(f"unknown NER backend {name!r}; choose one of {', '.join(NER_BACKENDS)}")
    return NER_BACKENDS[name]


def backends_help() -> str:
    """One line per backend, as --help and the docs show them."""
    return "; ".join(f"{backend.name}: {backend.does}" + (f" (needs {backend.needs})" if backend.needs else "")
                     for backend in NER_BACKENDS.values()) + \
        (". The CRF, neural and spaCy models ship in the package; $EXTRACT_CRF_MODEL, $EXTRACT_NN_MODEL or "
         "$EXTRACT_NER_MODEL names another")
