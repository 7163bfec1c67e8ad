import type { Payload } from 'payload'

import { signUp, type SignUpInput } from '@/lib/members/sign-up'
import type { Member, Structure, User } from '@/payload-types'

export const password = 'Mot-de-passe-123'

export const structureData = (name: string, postcode = '5000', city = 'Namur') => ({
  name,
  slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  type: 'association' as const,
  address: 'Rue de la Gare 1',
  postcode,
  city,
  country: 'BE' as const,
})

export async function createStructure(
  payload: Payload,
  name: string,
  postcode?: string,
  city?: string,
): Promise<Structure> {
  return payload.create({ collection: 'structures', data: structureData(name, postcode, city), overrideAccess: true })
}

export async function createMember(
  payload: Payload,
  data: Partial<Member> & Pick<Member, 'name' | 'profile'>,
): Promise<Member & { collection: 'members' }> {
  const member = await payload.create({
    collection: 'members',
    data: { locale: 'fr', password, joinedStructureAt: new Date().toISOString(), ...data },
    overrideAccess: true,
  })
  return { ...member, collection: 'members' }
}

export async function createStaff(
  payload: Payload,
  email: string,
  role: 'admin' | 'editor',
): Promise<User & { collection: 'users' }> {
  const user = await payload.create({ collection: 'users', data: { email, password, role } })
  return { ...user, collection: 'users' }
}

/** Reload a member as the session would see them (structure and role may have changed). */
export async function fresh(payload: Payload, member: Member): Promise<Member & { collection: 'members' }> {
  const doc = await payload.findByID({ collection: 'members', id: member.id, depth: 0, overrideAccess: true })
  return { ...doc, collection: 'members' }
}

/** A visitor signs up through the use case: a valid French form with `fields` changed. */
export function signUpWith(payload: Payload, fields: Partial<SignUpInput> & Pick<SignUpInput, 'profile' | 'name'>) {
  const form = { locale: 'fr' as const, email: '', username: '', password, passwordConfirm: password }
  return signUp({ payload, actor: null, input: { ...form, ...fields } })
}
