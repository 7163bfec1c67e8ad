import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { publicUrl } from '@/lib/http/origin'
import { getPayloadClient } from '@/lib/payload/client'
import { previewPath } from '@/lib/preview/previewPath'

/** Opens a draft on the site for a signed-in editor (the admin's "Preview" button links here). */
export async function GET(request: NextRequest) {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  // Redirects go to the public origin: behind a proxy request.url says localhost, where the editor has no session.
  if (user?.collection !== 'users') {
    return NextResponse.redirect(
      publicUrl(
        request,
        `/admin/login?redirect=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`,
      ),
    )
  }
  const { searchParams } = request.nextUrl
  const locale = searchParams.get('locale')
  const path = await previewPath(
    payload,
    searchParams.get('collection') ?? '',
    searchParams.get('id') ?? '',
    isLocale(locale) ? locale : 'fr',
  )
  if (!path) return new NextResponse('Nothing to preview on the site for this document yet.', { status: 404 })
  ;(await draftMode()).enable()
  return NextResponse.redirect(publicUrl(request, path))
}
