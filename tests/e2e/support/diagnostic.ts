import type { Page } from '@playwright/test'

import { expect } from './test'

/** The diagnostic simulator's tasks, solved as a person at ease would (tests/e2e/diagnostic.spec.ts, learner-ui). */
type Step = (page: Page) => Promise<void>

/** The instruction of the task on screen. */
export const heading = (page: Page) => page.locator('main h2').first()
export const sim = (page: Page) => page.getByRole('region', { name: 'Écran d’exercice (imitation)' })

/** What an autonomous person does on each task, found by its instruction. */
export const solutions: [RegExp, Step][] = [
  [/bouton vert/, (p) => sim(p).getByRole('button', { name: 'Bouton vert' }).click()],
  [/Pommes/, (p) => sim(p).getByRole('button', { name: 'Pommes' }).click()],
  [/dossier «\s?Photos\s?»/, (p) => sim(p).getByRole('button', { name: 'Photos' }).dblclick()],
  [
    /corbeille/,
    async (p) => {
      await sim(p)
        .getByRole('button', { name: /Vieille facture/ })
        .press('Enter')
      await sim(p)
        .getByRole('button', { name: /Corbeille/ })
        .click()
    },
  ],
  [
    /votre prénom/,
    async (p) => {
      await sim(p).getByLabel('Prénom').fill('Marie')
      await sim(p).getByRole('button', { name: 'Valider' }).click()
    },
  ],
  [
    /Namur/,
    async (p) => {
      await sim(p).getByLabel('Ville').fill('Namur')
      await sim(p).getByRole('button', { name: 'Valider' }).click()
    },
  ],
  [
    /marie\.dupont/,
    async (p) => {
      await sim(p).getByLabel('Adresse e-mail').fill('marie.dupont@exemple.be')
      await sim(p).getByRole('button', { name: 'Valider' }).click()
    },
  ],
  [/Horaires/, (p) => sim(p).getByRole('link', { name: 'Horaires d’ouverture' }).click()],
  [
    /météo/,
    async (p) => {
      await sim(p).getByLabel('Rechercher sur le web').fill('météo Namur')
      await sim(p).getByRole('button', { name: 'Rechercher' }).click()
    },
  ],
  [/page précédente/, (p) => sim(p).getByRole('button', { name: 'Page précédente' }).click()],
  [
    /barre d’adresse/,
    async (p) => {
      await sim(p).getByLabel('Adresse du site').fill('www.exemple.be')
      await sim(p).getByLabel('Adresse du site').press('Enter')
    },
  ],
  [
    /pharmacie/,
    (p) =>
      sim(p)
        .getByRole('button', { name: /Pharmacie du Centre/ })
        .click(),
  ],
  [
    /pièce jointe/,
    (p) =>
      sim(p)
        .getByRole('button', { name: /attestation\.pdf/ })
        .click(),
  ],
  [
    /Répondez/,
    async (p) => {
      await sim(p)
        .getByRole('button', { name: /Répondre/ })
        .click()
      await sim(p).getByLabel('Votre réponse').fill('Merci Julie !')
      await sim(p).getByRole('button', { name: 'Envoyer' }).click()
    },
  ],
  [
    /carte de stationnement/,
    async (p) => {
      // A first try with a mistake, as often happens: the form shows the error, the person fixes it.
      await sim(p).getByLabel('Nom et prénom').fill('Jean Dupont')
      await sim(p).getByLabel('Code postal').fill('50000')
      await sim(p).getByLabel('Adresse e-mail').fill('jean@exemple.be')
      await sim(p)
        .getByLabel(/J’accepte/)
        .check()
      await sim(p).getByRole('button', { name: 'Envoyer la demande' }).click()
      await expect(sim(p).getByText('Le code postal a 4 chiffres.')).toBeVisible()
      await sim(p).getByLabel('Code postal').fill('5000')
      await sim(p).getByRole('button', { name: 'Envoyer la demande' }).click()
    },
  ],
  [
    /arnaque/,
    (p) =>
      sim(p)
        .getByRole('button', { name: /Colis en attente/ })
        .click(),
  ],
  [/payer une facture/, (p) => sim(p).getByRole('button', { name: 'https://www.banque-exemple.be' }).click()],
]
