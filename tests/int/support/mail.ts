import type { ReceivedMail } from '@/tests/support/smtp'

/** The mails to `address` once `count` of them have arrived (the SMTP server receives them a moment later). */
export async function mailsTo(mails: ReceivedMail[], address: string, count = 1): Promise<ReceivedMail[]> {
  for (let i = 0; i < 50; i++) {
    const found = mails.filter((m) => m.to.includes(address))
    if (found.length >= count) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no mail to ${address}`)
}

/** Waits a moment, then how many mails reached `address`: for checking that none was sent. */
export async function settledCount(mails: ReceivedMail[], address: string): Promise<number> {
  await new Promise((r) => setTimeout(r, 300))
  return mails.filter((m) => m.to.includes(address)).length
}
