// Regenerates payload-types.ts and the admin import map (`npm run generate`).
// Not `payload generate:*`: without a terminal on stdin those can exit 0 before writing anything (see
// seed/runScript.ts); a timer keeps the event loop alive until the work is done.
import nextEnv from '@next/env'

setInterval(() => {}, 60_000) // process.exit() below ends it
nextEnv.loadEnvConfig(process.cwd())

async function main() {
  const [{ default: configPromise }, { generateImportMap }, { generateTypes }] = await Promise.all([
    import('../payload.config'),
    import('payload'),
    import('payload/node'),
  ])
  const config = await configPromise
  await generateTypes(config, { log: false })
  await generateImportMap(config, { log: false })
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('generate failed:', error)
    process.exit(1)
  },
)
