import { getTranslations } from 'next-intl/server'

import type { DiagnosticLevels } from '@/lib/diagnostic/scoring'
import { domains } from '@/lib/diagnostic/tasks'

/** Each domain's level in words, with a bar of 3 squares filled (shape and number, not colour alone). */
export async function LevelBars({ result }: { result: DiagnosticLevels }) {
  const t = await getTranslations('diagnostic')
  return (
    <ul className="space-y-3">
      {domains.map((domain) => {
        const level = result.domains[domain]
        return (
          <li key={domain} className="grid gap-1 sm:grid-cols-[14rem_auto_1fr] sm:items-center sm:gap-4">
            <span className="text-lg font-semibold">{t(`domains.${domain}`)}</span>
            <span aria-hidden="true" className="flex gap-1">
              {[1, 2, 3].map((step) => (
                <span
                  key={step}
                  className={`h-6 w-10 rounded border-2 border-brand-900 ${step <= level ? 'bg-brand-700' : 'bg-white'} print:border-black`}
                  style={
                    step <= level
                      ? {
                          backgroundImage:
                            'repeating-linear-gradient(45deg, transparent 0 4px, rgba(255,255,255,.35) 4px 8px)',
                        }
                      : undefined
                  }
                />
              ))}
            </span>
            <span>
              {t(`levels.${level}`)} <span className="text-slate-700">({t('result.levelOf', { level })})</span>
            </span>
          </li>
        )
      })}
    </ul>
  )
}
