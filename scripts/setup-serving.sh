#!/usr/bin/env bash
# One-time setup for the production-like cluster (npm run start:cluster), its end-to-end project and
# npm run bench:serving (run by .ci/run, or by hand): installs Debian's nginx with the cache-purge and brotli
# modules, redis-server and wrk when any is missing. Nothing is started here and nothing is enabled as a service:
# scripts/cluster/ starts each daemon by its own command and stops it by its pid.
set -euo pipefail
missing=()
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
# Debian's module packages drop a .so here; nginx itself does not say whether one is installed.
[ -e /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] || missing+=(libnginx-mod-http-cache-purge)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ] || missing+=(libnginx-mod-http-brotli-filter)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing with apt: ${missing[*]}"
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update
# policy-rc.d-free containers may try to start the daemons after install; failing to is harmless here.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
for cmd in nginx redis-server wrk; do
  command -v "$cmd" >/dev/null 2>&1 || { echo "$cmd is still missing after apt-get install." >&2; exit 1; }
done
