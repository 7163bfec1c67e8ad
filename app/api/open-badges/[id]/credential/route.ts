import { NextResponse } from 'next/server'

import { credentialMediaType } from '@/lib/badges/credential'
import { findBadge } from '@/lib/badges/queries'
import { getPayloadClient } from '@/lib/payload/client'

type Context = { params: Promise<{ id: string }> }

/**
 * The badge's signed credential (VC-JWT) as a file to keep or add to a badge wallet. Public like the
 * verification page: whoever has the link may check the badge. An unknown or malformed id is a 404.
 */
export async function GET(_: Request, { params }: Context) {
  const badge = await findBadge(await getPayloadClient(), (await params).id, 'fr')
  if (!badge) return NextResponse.json({ error: 'not found' }, { status: 404 })
  return new NextResponse(badge.credential, {
    headers: {
      'Content-Type': credentialMediaType,
      'Content-Disposition': `attachment; filename="123digit-badge-${badge.publicId}.jwt"`,
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  })
}
