import { getTranslations } from 'next-intl/server'

import { Link } from '@/i18n/navigation'
import type { Theme } from '@/payload-types'

type Props = { themes: Theme[]; counts: Record<string, number>; active: string[] }

/** Browse by theme: one link per theme, plus the whole library. */
export async function ThemeNav({ themes, counts, active }: Props) {
  const t = await getTranslations('catalogue')
  const chip = (isActive: boolean) =>
    `inline-flex min-h-11 items-center gap-2 rounded-full border px-4 text-sm font-semibold ${
      isActive
        ? 'border-brand-700 bg-brand-700 text-white'
        : 'border-slate-300 bg-white text-slate-800 hover:border-brand-600'
    }`
  return (
    <nav aria-label={t('themesLegend')}>
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            href="/catalogue"
            className={chip(active.length === 0)}
            aria-current={active.length === 0 ? 'page' : undefined}
          >
            {t('allThemes')}
          </Link>
        </li>
        {themes.map((theme) => {
          const isActive = active.length === 1 && active[0] === theme.slug
          return (
            <li key={theme.id}>
              <Link
                href={{ pathname: '/catalogue', query: { theme: theme.slug } }}
                className={chip(isActive)}
                aria-current={isActive ? 'page' : undefined}
              >
                {theme.title}
                <span className="sr-only">,</span>
                <span className={isActive ? 'text-white' : 'text-slate-600'}>({counts[theme.slug] ?? 0})</span>
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
