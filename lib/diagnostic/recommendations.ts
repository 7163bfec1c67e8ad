import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Module, Parcours } from '@/payload-types'
import type { ResultSnapshot } from './snapshot'

/**
 * The result sheet's recommendations: the modules and parcours the diagnostic set for each priority domain at
 * the person's level, kept with the result when it was scored (snapshot.ts). Read as the public (access
 * applied): one unpublished since is left out, each is listed once.
 */
export async function recommendations(payload: Payload, locale: Locale, recommended: ResultSnapshot['recommended']) {
  const moduleIds = [...new Set(recommended.flatMap((r) => r.modules))]
  const parcoursIds = [...new Set(recommended.flatMap((r) => r.parcours))]
  const [modules, parcours] = await Promise.all([
    moduleIds.length
      ? payload.find({
          collection: 'modules',
          where: { and: [{ id: { in: moduleIds } }, { _status: { equals: 'published' } }] },
          limit: moduleIds.length,
          depth: 0,
          locale,
          select: { title: true, slug: true, summary: true, level: true },
          overrideAccess: false,
        })
      : { docs: [] },
    parcoursIds.length
      ? payload.find({
          collection: 'parcours',
          where: { and: [{ id: { in: parcoursIds } }, { _status: { equals: 'published' } }] },
          limit: parcoursIds.length,
          depth: 0,
          locale,
          select: { title: true, slug: true, summary: true, prerequisiteLevel: true },
          overrideAccess: false,
        })
      : { docs: [] },
  ])
  const byId = new Map((modules.docs as Module[]).map((m) => [m.id, m]))
  const seen = new Set<number>()
  return {
    modules: recommended.map(({ domain, modules: ids }) => ({
      domain,
      // Two priority domains can share a module: it is recommended once, under the first.
      modules: ids.flatMap((id) => (byId.has(id) && !seen.has(id) && seen.add(id) ? [byId.get(id)!] : [])),
    })),
    parcours: parcoursIds.flatMap((id) => (parcours.docs as Parcours[]).filter((p) => p.id === id)),
  }
}
