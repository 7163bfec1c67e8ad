import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { MiniMap } from '@/components/map/MiniMap'
import { EditStructureLink } from '@/components/structures/EditStructureLink'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { cachedQuery } from '@/lib/cache/cachedQuery'
import { cacheTags } from '@/lib/cache/tags'
import { loadGazetteer } from '@/lib/geo/gazetteer'
import { localizedCityName } from '@/lib/geo/search'
import { getPayloadClient } from '@/lib/payload/client'
import { alternatesFor } from '@/lib/seo/alternates'
import { structureOptions } from '@/lib/structures/options'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/**
 * Rendered on first request, then cached until the structures' hooks expire it. The référent's "edit" link is
 * added by the browser (EditStructureLink), so the page is the same for everyone.
 */
export function generateStaticParams(): { slug: string }[] {
  return []
}

const findStructure = cachedQuery('structure', [cacheTags.structures], async (slug: string) => {
  const payload = await getPayloadClient()
  // The public rule (access/visibleStructure.ts): only structures with members are shown.
  const { docs } = await payload.find({
    collection: 'structures',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  return docs[0] ?? null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const structure = await findStructure(slug)
  if (!structure) return {}
  return {
    title: structure.name,
    description: structure.description ?? undefined,
    alternates: alternatesFor({ pathname: '/structures/[slug]', params: { slug } }, locale),
  }
}

/** A structure's public page: what it offers, for whom, when it is open and how to reach it. */
export default async function StructurePublicPage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [structure, t, o] = await Promise.all([
    findStructure(slug),
    getTranslations('structurePage'),
    getTranslations('structureOptions'),
  ])
  if (!structure) notFound()
  // The municipality in the page's language ("1000 Brussel" on Dutch pages), whatever language it was typed in.
  const city = localizedCityName(await loadGazetteer(), structure.postcode, structure.city, locale)
  const label = (group: keyof typeof structureOptions, value: string) => o(`${group}.${value}` as 'type.cpas')
  const lists = [
    [t('servicesTitle'), 'services'],
    [t('audiencesTitle'), 'audiences'],
    [t('supportTitle'), 'specificSupport'],
    [t('modesTitle'), 'accompanimentModes'],
    [t('feesTitle'), 'fees'],
    [t('accessibilityTitle'), 'accessibility'],
  ] as const

  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <Eyebrow>{label('type', structure.type)}</Eyebrow>
      <PageHeading>{structure.name}</PageHeading>
      {structure.description ? <p className="mt-3 text-lg">{structure.description}</p> : null}
      <EditStructureLink
        structureId={structure.id}
        href={getPathname({ href: '/espace-aidant/structure', locale })}
        label={t('edit')}
      />
      <div className="mt-8 grid gap-8 sm:grid-cols-2">
        {lists.map(([title, group]) =>
          structure[group]?.length ? (
            <section key={group}>
              <h2 className="text-xl font-bold">{title}</h2>
              <ul className="mt-2 list-disc pl-6 text-lg">
                {structure[group]!.map((value) => (
                  <li key={value}>{label(group, value)}</li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
        <section>
          <h2 className="text-xl font-bold">{t('hoursTitle')}</h2>
          <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-y-1 text-lg">
            {structureOptions.days.map((day) => {
              const slots = (structure.openingHours ?? []).filter((h) => h.day === day)
              return (
                <div key={day} className="contents">
                  <dt className="font-semibold">{label('days', day)}</dt>
                  <dd>{slots.length ? slots.map((h) => `${h.opens}–${h.closes}`).join(', ') : t('closed')}</dd>
                </div>
              )
            })}
          </dl>
        </section>
        <section>
          <h2 className="text-xl font-bold">{t('contactTitle')}</h2>
          <dl className="mt-2 space-y-2 text-lg">
            <div>
              <dt className="font-semibold">{t('address')}</dt>
              <dd>
                {structure.address}
                {structure.addressComplement ? ` (${structure.addressComplement})` : ''}, {structure.postcode} {city}
              </dd>
            </div>
            {structure.phone ? (
              <div>
                <dt className="font-semibold">{t('phone')}</dt>
                <dd>
                  <a href={`tel:${structure.phone.replace(/[^\d+]/g, '')}`} className="text-brand-700 underline">
                    {structure.phone}
                  </a>
                </dd>
              </div>
            ) : null}
            {structure.email ? (
              <div>
                <dt className="font-semibold">{t('email')}</dt>
                <dd>
                  <a href={`mailto:${structure.email}`} className="text-brand-700 underline">
                    {structure.email}
                  </a>
                </dd>
              </div>
            ) : null}
            {structure.website ? (
              <div>
                <dt className="font-semibold">{t('website')}</dt>
                <dd>
                  <a href={structure.website} className="break-all text-brand-700 underline" rel="noopener noreferrer">
                    {structure.website.replace(/^https?:\/\//, '')}
                  </a>
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      </div>
      {typeof structure.latitude === 'number' && typeof structure.longitude === 'number' ? (
        <section className="mt-8">
          <h2 className="text-xl font-bold">{t('locationTitle')}</h2>
          <MiniMap longitude={structure.longitude} latitude={structure.latitude} label={structure.name} />
          {structure.locationPrecision === 'municipality' || structure.locationPrecision === 'area' ? (
            <p className="mt-2">{t('approximate')}</p>
          ) : null}
          <Link
            href={{ pathname: '/cartographie', query: { near: `${structure.postcode} ${structure.city}` } }}
            className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            {t('seeOnMap')}
          </Link>
        </section>
      ) : null}
    </article>
  )
}
