// Runs one of our TypeScript scripts (seed, migrate, generate) with plain Node.
//
// Why not tsx or `payload run`: on Node 20, loading Payload's module graph sometimes leaves a top-level await
// unsettled, and Node exits with status 13 (tsx, `payload run`: sometimes 0) before our code has run. Here
// esbuild bundles our own code into one ESM file (packages stay external, loaded by Node's native loader),
// and a run that ends with status 13 — nothing done yet — is started again, a few times at most.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { build } from 'esbuild'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]')
  process.exit(1)
}
const root = process.cwd()
const outDir = path.join(root, 'node_modules/.cache/123digit-scripts')
const outfile = path.join(outDir, `${entry.replace(/[^a-z0-9]+/gi, '_')}.mjs`)
mkdirSync(outDir, { recursive: true })

/** Keep each file's own import.meta.url, so paths computed from it (data, migrations) stay right. */
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }))
  },
}

/** next/* entry points have no "exports" map: Node's native loader needs their file extension. */
const nextSubpaths = {
  name: 'next-subpaths',
  setup(b) {
    b.onResolve({ filter: /^next\/[a-z-]+$/ }, (args) => ({ path: `${args.path}.js`, external: true }))
  },
}

await build({
  entryPoints: [path.resolve(root, entry)],
  outfile,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: path.join(root, 'tsconfig.json'),
  plugins: [keepImportMetaUrl, nextSubpaths],
  logLevel: 'warning',
})
const unsettledTopLevelAwait = 13
for (let attempt = 1; ; attempt++) {
  const { status, signal } = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' })
  if (status === unsettledTopLevelAwait && attempt < 20) {
    console.warn(`${entry}: Node stopped while loading modules (status 13), starting again (${attempt}/19)`)
    continue
  }
  process.exit(status ?? (signal ? 1 : 0))
}
