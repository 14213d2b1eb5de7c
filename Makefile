# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= $(shell for p in python3.13 python3.12 python3; do command -v $$p >/dev/null 2>&1 && { echo $$p; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?= -n 2
# Links in e-mail and SMS follow the address the development server runs on.
PUBLIC_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: run banner test venv dev-venv lint migrate messages clean bench

# uv (https://docs.astral.sh/uv/) installs in seconds what pip needs minutes for; pip when uv is not there.
UV := $(shell command -v uv 2>/dev/null)
ifdef UV
MAKE_VENV = $(UV) venv --quiet --python $(PYTHON) $(VENV)
INSTALL = $(UV) pip install --quiet --python $(PY)
else
MAKE_VENV = $(PYTHON) -m venv $(VENV) && $(PY) -m pip install --quiet --upgrade pip
INSTALL = $(PY) -m pip install --quiet
endif

$(VENV)/.installed: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else "Python 3.12 or newer is needed (found %s)" % sys.version.split()[0])'
	test -x $(PY) || { $(MAKE_VENV); }
	$(INSTALL) -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(INSTALL) -r requirements-dev.txt
	touch $@

venv: $(VENV)/.installed
dev-venv: $(VENV)/.installed-dev

migrate: venv
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable

run: export PUBLIC_BASE_URL := $(PUBLIC_BASE_URL)
run: venv
	$(PY) manage.py prepare_dev -v0
	@trap 'kill 0' INT TERM EXIT; \
	$(PY) manage.py qcluster & \
	$(PY) manage.py runserver $(HOST):$(PORT) & \
	sleep 4; $(MAKE) -s banner; \
	wait

# Printed a few seconds after start, so the queue's first output (demo receipts) does not hide it.
banner:
	@echo ""
	@echo "  The portal runs at http://$(HOST):$(PORT)/  (back office: http://$(HOST):$(PORT)/admin/)"
	@echo "  Demo log-ins, password steg-for-steg-demo:"
	@echo "    admin@example.org, koordinator.drammen@example.org, koordinator.oslo@example.org,"
	@echo "    tidgiver@example.org, tidgiver2@example.org, tidgiver3@example.org"
	@echo "  Log in by SMS code as a Tidgiver with 400 00 001 (Tone), 400 00 002 (Per) or 400 00 003 (Aisha)."
	@echo "  Coordinators set up two-step log-in (TOTP) the first time. Ctrl-C stops both processes."
	@echo "  No e-mail or SMS leaves this machine: each is printed in full (recipient, text, links, codes)"
	@echo "  right here in this terminal, and listed in the back office under Utboks."
	@echo ""

lint: dev-venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: dev-venv lint
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(PY) manage.py check
	$(PY) -m pytest $(PYTEST_ARGS)

messages: dev-venv
	$(PY) manage.py makemessages -l nb --ignore=.venv --ignore=tests --ignore=staticfiles --ignore=scripts --no-obsolete --no-wrap
	$(PY) scripts/fill_po.py $$(find . -path ./.venv -prune -o -path ./portal/overrides -prune -o -name django.po -path '*/nb/*' -print)
	$(PY) manage.py compilemessages --ignore=.venv

# Requests/s, p50/p99 and share of a hello-world view for every page (PostgreSQL + Redis + wrk; see README).
bench: dev-venv
	$(PY) scripts/bench.py

clean:
	rm -rf $(VENV) staticfiles
