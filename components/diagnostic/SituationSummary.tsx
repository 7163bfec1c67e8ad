import { getTranslations } from 'next-intl/server'

import type { SituationAnswers, SituationGroup } from '@/lib/diagnostic/situation'

/** What the questionnaire said about equipment, connection, motivation and blockers. */
export async function SituationSummary({ answers }: { answers: SituationAnswers }) {
  const t = await getTranslations('diagnostic.situation')
  const rows: [string, SituationGroup][] = [
    [t('resultEquipment'), 'equipment'],
    [t('resultConnection'), 'connection'],
    [t('resultMotivation'), 'motivation'],
    [t('resultBlockers'), 'blockers'],
  ]
  return (
    <section aria-labelledby="situation-title" className="mt-6 print:mt-3">
      <h2 id="situation-title" className="text-2xl font-bold print:text-lg">
        {t('resultTitle')}
      </h2>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
        {rows.map(([label, group]) => (
          <div key={group} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>
              {answers[group]?.length
                ? answers[group].map((v) => t(`options.${group}.${v}` as 'options.equipment.none')).join(', ')
                : t('none')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
