import 'server-only'

import type { Locale } from '@/i18n/locales'
import { listParcours } from '@/lib/catalogue/queries'
import { idOf } from '@/lib/payload/relations'
import { getProgressCatalogue } from '@/lib/progress/catalogue'

import type { BadgeCatalogue } from './achievements'

/** What badges are earned against, in one language: the progress catalogue and the published parcours (cached). */
export async function getBadgeCatalogue(locale: Locale): Promise<BadgeCatalogue> {
  const [progress, parcours] = await Promise.all([getProgressCatalogue(locale), listParcours(locale)])
  return {
    ...progress,
    parcours: parcours.map((p) => ({
      id: p.id,
      title: p.title,
      modules: (p.modules ?? []).map((m) => idOf(m)).filter((id) => id !== null),
    })),
  }
}
