import { createElement, type ReactElement } from 'react'
import { prerender } from 'react-dom/static'
import { describe, expect, it } from 'vitest'

import LocaleError from '@/app/(site)/[locale]/error'
import { PlayerMessages } from '@/components/formation/messages'
import GlobalError from '@/app/global-error'
import fr from '@/messages/fr.json'
import nl from '@/messages/nl.json'

/**
 * The error pages as a visitor gets them. No route throws on purpose in production code, so the boundary is
 * rendered here the way Next renders it: inside the layout's small message context (PlayerMessages), which hands it the `error` messages.
 */
const failure = Object.assign(new Error('SQLITE_BUSY: database is locked at /srv/data/secret.db'), {
  digest: '2841902137',
})
const noop = () => {}

/** The HTML the server sends, once everything that suspends (next/link's router context) has settled. */
async function html(element: ReactElement): Promise<string> {
  const { prelude } = await prerender(element)
  return new Response(prelude).text()
}

function renderLocaleError(locale: 'fr' | 'nl'): Promise<string> {
  const messages = { error: (locale === 'fr' ? fr : nl).error }
  return html(
    // eslint-disable-next-line react/no-children-prop -- its props type requires children (a .ts file: no JSX)
    createElement(PlayerMessages, {
      locale,
      messages,
      children: createElement(LocaleError, { error: failure, reset: noop }),
    }),
  )
}

describe('the localized error page', () => {
  it.each([
    ['fr', fr.error],
    ['nl', nl.error],
  ] as const)('speaks %s, offers to try again and a way home', async (locale, words) => {
    const page = await renderLocaleError(locale)
    expect(page).toContain(`<h1 class="text-3xl font-extrabold">${words.title}</h1>`)
    expect(page).toMatch(new RegExp(`<button type="button"[^>]*>${words.retry}</button>`))
    expect(page).toMatch(new RegExp(`<a [^>]*href="/${locale}"[^>]*>${words.home}</a>`))
    expect(page).toContain(failure.digest)
  })

  it('never shows the error itself', async () => {
    for (const locale of ['fr', 'nl'] as const) {
      const page = await renderLocaleError(locale)
      expect(page).not.toContain('SQLITE_BUSY')
      expect(page).not.toContain('secret.db')
    }
  })
})

describe('the global error page', () => {
  it('brings its own document, in French and Dutch, without the error', async () => {
    const page = await html(createElement(GlobalError, { error: failure, reset: noop }))
    expect(page).toMatch(/^<!DOCTYPE html><html lang="fr"><head>.*<\/head><body/)
    expect(page).toContain('Une erreur est survenue')
    expect(page).toContain('<section lang="nl"')
    expect(page).toContain('Er ging iets mis')
    expect(page).toContain('href="/fr"')
    expect(page).toContain('href="/nl"')
    expect(page).not.toContain('SQLITE_BUSY')
  })
})
