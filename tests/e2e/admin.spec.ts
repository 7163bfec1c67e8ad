import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import { formatAdminDate } from '@/lib/time/adminDate'

import { richText } from './support/richText'
import { expect, test } from './support/test'

/**
 * Issue 16, points 3 and 6: the admin in French and Dutch, validation reasons at the field, Brussels dates,
 * the content language in view, the editor's dashboard, and axe on what we own in the admin.
 */

const editor = { email: 'editeur@demo.123digit.be', password: 'Demo-123digit!' }

// The browser runs in UTC: the admin's dates must not depend on the device's zone.
test.use({ timezoneId: 'UTC' })
// One editor account, whose last content locale Payload remembers: the tests take turns.
test.describe.configure({ mode: 'serial' })

/** Signs the editor in through the API: the browser context keeps the cookie, whatever the admin language. */
async function signInAsEditor(page: Page): Promise<Record<string, string>> {
  const login = await page.request.post('/api/users/login', { data: editor })
  expect(login.status()).toBe(200)
  return { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
}

/**
 * axe on our own parts of the admin: our components, and the texts we write into Payload's forms (labels, row
 * names, descriptions, add buttons, list cells, validation reasons). What remains in Payload's own UI is
 * recorded in docs/admin-accessibility.md.
 */
const ours = [
  '.editor-dashboard',
  '.content-language',
  '.row-label-text',
  '.field-label',
  '.field-description',
  '.array-field__add-row',
  '.field-error',
  'table time',
]

async function expectOurPartsAccessible(page: Page) {
  let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
  let scoped = 0
  for (const selector of ours) {
    if ((await page.locator(selector).count()) > 0) {
      axe = axe.include(selector)
      scoped++
    }
  }
  expect(scoped, `none of our parts on ${page.url()}`).toBeGreaterThan(0)
  const { violations } = await axe.analyze()
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(
    blocking.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations in our parts of ${page.url()}`,
  ).toEqual([])
}

async function createFormationWithoutRightAnswer(page: Page, headers: Record<string, string>): Promise<number> {
  const response = await page.request.post('/api/formations?draft=true&locale=fr', {
    headers,
    data: {
      title: `Formation sans bonne réponse ${Date.now()}`,
      _status: 'draft',
      steps: [
        { blockType: 'content', title: 'Bienvenue', body: richText('On commence.') },
        { blockType: 'choice', question: 'Prêt ?', options: [{ label: 'Oui' }, { label: 'Non' }] },
      ],
    },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

test.describe('admin in French', () => {
  test.use({ locale: 'fr-BE' })

  test('the dashboard counts what waits and links to exactly those documents', async ({ page }) => {
    const headers = await signInAsEditor(page)
    const pendingCount = async () => {
      const pending = await page.request.get('/api/comments?where[status][equals]=pending&limit=0', { headers })
      return ((await pending.json()) as { totalDocs: number }).totalDocs
    }
    const tile = page.locator('[data-tile="comments"] a')
    let totalDocs = 0
    // Other tests file and approve comments meanwhile: the count read and the page agree once nothing moved.
    await expect(async () => {
      totalDocs = await pendingCount()
      await page.goto('/admin')
      await expect(page.getByRole('heading', { name: 'Ce qui vous attend' })).toBeVisible()
      // "1 commentaire", "2 commentaires": French counts 0 and 1 in the singular.
      await expect(tile).toHaveText(`${totalDocs}${totalDocs > 1 ? 'commentaires' : 'commentaire'} à modérer`, {
        timeout: 2_000,
      })
      expect(await pendingCount()).toBe(totalDocs)
    }).toPass({ timeout: 20_000 })
    for (const key of ['proposals', 'contactMessages', 'scheduledArticles', 'newslettersSending', 'staleStructures'])
      await expect(page.locator(`[data-tile="${key}"] a`)).toBeVisible()
    await expectOurPartsAccessible(page)

    await tile.click()
    await expect(page).toHaveURL(/\/admin\/collections\/comments\?where(%5B|\[)status/)
    await expect(page.locator('tbody tr')).toHaveCount(totalDocs)
    // In the table: the list's filter keeps a hidden "À modérer" of its own, earlier in the page.
    if (totalDocs > 0) await expect(page.locator('tbody').getByText('À modérer').first()).toBeVisible()
  })

  test('comments list: the text, its article, status and a 24-hour Brussels date', async ({ page }) => {
    await signInAsEditor(page)
    await page.goto('/admin/collections/comments')
    const headings = page.locator('thead th')
    await expect(headings.nth(1)).toHaveText(/Commentaire/)
    await expect(headings.nth(2)).toHaveText(/Article/)
    const dates = page.locator('tbody time')
    await expect(dates.first()).toBeVisible()
    for (const date of await dates.all()) {
      const text = (await date.textContent()) ?? ''
      expect(text).toMatch(/^\d{1,2} \S+ \d{4}, [0-2]\d:[0-5]\d$/)
      expect(text).toBe(formatAdminDate(await date.getAttribute('datetime'), 'fr'))
      expect(text).not.toMatch(/AM|PM/)
    }
    await expectOurPartsAccessible(page)
  })

  test('publishing a choice question without a right answer shows the reason at the field', async ({ page }) => {
    const headers = await signInAsEditor(page)
    const id = await createFormationWithoutRightAnswer(page, headers)
    await page.goto(`/admin/collections/formations/${id}?locale=fr`)
    await expect(page.locator('.row-label-text', { hasText: /Prêt/ })).toBeVisible()
    await page.getByRole('button', { name: /^Publier/ }).click()
    const answers = page.locator('.array-field').filter({ hasText: 'Réponses' })
    await expect(answers.locator('.field-error')).toContainText(
      'Cochez «\u00a0Bonne réponse\u00a0» sur au moins une réponse',
    )
    await expect(answers).toHaveClass(/error/)
    await expectOurPartsAccessible(page)
  })

  test('the content language is in view, and a new document starts in French', async ({ page }) => {
    await signInAsEditor(page)
    await page.goto('/admin/collections/modules/1?locale=nl')
    await expect(page.locator('.content-language')).toContainText(/Langue du contenu\s:\snéerlandais/)
    await expect(page.locator('.content-language')).toContainText('Vous modifiez la version néerlandaise')

    // Payload remembers Dutch as the editor's last locale; the create form still opens in French.
    await page.goto('/admin/collections/modules/create')
    await expect(page).toHaveURL(/locale=fr/)
    await expect(page.locator('.content-language')).toContainText(/Langue du contenu\s:\sfrançais/)
    await expect(page.getByRole('button', { name: 'Ajouter un objectif' })).toBeVisible()
    await expectOurPartsAccessible(page)
  })
})

test.describe('admin in Dutch (the editor’s browser language)', () => {
  test.use({ locale: 'nl-BE' })

  test('dashboard, labels, row names and dates in Dutch', async ({ page }) => {
    const headers = await signInAsEditor(page)
    await page.goto('/admin')
    await expect(page.getByRole('heading', { name: 'Wat op je wacht' })).toBeVisible()
    await expect(page.locator('[data-tile="comments"] a')).toContainText(/\d+ ?reacties? te modereren/)
    await expectOurPartsAccessible(page)

    const id = await createFormationWithoutRightAnswer(page, headers)
    await page.goto(`/admin/collections/formations/${id}?locale=fr`)
    await expect(page.locator('.content-language')).toContainText('Taal van de inhoud: Frans')
    await expect(page.locator('.row-label-text', { hasText: /^02 Meerkeuzevraag: Prêt/ })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Voeg een stap toe' })).toBeVisible()
    await expectOurPartsAccessible(page)
    // The reason at the field, in the editor's language.
    await page.getByRole('button', { name: /^Publice/ }).click()
    await expect(page.locator('.array-field .field-error')).toContainText('Vink bij minstens één antwoord')

    await page.goto('/admin/collections/comments')
    const date = page.locator('tbody time').first()
    expect(await date.textContent()).toBe(formatAdminDate(await date.getAttribute('datetime'), 'nl'))
  })
})
