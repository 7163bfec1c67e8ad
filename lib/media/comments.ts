import type { Payload } from 'payload'

import type { Comment } from '@/payload-types'

/** A document id as the form sent it: a positive whole number, or its digits as text; anything else is null. */
function strictId(value: unknown): number | null {
  const id = typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 ? id : null
}

/**
 * The id of the article a reader may comment on, or null: the id the form sends is bound in the page and can
 * be tampered with, so it must name an article the public can read (published and due, so never a draft or
 * one scheduled for later).
 */
export async function commentableArticle(payload: Payload, value: unknown): Promise<number | null> {
  const id = strictId(value)
  if (id === null) return null
  // Read as the public (no user, access applied): access/publishedArticleOrStaff.ts decides.
  const article = await payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    overrideAccess: false,
    disableErrors: true,
    select: { slug: true },
  })
  return article ? id : null
}

/** Files a reader's comment "to moderate" on a commentable article; false, and nothing stored, otherwise. */
export async function fileComment(
  payload: Payload,
  articleId: unknown,
  comment: Pick<Comment, 'name' | 'email' | 'body' | 'language'>,
): Promise<boolean> {
  const article = await commentableArticle(payload, articleId)
  if (article === null) return false
  await payload.create({
    collection: 'comments',
    data: { article, ...comment, status: 'pending' },
    // Visitors comment without an account and the API refuses comments from anyone but staff: the server
    // writes it, with the article checked above and the status forced to pending.
    overrideAccess: true,
  })
  return true
}
