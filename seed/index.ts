/** Demo seed: `npm run seed` (idempotent): demo staff, the demo catalogue and its search synonyms, the diagnostics, structures and member accounts, the média and the help centre, a demo workshop. */
import { seedCatalogue } from './catalogue'
import { seedDiagnostics } from './diagnostics'
import { seedMedia } from './media'
import { seedMembers } from './members'
import { runScript } from './runScript'
import { seedDemoStaff } from './staff'
import { seedSynonyms } from './synonyms'
import { seedTargets } from './targets'
import { seedWorkshops } from './workshops'

await runScript('seed', async (payload) => {
  await seedDemoStaff(payload)
  const log = (line: string) => payload.logger.info(`seed: ${line}`)
  await seedCatalogue(payload, log)
  await seedDiagnostics(payload, log)
  await seedSynonyms(payload, log)
  await seedMembers(payload, log)
  await seedMedia(payload, log)
  await seedWorkshops(payload, log)
  await seedTargets(payload, log)
})
