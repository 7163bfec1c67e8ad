import type { Payload } from 'payload'

import { territoryOf } from '@/lib/accompaniments/territory'
import { idOf } from '@/lib/payload/relations'
import { brusselsDay } from '@/lib/time/brussels'
import type { ProgrammeTarget } from '@/payload-types'

import type { ActivityRow } from './rows'

export const indicators = ['aidantsTrained', 'accompaniments', 'structures', 'learners', 'newsletterReaders'] as const
export type Indicator = (typeof indicators)[number]

/** `achieved` is null where the platform cannot place the figure in a territory (newsletter readers have none). */
export type IndicatorProgress = { name: Indicator; target: number; achieved: number | null }
export type TargetProgress = {
  id: number
  programme: string
  territory: string
  from: string
  to: string
  indicators: IndicatorProgress[]
}

type Place = { country: string; region: string } | null
const inTerritory = (territory: string, place: Place) =>
  territory === 'all' || (place !== null && (place.region === territory || place.country === territory))

/**
 * Progress of each programme target (collections/ProgrammeTargets.ts) over its period and territory:
 * - aidants trained: registrations to the calendar's trainings and webinars that staff marked "attended", each
 *   address once, placed by the structure of the member with that address;
 * - accompaniments: people accompanied, activity by activity (a workshop of 8 counts 8), as La Coop counts them;
 * - learners reached: distinct people (each known person once);
 * - structures affiliated: structures with at least one active aidant today;
 * - newsletter readers: confirmed subscribers at the end of the period (the whole programme only).
 * For staff only: the caller checks.
 */
export async function targetsProgress(payload: Payload, rows: readonly ActivityRow[]): Promise<TargetProgress[]> {
  const { docs: targets } = await payload.find({
    collection: 'programme-targets',
    sort: 'from',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  if (!targets.length) return []
  const places = await structurePlaces(payload)
  const trained = await attendedRegistrations(payload, places)
  const { docs: structures } = await payload.find({
    collection: 'structures',
    where: { activeMemberCount: { greater_than: 0 } },
    select: { activeMemberCount: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return Promise.all(
    targets.map(async (target) => {
      const from = brusselsDay(new Date(target.from))
      const to = brusselsDay(new Date(target.to))
      const inside = rows.filter((r) => r.day >= from && r.day <= to && inTerritory(target.territory, r))
      const people = new Set<string>()
      let others = 0
      for (const r of inside) {
        if (r.person) people.add(r.person)
        else others += r.people
      }
      const readers =
        target.territory === 'all'
          ? (
              await payload.count({
                collection: 'newsletter-subscribers',
                where: { and: [{ status: { equals: 'confirmed' } }, { confirmedAt: { less_than_equal: target.to } }] },
                overrideAccess: true,
              })
            ).totalDocs
          : null
      const achieved: Record<Indicator, number | null> = {
        aidantsTrained: new Set(
          trained
            .filter((t) => t.day >= from && t.day <= to && inTerritory(target.territory, t.place))
            .map((t) => t.email),
        ).size,
        accompaniments: inside.reduce((sum, r) => sum + r.people, 0),
        structures: structures.filter((s) => inTerritory(target.territory, places.get(s.id) ?? null)).length,
        learners: people.size + others,
        newsletterReaders: readers,
      }
      return {
        id: target.id,
        programme: target.programme,
        territory: target.territory,
        from,
        to,
        indicators: indicators
          .filter((name) => typeof target[name as keyof ProgrammeTarget] === 'number')
          .map((name) => ({ name, target: target[name] as number, achieved: achieved[name] })),
      }
    }),
  )
}

/** Each structure's country and region, from its postcode. */
async function structurePlaces(payload: Payload): Promise<Map<number, Place>> {
  const { docs } = await payload.find({
    collection: 'structures',
    select: { postcode: true, country: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const places = new Map<number, Place>()
  for (const s of docs) places.set(s.id, s.postcode ? await territoryOf(s.country ?? 'BE', s.postcode) : null)
  return places
}

/** Attended registrations: the address, the day of the event, and where the member with that address works. */
async function attendedRegistrations(payload: Payload, places: Map<number, Place>) {
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { attended: { equals: true } },
    select: { email: true, event: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const eventIds = [...new Set(docs.map((d) => idOf(d.event)).filter((id): id is number => id !== null))]
  const emails = [...new Set(docs.map((d) => d.email.toLowerCase()))]
  const [{ docs: events }, { docs: members }] = await Promise.all([
    payload.find({
      collection: 'events',
      where: { id: { in: eventIds } },
      select: { startsAt: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'members',
      where: { email: { in: emails } },
      select: { email: true, structure: true },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const dayOf = new Map(events.map((e) => [e.id, brusselsDay(new Date(e.startsAt))]))
  const structureOf = new Map(members.map((m) => [m.email?.toLowerCase(), idOf(m.structure)]))
  return docs.map((d) => {
    const structure = structureOf.get(d.email.toLowerCase())
    return {
      email: d.email.toLowerCase(),
      day: dayOf.get(idOf(d.event) ?? 0) ?? '',
      place: structure ? (places.get(structure) ?? null) : null,
    }
  })
}
