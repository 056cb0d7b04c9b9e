# Taipan: a Python 3.13 implementation in Go. `make` builds bin/taipan; `make test` runs what CI runs.
GO ?= go
BIN := bin/taipan

.PHONY: build run generate check-generated vet test test-go bench bench-go parse-check compile-check compile-bench clean

build:
	$(GO) build -o $(BIN) ./cmd/taipan

# Builds the command and runs the bundled example.
run: build
	./$(BIN) examples/hello.py

# Regenerates internal/generated from defs/*.def.
generate:
	$(GO) generate ./...

# Regenerates in memory and fails on any difference from the committed files (or an orphan).
check-generated:
	$(GO) run ./gen -check

vet:
	$(GO) vet ./...
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$unformatted" ]; then echo "not gofmt-clean:"; echo "$$unformatted"; exit 1; fi

test-go:
	$(GO) test ./...
	$(GO) test -tags taipan_debug . ./compile/...

# Everything CI checks.
test: vet check-generated test-go

# Times bench/programs with taipan and CPython 3.13 (when found; CPYTHON names it), runs
# alternating, checks identical outputs, prints the ratios and their geometric mean.
bench:
	$(GO) run ./bench -taipan $(BIN) -python $(CPYTHON)

# The Go micro-benchmarks.
bench-go:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Development check (needs a CPython 3.13): parse every file of its Lib and compare the AST
# dumps, with and without positions.
CPYTHON ?= ../shared/tools/cpython313
parse-check:
	$(GO) run ./parser/cmd/parsecheck -python $(CPYTHON) $$($(CPYTHON) --stdlib)
	$(GO) run ./parser/cmd/parsecheck -python $(CPYTHON) -attrs $$($(CPYTHON) --stdlib)

# Development check (needs a CPython 3.13): compile every file of its Lib without a panic or a
# SyntaxError CPython does not raise, and count the constructs not compiled yet.
compile-check:
	TAIPAN_CPYTHON=$$($(CPYTHON) --path) $(GO) test -count=1 -v -run . ./compile/internal/libcheck

# Development measure (needs a CPython 3.13): the time to compile its whole Lib with Taipan's
# compiler and with CPython's compile(), in one run.
compile-bench:
	$(GO) run ./compile/cmd/compilebench -python $(CPYTHON) $$($(CPYTHON) --stdlib)

clean:
	rm -rf bin
