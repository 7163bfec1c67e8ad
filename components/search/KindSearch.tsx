import { getLocale, getTranslations } from 'next-intl/server'

import { SearchBox } from '@/components/ui/SearchBox'
import { getPathname } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'

/**
 * The search field of a list without a search of its own (parcours, events): it asks the site-wide search
 * for that kind of content, so the one engine answers every list.
 */
export async function KindSearch({ kind, className }: { kind: 'parcours' | 'event'; className?: string }) {
  const [t, locale] = await Promise.all([getTranslations('search'), getLocale() as Promise<Locale>])
  return (
    <SearchBox
      action={getPathname({ href: '/recherche', locale })}
      id={`${kind}-q`}
      label={t(`kindSearch.${kind}`)}
      button={t('submit')}
      q=""
      className={className}
    >
      <input type="hidden" name="kind" value={kind} />
    </SearchBox>
  )
}
