// Computes the translation status of documents saved before it existed (`npm run translation:status`);
// `npm run db:migrate` does the same after the migrations.
import { backfillTranslationStatus } from '@/lib/i18n/backfillTranslationStatus'
import { runScript } from '@/seed/runScript'

await runScript('translation-status', async (payload) => {
  payload.logger.info(`translation-status: ${await backfillTranslationStatus(payload)} documents`)
})
