import type { Payload } from 'payload'

import { integerId } from '@/lib/http/id'
import type { Comment } from '@/payload-types'

/**
 * The id of the article a reader may comment on, or null: the id the form sends is bound in the page and can
 * be tampered with, so it must name an article the public can read (published and due, so never a draft or
 * one scheduled for later).
 */
export async function commentableArticle(payload: Payload, value: unknown): Promise<number | null> {
  const id = integerId(value)
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
