import { createHash } from 'node:crypto'

import type { Accompaniment } from '@/payload-types'
import { brusselsDay } from '@/lib/time/brussels'

/**
 * One activity as the statistics read it: no names, no notes, no free text; the person only as an opaque key
 * used to count distinct people. Kept small because a process holds every activity (lib/statistics/store.ts).
 */
export type ActivityRow = {
  id: number
  /** The Brussels day, "2026-12-02". */
  day: string
  minutes: number
  kind: 'individual' | 'collective'
  /** How many people: 1 for a one-to-one activity, the participants of a collective one. */
  people: number
  aidant: number
  structure: number
  themes: string[]
  procedures: string[]
  devices: string[]
  place: string
  country: string
  region: string
  province: string
  municipality: string
  gender: string
  ageBand: string
  situation: string
  /** yes | no | '' (not asked) */
  firstTime: string
  autonomy: string
  referred: boolean
  /** A one-to-one activity's person known to the platform (a learner, or a code), as an opaque digest used
   * only to count distinct people, so that no code or id reaches an export by mistake; '' when anonymous. */
  person: string
}

/** The fields read from the database for a row. */
export const rowSelect = {
  date: true,
  minutes: true,
  kind: true,
  participantsCount: true,
  aidant: true,
  structure: true,
  themes: true,
  procedures: true,
  devices: true,
  place: true,
  territory: true,
  beneficiary: true,
  autonomy: true,
  referred: true,
  participant: true,
  member: true,
  personCode: true,
  updatedAt: true,
} as const

const idOf = (value: unknown): number =>
  typeof value === 'object' && value ? (value as { id: number }).id : Number(value)

export function toRow(doc: Partial<Accompaniment> & { id: number }): ActivityRow {
  const collective = doc.kind === 'collective'
  const b = doc.beneficiary ?? {}
  const t = doc.territory ?? {}
  const person = collective
    ? ''
    : doc.member
      ? `m${idOf(doc.member)}`
      : doc.participant
        ? `p${idOf(doc.participant)}`
        : doc.personCode
          ? `c${doc.personCode.trim().toLowerCase()}`
          : ''
  return {
    person: person && createHash('sha256').update(person).digest('base64url').slice(0, 16),
    id: doc.id,
    day: brusselsDay(new Date(doc.date ?? 0)),
    minutes: doc.minutes ?? 0,
    kind: collective ? 'collective' : 'individual',
    people: collective ? Math.max(doc.participantsCount ?? 1, 1) : 1,
    aidant: idOf(doc.aidant),
    structure: idOf(doc.structure),
    themes: doc.themes ?? [],
    procedures: doc.procedures ?? [],
    devices: doc.devices ?? [],
    place: doc.place ?? '',
    country: t.country ?? '',
    region: t.region ?? '',
    province: t.province ?? '',
    municipality: t.municipality ?? '',
    gender: collective ? '' : (b.gender ?? ''),
    ageBand: collective ? '' : (b.ageBand ?? ''),
    situation: collective ? '' : (b.situation ?? ''),
    firstTime: collective ? '' : (b.firstTime ?? ''),
    autonomy: doc.autonomy ?? '',
    referred: Boolean(doc.referred),
  }
}
