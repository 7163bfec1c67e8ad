import type { CollectionBeforeChangeHook } from 'payload'

import { geocode, type Country } from '@/lib/geo/geocode'
import type { Structure } from '@/payload-types'

type Location = Pick<Structure, 'latitude' | 'longitude' | 'locationPrecision'>

/**
 * Places a structure on the map when it is saved. Coordinates someone chose (the pin moved by a référent,
 * an import, the seed) are kept as they are; otherwise, and whenever the address changes, they come from
 * the optional online geocoder (GEOCODER_URL) or from the offline lookup, which never fails the save.
 */
export const locateStructure: CollectionBeforeChangeHook<Structure> = async ({ data, originalDoc }) => {
  const before: Partial<Structure> = originalDoc ?? {}
  const given = typeof data.latitude === 'number' && typeof data.longitude === 'number'
  const moved = given && (data.latitude !== before.latitude || data.longitude !== before.longitude)
  if (moved) return { ...data, locationPrecision: 'exact' }
  const addressChanged = (['country', 'postcode', 'city', 'address'] as const).some(
    (field) => data[field] !== undefined && data[field] !== before[field],
  )
  if (given && !addressChanged) return data
  const location = await locate(
    data.country ?? before.country,
    data.postcode ?? before.postcode,
    data.city ?? before.city,
    data.address ?? before.address,
  )
  return { ...data, ...location }
}

async function locate(
  country?: string | null,
  postcode?: string | null,
  city?: string | null,
  address?: string | null,
): Promise<Location> {
  if (!country || !postcode) return { latitude: null, longitude: null, locationPrecision: null }
  const online = process.env.GEOCODER_URL
    ? await geocodeOnline(process.env.GEOCODER_URL, [address, `${postcode} ${city ?? ''}`, country])
    : null
  if (online) return online
  const found = await geocode(country as Country, postcode, city ?? '')
  return found
    ? { latitude: found.latitude, longitude: found.longitude, locationPrecision: found.precision }
    : { latitude: null, longitude: null, locationPrecision: null }
}

/** A Nominatim-compatible search endpoint, if one is configured. Any failure falls back to the offline lookup. */
async function geocodeOnline(url: string, parts: (string | null | undefined)[]): Promise<Location | null> {
  try {
    const query = new URLSearchParams({ format: 'json', limit: '1', q: parts.filter(Boolean).join(', ') })
    const response = await fetch(`${url}?${query}`, {
      signal: AbortSignal.timeout(3000),
      headers: { 'user-agent': '123Digit' },
    })
    const [hit] = ((await response.json()) ?? []) as { lat?: string; lon?: string }[]
    const latitude = Number(hit?.lat)
    const longitude = Number(hit?.lon)
    return Number.isFinite(latitude) && Number.isFinite(longitude) && hit
      ? { latitude, longitude, locationPrecision: 'address' }
      : null
  } catch {
    return null
  }
}
