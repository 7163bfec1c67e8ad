import { getTranslations } from 'next-intl/server'

import { Card } from '@/components/ui/Card'
import { LinkButton } from '@/components/ui/LinkButton'
import { TextLink } from '@/components/ui/TextLink'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { hitHref, kindHref } from '@/lib/search/hitHref'
import type { SiteSearchAnswer, SiteSearchInput } from '@/lib/search/site'
import { Highlighted } from './Highlighted'
import { SearchNotices } from './SearchNotices'

/** The results of the site-wide search, a section per kind of content, best first within each. */
export async function SiteSearchResults({
  locale,
  input,
  answer,
}: {
  locale: Locale
  input: SiteSearchInput
  answer: SiteSearchAnswer
}) {
  const t = await getTranslations('search')
  const notices = (
    <SearchNotices
      pathname="/recherche"
      query={input.kind ? { kind: input.kind } : {}}
      cut={input.cut}
      found={answer.total}
      partial={answer.partial}
      didYouMean={answer.didYouMean}
    />
  )
  if (!input.q)
    return (
      <Card variant="empty" className="mt-8">
        <p className="text-lg">{t('emptyQuery')}</p>
        <LinkButton href="/catalogue" className="mt-4">
          {t('browseCatalogue')}
        </LinkButton>
      </Card>
    )
  return (
    <div className="mt-8">
      <h2 className="text-xl font-bold" aria-live="polite">
        {t('total', { count: answer.total, q: input.q })}
      </h2>
      {notices}
      {answer.groups.length ? null : (
        <Card variant="empty" className="mt-4">
          <p className="text-lg font-semibold">{t('noneTitle')}</p>
          <p className="mt-1 text-slate-700">{t('noneText')}</p>
        </Card>
      )}
      {answer.groups.map((group) => (
        <section key={group.kind} aria-labelledby={`results-${group.kind}`} className="mt-8">
          <h2 id={`results-${group.kind}`} className="text-2xl font-bold">
            {t(`groups.${group.kind}`, { count: group.total })}
          </h2>
          <ul className="mt-3 space-y-3">
            {group.hits.map((hit) => (
              <li key={hit.docId}>
                <Card as="article" variant="link">
                  <h3 className="text-lg font-bold leading-snug">
                    <Link href={hitHref(hit)} className="after:absolute after:inset-0 hover:underline">
                      <Highlighted text={hit.title} terms={hit.terms} locale={locale} />
                    </Link>
                  </h3>
                  {hit.summary ? (
                    <p className="mt-1 text-slate-700">
                      <Highlighted text={hit.summary} terms={hit.terms} locale={locale} />
                    </p>
                  ) : null}
                </Card>
              </li>
            ))}
          </ul>
          {group.total > group.hits.length ? (
            <p className="mt-3">
              <TextLink href={kindHref(group.kind, input.q)} strong>
                {t(`seeAll.${group.kind}`, { count: group.total })}
              </TextLink>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  )
}
