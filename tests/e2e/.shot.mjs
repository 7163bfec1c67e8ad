import { chromium } from '@playwright/test'
const base = 'http://localhost:3313'
const [, , path, out, lang = 'fr'] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const context = await browser.newContext({ locale: lang === 'nl' ? 'nl-BE' : 'fr-BE', viewport: { width: 1280, height: 900 } })
const page = await context.newPage()
await page.goto(base + '/admin/login', { timeout: 120000 })
await page.getByLabel(/e-mail/i).fill('editeur@demo.123digit.be')
await page.getByLabel(/mot de passe|wachtwoord/i).fill('Demo-123digit!')
await page.getByRole('button', { name: /connexion|se connecter|inloggen/i }).click()
await page.waitForURL(/\/admin$/, { timeout: 120000 })
await page.goto(base + path, { timeout: 120000 })
await page.waitForTimeout(Number(process.env.WAIT || 3000)); console.log(page.url(), await page.locator('.content-language').allInnerTexts().catch(() => []))
await page.screenshot({ path: out, fullPage: true })
await browser.close()
