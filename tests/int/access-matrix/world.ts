import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import type { Member, User } from '@/payload-types'

import { createMember, createStaff, createStructure, password } from '@/tests/int/support/members'

/**
 * The cast of the access matrix (the shared security policy of issue 13): an anonymous visitor, an apprenant,
 * an aidant and a référent of structure S1, the référent of another structure S2, an editor and an admin.
 */
export const roles = ['anonymous', 'apprenant', 'aidant', 'referent', 'otherReferent', 'editor', 'admin'] as const
export type Role = (typeof roles)[number]

export type MemberActor = Member & { collection: 'members' }
export type StaffActor = User & { collection: 'users' }
export type Actor = MemberActor | StaffActor

export const staff = ['editor', 'admin'] as const satisfies readonly Role[]
export const members = ['apprenant', 'aidant', 'referent', 'otherReferent'] as const satisfies readonly Role[]
export const everyone = roles
export const signedIn = [...members, ...staff] as const
/** Aidants who belong to a structure (S1 or S2): they may run workshops and log accompaniments. */
export const aidantsWithStructure = ['aidant', 'referent', 'otherReferent'] as const satisfies readonly Role[]

export type World = {
  payload: Payload
  s1: number
  s2: number
  actors: Record<Exclude<Role, 'anonymous'>, Actor>
  /** Shared documents other fixtures point to (a theme, a cover image, an S1 workshop…). */
  refs: {
    theme: number
    media: number
    moduleA: number
    moduleB: number
    formation: number
    article: number
    event: number
    newsletter: number
    subscriber: number
    workshop: number
    workshopCode: string
    hiddenStructure: number
  }
  /** A fresh suffix for unique slugs, e-mails, keys. */
  unique: () => string
  /** Creates a member shaped like one of the roles (same profile, structure, structure role), for self cases. */
  cloneOf: (role: (typeof members)[number], extra?: Partial<Member>) => Promise<MemberActor>
  /** An aidant who belongs to no structure (created once): the member the policy lets create a structure. */
  loner: () => Promise<MemberActor>
  freshEditor: () => Promise<StaffActor>
  /** Makes a value once per key and hands the same one back afterwards (accounts are slow to create). */
  once: <T>(key: string, make: () => Promise<T>) => Promise<T>
}

export type CreateArgs = Parameters<Payload['create']>[0]
export type LocalUser = Parameters<Payload['find']>[0]['user']

/** Writes as the server (overrideAccess): fixtures are made as our own code would store them. */
export async function serverCreate(
  payload: Payload,
  collection: CollectionSlug,
  data: Record<string, unknown>,
  extra: Partial<CreateArgs> = {},
): Promise<{ id: number } & Record<string, unknown>> {
  const draft = data._status === 'draft' ? { draft: true } : {}
  const doc = await payload.create({
    collection,
    data,
    overrideAccess: true,
    locale: 'fr',
    depth: 0,
    ...draft,
    ...extra,
  } as CreateArgs)
  return doc as unknown as { id: number } & Record<string, unknown>
}

let tinyPng: Buffer | undefined
/** A 4×4 PNG, the smallest upload the media collection accepts. */
export async function pngFile(name: string) {
  tinyPng ??= await sharp({ create: { width: 4, height: 4, channels: 3, background: '#1d4ed8' } })
    .png()
    .toBuffer()
  return { data: tinyPng, mimetype: 'image/png', name, size: tinyPng.length }
}

export const richText = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    format: '' as const,
    indent: 0,
    direction: 'ltr' as const,
    children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }],
  },
})

export const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

export async function buildWorld(payload: Payload): Promise<World> {
  let counter = 0
  const unique = () => `m${process.pid}x${++counter}`
  const s1 = (await createStructure(payload, 'Matrice Un', '5000', 'Namur')).id
  const s2 = (await createStructure(payload, 'Matrice Deux', '1000', 'Bruxelles')).id
  const hiddenStructure = (await createStructure(payload, 'Matrice Cachée', '4000', 'Liège')).id
  const shapes = {
    apprenant: { profile: 'apprenant', structure: s1, structureRole: 'member' },
    aidant: { profile: 'aidant', structure: s1, structureRole: 'member' },
    referent: { profile: 'aidant', structure: s1, structureRole: 'referent' },
    otherReferent: { profile: 'aidant', structure: s2, structureRole: 'referent' },
  } as const
  const cloneOf = (role: keyof typeof shapes, extra: Partial<Member> = {}) => {
    const id = unique()
    return createMember(payload, {
      name: `${role} ${id}`,
      ...(role === 'apprenant' ? { username: `appr.${id}` } : { email: `${id}@example.com` }),
      ...shapes[role],
      ...extra,
    })
  }
  const actors = {
    apprenant: await cloneOf('apprenant'),
    aidant: await cloneOf('aidant'),
    referent: await cloneOf('referent'),
    otherReferent: await cloneOf('otherReferent'),
    editor: await createStaff(payload, `editor.${unique()}@example.com`, 'editor'),
    admin: await createStaff(payload, `admin.${unique()}@example.com`, 'admin'),
  }
  const memo = new Map<string, Promise<unknown>>()
  const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, make())
    return memo.get(key) as Promise<T>
  }
  const loner = () =>
    once('loner', () => {
      const id = unique()
      return createMember(payload, { name: `Seul ${id}`, email: `${id}@example.com`, profile: 'aidant' })
    })
  const freshEditor = () => createStaff(payload, `editor.${unique()}@example.com`, 'editor')

  const theme = (await serverCreate(payload, 'themes', { title: 'Thème', slug: unique(), order: 1 })).id
  const media = (await serverCreate(payload, 'media', { alt: 'Image' }, { file: await pngFile(`${unique()}.png`) })).id
  const moduleData = () => ({
    _status: 'published',
    title: 'Module',
    slug: unique(),
    summary: 'Résumé',
    themes: [theme],
    level: '1',
    durationMinutes: 60,
    objectives: [{ text: 'Savoir faire' }],
  })
  const moduleA = (await serverCreate(payload, 'modules', moduleData())).id
  const moduleB = (await serverCreate(payload, 'modules', moduleData())).id
  const formation = (
    await serverCreate(payload, 'formations', {
      _status: 'published',
      title: 'Formation',
      slug: unique(),
      steps: [{ blockType: 'content', title: 'Bienvenue', body: richText('On commence.') }],
    })
  ).id
  const article = (
    await serverCreate(payload, 'articles', {
      _status: 'published',
      title: 'Article',
      slug: unique(),
      excerpt: 'Chapeau',
      content: richText('Texte'),
      cover: media,
      author: 'Équipe',
      publishedAt: daysFromNow(-1),
    })
  ).id
  const event = (
    await serverCreate(payload, 'events', {
      _status: 'published',
      title: 'Webinaire',
      slug: unique(),
      kind: 'webinar',
      summary: 'Présentation',
      startsAt: daysFromNow(10),
      endsAt: daysFromNow(10.1),
      capacity: 30,
      language: 'fr',
      audience: 'aidants',
    })
  ).id
  const newsletter = (
    await serverCreate(payload, 'newsletters', { subject: 'Lettre', language: 'fr', intro: 'Bonjour' })
  ).id
  const subscriber = (
    await serverCreate(payload, 'newsletter-subscribers', {
      email: `${unique()}@example.com`,
      language: 'fr',
      status: 'confirmed',
    })
  ).id
  const workshopDoc = await serverCreate(payload, 'workshops', {
    title: 'Atelier S1',
    date: daysFromNow(0),
    expiresAt: daysFromNow(7),
    aidant: actors.aidant.id,
    structure: s1,
  })
  return {
    payload,
    s1,
    s2,
    actors,
    refs: {
      theme,
      media,
      moduleA,
      moduleB,
      formation,
      article,
      event,
      newsletter,
      subscriber,
      workshop: workshopDoc.id,
      workshopCode: String(workshopDoc.code),
      hiddenStructure,
    },
    unique,
    cloneOf,
    loner,
    freshEditor,
    once,
  }
}

export { password }
