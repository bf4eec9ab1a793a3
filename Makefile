# Everything a fresh machine needs goes through these targets (CI calls `make test` via .ci/run).
.DEFAULT_GOAL := help
PY := .venv/bin/python
export RUFF_NO_CACHE := true

.PHONY: help install generate check-generated lint format typecheck test test-fast demo bench

help:
	@echo "make install          create .venv with uv (installs uv with pip if missing)"
	@echo "make demo             run the demo bot against the bundled local IG simulator"
	@echo "make test             check generated code, lint, type-check and run every test"
	@echo "make generate         rebuild ig_sdk/_generated/ from spec/"
	@echo "make check-generated  fail if ig_sdk/_generated/ is stale"
	@echo "make lint | typecheck | format | bench"

install: .venv/.installed

# uv from PATH, else installed with pip and run as a module (no PATH or shell-hash assumptions).
.venv/.installed: pyproject.toml uv.lock
	@if command -v uv >/dev/null 2>&1; then uv sync --frozen; \
	else python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv \
	  || python3 -m pip install --quiet --break-system-packages uv; \
	  python3 -m uv sync --frozen; fi
	@touch $@

generate: install
	$(PY) -m codegen

check-generated: install
	$(PY) -m codegen --check

lint: install
	$(PY) -m ruff check ig_sdk codegen tests examples bench
	$(PY) -m ruff format --check ig_sdk codegen tests examples bench

format: install
	$(PY) -m ruff check --fix ig_sdk codegen tests examples bench
	$(PY) -m ruff format ig_sdk codegen tests examples bench

typecheck: install
	$(PY) -m mypy

test: check-generated lint typecheck
	$(PY) -m pytest -q -p no:cacheprovider

test-fast: install
	$(PY) -m pytest -q -x -p no:cacheprovider

demo: install
	$(PY) examples/demo_bot.py

bench: install
	$(PY) -m bench
