import type { Payload } from 'payload'

import { acquireLease, releaseLease, renewLease } from '@/lib/concurrency/lease'

/**
 * Runs Payload's job queue (the `payload-jobs` collection) from any number of server instances, one at a
 * time. Payload claims jobs by reading them and then marking them `processing` (not atomic on SQLite), and it
 * never releases a job whose runner died: so the whole run holds one lease (lib/concurrency/lease.ts), renewed
 * while it works. Whoever takes the lease next knows that any job still marked `processing` was left by a
 * dead runner, and puts it back in the queue: a killed instance's sending resumes on another one.
 */
const leaseKey = 'jobs:runner'
/** How long a silent runner keeps the queue before another instance may take over (JOBS_LEASE_MS). */
const leaseMs = () => Number(process.env.JOBS_LEASE_MS) || 60_000
/** How often each instance looks for due jobs (JOBS_INTERVAL_MS). */
const intervalMs = () => Number(process.env.JOBS_INTERVAL_MS) || 10_000

/** One pass: runs every due job if this instance gets the queue's lease. False when another runner has it. */
export async function runJobsOnce(payload: Payload): Promise<boolean> {
  const ttl = leaseMs()
  const lease = await acquireLease(payload, leaseKey, ttl)
  if (!lease) return false
  const heartbeat = setInterval(() => {
    renewLease(payload, lease, ttl).catch((err: unknown) =>
      payload.logger.error({ err, msg: 'job runner lease not renewed' }),
    )
  }, ttl / 3)
  try {
    await requeueOrphans(payload)
    // A pass runs what was due when it started and what those jobs queued; waiting jobs (retries, scheduled
    // work) are found by a later pass once their time has come.
    for (let round = 0; round < 100; round++) {
      const { noJobsRemaining } = await payload.jobs.run({ allQueues: true, limit: 10, overrideAccess: true })
      if (noJobsRemaining) break
    }
  } finally {
    clearInterval(heartbeat)
    await releaseLease(payload, lease)
  }
  return true
}

/** Jobs marked `processing` while nobody holds the lease: their runner died. They go back to the queue. */
async function requeueOrphans(payload: Payload): Promise<void> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
    data: { processing: false },
    depth: 0,
    overrideAccess: true,
  })
  for (const job of docs) payload.logger.warn({ msg: 'job left by a stopped runner queued again', job: job.id })
}

type RunnerState = { timer?: NodeJS.Timeout; running?: Promise<unknown> }
// On globalThis: the site's pages and Payload's routes are separate bundles of one process (see lib/map).
const holder = globalThis as typeof globalThis & { __digitJobRunner?: RunnerState }

/** Runs a pass now unless one is under way in this process; errors are logged, never thrown. */
export function kickJobRunner(payload: Payload): Promise<unknown> {
  const state = (holder.__digitJobRunner ??= {})
  state.running ??= runJobsOnce(payload)
    .catch((err: unknown) => payload.logger.error({ err, msg: 'job runner pass failed' }))
    .finally(() => (state.running = undefined))
  return state.running
}

/**
 * Whether this process runs the queue: a Next server (NEXT_RUNTIME is set there), not while `next build`
 * prerenders, and not when JOBS_RUNNER=off. Scripts (seed, migrate) and tests never start it.
 */
export function runsJobs(): boolean {
  return (
    Boolean(process.env.NEXT_RUNTIME) &&
    process.env.NEXT_PHASE !== 'phase-production-build' &&
    process.env.JOBS_RUNNER !== 'off'
  )
}

/** Starts the periodic pass in this process (once); every instance does, the lease lets one run at a time. */
export function startJobRunner(payload: Payload): void {
  const state = (holder.__digitJobRunner ??= {})
  if (state.timer) return
  state.timer = setInterval(() => void kickJobRunner(payload), intervalMs())
  state.timer.unref()
}
