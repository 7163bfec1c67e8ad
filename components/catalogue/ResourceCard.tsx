import { getTranslations } from 'next-intl/server'

import { LicenceName } from '@/components/resources/LicenceName'
import { Highlighted } from '@/components/search/Highlighted'
import { Card } from '@/components/ui/Card'
import { LevelBadge } from '@/components/ui/LevelBadge'
import { TextLink } from '@/components/ui/TextLink'
import { textLinkClass } from '@/components/ui/textLinkClass'
import type { Locale } from '@/i18n/locales'
import { populated } from '@/lib/catalogue/page'
import type { CommunityResource, Media, Theme } from '@/payload-types'

/** A community resource in a list; in search results, the words found are marked in its title and description. */
export async function ResourceCard({
  resource,
  locale,
  terms = [],
}: {
  resource: CommunityResource
  locale: Locale
  terms?: string[]
}) {
  const t = await getTranslations('resources')
  const theme = populated<Theme>(resource.theme)
  const file = populated<Media>(resource.file)
  const authors = [resource.authorPerson, resource.authorOrganisation].filter(Boolean).join(', ')
  const href = resource.url || file?.url || undefined
  const external = Boolean(resource.url)

  return (
    <Card as="article" className="flex h-full flex-col gap-3 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <LevelBadge level={resource.level} />
        {theme ? <span className="text-sm text-slate-600">{theme.title}</span> : null}
      </div>
      <h2 className="text-lg font-bold leading-snug">
        <Highlighted text={resource.title} terms={terms} locale={locale} />
      </h2>
      <p className="text-slate-700">
        <Highlighted text={resource.description} terms={terms} locale={locale} />
      </p>
      <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="font-semibold">{t('author')}</dt>
        <dd>{authors}</dd>
        <dt className="font-semibold">{t('licence')}</dt>
        <dd>
          <LicenceName value={resource.licence} />
        </dd>
        <dt className="font-semibold">{t('language')}</dt>
        <dd>{t(`languages.${resource.resourceLanguage}`)}</dd>
      </dl>
      {href ? (
        <a
          href={href}
          className={textLinkClass({ strong: true })}
          {...(external ? { rel: 'noopener noreferrer' } : { download: true })}
        >
          {external ? t('open') : t('download')}
          <span className="sr-only">
            {' '}
            : {resource.title} {external ? t('external') : ''}
          </span>
        </a>
      ) : null}
      <TextLink
        href={{ pathname: '/signaler/[kind]/[id]', params: { kind: 'ressource', id: String(resource.id) } }}
        className="text-sm"
      >
        {t('report')}
        <span className="sr-only"> : {resource.title}</span>
      </TextLink>
    </Card>
  )
}
