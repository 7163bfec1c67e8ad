import type { Access } from 'payload'

/**
 * Records our server code writes (Local API with overrideAccess: true) and nobody writes through the API,
 * not even staff: an audit trail that its readers cannot edit.
 */
export const serverWritesOnly: Access = () => false
