import { expect, expectAccessible, signIn, test, visit } from './support/test'

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

  test('the form says how the address was placed, and warns when the pin is more than 2 km from the municipality', async ({
    page,
  }) => {
    await signIn(page, 'aidant@demo.123digit.be')
    await visit(page, '/fr/espace-aidant/structure')
    await expect(page.getByText('Où l’adresse a été placée')).toBeVisible()
    const warning = page.getByTestId('pin-warning')
    await expect(warning).toHaveAttribute('role', 'status')
    await expect(warning).toContainText('du centre de Namur')
    await expect(warning).not.toContainText('Attention')
    // Typed coordinates (the keyboard way to move the pin): Dave, about 5 km south of Namur.
    await page.getByLabel('Latitude').fill('50.4224')
    await page.getByLabel('Latitude').press('Tab')
    await expect(warning).toContainText('Attention : l’épingle est à')
    await expect(warning).toContainText('Vous pouvez quand même enregistrer.')
    await expectAccessible(page)
    await page.getByLabel('Latitude').fill('50.4645')
    await page.getByLabel('Latitude').press('Tab')
    await expect(warning).not.toContainText('Attention')
  })
})
