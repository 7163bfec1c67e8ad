import { getLocale, getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/Button'
import { TextLink } from '@/components/ui/TextLink'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { Theme } from '@/payload-types'

type Props = {
  pathname: '/catalogue' | '/ressources-communaute'
  themes: Theme[]
  selectedThemes: string[]
  selectedLevels: string[]
  q?: string
  withSearch?: boolean
  /** The search field's label and example, when the list is not the catalogue's modules. */
  searchLabel?: string
  searchPlaceholder?: string
}

/** A plain GET form: works without JavaScript, and the URL it produces can be shared. */
export async function FilterForm({
  pathname,
  themes,
  selectedThemes,
  selectedLevels,
  q = '',
  withSearch = true,
  searchLabel,
  searchPlaceholder,
}: Props) {
  const [t, tl, locale] = await Promise.all([getTranslations('catalogue'), getTranslations('levels'), getLocale()])
  const action = getPathname({ href: pathname, locale: locale as Locale })
  const box = 'h-5 w-5 shrink-0 accent-brand-700'
  const option = 'flex min-h-11 items-center gap-3 rounded px-1 hover:bg-slate-50'

  return (
    <form action={action} method="get" role="search" className="space-y-6">
      {withSearch ? (
        <div>
          <label htmlFor="catalogue-q" className="mb-1 block font-semibold">
            {searchLabel ?? t('searchLabel')}
          </label>
          <input
            id="catalogue-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            placeholder={searchPlaceholder ?? t('searchPlaceholder')}
            className="min-h-11 w-full rounded-lg border border-slate-400 px-3"
          />
        </div>
      ) : null}
      <fieldset>
        <legend className="mb-1 font-semibold">{t('themesLegend')}</legend>
        {themes.map((theme) => (
          <label key={theme.id} className={option}>
            <input
              type="checkbox"
              name="theme"
              value={theme.slug}
              defaultChecked={selectedThemes.includes(theme.slug)}
              className={box}
            />
            {theme.title}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend className="mb-1 font-semibold">{t('levelsLegend')}</legend>
        {(['0', '1', '2', '3'] as const).map((level) => (
          <label key={level} className={option}>
            <input
              type="checkbox"
              name="level"
              value={level}
              defaultChecked={selectedLevels.includes(level)}
              className={box}
            />
            <span>
              {level} · {tl(level)}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{t('apply')}</Button>
        <TextLink href={pathname}>{t('reset')}</TextLink>
      </div>
    </form>
  )
}
