#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang under ASan+UBSan in their own build
# directory, then runs them:
#   fuzz.sh check          the deterministic CI runs through CTest (fixed seed and run counts,
#                          a time limit per input); part of `make test`
#   fuzz.sh run SECONDS    each target for SECONDS with a random seed, keeping what it finds
#                          in BUILD/fuzz-corpus/TARGET (`make fuzz`)
# Without a clang that can link libFuzzer it says why and exits 0, so `make test` still runs
# everything else. Environment: FUZZ_BUILD (build-fuzz), JOBS (2), FUZZ_CXX (clang++-14).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-check}
seconds=${2:-60}
build=${FUZZ_BUILD:-build-fuzz}
jobs=${JOBS:-2}

cxx=${FUZZ_CXX:-}
if [[ -z "$cxx" ]]; then
  for candidate in clang++-14 clang++; do
    if command -v "$candidate" >/dev/null 2>&1; then
      cxx=$candidate
      break
    fi
  done
fi
if [[ -z "$cxx" ]]; then
  echo "fuzz: skipped: no clang++ found; install clang-14 and libclang-rt-14-dev" \
    "(scripts/bootstrap.sh --test does, as root)" >&2
  exit 0
fi
# clang-14 only recommends its runtime libraries, so a clang without libFuzzer is common.
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' \
  >"$probe/probe.cpp"
if ! "$cxx" -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" \
  >/dev/null 2>&1; then
  echo "fuzz: skipped: $cxx cannot link -fsanitize=fuzzer,address,undefined;" \
    "install libclang-rt-14-dev (scripts/bootstrap.sh --test does, as root)" >&2
  exit 0
fi

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DVERIFY_FUZZ=ON -DVERIFY_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target verify_fuzzers

case "$mode" in
  check)
    cd "$build" && ctest --output-on-failure -j "$jobs" -L fuzz
    ;;
  run)
    timeout=$(sed -n 's/^VERIFY_FUZZ_TIMEOUT:STRING=//p' "$build/CMakeCache.txt")
    status=0
    for seeds in "$build"/tests/fuzz/*.seeds; do
      name=$(basename "$seeds" .seeds)
      mkdir -p "$build/fuzz-corpus/$name" "$build/tests/fuzz/artifacts"
      echo "fuzz: $name for $seconds s"
      "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout="${timeout:-10}" \
        -rss_limit_mb=2048 -seed_inputs=@"$seeds" -print_final_stats=1 \
        -artifact_prefix="$build/tests/fuzz/artifacts/$name-" "$build/fuzz-corpus/$name" || status=1
    done
    exit $status
    ;;
  *)
    echo "usage: fuzz.sh check | run SECONDS" >&2
    exit 2
    ;;
esac
