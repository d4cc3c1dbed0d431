# Two commands do everything on a fresh machine (Python 3.11+):
#   make demo   sets up .venv, installs geokg, builds the graph of the shipped sample into out/
#   make test   sets up .venv if needed and runs the test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
OUT ?= out

.PHONY: demo test install clean lint

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

demo: install
	$(VENV)/bin/geokg build samples/ -o $(OUT)/
	$(VENV)/bin/geokg query $(OUT)/ 'PREFIX gk: <https://w3id.org/geokg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?subject ?relation ?object ?modality WHERE { ?s a gk:Assertion ; gk:subject/rdfs:label ?subject ; gk:predicate/rdfs:label ?relation ; gk:modality/skos:prefLabel ?modality . OPTIONAL { ?s gk:object/rdfs:label ?object } FILTER(lang(?subject) = "en" && lang(?relation) = "en" && lang(?modality) = "en" && (!bound(?object) || lang(?object) = "en")) } ORDER BY ?subject'
	@echo "Open $(OUT)/graph.html in a browser to explore the graph."

test: install
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check extract graph ontology tests benchmarks

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
