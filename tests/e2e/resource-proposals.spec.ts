import type { Browser, Page } from '@playwright/test'

import { textNamedPdf } from '@/tests/support/files'
import { waitForMail } from './support/mail'
import { expect, expectAccessible, signIn, test, visit } from './support/test'

/**
 * Issue 16, point 2, end to end: an aidant proposes a community resource (a fake PDF is refused at its field,
 * what was typed stays), an editor decides in /admin, the resource is listed with its attribution and
 * licence, a refusal's reason reaches the aidant by e-mail and in "Mes propositions"; members report a module.
 */
const editor = { email: 'editeur@demo.123digit.be', password: 'Demo-123digit!' }
const aidant = { email: 'aidant@demo.123digit.be', name: 'Amina Demo' }
const colleague = { email: 'aidant2@demo.123digit.be', name: 'Bruno Demo' }

async function asEditor(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/admin/login')
  await page.getByLabel(/e-mail/i).fill(editor.email)
  await page.getByLabel(/mot de passe/i).fill(editor.password)
  await page.getByRole('button', { name: /connexion|se connecter/i }).click()
  await expect(page).toHaveURL(/\/admin$/)
  return page
}

/** The editor opens the proposal from the queue of pending resources and decides, in the admin's own form. */
async function moderate(page: Page, title: string, decision: 'Approuvée' | 'Refusée', reason?: string) {
  await page.goto('/admin/collections/community-resources?where[moderationStatus][equals]=pending')
  await page.getByRole('link', { name: title }).click()
  await expect(page.locator('#field-title')).toHaveValue(title)
  await page.locator('#field-moderationStatus').click()
  await page.getByRole('option', { name: decision, exact: true }).click()
  if (reason) await page.locator('#field-refusalReason').fill(reason)
  await page.getByRole('button', { name: 'Sauvegarder' }).click()
  await expect(page.locator('.payload-toast-container')).toContainText('Mis à jour avec succès')
}

/**
 * The listing's search: each instance's engine follows publications within seconds (lib/search/store.ts), so
 * the page is asked again until the card is there; then the page is checked with axe.
 */
async function listedCard(page: Page, path: string, title: string) {
  const card = page.getByRole('article').filter({ hasText: title })
  await expect(async () => {
    await page.goto(path)
    await expect(card).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await expectAccessible(page)
  return card
}

type Proposal = { title: string; licence: string; url?: string; file?: Buffer }

async function fillProposal(page: Page, p: Proposal, nl = false) {
  await page.getByLabel(nl ? 'Titel' : 'Titre').fill(p.title)
  await page.getByLabel(nl ? 'Beschrijving' : 'Description').fill('Un support testé de bout en bout.')
  await page.getByLabel(nl ? 'Thema' : 'Thème').selectOption({ index: 1 })
  await page.getByLabel('Niveau').selectOption('1')
  await page.getByLabel(nl ? 'Licentie' : 'Licence').selectOption(p.licence)
  await page.getByLabel(nl ? 'Link naar de bron' : 'Lien vers la ressource').fill(p.url ?? '')
  const file = page.getByLabel(nl ? 'Bestand' : 'Fichier')
  await file.setInputFiles(p.file ? [{ name: 'guide.pdf', mimeType: 'application/pdf', buffer: p.file }] : [])
}

test.describe('resources proposed by aidants', () => {
  // Each journey signs in twice (the aidant, the editor in /admin) on a production build shared by two workers.
  test.describe.configure({ timeout: 120_000 })

  test('an aidant proposes, a fake PDF is refused at its field, an editor publishes: listed with attribution and licence', async ({
    page,
    browser,
  }) => {
    // A journey over several pages and accounts (≈ 20 s alone, up to twice that on two busy CI workers).
    test.setTimeout(120_000)
    const title = `Guide proposé ${Date.now()}`
    await signIn(page, aidant.email)
    await visit(page, '/fr/espace-aidant')
    await page.getByRole('link', { name: 'Proposer une ressource' }).click()
    await expect(page).toHaveURL(/\/fr\/espace-aidant\/ressources\/proposer$/)
    await expectAccessible(page)

    // A text file named guide.pdf: refused at the file field, everything typed is still there.
    await fillProposal(page, { title, licence: 'cc-by-sa', file: textNamedPdf })
    await page.getByRole('button', { name: 'Envoyer la proposition' }).click()
    await expect(page.locator('#f-file-error')).toContainText('Ce fichier n’est pas accepté')
    await expect(page.getByLabel('Fichier')).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel('Titre')).toHaveValue(title)
    await expect(page.getByLabel('Licence')).toHaveValue('cc-by-sa')
    await expectAccessible(page)

    // With a link instead: sent, pending, followed in "Mes propositions".
    await fillProposal(page, { title, licence: 'cc-by-sa', url: 'https://www.exemple.be/guide-tablette' })
    await page.getByRole('button', { name: 'Envoyer la proposition' }).click()
    await expect(page).toHaveURL(/\/fr\/espace-aidant\/ressources\?envoyee=1$/)
    await expect(page.getByRole('status')).toContainText('Merci')
    const card = page.getByRole('article').filter({ hasText: title })
    await expect(card).toContainText('État : En attente de relecture')
    await expectAccessible(page)

    const admin = await asEditor(browser)
    await moderate(admin, title, 'Approuvée')

    // Anyone sees it listed, attributed to the aidant and their structure, with its licence linked to its text.
    const visitor = await (await browser.newContext()).newPage()
    const listed = await listedCard(visitor, `/fr/ressources-communaute?q=${encodeURIComponent(title)}`, title)
    await expect(listed).toContainText(aidant.name)
    await expect(listed).toContainText('EPN')
    await expect(listed.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    )
    await page.reload()
    await expect(card).toContainText('État : Publiée')
  })

  test('a proposal refused with a reason: the aidant reads it in "Mes propositions" and by e-mail', async ({
    page,
    browser,
  }) => {
    const title = `Proposition à refuser ${Date.now()}`
    const reason = `Le lien mène à une page payante (${Date.now()}).`
    await signIn(page, aidant.email)
    await page.goto('/fr/espace-aidant/ressources/proposer')
    await fillProposal(page, { title, licence: 'etalab-2.0', url: 'https://www.exemple.be/payant' })
    await page.getByRole('button', { name: 'Envoyer la proposition' }).click()
    await expect(page).toHaveURL(/envoyee=1$/)

    const admin = await asEditor(browser)
    await moderate(admin, title, 'Refusée', reason)

    await visit(page, '/fr/espace-aidant/ressources')
    const card = page.getByRole('article').filter({ hasText: title })
    await expect(card).toContainText('État : Refusée')
    await expect(card).toContainText(reason)
    const mail = await waitForMail(aidant.email, new RegExp(title))
    expect(mail.subject).toBe(`Votre proposition «\u00a0${title}\u00a0» n’a pas été publiée`)
    expect(mail.text).toContain(reason)
  })

  test('in Dutch: a colleague proposes, it is published with attribution and licence', async ({ page, browser }) => {
    const title = `Voorgestelde gids ${Date.now()}`
    await signIn(page, colleague.email, undefined, 'nl')
    await visit(page, '/nl/helpersruimte/bronnen/voorstellen')
    await fillProposal(page, { title, licence: 'cc-by', url: 'https://www.voorbeeld.be/gids' }, true)
    await page.getByLabel('Mijn organisatie', { exact: false }).uncheck()
    await page.getByRole('button', { name: 'Het voorstel versturen' }).click()
    await expect(page).toHaveURL(/\/nl\/helpersruimte\/bronnen\?envoyee=1$/)
    await expect(page.getByRole('article').filter({ hasText: title })).toContainText('Status: Wacht op controle')
    await expectAccessible(page)

    const admin = await asEditor(browser)
    await moderate(admin, title, 'Approuvée')

    const listed = await listedCard(page, `/nl/gemeenschapsbronnen?q=${encodeURIComponent(title)}`, title)
    await expect(listed).toContainText(colleague.name)
    await expect(listed.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    )
  })

  test('a member reports a module from its page; the report is in the admin’s queue', async ({ page, browser }) => {
    const comment = `La capture d’écran de l’étape 2 a changé (${Date.now()}).`
    await signIn(page, aidant.email)
    await page.goto('/fr/catalogue')
    await page.locator('main a[href^="/fr/modules/"]').first().click()
    await page.getByRole('link', { name: 'Signaler un problème' }).click()
    await expect(page).toHaveURL(/\/fr\/signaler\/module\/\d+$/)
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click()
    await expect(page.locator('#f-reason-error')).toContainText('obligatoire')
    await page.getByLabel('Obsolète').check()
    await page.getByLabel('Commentaire').fill(comment)
    await page.getByRole('button', { name: 'Envoyer le signalement' }).click()
    await expect(page.getByRole('status')).toContainText('Merci')

    const admin = await asEditor(browser)
    await admin.goto('/admin/collections/reports')
    const row = admin.locator('tr').filter({ hasText: comment })
    await expect(row).toContainText('Obsolète')
    await expect(row).toContainText('Ouvert')
  })

  test('on a 360 px phone: the form and "Mes propositions" fit the screen, with large targets @phone', async ({
    page,
  }) => {
    await signIn(page, aidant.email)
    for (const path of ['/fr/espace-aidant/ressources/proposer', '/fr/espace-aidant/ressources']) {
      await visit(page, path)
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0)
    }
    await page.goto('/fr/espace-aidant/ressources/proposer')
    for (const control of [
      page.getByLabel('Titre'),
      page.getByLabel('Licence'),
      page.getByLabel('Fichier'),
      page.getByRole('button', { name: 'Envoyer la proposition' }),
    ]) {
      const box = await control.boundingBox()
      expect(box?.height, await control.evaluate((e) => e.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(44)
    }
  })
})
