'use client'

import { useSyncExternalStore } from 'react'

import { useForgetDevice } from '@/components/offline/useForgetDevice'

import { parseHint, readHint } from './memberHint'

type Labels = {
  signIn: string
  signUp: string
  mySpace: string
  account: string
  signOut: string
  signedInAs: string
  unsent: string
}
type Hrefs = { signIn: string; signUp: string; aidant: string; apprenant: string; account: string }

const subscribe = () => () => {}

/**
 * Who is signed in, on pages served from the cache: the server renders the signed-out links, the browser
 * swaps them for the member's after reading the hint cookie.
 */
type Props = { labels: Labels; hrefs: Hrefs; signOut: () => Promise<void>; locale: string }

export function AccountNav({ labels, hrefs, signOut, locale }: Props) {
  // A learner with an account signing out on a shared device: what was kept offline goes too (issue 18).
  const forget = useForgetDevice(locale)
  const hint = parseHint(useSyncExternalStore(subscribe, readHint, () => ''))
  const link = 'inline-flex min-h-11 items-center rounded px-3 font-semibold text-brand-700 hover:bg-brand-50'

  if (!hint) {
    return (
      <ul className="flex flex-wrap gap-1">
        <li>
          <a href={hrefs.signIn} className={link}>
            {labels.signIn}
          </a>
        </li>
        <li>
          <a href={hrefs.signUp} className={`${link} bg-brand-700 text-white hover:bg-brand-800`}>
            {labels.signUp}
          </a>
        </li>
      </ul>
    )
  }
  return (
    <ul className="flex flex-wrap items-center gap-1">
      <li className="px-2 text-slate-700" data-testid="signed-in-as">
        {labels.signedInAs.replace('{name}', hint.n)}
      </li>
      <li>
        <a href={hint.p === 'aidant' ? hrefs.aidant : hrefs.apprenant} className={link}>
          {labels.mySpace}
        </a>
      </li>
      <li>
        <a href={hrefs.account} className={link}>
          {labels.account}
        </a>
      </li>
      <li>
        <form action={signOut} onSubmit={forget.onSubmit}>
          <button type="submit" className={link}>
            {labels.signOut}
          </button>
        </form>
        <p role="alert" className="px-2 text-red-800">
          {forget.unsent ? labels.unsent : null}
        </p>
      </li>
    </ul>
  )
}
