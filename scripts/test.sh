#!/usr/bin/env bash
# npm test: every gate and test suite that can run on this machine.
#  1. svelte-check and lint (warnings fail)
#  2. unit + integration tests on the embedded PGlite
#  3. the same integration tests on a real PostgreSQL when TEST_DATABASE_URL is set
#  4. end-to-end tests in Debian's Chromium when it is installed (or CHROMIUM_PATH is set)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== types and lint"
npm run --silent check
npm run --silent lint

# Two test files at a time even on two cores (vitest's default there is one): most of a file's
# time is spent waiting on PGlite's or PostgreSQL's work, not on the other file.
workers=$(($(nproc) > 2 ? $(nproc) - 1 : 2))

echo "== unit and integration tests on PGlite"
# The two-process chat test needs a database two processes can share: it runs in the
# PostgreSQL pass below instead. The crash-and-restart test runs on its own (see below).
TEST_DATABASE_URL= npx vitest run --project server --maxWorkers="$workers" \
	--exclude tests/integration/chat-cluster.test.ts --exclude tests/integration/chat-restart.test.ts
TEST_DATABASE_URL= npx vitest run --project server tests/integration/chat-restart.test.ts

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
	echo "== integration tests on PostgreSQL ($TEST_DATABASE_URL)"
	# The crash-and-restart chat test runs on its own: next to the two-process Redis test
	# and the rest, two cores get so busy that its restarted server answers too late.
	npx vitest run --project server --maxWorkers="$workers" tests/integration \
		--exclude tests/integration/chat-restart.test.ts
	npx vitest run --project server tests/integration/chat-restart.test.ts
else
	echo "== skipping the PostgreSQL run: TEST_DATABASE_URL is not set"
fi

chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [[ -x "$chromium" ]]; then
	echo "== end-to-end tests in $chromium"
	npm run --silent build
	CHROMIUM_PATH="$chromium" npx vitest run --project e2e
else
	echo "== skipping end-to-end tests: no Chromium at $chromium (apt-get install chromium)"
fi
