// Regenerates payload-types.ts and the admin import map (`npm run generate`), with tsx like the other scripts
// (ADR 0004): one way to load the Payload config outside Next.
import '@/seed/env'

import configPromise from '@payload-config'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

const config = await configPromise
await generateTypes(config, { log: false })
await generateImportMap(config, { log: false })
