# The README's two commands: `make demo` (set up, run the seeds end to end) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: demo test lint setup clean ontology

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	@mkdir -p out
	$(BIN)/kgraph extract seeds/ -o out/seeds.ttl
	$(BIN)/kgraph html out/seeds.ttl -o out/seeds.html --title "kgraph: five seed articles"
	$(BIN)/kgraph stats out/seeds.ttl

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

ontology: $(STAMP)
	$(BIN)/python -m kgraph.ontology

clean:
	rm -rf out .pytest_cache build *.egg-info
