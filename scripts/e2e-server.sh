#!/usr/bin/env bash
# Serves the production build for the end-to-end tests, on a fresh migrated and seeded SQLite database.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URI="file:./data/e2e.db"
export PORT="${PORT:-3100}"
rm -f data/e2e.db data/e2e.db-*
npm run --silent db:migrate
npm run --silent seed
# exec, so that stopping this script stops the server itself; scripts/server.mjs is `next start` plus the peer address,
# the request id and access log, and a graceful shutdown. Its output is also kept in data/e2e-server.log, where
# tests/e2e/logs.spec.ts reads the log lines of its own requests.
node scripts/clear-data-cache.mjs
: > data/e2e-server.log
exec node scripts/server.mjs > >(tee -a data/e2e-server.log)
