#!/usr/bin/env bash
# The dashboard's browser tests against a real server: loads a small
# generated world into the Neo4j at NEO4J_URI (emptying it first: give it a
# test database), starts the server with the built dashboard on a private
# port, runs web/tests with the system Chromium, and stops the server.
# PEERGRAPH_TEST_TOKEN, when set, is the bearer token the tests use; by
# default they use a development admin token. DASH_TESTS, when set, names
# the test files to run (e.g. tests/live.spec.js) instead of all of them.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${NEO4J_URI:?NEO4J_URI must name the test Neo4j (it is emptied)}"
ADDR="${DASH_TEST_ADDR:-127.0.0.1:8733}"
OUT="${PEERGRAPH_TEST_OUTPUT:-$PWD/.test-output/dashboard}"
SAMPLE="$PWD/.test-output/sample"
GO="${GO:-go}"

# Installs Debian's chromium when run as root on a machine without one.
chromium=$(bash scripts/ensure-chromium.sh)
if [ ! -f server/dashboard/dist/index.html ]; then
  echo "test-dashboard: the dashboard is not built; run make dashboard first" >&2
  exit 1
fi

start=$(date +%s)
mkdir -p "$OUT" .test-output
rm -rf "$OUT"/*.png "$OUT"/roles "$OUT"/timings.json
if [ ! -f "$SAMPLE/.done" ]; then
  "$GO" run ./loader generate --members 300 --months 3 --seed 1 --out "$SAMPLE" >/dev/null
  touch "$SAMPLE/.done"
fi
"$GO" run ./loader reset --yes >/dev/null
"$GO" run ./loader load --rejects .test-output/sample-rejects.jsonl "$SAMPLE" >/dev/null
"$GO" build -o .test-output/peergraph-server ./server
# The live test follows a replay of real recorded posts with the loader.
"$GO" build -o .test-output/peergraph-loader ./loader
"$GO" build -o .test-output/livereplay ./loader/collect/collecttest/livereplay

.test-output/peergraph-server --addr "$ADDR" --log-format json 2>.test-output/dashboard-server.log &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fsS "http://$ADDR/readyz" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { echo "test-dashboard: the server stopped; see .test-output/dashboard-server.log" >&2; exit 1; }
  sleep 0.5
done

# The views need a role: the tests read as a development admin unless told
# otherwise (the server signs with the development secret in .peergraph-dev),
# and as every other role with tokens they sign the same way.
token="${PEERGRAPH_TEST_TOKEN:-$(.test-output/peergraph-server token --role ADMIN --subject dashboard-test --ttl 1h)}"

status=0
# The tests sign tokens for the other roles with the same binary (server token).
(cd web && PEERGRAPH_TEST_TOKEN="$token" PEERGRAPH_DASHBOARD_URL="http://$ADDR" PEERGRAPH_CHROMIUM="$chromium" PEERGRAPH_TEST_OUTPUT="$OUT" \
  PEERGRAPH_SERVER_BIN="$PWD/../.test-output/peergraph-server" \
  node --test --test-concurrency=1 --test-reporter=spec ${DASH_TESTS:-tests/palette.test.js tests/words.test.js tests/dashboard.spec.js tests/roles.spec.js tests/live.spec.js}) || status=$?
echo "test-dashboard: $(( $(date +%s) - start )) s; screenshots in ${OUT#$PWD/}"
exit $status
