# parley — two commands: `make run` and `make test`. Both install what is missing.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release -DPARLEY_WERROR=ON
SHARED ?= ../shared

DEB_PACKAGES := cmake g++ make pkg-config libicu-dev nlohmann-json3-dev libfmt-dev \
  libcli11-dev libsqlite3-dev sqlite3 libgtest-dev libgmock-dev libbenchmark-dev python3 time \
  wordnet-base iso-codes ruby-countries libpq-dev postgresql libcpp-httplib-dev libsimdjson-dev

.PHONY: all deps build model run test sanitize tsan fuzz bench ci clean generate web browser-deps format

# The dashboard's browser test and the HTTP load test need these (not the engine).
BROWSER_PACKAGES := chromium wrk

all: build

deps:
	@bash tools/install_deps.sh $(DEB_PACKAGES)

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

# Retrains the UD tagger + parser (deterministic: seed 1, one thread) from
# $(SHARED)/treebanks/UD_English-EWT and prints dev and test scores; see data/models/README.md.
MODEL_FLAGS ?= --tagger-epochs 8 --parser-epochs 12 --folds 2 --prune 0.3 --min-weight 400 --seed 1
model: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS) --target parley_train
	$(BUILD)/parley_train --treebank $(SHARED)/treebanks/UD_English-EWT $(MODEL_FLAGS) -o data/models/en_ewt.model

# `web` too: `parley serve` needs the dashboard's npm assets (uPlot) on a fresh clone
# (issue 15, part 1).
run: build web
	$(BUILD)/parley code examples/armenia_azerbaijan.txt

# The dashboard's npm packages (uPlot, playwright-core), installed from package-lock.json.
web: web/node_modules/.installed
web/node_modules/.installed: web/package.json web/package-lock.json
	@command -v npm >/dev/null || bash tools/install_deps.sh nodejs npm
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@

browser-deps: web
	@bash tools/install_deps.sh $(BROWSER_PACKAGES)

test: build browser-deps
	$(BUILD)/parley dict check
	cd $(BUILD) && PARLEY_SHARED=$(abspath $(SHARED)) ctest --output-on-failure -j $(JOBS)

# The checking builds (sanitizers, fuzzing) keep line tables only (-g1): stack traces
# still name file and line, and the builds take far less time than with full -g.
CHECK_FLAGS = -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"

# The whole test suite again under AddressSanitizer + UndefinedBehaviorSanitizer
# (only the programs the tests run: parley and parley_tests).
sanitize: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CHECK_FLAGS) -DPARLEY_SANITIZE=ON -DPARLEY_BENCH=OFF >/dev/null
	cmake --build build-asan -j $(JOBS) --target parley parley_tests
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  PARLEY_SHARED=$(abspath $(SHARED)) ctest --output-on-failure -j $(JOBS)

# ThreadSanitizer over the multi-threaded path (parley code -j 2).
tsan: deps
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CHECK_FLAGS) -DPARLEY_TSAN=ON -DPARLEY_TESTS=OFF -DPARLEY_BENCH=OFF >/dev/null
	cmake --build build-tsan -j $(JOBS) --target parley
	bash tests/tsan/run.sh build-tsan/parley

# libFuzzer targets (clang), each run for FUZZ_SECONDS.
FUZZ_SECONDS ?= 60
fuzz: deps
	bash tools/install_deps.sh clang libclang-rt-14-dev
	cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CHECK_FLAGS) -DPARLEY_FUZZ=ON -DPARLEY_TESTS=OFF -DPARLEY_BENCH=OFF >/dev/null
	cmake --build build-fuzz -j $(JOBS) --target fuzz_text_story fuzz_jsonl fuzz_coder fuzz_dictionary fuzz_petrarch_dictionary fuzz_api_code fuzz_conllu fuzz_model fuzz_read_stories fuzz_http_framing fuzz_search_query fuzz_correction_request
	bash tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

# Per-stage (Google Benchmark) and end-to-end figures on ../shared/corpus.
bench: build browser-deps
	PARLEY_SHARED=$(abspath $(SHARED)) $(BUILD)/parley_stages_bench --benchmark_min_time=1
	PARLEY_SHARED=$(abspath $(SHARED)) bash bench/run.sh $(BUILD) 5
	PARLEY_SHARED=$(abspath $(SHARED)) bash bench/ingest.sh $(BUILD) 1000000
	bash bench/load.sh $(BUILD) 30 120000

# What CI runs: every test, then the sanitizer, thread-sanitizer and fuzz jobs.
ci: test sanitize tsan fuzz

# Regenerate the DO-NOT-EDIT tables under data/generated/ from Debian data packages.
generate: deps
	python3 tools/gen_countries.py
	python3 tools/gen_verb_forms.py

clean:
	rm -rf $(BUILD)

# Reformat the C++ sources with .clang-format (Debian package clang-format).
format:
	@command -v clang-format >/dev/null || bash tools/install_deps.sh clang-format
	git ls-files '*.cc' '*.h' | xargs clang-format -i
