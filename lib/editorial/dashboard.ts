import { Forbidden, type CollectionSlug, type Payload, type TypedUser, type Where } from 'payload'

import { isPayloadError } from '@/lib/payload/isPayloadError'

/**
 * The editor's dashboard (issue 16, point 6): what waits for the editorial team, counted through the Local API
 * with the editor's own access, each count linked to the admin list filtered on exactly what it counts.
 */

export type TileKey =
  | 'comments'
  | 'proposals'
  | 'reports'
  | 'contactMessages'
  | 'scheduledArticles'
  | 'newslettersSending'
  | 'staleStructures'

export type Tile = { key: TileKey; count: number; href: string }

type Definition = { key: TileKey; collection: string; where: (now: Date) => Where }

/** A structure's information is stale when nobody updated it for a year. */
export function staleBefore(now: Date): Date {
  const limit = new Date(now)
  limit.setUTCFullYear(limit.getUTCFullYear() - 1)
  return limit
}

export const definitions: Definition[] = [
  { key: 'comments', collection: 'comments', where: () => ({ status: { equals: 'pending' } }) },
  { key: 'proposals', collection: 'community-resources', where: () => ({ moderationStatus: { equals: 'pending' } }) },
  { key: 'reports', collection: 'reports', where: () => ({ status: { equals: 'open' } }) },
  { key: 'contactMessages', collection: 'contact-messages', where: () => ({ status: { equals: 'new' } }) },
  {
    key: 'scheduledArticles',
    collection: 'articles',
    where: (now): Where => {
      const published: Where = { _status: { equals: 'published' } }
      const later: Where = { publishedAt: { greater_than: now.toISOString() } }
      return { and: [published, later] }
    },
  },
  { key: 'newslettersSending', collection: 'newsletters', where: () => ({ status: { equals: 'sending' } }) },
  {
    key: 'staleStructures',
    collection: 'structures',
    where: (now) => ({ updatedAt: { less_than: staleBefore(now).toISOString() } }),
  },
]

/** Payload's list URL query for a `where`: `where[status][equals]=pending`, `where[and][0][…]`. */
export function whereQuery(where: Where, prefix = 'where'): string[] {
  return Object.entries(where).flatMap(([key, value]) => {
    const path = `${prefix}[${key}]`
    if (Array.isArray(value)) return value.flatMap((item, index) => whereQuery(item as Where, `${path}[${index}]`))
    if (value && typeof value === 'object') return whereQuery(value as Where, path)
    return [`${encodeURIComponent(path)}=${encodeURIComponent(String(value))}`]
  })
}

/** The admin list of `collection` filtered on `where`. */
export function listHref(adminRoute: string, collection: string, where: Where): string {
  return `${adminRoute}/collections/${collection}?${whereQuery(where).join('&')}`
}

/**
 * Every tile whose collection exists in this configuration (reports come with their own collection) and that
 * `user` may read, with its count as `user` may see it.
 */
export async function dashboardTiles(
  payload: Payload,
  user: TypedUser | null,
  now: Date = new Date(),
  adminRoute = payload.config.routes.admin,
): Promise<Tile[]> {
  const present = definitions.filter(({ collection }) => collection in payload.collections)
  const tiles = await Promise.all(
    present.map(async ({ key, collection, where }): Promise<Tile | null> => {
      const filter = where(now)
      try {
        const { totalDocs } = await payload.count({
          collection: collection as CollectionSlug,
          where: filter,
          user,
          overrideAccess: false,
        })
        return { key, count: totalDocs, href: listHref(adminRoute, collection, filter) }
      } catch (error) {
        // A list the reader may not open is no tile of theirs.
        if (isPayloadError(error, Forbidden)) return null
        throw error
      }
    }),
  )
  return tiles.filter((tile): tile is Tile => tile !== null)
}
