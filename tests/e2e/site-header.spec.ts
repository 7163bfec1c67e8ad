import { expect, expectAccessible, signIn, test, visit } from './support/test'

/**
 * The site header on a phone: one line (logo, search, "Menu"), so the page's own task starts above the fold; the
 * navigation, the account links and the language switch open under it. Signed in, the header used to take 390 px
 * of a 740 px screen and pushed every form below the fold.
 */
test.describe('the site header on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('signed in, the form starts above the fold; the menu opens, closes with Escape and after a link', async ({
    page,
  }) => {
    await signIn(page, 'aidant@demo.123digit.be')
    await visit(page, '/fr/espace-aidant/ressources/proposer')
    const header = (await page.getByRole('banner').boundingBox())!
    expect(header.height, 'one line of header').toBeLessThanOrEqual(80)
    const title = (await page.getByLabel('Titre').boundingBox())!
    expect(title.y + title.height, 'the first field is above the fold').toBeLessThanOrEqual(740)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

    const menu = page.getByRole('button', { name: 'Menu' })
    const nav = page.getByRole('navigation', { name: 'Navigation principale' })
    await expect(nav).toBeHidden()
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await menu.tap()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(nav.getByRole('link', { name: 'Catalogue' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Mon espace' })).toBeVisible()
    await expect(page.getByTestId('signed-in-as')).toHaveText('Connecté : Amina Demo')
    await expectAccessible(page)
    await page.keyboard.press('Escape')
    await expect(nav).toBeHidden()
    await expect(menu).toBeFocused()

    await menu.tap()
    await nav.getByRole('link', { name: 'Catalogue' }).tap()
    await expect(page).toHaveURL(/\/fr\/catalogue$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(nav).toBeHidden()
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
  })

  test('in Dutch, the search stays one tap away and the menu holds the language switch', async ({ page }) => {
    await visit(page, '/nl')
    await expect(page.getByRole('banner').getByRole('link', { name: 'Zoeken' })).toBeVisible()
    await page.getByRole('button', { name: 'Menu' }).tap()
    await expect(
      page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Catalogus' }),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'Aanmelden' })).toBeVisible()
    await page.getByRole('link', { name: 'Français' }).tap()
    await expect(page).toHaveURL(/\/fr$/)
  })

  test('without JavaScript, everything is shown and no button does nothing', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
      javaScriptEnabled: false,
    })
    const page = await context.newPage()
    await page.goto('/fr')
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden()
    await context.close()
  })
})

test('on a desktop the header shows its navigation and account links, without a menu button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await visit(page, '/fr')
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible()
  await expect(page.getByRole('banner').getByRole('link', { name: 'Rechercher' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden()
})
