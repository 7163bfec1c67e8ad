import { readFile } from 'node:fs/promises'

import type { Browser, Page } from '@playwright/test'
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose'

import { demoPassword, expect, expectAccessible, signIn, test, visit } from './support/test'

const moduleTitle = 'Le navigateur et la barre d’adresse'
const badgeName = 'Naviguer sur internet\u00a0: niveau 0 (Premiers pas)'

/** An aidant shares the four-step module in a new workshop; its code, and the aidant's page. */
async function shareModule(browser: Browser) {
  const aidant = await (await browser.newContext()).newPage()
  await signIn(aidant, 'aidant@demo.123digit.be')
  await aidant.goto('/fr/espace-aidant/ateliers/nouveau')
  await aidant.getByLabel('Nom de l’atelier').fill(`Atelier badges ${Date.now()}`)
  await aidant.getByLabel(`${moduleTitle} (Premiers pas)`).check()
  await aidant.getByRole('button', { name: 'Créer l’atelier et son code' }).click()
  const code = (await aidant.getByTestId('workshop-code').textContent())!.trim()
  return { aidant, code, workshopUrl: aidant.url() }
}

/** The learner joins with the code, agreeing to share, and plays the module to its end. */
async function joinAndPlay(page: Page, code: string, name: string) {
  await page.goto('/fr/code')
  await page.getByLabel('Code de l’atelier').fill(code)
  await page.getByLabel('Votre prénom ou un pseudo').fill(name)
  await page.getByLabel('J’accepte que l’aidant de l’atelier voie ma progression.').check()
  await page.getByRole('button', { name: 'Rejoindre l’atelier' }).click()
  await page.getByRole('link', { name: new RegExp(`${moduleTitle}.*À faire`) }).click()
  await expect(page.getByText('Étape 1 sur 4')).toBeVisible()
  const next = async (step: number) => {
    await page.getByRole('button', { name: /Suivant/ }).click()
    await expect(page.getByText(`Étape ${step} sur 4`)).toBeVisible()
  }
  const answer = async (label: string) => {
    await page.getByLabel(label).check()
    await page.getByRole('button', { name: 'Valider ma réponse' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Bonne réponse !' })).toBeVisible()
  }
  await next(2)
  await answer('Dans la barre d’adresse, en haut du navigateur')
  await next(3)
  await next(4)
  await answer('Je touche la flèche retour')
  await page.getByRole('button', { name: 'Terminer' }).click()
  await expect(page.getByRole('heading', { name: 'Bravo, vous avez terminé !' })).toBeVisible()
  // The player's queue has reached the server (leaving earlier would cancel the last send).
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBe(0)
}

test.describe('badges', () => {
  test('a learner earns a badge by playing, shows their name, and anyone verifies it, in French and Dutch @phone', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000)
    const { aidant, code, workshopUrl } = await shareModule(browser)
    const name = `Inès${Date.now() % 100_000}`
    await joinAndPlay(page, code, name)
    // The end card says it, and where to find it.
    await expect(page.getByText(/Badge obtenu\s!\sIl est dans votre espace/)).toBeVisible()

    // The learner space lists the badge as soon as the player's queue has reached the server.
    await expect
      .poll(
        async () => {
          await page.goto('/fr/espace-apprenant')
          return page.getByRole('region', { name: 'Mes badges' }).getByRole('heading', { name: badgeName }).count()
        },
        { timeout: 30_000 },
      )
      .toBe(1)
    const mine = page.getByRole('region', { name: 'Mes badges' })
    await expect(mine.getByText('Votre prénom est caché sur la page et le certificat.')).toBeVisible()
    await expectAccessible(page)
    await mine.getByRole('button', { name: /Montrer mon prénom/ }).click()
    await expect(mine.getByText('Votre prénom est visible sur la page et le certificat.')).toBeVisible()

    // The public page: what, who (the name the learner chose to show), when, where; the signature checks.
    await mine.getByRole('link', { name: /Voir la page/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: badgeName })).toBeVisible()
    const badgeUrl = new URL(page.url())
    const publicId = badgeUrl.pathname.split('/').pop()!
    expect(publicId).toMatch(/^[0-9a-f-]{36}$/)
    await expect(page.getByText(`Obtenu par ${name}`)).toBeVisible()
    await expect(page.getByTestId('badge-signature')).toContainText('Signature vérifiée')
    await expect(page.getByText(/^Avec la structure /)).toBeVisible()
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    await expectAccessible(page)

    // The credential file: a VC-JWT whose signature checks with the key published over HTTP.
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Télécharger le badge numérique' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`123digit-badge-${publicId}.jwt`)
    const jwt = (await readFile((await file.path())!, 'utf8')).trim()
    const keys = createRemoteJWKSet(new URL('/api/open-badges/jwks.json', baseURL))
    const { payload: credential } = await jwtVerify(jwt, keys, { algorithms: ['EdDSA'], typ: 'vc+jwt' })
    expect(decodeProtectedHeader(jwt).kid).toBeTruthy()
    expect(credential).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: `urn:uuid:${publicId}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: `${baseURL}/api/open-badges/issuer` },
      credentialSubject: { achievement: { name: badgeName } },
    })
    const issuer = await (await page.request.get('/api/open-badges/issuer')).json()
    expect(issuer).toMatchObject({ id: `${baseURL}/api/open-badges/issuer`, type: ['Profile'] })

    // The certificate: one A4 page, with a QR code to the public page.
    await page.getByRole('link', { name: 'Imprimer le certificat' }).click()
    const certificate = page.getByTestId('certificate')
    await expect(certificate.getByRole('heading', { level: 1, name: 'Certificat' })).toBeVisible()
    await expect(certificate.getByText(`${name} a obtenu`)).toBeVisible()
    await expect(certificate.getByRole('img', { name: 'Code QR vers la page de vérification du badge' })).toBeVisible()
    await expect(certificate).toContainText(badgeUrl.href)
    // No sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(page.viewportSize()!.width)
    await expectAccessible(page)

    // Dutch: the same badge, its page and its certificate.
    await visit(page, `/nl/badges/${publicId}`)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Surfen op het internet: niveau 0 (Eerste stappen)' }),
    ).toBeVisible()
    await expect(page.getByText(`Behaald door ${name}`)).toBeVisible()
    await expect(page.getByTestId('badge-signature')).toContainText('Handtekening gecontroleerd')
    await page.getByRole('link', { name: 'Het certificaat afdrukken' }).click()
    await expect(page).toHaveURL(new RegExp(`/nl/badges/${publicId}/certificaat$`))
    await expect(page.getByTestId('certificate')).toContainText(`${name} behaalde`)
    await expectAccessible(page)

    // The aidant sees the badge of this learner, who agreed to share, on their follow-up page.
    await aidant.goto(workshopUrl)
    await aidant
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('link', { name })
      .click()
    await expect(aidant.getByRole('heading', { level: 1, name: `Historique de ${name}` })).toBeVisible()
    await expect(aidant.getByRole('region', { name: 'Badges' }).getByRole('link', { name: badgeName })).toBeVisible()
    await expectAccessible(aidant)
    await aidant.context().close()
  })

  test('the certificate prints on one A4 page; staff revoke a badge with a reason; an unknown badge is a 404', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000)
    const { aidant, code } = await shareModule(browser)
    await aidant.context().close()
    await joinAndPlay(page, code, 'Jean-Baptiste-Emmanuel')
    await expect
      .poll(
        async () => {
          await page.goto('/fr/espace-apprenant')
          return page.getByRole('link', { name: /Certificat/ }).count()
        },
        { timeout: 30_000 },
      )
      .toBe(1)
    await page.getByRole('link', { name: /Certificat/ }).click()
    await expect(page.getByTestId('certificate')).toContainText('La personne qui présente ce certificat a obtenu')
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1)

    // Staff revoke it (the admin's form goes through this REST API): a reason is required, then the page says so.
    const publicId = new URL(page.url()).pathname.split('/')[3]!
    const api = page.request
    const login = await api.post('/api/users/login', {
      data: { email: 'admin@demo.123digit.be', password: demoPassword },
    })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const found = await api.get(`/api/badges?where[publicId][equals]=${publicId}&depth=0`, { headers })
    const row = ((await found.json()) as { docs: { id: number }[] }).docs[0]!.id
    expect((await api.patch(`/api/badges/${row}`, { headers, data: { revoked: true } })).status()).toBe(400)
    expect((await api.patch(`/api/badges/${row}`, { data: { revoked: true, revocationReason: 'x' } })).status()).toBe(
      403,
    )
    const revoke = { revoked: true, revocationReason: 'Délivré par erreur', member: 1, credential: 'forged' }
    expect((await api.patch(`/api/badges/${row}`, { headers, data: revoke })).status()).toBe(200)
    await visit(page, `/fr/badges/${publicId}`)
    await expect(page.getByTestId('badge-revoked')).toHaveText(/^Révoqué le \d+ \S+ \d{4}\u00a0: Délivré par erreur$/)
    await expect(page.getByTestId('badge-signature')).toContainText('Signature vérifiée')
    await expect(page.getByText('Obtenu par une personne qui a choisi de ne pas montrer son prénom.')).toBeVisible()

    for (const id of ['nimportequoi', '00000000-0000-4000-8000-000000000000', '1'])
      await visit(page, `/fr/badges/${id}`, 404)
    expect((await page.request.get('/api/open-badges/nimportequoi/credential')).status()).toBe(404)
  })
})
