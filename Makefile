# The two quick-start commands (`make demo`, `make test`) and a few conveniences around CMake.
BUILD ?= build
JOBS ?= 2
DEMO_HOME ?= .verify-demo
PREFIX ?= /usr/local

.PHONY: bootstrap configure build demo test fuzz clean format bench install deb

bootstrap:
	bash scripts/bootstrap.sh

configure: bootstrap
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# Indexes the bundled example corpus into a throw-away home and checks the bundled article.
# verify exits 1 when it finds contradictions, which is the point of the demo.
demo: configure
	cmake --build $(BUILD) -j $(JOBS) --target verify
	rm -rf $(DEMO_HOME)
	$(BUILD)/cli/verify --home $(DEMO_HOME) corpus add examples/corpus.jsonl
	$(BUILD)/cli/verify --home $(DEMO_HOME) examples/article.txt; status=$$?; \
	  if [ $$status -gt 1 ]; then exit $$status; fi

# Installs the binary, rules, completions, man page and contrib examples under PREFIX
# (DESTDIR=... is honoured, for staging). The installed verify needs nothing from this tree.
install: configure
	cmake --build $(BUILD) -j $(JOBS) --target verify verify_generated
	cmake --install $(BUILD) --prefix $(PREFIX)

# A Debian package (dependencies found by dpkg-shlibdeps) in $(BUILD)/: verify_VERSION_ARCH.deb.
deb: configure
	cmake --build $(BUILD) -j $(JOBS) --target verify verify_generated
	cd $(BUILD) && cpack -G DEB

# The suite, then the fuzz targets' deterministic runs in a clang ASan+UBSan build of their own
# (skipped with a message when clang cannot build libFuzzer targets).
FUZZ_BUILD ?= build-fuzz
test: configure
	bash scripts/bootstrap.sh --test
	cmake --build $(BUILD) -j $(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	JOBS=$(JOBS) FUZZ_BUILD=$(FUZZ_BUILD) bash scripts/fuzz.sh check

# Longer random fuzzing: each target for FUZZ_SECONDS, growing a corpus in $(FUZZ_BUILD)/fuzz-corpus.
FUZZ_SECONDS ?= 120
fuzz:
	bash scripts/bootstrap.sh --test
	JOBS=$(JOBS) FUZZ_BUILD=$(FUZZ_BUILD) bash scripts/fuzz.sh run $(FUZZ_SECONDS)

# Benchmarks against bare-Xapian baselines (docs/performance.md); takes about an hour at 200k.
BENCH_BUILD ?= build-bench
BENCH_ARGS ?= --workloads ingest,verify,recheck,memory,accuracy --docs 200000 --runs 3 --workdir /tmp/verify-bench
bench:
	cmake -S . -B $(BENCH_BUILD) -DCMAKE_BUILD_TYPE=Release -DVERIFY_BUILD_BENCH=ON
	cmake --build $(BENCH_BUILD) -j $(JOBS) --target verify_bench
	$(BENCH_BUILD)/bench/verify_bench $(BENCH_ARGS)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD) $(FUZZ_BUILD) $(DEMO_HOME)
