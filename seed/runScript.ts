import './env'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * Runs a script against the Payload Local API: `await runScript(name, task)` at the top level of a script
 * started with `tsx --conditions=production <file>` (package.json; ADR 0004 says why the condition). A failure
 * rejects, so Node prints it and exits with status 1; an await that could never settle would end with Node's
 * own status 13, never with a silent 0.
 */
export async function runScript(name: string, task: (payload: Payload) => Promise<void>): Promise<void> {
  const payload = await getPayload({ config })
  try {
    await task(payload)
    payload.logger.info(`${name}: done`)
  } finally {
    await payload.destroy()
  }
}
