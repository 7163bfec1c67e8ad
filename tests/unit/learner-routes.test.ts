import { describe, expect, it } from 'vitest'

import { isLearnerPath } from '@/components/layout/learnerRoutes'

describe('isLearnerPath (the pages with the compact learner header)', () => {
  it('knows the learner pages in French and in Dutch', () => {
    for (const path of [
      '/fr/espace-apprenant',
      '/nl/leerruimte',
      '/fr/code',
      '/nl/code',
      '/fr/modules/mail-lire-et-repondre/formation',
      '/nl/modules/mail-lire-et-repondre/opleiding',
      '/fr/diagnostic',
      '/nl/diagnose/',
      '/fr/diagnostic/questionnaire',
      '/nl/diagnose/vragenlijst',
      '/fr/diagnostic/resultat/AB12-CD34',
      '/nl/diagnose/resultaat/AB12-CD34',
      '/fr/orientation',
      '/nl/orientatie',
      '/fr/orientation/fiche',
      '/nl/orientatie/fiche',
    ]) {
      expect(isLearnerPath(path), path).toBe(true)
    }
  })

  it('leaves every other page to the site header, and never mixes the languages', () => {
    for (const path of [
      '/fr',
      '/fr/catalogue',
      '/fr/modules/mail-lire-et-repondre',
      '/fr/modules/mail-lire-et-repondre/fiche',
      '/fr/espace-aidant',
      '/nl/helpersruimte',
      '/fr/leerruimte',
      '/nl/espace-apprenant',
      '/nl/modules/x/formation',
      '/fr/code/extra',
      '/fr/espace-apprenantx',
    ]) {
      expect(isLearnerPath(path), path).toBe(false)
    }
  })
})
