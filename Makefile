# Set-up and everyday commands. `make run` and `make test` are all a new
# machine needs; see README.md.
.DEFAULT_GOAL := help
SHELL := /bin/sh

VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1
MANAGE := $(PY) manage.py

# `make run` serves the site as visitors get it: DEBUG off, gunicorn, hashed
# and compressed static files. Plain HTTP on the local machine, so no HTTPS
# redirect and no Secure-only cookies (DJANGO_HTTPS=false).
RUN_ENV = DJANGO_DEBUG=false DJANGO_HTTPS=false \
	DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .secret_key)}"
# The test suite's own settings (tests/_env.py fills in the rest).
TEST_ENV = DJANGO_DEBUG=false DJANGO_HTTPS=false

.PHONY: help run dev test lint format bench audit admin messages check-deploy clean

help:
	@echo "make run     set up everything and serve the site on http://$(HOST):$(PORT)"
	@echo "make test    run the whole test suite"
	@echo "make dev     Django's development server with DEBUG on"
	@echo "make admin   create the first staff account"
	@echo "make lint    ruff, djhtml and import-layer checks     make format   fix formatting"
	@echo "make messages  update the translation catalogues from the code"
	@echo "make audit   page weights and Lighthouse scores (needs Node and Chromium)"
	@echo "make bench   the site under load (wrk) beside a bare Django page; writes docs/performance.md"

$(VENV)/.python-ok:
	@py=$$(sh scripts/find-python.sh) || exit 1; \
	if [ -x $(PY) ] && ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
		echo "Replacing $(VENV): it was made with a Python older than 3.12."; rm -rf $(VENV); \
	fi; \
	[ -x $(PY) ] || { echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV); }
	@touch $@

$(VENV)/.runtime: $(VENV)/.python-ok requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt requirements-s3.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

.secret_key:
	@$(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	@chmod 600 $@
	@echo "Generated a secret key in .secret_key (never commit it)."

compile: $(VENV)/.runtime
	@$(PY) scripts/compile_messages.py

run: $(VENV)/.runtime compile .secret_key
	@$(RUN_ENV) $(MANAGE) migrate --no-input
	@$(RUN_ENV) $(MANAGE) load_demo
	@$(RUN_ENV) $(MANAGE) collectstatic --no-input --verbosity 0
	@echo ""
	@echo "The site: http://$(HOST):$(PORT)/  (/lt/ Lithuanian, /en/ English, /ru/ Russian, /uk/ Ukrainian)"
	@echo "The admin: http://$(HOST):$(PORT)/lt/admin/ ; create the first staff account"
	@echo "with 'make admin' in another terminal. Stop the server with Ctrl+C."
	@echo ""
	$(RUN_ENV) $(VENV)/bin/gunicorn --config gunicorn.conf.py --bind $(HOST):$(PORT) config.wsgi

dev: $(VENV)/.dev compile
	DJANGO_DEBUG=true $(MANAGE) migrate --no-input
	DJANGO_DEBUG=true $(MANAGE) load_demo
	DJANGO_DEBUG=true $(MANAGE) runserver $(HOST):$(PORT)

admin: $(VENV)/.runtime .secret_key
	$(RUN_ENV) $(MANAGE) createsuperuser

test: $(VENV)/.dev compile
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(VENV)/bin/lint-imports --no-cache

format: $(VENV)/.dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml templates

messages: $(VENV)/.dev  ## needs GNU gettext (xgettext)
	DJANGO_DEBUG=true $(MANAGE) makemessages --all --no-location --no-obsolete --ignore=.venv --ignore=staticfiles
	$(PY) scripts/compile_messages.py

# The site under load beside a bare Django page, with wrk (scripts/bench.py;
# README.md, "make bench"). DATABASE_URL=postgres://... for PostgreSQL.
bench: $(VENV)/.runtime compile .secret_key
	@command -v wrk >/dev/null || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }; \
		else echo "make bench needs wrk: sudo apt-get install wrk (Debian, Ubuntu; brew install wrk on macOS)"; exit 1; fi; }
	$(RUN_ENV) $(PY) scripts/bench.py

# Lighthouse, pinned in scripts/audit/package-lock.json, installed into .tools/audit
# (never globally); it drives Debian's Chromium (CHROME_PATH), downloads no browser.
AUDIT_TOOLS := .tools/audit
$(AUDIT_TOOLS)/.installed: scripts/audit/package.json scripts/audit/package-lock.json
	@command -v npm >/dev/null || { echo "make audit needs Node.js and npm (apt-get install nodejs npm)"; exit 1; }
	@mkdir -p $(AUDIT_TOOLS)
	cp scripts/audit/package.json scripts/audit/package-lock.json $(AUDIT_TOOLS)/
	cd $(AUDIT_TOOLS) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

audit: $(VENV)/.runtime compile $(AUDIT_TOOLS)/.installed
	CHROME_PATH="$${CHROME_PATH:-/usr/bin/chromium}" $(PY) scripts/audit/audit.py $(AUDIT_ARGS)

clean:
	rm -rf staticfiles .pytest_cache .ruff_cache
