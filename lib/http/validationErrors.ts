import { type AfterErrorHook, ValidationError } from 'payload'

import { isPayloadError } from '@/lib/payload/isPayloadError'

/**
 * Payload REST: a validation error keeps its details (`data.errors`, each with the field's `path` and the
 * reason), which the admin needs to mark the field and show the reason next to it.
 *
 * Why: Payload formats errors with `instanceof ValidationError`; in the production build the error thrown by the
 * one Payload instance is not an instance of the REST handler's copy of the class (lib/payload/isPayloadError.ts),
 * so only the summary ("Le champ suivant n'est pas valide : …") went out: the admin showed a toast and marked no
 * field (docs/adr/0031).
 */
export const keepValidationDetails: AfterErrorHook = ({ error }) => {
  if (!isPayloadError(error, ValidationError) || !Array.isArray(error.data?.errors)) return
  const { name, message, status, data } = error
  return { status: status >= 400 && status < 500 ? status : 400, response: { errors: [{ name, data, message }] } }
}
