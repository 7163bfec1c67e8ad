import type { Payload } from 'payload'

import places from '@/data/geo/places.json'
import { structureOptions } from '@/lib/structures/options'
import type { Structure } from '@/payload-types'

/**
 * 10,000 generated places for the map benchmark, spread over real Belgian and French municipalities
 * (data/geo/places.json) with a deterministic pseudo-random generator: every run makes the same ones.
 */
export async function seedScaleStructures(payload: Payload, count: number): Promise<void> {
  const existing = await payload.count({ collection: 'structures', where: { slug: { like: 'bench-lieu-' } } })
  let seed = 42
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!
  const some = <T>(values: readonly T[], max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(values))),
  ]
  const towns = [
    ...places.BE.municipalities.map(([, name, , , postcodes, lon, lat]) => ({
      name: String(name),
      lon: Number(lon),
      lat: Number(lat),
      postcode: String(postcodes).split('|')[0]!,
      country: 'BE' as const,
    })),
    ...places.FR.communes
      .filter(([insee]) => ['59', '62', '80', '02', '60'].includes(String(insee).slice(0, 2)))
      .map(([, name, postcodes, lon, lat]) => ({
        name: String(name),
        lon: Number(lon),
        lat: Number(lat),
        postcode: String(postcodes).split('|')[0]!,
        country: 'FR' as const,
      })),
  ]
  for (let i = 0; i < count; i++) {
    const town = pick(towns)
    const type = pick(structureOptions.type)
    const data: Omit<Structure, 'id' | 'createdAt' | 'updatedAt' | 'activeMemberCount'> = {
      slug: `bench-lieu-${i}`,
      name: `Point numérique ${town.name} ${i}`,
      type,
      address: `Rue de l’Exemple ${1 + (i % 200)}`,
      postcode: town.postcode || String(1000 + Math.floor(random() * 8999)),
      city: town.name,
      country: town.country,
      latitude: Math.round((town.lat + (random() - 0.5) * 0.04) * 1e5) / 1e5,
      longitude: Math.round((town.lon + (random() - 0.5) * 0.06) * 1e5) / 1e5,
      audiences: random() < 0.6 ? [] : some(structureOptions.audiences, 2),
      services: some(structureOptions.services, 3),
      accompanimentModes: some(structureOptions.accompanimentModes, 2),
      fees: [pick(structureOptions.fees)],
      openingHours: some(structureOptions.days.slice(0, 5), 3).map((day) => ({ day, opens: '09:00', closes: '12:30' })),
      alwaysListed: true,
      source: 'Benchmark 123Digit',
    }
    if (i < existing.totalDocs) continue // generated all the same, so a re-run continues the same sequence
    await payload.create({ collection: 'structures', data, depth: 0, overrideAccess: true, context: { bulk: true } })
    if ((i + 1) % 1000 === 0) payload.logger.info(`seed:scale structures ${i + 1}/${count}`)
  }
}
