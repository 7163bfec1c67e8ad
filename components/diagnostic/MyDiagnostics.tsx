import { getFormatter, getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import { resultLevels } from '@/lib/diagnostic/resultLevels'
import type { SnapshotWords } from '@/lib/diagnostic/snapshot'
import type { DiagnosticResult } from '@/payload-types'

/**
 * A learner's diagnostics, newest first, and what changed between the last two, each in the words of the
 * diagnostic it was scored with (its snapshot: the page reads them with withWords, lib/diagnostic/snapshot.ts).
 */
export async function MyDiagnostics({ results }: { results: { result: DiagnosticResult; words: SnapshotWords }[] }) {
  const [t, format] = await Promise.all([getTranslations('diagnostic'), getFormatter()])
  if (!results.length) {
    return (
      <p className="text-lg">
        {t('history.none')}{' '}
        <Link href="/diagnostic" className="font-semibold text-brand-700 underline">
          {t('start')}
        </Link>
      </p>
    )
  }
  const [last, previous] = results.map(({ result }) => resultLevels(result))
  return (
    <div className="space-y-4">
      <ul className="space-y-2 text-lg">
        {results.map(({ result, words }) => (
          <li key={result.id}>
            <Link
              href={{ pathname: '/diagnostic/resultat/[code]', params: { code: result.code } }}
              className="text-brand-700 underline"
            >
              {format.dateTime(new Date(result.createdAt), { dateStyle: 'long' })}
            </Link>{' '}
            · {t(result.kind === 'simulator' ? 'history.simulator' : 'history.situation')} ·{' '}
            {words.levels[result.overall] ?? result.overall}
          </li>
        ))}
      </ul>
      {last && previous ? (
        <section aria-labelledby="progress-title" className="rounded-xl bg-brand-50 p-4">
          <h3 id="progress-title" className="text-xl font-bold">
            {t('history.progress')}
          </h3>
          <ul className="mt-2 space-y-1 text-lg">
            {Object.entries(last.domains).map(([domain, level]) => {
              const change = level - (previous.domains[domain] ?? 0)
              return (
                <li key={domain}>
                  {results[0]!.words.domains[domain] ?? domain} :{' '}
                  {change > 0
                    ? t('history.up', { change })
                    : change < 0
                      ? t('history.down', { change: -change })
                      : t('history.same')}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
