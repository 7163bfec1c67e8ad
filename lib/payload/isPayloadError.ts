/**
 * `error instanceof cls`, across bundles. Next bundles Payload into the route handlers and into the pages and
 * actions separately; one Payload instance serves both (lib/payload/client.ts), so an error thrown by the
 * instance the API created is not an instance of the pages' copy of its class. Its name is the same (the server
 * bundle keeps class names: next.config.mjs, serverMinification).
 */
export function isPayloadError<T extends Error>(error: unknown, cls: abstract new (...args: never[]) => T): error is T {
  return error instanceof cls || (error instanceof Error && error.name === cls.name)
}
