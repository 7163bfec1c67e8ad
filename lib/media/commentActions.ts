'use server'

import { getTranslations } from 'next-intl/server'

import type { FormState } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { errorState, okState } from '@/lib/forms/state'
import { spamCheck } from '@/lib/forms/spam'
import { checkEmail } from '@/lib/members/validation'
import type { FieldErrors } from '@/lib/forms/types'
import { getPayloadClient } from '@/lib/payload/client'
import { commentableArticle, fileComment } from './comments'
import { actionForm, actionId } from '@/lib/http/actionArgs'
import { lengths } from '@/fields/lengths'

/**
 * A reader's comment: checked, then stored as "to moderate". It appears once an editor approves it.
 * The bound arguments (locale, article id) come back from the browser: both are checked, and an article that
 * is not published and due (a draft, one scheduled for later) gets the form's "not found" error.
 */
export async function commentAction(
  locale: Locale,
  articleId: number,
  _: FormState,
  form: FormData,
): Promise<FormState> {
  actionForm(locale, form)
  actionId(articleId)
  const t = await getTranslations({ locale, namespace: 'media' })
  const name = String(form.get('name') ?? '').trim()
  const email = String(form.get('email') ?? '')
    .trim()
    .toLowerCase()
  const body = String(form.get('body') ?? '').trim()
  const errors: FieldErrors = {}
  if (!name) errors.name = 'required'
  else if (name.length > lengths.name) errors.name = 'tooLong'
  checkEmail(errors, email, true)
  if (!body) errors.body = 'required'
  else if (body.length > lengths.message) errors.body = 'tooLong'
  if (Object.keys(errors).length) return errorState(errors, form)

  const spam = await spamCheck(form)
  if (spam === 'limited') return errorState({ form: 'rateLimited' }, form)
  const payload = await getPayloadClient()
  // A bot gets the same answers as a person (the article checked, then thanks) but nothing is stored.
  const accepted =
    spam === 'ok'
      ? await fileComment(payload, articleId, { name, email, body, language: locale })
      : (await commentableArticle(payload, articleId)) !== null
  if (!accepted) return errorState({ form: 'notFound' }, form)
  return okState(t('commentThanks'))
}
