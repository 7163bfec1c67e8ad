import { refusedDomain } from '@/tests/support/smtp'

import { linkPath, waitForMail } from './support/mail'
import { demoPassword, expect, test, uniqueEmail, visit } from './support/test'

test.describe('newsletter', () => {
  test('subscribe with double opt-in, receive an issue, follow an article, unsubscribe in one click', async ({
    page,
    request,
  }) => {
    const email = uniqueEmail('lecteur')
    await visit(page, '/fr/media/arnaques-par-sms')
    const signup = page.getByRole('region', { name: 'Recevoir la newsletter' })
    await signup.getByLabel('Votre e-mail pour la newsletter').fill(email)
    await signup.getByRole('button', { name: 'M’abonner' }).click()
    await expect(signup.getByText('Presque fini !')).toBeVisible()

    const confirmation = await waitForMail(email, /Confirmez votre abonnement/)
    await visit(page, linkPath(confirmation, /\/api\/newsletter\/confirm/))
    await expect(page).toHaveURL(/\/fr\/newsletter\?etat=confirme/)
    await expect(page.getByText('C’est confirmé : vous recevrez la prochaine newsletter.')).toBeVisible()

    // An editor composes an issue and sends it (what the admin's buttons call).
    const login = await request.post('/api/users/login', {
      data: { email: 'editeur@demo.123digit.be', password: demoPassword },
    })
    const headers = { Authorization: `JWT ${(await login.json()).token}` }
    const article = (
      await (await request.get('/api/articles?where[slug][equals]=arnaques-par-sms', { headers })).json()
    ).docs[0]
    const subject = `Newsletter ${Date.now()}`
    const created = await request.post('/api/newsletters', {
      headers,
      data: { subject, language: 'fr', intro: 'Bonjour !', articles: [article.id] },
    })
    const issue = (await created.json()).doc
    expect((await request.post(`/api/newsletters/${issue.id}/send`)).status()).toBe(403)
    expect((await request.post(`/api/newsletters/${issue.id}/send`, { headers })).status()).toBe(202)

    const mail = await waitForMail(email, new RegExp(subject))
    await page.goto(linkPath(mail, /\/api\/newsletter\/click/))
    await expect(page).toHaveURL(/\/fr\/media\/arnaques-par-sms\?utm_source=newsletter/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Arnaques par SMS : les repérer avec les apprenants',
    )
    const clicks = await (
      await request.get(`/api/newsletter-clicks?where[newsletter][equals]=${issue.id}`, { headers })
    ).json()
    expect(clicks.docs[0].clicks).toBe(1)

    await visit(page, linkPath(mail, /\/api\/newsletter\/unsubscribe/))
    await expect(page.getByText('Vous êtes désabonné·e. Vous ne recevrez plus la newsletter.')).toBeVisible()
  })

  test('the footer form works without JavaScript, and a mistake comes back next to the field', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/nl/faq')
    const footer = page.locator('footer')
    await footer.getByLabel('Je e-mail voor de nieuwsbrief').fill('geen-adres')
    await footer.getByRole('button', { name: 'Mij abonneren' }).click()
    await expect(page).toHaveURL(/\/nl\/nieuwsbrief\?/)
    const field = page.locator('main').getByLabel('Je e-mail voor de nieuwsbrief')
    await expect(field).toHaveValue('geen-adres')
    await expect(page.locator('main').getByText('Dit e-mailadres is niet geldig', { exact: false })).toBeVisible()

    // The mail server refuses the confirmation (tests/support/smtp.ts): said above the form, the address kept.
    const refused = `voet.${Date.now()}@${refusedDomain}`
    await footer.getByLabel('Je e-mail voor de nieuwsbrief').fill(refused)
    await footer.getByRole('button', { name: 'Mij abonneren' }).click()
    await expect(page.locator('main').getByText('We konden de e-mail niet versturen.', { exact: false })).toBeVisible()
    await expect(field).toHaveValue(refused)

    const email = uniqueEmail('voet')
    await footer.getByLabel('Je e-mail voor de nieuwsbrief').fill(email)
    await footer.getByRole('button', { name: 'Mij abonneren' }).click()
    await expect(page.getByText('Bijna klaar!')).toBeVisible()
    expect((await waitForMail(email)).subject).toBe('Bevestig je abonnement op de nieuwsbrief van 123Digit')
    await context.close()
  })
})
