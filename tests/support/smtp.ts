import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string }

/**
 * A real SMTP server in the test process: the app sends through nodemailer as in production, and the tests
 * read what arrived, follow its links, and check its language.
 */
/**
 * A message that names an address at this domain (recipient, reply-to or text) is refused, as a mail server
 * refuses a message it will not deliver: tests check what the person is told when no e-mail could leave.
 */
export const refusedDomain = 'refused.example'

export async function startSmtp(port = 0): Promise<{ url: string; mails: ReceivedMail[]; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const named = [...session.envelope.rcptTo.map((r) => r.address), parsed.replyTo?.text, parsed.text]
          if (named.some((text) => text?.includes(`@${refusedDomain}`)))
            return callback(Object.assign(new Error('Message refused'), { responseCode: 554 }))
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The first link of a mail that matches, as found in its text part. */
export function linkIn(mail: ReceivedMail, pattern: RegExp): string {
  const link = mail.text.match(/https?:\/\/[^\s\]>)"]+/g)?.find((url) => pattern.test(url))
  if (!link) throw new Error(`No link matching ${pattern} in: ${mail.text}`)
  return link
}

/** The first mail to `address`, waiting up to five seconds for it to arrive. */
/** The mails to `address` once `count` of them have arrived (the SMTP server receives them a moment later). */
export async function mailsTo(mails: ReceivedMail[], address: string, count = 1): Promise<ReceivedMail[]> {
  for (let i = 0; i < 50; i++) {
    const found = mails.filter((m) => m.to.includes(address))
    if (found.length >= count) return found
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`no mail to ${address}`)
}

export async function waitForMail(mails: ReceivedMail[], address: string): Promise<ReceivedMail> {
  const [mail] = await mailsTo(mails, address)
  if (!mail) throw new Error(`no mail to ${address}`)
  return mail
}

/** Waits a moment, then how many mails reached `address`: for checking that none was sent. */
export async function settledCount(mails: ReceivedMail[], address: string): Promise<number> {
  await new Promise((r) => setTimeout(r, 300))
  return mails.filter((m) => m.to.includes(address)).length
}
