// Applies pending SQLite migrations (`npm run db:migrate`): Payload runs them itself when it starts with
// NODE_ENV=production (prodMigrations in lib/payload/database.ts), so starting it is the whole job. Then the
// documents saved before a computed field existed get it (a migration cannot use the Local API safely: a
// later migration's columns would be missing when it runs on a new database).
import { backfillTranslationStatus } from '@/lib/i18n/backfillTranslationStatus'
import { runScript } from '@/seed/runScript'

await runScript('migrate', async (payload) => {
  if (process.env.NODE_ENV !== 'production') throw new Error('Run with NODE_ENV=production (npm run db:migrate).')
  const filled = await backfillTranslationStatus(payload)
  if (filled) payload.logger.info(`migrate: translation status of ${filled} documents`)
})
