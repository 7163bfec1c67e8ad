import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { confirmSubscription } from '@/lib/newsletter/subscribe'
import { getPayloadClient } from '@/lib/payload/client'

/** The link of the confirmation e-mail (double opt-in, step 2). */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const locale = isLocale(params.get('locale')) ? (params.get('locale') as 'fr' | 'nl') : 'fr'
  const ok = await confirmSubscription(await getPayloadClient(), Number(params.get('id')), params.get('token') ?? '')
  const page = getPathname({ href: '/newsletter', locale })
  return Response.redirect(new URL(`${page}?etat=${ok ? 'confirme' : 'lien-invalide'}`, request.url), 303)
}
