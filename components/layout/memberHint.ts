export type Hint = { n: string; p: 'aidant' | 'apprenant' }
/** The member hint cookie (lib/auth/session.ts): a first name to greet, never a proof of anything. */
export function readHint(): string {
  return (
    document.cookie
      .split('; ')
      .find((c) => c.startsWith('digit_member='))
      ?.slice('digit_member='.length) ?? ''
  )
}

export function parseHint(raw: string): Hint | null {
  try {
    const hint = JSON.parse(decodeURIComponent(raw)) as Hint
    return typeof hint.n === 'string' ? hint : null
  } catch {
    return null
  }
}
