import { geocode, type Country } from '@/lib/geo/geocode'
import type { Address } from './location'
import { pinDistance } from './pinCheck'

export type PinPlacement = { km: number; far: boolean; city: string } | null

/**
 * How far a pin is from the centre of the municipality its address names (the offline lookup's answer for
 * its country, postcode and municipality), for the structure form's warning. Null when either is unknown or
 * the lookup only knows the province or department: a province's centre says nothing about a pin.
 */
export async function pinPlacement(
  { country, postcode, city }: Address,
  pin: { longitude: number; latitude: number } | null,
): Promise<PinPlacement> {
  if (!pin || (country !== 'BE' && country !== 'FR') || !postcode) return null
  const centre = await geocode(country as Country, postcode, city ?? '')
  if (!centre || centre.precision === 'area') return null
  const check = pinDistance(pin, centre)
  return check ? { ...check, city: city || postcode } : null
}
