'use server'

import { notFound, redirect } from 'next/navigation'

import { getPathname } from '@/i18n/pathnames'
import { getCurrentMember } from '@/lib/auth/session'
import { failureState } from '@/lib/forms/state'
import type { FormState } from '@/lib/forms/types'
import { actionForm } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import { getCurrentLearner } from '@/lib/workshops/learner'
import { isSubmissionId } from './resultCode'
import { saveSituationResult } from './save-situation-result'

/** Saves the questionnaire (save-situation-result.ts), then shows the result. */
export async function submitSituation(
  locale: string,
  submissionId: string,
  _: FormState,
  form: FormData,
): Promise<FormState> {
  const { locale: lang } = actionForm(locale, form)
  // The id our page binds: the same shape as the simulator's (lib/diagnostic/actions.ts).
  if (!isSubmissionId(submissionId)) notFound()
  const result = await saveSituationResult({
    payload: await getPayloadClient(),
    actor: await getCurrentMember(),
    input: {
      submissionId,
      form,
      locale: lang,
      participant: (await getCurrentLearner()).participant,
      learner: Number(form.get('learner')) || null,
    },
  })
  if (!result.ok) return failureState(result.error, form)
  redirect(
    getPathname({
      href: { pathname: '/diagnostic/resultat/[code]', params: { code: result.value.code } },
      locale: lang,
    }),
  )
}
