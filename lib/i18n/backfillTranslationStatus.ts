import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { localizedValues, translationGaps, translationStatus } from './translationGaps'

/** The collections whose saves record their translation status (fields/translationStatus.ts). */
export const translatedCollections = [
  'modules',
  'trames',
  'fiches',
  'formations',
  'parcours',
  'themes',
  'community-resources',
  'faq',
  'events',
] as const satisfies CollectionSlug[]

/**
 * Documents saved before the status existed have none: computed here once, by `npm run db:migrate` after
 * the migrations, or `npm run translation:status` (any database). Written straight to the database: no new version,
 * no hook, nothing else changes.
 */
export async function backfillTranslationStatus(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  let count = 0
  for (const collection of translatedCollections) {
    const { fields } = payload.collections[collection].config
    const read = { collection, depth: 0, fallbackLocale: false, overrideAccess: true, req } as const
    // The documents themselves (not their versions) lack the status; each is read as its latest version.
    const { docs } = await payload.find({
      ...read,
      where: { translationStatus: { exists: false } },
      pagination: false,
    })
    for (const { id } of docs) {
      // One after the other: the Local API sets the locale on the request it is given.
      const fr = await payload.findByID({ ...read, id, locale: 'fr', draft: true, disableErrors: true })
      const nl = await payload.findByID({ ...read, id, locale: 'nl', draft: true, disableErrors: true })
      const gaps = translationGaps({ fr: localizedValues(fields, fr), nl: localizedValues(fields, nl) })
      await payload.db.updateOne({
        collection,
        id,
        data: { translationGaps: gaps, translationStatus: translationStatus(gaps) },
        req,
      })
      count++
    }
  }
  return count
}
