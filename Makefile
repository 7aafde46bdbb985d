# `make run` and `make test` install into .venv when needed (only when pyproject.toml changes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SEED ?= ../shared/seed
NEWS ?= ../shared/data/news

.PHONY: install run test eval bench report fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test,dask]'
	# camel-tools' character utilities only, for the cross-check tests; its torch/transformers
	# dependencies are for the optional camel backend (pip install '.[camel]').
	$(BIN)/python -m pip install -q --disable-pip-version-check emoji regex six
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps 'camel-tools>=1.6,<1.7'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/extract run samples -o out/samples.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	@if [ -d $(SEED) ]; then echo "== $(SEED)"; $(BIN)/extract eval $(SEED); fi
	@if [ -d $(NEWS) ]; then echo "== $(NEWS)"; $(BIN)/extract eval $(NEWS); fi
	@echo "== samples"; $(BIN)/extract eval samples

clean:
	rm -rf $(VENV) out build *.egg-info

bench: $(STAMP)
	$(BIN)/python scripts/bench.py

report: $(STAMP)
	$(BIN)/extract show samples -o out/report.html
	$(BIN)/extract eval samples --html out/eval.html

fuzz: $(STAMP)
	EXTRACT_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest tests/test_fuzz.py -q
