import 'server-only'

import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import type { Cell } from './followUp'

/** The follow-up's words for a learner's status in a module: table, history and CSV say the same. */
export async function statusLabels(locale?: Locale): Promise<Record<Cell['status'], string>> {
  const t = locale ? await getTranslations({ locale, namespace: 'followUp' }) : await getTranslations('followUp')
  return { not_started: t('notStarted'), in_progress: t('inProgress'), completed: t('completed') }
}
