import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

export async function startPayload(): Promise<Payload> {
  return getPayload({ config })
}
