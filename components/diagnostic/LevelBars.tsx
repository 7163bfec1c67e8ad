import { getTranslations } from 'next-intl/server'

import type { DiagnosticLevels } from '@/lib/diagnostic/scoring'
import type { SnapshotWords } from '@/lib/diagnostic/snapshot'

/**
 * Each domain's level in words, with a bar of 3 squares filled (shape and number, not colour alone). The
 * domains and the words are the diagnostic's the result was scored with (its snapshot).
 */
export async function LevelBars({ result, words }: { result: DiagnosticLevels; words: SnapshotWords }) {
  const t = await getTranslations('diagnostic')
  return (
    <ul className="space-y-3">
      {Object.entries(result.domains).map(([domain, level]) => (
        <li key={domain} className="grid gap-1 sm:grid-cols-[14rem_auto_1fr] sm:items-center sm:gap-4">
          <span className="text-lg font-semibold">{words.domains[domain] ?? domain}</span>
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
            {words.levels[level]} <span className="text-slate-700">({t('result.levelOf', { level })})</span>
          </span>
        </li>
      ))}
    </ul>
  )
}
