import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload } from 'payload'

import type { Member, Structure } from '@/payload-types'
import { demoPassword } from './staff'

type StructureSeed = Omit<Structure, 'id' | 'createdAt' | 'updatedAt' | 'activeMemberCount'>

const structuresFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data', 'structures.json')

/** The demo accounts of the README, all with the demo password. */
export const demoMembers = {
  referent: 'aidant@demo.123digit.be',
  colleague: 'aidant2@demo.123digit.be',
  otherReferent: 'aidant3@demo.123digit.be',
  apprenant: 'apprenant.demo',
}

async function upsertStructure(payload: Payload, data: StructureSeed): Promise<Structure> {
  const { docs } = await payload.find({
    collection: 'structures',
    where: { slug: { equals: data.slug } },
    limit: 1,
    depth: 0,
  })
  if (docs[0]) return docs[0]
  return payload.create({ collection: 'structures', data, overrideAccess: true, depth: 0 })
}

async function upsertMember(
  payload: Payload,
  login: { email: string } | { username: string },
  data: Pick<Member, 'name' | 'profile' | 'structureRole'> & { structure: number },
): Promise<void> {
  const [field, value] = Object.entries(login)[0] as ['email' | 'username', string]
  const { totalDocs } = await payload.count({ collection: 'members', where: { [field]: { equals: value } } })
  if (totalDocs) return
  await payload.create({
    collection: 'members',
    data: { ...login, ...data, locale: 'fr', password: demoPassword, joinedStructureAt: new Date().toISOString() },
    overrideAccess: true,
  })
}

/**
 * Structures across Wallonia, Brussels, Flanders and the Hauts-de-France, each with a référent so it shows
 * on the map, plus the demo accounts of the README (idempotent).
 */
export async function seedMembers(payload: Payload, log: (line: string) => void): Promise<void> {
  const structures = JSON.parse(readFileSync(structuresFile, 'utf8')) as StructureSeed[]
  const saved: Structure[] = []
  for (const data of structures) saved.push(await upsertStructure(payload, data))
  const [first, second] = saved as [Structure, Structure, ...Structure[]]

  await upsertMember(
    payload,
    { email: demoMembers.referent },
    { name: 'Amina Demo', profile: 'aidant', structureRole: 'referent', structure: first.id },
  )
  await upsertMember(
    payload,
    { email: demoMembers.colleague },
    { name: 'Bruno Demo', profile: 'aidant', structureRole: 'member', structure: first.id },
  )
  await upsertMember(
    payload,
    { email: demoMembers.otherReferent },
    { name: 'Chloé Demo', profile: 'aidant', structureRole: 'referent', structure: second.id },
  )
  await upsertMember(
    payload,
    { username: demoMembers.apprenant },
    { name: 'Denise', profile: 'apprenant', structureRole: 'member', structure: first.id },
  )
  for (const structure of saved.slice(2)) {
    await upsertMember(
      payload,
      { email: `referent.${structure.slug}@demo.123digit.be` },
      { name: `Référent de ${structure.city}`, profile: 'aidant', structureRole: 'referent', structure: structure.id },
    )
  }
  log(`structures: ${saved.length}, demo members ready`)
}
