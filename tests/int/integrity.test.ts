import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Member, Structure, Workshop } from '@/payload-types'

import { createMember, createStructure } from './support/members'
import { startPayload } from './support/payload'

/**
 * Deleting a participant, a workshop or a member works, and what pointed at them is emptied (or deleted with
 * them where they own it). Two databases: the one Payload pushes in tests, and one built by the committed
 * migrations, as in production (earlier migrations added columns whose constraint refused the delete).
 */
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString()

describe('a database built by the migrations', () => {
  const file = path.join(os.tmpdir(), `123digit-migrated-${randomUUID()}.db`)
  let db: Client

  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'db:migrate'], {
      env: { ...process.env, DATABASE_URI: `file:${file}`, PAYLOAD_SECRET: 'migrated' },
      stdio: 'pipe',
    })
    db = createClient({ url: `file:${file}` })
  }, 180_000)

  afterAll(() => {
    db?.close()
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  })

  it('says for every foreign key what happens when the referenced row is deleted', async () => {
    const tables = (await db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")).rows.map((r) =>
      String(r.name),
    )
    const undecided: string[] = []
    for (const table of tables) {
      for (const fk of (await db.execute(`PRAGMA foreign_key_list(\`${table}\`)`)).rows)
        if (!['SET NULL', 'CASCADE'].includes(String(fk.on_delete))) undecided.push(`${table}.${fk.from}`)
    }
    expect(undecided).toEqual([])
  })

  /** A row with the given values and a placeholder in every other required column (constraints are off). */
  async function insert(table: string, values: Record<string, string | number>) {
    const columns = (await db.execute(`PRAGMA table_info(\`${table}\`)`)).rows
    const row: Record<string, string | number> = { ...values }
    for (const c of columns)
      if (c.notnull && c.dflt_value === null && !c.pk && !(String(c.name) in row))
        row[String(c.name)] = /int|numeric|real/i.test(String(c.type)) ? 0 : 'x'
    const names = Object.keys(row)
    await db.execute({
      sql: `INSERT INTO \`${table}\` (${names.map((n) => `\`${n}\``).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      args: names.map((n) => row[n]!),
    })
  }

  it('deletes a participant and a workshop that a diagnostic result points at, keeping the result', async () => {
    await db.execute('PRAGMA foreign_keys = OFF')
    await insert('workshops', { id: 1 })
    await insert('workshop_participants', { id: 1, workshop_id: 1 })
    await insert('diagnostic_results', { id: 1, code: 'ABC', submission_id: 's', participant_id: 1, workshop_id: 1 })
    await db.execute('PRAGMA foreign_keys = ON')
    await db.execute('DELETE FROM workshop_participants WHERE id = 1')
    await db.execute('DELETE FROM workshops WHERE id = 1')
    const { rows } = await db.execute('SELECT participant_id, workshop_id FROM diagnostic_results WHERE id = 1')
    expect(rows[0]).toMatchObject({ participant_id: null, workshop_id: null })
  })
})

describe('deleting through the Local API', () => {
  let payload: Payload
  let structure: Structure
  let aidant: Member

  beforeAll(async () => {
    payload = await startPayload()
    structure = await createStructure(payload, 'Intégrité Namur')
    aidant = await createMember(payload, {
      name: 'Aidant',
      profile: 'aidant',
      email: 'integrity.aidant@example.com',
      structure: structure.id,
      structureRole: 'referent',
    })
  }, 180_000)

  const workshopOf = (owner: Member) =>
    payload.create({
      collection: 'workshops',
      data: { title: 'Atelier', date: new Date().toISOString(), expiresAt: inAWeek(), aidant: 0, structure: 0 },
      overrideAccess: false,
      user: { ...owner, collection: 'members' },
    })
  const participantIn = (workshop: Workshop, name = 'Sam') =>
    payload.create({
      collection: 'workshop-participants',
      data: { workshop: workshop.id, structure: structure.id, name, shared: true },
    })
  const resultFor = (participant: number, workshop: number) =>
    payload.create({
      collection: 'diagnostic-results',
      data: {
        code: randomUUID().slice(0, 8),
        submissionId: randomUUID(),
        kind: 'simulator',
        participant,
        workshop,
        structure: structure.id,
        answers: [],
        levels: {},
        overall: 1,
      },
    })

  it('deletes a participant a diagnostic result points at; the result stays, without the participant', async () => {
    const workshop = await workshopOf(aidant)
    const participant = await participantIn(workshop)
    const result = await resultFor(participant.id, workshop.id)
    await payload.delete({ collection: 'workshop-participants', id: participant.id })
    const kept = await payload.findByID({ collection: 'diagnostic-results', id: result.id, depth: 0 })
    expect(kept.participant ?? null).toBeNull()
  })

  it('deletes a workshop with its participants (they exist only in it); results stay', async () => {
    const workshop = await workshopOf(aidant)
    const participant = await participantIn(workshop)
    const result = await resultFor(participant.id, workshop.id)
    await payload.delete({ collection: 'workshops', id: workshop.id })
    const left = await payload.find({
      collection: 'workshop-participants',
      where: { workshop: { equals: workshop.id } },
      depth: 0,
    })
    expect(left.totalDocs).toBe(0)
    const kept = await payload.findByID({ collection: 'diagnostic-results', id: result.id, depth: 0 })
    expect([kept.workshop ?? null, kept.participant ?? null]).toEqual([null, null])
  })

  it('deletes a member who runs workshops and recorded accompaniments', async () => {
    const leaving = await createMember(payload, {
      name: 'Partant',
      profile: 'aidant',
      email: 'integrity.leaving@example.com',
      structure: structure.id,
      structureRole: 'member',
    })
    const workshop = await workshopOf(leaving)
    await participantIn(workshop)
    await payload.create({
      collection: 'accompaniments',
      data: {
        date: new Date().toISOString(),
        themes: ['email'],
        kind: 'individual',
        place: 'structure',
        minutes: 30,
        aidant: 0,
        structure: 0,
      },
      overrideAccess: false,
      user: { ...leaving, collection: 'members' },
    })
    await payload.delete({ collection: 'members', id: leaving.id })
    const workshops = await payload.find({ collection: 'workshops', where: { aidant: { equals: leaving.id } } })
    const accompaniments = await payload.find({
      collection: 'accompaniments',
      where: { aidant: { equals: leaving.id } },
    })
    expect([workshops.totalDocs, accompaniments.totalDocs]).toEqual([0, 0])
  })
})
