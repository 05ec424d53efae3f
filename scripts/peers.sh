#!/usr/bin/env bash
# Scores newsgraph beside two open-source entity finders, prose (Go) and
# compromise (npm), on the visible gold sets, and prints one Markdown table
# (issue 12: the README's Quality table). Not part of the tests: it needs the
# Go module proxy and npm, and takes about a minute.
#
#   scripts/peers.sh [EVAL_DIR]      (default ../shared/eval)
#
# The peers sit behind newsgraph's CLI in tools/peers/ (see their headers for
# how their labels map to newsgraph's types); score.py scores all three alike.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${1:-../shared/eval}

bin=$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-peers.XXXXXX")
trap 'rm -rf "$bin"' EXIT

echo "== building newsgraph and tools/peers/prose; npm ci in tools/peers/compromise" >&2
go build -o "$bin/newsgraph" ./cmd/newsgraph
(cd tools/peers/prose && go build -o "$bin/prose-extract" .)
(cd tools/peers/compromise && npm ci --no-audit --no-fund --silent)

python3 scripts/peers.py --eval "$eval_dir" \
  newsgraph="$bin/newsgraph" \
  prose="$bin/prose-extract" \
  compromise="$PWD/tools/peers/compromise/extract.js"
