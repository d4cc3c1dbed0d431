# Two commands do everything on a fresh machine (Python 3.11+):
#   make demo   sets up .venv, installs geokg, builds the graph of the shipped sample into out/ and its report
#   make test   sets up .venv if needed and runs the test suite
#   make eval   scores every dev file in $(DEV) (default ../shared/dev): one table, printed last
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
OUT ?= out
DEV ?= ../shared/dev

.PHONY: demo test install clean lint eval

install: $(VENV)/.installed
	@# An editable install records where the checkout was: after a move, install again.
	@grep -qxF '$(CURDIR)' $(VENV)/.installed || { rm -rf $(VENV) && $(MAKE) --no-print-directory $(VENV)/.installed; }

$(VENV)/.installed: setup.cfg pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,dask]'
	echo '$(CURDIR)' > $@

demo: install
	$(VENV)/bin/geokg build samples/ -o $(OUT)/
	$(VENV)/bin/geokg query $(OUT)/ @samples/assertions.rq
	$(VENV)/bin/geokg report $(OUT)/ -o $(OUT)/report.html
	@echo "Open $(OUT)/graph.html in a browser to explore the graph, and $(OUT)/report.html to read the analysis."

test: install
	$(PY) -m pytest -q

eval: install
	@$(PY) -m geokg.extract.dashboard $(DEV)

lint: install
	$(VENV)/bin/ruff check extract graph ontology tests benchmarks

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
