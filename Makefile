# The pipeline as a small DAG: raw/ papers -> output/ tables.  `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: help run report export test deb-packages fuzz eval val train check-dict candidates bench bench-pdf clean
.DEFAULT_GOAL := run

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	@touch $@

run: $(STAMP)  ## process raw/ into output/ (only papers that changed), and refresh output/report.html when anything did
	@$(PY) -m pipeline run raw --out output; rc=$$?; [ $$rc -gt 1 ] && exit $$rc; \
	  $(PY) -m pipeline report --out output --html output/report.html --if-changed || exit $$?; exit $$rc

report: run  ## the HTML evidence report over output/ -> output/report.html, written again
	$(PY) -m pipeline report --out output --html output/report.html

export: run  ## the claims for Cytoscape (GraphML, SIF) and the papers as BioC XML -> output/export/
	$(PY) -m pipeline export --to graphml --out output
	$(PY) -m pipeline export --to sif --out output
	$(PY) -m pipeline export --to bioc --out output

test: $(STAMP) deb-packages  ## the test suite (as root, first installs the Debian packages it needs)
	$(PY) -m pytest -q

deb-packages:  ## the Debian packages the tests need (chromium, fonts-wqy-zenhei): installed when missing, as root
	@bash .ci/debian-packages

fuzz: $(STAMP)  ## the fuzzing harness at full size: hostile texts, 1,000 mutated PDFs, generated texts (minutes)
	FUZZ_SCALE=1 FUZZ_PDFS=1000 FUZZ_REPORT=1 HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q -s -p no:cacheprovider tests/test_fuzz.py

# The train set: the sample papers (gold/dev, read from raw/) and the train passages
# (gold/train, read from gold/train/texts). Validation lives outside the project.
# gold/extra: 210 passages annotated by the team (gold/extra/README.md), scored on their own.
TRAIN_OUT := output/train
EXTRA_OUT := output/extra
VAL_SCORE := ../shared/tools/val_score

eval: run  ## score the train set: sample papers (gold/dev), train passages (gold/train), both as one; team-annotated passages (gold/extra); errors to output/
	@$(PY) -m pipeline run gold/train/texts --out $(TRAIN_OUT) --no-progress > $(TRAIN_OUT).log 2>&1 \
	  || { echo "eval: the pipeline failed on gold/train/texts (see $(TRAIN_OUT).log)"; tail -n 3 $(TRAIN_OUT).log; exit 1; }
	@echo "== sample papers (gold/dev)"
	@$(PY) -m pipeline eval --gold gold/dev --out output --errors output/errors.txt
	@echo "== train passages (gold/train)"
	@$(PY) -m pipeline eval --gold gold/train --out $(TRAIN_OUT) --errors $(TRAIN_OUT)/errors.txt | grep -v '^paper '
	@echo "== train set: both as one"
	@$(PY) -m pipeline eval --gold gold/dev --out output --gold gold/train --out $(TRAIN_OUT) | grep -E '^(scope|all|lang|gold names)'
	@$(PY) -m pipeline run gold/extra/texts --out $(EXTRA_OUT) --no-progress > $(EXTRA_OUT).log 2>&1 \
	  || { echo "eval: the pipeline failed on gold/extra/texts (see $(EXTRA_OUT).log)"; tail -n 3 $(EXTRA_OUT).log; exit 1; }
	@echo "== team-annotated passages (gold/extra)"
	@$(PY) -m pipeline eval --gold gold/extra --out $(EXTRA_OUT) --errors $(EXTRA_OUT)/errors.txt | grep -v '^paper '

val: $(STAMP)  ## validation figures only (numbers, no errors), when ../shared/val is present
	@if [ -x $(VAL_SCORE) ]; then $(VAL_SCORE) $(PY); else echo "val: no $(VAL_SCORE) here (validation lives outside the project): skipped"; fi

train: $(STAMP)  ## refit the confidence model on the readable gold sets (dev, train, extra) -> pipeline/models/confidence.json (docs/confidence.md)
	$(PY) -m pipeline.evaluation.train_confidence

check-dict: $(STAMP)  ## validate the dictionaries
	$(PY) -m pipeline check-dict

candidates: $(STAMP)  ## terms the papers use that the dictionary lacks -> output/candidates.tsv
	$(PY) -m pipeline candidates --out output --tsv output/candidates.tsv

bench: $(STAMP)  ## throughput, memory, and the cost of reruns
	$(PY) -m pipeline.runtime.bench

bench-pdf: $(STAMP)  ## pages per second on PDFs: pdfplumber alone, the reader, the whole pipeline
	@dir=$$(mktemp -d) && for f in raw/*.txt; do $(PY) -m tests.make_pdf $$f $$dir/$$(basename $$f .txt).pdf >/dev/null 2>&1; done \
	  && $(PY) -m pipeline.runtime.bench_pdf $$dir; rc=$$?; rm -rf $$dir; exit $$rc

clean:  ## remove output tables, the report and the PDF cache (keeps output/README.md)
	rm -rf output/documents output/sentences output/mentions output/triples output/claims.parquet \
	       output/report.html output/_manifest.json output/_journal.jsonl output/errors.txt output/_cache output/export
