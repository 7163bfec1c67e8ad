'use server'

import { notFound } from 'next/navigation'

import { getPathname } from '@/i18n/pathnames'
import { getCurrentMember } from '@/lib/auth/session'
import { actionLocale } from '@/lib/http/actionArgs'
import { getPayloadClient } from '@/lib/payload/client'
import { getCurrentLearner } from '@/lib/workshops/learner'
import { isSubmissionId } from './resultCode'
import { saveSimulatorResult } from './save-simulator-result'

/** Saves a finished simulator run (save-simulator-result.ts) and answers with the URL of its result page. */
export async function finishSimulator(
  submissionId: string,
  records: unknown,
  locale: string,
  forWhom: { learner?: number | null; learnerCode?: string } = {},
): Promise<{ url: string }> {
  const lang = actionLocale(locale)
  if (!isSubmissionId(submissionId)) notFound()
  // A browser sends an object or nothing; `null` or a text would fail below with a 500.
  if (typeof forWhom !== 'object' || forWhom === null) notFound()
  const result = await saveSimulatorResult({
    payload: await getPayloadClient(),
    actor: await getCurrentMember(),
    input: {
      submissionId,
      records,
      locale: lang,
      participant: (await getCurrentLearner()).participant,
      learner: typeof forWhom.learner === 'number' ? forWhom.learner : null,
      learnerCode: typeof forWhom.learnerCode === 'string' ? forWhom.learnerCode : '',
    },
  })
  if (!result.ok) notFound()
  return {
    url: getPathname({
      href: { pathname: '/diagnostic/resultat/[code]', params: { code: result.value.code } },
      locale: lang,
    }),
  }
}
