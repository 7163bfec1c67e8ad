'use server'

import { isLocale } from '../../i18n/locales'
import { getPathname } from '../../i18n/pathnames'
import { getCurrentMember } from '../auth/session'
import { getPayloadClient } from '../payload/client'
import { saveSimulatorResult } from './results'
import { getCurrentLearner } from '../workshops/learner'

/** Saves a finished simulator run and answers with the URL of its result page. */
export async function finishSimulator(
  submissionId: string,
  records: unknown,
  locale: string,
  forWhom: { learner?: number | null; learnerCode?: string } = {},
): Promise<{ url: string }> {
  if (!/^[\w-]{8,64}$/.test(submissionId)) throw new Error('invalid submission')
  const lang = isLocale(locale) ? locale : 'fr'
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
