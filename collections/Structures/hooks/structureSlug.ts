import type { CollectionBeforeChangeHook } from 'payload'

import { freeSlug } from '@/lib/structures/slug'
import type { Structure } from '@/payload-types'

/**
 * A new structure's slug comes from its name, made unique ("epn-namur", "epn-namur-2"…). Clients never send
 * one (the field refuses it on create, and only staff change it afterwards); our own imports and the seed,
 * writing as the server, may bring theirs.
 */
export const structureSlug: CollectionBeforeChangeHook<Structure> = async ({ data, req, operation }) => {
  if (operation === 'create' && !data.slug) data.slug = await freeSlug(req.payload, data.name ?? '')
  return data
}
