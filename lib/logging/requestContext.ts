import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The context of the request being handled, as the production server (scripts/server.mjs, through
 * scripts/request-log.mjs) set it up: the same AsyncLocalStorage, found on globalThis under a registered
 * symbol, since the server and Next's bundle are separate module graphs. Under `next dev` and in tests no
 * server sets it, and lines simply carry no request id.
 */
export type RequestContext = { reqId: string }

const key = Symbol.for('123digit.requestContext')
type Holder = { [key]?: AsyncLocalStorage<RequestContext> }

export function requestContext(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as Holder
  return (holder[key] ??= new AsyncLocalStorage<RequestContext>())
}

/** pino's `mixin`: the request id on every line logged while a request is handled. */
export function requestLogFields(): { reqId?: string } {
  const store = requestContext().getStore()
  return store ? { reqId: store.reqId } : {}
}
