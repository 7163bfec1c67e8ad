import type { Endpoint, PayloadRequest } from 'payload'

import { requestIsStaff } from '@/access/isStaff'
import { publicOrigin } from '@/lib/http/origin'
import { sendNewsletter, sendTest } from './send'

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

/** POST /api/newsletters/:id/send: starts the sending and answers at once; the admin shows its progress. */
export const sendNewsletterEndpoint: Endpoint = {
  path: '/:id/send',
  method: 'post',
  handler: async (req) => {
    if (!requestIsStaff(req)) return Response.json({ error: 'forbidden' }, { status: 403 })
    const id = idOf(req)
    const payload = req.payload
    // The origin of this request, recorded now: the sending outlives it (lib/newsletter/send.ts).
    const origin = publicOrigin(req)
    void sendNewsletter(payload, id, origin).catch((err: unknown) =>
      payload.logger.error({ err, msg: 'newsletter sending stopped', newsletter: id }),
    )
    return Response.json({ ok: true, status: 'sending' }, { status: 202 })
  },
}
