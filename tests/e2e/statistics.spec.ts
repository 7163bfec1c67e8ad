import { demoPassword, expect, expectAccessible, signIn, test, visit } from './support/test'

/** Issue 17: the statistics page of a référent, and a public link for a funder that stops once revoked. */
test.describe('statistics', () => {
  test('a visitor is sent to sign in, and comes back to the statistics', async ({ page }) => {
    await page.goto('/fr/statistiques?theme=email')
    await expect(page).toHaveURL(/\/fr\/connexion\?retour=/)
    expect(decodeURIComponent(page.url())).toContain('/fr/statistiques?theme=email')
  })

  test('a référent reads their structure’s figures in French and Dutch and filters them by theme', async ({ page }) => {
    await signIn(page, 'aidant@demo.123digit.be')
    const response = await visit(page, '/fr/statistiques')
    expect(response?.headers()['x-robots-tag']).toContain('noindex')
    expect(response?.headers()['cache-control']).toContain('no-store')
    await expect(page.getByRole('heading', { level: 1, name: 'Statistiques' })).toBeVisible()
    await expect(page.getByText('EPN de Namur-Centre').first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'Ma structure' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('link', { name: 'Accès API' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Classeur des statistiques (Excel)' })).toHaveAttribute(
      'href',
      /^\/api\/statistics\/workbook\.xlsx\?from=.*&scope=structure$/,
    )

    await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'E-mail et messagerie' })
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click()
    await expect(page).toHaveURL(/theme=email/)
    const themes = page.getByRole('table', { name: /^Thèmes/ })
    await expect(themes.getByRole('rowheader', { name: 'E-mail et messagerie' })).toBeVisible()
    // Filtered below the structure: the two demo learners are a group under five people.
    await expect(page.getByText(/Les groupes de moins de 5 personnes ne sont pas affichés/)).toBeVisible()
    await expect(themes.getByRole('cell', { name: '< 5' }).first()).toBeVisible()
    await visit(page, page.url().replace(/^https?:\/\/[^/]+/, ''))

    // A wrong filter is named, never a failure.
    await visit(page, '/fr/statistiques?theme=nope&from=2026-99-99')
    await expect(page.getByText(/n’ont pas été appliqués\s*: Du et Thème/)).toBeVisible()

    await visit(page, '/nl/statistieken?scope=own')
    await expect(page.getByRole('heading', { level: 1, name: 'Statistieken' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Mijn activiteiten' })).toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('heading', { name: 'Activiteiten per maand' })).toBeVisible()
    await expect(page.getByRole('table', { name: /per maand/ })).toBeVisible()
    // Their own figures are not for a funder.
    await expect(page.getByRole('heading', { name: 'Delen met een financier' })).toHaveCount(0)
  })

  test('a référent shares a link with a funder, then revokes it: it answers 404', async ({ page, browser }) => {
    // A journey over several pages and accounts (≈ 20 s alone, up to twice that on two busy CI workers).
    test.setTimeout(120_000)
    await signIn(page, 'aidant@demo.123digit.be')
    await visit(page, '/fr/statistiques?kind=individual')
    const label = `Rapport ${Date.now()}`
    await page.getByLabel('Nom du lien').fill(label)
    await page.getByRole('button', { name: 'Créer le lien' }).click()
    await expect(page.getByText('Le lien est créé.')).toBeVisible()
    const address = page.getByLabel(`Adresse du lien « ${label} »`)
    await expect(address).toBeVisible()
    const url = await address.inputValue()
    expect(url).toMatch(/^http:\/\/localhost:\d+\/fr\/statistiques\/partage\/[A-Za-z0-9_-]{32}$/)
    await expectAccessible(page)

    // A funder, without an account.
    const funder = await (await browser.newContext()).newPage()
    const shared = await visit(funder, url)
    expect(shared?.headers()['x-robots-tag']).toContain('noindex')
    expect(shared?.headers()['cache-control']).toContain('no-store')
    await expect(funder.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await expect(funder.getByRole('heading', { level: 1, name: 'Statistiques partagées' })).toBeVisible()
    await expect(funder.getByText('EPN de Namur-Centre')).toBeVisible()
    await expect(funder.getByText(/Type d’activité\s*:/)).toBeVisible()
    await expect(funder.getByRole('heading', { name: 'En bref' })).toBeVisible()
    await expect(funder.getByRole('table', { name: /par mois/ })).toBeVisible()
    await expect(funder.getByRole('button', { name: 'Appliquer les filtres' })).toHaveCount(0)
    // The Dutch address of the same link.
    await visit(funder, url.replace('/fr/statistiques/partage/', '/nl/statistieken/gedeeld/'))
    await expect(funder.getByRole('heading', { level: 1, name: 'Gedeelde statistieken' })).toBeVisible()

    await page.getByRole('listitem').filter({ hasText: label }).getByRole('button', { name: 'Révoquer' }).click()
    await expect(page.getByLabel(`Adresse du lien « ${label} »`)).toHaveCount(0)

    const gone = await visit(funder, url, 404)
    expect(gone?.headers()['cache-control']).toContain('no-store')
    await expect(funder.getByRole('heading', { name: 'Ce lien ne fonctionne plus' })).toBeVisible()
  })

  test('an apprenant is told politely that statistics are not for them', async ({ page }) => {
    await signIn(page, 'apprenant.demo')
    await visit(page, '/fr/statistiques')
    await expect(page.getByText(/Les statistiques sont réservées aux aidants/)).toBeVisible()
  })

  test('staff filter the whole platform by province and see the programme targets', async ({ page }) => {
    // Staff come with their /admin session.
    await page.goto('/admin/login')
    await page.getByLabel(/e-mail/i).fill('admin@demo.123digit.be')
    await page.getByLabel(/mot de passe/i).fill(demoPassword)
    await page.getByRole('button', { name: /connexion|se connecter/i }).click()
    await expect(page).toHaveURL(/\/admin$/)
    await visit(page, '/fr/statistiques')
    await expect(page.getByText('Toute la plateforme').first()).toBeVisible()
    await page.getByRole('combobox', { name: 'Province ou département' }).selectOption({ label: 'Namur' })
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click()
    await expect(page).toHaveURL(/province=BE-WNA/)
    await expect(
      page.getByRole('table', { name: /^Provinces/ }).getByRole('rowheader', { name: 'Namur' }),
    ).toBeVisible()
    const targets = page.getByRole('region', { name: 'Objectifs du programme' })
    await expect(targets.getByRole('table', { name: /Cross&Le@rn · Tout le programme/ })).toBeVisible()
    await expect(targets.getByRole('rowheader', { name: 'Aidants formés' }).first()).toBeVisible()
    await expectAccessible(page)
  })
})
