# The README's two commands: `make demo` (set up, run the seeds end to end) and `make test`.
# `make demo` installs kgraph alone; `make test` installs the `test` extra, which brings the
# test suite's needs and the checks it runs.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
HASH    = $(shell cat pyproject.toml | sha1sum | cut -c1-12)
DEMO_STAMP = $(VENV)/.installed-demo-$(HASH)
TEST_STAMP = $(VENV)/.installed-test-$(HASH)

.PHONY: demo test lint setup clean ontology screenshot

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(DEMO_STAMP): pyproject.toml | $(BIN)/python
	test -f $(TEST_STAMP) || $(BIN)/python -m pip install --quiet -e .
	touch $(DEMO_STAMP)

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(TEST_STAMP)

setup: $(TEST_STAMP)

demo: $(DEMO_STAMP)
	@mkdir -p out
	$(BIN)/kgraph extract seeds/ -o out/seeds.ttl
	$(BIN)/kgraph html out/seeds.ttl -o out/seeds.html --title "kgraph: five seed articles"
	$(BIN)/kgraph stats out/seeds.ttl

test: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

ontology: $(DEMO_STAMP)
	$(BIN)/python -m kgraph.ontology

# The README's screenshot, drawn again from the seeds in headless Chromium; tests/browser.py
# installs Debian's chromium with apt-get when it is missing (as the browser tests do).
screenshot: $(DEMO_STAMP)
	$(BIN)/python tests/browser.py docs/screenshot.png

clean:
	rm -rf out .pytest_cache build dist *.egg-info
