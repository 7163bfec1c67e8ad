import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { hasFallback } from '@/lib/i18n/translationGaps'

type Translatable = { translationGaps?: unknown } | null | undefined

/**
 * Said in the reader's language when the page shows some texts in the other one (Payload fell back to it);
 * those texts carry their own `lang` (fallbackLang in lib/i18n/translationGaps.ts).
 */
export async function TranslationNotice({ docs, locale }: { docs: Translatable[]; locale: Locale }) {
  if (!docs.some((doc) => hasFallback(doc, locale))) return null
  const t = await getTranslations({ locale, namespace: 'translation' })
  return (
    <p role="note" className="mt-4 rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4 print:hidden">
      {t('partial')}
    </p>
  )
}
