import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { findModules } from '@/lib/catalogue/find'
import { parseCatalogueFilters } from '@/lib/catalogue/filters'
import { previewPath } from '@/lib/preview/previewPath'

import { createModule, createTheme } from './support/fixtures'
import { startPayload } from './support/payload'

let payload: Payload
let themeId: number

beforeAll(async () => {
  payload = await startPayload()
  themeId = (await createTheme(payload, 'internet', 'Internet')).id
})

afterAll(async () => {
  await payload.destroy()
})

describe('an editor saving a module', () => {
  it('gets Payload field errors when publishing without required fields', async () => {
    const error = await payload
      .create({ collection: 'modules', data: { title: 'Sans résumé', _status: 'published' } as never, locale: 'fr' })
      .catch((e: { data?: { errors?: { path: string }[] } }) => e)
    const paths = (error as { data?: { errors?: { path: string }[] } }).data?.errors?.map((e) => e.path) ?? []
    expect(paths).toEqual(expect.arrayContaining(['summary', 'themes', 'level', 'durationMinutes']))
  })

  it('can save an incomplete draft, which stays invisible until published', async () => {
    const draft = await payload.create({
      collection: 'modules',
      draft: true,
      data: { title: 'Idée de module', _status: 'draft' } as never,
      locale: 'fr',
    })
    expect(draft.slug).toBe('idee-de-module')
    const search = () => findModules(payload, 'fr', parseCatalogueFilters({ q: 'Idée' }))
    expect((await search()).totalDocs).toBe(0)
    await payload.update({
      collection: 'modules',
      id: draft.id,
      locale: 'fr',
      data: {
        summary: 'Un résumé.',
        themes: [themeId],
        level: '1',
        durationMinutes: 45,
        objectives: [{ text: 'Objectif' }],
        _status: 'published',
      },
    })
    expect((await search()).docs.map((m) => m.slug)).toEqual(['idee-de-module'])
  })

  it('rejects a level outside 0–3 and a choice question without a right answer', async () => {
    await expect(
      payload.create({
        collection: 'modules',
        data: {
          title: 'X',
          summary: 'x',
          themes: [themeId],
          level: '7',
          durationMinutes: 30,
          objectives: [{ text: 'o' }],
        } as never,
      }),
    ).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'formations',
        data: {
          title: 'Quiz',
          steps: [{ blockType: 'choice', question: 'Q ?', options: [{ label: 'a' }, { label: 'b' }] }],
        } as never,
      }),
    ).rejects.toThrow()
  })
})

describe('draft preview links', () => {
  it('lead to the page that shows the document, in the chosen language', async () => {
    const mod = await createModule(payload, { slug: 'apercu', title: 'Aperçu', themes: [themeId], status: 'draft' })
    const trameId = typeof mod.trame === 'object' && mod.trame ? mod.trame.id : mod.trame
    expect(await previewPath(payload, 'modules', String(mod.id), 'fr')).toBe('/fr/modules/apercu')
    expect(await previewPath(payload, 'trames', String(trameId), 'nl')).toBe('/nl/modules/apercu/begeleidingsfiche')
    expect(await previewPath(payload, 'modules', '999999', 'fr')).toBeNull()
    expect(await previewPath(payload, 'users', '1', 'fr')).toBeNull()
  })
})
