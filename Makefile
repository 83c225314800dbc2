# The two commands: `make report` and `make test`. Both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= seeds
REPORTS ?= reports
PYTEST_ARGS ?=

.PHONY: report test setup clean-cache

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

report: setup
	$(BIN)/python -m analysis report $(CORPUS) --out $(REPORTS)

test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

clean-cache:
	rm -rf data/cache
