import type { CollectionBeforeChangeHook, CollectionSlug, Field, PayloadRequest } from 'payload'

import { serverOnlyField } from '@/access/serverOnlyField'
import { isLocale, locales, type Locale } from '@/i18n/locales'
import { localizedValues, translationGaps, translationStatus } from '@/lib/i18n/translationGaps'

/**
 * What is translated, recorded on every save (lib/i18n/translationGaps.ts): a column and a filter for editors
 * ("Néerlandais manquant"), and the exact texts a page shows in the other language, so it can say so and mark
 * them with their `lang`. Written by the server only: nobody sets them through the API or the admin.
 */
export function translationFields(): Field[] {
  return [
    {
      name: 'translationStatus',
      type: 'select',
      index: true,
      options: [
        { value: 'complete', label: { fr: 'Traduit', nl: 'Vertaald' } },
        { value: 'missing-nl', label: { fr: 'Néerlandais manquant', nl: 'Nederlands ontbreekt' } },
        { value: 'missing-fr', label: { fr: 'Français manquant', nl: 'Frans ontbreekt' } },
        { value: 'missing-both', label: { fr: 'Incomplet dans les deux langues', nl: 'In beide talen onvolledig' } },
      ],
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          fr: 'Calculé à chaque enregistrement : les textes présents dans une langue et pas dans l’autre.',
          nl: 'Berekend bij elke bewaring: de teksten die in de ene taal bestaan en niet in de andere.',
        },
      },
      label: { fr: 'Traduction', nl: 'Vertaling' },
    },
    {
      name: 'translationGaps',
      type: 'json',
      access: { create: serverOnlyField, update: serverOnlyField },
      admin: { hidden: true },
    },
  ]
}

/**
 * Computes both fields from what is being saved in this language and what the other language holds (read
 * without fallback, latest draft included). A save "in every language" at once leaves them as they were.
 */
export const recordTranslationStatus: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
  operation,
}) => {
  const locale = req.locale
  if (!isLocale(locale)) return data
  const other = locales.find((l) => l !== locale)!
  const id = operation === 'update' ? (originalDoc as { id?: number | string } | undefined)?.id : undefined
  const otherDoc = id === undefined ? null : await readWithoutFallback(req, collection.slug, id, other)
  const gaps = translationGaps({
    [locale]: localizedValues(collection.fields, { ...(originalDoc ?? {}), ...data }),
    [other]: localizedValues(collection.fields, otherDoc),
  } as Parameters<typeof translationGaps>[0])
  return { ...data, translationGaps: gaps, translationStatus: translationStatus(gaps) }
}

/**
 * The other language's latest version, in the same transaction. The Local API sets the locale on the request
 * it is given: the save's own locale is put back after the read.
 */
async function readWithoutFallback(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: Locale,
) {
  const { locale: saving, fallbackLocale } = req
  try {
    return await req.payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
  } finally {
    req.locale = saving
    req.fallbackLocale = fallbackLocale
  }
}
