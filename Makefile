# The two commands: `make report` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= seeds
REPORTS ?= reports
TOPIC ?=
PYTEST_ARGS ?=
LINTED := analysis tests benchmarks scripts

.PHONY: report test test-fast lint setup clean-cache data-dictionary check-data-dictionary chromium abc-corpus

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,embeddings]'
	touch $@

# Every notebooks/NN_*.ipynb on $(CORPUS) into $(REPORTS)/NN_name.html, figures in $(REPORTS)/figures/.
# TOPIC: a topic pack (built-in name or folder); default: the corpus's own topic.yaml, if any.
report: setup
	$(BIN)/python -m analysis report $(CORPUS) --out $(REPORTS) $(if $(TOPIC),--topic $(TOPIC))

# Style first (ruff check and ruff format over the code; notebooks/ are excluded in pyproject),
# then the whole suite, doctests of analysis/ included.
test: setup lint abc-corpus
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The ABC news articles of the second quote gold (tests/gold/abc), from the gensim wheel on PyPI
# (a package registry, as for setup). Without them the tests that need them are skipped.
ABC_CORPUS := corpora/abc-lee
abc-corpus: setup
	test -f $(ABC_CORPUS)/lee-001.txt || $(BIN)/python scripts/fetch_abc_corpus.py --out $(ABC_CORPUS) \
		|| echo "could not fetch the ABC corpus: the tests that need it are skipped"

# The fast tier: no spaCy model, no notebooks (seconds).
test-fast: setup lint
	$(BIN)/python -m pytest -m "not model and not slow" $(PYTEST_ARGS) tests

lint: setup
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)

# docs/data_dictionary.md is generated from analysis/schemas; CI fails when it is stale.
data-dictionary: setup
	$(BIN)/python -m analysis.report.datadict

check-data-dictionary: setup
	$(BIN)/python -m analysis.report.datadict --check

# Headless Chromium for tests/test_offline_html.py (Debian package; needs root).
chromium:
	test -x /usr/bin/chromium || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

clean-cache: setup
	$(BIN)/python -c "import shutil, analysis.knowledge as k; shutil.rmtree(k.cache_dir(), ignore_errors=True)"
