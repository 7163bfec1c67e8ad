import type { Payload } from 'payload'

import { slugify } from '@/lib/text/slugify'

/** A slug made from `name` that no structure uses yet ("epn-namur", "epn-namur-2"…). */
export async function freeSlug(payload: Payload, name: string): Promise<string> {
  const base = slugify(name) || 'structure'
  for (let i = 1; ; i++) {
    const slug = i === 1 ? base : `${base}-${i}`
    const { totalDocs } = await payload.count({
      collection: 'structures',
      where: { slug: { equals: slug } },
      overrideAccess: true,
    })
    if (!totalDocs) return slug
  }
}
