/**
 * The public origin the tests hand to use cases, as an action would from the request: not localhost, so a
 * link built from anything else shows.
 */
export const testOrigin = 'https://digit.example'
