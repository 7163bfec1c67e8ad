import type { CollectionAdminOptions } from 'payload'

/**
 * The admin "Preview" button opens the site in draft mode. The route checks that the person is staff
 * before enabling it (app/api/preview/route.ts).
 */
export function previewFor(collection: string): CollectionAdminOptions['preview'] {
  return (doc, { locale }) => {
    const params = new URLSearchParams({ collection, id: String(doc.id ?? ''), locale: String(locale ?? 'fr') })
    return `/api/preview?${params.toString()}`
  }
}
