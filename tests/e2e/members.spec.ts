import { linkPath, waitForMail } from './support/mail'
import { expect, expectAccessible, signIn, test, uniqueEmail, visit } from './support/test'

const password = 'Un-mot-de-passe-solide'

test.describe('members and structures', () => {
  test('an aidant signs up and creates a structure, invites a colleague who accepts, then edits the structure', async ({
    page,
    browser,
  }) => {
    // A journey over several pages and accounts (≈ 20 s alone, up to twice that on two busy CI workers).
    test.setTimeout(120_000)
    const email = uniqueEmail('referente')
    await visit(page, '/fr/inscription')
    await page.getByRole('link', { name: /Je suis aidant/ }).click()
    await page.getByLabel('Prénom et nom').fill('Rita Test')
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Mot de passe', { exact: false }).first().fill(password)
    await page.getByLabel('Répéter le mot de passe').fill(password)
    await page.getByRole('button', { name: 'Créer mon compte' }).click()

    await expect(page.getByRole('heading', { name: 'Rejoindre une structure' })).toBeVisible()
    await expect(page.getByTestId('signed-in-as')).toHaveText('Connecté : Rita Test')
    const name = `EPN Test ${Date.now()}`
    await page.getByLabel('Nom de la structure').fill(name)
    await page.getByLabel('Type de structure').selectOption('epn')
    await page.getByLabel('Adresse (rue et numéro)').fill('Rue Haute 5')
    const postcode = page.getByRole('textbox', { name: /^Code postal/ })
    await postcode.fill('50')
    await page.getByRole('textbox', { name: /^Commune/ }).fill('Namur')
    await page.getByRole('button', { name: 'Créer la structure' }).click()
    // A wrong postcode is refused next to the field, and what was typed stays.
    await expect(page.getByText('Un code postal belge a 4 chiffres.')).toBeVisible()
    await expect(page.getByLabel('Nom de la structure')).toHaveValue(name)
    await postcode.fill('5000')
    await page.getByRole('button', { name: 'Créer la structure' }).click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await visit(page, '/fr/espace-aidant/structure')

    const colleague = uniqueEmail('collegue')
    await page.getByLabel('Adresse e-mail').fill(colleague)
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click()
    await expect(page.getByText(`Invitation envoyée à ${colleague}.`)).toBeVisible()

    const mail = await waitForMail(colleague)
    expect(mail.subject).toContain(name)
    const other = await (await browser.newContext()).newPage()
    await visit(other, linkPath(mail, /\/fr\/invitation\//))
    await other.getByRole('link', { name: 'Créer mon compte et rejoindre' }).click()
    await expect(other.getByLabel('Adresse e-mail')).toHaveValue(colleague)
    await other.getByLabel('Prénom et nom').fill('Colin Test')
    await other.getByLabel('Mot de passe', { exact: false }).first().fill(password)
    await other.getByLabel('Répéter le mot de passe').fill(password)
    await other.getByRole('button', { name: 'Créer mon compte' }).click()
    await expect(other.getByText(`Votre structure : ${name}`)).toBeVisible()
    await other.close()

    await page.reload()
    await expect(page.getByText(/Colin Test · Aidant · Membre/)).toBeVisible()
    await page.getByLabel('Téléphone').fill('+32 81 12 34 56')
    await page
      .getByRole('group', { name: 'Services proposés' })
      .getByLabel('Démarches administratives en ligne')
      .check()
    await page.getByLabel('Ouvre à Lundi').fill('09:00')
    await page.getByLabel('Ferme à Lundi').fill('12:30')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByText('C’est enregistré.')).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('Téléphone')).toHaveValue('+32 81 12 34 56')
    await expect(page.getByLabel('Ferme à Lundi')).toHaveValue('12:30')
  })

  test('an apprenant signs up without an e-mail address, then signs in with the username (in Dutch)', async ({
    page,
  }) => {
    const username = `leerder.${Date.now()}`
    await visit(page, '/nl/registreren')
    await page.getByRole('link', { name: /Ik wil leren/ }).click()
    await page.getByLabel('Voornaam of schuilnaam').fill('Jan')
    await page.getByLabel('Gebruikersnaam').fill(username)
    await page.getByLabel('Wachtwoord', { exact: false }).first().fill(password)
    await page.getByLabel('Herhaal het wachtwoord').fill(password)
    await page.getByRole('button', { name: 'Mijn account maken' }).click()
    await expect(page.getByRole('heading', { name: 'Leerruimte' })).toBeVisible()
    await expect(page).toHaveURL(/\/nl\/leerruimte$/)
    await expectAccessible(page)

    // The learner space has the compact learner header: signing out is in its menu.
    await page.getByRole('button', { name: 'Menu' }).click()
    await page.getByRole('button', { name: 'Afmelden' }).click()
    await expect(page.getByRole('link', { name: 'Aanmelden' })).toBeVisible()
    await signIn(page, username.toUpperCase(), password, 'nl')
    await expect(page).toHaveURL(/\/nl\/leerruimte$/)
    await expect(page.getByText('Hallo Jan!')).toBeVisible()

    // "Download my data" gives a file named in Dutch.
    await visit(page, '/nl/account')
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Mijn gegevens downloaden' }).click()
    expect((await download).suggestedFilename()).toBe('123digit-mijn-gegevens.json')
  })

  test('a wrong password gets a clear message and keeps what was typed', async ({ page }) => {
    await visit(page, '/fr/connexion')
    await page.getByLabel('E-mail ou nom d’utilisateur').fill('aidant@demo.123digit.be')
    await page.getByLabel('Mot de passe').fill('pas le bon')
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await expect(page.locator('form [role="alert"]')).toHaveText('E-mail, nom d’utilisateur ou mot de passe incorrect.')
    await expect(page.getByLabel('E-mail ou nom d’utilisateur')).toHaveValue('aidant@demo.123digit.be')
    await expect(page.getByLabel('Mot de passe')).toHaveValue('')
  })

  test('a forgotten password is reset by e-mail', async ({ page }) => {
    const email = uniqueEmail('oubli')
    await page.goto('/fr/inscription?profil=aidant')
    await page.getByLabel('Prénom et nom').fill('Oubli Test')
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByLabel('Mot de passe', { exact: false }).first().fill(password)
    await page.getByLabel('Répéter le mot de passe').fill(password)
    await page.getByRole('button', { name: 'Créer mon compte' }).click()
    await expect(page).toHaveURL(/\/fr\/espace-aidant\/structure$/)
    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible()

    await visit(page, '/fr/mot-de-passe-oublie')
    await page.getByLabel('Adresse e-mail').fill(email)
    await page.getByRole('button', { name: 'Envoyer le lien' }).click()
    await expect(page.getByRole('status')).toContainText('un e-mail vient de partir')
    const mail = await waitForMail(email)
    expect(mail.subject).toBe('Choisir un nouveau mot de passe 123Digit')
    await visit(page, linkPath(mail, /\/fr\/mot-de-passe\/nouveau\?token=/))
    await page.getByLabel('Nouveau mot de passe').fill('Tout-nouveau-mot-2026')
    await page.getByLabel('Répéter le mot de passe').fill('Tout-nouveau-mot-2026')
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click()
    await expect(page.getByRole('status')).toContainText('Votre mot de passe est changé')
    await signIn(page, email, 'Tout-nouveau-mot-2026')
    await expect(page).toHaveURL(/\/fr\/espace-aidant/)
    await visit(page, '/fr/compte')
    await expect(page.getByRole('heading', { name: 'Supprimer mon compte' })).toBeVisible()
  })

  test('an aidant asks to change structure, and the référent of the new structure accepts', async ({
    page,
    browser,
  }) => {
    await signIn(page, 'aidant2@demo.123digit.be')
    await visit(page, '/fr/espace-aidant/structure')
    const target = await page.evaluate(
      async () => (await (await fetch('/api/structures?limit=2&sort=id&depth=0')).json()).docs[1].name as string,
    )
    await page.getByLabel('Nom, commune ou code postal').first().fill(target)
    await page.getByRole('button', { name: 'Chercher' }).first().click()
    await page
      .getByRole('button', { name: `Demander à rejoindre : ${target}` })
      .first()
      .click()
    await expect(page.getByText(`Demande envoyée à ${target}.`)).toBeVisible()

    const referent = await (await browser.newContext()).newPage()
    await signIn(referent, 'aidant3@demo.123digit.be')
    await visit(referent, '/fr/espace-aidant/structure')
    await referent.getByRole('button', { name: 'Accepter : Bruno Demo' }).click()
    await expect(referent.getByText('Demande acceptée.')).toBeVisible()
    await expect(referent.getByText(/Bruno Demo · Aidant · Membre/)).toBeVisible()
    await referent.close()

    await page.goto('/fr/espace-aidant')
    await expect(page.getByText(`Votre structure : ${target}`)).toBeVisible()
  })

  test('trames need a signed-in member, who comes back to the trame after signing in', async ({ page }) => {
    await page.goto('/fr/catalogue')
    const moduleLink = page.locator('main article h3 a').first()
    const href = (await moduleLink.getAttribute('href'))!
    await page.goto(`${href}/trame`)
    await expect(page).toHaveURL(/\/fr\/connexion\?retour=/)
    await expect(page.getByText('Connectez-vous pour voir cette page.')).toBeVisible()
    await page.getByLabel('E-mail ou nom d’utilisateur').fill('apprenant.demo')
    await page.getByLabel('Mot de passe').fill('Demo-123digit!')
    await page.getByRole('button', { name: 'Se connecter' }).click()
    await expect(page).toHaveURL(new RegExp(`${href}/trame$`))
  })
})
