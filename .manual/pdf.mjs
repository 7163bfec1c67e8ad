import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await (await browser.newContext()).newPage()
await page.goto('http://localhost:3100/fr/diagnostic/questionnaire')
await page.emulateMedia({ media: 'print' })
await page.pdf({ path: '/tmp/shots/q.pdf', format: 'A4' })
await browser.close()
