export type Hint = { n: string; p: 'aidant' | 'apprenant' }
/** A readable hint cookie: a first name to greet, never a proof of anything. */
function readCookie(name: string): string {
  return (
    document.cookie
      .split('; ')
      .find((c) => c.startsWith(`${name}=`))
      ?.slice(name.length + 1) ?? ''
  )
}

/** The member hint cookie (lib/auth/session.ts). */
export function readHint(): string {
  return readCookie('digit_member')
}

/** The workshop participant's hint cookie (lib/workshops/session.ts): their first name or nickname. */
export function readParticipantHint(): string {
  return readCookie('digit_learner')
}

export function parseHint(raw: string): Hint | null {
  try {
    const hint = JSON.parse(decodeURIComponent(raw)) as Hint
    return typeof hint.n === 'string' ? hint : null
  } catch {
    return null
  }
}

/** The participant hint holds only a name: `{ n }`. */
export function parseParticipantHint(raw: string): string | null {
  try {
    const hint = JSON.parse(decodeURIComponent(raw)) as { n?: unknown }
    return typeof hint.n === 'string' && hint.n ? hint.n : null
  } catch {
    return null
  }
}
