# Two commands do everything on a fresh clone (Python >= 3.11):
#   make serve   set up .venv, then serve the site on http://127.0.0.1:8000 (PORT=... for another port)
#   make test    set up .venv, then run every test
# Setup installs the exact versions in constraints.txt and this project (editable).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Material's end-of-life banner, once for every command below and what they start.
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build check test test-fast schemas bench lighthouse clean fuzz pdf render build-zensical diff linkcheck

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + "); set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[site,test,zensical,links,pdf]'
	@touch $(STAMP)

PORT ?= 8000

serve: setup  ## preview the site on http://127.0.0.1:$(PORT) (make serve PORT=8001); pages rebuild when docs/ or data/ change
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:$(PORT)

build: setup  ## the strict build, into site/
	$(BIN)/mkdocs build --strict

PDF_WORK := .cache/pdf

pdf: setup  ## the strict build into site/, with the report as a typeset PDF (icat_report.paper; needs Pango)
	REPORT_PDF=1 $(BIN)/mkdocs build --strict --site-dir $(PDF_WORK)/site
	$(BIN)/python -m icat_report pdf $(PDF_WORK)/site $(PDF_WORK)/report.pdf
	REPORT_PDF=$(PDF_WORK)/report.pdf $(BIN)/mkdocs build --strict

render: setup  ## the site's final pages as a plain project in plain-project/ (README: end of life)
	$(BIN)/python -m icat_report render plain-project

build-zensical: render  ## the same site built by Zensical, into site-zensical/
	cd plain-project && ../$(BIN)/zensical build --strict
	rm -rf site-zensical && cp -R plain-project/site site-zensical

check: setup  ## validate data/ and list every problem
	$(BIN)/python -m icat_report check

BASE ?= main
HEAD ?=
FORMAT ?= text

diff: setup  ## what the working tree (or HEAD=rev) does to the report compared with BASE=rev (default main)
	$(BIN)/python -m icat_report diff $(BASE) $(HEAD) --format $(FORMAT)

linkcheck: build  ## check every outbound address in data/ and site/ (weekly on GitHub: .github/workflows/links.yml)
	$(BIN)/python -m icat_report links --site site

schemas: setup  ## rewrite schemas/ from the model after changing it
	$(BIN)/python -m icat_report schemas

test: setup
	$(BIN)/python -m pytest

test-fast: setup  ## every test but the browser tests
	$(BIN)/python -m pytest -m "not browser"

bench: setup  ## build speed, serve latency and page weight (bench/README.md)
	$(BIN)/python bench/run.py

fuzz: setup  ## 10,000 fuzz cases over the data and pages; figures to bench/README.md
	$(BIN)/python bench/fuzz.py

lighthouse: setup  ## Lighthouse on each kind of page (needs Node.js and npm)
	$(BIN)/python bench/lighthouse.py

clean:
	rm -rf site .pytest_cache site-zensical plain-project
