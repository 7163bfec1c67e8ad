'use client'

import NextLink from 'next/link'

import { usePlayerLocale, usePlayerT } from '@/components/formation/messages'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'

type Props = {
  error: Error & { digest?: string }
  reset: () => void
  /** Next 16 also passes `retry`: refresh the server's part, then reset. A server error needs both. */
  retry?: () => void
}

/**
 * What a visitor sees when a page fails while rendering: in their language (the layout gives this boundary the
 * `error` messages), a way to try again and a way home, never the error itself. The digest is the id under which
 * the server logged the error, so a visitor can quote it; it says nothing about the fault.
 */
export default function LocaleError({ error, reset, retry }: Props) {
  const t = usePlayerT('error')
  // A client component: @/i18n/navigation's Link resolves on the server only.
  const home = getPathname({ href: '/', locale: usePlayerLocale() as Locale })
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <h1 className="text-3xl font-extrabold">{t('title')}</h1>
      <p className="mt-2 text-lg text-slate-700">{t('text')}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => (retry ?? reset)()}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white"
        >
          {t('retry')}
        </button>
        <NextLink
          href={home}
          prefetch={false}
          className="inline-flex min-h-11 items-center rounded-lg border-2 border-brand-700 px-5 font-semibold text-brand-700"
        >
          {t('home')}
        </NextLink>
      </div>
      {error.digest ? <p className="mt-6 text-sm text-slate-600">{t('reference', { digest: error.digest })}</p> : null}
    </div>
  )
}
