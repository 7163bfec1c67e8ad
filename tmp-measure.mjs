import { chromium } from '@playwright/test'
const base = 'http://localhost:3230'
const locale = process.argv[2] || 'fr'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu'] })
const ctx = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true })
const page = await ctx.newPage()
console.log('coarse?', await page.evaluate(() => matchMedia('(pointer: coarse)').matches))
await page.goto(`${base}/${locale}/code?code=DEM347`)
await page.screenshot({ path: `/tmp/lu/code-${locale}.png` })
await page.locator('input[name=name]').fill('Zoé')
await page.locator('form button[type=submit]').first().click()
await page.waitForURL(/espace-apprenant|leerruimte/)
await page.screenshot({ path: `/tmp/lu/space-${locale}.png` })
await page.goto(`${base}/${locale}/modules/mail-lire-et-repondre/${locale === 'fr' ? 'formation' : 'opleiding'}`)
for (let i = 1; i <= 9; i++) {
  await page.waitForTimeout(400)
  await page.screenshot({ path: `/tmp/lu/step${i}-${locale}.png` })
  const info = await page.evaluate(() => {
    const s = document.querySelector('section[aria-labelledby="formation-step"]')
    const kids = [...(s?.querySelectorAll('fieldset, [role=group], ol, form, section[aria-label], .space-y-3') ?? [])].map((e) => [e.tagName, Math.round(e.getBoundingClientRect().top), Math.round(e.getBoundingClientRect().bottom)])
    return { kids, sw: document.documentElement.scrollWidth }
  })
  console.log(i, JSON.stringify(info))
  // advance: answer something
  const check = page.getByRole('button', { name: /Valider|controleren/ })
  if (await page.locator('fieldset input').count()) await page.locator('fieldset input').first().check()
  if (await page.locator('[role=group] img').count()) await page.locator('[role=group] img').click()
  if (await page.locator('input[type=text]').count() && !(await page.locator('section[aria-label] input').count())) await page.locator('input[type=text]').first().fill('x')
  if (await check.count() && await check.isVisible()) await check.click()
  const sim = page.locator('section[aria-label] button').first()
  if (!(await page.getByRole('button', { name: /Suivant|Volgende|Terminer|Afronden/ }).count()) && await sim.count()) {
    await page.getByRole('button', { name: /Suivant|Volgende|Terminer|Afronden/ }).waitFor({ timeout: 500 }).catch(() => {})
  }
  const next = page.getByRole('button', { name: /Suivant|Volgende|Terminer|Afronden/ })
  if (await next.count()) await next.click()
  else { console.log('no next at', i); break }
}
await browser.close()
