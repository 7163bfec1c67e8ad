import 'server-only'

import config from '@payload-config'
import { getPayload } from 'payload'

/** The one entry point to Payload's Local API for pages (memoised by Payload itself). */
export function getPayloadClient() {
  return getPayload({ config })
}
