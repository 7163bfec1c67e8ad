import type { Access, Where } from 'payload'

import { requestIsStaff } from './isStaff'

/**
 * Articles: drafts and articles scheduled for later (a publication date in the future) stay with the
 * editorial team; everyone else reads what is published and due.
 */
export const publishedArticleOrStaff: Access = ({ req }) => requestIsStaff(req) || dueArticles()

/** Published, and their publication date has come (lib/media/find.ts reads with it too). */
export function dueArticles(): Where {
  return {
    and: [{ _status: { equals: 'published' } }, { publishedAt: { less_than_equal: new Date().toISOString() } }],
  }
}
