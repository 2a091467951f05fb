# `make build` sets everything up (a virtual environment with the pinned dependencies) and builds
# raw/ into build/; `make test` runs the tests. Both work on a fresh clone with Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# The extractor's hot modules, which setup.py compiles with mypyc: an edit to one compiles them
# again on the next make setup/build/test (until then the package runs them as plain Python).
HOT := $(wildcard src/newstables/lexicon.py src/newstables/segment.py src/newstables/mentions.py src/newstables/roles.py \
	src/newstables/quotes.py src/newstables/figures.py src/newstables/extract.py src/newstables/compiled.py)
COMPILED := $(VENV)/.compiled

.PHONY: setup build test lint docs bench release clean quality

setup: $(COMPILED)

$(STAMP): requirements.lock pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.lock
	touch $(STAMP)

# Compiled twice, profile-guided: first instrumented, then, after a training build of sample
# articles has written gcc's profile of real extraction, optimised with that profile
# (branches laid out and calls inlined by how often they run: extraction ~11% faster, README
# Benchmark). Where gcc cannot profile, both passes are ordinary compiles.
INSTALL_SELF := $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python --no-deps --reinstall-package newstables -e .
TRAINING := .setuptools-build/training
# The training reads the project's own sample, never the rest of raw/ (a user's corpus may be
# any size): the 287 articles of raw/wikinews, or the tests' 12 where those were removed (a
# profile from those measured 1.6% slower, within the noise).
TRAINING_RAW := $(firstword $(wildcard raw/wikinews) tests/fixtures/wikinews)

$(COMPILED): $(STAMP) $(HOT)
	rm -rf .setuptools-build/profile $(TRAINING)
	NEWSTABLES_PGO=generate $(INSTALL_SELF)
	$(BIN)/newstables build $(TRAINING_RAW) --out $(TRAINING) --no-cache --jobs 1 --quiet
	NEWSTABLES_PGO=use $(INSTALL_SELF)
	rm -rf $(TRAINING)
	touch $(COMPILED)

build: $(COMPILED)
	$(BIN)/newstables build raw

test: $(COMPILED)
	$(BIN)/ruff check src tests bench setup.py
	$(BIN)/ruff format --check src tests bench setup.py
	$(BIN)/mypy
	$(BIN)/pytest

docs: $(COMPILED)
	$(BIN)/python -m newstables.docs

release: $(COMPILED)
	$(BIN)/newstables release

# The benchmark's own environment, as a user installs newstables: its dependencies at the lock's
# versions, without the test tools (pandera imports hypothesis whenever it is installed: 0.07 s
# at the start of every command), plus the optional bench extra (spaCy and its small English
# model, for the comparison), kept apart so spaCy never enters the build's environment.
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): requirements.lock pyproject.toml setup.py Makefile
	rm -rf $(BENCH_VENV)
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet --upgrade pip uv
	$(BENCH_VENV)/bin/uv pip install --quiet --compile-bytecode --python $(BENCH_VENV)/bin/python -c requirements.lock -e '.[bench]'
	rm -f $(COMPILED)  # that install compiled src/ again, without a profile
	touch $(BENCH_STAMP)

# A make of its own for the compiled extractor, which the bench environment's install may just
# have replaced (the two environments share src/).
bench: $(BENCH_STAMP)
	$(MAKE) setup
	$(BENCH_VENV)/bin/python bench/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) $(BENCH_VENV) dist .pytest_cache .ruff_cache .mypy_cache .setuptools-build
	rm -f src/*.so src/newstables/*.so src/newstables/compiled.json

quality: $(COMPILED)
	$(BIN)/python -m newstables.quality
