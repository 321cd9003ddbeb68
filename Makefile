# The two commands a fresh machine needs: `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev migrate demo lint check pytest clean

run: install migrate demo
	$(MANAGE) ensure_admin
	@echo "Wijknetwerk Toolbox: http://$(HOST):$(PORT)/  (beheer: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: install-dev lint check pytest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.txt
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# axe-core, the Nu Html Checker and Lighthouse for the quality checks (package.json); without npm
# the tests that need them are skipped, except in CI.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the axe-core and HTML checks will be skipped"; fi

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev node_modules/.installed

migrate: install
	$(MANAGE) migrate --noinput

demo: migrate
	$(MANAGE) load_demo_content
	$(MANAGE) load_demo_comparison

# A linter from node_modules (eslint, stylelint: package.json): skipped without Node.js and npm,
# except in CI, where it must run.
define node_lint
	@if [ -x node_modules/.bin/$(1) ] && command -v node >/dev/null 2>&1; then echo "$(1) $(2)" && node_modules/.bin/$(1) $(2); \
	elif [ -n "$$CI" ]; then echo "node_modules/.bin/$(1) is missing: make install-dev installs it with npm ci" >&2; exit 1; \
	else echo "$(1) not installed (needs Node.js and npm, then make install-dev): skipped"; fi
endef

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache
	$(call node_lint,eslint,--max-warnings=0 static/js eslint.config.mjs stylelint.config.mjs)
	$(call node_lint,stylelint,--max-warnings=0 'static/css/**/*.css')

check: install-dev
	DJANGO_SETTINGS_MODULE=toolbox_site.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=toolbox_site.settings.test $(MANAGE) makemigrations --check --dry-run

pytest: install-dev
	$(BIN)/pytest

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
