import { readFile } from 'node:fs/promises'

import type { Page } from '@playwright/test'

import { expect, expectAccessible, signIn, test, visit } from './support/test'

const moduleTitle = 'Lire un e-mail et y répondre'

async function next(page: Page, step: number) {
  await page.getByRole('button', { name: /Suivant/ }).click()
  await expect(page.getByText(`Étape ${step} sur 9`)).toBeVisible()
}

async function check(page: Page, result: 'Bonne réponse !' | 'Ce n’est pas tout à fait ça.') {
  await page.getByRole('button', { name: 'Valider ma réponse' }).click()
  await expect(page.getByRole('status').filter({ hasText: result })).toBeVisible()
}

/** Sorts the ordering step with its "Monter" buttons, as a keyboard or touch user would. */
async function putInOrder(page: Page, wanted: string[]) {
  const items = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Monter/ }) })
  for (const [target, label] of wanted.entries()) {
    const texts = await items.allTextContents()
    const at = texts.findIndex((text) => text.includes(label))
    for (let i = at; i > target; i--) await page.getByRole('button', { name: `Monter « ${label} »` }).click()
  }
}

test.describe('workshops, the formation player and follow-up', () => {
  test('an aidant shares a module by code; a learner on a phone plays every step kind; the aidant follows up', async ({
    page,
    browser,
  }) => {
    test.setTimeout(240_000)
    // The aidant prepares the workshop; a form sent half-filled says what is missing and keeps the rest.
    await signIn(page, 'aidant@demo.123digit.be')
    await visit(page, '/fr/espace-aidant')
    await page.getByRole('link', { name: /Créer un atelier/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Créer un atelier' })).toBeVisible()
    await expectAccessible(page)
    const title = `Atelier e-mail ${Date.now()}`
    await page.getByLabel(`${moduleTitle} (Premiers pas)`).check()
    await page.getByRole('button', { name: 'Créer l’atelier et son code' }).click()
    await expect(page.getByText('Ce champ est obligatoire.')).toBeVisible()
    await expect(page.getByLabel(`${moduleTitle} (Premiers pas)`)).toBeChecked()
    await page.getByLabel('Nom de l’atelier').fill(title)
    await page.getByRole('button', { name: 'Créer l’atelier et son code' }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    const shown = (await page.getByTestId('workshop-code').textContent())!.trim()
    expect(shown).toMatch(/^[A-Z0-9]{3} [A-Z0-9]{3}$/)
    const workshopUrl = page.url()
    await expectAccessible(page)

    // The sheet to print: the code, the address and a QR code.
    await page.getByRole('link', { name: 'Imprimer la feuille du code' }).click()
    await expect(page.getByText(shown)).toBeVisible()
    await expect(page.getByRole('img', { name: /Code QR/ })).toBeVisible()
    await expectAccessible(page)

    // A learner joins from a phone, without an account. A wrong code is refused; the name typed stays.
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })
    const learner = await phone.newPage()
    await visit(learner, '/fr/code')
    await learner.getByLabel('Code de l’atelier').fill('ZZZ ZZZ')
    await learner.getByLabel('Votre prénom ou un pseudo').fill('Zoé')
    await learner.getByRole('button', { name: 'Rejoindre l’atelier' }).click()
    await expect(learner.getByText(/Ce code ne marche pas/)).toBeVisible()
    await expect(learner.getByLabel('Votre prénom ou un pseudo')).toHaveValue('Zoé')
    await learner.getByLabel('Code de l’atelier').fill(shown.toLowerCase())
    await learner.getByLabel('J’accepte que l’aidant de l’atelier voie ma progression.').check()
    await learner.getByRole('button', { name: 'Rejoindre l’atelier' }).click()
    await expect(learner.getByRole('heading', { name: `Mon atelier : ${title}` })).toBeVisible()
    await expectAccessible(learner)
    const cookie = (await phone.cookies()).find((c) => c.name === 'digit_atelier')
    expect(cookie?.httpOnly).toBe(true)

    // The formation: every step kind, one wrong answer and a retry.
    await learner.getByRole('link', { name: new RegExp(`${moduleTitle}.*À faire`) }).click()
    await expect(learner.getByText('Étape 1 sur 9')).toBeVisible()
    await next(learner, 2)
    await learner.getByLabel('Je ne l’ai pas encore lu').check()
    await check(learner, 'Bonne réponse !')
    await next(learner, 3)
    const picture = learner.getByRole('group', { name: 'Image : placez le repère' })
    const box = (await picture.boundingBox())!
    await picture.click({ position: { x: box.width * 0.85, y: box.height * 0.85 } })
    await check(learner, 'Ce n’est pas tout à fait ça.')
    await expectAccessible(learner)
    await learner.getByRole('button', { name: 'Réessayer' }).click()
    await picture.click({ position: { x: box.width * 0.1, y: box.height * 0.2 } })
    await check(learner, 'Bonne réponse !')
    await next(learner, 4)
    await learner.getByRole('button', { name: 'Pharmacie du Centre — Votre commande est prête' }).click()
    await expect(learner.getByRole('status').filter({ hasText: 'Bonne réponse !' })).toBeVisible()
    // Progress is saved after every step: a reload resumes at the next step.
    await next(learner, 5)
    await expect.poll(() => learner.evaluate(() => Object.keys(localStorage).length)).toBe(0)
    await learner.reload()
    await expect(learner.getByText('Étape 5 sur 9')).toBeVisible()

    // The connection drops for a moment: the learner goes on, and nothing is lost.
    await phone.setOffline(true)
    await next(learner, 6)
    await learner.getByLabel('Seulement mon message').check()
    await check(learner, 'Bonne réponse !')
    await expect(learner.getByText(/Pas de connexion\. Vous pouvez continuer/)).toBeVisible()
    await next(learner, 7)
    await putInOrder(learner, ['Ouvrir le message', 'Toucher Répondre', 'Écrire votre message', 'Toucher Envoyer'])
    await check(learner, 'Bonne réponse !')
    await next(learner, 8)
    await learner.getByLabel(/Quel bouton touchez-vous/).fill('repondre')
    await check(learner, 'Bonne réponse !')
    await phone.setOffline(false)
    await expect(learner.getByText(/Pas de connexion\. Vous pouvez continuer/)).toBeHidden()
    await expect.poll(() => learner.evaluate(() => Object.keys(localStorage).length), { timeout: 40_000 }).toBe(0)
    await next(learner, 9)
    await learner.getByRole('button', { name: 'Répondre', exact: true }).click()
    await learner.getByLabel('Votre réponse').fill('Merci')
    await learner.getByRole('button', { name: 'Envoyer' }).click()
    await expect(learner.getByRole('status').filter({ hasText: 'Bonne réponse !' })).toBeVisible()
    await learner.getByRole('button', { name: 'Terminer' }).click()
    await expect(learner.getByRole('heading', { name: 'Bravo, vous avez terminé !' })).toBeVisible()
    await expect(learner.getByText('6 bonnes réponses du premier coup, sur 7 questions.')).toBeVisible()
    await expect.poll(() => learner.evaluate(() => Object.keys(localStorage).length)).toBe(0)
    await expectAccessible(learner)

    // The aidant sees the completion, the question that was failed, and exports the CSV.
    await page.goto(workshopUrl)
    const row = page.getByRole('row', { name: /Zoé/ })
    await expect(row.getByText('Terminé')).toBeVisible()
    await expect(row.getByText('6/7 du premier coup')).toBeVisible()
    const hardest = page
      .getByRole('region', { name: 'Les questions les plus difficiles' })
      .getByRole('listitem')
      .first()
    await expect(hardest).toContainText('Touchez le bouton pour écrire un nouveau message')
    await expect(hardest).toContainText('1 sur 1 se sont trompés au moins une fois')
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Exporter en CSV' }).click()
    const csv = await readFile((await (await download).path())!, 'utf8')
    expect(csv).toContain(`Zoé,${moduleTitle},Terminé,6/7`)
    await row.getByRole('button', { name: 'Noter 30 min avec Zoé' }).click()
    // The one tap adds Zoé to today's collective activity of this workshop.
    await expect(row.getByText(/Présence notée\s?: 1 participant à l’atelier d’aujourd’hui\./)).toBeVisible()
    await row.getByRole('link', { name: 'Zoé' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Historique de Zoé' })).toBeVisible()
    await expectAccessible(page)
    await visit(page, workshopUrl.replace('/fr/espace-aidant/ateliers/', '/nl/helpersruimte/workshops/'))

    // The learner space shows the progress, in French and in Dutch.
    await visit(learner, '/fr/espace-apprenant')
    await expect(learner.getByRole('link', { name: new RegExp(`${moduleTitle}.*Terminé`) }).first()).toBeVisible()
    await expect(learner.getByRole('heading', { name: 'Ma progression', exact: true })).toBeVisible()
    await expect(learner.getByText(/Niveau gagné|Pour le niveau/).first()).toBeVisible()
    await visit(learner, '/nl/leerruimte')
    await expect(learner.getByRole('heading', { name: `Mijn workshop: ${title}` })).toBeVisible()
    await phone.close()
  })

  test('a participant opens only what the workshop shares; a visitor without a code is sent to sign in', async ({
    page,
  }) => {
    await page.goto('/fr/code?code=DEM347')
    await expect(page.getByLabel('Code de l’atelier')).toHaveValue('DEM347')
    await page.getByLabel('Votre prénom ou un pseudo').fill('Invité')
    await page.getByRole('button', { name: 'Rejoindre l’atelier' }).click()
    await expect(page.getByRole('heading', { name: /Mon atelier/ })).toBeVisible()
    await visit(page, `/fr/modules/mail-lire-et-repondre/formation`)
    await page.goto('/fr/modules/pp-allumer-eteindre-et-redemarrer/formation')
    await expect(page).toHaveURL(/\/fr\/connexion/)
    // On a shared computer the learner leaves the workshop: the next person starts clean.
    await visit(page, '/fr/espace-apprenant')
    await page.getByRole('button', { name: 'Quitter l’atelier sur cet appareil' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Rejoindre un atelier' })).toBeVisible()
    expect((await page.context().cookies()).some((c) => c.name === 'digit_atelier')).toBe(false)
    await page.goto('/fr/espace-apprenant')
    await expect(page).toHaveURL(/\/fr\/connexion/)
  })

  test('"save my progress" when joining creates an apprenant account without e-mail @phone', async ({ page }) => {
    await visit(page, '/nl/code')
    await page.getByLabel('Code van de workshop').fill('DEM347')
    await page.getByLabel('Je voornaam of een schuilnaam').fill('Omar')
    await page.getByLabel('Een account maken om mijn voortgang later terug te vinden').check()
    await page.getByLabel('Gebruikersnaam').fill(`omar${Date.now() % 1_000_000}`)
    await page.getByLabel('Wachtwoord').fill('kort')
    await page.getByRole('button', { name: 'Deelnemen aan de workshop' }).click()
    await expect(page.getByText('Het wachtwoord telt minstens 10 tekens.')).toBeVisible()
    await expect(page.getByLabel('Je voornaam of een schuilnaam')).toHaveValue('Omar')
    await page.getByLabel('Wachtwoord').fill('Een-lang-wachtwoord')
    await page.getByRole('button', { name: 'Deelnemen aan de workshop' }).click()
    await expect(page.getByRole('heading', { name: /Mijn workshop/ })).toBeVisible()
    await expect(page.getByTestId('signed-in-as')).toContainText('Omar')
    await expectAccessible(page)
  })
})
