import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

import { runsJobs, startJobRunner } from '@/lib/jobs/runner'

/**
 * The one entry point to Payload's Local API for pages (memoised by Payload itself). In a server, the first
 * call also starts this instance's job runner (lib/jobs/runner.ts).
 */
export async function getPayloadClient() {
  const payload = await getPayload({ config })
  if (runsJobs()) startJobRunner(payload)
  return payload
}
