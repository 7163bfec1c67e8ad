import { refusedDomain } from '@/tests/support/smtp'

import { waitForMail } from './support/mail'
import { expect, expectAccessible, test, uniqueEmail, visit } from './support/test'

test.describe('events', () => {
  test('registrations fill the seats, then go to the waiting list; each gets a mail', async ({ page }) => {
    await visit(page, '/fr/evenements')
    await expect(page.getByRole('heading', { name: 'À venir' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Passés' })).toBeVisible()
    await page.getByRole('link', { name: 'Atelier pratique : animer avec les fiches résumé' }).click()
    await expect(page.getByTestId('seats')).toHaveText('2 places restantes')

    const form = page.getByRole('region', { name: 'S’inscrire' })
    const register = async (name: string, email: string) => {
      await form.getByLabel('Votre nom').fill(name)
      await form.getByLabel('Votre adresse e-mail').fill(email)
      await form.getByLabel('Votre structure').fill('CPAS de Ciney')
      await form.getByRole('button', { name: /M’inscrire/ }).click()
    }
    const first = uniqueEmail('inscrit1')
    await register('Alice', first)
    await expect(page.getByText('votre place est réservée')).toBeVisible()
    expect((await waitForMail(first, /Inscription confirmée/)).text).toContain('(heure belge)')

    await page.reload()
    await expect(page.getByTestId('seats')).toHaveText('Plus qu’1 place')
    await register('Bruno', uniqueEmail('inscrit2'))
    await expect(page.getByText('votre place est réservée')).toBeVisible()

    await page.reload()
    await expect(page.getByTestId('seats')).toHaveText('Complet : inscription en liste d’attente')
    await expectAccessible(page)
    const third = uniqueEmail('attente')
    await register('Chloé', third)
    await expect(page.getByText('vous êtes sur la liste d’attente')).toBeVisible()
    expect((await waitForMail(third, /Liste d’attente/)).subject).toContain('animer avec les fiches résumé')

    // The same address twice is told so, not registered twice.
    await register('Alice', first)
    await expect(page.getByText('déjà inscrit·e')).toBeVisible()
  })

  test('when the confirmation e-mail cannot leave, the seat is kept and the page says so, in French and Dutch @phone', async ({
    page,
  }) => {
    for (const [path, labels, told] of [
      [
        '/fr/evenements/rencontre-referents-bruxelles',
        ['S’inscrire', 'Votre nom', 'Votre adresse e-mail', 'Votre structure', /M’inscrire/],
        'votre place est réservée. Mais l’e-mail de confirmation n’a pas pu partir',
      ],
      [
        '/nl/evenementen/rencontre-referents-bruxelles',
        ['Inschrijven', 'Je naam', 'Je e-mailadres', 'Je organisatie', /Mij inschrijven/],
        'je plaats is gereserveerd. Maar de bevestigingsmail kon niet vertrekken',
      ],
    ] as const) {
      await visit(page, path)
      const [region, name, email, structure, submit] = labels
      const form = page.getByRole('region', { name: region })
      await form.getByLabel(name).fill('Dora')
      // The test mail server refuses any message to this domain (tests/support/smtp.ts).
      await form.getByLabel(email).fill(`dora.${Date.now()}@${refusedDomain}`)
      await form.getByLabel(structure).fill('CPAS de Ciney')
      await form.getByRole('button', { name: submit }).click()
      await expect(page.getByText(told)).toBeVisible()
      await expectAccessible(page)
    }
  })

  test('each event has an .ics file, and there is an iCal feed, in Dutch too', async ({ page, request }) => {
    await visit(page, '/nl/evenementen/webinar-phishing-herkennen')
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Toevoegen aan mijn agenda (.ics)' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe('webinar-phishing-herkennen.ics')
    const ics = await (await request.get('/api/events/webinar-phishing-herkennen/ics?locale=nl')).text()
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(ics).toContain('SUMMARY:Webinar: phishing leren herkennen')
    expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/)
    expect(ics).toContain('END:VEVENT')

    const feed = await request.get('/api/events/calendar.ics?locale=fr')
    expect(feed.headers()['content-type']).toContain('text/calendar')
    expect((await feed.text()).match(/BEGIN:VEVENT/g)?.length).toBeGreaterThanOrEqual(4)
  })
})
