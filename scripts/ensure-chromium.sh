#!/usr/bin/env bash
# Prints the path of the Chromium the browser tests drive, installing Debian's
# `chromium` package through apt-get first when there is none and this runs
# as root (as on a fresh CI machine). Otherwise it fails with one line that
# says what to do. PEERGRAPH_CHROMIUM, when set, names the binary to use.
set -euo pipefail

find_chromium() {
  if [ -n "${PEERGRAPH_CHROMIUM:-}" ]; then
    [ -x "$PEERGRAPH_CHROMIUM" ] && { echo "$PEERGRAPH_CHROMIUM"; return 0; }
    echo "ensure-chromium: PEERGRAPH_CHROMIUM=$PEERGRAPH_CHROMIUM is not an executable file" >&2
    exit 1
  fi
  command -v chromium || command -v chromium-browser || return 1
}

if path=$(find_chromium); then
  echo "$path"
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: no Chromium found; installing Debian's chromium package (apt-get, once)" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Quiet, but not silent on failure: apt-get's own output says which mirror or package failed.
  log=$(mktemp)
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "ensure-chromium: apt-get could not install chromium (output above)" >&2
    rm -f "$log"
    exit 1
  fi
  rm -f "$log"
  if path=$(find_chromium); then
    echo "$path"
    exit 0
  fi
  echo "ensure-chromium: apt-get installed chromium but no chromium binary is on PATH" >&2
  exit 1
fi

echo "ensure-chromium: no Chromium found; install it with 'sudo apt-get install -y chromium' (Debian/Ubuntu) or set PEERGRAPH_CHROMIUM to a Chromium binary" >&2
exit 1
