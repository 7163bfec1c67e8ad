import { errorResponse } from '@/lib/http/errorStatus'
import { publicUrl } from '@/lib/http/origin'
import { newsletterPage } from '@/lib/newsletter/pages'
import { unsubscribeFromNewsletter } from '@/lib/newsletter/unsubscribe-from-newsletter'
import { getPayloadClient } from '@/lib/payload/client'

async function handle(request: Request) {
  const params = new URL(request.url).searchParams
  const result = await unsubscribeFromNewsletter({
    payload: await getPayloadClient(),
    actor: null,
    input: { id: params.get('id'), token: params.get('token') },
  })
  return { result, locale: params.get('locale') }
}

/** The unsubscribe link of every newsletter: one click, no sign-in; a damaged link gets the "invalid link" page. */
export async function GET(request: Request) {
  const { result, locale } = await handle(request)
  return Response.redirect(publicUrl(request, newsletterPage(locale, result.ok ? 'desabonne' : 'lien-invalide')), 303)
}

/** Mail programs' own "unsubscribe" button (List-Unsubscribe-Post, RFC 8058). */
export async function POST(request: Request) {
  const { result } = await handle(request)
  return result.ok ? new Response(null, { status: 200 }) : errorResponse(result.error)
}
