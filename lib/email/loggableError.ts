/**
 * What of a failed sending may go into the log. An SMTP server's refusal often quotes the recipient's address
 * ("<a@b.c>: Recipient address rejected"), so nodemailer's errors (they carry `command` or `responseCode`) are
 * reduced to their kind and codes; any other error (the database, a bug) is logged whole, for its stack.
 */
export function loggableError(err: unknown): unknown {
  if (!(err instanceof Error)) return err
  const smtp = err as Error & { code?: unknown; command?: unknown; responseCode?: unknown }
  if (smtp.command === undefined && smtp.responseCode === undefined) return err
  return { type: err.name, code: smtp.code, command: smtp.command, responseCode: smtp.responseCode }
}
