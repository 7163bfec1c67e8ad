import { startSmtp, waitForMail } from '@/tests/support/smtp'

import { startPayload } from './payload'

/**
 * Payload sending its e-mails through a real SMTP server in this process (before Payload starts, so the
 * adapter reads its address), as in production; the test reads what arrived.
 */
export async function startPayloadWithSmtp() {
  const smtp = await startSmtp()
  process.env.SMTP_URL = smtp.url
  const payload = await startPayload()
  return {
    payload,
    mails: smtp.mails,
    mailTo: (address: string) => waitForMail(smtp.mails, address),
    stop: async () => {
      await payload.destroy()
      await smtp.close()
    },
  }
}
