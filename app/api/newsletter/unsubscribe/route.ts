import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { publicUrl } from '@/lib/http/origin'
import { integerId } from '@/lib/http/id'
import { unsubscribe } from '@/lib/newsletter/subscribe'
import { getPayloadClient } from '@/lib/payload/client'

async function handle(request: Request) {
  const params = new URL(request.url).searchParams
  const locale = isLocale(params.get('locale')) ? (params.get('locale') as 'fr' | 'nl') : 'fr'
  const id = integerId(params.get('id'))
  const ok = id !== null && (await unsubscribe(await getPayloadClient(), id, params.get('token') ?? ''))
  return { ok, page: getPathname({ href: '/newsletter', locale }) }
}

/** The unsubscribe link of every newsletter: one click, no sign-in; a damaged link gets the "invalid link" page. */
export async function GET(request: Request) {
  const { ok, page } = await handle(request)
  return Response.redirect(publicUrl(request, `${page}?etat=${ok ? 'desabonne' : 'lien-invalide'}`), 303)
}

/** Mail programs' own "unsubscribe" button (List-Unsubscribe-Post, RFC 8058). */
export async function POST(request: Request) {
  const { ok } = await handle(request)
  return new Response(null, { status: ok ? 200 : 400 })
}
