import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test as base } from '@playwright/test'

/** Fails on any serious or critical axe violation of the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    blocking.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations on ${page.url()}`,
  ).toEqual([])
}

/** Opens a page, checks it answered, and runs axe on it: every visited page is checked. */
export async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path)
  expect(response?.status(), `status of ${path}`).toBe(status)
  // A 404 from notFound() is served by Next 16 as an error shell without <html lang> that React then renders
  // on the client (vercel/next.js#97514): check the page as the visitor's browser shows it.
  await page.locator('html[lang]').waitFor({ state: 'attached' })
  await expectAccessible(page)
  return response
}

export const test = base
export { expect }

export const demoPassword = 'Demo-123digit!'

/** Signs in through the sign-in page, as a member would. */
export async function signIn(page: Page, identifier: string, password = demoPassword, locale: 'fr' | 'nl' = 'fr') {
  await page.goto(locale === 'fr' ? '/fr/connexion' : '/nl/aanmelden')
  await page.getByLabel(locale === 'fr' ? 'E-mail ou nom d’utilisateur' : 'E-mail of gebruikersnaam').fill(identifier)
  await page.getByLabel(locale === 'fr' ? 'Mot de passe' : 'Wachtwoord').fill(password)
  await page.getByRole('button', { name: locale === 'fr' ? 'Se connecter' : 'Aanmelden' }).click()
  await page.waitForURL((url) => !/connexion|aanmelden/.test(url.pathname))
}

/** The demo editor's REST credentials, for a test that plays the editor through the API. */
export async function editorHeaders(request: APIRequestContext): Promise<{ Authorization: string }> {
  const response = await request.post('/api/users/login', {
    data: { email: 'editeur@demo.123digit.be', password: demoPassword },
  })
  expect(response.ok(), 'the demo editor signs in').toBe(true)
  return { Authorization: `JWT ${(await response.json()).token}` }
}

/** A unique e-mail address per test run, so parallel tests never meet. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`
}
