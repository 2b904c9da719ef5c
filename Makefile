# granska: the two commands a newcomer needs are `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install serve test check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## serve: install, then (until the service exists) check the corpus and print its entries
serve: install
	$(BIN)/granska corpus check
	$(BIN)/granska corpus entries

## test: install and run the whole test suite
test: install
	$(BIN)/granska corpus check
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .granska .pytest_cache
