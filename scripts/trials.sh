#!/usr/bin/env bash
# Scores `verify` on our own held-out trial sets (tests/data/trials/*: six stories each, English
# and French, with their sources and gold verdicts; docs/evaluation.md, "Our own trial sets").
# Prints one summary line per set, then each set's table of articles; with --misses also every
# miss and wrong verdict.
#   scripts/trials.sh [--misses] [VERIFY_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
misses=""
if [[ "${1:-}" == "--misses" ]]; then
  misses="--misses"
  shift
fi
bin="${1:-build/cli/verify}"
if [[ ! -x "$bin" ]]; then
  echo "trials.sh: no verify binary at $bin; build first (make build) or pass its path" >&2
  exit 2
fi
for set in tests/data/trials/*/; do
  name=$(basename "$set")
  out=$("$bin" eval verdicts $misses --corpus "$set/corpus.jsonl" "$set"/articles/*.gold.json)
  overall=$(grep -E '^overall' <<<"$out" | awk '{print $2, $3, $4, $5}')
  worst=$(grep -E 'judged supported' <<<"$out" | awk '{print $NF}')
  echo "$name: accuracy $overall; gold-contradicted judged supported: $worst"
  sed -n '/^confusion/,$p' <<<"$out" | sed 's/^/  /'
  [[ -n "$misses" ]] && grep -E '^wrong ' <<<"$out" | sed 's/^/  /'
done
