/** Why a member reports a module or a resource (collections/Reports.ts, the report form). */
export const reportReasons = ['outdated', 'broken-link', 'error', 'inappropriate'] as const
