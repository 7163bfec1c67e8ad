import type { Payload } from 'payload'

import type { Structure } from '@/payload-types'
import { normalizePivot, pivotPattern } from '@/lib/structures/pivot'
import { slugify } from '@/lib/text/slugify'
import { parseCsv } from './csv'
import { lieuxColumns, parseOsmOpeningHours, unknownPivot, type LieuRow } from './lieux'
import { codeOf, type VocabularyGroup } from './vocabulary'

export type ImportIssue = { line: number; id: string; reason: string }
export type ImportReport = { created: number; updated: number; rejected: ImportIssue[]; warnings: ImportIssue[] }

const required = ['id', 'nom', 'commune', 'code_postal', 'adresse'] as const
type StructureData = Omit<Structure, 'id' | 'createdAt' | 'updatedAt' | 'activeMemberCount'>

/**
 * Reads a CSV in the national schema and creates or updates structures by `id` (our slug): importing the
 * same file twice changes nothing more. Each refused row is reported with its reason, each value we had to
 * leave aside with a warning: nothing is dropped silently. Imported places are shown on the map at once.
 */
export async function importLieux(payload: Payload, csv: string): Promise<ImportReport> {
  const [header = [], ...rows] = parseCsv(csv)
  const missing = required.filter((column) => !header.includes(column))
  if (missing.length) throw new Error(`Colonnes obligatoires absentes : ${missing.join(', ')}`)
  const unknown = header.filter((column) => !(lieuxColumns as readonly string[]).includes(column))
  const report: ImportReport = { created: 0, updated: 0, rejected: [], warnings: [] }
  if (unknown.length) report.warnings.push({ line: 1, id: '', reason: `colonnes ignorées : ${unknown.join(', ')}` })

  for (const [index, values] of rows.entries()) {
    const line = index + 2
    const row = Object.fromEntries(header.map((column, i) => [column, (values[i] ?? '').trim()])) as LieuRow
    const warn = (reason: string) => report.warnings.push({ line, id: row.id, reason })
    const result = toStructure(row, warn)
    if (typeof result === 'string') {
      report.rejected.push({ line, id: row.id ?? '', reason: result })
      continue
    }
    try {
      const { docs } = await payload.find({
        collection: 'structures',
        where: { slug: { equals: result.slug } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (docs[0]) {
        await payload.update({ collection: 'structures', id: docs[0].id, data: result, overrideAccess: true, depth: 0 })
        report.updated++
      } else {
        await payload.create({ collection: 'structures', data: result, overrideAccess: true, depth: 0 })
        report.created++
      }
    } catch (error) {
      report.rejected.push({ line, id: row.id, reason: error instanceof Error ? error.message : String(error) })
    }
  }
  return report
}

/** A row as structure data, or the reason it is refused. */
export function toStructure(row: LieuRow, warn: (reason: string) => void): StructureData | string {
  for (const column of required) if (!row[column]) return `${column} : valeur obligatoire manquante`
  const country = /^\d{5}$/.test(row.code_postal) ? 'FR' : /^\d{4}$/.test(row.code_postal) ? 'BE' : null
  if (!country) return `code_postal : « ${row.code_postal} » n’est ni un code postal belge (4 chiffres) ni français (5)`
  const slug = slugify(row.id)
  if (!slug) return `id : « ${row.id} » ne donne pas d’identifiant utilisable`

  const lists: Partial<Record<VocabularyGroup, string[]>> = {}
  const columns = {
    services: 'services',
    audiences: 'publics_specifiquement_adresses',
    specificSupport: 'prise_en_charge_specifique',
    fees: 'frais_a_charge',
    accompanimentModes: 'modalites_accompagnement',
  } as const
  for (const [group, column] of Object.entries(columns) as [keyof typeof columns, keyof LieuRow][]) {
    const values = (row[column] ?? '')
      .split('|')
      .map((v) => v.trim())
      .filter(Boolean)
    const codes = values.map((value) => codeOf(group, value))
    const bad = values.find((_, i) => !codes[i])
    if (bad) return `${column} : « ${bad} » n’est pas une valeur du schéma`
    lists[group] = [...new Set(codes as string[])]
  }

  const pivot = normalizePivot(row.pivot === unknownPivot ? '' : (row.pivot ?? ''))
  if (pivot && !pivotPattern.test(pivot)) return `pivot : « ${row.pivot} » doit compter de 9 à 14 chiffres ou lettres`
  const number = (value: string | undefined) => (value ? Number(value) : null)
  const [latitude, longitude] = [number(row.latitude), number(row.longitude)]
  if (Number.isNaN(latitude) || Number.isNaN(longitude)) return 'latitude/longitude : nombre attendu'

  const typology = (row.typologie ?? '').split('|')[0] ?? ''
  const type = (codeOf('type', typology) ?? 'autre') as Structure['type']
  if (typology && !codeOf('type', typology)) warn(`typologie « ${typology} » enregistrée comme « autre »`)
  const openingHours = row.horaires ? parseOsmOpeningHours(row.horaires) : []
  if (!openingHours) warn(`horaires « ${row.horaires} » non lus : à saisir à la main`)
  const first = (column: 'courriels' | 'site_web') => {
    const [value = '', ...rest] = (row[column] ?? '').split('|').map((v) => v.trim())
    if (rest.length) warn(`${column} : seule la première valeur est gardée (${rest.join(', ')} laissés de côté)`)
    return value || null
  }

  return {
    slug,
    name: row.nom,
    type,
    address: row.adresse,
    addressComplement: row.complement_adresse || null,
    postcode: row.code_postal,
    city: row.commune,
    country,
    latitude,
    longitude,
    audiences: lists.audiences as Structure['audiences'],
    specificSupport: lists.specificSupport as Structure['specificSupport'],
    services: lists.services as Structure['services'],
    accompanimentModes: lists.accompanimentModes as Structure['accompanimentModes'],
    fees: lists.fees as Structure['fees'],
    openingHours: openingHours ?? [],
    phone: row.telephone || null,
    email: first('courriels'),
    website: first('site_web'),
    description: row.presentation_detail || row.presentation_resume || null,
    pivot: pivot || null,
    source: row.source || null,
    alwaysListed: true,
  }
}
