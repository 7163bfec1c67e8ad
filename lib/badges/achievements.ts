import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { translator } from '@/lib/i18n/translator'
import type { LevelModule, ThemeRef } from '@/lib/progress/levels'

import type { AchievementText } from './credential'

/**
 * What earns a badge, from the modules a learner completed: each level of a theme whose modules are all
 * completed (the rule of lib/progress/levels.ts, every level, not only the highest), and each parcours whose
 * modules are all completed. Pure: the catalogue is handed in.
 */
export type ParcoursRef = { id: number; title: string; modules: number[] }
export type BadgeCatalogue = { modules: LevelModule[]; themes: ThemeRef[]; parcours: ParcoursRef[] }

export type Achievement =
  | { kind: 'level'; key: string; theme: ThemeRef; level: number }
  | { kind: 'parcours'; key: string; parcours: ParcoursRef }

export function earnedAchievements(catalogue: BadgeCatalogue, completed: Set<number>): Achievement[] {
  const levels = catalogue.themes.flatMap((theme) => {
    const own = catalogue.modules.filter((m) => m.themes[0] === theme.id)
    return [...new Set(own.map((m) => m.level))]
      .sort((a, b) => a - b)
      .filter((level) => own.every((m) => m.level !== level || completed.has(m.id)))
      .map((level) => ({ kind: 'level' as const, key: `theme-${theme.id}-level-${level}`, theme, level }))
  })
  const parcours = catalogue.parcours
    .filter((p) => p.modules.length > 0 && p.modules.every((id) => completed.has(id)))
    .map((p) => ({ kind: 'parcours' as const, key: `parcours-${p.id}`, parcours: p }))
  return [...levels, ...parcours]
}

/** The achievement's name, description and criteria in one language (messages `badges.achievement`). */
export function achievementText(achievement: Achievement, locale: Locale): AchievementText {
  const t = translator(locale, 'badges.achievement')
  if (achievement.kind === 'parcours') {
    const values = { title: achievement.parcours.title }
    return {
      key: achievement.key,
      name: t('parcoursName', values),
      description: t('parcoursDescription', values),
      criteria: t('parcoursCriteria', values),
    }
  }
  const levelName = translator(locale, 'levels')(String(achievement.level) as '0')
  const values = { theme: achievement.theme.title, level: achievement.level, levelName }
  return {
    key: achievement.key,
    name: t('levelName', values),
    description: t('levelDescription', values),
    criteria: t('levelCriteria', values),
  }
}

/** The public verification page of a badge (i18n/routing.ts `/badges/[id]`), without the origin. */
export function badgePath(locale: Locale, publicId: string): string {
  return getPathname({ href: { pathname: '/badges/[id]', params: { id: publicId } }, locale })
}
