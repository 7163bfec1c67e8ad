import { chromium } from '@playwright/test'
const base = 'http://localhost:3100'
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
})
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
const outside = []
page.on('request', (r) => {
  if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url())
})
page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 200)))
await page.goto(base + '/fr/cartographie')
await page
  .locator('#map [data-state="ready"]')
  .waitFor({ timeout: 20000 })
  .catch((e) => console.log('not ready', e.message))
await page.screenshot({ path: '/tmp/shots/map.png' })
await page.getByRole('button', { name: 'Voir sur la carte' }).first().click()
await page.waitForTimeout(2500)
await page.screenshot({ path: '/tmp/shots/map-popup.png' })
const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })).newPage()
await phone.goto(base + '/nl/kaart?near=Gent&service=outils-quotidien')
await phone.waitForTimeout(4000)
await phone.screenshot({ path: '/tmp/shots/map-phone.png', fullPage: true })
await phone.goto(base + '/fr/structures/epn-de-namur-centre')
await phone.screenshot({ path: '/tmp/shots/structure-phone.png', fullPage: true })
console.log('outside requests', outside)
await browser.close()
