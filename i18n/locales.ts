/** The single list of locales, shared by next-intl routing and Payload localization. */
export const locales = ['fr', 'nl'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'fr'

export const localeLabels: Record<Locale, string> = {
  fr: 'Français',
  nl: 'Nederlands',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

/** The language tag of our Belgian audience, for dates, numbers and speech ("fr-BE", "nl-BE"). */
export function localeTag(locale: string): string {
  return locale === 'nl' ? 'nl-BE' : 'fr-BE'
}
