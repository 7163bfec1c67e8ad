import type { Page } from '@playwright/test'
import sharp from 'sharp'

import { expect, test, visit } from './support/test'

/** Every request the page makes that goes to another origin than the site's. */
function recordOutside(page: Page, baseURL: string) {
  const outside: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL).origin) outside.push(url.href)
  })
  return outside
}

/** How many pixels of a screenshot are close to the labels' colour (#1f2937). */
async function labelPixels(png: Buffer) {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true })
  let count = 0
  for (let i = 0; i < data.length; i += info.channels)
    if (Math.abs(data[i]! - 31) + Math.abs(data[i + 1]! - 41) + Math.abs(data[i + 2]! - 55) < 24) count++
  return count
}

test.describe('offline basemap', () => {
  test('at city zoom the map names the places (Namur, Jambes), with no request leaving the site', async ({
    page,
    baseURL,
  }) => {
    const outside = recordOutside(page, baseURL!)
    const glyphs: number[] = []
    page.on('response', (response) => {
      if (response.url().includes('/map/glyphs/noto-sans/')) glyphs.push(response.status())
    })
    // Near Namur the map opens at zoom 10; two steps in make the city zoom, 12.
    await visit(page, '/fr/cartographie?near=5000')
    const map = page.locator('#map [data-state="ready"]')
    await expect(map).toBeAttached({ timeout: 30_000 })
    const zoomIn = page.locator('#map .maplibregl-ctrl-zoom-in')
    await zoomIn.click()
    await page.waitForTimeout(400)
    await zoomIn.click()
    // maplibre-gl's own list of the label features it drew (queryRenderedFeatures on the symbol layers).
    await expect(map).toHaveAttribute('data-place-names', /(^|\|)Namur(\||$)/, { timeout: 20_000 })
    await expect(map).toHaveAttribute('data-place-names', /(^|\|)Jambes(\||$)/)
    // And the names are really painted: dark text pixels on the canvas (none without the glyphs).
    await page.waitForTimeout(500)
    expect(await labelPixels(await page.locator('#map').screenshot())).toBeGreaterThan(60)
    expect(glyphs.length).toBeGreaterThan(0)
    expect(glyphs.every((status) => status === 200)).toBe(true)
    await expect(page.locator('#map .maplibregl-ctrl-attrib')).toContainText('GeoNames')
    expect(outside).toEqual([])
  })

  test('on a Dutch page the places have their Dutch names', async ({ page, baseURL }) => {
    const outside = recordOutside(page, baseURL!)
    await visit(page, '/nl/kaart?near=5000')
    const map = page.locator('#map [data-state="ready"]')
    await expect(map).toBeAttached({ timeout: 30_000 })
    await expect(map).toHaveAttribute('data-place-names', /(^|\|)Namen(\||$)/, { timeout: 20_000 })
    expect(outside).toEqual([])
  })
})

test.describe('offline basemap on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true })

  test('cluster buttons are 44 × 44 px on a touch screen and still work from the keyboard @phone', async ({
    page,
    baseURL,
  }) => {
    const outside = recordOutside(page, baseURL!)
    await visit(page, '/fr/cartographie')
    await expect(page.locator('#map [data-state="ready"]')).toBeAttached({ timeout: 30_000 })
    const clusters = page.locator('#map').getByRole('button', { name: /lieux : zoomer/ })
    await expect(clusters.first()).toBeVisible()
    for (const cluster of await clusters.all()) {
      const box = (await cluster.boundingBox())!
      expect(box.width).toBeGreaterThanOrEqual(44)
      expect(box.height).toBeGreaterThanOrEqual(44)
    }
    const before = (await clusters.allTextContents()).join(',')
    await clusters.first().focus()
    await page.keyboard.press('Enter')
    // Zoomed into the cluster: the clusters split or change.
    await expect.poll(async () => (await clusters.allTextContents()).join(','), { timeout: 10_000 }).not.toBe(before)
    expect(outside).toEqual([])
  })
})
