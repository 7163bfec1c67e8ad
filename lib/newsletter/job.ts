import type { Payload, TaskConfig } from 'payload'

import { kickJobRunner, runsJobs } from '@/lib/jobs/runner'
import { sendNewsletter } from './send'

type SendingTask = { input: { newsletter: number; origin: string }; output: { sent: number; failed: number } }

/**
 * The sending as a job of Payload's queue (lib/jobs/runner.ts): it survives the instance that started it.
 * A retry or a resumed run skips every subscriber with a delivery row (lib/newsletter/send.ts): at most once.
 */
export const sendNewsletterTask: TaskConfig<SendingTask> = {
  slug: 'sendNewsletter',
  label: 'Newsletter',
  inputSchema: [
    { name: 'newsletter', type: 'number', required: true },
    // The public origin of the editor's request (lib/newsletter/send.ts): the links of every mail.
    { name: 'origin', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'sent', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  handler: async ({ input, req }) => ({ output: await sendNewsletter(req.payload, input.newsletter, input.origin) }),
}

/**
 * Queues the sending of an issue and starts a pass of the queue in this instance (another instance's runner
 * picks it up otherwise). A second click while it is queued or running queues nothing more.
 */
export async function queueNewsletter(payload: Payload, id: number, origin: string): Promise<void> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'sendNewsletter' } }, { completedAt: { exists: false } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const pending = docs.some((job) => !job.hasError && (job.input as { newsletter?: number })?.newsletter === id)
  if (!pending) {
    await payload.update({ collection: 'newsletters', id, data: { status: 'sending' }, overrideAccess: true })
    await payload.jobs.queue({ task: 'sendNewsletter', input: { newsletter: id, origin } })
  }
  if (runsJobs()) void kickJobRunner(payload)
}
