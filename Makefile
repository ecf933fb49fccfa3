# The pipeline as a small DAG: raw/ papers -> output/ tables.  `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: help run report test eval check-dict candidates bench bench-pdf clean
.DEFAULT_GOAL := run

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	@touch $@

run: $(STAMP)  ## process raw/ into output/ (only papers that changed)
	$(PY) -m pipeline run raw --out output

report: run  ## the HTML evidence report over output/ -> output/report.html
	$(PY) -m pipeline report --out output --html output/report.html

test: $(STAMP)  ## the test suite
	$(PY) -m pytest -q

eval: $(STAMP)  ## score output/ against gold/dev (GOLD=..., OUT=... to score your own)
	$(PY) -m pipeline eval --gold $(or $(GOLD),gold/dev) --out $(or $(OUT),output) --errors $(or $(OUT),output)/errors.txt

check-dict: $(STAMP)  ## validate the dictionaries
	$(PY) -m pipeline check-dict

candidates: $(STAMP)  ## terms the papers use that the dictionary lacks -> output/candidates.tsv
	$(PY) -m pipeline candidates --out output --tsv output/candidates.tsv

bench: $(STAMP)  ## throughput, memory, and the cost of reruns
	$(PY) -m pipeline.bench

bench-pdf: $(STAMP)  ## pages per second on PDFs: pdfplumber alone, the reader, the whole pipeline
	@dir=$$(mktemp -d) && for f in raw/*.txt; do $(PY) -m tests.make_pdf $$f $$dir/$$(basename $$f .txt).pdf >/dev/null 2>&1; done \
	  && $(PY) -m pipeline.bench_pdf $$dir; rc=$$?; rm -rf $$dir; exit $$rc

clean:  ## remove output tables, the report and the PDF cache (keeps output/README.md)
	rm -rf output/documents output/sentences output/mentions output/triples output/claims.parquet \
	       output/report.html output/_manifest.json output/errors.txt output/_cache
