import { countClick } from '@/lib/newsletter/clicks'
import { getPayloadClient } from '@/lib/payload/client'

/** A newsletter's article link: counted per issue and article, then on to the article. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const target = await countClick(await getPayloadClient(), Number(params.get('n')), Number(params.get('a')))
  return Response.redirect(new URL(target ?? '/', request.url), target ? 302 : 303)
}
