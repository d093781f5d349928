# Entry points. The README names two of them as set-up: `make serve` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/.tools/bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: serve dist test bench lint tools test-tools

## Build the page (debug) and serve it on http://127.0.0.1:8080 with static/config.json.
serve: tools
	trunk serve

## Build the deployable release page into dist/ (wasm-opt -Oz).
dist: tools
	scripts/release-build.sh dist

## Run every test lane: native, browser (wasm-bindgen-test), end-to-end (Chromium, Firefox ESR, WebKit).
test: test-tools
	scripts/test-all.sh

## Print the benchmark table (size, time to verdict, clock error, script generation).
bench: test-tools
	scripts/bench.sh

## Formatting and clippy, natively and for wasm32 (CI runs these before `make test`).
lint: tools
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings

tools:
	scripts/tools.sh build

test-tools:
	scripts/tools.sh test
