// Applies pending SQLite migrations (`npm run db:migrate`). In production, Payload's init already runs them
// (prodMigrations); the explicit call keeps this command meaningful whatever NODE_ENV is.
import { runScript } from '../seed/runScript'

runScript('migrate', async (payload) => {
  await payload.db.migrate()
})
