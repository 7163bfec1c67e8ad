/** Demo seed: `npm run seed` (idempotent): demo staff accounts and the demo catalogue. */
import { seedCatalogue } from './catalogue'
import { runScript } from './runScript'
import { seedDemoStaff } from './staff'

runScript('seed', async (payload) => {
  await seedDemoStaff(payload)
  await seedCatalogue(payload, (line) => payload.logger.info(`seed: ${line}`))
})
