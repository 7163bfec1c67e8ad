import type { Payload } from 'payload'

import { readActivities } from '@/lib/statistics/read'

import type { Locale } from '@/i18n/locales'
import type { Accompaniment } from '@/payload-types'
import { brusselsDay } from '@/lib/time/brussels'

import type { Scope } from '@/lib/statistics/compute'
import type { StatisticsFilters } from '@/lib/statistics/filters'
import { countryLabel, exportWords, labelOf, provinceLabel, regionLabel, vocabularies as v } from './labels'
import { activitiesWhere } from './where'

/**
 * One spreadsheet row per activity (issue 17, point 3). What may leave the platform is decided here, by a
 * whitelist: a row is built from the fields of `exportSelect` only (ExportDoc), so notes, a person's code, the
 * participant and member ids, the aidant, the workshop title and the residence postcode never reach a cell.
 */
export const exportSelect = {
  date: true,
  kind: true,
  minutes: true,
  participantsCount: true,
  structure: true,
  themes: true,
  procedures: true,
  devices: true,
  place: true,
  territory: { country: true, region: true, province: true, municipality: true, municipalityName: true },
  level: true,
  beneficiary: { gender: true, ageBand: true, situation: true, firstTime: true },
  autonomy: true,
  referred: true,
  referredTo: true,
} as const

export const exportColumns = [
  'id',
  'date',
  'kind',
  'minutes',
  'people',
  'themes',
  'procedures',
  'devices',
  'place',
  'country',
  'region',
  'province',
  'municipality',
  'municipalityName',
  'structure',
  'level',
  'gender',
  'ageBand',
  'situation',
  'firstTime',
  'autonomy',
  'referred',
  'referredTo',
] as const
export type ExportColumn = (typeof exportColumns)[number]

type ExportDoc = Pick<Accompaniment, 'id'> & Partial<Pick<Accompaniment, keyof typeof exportSelect>>
export type Cell = string | number

/** The localized header line. */
export function exportHeaders(locale: Locale): string[] {
  const t = exportWords(locale)
  return exportColumns.map((c) => t(`columns.${c}`))
}

const idOf = (value: unknown): number =>
  typeof value === 'object' && value ? (value as { id: number }).id : Number(value)
/** Several values in one cell: labels may hold commas, so a vertical bar. */
const many = (
  list: readonly { value: string; label: { fr: string; nl: string } }[],
  values: string[] | null | undefined,
  locale: Locale,
) => (values ?? []).map((x) => labelOf(list, x, locale)).join(' | ')

/** One activity as the cells of its row, in `exportColumns` order, values as words of the language. */
export function exportRow(doc: ExportDoc, locale: Locale, structureName: (id: number) => string): Cell[] {
  const t = exportWords(locale)
  const collective = doc.kind === 'collective'
  const b = doc.beneficiary ?? {}
  const territory = doc.territory ?? {}
  const yesNo = (value: string | null | undefined) => (value === 'yes' ? t('yes') : value === 'no' ? t('no') : '')
  const cells: Record<ExportColumn, Cell> = {
    id: doc.id,
    date: doc.date ? brusselsDay(new Date(doc.date)) : '',
    kind: labelOf(v.activityKinds, doc.kind ?? 'individual', locale),
    minutes: doc.minutes ?? 0,
    people: collective ? Math.max(doc.participantsCount ?? 1, 1) : 1,
    themes: many(v.mediationThemes, doc.themes, locale),
    procedures: many(v.administrativeThemes, doc.procedures, locale),
    devices: many(v.devices, doc.devices, locale),
    place: labelOf(v.places, doc.place, locale),
    country: countryLabel(territory.country ?? '', locale),
    region: regionLabel(territory.region ?? '', locale),
    province: provinceLabel(territory.province ?? '', locale),
    municipality: territory.municipality ?? '',
    municipalityName: territory.municipalityName ?? '',
    structure: doc.structure ? structureName(idOf(doc.structure)) : '',
    level: collective ? labelOf(v.levels, doc.level, locale) : '',
    gender: collective ? '' : labelOf(v.genders, b.gender, locale),
    ageBand: collective ? '' : labelOf(v.ageBands, b.ageBand, locale),
    situation: collective ? '' : labelOf(v.situations, b.situation, locale),
    firstTime: collective ? '' : yesNo(b.firstTime),
    autonomy: labelOf(v.autonomyLevels, doc.autonomy, locale),
    referred: yesNo(doc.referred ? 'yes' : 'no'),
    referredTo: doc.referred ? labelOf(v.referralTargets, doc.referredTo, locale) : '',
  }
  return exportColumns.map((c) => cells[c])
}

export type ExportQuery = { scope: Scope; filters: StatisticsFilters; locale: Locale; chunkSize?: number }

/**
 * The rows of an export, a chunk at a time: the database is paged by id (a page costs the same at the end as at
 * the start), `chunkSize` activities per query, so memory holds one chunk whatever the export's length.
 * Structure names are read once per structure met.
 */
export async function* exportChunks(
  payload: Payload,
  { scope, filters, locale, chunkSize = 1_000 }: ExportQuery,
): AsyncGenerator<Cell[][]> {
  const where = activitiesWhere(scope, filters)
  const names = new Map<number, string>()
  for (let after = 0; ; ) {
    // The scope (checked by the caller from the viewer's session) is in `where`: one query per chunk, not one
    // access rule per row. Only the whitelisted columns are copied out of each document (exportRow).
    const docs = await readActivities(payload, {
      where: { and: [where, { id: { greater_than: after } }] },
      limit: chunkSize,
    })
    if (docs.length === 0) return
    const missing = [...new Set(docs.map((d) => idOf(d.structure)))].filter((id) => id && !names.has(id))
    if (missing.length > 0) {
      // Structure names are public (the map, the directory).
      const { docs: structures } = await payload.find({
        collection: 'structures',
        where: { id: { in: missing } },
        limit: missing.length,
        pagination: false,
        depth: 0,
        select: { name: true },
        overrideAccess: true,
      })
      for (const s of structures) names.set(s.id, s.name)
    }
    yield docs.map((doc) => exportRow(doc as ExportDoc, locale, (id) => names.get(id) ?? String(id)))
    if (docs.length < chunkSize) return
    after = docs[docs.length - 1]!.id
  }
}
