import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Module, Parcours } from '@/payload-types'
import { type DiagnosticLevels, strengthsAndPriorities } from './scoring'
import { type Domain, domainThemes } from './tasks'

/**
 * Recommendations: for each priority domain, published modules of its theme at the person's level and the
 * next one; and the parcours whose starting level the person has reached. Read as the public (access applied).
 */
export async function recommendations(payload: Payload, locale: Locale, result: DiagnosticLevels) {
  const { priorities } = strengthsAndPriorities(result)
  const themes = await payload.find({ collection: 'themes', limit: 50, depth: 0, locale, select: { slug: true } })
  const themeId = new Map(themes.docs.map((t) => [t.slug, t.id]))
  const modules: { domain: Domain; modules: Module[] }[] = []
  const seen = new Set<number>()
  for (const domain of priorities) {
    const level = result.domains[domain]
    const { docs } = await payload.find({
      collection: 'modules',
      where: {
        and: [
          { themes: { in: [themeId.get(domainThemes[domain]) ?? 0] } },
          { level: { in: [String(level), String(Math.min(level + 1, 3))] } },
          { _status: { equals: 'published' } },
        ],
      },
      sort: 'level',
      limit: 3,
      depth: 0,
      locale,
      select: { title: true, slug: true, summary: true, level: true },
      overrideAccess: false,
    })
    // Two priority domains can share a theme: each module is recommended once.
    modules.push({ domain, modules: (docs as Module[]).filter((m) => !seen.has(m.id) && seen.add(m.id)) })
  }
  const parcours = await payload.find({
    collection: 'parcours',
    where: {
      and: [{ prerequisiteLevel: { less_than_equal: String(result.overall) } }, { _status: { equals: 'published' } }],
    },
    sort: '-prerequisiteLevel',
    limit: 2,
    depth: 0,
    locale,
    select: { title: true, slug: true, summary: true, prerequisiteLevel: true },
    overrideAccess: false,
  })
  return { modules, parcours: parcours.docs as Parcours[] }
}
