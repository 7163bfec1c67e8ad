import { chromium } from '@playwright/test'
const base = 'http://localhost:3100'
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
})
const page = await (await browser.newContext({ viewport: { width: 390, height: 800 } })).newPage()
await page.goto(base + '/fr/connexion')
await page.getByLabel('E-mail ou nom d’utilisateur').fill('aidant@demo.123digit.be')
await page.getByLabel('Mot de passe').fill('Demo-123digit!')
await page.getByRole('button', { name: 'Se connecter' }).click()
await page.waitForURL(/espace-aidant/)
await page.goto(base + '/fr/espace-aidant/structure')
await page.getByText('Faites glisser l’épingle').scrollIntoViewIfNeeded()
await page.waitForTimeout(3000)
const box = await page.locator('.maplibregl-canvas').boundingBox()
await page.mouse.click(box.x + 60, box.y + 60)
await page.waitForTimeout(500)
console.log(
  'lat',
  await page.locator('input[name=latitude]').inputValue(),
  'lon',
  await page.locator('input[name=longitude]').inputValue(),
)
await page.getByText('Faites glisser l’épingle').scrollIntoViewIfNeeded()
await page.screenshot({ path: '/tmp/shots/pin.png' })
await browser.close()
