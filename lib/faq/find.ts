import 'server-only'

import type { Locale } from '@/i18n/locales'
import type { Faq } from '@/payload-types'
import { cachedQuery } from '@/lib/cache/cachedQuery'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload/client'
import { slugify } from '@/lib/text/slugify'

export const listFaq = cachedQuery('faq', [cacheTags.faq], async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'faq', locale, depth: 0, pagination: false, sort: 'order' })
  return docs
})

/** Questions whose question or answer holds every word searched, accents and case ignored. Pure: unit-tested. */
export function searchFaq(entries: Faq[], q: string): Faq[] {
  const words = slugify(q).split('-').filter(Boolean)
  if (!words.length) return entries
  return entries.filter((entry) => {
    const text = slugify(`${entry.question} ${JSON.stringify(entry.answer ?? '').replace(/"[a-zA-Z]+":/g, ' ')}`)
    return words.every((word) => text.includes(word))
  })
}
