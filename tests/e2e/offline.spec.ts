import type { BrowserContext, Page } from '@playwright/test'

import { expect, expectAccessible, signIn, test, visit } from './support/test'

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
const firstTitle = 'Lire un e-mail et y répondre'
const secondTitle = 'Envoyer une photo ou un document par e-mail'

async function join(page: Page, name: string) {
  await visit(page, '/fr/code')
  await page.getByLabel('Code de l’atelier').fill('DEM347')
  await page.getByLabel('Votre prénom ou un pseudo').fill(name)
  await page.getByLabel('J’accepte que l’aidant de l’atelier voie ma progression.').check()
  await page.getByRole('button', { name: 'Rejoindre l’atelier' }).click()
  await expect(page.getByRole('heading', { name: 'Mon atelier : Atelier e-mail du mardi' })).toBeVisible()
}

async function next(page: Page, step: number, of: number) {
  await page.getByRole('button', { name: /Suivant/ }).click()
  await expect(page.getByText(`Étape ${step} sur ${of}`)).toBeVisible()
}

async function check(page: Page) {
  await page.getByRole('button', { name: 'Valider ma réponse' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Bonne réponse !' })).toBeVisible()
}

/** Whether the picture of the step is really drawn (not its alt text in a broken frame). */
async function expectPictureShown(page: Page) {
  const picture = page.getByRole('main').locator('img').first()
  await expect(picture).toBeVisible()
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
}

/** "Lire un e-mail et y répondre" from its step `from` to the end: every step kind, pictures and simulated screens. */
async function playFirstFormation(page: Page, from: number) {
  if (from <= 2) {
    await next(page, 2, 9)
    await page.getByLabel('Je ne l’ai pas encore lu').check()
    await check(page)
  }
  await next(page, 3, 9)
  await expectPictureShown(page)
  const picture = page.getByRole('group', { name: 'Image : placez le repère' })
  const box = (await picture.boundingBox())!
  await picture.click({ position: { x: box.width * 0.1, y: box.height * 0.2 } })
  await check(page)
  await next(page, 4, 9)
  await page.getByRole('button', { name: 'Pharmacie du Centre — Votre commande est prête' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Bonne réponse !' })).toBeVisible()
  await next(page, 5, 9)
  await next(page, 6, 9)
  await page.getByLabel('Seulement mon message').check()
  await check(page)
  await next(page, 7, 9)
  for (const [target, label] of [
    'Ouvrir le message',
    'Toucher Répondre',
    'Écrire votre message',
    'Toucher Envoyer',
  ].entries()) {
    const items = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: /^Monter/ }) })
    const at = (await items.allTextContents()).findIndex((text) => text.includes(label))
    for (let i = at; i > target; i--) await page.getByRole('button', { name: `Monter « ${label} »` }).click()
  }
  await check(page)
  await next(page, 8, 9)
  await page.getByLabel(/Quel bouton touchez-vous/).fill('repondre')
  await check(page)
  await next(page, 9, 9)
  await page.getByRole('button', { name: 'Répondre', exact: true }).click()
  await page.getByLabel('Votre réponse').fill('Merci')
  await page.getByRole('button', { name: 'Envoyer' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Bonne réponse !' })).toBeVisible()
  await page.getByRole('button', { name: 'Terminer' }).click()
  await expect(page.getByRole('heading', { name: 'Bravo, vous avez terminé !' })).toBeVisible()
}

/** Every URL the service worker's caches hold, whatever the cache. */
async function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = []
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname)
    }
    return urls
  })
}

async function waitUntilKept(page: Page, context: BrowserContext) {
  await expect(page.getByText('Vos formations sont prêtes : elles s’ouvrent aussi sans connexion.')).toBeVisible({
    timeout: 30_000,
  })
  expect(context.serviceWorkers().length).toBe(1)
}

test.describe('a learner on a phone without a connection', () => {
  test('the shared formations open and play offline, a reload too; back online the aidant sees every answer', async ({
    browser,
    page,
  }) => {
    test.setTimeout(240_000)
    const name = `Hors-ligne ${Date.now() % 100_000}`
    const context = await browser.newContext(phone)
    const learner = await context.newPage()
    await join(learner, name)
    await waitUntilKept(learner, context)

    await context.setOffline(true)
    await expect(learner.getByText(/Pas de connexion\. Vous pouvez continuer/)).toBeVisible()
    // A formation shared with the workshop but never opened on this phone.
    await learner.getByRole('link', { name: new RegExp(secondTitle) }).click()
    await expect(learner.getByText('Étape 1 sur 4')).toBeVisible()
    await expect(learner.getByText(/Pas de connexion\. Vous pouvez continuer/)).toBeVisible()
    await expectAccessible(learner)
    await next(learner, 2, 4)
    await learner.getByLabel('Son nom ou son aperçu apparaît dans l’e-mail').check()
    await check(learner)
    await next(learner, 3, 4)
    // Reloaded with no connection: the page comes from the phone, the answers from its queue.
    await learner.reload()
    await expect(learner.getByText('Étape 3 sur 4')).toBeVisible()
    await next(learner, 4, 4)
    await learner.getByLabel('Je ne l’ouvre pas et je supprime l’e-mail').check()
    await check(learner)
    await learner.getByRole('button', { name: 'Terminer' }).click()
    await expect(learner.getByRole('heading', { name: 'Bravo, vous avez terminé !' })).toBeVisible()

    // Back to the learner space and into the other formation, still offline: every step kind.
    await learner.goto('/fr/espace-apprenant')
    await learner
      .getByRole('link', { name: new RegExp(firstTitle) })
      .first()
      .click()
    await expect(learner.getByText('Étape 1 sur 9')).toBeVisible()
    await playFirstFormation(learner, 1)

    // A page that was never kept: a clear page in the learner's language, not the browser's error.
    await learner.goto('/fr/catalogue')
    await expect(learner.getByRole('heading', { level: 1, name: 'Pas de connexion internet' })).toBeVisible()
    await expectAccessible(learner)

    // Online again: the learner space sends what waited, and the aidant sees both formations finished.
    await context.setOffline(false)
    await learner.goto('/fr/espace-apprenant')
    await expect
      .poll(() =>
        learner.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('digit-progress')).length),
      )
      .toBe(0)
    await signIn(page, 'aidant@demo.123digit.be')
    await visit(page, '/fr/espace-aidant')
    await page.getByRole('link', { name: 'Atelier e-mail du mardi' }).first().click()
    const row = page.getByRole('row', { name: new RegExp(name) })
    await expect(row.getByText('Terminé')).toHaveCount(2)
    await context.close()
  })

  test('the connection drops at step 2: pictures and simulated screens were fetched when the formation opened', async ({
    browser,
  }) => {
    test.setTimeout(180_000)
    // No service worker at all: what the player fetches when it opens must be enough by itself.
    const context = await browser.newContext({ ...phone, serviceWorkers: 'block' })
    const learner = await context.newPage()
    await join(learner, 'Coupure')
    await learner
      .getByRole('link', { name: new RegExp(firstTitle) })
      .first()
      .click()
    await expect(learner.getByText('Étape 1 sur 9')).toBeVisible()
    await next(learner, 2, 9)
    await context.setOffline(true)
    await learner.getByLabel('Je ne l’ai pas encore lu').check()
    await check(learner)
    await playFirstFormation(learner, 3)
    await context.close()
  })

  test('a shared computer keeps nothing of the aidant pages, and leaving the workshop empties what it kept', async ({
    browser,
  }) => {
    test.setTimeout(120_000)
    // An aidant who also learns: the learner space is kept, never the aidant space.
    const aidant = await browser.newContext()
    const page = await aidant.newPage()
    await signIn(page, 'aidant2@demo.123digit.be')
    await visit(page, '/fr/espace-apprenant')
    await expect.poll(() => aidant.serviceWorkers().length).toBe(1)
    await visit(page, '/fr/espace-aidant')
    await visit(page, '/fr/espace-apprenant')
    await expect.poll(() => cachedUrls(page)).toContain('/fr/espace-apprenant')
    expect((await cachedUrls(page)).filter((url) => /espace-aidant|compte|admin|connexion/.test(url))).toEqual([])
    await aidant.setOffline(true)
    await page.goto('/fr/espace-aidant')
    await expect(page.getByRole('heading', { level: 1, name: 'Pas de connexion internet' })).toBeVisible()
    await page.goto('/nl/helpersruimte')
    await expect(page.getByRole('heading', { level: 1, name: 'Geen internetverbinding' })).toBeVisible()
    await expectAccessible(page)
    await aidant.close()

    // A participant in Dutch leaves the workshop on this computer: the pages kept for them are gone.
    const room = await browser.newContext()
    const learner = await room.newPage()
    await visit(learner, '/nl/code')
    await learner.getByLabel('Code van de workshop').fill('DEM347')
    await learner.getByLabel('Je voornaam of een schuilnaam').fill('Noor')
    await learner.getByRole('button', { name: 'Deelnemen aan de workshop' }).click()
    await expect(learner.getByText('Je opleidingen zijn klaar: ze openen ook zonder verbinding.')).toBeVisible({
      timeout: 30_000,
    })
    await expect.poll(async () => (await cachedUrls(learner)).filter((u) => u.includes('/opleiding')).length).toBe(2)
    await learner.getByRole('button', { name: 'De workshop op dit toestel verlaten' }).click()
    await expect(learner).toHaveURL(/\/nl\/code/)
    expect((await cachedUrls(learner)).filter((u) => /leerruimte|opleiding|api\/media/.test(u))).toEqual([])
    await room.close()
  })

  test('installable: a manifest per language opens the learner space', async ({ request }) => {
    for (const [locale, start] of [
      ['fr', '/fr/espace-apprenant'],
      ['nl', '/nl/leerruimte'],
    ] as const) {
      const response = await request.get(`/${locale}/manifest.webmanifest`)
      expect(response.headers()['content-type']).toContain('application/manifest+json')
      const manifest = (await response.json()) as { start_url: string; display: string; icons: { src: string }[] }
      expect(manifest.start_url).toBe(start)
      expect(manifest.display).toBe('standalone')
      for (const icon of manifest.icons)
        expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png')
    }
    const worker = await request.get('/sw.js')
    expect(worker.status()).toBe(200)
    expect(await worker.text()).toContain('/fr/hors-ligne')
  })
})
