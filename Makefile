# Vigil. `make run` builds the web app and the binary and starts it on
# http://localhost:8080 (SQLite under ./data); `make test` is the CI gate.
GO          ?= go
BIN         ?= bin/vigil
VERSION     ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT      ?= $(shell git rev-parse --short HEAD 2>/dev/null || echo none)
DATE        ?= $(shell date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS     := -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT) -X main.date=$(DATE)
# Go tests find PostgreSQL at VIGIL_TEST_POSTGRES_URL
# (default postgres://postgres@127.0.0.1:5432/test?sslmode=disable); without
# it the PostgreSQL half is skipped, unless CI=true, where it fails.
TEST_TIMEOUT ?= 20m
GO_PACKAGES  ?= ./...

.PHONY: all run build build-go frontend api-types test test-go test-frontend test-e2e bench lint clean

all: build

# npm ci only when node_modules is missing or older than the lock file.
frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

frontend: frontend/node_modules/.package-lock.json
	cd frontend && npm run build

build: frontend build-go

# The binary alone (the embedded app is whatever frontend/dist holds).
build-go:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) .

# The web app's API types (frontend/src/api/generated.ts) from the route
# tables; TestAPITypesUpToDate fails in test-go while the file is stale.
api-types:
	VIGIL_UPDATE_API_TYPES=1 VIGIL_OSV_OFFLINE=true $(GO) test -count=1 -run '^TestAPITypesUpToDate$$' .

run: build
	./$(BIN) serve

test: lint test-go test-frontend test-e2e

# Tests never reach the public OSV API (the default for real scans): the
# ones about OSV bring their own fake server or unset this.
test-go:
	VIGIL_OSV_OFFLINE=true $(GO) test -timeout $(TEST_TIMEOUT) $(GO_PACKAGES)

test-frontend: frontend/node_modules/.package-lock.json
	cd frontend && npm test

# Browser end-to-end tests against the built binary (tests/e2e, headless Chromium).
test-e2e: build
	VIGIL_OSV_OFFLINE=true tests/e2e/run.sh

# Go benchmarks, then the HTTP load test (wrk) against the built binary.
bench: build
	$(GO) test -run '^$$' -bench . -benchmem ./platform/...
	@if [ -x bench/http.sh ]; then VIGIL_BIN=$(CURDIR)/$(BIN) bench/http.sh; fi

lint:
	@files=$$(gofmt -l $$(git ls-files '*.go' | grep -v '^frontend/node_modules/')); \
	if [ -n "$$files" ]; then echo "gofmt -l reports unformatted files:"; echo "$$files"; exit 1; fi
	$(GO) vet $(GO_PACKAGES)

clean:
	rm -rf bin frontend/dist/app
