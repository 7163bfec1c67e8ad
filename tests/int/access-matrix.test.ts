import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createOutcome,
  deleteOutcome,
  expectNotTaken,
  readOutcome,
  readVersionsOutcome,
  updateOutcome,
} from './access-matrix/expect'
import { table } from './access-matrix/table'
import { type Actor, buildWorld, type Role, roles, type World } from './access-matrix/world'
import { startPayload } from './support/payload'

/**
 * The access matrix of issue 13, generated from one table (access-matrix/table.ts): every collection × the
 * seven roles × read, create, update, delete, readVersions, plus the trust fields a member must not decide.
 * Every call goes through the Local API with the acting user and overrideAccess off, as REST does.
 */
let payload: Payload
let w: World
/** Documents read by every role, created once: `${collection}|${label}` → id. */
const shared = new Map<string, number>()

const actorOf = (role: Role): Actor | undefined => (role === 'anonymous' ? undefined : w.actors[role])
const expected = (allowed: readonly Role[], role: Role) => (allowed.includes(role) ? 'allowed' : 'denied')

beforeAll(async () => {
  payload = await startPayload()
  w = await buildWorld(payload)
  for (const spec of table) {
    for (const row of spec.read) shared.set(`${spec.collection}|read|${row.label}`, await row.doc(w))
    if (spec.readVersions) shared.set(`${spec.collection}|versions`, await spec.readVersions.doc(w))
  }
})

afterAll(async () => {
  await payload?.destroy()
})

describe.each(table.map((spec) => [spec.collection, spec] as const))('%s', (collection, spec) => {
  const cells = <R extends { label: string; allowed: readonly Role[] }>(op: string, rows: R[]) =>
    rows.flatMap((row) =>
      roles.map((role) => [`${op} ${row.label} · ${role} → ${expected(row.allowed, role)}`, row, role] as const),
    )

  it.each(cells('read', spec.read))('%s', async (_name, row, role) => {
    const id = shared.get(`${collection}|read|${row.label}`)!
    expect(await readOutcome(w, collection, id, actorOf(role))).toBe(expected(row.allowed, role))
  })

  it.each(cells('create', spec.create))('%s', async (_name, row, role) => {
    expect(await createOutcome(w, collection, row.data(w, role), actorOf(role))).toBe(expected(row.allowed, role))
  })

  if (spec.createBy?.length) {
    const outcomeOf = (allowed: boolean) => (allowed ? 'allowed' : 'denied')
    it.each(spec.createBy.map((row) => [`create ${row.label} · ${row.who} → ${outcomeOf(row.allowed)}`, row] as const))(
      '%s',
      async (_name, row) => {
        expect(await createOutcome(w, collection, row.data(w), await row.actor(w))).toBe(outcomeOf(row.allowed))
      },
    )
  }

  it.each(cells('update', spec.update))('%s', async (_name, row, role) => {
    const target = row.perRole
      ? await row.doc(w, role)
      : await w.once(`${collection}|update|${row.label}`, () => row.doc(w, role))
    const [id, actor] = typeof target === 'number' ? [target, actorOf(role)] : [target.id, target.actor]
    expect(await updateOutcome(w, collection, id, row.data(w), actor)).toBe(expected(row.allowed, role))
  })

  it.each(cells('delete', spec.delete))('%s', async (_name, row, role) => {
    // A delete that should be denied may share its target with the row's other denials: deleteOutcome checks the
    // document is still there, so a wrong delete fails this case and the next ones.
    const allowed = expected(row.allowed, role) === 'allowed'
    const target =
      allowed || row.perRole
        ? await row.doc(w, role)
        : await w.once(`${collection}|delete|${row.label}`, () => row.doc(w, role))
    const [id, actor] = typeof target === 'number' ? [target, actorOf(role)] : [target.id, target.actor]
    expect(await deleteOutcome(w, collection, id, actor)).toBe(expected(row.allowed, role))
  })

  if (spec.readVersions) {
    const { allowed } = spec.readVersions
    it.each(roles.map((role) => [`readVersions of a draft · ${role} → ${expected(allowed, role)}`, role] as const))(
      '%s',
      async (_name, role) => {
        const id = shared.get(`${collection}|versions`)!
        expect(await readVersionsOutcome(w, collection, id, actorOf(role))).toBe(expected(allowed, role))
      },
    )
  }

  if (spec.trust?.length) {
    it.each(spec.trust.map((row) => [`trust ${row.field} on ${row.op} by ${row.who} → not taken`, row] as const))(
      '%s',
      async (_name, row) => {
        await expectNotTaken(w, collection, row)
      },
    )
  }
})

describe('the table', () => {
  it('covers every collection of the configuration (Payload’s own ones aside)', () => {
    const ours = payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-'))
    const covered = new Set(table.map((spec) => spec.collection as string))
    expect(ours.filter((slug) => !covered.has(slug))).toEqual([])
  })
})
