'use server'

import { notFound } from 'next/navigation'

import { actionLocale } from '@/lib/http/actionArgs'
import { getPathname } from '@/i18n/pathnames'
import { getCurrentMember } from '@/lib/auth/session'
import { getPayloadClient } from '@/lib/payload/client'
import { saveSimulatorResult } from './results'
import { getCurrentLearner } from '@/lib/workshops/learner'

/** Saves a finished simulator run and answers with the URL of its result page. */
export async function finishSimulator(
  submissionId: string,
  records: unknown,
  locale: string,
  forWhom: { learner?: number | null; learnerCode?: string } = {},
): Promise<{ url: string }> {
  const lang = actionLocale(locale)
  if (typeof submissionId !== 'string' || !/^[\w-]{8,64}$/.test(submissionId)) notFound()
  // A browser sends an object or nothing; `null` or a text would fail below with a 500.
  if (typeof forWhom !== 'object' || forWhom === null) notFound()
  const result = await saveSimulatorResult(await getPayloadClient(), {
    submissionId,
    records,
    locale: lang,
    member: await getCurrentMember(),
    participant: (await getCurrentLearner()).participant,
    learner: typeof forWhom.learner === 'number' ? forWhom.learner : null,
    learnerCode: typeof forWhom.learnerCode === 'string' ? forWhom.learnerCode : '',
  })
  return {
    url: getPathname({
      href: { pathname: '/diagnostic/resultat/[code]', params: { code: result.code } },
      locale: lang,
    }),
  }
}
