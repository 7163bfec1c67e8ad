import { expect, test } from '@playwright/test'

import { clusterPorts, publicHost, site } from './ports'
import {
  editorToken,
  expectPublicLocation,
  killListener,
  mailsWith,
  straightTo,
  throughNginx,
  waitForMail,
} from './support'

const password = 'Demo-123digit!'

test.describe('two instances behind nginx, sharing Redis and one database', () => {
  test('an editor publishes on instance A: the catalogue and the module page are new at once through nginx and on B', async () => {
    const [front, a, b] = [await throughNginx(), await straightTo('a'), await straightTo('b')]
    const catalogue = await front.get('/fr/catalogue')
    expect(catalogue.status()).toBe(200)
    expect(catalogue.headers()['x-cache-status'], 'nginx answers with its cache status').toBeTruthy()
    const slug = (await catalogue.text()).match(/\/fr\/modules\/([a-z0-9-]+)"/)?.[1]
    expect(slug, 'a module linked from the catalogue').toBeTruthy()
    const page = `/fr/modules/${slug}`
    // Warm every cache on the way: nginx (twice: stored, then served), and each instance's own.
    for (const api of [front, front, a, b]) {
      expect((await api.get(page)).status()).toBe(200)
      expect((await api.get('/fr/catalogue')).status()).toBe(200)
    }
    // Each instance's search engine is built (in its own memory) before the change.
    for (const api of [a, b]) expect((await api.get('/fr/recherche?q=wifi')).status()).toBe(200)

    const headers = { Authorization: `JWT ${await editorToken(a)}` }
    const found = await a.get(`/api/modules?where[slug][equals]=${slug}&depth=0&locale=fr`, { headers })
    const doc = ((await found.json()) as { docs: { id: number; title: string }[] }).docs[0]!
    const title = `${doc.title} révisé ${Date.now()}`
    const saved = await a.patch(`/api/modules/${doc.id}?locale=fr`, { headers, data: { title } })
    expect(saved.status(), await saved.text()).toBe(200)

    // "At once": Next runs the request's revalidations (our handler's purges and its Redis message) as the
    // response goes out, so the first reads may come a few milliseconds before them; a second is plenty.
    const fresh = async (api: typeof front, path: string) => (await (await api.get(path)).text()).includes(title)
    const started = Date.now()
    for (const [name, api] of [
      ['nginx', front],
      ['instance B', b],
    ] as const) {
      await expect.poll(() => fresh(api, page), { message: `${page} through ${name}`, timeout: 1000 }).toBe(true)
      await expect
        .poll(() => fresh(api, '/fr/catalogue'), { message: `catalogue through ${name}`, timeout: 1000 })
        .toBe(true)
    }
    console.log(`new everywhere after ${Date.now() - started} ms`)

    // Searches are never cached: A's engine has the new title at once, B's after its next check (3 s).
    // (The results mark the matched word inside the title: look for the module's link.)
    const search = `/fr/recherche?q=${encodeURIComponent(title.split(' ').at(-1)!)}`
    const finds = async (api: typeof front) => (await (await api.get(search)).text()).includes(`href="${page}"`)
    expect(await finds(a), 'search on instance A').toBe(true)
    await expect.poll(() => finds(b), { message: 'search on instance B', timeout: 15_000 }).toBe(true)
    console.log(`found by the search of both instances after ${Date.now() - started} ms`)
  })

  // Needs seats guarded by the database (issue 14, point 3, another branch): with the in-process queue each
  // instance serialises only its own registrations, and both may hand out the last seat.
  test('20 registrations at once for 2 seats, spread over both instances, give 2 confirmed', async ({ browser }) => {
    const slug = 'atelier-fiches-resume-namur'
    const context = await browser.newContext()
    const pages = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const page = await context.newPage()
        // digit.test on each instance's own port: ten registrations reach A, ten reach B.
        const port = i % 2 ? clusterPorts.b : clusterPorts.a
        await page.goto(`http://digit.test:${port}/fr/evenements/${slug}`)
        const form = page.getByRole('region', { name: 'S’inscrire' })
        await form.getByLabel('Votre nom').fill(`Participant ${i}`)
        await form.getByLabel('Votre adresse e-mail').fill(`cluster-${i}-${Date.now()}@example.org`)
        await form.getByLabel('Votre structure').fill('CPAS de Ciney')
        return { page, form }
      }),
    )
    await Promise.all(pages.map(({ form }) => form.getByRole('button', { name: /M’inscrire/ }).click()))
    for (const { form } of pages)
      await expect(form.getByText(/votre place est réservée|vous êtes sur la liste d’attente/)).toBeVisible()
    await context.close()

    const front = await throughNginx()
    const headers = { Authorization: `JWT ${await editorToken(front)}` }
    const events = await front.get(`/api/events?where[slug][equals]=${slug}&depth=0`, { headers })
    const event = ((await events.json()) as { docs: { id: number }[] }).docs[0]!
    const count = async (status: string) =>
      (
        (await (
          await front.get(
            `/api/event-registrations?where[event][equals]=${event.id}&where[status][equals]=${status}&limit=0`,
            { headers },
          )
        ).json()) as { totalDocs: number }
      ).totalDocs
    expect(await count('confirmed')).toBe(2)
    expect(await count('waitlist')).toBe(18)
  })

  test('sign-in failures alternated between A and B lock the account at the same count as on one instance', async () => {
    const [a, b] = [await straightTo('a'), await straightTo('b')]
    const account = 'aidant3@demo.123digit.be'
    const refusals: string[] = []
    // The limit is ten failures per account and address (lib/auth/rateLimit.ts): five on each instance.
    for (let i = 0; i < 10; i++) {
      const response = await (i % 2 ? b : a).post('/api/members/login', {
        data: { email: account, password: `wrong-${i}` },
      })
      expect(response.status()).toBe(401)
      refusals.push(await response.text())
    }
    // Counted per instance, each would have seen five and let the right password in.
    const right = await a.post('/api/members/login', { data: { email: account, password } })
    expect(right.status()).not.toBe(200)
    expect(await right.text()).not.toBe(refusals[0])
    const onB = await b.post('/api/members/login', { data: { email: account, password } })
    expect(onB.status()).not.toBe(200)
  })

  test('no redirect lands on an instance’s own host or port', async ({ page }) => {
    for (const api of [await throughNginx(), await straightTo('a'), await straightTo('b')]) {
      for (const path of [
        '/',
        '/api/preview?collection=modules&id=1&locale=fr',
        '/api/newsletter/confirm?token=not-a-token&locale=fr',
        '/api/newsletter/unsubscribe?token=not-a-token&locale=fr',
        '/api/newsletter/click?n=1&a=1&s=not-a-signature',
      ]) {
        const response = await api.get(path)
        expect(response.status(), path).toBeGreaterThanOrEqual(300)
        expect(response.status(), path).toBeLessThan(400)
        expectPublicLocation(response.headers()['location'], path)
      }
    }

    // Sign-in in the browser: every hop stays on the public host.
    const hosts: string[] = []
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) hosts.push(new URL(frame.url()).host)
    })
    await page.goto(`${site}/fr/connexion`)
    await page.getByLabel('E-mail ou nom d’utilisateur').fill('aidant@demo.123digit.be')
    await page.getByLabel('Mot de passe').fill(password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await page.waitForURL((url) => !/connexion/.test(url.pathname))

    // The newsletter's confirmation link (built by the server from the forwarded host) and where it leads.
    const email = `cluster-lecteur-${Date.now()}@example.org`
    await page.goto(`${site}/fr/newsletter`)
    const form = page.locator('main form').filter({ has: page.getByRole('button', { name: 'M’abonner' }) })
    await form.getByRole('textbox').first().fill(email)
    await form.getByRole('button', { name: 'M’abonner' }).click()
    const mail = await waitForMail(email, /Confirmez votre abonnement/)
    const link = mail.text.match(/https?:\/\/[^\s\]>)"]+\/api\/newsletter\/confirm[^\s\]>)"]*/)?.[0]
    expect(link, mail.text).toBeTruthy()
    expect(new URL(link!).host).toBe(publicHost)
    await page.goto(link!)
    await expect(page).toHaveURL(/\/fr\/newsletter\?etat=confirme/)
    expect(hosts.length).toBeGreaterThan(3)
    expect([...new Set(hosts)]).toEqual([publicHost])
  })
  // Last: it kills instance A, and nginx then sends everything to B.
  test('a newsletter sending whose instance is killed mid-way finishes on the other, each reader mailed at most once', async () => {
    test.setTimeout(240_000)
    const a = await straightTo('a')
    const headers = { Authorization: `JWT ${await editorToken(a)}` }
    const run = Date.now()
    const readers = Array.from({ length: 120 }, (_, i) => `lecteur-${run}-${i}@example.org`)
    for (const email of readers) {
      const created = await a.post('/api/newsletter-subscribers', {
        headers,
        data: { email, language: 'fr', status: 'confirmed' },
      })
      expect(created.status(), await created.text()).toBe(201)
    }
    const subject = `Lettre de la panne ${run}`
    const issue = await a.post('/api/newsletters', { headers, data: { subject, language: 'fr', intro: 'Bonjour.' } })
    expect(issue.status(), await issue.text()).toBe(201)
    const { doc } = (await issue.json()) as { doc: { id: number } }

    expect((await a.post(`/api/newsletters/${doc.id}/send`, { headers })).status()).toBe(202)
    // A is sending: kill it without warning once the first mails are out.
    await expect.poll(() => mailsWith(subject).length, { timeout: 30_000, intervals: [50] }).toBeGreaterThan(5)
    killListener(clusterPorts.a)
    const atKill = mailsWith(subject).length
    expect(atKill, 'A was killed before it finished').toBeLessThan(readers.length)

    // B's runner takes the queue over once A's lease has lapsed, and skips everyone A handled.
    const b = await straightTo('b')
    const bHeaders = { Authorization: `JWT ${await editorToken(b)}` }
    await expect
      .poll(
        async () =>
          (
            (await (await b.get(`/api/newsletters/${doc.id}?depth=0`, { headers: bHeaders })).json()) as {
              status: string
            }
          ).status,
        { timeout: 120_000, intervals: [500] },
      )
      .toBe('sent')
    const mails = mailsWith(subject)
    const perReader = readers.map((email) => mails.filter((mail) => mail.to.includes(email)).length)
    expect(Math.max(...perReader), 'nobody gets the issue twice').toBe(1)
    // At most once: the one mail leaving at the kill may be lost, no more.
    expect(perReader.filter((n) => n === 1).length).toBeGreaterThanOrEqual(readers.length - 1)
    console.log(`killed A after ${atKill} mails; ${mails.length} of ${readers.length} readers mailed once`)
  })
})
