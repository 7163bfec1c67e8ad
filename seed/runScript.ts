import nextEnv from '@next/env'
import type { Payload } from 'payload'

/**
 * Runs a script against the Payload Local API: loads .env like Next does, then the config, then exits with
 * a clear status.
 *
 * Why not `payload run`: without a terminal on stdin (CI, background jobs), Node exits with status 0 while a
 * dynamic import is still pending in tsx's loader thread, so the seed silently did nothing. A timer keeps
 * the event loop alive until the task has settled.
 */
export function runScript(name: string, task: (payload: Payload) => Promise<void>): void {
  setInterval(() => {}, 60_000) // process.exit() below ends it
  nextEnv.loadEnvConfig(process.cwd())
  const main = async () => {
    const [{ default: config }, { getPayload }] = await Promise.all([import('../payload.config'), import('payload')])
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
