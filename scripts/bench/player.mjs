// Formation player figures (not a timed test): the first-load JavaScript of the player page, and the long
// tasks while a 20-step formation is played under Chromium's ×4 CPU slowdown. Needs a running production
// server with the demo seed: `node scripts/bench/player.mjs [http://localhost:3000]`.
import { gzipSync } from 'node:zlib'

import { chromium } from '@playwright/test'

const base = process.argv[2] || 'http://localhost:3000'
const password = 'Demo-123digit!'
const slug = 'bench-vingt-etapes'

const lexical = (text) => ({
  root: {
    type: 'root',
    version: 1,
    format: '',
    indent: 0,
    direction: 'ltr',
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }],
  },
})

/** 20 steps: content, choice, typed text and ordering, in turn. */
function steps() {
  return Array.from({ length: 20 }, (_, i) => {
    const n = i + 1
    switch (i % 4) {
      case 0:
        return { blockType: 'content', title: `Étape ${n}`, body: lexical(`Explication numéro ${n}. `.repeat(8)) }
      case 1:
        return {
          blockType: 'choice',
          question: `Question ${n}`,
          options: ['Oui', 'Non', 'Peut-être'].map((label, k) => ({
            label,
            correct: k === 0,
            feedback: `Retour ${k}`,
          })),
          explanation: 'Parce que.',
        }
      case 2:
        return { blockType: 'typeText', question: `Écrivez « bonjour » (${n})`, answers: [{ text: 'bonjour' }] }
      default:
        return {
          blockType: 'order',
          instruction: `Mettez en ordre (${n})`,
          items: ['Un', 'Deux', 'Trois'].map((text) => ({ text })),
        }
    }
  })
}

async function api(path, init = {}, token) {
  const response = await fetch(base + path, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
  })
  const text = await response.text()
  const body = text ? JSON.parse(text) : {}
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`)
  return body
}

/** Creates (once) a published 20-step formation as an exercise of the first module. */
async function prepare() {
  const { token } = await api('/api/users/login', {
    method: 'POST',
    body: JSON.stringify({ email: 'admin@demo.123digit.be', password }),
  })
  const found = await api(`/api/formations?where[slug][equals]=${slug}&depth=0`, {}, token)
  const id =
    found.docs[0]?.id ??
    (
      await api(
        '/api/formations?locale=fr',
        {
          method: 'POST',
          body: JSON.stringify({ title: 'Banc d’essai', slug, kind: 'exercise', steps: steps(), _status: 'published' }),
        },
        token,
      )
    ).doc.id
  const target = (await api('/api/modules?limit=1&sort=slug&depth=0&where[_status][equals]=published', {}, token))
    .docs[0]
  const exercises = [...new Set([...(target.exercises ?? []), id])]
  await api(`/api/modules/${target.id}?locale=fr`, { method: 'PATCH', body: JSON.stringify({ exercises }) }, token)
  return { path: `/fr/modules/${target.slug}/formation?exercice=${slug}`, formation: id, token }
}

async function play(page) {
  for (let step = 0; step < 20; step++) {
    const kind = step % 4
    if (kind === 1) {
      await page.getByLabel('Oui', { exact: true }).check()
      await page.getByRole('button', { name: 'Valider ma réponse' }).click()
    } else if (kind === 2) {
      await page.getByRole('textbox').first().fill('bonjour')
      await page.getByRole('button', { name: 'Valider ma réponse' }).click()
    } else if (kind === 3) {
      for (const [target, label] of ['Un', 'Deux', 'Trois'].entries()) {
        const items = page
          .getByRole('main')
          .getByRole('listitem')
          .filter({ has: page.getByRole('button', { name: /^Monter/ }) })
        const at = (await items.allTextContents()).findIndex((t) => t.includes(label))
        for (let i = at; i > target; i--) await page.getByRole('button', { name: `Monter « ${label} »` }).click()
      }
      await page.getByRole('button', { name: 'Valider ma réponse' }).click()
    }
    await page.getByRole('button', { name: step === 19 ? 'Terminer' : /Suivant/ }).click()
  }
  await page.getByRole('heading', { name: 'Bravo, vous avez terminé !' }).waitFor()
}

const { path, formation, token } = await prepare()
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox'],
})
const context = await browser.newContext()
const page = await context.newPage()
await page.goto(`${base}/fr/connexion`)
await page.getByLabel('E-mail ou nom d’utilisateur').fill('apprenant.demo')
await page.getByLabel('Mot de passe').fill(password)
await page.getByRole('button', { name: 'Se connecter' }).click()
await page.waitForURL((url) => !url.pathname.includes('connexion'))

// First load: every script the page downloads until the network is idle (chunks loaded later included).
const scripts = new Map()
page.on('response', async (response) => {
  if (response.request().resourceType() === 'script')
    scripts.set(response.url(), await response.body().catch(() => Buffer.alloc(0)))
})
const cdp = await context.newCDPSession(page)
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
await page.goto(base + path, { waitUntil: 'networkidle' })
const kb = [...scripts.values()].reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) / 1024
console.log(`player page first-load JS: ${scripts.size} scripts, ${kb.toFixed(1)} KB gzipped`)
await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })

// Played under a ×4 slower CPU, from the first step (earlier runs' progress removed), on a fresh load; long
// tasks are collected by the page itself.
await page.evaluate(() => localStorage.clear())
await api(`/api/progress?where[formation][equals]=${formation}`, { method: 'DELETE' }, token)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await page.addInitScript(() => {
  window.__long = []
  new PerformanceObserver((list) =>
    window.__long.push(...list.getEntries().map((e) => ({ at: e.startTime, duration: e.duration }))),
  ).observe({
    type: 'longtask',
    buffered: true,
  })
})
await page.goto(base + path.replace('?', '?r=1&'), { waitUntil: 'networkidle' })
const started = Date.now()
const playFrom = await page.evaluate(() => performance.now())
await play(page)
const tasks = await page.evaluate(() => window.__long)
const loading = tasks.filter((t) => t.at < playFrom).map((t) => t.duration)
const playing = tasks.filter((t) => t.at >= playFrom).map((t) => t.duration)
const describe = (list) =>
  `${list.length} long tasks, longest ${Math.round(Math.max(0, ...list))} ms, over 200 ms: ${list.filter((d) => d > 200).length}`
console.log(`20 steps under ×4 CPU, played in ${((Date.now() - started) / 1000).toFixed(1)} s`)
console.log(`  while loading and hydrating: ${describe(loading)}`)
console.log(`  while playing the 20 steps: ${describe(playing)}`)
await browser.close()
