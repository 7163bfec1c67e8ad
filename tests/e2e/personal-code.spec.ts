import type { Browser, Page } from '@playwright/test'

import { expect, signIn, test, visit } from './support/test'

const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
const moduleTitle = 'Lire un e-mail et y répondre'
const groups = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{2}$/

/** How many pages the print of this page makes on A4 (Chromium's print engine, print CSS applied). */
async function printedPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1')
  return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0
}

/** A learner types a code on /code in a browser of their own (a fresh context: no cookie, no storage). */
async function typeCode(browser: Browser, code: string, locale: 'fr' | 'nl' = 'fr') {
  const context = await browser.newContext(phone)
  const page = await context.newPage()
  await visit(page, `/${locale}/code`)
  await page
    .getByLabel(locale === 'fr' ? 'Code de l’atelier ou de votre carte' : 'Code van de workshop of van je kaart')
    .fill(code)
  await page
    .getByRole('button', { name: locale === 'fr' ? 'Rejoindre l’atelier' : 'Deelnemen aan de workshop' })
    .click()
  return page
}

test.describe('personal progress codes', () => {
  test('a participant reopens their progress on another device; the aidant renews the code and prints the cards @phone', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000)
    const name = `Nadia ${Date.now() % 100_000}${Math.floor(Math.random() * 100)}`
    await visit(page, '/fr/code')
    await page.getByLabel('Code de l’atelier ou de votre carte').fill('DEM347')
    await page.getByLabel('Votre prénom ou un pseudo').fill(name)
    await page.getByLabel('J’accepte que l’aidant de l’atelier voie ma progression.').check()
    await page.getByRole('button', { name: 'Rejoindre l’atelier' }).click()
    await expect(page.getByRole('heading', { name: 'Mon atelier : Atelier e-mail du mardi' })).toBeVisible()

    // They play a bit: two steps, then the progress is saved.
    await page.getByRole('link', { name: new RegExp(`${moduleTitle}.*À faire`) }).click()
    await expect(page.getByText('Étape 1 sur 9')).toBeVisible()
    await page.getByRole('button', { name: /Suivant/ }).click()
    await page.getByLabel('Je ne l’ai pas encore lu').check()
    await page.getByRole('button', { name: 'Valider ma réponse' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Bonne réponse !' })).toBeVisible()
    await page.getByRole('button', { name: /Suivant/ }).click()
    await expect(page.getByText('Étape 3 sur 9')).toBeVisible()
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).length)).toBe(0)

    // Their code, in the learner space and on their card (one printed page).
    await visit(page, '/fr/espace-apprenant')
    const code = (await page.getByTestId('my-personal-code').textContent())!.trim()
    expect(code).toMatch(groups)
    await page.getByRole('link', { name: 'Voir et imprimer ma carte' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Ma carte de progression' })).toBeVisible()
    const card = page.getByRole('article', { name: `Carte de progression de ${name}` })
    await expect(card.getByTestId('personal-code')).toHaveText(code)
    await expect(card.getByRole('img', { name: /Code QR/ })).toBeVisible()
    await expect(card).toContainText(/localhost:\d+\/fr\/code/)
    await visit(page, page.url())
    expect(await printedPages(page)).toBe(1)

    // On another device, typed in lower case without dashes: the same progress, where they stopped.
    const other = await typeCode(browser, code.replaceAll('-', '').toLowerCase())
    await expect(other.getByRole('heading', { name: 'Mon atelier : Atelier e-mail du mardi' })).toBeVisible()
    await expect(other.getByText(`Bonjour ${name} !`)).toBeVisible()
    await expect(other.getByRole('link', { name: new RegExp(`${moduleTitle}.*En cours`) }).first()).toBeVisible()
    await other
      .getByRole('link', { name: new RegExp(`${moduleTitle}.*En cours`) })
      .first()
      .click()
    await expect(other.getByText('Étape 3 sur 9')).toBeVisible()
    await other.context().close()

    // The aidant prints the cards (four per A4 sheet) and gives this learner a new code.
    const desk = await browser.newContext()
    const aidant = await desk.newPage()
    await signIn(aidant, 'aidant@demo.123digit.be')
    await visit(aidant, '/fr/espace-aidant')
    await aidant
      .getByRole('link', { name: /Atelier e-mail du mardi/ })
      .first()
      .click()
    await aidant.getByRole('link', { name: 'Cartes de progression' }).click()
    await expect(aidant.getByRole('heading', { level: 1, name: 'Cartes de progression' })).toBeVisible()
    await visit(aidant, aidant.url())
    const cards = await aidant.getByRole('article').count()
    expect(cards).toBeGreaterThanOrEqual(2)
    expect(await printedPages(aidant)).toBe(Math.ceil(cards / 4))
    await aidant.getByText(`Nouveau code pour ${name}`, { exact: true }).click()
    await aidant.getByRole('button', { name: `Oui, nouveau code pour ${name}` }).click()
    await expect(aidant.getByRole('status').filter({ hasText: `Nouveau code pour ${name}.` })).toBeVisible()
    const renewed = (await aidant
      .getByRole('article', { name: `Carte de progression de ${name}` })
      .getByTestId('personal-code')
      .textContent())!.trim()
    expect(renewed).toMatch(groups)
    expect(renewed).not.toBe(code)
    await aidant.getByRole('link', { name: `Imprimer seule : carte de ${name}` }).click()
    await expect(aidant.getByRole('article')).toHaveCount(1)
    expect(await printedPages(aidant)).toBe(1)
    // Garbage in the address is a 404; a colleague who does not run the workshop gets no cards.
    const cardsUrl = new URL(aidant.url()).pathname
    await visit(aidant, cardsUrl.replace(/\/\d+\/cartes$/, '/abc/cartes'), 404)
    await desk.close()
    const colleague = await (await browser.newContext()).newPage()
    await signIn(colleague, 'aidant2@demo.123digit.be')
    await visit(colleague, cardsUrl, 404)
    await colleague.context().close()

    // The old code is refused, next to the field, and what was typed stays; the new one works.
    const refused = await typeCode(browser, code)
    await expect(refused.getByText(/Ce code ne marche pas/)).toBeVisible()
    await expect(refused.getByLabel('Code de l’atelier ou de votre carte')).toHaveValue(code)
    await refused.context().close()
    const reopened = await typeCode(browser, renewed)
    await expect(reopened.getByText(`Bonjour ${name} !`)).toBeVisible()
    await reopened.context().close()
  })

  test('in Dutch, the card’s QR code fills the code in without sending it to the server; garbage gets a clear message @phone', async ({
    page,
    browser,
  }) => {
    const name = `Omar ${Date.now() % 100_000}${Math.floor(Math.random() * 100)}`
    await visit(page, '/nl/code')
    await page.getByLabel('Code van de workshop of van je kaart').fill('dem 347')
    await page.getByLabel('Je voornaam of een schuilnaam').fill(name)
    await page.getByRole('button', { name: 'Deelnemen aan de workshop' }).click()
    await expect(page.getByRole('heading', { name: /Mijn workshop/ })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Mijn persoonlijke code' })).toBeVisible()
    const code = (await page.getByTestId('my-personal-code').textContent())!.trim()
    await page.getByRole('link', { name: 'Mijn kaart bekijken en afdrukken' }).click()
    await expect(page).toHaveURL(/\/nl\/leerruimte\/kaart$/)
    await visit(page, page.url())
    await expect(page.getByRole('article', { name: `Voortgangskaart van ${name}` })).toContainText('2. Typ deze code:')

    // The QR code's link: the code travels in the fragment, which the page copies into the field.
    const context = await browser.newContext(phone)
    const scan = await context.newPage()
    const sent: string[] = []
    scan.on('request', (request) => sent.push(request.url()))
    await scan.goto(`/nl/code#${code.replaceAll('-', '')}`)
    const field = scan.getByLabel('Code van de workshop of van je kaart')
    await expect(field).toHaveValue(code.replaceAll('-', ''))
    await expect(scan).toHaveURL(/\/nl\/code$/)
    expect(sent.filter((url) => url.includes(code.replaceAll('-', '')))).toEqual([])

    // Garbage first: a clear message next to the field, what was typed kept.
    await field.fill('💥<b>ZZZZ-ZZZZ-ZZ</b>')
    await scan.getByRole('button', { name: 'Deelnemen aan de workshop' }).click()
    await expect(scan.getByText(/Deze code werkt niet/)).toBeVisible()
    await expect(field).toHaveValue('💥<b>ZZZZ-ZZZZ-ZZ</b>')
    await field.fill(code)
    await scan.getByRole('button', { name: 'Deelnemen aan de workshop' }).click()
    await expect(scan.getByRole('heading', { name: /Mijn workshop/ })).toBeVisible()
    await expect(scan.getByTestId('signed-in-as')).toContainText(name)
    await context.close()
  })
})
