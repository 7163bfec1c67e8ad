import { getLocale, getTranslations } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import type { Locale } from '@/i18n/locales'
import { recordAccompanimentAction } from '@/lib/accompaniments/actions'
import { accompanimentTopics } from '@/lib/accompaniments/topics'
import { formLabels } from '@/lib/forms/state'
import { brusselsDay } from '@/lib/time/brussels'

type Props = { people: { id: number; name: string }[]; topic: string }

/** The full accompaniment form: a learner of the workshop or an anonymous code, topic, date and duration. */
export async function AccompanimentForm({ people, topic }: Props) {
  const [t, labels, locale] = await Promise.all([getTranslations('accompaniment'), formLabels(), getLocale()])
  const lang = locale as Locale
  return (
    <ActionForm
      action={recordAccompanimentAction.bind(null, lang)}
      labels={labels}
      idPrefix="accompaniment"
      submitLabel={t('submit')}
      initialValues={{ date: brusselsDay(new Date()), minutes: '30', topic }}
      fields={[
        ...(people.length
          ? [
              {
                kind: 'select' as const,
                name: 'participant',
                label: t('person'),
                hint: t('personHint'),
                options: people.map((p) => ({ value: String(p.id), label: p.name })),
              },
            ]
          : []),
        { kind: 'input', name: 'personCode', label: t('personCode'), hint: t('personCodeHint') },
        {
          kind: 'select',
          name: 'topic',
          label: t('topic'),
          required: true,
          options: accompanimentTopics.map((o) => ({ value: o.value, label: o.label[lang] })),
        },
        { kind: 'input', name: 'date', type: 'date', label: t('date'), required: true },
        { kind: 'input', name: 'minutes', type: 'number', inputMode: 'numeric', label: t('minutes'), required: true },
      ]}
    />
  )
}
