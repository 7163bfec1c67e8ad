import 'server-only'

import type { Payload } from 'payload'

import { getPathname } from '@/i18n/pathnames'
import type { Locale } from '@/i18n/locales'
import { documentId } from '@/lib/http/id'

const moduleResource = { trames: 'trame', fiches: 'fiche', formations: 'formation' } as const

/** Where on the site a document (possibly a draft) is shown, or null when it is not shown anywhere. */
export async function previewPath(
  payload: Payload,
  collection: string,
  id: string,
  locale: Locale,
): Promise<string | null> {
  const options = { draft: true, overrideAccess: true, locale, depth: 0 } as const
  // Ids come from the query string: anything but a plain number has nothing to preview (not a 500).
  const docId = documentId(id)
  if (docId === null) return null
  if (collection === 'modules' || collection === 'parcours') {
    const doc = await payload.findByID({ collection, id: docId, ...options, disableErrors: true })
    if (!doc?.slug) return null
    const pathname = collection === 'modules' ? '/modules/[slug]' : '/parcours/[slug]'
    return getPathname({ href: { pathname, params: { slug: doc.slug } }, locale })
  }
  if (collection in moduleResource) {
    const field = moduleResource[collection as keyof typeof moduleResource]
    const { docs } = await payload.find({
      collection: 'modules',
      where: { [field]: { equals: docId } },
      limit: 1,
      ...options,
    })
    const slug = docs[0]?.slug
    if (!slug) return null
    return getPathname({ href: { pathname: `/modules/[slug]/${field}`, params: { slug } }, locale })
  }
  return null
}
