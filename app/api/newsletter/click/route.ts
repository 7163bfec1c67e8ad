import { publicUrl } from '@/lib/http/origin'
import { followArticleLink } from '@/lib/newsletter/follow-article-link'
import { getPayloadClient } from '@/lib/payload/client'

/** A newsletter's article link: counted per issue and article, then on to the article (home when unknown). */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams
  const result = await followArticleLink({
    payload: await getPayloadClient(),
    actor: null,
    input: { newsletter: params.get('n'), article: params.get('a') },
  })
  return result.ok
    ? Response.redirect(publicUrl(request, result.value), 302)
    : Response.redirect(publicUrl(request, '/'), 303)
}
