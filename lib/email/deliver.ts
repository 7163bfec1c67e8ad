import type { Payload } from 'payload'

import { loggableError } from './loggableError'

type Message = Parameters<Payload['sendEmail']>[0]

/**
 * Sends one e-mail; false when the mail server refused it or could not be reached. The person's action is
 * stored by then: each use case says what that means for them (a seat kept without its confirmation, an
 * invitation taken back to be sent again) instead of ending on an error page. The log names the mail's
 * purpose, never its address.
 */
export async function deliver(payload: Payload, message: Message, purpose: string): Promise<boolean> {
  try {
    await payload.sendEmail(message)
    return true
  } catch (err) {
    payload.logger.error({ err: loggableError(err), msg: 'e-mail not sent', purpose })
    return false
  }
}
