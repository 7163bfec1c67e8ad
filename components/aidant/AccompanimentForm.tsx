import { getLocale, getTranslations } from 'next-intl/server'

import { ActionForm } from '@/components/forms/ActionForm'
import type { Locale } from '@/i18n/locales'
import { recordAccompanimentAction } from '@/lib/accompaniments/actions'
import {
  activityKinds,
  administrativeThemes,
  ageBands,
  autonomyLevels,
  countries,
  devices,
  genders,
  levels,
  mediationThemes,
  places,
  referralTargets,
  situations,
  type Vocabulary,
} from '@/lib/accompaniments/vocabulary'
import { formLabels } from '@/lib/forms/state'
import type { FieldSpec } from '@/lib/forms/types'
import { brusselsDay } from '@/lib/time/brussels'

type Props = {
  /** The workshop's learners who share their progress (the workshop page), or none (the activity page). */
  people?: { id: number; name: string }[]
  /** The theme ticked at first: the workshop's. */
  theme?: string
  workshop?: number
}

/**
 * The activity log's form (issue 17). What every activity needs comes first and is filled in (one-to-one,
 * today, 30 minutes): a theme and a tap record it, in well under 30 seconds on a phone. Everything else is
 * optional and folded under "Ajouter des détails".
 */
export async function AccompanimentForm({ people = [], theme, workshop }: Props) {
  const [t, labels, locale] = await Promise.all([getTranslations('accompaniment'), formLabels(), getLocale()])
  const lang = locale as Locale
  const options = (list: Vocabulary) => list.map((o) => ({ value: o.value, label: o.label[lang] }))
  const details: FieldSpec[] = [
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
    { kind: 'input', name: 'workshopTitle', label: t('workshopTitle') },
    { kind: 'select', name: 'level', label: t('level'), options: options(levels) },
    { kind: 'checkboxes', name: 'procedures', label: t('procedures'), options: options(administrativeThemes) },
    { kind: 'checkboxes', name: 'devices', label: t('devices'), options: options(devices) },
    { kind: 'radios', name: 'place', label: t('place'), options: options(places) },
    { kind: 'select', name: 'country', label: t('country'), options: options(countries) },
    { kind: 'input', name: 'postcode', label: t('postcode'), hint: t('postcodeHint'), inputMode: 'numeric' },
    { kind: 'radios', name: 'autonomy', label: t('autonomy'), options: options(autonomyLevels) },
    { kind: 'checkbox', name: 'referred', label: t('referred') },
    { kind: 'select', name: 'referredTo', label: t('referredTo'), options: options(referralTargets) },
    { kind: 'heading', label: t('profileHeading') },
    { kind: 'select', name: 'gender', label: t('gender'), options: options(genders) },
    { kind: 'select', name: 'ageBand', label: t('ageBand'), options: options(ageBands) },
    { kind: 'select', name: 'situation', label: t('situation'), options: options(situations) },
    { kind: 'input', name: 'residencePostcode', label: t('residencePostcode'), inputMode: 'numeric' },
    {
      kind: 'radios',
      name: 'firstTime',
      label: t('firstTime'),
      options: [
        { value: 'yes', label: t('firstTimeYes') },
        { value: 'no', label: t('firstTimeNo') },
      ],
    },
    { kind: 'textarea', name: 'notes', label: t('notes'), hint: t('notesHint') },
  ]
  return (
    <ActionForm
      action={recordAccompanimentAction.bind(null, lang)}
      labels={labels}
      idPrefix="accompaniment"
      submitLabel={t('submit')}
      initialValues={{
        kind: 'individual',
        date: brusselsDay(new Date()),
        minutes: '30',
        place: 'structure',
        ...(theme ? { themes: [theme] } : {}),
      }}
      fields={[
        ...(workshop ? [{ kind: 'hidden' as const, name: 'workshop', value: String(workshop) }] : []),
        { kind: 'radios', name: 'kind', label: t('kind'), required: true, options: options(activityKinds) },
        {
          kind: 'checkboxes',
          name: 'themes',
          label: t('themes'),
          hint: t('themesHint'),
          required: true,
          options: options(mediationThemes),
        },
        { kind: 'input', name: 'minutes', type: 'number', inputMode: 'numeric', label: t('minutes'), required: true },
        { kind: 'input', name: 'date', type: 'date', label: t('date'), required: true },
        {
          kind: 'input',
          name: 'participantsCount',
          type: 'number',
          inputMode: 'numeric',
          label: t('participantsCount'),
          hint: t('participantsCountHint'),
        },
        { kind: 'details', label: t('details'), fields: details },
      ]}
    />
  )
}
