import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { publicUrl } from '@/lib/http/origin'
import { integerId } from '@/lib/http/id'
import { confirmSubscription } from '@/lib/newsletter/subscribe'
import { getPayloadClient } from '@/lib/payload/client'

/** The link of the confirmation e-mail (double opt-in, step 2); a damaged link gets the "invalid link" page. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const locale = isLocale(params.get('locale')) ? (params.get('locale') as 'fr' | 'nl') : 'fr'
  const id = integerId(params.get('id'))
  const ok = id !== null && (await confirmSubscription(await getPayloadClient(), id, params.get('token') ?? ''))
  const page = getPathname({ href: '/newsletter', locale })
  return Response.redirect(publicUrl(request, `${page}?etat=${ok ? 'confirme' : 'lien-invalide'}`), 303)
}
