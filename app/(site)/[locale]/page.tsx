import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ThemeIllustration } from '@/components/catalogue/ThemeIllustration'
import { Card } from '@/components/ui/Card'
import { LevelBadge } from '@/components/ui/LevelBadge'
import { LinkButton } from '@/components/ui/LinkButton'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { countModulesByTheme, getThemes, listParcours } from '@/lib/catalogue/queries'
import { alternatesFor } from '@/lib/seo/alternates'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return { alternates: alternatesFor('/', locale) }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, themes, counts, parcours] = await Promise.all([
    getTranslations('home'),
    getThemes(locale),
    countModulesByTheme(locale),
    listParcours(locale),
  ])

  return (
    <>
      <section className="bg-brand-50">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:py-14">
          <h1 className="max-w-3xl text-3xl font-extrabold text-brand-900 sm:text-5xl">{t('title')}</h1>
          <p className="mt-4 max-w-2xl text-lg text-slate-800 sm:text-xl">{t('intro')}</p>
          <div className="mt-8 grid gap-4 md:grid-cols-2">
            <div className="rounded-xl bg-white p-6 shadow-sm">
              <h2 className="text-2xl font-bold">{t('aidantTitle')}</h2>
              <p className="mt-2 text-slate-700">{t('aidantText')}</p>
              <LinkButton href="/catalogue" size="lg" className="mt-4">
                {t('aidantCta')}
              </LinkButton>
            </div>
            <div className="rounded-xl bg-white p-6 shadow-sm">
              <h2 className="text-2xl font-bold">{t('apprenantTitle')}</h2>
              <p className="mt-2 text-slate-700">{t('apprenantText')}</p>
              <LinkButton
                href={{ pathname: '/catalogue', query: { level: '0' } }}
                variant="secondary"
                size="lg"
                className="mt-4"
              >
                {t('apprenantCta')}
              </LinkButton>
            </div>
          </div>
        </div>
      </section>

      <section aria-labelledby="themes-title" className="mx-auto max-w-6xl px-4 py-10">
        <h2 id="themes-title" className="text-2xl font-bold sm:text-3xl">
          {t('themesTitle')}
        </h2>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {themes.map((theme) => (
            <Card key={theme.id} as="li" variant="link" padding="md" className="flex gap-4">
              <ThemeIllustration slug={theme.slug} className="h-14 w-14 shrink-0" />
              <div>
                <h3 className="font-bold leading-snug">
                  <Link
                    href={{ pathname: '/catalogue', query: { theme: theme.slug } }}
                    className="after:absolute after:inset-0 hover:underline"
                  >
                    {theme.title}
                  </Link>
                </h3>
                <p className="text-sm text-slate-600">{t('moduleCount', { count: counts[theme.slug] ?? 0 })}</p>
              </div>
            </Card>
          ))}
        </ul>
      </section>

      {parcours.length ? (
        <section aria-labelledby="parcours-title" className="mx-auto max-w-6xl px-4 pb-6">
          <h2 id="parcours-title" className="text-2xl font-bold sm:text-3xl">
            {t('parcoursTitle')}
          </h2>
          <ul className="mt-6 grid gap-4 md:grid-cols-3">
            {parcours.slice(0, 3).map((p) => (
              <Card key={p.id} as="li" variant="link" className="flex flex-col gap-2">
                <h3 className="text-lg font-bold">
                  <Link
                    href={{ pathname: '/parcours/[slug]', params: { slug: p.slug } }}
                    className="after:absolute after:inset-0 hover:underline"
                  >
                    {p.title}
                  </Link>
                </h3>
                <p className="text-slate-700">{p.summary}</p>
                <div className="mt-auto">
                  <LevelBadge level={p.prerequisiteLevel} />
                </div>
              </Card>
            ))}
          </ul>
          <Link
            href="/parcours"
            className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
          >
            {t('allParcours')} →
          </Link>
        </section>
      ) : null}
    </>
  )
}
