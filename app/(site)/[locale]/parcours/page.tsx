import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { KindSearch } from '@/components/search/KindSearch'
import { Card } from '@/components/ui/Card'
import { LevelBadge } from '@/components/ui/LevelBadge'
import { PageHeading } from '@/components/ui/PageHeading'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { listParcours } from '@/lib/catalogue/queries'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'parcours' })
  return { title: t('title'), description: t('intro'), alternates: alternatesFor('/parcours', locale) }
}

export default async function ParcoursListPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, parcours] = await Promise.all([getTranslations('parcours'), listParcours(locale)])
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageHeading size="lg">{t('title')}</PageHeading>
      <p className="mt-2 text-lg text-slate-700">{t('intro')}</p>
      <KindSearch kind="parcours" className="mt-6 max-w-xl" />
      {parcours.length ? (
        <ul className="mt-6 grid gap-4 sm:grid-cols-2">
          {parcours.map((p) => (
            <Card key={p.id} as="li" variant="link" className="flex flex-col gap-2">
              <h2 className="text-xl font-bold">
                <Link
                  href={{ pathname: '/parcours/[slug]', params: { slug: p.slug } }}
                  className="after:absolute after:inset-0 hover:underline"
                >
                  {p.title}
                </Link>
              </h2>
              <p className="text-slate-700">{p.summary}</p>
              <div className="mt-auto flex flex-wrap items-center gap-3">
                <LevelBadge level={p.prerequisiteLevel} />
                <span className="text-sm text-slate-600">{t('moduleCount', { count: p.modules?.length ?? 0 })}</span>
              </div>
            </Card>
          ))}
        </ul>
      ) : (
        <p className="mt-6">{t('empty')}</p>
      )}
    </div>
  )
}
