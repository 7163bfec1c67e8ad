'use client'

import { useSyncExternalStore } from 'react'

type Hint = { n: string; p: 'aidant' | 'apprenant' }
type Labels = { signIn: string; signUp: string; mySpace: string; account: string; signOut: string; signedInAs: string }
type Hrefs = { signIn: string; signUp: string; aidant: string; apprenant: string; account: string }

/** The member hint cookie (lib/auth/session.ts): a first name to greet, never a proof of anything. */
function readHint(): string {
  return (
    document.cookie
      .split('; ')
      .find((c) => c.startsWith('digit_member='))
      ?.slice('digit_member='.length) ?? ''
  )
}

function parse(raw: string): Hint | null {
  try {
    const hint = JSON.parse(decodeURIComponent(raw)) as Hint
    return typeof hint.n === 'string' ? hint : null
  } catch {
    return null
  }
}

const subscribe = () => () => {}

/**
 * Who is signed in, on pages served from the cache: the server renders the signed-out links, the browser
 * swaps them for the member's after reading the hint cookie.
 */
export function AccountNav({ labels, hrefs, signOut }: { labels: Labels; hrefs: Hrefs; signOut: () => Promise<void> }) {
  const hint = parse(useSyncExternalStore(subscribe, readHint, () => ''))
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
        <form action={signOut}>
          <button type="submit" className={link}>
            {labels.signOut}
          </button>
        </form>
      </li>
    </ul>
  )
}
