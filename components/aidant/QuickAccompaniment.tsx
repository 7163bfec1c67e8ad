import { getTranslations } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import type { Locale } from '@/i18n/locales'
import { logWorkshopPresenceAction } from '@/lib/accompaniments/actions'
import { formLabels } from '@/lib/forms/state'

type Props = { locale: string; workshop: number; participant: number; name: string }

/** One tap: this learner took part in today's session of the workshop (one collective activity per day). */
export async function QuickAccompaniment({ locale, workshop, participant, name }: Props) {
  const [t, labels] = await Promise.all([getTranslations('accompaniment'), formLabels()])
  return (
    <ActionForm
      action={logWorkshopPresenceAction.bind(null, locale as Locale)}
      labels={labels}
      idPrefix={`acc-${participant}`}
      submitLabel={t('quick', { name })}
      fields={[
        { kind: 'hidden', name: 'workshop', value: String(workshop) },
        { kind: 'hidden', name: 'participant', value: String(participant) },
      ]}
    />
  )
}
