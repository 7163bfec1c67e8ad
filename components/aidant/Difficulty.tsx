import { getTranslations } from 'next-intl/server'

import { Card } from '@/components/ui/Card'
import type { StepDifficulty } from '@/lib/workshops/followUp'

/** The questions learners fail most: where to spend time at the next session. */
export async function Difficulty({ steps }: { steps: StepDifficulty[] }) {
  const t = await getTranslations('followUp')
  if (!steps.length) return <p className="text-lg">{t('noErrors')}</p>
  return (
    <ol className="space-y-2">
      {steps.map((s) => (
        <Card key={`${s.module.id}-${s.stepId}`} as="li" padding="sm">
          <p className="font-semibold">{s.label}</p>
          <p className="text-slate-700">
            {s.module.title} · {t('failedCount', { failed: s.failed, answered: s.answered })}
          </p>
          <div className="mt-2 h-3 w-full rounded-full bg-slate-200" aria-hidden="true">
            <div className="h-full rounded-full bg-amber-600" style={{ width: `${(s.failed / s.answered) * 100}%` }} />
          </div>
        </Card>
      ))}
    </ol>
  )
}
