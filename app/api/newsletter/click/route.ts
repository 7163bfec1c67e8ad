import { publicUrl } from '@/lib/http/origin'
import { integerId } from '@/lib/http/id'
import { countClick } from '@/lib/newsletter/clicks'
import { getPayloadClient } from '@/lib/payload/client'

/** A newsletter's article link: counted per issue and article, then on to the article (home when unknown). */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const newsletter = integerId(params.get('n'))
  const article = integerId(params.get('a'))
  const target = newsletter && article ? await countClick(await getPayloadClient(), newsletter, article) : null
  return Response.redirect(publicUrl(request, target ?? '/'), target ? 302 : 303)
}
