/**
 * Payload's job queue is run, fed and cancelled by our server code alone (lib/jobs/runner.ts, with
 * overrideAccess): nobody over the API, where Payload's default lets any signed-in account run the queue
 * outside the runner's lease.
 */
export const serverRunsJobs = (): boolean => false
