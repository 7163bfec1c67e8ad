import './env'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * Runs a script against the Payload Local API and exits with a clear status.
 *
 * Why not `payload run` and top-level await: without a terminal on stdin (CI, background jobs) the dynamic
 * import it relies on sometimes never settled, and Node then exited with status 0 having done nothing.
 * Static imports, a timer that keeps the event loop alive, and an explicit exit avoid both.
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
