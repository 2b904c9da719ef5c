# granska: the two commands a newcomer needs are `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install serve test clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The CPU wheel of torch first: an unpinned torch would pull gigabytes of CUDA packages.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev,torch]'
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium for the browser tests (Playwright drives it; no browser is downloaded).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium

# Debian's LibreOffice Writer: a test opens the exported memo (DOCX) in it and converts it to PDF.
SOFFICE := /usr/bin/soffice
$(SOFFICE):
	if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui

HOST ?= 127.0.0.1
PORT ?= 8000

## serve: install, check the corpus, build the index if it is missing, serve API + UI
serve: install
	$(BIN)/granska corpus check
	$(BIN)/granska serve --host $(HOST) --port $(PORT)

## test: install (with Chromium and LibreOffice) and run the whole test suite
test: install $(CHROMIUM) $(SOFFICE)
	$(BIN)/granska corpus check
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .granska .pytest_cache
