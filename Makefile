# peergraph: `make run` starts Neo4j, loads a realistic sample and serves the
# API; `make test` runs every test, against a real Neo4j it starts and stops.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

GO ?= go
ADDR ?= 127.0.0.1:8080

# The sample `make run` loads: a few thousand members over a year.
SAMPLE_DIR ?= .sample
SAMPLE_MEMBERS ?= 3000
SAMPLE_MONTHS ?= 12
SAMPLE_SEED ?= 7

# Tests get their own Neo4j (port and folder), because they empty the
# database: they never touch the one `make run` fills.
TEST_DB_DIR ?= $(CURDIR)/.neo4j-test
TEST_DB_PORT ?= 7688

include neo4j-launcher/db.mk

.PHONY: run build sample load reload test test-unit vet generate check-generated clean bench-api bench-load bench-analysis reference

build:
	$(GO) build -o bin/server ./server
	$(GO) build -o bin/loader ./loader

## run: start Neo4j, load the sample (once), serve the API and GraphiQL.
run: db sample load
	@echo "peergraph: serving http://$(ADDR)/graphiql/ (GraphQL at http://$(ADDR)/graphql)"
	$(GO) run ./server --addr $(ADDR)

sample: $(SAMPLE_DIR)/.done
$(SAMPLE_DIR)/.done:
	$(GO) run ./loader generate --members $(SAMPLE_MEMBERS) --months $(SAMPLE_MONTHS) --seed $(SAMPLE_SEED) --out $(SAMPLE_DIR)
	touch $@

# The stamp lives in Neo4j's data folder, so a fresh database loads again.
DB_DIR := $(or $(PEERGRAPH_DB_DIR),$(CURDIR)/.neo4j-data)

## load: load the sample once per database; `make reload` loads it again
## (which changes nothing in the graph, but takes a minute).
load: db sample
	@if [ -f '$(DB_DIR)/.sample-loaded' ]; then \
	  echo "peergraph: sample already loaded into $(DB_DIR) (make reload to load it again)"; \
	else \
	  $(GO) run ./loader load --rejects $(SAMPLE_DIR)/rejects.jsonl $(SAMPLE_DIR) && touch '$(DB_DIR)/.sample-loaded'; \
	fi

reload: db sample
	$(GO) run ./loader load --rejects $(SAMPLE_DIR)/rejects.jsonl $(SAMPLE_DIR)
	touch '$(DB_DIR)/.sample-loaded'

## test: vet, the generated-code check, unit tests and integration tests
## against a real Neo4j on its own port, stopped again whatever the outcome.
test: vet check-generated
	@status=0; \
	PEERGRAPH_DB_DIR=$(TEST_DB_DIR) PEERGRAPH_DB_PORT=$(TEST_DB_PORT) bash neo4j-launcher/db.sh start || exit 1; \
	NEO4J_URI=bolt://127.0.0.1:$(TEST_DB_PORT) PEERGRAPH_REQUIRE_NEO4J=1 \
	  $(GO) test -p 1 -count=1 ./... || status=$$?; \
	PEERGRAPH_DB_DIR=$(TEST_DB_DIR) PEERGRAPH_DB_PORT=$(TEST_DB_PORT) bash neo4j-launcher/db.sh stop || true; \
	exit $$status

## test-unit: the tests that need no database (those that do are skipped).
test-unit:
	$(GO) test ./...

vet:
	$(GO) vet ./...
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed: $$unformatted"; exit 1; fi

generate:
	$(GO) generate ./...

## check-generated: fails when the committed gqlgen code is not what the
## schema generates.
check-generated:
	bash scripts/check-generated.sh

## bench-api: p50/p99 per question through HTTP beside the same store calls
## made directly, on a generated world in its own Neo4j (BENCH_MEMBERS,
## default 10000; the issue's figure is for 100000, which takes long to load).
## The world is generated and loaded once per BENCH_DB_DIR.
BENCH_MEMBERS ?= 10000
BENCH_DIR ?= $(CURDIR)/.bench-$(BENCH_MEMBERS)
BENCH_DB_DIR ?= $(CURDIR)/.neo4j-bench-$(BENCH_MEMBERS)
BENCH_DB_PORT ?= 7689
BENCH_ADDR ?= 127.0.0.1:8089
BENCH_N ?= 200
bench-api:
	PEERGRAPH_DB_DIR=$(BENCH_DB_DIR) PEERGRAPH_DB_PORT=$(BENCH_DB_PORT) bash neo4j-launcher/db.sh start
	@if [ ! -f '$(BENCH_DB_DIR)/.bench-loaded' ]; then \
	  $(GO) run ./loader generate --members $(BENCH_MEMBERS) --months 12 --seed 7 --out $(BENCH_DIR) && \
	  NEO4J_URI=bolt://127.0.0.1:$(BENCH_DB_PORT) $(GO) run ./loader load --rejects $(BENCH_DIR)/rejects.jsonl $(BENCH_DIR) && \
	  touch '$(BENCH_DB_DIR)/.bench-loaded'; \
	fi
	$(GO) build -o bin/server ./server
	@NEO4J_URI=bolt://127.0.0.1:$(BENCH_DB_PORT) bin/server --addr $(BENCH_ADDR) --log-format json 2>/dev/null & pid=$$!; \
	trap "kill $$pid" EXIT; sleep 3; \
	NEO4J_URI=bolt://127.0.0.1:$(BENCH_DB_PORT) $(GO) run ./bench/api --url http://$(BENCH_ADDR)/graphql -n $(BENCH_N)

clean:
	rm -rf bin $(SAMPLE_DIR)

## bench-load: loader posts/s on a generated ~1M-post world beside a
## hand-written single-statement UNWIND baseline, in one run, and the
## loader's peak RSS; results in bench/results/. Uses a Neo4j of its own.
LOAD_BENCH_MEMBERS ?= 40000
LOAD_BENCH_MONTHS ?= 12
LOAD_BENCH_DB_DIR ?= $(CURDIR)/.neo4j-bench-load
LOAD_BENCH_DB_PORT ?= 7691

bench-load:
	PEERGRAPH_DB_DIR=$(LOAD_BENCH_DB_DIR) PEERGRAPH_DB_PORT=$(LOAD_BENCH_DB_PORT) PEERGRAPH_DB_HEAP=4g PEERGRAPH_DB_PAGECACHE=2g \
	  bash neo4j-launcher/db.sh start
	@status=0; \
	PEERGRAPH_DB_DIR=$(LOAD_BENCH_DB_DIR) PEERGRAPH_DB_PORT=$(LOAD_BENCH_DB_PORT) PEERGRAPH_DB_HEAP=4g PEERGRAPH_DB_PAGECACHE=2g \
	NEO4J_URI=bolt://127.0.0.1:$(LOAD_BENCH_DB_PORT) \
	  $(GO) run ./bench/load --members $(LOAD_BENCH_MEMBERS) --months $(LOAD_BENCH_MONTHS) \
	    --data .bench-data --out bench/results --db-dir $(LOAD_BENCH_DB_DIR) || status=$$?; \
	PEERGRAPH_DB_DIR=$(LOAD_BENCH_DB_DIR) PEERGRAPH_DB_PORT=$(LOAD_BENCH_DB_PORT) bash neo4j-launcher/db.sh stop || true; \
	exit $$status

## bench-analysis: the analysis step on the tie graph of a generated world
## (ANALYSIS_MEMBERS, default 100000; the projection is built from the
## generator's acts, not loaded into Neo4j), beside networkx and igraph on
## the same edge list in the same run; results in bench/results/. The
## Python venv (networkx, python-igraph from PyPI) is made once.
ANALYSIS_MEMBERS ?= 100000
ANALYSIS_PIVOTS ?= 500
ANALYSIS_TIMEOUT ?= 10m
ANALYSIS_VENV ?= $(CURDIR)/.bench-analysis/venv
PY_PACKAGES := networkx==3.4.2 python-igraph==1.0.0

$(ANALYSIS_VENV)/.done:
	python3 -m venv $(ANALYSIS_VENV)
	$(ANALYSIS_VENV)/bin/pip install --quiet $(PY_PACKAGES)
	touch $@

bench-analysis: $(ANALYSIS_VENV)/.done
	$(GO) run ./bench/analysis --members $(ANALYSIS_MEMBERS) --pivots $(ANALYSIS_PIVOTS) --timeout $(ANALYSIS_TIMEOUT) \
	  --python $(ANALYSIS_VENV)/bin/python --out bench/results

## reference: rewrite testdata/analysis (fixtures and the networkx/igraph
## reference numbers the analysis tests read).
reference: $(ANALYSIS_VENV)/.done
	$(ANALYSIS_VENV)/bin/python testdata/analysis/reference.py
