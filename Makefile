# networkkit — `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.PHONY: help setup report test lint format sample lab bench browser clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

LAB_DEFAULTS := jupyter-config/labconfig/default_setting_overrides.json

$(STAMP): pyproject.toml $(LAB_DEFAULTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,lab,bench]'
	@# an editable install skips pyproject's data-files: put the JupyterLab defaults where a
	@# wheel puts them, so any jupyter lab from .venv opens the .py notebooks as notebooks
	install -D -m 644 $(LAB_DEFAULTS) $(VENV)/etc/jupyter/labconfig/default_setting_overrides.json
	touch $(STAMP)

setup: $(STAMP) ## Create .venv and install networkkit with its test and lab extras

browser: ## Install Debian's chromium for the browser tests when it is missing
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing chromium (Debian package)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

report: setup ## Write the network and outreach reports for the bundled sample into reports/
	$(BIN)/networkkit report all

test: setup browser ## Lint, then run the whole test suite
	$(BIN)/ruff check networkkit tests benchmarks notebooks
	$(BIN)/ruff format --check networkkit tests benchmarks notebooks
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

lint: setup ## Ruff check and format check
	$(BIN)/ruff check networkkit tests benchmarks notebooks
	$(BIN)/ruff format --check networkkit tests benchmarks notebooks

format: setup ## Apply ruff's fixes and formatting
	$(BIN)/ruff check --fix networkkit tests benchmarks notebooks
	$(BIN)/ruff format networkkit tests benchmarks notebooks

sample: setup ## Regenerate the committed sample export (data/sample/) and outreach log
	$(BIN)/networkkit sample data/sample --outreach data/sample_outreach.csv

# The JupyterLab defaults (Python files open as notebooks) come with setup, which copies
# jupyter-config/labconfig/ into .venv/etc/jupyter (a wheel install does it through pyproject's
# data-files), so a plain `.venv/bin/jupyter lab` behaves the same. Nothing is written here.
lab: setup ## Start JupyterLab on notebooks/ (opens the jupytext .py sources as notebooks)
	$(BIN)/jupyter lab notebooks/ $(if $(filter 0,$(shell id -u)),--allow-root)

bench: setup ## Run the scale benchmarks (ratios against reference engines)
	$(BIN)/python benchmarks/run.py

clean: ## Remove the environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build *.egg-info
