import { getTranslations } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import type { Locale } from '@/i18n/locales'
import { recordAccompanimentAction } from '@/lib/accompaniments/actions'
import { formLabels } from '@/lib/forms/state'
import { brusselsDay } from '@/lib/time/brussels'

type Props = { locale: string; participant: number; name: string; topic: string }

/** One tap: today, 30 minutes, this learner, the workshop's topic. Details go through the full form. */
export async function QuickAccompaniment({ locale, participant, name, topic }: Props) {
  const [t, labels] = await Promise.all([getTranslations('accompaniment'), formLabels()])
  return (
    <ActionForm
      action={recordAccompanimentAction.bind(null, locale as Locale)}
      labels={labels}
      idPrefix={`acc-${participant}`}
      submitLabel={t('quick', { name })}
      fields={[
        { kind: 'hidden', name: 'participant', value: String(participant) },
        { kind: 'hidden', name: 'date', value: brusselsDay(new Date()) },
        { kind: 'hidden', name: 'minutes', value: '30' },
        { kind: 'hidden', name: 'topic', value: topic },
      ]}
    />
  )
}
