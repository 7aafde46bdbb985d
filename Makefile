# `make run` and `make test` install into .venv when needed (only when pyproject.toml changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED ?= ../shared/seed
NEWS ?= ../shared/data/news
CORPUS ?= ../shared/data/corpus/arabic_news.jsonl.gz
# The real-text set's texts, materialised from the corpus by `make eval` (not committed).
REAL ?= out/real
# The splits `make eval` scores; helpers developing rules use REAL_SPLITS=dev (the test split is the lead's).
REAL_SPLITS ?= dev test

.PHONY: install run test eval eval-events bench report fuzz train-ner train-nn train-ner-spacy clean
NER_DATA ?= ../shared/data/ner

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,dask]'
	# camel-tools' character utilities only, for the cross-check tests; its torch/transformers
	# dependencies are for the optional camel backend (pip install '.[camel]').
	$(BIN)/python -m pip install -q --disable-pip-version-check emoji regex six
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps 'camel-tools>=1.6,<1.7'
	# pip compiles no bytecode for an editable install, and where PYTHONDONTWRITEBYTECODE is set
	# no run writes it either: every start-up then compiled the package's sources (0.1 s CPU of 0.6).
	$(BIN)/python -m compileall -q extract
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/extract run samples -o out/samples.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	@if [ -d $(SEED) ]; then echo "== $(SEED)"; $(BIN)/extract eval $(SEED); fi
	@if [ -d $(NEWS) ]; then echo "== $(NEWS)"; $(BIN)/extract eval $(NEWS); fi
	@echo "== samples"; $(BIN)/extract eval samples
	@echo "== NER: samples/ner_test.conll (lexicon)"; $(BIN)/extract eval-ner samples/ner_test.conll --ner lexicon
	@echo "== NER: samples/ner_test.conll (lexicon+crf)"; $(BIN)/extract eval-ner samples/ner_test.conll --ner lexicon+crf
	@if [ -d $(NER_DATA) ]; then for backend in crf lexicon+crf nn; do \
		echo "== NER: ANERcorp test ($$backend)"; $(BIN)/extract eval-ner $(NER_DATA)/anercorp/test.conll --ner $$backend --group 10; \
		echo "== NER: AQMAR, out of domain ($$backend)"; $(BIN)/extract eval-ner $(NER_DATA)/aqmar --ner $$backend --group 0; done; fi
	@if [ -f $(CORPUS) ]; then $(BIN)/python scripts/materialise_real.py $(CORPUS) $(REAL) && \
		for split in $(REAL_SPLITS); do echo "== real-text $$split (samples/real/$$split)"; $(BIN)/extract eval $(REAL)/$$split; done; \
	else echo "== real-text set skipped: $(CORPUS) not found"; fi

# Dates and events (RECORD.md section 4): samples and the public event-coding sentences.
EVENTS ?= ../shared/data/events/petrarch_arabic_validation.jsonl
eval-events: $(STAMP)
	@echo "== samples (dates, events)"; $(BIN)/extract eval samples | tail -4
	@if [ -f $(EVENTS) ]; then echo "== public event sentences ($(EVENTS))"; \
		$(BIN)/python scripts/eval_events_public.py $(EVENTS); fi

clean:
	rm -rf $(VENV) out build *.egg-info
	find extract -name "*.so" -delete

bench: $(STAMP)
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_ner.py --articles 300 --ner lexicon crf lexicon+crf

report: $(STAMP)
	$(BIN)/extract show samples -o out/report.html
	$(BIN)/extract eval samples --html out/eval.html

fuzz: $(STAMP)
	EXTRACT_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest tests/test_fuzz.py -q

SILVER_ARTICLES ?= 20000
VECTOR_ARTICLES ?= 40000

# Rebuilds the CRF NER shipped in extract/data (5-15 minutes on this machine's shared 2 cores, deterministic):
# word clusters from the floret vectors of extract/data/ner_model, then CRFsuite's L-BFGS on all of ANERcorp's
# train.conll (never test.conll), then the scores on ANERcorp test and AQMAR. Needs python-crfsuite
# (pip install '.[train]'). `scripts/train_crf.py --dev-fraction 0.1` scores the held-out dev split.
train-ner: $(STAMP)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[train]'
	OMP_NUM_THREADS=1 $(BIN)/python scripts/build_word_clusters.py extract/data/ner_model extract/data/word_clusters_ar.tsv.gz \
		--vectors extract/data/word_vectors_ar.npz
	$(BIN)/python scripts/train_crf.py $(NER_DATA)/anercorp/train.conll -o extract/data/ner_crf.npz
	$(BIN)/extract eval-ner $(NER_DATA)/anercorp/test.conll --ner crf --group 10
	$(BIN)/extract eval-ner $(NER_DATA)/aqmar --ner crf --group 0

# Rebuilds the neural NER shipped in extract/data/ner_nn.npz (a BiLSTM-CRF stacked on the CRF, run with numpy):
# two CRFs on the halves of ANERcorp's train.conll (two processes) give each half its marginals, then the
# network trains 20 epochs with a fixed seed on one thread (about 10-25 minutes on this machine's shared
# 2 cores). It reads the shipped CRF's marginals at run time: run it again after `make train-ner`. Needs
# PyTorch's CPU build (torch==2.13.0, in '.[train]'). `--dev-fraction 0.1` scores the held-out dev split.
train-nn: $(STAMP)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[train]'
	rm -rf models/training/nn_folds
	$(BIN)/python scripts/train_nn.py $(NER_DATA)/anercorp/train.conll --stack models/training/nn_folds --epochs 20 \
		-o extract/data/ner_nn.npz
	$(BIN)/extract eval-ner $(NER_DATA)/anercorp/test.conll --ner nn --group 10
	$(BIN)/extract eval-ner $(NER_DATA)/aqmar --ner nn --group 0

# Rebuilds extract/data/ner_model (the spaCy NER) from the corpus (about 25 minutes on this machine's 2 cores): silver data from
# the lexicon NER with name replacement, floret vectors on the corpus, then spaCy training with a
# fixed seed on 2 threads. Needs floret (pip install '.[train]').
train-ner-spacy: $(STAMP)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[train]'
	$(BIN)/python scripts/build_silver_ner.py $(CORPUS) models/silver --articles $(SILVER_ARTICLES)
	$(BIN)/python scripts/train_vectors.py $(CORPUS) models/vectors --articles $(VECTOR_ARTICLES)
	$(BIN)/python -m spacy init vectors ar models/vectors/vectors.floret models/training/vectors --mode floret --attr NORM
	OMP_NUM_THREADS=2 $(BIN)/python -m spacy train models/training/ner.cfg --paths.train models/silver/train.spacy \
		--paths.dev models/silver/dev.spacy --paths.vectors models/training/vectors --output models/training/out \
		--system.seed 0
	rm -rf extract/data/ner_model && cp -r models/training/out/model-best extract/data/ner_model
	$(BIN)/extract eval-ner samples/ner_test.conll --ner model
