// Learner pages on a phone (issue 18; figures, not a timed test): the first-load JavaScript of /code, the learner
// space and the formation player, as a workshop participant sees them, the service worker's precache, and
// Chromium's installability check of the web app manifest. Needs a production server with the demo seed
// (npm run build first: the precache is read from public/sw.js): `node scripts/bench/learner.mjs [origin]`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

import { chromium } from '@playwright/test'

const base = process.argv[2] || 'http://localhost:3000'
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' })
const context = await browser.newContext({
  baseURL: base,
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  serviceWorkers: 'block',
})
const page = await context.newPage()

/** Every script a cold load of the page downloads until the network is idle (lazy chunks included), gzip -9. */
async function firstLoadJs(path, act) {
  const scripts = new Map()
  const collect = async (response) => {
    if (response.request().resourceType() === 'script')
      scripts.set(response.url(), await response.body().catch(() => Buffer.alloc(0)))
  }
  page.on('response', collect)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  if (act) await act()
  else await page.goto(path, { waitUntil: 'networkidle' })
  await page.waitForLoadState('networkidle')
  page.off('response', collect)
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
  const kb = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) / 1024
  console.log(`${path}: ${scripts.size} scripts, ${kb.toFixed(1)} KB gzip`)
}

await firstLoadJs('/fr/code')
await firstLoadJs('/fr/espace-apprenant', async () => {
  await page.getByLabel('Code de l’atelier').fill('DEM347')
  await page.getByLabel('Votre prénom ou un pseudo').fill('Banc d’essai')
  await page.getByRole('button', { name: 'Rejoindre l’atelier' }).click()
  await page.waitForURL(/espace-apprenant/)
  await page.reload({ waitUntil: 'networkidle' })
})
await firstLoadJs('/fr/modules/mail-lire-et-repondre/formation')

// Installability is judged in an ordinary profile (an incognito one is never installable), with the same learner.
const cookies = await context.cookies()
await browser.close()
const profile = mkdtempSync(join(tmpdir(), 'digit-bench-'))
const installed = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  baseURL: base,
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
})
await installed.addCookies(cookies)
const learnerPage = installed.pages()[0] ?? (await installed.newPage())
await learnerPage.goto('/fr/espace-apprenant', { waitUntil: 'networkidle' })
const cdp = await installed.newCDPSession(learnerPage)
const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
console.log(`installability errors on the learner space: ${JSON.stringify(installabilityErrors)}`)
await installed.close()
rmSync(profile, { recursive: true, force: true })

// The precache list is inlined in the built worker: sum what it names.
const worker = readFileSync('public/sw.js', 'utf8')
const urls = [...worker.matchAll(/url:"(\/_next\/[^"]+)"/g)].map((m) => m[1])
const bytes = urls.map((url) => readFileSync(`.next/${url.slice('/_next/'.length)}`))
const raw = bytes.reduce((sum, b) => sum + b.length, 0) / 1024
const gz = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0) / 1024
console.log(
  `service worker precache: ${urls.length} files, ${raw.toFixed(0)} KB (${gz.toFixed(0)} KB gzip) + 2 offline pages`,
)
