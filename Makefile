# parley — two commands: `make run` and `make test`. Both install what is missing.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release -DPARLEY_WERROR=ON
SHARED ?= ../shared

DEB_PACKAGES := cmake g++ make pkg-config libicu-dev nlohmann-json3-dev libfmt-dev \
  libcli11-dev libgtest-dev libgmock-dev python3 wordnet-base iso-codes ruby-countries

.PHONY: all deps build run test clean dict-check generate

all: build

deps:
	@bash tools/install_deps.sh $(DEB_PACKAGES)

$(BUILD)/Makefile: CMakeLists.txt
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS) >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/parley code examples/armenia_azerbaijan.txt

test: build
	$(BUILD)/parley dict check
	cd $(BUILD) && PARLEY_SHARED=$(abspath $(SHARED)) ctest --output-on-failure -j $(JOBS)

# Regenerate the DO-NOT-EDIT tables under data/generated/ from Debian data packages.
generate: deps
	python3 tools/gen_countries.py
	python3 tools/gen_verb_forms.py

clean:
	rm -rf $(BUILD)
