import type { Page } from '@playwright/test'

import { heading, solutions } from './support/diagnostic'
import { expect, expectAccessible, signIn, test, visit } from './support/test'

async function playUntilResult(page: Page, act: (page: Page, instruction: string) => Promise<void>) {
  for (let i = 0; i < 30 && !/resultat/.test(page.url()); i++) {
    const instruction =
      (await heading(page)
        .textContent({ timeout: 10_000 })
        .catch(() => '')) ?? ''
    if (/resultat/.test(page.url())) break
    if (!instruction || /Revoir un résultat/.test(instruction)) {
      await page.waitForTimeout(200)
      continue
    }
    const exercise = page.getByText(/^Exercice \d+/)
    const before = await exercise.textContent()
    await act(page, instruction)
    // The next exercise, or the result once the last one is done (the exercise counter is then gone: waiting
    // for it to change would only burn the timeout).
    await expect
      .poll(
        async () =>
          /resultat/.test(page.url()) || (await exercise.textContent({ timeout: 1_000 }).catch(() => null)) !== before,
        {
          timeout: 10_000,
        },
      )
      .toBe(true)
  }
  await expect(page).toHaveURL(/\/fr\/diagnostic\/resultat\/[A-Z0-9]{4}-[A-Z0-9]{4}$/)
}

test.describe('diagnostic simulator', () => {
  test('a scripted beginner gets a beginner level and first-step recommendations; every screen passes axe', async ({
    page,
  }) => {
    // Some fifteen exercises, each checked by axe (≈ 1.5 s on two busy CI cores): more than the default minute.
    test.setTimeout(150_000)
    await visit(page, '/fr/diagnostic')
    await page.getByRole('button', { name: 'Commencer le diagnostic' }).click()
    let reloaded = false
    await playUntilResult(page, async (p, instruction) => {
      await expectAccessible(p)
      if (/bouton vert|votre prénom/.test(instruction)) {
        await solutions.find(([pattern]) => pattern.test(instruction))![1](p)
      } else {
        await p.getByRole('button', { name: 'Je ne sais pas' }).click()
      }
      // Closing the tab halfway and coming back resumes where the person was.
      if (!reloaded && /votre prénom/.test(instruction)) {
        reloaded = true
        await p.reload()
        await p.getByRole('button', { name: 'Reprendre où j’en étais' }).click()
      }
    })
    await expectAccessible(page)
    await expect(page.getByText('Niveau général : Débutant : à découvrir')).toBeVisible()
    await expect(page.getByRole('listitem').filter({ hasText: 'Utiliser l’appareil' })).toContainText('niveau 1 sur 3')
    await expect(page.getByRole('listitem').filter({ hasText: 'Sécurité en ligne' }).first()).toContainText(
      'niveau 0 sur 3',
    )
    await expect(page.getByRole('heading', { name: 'Modules conseillés' })).toBeVisible()
    await expect(page.locator('article a[href^="/fr/modules/"]').first()).toBeVisible()
    // The result prints on one A4 page to hand to the person.
    await page.emulateMedia({ media: 'print' })
    const pdf = await page.pdf({ format: 'A4' })
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1)
  })

  test('a scripted autonomous person gets level 3, and the result comes back from its code', async ({ page }) => {
    test.setTimeout(150_000)
    await visit(page, '/fr/diagnostic')
    await page.getByRole('button', { name: 'Commencer le diagnostic' }).click()
    await playUntilResult(page, async (p, instruction) => {
      // With the beginner's run, every one of the 17 task screens is checked by axe.
      await expectAccessible(p)
      const solution = solutions.find(([pattern]) => pattern.test(instruction))
      expect(solution, instruction).toBeTruthy()
      await solution![1](p)
    })
    await expect(page.getByText('Niveau général : Autonome')).toBeVisible()
    for (const domain of [
      'Utiliser l’appareil',
      'Écrire au clavier',
      'Naviguer sur internet',
      'Utiliser l’e-mail',
      'Sécurité en ligne',
    ]) {
      await expect(page.getByRole('listitem').filter({ hasText: domain }).first()).toContainText('niveau 3 sur 3')
    }
    // One mistake in the form, then fixed: still mastered.
    await expect(page.getByRole('listitem').filter({ hasText: 'Démarches en ligne' }).first()).toContainText(
      'niveau 3 sur 3',
    )
    const code = /resultat\/(.+)$/.exec(page.url())![1]!

    await visit(page, '/fr/diagnostic')
    await page.getByLabel('Code du résultat').fill(code.toLowerCase().replace('-', ' '))
    await page.getByRole('button', { name: 'Voir' }).click()
    await expect(page).toHaveURL(new RegExp(`/resultat/${code}$`))
    await expect(page.getByText(`Code du résultat : ${code}`)).toBeVisible()
  })

  test('an unknown result code gets a friendly message', async ({ page }) => {
    await visit(page, '/nl/diagnose/resultaat/ABCD-EFGH')
    await expect(page.locator('main [role="alert"]')).toContainText('Deze resultaatcode bestaat niet')
  })
})

test.describe('situation questionnaire', () => {
  test('is filled online with errors shown next to the fields, and gives a result', async ({ page }) => {
    await visit(page, '/fr/diagnostic/questionnaire')
    await page
      .getByRole('group', { name: /Quel équipement/ })
      .getByLabel('Un smartphone')
      .check()
    await page.getByRole('button', { name: 'Voir le résultat' }).click()
    await expect(page.getByRole('group', { name: /^Utiliser l’appareil/ })).toContainText('Ce champ est obligatoire.')
    await expect(page.getByRole('group', { name: /Quel équipement/ }).getByLabel('Un smartphone')).toBeChecked()
    await expectAccessible(page)

    for (const domain of [
      'Utiliser l’appareil',
      'Écrire au clavier',
      'Naviguer sur internet',
      'Utiliser l’e-mail',
      'Démarches en ligne',
    ]) {
      await page
        .getByRole('group', { name: new RegExp(`^${domain}`) })
        .getByLabel('Avec de l’aide')
        .check()
    }
    await page
      .getByRole('group', { name: /^Sécurité en ligne/ })
      .getByLabel('Je ne sais pas faire')
      .check()
    await page
      .getByRole('group', { name: /Qu’est-ce qui la freine/ })
      .getByLabel('Pas d’adresse e-mail')
      .check()
    await page.getByRole('button', { name: 'Voir le résultat' }).click()

    await expect(page).toHaveURL(/\/fr\/diagnostic\/resultat\/[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    await expectAccessible(page)
    await expect(page.getByRole('region', { name: 'Situation' })).toContainText('Un smartphone')
    await expect(page.getByRole('region', { name: 'Situation' })).toContainText('Pas d’adresse e-mail')
    await expect(page.getByRole('listitem').filter({ hasText: 'Naviguer sur internet' }).first()).toContainText(
      'niveau 1 sur 3',
    )
    await expect(page.getByText('Niveau général : Débutant : à découvrir')).toBeVisible()
  })

  test('prints as an A4 form that Chromium renders to a PDF', async ({ page }) => {
    await visit(page, '/nl/diagnose/vragenlijst')
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: 'Het resultaat bekijken' })).toBeHidden()
    await expect(page.locator('header').first()).toBeHidden()
    const pdf = await page.pdf({ format: 'A4', printBackground: false })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length).toBeGreaterThanOrEqual(1)
    expect(pages.length).toBeLessThanOrEqual(2)
  })
})

test('an aidant fills the questionnaire for an apprenant of the structure, who then sees it in the learner space', async ({
  browser,
}) => {
  const aidant = await (await browser.newContext()).newPage()
  await signIn(aidant, 'aidant@demo.123digit.be')
  await visit(aidant, '/fr/diagnostic/questionnaire')
  await aidant.getByLabel(/Pour qui faites-vous ce diagnostic/).selectOption({ label: 'Denise (apprenant.demo)' })
  for (const domain of [
    'Utiliser l’appareil',
    'Écrire au clavier',
    'Naviguer sur internet',
    'Utiliser l’e-mail',
    'Démarches en ligne',
    'Sécurité en ligne',
  ]) {
    await aidant
      .getByRole('group', { name: new RegExp(`^${domain}`) })
      .getByLabel('Seul, pour l’essentiel')
      .check()
  }
  await aidant.getByRole('button', { name: 'Voir le résultat' }).click()
  await expect(aidant.getByText('Niveau général : À l’aise : seul pour l’essentiel')).toBeVisible()

  const learner = await (await browser.newContext()).newPage()
  await signIn(learner, 'apprenant.demo')
  await visit(learner, '/fr/espace-apprenant')
  await expect(learner.getByRole('region', { name: 'Mes diagnostics' })).toContainText(
    'Questionnaire · À l’aise : seul pour l’essentiel',
  )
})
