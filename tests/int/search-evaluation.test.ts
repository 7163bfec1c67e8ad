import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { locales, type Locale } from '@/i18n/locales'
import { readSearchDocuments } from '@/lib/search/documents'
import { SearchEngine } from '@/lib/search/engine'
import { readSynonyms } from '@/lib/search/store'
import { seedCatalogue } from '@/seed/catalogue'
import { seedSynonyms } from '@/seed/synonyms'
import evaluation from '@/tests/search/evaluation.json'

import { startPayload } from './support/payload'

/**
 * The evaluation set (tests/search/evaluation.json): what people type, in French and Dutch, and the modules
 * that must come back in the first five. Run on the demo catalogue as seeded, through the same reading of the
 * database as the site.
 */
let payload: Payload
const engines = {} as Record<Locale, SearchEngine>

beforeAll(async () => {
  payload = await startPayload()
  await seedCatalogue(payload)
  await seedSynonyms(payload)
  for (const locale of locales)
    engines[locale] = new SearchEngine(
      locale,
      await readSearchDocuments(payload, locale),
      await readSynonyms(payload, locale),
    )
}, 180_000)

afterAll(async () => {
  await payload?.destroy()
})

type Case = { locale: Locale; query: string; kind: string; expect: string[] }

describe('search evaluation set', () => {
  const cases = evaluation.queries as Case[]

  it('has at least 60 queries in both languages, each expecting existing modules', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60)
    for (const locale of locales) expect(cases.filter((c) => c.locale === locale).length).toBeGreaterThan(20)
  })

  it('finds the expected modules in the first five results (recall@5 ≥ 0.9)', async () => {
    let found = 0
    let wanted = 0
    const misses: string[] = []
    for (const c of cases) {
      const top = engines[c.locale]
        .search(c.query, { kinds: ['module'] })
        .hits.slice(0, 5)
        .map((hit) => hit.slug)
      const hits = c.expect.filter((slug) => top.includes(slug)).length
      found += hits
      wanted += c.expect.length
      if (hits < c.expect.length) misses.push(`${c.locale} "${c.query}" (${c.kind}): wanted ${c.expect} got ${top}`)
    }
    const recall = found / wanted
    console.info(`search recall@5: ${recall.toFixed(3)} (${found}/${wanted}), misses:\n${misses.join('\n')}`)
    expect(recall).toBeGreaterThanOrEqual(0.9)
  })
})
