/**
 * An activity was saved or deleted in this process: the next statistics read checks the database first
 * (lib/statistics/store.ts). In a file of its own so that the collection's hooks do not load the store; on
 * globalThis because API routes and pages are separate bundles in one process.
 */
export function expireStatistics(): void {
  const store = (globalThis as { __digitStatistics?: { checkedAt: number } }).__digitStatistics
  if (store) store.checkedAt = 0
}
