import { geocode } from '@/lib/geo/geocode'
import { sortedHours } from '@/lib/map/hours'
import { brusselsDay } from '@/lib/time/brussels'
import type { Structure } from '@/payload-types'
import { labelOf, osmDays, type VocabularyGroup } from './vocabulary'

/** The columns of the national schema "LieuxDeMediationNumerique" v1.0.2, in its order. */
export const lieuxColumns = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const

export type LieuRow = Record<(typeof lieuxColumns)[number], string>

/** The schema requires a pivot; data.inclusion's convention for "unknown" is fourteen zeros. */
export const unknownPivot = '00000000000000'
const resumeLength = 280
const countryCode = { BE: '32', FR: '33' } as const

/** One structure as a row of the schema. Belgian rows keep Belgian postcodes and +32 phones (see README). */
export async function toLieu(structure: Structure): Promise<LieuRow> {
  const join = (group: VocabularyGroup, codes: string[] | null | undefined) =>
    (codes ?? []).map((code) => labelOf(group, code)).join('|')
  const description = structure.description?.trim() ?? ''
  const long = description.length > resumeLength
  const insee =
    structure.country === 'FR' ? ((await geocode('FR', structure.postcode, structure.city))?.inseeCode ?? '') : ''
  return {
    id: structure.slug,
    pivot: structure.pivot || unknownPivot,
    nom: structure.name,
    commune: structure.city,
    code_postal: structure.postcode,
    code_insee: insee,
    adresse: structure.address,
    complement_adresse: structure.addressComplement ?? '',
    latitude: structure.latitude?.toString() ?? '',
    longitude: structure.longitude?.toString() ?? '',
    typologie: labelOf('type', structure.type),
    telephone: internationalPhone(structure.phone, structure.country),
    courriels: structure.email ?? '',
    site_web: structure.website ?? '',
    horaires: osmOpeningHours(structure.openingHours),
    presentation_resume: long ? `${description.slice(0, resumeLength - 1).trimEnd()}…` : description,
    presentation_detail: long ? description : '',
    source: structure.source || '123Digit',
    itinerance: '',
    structure_parente: '',
    date_maj: brusselsDay(new Date(structure.updatedAt)),
    services: join('services', structure.services),
    publics_specifiquement_adresses: join('audiences', structure.audiences),
    prise_en_charge_specifique: join('specificSupport', structure.specificSupport),
    frais_a_charge: join('fees', structure.fees),
    dispositif_programmes_nationaux: '',
    formations_labels: '',
    autres_formations_labels: '',
    modalites_acces: '',
    modalites_accompagnement: join('accompanimentModes', structure.accompanimentModes),
    fiche_acces_libre: '',
    prise_rdv: '',
  }
}

/** "+32 2 10 20 30" or "02 10 20 30" → "+3221020 30" without spaces; empty when it can't be a number of that country. */
export function internationalPhone(phone: string | null | undefined, country: 'BE' | 'FR'): string {
  const digits = (phone ?? '').replace(/[^\d+]/g, '')
  const code = countryCode[country]
  const national = digits.startsWith(`+${code}`)
    ? digits.slice(code.length + 1)
    : digits.startsWith(`00${code}`)
      ? digits.slice(code.length + 2)
      : digits.startsWith('0')
        ? digits.slice(1)
        : ''
  // Belgian numbers have 8 (fixed) or 9 (mobile) digits after +32; the French pattern allows 6 to 9.
  return (country === 'BE' ? /^\d{8,9}$/ : /^\d{6,9}$/).test(national) ? `+${code}${national}` : ''
}

/** Weekly hours in OpenStreetMap's `opening_hours` syntax, as the schema asks: "Mo,We 09:00-12:00; Fr 14:00-17:00". */
export function osmOpeningHours(hours: Structure['openingHours']): string {
  const byDay = new Map<string, string>()
  for (const slot of sortedHours(hours)) {
    const day = osmDays[slot.day as keyof typeof osmDays]
    byDay.set(day, [byDay.get(day), `${slot.opens}-${slot.closes}`].filter(Boolean).join(','))
  }
  // Days with the same times share one rule.
  const rules = new Map<string, string[]>()
  for (const [day, times] of byDay) rules.set(times, [...(rules.get(times) ?? []), day])
  return [...rules].map(([times, days]) => `${days.join(',')} ${times}`).join('; ')
}

/** The inverse of osmOpeningHours, for the subset of the syntax it writes plus day ranges (Mo-Fr). */
export function parseOsmOpeningHours(text: string): NonNullable<Structure['openingHours']> | null {
  const codes = Object.entries(osmDays)
  const slots: NonNullable<Structure['openingHours']> = []
  for (const rule of text
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)) {
    const match = rule.match(/^([A-Za-z,\- ]+?)\s+((?:\d{2}:\d{2}-\d{2}:\d{2},?)+)$/)
    if (!match) return null
    const days: string[] = []
    for (const part of match[1]!.split(',').map((p) => p.trim())) {
      const [from, to = from] = part.split('-')
      const start = codes.findIndex(([, osm]) => osm === from)
      const end = codes.findIndex(([, osm]) => osm === to)
      if (start < 0 || end < start) return null
      for (let i = start; i <= end; i++) days.push(codes[i]![0])
    }
    for (const day of days)
      for (const range of match[2]!.split(',').filter(Boolean)) {
        const [opens, closes] = range.split('-') as [string, string]
        slots.push({ day: day as 'mon', opens, closes })
      }
  }
  return sortedHours(slots)
}
