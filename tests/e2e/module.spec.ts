import type { Page } from '@playwright/test'

import { expect, expectAccessible, signIn, test, visit } from './support/test'

/** Opens the first module of the catalogue (filtered by level) and returns its slug. */
async function openFirstModule(page: Page, locale: 'fr' | 'nl' = 'fr', level = '0') {
  await visit(page, `/${locale}/${locale === 'fr' ? 'catalogue' : 'catalogus'}?level=${level}`)
  await page.locator('main article h3 a').first().click()
  await expect(page).toHaveURL(/\/modules\/[a-z0-9-]+$/)
  await expectAccessible(page)
  return new URL(page.url()).pathname.split('/').pop() as string
}

test.describe('module page and its resources', () => {
  test('shows level, themes, objectives, duration, competences and resources', async ({ page }) => {
    await openFirstModule(page)
    const facts = page.locator('main dl').first()
    await expect(facts.getByText('Niveau', { exact: true })).toBeVisible()
    await expect(facts.getByText(/Niveau 0 · Premiers pas/)).toBeVisible()
    await expect(facts.getByText(/\d+ minutes/)).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Objectifs' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Compétences DigComp' })).toBeVisible()
    await expect(
      page
        .locator('main')
        .getByText(/^\d\.\d$/)
        .first(),
    ).toBeVisible()
    for (const name of ['Trame d’animation', 'Formation interactive', 'Fiche résumé']) {
      await expect(page.getByRole('link', { name })).toBeVisible()
    }
  })

  test('prints the trame on clean A4 pages', async ({ page }) => {
    // Trames, fiches and formations are for signed-in members.
    await signIn(page, 'apprenant.demo')
    const slug = await openFirstModule(page)
    await page.getByRole('link', { name: 'Trame d’animation' }).click()
    await expect(page).toHaveURL(new RegExp(`/fr/modules/${slug}/trame$`))
    await expectAccessible(page)
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Déroulé' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Matériel à préparer' })).toBeVisible()

    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden()
    await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden()
    await expect(page.locator('footer')).toBeHidden()
    const pdf = await page.pdf({ preferCSSPageSize: true })
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    expect(pages).toBeGreaterThanOrEqual(1)
    expect(pages).toBeLessThanOrEqual(4)
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[0 0 59[45]\.\d* 841\.\d*\]/)
  })

  test('shows the fiche in large type, with a print button, in Dutch', async ({ page }) => {
    // Trames, fiches and formations are for signed-in members.
    await signIn(page, 'apprenant.demo')
    const slug = await openFirstModule(page, 'nl')
    await page.getByRole('link', { name: 'Samenvattingsfiche' }).click()
    await expect(page).toHaveURL(new RegExp(`/nl/modules/${slug}/samenvattingsfiche$`))
    await expectAccessible(page)
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Om te onthouden' })).toBeVisible()
    const fontSize = await page
      .locator('article')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(20)
  })

  test('plays the formation one step at a time with the keyboard', async ({ page }) => {
    // Trames, fiches and formations are for signed-in members.
    await signIn(page, 'apprenant.demo')
    await openFirstModule(page)
    await page.getByRole('link', { name: 'Formation interactive' }).click()
    await expect(page).toHaveURL(/\/formation$/)
    await expectAccessible(page)
    const total = Number((await page.getByText(/^Étape 1 sur \d+$/).textContent())?.match(/sur (\d+)/)?.[1])
    expect(total).toBeGreaterThanOrEqual(4)

    let sawQuestion = false
    for (let step = 1; step <= total; step++) {
      await expect(page.getByText(`Étape ${step} sur ${total}`)).toBeVisible()
      const check = page.getByRole('button', { name: 'Valider ma réponse' })
      if (await check.isVisible()) {
        // A question: validating with nothing chosen explains what to do.
        await check.focus()
        await page.keyboard.press('Enter')
        await expect(page.getByText('Choisissez au moins une réponse avant de valider.')).toBeVisible()
        const options = page.locator('fieldset input')
        await options.first().focus()
        await page.keyboard.press('Space')
        await check.focus()
        await page.keyboard.press('Enter')
        await expect(page.getByRole('status').filter({ hasText: /Bonne réponse|pas tout à fait/ })).toBeVisible()
        if (await page.getByRole('button', { name: 'Réessayer' }).isVisible()) {
          await page.getByRole('button', { name: 'Réessayer' }).press('Enter')
          await expect(page.getByRole('button', { name: 'Valider ma réponse' })).toBeVisible()
          // Retry with the second option, then move on whatever the outcome.
          await options.nth(1).check()
          await page.getByRole('button', { name: 'Valider ma réponse' }).press('Enter')
        }
        sawQuestion = true
        await expectAccessible(page)
      }
      const next = page.getByRole('button', { name: step === total ? 'Terminer' : /Suivant/ })
      await next.focus()
      await page.keyboard.press('Enter')
    }
    expect(sawQuestion).toBe(true)
    await expect(page.getByRole('heading', { name: 'Bravo, vous avez terminé !' })).toBeFocused()
    await expect(page.getByText(/du premier coup, sur \d+ questions?/)).toBeVisible()
    await expectAccessible(page)
  })

  test('the formation fits a 360 px phone @phone', async ({ page }) => {
    // Trames, fiches and formations are for signed-in members.
    await signIn(page, 'apprenant.demo')
    await openFirstModule(page, 'fr', '1')
    await page.getByRole('link', { name: 'Formation interactive' }).click()
    await expect(page.getByText(/^Étape 1 sur/)).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const nextBox = await page
      .getByRole('button', { name: /Suivant|Valider/ })
      .first()
      .boundingBox()
    expect(nextBox?.height).toBeGreaterThanOrEqual(44)
  })
})
