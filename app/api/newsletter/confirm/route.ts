import { newsletterPage } from '@/lib/newsletter/pages'
import { confirmSubscription } from '@/lib/newsletter/confirm-subscription'
import { publicUrl } from '@/lib/http/origin'
import { getPayloadClient } from '@/lib/payload/client'

/** The link of the confirmation e-mail (double opt-in, step 2); a damaged link gets the "invalid link" page. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const result = await confirmSubscription({
    payload: await getPayloadClient(),
    actor: null,
    input: { id: params.get('id'), token: params.get('token') },
  })
  const page = newsletterPage(params.get('locale'), result.ok ? 'confirme' : 'lien-invalide')
  return Response.redirect(publicUrl(request, page), 303)
}
