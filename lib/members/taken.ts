import type { Payload } from 'payload'

/** Whether an account already signs in with this (normalized) e-mail address or username. */
async function inUse(payload: Payload, field: 'email' | 'username', value: string): Promise<boolean> {
  // Counted as the system: the visitor cannot read other accounts, yet must be told the name is taken.
  const { totalDocs } = await payload.count({ collection: 'members', where: { [field]: { equals: value } } })
  return totalDocs > 0
}

export const emailTaken = (payload: Payload, email: string) => inUse(payload, 'email', email)

export const usernameTaken = (payload: Payload, username: string) => inUse(payload, 'username', username)
