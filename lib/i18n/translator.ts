import { createTranslator, type NamespaceKeys, type NestedKeyOf } from 'use-intl/core'

import type { Locale } from '@/i18n/locales'
import fr from '@/messages/fr.json'
import nl from '@/messages/nl.json'

type Messages = typeof fr
const messages: Record<Locale, Messages> = { fr, nl }

/**
 * Translations outside a page (e-mails). From use-intl's core: the next-intl entry point would add its
 * client provider to every page's browser bundle.
 */
export function translator<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: N) {
  return createTranslator<Messages, N>({ locale, messages: messages[locale], namespace })
}
