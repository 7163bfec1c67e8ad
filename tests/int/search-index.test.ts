import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Locale } from '@/i18n/locales'
import { searchEngine } from '@/lib/search/store'

import { createModule, createTheme } from './support/fixtures'
import { startInstance } from './support/instances'
import { startPayload } from './support/payload'

/**
 * The engine follows the database: what this instance saves shows in its next search; what another instance
 * (a separate process on the same database) saves shows within the check interval.
 */
let payload: Payload

beforeAll(async () => {
  process.env.SEARCH_INDEX_CHECK_MS = '100'
  payload = await startPayload()
})

afterAll(async () => {
  delete process.env.SEARCH_INDEX_CHECK_MS
  await payload?.destroy()
})

const slugsFor = async (q: string, locale: Locale = 'fr') =>
  (await searchEngine(payload, locale)).search(q).hits.map((hit) => hit.slug)

/** Searches until the answer is the one expected (another instance's change takes a check and a rebuild). */
async function eventually(q: string, expected: string[], locale: Locale = 'fr') {
  const deadline = Date.now() + 15_000
  let got = await slugsFor(q, locale)
  while (JSON.stringify(got) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    got = await slugsFor(q, locale)
  }
  expect(got, `${locale} "${q}"`).toEqual(expected)
}

async function inAnotherInstance(task: Record<string, unknown>) {
  const instance = startInstance(task)
  await instance.ready
  instance.go()
  return instance.result
}

describe('the search index follows every change, on every instance', () => {
  it('publish, translation, unpublish, delete and synonyms', async () => {
    const theme = await createTheme(payload, 'accessibilite', 'Accessibilité')
    expect(await slugsFor('braille')).toEqual([])

    // Saved here: the very next search has it.
    const created = await createModule(payload, {
      slug: 'braille-tablette',
      title: 'Le braille sur tablette',
      themes: [theme.id],
    })
    expect(await slugsFor('braille')).toEqual(['braille-tablette'])
    // A draft is not found.
    await createModule(payload, {
      slug: 'braille-brouillon',
      title: 'Braille en brouillon',
      themes: [theme.id],
      status: 'draft',
    })
    expect(await slugsFor('braille')).toEqual(['braille-tablette'])

    // Saved by another instance: translated, then unpublished, then deleted.
    await inAnotherInstance({
      kind: 'update',
      collection: 'modules',
      id: created.id,
      locale: 'nl',
      data: {
        title: 'Braille op de tablet',
        summary: 'Voelbaar schrift op een scherm.',
        // Array rows are shared by the languages: the Dutch text goes into the same rows.
        objectives: (created.objectives ?? []).map((row) => ({ id: row.id, text: 'Braille lezen' })),
      },
    })
    await eventually('voelbaar', ['braille-tablette'], 'nl')
    await inAnotherInstance({
      kind: 'update',
      collection: 'modules',
      id: created.id,
      locale: 'fr',
      data: { _status: 'draft' },
    })
    await eventually('braille', [])
    await inAnotherInstance({
      kind: 'update',
      collection: 'modules',
      id: created.id,
      locale: 'fr',
      data: { _status: 'published' },
    })
    await eventually('braille', ['braille-tablette'])
    await inAnotherInstance({ kind: 'delete', collection: 'modules', id: created.id })
    await eventually('braille', [])

    // An editor's synonym group: "écriture tactile" now finds what says "braille".
    await createModule(payload, { slug: 'braille-clavier', title: 'Un clavier braille', themes: [theme.id] })
    expect(await slugsFor('écriture tactile')).toEqual([])
    await payload.create({ collection: 'synonyms', data: { language: 'fr', words: ['braille', 'écriture tactile'] } })
    expect(await slugsFor('ecriture tactile')).toEqual(['braille-clavier'])
  }, 120_000)
})

describe('synonym groups', () => {
  it('keep their list title when an editor changes only their language', async () => {
    const group = await payload.create({
      collection: 'synonyms',
      data: { language: 'fr', words: ['gsm', 'smartphone'] },
    })
    expect(group.label).toBe('gsm, smartphone')
    const moved = await payload.update({ collection: 'synonyms', id: group.id, data: { language: 'nl' } })
    expect(moved.label).toBe('gsm, smartphone')
  })
})
