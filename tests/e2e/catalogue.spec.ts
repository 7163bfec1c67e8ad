import { expect, expectAccessible, test, visit } from './support/test'

const resultCount = async (page: import('@playwright/test').Page) =>
  Number((await page.locator('#results-title').textContent())?.match(/\d+/)?.[0] ?? 0)

test.describe('catalogue', () => {
  test('browses by theme from the theme links', async ({ page }) => {
    await visit(page, '/fr/catalogue')
    const total = await resultCount(page)
    expect(total).toBeGreaterThanOrEqual(30)
    await page
      .getByRole('navigation', { name: 'Thématiques' })
      .getByRole('link', { name: /Sécurité/ })
      .click()
    await expect(page).toHaveURL(/theme=securite-vie-privee/)
    await expect(
      page.getByRole('navigation', { name: 'Thématiques' }).getByRole('link', { name: /Sécurité/ }),
    ).toHaveAttribute('aria-current', 'page')
    const filtered = await resultCount(page)
    expect(filtered).toBeGreaterThan(0)
    expect(filtered).toBeLessThan(total)
    await page.getByRole('link', { name: 'Toutes les thématiques' }).click()
    await expect(page).toHaveURL(/\/fr\/catalogue$/)
  })

  test('combines search, themes and levels in a shareable URL', async ({ page }) => {
    await visit(page, '/fr/catalogue')
    await page.getByLabel('Rechercher un module').fill('mot de passe')
    await page.getByRole('group', { name: 'Niveaux' }).getByLabel(/^1 ·/).check()
    await page.getByRole('group', { name: 'Niveaux' }).getByLabel(/^2 ·/).check()
    await page.getByRole('button', { name: 'Appliquer les filtres' }).click()
    await expect(page).toHaveURL(/q=mot\+de\+passe/)
    await expect(page).toHaveURL(/level=1&level=2/)
    await expect(page.getByLabel('Rechercher un module')).toHaveValue('mot de passe')
    await expect(page.getByRole('group', { name: 'Niveaux' }).getByLabel(/^2 ·/)).toBeChecked()
    const shared = page.url()
    const cards = page.locator('main article')
    await expect(cards.first()).toBeVisible()
    for (const badge of await cards.locator('text=/Niveau \\d/').allTextContents()) expect(badge).toMatch(/Niveau [12]/)

    // The same URL opened elsewhere shows the same filtered view.
    const other = await page.context().newPage()
    await visit(other, shared)
    expect(await resultCount(other)).toBe(await resultCount(page))
  })

  test('paginates the full library', async ({ page }) => {
    await visit(page, '/fr/catalogue')
    await expect(page.locator('main ul > li article')).toHaveCount(12)
    await page.getByRole('link', { name: /Page suivante/ }).click()
    await expect(page).toHaveURL(/page=2/)
    await expect(page.getByText(/Page 2 sur \d+/)).toBeVisible()
    await expectAccessible(page)
  })

  test('shows an empty state that helps to widen the search', async ({ page }) => {
    await visit(page, '/nl/catalogus?q=zzzzzz-niets')
    await expect(page.getByText('Geen enkele module past bij je zoekopdracht.')).toBeVisible()
    await page.getByRole('link', { name: 'Alle modules bekijken' }).click()
    await expect(page).toHaveURL(/\/nl\/catalogus$/)
    expect(await resultCount(page)).toBeGreaterThanOrEqual(30)
  })

  test('ignores malformed parameters', async ({ page }) => {
    await visit(page, '/fr/catalogue?level=9&level=abc&theme=%3Cscript%3E&page=-4&q=')
    expect(await resultCount(page)).toBeGreaterThanOrEqual(30)
  })

  test('searches in Dutch in the Dutch catalogue', async ({ page }) => {
    await visit(page, '/nl/catalogus?q=wachtwoord')
    expect(await resultCount(page)).toBeGreaterThan(0)
    await expect(page.locator('main article').first()).toContainText(/wachtwoord/i)
  })
})
