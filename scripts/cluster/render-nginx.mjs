// Renders deploy/nginx/nginx.conf.template into <prefix>/nginx.conf: the ports, the instances and this
// machine's nginx paths (modules, mime.types) are filled in here, so the template holds none of them.
// Used by scripts/cluster/start.mjs (npm run start:cluster), the cluster end-to-end tests and the bench; by
// hand: node scripts/cluster/render-nginx.mjs --prefix /srv/digit-nginx --listen 80 --purge 127.0.0.1:8079 \
//   --upstream 10.0.0.2:3000 --upstream 10.0.0.3:3000
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const template = fileURLToPath(new URL('../../deploy/nginx/nginx.conf.template', import.meta.url))

/** nginx's compiled-in paths (`nginx -V`), so that the rendered file works with Debian's or another build. */
function nginxPaths() {
  let flags = ''
  try {
    flags = execFileSync('nginx', ['-V'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (err) {
    // nginx -V prints to stderr and exits 0; a missing nginx throws ENOENT.
    if (err.code === 'ENOENT') throw new Error('nginx is not installed: run `bash scripts/setup-serving.sh` as root.')
    throw err
  }
  return flags
}

function flag(output, name, fallback) {
  return output.match(new RegExp(`--${name}=(\\S+)`))?.[1] ?? fallback
}

/**
 * @param {object} o
 * @param {string} o.prefix directory for the config, pid, logs and cache (created)
 * @param {string|number} o.listen address or port of the public server
 * @param {string|number} o.purgeListen address or port of the purge server (keep it on loopback or a private net)
 * @param {string[]} o.upstreams host:port of each instance
 * @param {string[]} [o.purgeAllow] more addresses allowed to purge (CIDR), besides loopback
 * @param {{ listen: string|number, root: string }} [o.staticServer] a plain static server (the bench's baseline)
 * @param {boolean} [o.daemon] false keeps nginx in the foreground (a child process stopped by its pid)
 * @param {string} [o.forwardedProto] `$scheme`, or `https` behind a TLS-terminating CDN or load balancer
 * @param {boolean} [o.accessLog] write an access log (off by default: a bench would measure the disk)
 * @returns {string} the path of the rendered nginx.conf
 */
export function renderNginx(o) {
  const version = nginxPaths()
  const modulesDir = flag(version, 'modules-path', '/usr/lib/nginx/modules')
  const confDir = path.dirname(flag(version, 'conf-path', '/etc/nginx/nginx.conf'))
  const purge = path.join(modulesDir, 'ngx_http_cache_purge_module.so')
  if (!existsSync(purge))
    throw new Error(`${purge} is missing: install libnginx-mod-http-cache-purge (bash scripts/setup-serving.sh).`)
  const brotli = path.join(modulesDir, 'ngx_http_brotli_filter_module.so')
  const hasBrotli = existsSync(brotli)
  const prefix = path.resolve(o.prefix)
  mkdirSync(path.join(prefix, 'cache'), { recursive: true })
  const values = {
    LOAD_MODULES: [purge, ...(hasBrotli ? [brotli] : [])].map((m) => `load_module ${m};`).join('\n'),
    WORKERS: String(o.workers ?? 'auto'),
    PREFIX: prefix,
    DAEMON: o.daemon === false ? 'off' : 'on',
    MIME_TYPES: path.join(confDir, 'mime.types'),
    ACCESS_LOG: o.accessLog ? path.join(prefix, 'access.log') : 'off',
    UPSTREAMS: o.upstreams.map((u) => `    server ${u} max_fails=3 fail_timeout=5s;`).join('\n'),
    BROTLI: hasBrotli
      ? '  brotli on;\n  brotli_comp_level 5;\n  brotli_types text/css text/plain text/xml text/calendar text/csv application/javascript\n    application/json application/xml application/rss+xml application/geo+json image/svg+xml\n    application/vnd.mapbox-vector-tile;'
      : '',
    FORWARDED_PROTO: o.forwardedProto ?? '$scheme',
    LISTEN: String(o.listen),
    PURGE_LISTEN: String(o.purgeListen),
    PURGE_ALLOW: (o.purgeAllow ?? []).map((a) => `    allow ${a};`).join('\n'),
    STATIC_SERVER: o.staticServer
      ? `  server {\n    listen ${o.staticServer.listen};\n    root ${path.resolve(o.staticServer.root)};\n    location / { try_files $uri $uri/index.html =404; }\n  }`
      : '',
  }
  const text = readFileSync(template, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`nginx template: no value for {{${name}}}`)
    return values[name]
  })
  const file = path.join(prefix, 'nginx.conf')
  writeFileSync(file, text)
  return file
}

function cli(argv) {
  const o = { upstreams: [], purgeAllow: [] }
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]]
    if (value === undefined) throw new Error(`missing value after ${name}`)
    if (name === '--prefix') o.prefix = value
    else if (name === '--listen') o.listen = value
    else if (name === '--purge') o.purgeListen = value
    else if (name === '--upstream') o.upstreams.push(value)
    else if (name === '--purge-allow') o.purgeAllow.push(value)
    else if (name === '--forwarded-proto') o.forwardedProto = value
    else throw new Error(`unknown option ${name}`)
  }
  if (!o.prefix || !o.listen || !o.purgeListen || o.upstreams.length === 0)
    throw new Error('usage: render-nginx.mjs --prefix DIR --listen PORT --purge PORT --upstream HOST:PORT…')
  console.log(renderNginx(o))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) cli(process.argv.slice(2))
