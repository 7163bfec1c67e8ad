import type { Payload, PayloadRequest } from 'payload'

// Relative imports only: migrations load this file outside Next's path aliases.
import { themeOfTopic } from './vocabulary'

/**
 * The activity log v2 migration's data step (issue 17): each record of the first log, which had one `topic`,
 * gets the matching theme (a procedure also keeps its theme "procedures") and becomes a one-to-one activity
 * at the structure; the collection's hook then derives its territory from the structure's postcode. Through the
 * Local API, page by page, so that it runs the same on SQLite and MongoDB. Records that already have themes are
 * left alone, so running it twice changes nothing.
 */
export async function moveTopicsToThemes(payload: Payload, req?: Partial<PayloadRequest>): Promise<number> {
  let moved = 0
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'accompaniments',
      where: { topic: { exists: true } },
      select: { topic: true, themes: true },
      sort: 'id',
      limit: 500,
      page,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const doc of docs) {
      if (!doc.topic || doc.themes?.length) continue
      await payload.update({
        collection: 'accompaniments',
        id: doc.id,
        data: { themes: [themeOfTopic[doc.topic] ?? 'other'], kind: 'individual', place: 'structure' },
        depth: 0,
        overrideAccess: true,
        req,
      })
      moved += 1
    }
    if (!hasNextPage) return moved
  }
}
