# The two commands of the README's Quick start: `make demo` and `make test`.
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup demo web test lint bench fuzz

$(VENV)/.installed: pyproject.toml scripts/setup.sh
	VENV=$(VENV) bash scripts/setup.sh
	touch $@

setup: $(VENV)/.installed

demo: setup
	VENV=$(VENV) bash scripts/demo.sh

web: setup
	VENV=$(VENV) bash scripts/web.sh

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	VENV=$(VENV) bash scripts/test.sh

bench: setup
	$(BIN)/python bench/bench_parse.py

# A longer mutation fuzz of the PDF, DOCX and TXT readers than the one the tests run (about 10 minutes).
fuzz: setup
	$(BIN)/python bench/fuzz_readers.py --seconds 600
