import { expect, signIn, test, visit } from './support/test'

test.describe('structure pages', () => {
  test('show what a structure offers, when it is open and how to reach it, in French and Dutch', async ({ page }) => {
    await visit(page, '/fr/structures/epn-de-namur-centre')
    await expect(page.getByRole('heading', { level: 1, name: 'EPN de Namur-Centre' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Horaires' })).toBeVisible()
    await expect(page.getByText('Lundi')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Modifier les informations' })).toHaveCount(0)
    await visit(page, '/nl/organisaties/epn-de-namur-centre')
    await expect(page.getByRole('heading', { name: 'Openingsuren' })).toBeVisible()
    await visit(page, '/fr/structures/nexiste-pas', 404)
  })

  test('its référent gets an edit link', async ({ page }) => {
    await signIn(page, 'aidant@demo.123digit.be')
    await visit(page, '/fr/structures/epn-de-namur-centre')
    await page.getByRole('link', { name: 'Modifier les informations' }).click()
    await expect(page).toHaveURL(/\/fr\/espace-aidant\/structure$/)
  })
})
