import { NextResponse } from 'next/server'

import { publicKeySet } from '@/lib/badges/credential'
import { signingKey } from '@/lib/badges/signingKey'

/**
 * The public key badges are signed with, as a JWK Set: anyone verifies a credential's signature against the
 * key whose `kid` its header names. Readable from any site (a badge wallet, a verifier).
 */
export async function GET() {
  return NextResponse.json(publicKeySet(await signingKey()), {
    headers: {
      'Content-Type': 'application/jwk-set+json',
      'Cache-Control': 'public, max-age=3600',
      'Access-Control-Allow-Origin': '*',
    },
  })
}
