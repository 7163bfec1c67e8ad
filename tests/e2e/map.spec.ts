import sharp from 'sharp'

import { expect, expectAccessible, test, visit } from './support/test'

/** How many pixels of a screenshot are close to a colour. */
async function pixelsNear(png: Buffer, [r, g, b]: [number, number, number]) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
  let count = 0
  for (let i = 0; i < data.length; i += info.channels)
    if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24) count++
  return count
}

test.describe('cartographie', () => {
  test('the map really draws, offline: land, borders and places, and no request leaves the site', async ({
    page,
    baseURL,
  }) => {
    const outside: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
        outside.push(request.url())
    })
    await visit(page, '/fr/cartographie')
    const map = page.locator('#map')
    await expect(map.locator('[data-state="ready"]')).toBeAttached({ timeout: 30_000 })
    await page.waitForTimeout(500)
    const png = await map.screenshot()
    // The empty container is the sea colour; a drawn map also has land (#f7f7f2) and our places (#1d4ed8).
    expect(await pixelsNear(png, [247, 247, 242])).toBeGreaterThan(5000)
    expect(await pixelsNear(png, [29, 78, 216])).toBeGreaterThan(200)
    // Cluster counts are buttons: a keyboard user can zoom into them.
    await expect(map.getByRole('button', { name: /lieux : zoomer/ }).first()).toBeVisible()
    await expectAccessible(page)
    expect(outside).toEqual([])
  })

  test('search by name, open the popup from the list, then the structure page', async ({ page }) => {
    await visit(page, '/fr/cartographie')
    await page.getByLabel('Nom de la structure').fill('ciney')
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/q=ciney/)
    await expect(page.getByTestId('map-count')).toHaveText('1 lieu trouvé')
    await expect(page.locator('#map [data-state="ready"]')).toBeAttached({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Voir sur la carte' }).click()
    const popup = page.getByRole('dialog', { name: 'CPAS de Ciney – cellule numérique' })
    await expect(popup).toBeVisible()
    await expect(popup).toContainText('5590 Ciney')
    await expectAccessible(page)
    await popup.getByRole('link', { name: 'Voir la fiche' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'CPAS de Ciney – cellule numérique' })).toBeVisible()
    await expect(page.getByRole('img', { name: 'CPAS de Ciney – cellule numérique' })).toBeVisible()
  })

  test('search near a postcode, sorted by distance, and with filters kept in the URL', async ({ page }) => {
    await visit(page, '/fr/cartographie?near=5000')
    await expect(page.getByTestId('map-count')).toContainText('à moins de 25 km de 5000 Namur')
    await expect(page.getByTestId('map-results').getByRole('listitem').first()).toContainText('EPN de Namur-Centre')

    await page.getByText('Filtres').click()
    await page.getByRole('group', { name: 'Services' }).getByLabel('Démarches administratives en ligne').check()
    await page.getByRole('group', { name: 'Tarifs' }).getByLabel('Gratuit', { exact: true }).check()
    await page.getByRole('button', { name: 'Rechercher' }).click()
    await expect(page).toHaveURL(/near=5000.*service=demarches.*fee=gratuit/)
    await expect(
      page.getByRole('group', { name: 'Services' }).getByLabel('Démarches administratives en ligne'),
    ).toBeChecked()
    await expectAccessible(page)

    // Nothing matches: the page says so and offers to widen the search.
    await visit(page, '/fr/cartographie?q=zzzz&near=5000')
    await expect(page.getByText('Aucun lieu ne correspond à cette recherche.')).toBeVisible()
    await page.getByRole('link', { name: 'chercher sans le nom' }).click()
    await expect(page.getByTestId('map-count')).toContainText('5000 Namur')
  })

  test('an unknown place is said next to the field, with what was typed kept', async ({ page }) => {
    await visit(page, '/fr/cartographie?near=Atlantide')
    const near = page.getByLabel('Près de… (adresse, code postal ou commune)')
    await expect(near).toHaveValue('Atlantide')
    await expect(near).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Nous ne trouvons pas « Atlantide »')).toBeVisible()
  })

  test('in Dutch: a municipality name and the "open now" filter', async ({ page }) => {
    await visit(page, '/nl/kaart?near=Gent')
    await expect(page.getByTestId('map-count')).toContainText('op minder dan 25 km van Gent')
    await page.getByLabel('Nu open').check()
    await page.getByRole('button', { name: 'Zoeken' }).click()
    await expect(page).toHaveURL(/\/nl\/kaart\?.*near=Gent&open=1/)
    await expectAccessible(page)
  })

  // Issue 19: the gazetteer knows the Brussels communes in both languages, and numbers follow the page.
  const distances = async (page: import('@playwright/test').Page) =>
    (await page.getByTestId('map-results').getByRole('listitem').allInnerTexts()).map((text) =>
      Number(text.match(/(\d+(?:,\d+)?) km/)![1]!.replace(',', '.')),
    )

  test('"Bruxelles" on the French map lists the Brussels places nearest first, distances with a comma', async ({
    page,
  }) => {
    await visit(page, '/fr/cartographie?near=Bruxelles')
    await expect(page.getByTestId('map-count')).toContainText('à moins de 25 km de Bruxelles')
    const list = page.getByTestId('map-results').getByRole('listitem')
    await expect(list.first()).toContainText('Digitaal Huis Brussel-Noord')
    await expect(list.first()).toContainText('1000 Bruxelles')
    await expect(list.first()).toContainText(/à \d+,\d km/)
    const km = await distances(page)
    expect(km.length).toBeGreaterThanOrEqual(8)
    expect(km).toEqual([...km].sort((a, b) => a - b))
    await expectAccessible(page)
  })

  test('"Brussel" on the Dutch map lists them too, with the municipality names in Dutch', async ({ page }) => {
    await visit(page, '/nl/kaart?near=Brussel')
    await expect(page.getByTestId('map-count')).toContainText('op minder dan 25 km van Brussel')
    const list = page.getByTestId('map-results').getByRole('listitem')
    await expect(list.first()).toContainText('Digitaal Huis Brussel-Noord')
    await expect(list.first()).toContainText('1000 Brussel')
    await expect(list.filter({ hasText: 'Association Connexions Saint-Gilles' })).toContainText('1060 Sint-Gillis')
    const km = await distances(page)
    expect(km.length).toBeGreaterThanOrEqual(8)
    expect(km).toEqual([...km].sort((a, b) => a - b))
  })

  test('"Saint-Gilles" finds the place in 1060', async ({ page }) => {
    await visit(page, '/fr/cartographie?near=Saint-Gilles')
    await expect(page.getByTestId('map-results').getByRole('listitem').first()).toContainText(
      'Association Connexions Saint-Gilles',
    )
  })

  test('"Lille" offers the French and the Belgian one, keeping the other filters', async ({ page }) => {
    await visit(page, '/fr/cartographie?near=Lille&open=1')
    const choices = page.getByTestId('map-near-choices')
    await expect(choices).toContainText('Plusieurs lieux portent ce nom')
    await expect(choices.getByRole('link', { name: 'Lille (France, Nord)' })).toHaveAttribute('aria-current', 'true')
    await choices.getByRole('link', { name: 'Lille (Belgique, Anvers)' }).click()
    await expect(page).toHaveURL(/near=Lille&place=BE-13019.*open=1/)
    await expect(choices.getByRole('link', { name: 'Lille (Belgique, Anvers)' })).toHaveAttribute(
      'aria-current',
      'true',
    )
    await expect(page).toHaveTitle(/Trouver un lieu/)
    await expectAccessible(page)
  })

  test('an address keeps its street and is searched from its sub-municipality', async ({ page }) => {
    await visit(page, `/fr/cartographie?near=${encodeURIComponent('Rue de Dave 12, 5100 Jambes')}`)
    await expect(page.getByTestId('map-count')).toContainText('de 5100 Jambes')
    await expect(page.getByTestId('map-near-approximate')).toContainText('centre de 5100 Jambes')
    await expect(page.getByTestId('map-results').getByRole('listitem').first()).toContainText('EPN de Namur-Centre')
  })
})
