import { lengths } from '@/fields/lengths'
import type { Locale } from '@/i18n/locales'
import { invalid, notFound } from '@/lib/errors'
import { checkRequiredText } from '@/lib/forms/checks'
import { noSpamCheck, rateLimited, type SpamGate } from '@/lib/forms/gate'
import type { FieldErrors } from '@/lib/forms/types'
import { checkEmail, normalizeEmail } from '@/lib/members/validation'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import { commentableArticle, fileComment } from './comments'

export type CommentInput = { article: unknown; name: string; email: string; body: string; language: Locale }

/**
 * A reader comments an article, without an account: checked, then stored "to moderate"; it appears once an
 * editor approves it. The article must be one the public can read (comments.ts), else not found. A bot gets
 * the answers a person would (the article checked, then thanks) but nothing is stored: false.
 */
export async function postComment({
  payload,
  input,
  spam = noSpamCheck,
}: UseCaseArgs<CommentInput> & { spam?: SpamGate }): Promise<Result<boolean>> {
  const name = input.name.trim()
  const email = normalizeEmail(input.email)
  const body = input.body.trim()
  const errors: FieldErrors = {}
  checkRequiredText(errors, 'name', name, lengths.name)
  checkEmail(errors, email, true)
  checkRequiredText(errors, 'body', body, lengths.message)
  if (Object.keys(errors).length) return fail(invalid(errors))
  const verdict = await spam()
  if (verdict === 'limited') return fail(rateLimited())
  const accepted =
    verdict === 'ok'
      ? await fileComment(payload, input.article, { name, email, body, language: input.language })
      : (await commentableArticle(payload, input.article)) !== null
  return accepted ? ok(verdict === 'ok') : fail(notFound('no such article'))
}
