# Two commands: `make run` (the app) and `make test` (everything CI checks).
# Every target is idempotent and quick when nothing changed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
SYS_STAMP := $(VENV)/.system-packages
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test lint format index corpus bench eval install clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

# CPU torch first, from its exact version, or pip pulls the multi-GB CUDA build.
$(STAMP): pyproject.toml Makefile | $(PY)
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[dev,milvus,baseline]'
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium for the real-browser tests (never `playwright install`).
$(SYS_STAMP): | $(PY)
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi wqy; then \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver fonts-wqy-microhei; \
	fi
	touch $(SYS_STAMP)

corpus: $(STAMP)
	$(VENV)/bin/legalqa corpus build

index: $(STAMP)
	$(VENV)/bin/legalqa index build --if-stale

run: index
	$(VENV)/bin/streamlit run app.py --server.address 127.0.0.1 --server.port 8501

test: $(STAMP) $(SYS_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/legalqa index build --if-stale --quiet
	$(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: index
	$(PIP) install -q -e '.[baseline]'
	$(PY) -m bench.retrieval

eval: index
	$(VENV)/bin/legalqa eval --dataset eval/qa.jsonl --report eval/reports/latest

clean:
	rm -rf index/*.tmp index/.build-*
