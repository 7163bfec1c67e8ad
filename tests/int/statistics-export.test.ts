import type { Readable } from 'node:stream'

import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { computeStatistics } from '@/lib/statistics/compute'
import { exportChunks, exportColumns, exportHeaders } from '@/lib/statistics/export/activities'
import { activitiesCsv, csvOf } from '@/lib/statistics/export/csv'
import { statisticsWorkbook } from '@/lib/statistics/export/workbook'
import { activitiesXlsx } from '@/lib/statistics/export/xlsx'
import { parseFilters } from '@/lib/statistics/filters'
import { activityRows } from '@/lib/statistics/store'

import { createActivities, createActivity } from '@/tests/int/support/activities'
import { createMember, createStructure } from '@/tests/int/support/members'
import { startPayload } from '@/tests/int/support/payload'

/** The exports of issue 17 (lib/statistics/export/): what a row holds, in which words, and how it streams. */
let payload: Payload
let home: number
let other: number
let aidant: number
const { filters } = parseFilters({ from: '2026-01-01', to: '2026-12-31' }, new Date('2026-12-02T12:00:00Z'))
const structureScope = () => ({ kind: 'structure' as const, structure: home })

const text = async (stream: Readable) => {
  const parts: Buffer[] = []
  for await (const part of stream) parts.push(Buffer.from(part))
  return Buffer.concat(parts)
}
const csvLines = async (stream: Readable) =>
  (await text(stream))
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')

beforeAll(async () => {
  payload = await startPayload()
  // A structure whose name is a formula: it must reach a spreadsheet as text.
  home = (await createStructure(payload, '=HYPERLINK("http://evil.example","clic")')).id
  other = (await createStructure(payload, 'Autre structure', '4000', 'Liège')).id
  const member = await createMember(payload, {
    name: 'Zébulon Secret',
    profile: 'aidant',
    email: 'export.aidant@example.com',
    structure: home,
    structureRole: 'referent',
  })
  aidant = member.id
  const learner = await createMember(payload, { name: 'Apprenant Caché', profile: 'apprenant', username: 'export.l' })
  await createActivity(payload, {
    structure: home,
    aidant,
    date: '2026-03-04T09:00:00.000Z',
    minutes: 45,
    themes: ['email', 'procedures'],
    procedures: ['csam', 'itsme'],
    devices: ['phone'],
    place: 'home',
    personCode: 'CODE-SECRET-42',
    notes: 'NOTE-SECRETE: parle de sa santé',
    member: learner.id,
    beneficiary: {
      gender: 'female',
      ageBand: '60-69',
      situation: 'retired',
      firstTime: 'yes',
      residencePostcode: '5101',
    },
    autonomy: 'helped',
    referred: true,
    referredTo: 'social-service',
  })
  await createActivity(payload, {
    structure: home,
    aidant,
    kind: 'collective',
    title: 'Atelier de Madame Nomdefamille',
    level: 'beginner',
    participantsCount: 8,
    date: '2026-03-05T09:00:00.000Z',
  })
  await createActivity(payload, { structure: other, aidant, date: '2026-03-06T09:00:00.000Z', notes: 'autre' })
})

describe('activity rows', () => {
  it('holds no forbidden column or value, in French words, formula-safe', async () => {
    const lines = await csvLines(activitiesCsv(payload, { scope: structureScope(), filters, locale: 'fr' }))
    expect(lines[0]).toBe(
      exportHeaders('fr')
        .map((h) => (/[,"]/.test(h) ? `"${h}"` : h))
        .join(','),
    )
    expect(lines.filter(Boolean)).toHaveLength(3)
    const all = lines.join('\n')
    for (const secret of ['CODE-SECRET', 'NOTE-SECRETE', 'Zébulon', 'Caché', 'Nomdefamille', '5101', 'Autre structure'])
      expect(all).not.toContain(secret)
    for (const column of ['note', 'code anonyme', 'participant', 'aidant', 'membre', 'titre'])
      expect(lines[0]!.toLowerCase()).not.toContain(column)
    expect(exportColumns).not.toEqual(
      expect.arrayContaining(['notes', 'personCode', 'participant', 'member', 'aidant']),
    )
    expect(all).toContain('2026-03-04')
    expect(all).toContain('Au domicile de la personne')
    expect(all).toContain('E-mail et messagerie | Démarches administratives')
    expect(all).toContain('"CSAM, MyGov.be, eBox | itsme"')
    expect(all).toContain(',Wallonie,Namur,5000,') // names, not BE-WAL, BE-WNA
    // The structure's formula name starts with an apostrophe.
    expect(all).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"")"`)
    expect(all).not.toMatch(/(^|,)=HYPERLINK/m)
  })

  it('speaks Dutch: every header and value', async () => {
    const lines = await csvLines(activitiesCsv(payload, { scope: structureScope(), filters, locale: 'nl' }))
    expect(lines[0]).toBe(
      'Nummer,Datum,Soort,Duur in minuten,Aantal personen,Thema’s,Administratieve aanvragen,Toestel,Plaats,Land,' +
        'Gewest,Provincie of departement,Code van de gemeente,Gemeente,Organisatie,Niveau van de workshop,Gender,' +
        'Leeftijd,Situatie,Eerste begeleiding,Zelfstandigheid,Doorverwezen,Doorverwezen naar',
    )
    const all = lines.join('\n')
    for (const word of ['Bij de persoon thuis', 'Vrouw', '60 tot 69 jaar', 'Gepensioneerd', 'Ja', 'Namen', 'België'])
      expect(all).toContain(word)
    expect(all).toContain('Collectief (workshop)')
  })

  it('writes the same rows as XLSX, string cells formula-safe, numbers as numbers', async () => {
    const file = await text(activitiesXlsx(payload, { scope: structureScope(), filters, locale: 'nl' }))
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(file as never)
    const sheet = workbook.getWorksheet('Activiteiten')!
    expect(sheet.getRow(1).getCell(1).value).toBe('Nummer')
    expect(sheet.rowCount).toBe(3)
    const structureColumn = exportColumns.indexOf('structure') + 1
    expect(sheet.getRow(2).getCell(structureColumn).value).toBe(`'=HYPERLINK("http://evil.example","clic")`)
    expect(sheet.getRow(2).getCell(exportColumns.indexOf('minutes') + 1).value).toBe(45)
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()))
  })

  it('pages through the database a chunk at a time', async () => {
    await createActivities(payload, 95, (i) => ({
      structure: other,
      aidant,
      date: `2026-04-${10 + (i % 18)}T09:00:00.000Z`,
    }))
    const scope = { kind: 'structure' as const, structure: other }
    const sizes: number[] = []
    for await (const chunk of exportChunks(payload, { scope, filters, locale: 'fr', chunkSize: 10 }))
      sizes.push(chunk.length)
    expect(sizes).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 6])
    const lines = await csvLines(activitiesCsv(payload, { scope, filters, locale: 'fr', chunkSize: 10 }))
    expect(lines.filter(Boolean)).toHaveLength(1 + 96)
  })

  it('streams: a chunk is read only when the reader has taken most of what was written before', async () => {
    const chunks = 40
    const row = exportColumns.map((c) => `${c}-valeur`)
    let consumed = 0
    const consumedWhenPulled: number[] = []
    async function* source() {
      for (let n = 0; n < chunks; n++) {
        consumedWhenPulled.push(consumed)
        yield Array.from({ length: 1_000 }, () => row)
      }
    }
    const stream = csvOf(source(), exportHeaders('fr'))
    let total = 0
    for await (const part of stream) {
      total += (part as Buffer).length
      consumed = total
      await new Promise((resolve) => setImmediate(resolve))
    }
    const perChunk = total / chunks
    // When chunk n is read, the reader already holds all but a few chunks' worth: memory stays bounded.
    consumedWhenPulled.forEach((bytes, n) => expect(bytes).toBeGreaterThanOrEqual((n - 3) * perChunk))
  })
})

describe('statisticsWorkbook', () => {
  it('has a sheet per breakdown, totals and months, in Dutch, with the ignored filters named', async () => {
    const asked = parseFilters(
      { from: '2026-01-01', to: '2026-12-31', theme: 'nope' },
      new Date('2026-12-02T12:00:00Z'),
    )
    const statistics = computeStatistics(await activityRows(payload), {
      scope: structureScope(),
      filters: asked.filters,
    })
    const buffer = await statisticsWorkbook({ statistics, ...asked, scope: 'structure', locale: 'nl' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as never)
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Over',
      'Totalen',
      '12 maanden',
      'Thema’s',
      'Aanvragen',
      'Toestellen',
      'Plaatsen',
      'Soorten',
      'Leeftijden',
      'Gender',
      'Situaties',
      'Zelfstandigheid',
      'Provincies',
    ])
    const about = JSON.stringify(workbook.getWorksheet('Over')!.getSheetValues())
    expect(about).toContain('Genegeerde filters, want niet geldig: Thema')
    const totals = workbook.getWorksheet('Totalen')!
    expect(totals.getRow(2).values).toEqual([undefined, 'Activiteiten', 2])
    const months = workbook.getWorksheet('12 maanden')!
    expect(months.getRow(4).values).toEqual([undefined, '2026-03', 2, 9, 1.3])
    const places = JSON.stringify(workbook.getWorksheet('Plaatsen')!.getSheetValues())
    expect(places).toContain('In de organisatie')
  })

  it('writes its filters in French with French spacing, the ignored ones by their names', async () => {
    const asked = parseFilters(
      { from: '2026-01-01', to: '2026-12-31', country: 'BE', kind: 'nope' },
      new Date('2026-12-02T12:00:00Z'),
    )
    const statistics = computeStatistics(await activityRows(payload), {
      scope: structureScope(),
      filters: asked.filters,
    })
    const buffer = await statisticsWorkbook({ statistics, ...asked, scope: 'structure', locale: 'fr' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(buffer as never)
    const about = JSON.stringify(workbook.getWorksheet('À propos')!.getSheetValues())
    expect(about).toContain('Pays\u00a0: Belgique')
    expect(about).toContain('Filtres ignorés car non valables\u00a0: Type d’activité')
  })
})
