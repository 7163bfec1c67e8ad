// A production-like cluster on one machine: redis-server, N instances of scripts/server.mjs on one migrated
// SQLite database, and nginx (deploy/nginx) in front. Each daemon is a child process in the foreground, stopped
// by its own pid. Used by `npm run start:cluster` (scripts/cluster/start.mjs), the cluster end-to-end tests
// (tests/e2e-cluster/) and `npm run bench:serving`.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { renderNginx } from './render-nginx.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`)
}

/** Resolves once `url` answers (any status below 500), or throws after `timeoutMs`. */
export async function waitFor(url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

function daemon(name, command, args, { env, log }) {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', log ? 'inherit' : 'ignore', 'inherit'] })
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`[cluster] ${name} exited (${code ?? signal})`)
  })
  return { name, child }
}

/**
 * @param {object} o
 * @param {number} o.port nginx's public port
 * @param {number} o.purgePort nginx's purge port (loopback)
 * @param {number} o.redisPort
 * @param {number[]} o.instancePorts one port per instance
 * @param {string} o.database DATABASE_URI of the shared database (file:…)
 * @param {string} o.workDir nginx prefix and redis directory (emptied first)
 * @param {boolean} [o.fresh] delete the database first (tests)
 * @param {Record<string, string>} [o.env] more environment for the instances
 * @param {boolean} [o.log] show the instances' output
 */
export async function startCluster(o) {
  const workDir = path.resolve(o.workDir)
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  const dbFile = o.database.startsWith('file:') ? path.resolve(root, o.database.slice('file:'.length)) : null
  if (dbFile && o.fresh) for (const suffix of ['', '-shm', '-wal', '-journal']) rmSync(dbFile + suffix, { force: true })
  const seedNeeded = dbFile ? !existsSync(dbFile) : false
  const redisUrl = `redis://127.0.0.1:${o.redisPort}`
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URI: o.database,
    REDIS_URL: redisUrl,
    TRUSTED_PROXIES: '1',
    CACHE_PURGE_URL: `http://127.0.0.1:${o.purgePort}/purge`,
    ...o.env,
  }
  run('npm', ['run', '--silent', 'db:migrate'], env)
  if (seedNeeded) run('npm', ['run', '--silent', 'seed'], env)
  run('node', ['scripts/clear-data-cache.mjs'], env)

  const daemons = []
  const stop = async () => {
    await Promise.all(
      daemons.reverse().map(
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve()
            child.stopping = true
            child.once('exit', resolve)
            child.kill('SIGTERM')
          }),
      ),
    )
  }
  try {
    daemons.push(
      daemon(
        'redis',
        'redis-server',
        ['--port', String(o.redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', workDir],
        { env, log: false },
      ),
    )
    for (const port of o.instancePorts)
      daemons.push(
        daemon(`instance :${port}`, 'node', ['scripts/server.mjs'], {
          env: { ...env, PORT: String(port) },
          log: o.log,
        }),
      )
    const conf = renderNginx({
      prefix: path.join(workDir, 'nginx'),
      listen: o.port,
      purgeListen: `127.0.0.1:${o.purgePort}`,
      upstreams: o.instancePorts.map((port) => `127.0.0.1:${port}`),
      daemon: false,
      staticServer: o.staticServer,
    })
    daemons.push(
      daemon(
        'nginx',
        'nginx',
        ['-p', path.dirname(conf), '-c', conf, '-e', path.join(path.dirname(conf), 'error.log')],
        { env, log: true },
      ),
    )
    await Promise.all(o.instancePorts.map((port) => waitFor(`http://127.0.0.1:${port}/api/health`)))
    await waitFor(`http://127.0.0.1:${o.port}/api/health`)
  } catch (err) {
    await stop()
    throw err
  }
  return { stop, pids: daemons.map(({ name, child }) => ({ name, pid: child.pid })) }
}
