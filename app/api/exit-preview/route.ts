import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { safeReturnPath } from '@/lib/auth/returnPath'
import { publicOrigin } from '@/lib/http/origin'

/** Leaves draft mode and goes back to the page the editor was on (the Referer, when it is one of ours). */
export async function GET(request: NextRequest) {
  ;(await draftMode()).disable()
  const origin = publicOrigin(request)
  const back = safeReturnPath(request.headers.get('referer'), origin) ?? '/'
  return NextResponse.redirect(new URL(back, origin))
}
