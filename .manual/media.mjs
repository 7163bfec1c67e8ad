import { chromium } from '@playwright/test'
const base = 'http://localhost:3100'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
await page.goto(base + '/fr/media')
await page.screenshot({ path: '/tmp/shots/media.png', fullPage: true })
await page.goto(base + '/fr/media/lancer-un-accompagnement-numerique')
await page.screenshot({ path: '/tmp/shots/article.png', fullPage: true })
const phone = await (await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true })).newPage()
await phone.goto(base + '/nl/media/diagnostic-avant-le-premier-atelier')
await phone.screenshot({ path: '/tmp/shots/article-nl-fr.png' })
await phone.goto(base + '/fr/faq')
await phone.screenshot({ path: '/tmp/shots/faq.png' })
await browser.close()
