import type { APIRequestContext } from '@playwright/test'

import { editorHeaders, expect, signIn, test } from './support/test'

/** The first link on a list page that leads to one of its items. */
async function firstItem(request: APIRequestContext, list: string, prefix: string) {
  const html = await (await request.get(list)).text()
  const match = new RegExp(`href="(${prefix}[a-z0-9-]+)"`).exec(html)
  expect(match, `an item linked from ${list}`).not.toBeNull()
  return match![1]!
}

const sharedCache = /^public, s-maxage=\d+, stale-while-revalidate=\d+$/
const neverShared = /private|no-store/

test.describe('public pages are served from a shared cache, member pages never', () => {
  test('every public page an anonymous visitor reads is public, in French and Dutch', async ({ request }) => {
    const pages = [
      '/fr',
      '/nl',
      '/fr/catalogue',
      '/nl/catalogus',
      '/fr/media',
      '/nl/media',
      '/fr/evenements',
      '/nl/evenementen',
      '/fr/faq',
      '/nl/faq',
      '/fr/parcours',
      '/fr/ressources-communaute',
      '/nl/gemeenschapsbronnen',
      '/fr/cartographie',
      '/nl/kaart',
      '/fr/structures/epn-de-namur-centre',
      '/nl/organisaties/epn-de-namur-centre',
      await firstItem(request, '/fr/media', '/fr/media/(?!feed)'),
      await firstItem(request, '/fr/evenements', '/fr/evenements/'),
      await firstItem(request, '/fr/catalogue', '/fr/modules/'),
    ]
    for (const path of pages) {
      // Twice: the first request may be the one that fills the cache.
      await request.get(path)
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      expect(response.headers()['cache-control'], path).toMatch(sharedCache)
    }
  })

  test('searches, unknown pages and member pages are never shared', async ({ request, page }) => {
    for (const path of [
      '/fr/media?q=wifi',
      '/fr/faq?q=mot',
      '/nl/gemeenschapsbronnen?q=sms',
      '/fr/cartographie?q=namur',
      '/fr/media/nexiste-pas',
    ]) {
      const response = await request.get(path)
      expect(response.headers()['cache-control'], path).toMatch(neverShared)
    }
    await signIn(page, 'aidant@demo.123digit.be')
    for (const path of ['/fr/espace-aidant', '/fr/compte']) {
      const response = await page.goto(path)
      expect(response?.headers()['cache-control'], path).toMatch(neverShared)
    }
    const referentOf = await page.request.get('/api/account/referent-of')
    expect(referentOf.headers()['cache-control']).toMatch(neverShared)
  })

  test('a change committed while readers are on the page shows on the next view', async ({ request }) => {
    const headers = await editorHeaders(request)
    const slug = 'devenir-referent-de-sa-structure'
    const path = `/fr/media/${slug}`
    const article = (await (await request.get(`/api/articles?where[slug][equals]=${slug}&depth=0`)).json()).docs[0]
    const ids: number[] = []
    // Several rounds: whether a render overlaps the commit depends on timing; one round in two did here before.
    for (let round = 0; round < 6; round++) {
      const name = `Relectrice ${Date.now()}-${round}`
      // Visitors keep opening the page while an editor adds an approved comment: some renders read before the
      // comment commits and store their page just after it expired the cache.
      const reads = [0, 20, 40, 60].map((delay) =>
        new Promise((resolve) => setTimeout(resolve, delay)).then(() => request.get(path)),
      )
      const created = request.post('/api/comments', {
        headers,
        data: { article: article.id, name, email: 'relectrice@example.com', body: 'Merci.', status: 'approved' },
      })
      const [response] = await Promise.all([created, ...reads])
      expect(response.status()).toBe(201)
      ids.push(((await response.json()) as { doc: { id: number } }).doc.id)
      const html = await (await request.get(path)).text()
      expect(html.includes(name), `round ${round}: the new comment is on the page`).toBe(true)
    }
    for (const id of ids) await request.delete(`/api/comments/${id}`, { headers })
  })

  test('media files are served by their own route only: no optimizer keeps copies outside its access rules', async ({
    request,
  }) => {
    const html = await (await request.get('/fr/media/arnaques-par-sms')).text()
    const file = /\/api\/media\/file\/[\w.-]+\.png/.exec(html)?.[0]
    expect(file, 'a picture on the article page').toBeTruthy()
    expect((await request.get(file!)).status()).toBe(200)
    expect((await request.get(`/_next/image?url=${encodeURIComponent(file!)}&w=640&q=75`)).status()).toBe(404)
  })
})
