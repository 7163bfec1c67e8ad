import type { Payload } from 'payload'

import { geocode, type Country } from '@/lib/geo/geocode'
import type { Structure } from '@/payload-types'

export type Location = Pick<Structure, 'latitude' | 'longitude' | 'locationPrecision'>

export type Address = {
  country?: string | null
  postcode?: string | null
  city?: string | null
  address?: string | null
}

/** Who asks, for the log line written when the online geocoder fails: ids only, never the address. */
export type LocateContext = { logger: Payload['logger']; structure?: number | string | null }

const nowhere: Location = { latitude: null, longitude: null, locationPrecision: null }

/**
 * Where an address is: from the optional online geocoder (GEOCODER_URL), else from the offline lookup by
 * postcode and municipality; nowhere without a country and postcode. Never fails: a geocoder that is down is
 * logged and the offline lookup answers instead.
 */
export async function locateAddress(
  { country, postcode, city, address }: Address,
  context: LocateContext,
): Promise<Location> {
  if (!country || !postcode) return nowhere
  const online = process.env.GEOCODER_URL
    ? await geocodeOnline(process.env.GEOCODER_URL, [address, `${postcode} ${city ?? ''}`, country], context)
    : null
  if (online) return online
  const found = await geocode(country as Country, postcode, city ?? '')
  return found ? { latitude: found.latitude, longitude: found.longitude, locationPrecision: found.precision } : nowhere
}

/** A Nominatim-compatible search endpoint, if one is configured. Any failure falls back to the offline lookup. */
async function geocodeOnline(
  url: string,
  parts: (string | null | undefined)[],
  { logger, structure }: LocateContext,
): Promise<Location | null> {
  try {
    const query = new URLSearchParams({ format: 'json', limit: '1', q: parts.filter(Boolean).join(', ') })
    const response = await fetch(`${url}?${query}`, {
      signal: AbortSignal.timeout(3000),
      headers: { 'user-agent': '123Digit' },
    })
    if (!response.ok) throw new Error(`geocoder answered ${response.status}`)
    const [hit] = ((await response.json()) ?? []) as { lat?: string; lon?: string }[]
    const latitude = Number(hit?.lat)
    const longitude = Number(hit?.lon)
    return Number.isFinite(latitude) && Number.isFinite(longitude) && hit
      ? { latitude, longitude, locationPrecision: 'address' }
      : null
  } catch (err) {
    // Not the query: the address of a structure is public, but a log line needs no more than its id.
    logger.warn({ err, msg: 'online geocoder failed; offline lookup used', structure: structure ?? null })
    return null
  }
}
