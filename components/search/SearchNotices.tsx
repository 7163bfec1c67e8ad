import { getTranslations } from 'next-intl/server'
import type { ComponentProps } from 'react'

import { TextLink } from '@/components/ui/TextLink'

type Href = ComponentProps<typeof TextLink>['href']

/**
 * What a search page says about the search itself: the query was too long and was cut, only some of the words
 * matched, or nothing matched but a nearby spelling would ("Vouliez-vous dire : sécurité ?").
 */
export async function SearchNotices({
  cut,
  partial,
  didYouMean,
  didYouMeanHref,
}: {
  cut: boolean
  partial?: boolean
  didYouMean?: string | null
  didYouMeanHref?: Href
}) {
  const t = await getTranslations('search')
  return (
    <>
      {cut ? <p className="mt-2 text-slate-700">{t('queryCut')}</p> : null}
      {partial ? <p className="mt-2 text-slate-700">{t('partial')}</p> : null}
      {didYouMean && didYouMeanHref ? (
        <p className="mt-2 text-lg">
          {t.rich('didYouMean', {
            query: () => (
              <TextLink href={didYouMeanHref} strong>
                {didYouMean}
              </TextLink>
            ),
          })}
        </p>
      ) : null}
    </>
  )
}
