# `make run`: set everything up and start the web server and the worker. `make test`: install,
# then every test (on a database of its own). `make bench`: the benchmarks. Each target installs
# what it needs on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)

.PHONY: run test bench load-test setup lint chromium

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)
	mkdir -p var
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python manage.py seed_demo

run: setup
	bash scripts/run.sh

chromium:
	bash scripts/ensure-chromium.sh

# The tests make their own database: the development one is neither migrated nor seeded here.
test: $(STAMP) chromium
	mkdir -p var
	$(BIN)/python manage.py collectstatic --noinput -v0
	$(BIN)/python -m pytest

# Every benchmark, then the load test, runs and prints its figures; the target fails if any
# missed its target.
bench: setup
	bash scripts/ensure-services.sh
	@status=0; for bench in bench/bench_*.py bench/load_test.py; do echo "== $$bench"; \
		$(BIN)/python $$bench || status=1; done; exit $$status

# The production-profile load test (PostgreSQL, gunicorn; loopback only, bounded in time).
load-test: setup
	bash scripts/ensure-services.sh
	$(BIN)/python bench/load_test.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache  # the layers: [tool.importlinter] in pyproject.toml
	bash scripts/audit-deps.sh
