import { expect, expectAccessible, test, visit } from './support/test'
import type { Page } from '@playwright/test'

// The postcode of each listed place ("7000 Mons", "9000 Gent").
const postcodes = async (page: Page) =>
  (await page.getByTestId('map-results').getByRole('listitem').allInnerTexts()).map((text) =>
    Number(text.match(/\b(\d{4,5}) \p{Lu}/u)![1]),
  )
const hainaut = (code: number) => (code >= 6000 && code <= 6599) || (code >= 7000 && code <= 7999)

test.describe('provinces and regions on the map', () => {
  test('"Hainaut" lists only the places with a Hainaut postcode, and the map shows the same @phone', async ({
    page,
  }) => {
    await visit(page, '/fr/cartographie?near=Hainaut')
    const count = page.getByTestId('map-count')
    await expect(count).toContainText(/^\d+ lieux? dans la province de Hainaut$/)
    const listed = await postcodes(page)
    expect(listed.length).toBeGreaterThanOrEqual(3)
    expect(listed.filter((code) => !hainaut(code))).toEqual([])
    expect(await count.innerText()).toBe(`${listed.length} lieux dans la province de Hainaut`)
    await expect(page.getByLabel('Près de… (adresse, code postal ou commune)')).toHaveValue('Hainaut')
    // The map's points are the list's places.
    const points = await page.request.get('/api/map/points?near=Hainaut')
    expect(((await points.json()) as { points: number[] }).points.length / 3).toBe(listed.length)
    await expectAccessible(page)
  })

  test('"Oost-Vlaanderen" on the Dutch map lists the places of the province', async ({ page }) => {
    await visit(page, '/nl/kaart?near=Oost-Vlaanderen')
    const count = page.getByTestId('map-count')
    await expect(count).toContainText(/^\d+ plekk?e?n? in de provincie Oost-Vlaanderen$/)
    const listed = await postcodes(page)
    expect(listed.length).toBeGreaterThanOrEqual(2)
    expect(listed.filter((code) => code < 9000 || code > 9999)).toEqual([])
  })

  test('"Région wallonne" says "en Région wallonne"', async ({ page }) => {
    await visit(page, `/fr/cartographie?near=${encodeURIComponent('Région wallonne')}`)
    await expect(page.getByTestId('map-count')).toContainText(/^\d+ lieux en Région wallonne$/)
    const listed = await postcodes(page)
    expect(listed.filter((code) => code < 1300 || (code >= 1500 && code < 4000) || code >= 8000)).toEqual([])
  })

  test('"Namur" is the city first, with the province among the choices @phone', async ({ page }) => {
    await visit(page, '/fr/cartographie?near=Namur')
    await expect(page.getByTestId('map-count')).toContainText('à moins de 25 km de Namur')
    const choices = page.getByTestId('map-near-choices')
    await expect(choices.getByRole('link', { name: 'Namur (Belgique, Namur)' })).toHaveAttribute('aria-current', 'true')
    await choices.getByRole('link', { name: 'Province de Namur (Belgique)' }).click()
    await expect(page).toHaveURL(/near=Namur&place=BE-WNA/)
    await expect(page.getByTestId('map-count')).toContainText(/^\d+ lieux? dans la province de Namur$/)
    expect((await postcodes(page)).filter((code) => code < 5000 || code > 5999)).toEqual([])
  })

  test('"Anvers" says "d’Anvers"', async ({ page }) => {
    await visit(page, '/fr/cartographie?near=Anvers')
    await expect(page.getByTestId('map-count')).toContainText(/à moins de 25 km d’Anvers$/)
  })
})
