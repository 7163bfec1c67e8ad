#!/usr/bin/env bash
# One-time setup for the end-to-end tests (run by .ci/run, or by hand): installs Debian's chromium and a font
# when no Chromium is at $CHROMIUM_PATH (default /usr/bin/chromium). Playwright's own browser download is not
# used; `npm run test:e2e` only checks that the browser is there (scripts/check-chromium.mjs).
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
echo "No Chromium at $chromium: installing Debian's chromium with apt…"
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core
if [ ! -x "$chromium" ]; then
  echo "Chromium is still missing at $chromium after apt-get install." >&2
  exit 1
fi
