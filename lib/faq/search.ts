import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { searchPage, type SearchPage } from '@/lib/search/page'
import type { Faq } from '@/payload-types'

/**
 * A search of the help centre: the questions the site's engine finds in questions and answers (typos,
 * accents, plurals and the editors' synonyms included), best first, all on one page. Per request, never
 * cached (lib/search/page.ts).
 */
export async function searchFaq(payload: Payload, locale: Locale, q: string): Promise<SearchPage<Faq>> {
  return searchPage(payload, locale, q, {
    options: { kinds: ['faq'] },
    load: async (ids) => {
      const { docs } = await payload.find({
        collection: 'faq',
        where: { id: { in: ids } },
        locale,
        depth: 0,
        pagination: false,
        overrideAccess: false,
      })
      return docs
    },
  })
}
