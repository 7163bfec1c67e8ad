import { invalid, notFound } from '@/lib/errors'
import { integerId } from '@/lib/http/id'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import { countClick } from './clicks'

/** An article link of a newsletter e-mail (links.ts), as read from its query string. */
export type ArticleLink = { newsletter: unknown; article: unknown }

/**
 * A reader follows an article link of a newsletter: the click is counted and the answer is where to go (the
 * article with its campaign, or the média's list for an article the public may not read: clicks.ts).
 */
export async function followArticleLink({ payload, input }: UseCaseArgs<ArticleLink>): Promise<Result<string>> {
  const newsletter = integerId(input.newsletter)
  const article = integerId(input.article)
  if (newsletter === null || article === null) return fail(invalid({ form: 'tokenInvalid' }, 'invalid link'))
  const target = await countClick(payload, newsletter, article)
  return target ? ok(target) : fail(notFound('no such newsletter'))
}
