import type { Payload } from 'payload'

import { publicStructures } from '@/access/visibleStructure'
import { httpUrlOrEmpty } from '@/lib/http/url'

import { toCsv } from './csv'
import { lieuxColumns, toLieu, type LieuRow } from './lieux'

/** Every structure shown on the map, for one country, as rows of the national schema (sorted by id). */
export async function exportLieux(payload: Payload, country: 'BE' | 'FR'): Promise<LieuRow[]> {
  const { docs } = await payload.find({
    collection: 'structures',
    where: { and: [{ country: { equals: country } }, publicStructures] },
    pagination: false,
    depth: 0,
    sort: 'slug',
    overrideAccess: true,
  })
  const rows = await Promise.all(docs.map(toLieu))
  // A website stored before the collection accepted http(s) only (or imported raw) is left out, never emitted.
  return rows.map((row) => ({ ...row, site_web: httpUrlOrEmpty(row.site_web) }))
}

export const lieuxCsv = (rows: LieuRow[]) => toCsv(lieuxColumns, rows)

/** Open data is meant to be reused: any site may fetch it; caches keep it for an hour. */
export const openDataHeaders = (type: string, filename: string) => ({
  'content-type': type,
  'content-disposition': `inline; filename="${filename}"`,
  'access-control-allow-origin': '*',
  'cache-control': 'public, max-age=3600',
})
