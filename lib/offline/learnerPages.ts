import { locales } from '@/i18n/locales'
import { pathTemplate } from '@/i18n/pathnames'

/**
 * The pages a learner may need with no connection: the learner space and the formation player (with or without
 * `?exercice=`). The service worker keeps these, and only these, for offline use: aidant, admin and account
 * pages are never stored on a device that a public computer room shares (issue 18).
 */
const offlinePages = ['/espace-apprenant', '/modules/[slug]/formation'] as const

const toPattern = (template: string) => template.replace(/[.*+?^${}()|\\]/g, '\\$&').replace(/\\?\[\w+\\?\]/g, '[^/]+')

const learnerPagePattern = new RegExp(
  `^/(?:${locales
    .flatMap((locale) => offlinePages.map((page) => `${locale}${toPattern(pathTemplate(page, locale))}`))
    .join('|')})/?$`,
)

/** Whether a same-origin pathname is a learner page kept for offline use. */
export function isOfflineLearnerPage(pathname: string): boolean {
  return learnerPagePattern.test(pathname)
}

/** The page shown for any other page opened with no connection, in the language of the URL. */
export const offlineFallbackPages = { fr: '/fr/hors-ligne', nl: '/nl/offline' } as const

export function offlineFallbackFor(pathname: string): string {
  return pathname.startsWith('/nl') ? offlineFallbackPages.nl : offlineFallbackPages.fr
}
