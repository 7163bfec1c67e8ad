import { draftMode } from 'next/headers'
import { type NextRequest, NextResponse } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { errorResponse } from '@/lib/http/errorStatus'
import { publicUrl } from '@/lib/http/origin'
import { getPayloadClient } from '@/lib/payload/client'
import { openPreview } from '@/lib/preview/open-preview'

/** Opens a draft on the site for a signed-in editor (the admin's "Preview" button links here). */
export async function GET(request: NextRequest) {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  const { searchParams } = request.nextUrl
  const locale = searchParams.get('locale')
  const result = await openPreview({
    payload,
    actor: user,
    input: {
      collection: searchParams.get('collection') ?? '',
      id: searchParams.get('id') ?? '',
      locale: isLocale(locale) ? locale : 'fr',
    },
  })
  // Redirects go to the public origin: behind a proxy request.url says localhost, where the editor has no session.
  if (!result.ok && result.error.kind === 'not-allowed') {
    const back = request.nextUrl.pathname + request.nextUrl.search
    return NextResponse.redirect(publicUrl(request, `/admin/login?redirect=${encodeURIComponent(back)}`))
  }
  if (!result.ok) return errorResponse(result.error)
  ;(await draftMode()).enable()
  return NextResponse.redirect(publicUrl(request, result.value))
}
