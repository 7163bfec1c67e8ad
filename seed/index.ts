/** Demo seed: `npm run seed` (idempotent). Run through `payload run`, which loads .env and the config. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { seedCatalogue } from './catalogue'
import { seedDemoStaff } from './staff'

const payload = await getPayload({ config })
try {
  await seedDemoStaff(payload)
  await seedCatalogue(payload, (line) => payload.logger.info(`seed: ${line}`))
} finally {
  await payload.destroy()
}
