import type { Endpoint, PayloadRequest } from 'payload'

import { requestIsStaff } from '@/access/isStaff'
import { publicOrigin } from '@/lib/http/origin'
import { queueNewsletter } from './job'
import { sendTest } from './send'

const idOf = (req: PayloadRequest) => Number(req.routeParams?.id)

/** POST /api/newsletters/:id/test: the issue to the signed-in editor's own address. */
export const sendTestEndpoint: Endpoint = {
  path: '/:id/test',
  method: 'post',
  handler: async (req) => {
    if (!requestIsStaff(req) || !req.user?.email) return Response.json({ error: 'forbidden' }, { status: 403 })
    await sendTest(req.payload, idOf(req), req.user.email, publicOrigin(req))
    return Response.json({ ok: true, to: req.user.email })
  },
}

/**
 * POST /api/newsletters/:id/send: queues the sending (a job of Payload's queue, lib/newsletter/job.ts) and
 * answers at once; the admin shows its progress.
 */
export const sendNewsletterEndpoint: Endpoint = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    if (!requestIsStaff(req)) return Response.json({ error: 'forbidden' }, { status: 403 })
    // The origin of this request, recorded with the job: the sending outlives it (lib/newsletter/send.ts).
    await queueNewsletter(req.payload, idOf(req), publicOrigin(req))
    return Response.json({ ok: true, status: 'sending' }, { status: 202 })
  },
}
