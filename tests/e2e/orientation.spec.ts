import type { Page } from '@playwright/test'

import { expect, expectAccessible, signIn, test, visit } from './support/test'

/** The distances of the listed places, in km, in the order shown ("à 0,3 km" / "op 12 km"). */
async function listedDistances(page: Page): Promise<number[]> {
  const texts = await page
    .getByRole('region', { name: /plus proches|dichtst bij/ })
    .locator('ol > li')
    .allInnerTexts()
  return texts.map((text) => Number(text.match(/(?:à|op) (\d+(?:,\d)?) km/)![1]!.replace(',', '.')))
}

/** Prints the page as Chromium does on A4 and counts its pages. */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' })
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
  await page.emulateMedia({ media: 'screen' })
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0
}

/** Every request of the page stays on the site (the offline map, no tile or geocoder request). */
function watchRequests(page: Page): string[] {
  const outside: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:') outside.push(request.url())
  })
  return outside
}

test.describe('orientation', () => {
  test('from a diagnostic result, the wizard opens with the need ticked; the nearest places first; a one-page A4 sheet', async ({
    page,
  }) => {
    const outside = watchRequests(page)
    await visit(page, '/fr/diagnostic/questionnaire')
    for (const domain of ['Utiliser l’appareil', 'Écrire au clavier', 'Naviguer sur internet', 'Utiliser l’e-mail']) {
      await page
        .getByRole('group', { name: new RegExp(`^${domain}`) })
        .getByLabel('Avec de l’aide')
        .check()
    }
    for (const domain of ['Démarches en ligne', 'Sécurité en ligne']) {
      await page
        .getByRole('group', { name: new RegExp(`^${domain}`) })
        .getByLabel('Je ne sais pas faire')
        .check()
    }
    await page.getByRole('button', { name: 'Voir le résultat' }).click()
    await expect(page).toHaveURL(/\/fr\/diagnostic\/resultat\//)

    await page.getByRole('link', { name: 'Trouver de l’aide près de chez moi' }).click()
    await expect(page).toHaveURL(/\/fr\/orientation\?/)
    await expectAccessible(page)
    const need = page.getByRole('group', { name: '1. De quelle aide avez-vous besoin ?' })
    await expect(need.getByLabel('Démarches administratives en ligne')).toBeChecked()
    await expect(need.getByLabel('Se protéger en ligne')).toBeChecked()
    await expect(need.getByLabel('Trouver un emploi ou une formation')).not.toBeChecked()

    // No place: the error is next to the field, and the answers are kept.
    await page.getByRole('button', { name: 'Voir les lieux' }).click()
    await expect(page.getByText('Écrivez une commune, un code postal ou une adresse.')).toBeVisible()
    await expect(need.getByLabel('Démarches administratives en ligne')).toBeChecked()

    await page.getByLabel('2. Où habitez-vous ?').fill('5000 Namur')
    await page.getByRole('group', { name: '3. Quand êtes-vous libre ?' }).getByLabel('Mercredi').check()
    await page
      .getByRole('group', { name: '3. Quand êtes-vous libre ?' })
      .getByLabel(/L’après-midi/)
      .check()
    await page.getByRole('button', { name: 'Voir les lieux' }).click()
    await expect(page.getByRole('heading', { name: 'Les lieux les plus proches de 5000 Namur' })).toBeVisible()
    const distances = await listedDistances(page)
    expect(distances.length).toBeGreaterThan(0)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Préparer la fiche à imprimer' }).click()
    await expect(page).toHaveURL(/\/fr\/orientation\/fiche\?/)
    const sheet = page.getByTestId('orientation-sheet')
    await expect(sheet.getByRole('heading', { name: 'Ma fiche d’orientation' })).toBeVisible()
    await expect(sheet).toContainText('Démarches administratives en ligne')
    await expect(sheet.getByRole('heading', { name: 'À emporter' })).toBeVisible()
    await expect(sheet.getByRole('img', { name: /Petite carte des lieux numérotés/ })).toBeVisible()
    await expectAccessible(page)
    expect(await printedPages(page)).toBe(1)
    expect(outside).toEqual([])
  })

  test('in Dutch, a place gives the nearest places first and a one-page sheet', async ({ page }) => {
    await visit(page, '/nl/orientatie')
    await page.getByLabel('2. Waar woon je?').fill('Gent')
    await page.getByRole('button', { name: 'Toon de plekken' }).click()
    await expect(page.getByRole('heading', { name: 'De plekken het dichtst bij Gent' })).toBeVisible()
    const first = page
      .getByRole('region', { name: /dichtst bij/ })
      .locator('ol > li')
      .first()
    await expect(first).toContainText('Digipunt Gent-Zuid')
    const distances = await listedDistances(page)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    await expectAccessible(page)
    await page.getByRole('button', { name: 'De fiche klaarmaken om af te drukken' }).click()
    await expect(page.getByTestId('orientation-sheet').getByRole('heading', { name: 'Neem mee' })).toBeVisible()
    expect(await printedPages(page)).toBe(1)
  })

  test('an unknown place is said next to the field, with what was typed kept', async ({ page }) => {
    await visit(page, '/fr/orientation?near=Zzyzx')
    await expect(page.getByLabel('2. Où habitez-vous ?')).toHaveValue('Zzyzx')
    await expect(page.getByText('Nous ne trouvons pas « Zzyzx »')).toBeVisible()
    await expectAccessible(page)
  })

  test('the map, the espace aidant and the learner space lead to it', async ({ page }) => {
    await visit(page, '/fr/cartographie')
    await page.getByRole('link', { name: 'Trouver de l’aide près de chez moi' }).click()
    await expect(page).toHaveURL(/\/fr\/orientation$/)

    await signIn(page, 'aidant@demo.123digit.be')
    await visit(page, '/fr/espace-aidant')
    await page.getByRole('link', { name: 'Orienter une personne et imprimer sa fiche' }).click()
    await expect(page).toHaveURL(/\/fr\/orientation$/)
    await page.context().clearCookies()

    await signIn(page, 'apprenant.demo')
    await visit(page, '/fr/espace-apprenant')
    await page.getByRole('link', { name: 'Trouver de l’aide près de chez moi' }).click()
    await expect(page).toHaveURL(/\/fr\/orientation/)
  })

  test('@phone on a 360 px phone, the first question is above the fold and every choice is a large target', async ({
    page,
  }) => {
    await visit(page, '/fr/orientation')
    const legend = page.getByText('1. De quelle aide avez-vous besoin ?')
    const box = (await legend.boundingBox())!
    expect(box.y + box.height).toBeLessThan(740)
    for (const label of await page.locator('form label:has(input[type=checkbox])').all()) {
      expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    }
    await page.getByLabel('2. Où habitez-vous ?').fill('1060 Saint-Gilles')
    await page.getByRole('button', { name: 'Voir les lieux' }).click()
    await expect(page.getByRole('heading', { name: /Les lieux les plus proches de/ })).toBeInViewport()
    const distances = await listedDistances(page)
    expect(distances).toEqual([...distances].sort((a, b) => a - b))
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Préparer la fiche à imprimer' }).click()
    await expect(page.getByTestId('orientation-sheet')).toBeVisible()
    expect(await printedPages(page)).toBe(1)
  })
})
