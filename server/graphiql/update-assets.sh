#!/usr/bin/env bash
# Re-vendors the GraphiQL UI into assets/ from the npm registry.
#
# The assets are committed so that a clone builds with plain `go build` and
# the binary serves GraphiQL without reaching a CDN (many deployment networks
# cannot). Run this only to upgrade: bump the pins below, run it, review the
# diff (especially the CDN check at the end), then commit assets/.
#
# GraphiQL stays on 3.x because 4.x and later no longer ship a UMD bundle that
# a plain <script> tag can load; React stays on 18 because its UMD builds were
# dropped in React 19 and GraphiQL 3 supports React <= 18.
set -euo pipefail

GRAPHIQL_VERSION=3.9.0
REACT_VERSION=18.3.1
REACT_DOM_VERSION=18.3.1

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
assets="$here/assets"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# npm pack fetches just the published tarballs (integrity-checked by npm) and
# runs no install scripts; the UMD bundles are self-contained, so the
# packages' own dependency trees are not needed.
(cd "$work" && npm pack --silent \
	"graphiql@$GRAPHIQL_VERSION" \
	"react@$REACT_VERSION" \
	"react-dom@$REACT_DOM_VERSION" >/dev/null)

for pkg in graphiql react react-dom; do
	mkdir -p "$work/$pkg"
	tar -xzf "$work/$pkg"-[0-9]*.tgz -C "$work/$pkg" --strip-components=1
done

# Clear out the previous vendored files so a renamed upstream file cannot linger.
rm -f "$assets"/*.min.js "$assets"/*.min.css "$assets"/LICENSE-*.txt
mkdir -p "$assets"
cp "$work/graphiql/graphiql.min.js" "$assets/graphiql.min.js"
cp "$work/graphiql/graphiql.min.css" "$assets/graphiql.min.css"
cp "$work/react/umd/react.production.min.js" "$assets/react.production.min.js"
cp "$work/react-dom/umd/react-dom.production.min.js" "$assets/react-dom.production.min.js"
cp "$work/graphiql/LICENSE" "$assets/LICENSE-graphiql.txt"
cp "$work/react/LICENSE" "$assets/LICENSE-react.txt"
cp "$work/react-dom/LICENSE" "$assets/LICENSE-react-dom.txt"

{
	echo "# Vendored by update-assets.sh from the npm registry; do not edit by hand."
	echo "graphiql $GRAPHIQL_VERSION"
	echo "react $REACT_VERSION"
	echo "react-dom $REACT_DOM_VERSION"
	echo
	echo "# sha256"
	(cd "$assets" && sha256sum ./*.min.js ./*.min.css | sed 's| \./| |')
} >"$assets/VERSIONS"

# A bundle that loads code, styles or fonts from a CDN at run time would break
# offline deployments, so list every absolute URL for a human to review. In
# graphiql 3.9.0 they are all inert: <a href> links (GitHub, CodeMirror docs),
# license comments, error-message texts (incl. React's error decoder) and
# markdown-it's "http://" prefix.
echo "Absolute URLs in the vendored bundles (review: none may be fetched):"
grep -aoh 'https\?://[^"'"'"' )\\<>]*' "$assets"/*.min.js "$assets"/*.min.css |
	grep -v '^http://www.w3.org/' | sort | uniq -c | sort -rn || true
du -ch "$assets"/*.min.js "$assets"/*.min.css | tail -1
