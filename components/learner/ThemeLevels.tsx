import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { ThemeProgress } from '@/lib/progress/levels'

/** Per theme: the level gained (a visible badge) and what is left to reach the next one. */
export async function ThemeLevels({ themes }: { themes: ThemeProgress[] }) {
  const [t, levels] = await Promise.all([getTranslations('learner'), getTranslations('levels')])
  if (!themes.length) return <p className="text-lg">{t('noProgress')}</p>
  return (
    <ul className="space-y-4">
      {themes.map(({ theme, reached, next }) => (
        <li key={theme.id} className="rounded-xl border-2 border-slate-300 p-4">
          <h3 className="text-xl font-bold">{theme.title}</h3>
          {reached !== null ? (
            <p className="mt-2 inline-block rounded-lg bg-amber-100 px-3 py-1 text-lg font-bold text-brand-900">
              <span aria-hidden="true">★ </span>
              {t('levelGained', { level: reached, name: levels(String(reached) as '0') })}
            </p>
          ) : null}
          {next ? (
            <div className="mt-3">
              <p className="text-lg">
                {t('nextLevel', {
                  level: next.level,
                  name: levels(String(next.level) as '0'),
                  left: next.total - next.done,
                })}
              </p>
              <div
                className="mt-2 h-4 w-full overflow-hidden rounded-full bg-slate-200"
                role="progressbar"
                aria-label={t('nextLevelBar', { level: next.level })}
                aria-valuemin={0}
                aria-valuemax={next.total}
                aria-valuenow={next.done}
              >
                <div className="h-full bg-green-700" style={{ width: `${(next.done / next.total) * 100}%` }} />
              </div>
              <ul className="mt-2 list-disc pl-6">
                {next.remaining.map((m) => (
                  <li key={m.slug}>
                    <Link
                      href={{ pathname: '/modules/[slug]/formation', params: { slug: m.slug } }}
                      className="text-brand-700 underline"
                    >
                      {m.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="mt-2 text-lg font-semibold">{t('themeDone')}</p>
          )}
        </li>
      ))}
    </ul>
  )
}
