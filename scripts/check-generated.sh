#!/usr/bin/env bash
# Fails when graph/'s generated code is not what schema.graphqls and
# gqlgen.yml generate, so a schema change cannot land without its code.
set -euo pipefail
cd "$(dirname "$0")/.."
files=(graph/generated.go graph/models_gen.go)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do cp "$f" "$tmp/$(basename "$f")"; done
go generate ./graph
stale=()
for f in "${files[@]}"; do cmp -s "$f" "$tmp/$(basename "$f")" || stale+=("$f"); done
if ((${#stale[@]})); then
  echo "generated code is stale: ${stale[*]} (regenerated now: review and commit it)" >&2
  exit 1
fi
echo "generated code is current"
