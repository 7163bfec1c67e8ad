// Applies pending SQLite migrations (`npm run db:migrate`): Payload runs them itself when it starts with
// NODE_ENV=production (prodMigrations in lib/payload/database.ts), so starting it is the whole job.
import { runScript } from '@/seed/runScript'

await runScript('migrate', async () => {
  if (process.env.NODE_ENV !== 'production') throw new Error('Run with NODE_ENV=production (npm run db:migrate).')
})
