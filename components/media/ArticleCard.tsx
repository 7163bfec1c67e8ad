import { Highlighted } from '@/components/search/Highlighted'
import { Card } from '@/components/ui/Card'
import { Eyebrow } from '@/components/ui/Eyebrow'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { ArticleCard as ArticleCardData } from '@/lib/media/find'
import { formatBrussels } from '@/lib/time/brussels'

/**
 * An article in a list: its image, category, title (the link), date and excerpt; in search results, the
 * words found are marked in the title and the excerpt (`terms`).
 */
export function ArticleCard({
  article,
  locale,
  headingLevel = 'h2',
  terms = [],
}: {
  article: ArticleCardData
  locale: Locale
  headingLevel?: 'h2' | 'h3'
  terms?: string[]
}) {
  const Heading = headingLevel
  const image = article.cover?.sizes?.card?.url ?? article.cover?.url
  return (
    <Card as="article" variant="link" padding="none" className="flex h-full flex-col overflow-hidden">
      {image ? (
        // The card's title says what the image shows: the image itself is decorative here.
        // eslint-disable-next-line @next/next/no-img-element -- Payload's "card" size, already resized
        <img src={image} alt="" width={640} height={360} loading="lazy" className="aspect-video w-full object-cover" />
      ) : null}
      <div className="flex flex-1 flex-col gap-2 p-5">
        {article.categories[0] ? <Eyebrow className="text-sm">{article.categories[0].name}</Eyebrow> : null}
        <Heading className="text-xl font-bold leading-snug">
          <Link
            href={{ pathname: '/media/[slug]', params: { slug: article.slug } }}
            className="after:absolute after:inset-0 hover:underline"
          >
            <Highlighted text={article.title} terms={terms} locale={locale} />
          </Link>
        </Heading>
        <p className="text-sm text-slate-700">
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, locale)}</time>
        </p>
        <p className="text-slate-800">
          <Highlighted text={article.excerpt} terms={terms} locale={locale} />
        </p>
      </div>
    </Card>
  )
}

export function formatDate(iso: string, locale: string): string {
  return formatBrussels(iso, locale, { dateStyle: 'long' })
}
