import { defaultLoggerOptions } from 'payload'
import type { LoggerOptions } from 'pino'

import { requestLogFields } from './requestContext'

/**
 * Payload's logger (pino): one JSON object a line in production, with the request id of the request being
 * handled (`reqId`, see ./requestContext.ts). Pretty and coloured in development and tests, as Payload's default.
 * `LOG_LEVEL` sets the level (info by default). Fields that may hold personal data are censored if a log call
 * ever passes them: logs say ids, never e-mails, names, codes, tokens or addresses.
 */
export function payloadLogger() {
  const options: LoggerOptions = {
    level: process.env.LOG_LEVEL || 'info',
    mixin: requestLogFields,
    redact: {
      paths: ['email', '*.email', 'password', '*.password', 'token', '*.token', 'ip', '*.ip', 'headers', '*.headers'],
      censor: '[redacted]',
    },
  }
  return process.env.NODE_ENV === 'production' ? { options } : { options, destination: defaultLoggerOptions }
}
