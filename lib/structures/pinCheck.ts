import { distance } from '@/lib/geo/geocode'

type Point = { longitude: number; latitude: number }

/** Further than this from the centre of its municipality, a pin is probably in the wrong place. */
export const farFromMunicipalityKm = 2

/**
 * How far a structure's pin is from the centre of the municipality its address names, and whether that is
 * far enough to warn the référent (who may still save: a large municipality can have a place at its edge).
 * Null when either point is unknown. Pure: unit-tested.
 */
export function pinDistance(pin: Point | null, centre: Point | null): { km: number; far: boolean } | null {
  if (!pin || !centre) return null
  const km = distance(pin.longitude, pin.latitude, centre.longitude, centre.latitude)
  return { km, far: km > farFromMunicipalityKm }
}

/** Precision values in the words the form uses (messages `structure.precision.*`). */
export const precisionKeys = ['exact', 'address', 'submunicipality', 'municipality', 'area'] as const
export type PrecisionKey = (typeof precisionKeys)[number]

/** The message key for a saved locationPrecision; unknown values (a newer lookup) read as "area". Pure. */
export function precisionKey(value: string | null | undefined): PrecisionKey | null {
  if (!value) return null
  return (precisionKeys as readonly string[]).includes(value) ? (value as PrecisionKey) : 'area'
}
