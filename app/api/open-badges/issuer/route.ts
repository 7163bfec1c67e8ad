import { NextResponse } from 'next/server'

import { issuerProfile } from '@/lib/badges/credential'
import { issuerName } from '@/lib/badges/issue-badges'
import { publicOrigin } from '@/lib/http/origin'

/** The issuer's Open Badges 3.0 Profile: the `issuer.id` every credential names. */
export function GET(request: Request) {
  return NextResponse.json(issuerProfile(publicOrigin(request), issuerName), {
    headers: { 'Cache-Control': 'public, max-age=3600', 'Access-Control-Allow-Origin': '*' },
  })
}
