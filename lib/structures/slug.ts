import type { CollectionBeforeChangeHook, Payload } from 'payload'

import type { Structure } from '@/payload-types'
import { slugify } from '@/lib/text/slugify'

/**
 * A new structure's slug comes from its name, made unique ("epn-namur", "epn-namur-2"…). Clients never send
 * one (the field refuses it on create, and only staff change it afterwards); our own imports and the seed,
 * writing as the server, may bring theirs.
 */
export const structureSlug: CollectionBeforeChangeHook<Structure> = async ({ data, req, operation }) => {
  if (operation === 'create' && !data.slug) data.slug = await freeSlug(req.payload, data.name ?? '')
  return data
}

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
