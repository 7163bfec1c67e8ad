import type { TextFieldSingleValidation } from 'payload'

import { isHttpUrl } from '@/lib/http/url'

import { adminMessage } from '@/lib/payload/adminMessage'

const messages = {
  fr: 'Adresse web invalide : elle doit commencer par http:// ou https://',
  nl: 'Ongeldig webadres: het moet beginnen met http:// of https://',
}

/**
 * Web-address fields (a structure's website, a resource's link, an event's online link) accept http(s) only,
 * in the collection, so REST, the admin and the site forms agree: a `javascript:` or `data:` address never
 * reaches a page, a feed or an export. Empty stays allowed (the field's `required` decides). The message
 * follows the admin's language.
 */
export const httpUrl: TextFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined || value === '') return true
  return isHttpUrl(value) || adminMessage(req, messages)
}
