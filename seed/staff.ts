import type { Payload } from 'payload'

/** Demo staff accounts: created by the demo seed only, never by tests or in production. */
export const demoStaff = [
  { email: 'admin@demo.123digit.be', name: 'Admin démo', role: 'admin' },
  { email: 'editeur@demo.123digit.be', name: 'Éditrice démo', role: 'editor' },
] as const

export const demoPassword = 'Demo-123digit!'

export async function seedDemoStaff(payload: Payload) {
  for (const user of demoStaff) {
    const { totalDocs } = await payload.count({ collection: 'users', where: { email: { equals: user.email } } })
    if (!totalDocs) await payload.create({ collection: 'users', data: { ...user, password: demoPassword } })
  }
}
