import { chromium } from '@playwright/test'
const base = 'http://localhost:3100'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await (
  await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
).newPage()
await page.goto(base + '/fr/diagnostic')
await page.getByRole('button', { name: 'Commencer le diagnostic' }).click()
await page.screenshot({ path: '/tmp/shots/diag-task.png', fullPage: true })
for (let i = 0; i < 14 && !/resultat/.test(page.url()); i++) {
  await page
    .getByRole('button', { name: 'Je ne sais pas' })
    .click()
    .catch(() => {})
  await page.waitForTimeout(150)
}
await page.waitForURL(/resultat/)
await page.screenshot({ path: '/tmp/shots/diag-result.png', fullPage: true })
await page.emulateMedia({ media: 'print' })
await page.pdf({ path: '/tmp/shots/result.pdf', format: 'A4' })
await browser.close()
