# PEC Desk — `make help` lists the targets. `make run` and `make test` work in a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEV    := .dev
QM     := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))
export PEC_DESK_DATA ?= $(CURDIR)/$(DEV)/data
# Python keeps its compiled bytecode (__pycache__/, ignored by git) even where the environment
# says not to: the suite starts hundreds of `pec-desk` processes, and the app's cold start is
# measured as an installed bundle runs, with its modules compiled once.
export PYTHONDONTWRITEBYTECODE :=
DEMO_VOTERS ?= 6000

.PHONY: help setup system run demo demo-reset test test-faults lint format bench translations i18n-update screenshots package test-package clean

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-13s %s\n", $$1, $$2}'

system: ## install the system packages (keyring, D-Bus, Xvfb, fonts, Qt libraries)
	@bash scripts/install-system.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

setup: system $(STAMP) translations ## virtualenv, dependencies, translations

translations: $(STAMP) $(QM) ## build the .qm files from resources/i18n/*.ts

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

i18n-update: $(STAMP) ## re-extract UI strings into resources/i18n/*.ts (then translate them)
	$(BIN)/pyside6-lupdate -extensions py app/ui app/main.py -locations none -no-obsolete \
	  -ts resources/i18n/pecdesk_ky.ts resources/i18n/pecdesk_ru.ts resources/i18n/pecdesk_en.ts

screenshots: setup ## draw every page and main dialog in ky and ru under Xvfb into docs/screenshots/
	QT_QPA_PLATFORM=xcb KEYRING_KEEP_DISPLAY=1 xvfb-run -a -s "-screen 0 1600x1000x24" \
	  bash scripts/with-keyring.sh $(BIN)/python scripts/screenshots.py --out docs/screenshots

demo: setup ## create the demo precinct in .dev/data if there is none
	@mkdir -p $(DEV)
	@if [ ! -f "$(PEC_DESK_DATA)/precinct.db" ]; then \
	  KEYRING_HOME=$(CURDIR)/$(DEV)/keyring bash scripts/with-keyring.sh \
	    $(BIN)/pec-desk demo --voters $(DEMO_VOTERS); \
	  echo "Note these one-time passwords now: they are shown once (make demo-reset makes new ones)."; \
	fi

demo-reset: ## throw the demo precinct away and make a new one
	rm -rf $(DEV)
	$(MAKE) demo

run: demo ## set everything up and open the app
	KEYRING_HOME=$(CURDIR)/$(DEV)/keyring KEYRING_KEEP_DISPLAY=1 bash scripts/with-keyring.sh bash scripts/run-gui.sh $(BIN)/pec-desk gui

TEST_WORKERS ?= 2

test: setup ## run the whole test suite (real SQLCipher, real keyring in a private D-Bus; TEST_WORKERS=2 processes)
	QT_QPA_PLATFORM=offscreen bash scripts/with-keyring.sh $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

test-faults: setup ## the fault harness: kills, races, full/read-only disks, fuzz (FAULTS_ARGS=--quick for CI's part)
	QT_QPA_PLATFORM=offscreen bash scripts/with-keyring.sh $(BIN)/python -m tests.faults.harness $(FAULTS_ARGS)

lint: setup ## ruff (lint + format check) and mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP) ## apply ruff's fixes and formatting
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: setup ## the performance benchmarks (BENCH_VOTERS=1000000 for the full size)
	bash scripts/with-keyring.sh $(BIN)/python bench/search.py --voters $${BENCH_VOTERS:-100000}
	bash scripts/with-keyring.sh $(BIN)/python bench/sync.py --voters $${BENCH_VOTERS:-100000}
	$(BIN)/python bench/update_floor.py --voters $${BENCH_VOTERS:-100000}
	$(BIN)/python bench/pagecost.py
	$(BIN)/python bench/rowcost.py --rows $${BENCH_ROWS:-1000000}
	$(BIN)/python bench/scan.py --mb $${BENCH_SCAN_MB:-1024}
	bash scripts/with-keyring.sh $(BIN)/python bench/claims.py
	QT_QPA_PLATFORM=offscreen bash scripts/with-keyring.sh $(BIN)/python bench/posting_list.py
	QT_QPA_PLATFORM=offscreen bash scripts/with-keyring.sh $(BIN)/python bench/ui.py --voters $${BENCH_VOTERS:-100000}

KIND ?= production
ROOT_KEY ?= resources/trust/root.json
PACKAGE_CENTRAL := build/package-central
package: setup ## build the bundle and the Linux .deb into build/ (KIND=production|development, ROOT_KEY=the CEC's root file; installer/README.md)
	$(BIN)/pip install -q -e '.[dev,package]'
	$(BIN)/python installer/build.py --target linux --kind $(KIND) --root $(ROOT_KEY)

test-package: setup ## build a production .deb pinned to a test central's root, install it into a scratch root with dpkg, run it, remove it (tests/package)
	rm -rf $(PACKAGE_CENTRAL) && mkdir -p build
	$(BIN)/pec-central --data-dir $(PACKAGE_CENTRAL) init >/dev/null
	$(MAKE) -s package KIND=production ROOT_KEY=$(PACKAGE_CENTRAL)/root.json
	PEC_DESK_DEB=build/pec-desk_$$($(BIN)/python -c 'import sys; sys.path.insert(0, "installer"); import build; print(build.version())')_amd64.deb \
	  PEC_DESK_PACKAGE_CENTRAL=$(PACKAGE_CENTRAL) QT_QPA_PLATFORM=offscreen \
	  bash scripts/with-keyring.sh $(BIN)/python -m pytest -p no:cacheprovider tests/package

clean: ## remove the virtualenv and caches (keeps .dev)
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm build
