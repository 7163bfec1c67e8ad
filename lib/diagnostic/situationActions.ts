'use server'

import { notFound, redirect } from 'next/navigation'

import type { FormState } from '@/lib/forms/types'
import { getPathname } from '@/i18n/pathnames'
import { getCurrentMember } from '@/lib/auth/session'
import { errorState } from '@/lib/forms/state'
import { actionForm } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import { saveSituationResult } from './results'
import { getCurrentLearner } from '@/lib/workshops/learner'
import { parseSituation } from './situation'

/** Saves the questionnaire (the submission id in the form makes a double submission harmless), then shows the result. */
export async function submitSituation(
  locale: string,
  submissionId: string,
  _: FormState,
  form: FormData,
): Promise<FormState> {
  const { locale: lang } = actionForm(locale, form)
  // The id our page binds (a UUID): the same shape as the simulator's (lib/diagnostic/actions.ts).
  if (typeof submissionId !== 'string' || !/^[\w-]{8,64}$/.test(submissionId)) notFound()
  const { answers, errors } = parseSituation(form)
  if (Object.keys(errors).length) return errorState(errors, form)
  const result = await saveSituationResult(await getPayloadClient(), {
    submissionId,
    answers,
    locale: lang,
    member: await getCurrentMember(),
    participant: (await getCurrentLearner()).participant,
    learner: Number(form.get('learner')) || null,
  })
  redirect(
    getPathname({ href: { pathname: '/diagnostic/resultat/[code]', params: { code: result.code } }, locale: lang }),
  )
}
