// Regenerates payload-types.ts and the admin import map (`npm run generate`, through scripts/run-ts.mjs, which
// says why not `payload generate:*`).
import '@/seed/env'

import configPromise from '@payload-config'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

setInterval(() => {}, 60_000) // process.exit() below ends it

async function main() {
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
