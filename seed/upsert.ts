import type { CollectionSlug, Payload } from 'payload'

type Data = Record<string, unknown>

/**
 * Copy row ids from the French document into the Dutch data, by position. Array and block rows are shared
 * between locales (only their fields are localized): without the ids, saving the Dutch text would replace
 * the rows and lose the French values.
 */
export function withRowIds(data: unknown, saved: unknown): unknown {
  if (Array.isArray(data) && Array.isArray(saved)) {
    return data.map((row, i) => {
      const match = saved[i] as Data | undefined
      const merged = withRowIds(row, match)
      return match && typeof match === 'object' && 'id' in match && merged && typeof merged === 'object'
        ? { ...(merged as Data), id: match.id }
        : merged
    })
  }
  if (data && typeof data === 'object' && saved && typeof saved === 'object' && !Array.isArray(data)) {
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, withRowIds(value, (saved as Data)[key])]),
    )
  }
  return data
}

/** Create or update a document by slug, in French then Dutch. Returns its id. Idempotent. */
export async function upsertBySlug(
  payload: Payload,
  collection: CollectionSlug,
  slug: string,
  fr: Data,
  nl: Data,
): Promise<number> {
  const existing = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    locale: 'fr',
    draft: true,
  })
  const data = { ...fr, slug }
  const saved = existing.docs[0]
    ? await payload.update({ collection, id: existing.docs[0].id, data, locale: 'fr', depth: 0 })
    : await payload.create({ collection, data, locale: 'fr', depth: 0 } as Parameters<Payload['create']>[0])
  await payload.update({ collection, id: saved.id, data: withRowIds(nl, saved) as Data, locale: 'nl', depth: 0 })
  return saved.id
}
