import type { Payload } from 'payload'

import { daysFromNow, pngFile, richText } from '@/tests/int/access-matrix/world'

/**
 * A média article with its cover, published (due `days` days from now: negative is past) or a draft.
 * Returns its id.
 */
export async function createArticle(
  payload: Payload,
  slug: string,
  status: 'draft' | 'published' = 'published',
  days = -1,
): Promise<number> {
  const cover = await payload.create({
    collection: 'media',
    data: { alt: 'Image' },
    file: await pngFile(`${slug}.png`),
  })
  const data = {
    _status: status,
    slug,
    title: `Titre ${slug}`,
    excerpt: 'Chapeau',
    content: richText('Texte'),
    cover: cover.id,
    author: 'Équipe',
    publishedAt: daysFromNow(days),
  }
  const doc =
    status === 'draft'
      ? await payload.create({ collection: 'articles', locale: 'fr', data, draft: true })
      : await payload.create({ collection: 'articles', locale: 'fr', data })
  return doc.id
}
