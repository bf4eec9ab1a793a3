# Everything a fresh machine needs goes through these targets (CI calls `make test` via .ci/run).
.DEFAULT_GOAL := help
PY := .venv/bin/python
export RUFF_NO_CACHE := true

.PHONY: help install generate check-generated check-redis lint format typecheck test test-fast demo bench dist docs docs-serve

help:
	@echo "make install          create .venv with uv (installs uv with pip if missing)"
	@echo "make demo             run the demo bot against the bundled local IG simulator"
	@echo "make test             check generated code, lint, type-check and run every test"
	@echo "make generate         rebuild ig_sdk/_generated/ from spec/"
	@echo "make check-generated  fail if ig_sdk/_generated/ is stale"
	@echo "make dist             build the wheel and the sdist into dist/"
	@echo "make docs             build the documentation site into site/ (strict: broken links fail)"
	@echo "make lint | typecheck | format | bench"

install: .venv/.installed

# uv from PATH, else installed with pip and run as a module (no PATH or shell-hash assumptions).
UV_OR_PIP := if command -v uv >/dev/null 2>&1; then UV=uv; \
	else python3 -m uv --version >/dev/null 2>&1 || python3 -m pip install --quiet uv \
	  || python3 -m pip install --quiet --break-system-packages uv; UV="python3 -m uv"; fi

.venv/.installed: pyproject.toml uv.lock
	@$(UV_OR_PIP); $$UV sync --frozen
	@touch $@

# The demo gets an environment of its own with only what a user installs (ig-sdk plus the `testing` extra
# for the simulator): no mypy, ruff or codegen just to watch a bot trade.
.venv-demo/.installed: pyproject.toml uv.lock
	@$(UV_OR_PIP); UV_PROJECT_ENVIRONMENT=.venv-demo $$UV sync --frozen --no-dev --extra testing --quiet
	@touch $@

generate: install
	$(PY) -m codegen

check-generated: install
	$(PY) -m codegen --check

lint: install
	$(PY) -m ruff check ig_sdk codegen tests examples bench docs/_hooks
	$(PY) -m ruff format --check ig_sdk codegen tests examples bench docs/_hooks

format: install
	$(PY) -m ruff check --fix ig_sdk codegen tests examples bench docs/_hooks
	$(PY) -m ruff format ig_sdk codegen tests examples bench docs/_hooks

typecheck: install
	$(PY) -m mypy

# The shared-limiter tests start a real redis-server; they fail (never skip) without it.
check-redis:
	@command -v redis-server >/dev/null 2>&1 || { \
	  echo "make test needs redis-server (the shared-limiter tests start a real one on a free port)."; \
	  echo "Install it: sudo apt-get install redis-server (Debian/Ubuntu), brew install redis (macOS)."; \
	  exit 1; }

test: check-generated lint typecheck check-redis
	$(PY) -m pytest -q -p no:cacheprovider

test-fast: install
	$(PY) -m pytest -q -x -p no:cacheprovider

demo: .venv-demo/.installed
	.venv-demo/bin/python examples/demo_bot.py

bench: install
	$(PY) -m bench

dist: install
	rm -rf dist
	@$(UV_OR_PIP); $$UV build --out-dir dist

# mkdocs 1.x prints an advert for its successor on every build; the strict build is what matters here.
docs: install
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --site-dir site

docs-serve: install
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs serve
