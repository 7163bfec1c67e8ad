import type { APIRequestContext, Page } from '@playwright/test'

import { heading } from './support/diagnostic'
import { expect, test, visit } from './support/test'

/**
 * Issue 16: the diagnostics' words are edited in /admin and the simulator shows them, in French and in Dutch,
 * as soon as they are published (the cache tag of the diagnostics is expired by the collection's hook).
 */
const editor = { email: 'editeur@demo.123digit.be', password: 'Demo-123digit!' }

type Task = { key: string; instruction: string }
type Doc = { id: number; domains: { key: string; tasks: Task[] }[] }

/** The demo simulator, read with the editor's rights, in one language. */
async function simulator(api: APIRequestContext, headers: Record<string, string>, locale: 'fr' | 'nl') {
  const response = await api.get(`/api/diagnostics?where[kind][equals]=simulator&depth=0&locale=${locale}`, {
    headers,
  })
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: Doc[] }).docs[0]!
}

/** Types the instruction of the domain's second task (the device domain starts with it) and publishes. */
async function editInAdmin(page: Page, id: number, locale: 'fr' | 'nl', instruction: string) {
  await page.goto(`/admin/collections/diagnostics/${id}?locale=${locale}`)
  const field = page.locator('#field-domains__0__tasks__1__instruction')
  // The tasks are collapsed: open the second one (again if the first click came before the form was ready).
  const toggle = page.locator('#domains-0-tasks-row-1 .collapsible__toggle').first()
  await expect(async () => {
    if (!(await field.isVisible())) await toggle.click()
    await expect(field).toBeVisible({ timeout: 5_000 })
  }).toPass({ timeout: 60_000 })
  await field.fill(instruction)
  await page.getByRole('button', { name: /Publier les modifications|Wijzigingen publiceren|Publish changes/ }).click()
  await expect(page.locator('.payload-toast-container')).toContainText(/Mis à jour avec succès|Succesvol aangepast/, {
    timeout: 30_000,
  })
}

/** Starts the simulator and reads the first task's instruction. */
async function firstInstruction(page: Page, path: string, start: string) {
  await visit(page, path)
  await page.getByRole('button', { name: start }).click()
  return heading(page)
}

test.describe('diagnostics in the CMS', () => {
  test('GET /api/diagnostics gives anonymous readers the published diagnostics only, and garbage a 4xx', async ({
    request,
  }) => {
    for (const query of ['', '?draft=true', '?draft=true&where[_status][equals]=draft']) {
      const response = await request.get(`/api/diagnostics${query}`)
      expect(response.status(), query).toBe(200)
      const body = (await response.json()) as { docs: { _status?: string }[] }
      expect(
        body.docs.every((doc) => doc._status === 'published'),
        query,
      ).toBe(true)
    }
    expect((await request.get('/api/diagnostics/versions')).status()).toBe(403)
    for (const garbage of [
      '?where[nothing][equals]=1',
      '?where[domains.tasks.key][like]=%00',
      '?limit=abc&page=-3',
      '?sort=%27%3B--',
      '?depth=999',
      '?where=[',
      '/not-an-id',
      '/99999999',
    ]) {
      const status = (await request.get(`/api/diagnostics${garbage}`)).status()
      expect(status, garbage).toBeLessThan(500)
    }
  })

  test('an editor rewords a task in /admin, in French and Dutch, publishes, and the simulator shows it', async ({
    page,
    browser,
    request,
  }) => {
    // The admin's edit page is heavy for a shared 2-core machine.
    test.setTimeout(300_000)
    // The REST calls (the words before, putting them back after) have their own cookie jar: the page stays
    // signed out until the editor signs in through the admin's form.
    const login = await request.post('/api/users/login', { data: editor })
    const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const before = {
      fr: await simulator(request, headers, 'fr'),
      nl: await simulator(request, headers, 'nl'),
    }
    const stamp = Date.now().toString(36)
    // Still about «\u00a0Pommes\u00a0» / ‘Appels’: the other diagnostic specs, running meanwhile, find it by that word.
    const wording = {
      fr: `Faites défiler la liste jusqu’à «\u00a0Pommes\u00a0», puis choisissez-les (${stamp}).`,
      nl: `Scrol door de lijst tot ‘Appels’ en kies ze (${stamp}).`,
    }

    try {
      // The editor signs in through the admin's own form, then edits the document in each language.
      await page.goto('/admin/login')
      await page.getByLabel(/e-mail/i).fill(editor.email)
      await page.getByLabel(/mot de passe/i).fill(editor.password)
      await page.getByRole('button', { name: /connexion|se connecter/i }).click()
      await expect(page).toHaveURL(/\/admin$/)
      await editInAdmin(page, before.fr.id, 'fr', wording.fr)
      await editInAdmin(page, before.nl.id, 'nl', wording.nl)

      // A visitor sees the new words at once, in both languages.
      const visitor = await (await browser.newContext()).newPage()
      await expect(await firstInstruction(visitor, '/fr/diagnostic', 'Commencer le diagnostic')).toHaveText(wording.fr)
      await expect(await firstInstruction(visitor, '/nl/diagnose', 'De diagnose starten')).toHaveText(wording.nl)
      // Each language keeps its own words: the Dutch edit left the French one as it was.
      const after = await simulator(request, headers, 'fr')
      expect(after.domains[0]!.tasks[1]!.instruction).toBe(wording.fr)
    } finally {
      // The demo words come back, for the other specs.
      for (const locale of ['fr', 'nl'] as const) {
        const response = await request.patch(`/api/diagnostics/${before[locale].id}?locale=${locale}`, {
          headers,
          data: { domains: before[locale].domains, _status: 'published' },
        })
        expect(response.status(), await response.text()).toBe(200)
      }
    }
  })
})
