// A second server instance for the integration tests: its own process and Payload on the test's SQLite file
// (DATABASE_URI inherited), started by tests/int/support/instances.ts with `node --import tsx
// --conditions=production` (tsx's own CLI would run it in a grandchild that a SIGKILL would leave running).
// It says "ready" once Payload is up, waits for "go" on stdin so that both instances start at the same moment,
// runs one task, prints "@@result <json>" and exits.
import { createInterface } from 'node:readline'

import config from '@payload-config'
import { getPayload } from 'payload'

import { registerForEvent } from '@/lib/events/register-for-event'
import { testOrigin } from '@/tests/int/support/origin'
import { runJobsOnce } from '@/lib/jobs/runner'
import { saveProgress, type SaveProgressInput } from '@/lib/progress/save-progress'

type Task =
  | { kind: 'register'; slug: string; emails: string[] }
  | { kind: 'progress'; member: number; saves: SaveProgressInput[] }
  | { kind: 'jobs' }
  | { kind: 'structure'; data: Record<string, unknown> }
  | { kind: 'update'; collection: 'modules'; id: number; data: Record<string, unknown>; locale: 'fr' | 'nl' }
  | { kind: 'delete'; collection: 'modules'; id: number }

const task = JSON.parse(process.argv[2] ?? '{}') as Task
const payload = await getPayload({ config })
// A first query before "ready": both instances start the race warm, so their writes really overlap.
await payload.find({ collection: 'progress', limit: 1, depth: 0, overrideAccess: true })
const lines = createInterface({ input: process.stdin })
console.log('@@ready')
await new Promise<void>((resolve) => lines.once('line', () => resolve()))

async function run(): Promise<unknown> {
  switch (task.kind) {
    case 'register':
      return Promise.all(
        task.emails.map(async (email) => {
          const result = await registerForEvent({
            payload,
            actor: null,
            input: { slug: task.slug, locale: 'fr', name: 'Course', email, structure: '', origin: testOrigin },
          })
          return result.ok ? result.value : 'refused'
        }),
      )
    case 'progress': {
      const member = await payload.findByID({ collection: 'members', id: task.member, depth: 0, overrideAccess: true })
      return Promise.all(
        task.saves.map(async (input) => {
          const result = await saveProgress({ payload, learner: { member, participant: null }, input })
          return result.ok ? result.value.progress.currentStep : 'refused'
        }),
      )
    }
    case 'jobs':
      return runJobsOnce(payload)
    case 'structure':
      return (await payload.create({ collection: 'structures', data: task.data as never, overrideAccess: true })).id
    case 'update': {
      const { collection, id, data, locale } = task
      return (await payload.update({ collection, id, data: data as never, locale, overrideAccess: true })).id
    }
    case 'delete':
      return (await payload.delete({ collection: task.collection, id: task.id, overrideAccess: true })).id
  }
}

console.log(`@@result ${JSON.stringify(await run())}`)
process.exit(0)
