import { getLocale, getTranslations } from 'next-intl/server'

import { Button } from '@/components/ui/Button'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { searchKinds, type SearchKind } from '@/lib/search/engine'
import { SuggestInput } from './SuggestInput'

const field = 'min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3'

/** The site-wide search: a GET form (works without JavaScript, its URL can be shared), with suggestions. */
export async function SiteSearchForm({ q, kind }: { q: string; kind: SearchKind | null }) {
  const [t, locale] = await Promise.all([getTranslations('search'), getLocale() as Promise<Locale>])
  const kindLabels = Object.fromEntries(searchKinds.map((k) => [k, t(`kinds.${k}`)]))
  return (
    <form
      action={getPathname({ href: '/recherche', locale })}
      method="get"
      role="search"
      className="mt-4 grid grid-cols-[1fr_auto] items-end gap-3 sm:grid-cols-[1fr_14rem_auto]"
    >
      <div className="col-span-2 sm:col-span-1">
        <label htmlFor="site-q" className="mb-1 block font-semibold">
          {t('label')}
        </label>
        <SuggestInput
          id="site-q"
          name="q"
          defaultValue={q}
          locale={locale}
          listLabel={t('suggestions')}
          kindLabels={kindLabels}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="site-kind" className="mb-1 block font-semibold">
          {t('kindLabel')}
        </label>
        <select id="site-kind" name="kind" defaultValue={kind ?? ''} className={field}>
          <option value="">{t('allKinds')}</option>
          {searchKinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit">{t('submit')}</Button>
    </form>
  )
}
