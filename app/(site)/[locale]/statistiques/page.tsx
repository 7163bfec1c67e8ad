import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { redirect } from 'next/navigation'

import { FilterForm, type StructureChoice } from '@/components/statistics/FilterForm'
import { PeriodAndFilters } from '@/components/statistics/PeriodAndFilters'
import { ShareLinks } from '@/components/statistics/ShareLinks'
import { StatisticsReport } from '@/components/statistics/StatisticsReport'
import { TargetsProgress } from '@/components/statistics/TargetsProgress'
import { buttonClass } from '@/components/ui/buttonClass'
import { LinkButton } from '@/components/ui/LinkButton'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { PrintButton } from '@/components/ui/PrintButton'
import { Link } from '@/i18n/navigation'
import { getPathname } from '@/i18n/pathnames'
import type { Locale } from '@/i18n/locales'
import { getCurrentMember } from '@/lib/auth/session'
import { requestOrigin } from '@/lib/http/requestOrigin'
import { getPayloadClient } from '@/lib/payload/client'
import { alternatesFor } from '@/lib/seo/alternates'
import { filtersQuery, parseFilters } from '@/lib/statistics/filters'
import { statisticsLabels } from '@/lib/statistics/labels'
import { listStatisticsLinks } from '@/lib/statistics/links'
import { structureChoices, structureName, structuresNamed } from '@/lib/statistics/structures'
import { scopeFor, scopesOf, statisticsViewer } from '@/lib/statistics/viewer'
import type { Structure } from '@/payload-types'
import { statisticsOf, targetsProgressOf } from '@/lib/statistics/figures'

/** Reads the viewer's session and the query string: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type SearchParams = Record<string, string | string[] | undefined>
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'statistics' })
  return {
    title: t('title'),
    alternates: alternatesFor('/statistiques', locale),
    robots: { index: false, follow: false },
  }
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? ''

function queryOf(search: SearchParams): string {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(search))
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, v)
  return query.toString()
}

/**
 * Statistics (issue 17, point 2): an aidant's own activities, a référent's structure (or their own), the whole
 * platform for staff (their /admin session). Filters in the URL; totals first, then the twelve months and the
 * breakdowns, each chart with its table; exports, print, and for référents and staff a link for a funder.
 */
export default async function StatisticsPage({ params, searchParams }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const search = await searchParams
  const t = await getTranslations('statistics')
  const path = getPathname({ href: '/statistiques', locale })

  const viewer = await statisticsViewer()
  if (!viewer) {
    const member = await getCurrentMember()
    if (!member) {
      const query = queryOf(search)
      redirect(
        getPathname({ href: { pathname: '/connexion', query: { retour: query ? `${path}?${query}` : path } }, locale }),
      )
    }
    return (
      <div className="mx-auto max-w-3xl px-4 py-8">
        <PageHeading>{t('title')}</PageHeading>
        <Notice tone="info" className="mt-4 text-lg">
          {t('refused')}
        </Notice>
        <LinkButton href="/espace-apprenant" className="mt-6">
          {t('backToLearnerSpace')}
        </LinkButton>
      </div>
    )
  }
  if (viewer.kind === 'member' && viewer.member.mustChangePassword)
    redirect(getPathname({ href: '/compte', locale }) + '#mot-de-passe')

  const payload = await getPayloadClient()
  const { name: scopeName, scope } = scopeFor(viewer, first(search.scope))
  const scopes = scopesOf(viewer)
  const { filters, ignored } = parseFilters(search)
  const labels = await statisticsLabels(locale)

  // Only staff narrow to a structure: a member's scope already is one (their own activities or structure).
  if (viewer.kind !== 'staff' && filters.structure) {
    delete filters.structure
    ignored.push('structure')
  }
  // Staff filter by structure: a list, or a name to match once there are too many (lib/statistics/structures.ts).
  let structure: StructureChoice | undefined
  let candidates: { id: number; name: string }[] = []
  if (viewer.kind === 'staff') {
    const choices = await structureChoices(payload)
    if (choices.kind === 'list') structure = choices
    else {
      const text = first(search.structureName).trim()
      if (text && !filters.structure) {
        const found = await structuresNamed(payload, text)
        if (found.length === 1) filters.structure = found[0]!.id
        else if (found.length === 0) ignored.push('structure')
        else candidates = found
      }
      structure = {
        kind: 'search',
        text: filters.structure ? ((await structureName(payload, filters.structure)) ?? '') : text,
      }
    }
  }
  const filterStructureName = filters.structure ? await structureName(payload, filters.structure) : null

  const statistics = await statisticsOf(payload, { scope, filters })
  const own = viewer.kind === 'member' ? viewer.member : null
  const ownStructure = own && typeof own.structure === 'object' ? (own.structure as Structure | null) : null
  const subject =
    scopeName === 'platform'
      ? t('subjectPlatform')
      : scopeName === 'structure'
        ? (ownStructure?.name ?? t('subjectStructure'))
        : t('subjectOwn', { name: own?.name ?? '' })

  const filterQuery = new URLSearchParams(filtersQuery(filters)).toString()
  const withScope = (name: string) => new URLSearchParams({ ...filtersQuery(filters), scope: name }).toString()
  const exportQuery = withScope(scopeName)
  const canShare = scopeName !== 'own'
  const actor = viewer.kind === 'staff' ? viewer.user : viewer.member
  const links = canShare ? await listStatisticsLinks({ payload, actor, input: undefined }) : null
  const list = new Intl.ListFormat(`${locale}-BE`, { type: 'conjunction' })
  const exports = [
    { href: `/api/statistics/activities.csv?${exportQuery}`, label: t('exports.csv') },
    { href: `/api/statistics/activities.xlsx?${exportQuery}`, label: t('exports.xlsx') },
    { href: `/api/statistics/workbook.xlsx?${exportQuery}`, label: t('exports.workbook') },
  ]

  return (
    <div className="mx-auto max-w-6xl px-4 py-8 print:max-w-none print:p-0">
      <PageHeading>{t('title')}</PageHeading>
      <PeriodAndFilters
        locale={locale}
        subject={subject}
        filters={filters}
        labels={labels}
        structureName={filterStructureName}
      />
      {scopes.length > 1 ? (
        <nav aria-label={t('scopeNav')} className="mt-4 print:hidden">
          <ul className="flex flex-wrap gap-2">
            {scopes.map((name) => (
              <li key={name}>
                <a
                  href={`${path}?${withScope(name)}`}
                  aria-current={name === scopeName ? 'page' : undefined}
                  className={buttonClass({ variant: name === scopeName ? 'primary' : 'secondary' })}
                >
                  {t(`scopes.${name}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {ignored.length ? (
        <Notice tone="warning" role="status" className="mt-4">
          {t('ignored', { names: list.format([...new Set(ignored)].map((n) => t(`filters.${n as 'from'}`))) })}
        </Notice>
      ) : null}
      {candidates.length ? (
        <Notice tone="info" as="div" className="mt-4">
          <p>{t('structureMatches', { text: first(search.structureName).trim() })}</p>
          <ul className="mt-2 list-disc pl-6">
            {candidates.map((c) => (
              <li key={c.id}>
                <a
                  className="text-brand-700 underline"
                  href={`${path}?${new URLSearchParams({ ...filtersQuery(filters), structure: String(c.id) })}`}
                >
                  {c.name}
                </a>
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {statistics.suppressed ? (
        <Notice look="soft" className="mt-4">
          {t('suppressed')}
        </Notice>
      ) : null}

      <StatisticsReport
        statistics={statistics}
        locale={locale}
        labels={labels}
        afterTotals={
          <>
            <FilterForm
              locale={locale}
              action={path}
              filters={filters}
              labels={labels}
              scope={scopes.length > 1 ? scopeName : undefined}
              structure={structure}
              resetHref={scopes.length > 1 ? `${path}?scope=${scopeName}` : path}
            />
            <section aria-labelledby="exports-title" className="mt-8 print:hidden">
              <h2 id="exports-title" className="text-2xl font-bold">
                {t('exports.title')}
              </h2>
              <div className="mt-3 flex flex-wrap items-center gap-3">
                <PrintButton label={t('print')} />
                {exports.map((e) => (
                  <a key={e.href} href={e.href} className={buttonClass({ variant: 'secondary' })}>
                    {e.label}
                  </a>
                ))}
                {scopes.includes('structure') || scopes.includes('platform') ? (
                  <Link href="/statistiques/acces" className="text-brand-700 underline">
                    {t('apiAccess')}
                  </Link>
                ) : null}
              </div>
            </section>
          </>
        }
      />

      {scopeName === 'platform' ? (
        <TargetsProgress progress={await targetsProgressOf(payload)} locale={locale} />
      ) : null}

      {links?.ok ? (
        <ShareLinks locale={locale} links={links.value} origin={await requestOrigin()} query={filterQuery} />
      ) : null}
    </div>
  )
}
