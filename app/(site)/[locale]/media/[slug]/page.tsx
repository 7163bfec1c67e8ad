import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { ArticleBody } from '@/components/media/ArticleBody'
import { ArticleCard, formatDate } from '@/components/media/ArticleCard'
import { Comments } from '@/components/media/Comments'
import { NewsletterSignup } from '@/components/media/NewsletterSignup'
import { ShareLinks } from '@/components/media/ShareLinks'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { Notice } from '@/components/ui/Notice'
import { PageHeading } from '@/components/ui/PageHeading'
import { getPathname, Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import { readingMinutes } from '@/lib/media/find'
import { getArticle, listRelated } from '@/lib/media/queries'
import { isPreviewing } from '@/lib/preview/isPreviewing'
import { siteOrigin } from '@/lib/http/origin'
import type { Media } from '@/payload-types'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

/** Rendered on first request, then cached until a hook expires it; due articles follow the clock (lib/media/queries.ts). */
export function generateStaticParams(): { slug: string }[] {
  return []
}

async function load(locale: Locale, slug: string) {
  return getArticle(locale, slug, await isPreviewing())
}

// The page is cached for every visitor: absolute URLs (Open Graph, share links) come from NEXT_PUBLIC_SERVER_URL
// alone, and are left out without it rather than pointing at localhost. A media URL is absolute already when
// Payload knows its serverURL (the same origin): resolved against the site, not appended to it.
const absolute = (site: string | null, media: unknown) =>
  site && media && typeof media === 'object' && (media as Media).url
    ? new URL((media as Media).url!, site).href
    : undefined

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const found = await load(locale, slug)
  if (!found) return {}
  const { article, languages } = found
  const title = article.seo?.title || article.title
  const description = article.seo?.description || article.excerpt
  const site = siteOrigin()
  const image = absolute(site, article.seo?.image) ?? absolute(site, article.cover)
  const path = (l: Locale) => getPathname({ href: { pathname: '/media/[slug]', params: { slug } }, locale: l })
  return {
    title,
    description,
    // hreflang only for the languages the article is written in.
    alternates: { canonical: path(found.language), languages: Object.fromEntries(languages.map((l) => [l, path(l)])) },
    openGraph: {
      type: 'article',
      title,
      description,
      url: site ? `${site}${path(locale)}` : undefined,
      siteName: '123Digit',
      locale: locale === 'nl' ? 'nl_BE' : 'fr_BE',
      publishedTime: article.publishedAt,
      authors: [article.author],
      images: image ? [{ url: image }] : undefined,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      images: image ? [image] : undefined,
    },
  }
}

/** An article of the média, its comments, and related reading. */
export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params
  setRequestLocale(locale)
  const [found, t] = await Promise.all([load(locale, slug), getTranslations('media')])
  if (!found) notFound()
  const { article, language } = found
  const related = await listRelated(locale, article)
  const cover = typeof article.cover === 'object' ? article.cover : null
  const site = siteOrigin()
  const url = site && `${site}${getPathname({ href: { pathname: '/media/[slug]', params: { slug } }, locale })}`

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p>
        <Link href="/media" className="font-semibold text-brand-700 underline">
          ← {t('backToList')}
        </Link>
      </p>
      {language !== locale ? (
        <Notice tone="warning" className="mt-4 font-semibold" role="note">
          {t('onlyIn', { language: t(`languageNames.${language}`) })}
        </Notice>
      ) : null}
      <article lang={language} className="mt-4">
        <Eyebrow>
          {(article.categories ?? [])
            .map((c) => (typeof c === 'object' ? c.name : ''))
            .filter(Boolean)
            .join(' · ')}
        </Eyebrow>
        <PageHeading size="lg" className="mt-1">
          {article.title}
        </PageHeading>
        <p className="mt-3 text-slate-700" lang={locale}>
          {article.author} · <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, locale)}</time> ·{' '}
          {t('readingTime', { minutes: readingMinutes(article.content) })}
        </p>
        <p className="mt-4 text-xl">{article.excerpt}</p>
        {cover?.url ? (
          // eslint-disable-next-line @next/next/no-img-element -- Payload resizes uploads itself
          <img
            src={cover.url}
            alt={cover.alt}
            width={cover.width ?? undefined}
            height={cover.height ?? undefined}
            className="mt-6 h-auto w-full rounded-xl"
          />
        ) : null}
        <div className="mt-6">
          <ArticleBody
            data={article.content}
            locale={locale}
            labels={{ tip: t('callout.tip'), info: t('callout.info'), warning: t('callout.warning') }}
          />
        </div>
        {article.tags?.length ? (
          <p className="mt-6 text-slate-700">
            {t('tags')} {article.tags.join(', ')}
          </p>
        ) : null}
      </article>
      {url ? <ShareLinks url={url} title={article.title} /> : null}
      <div className="mt-12">
        <NewsletterSignup />
      </div>
      <Comments articleId={article.id} locale={locale} />
      {related.length ? (
        <section aria-labelledby="related-title" className="mt-12">
          <h2 id="related-title" className="text-2xl font-bold">
            {t('related')}
          </h2>
          <ul className="mt-4 grid gap-6 sm:grid-cols-2">
            {related.map((item) => (
              <li key={item.id}>
                <ArticleCard article={item} locale={locale} headingLevel="h3" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
