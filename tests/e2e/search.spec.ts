import { expect, expectAccessible, test, visit } from './support/test'

test.describe('site-wide search', () => {
  test('finds modules with a typo and with a synonym in French, from the header, with the words marked', async ({
    page,
  }) => {
    await visit(page, '/fr')
    await page.getByRole('link', { name: 'Rechercher' }).first().click()
    await expect(page).toHaveURL(/\/fr\/recherche$/)
    await page.getByRole('combobox', { name: 'Que cherchez-vous ?' }).fill('smartphnoe')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/\/fr\/recherche\?q=smartphnoe/)
    const modules = page.getByRole('region', { name: /Modules?/ })
    // The theme "Ordinateur, smartphone et tablette" is found despite the swapped letters.
    await expect(modules.getByRole('link', { name: 'Découvrir la tablette et les gestes tactiles' })).toBeVisible()
    await expectAccessible(page)

    await visit(page, '/fr/recherche?q=secruité')
    await expect(
      page
        .getByRole('region', { name: /Modules?/ })
        .locator('mark', { hasText: /^sécurité$/i })
        .first(),
    ).toBeVisible()

    // "courriel" is nowhere in the modules: the editors' synonyms (e-mail, mail) find them.
    await visit(page, '/fr/recherche?q=courriel')
    await expect(
      page.getByRole('region', { name: /Modules?/ }).getByRole('link', { name: 'Lire un e-mail et y répondre' }),
    ).toBeVisible()
  })

  test('finds modules with a typo and with a synonym in Dutch', async ({ page }) => {
    await visit(page, '/nl/zoeken?q=wachtwoort')
    await expect(page.getByRole('link', { name: 'Sterke wachtwoorden' })).toBeVisible()
    await visit(page, '/nl/zoeken?q=mutualiteit')
    await expect(page.getByRole('link', { name: 'Je ziekenfonds online' })).toBeVisible()
  })

  test('the catalogue searches the same way, without accents, and proposes a correction', async ({ page }) => {
    await visit(page, '/fr/catalogue?q=securite')
    await expect(page.locator('main article').first()).toBeVisible()
    await visit(page, '/fr/catalogue?q=vitemant')
    await page.getByRole('link', { name: 'virement' }).click()
    await expect(page).toHaveURL(/q=virement/)
    await expect(page.getByRole('link', { name: 'Payer une facture par virement' })).toBeVisible()
  })

  test('the parcours list searches its kind through the same engine', async ({ page }) => {
    await visit(page, '/fr/parcours')
    await page.getByLabel('Rechercher un parcours').fill('premiers pas numerique')
    await page.getByRole('button', { name: 'Rechercher' }).last().click()
    await expect(page).toHaveURL(/\/fr\/recherche\?kind=parcours&q=premiers/)
    await expect(page.getByRole('link', { name: 'Mes premiers pas numériques' })).toBeVisible()
    await expect(page.getByRole('region', { name: /Modules?/ })).toHaveCount(0)
  })

  test('suggests titles while typing; arrows and Enter open one', async ({ page }) => {
    await visit(page, '/fr/recherche')
    const field = page.getByRole('combobox', { name: 'Que cherchez-vous ?' })
    await field.pressSequentially('mots de pas', { delay: 30 })
    const option = page.getByRole('option', { name: /Des mots de passe solides/ })
    await expect(option).toBeVisible()
    await expect(field).toHaveAttribute('aria-expanded', 'true')
    await expectAccessible(page)
    await field.press('ArrowDown')
    await field.press('Enter')
    await expect(page).toHaveURL(/\/fr\/modules\//)
  })

  test('any query renders: long ones are cut with a notice, empty ones lead to the catalogue', async ({
    page,
    request,
  }) => {
    await visit(page, `/fr/recherche?q=${'impôts '.repeat(60)}`)
    await expect(page.getByText('nous avons gardé ses 100 premiers caractères')).toBeVisible()
    await visit(page, '/fr/recherche?q=')
    await expect(page.getByRole('link', { name: 'Parcourir le catalogue' })).toBeVisible()
    for (const q of ['%00', '%EF%BF%BF', '<script>', '"', '((((', '*', '%F0%9F%99%82']) {
      const response = await request.get(`/fr/recherche?q=${q}&kind=nope`)
      expect(response.status(), q).toBe(200)
      expect(response.headers()['cache-control'], q).toMatch(/private|no-store/)
    }
    expect((await request.get('/api/search/suggest?q=wifi&locale=xx')).status()).toBe(400)
    const suggest = await request.get('/api/search/suggest?q=wifi&locale=fr')
    expect((await suggest.json()).suggestions[0].href).toMatch(/^\/fr\//)
  })
})
