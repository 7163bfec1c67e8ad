import type { Payload } from 'payload'

import { articles, categories, events, faq, type Block, type SeedArticle } from './data/media'
import { illustration } from './illustration'
import { base, type LexicalNode as Node, list, paragraph, paragraphs, root, text } from './lexical'
import { upsertBySlug } from './upsert'

/** Seed blocks as Lexical nodes; links to modules point to the module document (internal links). */
function toLexical(blocks: Block[], moduleIds: Map<string, number>, key: string) {
  return root(
    blocks.map((block, i): Node => {
      if ('h' in block) return { type: 'heading', tag: 'h2', ...base, children: [text(block.h)] }
      if ('p' in block) return paragraph(block.p)
      if ('ul' in block) return list(block.ul)
      if ('module' in block) {
        const id = moduleIds.get(block.module)
        const link = id
          ? {
              type: 'link',
              ...base,
              version: 3,
              fields: { linkType: 'internal', doc: { relationTo: 'modules', value: id }, newTab: false },
              children: [text(block.link)],
            }
          : text(block.link)
        return paragraph([text(`${block.text} `), link, text('.')])
      }
      const tone = 'tip' in block ? 'tip' : 'info' in block ? 'info' : 'warning'
      const body = 'tip' in block ? block.tip : 'info' in block ? block.info : block.warning
      return {
        type: 'block',
        ...base,
        version: 2,
        fields: {
          id: `${key}-${i}`.padEnd(24, '0').slice(0, 24),
          blockName: '',
          blockType: 'callout',
          tone,
          text: body,
        },
      }
    }),
  )
}

async function cover(payload: Payload, article: SeedArticle): Promise<number> {
  const filename = `media-${article.slug}.png`
  // By its alt text: Payload renames a file whose name is already on disk (media-x-2.png).
  const existing = await payload.find({
    collection: 'media',
    locale: 'fr',
    where: { alt: { equals: article.alt.fr } },
    limit: 1,
    depth: 0,
  })
  if (existing.docs[0]) return existing.docs[0].id
  const data = await illustration(article.slug, article.palette)
  const created = await payload.create({
    collection: 'media',
    locale: 'fr',
    data: { alt: article.alt.fr },
    file: { data, mimetype: 'image/png', name: filename, size: data.length },
  })
  await payload.update({ collection: 'media', id: created.id, locale: 'nl', data: { alt: article.alt.nl } })
  return created.id
}

const reference = new Date('2026-11-20T09:00:00Z').getTime()

/** Categories, articles with their images, an approved and a pending comment, and the help centre. */
export async function seedMedia(payload: Payload, log: (line: string) => void): Promise<void> {
  const categoryIds = new Map<string, number>()
  for (const { slug, fr, nl } of categories)
    categoryIds.set(slug, await upsertBySlug(payload, 'categories', slug, { name: fr }, { name: nl }))
  const modules = await payload.find({ collection: 'modules', pagination: false, depth: 0, select: { slug: true } })
  const moduleIds = new Map(modules.docs.map((m) => [m.slug, m.id]))

  for (const article of articles) {
    const shared = {
      _status: 'published' as const,
      slug: article.slug,
      cover: await cover(payload, article),
      categories: [categoryIds.get(article.category)!],
      tags: article.tags,
      author: 'L’équipe 123Digit',
      publishedAt: new Date(reference - article.daysAgo * 86_400_000).toISOString(),
    }
    const version = (lang: 'fr' | 'nl') => {
      const v = article[lang]!
      return { title: v.title, excerpt: v.excerpt, content: toLexical(v.body, moduleIds, `${article.slug}${lang}`) }
    }
    const existing = await payload.find({
      collection: 'articles',
      where: { slug: { equals: article.slug } },
      limit: 1,
      depth: 0,
      draft: true,
    })
    const saved = existing.docs[0]
      ? await payload.update({
          collection: 'articles',
          id: existing.docs[0].id,
          locale: 'fr',
          depth: 0,
          data: { ...shared, ...version('fr') },
        })
      : await payload.create({ collection: 'articles', locale: 'fr', depth: 0, data: { ...shared, ...version('fr') } })
    if (article.nl)
      await payload.update({
        collection: 'articles',
        id: saved.id,
        locale: 'nl',
        depth: 0,
        data: { _status: 'published', ...version('nl') },
      })
  }

  const first = await payload.find({
    collection: 'articles',
    where: { slug: { equals: articles[0]!.slug } },
    limit: 1,
    depth: 0,
  })
  const comments = await payload.count({ collection: 'comments' })
  if (first.docs[0] && !comments.totalDocs) {
    const article = first.docs[0].id
    await payload.create({
      collection: 'comments',
      data: {
        article,
        name: 'Martine',
        email: 'martine@example.org',
        body: 'Merci ! Nous avons commencé par noter les demandes pendant deux semaines : très utile pour convaincre la direction.',
        status: 'approved',
        language: 'fr',
      },
    })
    await payload.create({
      collection: 'comments',
      data: {
        article,
        name: 'Youssef',
        email: 'youssef@example.org',
        body: 'Est-ce que les trames existent aussi pour des ateliers de deux heures ?',
        status: 'pending',
        language: 'fr',
      },
    })
  }

  for (const [order, entry] of faq.entries()) {
    const answer = (lines: string[]) => paragraphs(lines.join('\n\n'))
    await upsertBySlug(
      payload,
      'faq',
      entry.slug,
      { question: entry.fr.q, answer: answer(entry.fr.a), category: entry.category, order: (order + 1) * 10 },
      { question: entry.nl.q, answer: answer(entry.nl.a) },
    )
  }
  const today = new Date()
  today.setUTCHours(0, 0, 0, 0)
  for (const event of events) {
    // Relative to the day of the seed, so the demo always has events to come; Brussels is UTC+1 in winter.
    const day = new Date(today.getTime() + event.inDays * 86_400_000)
    while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1) // on a working day
    const startsAt = new Date(day.getTime() + (event.hour - 1) * 3_600_000)
    const endsAt = new Date(startsAt.getTime() + event.minutes * 60_000)
    const shared = {
      _status: 'published' as const,
      kind: event.kind,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      capacity: event.capacity,
      language: event.language,
      audience: event.audience,
      onlineUrl: event.online ?? null,
      place: event.place ?? null,
    }
    await upsertBySlug(payload, 'events', event.slug, { ...shared, ...event.fr }, { _status: 'published', ...event.nl })
  }
  log(`média: ${events.length} events`)

  const sample = 'La newsletter de décembre'
  const newsletters = await payload.count({ collection: 'newsletters', where: { subject: { equals: sample } } })
  if (!newsletters.totalDocs) {
    const pick = async (collection: 'articles' | 'events', slugs: string[]) =>
      (await payload.find({ collection, where: { slug: { in: slugs } }, depth: 0, limit: 10 })).docs.map((d) => d.id)
    await payload.create({
      collection: 'newsletters',
      data: {
        subject: sample,
        language: 'fr',
        intro:
          'Bonjour,\n\nCe mois-ci : la carte des lieux d’aide au numérique est en ligne, trois idées pour vos ateliers, et les rendez-vous de décembre. Bonne lecture !',
        articles: await pick('articles', [
          'la-carte-des-lieux-est-en-ligne',
          'premier-atelier-smartphone',
          'arnaques-par-sms',
        ]),
        events: await pick('events', ['webinaire-decouvrir-123digit', 'atelier-fiches-resume-namur']),
      },
    })
  }
  log(`média: ${articles.length} articles, ${categories.length} categories, ${faq.length} FAQ entries`)
}
