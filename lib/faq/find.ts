import 'server-only'

import type { Locale } from '@/i18n/locales'
import { cachedQuery } from '@/lib/cache/cachedQuery'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload/client'
import { searchFaq } from './search'

export const listFaq = cachedQuery('faq', [cacheTags.faq], async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'faq', locale, depth: 0, pagination: false, sort: 'order' })
  return docs
})

/**
 * A search of the help centre, per request: never cached (the engine answers from memory and follows every
 * publication itself, lib/search/store.ts).
 */
export async function searchHelpCentre(locale: Locale, q: string) {
  return searchFaq(await getPayloadClient(), locale, q)
}
