/** A text of the admin in both of its languages. */
export type AdminText = { fr: string; nl: string }

type WithLanguage = { i18n?: { language?: string } } | null | undefined

/**
 * A validation reason (or any message Payload shows an editor) in the editor's admin language: Dutch when the
 * admin speaks Dutch, French otherwise (French is the fallback language of the admin and of the site). Payload
 * passes `req` to every `validate` function and hook; a request without i18n (a script, the Local API without a
 * user) gets French.
 */
export function adminMessage(req: WithLanguage, text: AdminText): string {
  return req?.i18n?.language === 'nl' ? text.nl : text.fr
}
