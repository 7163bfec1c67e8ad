/**
 * A validation message in the admin's language. A stand-in for the shared helper of issue 16
 * (lib/payload/adminMessage.ts): one tiny function, swapped at merge.
 */
export type Bilingual = { fr: string; nl: string }

export const adminMessage = (req: { i18n?: { language?: string } } | undefined, message: Bilingual): string =>
  req?.i18n?.language === 'nl' ? message.nl : message.fr
