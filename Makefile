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
# database: they never touch the one `make run` fills. `make test` names it
# as the test database (PEERGRAPH_TEST_DATABASE); tests refuse to empty a
# database that holds data and is not marked as one.
TEST_DB_DIR ?= $(CURDIR)/.neo4j-test
TEST_DB_PORT ?= 7688

include neo4j-launcher/db.mk

.PHONY: run serve collect token build sample load reload test test-unit test-dashboard dashboard chromium vet generate check-generated clean bench bench-api bench-load bench-analysis bench-abuse reference

build: dashboard
	$(GO) build -o bin/server ./server
	$(GO) build -o bin/loader ./loader

## run: start Neo4j, load the sample (once), build the dashboard, print a
## development admin token, serve the dashboard, the API and GraphiQL. The
## token is signed with a secret made once under .peergraph-dev/
## (gitignored); production settings refuse it.
run: db sample load dashboard
	@echo "peergraph: development admin token (12h); paste it into the dashboard's token box or send it as 'Authorization: Bearer <token>':"
	@$(GO) run ./server token --role ADMIN --subject dev-admin --ttl 12h
	@echo "peergraph: serving the dashboard on http://$(ADDR)/ and GraphiQL on http://$(ADDR)/graphiql/ (GraphQL at http://$(ADDR)/graphql)"
	$(GO) run ./server --addr $(ADDR)

## serve: Neo4j, the dashboard and the API on the data you loaded or
## collected, without the sample `make run` loads; prints an admin token.
serve: db dashboard
	@echo "peergraph: development admin token (12h):"
	@$(GO) run ./server token --role ADMIN --subject dev-admin --ttl 12h
	@echo "peergraph: serving the dashboard on http://$(ADDR)/"
	$(GO) run ./server --addr $(ADDR)

## collect: loader collect with Neo4j started first, e.g.
## make collect ARGS="--catalogue chats.csv --since 2026-09-01", or
## make collect ARGS="--follow --catalogue chats.csv" during a chat.
collect: db
	$(GO) run ./loader collect $(ARGS)

## token: a token for a role, e.g. make token ARGS="--role COORDINATOR --communities WeNurses"
token:
	@$(GO) run ./server token $(ARGS)

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

## dashboard: the web app (web/) built into server/dashboard/dist, which
## the server embeds: npm ci (once per package-lock.json), then Vite.
DASH_SRC := $(shell find web/src -type f 2>/dev/null) web/index.html web/vite.config.js web/package.json
dashboard: server/dashboard/dist/index.html
web/node_modules/.installed: web/package-lock.json
	@command -v npm >/dev/null || { echo "make dashboard needs Node.js (20.19 or later) and npm: apt-get install -y nodejs npm"; exit 1; }
	cd web && npm ci --no-audit --no-fund
	touch $@
server/dashboard/dist/index.html: web/node_modules/.installed $(DASH_SRC)
	rm -rf server/dashboard/dist/assets server/dashboard/dist/index.html
	cd web && npm run build

## test: vet, the generated-code check, unit tests and integration tests
## against a real Neo4j on its own port, then the dashboard's browser tests
## against a server with a small sample in that Neo4j (loaded after the Go
## tests, which empty it); Neo4j is stopped again whatever the outcome.
test: vet check-generated dashboard chromium
	@status=0; \
	PEERGRAPH_DB_DIR=$(TEST_DB_DIR) PEERGRAPH_DB_PORT=$(TEST_DB_PORT) bash neo4j-launcher/db.sh start || exit 1; \
	NEO4J_URI=bolt://127.0.0.1:$(TEST_DB_PORT) PEERGRAPH_TEST_DATABASE=bolt://127.0.0.1:$(TEST_DB_PORT) PEERGRAPH_REQUIRE_NEO4J=true \
	  $(GO) test -p 1 -count=1 -timeout 30m ./... || status=$$?; \
	NEO4J_URI=bolt://127.0.0.1:$(TEST_DB_PORT) GO=$(GO) bash scripts/test-dashboard.sh || status=$$?; \
	PEERGRAPH_DB_DIR=$(TEST_DB_DIR) PEERGRAPH_DB_PORT=$(TEST_DB_PORT) bash neo4j-launcher/db.sh stop || true; \
	exit $$status

## chromium: the browser the dashboard's tests drive; installs Debian's
## chromium package when there is none and make runs as root, else says how.
chromium:
	@bash scripts/ensure-chromium.sh >/dev/null

## test-dashboard: only the browser tests, with a Neo4j of their own.
test-dashboard: dashboard chromium
	@status=0; \
	PEERGRAPH_DB_DIR=$(TEST_DB_DIR) PEERGRAPH_DB_PORT=$(TEST_DB_PORT) bash neo4j-launcher/db.sh start || exit 1; \
	NEO4J_URI=bolt://127.0.0.1:$(TEST_DB_PORT) GO=$(GO) bash scripts/test-dashboard.sh || status=$$?; \
	PEERGRAPH_DB_DIR=$(TEST_DB_DIR) PEERGRAPH_DB_PORT=$(TEST_DB_PORT) bash neo4j-launcher/db.sh stop || true; \
	exit $$status

## test-unit: the tests that need no database (those that do are skipped,
## or use a test database already running on the test port).
test-unit:
	PEERGRAPH_TEST_DB_PORT=$(TEST_DB_PORT) $(GO) test ./...

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
	NEO4J_URI=bolt://127.0.0.1:$(BENCH_DB_PORT) PEERGRAPH_TOKEN=$$($(GO) run ./server token --role ADMIN --subject bench --ttl 2h) \
	  $(GO) run ./bench/api --url http://$(BENCH_ADDR)/graphql -n $(BENCH_N)

## bench-abuse: the bounded load test (60 s of phases once the world is
## loaded): normal requests at a steady rate, alone, beside abusive ones,
## and beside one caller at the dearest operation the limit allows, against
## a server in production settings on 127.0.0.1; reports the normal p99 (at
## most 2× with the abuse) and the server's peak RSS (at most
## ABUSE_CEILING_MB) in bench/results/abuse.md. The make-run sample (3,000
## members, 12 months) is loaded once into a Neo4j of its own.
ABUSE_DB_DIR ?= $(CURDIR)/.neo4j-bench-abuse
ABUSE_DB_PORT ?= 7693
ABUSE_ADDR ?= 127.0.0.1:8093
ABUSE_CEILING_MB ?= 300
bench-abuse: sample
	PEERGRAPH_DB_DIR=$(ABUSE_DB_DIR) PEERGRAPH_DB_PORT=$(ABUSE_DB_PORT) bash neo4j-launcher/db.sh start
	@status=0; \
	if [ ! -f '$(ABUSE_DB_DIR)/.sample-loaded' ]; then \
	  NEO4J_URI=bolt://127.0.0.1:$(ABUSE_DB_PORT) $(GO) run ./loader load --progress none --rejects $(SAMPLE_DIR)/rejects.jsonl $(SAMPLE_DIR) && \
	  touch '$(ABUSE_DB_DIR)/.sample-loaded' || status=$$?; \
	fi; \
	[ $$status -ne 0 ] || $(GO) build -o bin/server ./server || status=$$?; \
	[ $$status -ne 0 ] || $(GO) run ./bench/abuse --server bin/server --neo4j bolt://127.0.0.1:$(ABUSE_DB_PORT) --addr $(ABUSE_ADDR) \
	  --ceiling-mb $(ABUSE_CEILING_MB) --out bench/results || status=$$?; \
	PEERGRAPH_DB_DIR=$(ABUSE_DB_DIR) PEERGRAPH_DB_PORT=$(ABUSE_DB_PORT) bash neo4j-launcher/db.sh stop || true; \
	exit $$status

clean:
	rm -rf bin $(SAMPLE_DIR) .test-output web/node_modules server/dashboard/dist/assets server/dashboard/dist/index.html

## bench-load: loader posts/s on a generated ~1M-post world beside a
## hand-written single-statement UNWIND baseline and a same-work baseline
## (posts, chats, derived ties in plain UNWIND statements), in one run, and
## the loader's peak RSS; then the bulk first load (loader load --bulk)
## beside Neo4j's importer alone on the same CSVs; LOAD_BENCH_RUNS loader runs give the median and
## the slowest over the fastest. Results in bench/results/. Uses a Neo4j of
## its own.
LOAD_BENCH_MEMBERS ?= 40000
LOAD_BENCH_RUNS ?= 1
LOAD_BENCH_MONTHS ?= 12
LOAD_BENCH_DB_DIR ?= $(CURDIR)/.neo4j-bench-load
LOAD_BENCH_DB_PORT ?= 7691
# More flags for bench/load, e.g. --skip-same-work --name load-10000x12-bulk.
LOAD_BENCH_FLAGS ?=

bench-load:
	PEERGRAPH_DB_DIR=$(LOAD_BENCH_DB_DIR) PEERGRAPH_DB_PORT=$(LOAD_BENCH_DB_PORT) PEERGRAPH_DB_HEAP=4g PEERGRAPH_DB_PAGECACHE=2g \
	  bash neo4j-launcher/db.sh start
	@status=0; \
	PEERGRAPH_DB_DIR=$(LOAD_BENCH_DB_DIR) PEERGRAPH_DB_PORT=$(LOAD_BENCH_DB_PORT) PEERGRAPH_DB_HEAP=4g PEERGRAPH_DB_PAGECACHE=2g \
	NEO4J_URI=bolt://127.0.0.1:$(LOAD_BENCH_DB_PORT) \
	  $(GO) run ./bench/load --members $(LOAD_BENCH_MEMBERS) --months $(LOAD_BENCH_MONTHS) --loader-runs $(LOAD_BENCH_RUNS) \
	    --data .bench-data --out bench/results --db-dir $(LOAD_BENCH_DB_DIR) $(LOAD_BENCH_FLAGS) || status=$$?; \
	PEERGRAPH_DB_DIR=$(LOAD_BENCH_DB_DIR) PEERGRAPH_DB_PORT=$(LOAD_BENCH_DB_PORT) bash neo4j-launcher/db.sh stop || true; \
	exit $$status

# The Python beside which the analysis is measured (networkx, python-igraph
# from PyPI; numpy and scipy, which networkx's pagerank and assortativity
# need), made once by the first target that needs it.
ANALYSIS_VENV ?= $(CURDIR)/.bench-analysis/venv
PY_PACKAGES := networkx==3.4.2 python-igraph==1.0.0 numpy==2.4.6 scipy==1.17.1

## bench: every figure side by side at growing scale (bench/all): worlds of
## BENCH_SCALES members over BENCH_MONTHS months (about 0.5M and 5M posts),
## generated once and cached in .bench-data; for each, the loader beside the
## UNWIND baseline, the analysis beside networkx and igraph (when built), every
## question through HTTP beside the driver and under BENCH_CONCURRENCY clients
## for BENCH_DURATION, the generic reads beside @neo4j/graphql, the server's
## peak RSS; then the table with each figure's growth exponent, written to
## bench/results/bench.{json,md} and README.md. Hours at 100k members
## (about three and a half for both scales on two cores): stopped part-way,
## `make bench` again goes on where it stopped, as long as the code has not
## changed (commit first; BENCH_RESUME=false measures everything again).
BENCH_SCALES ?= 10000,100000
BENCH_MONTHS ?= 24
BENCH_CONCURRENCY ?= 16
BENCH_DURATION ?= 60s
BENCH_BUDGET ?= 90s
BENCH_ANALYSIS_TIMEOUT ?= 5m
BENCH_ALL_DB_DIR ?= $(CURDIR)/.neo4j-bench-all
BENCH_ALL_DB_PORT ?= 7692
# The server under test, the @neo4j/graphql peer, and Neo4j's memory: set
# them to run beside other work (another bench, another checkout).
BENCH_SERVER_ADDR ?= 127.0.0.1:8097
BENCH_PEER_PORT ?= 4107
BENCH_DB_HEAP ?= 4g
BENCH_DB_PAGECACHE ?= 4g
# More flags for bench/load at every scale, e.g. "--skip-same-work --bulk=false".
BENCH_LOAD_FLAGS ?=
BENCH_RESUME ?= true
bench: $(ANALYSIS_VENV)/.done
	PEERGRAPH_DB_DIR=$(BENCH_ALL_DB_DIR) PEERGRAPH_DB_PORT=$(BENCH_ALL_DB_PORT) PEERGRAPH_DB_HEAP=$(BENCH_DB_HEAP) PEERGRAPH_DB_PAGECACHE=$(BENCH_DB_PAGECACHE) \
	  bash neo4j-launcher/db.sh start
	@status=0; \
	PEERGRAPH_DB_DIR=$(BENCH_ALL_DB_DIR) PEERGRAPH_DB_PORT=$(BENCH_ALL_DB_PORT) PEERGRAPH_DB_HEAP=$(BENCH_DB_HEAP) PEERGRAPH_DB_PAGECACHE=$(BENCH_DB_PAGECACHE) \
	NEO4J_URI=bolt://127.0.0.1:$(BENCH_ALL_DB_PORT) \
	  $(GO) run ./bench/all --scales $(BENCH_SCALES) --months $(BENCH_MONTHS) --concurrency $(BENCH_CONCURRENCY) \
	    --addr $(BENCH_SERVER_ADDR) --peer-port $(BENCH_PEER_PORT) \
	    --duration $(BENCH_DURATION) --budget $(BENCH_BUDGET) --analysis-timeout $(BENCH_ANALYSIS_TIMEOUT) --data .bench-data --out bench/results --db-dir $(BENCH_ALL_DB_DIR) \
	    --load-args '$(BENCH_LOAD_FLAGS)' --resume=$(BENCH_RESUME) --python $(ANALYSIS_VENV)/bin/python || status=$$?; \
	PEERGRAPH_DB_DIR=$(BENCH_ALL_DB_DIR) PEERGRAPH_DB_PORT=$(BENCH_ALL_DB_PORT) bash neo4j-launcher/db.sh stop || true; \
	exit $$status
## bench-analysis: the analysis step on the tie graph of generated worlds,
## one run a size in ANALYSIS_MEMBERS (default 10000 20000 50000 100000;
## the projection is built from the generator's acts, not loaded into
## Neo4j), each with the total time and whether betweenness was exact or
## sampled (chosen by ANALYSIS_BUDGET, the betweenness time budget), beside
## networkx and igraph on the same edge list walking as many sources
## (ANALYSIS_COMPARE=false leaves them out); results in bench/results/. The
## Python venv (networkx, python-igraph from PyPI) is made once.
ANALYSIS_MEMBERS ?= 10000 20000 50000 100000
ANALYSIS_BUDGET ?= 30s
ANALYSIS_COMMUNITIES ?= louvain
ANALYSIS_COMPARE ?= true
ANALYSIS_TIMEOUT ?= 10m

$(ANALYSIS_VENV)/.done:
	python3 -m venv $(ANALYSIS_VENV)
	$(ANALYSIS_VENV)/bin/pip install --quiet $(PY_PACKAGES)
	touch $@

bench-analysis: $(if $(filter true,$(ANALYSIS_COMPARE)),$(ANALYSIS_VENV)/.done)
	$(GO) build -o bin/bench-analysis ./bench/analysis
	for m in $(ANALYSIS_MEMBERS); do \
	  bin/bench-analysis --members $$m --budget $(ANALYSIS_BUDGET) --communities $(ANALYSIS_COMMUNITIES) --timeout $(ANALYSIS_TIMEOUT) \
	    --python '$(if $(filter true,$(ANALYSIS_COMPARE)),$(ANALYSIS_VENV)/bin/python)' --out bench/results || exit 1; \
	done

## reference: rewrite testdata/analysis (fixtures and the networkx/igraph
## reference numbers the analysis tests read).
reference: $(ANALYSIS_VENV)/.done
	$(ANALYSIS_VENV)/bin/pip install --quiet $(PY_PACKAGES)
	$(ANALYSIS_VENV)/bin/python testdata/analysis/reference.py
