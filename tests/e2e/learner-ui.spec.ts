import type { Locator, Page } from '@playwright/test'

import { heading, sim, solutions } from './support/diagnostic'
import { expect, expectAccessible, test, visit } from './support/test'

// A cheap phone held upright: 360×640 CSS px, touch screen (issue 18).
const screen = { width: 360, height: 640 }
test.use({ viewport: screen, isMobile: true, hasTouch: true })

const words = {
  fr: {
    code: '/fr/code',
    codeLabel: 'Code de l’atelier',
    nameLabel: 'Votre prénom ou un pseudo',
    join: 'Rejoindre l’atelier',
    space: '/fr/espace-apprenant',
    formation: '/fr/modules/mail-lire-et-repondre/formation',
    diagnostic: '/fr/diagnostic',
    check: 'Valider ma réponse',
    stepOf: 'Étape',
    next: /^(Suivant|Terminer)/,
    screen: 'Écran d’exercice (imitation)',
    typed: 'Répondre',
    pharmacy: /Pharmacie du Centre/,
    reply: ['Répondre', 'Votre réponse', 'Merci', 'Envoyer'],
    done: 'Bravo, vous avez terminé !',
    menu: 'Menu',
    skip: 'Je ne sais pas',
    start: 'Commencer le diagnostic',
  },
  nl: {
    code: '/nl/code',
    codeLabel: 'Code van de workshop',
    nameLabel: 'Je voornaam of een schuilnaam',
    join: 'Deelnemen aan de workshop',
    space: '/nl/leerruimte',
    formation: '/nl/modules/mail-lire-et-repondre/opleiding',
    diagnostic: '/nl/diagnose',
    check: 'Mijn antwoord controleren',
    stepOf: 'Stap',
    next: /^(Volgende|Afronden)/,
    screen: 'Oefenscherm (nabootsing)',
    typed: 'Beantwoorden',
    pharmacy: /Apotheek Centrum/,
    reply: ['Beantwoorden', 'Je antwoord', 'Dank je', 'Versturen'],
    done: 'Goed gedaan, je bent klaar!',
    menu: 'Menu',
    skip: 'Ik weet het niet',
    start: 'De diagnose starten',
  },
} as const
type Locale = keyof typeof words

/** Seen at once, without scrolling: the page is at its top and the element lies wholly inside the screen. */
async function expectOnScreen(page: Page, locator: Locator, what: string) {
  await expect(locator, what).toBeVisible()
  expect(await page.evaluate(() => window.scrollY), `${what}: the page is not scrolled`).toBe(0)
  const box = (await locator.boundingBox())!
  expect(box.y, `${what} starts on the screen`).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height, `${what} ends above the fold (${screen.height} px)`).toBeLessThanOrEqual(screen.height)
}

async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(0)
}

/** Joins the demo workshop as a participant without an account, as a learner does from the code sheet. */
async function join(page: Page, locale: Locale, name: string) {
  const w = words[locale]
  await visit(page, w.code)
  await page.getByLabel(w.codeLabel).fill('DEM347')
  await page.getByLabel(w.nameLabel).fill(name)
  await page.getByRole('button', { name: w.join }).click()
  await expect(page).toHaveURL(new RegExp(`${w.space}$`))
}

/** The step on screen: its question and its exercise, by kind (components/formation/steps/). */
async function currentStep(page: Page, locale: Locale) {
  const step = page.locator('section[aria-labelledby="formation-step"]')
  const simulated = step.getByRole('region', { name: words[locale].screen })
  if (await simulated.count())
    return { kind: 'simulated', question: step.locator('p.text-xl').first(), exercise: simulated }
  if (await step.locator('fieldset').count())
    return { kind: 'choice', question: step.locator('legend'), exercise: step.locator('fieldset ul') }
  if (await step.getByRole('group').count()) {
    const picture = step.getByRole('group').locator('img')
    // Every picture is shown, never its alt text: wait until it has loaded.
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true)
    return { kind: 'hotspot', question: step.locator('p.text-xl').first(), exercise: step.getByRole('group') }
  }
  if (await step.locator('ol').count())
    return { kind: 'order', question: step.locator('p.text-xl').first(), exercise: step.locator('ol') }
  if (await step.locator('input[type="text"]').count())
    return { kind: 'typeText', question: step.locator('label'), exercise: step.locator('input[type="text"]') }
  // A content step: its title, and the start of what it shows (its picture or its first paragraph).
  const start = step.locator('.space-y-3 > *').first()
  return { kind: 'content', question: step.getByRole('heading', { level: 2 }), exercise: start }
}

/** Answers the step on screen (right or wrong does not matter here) so that "Suivant" appears. */
async function answer(page: Page, locale: Locale, kind: string) {
  const w = words[locale]
  const step = page.locator('section[aria-labelledby="formation-step"]')
  if (kind === 'content') return
  if (kind === 'choice') await step.locator('fieldset input').first().check()
  if (kind === 'hotspot') await step.getByRole('group').click()
  if (kind === 'typeText') await step.locator('input[type="text"]').fill(w.typed)
  if (kind === 'simulated') {
    const screenOf = step.getByRole('region', { name: w.screen })
    const pharmacy = screenOf.getByRole('button', { name: w.pharmacy })
    if (await pharmacy.count()) return pharmacy.click()
    await screenOf.getByRole('button', { name: w.reply[0], exact: true }).click()
    await screenOf.getByLabel(w.reply[1]).fill(w.reply[2])
    return screenOf.getByRole('button', { name: w.reply[3] }).click()
  }
  await page.getByRole('button', { name: w.check }).click()
}

test.describe('the learner interface on a phone', () => {
  for (const locale of ['fr', 'nl'] as const) {
    test(`every step kind shows its question and its exercise without scrolling on a 360×640 phone (${locale}) @phone`, async ({
      page,
    }) => {
      test.setTimeout(120_000)
      const w = words[locale]
      await join(page, locale, 'Zoé')
      // The learner header: the logo, the first name, one menu button; not the site's navigation.
      await expect(page.getByTestId('signed-in-as')).toContainText('Zoé')
      await expect(page.getByRole('button', { name: w.menu })).toHaveAttribute('aria-expanded', 'false')
      await expect(page.locator('header nav:visible')).toHaveCount(0)
      await expectAccessible(page)

      await visit(page, w.formation)
      const seen = new Set<string>()
      for (let i = 1; i <= 9; i++) {
        await expect(page.getByText(new RegExp(`^${w.stepOf} ${i} `))).toBeVisible()
        // The step's view is on screen (the simulated screens' code loads on its first use).
        await expect(page.locator('#formation-step + div > *')).toHaveCount(1)
        const { kind, question, exercise } = await currentStep(page, locale)
        await expectOnScreen(page, question, `${kind}: the question`)
        await expectOnScreen(page, exercise, `${kind}: the exercise`)
        await expectNoSideScroll(page)
        if (!seen.has(kind)) await expectAccessible(page)
        seen.add(kind)
        await answer(page, locale, kind)
        await page.getByRole('button', { name: w.next }).click()
      }
      await expect(page.getByRole('heading', { name: w.done })).toBeVisible()
      expect([...seen].sort()).toEqual(['choice', 'content', 'hotspot', 'order', 'simulated', 'typeText'])
    })
  }

  test('the diagnostic: at every task the exercise is above the fold and the last feedback is gone @phone', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    await visit(page, '/fr/diagnostic')
    await page.getByRole('button', { name: 'Commencer le diagnostic' }).click()
    const tasks = new Set<string>()
    for (let i = 0; i < 30 && !/resultat/.test(page.url()); i++) {
      const task = await page
        .locator('[data-diagnostic-task]')
        .getAttribute('data-diagnostic-task', { timeout: 10_000 })
        .catch(() => null)
      if (!task || tasks.has(task)) {
        await page.waitForTimeout(200)
        continue
      }
      tasks.add(task)
      await expectOnScreen(page, heading(page), `${task}: the instruction`)
      // The town hall's form is a page of its own, taller than any phone: its top and first field show at once.
      if (task === 'form') await expectOnScreen(page, sim(page).locator('input').first(), `${task}: the first field`)
      else await expectOnScreen(page, sim(page), `${task}: the exercise`)
      // Feedback belongs to the task it answers: nothing is said under a new instruction.
      await expect(page.locator('[data-diagnostic-task] p[role="status"]')).toHaveText('')
      await expectNoSideScroll(page)
      // On a touch screen the instructions say "touch", never "click".
      await expect(heading(page)).not.toContainText(/clique/i, { useInnerText: true })
      if (tasks.size === 1) {
        await expectAccessible(page)
        // A wrong try first: "try again" shows under this task, then must not follow the person to the next one.
        expect(task).toBe('scroll')
        await sim(page).getByRole('button', { name: 'Pain' }).click()
        await expect(page.getByRole('status').filter({ hasText: 'Essayez encore' })).toBeVisible()
      }
      const instruction = (await heading(page).innerText()) ?? ''
      const solve = solutions.find(([pattern]) => pattern.test(instruction))
      if (solve) await solve[1](page)
      else await page.getByRole('button', { name: 'Je ne sais pas' }).click()
    }
    await expect(page).toHaveURL(/\/fr\/diagnostic\/resultat\//)
    expect(tasks.size).toBeGreaterThanOrEqual(10)
    await expectNoSideScroll(page)
    await expectAccessible(page)
  })

  test('the questionnaire starts with its first question on screen, in French and Dutch @phone', async ({ page }) => {
    for (const path of ['/fr/diagnostic/questionnaire', '/nl/diagnose/vragenlijst']) {
      await visit(page, path)
      const first = page.locator('main fieldset').first()
      await expectOnScreen(page, first.locator('legend'), `${path}: the first question`)
      await expectOnScreen(page, first.locator('input').first(), `${path}: its first answer`)
      await expectNoSideScroll(page)
    }
  })

  test('the diagnostic in Dutch: the first tasks fit the phone, with "tik" words @phone', async ({ page }) => {
    await visit(page, '/nl/diagnose')
    await page.getByRole('button', { name: words.nl.start }).click()
    for (let i = 0; i < 3; i++) {
      await expect(page.locator('[data-diagnostic-task]')).toHaveCount(1)
      const task = await page.locator('[data-diagnostic-task]').getAttribute('data-diagnostic-task')
      await expectOnScreen(page, heading(page), `${task}: the instruction`)
      await expectOnScreen(page, page.getByRole('region', { name: words.nl.screen }), `${task}: the exercise`)
      await expect(heading(page)).not.toContainText(/klik/i, { useInnerText: true })
      if (i === 0) await expectAccessible(page)
      await page.getByRole('button', { name: words.nl.skip }).click()
      await expect(page.locator(`[data-diagnostic-task="${task}"]`)).toHaveCount(0)
    }
  })

  test('the menu opens and closes with the keyboard, and holds the language switch @phone', async ({ page }) => {
    await join(page, 'fr', 'Lou')
    const menu = page.getByRole('button', { name: 'Menu' })
    await menu.focus()
    await page.keyboard.press('Enter')
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    const nav = page.getByRole('navigation', { name: 'Pages de l’apprenant' })
    await expect(nav.getByRole('link', { name: 'Rejoindre un atelier' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Quitter l’atelier sur cet appareil' }).first()).toBeVisible()
    await expectAccessible(page)
    // The panel follows the button in the tab order; Escape closes it and gives the focus back.
    await page.keyboard.press('Tab')
    await expect(nav.getByRole('link').first()).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(menu).toBeFocused()
    await expect(nav).toBeHidden()
    await page.keyboard.press('Space')
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    // Every control of the header is a comfortable target.
    for (const target of await page.locator('header a:visible, header button:visible').all()) {
      const box = (await target.boundingBox())!
      expect(box.height, await target.innerText()).toBeGreaterThanOrEqual(44)
    }
    await page.getByRole('link', { name: 'Nederlands' }).click()
    await expect(page).toHaveURL(/\/nl\/leerruimte$/)
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false')
    // Leaving the workshop from the menu forgets the name on this device too.
    await page.getByRole('button', { name: 'Menu' }).click()
    await page.getByRole('banner').getByRole('button', { name: 'De workshop op dit toestel verlaten' }).click()
    await expect(page).toHaveURL(/\/nl\/code$/)
    await expect(page.getByTestId('signed-in-as')).toHaveText('')
    expect((await page.context().cookies()).map((c) => c.name)).not.toContain('digit_learner')
  })

  test('no page of the learner scrolls sideways at 320 px (200 % zoom) or 640 px wide @phone', async ({ page }) => {
    test.setTimeout(150_000)
    await join(page, 'fr', 'Sam')
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 640 })
      for (const path of ['/fr/espace-apprenant', '/fr/code', words.fr.formation, '/fr/diagnostic/questionnaire']) {
        // axe once per page, at the narrowest width.
        if (width === 320) await visit(page, path)
        else await page.goto(path)
        await expectNoSideScroll(page)
      }
      await page.goto('/fr/diagnostic')
      await page.getByRole('button', { name: /Commencer le diagnostic|Recommencer depuis le début/ }).click()
      await expect(sim(page)).toBeVisible()
      await expectNoSideScroll(page)
      await page.getByRole('button', { name: 'Menu' }).click()
      await expectNoSideScroll(page)
    }
  })

  test('instructions say "cliquez" with a mouse and "touchez" on a touch screen', async ({ page, browser }) => {
    // Explicitly: contexts made in a test inherit the file's phone settings.
    const desktop = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      isMobile: false,
      hasTouch: false,
    })
    const mouse = await desktop.newPage()
    for (const [p, wanted, unwanted] of [
      [page, /Touchez l’endroit de l’image/, /Cliquez sur l’endroit/],
      [mouse, /Cliquez sur l’endroit de l’image/, /Touchez l’endroit/],
    ] as const) {
      await join(p, 'fr', 'Max')
      await p.goto(words.fr.formation)
      await p.getByRole('button', { name: /Suivant/ }).click()
      await p.locator('fieldset input').first().check()
      await p.getByRole('button', { name: 'Valider ma réponse' }).click()
      await p.getByRole('button', { name: /Suivant/ }).click()
      const help = p.locator('section[aria-labelledby="formation-step"] p[id$="-help"]')
      await expect(help).toHaveText(wanted, { useInnerText: true })
      await expect(help).not.toHaveText(unwanted, { useInnerText: true })
    }
    await desktop.close()
  })
})
