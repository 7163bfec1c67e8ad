import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

type OutboxMail = {
  message: { build: (callback: (error: Error | null, raw: Buffer) => void) => void; messageId: () => string }
}

/**
 * A nodemailer transport that writes each message as an .eml file: with no SMTP server configured (the
 * demo, a laptop), every e-mail flow still works and the messages can be opened in any mail client.
 */
function outboxTransport(dir: string) {
  return {
    name: 'outbox',
    version: '1',
    send(mail: OutboxMail, callback: (error: Error | null, info?: { messageId: string }) => void) {
      mail.message.build((error, raw) => {
        if (error) return callback(error)
        mkdirSync(dir, { recursive: true })
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.hrtime.bigint()}.eml`)
        writeFileSync(file, raw)
        // The file name only: the recipient and the subject (it may name a person) stay out of the log.
        console.info(`e-mail written to ${file}`)
        callback(null, { messageId: mail.message.messageId() })
      })
    },
  }
}

/**
 * SMTP from SMTP_URL (smtp://user:pass@host:port) when set; otherwise .eml files under data/outbox/. The
 * transport is made at the first message, so the environment is read then, not when the config is loaded.
 */
export function emailAdapter(root: string): EmailAdapter {
  const defaultFromAddress = process.env.EMAIL_FROM || 'bonjour@123digit.be'
  const defaultFromName = '123Digit'
  return (args) => {
    let inner: ReturnType<EmailAdapter> | undefined
    return {
      name: 'nodemailer',
      defaultFromAddress,
      defaultFromName,
      async sendEmail(message) {
        if (!inner) {
          const smtpUrl = process.env.SMTP_URL?.trim()
          const adapter = await nodemailerAdapter({
            defaultFromAddress,
            defaultFromName,
            skipVerify: true,
            // nodemailer.createTransport takes an SMTP URL or a transport plugin object.
            transportOptions: (smtpUrl || outboxTransport(path.join(root, 'data/outbox'))) as never,
          })
          inner = adapter(args)
        }
        return inner.sendEmail(message)
      },
    }
  }
}
