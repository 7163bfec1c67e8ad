import type { CollectionSlug, Payload } from 'payload'

import type { Member, Module } from '@/payload-types'
import { bulletList, paragraphs } from '@/seed/lexical'

type CreateArgs = Parameters<Payload['create']>[0]

/** payload.create, as a draft or published: Payload's types want a literal `draft: true` for drafts. */
function createAs(
  payload: Payload,
  collection: CollectionSlug,
  data: Record<string, unknown>,
  status: 'draft' | 'published',
) {
  return payload.create({
    collection,
    data: { ...data, _status: status },
    locale: 'fr',
    ...(status === 'draft' ? { draft: true } : {}),
  } as CreateArgs)
}

/** Small, explicit fixtures: a theme and published or draft modules with their resources. */
export async function createTheme(payload: Payload, slug: string, title = slug) {
  return payload.create({ collection: 'themes', data: { title, slug, order: 1 }, locale: 'fr' })
}

export async function createResources(payload: Payload, slug: string, status: 'draft' | 'published' = 'published') {
  const trame = await createAs(
    payload,
    'trames',
    {
      title: `Trame ${slug}`,
      slug,
      steps: [{ minutes: 30, title: 'Accueil', description: paragraphs('Tour de table.') }],
    },
    status,
  )
  const fiche = await createAs(
    payload,
    'fiches',
    { title: `Fiche ${slug}`, slug, sections: [{ heading: 'Essentiel', body: bulletList(['Un point.']) }] },
    status,
  )
  const formation = await createAs(
    payload,
    'formations',
    {
      title: `Formation ${slug}`,
      slug,
      steps: [
        { blockType: 'content', title: 'Bienvenue', body: paragraphs('On commence.') },
        {
          blockType: 'choice',
          question: 'Deux plus deux ?',
          multiple: false,
          options: [
            { label: '4', correct: true },
            { label: '5', correct: false },
          ],
        },
      ],
    },
    status,
  )
  return { trame, fiche, formation }
}

type ModuleInput = {
  slug: string
  title: string
  summary?: string
  level?: '0' | '1' | '2' | '3'
  themes: number[]
  status?: 'draft' | 'published'
}

export async function createModule(payload: Payload, input: ModuleInput) {
  const status = input.status ?? 'published'
  const { trame, fiche, formation } = await createResources(payload, input.slug, status)
  const created = await createAs(
    payload,
    'modules',
    {
      title: input.title,
      slug: input.slug,
      summary: input.summary ?? `Résumé de ${input.title}`,
      themes: input.themes,
      level: input.level ?? '1',
      durationMinutes: 60,
      objectives: [{ text: 'Savoir faire' }],
      trame: trame.id,
      fiche: fiche.id,
      formation: formation.id,
    },
    status,
  )
  return created as Module
}

/** A workshop open for a week, created by an aidant with their own rights (the collection sets the code). */
export async function openWorkshop(
  payload: Payload,
  aidant: Member & { collection: 'members' },
  modules: number[] = [],
) {
  return payload.create({
    collection: 'workshops',
    data: {
      title: `Atelier ${modules.join('-') || 'libre'}`,
      date: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      modules,
      aidant: 0,
      structure: 0,
    },
    user: aidant,
    overrideAccess: false,
  })
}
