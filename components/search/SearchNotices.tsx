import { getTranslations } from 'next-intl/server'

import { cx } from '@/components/ui/cx'
import { Notice } from '@/components/ui/Notice'
import { Link } from '@/i18n/navigation'
import { maxQueryLength } from '@/lib/catalogue/filters'

type Props = {
  /** The list searched, and the rest of its query string (filters), kept in the corrected search's link. */
  pathname: '/media' | '/faq' | '/ressources-communaute' | '/catalogue' | '/recherche'
  query?: Record<string, string | string[]>
  /** The search was longer than maxQueryLength and was cut. */
  cut: boolean
  found: number
  partial: boolean
  didYouMean: string | null
  className?: string
}

/**
 * What a list page says about its search, above the results: the search was cut, the results hold only some
 * of the words, or, when nothing matched, a link to the corrected search ("Vouliez-vous dire : …").
 */
export async function SearchNotices({
  pathname,
  query = {},
  cut,
  found,
  partial,
  didYouMean,
  className = 'mt-4',
}: Props) {
  const t = await getTranslations('search')
  const correction = !found && didYouMean
  if (!cut && !(found && partial) && !correction) return null
  return (
    <div className={cx('space-y-2', className)}>
      {cut ? (
        <Notice look="soft" className="p-3">
          {t('queryCut', { max: maxQueryLength })}
        </Notice>
      ) : null}
      {found && partial ? <p>{t('partial')}</p> : null}
      {correction ? (
        <p className="text-lg">
          {t.rich('didYouMean', {
            query: didYouMean,
            link: (chunks) => (
              <Link
                href={{ pathname, query: { ...query, q: didYouMean } }}
                className="font-semibold text-brand-700 underline"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
    </div>
  )
}
