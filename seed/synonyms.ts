import type { Payload } from 'payload'

import { locales } from '@/i18n/locales'
import groups from './data/synonyms.json'

/**
 * The first synonym groups of the search (seed/data/synonyms.json). Seeded once per language: after that the
 * editorial team owns them in the admin, and a new seed leaves their changes alone.
 */
export async function seedSynonyms(payload: Payload, log: (line: string) => void = () => {}): Promise<void> {
  for (const language of locales) {
    const { totalDocs } = await payload.count({ collection: 'synonyms', where: { language: { equals: language } } })
    if (totalDocs) continue
    for (const words of groups[language]) await payload.create({ collection: 'synonyms', data: { language, words } })
    log(`${groups[language].length} synonym groups (${language})`)
  }
}
