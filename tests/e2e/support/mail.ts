import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { linkIn, type ReceivedMail, startSmtp } from '@/tests/support/smtp'

/** The SMTP server the e2e web server sends to (its port is in playwright.config.ts). */
export const smtpPort = Number(process.env.E2E_SMTP_PORT || 2526)
const inbox = path.join(process.cwd(), 'test-results', 'mail')

/**
 * Playwright's global setup: a real SMTP server for the whole run. Each received mail is written as a JSON
 * file, so tests in any worker can read it.
 */
export default async function startMailServer() {
  rmSync(inbox, { recursive: true, force: true })
  mkdirSync(inbox, { recursive: true })
  const smtp = await startSmtp(smtpPort)
  let count = 0
  const original = smtp.mails.push.bind(smtp.mails)
  smtp.mails.push = (...mails: ReceivedMail[]) => {
    for (const mail of mails) {
      // Written beside, then renamed (atomic): the tests' processes never read half a file.
      const file = path.join(inbox, `${Date.now()}-${count++}.json`)
      writeFileSync(`${file}.part`, JSON.stringify(mail))
      renameSync(`${file}.part`, file)
    }
    return original(...mails)
  }
  return () => smtp.close()
}

/** Waits for the first mail to an address (and matching a subject, if given). */
export async function waitForMail(to: string, subject?: RegExp): Promise<ReceivedMail> {
  for (let i = 0; i < 100; i++) {
    for (const file of readdirSync(inbox)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const mail = JSON.parse(readFileSync(path.join(inbox, file), 'utf8')) as ReceivedMail
      if (mail.to.includes(to) && (!subject || subject.test(mail.subject))) return mail
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`No mail to ${to}`)
}

/** The path (and query) of the first link of a mail that matches, to open on the test server. */
export function linkPath(mail: ReceivedMail, pattern: RegExp): string {
  const url = new URL(linkIn(mail, pattern))
  return url.pathname + url.search
}
