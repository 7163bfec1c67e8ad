import type { CollectionBeforeChangeHook } from 'payload'

import { locateAddress } from '@/lib/structures/location'
import type { Structure } from '@/payload-types'

/**
 * beforeChange on structures: places a structure on the map when it is saved. Coordinates someone chose (the
 * pin moved by a référent, an import, the seed) are kept as they are; otherwise, and whenever the address
 * changes, they come from lib/structures/location.ts, which never fails the save.
 */
export const locateStructure: CollectionBeforeChangeHook<Structure> = async ({ data, originalDoc, req }) => {
  const before: Partial<Structure> = originalDoc ?? {}
  const given = typeof data.latitude === 'number' && typeof data.longitude === 'number'
  const moved = given && (data.latitude !== before.latitude || data.longitude !== before.longitude)
  if (moved) return { ...data, locationPrecision: 'exact' }
  const addressChanged = (['country', 'postcode', 'city', 'address'] as const).some(
    (field) => data[field] !== undefined && data[field] !== before[field],
  )
  if (given && !addressChanged) return data
  const location = await locateAddress(
    {
      country: data.country ?? before.country,
      postcode: data.postcode ?? before.postcode,
      city: data.city ?? before.city,
      address: data.address ?? before.address,
    },
    { logger: req.payload.logger, structure: before.id },
  )
  return { ...data, ...location }
}
