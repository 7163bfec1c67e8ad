import type { Structure } from '@/payload-types'
import { isHttpUrl } from '@/lib/http/url'
import { checkEmail } from '@/lib/members/validation'
import type { FieldErrors } from '@/lib/forms/types'
import { structureOptions } from './options'
import { normalizePivot, validatePivot } from './pivot'
import { lengths } from '@/fields/lengths'

/** What a référent edits about their structure (everything but its slug and member count). */
export type StructureInput = Pick<
  Structure,
  | 'name'
  | 'type'
  | 'address'
  | 'addressComplement'
  | 'postcode'
  | 'city'
  | 'country'
  | 'latitude'
  | 'longitude'
  | 'audiences'
  | 'specificSupport'
  | 'services'
  | 'accompanimentModes'
  | 'fees'
  | 'accessibility'
  | 'openingHours'
  | 'phone'
  | 'email'
  | 'website'
  | 'description'
  | 'pivot'
>

const time = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * The longest value of each text the form writes: the structures collection's `maxLength` of the same field
 * (collections/Structures/index.ts), so the form and REST refuse the same texts.
 */
export const structureMaxLengths = {
  name: lengths.name,
  address: lengths.shortText,
  addressComplement: lengths.shortText,
  postcode: lengths.code,
  city: lengths.name,
  phone: lengths.code,
  email: lengths.email,
  website: lengths.url,
  description: lengths.longText,
  pivot: lengths.code,
} as const satisfies Partial<Record<keyof StructureInput, number>>

/** Reads the structure form. Unknown option values are dropped; each day has an opening and a closing time. */
export function parseStructureForm(form: FormData): StructureInput {
  const text = (name: string) => String(form.get(name) ?? '').trim()
  const number = (name: string) => (text(name) === '' ? null : Number(text(name).replace(',', '.')))
  const pick = <
    K extends 'audiences' | 'specificSupport' | 'services' | 'accompanimentModes' | 'fees' | 'accessibility',
  >(
    name: K,
  ) =>
    form
      .getAll(name)
      .map(String)
      .filter((v) => (structureOptions[name] as readonly string[]).includes(v)) as NonNullable<StructureInput[K]>
  const openingHours = structureOptions.days.flatMap((day) => {
    const opens = text(`hours.${day}.opens`)
    const closes = text(`hours.${day}.closes`)
    return opens || closes ? [{ day, opens, closes }] : []
  })
  return {
    name: text('name'),
    type: text('type') as StructureInput['type'],
    address: text('address'),
    addressComplement: text('addressComplement'),
    postcode: text('postcode'),
    city: text('city'),
    country: (text('country') || 'BE') as StructureInput['country'],
    latitude: number('latitude'),
    longitude: number('longitude'),
    audiences: pick('audiences'),
    specificSupport: pick('specificSupport'),
    services: pick('services'),
    accompanimentModes: pick('accompanimentModes'),
    fees: pick('fees'),
    accessibility: pick('accessibility'),
    openingHours,
    phone: text('phone'),
    email: text('email').toLowerCase(),
    website: text('website'),
    description: text('description'),
    pivot: text('pivot'),
  }
}

/** Error keys per field (messages `forms.errors.*`). Pure: unit-tested. */
export function checkStructure(input: StructureInput): FieldErrors {
  const errors: FieldErrors = {}
  for (const field of ['name', 'address', 'postcode', 'city'] as const)
    if (!input[field]?.trim()) errors[field] = 'required'
  for (const [field, max] of Object.entries(structureMaxLengths))
    if ((input[field as keyof typeof structureMaxLengths] ?? '').length > max) errors[field] = 'tooLong'
  if (!(structureOptions.type as readonly string[]).includes(input.type ?? '')) errors.type = 'required'
  if (!['BE', 'FR'].includes(input.country ?? '')) errors.country = 'required'
  const postcode = input.country === 'FR' ? /^\d{5}$/ : /^\d{4}$/
  if (!errors.postcode && !postcode.test(input.postcode))
    errors.postcode = input.country === 'FR' ? 'postcodeFr' : 'postcodeBe'
  if (input.latitude !== null && input.latitude !== undefined && !(Math.abs(input.latitude) <= 90))
    errors.latitude = 'number'
  if (input.longitude !== null && input.longitude !== undefined && !(Math.abs(input.longitude) <= 180))
    errors.longitude = 'number'
  if (input.email) checkEmail(errors, input.email, false)
  // The same rule as the collection (fields/url.ts), so the form and REST agree.
  if (input.website && !isHttpUrl(input.website)) errors.website = 'url'
  if (input.phone && !/^\+?[\d\s./()-]{6,20}$/.test(input.phone)) errors.phone = 'phone'
  if (input.pivot && validatePivot(normalizePivot(input.pivot)) !== true) errors.pivot = 'pivot'
  for (const { day, opens, closes } of input.openingHours ?? []) {
    if (!time.test(opens) || !time.test(closes) || opens >= closes) errors[`hours.${day}`] = 'hours'
  }
  return errors
}
