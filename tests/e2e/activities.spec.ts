import { expect, expectAccessible, signIn, test, visit } from './support/test'

/** The activity log v2 (issue 17) as an aidant uses it between two people, on a phone. */
test.describe('activity log', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('a one-to-one activity takes a theme and one tap; the details stay optional; mistakes are shown at the field', async ({
    page,
  }) => {
    await signIn(page, 'aidant2@demo.123digit.be')
    await visit(page, '/fr/espace-aidant')
    await page.getByRole('link', { name: '+ Noter une activité' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Noter une activité' })).toBeVisible()
    // Filled in: one-to-one, today, 30 minutes; a theme and the button (one scroll below) are all it takes.
    await expect(page.getByRole('radio', { name: 'Individuel' })).toBeChecked()
    await expect(page.getByLabel(/Durée en minutes/)).toHaveValue('30')
    await page.getByRole('checkbox', { name: 'Démarches administratives' }).check()
    await page.getByRole('button', { name: 'Enregistrer l’activité' }).click()
    await expect(page.getByText('Activité de 30 minutes enregistrée.')).toBeVisible()
    await page.reload()
    const recent = page.getByRole('region', { name: 'Mes dernières activités' })
    await expect(recent.getByRole('listitem').first()).toContainText('Démarches administratives')

    // A collective workshop with its details; a wrong postcode is shown next to its field, the rest is kept.
    await page.getByRole('radio', { name: 'Collectif (atelier)' }).check()
    await page.getByRole('checkbox', { name: 'Prendre en main son appareil' }).check()
    await page.getByLabel(/Nombre de participants/).fill('7')
    await page.getByText('Ajouter des détails (facultatif)').click()
    await page.getByLabel(/Titre de l’atelier/).fill('Smartphone pour débutants')
    await page.getByLabel(/Code postal du lieu/).fill('12')
    await page.getByRole('button', { name: 'Enregistrer l’activité' }).click()
    await expect(page.getByText('Le formulaire contient des erreurs. Corrigez les champs indiqués.')).toBeVisible()
    const postcode = page.getByLabel(/Code postal du lieu/)
    await expect(postcode).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByLabel(/Titre de l’atelier/)).toHaveValue('Smartphone pour débutants')
    await expect(page.getByLabel(/Nombre de participants/)).toHaveValue('7')
    await postcode.fill('5100')
    await page.getByRole('button', { name: 'Enregistrer l’activité' }).click()
    await expect(page.getByText('Activité de 30 minutes enregistrée.')).toBeVisible()
    await page.reload()
    await expect(recent.getByRole('listitem').first()).toContainText('Smartphone pour débutants')
    await expect(recent.getByRole('listitem').first()).toContainText('7 personnes')
    await expectAccessible(page)

    await visit(page, '/nl/helpersruimte/activiteiten')
    await expect(page.getByRole('heading', { level: 1, name: 'Een activiteit noteren' })).toBeVisible()
    await expect(page.getByRole('checkbox', { name: 'Administratieve aanvragen' })).toBeVisible()
    await expectAccessible(page)
  })
})
