import { expect, expectAccessible, test, visit } from './support/test'
import { richText } from './support/richText'

const editor = { email: 'editeur@demo.123digit.be', password: 'Demo-123digit!' }

test.describe('editorial team', () => {
  test('/admin is for staff only', async ({ page }) => {
    await page.goto('/admin')
    await expect(page).toHaveURL(/\/admin\/login/)
    const api = await page.request.get('/api/users')
    expect(api.status()).toBe(403)
  })

  test('the open content API serves published documents only to anonymous readers', async ({ request }) => {
    for (const collection of ['modules', 'themes', 'parcours', 'community-resources']) {
      const response = await request.get(`/api/${collection}?limit=100&depth=0`)
      expect(response.status(), collection).toBe(200)
      const body = (await response.json()) as { docs: { _status?: string }[]; totalDocs: number }
      expect(body.totalDocs, collection).toBeGreaterThan(0)
      expect(
        body.docs.every((doc) => doc._status === undefined || doc._status === 'published'),
        collection,
      ).toBe(true)
    }
  })

  test('an editor creates a module as a draft, previews it, publishes it, and it is in the catalogue at once', async ({
    page,
    browser,
  }) => {
    const title = `Module de test ${Date.now()}`
    // Sign in through the admin's own login form.
    await page.goto('/admin/login')
    await page.getByLabel(/e-mail/i).fill(editor.email)
    await page.getByLabel(/mot de passe/i).fill(editor.password)
    await page.getByRole('button', { name: /connexion|se connecter/i }).click()
    await expect(page).toHaveURL(/\/admin$/)

    // The admin forms are exercised by hand (see the closing note); here the same editor uses the REST API.
    const api = page.request
    const login = await api.post('/api/users/login', { data: editor })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const theme = ((await (await api.get('/api/themes?limit=1')).json()) as { docs: { id: number }[] }).docs[0]
    const create = async (collection: string, data: object) => {
      const response = await api.post(`/api/${collection}?draft=true&locale=fr`, {
        headers,
        data: { ...data, _status: 'draft' },
      })
      expect(response.status(), await response.text()).toBe(201)
      return ((await response.json()) as { doc: { id: number; slug: string } }).doc
    }
    const trame = await create('trames', {
      title,
      steps: [{ minutes: 30, title: 'Accueil', description: richText('Tour de table.') }],
    })
    const fiche = await create('fiches', {
      title,
      sections: [{ heading: 'L’essentiel', body: richText('Un point à retenir.') }],
    })
    const formation = await create('formations', {
      title,
      steps: [
        {
          blockType: 'choice',
          question: 'Prêt ?',
          options: [
            { label: 'Oui', correct: true },
            { label: 'Non', correct: false },
          ],
        },
      ],
    })
    const moduleDoc = await create('modules', {
      title,
      summary: 'Un module créé par le test de bout en bout.',
      themes: [theme!.id],
      level: '2',
      durationMinutes: 45,
      objectives: [{ text: 'Vérifier la publication' }],
      trame: trame.id,
      fiche: fiche.id,
      formation: formation.id,
    })

    // A visitor does not see the draft.
    const visitor = await (await browser.newContext()).newPage()
    await visit(visitor, `/fr/modules/${moduleDoc.slug}`, 404)
    await visit(visitor, `/fr/catalogue?q=${encodeURIComponent(title)}`)
    // Other modules may hold some of its words ("module", "test"): the draft itself is not among them.
    await expect(visitor.locator('#results-title')).toBeVisible()
    await expect(visitor.getByRole('link', { name: title })).toHaveCount(0)

    // The editor previews it on the site.
    await page.goto(`/api/preview?collection=modules&id=${moduleDoc.id}&locale=fr`)
    await expect(page).toHaveURL(new RegExp(`/fr/modules/${moduleDoc.slug}$`))
    await expect(page.getByRole('status').filter({ hasText: 'Aperçu d’un brouillon' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expectAccessible(page)

    // Draft mode outlives the staff session (a shared computer after sign-out): without the session, no draft.
    const session = (await page.context().cookies()).find((cookie) => cookie.name === 'payload-token')
    expect(session).toBeDefined()
    await page.context().clearCookies({ name: 'payload-token' })
    await visit(page, `/fr/modules/${moduleDoc.slug}`, 404)
    await page.context().addCookies([session!])

    // Publish the module and its resources.
    for (const [collection, id] of [
      ['trames', trame.id],
      ['fiches', fiche.id],
      ['formations', formation.id],
      ['modules', moduleDoc.id],
    ] as const) {
      const response = await api.patch(`/api/${collection}/${id}?locale=fr`, {
        headers,
        data: { _status: 'published' },
      })
      expect(response.status(), await response.text()).toBe(200)
    }

    // The visitor sees it right away: no restart, no stale cache.
    await visit(visitor, `/fr/catalogue?q=${encodeURIComponent(title)}`)
    await expect(visitor.locator('main article h3')).toHaveText([title])
    await visit(visitor, `/fr/modules/${moduleDoc.slug}`)
    await expect(visitor.getByRole('link', { name: 'Trame d’animation' })).toBeVisible()
  })
})
