'use server'

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { spamCheck } from '@/lib/forms/spam'
import { failureState, formField, okState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm, actionId } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import { postComment } from './post-comment'

/**
 * A reader's comment (post-comment.ts). The bound arguments (locale, article id) come back from the browser:
 * both are checked, and an article that is not published and due gets the form's "not found" error.
 */
export async function commentAction(
  locale: Locale,
  articleId: number,
  _: FormState,
  form: FormData,
): Promise<FormState> {
  actionForm(locale, form)
  actionId(articleId)
  const result = await postComment({
    payload: await getPayloadClient(),
    actor: null,
    input: {
      article: articleId,
      name: formField(form, 'name'),
      email: formField(form, 'email'),
      body: formField(form, 'body'),
      language: locale,
    },
    spam: () => spamCheck(form),
  })
  if (!result.ok) return failureState(result.error, form)
  return okState((await getTranslations({ locale, namespace: 'media' }))('commentThanks'))
}
