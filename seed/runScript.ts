import './env'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * Runs a script against the Payload Local API and exits with a clear status. Start scripts with
 * `node scripts/run-ts.mjs <file>` (see there why not `payload run` or tsx). No top-level await; a timer keeps
 * the event loop alive until the task has settled, so Node never ends the process half-way.
 */
export function runScript(name: string, task: (payload: Payload) => Promise<void>): void {
  setInterval(() => {}, 60_000) // process.exit() below ends it
  const main = async () => {
    const payload = await getPayload({ config })
    try {
      await task(payload)
      payload.logger.info(`${name}: done`)
    } finally {
      await payload.destroy()
    }
  }
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`${name} failed:`, error)
      process.exit(1)
    },
  )
}
