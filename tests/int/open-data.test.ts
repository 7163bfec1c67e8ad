import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { parseCsv } from '@/lib/open-data/csv'
import { exportLieux, lieuxCsv } from '@/lib/open-data/export'
import { importLieux } from '@/lib/open-data/import'
import type { Structure } from '@/payload-types'

import { startPayload } from './support/payload'

type SchemaField = {
  name: string
  required?: boolean
  pattern?: string
  maxLength?: number
  format?: string
  type: string
}
const schema = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'fixtures', 'lieux-mediation-numerique-schema.json'), 'utf8'),
) as { fields: SchemaField[] }
const seedStructures = JSON.parse(
  readFileSync(path.join(__dirname, '..', '..', 'seed', 'data', 'structures.json'), 'utf8'),
) as Omit<Structure, 'id' | 'createdAt' | 'updatedAt' | 'activeMemberCount'>[]

/** The departures the README lists for the Belgian file. */
const belgianRules: Record<string, string> = { code_postal: '^\\d{4}$', telephone: '^\\+32\\d{8,9}$', code_insee: '^$' }

/** Validates a CSV against the schema's field list, required fields, patterns and value lists (Table Schema rules). */
function violations(csv: string, overrides: Record<string, string> = {}): string[] {
  const [header, ...rows] = parseCsv(csv)
  const problems: string[] = []
  if (JSON.stringify(header) !== JSON.stringify(schema.fields.map((f) => f.name))) problems.push('header')
  const ids = new Set<string>()
  rows.forEach((row, r) => {
    schema.fields.forEach((field, i) => {
      const value = row[i] ?? ''
      const where = `row ${r + 2} ${field.name}="${value}"`
      if (field.required && !value) problems.push(`${where}: required`)
      if (!value) return
      const pattern = overrides[field.name] ?? field.pattern
      // Table Schema patterns match the whole value.
      if (pattern && !new RegExp(`^(?:${pattern})$`, 'u').test(value)) problems.push(`${where}: pattern`)
      if (field.maxLength && [...value].length > field.maxLength) problems.push(`${where}: maxLength`)
      if (field.type === 'number' && !Number.isFinite(Number(value))) problems.push(`${where}: number`)
      if (field.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems.push(`${where}: date`)
    })
    if (ids.has(row[0]!)) problems.push(`row ${r + 2}: duplicate id`)
    ids.add(row[0]!)
  })
  return problems
}

const withoutDate = (csv: string) =>
  parseCsv(csv).map((row) => row.filter((_, i) => schema.fields[i]?.name !== 'date_maj'))

let payload: Payload
let french: string
let belgian: string

beforeAll(async () => {
  payload = await startPayload()
  const { docs } = await payload.find({ collection: 'structures', pagination: false, depth: 0, overrideAccess: true })
  for (const doc of docs) await payload.delete({ collection: 'structures', id: doc.id, overrideAccess: true })
  for (const data of seedStructures)
    await payload.create({ collection: 'structures', data: { ...data, alwaysListed: true }, overrideAccess: true })
  // A long presentation, accents and quotes, a missing pivot: the cases the schema's rules bite on.
  await payload.update({
    collection: 'structures',
    where: { slug: { equals: seedStructures.find((s) => s.country === 'FR')!.slug } },
    data: { description: `« Atelier » "numérique" ${'pour tous, '.repeat(40)}`, pivot: null },
    overrideAccess: true,
  })
  french = lieuxCsv(await exportLieux(payload, 'FR'))
  belgian = lieuxCsv(await exportLieux(payload, 'BE'))
}, 120_000)

describe('open data in the national schema LieuxDeMediationNumerique', () => {
  it('exports the French structures with the schema’s fields, required values, patterns and vocabularies', () => {
    const rows = parseCsv(french)
    expect(rows.length - 1).toBe(seedStructures.filter((s) => s.country === 'FR').length)
    expect(violations(french)).toEqual([])
    // Multiple values are joined by "|", and services use the schema's wording.
    expect(french).toMatch(/"Maîtrise des outils numériques du quotidien\|/)
    expect(french).toContain('"00000000000000"')
  })

  it('exports the Belgian structures with the same rules, except the departures the README lists', () => {
    expect(parseCsv(belgian).length - 1).toBe(seedStructures.filter((s) => s.country === 'BE').length)
    expect(violations(belgian, belgianRules)).toEqual([])
    // Without the departures, Belgian postcodes and phones break the French patterns: the file is separate for that.
    expect(violations(belgian).some((problem) => problem.includes('code_postal'))).toBe(true)
  })

  it('imports its own export back to the same structures, idempotently', async () => {
    const { docs } = await payload.find({ collection: 'structures', pagination: false, depth: 0, overrideAccess: true })
    for (const doc of docs) await payload.delete({ collection: 'structures', id: doc.id, overrideAccess: true })

    const first = [await importLieux(payload, french), await importLieux(payload, belgian)]
    expect(first.map((r) => r.rejected)).toEqual([[], []])
    expect(first[0]!.created + first[1]!.created).toBe(seedStructures.length)

    expect(withoutDate(lieuxCsv(await exportLieux(payload, 'FR')))).toEqual(withoutDate(french))
    expect(withoutDate(lieuxCsv(await exportLieux(payload, 'BE')))).toEqual(withoutDate(belgian))

    const again = await importLieux(payload, french)
    expect(again).toMatchObject({ created: 0, updated: parseCsv(french).length - 1, rejected: [] })
    expect((await payload.count({ collection: 'structures', overrideAccess: true })).totalDocs).toBe(
      seedStructures.length,
    )
  }, 120_000)

  it('reports every refused row with its reason, and imports the others', async () => {
    const header = schema.fields.map((f) => f.name)
    const row = (values: Record<string, string>) => header.map((name) => `"${values[name] ?? ''}"`).join(',')
    const valid = {
      id: 'lieu-import-1',
      pivot: '12345678901234',
      nom: 'Lieu importé',
      commune: 'Lille',
      code_postal: '59000',
      adresse: '1 rue Test',
      date_maj: '2026-01-02',
      horaires: 'Mo-Fr 09:00-12:00',
    }
    const csv = [
      header.join(','),
      row(valid),
      row({ ...valid, id: 'sans-nom', nom: '' }),
      row({ ...valid, id: 'mauvais-cp', code_postal: '590' }),
      row({ ...valid, id: 'service-inconnu', services: 'Cours de cuisine' }),
    ].join('\n')
    const report = await importLieux(payload, csv)
    expect(report.created).toBe(1)
    expect(report.rejected).toEqual([
      { line: 3, id: 'sans-nom', reason: expect.stringContaining('nom') },
      { line: 4, id: 'mauvais-cp', reason: expect.stringContaining('code_postal') },
      { line: 5, id: 'service-inconnu', reason: expect.stringContaining('Cours de cuisine') },
    ])
    const imported = await payload.find({
      collection: 'structures',
      where: { slug: { equals: 'lieu-import-1' } },
      overrideAccess: true,
    })
    expect(imported.docs[0]).toMatchObject({
      alwaysListed: true,
      locationPrecision: 'municipality',
      openingHours: expect.arrayContaining([expect.objectContaining({ day: 'fri', opens: '09:00' })]),
    })
  }, 60_000)
})
