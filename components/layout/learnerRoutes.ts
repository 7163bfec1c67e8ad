import { locales } from '@/i18n/locales'
import { pathTemplate } from '@/i18n/pathnames'
import type { AppPathname } from '@/i18n/routing'

/**
 * The pages a learner works in (issue 18): they get the compact learner header instead of the site's
 * navigation. A new learner page is added here, and only here.
 */
export const learnerPathnames = [
  '/espace-apprenant',
  '/espace-apprenant/carte',
  '/code',
  '/modules/[slug]/formation',
  '/diagnostic',
  '/diagnostic/questionnaire',
  '/diagnostic/resultat/[code]',
  '/hors-ligne',
  // Issue 19: "find help near me" is opened from the learner space and the diagnostic result.
  '/orientation',
  '/orientation/fiche',
] as const satisfies readonly AppPathname[]

// Built once from the localized pathnames of i18n/routing.ts, so the French and Dutch addresses never drift.
const patterns = locales.flatMap((locale) =>
  learnerPathnames.map(
    (pathname) => new RegExp(`^/${locale}${pathTemplate(pathname, locale).replace(/\[\w+\]/g, '[^/]+')}/?$`),
  ),
)

/** Whether a public URL path (`/nl/modules/x/opleiding`) is one of the learner pages. */
export function isLearnerPath(pathname: string): boolean {
  return patterns.some((pattern) => pattern.test(pathname))
}
