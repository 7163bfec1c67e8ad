import 'server-only'

import { idOf } from '@/lib/payload/relations'
import type { Locale } from '@/i18n/locales'
import { cachedQuery } from '@/lib/cache/cachedQuery'
import { getThemes } from '@/lib/catalogue/queries'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload/client'
import type { ProgressModule, ThemeRef } from './levels'

/**
 * Every published module with its level, themes and formations (its own and its exercises): what progress
 * and levels are computed against. Cached, revalidated when a module changes.
 */
export const getProgressModules = cachedQuery(
  'progressModules',
  [cacheTags.modules],
  async (locale: Locale): Promise<ProgressModule[]> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'modules',
      locale,
      draft: false,
      where: { _status: { equals: 'published' } },
      select: { title: true, slug: true, level: true, themes: true, formation: true, exercises: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    return docs.map((m) => ({
      id: m.id,
      title: m.title,
      slug: m.slug,
      level: Number(m.level),
      themes: (m.themes ?? []).map((t) => idOf(t)!),
      formations: [m.formation, ...(m.exercises ?? [])].map((f) => idOf(f as number)).filter((f) => f !== null),
    }))
  },
)

/** The catalogue saving progress computes levels against (lib/progress/save-progress.ts), in one language. */
export async function getProgressCatalogue(locale: Locale): Promise<{ modules: ProgressModule[]; themes: ThemeRef[] }> {
  const [modules, themes] = await Promise.all([getProgressModules(locale), getThemes(locale)])
  return { modules, themes: themes.map((t) => ({ id: t.id, title: t.title, slug: t.slug })) }
}
