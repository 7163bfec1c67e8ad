import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'

/** The newsletter page showing what a link did (`?etat=…`), in the link's language (French when unknown). */
export function newsletterPage(locale: string | null, state: 'confirme' | 'desabonne' | 'lien-invalide'): string {
  return `${getPathname({ href: '/newsletter', locale: isLocale(locale) ? locale : 'fr' })}?etat=${state}`
}
