import type { Payload } from 'payload'

import { idOf } from '@/lib/payload/relations'
import type { Locale } from '@/i18n/locales'
import type { Workshop } from '@/payload-types'

export type SharedModule = { id: number; title: string; slug: string; level: number; formation: number | null }
export type SharedParcours = { id: number; title: string; slug: string; modules: SharedModule[] }
export type WorkshopContent = {
  modules: SharedModule[]
  parcours: SharedParcours[]
  diagnostic: Workshop['diagnostic']
}

const ids = (values: (number | { id: number })[] | null | undefined) =>
  (values ?? []).map((v) => idOf(v)).filter((v) => v !== null)

/** What a workshop shares, in the learner's language: published modules, parcours (with their modules), a diagnostic. */
export async function workshopContent(payload: Payload, workshop: Workshop, locale: Locale): Promise<WorkshopContent> {
  const { docs: parcours } = await payload.find({
    collection: 'parcours',
    where: { and: [{ id: { in: [...ids(workshop.parcours), -1] } }, { _status: { equals: 'published' } }] },
    select: { title: true, slug: true, modules: true },
    locale,
    depth: 0,
    limit: 50,
    overrideAccess: true,
  })
  const parcoursModules = parcours.flatMap((p) => ids(p.modules as number[]))
  const { docs: modules } = await payload.find({
    collection: 'modules',
    where: {
      and: [{ id: { in: [...ids(workshop.modules), ...parcoursModules, -1] } }, { _status: { equals: 'published' } }],
    },
    select: { title: true, slug: true, level: true, formation: true },
    locale,
    depth: 0,
    limit: 200,
    overrideAccess: true,
  })
  const byId = new Map(
    modules.map((m) => [
      m.id,
      { id: m.id, title: m.title, slug: m.slug, level: Number(m.level), formation: idOf(m.formation as number) },
    ]),
  )
  const pick = (list: number[]) => list.flatMap((id) => byId.get(id) ?? [])
  return {
    modules: pick(ids(workshop.modules)),
    parcours: parcours.map((p) => ({
      id: p.id,
      title: p.title,
      slug: p.slug,
      modules: pick(ids(p.modules as number[])),
    })),
    diagnostic: workshop.diagnostic ?? null,
  }
}

/** Every module a workshop opens to its participants, directly or through a parcours. */
export function allSharedModules(content: WorkshopContent): SharedModule[] {
  const seen = new Map<number, SharedModule>()
  for (const m of [...content.modules, ...content.parcours.flatMap((p) => p.modules)]) seen.set(m.id, m)
  return [...seen.values()]
}

/** Whether a workshop opens a module to its participants. */
export async function workshopSharesModule(payload: Payload, workshop: Workshop, moduleId: number): Promise<boolean> {
  const content = await workshopContent(payload, workshop, 'fr')
  return allSharedModules(content).some((m) => m.id === moduleId)
}
