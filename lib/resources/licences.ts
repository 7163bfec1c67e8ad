/**
 * The licences a community resource may carry, with the address of their text where one exists and their
 * name in the admin (the collection's options; the site's names are in messages/, `resources.licences`).
 * The first five are offered to contributors; public domain and plain "all rights reserved" stay valid for
 * older resources entered by staff.
 */
export const licences = [
  {
    value: 'cc-by',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    label: { fr: 'CC BY 4.0', nl: 'CC BY 4.0' },
  },
  {
    value: 'cc-by-sa',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
    label: { fr: 'CC BY-SA 4.0', nl: 'CC BY-SA 4.0' },
  },
  {
    value: 'cc-by-nc-sa',
    url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
    label: { fr: 'CC BY-NC-SA 4.0', nl: 'CC BY-NC-SA 4.0' },
  },
  {
    value: 'etalab-2.0',
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    label: { fr: 'Licence Ouverte / Etalab 2.0', nl: 'Licence Ouverte / Etalab 2.0 (open licentie)' },
  },
  {
    value: 'shared-with-permission',
    url: null,
    label: { fr: 'Tous droits réservés, partage autorisé', nl: 'Alle rechten voorbehouden, delen toegestaan' },
  },
  {
    value: 'public-domain',
    url: 'https://creativecommons.org/publicdomain/mark/1.0/',
    label: { fr: 'Domaine public', nl: 'Publiek domein' },
  },
  {
    value: 'all-rights-reserved',
    url: null,
    label: { fr: 'Tous droits réservés', nl: 'Alle rechten voorbehouden' },
  },
] as const

export type LicenceValue = (typeof licences)[number]['value']

/** What a contributor may choose (the form and the use case). */
export const proposableLicences = [
  'cc-by',
  'cc-by-sa',
  'cc-by-nc-sa',
  'etalab-2.0',
  'shared-with-permission',
] as const satisfies readonly LicenceValue[]

/** The licence's key in `messages/*.json` (`resources.licences.*`): next-intl reads a dot as nesting. */
export function licenceMessageKey(value: string): string {
  return value.replace(/\./g, '-')
}

export function licenceUrl(value: string | null | undefined): string | null {
  return licences.find((l) => l.value === value)?.url ?? null
}
