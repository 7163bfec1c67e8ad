import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseCatalogueFilters } from '@/lib/catalogue/filters'
import {
  cataloguePageSize,
  countModulesByTheme,
  findModule,
  findModules,
  searchModulesByText,
} from '@/lib/catalogue/find'

import { createModule, createTheme } from './support/fixtures'
import { startPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
  const internet = await createTheme(payload, 'internet', 'Internet')
  const email = await createTheme(payload, 'email', 'E-mail')
  await createModule(payload, {
    slug: 'naviguer',
    title: 'Naviguer sur le web',
    summary: 'La barre d’adresse et les liens.',
    level: '0',
    themes: [internet.id],
  })
  await createModule(payload, {
    slug: 'chercher',
    title: 'Chercher une information',
    summary: 'Bien choisir ses mots.',
    level: '1',
    themes: [internet.id],
  })
  await createModule(payload, {
    slug: 'pieces-jointes',
    title: 'Envoyer une pièce jointe',
    summary: 'Joindre une photo à un e-mail.',
    level: '2',
    themes: [email.id, internet.id],
  })
  await createModule(payload, {
    slug: 'brouillon',
    title: 'Chercher en brouillon',
    level: '1',
    themes: [internet.id],
    status: 'draft',
  })
  const nl = await payload.find({ collection: 'modules', where: { slug: { equals: 'chercher' } }, depth: 0 })
  const objectives = (nl.docs[0]!.objectives ?? []).map((row) => ({ id: row.id, text: 'Zoeken' }))
  await payload.update({
    collection: 'modules',
    id: nl.docs[0]!.id,
    locale: 'nl',
    data: { title: 'Informatie opzoeken', summary: 'Goede zoekwoorden kiezen.', objectives },
  })
  for (let i = 0; i < cataloguePageSize + 2; i++) {
    await createModule(payload, {
      slug: `extra-${i}`,
      title: `Exercice ${String(i).padStart(2, '0')}`,
      level: '3',
      themes: [email.id],
    })
  }
})

afterAll(async () => {
  await payload.destroy()
})

/** As the catalogue page does (lib/catalogue/queries.ts): a text goes to the search engine, filters alone to a query. */
const search = (params: Record<string, string | string[]>, locale: 'fr' | 'nl' = 'fr') => {
  const filters = parseCatalogueFilters(params)
  return filters.q ? searchModulesByText(payload, locale, filters) : findModules(payload, locale, filters)
}

describe('catalogue search', () => {
  it('lists the whole published library, drafts excluded, by level then title', async () => {
    const result = await search({})
    expect(result.totalDocs).toBe(3 + cataloguePageSize + 2)
    expect(result.docs.slice(0, 3).map((m) => m.slug)).toEqual(['naviguer', 'chercher', 'pieces-jointes'])
    expect(result.docs.every((m) => m.slug !== 'brouillon')).toBe(true)
  })

  it('filters by theme, by level, and by both', async () => {
    expect((await search({ theme: 'internet' })).docs.map((m) => m.slug)).toEqual([
      'naviguer',
      'chercher',
      'pieces-jointes',
    ])
    expect((await search({ level: ['0', '2'] })).docs.map((m) => m.slug)).toEqual(['naviguer', 'pieces-jointes'])
    expect((await search({ theme: 'email', level: '2' })).docs.map((m) => m.slug)).toEqual(['pieces-jointes'])
  })

  it('searches titles and summaries in the current language', async () => {
    expect((await search({ q: 'pièce' })).docs.map((m) => m.slug)).toEqual(['pieces-jointes'])
    expect((await search({ q: 'photo' })).docs.map((m) => m.slug)).toEqual(['pieces-jointes'])
    expect((await search({ q: 'zoekwoorden' }, 'nl')).docs.map((m) => m.slug)).toEqual(['chercher'])
    expect((await search({ q: 'zoekwoorden' }, 'fr')).totalDocs).toBe(0)
  })

  it('returns no module for an unknown theme rather than ignoring it', async () => {
    expect((await search({ theme: 'inconnu' })).totalDocs).toBe(0)
  })

  it('paginates', async () => {
    const page1 = await search({ theme: 'email' })
    const page2 = await search({ theme: 'email', page: '2' })
    expect(page1.totalPages).toBe(2)
    expect(page1.docs).toHaveLength(cataloguePageSize)
    expect(page2.docs.map((m) => m.slug)).toEqual(['extra-11', 'extra-12', 'extra-13'])
  })

  it('populates theme titles on cards', async () => {
    const { docs } = await search({ q: 'pièce' })
    expect(docs[0]!.themes.map((t) => t.title).sort()).toEqual(['E-mail', 'Internet'])
  })

  it('counts published modules per theme', async () => {
    expect(await countModulesByTheme(payload, 'fr')).toEqual({ internet: 3, email: cataloguePageSize + 3 })
  })
})

describe('module page query', () => {
  it('populates the trame, fiche and formation of a published module', async () => {
    const mod = await findModule(payload, 'fr', 'naviguer', false)
    expect(mod?.title).toBe('Naviguer sur le web')
    expect(typeof mod?.trame === 'object' && mod.trame?.title).toBe('Trame naviguer')
    expect(typeof mod?.formation === 'object' && mod.formation?.steps).toHaveLength(2)
  })

  it('hides drafts from the public and shows them in preview', async () => {
    expect(await findModule(payload, 'fr', 'brouillon', false)).toBeNull()
    expect((await findModule(payload, 'fr', 'brouillon', true))?.title).toBe('Chercher en brouillon')
  })

  it('falls back to French when a text has no Dutch version', async () => {
    expect((await findModule(payload, 'nl', 'naviguer', false))?.title).toBe('Naviguer sur le web')
    expect((await findModule(payload, 'nl', 'chercher', false))?.title).toBe('Informatie opzoeken')
  })
})
