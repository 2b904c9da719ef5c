# granska: the two commands a newcomer needs are `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install serve test check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU wheel of torch first: an unpinned torch would pull gigabytes of CUDA packages.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## serve: install, build the index if it is missing or stale, then (until the service exists)
## print the corpus entries
serve: install
	$(BIN)/granska corpus check
	$(BIN)/granska index
	$(BIN)/granska corpus entries

## test: install and run the whole test suite
test: install
	$(BIN)/granska corpus check
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .granska .pytest_cache
