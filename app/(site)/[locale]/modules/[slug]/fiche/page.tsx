import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ThemeIllustration } from '@/components/catalogue/ThemeIllustration'
import { TranslationNotice } from '@/components/i18n/TranslationNotice'
import { PrintToolbar } from '@/components/print/PrintToolbar'
import { RichText } from '@/components/richtext/RichText'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { PageHeading } from '@/components/ui/PageHeading'
import type { Locale } from '@/i18n/locales'
import { moduleResources, populated, requireModule, requireResourceReader } from '@/lib/catalogue/page'
import { fallbackLang } from '@/lib/i18n/translationGaps'
import type { Media } from '@/payload-types'
import { moduleSubpageMetadata } from '@/lib/seo/moduleSubpageMetadata'

/** Reads the member's session: rendered per request, never cached. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  return moduleSubpageMetadata(locale, slug, 'fiche')
}

/** Written for the learner: large type, short sentences, an illustration; prints on one or two A4 pages. */
export default async function FichePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  await requireResourceReader(locale, slug, 'fiche')
  const [moduleDoc, t] = await Promise.all([requireModule(locale, slug), getTranslations('fiche')])
  const { fiche, themes } = moduleResources(moduleDoc)
  if (!fiche) notFound()
  const image = populated<Media>(fiche.illustration)
  const langOf = (path: string) => fallbackLang(fiche, locale, path)

  return (
    <article className="mx-auto max-w-3xl px-4 py-8 text-xl leading-relaxed print:max-w-none print:p-0 print:text-[14pt]">
      <PrintToolbar slug={slug} />
      <header className="mt-4 flex items-center gap-5 border-b-4 border-brand-700 pb-4 print:mt-0">
        {image?.url ? (
          // eslint-disable-next-line @next/next/no-img-element -- uploaded file, printed as is
          <img src={image.url} alt={image.alt} className="h-24 w-24 rounded-lg object-cover" />
        ) : (
          <ThemeIllustration slug={themes[0]?.slug} className="h-24 w-24 shrink-0" />
        )}
        <div>
          <Eyebrow className="text-base">{t('title')}</Eyebrow>
          <PageHeading size="lg" lang={langOf('title')}>
            {fiche.title}
          </PageHeading>
        </div>
      </header>
      <TranslationNotice docs={[fiche]} locale={locale} />
      {fiche.intro ? (
        <p className="mt-5 text-2xl" lang={langOf('intro')}>
          {fiche.intro}
        </p>
      ) : null}
      {fiche.sections.map((section) => (
        <section key={section.id} className="mt-6 break-inside-avoid">
          <h2 className="text-2xl font-bold text-brand-900" lang={langOf(`sections.${section.id}.heading`)}>
            {section.heading}
          </h2>
          <div lang={langOf(`sections.${section.id}.body`)}>
            <RichText data={section.body} className="mt-2 [&_li]:mb-2" />
          </div>
        </section>
      ))}
      {fiche.remember ? (
        <aside className="mt-8 break-inside-avoid rounded-xl border-4 border-accent-500 p-5">
          <h2 className="text-2xl font-bold">{t('remember')}</h2>
          <p className="mt-1 text-2xl" lang={langOf('remember')}>
            {fiche.remember}
          </p>
        </aside>
      ) : null}
    </article>
  )
}
