import type { FieldAccess } from 'payload'

/**
 * Fields no client writes, staff included: our server sets them (a hook, or our own code with
 * overrideAccess). A value sent through the API or a form is dropped, not an error (docs/adr/0011).
 */
export const serverOnlyField: FieldAccess = () => false
