import type { Access } from 'payload'

/** Public reference data (themes, media): readable by every visitor and by the open content API. */
export const anyone: Access = () => true
